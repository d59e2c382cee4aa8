#include "logfile.h"
#include "parsing/logparser.h"
#include "maillogsyntax.h"
#include "rawview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

// The character format the highlighter gave to the text at position in block.
QTextCharFormat formatAt(const QTextBlock& block, int position)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange& range : ranges) {
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    }
    return {};
}

std::unique_ptr<ParsedLog> parsed(const QString& name, const QByteArray& bytes)
{
    return LogParser::parse(LogFile::fromBytes(name, bytes), std::make_shared<StringPool>(), {});
}

} // namespace

class TestRawView : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindOurSyntaxDefinitionInTheResources()
    {
        KSyntaxHighlighting::Repository repository;
        QVERIFY(!repository.definitionForName(MailLogSyntax::definitionName()).isValid());
        MailLogSyntax::registerWith(repository);
        const KSyntaxHighlighting::Definition definition
            = repository.definitionForName(MailLogSyntax::definitionName());
        QVERIFY(definition.isValid());
        QCOMPARE(definition.filePath(), u":/maillane/ksh/syntax/maillog.xml"_s);
    }

    void shouldShowTheLinesAroundTheSelectedOne()
    {
        KSyntaxHighlighting::Repository repository;
        MailLogSyntax::registerWith(repository);
        QByteArray bytes;
        for (int i = 0; i < 200; ++i)
            bytes += "line " + QByteArray::number(i) + '\n';
        const auto log = parsed(u"big.log"_s, bytes);

        RawView view(&repository);
        view.showContext(*log, 120);
        QCOMPARE(view.document()->blockCount(), int(2 * RawView::ContextLines + 1));
        QCOMPARE(view.focusBlock(), int(RawView::ContextLines));
        QCOMPARE(view.document()->findBlockByNumber(view.focusBlock()).text(), u"line 120"_s);
        QCOMPARE(view.textCursor().blockNumber(), view.focusBlock());
        QCOMPARE(view.extraSelections().size(), 1);
        // The gutter numbers blocks by their line in the file, not in the window.
        QCOMPARE(view.lineNumberOfBlock(view.focusBlock()), 121);
        QCOMPARE(view.lineNumberOfBlock(0), 71);

        view.showContext(*log, 2); // near the start the window is cut, not shifted
        QCOMPARE(view.document()->firstBlock().text(), u"line 0"_s);
        QCOMPARE(view.focusBlock(), 2);
        QCOMPARE(view.lineNumberOfBlock(0), 1);

        view.showContext(*log, 10, 3); // a record with continuation lines: all its lines are marked
        QCOMPARE(view.focusSpan(), 3);
        QCOMPARE(view.extraSelections().size(), 3);
        QCOMPARE(view.extraSelections().last().cursor.block().text(), u"line 12"_s);
    }

    void shouldHighlightMailLogTokens()
    {
        KSyntaxHighlighting::Repository repository;
        MailLogSyntax::registerWith(repository);
        const auto log = parsed(u"mail.current"_s,
            "Wed Mar 27 09:14:05 2024 Info: MID 30011 RID [0] Response '2.0.0 Ok: queued as 4VbT0K2mQzz3xYp'\n"
            "Mar 27 09:14:06 relay1 postfix/lmtp[2240]: 4VbT0K2mQzz3xYp: to=<hanako@example.jp>, status=bounced (550 "
            "5.1.1 no)\n");
        RawView view(&repository);
        view.resize(800, 300);
        view.show();
        view.showContext(*log, 0);
        QVERIFY(view.highlighter()->definition().isValid());
        QCOMPARE(view.highlighter()->definition().name(), MailLogSyntax::definitionName());

        const QTextBlock ironport = view.document()->findBlockByNumber(0);
        const QTextBlock postfix = view.document()->findBlockByNumber(1);
        QTRY_VERIFY(!ironport.layout()->formats().isEmpty());
        const QTextCharFormat plain = formatAt(ironport, ironport.text().indexOf(u"Info"));
        const QTextCharFormat timestamp = formatAt(ironport, 0);
        const QTextCharFormat mid = formatAt(ironport, ironport.text().indexOf(u"MID 30011"));
        const QTextCharFormat bounced = formatAt(postfix, postfix.text().indexOf(u"status=bounced"));
        const QTextCharFormat address = formatAt(postfix, postfix.text().indexOf(u"hanako@"));

        QCOMPARE(mid.fontWeight(), int(QFont::Bold));
        QVERIFY(timestamp.foreground() != plain.foreground());
        QVERIFY(address.foreground() != plain.foreground());
        QCOMPARE(bounced.fontWeight(), int(QFont::Bold));
        QVERIFY(bounced.foreground() != mid.foreground());
    }
};

QTEST_MAIN(TestRawView)
#include "tst_rawview.moc"
