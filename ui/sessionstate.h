#pragma once

#include "parsing/logparser.h"
#include "trace/tracetypes.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

class QSettings;
class Workspace;

// What a window had open, kept in the settings so that the next start opens it again: each log's file with
// the overrides it was read with (family, encoding, zone, year: the Sources panel's choices), the selected
// line, which opens its trace again, and the table shown.
struct SessionState
{
    struct Log
    {
        QString path;
        LogParser::Options options;
    };
    std::vector<Log> logs;
    QString selectedPath; // the file of the selected event, and its first line (1-based; 0: none)
    qint64 selectedLine = 0;
    bool messagesShown = false; // the Messages table was in front

    static SessionState of(const Workspace& workspace, EventRef selected);
    bool isEmpty() const { return logs.empty(); }

    // The logs to open in order, consecutive files read with the same options in one request.
    std::vector<std::pair<QStringList, LogParser::Options>> openRequests() const;
    // The event at selectedPath, line selectedLine in workspace; invalid when that file or line is not open.
    EventRef selectedIn(const Workspace& workspace) const;

    void save(QSettings* settings) const;
    static SessionState load(QSettings* settings); // reads arrays: QSettings needs non-const
};
