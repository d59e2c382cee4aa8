#include "graphbuilder.h"

#include "joinedtask.h"
#include "parsing/bytescanner.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <charconv>
#include <unordered_map>

namespace {

// The first half of a counting sort of `count` items by a key below keyCount: where each key's items begin
// (starts[k], with starts[keyCount] == count). Placing item i at starts[keyOf(i)]++ then keeps the items of a
// key in the order they came, without a sort's scratch copy of them.
template <typename KeyOf>
std::vector<std::uint32_t> keyStarts(std::size_t keyCount, std::size_t count, const KeyOf& keyOf)
{
    std::vector<std::uint32_t> starts(keyCount + 1, 0);
    for (std::size_t i = 0; i < count; ++i)
        ++starts[keyOf(i) + 1];
    for (std::size_t k = 1; k < starts.size(); ++k)
        starts[k] += starts[k - 1];
    return starts;
}

// Groups the events of each owner (message or connection) into one flat array, each owner's events in time order
// without repeats, and stores each owner's range. An event's first owner is in ownerOfEvent, and only the pairs
// of its other owners were listed (IronPort gives a connection's lines to each of its messages): a pair for every
// event would be 8 bytes a line at the peak of the load. A counting sort, then the per-owner sort of short
// ranges; the pairs are freed as soon as they are grouped and the ranges are compacted in place.
template <typename Owner, typename Owned>
void groupByOwner(const std::vector<std::vector<std::uint32_t>>& ownerOfEvent, std::vector<Owned>& others,
    std::vector<Owner>& owners, std::vector<std::uint32_t>& flat, const LogCollection& logs, const EventNumbering& numbering)
{
    std::vector<std::uint32_t> starts(owners.size() + 1, 0);
    std::size_t count = others.size();
    for (const std::vector<std::uint32_t>& perLog : ownerOfEvent) {
        for (const std::uint32_t owner : perLog) {
            if (owner != NoIndex) {
                ++starts[owner + 1];
                ++count;
            }
        }
    }
    for (const Owned& entry : others)
        ++starts[entry.owner + 1];
    for (std::size_t k = 1; k < starts.size(); ++k)
        starts[k] += starts[k - 1];
    flat.assign(count, 0);
    {
        std::vector<std::uint32_t> next(starts.begin(), starts.end() - 1);
        std::uint32_t number = 0; // events are numbered log after log, as ownerOfEvent lists them
        for (const std::vector<std::uint32_t>& perLog : ownerOfEvent) {
            for (const std::uint32_t owner : perLog) {
                if (owner != NoIndex)
                    flat[next[owner]++] = number;
                ++number;
            }
        }
        for (const Owned& entry : others)
            flat[next[entry.owner]++] = entry.event;
    }
    others = {};

    // EventOrder, with each event's time read once: numbers run in (log, position) order, so (time, number) pairs
    // sort as EventOrder sorts their events.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> timed;
    const auto sortByTime = [&](std::size_t begin, std::size_t end) {
        if (end - begin < 2)
            return;
        timed.clear();
        for (std::size_t n = begin; n < end; ++n) {
            const EventRef ref = numbering.refOf(flat[n]);
            timed.emplace_back(logs.log(ref.log).event(ref.index).timeOrderKey(), flat[n]);
        }
        std::sort(timed.begin(), timed.end());
        for (std::size_t n = begin; n < end; ++n)
            flat[n] = timed[n - begin].second;
    };
    std::size_t end = 0; // of the compacted part: never past the range being read
    for (std::size_t i = 0; i < owners.size(); ++i) {
        sortByTime(starts[i], starts[i + 1]);
        owners[i].eventsBegin = std::uint32_t(end);
        for (std::size_t n = starts[i]; n < starts[i + 1]; ++n) {
            if (end == owners[i].eventsBegin || flat[end - 1] != flat[n])
                flat[end++] = flat[n];
        }
        owners[i].eventsEnd = std::uint32_t(end);
    }
    flat.resize(end);
}

} // namespace

