// maillane-tracebench FILE|DIR...: how long loading, building the trace graph and answering trace
// queries take, and how much memory the graph holds. Queries are the primary IDs of messages spread
// evenly over the graph, each traced as `maillane-cli trace` does (lookup, path, phases).
#include "model/logcollection.h"
#include "trace/phases.h"
#include "trace/tracebuilder.h"
#include "trace/tracer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList paths = app.arguments().mid(1);
    if (paths.isEmpty()) {
        std::fprintf(stderr, "usage: maillane-tracebench FILE|DIR...\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    LogCollection logs;
    logs.load(paths);
    const qint64 loadMs = timer.restart();
    const MailGraph graph = TraceBuilder::build(logs);
    const qint64 buildMs = timer.restart();
    std::printf("events %lld, messages %zu, connections %zu, links %zu\n", logs.totalEvents(), graph.messages.size(),
        graph.connections.size(), graph.links.size());
    std::printf("load %lld ms, graph %lld ms, graph memory %.1f MiB (%.1f B/event)\n", loadMs, buildMs,
        double(graph.memoryUsed()) / 1048576.0, double(graph.memoryUsed()) / double(std::max<qint64>(1, logs.totalEvents())));

    const std::size_t queries = std::min<std::size_t>(1000, graph.messages.size());
    double worstMs = 0;
    double totalMs = 0;
    std::size_t traced = 0;
    for (std::size_t q = 0; q < queries; ++q) {
        const Message& message = graph.messages[q * graph.messages.size() / queries];
        if (!message.id)
            continue;
        const QByteArray query = logs.strings()->view(message.id).toByteArray();
        QElapsedTimer one;
        one.start();
        const std::vector<std::uint32_t> path = Tracer::trace(graph, *logs.strings(), query);
        std::size_t spans = 0;
        for (const std::uint32_t m : path)
            spans += Phases::of(graph, logs, m).size();
        const double ms = double(one.nsecsElapsed()) / 1e6;
        worstMs = std::max(worstMs, ms);
        totalMs += ms;
        ++traced;
        if (spans == 0)
            std::printf("no phases for %s\n", query.constData());
    }
    std::printf("trace (lookup + path + phases): %zu queries, mean %.3f ms, worst %.3f ms\n", traced,
        traced ? totalMs / double(traced) : 0.0, worstMs);
    return 0;
}
