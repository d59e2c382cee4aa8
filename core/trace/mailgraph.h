#pragma once

#include "model/eventtypes.h"
#include "model/stringpool.h"
#include "trace/eventlist.h"
#include "trace/tracetypes.h"

#include <QByteArrayView>

#include <cstdint>
#include <span>
#include <vector>

class LogCollection;

// One MTA instance whose logs were loaded: an IronPort appliance, a Postfix instance on a host, a Sun
// Messaging Server, an E-Post server. Identifiers are only unique within one origin.
struct Origin
{
    Family family = Family::Unknown;
    StringPool::Id host = 0; // the name the logs give it (syslog host, folder name, appliance serial)
    StringPool::Id instance = 0; // Postfix syslog_name ("postfix-out"); 0 for the default instance
};

// An SMTP connection: inbound (a client talking to this MTA's server side) or outbound (this MTA's
// client side talking to the next hop). Its time is that of its events (a Postfix log has one connection for
// nearly every delivery: 16 bytes of times each would be a fifth of the graph).
struct Connection
{
    std::uint32_t origin = 0;
    std::uint32_t eventsBegin = 0; // range in MailGraph::connectionEvents
    std::uint32_t eventsEnd = 0;
    StringPool::Id id = 0; // ICID, DCID, smtpd pid, Sun process.thread, E-Post session token
    StringPool::Id peerIp = 0;
    StringPool::Id peerHost = 0;
    StringPool::Id localIp = 0;
    std::uint32_t peerPort = 0;
    FieldKey idKey = FieldKey::Icid;
    Direction direction = Direction::Inbound;
};

// A message on one origin, from its arrival (or creation) to the end of its life there. A rejected
// attempt that never got an ID is a message too (flag RejectedAttempt), so it can be found and shown.
struct Message
{
    enum Flag : std::uint8_t {
        RejectedAttempt = 1, // refused before it was queued: no ID was ever assigned
        Notification = 2, // a bounce/delay notification the MTA generated
        Finished = 4, // the log says its life on this origin ended
        NullSender = 8, // the envelope sender is <> (as opposed to unknown)
    };

    std::int64_t firstMs = 0;
    std::int64_t lastMs = 0;
    std::uint32_t origin = 0;
    std::uint32_t eventsBegin = 0; // range in MailGraph::messageEvents
    std::uint32_t eventsEnd = 0;
    std::uint32_t recipientsBegin = 0; // range in MailGraph::recipients
    std::uint32_t recipientsEnd = 0;
    std::uint32_t inbound = NoIndex; // the connection it arrived on
    StringPool::Id id = 0; // the primary identifier: MID, queue ID, Sun message-id, B-number (0: none)
    StringPool::Id messageId = 0; // the Message-ID header as logged
    StringPool::Id sender = 0;
    std::uint32_t size = 0; // bytes (Sun: blocks, as logged)
    FieldKey idKey = FieldKey::QueueId;
    Outcome outcome = Outcome::Unknown; // the worst of its accepted recipients (rejected if none was accepted)
    std::uint8_t flags = 0;

    bool has(Flag flag) const { return flags & flag; }
};

// One delivery attempt of one recipient, or any other event that decided its fate for a while.
struct Attempt
{
    std::int64_t timeMs = 0;
    EventRef event; // the line with the outcome
    EventRef replyEvent; // the line with the reply text (IronPort logs it separately); == event otherwise
    std::uint32_t connection = NoIndex; // the outbound connection, when known
    Outcome outcome = Outcome::Unknown;
    // One of its lines names the ID the next hop gave the message ("queued as X"): noted while correlating, when
    // the lines are at hand, so that linking hops reads only those lines again.
    bool namesNextHop = false;
};
static_assert(sizeof(Attempt) == 32, "an attempt is kept for every delivery: keep it small");

struct Recipient
{
    std::uint32_t message = 0;
    std::uint32_t attemptsBegin = 0; // range in MailGraph::attempts, in time order
    std::uint32_t attemptsEnd = 0;
    StringPool::Id address = 0;
    StringPool::Id original = 0; // before alias/list expansion, when logged
    StringPool::Id rid = 0; // IronPort RID
    Outcome outcome = Outcome::Unknown; // of the last attempt
};

// A directed relation between two messages.
struct Link
{
    std::uint32_t from = 0;
    std::uint32_t to = 0;
    EventRef event; // the line that states the link (the delivery reply, the bounce line)
    LinkType type = LinkType::NextHop;
    LinkEvidence evidence = LinkEvidence::Logged;
};

// Every message, connection, recipient, attempt and link found in a LogCollection, with indexes to find
// them by any identifier or address. Built once after loading (TraceBuilder), then read-only.
class MailGraph
{
public:
    std::vector<Origin> origins;
    EventNumbering eventNumbering; // of the events in the lists below
    std::vector<Connection> connections;
    std::vector<std::uint32_t> connectionEvents; // event numbers
    std::vector<Message> messages;
    std::vector<std::uint32_t> messageEvents; // event numbers
    std::vector<Recipient> recipients;
    std::vector<Attempt> attempts;
    std::vector<Link> links; // sorted by (from, to)
    std::vector<std::uint32_t> linksByTarget; // indexes into links, sorted by (to, from)
    std::vector<std::uint32_t> hopCounts; // per message: the messages of its next-hop chain, itself included

    // Per log, per event: the message (or connection) the event belongs to, NoIndex if none.
    std::vector<std::vector<std::uint32_t>> messageOfEvent;
    std::vector<std::vector<std::uint32_t>> connectionOfEvent;

    EventList eventsOf(const Message& message) const
    {
        return { messageEvents.data() + message.eventsBegin, message.eventsEnd - message.eventsBegin, eventNumbering };
    }
    EventList eventsOf(const Connection& connection) const
    {
        return { connectionEvents.data() + connection.eventsBegin, connection.eventsEnd - connection.eventsBegin,
            eventNumbering };
    }
    std::span<const Recipient> recipientsOf(const Message& message) const
    {
        return { recipients.data() + message.recipientsBegin, message.recipientsEnd - message.recipientsBegin };
    }
    std::span<const Attempt> attemptsOf(const Recipient& recipient) const
    {
        return { attempts.data() + recipient.attemptsBegin, recipient.attemptsEnd - recipient.attemptsBegin };
    }
    std::span<const Link> linksFrom(std::uint32_t message) const;
    std::vector<Link> linksTo(std::uint32_t message) const;

    std::uint32_t messageOf(EventRef ref) const { return messageOfEvent[ref.log][ref.index]; }
    std::uint32_t connectionOf(EventRef ref) const { return connectionOfEvent[ref.log][ref.index]; }

    // The messages whose identifiers, Message-ID header, addresses or client address equal `query`
    // (addresses ignore case; Message-IDs match with or without angle brackets), in time order.
    std::vector<std::uint32_t> find(const StringPool& strings, QByteArrayView query) const;

    // Index of the lookup keys (built by TraceBuilder): (string id, message), sorted.
    struct KeyEntry
    {
        StringPool::Id key;
        std::uint32_t message;
        friend bool operator<(const KeyEntry& a, const KeyEntry& b)
        {
            return a.key != b.key ? a.key < b.key : a.message < b.message;
        }
        friend bool operator==(const KeyEntry& a, const KeyEntry& b) = default;
    };
    std::vector<KeyEntry> keys;

    std::size_t memoryUsed() const;
};
