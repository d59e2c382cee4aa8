#include "sunmsconnections.h"

#include "textdecoding.h"

#include <cstring>

namespace {

// An O without its C (the log was cut) is forgotten after this long.
constexpr std::int64_t ForgetOpenMs = 24LL * 3600 * 1000;

} // namespace

bool SunMsConnections::isConnectionEntry(EventRef ref) const
{
    const EventRecord& record = b.record(ref);
    switch (record.kind) {
    case EventKind::Connect:
    case EventKind::Disconnect:
    case EventKind::DeliveryConnect:
    case EventKind::DeliveryDisconnect:
    case EventKind::Auth:
        return true;
    case EventKind::Rejected: // X, unless it is a J message entry (which has a size)
    case EventKind::Deferred: // Y
    case EventKind::Other:
        return !b.has(ref, FieldKey::Size) && (record.side == Side::Server || record.side == Side::Client);
    default:
        return false;
    }
}

SunMsConnections::SunMsConnections(GraphBuilder& builder)
    : b(builder)
    , m_threads(*builder.logs().strings())
{
}

QByteArrayView SunMsConnections::threadOfProcess(QByteArrayView process)
{
    const qsizetype dot = process.lastIndexOf('.');
    return dot > 0 ? process.first(dot) : QByteArrayView();
}

SunMsThread SunMsConnections::threadOf(EventRef ref, std::uint32_t origin)
{
    if (ref == m_lastEntry && origin == m_lastThread.origin)
        return m_lastThread;
    const QByteArrayView text = threadOfProcess(b.view(ref, FieldKey::Process));
    // Up to eight ASCII bytes other than NUL are their own key, zero-padded (none: 0); any other name takes its
    // interned id, marked by the top bit, which no ASCII byte sets.
    constexpr std::uint64_t Interned = std::uint64_t(1) << 63;
    std::uint64_t key = 0;
    if (text.size() > qsizetype(sizeof key) || !TextDecoding::isAscii(text) || text.contains('\0'))
        key = Interned | m_threads.intern(text);
    else if (!text.isEmpty()) // an empty view may have no data at all
        std::memcpy(&key, text.data(), std::size_t(text.size()));
    m_lastEntry = ref;
    m_lastThread = { origin, key };
    return m_lastThread;
}

std::uint32_t SunMsConnections::add(EventRef ref, std::uint32_t origin, Direction direction)
{
    // Named by its thread, which every one of its lines gives: read from them when shown (MessageSummary::
    // connectionId), not interned, since nearly every connection has a thread of its own.
    return b.addConnection(origin, direction, FieldKey::Process, 0, ref);
}

std::uint32_t SunMsConnections::open(EventRef ref, std::uint32_t origin, SunMsThread thread, Direction direction)
{
    const std::uint32_t connection = add(ref, origin, direction);
    if (thread)
        m_byThread[thread] = connection;
    else
        m_untracked.push_back(
            { connection, origin, b.string(ref, FieldKey::SourceChannel), b.number(ref, FieldKey::LocalPort) });
    return connection;
}

std::vector<SunMsConnections::Untracked>::iterator SunMsConnections::untracked(
    EventRef ref, std::uint32_t origin, Direction direction)
{
    const std::int64_t time = b.timeOf(ref);
    std::erase_if(
        m_untracked, [&](const Untracked& open) { return time - b.connectionEndMs(open.connection) > ForgetOpenMs; });
    const StringPool::Id peer = b.string(ref, FieldKey::PeerIp);
    const StringPool::Id channel = b.string(ref, FieldKey::SourceChannel);
    const std::uint32_t localPort = b.number(ref, FieldKey::LocalPort);
    const std::uint32_t peerPort = b.number(ref, FieldKey::PeerPort);
    for (auto it = m_untracked.end(); peer && it != m_untracked.begin();) {
        --it;
        const Connection& connection = b.connection(it->connection);
        if (it->origin == origin && it->channel == channel && connection.direction == direction
            && connection.peerIp == peer && (!localPort || !it->localPort || localPort == it->localPort)
            && (!peerPort || !connection.peerPort || peerPort == connection.peerPort))
            return it;
    }
    return m_untracked.end();
}

std::uint32_t SunMsConnections::entry(EventRef ref, std::uint32_t origin)
{
    const Direction direction = b.record(ref).side == Side::Server ? Direction::Inbound : Direction::Outbound;
    const SunMsThread thread = threadOf(ref, origin);
    const QByteArrayView action = b.text(b.string(ref, FieldKey::Action));
    const char letter = action.isEmpty() ? '\0' : action.front();
    if (letter == 'O')
        return open(ref, origin, thread, direction);
    if (letter != 'X' && letter != 'Y') { // X, Y: refused or failed before it was established
        std::uint32_t connection = NoIndex;
        if (thread) {
            const std::uint32_t* open = m_byThread.find(thread);
            if (open && b.connection(*open).direction == direction) {
                connection = *open;
                if (letter == 'C')
                    m_byThread.erase(thread);
            }
        } else if (const auto it = untracked(ref, origin, direction); it != m_untracked.end()) {
            connection = it->connection;
            if (letter == 'C')
                m_untracked.erase(it);
        }
        if (connection != NoIndex) {
            b.attachToConnection(connection, ref);
            b.takePeer(connection, ref);
            return connection;
        }
    }
    return add(ref, origin, direction); // a connection of its own line
}

std::uint32_t SunMsConnections::bind(EventRef ref, std::uint32_t origin, Direction direction)
{
    std::uint32_t connection = NoIndex;
    if (const SunMsThread thread = threadOf(ref, origin)) {
        const std::uint32_t* open = m_byThread.find(thread);
        if (open && b.connection(*open).direction == direction)
            connection = *open;
    } else if (const auto it = untracked(ref, origin, direction); it != m_untracked.end()) {
        connection = it->connection;
    }
    if (connection != NoIndex) {
        b.attachToConnection(connection, ref);
        b.takePeer(connection, ref);
    }
    return connection;
}
