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

protected:
    void changeEvent(QEvent* event) override;

private:
    SourcesModel* m_model;
    QTableView* m_view;
};
