#pragma once

#include "model/logcollection.h"
#include "trace/correlate/idmap.h"
#include "trace/mailgraph.h"

#include <QByteArrayView>

#include <map>
#include <tuple>

// What the per-family correlators use to build a MailGraph: they walk their logs' events and tell the
// builder which message or connection each event belongs to, which recipients it names and what became
// of them. The builder keeps the bookkeeping (event ownership, recipient lists, time ranges) and turns
// it into the compact, sorted arrays of a MailGraph in finish().
class GraphBuilder
{
public:
    explicit GraphBuilder(const LogCollection& logs);

    // Reading events.
    const LogCollection& logs() const { return m_logs; }
    const EventRecord& record(EventRef ref) const { return m_logs.log(ref.log).event(ref.index); }
    std::int64_t timeOf(EventRef ref) const { return record(ref).utcMs; }
    // The interned value of a string field (0 when absent or not a string).
    StringPool::Id string(EventRef ref, FieldKey key) const;
    // The bytes of a string field, interned or kept in its line (empty when absent or numeric).
    QByteArrayView view(EventRef ref, FieldKey key) const;
    // A numeric field (0 when absent).
    std::uint32_t number(EventRef ref, FieldKey key) const;
    bool has(EventRef ref, FieldKey key) const { return m_logs.log(ref.log).hasField(ref.index, key); }
    QByteArrayView text(StringPool::Id id) const { return m_strings.view(id); }
    StringPool::Id intern(QByteArrayView text) { return m_strings.intern(text); }
    // A number as decimal text, interned (process ids that name connections).
    StringPool::Id internNumber(std::uint32_t number);
    // The logs of one family, ordered by their first timestamp (rotated files in order).
    std::vector<std::uint32_t> logsOf(Family family) const;
    // Calls f(EventRef) for each event of the family's logs, file by file in that order.
    template <typename F>
    void forEachEvent(Family family, F f) const
    {
        for (const std::uint32_t log : logsOf(family)) {
            const auto count = std::uint32_t(m_logs.log(log).eventCount());
            for (std::uint32_t i = 0; i < count; ++i)
                f(EventRef { log, i });
        }
    }
    // The record's first line, raw (for the rare line type no field tells apart).
    QByteArrayView line(EventRef ref) const { return m_logs.log(ref.log).file().line(qsizetype(m_logs.log(ref.log).lineOf(ref.index))); }
    // The process id the line names (0 if none).
    std::uint32_t pid(EventRef ref) const { return m_logs.log(ref.log).pidOf(ref.index); }

    // The origin (MTA instance) of an event: the syslog host when the line has one, else the name of
    // the folder the file is in (esa1/mail.current, epost/acceptlog/MAILSV01/240327.log).
    std::uint32_t originOf(EventRef ref, StringPool::Id instance = 0);
    const Origin& origin(std::uint32_t index) const { return m_graph.origins[index]; }

    // Messages.
    std::uint32_t addMessage(std::uint32_t origin, FieldKey idKey, StringPool::Id id, EventRef first);
    Message& message(std::uint32_t index) { return m_graph.messages[index]; }
    void attach(std::uint32_t message, EventRef ref);
    // Sets the Message-ID header unless already known (its angle brackets are removed in finish()).
    void setMessageId(std::uint32_t message, StringPool::Id logged);
    void setSender(std::uint32_t message, EventRef ref); // from the Sender field; <> when absent

    // Refusals that never got an ID: each is an attempt of its own, a message with flag RejectedAttempt and
    // id 0 whose inbound connection is the one refused.
    std::uint32_t addRejectedAttempt(std::uint32_t origin, std::uint32_t connection, FieldKey idKey, EventRef first);
    // Records a refusal line: refusals on one connection for one sender form one attempt; the line's
    // recipient is refused, or the whole attempt if it names none. Without a connection, it stands alone.
    std::uint32_t refuse(std::uint32_t origin, std::uint32_t connection, FieldKey idKey, EventRef ref,
        Outcome outcome = Outcome::Rejected, bool namesSender = true);

