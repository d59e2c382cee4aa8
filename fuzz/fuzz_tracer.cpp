// Arbitrary bytes as a set of logs loaded together, then traced: the correlators, the cross-host linking, paths,
// phases, the swimlane and the trace export. A line that is a form feed, optionally followed by a path
// ("\fepost/acceptlog/MAILSV01/240327.log"), starts another file (its folders name E-Post sub-logs and hosts).
#include "fuzzing.h"

#include "export/traceexport.h"
#include "model/logcollection.h"
#include "swimlane/swimlanebuilder.h"
#include "swimlane/swimlanelayout.h"
#include "trace/phases.h"
#include "trace/tracebuilder.h"
#include "trace/tracer.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <set>
#include <utility>

namespace {

// (path, bytes) of each file in the input.
std::vector<std::pair<QString, QByteArray>> splitFiles(const QByteArray& input)
{
    std::vector<std::pair<QString, QByteArray>> files { { QStringLiteral("fuzzed.log"), {} } };
    for (qsizetype start = 0; start < input.size();) {
        qsizetype end = input.indexOf('\n', start);
        end = end < 0 ? input.size() : end + 1;
        const QByteArrayView line = QByteArrayView(input).sliced(start, end - start);
        if (line.startsWith('\f') && files.size() < 16) {
            const QString path = QString::fromUtf8(line.sliced(1).trimmed());
            files.emplace_back(path.isEmpty() ? QStringLiteral("fuzzed.log") : path, QByteArray());
        } else {
            files.back().second += line;
        }
        start = end;
    }
    return files;
}

void checkGraph(const MailGraph& graph, const LogCollection& logs)
{
    for (std::uint32_t m = 0; m < graph.messages.size(); ++m) {
        const Message& message = graph.messages[m];
        FUZZ_CHECK(message.origin < graph.origins.size());
        FUZZ_CHECK(message.eventsBegin <= message.eventsEnd && message.eventsEnd <= graph.messageEvents.size());
        FUZZ_CHECK(message.recipientsBegin <= message.recipientsEnd && message.recipientsEnd <= graph.recipients.size());
        FUZZ_CHECK(message.inbound == NoIndex || message.inbound < graph.connections.size());
        for (const EventRef ref : graph.eventsOf(message))
            FUZZ_CHECK(ref.log < logs.size() && ref.index < logs.log(ref.log).eventCount());
        for (const Recipient& recipient : graph.recipientsOf(message))
            FUZZ_CHECK(recipient.attemptsBegin <= recipient.attemptsEnd && recipient.attemptsEnd <= graph.attempts.size());
    }
    for (const Link& link : graph.links)
        FUZZ_CHECK(link.from < graph.messages.size() && link.to < graph.messages.size());
}

void checkTrace(const MailGraph& graph, const LogCollection& logs, std::uint32_t m)
{
    const std::vector<std::uint32_t> path = Tracer::path(graph, m);
    FUZZ_CHECK(std::find(path.begin(), path.end(), m) != path.end());
    FUZZ_CHECK(path.size() <= Tracer::MaxPathMessages);
    FUZZ_CHECK(std::set<std::uint32_t>(path.begin(), path.end()).size() == path.size());

    // A message is found by its own identifier.
    const Message& message = graph.messages[m];
    if (message.id != 0) {
        const QByteArrayView id = logs.strings()->view(message.id);
        const std::vector<std::uint32_t> found = graph.find(*logs.strings(), id);
        if (std::find(found.begin(), found.end(), m) == found.end())
            std::fprintf(stderr, "message %u is not found by its ID '%.*s'\n", m, int(id.size()), id.data());
        FUZZ_CHECK(std::find(found.begin(), found.end(), m) != found.end());
    }

    for (const PhaseSpan& span : Phases::of(graph, logs, m))
        FUZZ_CHECK(span.startMs <= span.endMs);

    const Swimlane swimlane = SwimlaneBuilder::build(graph, logs, path);
    const SwimlaneLayout layout(swimlane);
    for (const SwimStep& step : swimlane.steps)
        FUZZ_CHECK(step.fromLane >= 0 && step.toLane >= 0 && std::size_t(std::max(step.fromLane, step.toLane)) < swimlane.lanes.size());
    for (int step = 0; step < int(swimlane.steps.size()); ++step)
        FUZZ_CHECK(layout.stepAt(layout.stepRect(step).center()) >= 0);

    QJsonParseError error;
    QJsonDocument::fromJson(TraceExport::traceJson(graph, logs, "fuzzed", 1, path), &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    LogCollection logs;
    for (auto& [path, bytes] : splitFiles(Fuzzing::bytes(data, size)))
        logs.add(Fuzzing::parseAndReadBack(path, std::move(bytes), logs.strings(), Fuzzing::options()));
    const MailGraph graph = TraceBuilder::build(logs);
    checkGraph(graph, logs);
    // Enough messages to reach every correlator's cases, few enough to keep each run short.
    for (std::uint32_t m = 0; m < graph.messages.size() && m < 64; ++m)
        checkTrace(graph, logs, m);
    return 0;
}
