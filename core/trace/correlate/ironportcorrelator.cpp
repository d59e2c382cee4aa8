// IronPort (formats.md 1.3-1.7): a message is (appliance, MID) from "Start MID" to "Message finished"; it
// arrived on an inbound connection (ICID) and is delivered per recipient (RID) over outbound connections
// (DCID). Split, rewritten, copied and bounce messages get MIDs of their own, linked to their parent.
#include "correlators.h"
#include "ironportconnections.h"
#include "messagetable.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace {

// As in MessageTable: a line this long after its message finished is about a newer message with that MID.
constexpr std::int64_t LateLineMs = 60 * 1000;


class IronPortCorrelator
{
public:
    explicit IronPortCorrelator(GraphBuilder& builder)
        : b(builder)
        , m_messages(builder, FieldKey::Mid)
        , m_connections(builder)
    {
        m_messages.forgetFinishedMessages();
    }

    void run()
    {
        b.forEachEvent(Family::IronPort, [this](EventRef ref) { consume(ref); });
        m_deliveries.forEach([this](std::uint64_t, std::vector<Delivery>& deliveries) { flush(deliveries); });
        m_connections.finish();
    }

private:
    // "Message done" waits for the "Response" line logged after it, which carries the next hop's reply.
    struct Delivery
    {
        StringPool::Id rids = 0; // as logged, to match the Response line
        std::vector<std::uint32_t> recipients;
        EventRef event;
        std::uint32_t connection = NoIndex;
        Outcome outcome = Outcome::Delivered;
    };
    // A message named as derived from another before any line of its own.
    struct Heir
    {
        std::uint32_t parent;
        EventRef ref;
    };

    void consume(EventRef ref)
    {
        const EventRecord& record = b.record(ref);
        if (record.kind == EventKind::Unparsed || record.kind == EventKind::System)
            return; // Status: lines name counters (CrtMID), never a message
        const StringPool::Id mid = b.string(ref, FieldKey::Mid);
        const StringPool::Id icid = b.string(ref, FieldKey::Icid);
        const StringPool::Id dcid = b.string(ref, FieldKey::Dcid);
        if (!mid && !icid && !dcid) {
            if (record.kind == EventKind::Rejected && record.side == Side::Server) // TCPREFUSE logged as ICID 0
                m_connections.refusedWithoutId(b.originOf(ref), ref);
            return;
        }
        const std::uint32_t origin = b.originOf(ref);
        const std::uint32_t inbound = icid ? m_connections.inbound(origin, icid, ref) : NoIndex;
        const std::uint32_t outbound = dcid ? m_connections.outbound(origin, dcid, ref) : NoIndex;
        if (!mid) {
            if (inbound != NoIndex)
                m_connections.inboundLine(inbound, ref);
            if (outbound != NoIndex)
                m_connections.outboundLine(outbound, ref);
            return;
        }
        if (record.kind == EventKind::Derived && live(origin, mid, ref) == NoIndex) {
            if (const StringPool::Id child = b.string(ref, FieldKey::ChildId)) {
                reborn(ref, origin, mid, child);
                return;
            }
        }
        const bool starts = isStartLine(ref, record);
        const std::uint32_t message = starts ? m_messages.start(origin, mid, ref) : m_messages.at(origin, mid, ref);
        adopt(origin, mid, message, ref);
        if (inbound != NoIndex)
            m_connections.carries(inbound, message, record.kind);
        if (outbound != NoIndex)
            m_connections.delivers(outbound, message);
        messageLine(ref, record, origin, message, outbound, starts);
    }

    // "Start MID m ICID i": the parser marks it with status "start".
    bool isStartLine(EventRef ref, const EventRecord& record) const
    {
        return record.kind == EventKind::MailFrom && b.text(b.string(ref, FieldKey::Status)) == "start";
    }

