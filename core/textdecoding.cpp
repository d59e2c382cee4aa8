#include "textdecoding.h"

#include <QStringDecoder>

#include <cstdint>
#include <cstring>
#include <optional>

namespace {

// Decodes bytes strictly: an empty optional when the codec reports any invalid sequence. Decoders are
// costly to create (ICU converters for the Japanese codecs), so each thread keeps one per codec; resetState()
// does not clear an ICU converter's error, so a decoder that failed is replaced.
class StrictDecoder
{
public:
    explicit StrictDecoder(const char* codec)
        : m_codec(codec)
        , m_decoder(codec, QStringDecoder::Flag::Stateless)
    {
    }

    std::optional<QString> decode(QByteArrayView bytes)
    {
        if (!m_decoder.isValid())
            return std::nullopt;
        QString text = m_decoder.decode(bytes);
        if (!m_decoder.hasError())
            return text;
        m_decoder = QStringDecoder(m_codec, QStringDecoder::Flag::Stateless);
        return std::nullopt;
    }

private:
    const char* m_codec;
    QStringDecoder m_decoder;
};

// Decodes leniently with one codec. A decoder that met an invalid sequence is replaced, as above, so its
// error state cannot affect the next line.
class LenientDecoder
{
public:
    explicit LenientDecoder(const char* codec)
        : m_codec(codec)
        , m_decoder(codec, QStringDecoder::Flag::Stateless)
    {
    }

    QString decode(QByteArrayView bytes)
    {
        if (!m_decoder.isValid())
            return QString::fromLatin1(bytes);
        QString text = m_decoder.decode(bytes);
        if (m_decoder.hasError())
            m_decoder = QStringDecoder(m_codec, QStringDecoder::Flag::Stateless);
        return text;
    }

private:
    const char* m_codec;
    QStringDecoder m_decoder;
};

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

bool isAscii(QByteArrayView bytes)
{
    // Eight bytes at a time: this runs over every line of every file.
    const char* p = bytes.data();
    qsizetype n = bytes.size();
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ull)
            return false;
    }
    for (; n > 0; ++p, --n) {
        if (static_cast<unsigned char>(*p) >= 0x80)
            return false;
    }
    return true;
}

bool hasJisEscape(QByteArrayView bytes)
{
    for (qsizetype at = bytes.indexOf('\x1b'); at >= 0 && at + 2 < bytes.size(); at = bytes.indexOf('\x1b', at + 1)) {
        const char set = bytes[at + 1];
        const char final = bytes[at + 2];
        if ((set == '$' && (final == 'B' || final == '@')) || (set == '(' && final == 'J'))
            return true;
    }
    return false;
}

Decoded decodeLine(QByteArrayView bytes)
{
    if (isAscii(bytes)) {
        thread_local StrictDecoder jis("ISO-2022-JP");
        if (hasJisEscape(bytes)) {
            // Escape sequences with no text after them decode to nothing: shown as they are instead, so that
            // a line never looks empty when it is not.
            if (auto text = jis.decode(bytes); text && !text->isEmpty())
                return { *text, Encoding::Iso2022Jp };
        }
        return { QString::fromLatin1(bytes), Encoding::Utf8 };
    }
    thread_local StrictDecoder utf8("UTF-8");
    thread_local StrictDecoder shiftJis("Shift_JIS");
    thread_local StrictDecoder eucJp("EUC-JP");
    if (auto text = utf8.decode(bytes))
        return { *text, Encoding::Utf8 };
    const bool eucFirst = looksLikeEucJp(bytes);
    if (eucFirst) {
        if (auto text = eucJp.decode(bytes))
            return { *text, Encoding::EucJp };
    }
    if (auto text = shiftJis.decode(bytes))
        return { *text, Encoding::ShiftJis };
    if (!eucFirst) {
        if (auto text = eucJp.decode(bytes))
            return { *text, Encoding::EucJp };
    }
    return { QString::fromLatin1(bytes), Encoding::Latin1 };
}

QString decodeAs(QByteArrayView bytes, Encoding encoding)
{
    if (encoding == Encoding::Iso2022Jp) {
        thread_local LenientDecoder jis("ISO-2022-JP");
        return jis.decode(bytes);
    }
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    switch (encoding) {
    case Encoding::Utf8:
        return QString::fromUtf8(bytes);
    case Encoding::ShiftJis: {
        thread_local LenientDecoder shiftJis("Shift_JIS");
        return shiftJis.decode(bytes);
    }
    case Encoding::EucJp: {
        thread_local LenientDecoder eucJp("EUC-JP");
        return eucJp.decode(bytes);
    }
    case Encoding::Iso2022Jp:
    case Encoding::Latin1:
        break;
    }
    return QString::fromLatin1(bytes);
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned int code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            code = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        // overlong forms, surrogates and values above U+10FFFF
        if ((extra == 2 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) || (extra == 3 && (code < 0x10000 || code > 0x10FFFF)))
            return false;
        p += extra + 1;
    }
    return true;
}

