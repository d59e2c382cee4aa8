#include "textdecoding.h"

#include <QStringDecoder>

namespace {

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (quint8(c) >= 0x80)
            return false;
    }
    return true;
}

// Decodes bytes strictly: an empty optional when the codec reports any invalid sequence.
std::optional<QString> decodeStrict(QByteArrayView bytes, const char* codec)
{
    QStringDecoder decoder(codec, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// EUC-JP uses only bytes 0xA1-0xFE (and the 0x8E/0x8F prefixes); Shift_JIS kanji and kana almost always
// include a lead or trail byte below 0xA1. Both codecs accept much of the other's text, so decide the order.
bool looksLikeEucJp(QByteArrayView bytes)
{
    for (char c : bytes) {
        const quint8 b = quint8(c);
        if (b >= 0x80 && b < 0xA1 && b != 0x8E && b != 0x8F)
            return false;
    }
    return true;
}

} // namespace

namespace TextDecoding {

Decoded decodeLine(QByteArrayView bytes)
{
    if (isAscii(bytes))
        return { QString::fromLatin1(bytes), Encoding::Utf8 };
    if (auto text = decodeStrict(bytes, "UTF-8"))
        return { *text, Encoding::Utf8 };
    const bool eucFirst = looksLikeEucJp(bytes);
    if (eucFirst) {
        if (auto text = decodeStrict(bytes, "EUC-JP"))
            return { *text, Encoding::EucJp };
    }
    if (auto text = decodeStrict(bytes, "Shift_JIS"))
        return { *text, Encoding::ShiftJis };
    if (!eucFirst) {
        if (auto text = decodeStrict(bytes, "EUC-JP"))
            return { *text, Encoding::EucJp };
    }
    return { QString::fromLatin1(bytes), Encoding::Latin1 };
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::ShiftJis:
        return QStringLiteral("Shift_JIS");
    case Encoding::EucJp:
        return QStringLiteral("EUC-JP");
    case Encoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    }
    return {};
}

} // namespace TextDecoding
