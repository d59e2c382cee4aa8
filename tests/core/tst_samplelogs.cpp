#include "logfile.h"
#include "samplelogs.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const LogFile> openSample(const QString& relativePath)
{
    QString error;
    auto file = LogFile::open(u":/maillane/samples/"_s + relativePath, &error);
    if (!file)
        qWarning("%s", qPrintable(error));
    return file;
}

bool contains(const LogFile& file, QByteArrayView needle)
{
    for (qsizetype i = 0; i < file.lineCount(); ++i) {
        if (file.line(i).contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestSampleLogs : public QObject
{
    Q_OBJECT

private slots:
    void shouldBundleEveryFamily()
    {
        const QStringList paths = SampleLogs::paths();
        for (const QString& family : { u"/ironport/"_s, u"/postfix/"_s, u"/sun/"_s, u"/epost/"_s })
            QVERIFY2(paths.filter(family).size() >= 1, qPrintable(family));
        for (const QString& log : { u"acceptlog"_s, u"inlog"_s, u"receivelog"_s, u"senderlog"_s, u"outlog"_s,
                 u"outlocallog"_s, u"faillog"_s, u"pop3log"_s, u"imap4log"_s })
            QVERIFY2(paths.filter(u"/epost/"_s + log + u'/').size() == 1, qPrintable(log));
        for (const QString& path : paths) {
            QString error;
            const auto file = LogFile::open(path, &error);
            QVERIFY2(file, qPrintable(error));
            QVERIFY2(file->lineCount() > 0, qPrintable(path));
        }
    }

    void shouldHoldOneMessageThatCrossesFromIronPortToPostfix()
    {
        const auto ironport = openSample(u"ironport/esa1/mail.current"_s);
        const auto postfix = openSample(u"postfix/relay1/maillog"_s);
        QVERIFY(ironport && postfix);
        QVERIFY(contains(*ironport, "Start MID 30011 ICID 880412"));
        QVERIFY(contains(*ironport, "MID 30011 RID [0] Response '2.0.0 Ok: queued as 4VbT0K2mQzz3xYp'"));
        QVERIFY(contains(*postfix, "4VbT0K2mQzz3xYp: client=esa1.example.jp[192.0.2.25]"));
        QVERIFY(contains(*postfix, "4VbT0K2mQzz3xYp: message-id=<20240327001400.1A2B@mail.example.net>"));
        QVERIFY(contains(*ironport, "MID 30011 Message-ID '<20240327001400.1A2B@mail.example.net>'"));
    }

    void shouldWriteEPostLogsAsAJapaneseWindowsServerDoes()
    {
        const auto receivelog = openSample(u"epost/receivelog/MAILSV01/240327.log"_s);
        QVERIFY(receivelog);
        bool crlf = true;
        bool cp932 = false;
        for (qsizetype i = 0; i < receivelog->lineCount(); ++i) {
            const qint64 end = i + 1 < receivelog->lineCount() ? receivelog->lineOffset(i + 1) : receivelog->byteSize();
            crlf = crlf && end - receivelog->lineOffset(i) == receivelog->line(i).size() + 2;
            const QByteArrayView line = receivelog->line(i);
            cp932 = cp932 || std::any_of(line.begin(), line.end(), [](char c) { return quint8(c) >= 0x80; });
        }
        QVERIFY(crlf);
        QVERIFY(cp932);
    }
};

QTEST_GUILESS_MAIN(TestSampleLogs)
#include "tst_samplelogs.moc"
