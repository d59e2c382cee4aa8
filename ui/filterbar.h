#pragma once

#include "workspace/tablefilter.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

// The bar above the tables: free text or a regular expression, field filters (from: to: id: status: host:
// kind: ...), a time range, families, "problems only" and "only this trace". Typing applies after a short
// pause; an invalid query is explained beside the box and leaves the tables as they were.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    // The bar's Problems and Only This Trace buttons show these actions (the View menu has them too).
    FilterBar(QAction* problemsOnly, QAction* traceOnly, QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* problemsButton() const { return m_problems; }
    QToolButton* traceOnlyButton() const { return m_traceOnly; }
    QToolButton* regexButton() const { return m_regex; }

    // Sets the text and applies it at once (tests, links).
    void setText(const QString& text);
    // The current filter; the query is valid (an invalid one keeps the last valid).
    TableFilter filter() const;
    const FilterQuery& query() const { return m_query; }
    // The earliest and latest time of the open logs, to preset the time range.
    void setTimeBounds(std::int64_t firstMs, std::int64_t lastMs);

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void apply();
    void retranslate();
    void buildFamilyMenu();
    std::uint32_t families() const;

    QLineEdit* m_edit;
    QToolButton* m_regex;
    QToolButton* m_problems;
    QToolButton* m_familyButton;
    QCheckBox* m_timeRange;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QToolButton* m_traceOnly;
    QLabel* m_error;
    QTimer* m_typingPause;
    FilterQuery m_query;
};
