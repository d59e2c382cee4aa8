// Sun Java System / Oracle Communications Messaging Server (formats.md 3.6): a message is every entry with
// its Message-ID (LOG_MESSAGE_ID) on one host, across channels (tcp_local -> conversion -> ims-ms,
// process), from its first enqueue until its last queue copy is delivered or returned. Without a
// Message-ID the queue file stands for it, and without either the envelope (from, orig-rcpt) of a copy
// queued in the channel. Recipients are the final cur-rcpt addresses with orig-rcpt as the original.
// Notifications are their own messages, linked from the original by the "<notice>,<original>" field.
#include "correlators.h"
#include "messagetable.h"
#include "sunmsconnections.h"
#include "sunmsqueue.h"

#include <unordered_map>

namespace {

using Copy = SunMsQueue::Copy;

// E entries without Message-ID or queue file this close together, from one sender through one channel,
// are one enqueue transaction (one message with several recipients).
constexpr std::int64_t SameEnqueueMs = 1000;
// Header-log lines follow the enqueue of their message (same thread) within this time.
constexpr std::int64_t HeaderAfterEnqueueMs = 10 * 1000;

Outcome outcomeOfAction(char action)
{
    switch (action) {
    case 'D':
        return Outcome::Delivered;
    case 'R':
        return Outcome::Bounced;
    case 'K':
        return Outcome::Rejected;
    default: // Q, Z
        return Outcome::Deferred;
    }
}

class SunMsCorrelator
{
public:
    explicit SunMsCorrelator(GraphBuilder& builder)
        : b(builder)
        , m_messages(builder, FieldKey::MessageId)
        , m_queue(builder)
        , m_connections(builder)
    {
        m_messages.forgetFinishedMessages();
    }

    void run()
    {
        b.forEachEvent(Family::SunMs, [this](EventRef ref) { consume(ref); });
    }

private:
    void consume(EventRef ref)
    {
        const EventRecord& record = b.record(ref);
        if (record.kind == EventKind::Unparsed || !b.has(ref, FieldKey::Action)) {
            if (record.kind == EventKind::Header)
                header(ref);
            return;
        }
        const std::uint32_t origin = b.originOf(ref);
        if (m_connections.isConnectionEntry(ref)) {
            const std::uint32_t connection = m_connections.entry(ref, origin);
            if (record.kind == EventKind::Rejected && record.side == Side::Server) // + X: refused at connect
                rejectedAttempt(ref, origin, connection);
            return;
        }
        const SunMsEntry entry = m_queue.entryOf(ref, origin);
        switch (entry.action) {
        case 'E':
            return enqueue(entry, record);
        case 'D':
        case 'R':
        case 'Q':
        case 'Z':
        case 'K':
        case 'W':
            return dequeue(entry);
        case 'J':
        case 'V':
            return rejectedAttempt(ref, origin, m_connections.bind(ref, origin, Direction::Inbound));
        default: // B: a bad command in an SMTP session
            m_connections.bind(ref, origin, Direction::Inbound);
        }
    }

    bool finished(std::uint32_t message) { return b.message(message).has(Message::Finished); }

    // --- enqueue ----------------------------------------------------------------------------------------

    // The message an E entry belongs to; `moved` is set to the recipient's copy in the source channel when
    // that channel moves it on to the destination channel.
    std::uint32_t enqueuedMessage(const SunMsEntry& entry, bool notice, SunMsQueue::Ref* moved)
    {
        constexpr unsigned queued = SunMsQueue::bit(Copy::Queued);
        if (entry.id) {
            const std::uint32_t current = m_messages.find(entry.origin, entry.id);
            if (current != NoIndex && !finished(current))
                return m_messages.at(entry.origin, entry.id, entry.ref);
            // A new Message-ID, or one reused after its message finished (a resend): a new message. A
            // processing channel may have given it that new Message-ID (formats.md 3.6 rule 1).
            const SunMsQueue::Ref before
                = notice ? SunMsQueue::Ref() : m_queue.findByEnvelope(entry, entry.source, queued, true);
            const std::uint32_t message = m_messages.start(entry.origin, entry.id, entry.ref);
            if (before.isValid()) {
                m_queue.copy(before).handedOff = true;
                b.link(before.message, message, LinkType::NextHop, entry.ref, LinkEvidence::Envelope);
            }
            return message;
        }
        *moved = m_queue.findByEnvelope(entry, entry.source, queued, true);
        std::uint32_t message = moved->isValid() ? moved->message : m_queue.byFile(entry);
        if (message == NoIndex && !entry.file)
            message = sameEnqueue(entry);
        if (message == NoIndex)
            return unnamedMessage(entry);
        b.attach(message, entry.ref);
        return message;
    }

