#pragma once

#include "trace/graphbuilder.h"

#include "idmap.h"

#include <deque>

// The messages currently known by (origin, identifier), applying the epoch rule of formats.md (rule
// 0.4): identifiers are reused (short Postfix queue IDs, IronPort MIDs after a reset), so a second start
// for an identifier, or a line long after its message finished, begins a new message.
class MessageTable
{
public:
    MessageTable(GraphBuilder& builder, FieldKey idKey)
        : m_builder(builder)
        , m_idKey(idKey)
    {
    }

    // A line that begins a message (Postfix client=/pickup, IronPort Start MID).
    std::uint32_t start(std::uint32_t origin, StringPool::Id id, EventRef ref);
    // Any other line naming the message: the current message, or a new one if there is none.
    std::uint32_t at(std::uint32_t origin, StringPool::Id id, EventRef ref);
    // The current message, if any (NoIndex otherwise); nothing is created.
    std::uint32_t find(std::uint32_t origin, StringPool::Id id) const;
    void finish(std::uint32_t message);
    // Sets a finished message aside once its identifier would begin a new message anyway (a line more than
    // AfterFinishMs after its last one): the table that start() and at() search first then holds the messages
    // in flight, a few minutes of traffic, and stays in the cache however long the logs are. The ones set aside
    // are still found, by find() and by a line out of time order, under the same rules.
    void forgetFinishedMessages() { m_forgets = true; }

private:
    struct Entry
    {
        std::uint32_t message = 0;
        bool started = false;
    };
    std::uint32_t create(std::uint32_t origin, StringPool::Id id, EventRef ref, bool started);
    void forgetFinishedBefore(std::int64_t timeMs);

    GraphBuilder& m_builder;
    FieldKey m_idKey;
    IdMap<Entry> m_current;
    IdMap<std::uint32_t> m_finishedLongAgo; // set aside from m_current, for find()
    bool m_forgets = false;
    std::deque<std::uint32_t> m_finished; // in the order they finished
};
