#pragma once

// Building E-Post logs for the tracing tests (tst_eposttrace, tst_eposttracecases).
#include "tracetesting.h"

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace EPostTraceTesting {

// "acceptlog:1-2 receivelog:4-14": the sub-log lines (1-based) of some events, runs joined.
template <typename Events>
QString lineSummary(const TraceFixture& fixture, const Events& refs)
{
    std::map<QString, std::set<int>> bySubLog;
    for (const EventRef& ref : refs) {
        const ParsedLog& log = fixture.logs.log(ref.log);
        bySubLog[log.info().subLog].insert(int(log.lineOf(ref.index)) + 1);
    }
    QStringList parts;
    for (const auto& [subLog, lines] : bySubLog) {
        QStringList runs;
        for (auto it = lines.begin(); it != lines.end();) {
            const int first = *it;
            int last = first;
            while (++it != lines.end() && *it == last + 1)
                last = *it;
            runs << (first == last ? QString::number(first) : QString::number(first) + u'-' + QString::number(last));
        }
        parts << subLog + u':' + runs.join(u',');
    }
    return parts.join(u' ');
}

inline QString messageLines(const TraceFixture& fixture, std::uint32_t m)
{
    return lineSummary(fixture, fixture.graph.eventsOf(fixture.graph.messages[m]));
}

inline QString connectionLines(const TraceFixture& fixture, std::uint32_t c)
{
    return lineSummary(fixture, fixture.graph.eventsOf(fixture.graph.connections[c]));
}

// "receivelog:13" for one event.
inline QString lineOf(const TraceFixture& fixture, EventRef ref)
{
    return lineSummary(fixture, std::vector<EventRef> { ref });
}

inline const Connection& inboundOf(const TraceFixture& fixture, std::uint32_t m)
{
    return fixture.graph.connections[fixture.graph.messages[m].inbound];
}

// The attempts of a message's recipient, in time order.
inline std::vector<Attempt> attemptsOf(const TraceFixture& fixture, std::uint32_t m, QByteArrayView address)
{
    for (const Recipient& recipient : fixture.graph.recipientsOf(fixture.graph.messages[m])) {
        if (fixture.logs.strings()->view(recipient.address) == address) {
            const auto attempts = fixture.graph.attemptsOf(recipient);
            return { attempts.begin(), attempts.end() };
        }
    }
    return {};
}

// The one event of a sub-log at a 1-based line.
inline EventRef eventAt(const TraceFixture& fixture, QStringView subLog, int line)
{
    for (std::uint32_t l = 0; l < fixture.logs.size(); ++l) {
        const ParsedLog& log = fixture.logs.log(l);
        if (log.info().subLog != subLog)
            continue;
        for (std::uint32_t i = 0; i < log.eventCount(); ++i) {
            if (int(log.lineOf(i)) + 1 == line)
                return { l, i };
        }
    }
    return {};
}

inline int connectionsWithId(const TraceFixture& fixture, QByteArrayView id)
{
    int count = 0;
    for (const Connection& connection : fixture.graph.connections)
        count += fixture.logs.strings()->view(connection.id) == id ? 1 : 0;
    return count;
}

inline bool loadSamples(TraceFixture& fixture)
{
    QStringList paths;
    for (const char* subLog : { "acceptlog", "inlog", "receivelog", "senderlog", "outlog", "outlocallog", "faillog",
             "pop3log", "imap4log" }) {
        paths << QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples/epost/") + QLatin1StringView(subLog)
                + u"/MAILSV01/240327.log"_s;
    }
    return fixture.loadPaths(paths);
}

} // namespace EPostTraceTesting