GraphBuilder::GraphBuilder(const LogCollection& logs)
    : m_logs(logs)
    , m_strings(*logs.strings())
{
    m_graph.eventNumbering = EventNumbering(logs);
    m_graph.messageOfEvent.resize(logs.size());
    m_graph.connectionOfEvent.resize(logs.size());
    for (std::size_t i = 0; i < logs.size(); ++i) {
        m_graph.messageOfEvent[i].assign(logs.log(i).eventCount(), NoIndex);
        m_graph.connectionOfEvent[i].assign(logs.log(i).eventCount(), NoIndex);
    }
}

StringPool::Id GraphBuilder::string(EventRef ref, FieldKey key) const
{
    const FieldValue value = m_logs.log(ref.log).field(ref.index, key);
    return value.type == FieldValue::Type::String ? value.value : 0;
}

QByteArrayView GraphBuilder::view(EventRef ref, FieldKey key) const
{
    const ParsedLog& log = m_logs.log(ref.log);
    return log.textView(ref.index, log.field(ref.index, key));
}

std::uint32_t GraphBuilder::number(EventRef ref, FieldKey key) const
{
    const FieldValue value = m_logs.log(ref.log).field(ref.index, key);
    return value.type == FieldValue::Type::Number ? value.value : 0;
}

StringPool::Id GraphBuilder::internNumber(std::uint32_t number)
{
    auto [id, added] = m_numbers.emplace(number);
    if (added) {
        char text[16];
        const auto end = std::to_chars(text, text + sizeof text, number).ptr;
        *id = m_strings.intern(QByteArrayView(text, end - text));
    }
    return *id;
}

std::vector<std::uint32_t> GraphBuilder::logsOf(Family family) const
{
    std::vector<std::uint32_t> logs;
    for (std::uint32_t i = 0; i < m_logs.size(); ++i) {
        if (m_logs.log(i).info().family == family && m_logs.log(i).eventCount() > 0)
            logs.push_back(i);
    }
    std::stable_sort(logs.begin(), logs.end(), [this](std::uint32_t a, std::uint32_t b) {
        return m_logs.log(a).event(0).utcMs < m_logs.log(b).event(0).utcMs;
    });
    return logs;
}

std::uint32_t GraphBuilder::originOf(EventRef ref, StringPool::Id instance)
{
    const Family family = m_logs.log(ref.log).info().family;
    const StringPool::Id host = m_logs.log(ref.log).hostOf(ref.index);
    const auto key = std::make_tuple(family, host, instance);
    if (const auto it = m_origins.find(key); it != m_origins.end())
        return it->second;
    const auto index = std::uint32_t(m_graph.origins.size());
    m_graph.origins.push_back({ family, host, instance });
    m_origins.emplace(key, index);
    return index;
}

void GraphBuilder::own(std::uint32_t owner, EventRef ref, std::int64_t* first, std::int64_t* last, std::vector<Owned>* others,
    std::vector<std::vector<std::uint32_t>>* ownerOfEvent)
{
    const std::int64_t time = timeOf(ref);
    *first = std::min(*first, time);
    *last = std::max(*last, time);
    std::uint32_t& current = (*ownerOfEvent)[ref.log][ref.index];
    if (current == NoIndex)
        current = owner;
    else if (current != owner)
        others->push_back({ owner, m_graph.eventNumbering.numberOf(ref) });
}

std::uint32_t GraphBuilder::addMessage(std::uint32_t origin, FieldKey idKey, StringPool::Id id, EventRef first)
{
    const auto index = std::uint32_t(m_graph.messages.size());
    Message message;
    message.origin = origin;
    message.idKey = idKey;
    message.id = id;
    message.firstMs = message.lastMs = timeOf(first);
    m_graph.messages.push_back(message);
    m_firstRecipient.push_back(NoIndex);
    m_lastRecipient.push_back(NoIndex);
    attach(index, first);
    return index;
}

void GraphBuilder::attach(std::uint32_t message, EventRef ref)
{
    Message& m = m_graph.messages[message];
    own(message, ref, &m.firstMs, &m.lastMs, &m_otherMessageEvents, &m_graph.messageOfEvent);
}