    void messageLine(EventRef ref, const EventRecord& record, std::uint32_t origin, std::uint32_t message,
        std::uint32_t connection, bool starts)
    {
        switch (record.kind) {
        case EventKind::MailFrom:
            if (!starts)
                b.setSender(message, ref);
            break;
        case EventKind::RcptTo:
            forEachRid(ref, [&](StringPool::Id rid) { recipientOf(message, rid, b.string(ref, FieldKey::Recipient)); });
            break;
        case EventKind::Header:
            b.setMessageId(message, b.string(ref, FieldKey::MessageId));
            break;
        case EventKind::Accepted: // "ready N bytes from <sender>"
            b.message(message).size = b.number(ref, FieldKey::Size);
            b.setSender(message, ref);
            if (b.message(message).inbound != NoIndex)
                m_connections.received(b.message(message).inbound, message);
            break;
        case EventKind::Derived:
        case EventKind::DsnGenerated:
            derived(ref, record.kind, origin, message);
            break;
        case EventKind::Delivered:
            delivered(ref, message, connection);
            break;
        case EventKind::SmtpReply:
            replied(ref, message);
            break;
        case EventKind::Finished:
            if (std::vector<Delivery>* waiting = m_deliveries.find(message)) {
                flush(*waiting);
                m_deliveries.erase(message);
            }
            m_messages.finish(message);
            break;
        default:
            if (const Outcome outcome = outcomeOf(record.kind); outcome != Outcome::Unknown)
                decided(ref, message, outcome, connection);
            break;
        }
    }

    // --- recipients ------------------------------------------------------------------------------------

    // Calls f with each RID of the line's list ("0", "0, 1").
    template <typename F>
    void forEachRid(EventRef ref, F f)
    {
        const StringPool::Id list = b.string(ref, FieldKey::Rid);
        if (!list)
            return;
        const QByteArrayView text = b.text(list);
        if (!text.contains(',')) {
            f(list);
            return;
        }
        for (qsizetype from = 0; from < text.size();) {
            qsizetype comma = text.indexOf(',', from);
            if (comma < 0)
                comma = text.size();
            const QByteArrayView rid = text.sliced(from, comma - from).trimmed();
            if (!rid.isEmpty())
                f(b.intern(rid));
            from = comma + 1;
        }
    }

    // The recipient with that RID; one logged before the log starts is named after its RID until known.
    std::uint32_t recipientOf(std::uint32_t message, StringPool::Id rid, StringPool::Id address = 0)
    {
        if (const std::uint32_t* known = m_rids.find(pairKey(message, rid)))
            return *known;
        if (!address)
            address = b.intern(QByteArray("RID ").append(b.text(rid)));
        const std::uint32_t recipient = b.recipient(message, address);
        b.recipientAt(recipient).rid = rid;
        m_rids.set(pairKey(message, rid), recipient);
        return recipient;
    }

    // A line deciding the fate of some recipients (by RID or address), or of the whole message.
    void decided(EventRef ref, std::uint32_t message, Outcome outcome, std::uint32_t connection)
    {
        const StringPool::Id to = b.string(ref, FieldKey::Recipient);
        if (b.has(ref, FieldKey::Rid)) { // Bounced:, Delayed:, Deleted:
            forEachRid(ref, [&](StringPool::Id rid) {
                b.addAttempt(recipientOf(message, rid, to), outcome, ref, ref, connection);
            });
        } else if (to) { // "To: <x> Rejected by RAT", bounce verification
            b.addAttempt(b.recipient(message, to), outcome, ref);
        } else if (outcome != Outcome::Rejected || b.text(b.string(ref, FieldKey::Stage)) != "RCPT") {
            // "Message aborted", quarantines: every recipient still open ("Invalid recipient address" names none)
            if (std::vector<Delivery>* waiting = m_deliveries.find(message))
                flush(*waiting);
            b.settleOpenRecipients(message, outcome, ref);
        }
    }

    // --- deliveries ------------------------------------------------------------------------------------

    void delivered(EventRef ref, std::uint32_t message, std::uint32_t connection)
    {
        Delivery delivery;
        delivery.rids = b.string(ref, FieldKey::Rid);
        delivery.event = ref;
        delivery.connection = connection;
        if (b.has(ref, FieldKey::Status)) // "Possible Delivery": the connection was lost after the data
            delivery.outcome = Outcome::Unknown;
        forEachRid(ref, [&](StringPool::Id rid) { delivery.recipients.push_back(recipientOf(message, rid)); });
        m_deliveries[message].push_back(std::move(delivery));
    }

    // "MID m RID [..] Response '...'": the reply to the delivery of those RIDs (it holds the next hop's ID).
    void replied(EventRef ref, std::uint32_t message)
    {
        std::vector<Delivery>* found = m_deliveries.find(message);
        if (!found || found->empty())
            return;
        std::vector<Delivery>& waiting = *found;
        const StringPool::Id rids = b.string(ref, FieldKey::Rid);
        auto match = std::find_if(waiting.begin(), waiting.end(), [rids](const Delivery& d) { return d.rids == rids; });
        if (match == waiting.end())
            match = waiting.begin();
        for (const std::uint32_t recipient : match->recipients)
            b.addAttempt(recipient, match->outcome, match->event, ref, match->connection);
        waiting.erase(match);
        if (waiting.empty()) // the map keeps only messages with deliveries awaiting their Response
            m_deliveries.erase(message);
    }

