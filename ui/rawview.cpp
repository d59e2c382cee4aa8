#include "rawview.h"

#include "maillogsyntax.h"
#include "model/parsedlog.h"
#include "outcomepalette.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

// The strip left of the text; RawView paints it because only it may read its block geometry.
class RawView::Gutter final : public QWidget
{
public:
    explicit Gutter(RawView* view)
        : QWidget(view)
        , m_view(view)
    {
    }

protected:
    void paintEvent(QPaintEvent* event) override { m_view->paintGutter(event); }

private:
    RawView* m_view;
};

RawView::RawView(KSyntaxHighlighting::Repository* repository, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_repository(repository)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_gutter(new Gutter(this))
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

void RawView::showContext(const ParsedLog& log, qsizetype line, qsizetype span)
{
    span = qMax<qsizetype>(1, span);
    const qsizetype first = qMax<qsizetype>(0, line - ContextLines);
    const qsizetype last = qMin(log.file().lineCount() - 1, line + span - 1 + ContextLines);
    QString text;
    for (qsizetype i = first; i <= last; ++i) {
        if (i > first)
            text += u'\n';
        text += log.lineText(i);
    }
    setPlainText(text); // plain text: log content is never interpreted as markup
    m_firstLine = first;
    layoutGutter();
    m_focusBlock = int(line - first);
    m_focusSpan = int(span);
    markFocusLine();
}

void RawView::clearContext()
{
    clear();
    m_focusBlock = -1;
    m_focusSpan = 0;
    m_firstLine = 0;
    setExtraSelections({});
}

qsizetype RawView::lineNumberOfBlock(int block) const
{
    return m_firstLine + block + 1;
}

void RawView::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    layoutGutter();
}

void RawView::layoutGutter()
{
    const int width = gutterWidth();
    setViewportMargins(width, 0, 0, 0);
    const QRect area = contentsRect();
    m_gutter->setGeometry(area.left(), area.top(), width, area.height());
    m_gutter->update();
}

int RawView::gutterWidth() const
{
    const qsizetype lastLine = m_firstLine + document()->blockCount();
    const int digits = qMax(3, int(QString::number(lastLine).size()));
    return 8 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void RawView::paintGutter(QPaintEvent* event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingGeometry(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            painter.drawText(QRectF(0, top, m_gutter->width() - 4, lineHeight), Qt::AlignRight,
                QString::number(lineNumberOfBlock(block.blockNumber())));
        }
        top += height;
        block = block.next();
    }
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
    const QTextBlock first = document()->findBlockByNumber(m_focusBlock);
    if (!first.isValid())
        return;
    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = first;
    for (int i = 0; i < m_focusSpan && block.isValid(); ++i, block = block.next()) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(OutcomePalette::markTint(palette()));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    }
    setExtraSelections(selections);
    setTextCursor(QTextCursor(first));
    centerCursor();
}
