#include "cliswimlane.h"

#include "cli.h"
#include "model/logcollection.h"
#include "swimlane/swimlanebuilder.h"
#include "swimlaneexport.h"
#include "trace/tracebuilder.h"
#include "trace/tracer.h"

using Cli::printLine;

int CliSwimlane::write(const LogCollection& logs, const QString& query, const QString& svgPath, const QString& pngPath)
{
    const MailGraph graph = TraceBuilder::build(logs);
    const std::vector<std::uint32_t> path = Tracer::trace(graph, *logs.strings(), query.toUtf8());
    if (path.empty()) {
        printLine(stderr, Cli::Text::tr("No message matches %1.").arg(query));
        return Cli::InputError;
    }
    const Swimlane swimlane = SwimlaneBuilder::build(graph, logs, path);
    int status = Cli::Success;
    for (const QString& out : { svgPath, pngPath }) {
        if (out.isEmpty())
            continue;
        QString error;
        if (SwimlaneExport::write(out, swimlane, query, &error)) {
            printLine(stdout, Cli::Text::tr("Wrote %1").arg(out));
        } else {
            printLine(stderr, error);
            status = Cli::InputError;
        }
    }
    return status;
}
