#include "bytescanner.h"

namespace Bytes {

std::uint32_t toUInt(QByteArrayView digits, bool* ok)
{
    std::uint64_t value = 0;
    bool good = !digits.isEmpty() && digits.size() <= 10;
    for (char c : digits) {
        if (!isDigit(c)) {
            good = false;
            break;
        }
        value = value * 10 + std::uint64_t(c - '0');
    }
    good = good && value <= 0xffffffffu;
    if (ok)
        *ok = good;
    return good ? std::uint32_t(value) : 0;
}

std::uint32_t secondsToMilliseconds(QByteArrayView text, bool* ok)
{
    std::uint64_t whole = 0;
    std::uint64_t fraction = 0;
    int fractionDigits = 0;
    qsizetype i = 0;
    bool any = false;
    for (; i < text.size() && isDigit(text[i]); ++i, any = true)
        whole = whole * 10 + std::uint64_t(text[i] - '0');
    if (i < text.size() && text[i] == '.') {
        for (++i; i < text.size() && isDigit(text[i]); ++i, any = true) {
            if (fractionDigits < 3) {
                fraction = fraction * 10 + std::uint64_t(text[i] - '0');
                ++fractionDigits;
            }
        }
    }
    const bool good = any && i == text.size() && whole < 4000000;
    if (ok)
        *ok = good;
    if (!good)
        return 0;
    while (fractionDigits++ < 3)
        fraction *= 10;
    return std::uint32_t(whole * 1000 + fraction);
}

std::uint32_t leadingReplyCode(QByteArrayView text)
{
    if (text.size() < 3 || !isDigit(text[0]) || !isDigit(text[1]) || !isDigit(text[2]))
        return 0;
    if (text.size() > 3 && text[3] != ' ' && text[3] != '-')
        return 0;
    if (text[0] < '2' || text[0] > '5')
        return 0;
    return std::uint32_t((text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0'));
}

QByteArrayView enhancedStatusIn(QByteArrayView text)
{
    if (leadingReplyCode(text) != 0)
        text = text.sliced(qMin<qsizetype>(4, text.size()));
    // x.y.z with x in 2,4,5 and one to three digits in y and z
    if (text.size() < 5 || (text[0] != '2' && text[0] != '4' && text[0] != '5') || text[1] != '.')
        return {};
    qsizetype i = 2;
    int groupDigits = 0;
    while (i < text.size() && isDigit(text[i]) && groupDigits < 3) {
        ++i;
        ++groupDigits;
    }
    if (groupDigits == 0 || i >= text.size() || text[i] != '.')
        return {};
    ++i;
    groupDigits = 0;
    while (i < text.size() && isDigit(text[i]) && groupDigits < 3) {
        ++i;
        ++groupDigits;
    }
    if (groupDigits == 0 || (i < text.size() && text[i] != ' ' && text[i] != ',' && text[i] != ')'))
        return {};
    return text.first(i);
}

bool splitHostIp(QByteArrayView text, QByteArrayView* host, QByteArrayView* ip, QByteArrayView* port)
{
    const qsizetype open = text.indexOf('[');
    if (open < 0)
        return false;
    const qsizetype close = text.indexOf(']', open);
    if (close < 0)
        return false;
    *host = text.first(open);
    *ip = text.sliced(open + 1, close - open - 1);
    *port = {};
    if (close + 1 < text.size() && text[close + 1] == ':')
        *port = text.sliced(close + 2);
    return true;
}

QByteArrayView nextHopIdIn(QByteArrayView reply)
{
    static constexpr QByteArrayView queuedAs("queued as ");
    qsizetype at = reply.indexOf(queuedAs);
    if (at >= 0) {
        QByteArrayView rest = reply.sliced(at + queuedAs.size());
        qsizetype n = 0;
        while (n < rest.size() && isAlnum(rest[n]))
            ++n;
        return rest.first(n);
    }
    static constexpr QByteArrayView message("Message ");
    at = reply.indexOf(message);
    if (at >= 0) {
        QByteArrayView rest = reply.sliced(at + message.size());
        qsizetype n = 0;
        while (n < rest.size() && isDigit(rest[n]))
            ++n;
        if (n > 0 && rest.sliced(n).startsWith(" accepted"))
            return rest.first(n);
    }
    // Exchange echoes the Message-ID: "250 2.6.0 <id@host> [InternalId=...] Queued mail for delivery"
    if (reply.contains("Queued mail for delivery")) {
        const qsizetype open = reply.indexOf('<');
        const qsizetype close = open < 0 ? -1 : reply.indexOf('>', open);
        if (close > open)
            return reply.sliced(open, close - open + 1);
    }
    // Google: "250 2.0.0 OK  1711500000 a1b2c3d4e5f6-1234567890abcdef.12 - gsmtp"
    if (reply.endsWith(" - gsmtp")) {
        const QByteArrayView head = reply.first(reply.size() - 8).trimmed();
        const qsizetype space = head.lastIndexOf(' ');
        if (space > 0)
            return head.sliced(space + 1);
    }
    return {};
}

} // namespace Bytes
