#include "swimlanetexts.h"

#include <QLocale>

QString SwimlaneTexts::laneTitle(const SwimLane& lane)
{
    const QString peer = lane.host.isEmpty() ? lane.ip : lane.host;
    switch (lane.role) {
    case SwimLane::Role::Sender:
        return peer.isEmpty() ? tr("client") : tr("client %1").arg(peer);
    case SwimLane::Role::Server:
        return tr("%1 (server)").arg(lane.host);
    case SwimLane::Role::Internal:
        return tr("%1 (internal)").arg(lane.host);
    case SwimLane::Role::Client:
        return tr("%1 (client)").arg(lane.host);
    case SwimLane::Role::Remote:
        return peer.isEmpty() ? tr("next hop (not in the loaded logs)") : tr("%1 (not in the loaded logs)").arg(peer);
    case SwimLane::Role::Mailbox:
        return tr("%1 (mailbox)").arg(lane.host);
    }
    return {};
}

QString SwimlaneTexts::laneSubtitle(const SwimLane& lane)
{
    switch (lane.role) {
    case SwimLane::Role::Sender:
    case SwimLane::Role::Remote:
        return lane.host.isEmpty() ? QString() : lane.ip;
    default:
        return lane.ip.isEmpty() ? familyLabel(lane.family) : tr("%1 · %2").arg(familyLabel(lane.family), lane.ip);
    }
}

namespace {

QString commandText(const SwimStep& step)
{
    const QString& detail = step.detail;
    switch (step.phase) {
    case Phase::Connect:
    case Phase::DeliveryConnect:
        return SwimlaneTexts::tr("connect");
    case Phase::Helo:
        return detail.isEmpty() ? QStringLiteral("HELO/EHLO") : QStringLiteral("HELO/EHLO %1").arg(detail);
    case Phase::Tls:
        return QStringLiteral("STARTTLS");
    case Phase::Auth:
        return detail.isEmpty() ? QStringLiteral("AUTH") : QStringLiteral("AUTH %1").arg(detail);
    case Phase::MailFrom:
        return detail.isEmpty() ? QStringLiteral("MAIL FROM") : QStringLiteral("MAIL FROM:<%1>").arg(detail);
    case Phase::RcptTo:
        return detail.isEmpty() ? QStringLiteral("RCPT TO") : QStringLiteral("RCPT TO:<%1>").arg(detail);
    case Phase::Data:
        return QStringLiteral("DATA");
    case Phase::EndOfData:
        return SwimlaneTexts::tr("end of data");
    case Phase::Scan:
        return detail.isEmpty() ? SwimlaneTexts::tr("content scan") : SwimlaneTexts::tr("content scan: %1").arg(detail);
    case Phase::Queue:
        return SwimlaneTexts::tr("queued");
    case Phase::Delivery:
        return detail.isEmpty() ? SwimlaneTexts::tr("attempt %1").arg(step.attempt)
                                : SwimlaneTexts::tr("attempt %1: to <%2>").arg(step.attempt).arg(detail);
    case Phase::Response:
        return SwimlaneTexts::tr("attempt %1: %2").arg(step.attempt).arg(outcomeLabel(step.outcome));
    case Phase::Notify:
        return SwimlaneTexts::tr("notification");
    case Phase::Done:
        return SwimlaneTexts::tr("done");
    case Phase::Close:
    case Phase::DeliveryClose:
        return SwimlaneTexts::tr("close");
    case Phase::Mailbox:
        return detail.isEmpty() ? SwimlaneTexts::tr("mailbox access") : SwimlaneTexts::tr("mailbox access: %1").arg(detail);
    }
    return {};
}

} // namespace

QString SwimlaneTexts::stepLabel(const SwimStep& step)
{
    const QString command = commandText(step);
    if (step.replyCode == 0)
        return command;
    return tr("%1 · %2").arg(command).arg(step.replyCode);
}

QString SwimlaneTexts::duration(std::int64_t ms)
{
    const QLocale locale;
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms));
    if (ms < 60'000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', ms < 10'000 ? 1 : 0));
    const std::int64_t seconds = ms / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QString SwimlaneTexts::hopSummary(const SwimHop& hop)
{
    QStringList parts;
    if (hop.receivingMs >= 0)
        parts << tr("receiving %1").arg(duration(hop.receivingMs));
    if (hop.processingMs >= 0)
        parts << tr("processing %1").arg(duration(hop.processingMs));
    if (hop.deliveringMs >= 0)
        parts << tr("delivering %1").arg(duration(hop.deliveringMs));
    parts << tr("total %1").arg(duration(hop.lastMs - hop.firstMs));
    if (hop.nextHopMissing)
        parts << tr("next hop not in loaded logs");
    return tr("%1: %2").arg(hop.host, parts.join(tr(" · ")));
}

QString SwimlaneTexts::legendDelivered()
{
    return tr("accepted / delivered");
}

QString SwimlaneTexts::legendDeferred()
{
    return tr("deferred (will retry)");
}

QString SwimlaneTexts::legendRefused()
{
    return tr("bounced / rejected");
}

QString SwimlaneTexts::legendBreak()
{
    return tr("time compressed");
}
