#include "tableexport.h"

#include "export/eventexport.h"
#include "export/traceexport.h"
#include "nonmodalwarning.h"
#include "savepath.h"
#include "eventtablemodel.h"
#include "messagetablemodel.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

EventExport::Format formatOf(const QString& path)
{
    return path.endsWith(u".json"_s, Qt::CaseInsensitive) ? EventExport::Format::Json : EventExport::Format::Csv;
}

// Writes through a QSaveFile: an export that fails half-way leaves no truncated file behind.
template<typename Write>
bool writeFile(const QString& path, QString* error, Write write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = TableExport::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    write(&file);
    if (!file.commit()) {
        *error = TableExport::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool TableExport::writeEvents(const QString& path, const EventTableModel& table, QString* error)
{
    return writeFile(path, error, [&](QIODevice* out) {
        EventExport::Writer writer(out, formatOf(path));
        const int rows = table.rowCount();
        for (int row = 0; row < rows; ++row) {
            const EventRef event = table.eventAt(row);
            writer.write(table.shown().logs.log(event.log), event.index);
        }
    });
}

bool TableExport::writeMessages(const QString& path, const MessageTableModel& table, QString* error)
{
    const WorkspaceSnapshot& shown = table.shown();
    if (!shown.graph) {
        *error = tr("Messages are not correlated yet.");
        return false;
    }
    return writeFile(path, error, [&](QIODevice* out) {
        TraceExport::writeMessages(out, formatOf(path), *shown.graph, shown.logs, table.rows());
    });
}

QString TableExport::askPath(QWidget* parent, const QString& title, const QString& baseName)
{
    return SavePath::ask(parent, title, baseName, { { tr("CSV (*.csv)"), u".csv"_s }, { tr("JSON (*.json)"), u".json"_s } });
}

void TableExport::report(QWidget* parent, bool ok, const QString& error)
{
    if (ok)
        return;
    NonModalWarning::show(parent, tr("Export failed"), error);
}

void TableExport::exportEvents(QWidget* parent, const EventTableModel& table)
{
    const QString path = askPath(parent, tr("Export Events"), u"events.csv"_s);
    if (path.isEmpty())
        return;
    QString error;
    report(parent, writeEvents(path, table, &error), error);
}

void TableExport::exportMessages(QWidget* parent, const MessageTableModel& table)
{
    const QString path = askPath(parent, tr("Export Messages"), u"messages.csv"_s);
    if (path.isEmpty())
        return;
    QString error;
    report(parent, writeMessages(path, table, &error), error);
}
