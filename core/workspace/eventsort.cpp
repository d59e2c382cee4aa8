// sortEventRows (declared in eventfilter.h): one 64-bit key per row, computed once, then a stable sort of
// (key, row) pairs, so millions of rows sort without reading an event twice. Text columns rank their
// distinct values (TextRanks); the Text column compares the lines' raw bytes.
#include "eventfilter.h"

#include "eventtimeline.h"
#include "fieldview.h"
#include "model/logcollection.h"
#include "rowkeys.h"
#include "textranks.h"

#include <algorithm>
#include <limits>

namespace {

// A row's key in two 32-bit halves; a half is a TextRanks reference (replaced by its rank) or a number.
struct KeyParts
{
    TextRanks::Ref high = 0;
    TextRanks::Ref low = 0;
    bool highIsText = true;
    bool lowIsText = true;
};

// A field's text: interned strings by id (no hashing of bytes), other values by their bytes.
TextRanks::Ref fieldRef(TextRanks& ranks, const ParsedLog& log, std::size_t index, FieldValue value)
{
    if (value.type == FieldValue::Type::String)
        return ranks.add(value.value);
    NumberText buffer;
    return ranks.add(fieldView(log, index, value, &buffer));
}

TextRanks::Ref fieldRef(TextRanks& ranks, const ParsedLog& log, std::size_t index, FieldKey key)
{
    return fieldRef(ranks, log, index, log.field(index, key));
}

KeyParts programParts(TextRanks& ranks, const ParsedLog& log, std::size_t index, const EventRecord& record)
{
    if (log.hasField(index, FieldKey::SourceChannel)) // Sun: "tcp_local → ims-ms"
        return { fieldRef(ranks, log, index, FieldKey::SourceChannel),
            fieldRef(ranks, log, index, FieldKey::DestChannel) };
    return { ranks.add(record.program), record.pid, true, false };
}

// The first "name=value" the Ids cell shows: the name's alphabetical position, then the value's rank.
KeyParts idsParts(TextRanks& ranks, const ParsedLog& log, std::size_t index)
{
    const std::size_t count = log.fieldCount(index);
    std::size_t first = count;
    for (std::size_t n = 0; n < count; ++n) {
        const FieldKey key = log.fieldKeyAt(index, n);
        if (isIdentifier(key) && key != FieldKey::MessageId && (first == count || key < log.fieldKeyAt(index, first)))
            first = n;
    }
    if (first == count)
        return { 0, 0, false, true };
    return { identifierNameRank(log.fieldKeyAt(index, first)) + 1, fieldRef(ranks, log, index, log.fieldAt(index, first)), false,
        true };
}

KeyParts recipientParts(TextRanks& ranks, const ParsedLog& log, std::size_t index)
{
    const TextRanks::Ref to = fieldRef(ranks, log, index, FieldKey::Recipient);
    const TextRanks::Ref original = fieldRef(ranks, log, index, FieldKey::OrigRecipient);
    if (to == 0)
        return { original, 0 };
    return { to, original == to ? 0 : original };
}

KeyParts peerParts(TextRanks& ranks, const ParsedLog& log, std::size_t index)
{
    const TextRanks::Ref host = fieldRef(ranks, log, index, FieldKey::PeerHost);
    const TextRanks::Ref ip = fieldRef(ranks, log, index, FieldKey::PeerIp);
    if (host != 0)
        return { host, ip };
    if (ip != 0)
        return { ip, 0 };
    return { fieldRef(ranks, log, index, FieldKey::Relay), 0 };
}

KeyParts replyParts(TextRanks& ranks, const ParsedLog& log, std::size_t index)
{
    const FieldValue code = log.field(index, FieldKey::ReplyCode);
    const std::uint32_t number = code.type == FieldValue::Type::Number ? code.value : 0;
    return { number, fieldRef(ranks, log, index, FieldKey::EnhancedStatus), false, true };
}

KeyParts textColumnParts(
    TextRanks& ranks, const ParsedLog& log, std::size_t index, const EventRecord& record, EventColumn column)
{
    switch (column) {
    case EventColumn::Host:
        return { ranks.add(log.hostOf(index)), 0 };
    case EventColumn::Program:
        return programParts(ranks, log, index, record);
    case EventColumn::Ids:
        return idsParts(ranks, log, index);
    case EventColumn::From:
        return { fieldRef(ranks, log, index, FieldKey::Sender), 0 };
    case EventColumn::To:
        return recipientParts(ranks, log, index);
    case EventColumn::Status: {
        const TextRanks::Ref status = fieldRef(ranks, log, index, FieldKey::Status);
        return { status ? status : fieldRef(ranks, log, index, FieldKey::Verdict), 0 };
    }
    case EventColumn::Reply:
        return replyParts(ranks, log, index);
    case EventColumn::Peer:
        return peerParts(ranks, log, index);
    default:
        return {};
    }
}

std::vector<RowKey> rankedKeys(
    const LogCollection& logs, const EventTimeline& timeline, const std::vector<std::uint32_t>& rows, EventColumn column)
{
    TextRanks ranks(*logs.strings());
    std::vector<KeyParts> parts(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const EventRef ref = timeline.at(rows[i]);
        const ParsedLog& log = logs.log(ref.log);
        parts[i] = textColumnParts(ranks, log, ref.index, log.event(ref.index), column);
    }
    ranks.rank();
    std::vector<RowKey> keyed(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const KeyParts& p = parts[i];
        const std::uint64_t high = p.highIsText ? ranks.rankOf(p.high) : p.high;
        const std::uint64_t low = p.lowIsText ? ranks.rankOf(p.low) : p.low;
        keyed[i] = { high << 32 | low, rows[i] };
    }
    return keyed;
}

// The rank of each log's file name, case-insensitive.
std::vector<std::uint32_t> fileRanks(const LogCollection& logs)
{
    QStringList names;
    for (std::size_t log = 0; log < logs.size(); ++log)
        names << logs.log(log).info().displayName;
    return TextRanks::ranksOf(*logs.strings(), names);
}

std::vector<RowKey> plainKeys(
    const LogCollection& logs, const EventTimeline& timeline, const std::vector<std::uint32_t>& rows, EventColumn column)
{
    const std::vector<std::uint32_t> files = column == EventColumn::File ? fileRanks(logs) : std::vector<std::uint32_t>();
    std::vector<RowKey> keyed(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const EventRef ref = timeline.at(rows[i]);
        const ParsedLog& log = logs.log(ref.log);
        const EventRecord& record = log.event(ref.index);
        std::uint64_t key = 0;
        switch (column) {
        case EventColumn::Time:
            key = timeKey(record.utcMs);
            break;
        case EventColumn::Family:
            key = std::uint64_t(log.info().family);
            break;
        case EventColumn::Kind:
            key = std::uint64_t(record.kind);
            break;
        case EventColumn::Side:
            key = std::uint64_t(record.side);
            break;
        case EventColumn::File:
            key = files[ref.log];
            break;
        case EventColumn::Line:
            key = record.line;
            break;
        default:
            break;
        }
        keyed[i] = { key, rows[i] };
    }
    return keyed;
}

bool isPlainColumn(EventColumn column)
{
    return column == EventColumn::Time || column == EventColumn::Family || column == EventColumn::Kind || column == EventColumn::Side
        || column == EventColumn::File || column == EventColumn::Line;
}

// The bytes at `at` of a line as a big-endian number (zeros past its end): comparing these numbers
// compares those bytes as memcmp would.
std::uint64_t bytesKey(QByteArrayView line, qsizetype at)
{
    std::uint64_t key = 0;
    for (qsizetype i = 0; i < 8; ++i)
        key = key << 8 | (at + i < line.size() ? std::uint8_t(line[at + i]) : 0);
    return key;
}

// Sorts positions [begin, end) by their lines' bytes from `from` on (the lines are alike before it): a radix
// sort by the eight bytes after the prefix the range's lines share, then each run of equal keys the same way
// further on. Log lines start alike ("2024-03-27T09:", "Wed Mar 27 "), which a comparison sort would compare
// again and again.
void sortLinesFrom(const std::vector<QByteArrayView>& lines, std::vector<std::uint32_t>& positions, std::size_t begin,
    std::size_t end, qsizetype from, Qt::SortOrder order)
{
    constexpr std::size_t SmallRange = 32;
    constexpr qsizetype DeepestPrefix = 1024; // lines alike further than this are compared whole
    const auto before = [&lines, order](std::uint32_t a, std::uint32_t b) {
        return order == Qt::AscendingOrder ? lines[a] < lines[b] : lines[b] < lines[a];
    };
    qsizetype shared = std::numeric_limits<qsizetype>::max();
    qsizetype longest = 0;
    const QByteArrayView first = lines[positions[begin]];
    for (std::size_t i = begin; i < end; ++i) {
        const QByteArrayView line = lines[positions[i]];
        longest = std::max(longest, line.size());
        qsizetype same = from;
        const qsizetype limit = std::min({ shared, line.size(), first.size() });
        while (same < limit && line[same] == first[same])
            ++same;
        shared = std::min(shared, same);
    }
    if (end - begin <= SmallRange || longest <= from || shared > DeepestPrefix) {
        std::stable_sort(positions.begin() + std::ptrdiff_t(begin), positions.begin() + std::ptrdiff_t(end), before);
        return;
    }
    std::vector<RowKey> keyed(end - begin);
    for (std::size_t i = begin; i < end; ++i)
        keyed[i - begin] = { bytesKey(lines[positions[i]], shared), positions[i] };
    std::vector<std::uint32_t> sorted;
    sortRowsByKey(keyed, order, sorted);
    std::copy(sorted.begin(), sorted.end(), positions.begin() + std::ptrdiff_t(begin));
    for (std::size_t start = 0; start < keyed.size();) {
        std::size_t stop = start + 1;
        while (stop < keyed.size() && keyed[stop].key == keyed[start].key)
            ++stop;
        if (stop - start > 1)
            sortLinesFrom(lines, positions, begin + start, begin + stop, shared + 8, order);
        start = stop;
    }
}

// The Text column: the first lines' raw bytes.
void sortByText(const LogCollection& logs, const EventTimeline& timeline, std::vector<std::uint32_t>& rows, Qt::SortOrder order)
{
    std::vector<QByteArrayView> lines(rows.size());
    std::vector<std::uint32_t> positions(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const EventRef ref = timeline.at(rows[i]);
        const ParsedLog& log = logs.log(ref.log);
        lines[i] = log.file().line(qsizetype(log.event(ref.index).line));
        positions[i] = std::uint32_t(i);
    }
    sortLinesFrom(lines, positions, 0, rows.size(), 0, order);
    const std::vector<std::uint32_t> original = rows;
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = original[positions[i]];
}

} // namespace

void sortEventRows(const LogCollection& logs, const EventTimeline& timeline, std::vector<std::uint32_t>& rows, EventColumn column,
    Qt::SortOrder order)
{
    if (rows.size() < 2)
        return;
    // Timeline positions are in time order already.
    if (column == EventColumn::Time && order == Qt::AscendingOrder && std::is_sorted(rows.begin(), rows.end()))
        return;
    if (column == EventColumn::Text) {
        sortByText(logs, timeline, rows, order);
        return;
    }
    std::vector<RowKey> keyed
        = isPlainColumn(column) ? plainKeys(logs, timeline, rows, column) : rankedKeys(logs, timeline, rows, column);
    sortRowsByKey(keyed, order, rows);
}