void GraphBuilder::setMessageId(std::uint32_t message, StringPool::Id logged)
{
    Message& m = m_graph.messages[message];
    if (!m.messageId)
        m.messageId = logged; // unwrapped in finish()
}

void GraphBuilder::unwrapMessageIds()
{
    for (Message& message : m_graph.messages) {
        if (!message.messageId)
            continue;
        const QByteArrayView text = m_strings.view(message.messageId);
        const QByteArrayView bare = Bytes::unwrapAngle(text);
        if (bare.size() != text.size())
            message.messageId = m_strings.intern(bare);
    }
}

void GraphBuilder::setSender(std::uint32_t message, EventRef ref)
{
    Message& m = m_graph.messages[message];
    if (const StringPool::Id sender = string(ref, FieldKey::Sender)) {
        m.sender = sender;
        m.flags &= std::uint8_t(~Message::NullSender);
    } else if (!m.sender) {
        m.flags |= Message::NullSender;
    }
}

std::uint32_t GraphBuilder::addRejectedAttempt(std::uint32_t origin, std::uint32_t connection, FieldKey idKey, EventRef first)
{
    const std::uint32_t message = addMessage(origin, idKey, 0, first);
    m_graph.messages[message].flags |= Message::RejectedAttempt;
    m_graph.messages[message].inbound = connection;
    return message;
}

std::uint32_t GraphBuilder::refuse(std::uint32_t origin, std::uint32_t connection, FieldKey idKey, EventRef ref, Outcome outcome, bool namesSender)
{
    const std::uint64_t key = pairKey(connection, namesSender ? string(ref, FieldKey::Sender) : 0);
    const std::uint32_t* known = connection == NoIndex ? nullptr : m_refusals.find(key);
    std::uint32_t message = NoIndex;
    if (known) {
        message = *known;
        attach(message, ref);
    } else {
        message = addRejectedAttempt(origin, connection, idKey, ref);
        if (namesSender)
            setSender(message, ref);
        if (connection != NoIndex)
            m_refusals.set(key, message);
    }
    const StringPool::Id to = string(ref, FieldKey::Recipient);
    const StringPool::Id original = string(ref, FieldKey::OrigRecipient);
    if (to || original)
        addAttempt(recipient(message, to, original), outcome, ref);
    else
        settleOpenRecipients(message, outcome, ref);
    return message;
}

std::uint32_t GraphBuilder::addConnection(std::uint32_t origin, Direction direction, FieldKey idKey, StringPool::Id id, EventRef first)
{
    const auto index = std::uint32_t(m_graph.connections.size());
    Connection connection;
    connection.origin = origin;
    connection.direction = direction;
    connection.idKey = idKey;
    connection.id = id;
    const std::int64_t time = timeOf(first);
    m_connectionTimes.push_back({ time, time });
    m_graph.connections.push_back(connection);
    attachToConnection(index, first);
    takePeer(index, first);
    return index;
}

void GraphBuilder::attachToConnection(std::uint32_t connection, EventRef ref)
{
    TimeRange& times = m_connectionTimes[connection];
    own(connection, ref, &times.first, &times.last, &m_otherConnectionEvents, &m_graph.connectionOfEvent);
}

void GraphBuilder::takePeer(std::uint32_t connection, EventRef ref)
{
    Connection& c = m_graph.connections[connection];
    if (const StringPool::Id ip = string(ref, FieldKey::PeerIp))
        c.peerIp = ip;
    if (const StringPool::Id host = string(ref, FieldKey::PeerHost))
        c.peerHost = host;
    if (const StringPool::Id local = string(ref, FieldKey::LocalIp))
        c.localIp = local;
    if (const std::uint32_t port = number(ref, FieldKey::PeerPort))
        c.peerPort = port;
}

