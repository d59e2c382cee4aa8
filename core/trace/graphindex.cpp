#include "graphindex.h"

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
    StringPool& m_strings;
    FoldedStrings m_folded;
    std::unordered_map<StringPool::Id, StringPool::Id> m_derived;
};

constexpr FieldKey IndexedIdentifiers[] = { FieldKey::Icid, FieldKey::Mid, FieldKey::Dcid, FieldKey::QueueId,
    FieldKey::QueueFile, FieldKey::Bid, FieldKey::MessageId };

// The keys of messages [first, last).
std::vector<MailGraph::KeyEntry> keysOf(const MailGraph& graph, const LogCollection& logs, std::uint32_t first, std::uint32_t last)
{
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
                if (std::find(std::begin(IndexedIdentifiers), std::end(IndexedIdentifiers), field) == std::end(IndexedIdentifiers))
                    continue;
                const FieldValue value = log.fieldAt(ref.index, n);
                // most lines repeat the message's own ID: added once above
                if (value.type == FieldValue::Type::String && value.value != message.id && value.value != message.messageId)
                    keys.addIdentifier(field, value.value, m);
            }
        }
    }
    return keys.take();
}

} // namespace

void GraphIndex::build(MailGraph& graph, const LogCollection& logs)
{
    // The messages' lines are read in two halves at once (reading them is most of the work), then sorted.
    const auto count = std::uint32_t(graph.messages.size());
    const std::uint32_t middle = count / 2;
    QFuture<std::vector<MailGraph::KeyEntry>> secondHalf = QtConcurrent::run([&graph, &logs, middle, count] { return keysOf(graph, logs, middle, count); });
    std::vector<MailGraph::KeyEntry> keys = keysOf(graph, logs, 0, middle);
    const std::vector<MailGraph::KeyEntry> rest = secondHalf.result();
    keys.insert(keys.end(), rest.begin(), rest.end());
    radixSort(keys, [](const MailGraph::KeyEntry& entry) { return std::uint64_t(entry.key) << 32 | entry.message; });
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
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
