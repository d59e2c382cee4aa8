#pragma once

// Building Sun Messaging Server log lines for the tracing tests (tst_sunmstrace, tst_sunmstracecases).
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
    return QStringList { fixture.text(connection.id), directionKey(connection.direction),
        fixture.text(connection.peerIp), fixture.text(connection.peerHost) }
        .join(u' ');
}

} // namespace SunMsTraceTesting
