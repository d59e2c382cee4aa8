#include "eventtypes.h"

#include "vocabulary.h"

namespace {

constexpr std::array<VocabularyName, FamilyCount> familyNames { {
    { "unknown", QT_TRANSLATE_NOOP("EventTypes", "Unknown") },
    { "ironport", QT_TRANSLATE_NOOP("EventTypes", "IronPort") },
    { "postfix", QT_TRANSLATE_NOOP("EventTypes", "Postfix") },
    { "sunms", QT_TRANSLATE_NOOP("EventTypes", "Sun Messaging Server") },
    { "epost", QT_TRANSLATE_NOOP("EventTypes", "E-Post") },
} };

constexpr std::array<VocabularyName, EventKindCount> kindNames { {
    { "unparsed", QT_TRANSLATE_NOOP("EventTypes", "Unparsed") },
    { "other", QT_TRANSLATE_NOOP("EventTypes", "Other") },
    { "system", QT_TRANSLATE_NOOP("EventTypes", "System") },
    { "connect", QT_TRANSLATE_NOOP("EventTypes", "Connect") },
    { "helo", QT_TRANSLATE_NOOP("EventTypes", "HELO") },
    { "tls", QT_TRANSLATE_NOOP("EventTypes", "TLS") },
    { "auth", QT_TRANSLATE_NOOP("EventTypes", "Authentication") },
    { "mail-from", QT_TRANSLATE_NOOP("EventTypes", "MAIL FROM") },
    { "rcpt-to", QT_TRANSLATE_NOOP("EventTypes", "RCPT TO") },
    { "data", QT_TRANSLATE_NOOP("EventTypes", "DATA") },
    { "header", QT_TRANSLATE_NOOP("EventTypes", "Header") },
    { "accepted", QT_TRANSLATE_NOOP("EventTypes", "Accepted") },
    { "scan-verdict", QT_TRANSLATE_NOOP("EventTypes", "Scan verdict") },
    { "quarantined", QT_TRANSLATE_NOOP("EventTypes", "Quarantined") },
    { "queued", QT_TRANSLATE_NOOP("EventTypes", "Queued") },
    { "derived", QT_TRANSLATE_NOOP("EventTypes", "Derived message") },
    { "delivery-connect", QT_TRANSLATE_NOOP("EventTypes", "Delivery connect") },
    { "delivery-start", QT_TRANSLATE_NOOP("EventTypes", "Delivery start") },
    { "smtp-command", QT_TRANSLATE_NOOP("EventTypes", "SMTP command") },
    { "smtp-reply", QT_TRANSLATE_NOOP("EventTypes", "SMTP reply") },
    { "delivered", QT_TRANSLATE_NOOP("EventTypes", "Delivered") },
    { "deferred", QT_TRANSLATE_NOOP("EventTypes", "Deferred") },
    { "bounced", QT_TRANSLATE_NOOP("EventTypes", "Bounced") },
    { "rejected", QT_TRANSLATE_NOOP("EventTypes", "Rejected") },
    { "expired", QT_TRANSLATE_NOOP("EventTypes", "Expired") },
    { "dropped", QT_TRANSLATE_NOOP("EventTypes", "Dropped") },
    { "dsn-generated", QT_TRANSLATE_NOOP("EventTypes", "Notification generated") },
    { "finished", QT_TRANSLATE_NOOP("EventTypes", "Finished") },
    { "disconnect", QT_TRANSLATE_NOOP("EventTypes", "Disconnect") },
    { "delivery-disconnect", QT_TRANSLATE_NOOP("EventTypes", "Delivery disconnect") },
    { "pop3", QT_TRANSLATE_NOOP("EventTypes", "POP3") },
    { "imap4", QT_TRANSLATE_NOOP("EventTypes", "IMAP4") },
} };

constexpr std::array<VocabularyName, SideCount> sideNames { {
    { "none", QT_TRANSLATE_NOOP("EventTypes", "None") },
    { "server", QT_TRANSLATE_NOOP("EventTypes", "Server (receiving)") },
    { "internal", QT_TRANSLATE_NOOP("EventTypes", "Internal") },
    { "client", QT_TRANSLATE_NOOP("EventTypes", "Client (delivering)") },
    { "mailbox", QT_TRANSLATE_NOOP("EventTypes", "Mailbox access") },
} };

constexpr std::array<VocabularyName, FieldKeyCount> fieldNames { {
    { "icid", QT_TRANSLATE_NOOP("EventTypes", "ICID") },
    { "mid", QT_TRANSLATE_NOOP("EventTypes", "MID") },
    { "rid", QT_TRANSLATE_NOOP("EventTypes", "RID") },
    { "dcid", QT_TRANSLATE_NOOP("EventTypes", "DCID") },
    { "rcid", QT_TRANSLATE_NOOP("EventTypes", "RCID") },
    { "queue_id", QT_TRANSLATE_NOOP("EventTypes", "Queue ID") },
    { "smtpd_pid", QT_TRANSLATE_NOOP("EventTypes", "smtpd process") },
    { "process", QT_TRANSLATE_NOOP("EventTypes", "Process") },
    { "queue_file", QT_TRANSLATE_NOOP("EventTypes", "Queue file") },
    { "bid", QT_TRANSLATE_NOOP("EventTypes", "Message number") },
    { "bid_suffix", QT_TRANSLATE_NOOP("EventTypes", "Message number suffix") },
    { "session", QT_TRANSLATE_NOOP("EventTypes", "Session") },
    { "message_id", QT_TRANSLATE_NOOP("EventTypes", "Message-ID") },
    { "parent_id", QT_TRANSLATE_NOOP("EventTypes", "Derived from") },
    { "child_id", QT_TRANSLATE_NOOP("EventTypes", "Derived message") },
    { "next_hop_id", QT_TRANSLATE_NOOP("EventTypes", "Next-hop ID") },
    { "serial", QT_TRANSLATE_NOOP("EventTypes", "Serial number") },
    { "from", QT_TRANSLATE_NOOP("EventTypes", "Envelope sender") },
    { "to", QT_TRANSLATE_NOOP("EventTypes", "Recipient") },
    { "orig_to", QT_TRANSLATE_NOOP("EventTypes", "Original recipient") },
    { "peer_host", QT_TRANSLATE_NOOP("EventTypes", "Peer host") },
    { "peer_ip", QT_TRANSLATE_NOOP("EventTypes", "Peer IP") },
    { "peer_port", QT_TRANSLATE_NOOP("EventTypes", "Peer port") },
    { "local_ip", QT_TRANSLATE_NOOP("EventTypes", "Local IP") },
    { "local_port", QT_TRANSLATE_NOOP("EventTypes", "Local port") },
    { "relay", QT_TRANSLATE_NOOP("EventTypes", "Relay") },
    { "helo", QT_TRANSLATE_NOOP("EventTypes", "HELO name") },
    { "sasl_user", QT_TRANSLATE_NOOP("EventTypes", "SASL user") },
    { "account", QT_TRANSLATE_NOOP("EventTypes", "Account") },
    { "reply_code", QT_TRANSLATE_NOOP("EventTypes", "Reply code") },
    { "dsn", QT_TRANSLATE_NOOP("EventTypes", "Enhanced status") },
    { "status", QT_TRANSLATE_NOOP("EventTypes", "Status") },
    { "reply", QT_TRANSLATE_NOOP("EventTypes", "Reply") },
    { "verdict", QT_TRANSLATE_NOOP("EventTypes", "Verdict") },
    { "stage", QT_TRANSLATE_NOOP("EventTypes", "SMTP stage") },
    { "delay_ms", QT_TRANSLATE_NOOP("EventTypes", "Delay") },
    { "size", QT_TRANSLATE_NOOP("EventTypes", "Size") },
    { "subject", QT_TRANSLATE_NOOP("EventTypes", "Subject") },
    { "source_channel", QT_TRANSLATE_NOOP("EventTypes", "Source channel") },
    { "dest_channel", QT_TRANSLATE_NOOP("EventTypes", "Destination channel") },
    { "action", QT_TRANSLATE_NOOP("EventTypes", "Action") },
    { "interface", QT_TRANSLATE_NOOP("EventTypes", "Interface") },
    { "tls", QT_TRANSLATE_NOOP("EventTypes", "TLS") },
} };

constexpr const char* Context = "EventTypes";

} // namespace

