#pragma once

// The queue copies of Sun Messaging Server messages (formats.md 3.6 rules 1-2): every E entry puts a copy
// of the message for one recipient into a channel's queue; the D, R or Q entries of that channel take it
// out or keep it. A copy that the channel itself re-enqueues into the next channel (conversion, process)
// is "forwarded": that is a hop inside the MTA, not an outcome. A message whose copies are all gone has
// finished its life on the host.
#include "trace/derivedstrings.h"
#include "trace/graphbuilder.h"

#include <unordered_map>
#include <vector>

// The fields of one message entry that identify it.
struct SunMsEntry
{
    EventRef ref;
    std::uint32_t origin = 0;
    std::int64_t time = 0;
    char action = 0; // E, D, Q, R, J ...
    StringPool::Id source = 0; // channels
    StringPool::Id destination = 0;
    StringPool::Id from = 0;
    StringPool::Id original = 0; // orig-rcpt without its address type
    StringPool::Id current = 0; // cur-rcpt
    StringPool::Id id = 0; // the Message-ID without angle brackets
    StringPool::Id parent = 0; // a notification's original Message-ID, without brackets
    StringPool::Id file = 0; // the queue file's name without its folder and its ZZ/ZY/ZX... attempt prefix

    // The address the copies of this recipient are indexed by.
    StringPool::Id envelopeAddress() const { return original ? original : current; }
};

class SunMsQueue
{
public:
    struct Copy
    {
        enum State : std::uint8_t {
            Queued,
            Forwarded, // re-enqueued by its channel into the next one
            Done,
        };
        StringPool::Id channel = 0;
        StringPool::Id source = 0; // the channel that enqueued it
        StringPool::Id file = 0;
        StringPool::Id address = 0; // cur-rcpt as enqueued
        StringPool::Id original = 0; // orig-rcpt as enqueued (cur-rcpt when none)
        std::uint32_t recipient = 0;
        std::int64_t queuedMs = 0;
        State state = Queued;
        bool handedOff = false; // a processing channel re-enqueued it under a new Message-ID
    };
    struct Ref
    {
        std::uint32_t message = NoIndex;
        std::uint32_t copy = 0;
        bool isValid() const { return message != NoIndex; }
    };
    static constexpr unsigned bit(Copy::State state) { return 1u << state; }

    explicit SunMsQueue(GraphBuilder& builder);

    SunMsEntry entryOf(EventRef ref, std::uint32_t origin);

    // A copy of `message` into `channel`, as the entry names it.
    Ref add(std::uint32_t message, const SunMsEntry& entry, std::uint32_t recipient, StringPool::Id channel);
    // A copy that is queued or forwarded (one that is gone may have been freed).
    Copy& copy(Ref ref) { return m_messages[ref.message].copies[ref.copy - m_messages[ref.message].freed]; }
    // The message's copy in `channel` (in one of `states`) that the entry names: the same cur-rcpt, else the
    // same orig-rcpt, the local part deciding between list members. `sibling`: skip copies enqueued by it.
    Ref find(std::uint32_t message, StringPool::Id channel, const SunMsEntry& entry, unsigned states,
        StringPool::Id sibling = 0);
    // The same among all messages, by envelope (sender, orig-rcpt) when the entry names no message. With
    // `movedOn`, the entry is an enqueue by `channel` itself: only copies it queued recently, from another
    // channel, qualify.
    Ref findByEnvelope(const SunMsEntry& entry, StringPool::Id channel, unsigned states, bool movedOn);
    // Whether a channel can move what it dequeues on to another channel (conversion, process, l), which an
    // SMTP channel (tcp_*) never does: what it enqueues was received.
    bool movesOn(StringPool::Id channel) const { return !b.text(channel).startsWith("tcp_"); }
    // The message whose queued copies are in the entry's queue file, NoIndex if none.
    std::uint32_t byFile(const SunMsEntry& entry);
    // A copy leaves its queue (delivered, returned, or forwarded); the message finishes with its last one. A copy
    // that is gone (Done) is never looked for again: its envelope forgets it, and once all of a message's copies
    // are gone they are freed, so that only the messages still in the queues hold copies.
    void remove(Ref ref, Copy::State state);
    // The copy moved to another file (the ZZ/ZY/ZX name changed between attempts).
    void renameFile(Ref ref, StringPool::Id file);
    bool hasQueued(std::uint32_t message) const
    {
        return message < m_messages.size() && m_messages[message].queued > 0;
    }

    // A notification is linked to its original once.
    bool markNoticeLinked(std::uint32_t message);

private:
    struct State
    {
        std::vector<Copy> copies; // copy number `freed` and those after it
        std::uint32_t freed = 0; // copies that were gone and are freed: Ref::copy counts them too
        int queued = 0;
        bool noticeLinked = false;
    };
    State& state(std::uint32_t message);
    int rank(const Copy& copy, const SunMsEntry& entry) const;
    bool isGone(Ref ref);
    void forgetEnvelope(Ref ref, const Copy& copy);

    GraphBuilder& b;
    DerivedStrings m_bareIds; // Message-IDs without their angle brackets
    DerivedStrings m_fileNames; // queue files by name, without the attempt prefix
    std::vector<State> m_messages; // by message index
    IdMap<std::uint32_t> m_files; // (origin, file) -> message
    struct Envelope // where a copy waits: (origin, channel, orig-rcpt)
    {
        std::uint32_t origin;
        StringPool::Id channel;
        StringPool::Id original;
        friend bool operator==(const Envelope&, const Envelope&) = default;
    };
    struct EnvelopeHash
    {
        std::size_t operator()(const Envelope& e) const
        {
            return std::size_t((pairKey(e.origin, e.channel) * 0x9E3779B97F4A7C15ull) ^ e.original);
        }
    };
    std::unordered_map<Envelope, std::vector<Ref>, EnvelopeHash> m_envelopes;
};
