#pragma once

#include <QByteArrayView>
#include <QString>

// Decodes one log line for display. Logs have no declared charset and Japanese servers mix UTF-8 with
// CP932/Shift_JIS and EUC-JP, so each line is tried in turn: strict UTF-8, then the Japanese legacy codecs,
// then Latin-1 (which never fails). ISO-2022-JP (JIS) is 7-bit: an ASCII line with its escape sequences
// (ESC $ B ...) is decoded as such. The raw bytes stay in the LogFile; this is only the shown form.
namespace TextDecoding {

enum class Encoding {
    Utf8,
    ShiftJis,
    EucJp,
    Iso2022Jp,
    Latin1,
};

struct Decoded
{
    QString text;
    Encoding encoding;
};

Decoded decodeLine(QByteArrayView bytes);
// Decodes with one codec, as the user chose for a whole log (Sources panel); invalid sequences become U+FFFD
// (Latin-1 never fails). ShiftJis is Microsoft's CP932, the form Japanese Windows servers write.
QString decodeAs(QByteArrayView bytes, Encoding encoding);
// Which encoding a line is in, from its bytes alone and without decoding (fast enough for every line):
// Utf8 for ASCII and valid UTF-8, otherwise the more likely of EUC-JP and Shift_JIS.
Encoding classify(QByteArrayView bytes);
bool isValidUtf8(QByteArrayView bytes);
// No byte >= 0x80: plain ASCII, the same text in every encoding (but see hasJisEscape).
bool isAscii(QByteArrayView bytes);
// Whether 7-bit bytes switch to a JIS character set (ESC $ @, ESC $ B, ESC ( J): ISO-2022-JP text.
bool hasJisEscape(QByteArrayView bytes);
// Headers logged as sent, such as a Subject, may hold RFC 2047 encoded-words ("=?ISO-2022-JP?B?...?=",
// "=?UTF-8?Q?...?="): they are decoded (adjacent ones joined, the blanks between them dropped); text
// without them, or in a charset nobody knows, is returned unchanged.
QString decodeEncodedWords(const QString& text);
// Stable machine names: "utf-8", "cp932", "euc-jp", "iso-2022-jp", "latin-1".
QLatin1StringView encodingKey(Encoding encoding);
inline QString toDisplayText(QByteArrayView bytes)
{
    return decodeLine(bytes).text;
}
QString encodingName(Encoding encoding);
// Control characters (ESC, NUL, BEL...) replaced by their visible pictures (U+2400 block: ␛ ␀ ␇): log text
// drawn as a picture or written into SVG, where a control character shows nothing and breaks the XML.
QString withVisibleControls(QString text);

} // namespace TextDecoding
