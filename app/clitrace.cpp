#include "clitrace.h"

#include "cli.h"
#include "export/traceexport.h"
#include "model/logcollection.h"
#include "trace/messagesummary.h"
#include "trace/tracebuilder.h"
#include "trace/tracer.h"

#include <QFile>

using Cli::printLine;

namespace {

QString textOf(const LogCollection& logs, StringPool::Id id)
{
    return QString::fromUtf8(logs.strings()->view(id));
}

QString timeText(const LogCollection& logs, const EventRef& ref)
{
    return ref.isValid() ? QString::fromLatin1(EventExport::isoTime(logs.log(ref.log).event(ref.index))) : QString();
}

QString otherEnd(const MailGraph& graph, const LogCollection& logs, const Link& link, std::uint32_t other)
{
    const Message& message = graph.messages[other];
    return Cli::Text::tr("%1 on %2 (%3)")
        .arg(message.id ? textOf(logs, message.id) : MessageSummary::messageIdText(graph, logs, other),
            MessageSummary::hostName(graph, logs, message.origin), linkEvidenceLabel(link.evidence));
}

void printMessage(const MailGraph& graph, const LogCollection& logs, std::uint32_t index, int number)
{
    const Message& message = graph.messages[index];
    const QString sender = message.has(Message::NullSender) ? QStringLiteral("<>") : textOf(logs, message.sender);
    printLine(stdout,
        Cli::Text::tr("[%1] %2 (%3) %4").arg(number).arg(MessageSummary::hostName(graph, logs, message.origin),
            familyLabel(graph.origins[message.origin].family), MessageSummary::idsText(graph, logs, index)));
    if (message.has(Message::RejectedAttempt))
        printLine(stdout, QStringLiteral("    ") + Cli::Text::tr("Refused before it was queued (no ID)"));
    printLine(stdout, QStringLiteral("    ") + Cli::Text::tr("From: %1  Message-ID: %2").arg(sender, MessageSummary::messageIdText(graph, logs, index)));
    printLine(stdout,
        QStringLiteral("    ")
            + Cli::Text::tr("First: %1  Last: %2  Outcome: %3")
                  .arg(timeText(logs, MessageSummary::firstEvent(graph, index)), timeText(logs, MessageSummary::lastEvent(graph, index)),
                      outcomeLabel(message.outcome)));
    if (message.inbound != NoIndex) {
        const Connection& inbound = graph.connections[message.inbound];
        printLine(stdout, QStringLiteral("    ") + Cli::Text::tr("Client: %1 [%2]").arg(textOf(logs, inbound.peerHost), textOf(logs, inbound.peerIp)));
    }
    for (const Recipient& recipient : graph.recipientsOf(message)) {
        printLine(stdout, QStringLiteral("    ") + Cli::Text::tr("To: %1  %2").arg(textOf(logs, recipient.address), outcomeLabel(recipient.outcome)));
        for (const Attempt& attempt : graph.attemptsOf(recipient)) {
            printLine(stdout,
                QStringLiteral("      ")
                    + Cli::Text::tr("%1  %2  %3  %4")
                          .arg(timeText(logs, attempt.event), outcomeLabel(attempt.outcome), MessageSummary::remote(graph, logs, attempt),
                              MessageSummary::reply(logs, attempt)));
        }
    }
    for (const Link& link : graph.linksTo(index))
        printLine(stdout, QStringLiteral("    ") + Cli::Text::tr("Came from (%1): %2").arg(linkTypeLabel(link.type), otherEnd(graph, logs, link, link.from)));
    for (const Link& link : graph.linksFrom(index))
        printLine(stdout, QStringLiteral("    ") + Cli::Text::tr("Led to (%1): %2").arg(linkTypeLabel(link.type), otherEnd(graph, logs, link, link.to)));
}

} // namespace

int CliTrace::printTrace(const LogCollection& logs, const QString& query, bool json)
{
    const MailGraph graph = TraceBuilder::build(logs);
    const QByteArray queryBytes = query.toUtf8();
    const std::vector<std::uint32_t> matches = graph.find(*logs.strings(), queryBytes);
    const std::vector<std::uint32_t> messages = Tracer::paths(graph, matches);
    if (json) {
        const QByteArray out = TraceExport::traceJson(graph, logs, queryBytes, matches.size(), messages);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        return Cli::Success;
    }
    if (messages.empty()) {
        printLine(stdout, Cli::Text::tr("No message matches %1.").arg(query));
        return Cli::Success;
    }
    printLine(stdout, Cli::Text::tr("%Ln message(s) in the path of %1:", nullptr, int(messages.size())).arg(query));
    int number = 1;
    for (const std::uint32_t message : messages)
        printMessage(graph, logs, message, number++);
    return Cli::Success;
}

int CliTrace::printMessages(const LogCollection& logs, bool json)
{
    const MailGraph graph = TraceBuilder::build(logs);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return Cli::InputError;
    TraceExport::writeMessages(&out, json ? EventExport::Format::Json : EventExport::Format::Csv, graph, logs);
    return Cli::Success;
}
