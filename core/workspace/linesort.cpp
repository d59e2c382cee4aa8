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

// One sort: its memory, by position (each range sorts within its part of it), and the sort itself. Lines,
// positions and keys are first written on all cores; the scratch arrays are zeroed on all cores (see
// parallelZeroed).
class LineSorter
{
public:
    LineSorter(std::size_t count, Qt::SortOrder order)
        : lines(std::make_unique_for_overwrite<LineBytes[]>(count))
        , positions(std::make_unique_for_overwrite<std::uint32_t[]>(count))
        , m_keys(std::make_unique_for_overwrite<std::uint64_t[]>(count))
        , m_scratchKeys(parallelZeroed<std::uint64_t>(count))
        , m_scratchRows(parallelZeroed<std::uint32_t>(count))
        , m_order(order)
    {
    }

    // Sorts positions [begin, end) by their lines' bytes from `from` on (the lines are alike before it): a
    // radix sort by the next 8 bytes, then each run of equal keys the same way further on.
    void sort(std::size_t begin, std::size_t end, qsizetype from);
    // Memory free once sort() is done, as many words as lines.
    std::uint32_t* spareRows() { return m_scratchRows.get(); }

    std::unique_ptr<LineBytes[]> lines; // by line, in the order the rows came
    std::unique_ptr<std::uint32_t[]> positions; // the lines in their order so far

private:
    static constexpr std::size_t SmallRange = 32;
    static constexpr std::size_t ParallelRange = 1 << 20; // ranges this big use every core
    static constexpr std::size_t KeyChunk = 65536;
    static constexpr qsizetype DeepestPrefix = 1024; // lines alike further than this are compared whole

    // What reading a range's keys found.
    struct Facts
    {
        std::uint64_t differing = 0; // the bits in which some key differs from the first line's
        bool goesOn = false; // some line goes on past the keys
        bool skipHolds = true; // every line has the skipped bytes
    };
    Facts readKeys(std::size_t begin, std::size_t end, qsizetype from, qsizetype skip);
    void sortWhole(std::size_t begin, std::size_t end, qsizetype from);
    void sortRuns(std::size_t begin, std::size_t end, qsizetype from);

    std::unique_ptr<std::uint64_t[]> m_keys;
    std::unique_ptr<std::uint64_t[]> m_scratchKeys;
    std::unique_ptr<std::uint32_t[]> m_scratchRows;
    Qt::SortOrder m_order;
};

// Calls work(chunk, first, last) over [0, count), on all cores when asked.
template <typename Work>
void forChunks(bool inParallel, std::size_t count, std::size_t minimumChunk, const Work& work)
{
    if (inParallel)
        parallelChunks(0, count, minimumChunk, work);
    else
        work(0, 0, count);
}

void LineSorter::sort(std::size_t begin, std::size_t end, qsizetype from)
{
    if (end - begin <= SmallRange || from > DeepestPrefix)
        return sortWhole(begin, end, from);
    // Big ranges guess from a sample how many more bytes all their lines share, and read their keys after
    // those (checking the guess as they go): reading millions of lines is the cost, once rather than once per 8 bytes.
    qsizetype skip = end - begin >= 1024 ? sampledSharedBytes(lines.get(), positions.get(), begin, end, from) / 8 * 8 : 0;
    for (;;) {
        const Facts facts = readKeys(begin, end, from, skip);
        if (!facts.skipHolds) {
            skip = 0; // a line the sample missed differs sooner
            continue;
        }
        from += skip;
        skip = 0;
        if (facts.differing)
            break;
        if (!facts.goesOn)
            return sortWhole(begin, end, from); // alike to their ends, but for NULs and length
        from += 8;
        if (from > DeepestPrefix)
            return sortWhole(begin, end, from);
    }
    sortRowsByKey(std::span(m_keys.get() + begin, end - begin), m_order, std::span(positions.get() + begin, end - begin),
        { std::span(m_scratchKeys.get() + begin, end - begin), std::span(m_scratchRows.get() + begin, end - begin) });
    sortRuns(begin, end, from + 8);
}

