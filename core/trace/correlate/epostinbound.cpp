// E-Post inbound (formats.md 4.4 rules 1-2): acceptlog's connect record opens a connection and its result
// record (ok/abort) pairs with it by client IP in time order; a receivelog session joins the connection
// that started with it; the session's 354 reply names the message; inlog lists sender and recipients.
#include "epostcorrelator.h"

#include <algorithm>

namespace {

// A receivelog session and the acceptlog connection it belongs to start this close together.
constexpr std::int64_t PairingMs = 5 * 1000;
// Connections no session claimed are forgotten this long after they started (they never spoke).
constexpr std::int64_t UnpairedMs = 5 * 60 * 1000;
// acceptlog's result record of a message comes at most this long after its connection's last line.
constexpr std::int64_t ResultDelayMs = 10 * 60 * 1000;

bool isReset(QByteArrayView action)
{
    return action.compare(QByteArrayView("RSET"), Qt::CaseInsensitive) == 0;
}

} // namespace

namespace EPostTrace {

void Correlator::acceptLine(EventRef ref, const EventRecord& record)
{
    if (record.kind == EventKind::Connect) { // Client accept now.
        const std::uint32_t connection = b.addConnection(m_origin, Direction::Inbound, FieldKey::Session, 0, ref);
        m_awaitingResult[b.string(ref, FieldKey::PeerIp)].push_back(connection);
        m_unpaired.push_back(connection);
        return;
    }
    if (record.kind != EventKind::Accepted && record.kind != EventKind::Rejected)
        return;
    const std::uint32_t connection = resultConnection(ref);
    const std::uint32_t message = messageFor(ref, false);
    if (message == NoIndex) { // <B0000000000>
        if (record.kind == EventKind::Rejected)
            rejectedAttempt(connection, ref);
        return;
    }
    if (b.message(message).inbound == NoIndex)
        b.message(message).inbound = connection;
    if (b.has(ref, FieldKey::Sender))
        b.setSender(message, ref);
    if (record.kind == EventKind::Rejected) { // refused after data (size, mailbox, filter): nobody gets it
        b.settleOpenRecipients(message, Outcome::Rejected, ref);
        m_messages.finish(message);
    }
}

// The connection a result record closes: the one the message's session was on, else the oldest one from
// the client's address still waiting for its result, else one of its own (the connect record is missing).
std::uint32_t Correlator::resultConnection(EventRef ref)
{
    const StringPool::Id ip = b.string(ref, FieldKey::PeerIp);
    std::deque<std::uint32_t>& waiting = m_awaitingResult[ip];
    std::uint32_t connection = NoIndex;
    if (const StringPool::Id id = nameOf(ref).id) {
        if (const std::uint32_t message = m_messages.find(m_origin, id); message != NoIndex) {
            const std::uint32_t inbound = b.message(message).inbound;
            if (inbound != NoIndex && b.connection(inbound).peerIp == ip
                && b.timeOf(ref) - b.connectionEndMs(inbound) < ResultDelayMs)
                connection = inbound;
        }
    }
    if (connection == NoIndex && !waiting.empty())
        connection = waiting.front();
    if (connection == NoIndex)
        return b.addConnection(m_origin, Direction::Inbound, FieldKey::Session, 0, ref);
    if (const auto it = std::find(waiting.begin(), waiting.end(), connection); it != waiting.end())
        waiting.erase(it);
    std::erase(m_unpaired, connection); // no session starts after the result
    b.attachToConnection(connection, ref);
    b.takePeer(connection, ref);
    return connection;
}

void Correlator::receiveLine(EventRef ref, const EventRecord& record)
{
    const StringPool::Id token = b.string(ref, FieldKey::Session);
    const std::int64_t second = b.timeOf(ref) / 1000;
    Session* session = nullptr;
    if (!token) {
        // 00000000: the receiver's own check, for the session whose command came just before [I].
        const auto it = m_sessions.find(m_lastCommandToken);
        if (second != m_lastCommandSecond || it == m_sessions.end())
            return;
        session = &it->second;
    } else {
        auto it = m_sessions.find(token);
        if (it != m_sessions.end() && record.kind == EventKind::Connect) { // tokens are reused
            endSession(it->second);
            m_sessions.erase(it);
            it = m_sessions.end();
        }
        if (it == m_sessions.end()) {
            Session started;
            started.token = token;
            started.startMs = b.timeOf(ref);
            it = m_sessions.emplace(token, std::move(started)).first;
        }
        session = &it->second;
        if (b.has(ref, FieldKey::Action)) {
            m_lastCommandToken = token;
            m_lastCommandSecond = second;
        }
    }
    if (const StringPool::Id ip = b.string(ref, FieldKey::PeerIp))
        session->peerIp = ip;
    const std::uint32_t code = b.number(ref, FieldKey::ReplyCode);
    const bool ends
        = code == 221 || code == 421 || (record.kind == EventKind::Disconnect && !b.has(ref, FieldKey::Action));
    if (session->connection == NoIndex) {
        session->early.push_back(ref);
        // Past the greeting the client's address is known, or will not be.
        const bool greeting = record.kind == EventKind::Connect || record.kind == EventKind::Helo
            || record.kind == EventKind::Tls || record.kind == EventKind::SmtpReply;
        bindSession(*session, ends || !greeting);
    } else {
        b.attachToConnection(session->connection, ref);
        b.takePeer(session->connection, ref);
    }
    if (session->connection != NoIndex)
        dialogue(*session, ref, record);
    if (ends && token) {
        endSession(*session);
        m_sessions.erase(token);
    }
}

// Pairs a session with the acceptlog connection that started with it: the nearest one from the client's
// address once the receiver greeted it ("Hello [ip]"), or the only one that started with the banner.
// Forced, it takes the nearest one, or makes a connection of its own.
void Correlator::bindSession(Session& session, bool force)
{
    std::erase_if(m_unpaired, [&](std::uint32_t c) { return b.connectionStartMs(c) < session.startMs - UnpairedMs; });
    std::uint32_t best = NoIndex;
    std::int64_t bestDistance = 0;
    int candidates = 0;
    for (const std::uint32_t c : m_unpaired) {
        const Connection& connection = b.connection(c);
        const std::int64_t distance = std::abs(b.connectionStartMs(c) - session.startMs);
        if (distance > PairingMs || (session.peerIp && connection.peerIp && connection.peerIp != session.peerIp))
            continue;
        ++candidates;
        if (best == NoIndex || distance < bestDistance) {
            best = c;
            bestDistance = distance;
        }
    }
    const bool banner = session.early.size() == 1 && b.record(session.early.front()).kind == EventKind::Connect;
    const bool sure = best != NoIndex && (session.peerIp || (candidates == 1 && banner));
    if (!sure && !force)
        return;
    auto early = session.early.begin();
    if (best == NoIndex) {
        best = b.addConnection(m_origin, Direction::Inbound, FieldKey::Session, session.token, *early++);
    } else {
        std::erase(m_unpaired, best);
        b.connection(best).id = session.token;
    }
    for (; early != session.early.end(); ++early) {
        b.attachToConnection(best, *early);
        b.takePeer(best, *early);
    }
    session.early.clear();
    session.connection = best;
}

void Correlator::endSession(Session& session)
{
    if (session.connection == NoIndex && !session.early.empty())
        bindSession(session, true);
    // A transaction still open waits for acceptlog's result record; an empty one is dropped.
    const auto it = m_transactions.find(session.connection);
    if (it != m_transactions.end() && it->second.lines.empty())
        m_transactions.erase(it);
}

// The transaction's part of a session line: who the message is from and for, which recipients were
// refused, and which message the 354 reply names.
void Correlator::dialogue(Session& session, EventRef ref, const EventRecord& record)
{
    const std::uint32_t connection = session.connection;
    const std::uint32_t code = b.number(ref, FieldKey::ReplyCode);
    if (const StringPool::Id action = b.string(ref, FieldKey::Action)) {
        session.lastCommand = record.kind;
        if (record.kind == EventKind::MailFrom || isReset(b.text(action)))
            endTransaction(connection);
        if (record.kind == EventKind::RcptTo)
            session.lastRecipient = b.string(ref, FieldKey::Recipient);
    }
    const bool starts = record.kind == EventKind::MailFrom || record.kind == EventKind::RcptTo
        || (record.kind == EventKind::Data && code == 0) || code == 354;
    if (record.kind == EventKind::Disconnect || code == 221 || code == 421)
        return; // the connection's, not the transaction's
    auto it = m_transactions.find(connection);
    if (it == m_transactions.end()) {
        if (!starts)
            return;
        it = m_transactions.emplace(connection, Transaction()).first;
    }
    Transaction& transaction = it->second;
    transaction.lines.push_back(ref);
    if (transaction.message != NoIndex)
        b.attach(transaction.message, ref);
    if (record.kind == EventKind::MailFrom)
        transaction.mailFrom = ref;
    if (code == 354) {
        openMessage(connection, transaction, ref);
    } else if (code && transaction.message != NoIndex) { // the reply to the end of data
        if (code >= 400) {
            b.settleOpenRecipients(transaction.message, Outcome::Rejected, ref);
            m_messages.finish(transaction.message);
        }
        m_transactions.erase(it);
    } else if (code && session.lastCommand == EventKind::RcptTo) {
        if (session.lastRecipient)
            (code < 400 ? transaction.accepted : transaction.refused).emplace_back(session.lastRecipient, ref);
        session.lastRecipient = 0;
    } else if (code >= 400) {
        transaction.refusedWhole = true;
    }
}

void Correlator::openMessage(std::uint32_t connection, Transaction& transaction, EventRef ref)
{
    const std::uint32_t message = messageFor(ref, true);
    if (message == NoIndex)
        return;
    if (b.message(message).inbound == NoIndex)
        b.message(message).inbound = connection;
    for (const EventRef& line : transaction.lines) {
        if (line != ref)
            b.attach(message, line);
    }
    if (transaction.mailFrom.isValid())
        b.setSender(message, transaction.mailFrom);
    for (const auto& [address, reply] : transaction.accepted)
        b.recipient(message, address);
    for (const auto& [address, reply] : transaction.refused)
        b.addAttempt(b.recipient(message, address), Outcome::Rejected, reply);
    if (!transaction.accepted.empty())
        setFlag(m_listed, message);
    transaction.message = message;
}

// A new MAIL FROM or RSET: a transaction refused without a number is a rejected attempt.
void Correlator::endTransaction(std::uint32_t connection)
{
    const auto it = m_transactions.find(connection);
    if (it == m_transactions.end())
        return;
    const Transaction& transaction = it->second;
    if (transaction.message == NoIndex && (!transaction.refused.empty() || transaction.refusedWhole))
        rejectedAttempt(connection, {});
    else
        m_transactions.erase(it);
}

// A refusal before a number was assigned (<B0000000000>, ORDB): a message of its own, with the
// connection, the sender and the refused recipients, so that it can be found. result: acceptlog's abort
// record, if there is one.
void Correlator::rejectedAttempt(std::uint32_t connection, EventRef result)
{
    Transaction transaction;
    if (const auto it = m_transactions.find(connection); it != m_transactions.end()) {
        transaction = std::move(it->second);
        m_transactions.erase(it);
    }
    std::vector<EventRef>& lines = transaction.lines;
    if (result.isValid())
        lines.push_back(result);
    if (lines.empty())
        return;
    const std::uint32_t message = b.addRejectedAttempt(m_origin, connection, FieldKey::Bid, lines.front());
    b.message(message).flags |= Message::Finished;
    for (std::size_t i = 1; i < lines.size(); ++i)
        b.attach(message, lines[i]);
    if (result.isValid() && b.has(result, FieldKey::Sender))
        b.setSender(message, result);
    else if (transaction.mailFrom.isValid())
        b.setSender(message, transaction.mailFrom);
    for (const auto& [address, reply] : transaction.refused)
        b.addAttempt(b.recipient(message, address), Outcome::Rejected, reply);
    for (const auto& [address, reply] : transaction.accepted)
        b.recipient(message, address);
    b.settleOpenRecipients(message, Outcome::Rejected, lines.back());
}

void Correlator::inLine(EventRef ref)
{
    const std::uint32_t message = messageFor(ref, false);
    if (message == NoIndex)
        return;
    b.setSender(message, ref);
    const ParsedLog& log = b.logs().log(ref.log);
    for (std::size_t n = 0, count = log.fieldCount(ref.index); n < count; ++n) {
        const FieldValue value = log.fieldAt(ref.index, n);
        if (log.fieldKeyAt(ref.index, n) == FieldKey::Recipient && value.type == FieldValue::Type::String)
            b.recipient(message, value.value);
    }
    setFlag(m_listed, message);
    // Without acceptlog, inlog's client address is all there is of the connection.
    if (b.message(message).inbound == NoIndex && !m_hasAcceptLog)
        b.message(message).inbound = b.addConnection(m_origin, Direction::Inbound, FieldKey::Session, 0, ref);
}

void Correlator::finishInbound()
{
    std::vector<Session*> sessions;
    for (auto& [token, session] : m_sessions)
        sessions.push_back(&session);
    std::sort(sessions.begin(), sessions.end(), [](const Session* x, const Session* y) {
        return x->startMs != y->startMs ? x->startMs < y->startMs : x->token < y->token;
    });
    for (Session* session : sessions)
        endSession(*session);
    // Refusals whose abort record never came.
    std::vector<std::uint32_t> open;
    for (const auto& [connection, transaction] : m_transactions)
        open.push_back(connection);
    std::sort(open.begin(), open.end());
    for (const std::uint32_t connection : open)
        endTransaction(connection);
    m_awaitingResult.clear();
    m_unpaired.clear();
    m_sessions.clear();
    m_transactions.clear();
    m_lastCommandToken = 0;
    m_lastCommandSecond = -1;
}

} // namespace EPostTrace
