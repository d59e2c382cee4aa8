#pragma once

#include "model/sourceinfo.h"
#include "parsing/logparser.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>
#include <vector>

class Workspace;
class WorkspaceLoader;

// The Sources panel's table: one row per open log (what was detected, how it was read), then one per file
// still being opened, then one per file that failed. Rows are a snapshot taken by refresh(), so data() never
// reads a workspace that changed since. Family, encoding and zone are editable; an edit only asks for the
// log to be parsed again (overrideRequested), which the window hands to WorkspaceLoader::reparse.
class SourcesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        FamilyColumn,
        HostColumn,
        EncodingColumn,
        ZoneColumn,
        LinesColumn,
        EventsColumn,
        UnparsedColumn,
        SizeColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // the raw value a column sorts by
    };

    // loader may be null (no loading rows).
    explicit SourcesModel(const Workspace* workspace, const WorkspaceLoader* loader, QObject* parent = nullptr);
    ~SourcesModel() override;

    // Takes a new snapshot: call after WorkspaceLoader::logsAdded, workspaceReset, progressChanged and idle.
    // Rows that stay are updated in place (open editors survive); the others are removed and inserted.
    void refresh();
    // Lists a file that could not be opened, with the reason in StatusColumn (WorkspaceLoader::fileFailed).
    void addFailure(const QString& path, const QString& error);
    void clearFailures();
    // Re-reads the translatable texts (call on QEvent::LanguageChange).
    void retranslate();

    // The log a row shows; nullopt for a file being opened or one that failed.
    std::optional<std::size_t> logOfRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Family, Encoding and Zone cells take a SourceChoices key (EditRole) and emit overrideRequested with
    // the log's current options changed accordingly; nothing changes here until the log is parsed again.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void overrideRequested(std::size_t log, const LogParser::Options& options);

private:
    struct Row;

    std::vector<Row> snapshot() const;
    QString displayText(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;

    const Workspace* m_workspace;
    const WorkspaceLoader* m_loader;
    std::vector<Row> m_rows;
    QList<std::pair<QString, QString>> m_failures; // (path, error)
};