LineSorter::Facts LineSorter::readKeys(std::size_t begin, std::size_t end, qsizetype from, qsizetype skip)
{
    const bool inParallel = end - begin >= ParallelRange;
    QVarLengthArray<Facts, 1> facts(inParallel ? qsizetype(parallelChunkCount(end - begin, KeyChunk)) : 1);
    const QByteArrayView first = lines[positions[begin]].view();
    const std::uint64_t firstKey = bytesKey(first, from + skip);
    forChunks(inParallel, end - begin, KeyChunk, [&](std::size_t chunk, std::size_t chunkBegin, std::size_t chunkEnd) {
        Facts& found = facts[qsizetype(chunk)];
        for (std::size_t i = begin + chunkBegin; i < begin + chunkEnd; ++i) {
            const QByteArrayView line = lines[positions[i]].view();
            found.skipHolds = found.skipHolds
                && (skip == 0
                    || (line.size() >= from + skip && std::memcmp(line.data() + from, first.data() + from, std::size_t(skip)) == 0));
            m_keys[i] = bytesKey(line, from + skip);
            found.differing |= m_keys[i] ^ firstKey;
            found.goesOn = found.goesOn || line.size() > from + skip + 8;
        }
    });
    Facts all;
    for (const Facts& found : facts) {
        all.differing |= found.differing;
        all.goesOn = all.goesOn || found.goesOn;
        all.skipHolds = all.skipHolds && found.skipHolds;
    }
    return all;
}

// Lines alike up to `from`, compared from there; then by length, as the keys read past a line's end as zeros:
// "abc" and "abc\0" are alike so far, and the shorter comes first.
void LineSorter::sortWhole(std::size_t begin, std::size_t end, qsizetype from)
{
    const auto before = [this, from](std::uint32_t a, std::uint32_t b) {
        const auto rest = [this, from](std::uint32_t line) {
            return std::pair(lines[line].view().sliced(std::min(from, lines[line].size)), lines[line].size);
        };
        return m_order == Qt::AscendingOrder ? rest(a) < rest(b) : rest(b) < rest(a);
    };
    std::uint32_t* const rangeBegin = positions.get() + begin;
    std::uint32_t* const rangeEnd = positions.get() + end;
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
}

// The runs of equal keys in [begin, end), each sorted from `from` on apart from the others: big runs one after
// the other, each on all cores; then the others, spread over the cores. (A parallel sort inside a parallel sort
// would find the cores taken and run alone.)
void LineSorter::sortRuns(std::size_t begin, std::size_t end, qsizetype from)
{
    QVarLengthArray<std::pair<std::size_t, std::size_t>, 64> smallRuns;
    for (std::size_t start = begin; start < end;) {
        std::size_t stop = start + 1;
        while (stop < end && m_keys[stop] == m_keys[start])
            ++stop;
        if (stop - start >= ParallelRange)
            sort(start, stop, from);
        else if (stop - start > 1)
            smallRuns.emplace_back(start, stop);
        start = stop;
    }
    forChunks(end - begin >= ParallelRange, std::size_t(smallRuns.size()), 1, [&](std::size_t, std::size_t first, std::size_t last) {
        for (std::size_t run = first; run < last; ++run)
            sort(smallRuns[run].first, smallRuns[run].second, from);
    });
}

} // namespace

void sortRowsByLine(std::vector<std::uint32_t>& rows, Qt::SortOrder order, const std::function<QByteArrayView(std::uint32_t row)>& lineOf)
{
    if (rows.size() < 2)
        return;
    LineSorter sorter(rows.size(), order);
    parallelChunks(0, rows.size(), 65536, [&](std::size_t, std::size_t first, std::size_t last) {
        for (std::size_t i = first; i < last; ++i) {
            const QByteArrayView line = lineOf(rows[i]);
            sorter.lines[i] = { line.data(), line.size() };
            sorter.positions[i] = std::uint32_t(i);
        }
    });
    sorter.sort(0, rows.size(), 0);
    std::uint32_t* const original = sorter.spareRows();
    std::copy(rows.begin(), rows.end(), original);
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = original[sorter.positions[i]];
}
