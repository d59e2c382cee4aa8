#include "eventdetailmodel.h"


#include "export/eventexport.h"
#include "model/logcollection.h"
#include "plaintexttooltip.h"

#include <QDateTime>
#include <QTimeZone>

EventDetailModel::EventDetailModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EventDetailModel::setEvent(const LogCollection* logs, EventRef event)
{
    beginResetModel();
    m_logs = logs;
    m_event = event;
    m_rows = logs && event.isValid() ? rowsOf(*logs, event) : QList<Row>();
    endResetModel();
}

void EventDetailModel::clear()
{
    setEvent(nullptr, {});
}

void EventDetailModel::retranslate()
{
    setEvent(m_logs, m_event);
}

QList<EventDetailModel::Row> EventDetailModel::rowsOf(const LogCollection& logs, EventRef ref) const
{
    const ParsedLog& log = logs.log(ref.log);
    const EventRecord& event = log.event(ref.index);
    const SourceInfo& info = log.info();
    QList<Row> rows;
    if (!(event.flags & EventRecord::NoTime)) {
        rows.append({ tr("Time"), QString::fromLatin1(EventExport::isoTime(event)) });
        rows.append({ tr("Time (UTC)"),
            QDateTime::fromMSecsSinceEpoch(event.utcMs, QTimeZone::UTC).toString(Qt::ISODateWithMs) });
    }
    const std::uint32_t line = log.lineOf(ref.index);
    const std::uint32_t span = log.lineSpanOf(ref.index);
    const QString lines = span > 1 ? tr("%1–%2").arg(line + 1).arg(line + span) : QString::number(line + 1);
    rows.append({ tr("File"), info.path.isEmpty() ? info.displayName : info.path });
    rows.append({ tr("Line"), lines });
    rows.append({ tr("Byte offset"), QString::number(log.byteOffset(ref.index)) });
    rows.append({ tr("Family"), info.subLog.isEmpty() ? familyLabel(info.family) : familyLabel(info.family) + u" / " + info.subLog });
    const EventSource source = log.sourceOf(ref.index);
    if (source.host)
        rows.append({ tr("Host"), QString::fromUtf8(log.strings().view(source.host)) });
    if (source.program)
        rows.append({ tr("Program"), QString::fromUtf8(log.strings().view(source.program)) });
    if (const std::uint32_t pid = log.pidOf(ref.index))
        rows.append({ tr("Process ID"), QString::number(pid) });
    rows.append({ tr("Kind"), kindLabel(event.kind) });
    if (event.side != Side::None)
        rows.append({ tr("Side"), sideLabel(event.side) });
    for (std::size_t n = 0; n < log.fieldCount(ref.index); ++n) {
        const FieldKey key = log.fieldKeyAt(ref.index, n);
        QString value = log.fieldTextAt(ref.index, n);
        if (key == FieldKey::Delay)
            value = tr("%1 s").arg(value.toDouble() / 1000.0, 0, 'f', 3);
        rows.append({ fieldLabel(key), value });
    }
    rows.append({ tr("Text"), log.text(ref.index) });
    return rows;
}

int EventDetailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventDetailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventDetailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    const QString& text = index.column() == NameColumn ? row.name : row.value;
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        return index.column() == ValueColumn ? PlainTextToolTip::wrap(text) : QVariant();
    default:
        return {};
    }
}

QVariant EventDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == NameColumn ? tr("Field") : tr("Value");
    return QAbstractTableModel::headerData(section, orientation, role);
}
