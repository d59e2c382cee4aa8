#include "ironportconnections.h"

#include <algorithm>

std::uint32_t IronPortConnections::open(ConnectionIds& ids, std::uint32_t origin,
    Direction direction, FieldKey idKey, StringPool::Id id, EventRef ref, bool opens)
{
    bool wasClosed = false;
    const std::uint32_t* known = ids.find(pairKey(origin, id), &wasClosed);
    if (known && !opens) {
        const std::uint32_t connection = *known;
        b.attachToConnection(connection, ref);
        b.takePeer(connection, ref);
        if (b.record(ref).kind == EventKind::Disconnect && !b.has(ref, FieldKey::Mid))
            ids.close(pairKey(origin, id));
        return connection;
    }
    // A "New SMTP" line, or the first line of a connection opened before the log starts. A new line for a
    // known ID means the counter went round or was reset: the earlier connection is over.
    if (known)
        ended(*known);
    const std::uint32_t connection = b.addConnection(origin, direction, idKey, id, ref);
    ids.set(pairKey(origin, id), connection, wasClosed);
    return connection;
}

std::uint32_t IronPortConnections::inbound(std::uint32_t origin, StringPool::Id icid, EventRef ref)
{
    const bool opens = b.record(ref).kind == EventKind::Connect && b.has(ref, FieldKey::Interface); // New SMTP ICID
    const std::uint32_t connection = open(m_icids, origin, Direction::Inbound, FieldKey::Icid, icid, ref, opens);
    m_inbound[connection]; // its state exists from its first line on (find() sees it)
    return connection;
}

void IronPortConnections::inboundLine(std::uint32_t connection, EventRef ref)
{
    Inbound& state = m_inbound[connection];
    switch (b.record(ref).kind) {
    case EventKind::Rejected: {
        const QByteArrayView stage = b.text(b.string(ref, FieldKey::Stage));
        if (stage == "DATA" && state.receiving != NoIndex) { // size limit, loop: the message being received
            b.attach(state.receiving, ref);
            b.settleOpenRecipients(state.receiving, Outcome::Rejected, ref);
        } else if (stage == "RCPT") { // Delayed HAT REJECT: the refusals come with the recipients
            if (!state.delayedReject.isValid())
                m_delayedRejects.push_back(connection);
            state.delayedReject = ref;
        } else {
            rejectedAttempt(connection, state, ref);
        }
        break;
    }
    case EventKind::Disconnect:
        ended(connection);
        break;
    default:
        break;
    }
}

void IronPortConnections::refusedWithoutId(std::uint32_t origin, EventRef ref)
{
    const std::uint32_t connection = b.addConnection(origin, Direction::Inbound, FieldKey::Icid, 0, ref);
    rejectedAttempt(connection, m_inbound[connection], ref);
}

// One rejected attempt per connection (whatever the sender), with the sender and recipients its refusals name.
void IronPortConnections::rejectedAttempt(std::uint32_t connection, Inbound& state, EventRef ref)
{
    state.rejected = b.refuse(b.connection(connection).origin, connection, FieldKey::Mid, ref, Outcome::Rejected, false);
    if (b.has(ref, FieldKey::Sender))
        b.setSender(state.rejected, ref);
}

void IronPortConnections::carries(std::uint32_t connection, std::uint32_t message, EventKind kind)
{
    Inbound& state = m_inbound[connection];
    state.carriedMessage = true;
    if (kind == EventKind::MailFrom)
        state.receiving = message;
    Message& m = b.message(message);
    if (m.inbound == NoIndex)
        m.inbound = connection;
}

void IronPortConnections::received(std::uint32_t connection, std::uint32_t message)
{
    Inbound* state = m_inbound.find(connection);
    if (state && state->receiving == message)
        state->receiving = NoIndex;
}

// The connection is over: a delayed HAT reject with no message after it refused the client after all.
void IronPortConnections::ended(std::uint32_t connection)
{
    Inbound* found = m_inbound.find(connection);
    if (!found)
        return;
    Inbound& state = *found;
    if (state.delayedReject.isValid() && !state.carriedMessage && state.rejected == NoIndex)
        rejectedAttempt(connection, state, state.delayedReject);
    state.delayedReject = {};
    state.receiving = NoIndex;
}

std::uint32_t IronPortConnections::outbound(std::uint32_t origin, StringPool::Id dcid, EventRef ref)
{
    // New SMTP DCID; "Connection Error" lines (same kind) carry a status and do not open one.
    const bool opens = b.record(ref).kind == EventKind::DeliveryConnect && !b.has(ref, FieldKey::Status);
    const std::uint32_t connection = open(m_dcids, origin, Direction::Outbound, FieldKey::Dcid, dcid, ref, opens);
    m_outbound[connection]; // its state exists from its first line on
    return connection;
}

void IronPortConnections::outboundLine(std::uint32_t connection, EventRef ref)
{
    Outbound& state = m_outbound[connection];
    m_outboundLines.append(state.lines, ref);
    m_outboundMessages.forEach(state.messages, [this, ref](std::uint32_t message) { b.attach(message, ref); });
}

void IronPortConnections::delivers(std::uint32_t connection, std::uint32_t message)
{
    Outbound& state = m_outbound[connection];
    if (m_outboundMessages.contains(state.messages, message))
        return;
    m_outboundMessages.append(state.messages, message);
    m_outboundLines.forEach(state.lines, [this, message](const EventRef& ref) { b.attach(message, ref); });
}

void IronPortConnections::finish()
{
    for (const std::uint32_t connection : m_delayedRejects)
        ended(connection);
}