Encoding classify(QByteArrayView bytes)
{
    if (isAscii(bytes))
        return hasJisEscape(bytes) ? Encoding::Iso2022Jp : Encoding::Utf8;
    if (isValidUtf8(bytes))
        return Encoding::Utf8;
    return looksLikeEucJp(bytes) ? Encoding::EucJp : Encoding::ShiftJis;
}

QLatin1StringView encodingKey(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QLatin1StringView("utf-8");
    case Encoding::ShiftJis:
        return QLatin1StringView("cp932");
    case Encoding::EucJp:
        return QLatin1StringView("euc-jp");
    case Encoding::Iso2022Jp:
        return QLatin1StringView("iso-2022-jp");
    case Encoding::Latin1:
        return QLatin1StringView("latin-1");
    }
    return {};
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
    case Encoding::Iso2022Jp:
        return QStringLiteral("ISO-2022-JP");
    case Encoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    }
    return {};
}

namespace {

struct EncodedWord
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArray charset;
    QByteArray bytes;
};

// One "=?charset?B|Q?text?=" at `from` or later; nullopt when there is none.
std::optional<EncodedWord> nextEncodedWord(const QString& text, qsizetype from)
{
    for (qsizetype begin = text.indexOf(u"=?", from); begin >= 0; begin = text.indexOf(u"=?", begin + 2)) {
        const qsizetype charsetEnd = text.indexOf(u'?', begin + 2);
        if (charsetEnd < 0 || charsetEnd + 3 > text.size() || text[charsetEnd + 2] != u'?')
            continue;
        const QChar method = text[charsetEnd + 1].toUpper();
        const qsizetype end = text.indexOf(u"?=", charsetEnd + 3);
        if ((method != u'B' && method != u'Q') || end < 0)
            continue;
        const QString payload = text.sliced(charsetEnd + 3, end - charsetEnd - 3);
        if (payload.contains(u' '))
            continue;
        EncodedWord word;
        word.begin = begin;
        word.end = end + 2;
        // "ISO-2022-JP*ja": RFC 2231's language suffix is not part of the charset.
        word.charset = text.sliced(begin + 2, charsetEnd - begin - 2).section(u'*', 0, 0).toLatin1();
        if (method == u'B') {
            word.bytes = QByteArray::fromBase64(payload.toLatin1());
        } else {
            const QByteArray q = payload.toLatin1().replace('_', ' ');
            word.bytes = QByteArray::fromPercentEncoding(q, '=');
        }
        return word;
    }
    return std::nullopt;
}

} // namespace

QString decodeEncodedWords(const QString& text)
{
    std::optional<EncodedWord> word = nextEncodedWord(text, 0);
    if (!word)
        return text;
    QString result;
    qsizetype done = 0;
    while (word) {
        // A run of words in one charset is decoded together: senders split multi-byte characters across words.
        QByteArray bytes = word->bytes;
        const QByteArray charset = word->charset;
        const qsizetype begin = word->begin;
        qsizetype end = word->end;
        std::optional<EncodedWord> next = nextEncodedWord(text, end);
        while (next && next->charset.compare(charset, Qt::CaseInsensitive) == 0 && text.sliced(end, next->begin - end).trimmed().isEmpty()) {
            bytes += next->bytes;
            end = next->end;
            next = nextEncodedWord(text, end);
        }
        QStringDecoder decoder(charset.constData());
        const QString decoded = decoder.isValid() ? decoder.decode(bytes) : QString();
        const bool ok = decoder.isValid() && !decoder.hasError();
        result += text.sliced(done, begin - done);
        result += ok ? decoded : text.sliced(begin, end - begin);
        done = end;
        // Blanks between two encoded words are not part of the text (RFC 2047 section 6.2).
        if (next && text.sliced(end, next->begin - end).trimmed().isEmpty())
            done = next->begin;
        word = next;
    }
    result += text.sliced(done);
    return result;
}

QString withVisibleControls(QString text)
{
    for (QChar& c : text) {
        if (c.unicode() < 0x20)
            c = QChar(char16_t(0x2400 + c.unicode()));
        else if (c.unicode() == 0x7f)
            c = QChar(char16_t(0x2421));
    }
    return text;
}

} // namespace TextDecoding
