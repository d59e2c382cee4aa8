#include "linetablemodel.h"

#include "textdecoding.h"

#include <algorithm>
#include <numeric>

LineTableModel::LineTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LineTableModel::appendFile(std::shared_ptr<const LogFile> file)
{
    const qsizetype added = file->lineCount();
    if (added == 0) {
        m_logs.append(std::move(file)); // still listed as open, just without rows
        return;
    }
    const int first = int(m_logs.rowCount());
    beginInsertRows({}, first, int(first + added - 1));
    m_logs.append(std::move(file));
    if (!m_order.empty()) {
        for (qsizetype row = first; row < m_logs.rowCount(); ++row)
            m_order.push_back(row);
    }
    endInsertRows();
    if (m_sortColumn >= 0)
        applySort();
}

void LineTableModel::clear()
{
    beginResetModel();
    m_logs.clear();
    m_order.clear();
    endResetModel();
}

LogSet::Location LineTableModel::locationOfRow(int row) const
{
    return m_logs.locate(logRow(row));
}

int LineTableModel::findRow(QStringView needle) const
{
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row) {
        const auto [file, line] = locationOfRow(row);
        if (TextDecoding::toDisplayText(m_logs.file(file).line(line)).contains(needle))
            return row;
    }
    return -1;
}

void LineTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int LineTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_logs.rowCount());
}

int LineTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LineTableModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const auto [fileIndex, line] = locationOfRow(index.row());
    const LogFile& file = m_logs.file(fileIndex);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return file.displayName();
        case LineColumn:
            return qlonglong(line + 1);
        case TextColumn:
            return TextDecoding::toDisplayText(file.line(line));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return file.path();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (index.column()) {
        case FileColumn:
            return file.displayName();
        case LineColumn:
            return qlonglong(line);
        case TextColumn:
            return file.line(line).toByteArray();
        }
        break;
    }
    return {};
}

QVariant LineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

void LineTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

void LineTableModel::applySort()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<qsizetype> persistentLogRows;
    persistentLogRows.reserve(size_t(persistent.size()));
    for (const QModelIndex& index : persistent)
        persistentLogRows.push_back(logRow(index.row()));

    std::vector<qsizetype> order(size_t(m_logs.rowCount()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    // Rows start in file order, so a stable sort on the column alone keeps (file, line) as the tie-break.
    const auto byColumn = [this](qsizetype a, qsizetype b) {
        const LogSet::Location la = m_logs.locate(a);
        const LogSet::Location lb = m_logs.locate(b);
        switch (m_sortColumn) {
        case FileColumn:
            return m_logs.file(la.file).displayName() < m_logs.file(lb.file).displayName();
        case LineColumn:
            return la.line < lb.line;
        default:
            return m_logs.file(la.file).line(la.line) < m_logs.file(lb.file).line(lb.line);
        }
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(order.begin(), order.end(), byColumn);
    else
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return byColumn(b, a); });
    m_order = std::move(order);

    std::vector<int> rowOfLogRow(m_order.size());
    for (size_t row = 0; row < m_order.size(); ++row)
        rowOfLogRow[size_t(m_order[row])] = int(row);
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i)
        moved.append(index(rowOfLogRow[size_t(persistentLogRows[size_t(i)])], persistent[i].column()));
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
