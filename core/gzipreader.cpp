#include "gzipreader.h"

#include <zlib.h>

bool GzipReader::isGzip(QByteArrayView bytes)
{
    return bytes.size() >= 2 && quint8(bytes[0]) == 0x1f && quint8(bytes[1]) == 0x8b;
}

QByteArray GzipReader::inflate(QByteArrayView compressed, QString* error, qint64 maxBytes)
{
    QByteArray out;
    const qint64 expected = qMin<qint64>(qint64(compressed.size()) * 6, qint64(1) << 30);
    out.reserve(qsizetype(maxBytes >= 0 ? qMin(expected, maxBytes) : expected));

    z_stream stream {};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        *error = tr("the decompressor could not start");
        return out;
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    qsizetype remaining = compressed.size();

    constexpr qsizetype chunk = 1 << 20;
    int status = Z_OK;
    while (true) {
        // zlib counts in 32-bit units: feed large inputs in pieces.
        if (stream.avail_in == 0 && remaining > 0) {
            stream.avail_in = uInt(qMin<qsizetype>(remaining, 1 << 30));
            remaining -= stream.avail_in;
        }
        const qsizetype before = out.size();
        out.resize(before + chunk);
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + before);
        stream.avail_out = uInt(chunk);
        status = ::inflate(&stream, Z_NO_FLUSH);
        out.resize(before + chunk - qsizetype(stream.avail_out));
        if (maxBytes >= 0 && out.size() >= maxBytes)
            break;

        if (status == Z_STREAM_END) {
            if (stream.avail_in == 0 && remaining == 0)
                break;
            inflateReset(&stream); // another gzip member follows (concatenated .gz files)
            continue;
        }
        if (status == Z_BUF_ERROR && stream.avail_in == 0 && remaining == 0) {
            *error = tr("the compressed data ends early (truncated file)");
            break;
        }
        if (status != Z_OK && status != Z_BUF_ERROR) {
            *error = tr("the compressed data is corrupt (%1)").arg(QString::fromLatin1(stream.msg ? stream.msg : "?"));
            break;
        }
    }
    inflateEnd(&stream);
    return out;
}
