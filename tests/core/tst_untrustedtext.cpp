// Exports of a log whose fields an attacker chose (hostilelog.h): CSV cells that a spreadsheet would run as
// formulas are neutralised and every row keeps its columns; JSON parses and gives the text back unchanged.
#include "export/eventexport.h"
#include "export/traceexport.h"
#include "hostilelog.h"
#include "tracetesting.h"
#include "trace/tracer.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// RFC 4180 rows: quoted cells may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << std::exchange(cell, QString());
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row << std::exchange(cell, QString());
            rows << std::exchange(row, QStringList());
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

// Every row as long as the header, and no cell that a spreadsheet would run.
void verifyCsv(const QByteArray& csv, int minimumRows)
{
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv));
    QVERIFY(rows.size() >= minimumRows + 1);
    for (const QStringList& row : rows) {
        QCOMPARE(row.size(), rows.front().size());
        for (const QString& cell : row) {
            QVERIFY2(cell.isEmpty() || !QStringView(u"=+-@\t\r").contains(cell.front()), qPrintable(cell));
        }
    }
}

QJsonDocument parseJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s at %d", qPrintable(error.errorString()), error.offset);
    return document;
}

} // namespace

class TestUntrustedText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.load({ { "relay1/maillog", hostilePostfixLog() } }), qPrintable(m_fixture.error));
        m_message = m_fixture.message("relay1", "4VbSh51VP0z3xXy");
        QVERIFY(m_message != NoIndex);
    }

    void eventsAsCsv()
    {
        const QByteArray csv = exportEvents(EventExport::Format::Csv);
        verifyCsv(csv, 7);
        QVERIFY(csv.contains("\"'=cmd|' /C calc'!A0\"")); // the client's host name
        QVERIFY(csv.contains("'+sum(1,2)@evil.example"));
    }

    void eventsAsJson()
    {
        const QJsonDocument document = parseJson(exportEvents(EventExport::Format::Json));
        QVERIFY(document.isArray());
        QCOMPARE(document.array().size(), 7);
        const ParsedLog& log = m_fixture.logs.log(0);
        for (qsizetype i = 0; i < document.array().size(); ++i) // the text comes back as it was decoded, controls and all
            QCOMPARE(document.array()[i].toObject()[u"text"_s].toString(), log.text(std::size_t(i)));
    }

    void messagesAsCsvAndJson()
    {
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        TraceExport::writeMessages(&csv, EventExport::Format::Csv, m_fixture.graph, m_fixture.logs);
        verifyCsv(csv.data(), 1);
        QVERIFY(csv.data().contains("'+sum(1,2)@evil.example"));
        QVERIFY(csv.data().contains(",\"'@evil\"\"<b\",")); // the recipient as parsed, quoted and neutralised
        QBuffer json;
        json.open(QIODevice::WriteOnly);
        TraceExport::writeMessages(&json, EventExport::Format::Json, m_fixture.graph, m_fixture.logs);
        const QJsonDocument document = parseJson(json.data());
        QVERIFY(document.isArray() && !document.array().isEmpty());
        QVERIFY(QString::fromUtf8(json.data()).contains(u"+sum(1,2)@evil.example"_s));
        const QJsonObject row = document.array().first().toObject();
        QCOMPARE(row[u"recipients"_s].toArray(), QJsonArray({ u"@evil\"<b"_s })); // as parsed: JSON needs no neutralising
    }

    void traceAsJson()
    {
        const QByteArray json = TraceExport::traceJson(m_fixture.graph, m_fixture.logs, "<\"q\"@a\x1b[31m>", 1,
            Tracer::path(m_fixture.graph, m_message));
        const QJsonDocument document = parseJson(json);
        QVERIFY(document.isObject());
        QCOMPARE(document.object()[u"query"_s].toString(), u"<\"q\"@a\x1b[31m>"_s);
        QCOMPARE(document.object()[u"messages"_s].toArray().size(), 1);
    }

private:
    QByteArray exportEvents(EventExport::Format format) const
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        {
            EventExport::Writer writer(&out, format);
            for (std::size_t i = 0; i < m_fixture.logs.log(0).eventCount(); ++i)
                writer.write(m_fixture.logs.log(0), i);
        }
        return out.data();
    }

    TraceFixture m_fixture;
    std::uint32_t m_message = NoIndex;
};

QTEST_GUILESS_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
