#include "messagetable.h"

namespace {

// A line this long after its message finished belongs to a new message with the same identifier
// (lines of one message can arrive slightly out of order: a bounce line after "removed").
constexpr std::int64_t AfterFinishMs = 60 * 1000;
// No message stays in a queue this long (Postfix gives up after 5 days by default): a line naming an
// identifier this long after its message was last seen is a new message.
constexpr std::int64_t LongestLifeMs = 6LL * 24 * 3600 * 1000;

} // namespace

std::uint32_t MessageTable::create(std::uint32_t origin, StringPool::Id id, EventRef ref, bool started)
{
    const std::uint32_t message = m_builder.addMessage(origin, m_idKey, id, ref);
    m_current.set(pairKey(origin, id), { message, started });
    return message;
}

std::uint32_t MessageTable::start(std::uint32_t origin, StringPool::Id id, EventRef ref)
{
    forgetFinishedBefore(m_builder.timeOf(ref));
    Entry* current = m_current.find(pairKey(origin, id));
    if (current && !current->started) {
        // Lines logged just before the start line (cleanup before smtpd's client=) belong to it.
        const Message& message = m_builder.message(current->message);
        if (!message.has(Message::Finished) && m_builder.timeOf(ref) - message.lastMs < AfterFinishMs) {
            current->started = true;
            m_builder.attach(current->message, ref);
            return current->message;
        }
    }
    return create(origin, id, ref, true);
}

std::uint32_t MessageTable::at(std::uint32_t origin, StringPool::Id id, EventRef ref)
{
    forgetFinishedBefore(m_builder.timeOf(ref));
    const Entry* current = m_current.find(pairKey(origin, id));
    if (!current) {
        // Set aside as finished long ago, but this line comes out of time order (a file read after a later one):
        // the same rule as for the messages at hand decides whether it still belongs there.
        const std::uint32_t* finished = m_finishedLongAgo.find(pairKey(origin, id));
        if (finished && m_builder.timeOf(ref) - m_builder.message(*finished).lastMs <= AfterFinishMs) {
            m_builder.attach(*finished, ref);
            return *finished;
        }
        return create(origin, id, ref, false);
    }
    const std::uint32_t index = current->message;
    const Message& message = m_builder.message(index);
    const std::int64_t time = m_builder.timeOf(ref);
    const bool stale = message.has(Message::Finished) ? time - message.lastMs > AfterFinishMs : time - message.lastMs > LongestLifeMs;
    if (stale)
        return create(origin, id, ref, false);
    m_builder.attach(index, ref);
    return index;
}

std::uint32_t MessageTable::find(std::uint32_t origin, StringPool::Id id) const
{
    const Entry* current = m_current.find(pairKey(origin, id));
    if (current)
        return current->message;
    const std::uint32_t* finished = m_finishedLongAgo.find(pairKey(origin, id));
    return finished ? *finished : NoIndex;
}

void MessageTable::finish(std::uint32_t message)
{
    Message& finished = m_builder.message(message);
    if (m_forgets && !finished.has(Message::Finished))
        m_finished.push_back(message);
    finished.flags |= Message::Finished;
}

void MessageTable::forgetFinishedBefore(std::int64_t timeMs)
{
    while (!m_finished.empty()) {
        const Message& message = m_builder.message(m_finished.front());
        // A line after it finished moves its end: it is forgotten later (the queue is only roughly in order).
        if (timeMs - message.lastMs <= AfterFinishMs)
            return;
        const std::uint64_t key = pairKey(message.origin, message.id);
        if (const Entry* entry = m_current.find(key); entry && entry->message == m_finished.front()) {
            m_current.erase(key);
            m_finishedLongAgo.set(key, m_finished.front());
        }
        m_finished.pop_front();
    }
}
