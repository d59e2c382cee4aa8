#include "sunmsqueue.h"

#include "parsing/bytescanner.h"

#include <algorithm>
#include <array>

namespace {

// A processing channel (conversion, process) re-enqueues what it dequeued within this time.
constexpr std::int64_t MoveOnMs = 3600 * 1000;

// "ZZ01IT5UAMZ4QW98518O.00" and "ZY01IT5UAMZ4QW98518O.00" name one queue file: the second letter counts
// the attempts (formats.md 3.5). The manual's single-Z typo ("Z01...") is read the same way.
QByteArrayView withoutAttemptPrefix(QByteArrayView path)
{
    QByteArrayView name = path.sliced(std::max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    if (name.startsWith('Z')) {
        name = name.sliced(1);
        if (!name.isEmpty() && Bytes::isUpper(name.front()))
            name = name.sliced(1);
    }
    return name;
}

QByteArrayView bareId(QByteArrayView text, QByteArray*)
{
    return Bytes::unwrapAngle(text);
}

QByteArrayView fileName(QByteArrayView path, QByteArray*)
{
    return withoutAttemptPrefix(path);
}

QByteArrayView localPart(QByteArrayView address)
{
    const qsizetype at = address.indexOf('@');
    return at < 0 ? address : address.first(at);
}

} // namespace

SunMsQueue::SunMsQueue(GraphBuilder& builder)
    : b(builder)
    , m_bareIds(*builder.logs().strings(), &bareId)
    , m_fileNames(*builder.logs().strings(), &fileName)
{
}

SunMsEntry SunMsQueue::entryOf(EventRef ref, std::uint32_t origin)
{
    SunMsEntry entry;
    entry.ref = ref;
    entry.origin = origin;
    entry.time = b.timeOf(ref);
    // One pass over the entry's fields: every queue entry is read here, and asking for each field would scan
    // them all each time. The first of a repeated field counts, as GraphBuilder::string() reads it (a stored
    // string is never empty, so 0 means not seen).
    const ParsedLog& log = b.logs().log(ref.log);
    std::array<StringPool::Id, FieldKeyCount> strings {};
    for (std::size_t n = 0, count = log.fieldCount(ref.index); n < count; ++n) {
        const FieldValue value = log.fieldAt(ref.index, n);
        StringPool::Id& string = strings[std::size_t(log.fieldKeyAt(ref.index, n))];
        if (value.type == FieldValue::Type::String && !string)
            string = value.value;
    }
    const auto string = [&strings](FieldKey key) { return strings[std::size_t(key)]; };
    const QByteArrayView action = b.text(string(FieldKey::Action));
    entry.action = action.isEmpty() ? '\0' : action.front();
    entry.source = string(FieldKey::SourceChannel);
    entry.destination = string(FieldKey::DestChannel);
    entry.from = string(FieldKey::Sender);
    entry.original = string(FieldKey::OrigRecipient);
    entry.current = string(FieldKey::Recipient);
    entry.id = m_bareIds(string(FieldKey::MessageId));
    entry.parent = m_bareIds(string(FieldKey::ParentId));
    entry.file = m_fileNames(string(FieldKey::QueueFile));
    return entry;
}

SunMsQueue::State& SunMsQueue::state(std::uint32_t message)
{
    if (message >= m_messages.size())
        m_messages.resize(message + 1);
    return m_messages[message];
}

SunMsQueue::Ref SunMsQueue::add(
    std::uint32_t message, const SunMsEntry& entry, std::uint32_t recipient, StringPool::Id channel)
{
    State& s = state(message);
    Copy copy;
    copy.channel = channel;
    copy.source = entry.source;
    copy.file = entry.file;
    copy.address = entry.current;
    copy.original = entry.envelopeAddress();
    copy.recipient = recipient;
    copy.queuedMs = entry.time;
    const Ref ref { message, s.freed + std::uint32_t(s.copies.size()) };
    s.copies.push_back(copy);
    ++s.queued;
    m_envelopes[{ entry.origin, channel, copy.original }].push_back(ref);
    if (entry.file)
        m_files[pairKey(entry.origin, entry.file)] = message;
    return ref;
}

int SunMsQueue::rank(const Copy& copy, const SunMsEntry& entry) const
{
    int rank = 0;
    if (entry.current && copy.address == entry.current)
        rank += 4 + 1; // the same address has the same local part
    if (entry.original && copy.original == entry.original)
        rank += 2;
    // A local part alone is no match: it only decides between copies of the same orig-rcpt (list members).
    if (rank == 2 && entry.current && copy.address && localPart(b.text(copy.address)) == localPart(b.text(entry.current)))
        rank += 1;
    return rank;
}

SunMsQueue::Ref SunMsQueue::find(
    std::uint32_t message, StringPool::Id channel, const SunMsEntry& entry, unsigned states, StringPool::Id sibling)
{
    Ref best;
    int bestRank = 0;
    const State& s = state(message);
    for (std::uint32_t i = 0; i < s.copies.size(); ++i) {
        const Copy& copy = s.copies[i];
        if (copy.channel != channel || !(states & bit(copy.state)) || (sibling && copy.source == sibling))
            continue;
        if (const int r = rank(copy, entry); r > bestRank) {
            best = { message, s.freed + i };
            bestRank = r;
        }
    }
    return best;
}

SunMsQueue::Ref SunMsQueue::findByEnvelope(
    const SunMsEntry& entry, StringPool::Id channel, unsigned states, bool movedOn)
{
    const auto it = m_envelopes.find({ entry.origin, channel, entry.envelopeAddress() });
    if (it == m_envelopes.end() || (movedOn && !movesOn(channel)))
        return {};
    std::vector<Ref>& refs = it->second;
    std::erase_if(refs, [this](Ref ref) { return isGone(ref); });
    if (refs.empty()) { // the map keeps only envelopes with copies waiting
        m_envelopes.erase(it);
        return {};
    }
    Ref best;
    int bestRank = 0;
    for (const Ref ref : refs) {
        const Copy& candidate = copy(ref);
        const Message& message = b.message(ref.message);
        const bool sameSender = entry.from ? message.sender == entry.from : !message.sender;
        if (!(states & bit(candidate.state)) || !sameSender)
            continue;
        if (movedOn
            && (candidate.source == channel || candidate.handedOff || entry.time - candidate.queuedMs > MoveOnMs))
            continue;
        if (const int r = rank(candidate, entry); r > bestRank) {
            best = ref;
            bestRank = r;
        }
    }
    return best;
}

std::uint32_t SunMsQueue::byFile(const SunMsEntry& entry)
{
    if (!entry.file)
        return NoIndex;
    const std::uint64_t key = pairKey(entry.origin, entry.file);
    const std::uint32_t* found = m_files.find(key);
    if (!found)
        return NoIndex;
    const std::uint32_t message = *found;
    // Only while a copy is in that file: file names are unique in the queue, not forever.
    const std::vector<Copy>& copies = state(message).copies;
    const bool live = std::any_of(copies.begin(), copies.end(),
        [&](const Copy& copy) { return copy.file == entry.file && copy.state != Copy::Done; });
    if (live)
        return message;
    m_files.erase(key);
    return NoIndex;
}

bool SunMsQueue::isGone(Ref ref)
{
    return ref.copy < m_messages[ref.message].freed || copy(ref).state == Copy::Done;
}

void SunMsQueue::remove(Ref ref, Copy::State state)
{
    State& s = m_messages[ref.message];
    Copy& c = copy(ref);
    if (c.state == Copy::Queued)
        --s.queued;
    c.state = state;
    if (state != Copy::Done)
        return;
    forgetEnvelope(ref, c);
    if (std::all_of(s.copies.begin(), s.copies.end(), [](const Copy& copy) { return copy.state == Copy::Done; })) {
        s.freed += std::uint32_t(s.copies.size());
        s.copies = {};
    }
}

void SunMsQueue::forgetEnvelope(Ref ref, const Copy& copy)
{
    const auto it = m_envelopes.find({ b.message(ref.message).origin, copy.channel, copy.original });
    if (it == m_envelopes.end())
        return;
    std::vector<Ref>& refs = it->second;
    std::erase_if(refs, [ref](Ref other) { return other.message == ref.message && other.copy == ref.copy; });
    if (refs.empty())
        m_envelopes.erase(it);
}

void SunMsQueue::renameFile(Ref ref, StringPool::Id file)
{
    if (!file || copy(ref).file == file)
        return;
    copy(ref).file = file;
    m_files[pairKey(b.message(ref.message).origin, file)] = ref.message;
}

bool SunMsQueue::markNoticeLinked(std::uint32_t message)
{
    State& s = state(message);
    const bool first = !s.noticeLinked;
    s.noticeLinked = true;
    return first;
}
