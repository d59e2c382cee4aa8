#include "linetablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList column(const LineTableModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

class TestLineTableModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowOneRowPerLineOfEveryFile()
    {
        LineTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.appendFile(LogFile::fromBytes(u"/var/log/maillog"_s, "b line\na line\n"));
        model.appendFile(LogFile::fromBytes(u"/logs/mail.current"_s, "c line\n"));

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(LineTableModel::ColumnCount));
        QCOMPARE(
            column(model, LineTableModel::FileColumn), (QStringList { u"maillog"_s, u"maillog"_s, u"mail.current"_s }));
        QCOMPARE(column(model, LineTableModel::LineColumn), (QStringList { u"1"_s, u"2"_s, u"1"_s }));
        QCOMPARE(column(model, LineTableModel::TextColumn), (QStringList { u"b line"_s, u"a line"_s, u"c line"_s }));
        QCOMPARE(model.index(0, LineTableModel::FileColumn).data(Qt::ToolTipRole).toString(), u"/var/log/maillog"_s);
        QCOMPARE(model.headerData(LineTableModel::TextColumn, Qt::Horizontal).toString(), u"Text"_s);
    }

    void shouldShowJapaneseTextOfLegacyEncodedLines()
    {
        LineTableModel model;
        model.appendFile(LogFile::fromBytes(u"receivelog"_s, "550 \x88\xb6\x90\xe6\x95\x73\x96\xbe\r\n"));
        QCOMPARE(model.index(0, LineTableModel::TextColumn).data().toString(), u"550 宛先不明"_s);
    }

    void shouldSortStablyByEveryColumn_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("text ascending") << int(LineTableModel::TextColumn) << Qt::AscendingOrder
                                        << QStringList { u"a"_s, u"a"_s, u"b"_s, u"c"_s };
        QTest::newRow("text descending") << int(LineTableModel::TextColumn) << Qt::DescendingOrder
                                         << QStringList { u"c"_s, u"b"_s, u"a"_s, u"a"_s };
        // Equal line numbers keep file order: one.log before two.log.
        QTest::newRow("line ascending") << int(LineTableModel::LineColumn) << Qt::AscendingOrder
                                        << QStringList { u"c"_s, u"b"_s, u"a"_s, u"a"_s };
        QTest::newRow("file ascending") << int(LineTableModel::FileColumn) << Qt::AscendingOrder
                                        << QStringList { u"c"_s, u"a"_s, u"b"_s, u"a"_s };
    }

    void shouldSortStablyByEveryColumn()
    {
        QFETCH(int, sortColumn);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, texts);
        LineTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.appendFile(LogFile::fromBytes(u"one.log"_s, "c\na\n"));
        model.appendFile(LogFile::fromBytes(u"two.log"_s, "b\na\n"));

        model.sort(sortColumn, order);
        QCOMPARE(column(model, LineTableModel::TextColumn), texts);
    }

    void shouldKeepTheSelectionOnItsLineWhenSorting()
    {
        LineTableModel model;
        model.appendFile(LogFile::fromBytes(u"one.log"_s, "c\na\nb\n"));
        const QPersistentModelIndex selected = model.index(0, LineTableModel::TextColumn); // "c"
        model.sort(LineTableModel::TextColumn, Qt::AscendingOrder);
        QCOMPARE(selected.row(), 2);
        QCOMPARE(selected.data().toString(), u"c"_s);
        const LogSet::Location location = model.locationOfRow(selected.row());
        QCOMPARE(location.line, 0);
    }

    void shouldKeepSortOrderWhenFilesArrive()
    {
        LineTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.appendFile(LogFile::fromBytes(u"one.log"_s, "b\nd\n"));
        model.sort(LineTableModel::TextColumn, Qt::AscendingOrder);
        model.appendFile(LogFile::fromBytes(u"two.log"_s, "c\na\n"));
        QCOMPARE(column(model, LineTableModel::TextColumn), (QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s }));
    }

    void shouldFindRowsByText()
    {
        LineTableModel model;
        model.appendFile(LogFile::fromBytes(u"one.log"_s, "Start MID 1\nStart MID 30011 ICID 5\n"));
        QCOMPARE(model.findRow(u"MID 30011"), 1);
        QCOMPARE(model.findRow(u"MID 4"), -1);
    }

    void shouldBeEmptyAfterClear()
    {
        LineTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.appendFile(LogFile::fromBytes(u"one.log"_s, "a\n"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestLineTableModel)
#include "tst_linetablemodel.moc"
