#pragma once

#include <QByteArrayView>

#include <cstdint>

// A cursor over the bytes of one log record. Parsers walk a line with it instead of running regular
// expressions or building QStrings: every call either consumes what it matched and returns true,
// or leaves the position unchanged and returns false.
class ByteScanner
{
public:
    explicit ByteScanner(QByteArrayView text)
        : m_rest(text)
    {
    }

    QByteArrayView rest() const { return m_rest; }
    bool atEnd() const { return m_rest.isEmpty(); }
    char peek() const { return m_rest.isEmpty() ? '\0' : m_rest.front(); }

    bool literal(QByteArrayView word)
    {
        if (!m_rest.startsWith(word))
            return false;
        m_rest = m_rest.sliced(word.size());
        return true;
    }
    bool literal(char c)
    {
        if (m_rest.isEmpty() || m_rest.front() != c)
            return false;
        m_rest = m_rest.sliced(1);
        return true;
    }
    void skipSpaces()
    {
        while (!m_rest.isEmpty() && m_rest.front() == ' ')
            m_rest = m_rest.sliced(1);
    }
    // Decimal digits (at least one).
    bool number(std::uint64_t* value)
    {
        qsizetype i = 0;
        std::uint64_t v = 0;
        while (i < m_rest.size() && i < 19 && m_rest[i] >= '0' && m_rest[i] <= '9')
            v = v * 10 + std::uint64_t(m_rest[i++] - '0');
        if (i == 0)
            return false;
        *value = v;
        m_rest = m_rest.sliced(i);
        return true;
    }
    // The digits themselves, as text (IDs keep their spelling).
    bool digits(QByteArrayView* text)
    {
        qsizetype i = 0;
        while (i < m_rest.size() && m_rest[i] >= '0' && m_rest[i] <= '9')
            ++i;
        if (i == 0)
            return false;
        *text = m_rest.first(i);
        m_rest = m_rest.sliced(i);
        return true;
    }
    // Everything up to (not including) the next space, or to the end. May be empty.
    QByteArrayView token() { return upTo(' '); }
    // Everything up to the next c (not consumed), or to the end.
    QByteArrayView upTo(char c)
    {
        const qsizetype at = m_rest.indexOf(c);
        const qsizetype n = at < 0 ? m_rest.size() : at;
        const QByteArrayView part = m_rest.first(n);
        m_rest = m_rest.sliced(n);
        return part;
    }
    // Everything up to the next occurrence of word (not consumed); false if word does not occur.
    bool upTo(QByteArrayView word, QByteArrayView* part)
    {
        const qsizetype at = m_rest.indexOf(word);
        if (at < 0)
            return false;
        *part = m_rest.first(at);
        m_rest = m_rest.sliced(at);
        return true;
    }
    // Consumes and returns the rest.
    QByteArrayView takeRest()
    {
        const QByteArrayView part = m_rest;
        m_rest = {};
        return part;
    }

private:
    QByteArrayView m_rest;
};

// Helpers shared by the parsers.
namespace Bytes {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
inline bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
inline bool isLetter(char c)
{
    return isUpper(c) || isLower(c);
}
inline bool isAlnum(char c)
{
    return isDigit(c) || isLetter(c);
}
inline bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// Space or tab.
inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}
// Without leading spaces and tabs.
inline QByteArrayView skipBlanks(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() && isBlank(text[i]))
        ++i;
    return text.sliced(i);
}
// Without trailing spaces, tabs, CR and LF.
inline QByteArrayView chopBlanks(QByteArrayView text)
{
    qsizetype n = text.size();
    while (n > 0 && (isBlank(text[n - 1]) || text[n - 1] == '\r' || text[n - 1] == '\n'))
        --n;
    return text.first(n);
}
// The text up to the first space, and what follows that space.
inline QByteArrayView firstToken(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? text : text.first(space);
}
inline QByteArrayView afterFirstToken(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? QByteArrayView() : text.sliced(space + 1);
}
inline QByteArrayView trimmed(QByteArrayView text)
{
    return text.trimmed();
}
// Strips one pair of surrounding <>, quotes or brackets.
inline QByteArrayView unwrap(QByteArrayView text, char open, char close)
{
    if (text.size() >= 2 && text.front() == open && text.back() == close)
        return text.sliced(1, text.size() - 2);
    return text;
}
inline QByteArrayView unwrapAngle(QByteArrayView text)
{
    return unwrap(text, '<', '>');
}
std::uint32_t toUInt(QByteArrayView digits, bool* ok = nullptr);
// "1.2", "44", "0.01" seconds → milliseconds.
std::uint32_t secondsToMilliseconds(QByteArrayView text, bool* ok = nullptr);
// The SMTP reply code at the start of text ("550 5.1.1 ...") or 0.
std::uint32_t leadingReplyCode(QByteArrayView text);
// An enhanced status code x.y.z at the start of text or after the reply code; empty if none.
QByteArrayView enhancedStatusIn(QByteArrayView text);
// "name[ip]" or "name[ip]:port" → parts; false if there are no brackets.
bool splitHostIp(QByteArrayView text, QByteArrayView* host, QByteArrayView* ip, QByteArrayView* port);
// The next-hop ID in a reply: "queued as X" (Postfix, Sendmail), "Message N accepted" (IronPort).
QByteArrayView nextHopIdIn(QByteArrayView reply);

} // namespace Bytes
