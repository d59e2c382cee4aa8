// E-Post (formats.md 4.4): a message is (server, B-number with its derived-message suffixes) from the 354
// reply that names it (or its first line) until every listed recipient was delivered or failed. A server's
// sub-logs are read as one stream in time order, so that each epoch of a reused number stays apart.
#include "epostcorrelator.h"

#include "correlators.h"

#include "parsing/bytescanner.h"

#include <algorithm>

namespace {

enum class SubLog : std::uint8_t {
    AcceptLog,
    ReceiveLog,
    InLog,
    SenderLog,
    Delivery, // outlog, outlocallog, faillog
    Other, // mailbox logs: no IDs
};

SubLog subLogOf(const QString& name)
{
    if (name == u"acceptlog")
        return SubLog::AcceptLog;
    if (name == u"receivelog")
        return SubLog::ReceiveLog;
    if (name == u"inlog")
        return SubLog::InLog;
    if (name == u"senderlog")
        return SubLog::SenderLog;
    if (name == u"outlog" || name == u"outlocallog" || name == u"faillog")
        return SubLog::Delivery;
    return SubLog::Other;
}

// Within one second, lines are read in the order the server writes them: acceptlog's connect record,
// the receiver's dialogue, acceptlog's result record, inlog, the delivery agent's dialogue (senderlog has no
// times of its own: the loader gave its lines the time of their GetTryServer line), the final delivery logs.
std::uint8_t rankOf(SubLog log, EventKind kind)
{
    switch (log) {
    case SubLog::AcceptLog:
        return kind == EventKind::Connect ? 0 : 2;
    case SubLog::ReceiveLog:
        return 1;
    case SubLog::InLog:
        return 3;
    case SubLog::SenderLog:
        return 4;
    default:
        return 5;
    }
}

struct StreamItem
{
    std::int64_t second;
    std::uint8_t rank;
    SubLog subLog;
    EventRef ref;
};

} // namespace

namespace EPostTrace {

Correlator::Correlator(GraphBuilder& builder)
    : b(builder)
    , m_messages(builder, FieldKey::Bid)
{
}

void Correlator::run()
{
    std::map<std::uint32_t, std::vector<std::uint32_t>> logsByOrigin;
    for (const std::uint32_t log : b.logsOf(Family::EPost))
        logsByOrigin[b.originOf({ log, 0 })].push_back(log);
    for (const auto& [origin, logs] : logsByOrigin)
        correlateOrigin(origin, logs);
}

void Correlator::correlateOrigin(std::uint32_t origin, const std::vector<std::uint32_t>& logs)
{
    m_origin = origin;
    m_hasAcceptLog = false;
    std::vector<StreamItem> stream;
    for (const std::uint32_t log : logs) {
        const SubLog subLog = subLogOf(b.logs().log(log).info().subLog);
        if (subLog == SubLog::Other)
            continue;
        m_hasAcceptLog = m_hasAcceptLog || subLog == SubLog::AcceptLog;
        const std::size_t count = b.logs().log(log).eventCount();
        for (std::uint32_t i = 0; i < count; ++i) {
            const EventRecord& record = b.record({ log, i });
            if (record.kind != EventKind::Unparsed)
                stream.push_back({ record.utcMs / 1000, rankOf(subLog, record.kind), subLog, { log, i } });
        }
    }
    std::sort(stream.begin(), stream.end(), [](const StreamItem& x, const StreamItem& y) {
        if (x.second != y.second)
            return x.second < y.second;
        if (x.rank != y.rank)
            return x.rank < y.rank;
        return x.ref.log != y.ref.log ? x.ref.log < y.ref.log : x.ref.index < y.ref.index;
    });

    for (const StreamItem& item : stream) {
        const EventRecord& record = b.record(item.ref);
        switch (item.subLog) {
        case SubLog::AcceptLog:
            acceptLine(item.ref, record);
            break;
        case SubLog::ReceiveLog:
            receiveLine(item.ref, record);
            break;
        case SubLog::InLog:
            inLine(item.ref);
            break;
        case SubLog::SenderLog:
            senderLine(item.ref, record);
            break;
        case SubLog::Delivery:
            deliveryLine(item.ref, record);
            break;
        case SubLog::Other:
            break;
        }
    }
    finishInbound();
    finishDelivery();
}

const MessageName& Correlator::nameOf(EventRef ref)
{
    const StringPool::Id bid = b.string(ref, FieldKey::Bid);
    const StringPool::Id suffix = b.string(ref, FieldKey::BidSuffix);
    const std::uint64_t key = pairKey(bid, suffix);
    if (const auto it = m_names.find(key); it != m_names.end())
        return it->second;
    MessageName name;
    name.id = bid;
    if (bid && suffix) {
        QByteArray id = b.text(bid).toByteArray();
        const QByteArrayView parts = b.text(suffix); // "-R0002-E001"
        for (qsizetype at = 0; at < parts.size();) {
            qsizetype end = parts.indexOf('-', at + 1);
            if (end < 0)
                end = parts.size();
            const QByteArrayView part = parts.sliced(at + 1, end - at - 1);
            at = end;
            qsizetype letters = 0;
            while (letters < part.size() && Bytes::isUpper(part[letters]))
                ++letters;
            const QByteArrayView kind = part.first(letters);
            if (kind.isEmpty() || kind == "R")
                continue; // a copy or a retry of the same message
            name.parent = b.intern(id);
            name.link = kind == "E" || kind == "EP" ? LinkType::Notification : LinkType::Derived;
            id += '-';
            id += part;
        }
        name.id = b.intern(id);
    }
    return m_names.emplace(key, name).first->second;
}

std::uint32_t Correlator::messageFor(EventRef ref, bool starts)
{
    const MessageName& name = nameOf(ref);
    if (!name.id)
        return NoIndex;
    const std::uint32_t message
        = starts ? m_messages.start(m_origin, name.id, ref) : m_messages.at(m_origin, name.id, ref);
    if (name.parent && m_linked.insert(message).second)
        b.linkFromId(name.parent, message, name.link, ref);
    return message;
}

// E-Post logs no "removed": a message whose recipients were listed ends when each has a final outcome.
// (Without the list, a recipient delivered early would end a message whose other recipients wait.)
void Correlator::finishIfDone(std::uint32_t message)
{
    if (!m_listed.contains(message))
        return;
    for (const std::uint32_t recipient : b.recipientsOf(message)) {
        const Outcome outcome = b.currentOutcome(recipient);
        if (outcome == Outcome::Unknown || outcome == Outcome::Deferred)
            return;
    }
    m_messages.finish(message);
}

} // namespace EPostTrace

void Correlators::ePost(GraphBuilder& builder)
{
    EPostTrace::Correlator(builder).run();
}
