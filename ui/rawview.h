#pragma once

#include <QPlainTextEdit>

class ParsedLog;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

// The raw lines around the selected one, exactly as in the file (decoded per line), highlighted with the
// Mail Log syntax definition. Shows a window of lines, never the whole file, and marks the selected line.
class RawView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr qsizetype ContextLines = 50;

    RawView(KSyntaxHighlighting::Repository* repository, QWidget* parent = nullptr);
    ~RawView() override;

    // Shows lines around line (0-based) of the log's file, decoded as the log says (the user's encoding
    // choice), and marks that line and the span-1 lines after it (an event with continuation lines).
    void showContext(const ParsedLog& log, qsizetype line, qsizetype span = 1);
    void clearContext();
    // The block (0-based) that holds the marked line, or -1.
    int focusBlock() const { return m_focusBlock; }
    int focusSpan() const { return m_focusSpan; }
    KSyntaxHighlighting::SyntaxHighlighter* highlighter() const { return m_highlighter; }
    // The file line number (1-based) shown beside a block.
    qsizetype lineNumberOfBlock(int block) const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    class Gutter;
    friend class Gutter;

    void applyTheme();
    void markFocusLine();
    void layoutGutter();
    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);

    KSyntaxHighlighting::Repository* m_repository;
    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
    QWidget* m_gutter; // line numbers of the file, left of the text
    qsizetype m_firstLine = 0; // file line (0-based) of block 0
    int m_focusBlock = -1;
    int m_focusSpan = 0;
};
