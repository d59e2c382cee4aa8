// E-Post (formats.md 4.4): a message is (server, B-number with its derived-message suffixes) from the 354
// reply that names it (or its first line) until every listed recipient was delivered or failed. A server's
// sub-logs are read as one stream in time order, so that each epoch of a reused number stays apart.
#include "epostcorrelator.h"

#include "correlators.h"

#include "parsing/bytescanner.h"
#include "rangemerge.h"

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

// An event in the origin's merged stream: ordered by its second, then by the rank of its line type; events of
// the same second and rank stay in the order of their logs and lines.
std::uint64_t streamKey(std::int64_t utcMs, std::uint8_t rank)
{
    constexpr std::int64_t Limit = std::int64_t(1) << 47; // ±4 million years: beyond, a time is noise anyway
    const std::int64_t second = std::clamp<std::int64_t>(utcMs / 1000, -Limit, Limit - 1);
    return std::uint64_t(second + Limit) << 8 | rank;
}

// A server's lines in stream order: by streamKey, equal keys in the order of the logs given and then of their
// lines, as a stable sort of all of them would give. They are merged from the logs (mergeRanges) rather than sorted
// in one array of every line, which with its sort's scratch was the peak of an E-Post load. A log is in stream order
// already but for a few lines (acceptlog's connect record ranks before a result of the same second): only such a log
// keeps an order of its own, 4 bytes a line.
class StreamOrder
{
    struct Cursor
    {
        std::uint32_t log = 0;
        std::uint32_t position = 0; // of the log among those given: it orders equal keys
        std::vector<std::uint32_t> order; // the log's parsed lines in stream order, when the log is not in it
        std::size_t next = 0; // in order, or the line after the current one
        std::uint32_t current = 0;
        std::uint64_t key = 0;
    };

public:
    StreamOrder(const GraphBuilder& builder, const std::vector<SubLog>& subLogs)
        : m_builder(builder)
        , m_subLogs(subLogs)
    {
    }

    // Calls f(EventRef) for each parsed line of the logs, in stream order.
    template <typename F>
    void forEachLine(const std::vector<std::uint32_t>& logs, const F& f)
    {
        std::vector<Cursor> cursors;
        for (std::uint32_t position = 0; position < logs.size(); ++position) {
            if (m_subLogs[logs[position]] == SubLog::Other)
                continue;
            Cursor cursor;
            cursor.log = logs[position];
            cursor.position = position;
            cursor.order = orderIfUnsorted(cursor.log);
            if (advance(cursor))
                cursors.push_back(std::move(cursor));
        }
        const auto later = [](const Cursor& a, const Cursor& b) { return a.key != b.key ? a.key > b.key : a.position > b.position; };
        mergeRanges(
            std::move(cursors), later, [this](Cursor& cursor) { return advance(cursor); },
            [&f](const Cursor& cursor) { f(EventRef { cursor.log, cursor.current }); });
    }

private:
    bool parsed(std::uint32_t log, std::uint32_t line) const { return m_builder.record({ log, line }).kind != EventKind::Unparsed; }
    std::uint64_t keyOf(std::uint32_t log, std::uint32_t line) const
    {
        const EventRecord& record = m_builder.record({ log, line });
        return streamKey(record.utcMs, rankOf(m_subLogs[log], record.kind));
    }

    std::vector<std::uint32_t> orderIfUnsorted(std::uint32_t log) const
    {
        const auto count = std::uint32_t(m_builder.logs().log(log).eventCount());
        std::uint64_t previous = 0;
        bool sorted = true;
        for (std::uint32_t line = 0; line < count && sorted; ++line) {
            if (!parsed(log, line))
                continue;
            const std::uint64_t key = keyOf(log, line);
            sorted = key >= previous;
            previous = key;
        }
        if (sorted)
            return {};
        std::vector<std::uint32_t> order;
        for (std::uint32_t line = 0; line < count; ++line) {
            if (parsed(log, line))
                order.push_back(line);
        }
        std::stable_sort(order.begin(), order.end(), [this, log](std::uint32_t a, std::uint32_t b) { return keyOf(log, a) < keyOf(log, b); });
        return order;
    }

    bool advance(Cursor& cursor) const
    {
        if (!cursor.order.empty()) {
            if (cursor.next == cursor.order.size())
                return false;
            cursor.current = cursor.order[cursor.next++];
        } else {
            const std::size_t count = m_builder.logs().log(cursor.log).eventCount();
            while (cursor.next < count && !parsed(cursor.log, std::uint32_t(cursor.next)))
                ++cursor.next;
            if (cursor.next == count)
                return false;
            cursor.current = std::uint32_t(cursor.next++);
        }
        cursor.key = keyOf(cursor.log, cursor.current);
        return true;
    }

    const GraphBuilder& m_builder;
    const std::vector<SubLog>& m_subLogs;
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
    // The logs in load order: lines of equal keys come in log and line order.
    std::vector<std::uint32_t> ordered = logs;
    std::sort(ordered.begin(), ordered.end());
    std::vector<SubLog> subLogs(b.logs().size(), SubLog::Other);
    for (const std::uint32_t log : ordered) {
        subLogs[log] = subLogOf(b.logs().log(log).info().subLog);
        m_hasAcceptLog = m_hasAcceptLog || subLogs[log] == SubLog::AcceptLog;
    }
    StreamOrder(b, subLogs).forEachLine(ordered, [this, &subLogs](EventRef ref) {
        const EventRecord& record = b.record(ref);
        switch (subLogs[ref.log]) {
        case SubLog::AcceptLog:
            acceptLine(ref, record);
            break;
        case SubLog::ReceiveLog:
            receiveLine(ref, record);
            break;
        case SubLog::InLog:
            inLine(ref);
            break;
        case SubLog::SenderLog:
            senderLine(ref, record);
            break;
        case SubLog::Delivery:
            deliveryLine(ref, record);
            break;
        case SubLog::Other:
            break;
        }
    });
    finishInbound();
    finishDelivery();
}

bool Correlator::setFlag(std::vector<bool>& flags, std::uint32_t message)
{
    if (message >= flags.size())
        flags.resize(std::max<std::size_t>(message + 1, flags.size() * 2));
    const bool wasSet = flags[message];
    flags[message] = true;
    return !wasSet;
}

const MessageName& Correlator::nameOf(EventRef ref)
{
    const StringPool::Id bid = b.string(ref, FieldKey::Bid);
    const StringPool::Id suffix = b.string(ref, FieldKey::BidSuffix);
    const std::uint64_t key = pairKey(bid, suffix);
    if (const MessageName* known = m_names.find(key))
        return *known;
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
    MessageName& added = m_names[key];
    added = name;
    return added;
}

std::uint32_t Correlator::messageFor(EventRef ref, bool starts)
{
    const MessageName& name = nameOf(ref);
    if (!name.id)
        return NoIndex;
    const std::uint32_t message
        = starts ? m_messages.start(m_origin, name.id, ref) : m_messages.at(m_origin, name.id, ref);
    if (name.parent && setFlag(m_linked, message))
        b.linkFromId(name.parent, message, name.link, ref);
    return message;
}

// E-Post logs no "removed": a message whose recipients were listed ends when each has a final outcome.
// (Without the list, a recipient delivered early would end a message whose other recipients wait.)
void Correlator::finishIfDone(std::uint32_t message)
{
    if (message >= m_listed.size() || !m_listed[message])
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
