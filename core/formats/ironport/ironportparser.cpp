#include "ironportparser.h"

#include "ironportheader.h"
#include "ironportlines.h"

// formats.md section 1. Every line is "<header> <Level>: <message>"; the message starts with a fixed phrase
// ("New SMTP ICID", "MID n ...", "Delivery start ...") that decides the line type. Everything works on the
// record's bytes: field views point into it, nothing is allocated. The line families live in the
// ironport*.cpp files next to this one (ironportlines.h).

namespace {

using namespace IronPortLines;

// The appliance pads some lines with a trailing space (corpus: "ICID 60140291 close "). Unlike
// Bytes::chopBlanks this keeps a trailing LF.
QByteArrayView chopPadding(QByteArrayView text)
{
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.chop(1);
    return text;
}

void parseMessage(QByteArrayView message, ParsedEvent* event)
{
    ByteScanner scan(message);
    QByteArrayView id;

    if (takeId(scan, "MID ", &id)) {
        parseMidLine(id, scan, message, event);
        return;
    }
    if (takeId(scan, "ICID ", &id)) {
        scan.skipSpaces();
        parseIcidLine(id, scan.rest(), message, event);
        return;
    }
    if (takeId(scan, "DCID ", &id)) {
        parseDcidLine(id, scan, message, event);
        return;
    }
    if (scan.literal("New SMTP ICID ")) {
        parseNewIcid(scan, event);
        return;
    }
    if (scan.literal("New SMTP DCID ")) {
        parseNewDcid(scan, event);
        return;
    }
    if (scan.literal("Start MID ")) { // "Start MID <mid> ICID <icid> [(ISQ Notification)]"
        QByteArrayView icid;
        if (scan.digits(&id))
            event->add(FieldKey::Mid, id);
        scan.skipSpaces();
        takeId(scan, "ICID ", &icid);
        addConnectionId(event, FieldKey::Icid, icid);
        event->set(EventKind::MailFrom, icid == "0" ? Side::Internal : Side::Server);
        event->add(FieldKey::Status, QByteArrayView("start")); // tells it from "MID m ICID i From: <>"
        scan.skipSpaces();
        event->add(FieldKey::Verdict, Bytes::unwrap(scan.rest(), '(', ')'));
        return;
    }
    if (scan.literal("Delivery start ")) {
        event->set(EventKind::DeliveryStart, Side::Client);
        parseDeliveryIds(scan, event);
        if (scan.literal("to "))
            event->add(FieldKey::Relay, scan.rest()); // "to offbox IronPort Spam Quarantine"
        return;
    }
    if (scan.literal("Message done ")) {
        event->set(EventKind::Delivered, Side::Client);
        parseDeliveryIds(scan, event);
        if (scan.peek() == '(')
            event->add(FieldKey::Verdict, Bytes::unwrap(scan.rest(), '(', ')')); // "(external quarantine)"
        return;
    }
    if (scan.literal("Message finished ")) { // "Message finished MID <mid> done|aborted"
        event->set(EventKind::Finished, Side::Internal);
        if (takeId(scan, "MID ", &id))
            event->add(FieldKey::Mid, id);
        scan.skipSpaces();
        event->add(FieldKey::Status, scan.token());
        return;
    }
    if (scan.literal("Message aborted ")) {
        if (takeId(scan, "MID ", &id))
            event->add(FieldKey::Mid, id);
        scan.skipSpaces();
        const QByteArrayView why = scan.rest();
        if (why.startsWith("Receiving aborted") || why.startsWith("Injection aborted")) {
            // the client went away or refused during DATA
            event->set(EventKind::Rejected, Side::Server);
            event->add(FieldKey::Status, QByteArrayView("aborted"));
            event->add(FieldKey::Stage, QByteArrayView("DATA"));
            event->add(FieldKey::Reply, why);
        } else if (why.startsWith("Bounced by ")) {
            event->set(EventKind::Bounced, Side::Internal);
            event->add(FieldKey::Verdict, why.sliced(11));
        } else {
            event->set(EventKind::Dropped, Side::Internal);
            event->add(FieldKey::Verdict, why.startsWith("Dropped by ") ? why.sliced(11) : why);
        }
        return;
    }
    if (scan.literal("Message ") && scan.digits(&id)) { // pre-4.5 "Message <mid> to [0] pending till ..."
        event->add(FieldKey::Mid, id);
        scan.skipSpaces();
        if (!(scan.literal("to") && parsePending(scan, event)))
            setOther(event, Side::Internal, message);
        return;
    }
    scan = ByteScanner(message);
    if (scan.literal("Bounced: ")) {
        parseBounce(scan.rest(), EventKind::Bounced, event);
        return;
    }
    if (scan.literal("Delayed: ")) {
        parseBounce(scan.rest(), EventKind::Deferred, event);
        return;
    }
    if (scan.literal("Double bounce: ")) {
        parseBounce(scan.rest(), EventKind::Bounced, event);
        event->add(FieldKey::Status, QByteArrayView("double bounce"));
        return;
    }
    if (scan.literal("Connection Error: ")) {
        parseConnectionError(scan.rest(), event);
        return;
    }
    if (scan.literal("Possible Delivery: ")) { // "Possible Delivery: DCID: d MID m to [<rids>]"
        event->set(EventKind::Delivered, Side::Client);
        event->add(FieldKey::Status, QByteArrayView("possible"));
        takeLabelledDcid(scan, event);
        parseDeliveryIds(scan, event);
        return;
    }
    if (scan.literal("Deleted: ")) { // "Deleted: MID m to [<rids>]" (deleterecipients)
        event->set(EventKind::Dropped, Side::Internal);
        event->add(FieldKey::Status, QByteArrayView("deleted"));
        parseDeliveryIds(scan, event);
        return;
    }
    if (scan.literal("SMTP Auth")) {
        parseSmtpAuth(scan.rest(), event);
        return;
    }
    if (scan.literal("SMTP server connection killed")) {
        event->set(EventKind::Disconnect, Side::Server);
        event->add(FieldKey::Status, QByteArrayView("killed"));
        addLooseIds(message, event);
        return;
    }
    if (scan.literal("SMTP client connection killed")) {
        event->set(EventKind::DeliveryDisconnect, Side::Client);
        event->add(FieldKey::Status, QByteArrayView("killed"));
        addLooseIds(message, event);
        return;
    }
    if (scan.literal("ISQ: ") || scan.literal("EUQ: ")) {
        parseSpamQuarantine(scan.rest(), message, event);
        return;
    }
    if (scan.literal("RPC ")) {
        parseRpc(scan.rest(), message, event);
        return;
    }
    if (scan.literal("Alias match: ") || scan.literal("LDAP: ") || scan.literal("Global unsubscribe ")) {
        parseRouting(scan.rest(), message, event);
        return;
    }
    if (parseSystemLine(message, event))
        return;
    setOther(event, Side::None, message);
}

} // namespace

int IronPortParser::recognise(QByteArrayView line) const
{
    Header header;
    return readHeader(line, &header) == Header::Full ? 2 : 0;
}

bool IronPortParser::startsRecord(QByteArrayView line) const
{
    // Any timestamped line starts a record; only header-less lines continue one (formats.md 1.6).
    Header header;
    return readHeader(line, &header) != Header::None;
}

bool IronPortParser::parse(QByteArrayView record, ParsedEvent* event) const
{
    Header header;
    const Header::Match match = readHeader(record, &header);
    if (match == Header::None)
        return false;
    event->time = header.time;
    event->host = header.host;
    event->program = header.program;
    event->pid = 0;
    if (match == Header::TimeOnly) {
        if (!header.syslog)
            return false; // a ctime stamp without a level: not an IronPort line
        // another program's line in a shared syslog file: understood as far as syslog goes
        event->set(EventKind::Other, Side::None);
        event->add(FieldKey::Reply, chopPadding(header.message));
        return true;
    }
    event->set(EventKind::Other, Side::None);
    parseMessage(chopPadding(header.message), event);
    return true;
}
