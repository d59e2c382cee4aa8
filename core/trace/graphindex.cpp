#include "graphindex.h"

#include "joinedtask.h"
#include "model/logcollection.h"
#include "parsing/bytescanner.h"
#include "radixsort.h"
#include "trace/foldedstrings.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <unordered_map>

namespace {

class KeyCollector
{
public:
    explicit KeyCollector(StringPool& strings)
        : m_strings(strings)
        , m_folded(strings)
    {
    }

    std::vector<MailGraph::KeyEntry> take() { return std::move(m_keys); }
    std::vector<MailGraph::KeyEntry> takeNextHopKeys() { return std::move(m_nextHopKeys); }

    // The ID a next hop's reply gave the message ("queued as X"): kept apart, it finds the message only when the
    // next hop's own logs, where X is a message's own ID, are not loaded.
    void addNextHopId(StringPool::Id key, std::uint32_t message) { m_nextHopKeys.push_back({ key, message }); }

    void add(StringPool::Id key, std::uint32_t message)
    {
        if (key)
            m_keys.push_back({ key, message });
    }

    // Addresses and host names are found in any case.
    void addFolded(StringPool::Id key, std::uint32_t message) { add(m_folded.fold(key), message); }

    // Message-IDs without angle brackets; Sun queue files also by their base name.
    void addIdentifier(FieldKey field, StringPool::Id key, std::uint32_t message)
    {
        if (field == FieldKey::MessageId || field == FieldKey::QueueFile) {
            auto it = m_derived.find(key);
            if (it == m_derived.end()) {
                const QByteArrayView text = m_strings.view(key);
                const QByteArrayView form = field == FieldKey::MessageId ? Bytes::unwrapAngle(text) : text.sliced(text.lastIndexOf('/') + 1);
                it = m_derived.emplace(key, form.size() == text.size() ? key : m_strings.intern(form)).first;
            }
            add(it->second, message);
        }
        add(key, message);
    }

private:
    std::vector<MailGraph::KeyEntry> m_keys;
    std::vector<MailGraph::KeyEntry> m_nextHopKeys;
    StringPool& m_strings;
    FoldedStrings m_folded;
    std::unordered_map<StringPool::Id, StringPool::Id> m_derived;
};

constexpr FieldKey IndexedIdentifiers[] = { FieldKey::Icid, FieldKey::Mid, FieldKey::Dcid, FieldKey::QueueId,
    FieldKey::QueueFile, FieldKey::Bid, FieldKey::MessageId };

struct Keys
{
    std::vector<MailGraph::KeyEntry> own; // the messages' identifiers, addresses and clients
    std::vector<MailGraph::KeyEntry> nextHop; // IDs next hops gave them
};

void sortUnique(std::vector<MailGraph::KeyEntry>& keys)
{
    radixSort(keys, [](const MailGraph::KeyEntry& entry) { return std::uint64_t(entry.key) << 32 | entry.message; });
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

// The keys of messages [first, last), each list sorted and without repeats.
Keys keysOf(const MailGraph& graph, const LogCollection& logs, std::uint32_t first, std::uint32_t last)
{
    const StringPool& strings = *logs.strings();
    KeyCollector keys(*logs.strings());
    for (std::uint32_t m = first; m < last; ++m) {
        const Message& message = graph.messages[m];
        keys.add(message.id, m);
        keys.add(message.messageId, m);
        keys.addFolded(message.sender, m);
        for (const Recipient& recipient : graph.recipientsOf(message)) {
            keys.addFolded(recipient.address, m);
            keys.addFolded(recipient.original, m);
        }
        if (message.inbound != NoIndex) {
            const Connection& inbound = graph.connections[message.inbound];
            keys.add(inbound.peerIp, m);
            keys.addFolded(inbound.peerHost, m);
        }
        for (const EventRef& ref : graph.eventsOf(message)) {
            const ParsedLog& log = logs.log(ref.log);
            for (std::size_t n = 0, count = log.fieldCount(ref.index); n < count; ++n) {
                const FieldKey field = log.fieldKeyAt(ref.index, n);
                if (field == FieldKey::NextHopId) {
                    if (const FieldValue value = log.fieldAt(ref.index, n); value.type == FieldValue::Type::String)
                        keys.addNextHopId(value.value, m);
                    continue;
                }
                if (std::find(std::begin(IndexedIdentifiers), std::end(IndexedIdentifiers), field) == std::end(IndexedIdentifiers))
                    continue;
                const FieldValue value = log.fieldAt(ref.index, n);
                // most lines repeat the message's own ID: added once above
                if (value.type != FieldValue::Type::String || value.value == message.id || value.value == message.messageId)
                    continue;
                // the message's own Message-ID as logged, in angle brackets: its bare form is added above
                if (field == FieldKey::MessageId && message.messageId
                    && Bytes::unwrapAngle(strings.view(value.value)) == strings.view(message.messageId)) {
                    keys.add(value.value, m);
                    continue;
                }
                keys.addIdentifier(field, value.value, m);
            }
        }
    }
    Keys sorted { keys.take(), keys.takeNextHopKeys() };
    sortUnique(sorted.own);
    sortUnique(sorted.nextHop);
    return sorted;
}

// Two sorted lists of different messages' keys as one, in an array of exactly their size; they are freed.
std::vector<MailGraph::KeyEntry> merged(std::vector<MailGraph::KeyEntry>& a, std::vector<MailGraph::KeyEntry>& b)
{
    std::vector<MailGraph::KeyEntry> both(a.size() + b.size());
    std::merge(a.begin(), a.end(), b.begin(), b.end(), both.begin());
    a = {};
    b = {};
    return both;
}

} // namespace

void GraphIndex::build(MailGraph& graph, const LogCollection& logs)
{
    // The messages' lines are read and their keys sorted in two halves at once (reading them is most of the
    // work), then merged: the halves hold different messages, so no key repeats across them.
    const auto count = std::uint32_t(graph.messages.size());
    const std::uint32_t middle = count / 2;
    JoinedTask<Keys> secondHalf(QtConcurrent::run([&graph, &logs, middle, count] { return keysOf(graph, logs, middle, count); }));
    Keys first = keysOf(graph, logs, 0, middle);
    Keys rest = secondHalf.result();
    std::vector<MailGraph::KeyEntry> keys = merged(first.own, rest.own);
    // A next hop's ID that is a loaded message's own finds that message (on the same path), not the one before it.
    std::vector<MailGraph::KeyEntry> nextHop = merged(first.nextHop, rest.nextHop);
    const auto isOwnKey = [&keys](const MailGraph::KeyEntry& entry) {
        const auto it = std::lower_bound(keys.begin(), keys.end(), MailGraph::KeyEntry { entry.key, 0 });
        return it != keys.end() && it->key == entry.key;
    };
    nextHop.erase(std::remove_if(nextHop.begin(), nextHop.end(), isOwnKey), nextHop.end());
    if (!nextHop.empty()) { // merged in: both are sorted
        const auto middle = std::ptrdiff_t(keys.size());
        keys.insert(keys.end(), nextHop.begin(), nextHop.end());
        nextHop = {};
        std::inplace_merge(keys.begin(), keys.begin() + middle, keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    }
    keys.shrink_to_fit();
    graph.keys = std::move(keys);
}

QList<QByteArray> GraphIndex::queryForms(QByteArrayView query)
{
    const QByteArray trimmed = query.trimmed().toByteArray();
    QList<QByteArray> forms { trimmed };
    // An identifier a log wrote with a tab or a control character at its end is found as it is too.
    if (trimmed.size() != query.size())
        forms << query.toByteArray();
    const QByteArray lower = trimmed.toLower();
    if (lower != trimmed)
        forms << lower;
    const QByteArrayView bare = Bytes::unwrapAngle(trimmed);
    if (bare.size() != trimmed.size())
        forms << bare.toByteArray() << bare.toByteArray().toLower();
    return forms;
}