std::uint32_t GraphBuilder::recipient(std::uint32_t message, StringPool::Id address, StringPool::Id original)
{
    for (std::uint32_t r = m_firstRecipient[message]; r != NoIndex; r = m_nextRecipient[r]) {
        Recipient& existing = m_graph.recipients[r];
        if (existing.address == address || (!address && original && existing.original == original)) {
            if (!existing.original)
                existing.original = original;
            return r;
        }
    }
    const auto index = std::uint32_t(m_graph.recipients.size());
    Recipient recipient;
    recipient.message = message;
    recipient.address = address ? address : original;
    recipient.original = original == recipient.address ? 0 : original;
    m_graph.recipients.push_back(recipient);
    m_recipientLatest.push_back(std::numeric_limits<std::int64_t>::min());
    m_nextRecipient.push_back(NoIndex);
    if (m_lastRecipient[message] == NoIndex)
        m_firstRecipient[message] = index;
    else
        m_nextRecipient[m_lastRecipient[message]] = index;
    m_lastRecipient[message] = index;
    return index;
}

std::vector<std::uint32_t> GraphBuilder::recipientsOf(std::uint32_t message) const
{
    std::vector<std::uint32_t> list;
    for (std::uint32_t r = m_firstRecipient[message]; r != NoIndex; r = m_nextRecipient[r])
        list.push_back(r);
    return list;
}

void GraphBuilder::addAttempt(std::uint32_t recipient, Outcome outcome, EventRef event, EventRef reply, std::uint32_t connection)
{
    Attempt attempt;
    attempt.timeMs = timeOf(event);
    attempt.event = event;
    attempt.replyEvent = reply.isValid() ? reply : event;
    attempt.connection = connection;
    attempt.outcome = outcome;
    attempt.namesNextHop = has(attempt.replyEvent, FieldKey::NextHopId) || has(event, FieldKey::NextHopId);
    m_attempts.push_back({ recipient, attempt });
    if (attempt.timeMs >= m_recipientLatest[recipient]) {
        m_recipientLatest[recipient] = attempt.timeMs;
        m_graph.recipients[recipient].outcome = outcome;
    }
}

void GraphBuilder::settleOpenRecipients(std::uint32_t message, Outcome outcome, EventRef event)
{
    if (m_firstRecipient[message] == NoIndex) {
        m_graph.messages[message].outcome = outcome;
        return;
    }
    for (std::uint32_t r = m_firstRecipient[message]; r != NoIndex; r = m_nextRecipient[r]) {
        const Outcome current = m_graph.recipients[r].outcome;
        if (current == Outcome::Unknown || current == Outcome::Deferred)
            addAttempt(r, outcome, event);
    }
}

void GraphBuilder::link(std::uint32_t from, std::uint32_t to, LinkType type, EventRef event, LinkEvidence evidence)
{
    if (from == to)
        return;
    m_graph.links.push_back({ from, to, event, type, evidence });
}

void GraphBuilder::linkById(std::uint32_t from, LinkType type, StringPool::Id id, EventRef event)
{
    if (id)
        m_idLinks.push_back({ from, id, event, type, true });
}

void GraphBuilder::linkFromId(StringPool::Id id, std::uint32_t to, LinkType type, EventRef event)
{
    if (id)
        m_idLinks.push_back({ to, id, event, type, false });
}

