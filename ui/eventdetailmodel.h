#pragma once

#include "trace/tracetypes.h"

#include <QAbstractTableModel>
#include <QList>

class LogCollection;

// Every fact about one event as name/value rows: times, source file and line, family, host, program, kind,
// side, each parsed field, and the raw text. Shown in the Details panel, where rows can be copied.
class EventDetailModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    explicit EventDetailModel(QObject* parent = nullptr);

    // logs must stay alive while the event is shown (until the next setEvent/clear).
    void setEvent(const LogCollection* logs, EventRef event);
    void clear();
    EventRef event() const { return m_event; }
    // Re-reads names and values (language switch).
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString value;
    };
    QList<Row> rowsOf(const LogCollection& logs, EventRef event) const;

    const LogCollection* m_logs = nullptr;
    EventRef m_event;
    QList<Row> m_rows;
};