    // A message without Message-ID: its queue file names it, if logged.
    std::uint32_t unnamedMessage(const SunMsEntry& entry)
    {
        const FieldKey idKey = entry.file ? FieldKey::QueueFile : FieldKey::MessageId;
        return b.addMessage(entry.origin, idKey, entry.file, entry.ref);
    }

    std::uint32_t sameEnqueue(const SunMsEntry& entry)
    {
        const auto it = m_lastUnnamed.find(entry.origin);
        if (it == m_lastUnnamed.end())
            return NoIndex;
        const SunMsEntry& last = it->second.entry;
        const bool same
            = last.from == entry.from && last.source == entry.source && entry.time - last.time <= SameEnqueueMs;
        return same && !finished(it->second.message) ? it->second.message : NoIndex;
    }

    void enqueue(const SunMsEntry& entry, const EventRecord& record)
    {
        const bool notice = entry.parent || record.kind == EventKind::DsnGenerated;
        SunMsQueue::Ref moved;
        const std::uint32_t message = enqueuedMessage(entry, notice, &moved);
        if (!moved.isValid() && m_queue.movesOn(entry.source))
            moved = m_queue.find(message, entry.source, entry, SunMsQueue::bit(Copy::Queued), entry.source);
        std::uint32_t recipient = NoIndex;
        if (moved.isValid()) {
            // A hop inside the MTA: the same recipient, now under the address the next channel uses.
            recipient = m_queue.copy(moved).recipient;
            m_queue.remove(moved, Copy::Forwarded);
            Recipient& r = b.recipientAt(recipient);
            if (entry.current && r.address != entry.current) {
                if (!r.original)
                    r.original = entry.original ? entry.original : r.address;
                r.address = entry.current;
                if (r.original == r.address)
                    r.original = 0;
            }
        } else {
            recipient = b.recipient(message, entry.current, entry.original);
        }
        m_queue.add(message, entry, recipient, entry.destination);

        b.setSender(message, entry.ref);
        b.setMessageId(message, b.string(entry.ref, FieldKey::MessageId));
        if (!b.message(message).size)
            b.message(message).size = b.number(entry.ref, FieldKey::Size);
        const std::uint32_t connection = m_connections.bind(entry.ref, entry.origin, Direction::Inbound);
        if (connection != NoIndex && b.message(message).inbound == NoIndex)
            b.message(message).inbound = connection;
        if (notice) {
            b.message(message).flags |= Message::Notification;
            if (entry.parent && m_queue.markNoticeLinked(message))
                b.linkFromId(entry.parent, message, LinkType::Notification, entry.ref);
        }
        m_lastEnqueue[m_connections.threadOf(entry.ref, entry.origin)] = { message, entry.ref };
        if (!entry.id && !entry.file)
            m_lastUnnamed[entry.origin] = { message, entry };
    }

    // --- dequeue ----------------------------------------------------------------------------------------

    // The message a D, Q, R ... entry belongs to.
    std::uint32_t dequeuedMessage(const SunMsEntry& entry)
    {
        // An unknown Message-ID (a typo in the manual, a changed one): its queue file decides.
        if (!entry.id || m_messages.find(entry.origin, entry.id) == NoIndex) {
            std::uint32_t message = m_queue.byFile(entry);
            if (message == NoIndex && !entry.id) {
                constexpr unsigned present = SunMsQueue::bit(Copy::Queued) | SunMsQueue::bit(Copy::Forwarded);
                message = m_queue.findByEnvelope(entry, entry.source, present, false).message;
            }
            if (message != NoIndex) {
                b.attach(message, entry.ref);
                return message;
            }
        }
        if (entry.id)
            return m_messages.at(entry.origin, entry.id, entry.ref);
        return unnamedMessage(entry);
    }

