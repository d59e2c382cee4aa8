// sortRowsByLine, the Text column's sort: the order std::stable_sort gives by raw bytes, both ways, for lines
// alike for long stretches (the bytes a range shares are skipped after a sample guessed them, and a line
// the sample missed must undo the guess), lines with NULs and of every length, and a range big enough to
// be sorted on all cores.
#include "workspace/linesort.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <vector>

namespace {

// Lines kept in one buffer, as a log's lines are in its file.
struct Lines
{
    QByteArray bytes;
    std::vector<std::pair<qsizetype, qsizetype>> spans;

    void add(const QByteArray& line)
    {
        spans.emplace_back(bytes.size(), line.size());
        bytes += line;
    }
    QByteArrayView at(std::uint32_t row) const { return QByteArrayView(bytes).sliced(spans[row].first, spans[row].second); }
};

// Sorts every row but the ones in `left` out, in a shuffled order, and compares with a stable comparison sort.
void checkBothOrders(const Lines& lines)
{
    std::vector<std::uint32_t> rows(lines.spans.size());
    std::iota(rows.begin(), rows.end(), 0u);
    std::reverse(rows.begin(), rows.begin() + std::ptrdiff_t(rows.size() / 2)); // not in file order
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        std::vector<std::uint32_t> expected = rows;
        std::stable_sort(expected.begin(), expected.end(), [&](std::uint32_t a, std::uint32_t b) {
            return order == Qt::AscendingOrder ? lines.at(a) < lines.at(b) : lines.at(b) < lines.at(a);
        });
        std::vector<std::uint32_t> sorted = rows;
        sortRowsByLine(sorted, order, [&lines](std::uint32_t row) { return lines.at(row); });
        QCOMPARE(sorted, expected);
    }
}

} // namespace

class TestLineSort : public QObject
{
    Q_OBJECT

private slots:
    void timestampedLines()
    {
        // syslog lines of many seconds, hosts and queue IDs: shared prefixes of every length, many ties
        Lines lines;
        for (int i = 0; i < 20000; ++i) {
            lines.add("2024-03-27T09:" + QByteArray::number(10 + i / 600) + ':' + QByteArray::number(10 + i / 10 % 60)
                + ".000000+09:00 mx" + QByteArray::number(i % 3) + " postfix/smtp[" + QByteArray::number(i % 7)
                + "]: " + QByteArray::number(i * 7919 % 1000, 16) + ": to=<a@example.jp>");
        }
        checkBothOrders(lines);
    }

    void aLineTheSampleMissesDiffersEarly()
    {
        // 5000 lines alike for 40 bytes but line 1, which the sample of every 78th line does not read
        Lines lines;
        const QByteArray alike(40, 'x');
        for (int i = 0; i < 5000; ++i)
            lines.add(i == 1 ? QByteArray("xxxxxA" + alike) : QByteArray(alike + QByteArray::number(i % 97)));
        checkBothOrders(lines);
        std::vector<std::uint32_t> rows(5000);
        std::iota(rows.begin(), rows.end(), 0u);
        sortRowsByLine(rows, Qt::AscendingOrder, [&lines](std::uint32_t row) { return lines.at(row); });
        QCOMPARE(rows.front(), 1u); // 'A' sorts before 'x'
    }

    void nulsAndLengths()
    {
        // keys pad short lines with zero bytes: "abc" and "abc\0" must still order by length
        Lines lines;
        const QList<QByteArray> kinds { QByteArray("abc"), QByteArray("abc\0", 4), QByteArray("abc\0\0", 5), QByteArray("ab"),
            QByteArray(), QByteArray("abc\0d", 5), QByteArray(30, 'z'), QByteArray(30, 'z') + '\0' };
        for (int i = 0; i < 3000; ++i)
            lines.add(kinds[(i * 5) % kinds.size()]);
        checkBothOrders(lines);
    }

    void linesAlikeBeyondTheDeepestPrefix()
    {
        // alike for 2000 bytes: compared whole past the depth the radix sort goes to
        Lines lines;
        const QByteArray alike(2000, '=');
        for (int i = 0; i < 3000; ++i)
            lines.add(alike + QByteArray::number(i * 31 % 500));
        checkBothOrders(lines);
    }

    void bigRangeOnAllCores()
    {
        // more than a million lines: the first levels read and sort on all cores, their runs after
        Lines lines;
        lines.bytes.reserve(1100000 * 24);
        for (int i = 0; i < 1100000; ++i)
            lines.add("Wed Mar 27 " + QByteArray::number(100000 + i * 7 % 4000) + " MID " + QByteArray::number(i % 1000));
        checkBothOrders(lines);
    }
};

QTEST_GUILESS_MAIN(TestLineSort)
#include "tst_linesort.moc"
