#include "linenumbergutter.h"

#include <QPainter>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace {

// QPlainTextEdit keeps its block geometry protected; this subclass only opens it to the gutter.
class EditorGeometry : public QPlainTextEdit
{
public:
    using QPlainTextEdit::blockBoundingGeometry;
    using QPlainTextEdit::contentOffset;
    using QPlainTextEdit::firstVisibleBlock;
};

} // namespace

LineNumberGutter::LineNumberGutter(QPlainTextEdit* editor)
    : QWidget(editor)
    , m_editor(editor)
{
}

void LineNumberGutter::setFirstLine(qsizetype firstLine)
{
    m_firstLine = firstLine;
    update();
}

int LineNumberGutter::preferredWidth() const
{
    const qsizetype lastLine = m_firstLine + m_editor->document()->blockCount();
    const int digits = qMax(3, int(QString::number(lastLine).size()));
    return 8 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void LineNumberGutter::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));

    auto* editor = static_cast<EditorGeometry*>(m_editor);
    QTextBlock block = editor->firstVisibleBlock();
    qreal top = editor->blockBoundingGeometry(block).translated(editor->contentOffset()).top();
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = editor->blockBoundingGeometry(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            painter.drawText(QRectF(0, top, width() - 4, lineHeight), Qt::AlignRight,
                QString::number(m_firstLine + block.blockNumber() + 1));
        }
        top += height;
        block = block.next();
    }
}
