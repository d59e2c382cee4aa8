#include "sourcesmodel.h"

#include "plaintexttooltip.h"
#include "sourcechoices.h"
#include "workspace/workspace.h"
#include "workspace/workspaceloader.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isEditable(int column)
{
    return column == SourcesModel::FamilyColumn || column == SourcesModel::EncodingColumn
        || column == SourcesModel::ZoneColumn;
}

bool isNumeric(int column)
{
    return column == SourcesModel::LinesColumn || column == SourcesModel::EventsColumn
        || column == SourcesModel::UnparsedColumn || column == SourcesModel::SizeColumn;
}

} // namespace

struct SourcesModel::Row
{
    enum class Kind { Log, Loading, Failed };

    Kind kind = Kind::Log;
    std::size_t log = 0;
    QString path;
    // Log rows
    SourceInfo info;
    QString familyKey; // the SourceChoices keys of the log's options
    QString encodingKey;
    QString zoneKey;
    // Log rows being parsed again, and Loading rows
    int percent = -1;
    qint64 bytesOnDisk = 0;
    // Failed rows
    QString error;

    bool sameRowAs(const Row& other) const { return kind == other.kind && log == other.log && path == other.path; }
};

SourcesModel::SourcesModel(const Workspace* workspace, const WorkspaceLoader* loader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_loader(loader)
{
}

SourcesModel::~SourcesModel() = default;

std::vector<SourcesModel::Row> SourcesModel::snapshot() const
{
    const QList<WorkspaceLoader::FileProgress> active
        = m_loader ? m_loader->activeFiles() : QList<WorkspaceLoader::FileProgress>();
    const auto percentOf = [](const WorkspaceLoader::FileProgress& file) {
        return file.bytesTotal > 0 ? int(std::clamp(file.bytesDone * 100 / file.bytesTotal, qint64(0), qint64(100)))
                                   : 0;
    };
    QList<bool> activeShown(active.size(), false);

    std::vector<Row> rows;
    const LogCollection& logs = m_workspace->logs();
    for (std::size_t n = 0; n < logs.size(); ++n) {
        const ParsedLog& log = logs.log(n);
        const LogParser::Options& options = m_workspace->optionsOf(n);
        Row row;
        row.log = n;
        row.path = log.info().path;
        row.info = log.info();
        row.familyKey = SourceChoices::familyKey(options);
        row.encodingKey = SourceChoices::encodingKey(options);
        row.zoneKey = SourceChoices::zoneKey(options);
        for (qsizetype a = 0; a < active.size(); ++a) {
            if (active[a].path == row.path) {
                row.percent = percentOf(active[a]);
                activeShown[a] = true;
            }
        }
        rows.push_back(std::move(row));
    }
    for (qsizetype a = 0; a < active.size(); ++a) {
        if (activeShown[a])
            continue;
        Row row;
        row.kind = Row::Kind::Loading;
        row.path = active[a].path;
        row.percent = percentOf(active[a]);
        row.bytesOnDisk = active[a].bytesTotal;
        rows.push_back(std::move(row));
    }
    for (const auto& [path, error] : m_failures) {
        Row row;
        row.kind = Row::Kind::Failed;
        row.path = path;
        row.error = error;
        rows.push_back(std::move(row));
    }
    return rows;
}

void SourcesModel::refresh()
{
    std::vector<Row> rows = snapshot();
    std::size_t same = 0;
    while (same < rows.size() && same < m_rows.size() && rows[same].sameRowAs(m_rows[same]))
        ++same;
    if (same < m_rows.size()) {
        beginRemoveRows({}, int(same), int(m_rows.size()) - 1);
        m_rows.resize(same);
        endRemoveRows();
    }
    if (same > 0) {
        std::move(rows.begin(), rows.begin() + std::ptrdiff_t(same), m_rows.begin());
        emit dataChanged(index(0, 0), index(int(same) - 1, ColumnCount - 1));
    }
    if (same < rows.size()) {
        beginInsertRows({}, int(same), int(rows.size()) - 1);
        std::move(rows.begin() + std::ptrdiff_t(same), rows.end(), std::back_inserter(m_rows));
        endInsertRows();
    }
}

void SourcesModel::addFailure(const QString& path, const QString& error)
{
    auto it = std::find_if(
        m_failures.begin(), m_failures.end(), [&path](const auto& failure) { return failure.first == path; });
    if (it != m_failures.end())
        it->second = error;
    else
        m_failures.append({ path, error });
    refresh();
}

void SourcesModel::clearFailures()
{
    m_failures.clear();
    refresh();
}

void SourcesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::optional<std::size_t> SourcesModel::logOfRow(int row) const
{
    if (row < 0 || std::size_t(row) >= m_rows.size() || m_rows[size_t(row)].kind != Row::Kind::Log)
        return std::nullopt;
    return m_rows[size_t(row)].log;
}

int SourcesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourcesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourcesModel::displayText(const Row& row, int column) const
{
    const bool isLog = row.kind == Row::Kind::Log;
    const SourceInfo& info = row.info;
    switch (column) {
    case FileColumn:
        return isLog ? info.displayName : QFileInfo(row.path).fileName();
    case FamilyColumn: {
        if (!isLog)
            return {};
        const QString family = SourceChoices::familyText(info.family, info.subLog);
        return info.familyOverridden ? tr("%1 (chosen)", "a value the user set").arg(family) : family;
    }
    case HostColumn:
        if (!isLog || !info.hosts.isEmpty())
            return info.hosts.join(u", ");
        // Lines without a host (IronPort, Sun): tracing names the origin by the file's folder, so show that.
        return tr("%1 (from folder)", "a host named by the folder a log is in")
            .arg(QString::fromUtf8(m_workspace->strings()->view(info.folderHost)));
    case EncodingColumn: {
        if (!isLog)
            return {};
        if (info.binary && !info.encodingOverridden)
            return tr("binary data", "a file that is not text: no encoding describes it");
        const QString encoding = TextDecoding::encodingName(info.encoding);
        if (info.encodingOverridden)
            return tr("%1 (chosen)", "a value the user set").arg(encoding);
        if (info.mixedEncodings)
            return tr("%1 and UTF-8", "a file with lines in two encodings").arg(encoding);
        return encoding;
    }
    case ZoneColumn: {
        if (!isLog)
            return {};
        const QString zone = QString::fromUtf8(info.zone.id());
        if (!row.zoneKey.isEmpty())
            return tr("%1 (chosen)", "a value the user set").arg(zone);
        return info.zoneFromLog ? tr("%1 (from log)", "a time zone the log states").arg(zone) : zone;
    }
    case LinesColumn:
        return isLog ? QLocale().toString(info.lines) : QString();
    case EventsColumn:
        return isLog ? QLocale().toString(info.events) : QString();
    case UnparsedColumn:
        return isLog ? QLocale().toString(info.unparsed) : QString();
    case SizeColumn:
        if (row.kind == Row::Kind::Failed)
            return {};
        return QLocale().formattedDataSize(isLog ? info.bytes : row.bytesOnDisk);
    case StatusColumn:
        if (row.kind == Row::Kind::Failed)
            return row.error;
        if (row.percent >= 0)
            return tr("Loading %1 %", "a file being parsed, with how much is done").arg(row.percent);
        return info.note.isEmpty() ? tr("Loaded") : info.note;
    }
    return {};
}

QVariant SourcesModel::sortValue(const Row& row, int column) const
{
    switch (column) {
    case LinesColumn:
        return row.info.lines;
    case EventsColumn:
        return row.info.events;
    case UnparsedColumn:
        return row.info.unparsed;
    case SizeColumn:
        return row.kind == Row::Kind::Log ? row.info.bytes : row.bytesOnDisk;
    default:
        return displayText(row, column);
    }
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Row& row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::EditRole:
        if (row.kind != Row::Kind::Log)
            return {};
        if (column == FamilyColumn)
            return row.familyKey;
        if (column == EncodingColumn)
            return row.encodingKey;
        if (column == ZoneColumn)
            return row.zoneKey;
        return {};
    case Qt::ToolTipRole:
        if (column == FileColumn)
            return PlainTextToolTip::wrap(QDir::toNativeSeparators(row.path));
        if (column == FamilyColumn || column == StatusColumn)
            return PlainTextToolTip::wrap(row.kind == Row::Kind::Failed ? row.error : row.info.note);
        if (column == SizeColumn && row.info.compressed)
            return PlainTextToolTip::wrap(tr("Compressed with gzip; this is the size after decompression."));
        return {};
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        return sortValue(row, column);
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case FamilyColumn:
        return tr("Family");
    case HostColumn:
        return tr("Host");
    case EncodingColumn:
        return tr("Encoding");
    case ZoneColumn:
        return tr("Time zone");
    case LinesColumn:
        return tr("Lines");
    case EventsColumn:
        return tr("Events");
    case UnparsedColumn:
        return tr("Unparsed");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags SourcesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_rows[size_t(index.row())].kind == Row::Kind::Log && isEditable(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SourcesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !isEditable(index.column()))
        return false;
    const Row& row = m_rows[size_t(index.row())];
    // the snapshot may be older than the workspace: only a log still in its place can be parsed again
    if (row.kind != Row::Kind::Log || row.log >= m_workspace->logs().size()
        || m_workspace->logs().log(row.log).info().path != row.path)
        return false;
    const LogParser::Options& current = m_workspace->optionsOf(row.log);
    LogParser::Options options = current;
    const QString key = value.toString();
    bool valid = false;
    bool changed = false;
    switch (index.column()) {
    case FamilyColumn:
        valid = SourceChoices::setFamily(&options, key);
        changed = SourceChoices::familyKey(options) != SourceChoices::familyKey(current);
        break;
    case EncodingColumn:
        valid = SourceChoices::setEncoding(&options, key);
        changed = SourceChoices::encodingKey(options) != SourceChoices::encodingKey(current);
        break;
    case ZoneColumn:
        valid = SourceChoices::setZone(&options, key);
        changed = SourceChoices::zoneKey(options) != SourceChoices::zoneKey(current);
        break;
    }
    if (!valid || !changed)
        return false;
    emit overrideRequested(row.log, options);
    return true;
}
