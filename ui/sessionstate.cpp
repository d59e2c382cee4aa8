#include "sessionstate.h"

#include "sourcechoices.h"
#include "workspace/workspace.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const auto LogsKey = u"session/logs"_s;
const auto PathKey = u"path"_s;
const auto FamilyKey = u"family"_s;
const auto EncodingKey = u"encoding"_s;
const auto ZoneKey = u"zone"_s;
const auto YearKey = u"year"_s;
const auto SelectedPathKey = u"session/selectedPath"_s;
const auto SelectedLineKey = u"session/selectedLine"_s;
const auto MessagesShownKey = u"session/messagesShown"_s;

bool sameOverrides(const LogParser::Options& a, const LogParser::Options& b)
{
    return SourceChoices::familyKey(a) == SourceChoices::familyKey(b)
        && SourceChoices::encodingKey(a) == SourceChoices::encodingKey(b)
        && SourceChoices::zoneKey(a) == SourceChoices::zoneKey(b) && a.year == b.year;
}

// Only what the user chose survives: progress callbacks, cancel flags and test file times belong to one load.
LogParser::Options overridesOf(const LogParser::Options& options)
{
    LogParser::Options kept;
    kept.family = options.family;
    kept.subLog = options.subLog;
    kept.encoding = options.encoding;
    kept.zone = options.zone;
    kept.year = options.year;
    return kept;
}
} // namespace

SessionState SessionState::of(const Workspace& workspace, EventRef selected)
{
    SessionState state;
    const LogCollection& logs = workspace.logs();
    for (std::size_t i = 0; i < logs.size(); ++i) {
        if (logs.log(i).file().isHead())
            continue; // a preview: its whole file is still being read and comes as its own log
        state.logs.push_back({ logs.log(i).info().path, overridesOf(workspace.optionsOf(i)) });
    }
    if (workspace.contains(selected)) {
        const ParsedLog& log = logs.log(selected.log);
        state.selectedPath = log.info().path;
        state.selectedLine = qint64(log.lineOf(selected.index)) + 1;
    }
    return state;
}

std::vector<std::pair<QStringList, LogParser::Options>> SessionState::openRequests() const
{
    std::vector<std::pair<QStringList, LogParser::Options>> requests;
    for (const Log& log : logs) {
        if (requests.empty() || !sameOverrides(requests.back().second, log.options))
            requests.push_back({ {}, log.options });
        requests.back().first.append(log.path);
    }
    return requests;
}

EventRef SessionState::selectedIn(const Workspace& workspace) const
{
    if (selectedLine <= 0)
        return {};
    const LogCollection& logs = workspace.logs();
    const auto line = std::uint32_t(selectedLine - 1);
    for (std::size_t i = 0; i < logs.size(); ++i) {
        const ParsedLog& log = logs.log(i);
        if (log.info().path != selectedPath || log.eventCount() == 0)
            continue;
        // Events are in file order and cover every line: the event holding the line is the last one starting at
        // or before it.
        std::size_t low = 0, high = log.eventCount();
        while (high - low > 1) {
            const std::size_t middle = (low + high) / 2;
            (log.lineOf(middle) <= line ? low : high) = middle;
        }
        if (log.lineOf(low) <= line && line < log.lineOf(low) + log.lineSpanOf(low))
            return { std::uint32_t(i), std::uint32_t(low) };
    }
    return {};
}

void SessionState::save(QSettings* settings) const
{
    settings->remove(LogsKey);
    settings->beginWriteArray(LogsKey, int(logs.size()));
    for (int i = 0; i < int(logs.size()); ++i) {
        const Log& log = logs[std::size_t(i)];
        settings->setArrayIndex(i);
        settings->setValue(PathKey, log.path);
        settings->setValue(FamilyKey, SourceChoices::familyKey(log.options));
        settings->setValue(EncodingKey, SourceChoices::encodingKey(log.options));
        settings->setValue(ZoneKey, SourceChoices::zoneKey(log.options));
        settings->setValue(YearKey, log.options.year);
    }
    settings->endArray();
    settings->setValue(SelectedPathKey, selectedPath);
    settings->setValue(SelectedLineKey, selectedLine);
    settings->setValue(MessagesShownKey, messagesShown);
}

SessionState SessionState::load(QSettings* settings)
{
    SessionState state;
    const int count = settings->beginReadArray(LogsKey);
    for (int i = 0; i < count; ++i) {
        settings->setArrayIndex(i);
        Log log;
        log.path = settings->value(PathKey).toString();
        if (log.path.isEmpty())
            continue;
        // A choice this version no longer knows (an edited file, a zone gone from the system) falls back to
        // Automatic: the file still opens.
        SourceChoices::setFamily(&log.options, settings->value(FamilyKey).toString());
        SourceChoices::setEncoding(&log.options, settings->value(EncodingKey).toString());
        SourceChoices::setZone(&log.options, settings->value(ZoneKey).toString());
        log.options.year = std::clamp(settings->value(YearKey).toInt(), 0, 9999);
        state.logs.push_back(log);
    }
    settings->endArray();
    state.selectedPath = settings->value(SelectedPathKey).toString();
    state.selectedLine = settings->value(SelectedLineKey).toLongLong();
    state.messagesShown = settings->value(MessagesShownKey).toBool();
    return state;
}
