// Postfix (formats.md 2.5): a message is (host, instance, queue ID) from client=/pickup to removed; an
// smtpd session (pid, between connect and disconnect) carries its client= lines and NOQUEUE rejects;
// postscreen's lines for a client go with the smtpd session that follows; each smtp/lmtp process's
// lines to one relay form an outbound connection.
#include "correlators.h"
#include "idmap.h"
#include "messagetable.h"

#include <unordered_map>

namespace {

enum class Daemon : std::uint8_t {
    Other,
    Smtpd,
    Postscreen,
    Cleanup,
    Pickup,
    QueueManager,
    SmtpClient, // smtp, lmtp: deliveries over a connection
    LocalDelivery, // local, virtual, pipe, error, discard, retry
    Notifier, // bounce, defer, trace
    Postsuper,
};

struct Program
{
    StringPool::Id instance = 0; // 0 for the default "postfix"
    Daemon daemon = Daemon::Other;
};

Daemon daemonOf(QByteArrayView name)
{
    static const std::pair<const char*, Daemon> daemons[] = {
        { "smtpd", Daemon::Smtpd }, { "submission", Daemon::Smtpd }, { "smtps", Daemon::Smtpd },
        { "postscreen", Daemon::Postscreen }, { "cleanup", Daemon::Cleanup }, { "pickup", Daemon::Pickup },
        { "qmgr", Daemon::QueueManager }, { "oqmgr", Daemon::QueueManager }, { "smtp", Daemon::SmtpClient },
        { "lmtp", Daemon::SmtpClient }, { "local", Daemon::LocalDelivery }, { "virtual", Daemon::LocalDelivery },
        { "pipe", Daemon::LocalDelivery }, { "error", Daemon::LocalDelivery }, { "discard", Daemon::LocalDelivery },
        { "retry", Daemon::LocalDelivery }, { "bounce", Daemon::Notifier }, { "defer", Daemon::Notifier },
        { "trace", Daemon::Notifier }, { "postsuper", Daemon::Postsuper },
    };
    for (const auto& [text, daemon] : daemons) {
        if (name == QByteArrayView(text))
            return daemon;
    }
    return Daemon::Other;
}

constexpr std::int64_t PostscreenHandOffMs = 5 * 60 * 1000;
constexpr std::int64_t ConnectionReuseMs = 10 * 60 * 1000;

class PostfixCorrelator
{
public:
    explicit PostfixCorrelator(GraphBuilder& builder)
        : b(builder)
        , m_messages(builder, FieldKey::QueueId)
    {
        m_messages.forgetFinishedMessages();
    }

    void run()
    {
        b.forEachEvent(Family::Postfix, [this](EventRef ref) { consume(ref); });
    }

private:
    const Program& programOf(StringPool::Id program)
    {
        auto it = m_programs.find(program);
        if (it != m_programs.end())
            return it->second;
        const QByteArrayView tag = b.text(program);
        Program info;
        const qsizetype firstSlash = tag.indexOf('/');
        const QByteArrayView instance = firstSlash < 0 ? tag : tag.first(firstSlash);
        info.instance = instance == "postfix" ? 0 : b.intern(instance);
        info.daemon = daemonOf(tag.sliced(tag.lastIndexOf('/') + 1));
        return m_programs.emplace(program, info).first->second;
    }

    void consume(EventRef ref)
    {
        const EventRecord& record = b.record(ref);
        const StringPool::Id programName = b.logs().log(ref.log).programOf(ref.index);
        if (record.kind == EventKind::Unparsed || !programName)
            return;
        const Program& program = programOf(programName);
        const std::uint32_t origin = b.originOf(ref, program.instance);
        const StringPool::Id qid = b.string(ref, FieldKey::QueueId);
        switch (program.daemon) {
        case Daemon::Smtpd:
            return smtpd(ref, record, origin, qid);
        case Daemon::Postscreen:
            return postscreen(ref, record, origin);
        case Daemon::SmtpClient:
        case Daemon::LocalDelivery:
            return delivery(ref, record, origin, qid, program.daemon == Daemon::SmtpClient);
        default:
            if (qid)
                queueLine(ref, record, origin, qid, program.daemon);
        }
    }

    // --- inbound ---------------------------------------------------------------------------------------

