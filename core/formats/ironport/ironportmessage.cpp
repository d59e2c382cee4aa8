#include "ironportlines.h"

// Message lines: "MID <mid> ..." (envelope, headers, scanning verdicts, derived messages).

namespace IronPortLines {

namespace {

// "MID <mid> ICID <icid> ..." (envelope lines). ICID 0 marks a message made by the appliance itself.
void parseEnvelope(QByteArrayView icid, ByteScanner& scan, QByteArrayView message, ParsedEvent* event)
{
    const Side side = icid == "0" ? Side::Internal : Side::Server;
    addConnectionId(event, FieldKey::Icid, icid);
    scan.skipSpaces();
    if (scan.literal("From:")) {
        scan.skipSpaces();
        event->set(EventKind::MailFrom, side);
        event->add(FieldKey::Sender, address(scan.rest()));
        return;
    }
    QByteArrayView rid;
    if (takeId(scan, "RID ", &rid)) {
        event->add(FieldKey::Rid, rid);
        scan.skipSpaces();
        event->set(EventKind::RcptTo, side);
        if (scan.literal("To:")) {
            scan.skipSpaces();
            event->add(FieldKey::Recipient, address(scan.rest()));
        }
        return;
    }
    if (scan.literal("To:")) { // "To: <rcpt> Rejected by <RAT/LDAPACCEPT/...>"
        scan.skipSpaces();
        const QByteArrayView rest = scan.rest();
        event->set(EventKind::Rejected, Side::Server);
        event->add(FieldKey::Stage, QByteArrayView("RCPT"));
        event->add(FieldKey::Recipient, address(rest));
        event->add(FieldKey::Verdict, labelled(rest, " Rejected by "));
        return;
    }
    const QByteArrayView verdict = scan.rest();
    if (scan.literal("invalid bounce")) { // bounce verification
        const QByteArrayView rest = scan.rest();
        const QByteArrayView rcpt = labelled(rest, "rcpt address ", " ");
        if (!rcpt.isEmpty() && rest.contains("rejected")) {
            event->set(EventKind::Rejected, Side::Server);
            event->add(FieldKey::Stage, QByteArrayView("RCPT"));
            event->add(FieldKey::Recipient, address(rcpt));
        } else {
            event->set(EventKind::ScanVerdict, Side::Internal);
        }
        event->add(FieldKey::Verdict, verdict);
        return;
    }
    setOther(event, side, message);
}

// "MID <new> [was ]generated based on MID <old> by ..." / "... generated for bounce of MID <old>"
bool parseGenerated(QByteArrayView what, ParsedEvent* event)
{
    ByteScanner scan(what);
    scan.literal("was ");
    if (!scan.literal("generated "))
        return false;
    const bool bounce = scan.literal("for bounce of ");
    if (!bounce && !scan.literal("based on "))
        return false;
    event->set(bounce ? EventKind::DsnGenerated : EventKind::Derived, Side::Internal);
    QByteArrayView parent;
    if (takeId(scan, "MID ", &parent))
        event->add(FieldKey::ParentId, parent);
    scan.skipSpaces();
    if (scan.literal("by "))
        event->add(FieldKey::Verdict, scan.rest());
    return true;
}

} // namespace

void parseMidLine(QByteArrayView mid, ByteScanner& scan, QByteArrayView message, ParsedEvent* event)
{
    event->add(FieldKey::Mid, mid);
    scan.literal(','); // "Warning: MID 77120, Message Scanning Problem: ..."
    scan.skipSpaces();
    const QByteArrayView what = scan.rest();

    QByteArrayView id;
    if (takeId(scan, "ICID ", &id)) {
        parseEnvelope(id, scan, message, event);
        return;
    }
    if (scan.literal("Message-ID")) {
        scan.skipSpaces();
        event->set(EventKind::Header, Side::Server);
        event->add(FieldKey::MessageId, reprString(scan.rest()));
        return;
    }
    if (scan.literal("Subject")) {
        scan.literal(' ');
        event->set(EventKind::Header, Side::Server);
        event->add(FieldKey::Subject, reprString(scan.rest()));
        return;
    }
    if (scan.literal("ready ")) { // "ready <bytes> bytes from <sender>"
        event->set(EventKind::Accepted, Side::Server);
        QByteArrayView size;
        if (scan.digits(&size))
            addNumber(event, FieldKey::Size, size);
        scan.skipSpaces();
        scan.literal("bytes");
        scan.skipSpaces();
        if (scan.literal("from "))
            event->add(FieldKey::Sender, address(scan.rest()));
        return;
    }
    if (what.startsWith("RID")) { // "RID [<rids>] Response '<text>'" (3.7: unquoted)
        const QByteArrayView rids = ridList(scan);
        scan.skipSpaces();
        if (!scan.literal("Response")) {
            setOther(event, Side::Client, message);
            event->add(FieldKey::Rid, rids);
            return;
        }
        scan.skipSpaces();
        event->set(EventKind::SmtpReply, Side::Client);
        event->add(FieldKey::Rid, rids);
        const QByteArrayView reply = reprString(scan.rest());
        event->add(FieldKey::Reply, reply);
        const std::uint32_t code = Bytes::leadingReplyCode(reply);
        if (code != 0)
            event->addNumber(FieldKey::ReplyCode, code);
        event->add(FieldKey::EnhancedStatus, Bytes::enhancedStatusIn(reply));
        event->add(FieldKey::NextHopId, Bytes::nextHopIdIn(reply));
        return;
    }
    if (scan.literal("to ")) { // "to [RID ][<rids>] pending till <ctime> [<profile>]"
        if (!parsePending(scan, event))
            setOther(event, Side::Internal, message);
        return;
    }
    if (what.startsWith("queued for delivery")) {
        event->set(EventKind::Queued, Side::Internal);
        return;
    }
    if (scan.literal("was split creating ")) {
        event->set(EventKind::Derived, Side::Internal);
        if (takeId(scan, "MID ", &id))
            event->add(FieldKey::ChildId, id);
        event->add(FieldKey::Verdict, labelled(scan.rest(), "due to "));
        return;
    }
    if (scan.literal("rewritten to ")) { // "rewritten to [MID ]<new> by <agent> [filter '<f>']"
        event->set(EventKind::Derived, Side::Internal);
        scan.literal("MID ");
        if (scan.digits(&id))
            event->add(FieldKey::ChildId, id);
        event->add(FieldKey::Verdict, labelled(scan.rest(), "by "));
        return;
    }
    if (parseGenerated(what, event))
        return;
    if (what.startsWith("quarantined to ")) {
        event->set(EventKind::Quarantined, Side::Internal);
        event->add(FieldKey::Verdict, what);
        return;
    }
    if (what.startsWith("was dropped by ") || what.startsWith("was bounced by ")) { // pre-4.5 filter actions
        event->set(what[4] == 'd' ? EventKind::Dropped : EventKind::Bounced, Side::Internal);
        event->add(FieldKey::Verdict, what.sliced(4));
        return;
    }
    if (startsWithAny(what,
            { "interim ", "using engine", "antivirus", "AMP ", "Outbreak Filters", "Virus Threat Level", "URL ", "SPF:",
                "DKIM:", "DomainKeys:", "DMARC:", "SDR:", "DLP ", "Custom Log Entry", "was too big", "masquerading ",
                "IncomingRelay", "attachment ", "matched all recipients", "Brightmail ", "Message Scanning Problem",
                "Global unsubscribe", "released ", "deleted from ", "could not be split" })) {
        event->set(EventKind::ScanVerdict, Side::Internal);
        event->add(FieldKey::Verdict, what);
        return;
    }
    setOther(event, Side::Internal, message);
}

} // namespace IronPortLines
