#pragma once

// Helpers for the event table and message list tests: the four bundled sample logs loaded as Japan time
// (TraceFixture), their timeline, and events named as "file:line" with the files' display names
// ("maillog:23", "receivelog/MAILSV01/240327.log:71") so a test states which rows it expects.
#include "tracetesting.h"
#include "workspace/eventfilter.h"
#include "workspace/eventtimeline.h"
#include "workspace/messagefilter.h"

#include <QStringList>

class SampleTable
{
public:
    bool load()
    {
        const bool loaded = fixture.loadSamples({ QStringLiteral("sun"), QStringLiteral("ironport"), QStringLiteral("postfix"), QStringLiteral("epost") });
        timeline.rebuild(fixture.logs);
        return loaded;
    }

    // "maillog:23": the event's file (display name) and its first line, 1-based.
    QString where(EventRef ref) const
    {
        const ParsedLog& log = fixture.logs.log(ref.log);
        return log.info().displayName + u':' + QString::number(log.lineOf(ref.index) + 1);
    }

    // The event whose record starts at `line` (1-based) of the file with that display name.
    EventRef event(const QString& displayName, std::uint32_t line) const
    {
        for (std::uint32_t log = 0; log < fixture.logs.size(); ++log) {
            const ParsedLog& parsed = fixture.logs.log(log);
            if (parsed.info().displayName != displayName)
                continue;
            for (std::uint32_t index = 0; index < parsed.eventCount(); ++index) {
                if (parsed.lineOf(index) + 1 == line)
                    return { log, index };
            }
        }
        return {};
    }

    QStringList whereRows(const std::vector<std::uint32_t>& rows) const
    {
        QStringList list;
        for (const std::uint32_t row : rows)
            list << where(timeline.at(row));
        return list;
    }

    QStringList filtered(const EventFilter& filter) const { return whereRows(filterEventRows(fixture.logs, timeline, filter)); }

    QStringList filtered(const QString& query, FilterQuery::Mode mode = FilterQuery::Mode::Text) const
    {
        EventFilter filter;
        filter.query = FilterQuery::parse(query, mode);
        return filtered(filter);
    }

    // The families of the events that pass, each once, sorted: "epost,ironport,postfix,sunms".
    QString familiesOf(const QString& query) const
    {
        EventFilter filter;
        filter.query = FilterQuery::parse(query);
        QStringList families;
        for (const std::uint32_t row : filterEventRows(fixture.logs, timeline, filter)) {
            const QString family = familyKey(fixture.logs.log(timeline.at(row).log).info().family);
            if (!families.contains(family))
                families << family;
        }
        families.sort();
        return families.join(u',');
    }

    // Messages named by host and primary ID ("esa1/30011"); a message without an ID by its first event.
    QString messageName(std::uint32_t m) const
    {
        const Message& message = fixture.graph.messages[m];
        const QString host = fixture.text(fixture.graph.origins[message.origin].host);
        if (message.id)
            return host + u'/' + fixture.text(message.id);
        const auto events = fixture.graph.eventsOf(message);
        return host + u'@' + (events.empty() ? QString() : where(events.front()));
    }

    QStringList messageNames(const std::vector<std::uint32_t>& messages) const
    {
        QStringList list;
        for (const std::uint32_t m : messages)
            list << messageName(m);
        return list;
    }

    QStringList filteredMessages(const MessageFilter& filter) const
    {
        return messageNames(filterMessageRows(fixture.graph, fixture.logs, filter));
    }

    QStringList filteredMessages(const QString& query, FilterQuery::Mode mode = FilterQuery::Mode::Text) const
    {
        MessageFilter filter;
        filter.query = FilterQuery::parse(query, mode);
        return filteredMessages(filter);
    }

    TraceFixture fixture;
    EventTimeline timeline;
};
