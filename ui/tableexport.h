#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

class QWidget;
class Workspace;

// File > Export: asks for a file (CSV or JSON, by the chosen type or extension) and writes the events or
// messages as shown (filtered, in table order). Errors are reported in a message naming the file.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // Writes without asking (tests); false with *error naming the file and the reason.
    static bool writeEvents(const QString& path, const Workspace& workspace, const std::vector<std::uint32_t>& timelineRows, QString* error);
    static bool writeMessages(const QString& path, const Workspace& workspace, const std::vector<std::uint32_t>& messages, QString* error);

    static void exportEvents(QWidget* parent, const Workspace& workspace, const std::vector<std::uint32_t>& timelineRows);
    static void exportMessages(QWidget* parent, const Workspace& workspace, const std::vector<std::uint32_t>& messages);

private:
    static QString askPath(QWidget* parent, const QString& title, const QString& baseName);
    static void report(QWidget* parent, bool ok, const QString& error);
};
