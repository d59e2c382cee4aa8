#include "gzipreader.h"

#include <zlib.h>

bool GzipReader::isGzip(QByteArrayView bytes)
{
    return bytes.size() >= 2 && quint8(bytes[0]) == 0x1f && quint8(bytes[1]) == 0x8b;
}

QByteArray GzipReader::inflate(QByteArrayView compressed, QString* error, qint64 maxBytes)
{
    QByteArray out;
    // The gzip trailer ends with the size of the last member's data, modulo 4 GiB: exact for the usual single
    // member under 4 GiB, so a rotated log of a gigabyte is inflated into one block of its size (growing by
    // doubling would hold up to twice that). A size smaller than the compressed data is a wrap or a damaged
    // trailer: then an estimate, and the block grows.
    qint64 expected = qMin<qint64>(qint64(compressed.size()) * 6, qint64(1) << 30);
    if (compressed.size() >= 18) {
        const auto* end = reinterpret_cast<const quint8*>(compressed.data() + compressed.size());
        const qint64 trailerSize = qint64(end[-4]) | qint64(end[-3]) << 8 | qint64(end[-2]) << 16 | qint64(end[-1]) << 24;
        // deflate compresses at most about 1032:1: a larger claim is damage or an attack, not a size to reserve
        if (trailerSize >= compressed.size() && trailerSize <= qint64(compressed.size()) * 1032)
            expected = trailerSize + 64; // room past the end lets inflate report the end without growing the block
    }
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
        const qsizetype room = out.capacity() - before;
        // Within the block while it has room. A head is read a chunk past its size, so that its last line is
        // known to be cut.
        const qsizetype step = room > 0 && maxBytes < 0 ? qMin(room, chunk) : chunk;
        out.resize(before + step);
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + before);
        stream.avail_out = uInt(step);
        status = ::inflate(&stream, Z_NO_FLUSH);
        out.resize(before + step - qsizetype(stream.avail_out));
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