QLatin1StringView familyKey(Family family)
{
    return Vocabulary::key(familyNames, int(family));
}
QLatin1StringView kindKey(EventKind kind)
{
    return Vocabulary::key(kindNames, int(kind));
}
QLatin1StringView sideKey(Side side)
{
    return Vocabulary::key(sideNames, int(side));
}
QLatin1StringView fieldKey(FieldKey key)
{
    return Vocabulary::key(fieldNames, int(key));
}

bool familyFromKey(QLatin1StringView key, Family* family)
{
    int index = 0;
    if (!Vocabulary::indexOf(familyNames, key, &index) || index == int(Family::Unknown))
        return false;
    *family = Family(index);
    return true;
}

bool kindFromKey(QLatin1StringView key, EventKind* kind)
{
    int index = 0;
    if (!Vocabulary::indexOf(kindNames, key, &index))
        return false;
    *kind = EventKind(index);
    return true;
}

bool fieldFromKey(QLatin1StringView key, FieldKey* field)
{
    int index = 0;
    if (!Vocabulary::indexOf(fieldNames, key, &index))
        return false;
    *field = FieldKey(index);
    return true;
}

QString familyLabel(Family family)
{
    return Vocabulary::label(Context, familyNames, int(family));
}
QString kindLabel(EventKind kind)
{
    return Vocabulary::label(Context, kindNames, int(kind));
}
QString sideLabel(Side side)
{
    return Vocabulary::label(Context, sideNames, int(side));
}
QString fieldLabel(FieldKey key)
{
    return Vocabulary::label(Context, fieldNames, int(key));
}