    std::uint32_t session(std::uint32_t origin, std::uint32_t pid) const
    {
        const std::uint32_t* connection = m_sessions.find(pairKey(origin, pid));
        return connection ? *connection : NoIndex;
    }

    std::uint32_t openSession(EventRef ref, std::uint32_t origin, std::uint32_t pid)
    {
        // The client passed postscreen just before: its CONNECT/PASS lines open the same connection.
        std::uint32_t connection = NoIndex;
        const std::uint64_t screenKey = pairKey(origin, b.string(ref, FieldKey::PeerIp));
        if (const std::uint32_t* screened = m_postscreen.find(screenKey)) {
            if (b.timeOf(ref) - b.connectionEndMs(*screened) < PostscreenHandOffMs)
                connection = *screened;
            m_postscreen.erase(screenKey);
        }
        const StringPool::Id id = b.internNumber(pid);
        if (connection == NoIndex) {
            connection = b.addConnection(origin, Direction::Inbound, FieldKey::SmtpdPid, id, ref);
        } else {
            b.connection(connection).id = id;
            b.connection(connection).idKey = FieldKey::SmtpdPid;
            b.attachToConnection(connection, ref);
            b.takePeer(connection, ref);
        }
        m_sessions.set(pairKey(origin, pid), connection);
        return connection;
    }

    void smtpd(EventRef ref, const EventRecord& record, std::uint32_t origin, StringPool::Id qid)
    {
        if (record.kind == EventKind::Connect) {
            openSession(ref, origin, b.pid(ref));
            return;
        }
        std::uint32_t connection = session(origin, b.pid(ref));
        if (connection != NoIndex)
            b.attachToConnection(connection, ref);
        if (record.kind == EventKind::Disconnect && !b.has(ref, FieldKey::Status)) { // not "lost connection"
            m_sessions.erase(pairKey(origin, b.pid(ref)));
            return;
        }
        if (qid) {
            if (record.kind == EventKind::MailFrom) { // QID: client=...
                const std::uint32_t message = m_messages.start(origin, qid, ref);
                if (connection == NoIndex)
                    connection = openSession(ref, origin, b.pid(ref));
                b.message(message).inbound = connection;
                b.linkFromId(b.string(ref, FieldKey::ParentId), message, LinkType::NextHop, ref);
                return;
            }
            queueLine(ref, record, origin, qid, Daemon::Smtpd);
            return;
        }
        if (record.kind == EventKind::Rejected) {
            if (connection == NoIndex)
                connection = openSession(ref, origin, b.pid(ref));
            rejectedAttempt(ref, origin, connection);
        }
    }

    void postscreen(EventRef ref, const EventRecord& record, std::uint32_t origin)
    {
        const std::uint64_t key = pairKey(origin, b.string(ref, FieldKey::PeerIp));
        const std::uint32_t* known = m_postscreen.find(key);
        std::uint32_t connection = known ? *known : NoIndex;
        if (record.kind == EventKind::Connect || !known) {
            connection = b.addConnection(origin, Direction::Inbound, FieldKey::SmtpdPid, 0, ref);
            m_postscreen.set(key, connection);
        } else {
            b.attachToConnection(connection, ref);
        }
        if (record.kind == EventKind::Rejected)
            rejectedAttempt(ref, origin, connection);
        if (record.kind == EventKind::Disconnect)
            m_postscreen.erase(key);
    }

    // A NOQUEUE reject: the attempt never got a queue ID.
    void rejectedAttempt(EventRef ref, std::uint32_t origin, std::uint32_t connection)
    {
        b.refuse(origin, connection, FieldKey::QueueId, ref);
    }

    // --- queue ------------------------------------------------------------------------------------------

