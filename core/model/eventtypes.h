#pragma once

#include <QLatin1StringView>
#include <QString>

#include <cstdint>

// The closed vocabularies of the event model: what a log line says happened, on which side of the MTA,
// from which log family, and which fields it carries. Each enumerator has a stable machine name (used in
// JSON/CSV exports and in filters) and a translated label for the UI.

enum class Family : std::uint8_t {
    Unknown,
    IronPort,
    Postfix,
    SunMs,
    EPost,
};
constexpr int FamilyCount = 5;

enum class EventKind : std::uint8_t {
    Unparsed, // no parser understood the line; kept with its raw text
    Other, // understood, but not a step of mail handling (statistics, banners, ...)
    System, // daemon start/stop, log file boundaries, configuration
    Connect, // inbound connection (or connection-level policy decision)
    Helo,
    Tls,
    Auth,
    MailFrom,
    RcptTo,
    Data,
    Header, // facts from the message header: Message-ID, Subject
    Accepted, // end of data: the message was taken (queued) by the receiving side
    ScanVerdict, // anti-spam, anti-virus, filter, SPF/DKIM/DMARC results
    Quarantined,
    Queued, // placed in / returned to the delivery queue
    Derived, // the message was split, rewritten or copied into another message
    DeliveryConnect, // outbound connection to the next hop
    DeliveryStart,
    SmtpCommand, // a command of a logged SMTP dialogue (E-Post receivelog/senderlog)
    SmtpReply, // a reply of a logged SMTP dialogue
    Delivered,
    Deferred,
    Bounced,
    Rejected,
    Expired,
    Dropped,
    DsnGenerated, // a bounce/delay notification was created
    Finished, // the message's life on this host ended (removed, Message finished, dequeued for good)
    Disconnect, // inbound connection closed
    DeliveryDisconnect, // outbound connection closed
    Pop3,
    Imap4,
};
constexpr int EventKindCount = int(EventKind::Imap4) + 1;

// Which part of the MTA the event belongs to; the swimlane draws one lane per side.
enum class Side : std::uint8_t {
    None,
    Server, // receiving: an SMTP server accepting mail from a client
    Internal, // queueing, scanning, routing inside the MTA
    Client, // delivering: the MTA's SMTP/LMTP client talking to the next hop
    Mailbox, // POP3/IMAP4 access by the recipient
};
constexpr int SideCount = 5;

// The fields an event may carry. Identifiers come first (they form the "ids" object in exports);
// numeric fields hold a number, all others an interned string.
enum class FieldKey : std::uint8_t {
    // identifiers
    Icid,
    Mid,
    Rid,
    Dcid,
    Rcid,
    QueueId, // Postfix queue ID (also NOQUEUE)
    SmtpdPid, // Postfix smtpd process of the session (links NOQUEUE rejects and client= lines)
    Process, // Sun pid[.thread].sequence
    QueueFile, // Sun queue file
    Bid, // E-Post B-number (without suffixes)
    BidSuffix, // E-Post -R0001, -E001, ... suffix chain
    Session, // E-Post receivelog/receivepop3 session token
    MessageId, // RFC 5322 Message-ID header
    ParentId, // the message this one was derived from (ID in the same family's scheme)
    ChildId, // the message derived from this one (bounce, split, rewrite)
    NextHopId, // ID the next hop gave the message ("queued as X", "Message N accepted")
    SerialNumber, // IronPort appliance serial
    // envelope and peers
    Sender,
    Recipient,
    OrigRecipient,
    PeerHost,
    PeerIp,
    PeerPort, // numeric
    LocalIp,
    LocalPort, // numeric
    Relay,
    Helo,
    SaslUser,
    Account, // POP3/IMAP4 account
    // outcome
    ReplyCode, // numeric SMTP reply code
    EnhancedStatus, // x.y.z
    Status, // sent, deferred, bounced, ok, abort, ...
    Reply, // the reply / diagnostic text
    Verdict, // scanner result, policy decision
    Stage, // SMTP stage of a reject (RCPT, DATA, END-OF-MESSAGE ...)
    Delay, // numeric, milliseconds
    Size, // numeric, bytes (Sun: blocks)
    Subject,
    SourceChannel, // Sun
    DestChannel, // Sun
    Action, // Sun action letters (EES, DE ...), E-Post command
    Interface,
    Tls,
};
constexpr int FieldKeyCount = int(FieldKey::Tls) + 1;
constexpr int IdentifierFieldCount = int(FieldKey::SerialNumber) + 1;

constexpr bool isIdentifier(FieldKey key)
{
    return int(key) < IdentifierFieldCount;
}
constexpr bool isNumeric(FieldKey key)
{
    return key == FieldKey::SmtpdPid || key == FieldKey::PeerPort || key == FieldKey::LocalPort || key == FieldKey::ReplyCode
        || key == FieldKey::Delay || key == FieldKey::Size;
}

// Stable machine names (exports, filters, CLI). Never translated.
QLatin1StringView familyKey(Family family);
QLatin1StringView kindKey(EventKind kind);
QLatin1StringView sideKey(Side side);
QLatin1StringView fieldKey(FieldKey key);
bool familyFromKey(QLatin1StringView key, Family* family);
bool kindFromKey(QLatin1StringView key, EventKind* kind);
bool fieldFromKey(QLatin1StringView key, FieldKey* field);

// Translated names for the UI.
QString familyLabel(Family family);
QString kindLabel(EventKind kind);
QString sideLabel(Side side);
QString fieldLabel(FieldKey key);
