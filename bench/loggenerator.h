#pragma once

#include "model/eventtypes.h"

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstdint>
#include <vector>

// xorshift64*: fast, and the same sequence everywhere (the generators' output must not depend on the platform).
class Xorshift
{
public:
    explicit Xorshift(std::uint64_t seed)
        : m_state(seed * 0x9e3779b97f4a7c15ull + 1)
    {
    }
    std::uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545f4914f6cdd1dull;
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }

private:
    std::uint64_t m_state;
};

// The generators make traffic a batch (a minute) at a time, each line with its time and the order it was made
// in. Puts a batch's lines in time order and moves those past its end (retries hours away) to `later`, where
// they wait for the batch they belong to.
template <typename Line>
void takeBatch(std::vector<Line>& lines, std::int64_t batchEnd, std::vector<Line>* later)
{
    std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.ms != b.ms ? a.ms < b.ms : a.order < b.order; });
    const auto past = std::find_if(lines.begin(), lines.end(), [batchEnd](const Line& line) { return line.ms >= batchEnd; });
    later->insert(later->end(), std::make_move_iterator(past), std::make_move_iterator(lines.end()));
    lines.erase(past, lines.end());
}

// Writes realistic mail logs of a given size for the benchmark, the same bytes for the same arguments:
// concurrent sessions interleaved in time, messages with several recipients, deferrals retried over hours,
// bounces with their notifications, and next hops (Postfix: a content filter re-injecting the message;
// IronPort and Sun: relays answering "queued as"). Families: Postfix, IronPort and Sun Messaging Server (its
// one-line entries, 12-column channel fields, queue files and Message-IDs logged).
class LogGenerator
{
public:
    LogGenerator(Family family, std::uint64_t seed = 1);

    // Appends whole lines to out until at least `bytes` were written; returns false on a write error.
    bool write(QIODevice* out, qint64 bytes);
    static bool supports(Family family)
    {
        return family == Family::Postfix || family == Family::IronPort || family == Family::SunMs;
    }

private:
    struct Line
    {
        std::int64_t ms;
        std::uint64_t order;
        QByteArray text;
    };

    std::uint64_t next() { return m_random.next(); }
    int below(int n) { return m_random.below(n); }
    void postfixMessage(std::int64_t start, std::vector<Line>* lines);
    void ironPortMessage(std::int64_t start, std::vector<Line>* lines);
    void sunMessage(std::int64_t start, std::vector<Line>* lines);
    // A Sun entry's start: time, process.thread.entry (a connection is one thread of a process), source and
    // destination channels in 12 columns each.
    QByteArray sunEntry(std::int64_t ms, std::uint64_t connection, int entry, const char* source, const char* destination) const;
    void add(std::vector<Line>* lines, std::int64_t ms, QByteArray text);
    QByteArray header(std::int64_t ms, const char* program, int pid) const;

    Family m_family;
    Xorshift m_random;
    std::uint64_t m_order = 0;
    std::uint64_t m_serial = 0; // queue IDs, MIDs, ICIDs: never reused
};