    void queueLine(EventRef ref, const EventRecord& record, std::uint32_t origin, StringPool::Id qid, Daemon daemon)
    {
        const bool starts = daemon == Daemon::Pickup && record.kind == EventKind::MailFrom;
        const std::uint32_t message = starts ? m_messages.start(origin, qid, ref) : m_messages.at(origin, qid, ref);
        switch (record.kind) {
        case EventKind::MailFrom:
        case EventKind::Queued:
            if (daemon == Daemon::QueueManager || daemon == Daemon::Pickup)
                b.setSender(message, ref);
            if (const std::uint32_t size = b.number(ref, FieldKey::Size))
                b.message(message).size = size;
            break;
        case EventKind::Header:
            b.setMessageId(message, b.string(ref, FieldKey::MessageId));
            break;
        case EventKind::Expired:
            b.setSender(message, ref);
            b.settleOpenRecipients(message, Outcome::Expired, ref);
            break;
        case EventKind::Finished:
            m_messages.finish(message);
            break;
        case EventKind::DsnGenerated:
            b.linkById(message, LinkType::Notification, b.string(ref, FieldKey::ChildId), ref);
            break;
        case EventKind::Rejected:
        case EventKind::Dropped:
        case EventKind::Quarantined:
            refused(ref, record, message, daemon);
            break;
        default:
            break;
        }
    }

    // reject/discard/hold of a queued message: a recipient refused at RCPT, or the whole message.
    void refused(EventRef ref, const EventRecord& record, std::uint32_t message, Daemon daemon)
    {
        const Outcome outcome = record.kind == EventKind::Rejected ? Outcome::Rejected
            : record.kind == EventKind::Dropped                   ? Outcome::Dropped
                                                                  : Outcome::Quarantined;
        const QByteArrayView stage = b.text(b.string(ref, FieldKey::Stage));
        const bool wholeMessage = daemon != Daemon::Smtpd || (stage != "RCPT" && stage != "MAIL");
        if (const StringPool::Id to = b.string(ref, FieldKey::Recipient))
            b.addAttempt(b.recipient(message, to), outcome, ref);
        if (wholeMessage)
            b.settleOpenRecipients(message, outcome, ref);
    }

    // --- delivery ---------------------------------------------------------------------------------------

    // The outbound connection of a delivery process: its TLS/connect lines and the deliveries that follow
    // to the same relay, while the process keeps the connection.
    std::uint32_t outbound(EventRef ref, std::uint32_t origin, std::uint32_t pid)
    {
        const StringPool::Id peer = b.string(ref, FieldKey::PeerIp);
        const std::uint64_t key = pairKey(origin, pid);
        if (const std::uint32_t* open = m_outbound.find(key)) {
            const std::uint32_t index = *open;
            const Connection& connection = b.connection(index);
            const bool samePeer = !peer || !connection.peerIp || connection.peerIp == peer;
            if (samePeer && b.timeOf(ref) - b.connectionEndMs(index) < ConnectionReuseMs) {
                b.attachToConnection(index, ref);
                b.takePeer(index, ref);
                return index;
            }
        }
        const std::uint32_t connection = b.addConnection(origin, Direction::Outbound, FieldKey::Process, b.internNumber(pid), ref);
        m_outbound.set(key, connection);
        return connection;
    }

    void delivery(EventRef ref, const EventRecord& record, std::uint32_t origin, StringPool::Id qid, bool overSmtp)
    {
        const bool connectionLine = record.kind == EventKind::Tls || record.kind == EventKind::DeliveryConnect;
        if (!qid) {
            if (overSmtp && connectionLine)
                outbound(ref, origin, b.pid(ref));
            return;
        }
        const std::uint32_t message = m_messages.at(origin, qid, ref);
        const bool hasPeer = b.has(ref, FieldKey::PeerIp);
        const std::uint32_t connection = overSmtp && hasPeer ? outbound(ref, origin, b.pid(ref)) : NoIndex;
        const Outcome outcome = outcomeOf(record.kind);
        if (outcome == Outcome::Unknown || outcome == Outcome::Rejected)
            return;
        const std::uint32_t recipient = b.recipient(message, b.string(ref, FieldKey::Recipient), b.string(ref, FieldKey::OrigRecipient));
        b.addAttempt(recipient, outcome, ref, ref, connection);
        b.linkById(message, LinkType::Derived, b.string(ref, FieldKey::ChildId), ref); // local "forwarded as"
    }

    GraphBuilder& b;
    MessageTable m_messages;
    std::unordered_map<StringPool::Id, Program> m_programs;
    IdMap<std::uint32_t> m_sessions; // (origin, smtpd pid) -> connection
    IdMap<std::uint32_t> m_postscreen; // (origin, client ip) -> connection
    IdMap<std::uint32_t> m_outbound; // (origin, smtp pid) -> connection
};

} // namespace

void Correlators::postfix(GraphBuilder& builder)
{
    PostfixCorrelator(builder).run();
}
