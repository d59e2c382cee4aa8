#include "hopstitcher.h"

#include "model/logcollection.h"
#include "trace/foldedstrings.h"

#include <algorithm>
#include <limits>
#include <span>
#include <unordered_map>

namespace {

// Messages by a key (an ID, a Message-ID, a sender), in time order within each key: the candidates near a
// time are found by binary search, not by walking every message of a busy sender.
class Candidates
{
public:
    struct Entry
    {
        StringPool::Id key;
        std::int64_t firstMs;
        std::uint32_t message;
    };

    void add(StringPool::Id key, const Message& message, std::uint32_t index) { m_entries.push_back({ key, message.firstMs, index }); }
    void sort()
    {
        std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
            return a.key != b.key ? a.key < b.key : a.firstMs != b.firstMs ? a.firstMs < b.firstMs : a.message < b.message;
        });
    }
    // Every message with the key.
    std::span<const Entry> of(StringPool::Id key) const { return between(key, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()); }
    // The messages with the key that began within [from, to].
    std::span<const Entry> between(StringPool::Id key, std::int64_t from, std::int64_t to) const
    {
        const auto first = std::lower_bound(m_entries.begin(), m_entries.end(), std::pair(key, from),
            [](const Entry& e, const std::pair<StringPool::Id, std::int64_t>& k) { return e.key != k.first ? e.key < k.first : e.firstMs < k.second; });
        const auto last = std::upper_bound(first, m_entries.end(), std::pair(key, to),
            [](const std::pair<StringPool::Id, std::int64_t>& k, const Entry& e) { return k.first != e.key ? k.first < e.key : k.second < e.firstMs; });
        return { first, last };
    }

private:
    std::vector<Entry> m_entries;
};

class Stitcher
{
public:
    Stitcher(MailGraph& graph, const LogCollection& logs, int toleranceSeconds)
        : m_graph(graph)
        , m_logs(logs)
        , m_toleranceMs(std::int64_t(toleranceSeconds) * 1000)
        , m_folded(*logs.strings())
    {
    }

    void run()
    {
        indexCandidates();
        for (std::uint32_t m = 0; m < m_graph.messages.size(); ++m) {
            for (const Recipient& recipient : m_graph.recipientsOf(m_graph.messages[m])) {
                for (const Attempt& attempt : m_graph.attemptsOf(recipient))
                    stitchAttempt(m, recipient, attempt);
            }
        }
        acceptInferred();
    }

private:
    StringPool::Id nextHopIdOf(const Attempt& attempt) const
    {
        if (!attempt.namesNextHop)
            return 0;
        for (const EventRef& ref : { attempt.replyEvent, attempt.event }) {
            const FieldValue value = m_logs.log(ref.log).field(ref.index, FieldKey::NextHopId);
            if (value.type == FieldValue::Type::String)
                return value.value;
        }
        return 0;
    }

    bool isRemote(const Attempt& attempt) const
    {
        if (attempt.connection != NoIndex)
            return true;
        // A relay name alone is not enough: Postfix says relay=local, E-Post names its own server.
        return m_logs.log(attempt.event.log).hasField(attempt.event.index, FieldKey::PeerIp);
    }

    void indexCandidates()
    {
        for (std::uint32_t m = 0; m < m_graph.messages.size(); ++m) {
            const Message& message = m_graph.messages[m];
            if (message.has(Message::RejectedAttempt))
                continue;
            if (message.id)
                m_byId.add(message.id, message, m);
            if (message.messageId)
                m_byMessageId.add(message.messageId, message, m);
            if (message.sender)
                m_bySender.add(m_folded.fold(message.sender), message, m);
        }
        m_byId.sort();
        m_byMessageId.sort();
        m_bySender.sort();
    }


    bool sameAddress(StringPool::Id a, StringPool::Id b) { return a == b || m_folded.fold(a) == m_folded.fold(b); }

    bool hasRecipient(const Message& message, StringPool::Id address)
    {
        for (const Recipient& recipient : m_graph.recipientsOf(message)) {
            if (sameAddress(recipient.address, address) || sameAddress(recipient.original, address))
                return true;
        }
        return false;
    }

    bool sameSender(const Message& a, const Message& b)
    {
        if (a.has(Message::NullSender) && b.has(Message::NullSender))
            return true;
        return sameAddress(a.sender, b.sender);
    }

    bool withinTolerance(const Message& candidate, std::int64_t time) const
    {
        return candidate.firstMs >= time - m_toleranceMs && candidate.firstMs <= time + m_toleranceMs;
    }

    // How well a message carrying the named ID fits the delivery: Message-ID, addresses, time.
    int score(const Message& source, const Recipient& recipient, const Attempt& attempt, const Message& candidate)
    {
        int points = 0;
        if (source.messageId && candidate.messageId)
            points += source.messageId == candidate.messageId ? 4 : -2;
        if (sameSender(source, candidate))
            points += 2;
        if (hasRecipient(candidate, recipient.address))
            points += 2;
        if (withinTolerance(candidate, attempt.timeMs))
            points += 3;
        else if (std::abs(candidate.firstMs - attempt.timeMs) < 24 * 3600 * 1000LL)
            points += 1;
        return points;
    }

