// outlog, outlocallog, faillog and senderlog: the delivery agent's logs.

#include "epostcommon.h"
#include "epostsublogs.h"

#include "parsing/timestamps.h"

namespace {

using namespace EPost;
using Bytes::unwrapAngle;

// Windows FILETIME seconds (since 1601-01-01 UTC) → UTC calendar time; only 1970..9999 is believed.
bool timeFromWindowsSeconds(std::uint64_t seconds, int millisecond, CivilTime* time)
{
    constexpr std::uint64_t From1601To1970 = 11644473600ull;
    constexpr std::uint64_t Until10000 = 253402300800ull; // 10000-01-01 in Unix seconds
    if (seconds < From1601To1970 || seconds - From1601To1970 >= Until10000)
        return false;
    const std::int64_t unixSeconds = std::int64_t(seconds - From1601To1970);
    CivilTime t;
    Timestamps::civilFromDays(unixSeconds / 86400, &t.year, &t.month, &t.day);
    const std::int64_t ofDay = unixSeconds % 86400;
    t.hour = int(ofDay / 3600);
    t.minute = int(ofDay / 60 % 60);
    t.second = int(ofDay % 60);
    t.millisecond = millisecond;
    t.hasOffset = true;
    t.offsetMinutes = 0;
    t.utcInstant = true;
    *time = t;
    return true;
}

// "domain=x": an address (the recipient being delivered) or a host name.
void addDomainValue(ParsedEvent* event, QByteArrayView value)
{
    const QByteArrayView address = unwrapAngle(value.trimmed());
    const qsizetype at = address.lastIndexOf('@');
    if (at >= 0) {
        event->add(FieldKey::Recipient, address);
        event->add(FieldKey::Relay, address.sliced(at + 1));
    } else {
        event->add(FieldKey::Relay, address);
    }
}

// The parts outlog and faillog lines share: "Bid[-sfx]@host <sent on|send fail on> [ts] ... from sender to rcpt".
struct DeliveryLine
{
    QByteArrayView bid;
    QByteArrayView suffix;
    QByteArrayView host;
    QByteArrayView from;
    QByteArrayView to;
};

// "Bid[-sfx]@host" at the scanner.
bool bidAtHost(ByteScanner* scan, DeliveryLine* delivery)
{
    if (!messageNumber(scan, &delivery->bid, &delivery->suffix) || !scan->literal('@'))
        return false;
    delivery->host = scan->token();
    return true;
}

// "from sender to rcpt" at the scanner; the recipient is one token and may not be empty.
bool fromTo(ByteScanner* scan, DeliveryLine* delivery)
{
    if (!scan->literal("from "))
        return false;
    delivery->from = scan->token();
    if (!scan->literal(" to "))
        return false;
    delivery->to = scan->token();
    return !delivery->to.isEmpty();
}

// The event both lines make; relay is outlog's next hop (empty in faillog).
void addDeliveryLine(ParsedEvent* event, EventKind kind, const DeliveryLine& delivery, QByteArrayView relay)
{
    event->set(kind, Side::Client);
    event->host = delivery.host;
    addMessageNumber(event, delivery.bid, delivery.suffix);
    event->add(FieldKey::Relay, relay);
    event->add(FieldKey::Sender, unwrapAngle(delivery.from));
    event->add(FieldKey::Recipient, unwrapAngle(delivery.to));
}

// Bid[-sfx]@host sent on [ts] to nexthop from sender to rcpt      (outlog, outlocallog)
class OutLogParser final : public EPostParser
{
public:
    explicit OutLogParser(QLatin1StringView name)
        : EPostParser(name)
    {
    }

protected:
    bool parseLine(QByteArrayView line, ParsedEvent* event) const override
    {
        ByteScanner scan(Bytes::skipBlanks(line));
        DeliveryLine delivery;
        if (!bidAtHost(&scan, &delivery) || !scan.literal(" sent on ") || !timestamp(&scan, event)
            || !scan.literal(" to "))
            return false;
        const QByteArrayView nextHop = scan.token();
        if (!scan.literal(' ') || !fromTo(&scan, &delivery))
            return false;
        addDeliveryLine(event, EventKind::Delivered, delivery, nextHop);
        return true;
    }
};

// Bid[-sfx]@host send fail on [ts] from sender to rcpt [reason]   (one vendor page prints "sent on", with
// two spaces before "from" and before the reason)
class FailLogParser final : public EPostParser
{
public:
    FailLogParser()
        : EPostParser(QLatin1StringView("faillog"))
    {
    }

protected:
    bool parseLine(QByteArrayView line, ParsedEvent* event) const override
    {
        ByteScanner scan(Bytes::skipBlanks(line));
        DeliveryLine delivery;
        if (!bidAtHost(&scan, &delivery) || !(scan.literal(" send fail on ") || scan.literal(" sent on "))
            || !timestamp(&scan, event))
            return false;
        // outlog's "sent on [ts] to" is not ours: the failure line goes on with "from"
        if (!scan.literal(' '))
            return false;
        scan.skipSpaces();
        if (!fromTo(&scan, &delivery))
            return false;
        scan.skipSpaces();
        const QByteArrayView reason = scan.rest();
        if (!reason.startsWith('[') || !reason.endsWith(']'))
            return false;
        const QByteArrayView reply = reason.sliced(1, reason.size() - 2).trimmed();
        addDeliveryLine(event, EventKind::Bounced, delivery, {});
        const std::uint32_t code = Bytes::leadingReplyCode(reply);
        if (code != 0) {
            addReply(event, reply, code);
        } else {
            event->add(FieldKey::Reply, reply); // "Unable to deliver to destination domain"
        }
        return true;
    }
};

// [Bid[-sfx]] [domain] text  /  [Bid[-sfx]] text   (no timestamp)
class SenderLogParser final : public EPostParser
{
public:
    SenderLogParser()
        : EPostParser(QLatin1StringView("senderlog"))
    {
    }

protected:
    bool parseLine(QByteArrayView line, ParsedEvent* event) const override
    {
        ByteScanner scan(Bytes::skipBlanks(line));
        QByteArrayView bid, suffix;
        if (!scan.literal('[') || !messageNumber(&scan, &bid, &suffix) || !scan.literal("] "))
            return false;
        QByteArrayView domain;
        if (scan.peek() == '[') {
            const QByteArrayView rest = scan.rest();
            const qsizetype close = rest.indexOf("] ");
            if (close > 0) {
                domain = rest.sliced(1, close - 1);
                scan.literal(rest.first(close + 2));
            }
        }
        const QByteArrayView text = scan.rest();
        if (text.isEmpty())
            return false;
        addMessageNumber(event, bid, suffix);
        event->add(FieldKey::Relay, domain);
        dialogueLine(text, event);
        return true;
    }

private:
    static void dialogueLine(QByteArrayView text, ParsedEvent* event)
    {
        ByteScanner scan(text);
        if (scan.literal("GetTryServer:")) {
            // (ltime(S)-otime(S))/interval=(n): seconds since 1601; ltime is when this attempt started
            event->set(EventKind::Queued, Side::Internal);
            std::uint64_t now = 0, created = 0;
            if (scan.literal("(ltime(") && scan.number(&now) && scan.literal(")-otime(") && scan.number(&created)
                && scan.literal("))")) {
                timeFromWindowsSeconds(now, 0, &event->time);
                if (now >= created && (now - created) < 4000000)
                    event->addNumber(FieldKey::Delay, std::uint32_t((now - created) * 1000));
            }
            return;
        }
        if (scan.literal("RetryDomain:")) {
            // (ltime(F)-nlast(F))/Status=n with raw FILETIME (100 ns) values
            event->set(EventKind::Queued, Side::Internal);
            std::uint64_t now = 0;
            if (scan.literal("(ltime(") && scan.number(&now) && scan.literal(")-nlast("))
                timeFromWindowsSeconds(now / 10000000, int(now % 10000000 / 10000), &event->time);
            const qsizetype status = text.indexOf("/Status=");
            if (status >= 0)
                event->add(FieldKey::Status, text.sliced(status + 8).trimmed());
            return;
        }
        if (scan.literal("SendGlbalMail:")) {
            if (scan.literal("return code=")) {
                event->set(EventKind::Other, Side::Client);
                event->add(FieldKey::Status, scan.rest().trimmed());
            } else if (scan.literal("domain=")) {
                event->set(EventKind::DeliveryStart, Side::Client);
                addDomainValue(event, scan.rest());
            } else {
                event->set(EventKind::Other, Side::Client);
                event->add(FieldKey::Reply, scan.rest().trimmed());
            }
            return;
        }
        if (scan.literal("ConnectHost:") || scan.literal("getaddrinfo:")) {
            event->set(EventKind::DeliveryConnect, Side::Client);
            if (scan.literal("domain="))
                addDomainValue(event, scan.rest());
            else
                event->add(FieldKey::Reply, scan.rest().trimmed()); // "winsock connect success.", ...
            return;
        }
        if (scan.literal("SendMailMess:")) {
            sendMailMessage(scan.rest(), event);
            return;
        }
        if (text == "SendMailMess") {
            event->set(EventKind::SmtpCommand, Side::Client); // the dialogue starts
            return;
        }
        if (text.startsWith("SendData complete")) {
            event->set(EventKind::Data, Side::Client);
            return;
        }
        if (text.startsWith("outlog()")) {
            event->set(EventKind::Delivered, Side::Client); // written to outlog/outlocallog
            return;
        }
        event->set(EventKind::Other, Side::Client);
        event->add(FieldKey::Reply, text);
    }

