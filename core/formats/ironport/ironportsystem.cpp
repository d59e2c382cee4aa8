#include "ironportlines.h"

// Quarantine, routing and system lines.

namespace IronPortLines {

namespace {

// "Time offset from UTC: -21600 seconds"
void parseTimeOffset(QByteArrayView rest, ParsedEvent* event)
{
    ByteScanner scan(rest.trimmed());
    const bool negative = scan.literal('-');
    if (!negative)
        scan.literal('+');
    std::uint64_t seconds = 0;
    if (!scan.number(&seconds) || seconds > 86400)
        return;
    event->declaresUtcOffset = true;
    event->utcOffsetSeconds = negative ? -int(seconds) : int(seconds);
}

} // namespace

// "ISQ: Tagging MID m for quarantine", "ISQ: Quarantined MID m", "ISQ: Reinjected MID a as MID b" (EUQ: before 5.0)
void parseSpamQuarantine(QByteArrayView rest, QByteArrayView message, ParsedEvent* event)
{
    ByteScanner scan(rest);
    QByteArrayView mid, child;
    if (scan.literal("Reinjected ") && takeId(scan, "MID ", &mid)) {
        event->set(EventKind::Derived, Side::Internal);
        event->add(FieldKey::Mid, mid);
        scan.skipSpaces();
        if (scan.literal("as ") && takeId(scan, "MID ", &child))
            event->add(FieldKey::ChildId, child);
        event->add(FieldKey::Verdict, rest);
        return;
    }
    addLooseIds(rest, event);
    if (!event->find(FieldKey::Mid)) {
        setOther(event, Side::Internal, message);
        return;
    }
    const bool into = rest.startsWith("Tagging") || rest.startsWith("Quarantined");
    event->set(into ? EventKind::Quarantined : EventKind::ScanVerdict, Side::Internal);
    event->add(FieldKey::Verdict, rest);
}

// "RPC Delivery start RCID r MID m to local IronPort Spam Quarantine", "RPC Message done RCID r MID m", ...
void parseRpc(QByteArrayView rest, QByteArrayView message, ParsedEvent* event)
{
    addLooseIds(rest, event);
    if (!event->find(FieldKey::Mid)) {
        setOther(event, Side::Internal, message);
        return;
    }
    event->set(EventKind::Quarantined, Side::Internal);
    event->add(FieldKey::Verdict, rest);
    if (rest.startsWith("Message rejected"))
        event->add(FieldKey::Status, QByteArrayView("rejected"));
}

// "Alias match: MID m RID r recipient <r> mapped to <list>", "LDAP: <Action> query <q> MID m RID r address <a>"
void parseRouting(QByteArrayView rest, QByteArrayView message, ParsedEvent* event)
{
    addLooseIds(rest, event);
    if (!event->find(FieldKey::Mid)) {
        setOther(event, Side::Internal, message);
        return;
    }
    event->set(EventKind::ScanVerdict, Side::Internal);
    const qsizetype ridAt = rest.indexOf("RID");
    if (ridAt >= 0) { // "RID 0", older "RID: 0"
        ByteScanner scan(rest.sliced(ridAt + 3));
        scan.literal(':');
        scan.skipSpaces();
        QByteArrayView rid;
        if (scan.digits(&rid))
            event->add(FieldKey::Rid, rid);
    }
    QByteArrayView rcpt = labelled(rest, "recipient ", " ");
    if (rcpt.isEmpty())
        rcpt = labelled(rest, "address ", " ");
    event->add(FieldKey::Recipient, address(rcpt));
    event->add(FieldKey::Verdict, message);
}

// Housekeeping not tied to a message (formats.md phase SYS).
bool parseSystemLine(QByteArrayView message, ParsedEvent* event)
{
    ByteScanner scan(message);
    if (scan.literal("Version: ")) {
        event->set(EventKind::System, Side::None);
        event->add(FieldKey::Verdict, message);
        event->add(FieldKey::SerialNumber, labelled(message, " SN: ", " "));
        return true;
    }
    if (scan.literal("Time offset from UTC: ")) {
        event->set(EventKind::System, Side::None);
        event->add(FieldKey::Verdict, message);
        parseTimeOffset(scan.rest(), event);
        return true;
    }
    // "Status:" lines hold counters named CrtMID, CrtICID...: never read IDs from them.
    if (startsWithAny(message,
            { "Begin Logfile", "End Logfile", "Status:", "Internal SMTP", "DNS ", "lame DNS", "CASE cache status",
                "Checkpoint", "Deliveries are currently", "SenderBase upload", "Senderbase upload",
                "SMTP server starting", "SMTP server shut" })
        || message.contains(" alert was sent to ")) {
        event->set(EventKind::System, Side::None);
        event->add(FieldKey::Verdict, message);
        return true;
    }
    return false;
}

} // namespace IronPortLines
