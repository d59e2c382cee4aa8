// sortRowsByLine: an MSD radix sort of the lines, 8 bytes at a time. Log lines start alike
// ("2024-03-27T09:", "Wed Mar 27 "), which a comparison sort would compare again and again; here each line is
// read once per level of the sort, and the bytes all lines of a range share are skipped in one reading.
#include "linesort.h"

#include "parallelrows.h"
#include "rowkeys.h"

#include <QVarLengthArray>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <memory>
#include <span>

namespace {

// The 8 bytes at `at` of a line as a big-endian number (zeros past its end): comparing these numbers compares
// those bytes as memcmp would.
std::uint64_t bytesKey(QByteArrayView line, qsizetype at)
{
    if (at + 8 <= line.size()) {
        std::uint64_t key;
        std::memcpy(&key, line.data() + at, 8);
        return qFromBigEndian(key);
    }
    std::uint64_t key = 0;
    for (qsizetype i = 0; i < 8; ++i)
        key = key << 8 | (at + i < line.size() ? std::uint8_t(line[at + i]) : 0);
    return key;
}

// A line's bytes (QByteArrayView without its constructor: the arrays of millions are not zeroed twice).
struct LineBytes
{
    const char* data;
    qsizetype size;

    QByteArrayView view() const { return { data, size }; }
};

// How many bytes past `from` a sample of the lines of [begin, end) (first, last and some between) share with
// the first.
qsizetype sampledSharedBytes(const LineBytes* lines, const std::uint32_t* positions, std::size_t begin, std::size_t end, qsizetype from)
{
    constexpr std::size_t Samples = 64;
    const QByteArrayView first = lines[positions[begin]].view();
    qsizetype shared = std::max<qsizetype>(0, first.size() - from);
    for (std::size_t sample = 1; sample <= Samples && shared > 0; ++sample) {
        const QByteArrayView line = lines[positions[begin + (end - begin - 1) * sample / Samples]].view();
        qsizetype same = 0;
        while (same < shared && from + same < line.size() && line[from + same] == first[from + same])
            ++same;
        shared = same;
    }
    return shared;
}

// The memory of one sort, by position: each range sorts within its part of it. Lines, positions and keys
// are first written on all cores; the scratch arrays are zeroed on all cores (see parallelZeroed).
struct LineSortMemory
{
    explicit LineSortMemory(std::size_t count)
        : lines(std::make_unique_for_overwrite<LineBytes[]>(count))
        , positions(std::make_unique_for_overwrite<std::uint32_t[]>(count))
        , keys(std::make_unique_for_overwrite<std::uint64_t[]>(count))
        , scratchKeys(parallelZeroed<std::uint64_t>(count))
        , scratchRows(parallelZeroed<std::uint32_t>(count))
    {
    }
    std::unique_ptr<LineBytes[]> lines; // by line, in the order the rows came
    std::unique_ptr<std::uint32_t[]> positions; // the lines in their order so far
    std::unique_ptr<std::uint64_t[]> keys;
    std::unique_ptr<std::uint64_t[]> scratchKeys;
    std::unique_ptr<std::uint32_t[]> scratchRows;
};

// Sorts positions [begin, end) by their lines' bytes from `from` on (the lines are alike before it): a radix
// sort by the next 8 bytes, then each run of equal keys the same way further on.
void sortLinesFrom(LineSortMemory& memory, std::size_t begin, std::size_t end, qsizetype from, Qt::SortOrder order)
{
    const LineBytes* lines = memory.lines.get();
    std::uint32_t* positions = memory.positions.get();
    constexpr std::size_t SmallRange = 32;
    constexpr std::size_t ParallelRange = 1 << 20; // ranges this big use every core
    constexpr qsizetype DeepestPrefix = 1024; // lines alike further than this are compared whole
    // Lines alike up to `from`, compared from there; then by length, as the keys read past a line's end as
    // zeros: "abc" and "abc\0" are alike so far, and the shorter comes first.
    const auto before = [lines, order, from](std::uint32_t a, std::uint32_t b) {
        const auto rest = [lines, from](std::uint32_t line) {
            return std::pair(lines[line].view().sliced(std::min(from, lines[line].size)), lines[line].size);
        };
        return order == Qt::AscendingOrder ? rest(a) < rest(b) : rest(b) < rest(a);
    };
    const auto compareWhole = [&] {
        std::uint32_t* const rangeBegin = positions + begin;
        std::uint32_t* const rangeEnd = positions + end;
        if (end - begin > SmallRange) {
            std::stable_sort(rangeBegin, rangeEnd, before);
            return;
        }
        for (auto it = rangeBegin + 1; it < rangeEnd; ++it) { // insertion sort: stable, and nothing to allocate
            const std::uint32_t position = *it;
            auto hole = it;
            for (; hole > rangeBegin && before(position, *(hole - 1)); --hole)
                *hole = *(hole - 1);
            *hole = position;
        }
    };
    if (end - begin <= SmallRange || from > DeepestPrefix) {
        compareWhole();
        return;
    }
    const bool inParallel = end - begin >= ParallelRange;
    const auto forChunks = [inParallel](std::size_t count, std::size_t minimumChunk, const auto& work) {
        if (inParallel)
            parallelChunks(0, count, minimumChunk, work);
        else
            work(0, 0, count);
    };
    const std::span<std::uint64_t> keys(memory.keys.get() + begin, end - begin);
    // Big ranges guess from a sample how many more bytes all their lines share, and read their keys after
    // those (checking the guess as they go): reading millions of lines is the cost, once rather than once per 8 bytes.
    qsizetype skip = end - begin >= 1024 ? sampledSharedBytes(lines, positions, begin, end, from) / 8 * 8 : 0;
    for (;;) {
        struct Facts
        {
            std::uint64_t differing = 0; // the bits in which some key differs from the first line's
            bool goesOn = false; // some line goes on past the keys
            bool skipHolds = true; // every line has the skipped bytes
        };
        QVarLengthArray<Facts, 1> facts(inParallel ? qsizetype(parallelChunkCount(keys.size(), 65536)) : 1);
        const QByteArrayView first = lines[positions[begin]].view();
        const std::uint64_t firstKey = bytesKey(first, from + skip);
        forChunks(keys.size(), 65536, [&](std::size_t chunk, std::size_t chunkBegin, std::size_t chunkEnd) {
            Facts& found = facts[chunk];
            for (std::size_t i = chunkBegin; i < chunkEnd; ++i) {
                const QByteArrayView line = lines[positions[begin + i]].view();
                found.skipHolds = found.skipHolds
                    && (skip == 0
                        || (line.size() >= from + skip && std::memcmp(line.data() + from, first.data() + from, std::size_t(skip)) == 0));
                keys[i] = bytesKey(line, from + skip);
                found.differing |= keys[i] ^ firstKey;
                found.goesOn = found.goesOn || line.size() > from + skip + 8;
            }
        });
        if (!std::all_of(facts.begin(), facts.end(), [](const Facts& f) { return f.skipHolds; })) {
            skip = 0; // a line the sample missed differs sooner
            continue;
        }
        from += skip;
        skip = 0;
        if (std::any_of(facts.begin(), facts.end(), [](const Facts& f) { return f.differing != 0; }))
            break;
        if (std::none_of(facts.begin(), facts.end(), [](const Facts& f) { return f.goesOn; })) {
            compareWhole(); // alike to their ends, but for NULs and length
            return;
        }
        from += 8;
        if (from > DeepestPrefix) {
            compareWhole();
            return;
        }
    }
    sortRowsByKey(keys, order, std::span(positions + begin, end - begin),
        { std::span(memory.scratchKeys.get() + begin, end - begin), std::span(memory.scratchRows.get() + begin, end - begin) });
    // Runs of equal keys are sorted further on, each apart from the others.
    QVarLengthArray<std::pair<std::size_t, std::size_t>, 64> runs;
    for (std::size_t start = 0; start < keys.size();) {
        std::size_t stop = start + 1;
        while (stop < keys.size() && keys[stop] == keys[start])
            ++stop;
        if (stop - start > 1)
            runs.emplace_back(begin + start, begin + stop);
        start = stop;
    }
    // Big runs one after the other, each on all cores; then the others, spread over the cores. (A parallel
    // sort inside a parallel sort would find the cores taken and run alone.)
    QVarLengthArray<std::pair<std::size_t, std::size_t>, 64> smallRuns;
    for (const auto& [runBegin, runEnd] : runs) {
        if (runEnd - runBegin >= ParallelRange)
            sortLinesFrom(memory, runBegin, runEnd, from + 8, order);
        else
            smallRuns.emplace_back(runBegin, runEnd);
    }
    forChunks(std::size_t(smallRuns.size()), 1, [&](std::size_t, std::size_t first, std::size_t last) {
        for (std::size_t run = first; run < last; ++run)
            sortLinesFrom(memory, smallRuns[run].first, smallRuns[run].second, from + 8, order);
    });
}

} // namespace

void sortRowsByLine(std::vector<std::uint32_t>& rows, Qt::SortOrder order, const std::function<QByteArrayView(std::uint32_t row)>& lineOf)
{
    if (rows.size() < 2)
        return;
    LineSortMemory memory(rows.size());
    parallelChunks(0, rows.size(), 65536, [&](std::size_t, std::size_t first, std::size_t last) {
        for (std::size_t i = first; i < last; ++i) {
            const QByteArrayView line = lineOf(rows[i]);
            memory.lines[i] = { line.data(), line.size() };
            memory.positions[i] = std::uint32_t(i);
        }
    });
    sortLinesFrom(memory, 0, rows.size(), 0, order);
    std::uint32_t* const original = memory.scratchRows.get(); // free again
    std::copy(rows.begin(), rows.end(), original);
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = original[memory.positions[i]];
}