    static void sendMailMessage(QByteArrayView message, ParsedEvent* event)
    {
        if (message.startsWith("return=")) {
            event->set(EventKind::Other, Side::Client);
            event->add(FieldKey::Status, message.sliced(7).trimmed());
            return;
        }
        const std::uint32_t code = Bytes::leadingReplyCode(message);
        if (code != 0) {
            // The next hop's reply; the tracer decides whether a 4xx/5xx was final.
            EventKind kind = EventKind::SmtpReply;
            if (code >= 500)
                kind = EventKind::Bounced;
            else if (code >= 400)
                kind = EventKind::Deferred;
            event->set(kind, Side::Client);
            addReply(event, message, code);
            event->add(FieldKey::NextHopId, Bytes::nextHopIdIn(message));
            return;
        }
        const QByteArrayView word = leadingWord(message);
        if (word.isEmpty()) {
            event->set(EventKind::SmtpCommand, Side::Client);
            return;
        }
        addCommand(event, message, word, Side::Client);
    }
};

} // namespace

namespace EPost {

std::unique_ptr<FormatParser> makeOutLogParser(QLatin1StringView name)
{
    return std::make_unique<OutLogParser>(name);
}

std::unique_ptr<FormatParser> makeFailLogParser()
{
    return std::make_unique<FailLogParser>();
}

std::unique_ptr<FormatParser> makeSenderLogParser()
{
    return std::make_unique<SenderLogParser>();
}

} // namespace EPost
