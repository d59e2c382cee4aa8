#include "sourcesmodel.h"

#include "sourcechoices.h"
#include "sourcespanel.h"
#include "workspace/workspace.h"
#include "workspace/workspaceloader.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000;

QString samplesFolder()
{
    return QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples");
}

// The main window's wiring of the loader to the model.
void follow(const WorkspaceLoader& loader, SourcesModel& model)
{
    QObject::connect(&loader, &WorkspaceLoader::logsAdded, &model, &SourcesModel::refresh);
    QObject::connect(&loader, &WorkspaceLoader::workspaceReset, &model, &SourcesModel::refresh);
    QObject::connect(&loader, &WorkspaceLoader::progressChanged, &model, &SourcesModel::refresh);
    QObject::connect(&loader, &WorkspaceLoader::idle, &model, &SourcesModel::refresh);
    QObject::connect(&loader, &WorkspaceLoader::fileFailed, &model, &SourcesModel::addFailure);
}

bool waitUntil(const std::function<bool()>& condition)
{
    const QDeadlineTimer deadline(Timeout);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(1);
    }
    return true;
}

int rowOf(const SourcesModel& model, const QString& file)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, SourcesModel::FileColumn).data().toString() == file)
            return row;
    }
    return -1;
}

QString cell(const SourcesModel& model, const QString& file, int column, int role = Qt::DisplayRole)
{
    return model.index(rowOf(model, file), column).data(role).toString();
}

// The samples, loaded with each file's own zone (IronPort states its offset; the others get the system's).
struct LoadedSamples
{
    LoadedSamples()
        : loader(&workspace)
        , model(&workspace, &loader)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        follow(loader, model);
        QObject::connect(&model, &SourcesModel::overrideRequested, &model,
            [this](std::size_t log, const LogParser::Options& options) {
                requests.append({ log, options });
            });
    }

    bool load(const QStringList& paths)
    {
        QSignalSpy idle(&loader, &WorkspaceLoader::idle);
        loader.open(paths);
        return idle.wait(Timeout);
    }

    Workspace workspace;
    WorkspaceLoader loader;
    SourcesModel model;
    QAbstractItemModelTester tester;
    QList<std::pair<std::size_t, LogParser::Options>> requests;
};

const QString PostfixFile = u"maillog"_s;
const QString IronPortFile = u"mail.current"_s;
const QString ReceiveLogFile = u"receivelog/MAILSV01/240327.log"_s;

} // namespace

class TestSourcesModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_scratch.emplace(QCoreApplication::applicationDirPath() + u"/tst_sourcesmodel-XXXXXX"_s);
        QVERIFY(m_scratch->isValid());
    }

    void shouldNameBinaryDataAsSuchNotAsAnEncoding()
    {
        // Given a file of random bytes named directly (loaded, every line unparsed)
        QByteArray bytes;
        std::uint32_t state = 12345;
        for (int i = 0; i < 64 * 1024; ++i) {
            state = state * 1103515245u + 12345u;
            bytes += char(state >> 24);
        }
        const QString path = m_scratch->filePath(u"random.bin"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        // When it is loaded
        LoadedSamples loaded;
        QVERIFY(loaded.load({ path }));

        // Then Sources calls it binary data, not the encoding its bytes happen to resemble (cp932)
        QCOMPARE(cell(loaded.model, u"random.bin"_s, SourcesModel::EncodingColumn), u"binary data"_s);
    }

    void shouldShowWhatWasDetectedInEachSample()
    {
        LoadedSamples samples;
        QVERIFY(samples.load({ samplesFolder() }));

        QCOMPARE(samples.model.rowCount(), int(samples.workspace.logs().size()));
        QCOMPARE(samples.model.columnCount(), int(SourcesModel::ColumnCount));
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::FamilyColumn), u"Postfix"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::HostColumn), u"relay1"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::EncodingColumn), u"UTF-8"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::ZoneColumn),
            QString::fromUtf8(QTimeZone::systemTimeZone().id()));
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::LinesColumn), u"64"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::LinesColumn, SourcesModel::SortRole), u"64"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::UnparsedColumn), u"0"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::StatusColumn), u"Loaded"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::FileColumn, Qt::ToolTipRole),
            u"<p style='white-space:pre'>"_s + QDir::toNativeSeparators(samplesFolder() + u"/postfix/relay1/maillog"_s)
                + u"</p>"_s);

        QCOMPARE(cell(samples.model, IronPortFile, SourcesModel::FamilyColumn), u"IronPort"_s);
        QCOMPARE(cell(samples.model, IronPortFile, SourcesModel::ZoneColumn), u"UTC+09:00 (from log)"_s);
        QCOMPARE(cell(samples.model, IronPortFile, SourcesModel::HostColumn), u"esa1 (from folder)"_s);
        QCOMPARE(cell(samples.model, ReceiveLogFile, SourcesModel::HostColumn), u"MAILSV01 (from folder)"_s);
        QCOMPARE(
            cell(samples.model, u"acceptlog/MAILSV01/240327.log"_s, SourcesModel::HostColumn), u"mail.example.jp"_s);

        // E-Post: the sub-log is part of the family; the one CP932 line makes the file Shift_JIS
        QCOMPARE(cell(samples.model, ReceiveLogFile, SourcesModel::FamilyColumn), u"E-Post receivelog"_s);
        QCOMPARE(cell(samples.model, ReceiveLogFile, SourcesModel::EncodingColumn), u"Shift_JIS"_s);

        // Nothing is overridden: the editors start on Automatic
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::FamilyColumn, Qt::EditRole), QString());
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::EncodingColumn, Qt::EditRole), QString());
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::ZoneColumn, Qt::EditRole), QString());
        QCOMPARE(samples.model.logOfRow(rowOf(samples.model, PostfixFile)),
            std::optional(std::size_t(samples.workspace.logs().size() - 2))); // postfix sorts before sun
    }

    void shouldShowTheThreeMostCommonHostsFirst()
    {
        QByteArray lines;
        for (const char* host : { "mx-d", "mx-b", "mx-a", "mx-c", "mx-a", "mx-b", "mx-a", "mx-b", "mx-c" })
            lines += QByteArray("2024-03-27T09:00:00.000000+09:00 ") + host
                + " postfix/qmgr[1]: 4VbX1K2mQzz3xYq: removed\n";
        const QString path = m_scratch->filePath(u"hosts/maillog"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(lines) == lines.size());
        file.close();

        LoadedSamples samples;
        QVERIFY(samples.load({ path }));
        QCOMPARE(cell(samples.model, u"maillog"_s, SourcesModel::HostColumn), u"mx-a, mx-b, mx-c"_s);
    }

    void shouldShowChosenValuesAsChosen()
    {
        LoadedSamples samples;
        QSignalSpy idle(&samples.loader, &WorkspaceLoader::idle);
        LogParser::Options options;
        options.zone = QTimeZone("Asia/Tokyo");
        options.encoding = TextDecoding::Encoding::EucJp;
        options.family = Family::EPost;
        options.subLog = u"acceptlog"_s;
        samples.loader.open({ samplesFolder() + u"/postfix/relay1/maillog"_s }, options);
        QVERIFY(idle.wait(Timeout));

        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::FamilyColumn), u"E-Post acceptlog (chosen)"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::EncodingColumn), u"EUC-JP (chosen)"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::ZoneColumn), u"Asia/Tokyo (chosen)"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::FamilyColumn, Qt::EditRole), u"epost/acceptlog"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::EncodingColumn, Qt::EditRole), u"euc-jp"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::ZoneColumn, Qt::EditRole), u"Asia/Tokyo"_s);
    }

    void shouldRequestAParseWithTheChosenOverride_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("zone");
        QTest::newRow("family") << int(SourcesModel::FamilyColumn) << u"sunms"_s << u"sunms"_s << QString()
                                << QString();
        QTest::newRow("e-post sub-log") << int(SourcesModel::FamilyColumn) << u"epost/senderlog"_s
                                        << u"epost/senderlog"_s << QString() << QString();
        QTest::newRow("encoding") << int(SourcesModel::EncodingColumn) << u"cp932"_s << QString() << u"cp932"_s
                                  << QString();
        QTest::newRow("zone") << int(SourcesModel::ZoneColumn) << u"Asia/Tokyo"_s << QString() << QString()
                              << u"Asia/Tokyo"_s;
    }

    void shouldRequestAParseWithTheChosenOverride()
    {
        QFETCH(int, column);
        QFETCH(QString, key);
        LoadedSamples samples;
        QVERIFY(samples.load(
            { samplesFolder() + u"/sun/mail.log_current"_s, samplesFolder() + u"/postfix/relay1/maillog"_s }));
        const QModelIndex index = samples.model.index(rowOf(samples.model, PostfixFile), column);
        QVERIFY(index.flags() & Qt::ItemIsEditable);

        QVERIFY(samples.model.setData(index, key, Qt::EditRole));

        QCOMPARE(samples.requests.size(), 1);
        const auto& [log, options] = samples.requests.first();
        QCOMPARE(log, std::size_t(1));
        QTEST(SourceChoices::familyKey(options), "family");
        QTEST(SourceChoices::encodingKey(options), "encoding");
        QTEST(SourceChoices::zoneKey(options), "zone");
        // nothing changed yet: the window parses the log again
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::FamilyColumn), u"Postfix"_s);
    }

    void shouldRequestNothingForTheCurrentOrAnUnknownChoice()
    {
        LoadedSamples samples;
        QVERIFY(samples.load({ samplesFolder() + u"/postfix/relay1/maillog"_s }));
        const int row = rowOf(samples.model, PostfixFile);

        QVERIFY(!samples.model.setData(samples.model.index(row, SourcesModel::FamilyColumn), QString()));
        QVERIFY(!samples.model.setData(samples.model.index(row, SourcesModel::FamilyColumn), u"sendmail"_s));
        QVERIFY(!samples.model.setData(samples.model.index(row, SourcesModel::ZoneColumn), u"Mars/Olympus"_s));
        QVERIFY(!samples.model.setData(samples.model.index(row, SourcesModel::LinesColumn), u"3"_s));
        QVERIFY(!(samples.model.index(row, SourcesModel::LinesColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(samples.requests.isEmpty());
    }

    void shouldShowTheLogParsedAgainWithTheOverride()
    {
        // Given the window's wiring of overrideRequested to the loader
        LoadedSamples samples;
        connect(&samples.model, &SourcesModel::overrideRequested, &samples.loader, &WorkspaceLoader::reparse);
        QVERIFY(samples.load({ samplesFolder() + u"/postfix/relay1/maillog"_s }));
        QSignalSpy idle(&samples.loader, &WorkspaceLoader::idle);

        // When Sun is chosen
        QVERIFY(samples.model.setData(samples.model.index(0, SourcesModel::FamilyColumn), u"sunms"_s));
        QVERIFY(idle.wait(Timeout));

        // Then the row shows the log as read with it
        QCOMPARE(samples.model.rowCount(), 1);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::FamilyColumn), u"Sun Messaging Server (chosen)"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::FamilyColumn, Qt::EditRole), u"sunms"_s);
        QCOMPARE(cell(samples.model, PostfixFile, SourcesModel::UnparsedColumn), u"64"_s);
    }

    void shouldListFailedFiles()
    {
        LoadedSamples samples;
        const QString missing = m_scratch->filePath(u"missing.log"_s);
        QVERIFY(samples.load({ samplesFolder() + u"/postfix/relay1/maillog"_s, missing }));

        QCOMPARE(samples.model.rowCount(), 2);
        QCOMPARE(samples.model.index(1, SourcesModel::FileColumn).data().toString(), u"missing.log"_s);
        QVERIFY(samples.model.index(1, SourcesModel::StatusColumn).data().toString().contains(u"missing.log"_s));
        QVERIFY(!(samples.model.index(1, SourcesModel::FamilyColumn).flags() & Qt::ItemIsEditable));
        QCOMPARE(samples.model.logOfRow(1), std::nullopt);
        QCOMPARE(samples.model.index(1, SourcesModel::SizeColumn).data().toString(), QString());

        // A reason is shown as plain text
        samples.model.addFailure(u"/logs/<b>odd</b>"_s, u"Cannot open <b>odd</b>"_s);
        QCOMPARE(samples.model.rowCount(), 3);
        QCOMPARE(samples.model.index(2, SourcesModel::StatusColumn).data().toString(), u"Cannot open <b>odd</b>"_s);
        QCOMPARE(samples.model.index(2, SourcesModel::StatusColumn).data(Qt::ToolTipRole).toString(),
            u"<p style='white-space:pre'>Cannot open &lt;b&gt;odd&lt;/b&gt;</p>"_s);

        samples.model.clearFailures();
        QCOMPARE(samples.model.rowCount(), 1);
        QCOMPARE(samples.model.index(0, SourcesModel::FileColumn).data().toString(), PostfixFile);
    }

    void shouldShowFilesStillLoading()
    {
        // Given a file large enough to be caught while it is parsed
        QByteArray block;
        while (block.size() < 1024 * 1024)
            block += "2024-03-27T09:14:05.104000+09:00 relay1 postfix/smtpd[2230]: 4VbT0K2mQzz3xYp: "
                     "client=esa1.example.jp[192.0.2.25]\n";
        const QString big = m_scratch->filePath(u"big.log"_s);
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int n = 0; n < 30; ++n)
            QCOMPARE(file.write(block), block.size());
        file.close();

        LoadedSamples samples;
        samples.loader.setPreviewBytes(0); // a preview of its head would be a log already
        QSignalSpy idle(&samples.loader, &WorkspaceLoader::idle);
        samples.loader.open({ big });
        QVERIFY(waitUntil([&] { return !samples.loader.activeFiles().isEmpty(); }));
        samples.model.refresh();

        QCOMPARE(samples.model.rowCount(), 1);
        QCOMPARE(samples.model.index(0, SourcesModel::FileColumn).data().toString(), u"big.log"_s);
        QVERIFY(QRegularExpression(u"^Loading \\d+ %$"_s)
                    .match(samples.model.index(0, SourcesModel::StatusColumn).data().toString())
                    .hasMatch());
        QCOMPARE(samples.model.logOfRow(0), std::nullopt);

        samples.loader.cancel();
        QVERIFY(idle.wait(Timeout));
        QCOMPARE(samples.model.rowCount(), 0);
    }

    void shouldOfferTheChoicesInThePanel()
    {
        // an editor committed twice would make the view warn
        QTest::failOnWarning(QRegularExpression(u"QAbstractItemView"_s));
        LoadedSamples samples;
        QVERIFY(samples.load({ samplesFolder() + u"/postfix/relay1/maillog"_s }));
        SourcesPanel panel(&samples.model);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        // Family: Automatic first, E-Post by sub-log; picking one asks for it
        panel.view()->edit(samples.model.index(0, SourcesModel::FamilyColumn));
        auto* family = panel.view()->findChild<QComboBox*>();
        QVERIFY(family);
        QCOMPARE(family->currentText(), u"Automatic"_s);
        QVERIFY(family->findText(u"E-Post acceptlog"_s) >= 0);
        const int ironPort = family->findText(u"IronPort"_s);
        QVERIFY(ironPort >= 0);
        family->setCurrentIndex(ironPort);
        emit family->activated(ironPort);
        QCOMPARE(samples.requests.size(), 1);
        QVERIFY(samples.requests.last().second.family == Family::IronPort);
        QTRY_VERIFY(!panel.view()->findChild<QComboBox*>());

        // Encoding
        panel.view()->edit(samples.model.index(0, SourcesModel::EncodingColumn));
        auto* encoding = panel.view()->findChild<QComboBox*>();
        QVERIFY(encoding);
        const int eucJp = encoding->findText(u"EUC-JP"_s);
        QVERIFY(eucJp >= 0);
        QVERIFY(encoding->findText(u"Shift_JIS (CP932)"_s) >= 0);
        encoding->setCurrentIndex(eucJp);
        emit encoding->activated(eucJp);
        QCOMPARE(samples.requests.size(), 2);
        QVERIFY(samples.requests.last().second.encoding == TextDecoding::Encoding::EucJp);
        QTRY_VERIFY(!panel.view()->findChild<QComboBox*>());

        // Zone: searchable by any part of its name, and a typed id is taken
        panel.view()->edit(samples.model.index(0, SourcesModel::ZoneColumn));
        auto* zone = panel.view()->findChild<QComboBox*>();
        QVERIFY(zone);
        QVERIFY(zone->isEditable());
        QCOMPARE(zone->completer()->filterMode(), Qt::MatchContains);
        QVERIFY(zone->findText(u"Asia/Tokyo"_s) >= 0);
        zone->setEditText(u"asia/tokyo"_s);
        emit zone->activated(zone->currentIndex());
        QCOMPARE(samples.requests.size(), 3);
        QCOMPARE(samples.requests.last().second.zone, QTimeZone("Asia/Tokyo"));
        QTRY_VERIFY(!panel.view()->findChild<QComboBox*>());
        QCOMPARE(samples.requests.size(), 3);
    }

    void shouldRetranslateHeaders()
    {
        LoadedSamples samples;
        QSignalSpy headers(&samples.model, &QAbstractItemModel::headerDataChanged);
        samples.model.retranslate();
        QCOMPARE(headers.count(), 1);
        QCOMPARE(samples.model.headerData(SourcesModel::ZoneColumn, Qt::Horizontal).toString(), u"Time zone"_s);
        QCOMPARE(samples.model.headerData(SourcesModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);
    }

    void cleanupTestCase() { m_scratch.reset(); }

private:
    std::optional<QTemporaryDir> m_scratch;
};

QTEST_MAIN(TestSourcesModel)
#include "tst_sourcesmodel.moc"