void GraphBuilder::resolveIdLinks()
{
    // (origin, primary id) -> messages, in creation order (which is time order per origin).
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> byId;
    for (const IdLink& pending : m_idLinks) {
        const std::uint64_t key = pairKey(m_graph.messages[pending.known].origin, pending.id);
        byId.emplace(key, std::vector<std::uint32_t>());
    }
    for (std::uint32_t m = 0; m < m_graph.messages.size(); ++m) {
        const Message& message = m_graph.messages[m];
        const auto it = byId.find(pairKey(message.origin, message.id));
        if (it != byId.end())
            it->second.push_back(m);
    }
    for (const IdLink& pending : m_idLinks) {
        const std::uint64_t key = pairKey(m_graph.messages[pending.known].origin, pending.id);
        const std::int64_t when = timeOf(pending.event);
        std::uint32_t best = NoIndex;
        std::int64_t bestDistance = std::numeric_limits<std::int64_t>::max();
        for (const std::uint32_t candidate : byId[key]) {
            if (candidate == pending.known)
                continue;
            const Message& m = m_graph.messages[candidate];
            const std::int64_t distance = when < m.firstMs ? m.firstMs - when : (when > m.lastMs ? when - m.lastMs : 0);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        if (best == NoIndex)
            continue;
        if (pending.knownIsSource)
            link(pending.known, best, pending.type, pending.event);
        else
            link(best, pending.known, pending.type, pending.event);
    }
    m_idLinks.clear();
}

void GraphBuilder::groupRecipientsAndAttempts()
{
    // Recipients grouped by message and attempts by recipient, each in the order they were added (counting sorts:
    // the peak of the graph build is here, and a sort's scratch copy of the attempts would raise it), then each
    // recipient's attempts in time order.
    std::vector<Recipient>& recipients = m_graph.recipients;
    std::vector<std::uint32_t> newIndex(recipients.size());
    {
        std::vector<std::uint32_t> next = keyStarts(m_graph.messages.size(), recipients.size(),
            [&recipients](std::size_t r) { return recipients[r].message; });
        for (std::size_t m = 0; m < m_graph.messages.size(); ++m) {
            m_graph.messages[m].recipientsBegin = next[m];
            m_graph.messages[m].recipientsEnd = next[m + 1];
        }
        std::vector<Recipient> grouped(recipients.size());
        for (std::size_t r = 0; r < recipients.size(); ++r) {
            newIndex[r] = next[recipients[r].message]++;
            grouped[newIndex[r]] = recipients[r];
        }
        recipients = std::move(grouped);
    }

    std::vector<std::uint32_t> next = keyStarts(recipients.size(), m_attempts.size(),
        [this, &newIndex](std::size_t a) { return newIndex[m_attempts[a].recipient]; });
    for (std::size_t r = 0; r < recipients.size(); ++r) {
        recipients[r].attemptsBegin = next[r];
        recipients[r].attemptsEnd = next[r + 1];
    }
    std::vector<Attempt>& attempts = m_graph.attempts;
    attempts.assign(m_attempts.size(), Attempt());
    for (const PendingAttempt& pending : m_attempts)
        attempts[next[newIndex[pending.recipient]]++] = pending.attempt;
    m_attempts = {};
    const auto earlier = [](const Attempt& a, const Attempt& b) { return a.timeMs < b.timeMs; };
    for (const Recipient& recipient : recipients) {
        const auto begin = attempts.begin() + recipient.attemptsBegin;
        const auto end = attempts.begin() + recipient.attemptsEnd;
        if (!std::is_sorted(begin, end, earlier)) // nearly always they were logged in time order
            std::stable_sort(begin, end, earlier);
    }
}

MailGraph GraphBuilder::finish()
{
    // Nearly every Message-ID without its angle brackets is a new string: they are interned on a worker while the
    // events are grouped, which reads no Message-ID.
    JoinedTask<void> unwrapping(QtConcurrent::run([this] { unwrapMessageIds(); }));
    resolveIdLinks();
    groupByOwner(m_graph.messageOfEvent, m_otherMessageEvents, m_graph.messages, m_graph.messageEvents, m_logs, m_graph.eventNumbering);
    groupByOwner(m_graph.connectionOfEvent, m_otherConnectionEvents, m_graph.connections, m_graph.connectionEvents, m_logs,
        m_graph.eventNumbering);
    m_connectionTimes = {};
    // Correlation's bookkeeping is done with: freed before the graph's biggest arrays are grouped.
    m_recipientLatest = {};
    m_firstRecipient = {};
    m_lastRecipient = {};
    m_nextRecipient = {};
    m_refusals = {};
    m_numbers = {};
    groupRecipientsAndAttempts();

    for (Message& message : m_graph.messages) {
        if (message.recipientsBegin == message.recipientsEnd)
            continue;
        // Recipients refused at RCPT never were part of the message: they count only if all were.
        Outcome worst = Outcome::Rejected;
        bool accepted = false;
        for (const Recipient& recipient : m_graph.recipientsOf(message)) {
            if (recipient.outcome == Outcome::Rejected)
                continue;
            if (!accepted || outcomeSeverity(recipient.outcome) > outcomeSeverity(worst))
                worst = recipient.outcome;
            accepted = true;
        }
        message.outcome = worst;
    }
    unwrapping.wait();
    return std::move(m_graph);
}