    void dequeue(const SunMsEntry& entry)
    {
        const std::uint32_t message = dequeuedMessage(entry);
        const std::uint32_t connection = m_connections.bind(entry.ref, entry.origin, Direction::Outbound);
        if (!b.message(message).sender && !b.message(message).has(Message::NullSender))
            b.setSender(message, entry.ref);
        if (entry.action == 'W')
            return; // a delay warning was sent; nothing changed for the recipient
        SunMsQueue::Ref copy = m_queue.find(message, entry.source, entry, SunMsQueue::bit(Copy::Queued));
        if (!copy.isValid()) {
            // The channel lets go of a copy it already moved on to the next channel: a hop, not an outcome.
            const SunMsQueue::Ref moved = m_queue.find(message, entry.source, entry, SunMsQueue::bit(Copy::Forwarded));
            if (moved.isValid()) {
                if (entry.action != 'Q')
                    m_queue.remove(moved, Copy::Done);
                return;
            }
        }
        const Outcome outcome = outcomeOfAction(entry.action);
        std::uint32_t recipient = NoIndex;
        if (copy.isValid()) {
            recipient = m_queue.copy(copy).recipient;
            m_queue.renameFile(copy, entry.file);
        } else {
            // Its enqueue was not logged (the log starts later): a retry keeps it queued in this channel.
            recipient = b.recipient(message, entry.current, entry.original);
            if (outcome == Outcome::Deferred)
                m_queue.add(message, entry, recipient, entry.source);
        }
        b.addAttempt(recipient, outcome, entry.ref, entry.ref, connection);
        if (outcome == Outcome::Deferred)
            return;
        if (copy.isValid())
            m_queue.remove(copy, Copy::Done);
        if (!m_queue.hasQueued(message))
            m_messages.finish(message);
    }

    // --- without a message ------------------------------------------------------------------------------

    // J (refused at SMTP time), V (abandoned), + X (connection refused): no message was ever queued. The
    // refusals of one session and sender form one attempt.
    void rejectedAttempt(EventRef ref, std::uint32_t origin, std::uint32_t connection)
    {
        const Outcome outcome = b.record(ref).kind == EventKind::Dropped ? Outcome::Dropped : Outcome::Rejected;
        b.refuse(origin, connection, FieldKey::MessageId, ref, outcome, !m_connections.isConnectionEntry(ref));
    }

    // LOG_HEADER lines ("> Subject: ...") follow the enqueue of their message.
    void header(EventRef ref)
    {
        const std::uint32_t origin = b.originOf(ref);
        const SunMsThread thread = m_connections.threadOf(ref, origin);
        auto* const found = m_lastEnqueue.find(thread);
        if (!found)
            return;
        auto& [message, last] = *found;
        const bool follows = thread ? b.timeOf(ref) - b.timeOf(last) <= HeaderAfterEnqueueMs
                                    : ref.log == last.log && ref.index == last.index + 1;
        if (!follows)
            return;
        b.attach(message, ref);
        b.setMessageId(message, b.string(ref, FieldKey::MessageId));
        last = ref;
    }

    struct Unnamed
    {
        std::uint32_t message;
        SunMsEntry entry;
    };

    GraphBuilder& b;
    MessageTable m_messages; // (origin, Message-ID) -> message, with the epoch rule
    SunMsQueue m_queue;
    SunMsConnections m_connections;
    SunMsThreadMap<std::pair<std::uint32_t, EventRef>> m_lastEnqueue; // thread -> message, line
    std::unordered_map<std::uint32_t, Unnamed> m_lastUnnamed; // origin -> last E without Message-ID or file
};

} // namespace

void Correlators::sunMs(GraphBuilder& builder)
{
    SunMsCorrelator(builder).run();
}
