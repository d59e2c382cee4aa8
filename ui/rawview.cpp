#include "rawview.h"

#include "linenumbergutter.h"
#include "logfile.h"
#include "maillogsyntax.h"
#include "textdecoding.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QTextBlock>

RawView::RawView(KSyntaxHighlighting::Repository* repository, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_repository(repository)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_gutter(new LineNumberGutter(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->setDefinition(m_repository->definitionForName(MailLogSyntax::definitionName()));
    applyTheme();
    connect(this, &QPlainTextEdit::updateRequest, m_gutter, [this](const QRect& rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    layoutGutter();
}

RawView::~RawView() = default;

void RawView::showContext(const LogFile& file, qsizetype line)
{
    const qsizetype first = qMax<qsizetype>(0, line - ContextLines);
    const qsizetype last = qMin(file.lineCount() - 1, line + ContextLines);
    QString text;
    for (qsizetype i = first; i <= last; ++i) {
        if (i > first)
            text += u'\n';
        text += TextDecoding::toDisplayText(file.line(i));
    }
    setPlainText(text); // plain text: log content is never interpreted as markup
    m_gutter->setFirstLine(first);
    layoutGutter();
    m_focusBlock = int(line - first);
    markFocusLine();
}

void RawView::clearContext()
{
    clear();
    m_focusBlock = -1;
    m_gutter->setFirstLine(0);
    setExtraSelections({});
}

qsizetype RawView::lineNumberOfBlock(int block) const
{
    return m_gutter->firstLine() + block + 1;
}

void RawView::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    layoutGutter();
}

void RawView::layoutGutter()
{
    const int width = m_gutter->preferredWidth();
    setViewportMargins(width, 0, 0, 0);
    const QRect area = contentsRect();
    m_gutter->setGeometry(area.left(), area.top(), width, area.height());
}

void RawView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        markFocusLine();
    }
}

void RawView::applyTheme()
{
    m_highlighter->setTheme(m_repository->themeForPalette(palette()));
    m_highlighter->rehighlight();
}

void RawView::markFocusLine()
{
    const QTextBlock block = document()->findBlockByNumber(m_focusBlock);
    if (!block.isValid())
        return;
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(block);
    selection.format.setBackground(palette().color(QPalette::Highlight).lighter(170));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    setExtraSelections({ selection });
    setTextCursor(QTextCursor(block));
    centerCursor();
}