    // Connections.
    std::uint32_t addConnection(std::uint32_t origin, Direction direction, FieldKey idKey, StringPool::Id id, EventRef first);
    Connection& connection(std::uint32_t index) { return m_graph.connections[index]; }
    // The times of a connection's first and last events so far.
    std::int64_t connectionStartMs(std::uint32_t index) const { return m_connectionTimes[index].first; }
    std::int64_t connectionEndMs(std::uint32_t index) const { return m_connectionTimes[index].last; }
    void attachToConnection(std::uint32_t connection, EventRef ref);
    // Copies peer and local addresses from an event into the connection, where the event has them.
    void takePeer(std::uint32_t connection, EventRef ref);

    // Recipients and what became of them.
    std::uint32_t recipient(std::uint32_t message, StringPool::Id address, StringPool::Id original = 0);
    // Recipients of a message, in the order they were added.
    std::vector<std::uint32_t> recipientsOf(std::uint32_t message) const;
    Recipient& recipientAt(std::uint32_t index) { return m_graph.recipients[index]; }
    void addAttempt(std::uint32_t recipient, Outcome outcome, EventRef event, EventRef reply = {}, std::uint32_t connection = NoIndex);
    // Every recipient still open (no outcome, or deferred) gets this outcome; a message without known
    // recipients takes it as its own outcome.
    void settleOpenRecipients(std::uint32_t message, Outcome outcome, EventRef event);
    Outcome currentOutcome(std::uint32_t recipient) const { return m_graph.recipients[recipient].outcome; }

    // Links between messages.
    void link(std::uint32_t from, std::uint32_t to, LinkType type, EventRef event, LinkEvidence evidence = LinkEvidence::Logged);
    // A link to the message with primary identifier `id` on the same origin, which may appear later in
    // the logs; resolved in finish() to the message with that id nearest in time to the event.
    void linkById(std::uint32_t from, LinkType type, StringPool::Id id, EventRef event);
    // The same, with the message named by id as the source (the line names the parent, e.g. "generated
    // for bounce of MID n" or Postfix orig_queue_id).
    void linkFromId(StringPool::Id id, std::uint32_t to, LinkType type, EventRef event);

    // Flattens everything into a graph: events, recipients and attempts grouped and in time order,
    // outcomes summarised, id links resolved. The builder is empty afterwards.
    MailGraph finish();

private:
    struct Owned
    {
        std::uint32_t owner;
        std::uint32_t event; // its number (EventNumbering)
    };
    struct TimeRange
    {
        std::int64_t first;
        std::int64_t last;
    };
    struct PendingAttempt
    {
        std::uint32_t recipient;
        Attempt attempt;
    };
    struct IdLink
    {
        std::uint32_t known; // the message whose line names the other one
        StringPool::Id id;
        EventRef event;
        LinkType type;
        bool knownIsSource;
    };

    // Adds an event to an owner (message or connection): its time range, and the event's owner if it has none yet,
    // else the pair in `others` (unless that owner is the event's already).
    void own(std::uint32_t owner, EventRef ref, std::int64_t* first, std::int64_t* last, std::vector<Owned>* others,
        std::vector<std::vector<std::uint32_t>>* ownerOfEvent);
    void resolveIdLinks();
    void groupRecipientsAndAttempts();
    // Message-IDs as logged -> without their angle brackets.
    void unwrapMessageIds();

    const LogCollection& m_logs;
    StringPool& m_strings;
    MailGraph m_graph;
    std::vector<Owned> m_otherMessageEvents; // events of a message that belong to another one first
    std::vector<Owned> m_otherConnectionEvents;
    std::vector<TimeRange> m_connectionTimes; // by connection: only correlation asks, so the graph keeps none
    std::vector<PendingAttempt> m_attempts;
    std::vector<std::int64_t> m_recipientLatest; // time of the recipient's latest outcome
    std::vector<std::uint32_t> m_firstRecipient; // per message, then a chain through m_nextRecipient
    std::vector<std::uint32_t> m_lastRecipient;
    std::vector<std::uint32_t> m_nextRecipient;
    std::vector<IdLink> m_idLinks;
    IdMap<StringPool::Id> m_numbers; // internNumber's: pids repeat
    IdMap<std::uint32_t> m_refusals; // (connection, sender) -> rejected attempt
    std::map<std::tuple<Family, StringPool::Id, StringPool::Id>, std::uint32_t> m_origins;
};