    void stitchAttempt(std::uint32_t from, const Recipient& recipient, const Attempt& attempt)
    {
        const Message& source = m_graph.messages[from];
        if (const StringPool::Id next = nextHopIdOf(attempt)) {
            std::uint32_t best = NoIndex; // stays so when the next hop's log is not loaded
            int bestScore = std::numeric_limits<int>::min();
            std::int64_t bestDistance = 0;
            for (const Candidates::Entry& entry : m_byId.of(next)) {
                const std::uint32_t candidate = entry.message;
                if (candidate == from)
                    continue;
                const Message& message = m_graph.messages[candidate];
                const int points = score(source, recipient, attempt, message);
                const std::int64_t distance = std::abs(message.firstMs - attempt.timeMs);
                if (points > bestScore || (points == bestScore && distance < bestDistance)) {
                    best = candidate;
                    bestScore = points;
                    bestDistance = distance;
                }
            }
            if (best != NoIndex)
                m_graph.links.push_back({ from, best, attempt.replyEvent, LinkType::NextHop, LinkEvidence::Logged });
            return;
        }
        if (attempt.outcome != Outcome::Delivered || !isRemote(attempt))
            return;
        // No ID in the reply: the same Message-ID on another host at that time, else the same envelope.
        if (source.messageId) {
            const std::uint32_t match = closest(m_byMessageId, source.messageId, source, attempt,
                [&](const Message& candidate) { return hasRecipient(candidate, recipient.address) || sameSender(source, candidate); });
            if (match != NoIndex) {
                propose(from, match, attempt, LinkEvidence::MessageIdHeader);
                return;
            }
        }
        if (source.sender) {
            const std::uint32_t match = closest(m_bySender, m_folded.fold(source.sender), source, attempt,
                [&](const Message& candidate) { return hasRecipient(candidate, recipient.address); });
            if (match != NoIndex)
                propose(from, match, attempt, LinkEvidence::Envelope);
        }
    }

    void propose(std::uint32_t from, std::uint32_t to, const Attempt& attempt, LinkEvidence evidence)
    {
        const std::int64_t distance = std::abs(m_graph.messages[to].firstMs - attempt.timeMs);
        m_proposals.push_back({ from, to, distance, attempt.replyEvent, evidence });
    }

    // Inferred links are accepted best first (Message-ID before envelope, nearest in time first): a
    // message arrives from one previous hop only, and two messages never link both ways. This keeps a
    // relay's own later delivery from being taken for the hop that brought the message to it.
    void acceptInferred()
    {
        std::stable_sort(m_proposals.begin(), m_proposals.end(), [](const Proposal& a, const Proposal& b) {
            return a.evidence != b.evidence ? a.evidence < b.evidence : a.distance < b.distance;
        });
        std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> previous; // message -> its previous hops
        for (const Link& link : m_graph.links) {
            if (link.type == LinkType::NextHop)
                previous[link.to].push_back(link.from);
        }
        auto comesFrom = [&previous](std::uint32_t message, std::uint32_t from) {
            const auto it = previous.find(message);
            return it != previous.end() && std::find(it->second.begin(), it->second.end(), from) != it->second.end();
        };
        for (const Proposal& proposal : m_proposals) {
            const auto it = previous.find(proposal.to);
            const bool hasPrevious = it != previous.end() && !it->second.empty();
            if ((hasPrevious && !comesFrom(proposal.to, proposal.from)) || comesFrom(proposal.from, proposal.to))
                continue;
            m_graph.links.push_back({ proposal.from, proposal.to, proposal.event, LinkType::NextHop, proposal.evidence });
            previous[proposal.to].push_back(proposal.from);
        }
    }

    // The candidate on another origin, within the clock tolerance of the attempt, closest in time.
    template <typename Accept>
    std::uint32_t closest(const Candidates& index, StringPool::Id key, const Message& source, const Attempt& attempt, Accept accept)
    {
        std::uint32_t best = NoIndex;
        std::int64_t bestDistance = std::numeric_limits<std::int64_t>::max();
        for (const Candidates::Entry& entry : index.between(key, attempt.timeMs - m_toleranceMs, attempt.timeMs + m_toleranceMs)) {
            const std::uint32_t candidate = entry.message;
            const Message& message = m_graph.messages[candidate];
            if (message.origin == source.origin || !accept(message))
                continue;
            const std::int64_t distance = std::abs(message.firstMs - attempt.timeMs);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    MailGraph& m_graph;
    const LogCollection& m_logs;
    std::int64_t m_toleranceMs;
    FoldedStrings m_folded;
    Candidates m_byId;
    Candidates m_byMessageId;
    Candidates m_bySender;
    struct Proposal
    {
        std::uint32_t from;
        std::uint32_t to;
        std::int64_t distance;
        EventRef event;
        LinkEvidence evidence;
    };
    std::vector<Proposal> m_proposals;
};

} // namespace

void HopStitcher::stitch(MailGraph& graph, const LogCollection& logs, int toleranceSeconds)
{
    Stitcher(graph, logs, toleranceSeconds).run();
}
