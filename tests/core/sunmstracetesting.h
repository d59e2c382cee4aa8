#pragma once

// Building Sun Messaging Server log lines for the tracing tests (tst_sunmstrace, tst_sunmstracecases).
#include "trace/messagesummary.h"
#include "tracetesting.h"

using namespace Qt::StringLiterals;

namespace SunMsTraceTesting {

// One entry as the MTA writes it: each channel left-justified in 12 columns plus a space.
inline QByteArray sun(const char* time, const char* process, const char* src, const char* dst, const QByteArray& rest)
{
    QByteArray line = QByteArray(time) + ' ';
    if (*process)
        line += QByteArray(process) + ' ';
    return line + QByteArray(src).leftJustified(12) + ' ' + QByteArray(dst).leftJustified(12) + ' ' + rest + '\n';
}

QList<std::pair<QByteArray, QByteArray>> mx1(const QByteArray& content)
{
    return { { "mx1/mail.log_current", content } };
}

inline const Recipient* recipientOf(const TraceFixture& fixture, std::uint32_t m, QByteArrayView address)
{
    for (const Recipient& recipient : fixture.graph.recipientsOf(fixture.graph.messages[m])) {
        if (fixture.logs.strings()->view(recipient.address) == address)
            return &recipient;
    }
    return nullptr;
}

// orig-rcpt of a recipient ("" when it equals the address).
inline QString originalOf(const TraceFixture& fixture, std::uint32_t m, QByteArrayView address)
{
    const Recipient* recipient = recipientOf(fixture, m, address);
    return recipient ? fixture.text(recipient->original) : u"(no such recipient)"_s;
}

// The recipient's latest attempt.
inline const Attempt* lastAttempt(const TraceFixture& fixture, std::uint32_t m, QByteArrayView address)
{
    const Recipient* recipient = recipientOf(fixture, m, address);
    if (!recipient || recipient->attemptsBegin == recipient->attemptsEnd)
        return nullptr;
    return &fixture.graph.attemptsOf(*recipient).back();
}

// "1f625.3 outbound 206.184.139.70 hosta.sesta.com" for a connection.
inline QString describe(const TraceFixture& fixture, std::uint32_t c)
{
    if (c == NoIndex)
        return u"none"_s;
    const Connection& connection = fixture.graph.connections[c];
    return QStringList { QString::fromUtf8(MessageSummary::connectionId(fixture.graph, fixture.logs, c)),
        directionKey(connection.direction),
        fixture.text(connection.peerIp), fixture.text(connection.peerHost) }
        .join(u' ');
}

// Seed 001, 21-7: three failed attempts (ZZ, ZY, then a new name ZX01IS67...) and the delivery.
inline QByteArray seedRetriesLog()
{
    QByteArray log = sun("15-Jan-1998 10:31:05.18", "", "tcp_internal", "tcp_local",
        "E 3 adam@hosta.sesta.com rfc822;user@some.org user@some.org imta/queue/tcp_local/ZZ01IS3D2ZP7FQ9UN54R.00 "
        "<01IRUD7SVA3Q9UN2D4@sesta.com>");
    const std::pair<const char*, const char*> retries[] = {
        { "15-Jan-1998 10:31:10.37",
            "ZZ01IS3D2ZP7FQ9UN54R.00 <01IRUD7SVA3Q9UN2D4@sesta.com> TCP active open: Failed connect()    Error: no "
            "route to host" },
        { "15-Jan-1998 12:45:39.48",
            "ZY01IS3D2ZP7FQ9UN54R.00 <01IRUD7SVA3Q9UN2D4@sesta.com> TCP active open: Failed connect()    Error: no "
            "route to host" },
        { "15-Jan-1998 16:45:24.72",
            "ZX01IS67NY4RRK9UN7GP.00 <01IRUD7SVA3Q9UN2D4@sesta.com> TCP active open: Failed connect() Error: "
            "connection refused" },
    };
    for (const auto& [time, rest] : retries)
        log += sun(time, "", "tcp_local", "",
            (QByteArray("Q 3 adam@hosta.sesta.com rfc822;user@some.org user@some.org imta/queue/tcp_local/") + rest));
    log += sun("15-Jan-1998 20:45:51.55", "", "tcp_local", "",
        "D 3 adam@hosta.sesta.com rfc822;user@some.org user@some.org imta/queue/tcp_local/ZX01IS67NY4RRK9UN7GP.00 "
        "<01IRUD7SVA3Q9UN2D4@sesta.com> "
        "dns;host.some.org (TCP|206.184.139.12|2788|192.1.1.1|25) (All set, fire away) smtp; 250 Ok");
    return log;
}

} // namespace SunMsTraceTesting