    // Deliveries whose Response never came (the log option is off).
    void flush(std::vector<Delivery>& waiting)
    {
        for (const Delivery& delivery : waiting) {
            for (const std::uint32_t recipient : delivery.recipients)
                b.addAttempt(recipient, delivery.outcome, delivery.event, {}, delivery.connection);
        }
        waiting.clear();
    }

    // --- derived messages ------------------------------------------------------------------------------

    // The current message with that MID, unless the line is long after it finished.
    std::uint32_t live(std::uint32_t origin, StringPool::Id id, EventRef ref) const
    {
        const std::uint32_t message = m_messages.find(origin, id);
        if (message == NoIndex)
            return NoIndex;
        const Message& m = b.message(message);
        return m.has(Message::Finished) && b.timeOf(ref) - m.lastMs > LateLineMs ? NoIndex : message;
    }

    // The line names the parent (ParentId: "generated for bounce of / based on MID p") or the child
    // (ChildId: "split creating MID c", "rewritten to MID c", "Reinjected MID m as MID c").
    void derived(EventRef ref, EventKind kind, std::uint32_t origin, std::uint32_t message)
    {
        if (const StringPool::Id parentId = b.string(ref, FieldKey::ParentId)) {
            const LinkType type = kind == EventKind::DsnGenerated ? LinkType::Notification : LinkType::Derived;
            b.linkFromId(parentId, message, type, ref);
            const std::uint32_t parent = live(origin, parentId, ref);
            if (parent != NoIndex && parent != message) {
                b.attach(parent, ref);
                inherit(parent, message);
            }
        }
        if (const StringPool::Id childId = b.string(ref, FieldKey::ChildId)) {
            b.linkById(message, LinkType::Derived, childId, ref); // a rewrite may be logged after the child's lines
            const std::uint32_t child = live(origin, childId, ref);
            if (child != NoIndex && child != message) {
                b.attach(child, ref);
                inherit(message, child);
            } else {
                m_heirs.insert_or_assign(pairKey(origin, childId), Heir { message, ref });
            }
        }
    }

    // A child named by a parent whose life here ended long ago ("ISQ: Reinjected MID p as MID c" when the
    // spam quarantine releases it): the line begins the child instead of a new message p.
    void reborn(EventRef ref, std::uint32_t origin, StringPool::Id parentId, StringPool::Id childId)
    {
        const std::uint32_t child = m_messages.at(origin, childId, ref);
        b.linkFromId(parentId, child, LinkType::Derived, ref);
        if (const std::uint32_t parent = m_messages.find(origin, parentId); parent != NoIndex) {
            b.attach(parent, ref);
            inherit(parent, child);
        }
    }

    // The first line of a message already named as a child: it gets the naming line and the parent's client.
    void adopt(std::uint32_t origin, StringPool::Id id, std::uint32_t message, EventRef ref)
    {
        if (m_heirs.empty())
            return;
        const auto it = m_heirs.find(pairKey(origin, id));
        if (it == m_heirs.end())
            return;
        const Heir heir = it->second;
        m_heirs.erase(it);
        if (heir.parent == message || b.timeOf(ref) - b.timeOf(heir.ref) > LateLineMs)
            return;
        b.attach(message, heir.ref);
        inherit(heir.parent, message);
    }

    // Children inherit the inbound connection (the client) of their parent.
    void inherit(std::uint32_t parent, std::uint32_t child)
    {
        Message& c = b.message(child);
        if (c.inbound == NoIndex)
            c.inbound = b.message(parent).inbound;
    }

    GraphBuilder& b;
    MessageTable m_messages;
    IronPortConnections m_connections;
    IdMap<std::uint32_t> m_rids; // (message, RID) -> recipient
    IdMap<std::vector<Delivery>> m_deliveries; // by message, awaiting a Response
    std::unordered_map<std::uint64_t, Heir> m_heirs; // (origin, child MID) -> parent
};

} // namespace

void Correlators::ironPort(GraphBuilder& builder)
{
    IronPortCorrelator(builder).run();
}
