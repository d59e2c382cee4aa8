// sortEventRows (declared in eventfilter.h): one 64-bit key per row, computed once, then a stable sort of
// (key, row) pairs, so millions of rows sort without reading an event twice. Text columns rank their
// distinct values (TextRanks); the Text column compares the lines' raw bytes (linesort.h).
#include "eventfilter.h"

#include "eventtimeline.h"
#include "fieldview.h"
#include "model/logcollection.h"
#include "linesort.h"
#include "parallelrows.h"
#include "rowkeys.h"
#include "textranks.h"

#include <algorithm>

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

KeyParts programParts(TextRanks& ranks, const ParsedLog& log, std::size_t index)
{
    if (log.hasField(index, FieldKey::SourceChannel)) // Sun: "tcp_local → ims-ms"
        return { fieldRef(ranks, log, index, FieldKey::SourceChannel),
            fieldRef(ranks, log, index, FieldKey::DestChannel) };
    return { ranks.add(log.programOf(index)), log.pidOf(index), true, false };
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

KeyParts textColumnParts(TextRanks& ranks, const ParsedLog& log, std::size_t index, EventColumn column)
{
    switch (column) {
    case EventColumn::Host:
        return { ranks.add(log.hostOf(index)), 0 };
    case EventColumn::Program:
        return programParts(ranks, log, index);
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

std::vector<std::uint64_t> rankedKeys(
    const LogCollection& logs, const EventTimeline& timeline, const std::vector<std::uint32_t>& rows, EventColumn column)
{
    // The parts first, as high << 32 | low, and which halves are numbers; then texts are replaced by ranks.
    // Both passes run in chunks on all cores, each chunk registering its texts apart, joined before ranking.
    constexpr std::size_t MinimumChunk = 65536;
    std::vector<std::uint64_t> keys(rows.size());
    std::vector<std::uint8_t> numberHalves(rows.size());
    enum : std::uint8_t { HighIsNumber = 1, LowIsNumber = 2 };
    std::vector<TextRanks> chunkRanks(parallelChunkCount(rows.size(), MinimumChunk), TextRanks(*logs.strings()));
    parallelChunks(0, rows.size(), MinimumChunk, [&](std::size_t chunk, std::size_t first, std::size_t last) {
        for (std::size_t i = first; i < last; ++i) {
            const EventRef ref = timeline.at(rows[i]);
            const ParsedLog& log = logs.log(ref.log);
            const KeyParts parts = textColumnParts(chunkRanks[chunk], log, ref.index, column);
            keys[i] = std::uint64_t(parts.high) << 32 | parts.low;
            numberHalves[i] = (parts.highIsText ? 0 : HighIsNumber) | (parts.lowIsText ? 0 : LowIsNumber);
        }
    });
    TextRanks ranks(*logs.strings());
    std::vector<std::vector<TextRanks::Ref>> copyRefs;
    for (const TextRanks& chunk : chunkRanks)
        copyRefs.push_back(ranks.absorb(chunk));
    ranks.rank();
    parallelChunks(0, rows.size(), MinimumChunk, [&](std::size_t chunk, std::size_t first, std::size_t last) {
        const auto rankOf = [&](TextRanks::Ref ref) { return ranks.rankOf(TextRanks::translated(ref, copyRefs[chunk])); };
        for (std::size_t i = first; i < last; ++i) {
            const auto high = TextRanks::Ref(keys[i] >> 32);
            const auto low = TextRanks::Ref(keys[i]);
            keys[i] = std::uint64_t(numberHalves[i] & HighIsNumber ? high : rankOf(high)) << 32
                | (numberHalves[i] & LowIsNumber ? low : rankOf(low));
        }
    });
    joinHalves(keys);
    return keys;
}

// The rank of each log's file name, case-insensitive.
std::vector<std::uint32_t> fileRanks(const LogCollection& logs)
{
    QStringList names;
    for (std::size_t log = 0; log < logs.size(); ++log)
        names << logs.log(log).info().displayName;
    return TextRanks::ranksOf(*logs.strings(), names);
}

std::vector<std::uint64_t> plainKeys(
    const LogCollection& logs, const EventTimeline& timeline, const std::vector<std::uint32_t>& rows, EventColumn column)
{
    const std::vector<std::uint32_t> files = column == EventColumn::File ? fileRanks(logs) : std::vector<std::uint32_t>();
    std::vector<std::uint64_t> keys(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const EventRef ref = timeline.at(rows[i]);
        const ParsedLog& log = logs.log(ref.log);
        const EventRecord& record = log.event(ref.index);
        std::uint64_t key = 0;
        switch (column) {
        case EventColumn::Time:
            key = record.timeOrderKey();
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
            key = log.lineOf(ref.index);
            break;
        default:
            break;
        }
        keys[i] = key;
    }
    return keys;
}

bool isPlainColumn(EventColumn column)
{
    return column == EventColumn::Time || column == EventColumn::Family || column == EventColumn::Kind || column == EventColumn::Side
        || column == EventColumn::File || column == EventColumn::Line;
}

// The Text column: the first lines' raw bytes.
void sortByText(const LogCollection& logs, const EventTimeline& timeline, std::vector<std::uint32_t>& rows, Qt::SortOrder order)
{
    sortRowsByLine(rows, order, [&logs, &timeline](std::uint32_t row) {
        const EventRef ref = timeline.at(row);
        const ParsedLog& log = logs.log(ref.log);
        return log.file().line(qsizetype(log.lineOf(ref.index)));
    });
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
    std::vector<std::uint64_t> keys
        = isPlainColumn(column) ? plainKeys(logs, timeline, rows, column) : rankedKeys(logs, timeline, rows, column);
    sortRowsByKey(keys, order, rows);
}
