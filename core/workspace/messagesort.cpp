// sortMessageRows (declared in messagefilter.h): one key per row as for events (rowkeys.h); text columns
// rank the distinct values they show (TextRanks).
#include "messagefilter.h"

#include "fieldview.h"
#include "model/logcollection.h"
#include "rowkeys.h"
#include "textranks.h"
#include "trace/mailgraph.h"
#include "trace/messagesummary.h"

namespace {

// The rank of each origin's host name as the Host column shows it ("relay1 (postfix-out)").
std::vector<std::uint32_t> hostRanks(const MailGraph& graph, const LogCollection& logs)
{
    QStringList names;
    for (std::uint32_t origin = 0; origin < graph.origins.size(); ++origin)
        names << MessageSummary::hostName(graph, logs, origin);
    return TextRanks::ranksOf(*logs.strings(), names);
}

// The first "name=value" of the IDs cell: the name's alphabetical position (high half), the value's text.
std::pair<std::uint32_t, TextRanks::Ref> idsParts(
    TextRanks& ranks, const MailGraph& graph, const LogCollection& logs, std::uint32_t message)
{
    const auto ids = MessageSummary::ids(graph, logs, message);
    if (ids.empty() || ids.front().second.empty())
        return { 0, 0 };
    return { identifierNameRank(ids.front().first) + 1, ranks.add(ids.front().second.front()) };
}

TextRanks::Ref subjectRef(TextRanks& ranks, const MailGraph& graph, const LogCollection& logs, const Message& message)
{
    for (const EventRef& ref : graph.eventsOf(message)) {
        const ParsedLog& log = logs.log(ref.log);
        const FieldValue value = log.field(ref.index, FieldKey::Subject);
        if (value.type == FieldValue::Type::String)
            return ranks.add(value.value);
        NumberText buffer;
        const QByteArrayView subject = fieldView(log, ref.index, value, &buffer);
        if (!subject.isEmpty())
            return ranks.add(subject);
    }
    return 0;
}

// Keys of the text columns: the rank of a text and a number, in either half.
std::vector<std::uint64_t> rankedKeys(
    const MailGraph& graph, const LogCollection& logs, const std::vector<std::uint32_t>& rows, MessageColumn column)
{
    struct Parts
    {
        TextRanks::Ref high = 0;
        TextRanks::Ref low = 0;
        bool highIsText = true;
    };
    TextRanks ranks(*logs.strings());
    std::vector<Parts> parts(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Message& m = graph.messages[rows[i]];
        switch (column) {
        case MessageColumn::Ids: {
            const auto [name, value] = idsParts(ranks, graph, logs, rows[i]);
            parts[i] = { name, value, false };
            break;
        }
        case MessageColumn::From:
            parts[i] = { m.has(Message::NullSender) ? ranks.add(QByteArrayView("<>")) : ranks.add(m.sender) };
            break;
        case MessageColumn::Recipients: {
            const auto recipients = graph.recipientsOf(m);
            const TextRanks::Ref first = recipients.empty() ? 0 : ranks.add(recipients.front().address);
            parts[i] = { first, TextRanks::Ref(recipients.size()) };
            break;
        }
        case MessageColumn::Subject:
            parts[i] = { subjectRef(ranks, graph, logs, m) };
            break;
        case MessageColumn::MessageId:
            parts[i] = { ranks.add(m.messageId) };
            break;
        default:
            break;
        }
    }
    ranks.rank();
    std::vector<std::uint64_t> keys(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Parts& p = parts[i];
        // Ids: the name's position, then the value's rank; the others: the text's rank, then a number
        keys[i] = p.highIsText ? std::uint64_t(ranks.rankOf(p.high)) << 32 | p.low : std::uint64_t(p.high) << 32 | ranks.rankOf(p.low);
    }
    joinHalves(keys);
    return keys;
}

std::vector<std::uint64_t> plainKeys(
    const MailGraph& graph, const LogCollection& logs, const std::vector<std::uint32_t>& rows, MessageColumn column)
{
    const std::vector<std::uint32_t> hosts = column == MessageColumn::Host ? hostRanks(graph, logs) : std::vector<std::uint32_t>();
    std::vector<std::uint64_t> keys(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::uint32_t message = rows[i];
        const Message& m = graph.messages[message];
        std::uint64_t key = 0;
        switch (column) {
        case MessageColumn::First:
            key = timeKey(m.firstMs);
            break;
        case MessageColumn::Last:
            key = timeKey(m.lastMs);
            break;
        case MessageColumn::Host:
            key = hosts[m.origin];
            break;
        case MessageColumn::Family:
            key = std::uint64_t(graph.origins[m.origin].family);
            break;
        case MessageColumn::Outcome:
            key = std::uint64_t(m.outcome);
            break;
        case MessageColumn::Hops:
            key = graph.hopCounts[message];
            break;
        default:
            break;
        }
        keys[i] = key;
    }
    return keys;
}

bool isPlainColumn(MessageColumn column)
{
    return column == MessageColumn::First || column == MessageColumn::Last || column == MessageColumn::Host
        || column == MessageColumn::Family || column == MessageColumn::Outcome || column == MessageColumn::Hops;
}

} // namespace

void sortMessageRows(const MailGraph& graph, const LogCollection& logs, std::vector<std::uint32_t>& rows, MessageColumn column,
    Qt::SortOrder order)
{
    if (rows.size() < 2)
        return;
    std::vector<std::uint64_t> keys
        = isPlainColumn(column) ? plainKeys(graph, logs, rows, column) : rankedKeys(graph, logs, rows, column);
    sortRowsByKey(keys, order, rows);
}
