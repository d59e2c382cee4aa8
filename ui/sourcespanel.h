#pragma once

#include <QWidget>

class QTableView;
class SourcesModel;

// The Sources panel: the open files with what was detected in them (family, hosts, encoding, zone, counts)
// and their loading state; double-clicking Family, Encoding or Zone offers the overrides.
class SourcesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesPanel(SourcesModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    // The widest the File column gets by itself, in characters.
    static constexpr int MaxFileCharacters = 28;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fitColumns();

    SourcesModel* m_model;
    QTableView* m_view;
};
