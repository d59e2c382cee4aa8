#pragma once

#include <QWidget>

class QPlainTextEdit;

// The strip left of a QPlainTextEdit that shows each block's line number in the source file: the editor
// shows a window of a file, so block 0 is line firstLine() + 1.
class LineNumberGutter final : public QWidget
{
    Q_OBJECT

public:
    explicit LineNumberGutter(QPlainTextEdit* editor);

    void setFirstLine(qsizetype firstLine);
    qsizetype firstLine() const { return m_firstLine; }
    int preferredWidth() const;
    QSize sizeHint() const override { return { preferredWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QPlainTextEdit* m_editor;
    qsizetype m_firstLine = 0;
};
