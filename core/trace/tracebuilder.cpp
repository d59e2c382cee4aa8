#include "tracebuilder.h"

#include "joinedtask.h"
#include "trace/correlate/correlators.h"
#include "trace/graphbuilder.h"
#include "trace/graphindex.h"
#include "trace/hops.h"
#include "trace/hopstitcher.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// One link per (from, to): the one with the strongest evidence (Logged before inferred).
void sortLinks(MailGraph& graph)
{
    std::vector<Link>& links = graph.links;
    std::stable_sort(links.begin(), links.end(), [](const Link& a, const Link& b) {
        if (a.from != b.from)
            return a.from < b.from;
        if (a.to != b.to)
            return a.to < b.to;
        return a.evidence < b.evidence;
    });
    links.erase(std::unique(links.begin(), links.end(), [](const Link& a, const Link& b) { return a.from == b.from && a.to == b.to; }),
        links.end());
    graph.linksByTarget.resize(links.size());
    for (std::uint32_t i = 0; i < links.size(); ++i)
        graph.linksByTarget[i] = i;
    std::sort(graph.linksByTarget.begin(), graph.linksByTarget.end(), [&links](std::uint32_t a, std::uint32_t b) {
        return links[a].to != links[b].to ? links[a].to < links[b].to : links[a].from < links[b].from;
    });
    for (const Link& link : links) {
        if (link.type == LinkType::Notification)
            graph.messages[link.to].flags |= Message::Notification;
    }
}

} // namespace

MailGraph TraceBuilder::build(const LogCollection& logs, const Options& options)
{
    const auto done = [&options](const char* step) {
        if (options.stepDone)
            options.stepDone(step);
    };
    // The builder is gone before linking and indexing begin: its bookkeeping would otherwise stay resident
    // beside their scratch, at the peak of the load.
    MailGraph graph = [&logs, &done] {
        GraphBuilder builder(logs);
        Correlators::postfix(builder);
        Correlators::ironPort(builder);
        Correlators::sunMs(builder);
        Correlators::ePost(builder);
        done("correlate");
        return builder.finish();
    }();
    done("group");
    // Linking hops and indexing keys read the same graph and write different parts of it: they run at once.
    JoinedTask<void> linking(QtConcurrent::run([&graph, &logs, &options] {
        HopStitcher::stitch(graph, logs, options.toleranceSeconds);
        sortLinks(graph);
        graph.hopCounts = countHops(graph);
    }));
    GraphIndex::build(graph, logs);
    linking.wait();
    done("link and index");
    return graph;
}
