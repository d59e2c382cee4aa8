#pragma once

#include "swimlane.h"

#include <QCoreApplication>
#include <QString>

// The words of the swimlane diagram, translated when asked (so a language switch repaints in the new
// language): lane titles, step labels with their reply codes, durations and the per-hop summary.
// Protocol words (MAIL FROM, RCPT TO, DATA, STARTTLS) stay as SMTP spells them.
class SwimlaneTexts
{
    Q_DECLARE_TR_FUNCTIONS(SwimlaneTexts)

public:
    // "esa1 (server)", "client 203.0.113.25", "mx.example (not in the loaded logs)".
    static QString laneTitle(const SwimLane& lane);
    // The second header line: the MTA's family and address on this side, or the peer's address.
    static QString laneSubtitle(const SwimLane& lane);
    // "RCPT TO:<a@example.jp> · 250", "attempt 2: 451 deferred".
    static QString stepLabel(const SwimStep& step);
    // "850 ms", "4.2 s", "3 min 05 s", "2 h 14 min", "3 d 2 h".
    static QString duration(std::int64_t ms);
    // "esa1: receiving 0.4 s · processing 1.2 s · delivering 2 s · total 3.6 s".
    static QString hopSummary(const SwimHop& hop);
    // The legend's entries: what each colour and mark means.
    static QString legendDelivered();
    static QString legendDeferred();
    static QString legendRefused();
    static QString legendBreak();
};
