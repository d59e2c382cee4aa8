#pragma once

// The lossless invariant: a log's events cover every line of its file once, in order.
#include "model/parsedlog.h"

#include <QTest>

inline void verifyLossless(const ParsedLog& log)
{
    qint64 covered = 0;
    for (std::size_t i = 0; i < log.eventCount(); ++i) {
        QCOMPARE(qint64(log.lineOf(i)), covered);
        QVERIFY(log.lineSpanOf(i) >= 1);
        QCOMPARE(log.lineSpanOf(i) > 1, bool(log.event(i).flags & EventRecord::HasContinuation));
        covered += log.lineSpanOf(i);
    }
    QCOMPARE(covered, qint64(log.file().lineCount()));
    QCOMPARE(log.info().lines, covered);
    QCOMPARE(log.info().events, qint64(log.eventCount()));
    QVERIFY(log.coversEveryLine());
}
