#pragma once

#include <QCoreApplication>
#include <QString>

class EventTableModel;
class MessageTableModel;
class QWidget;

// File > Export: asks for a file (CSV or JSON, by the chosen type or extension) and writes the events or
// messages as shown (filtered, in table order). Errors are reported in a message naming the file.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // Writes without asking (tests); false with *error naming the file and the reason.
    static bool writeEvents(const QString& path, const EventTableModel& table, QString* error);
    static bool writeMessages(const QString& path, const MessageTableModel& table, QString* error);

    static void exportEvents(QWidget* parent, const EventTableModel& table);
    static void exportMessages(QWidget* parent, const MessageTableModel& table);

private:
    static QString askPath(QWidget* parent, const QString& title, const QString& baseName);
    static void report(QWidget* parent, bool ok, const QString& error);
};
