#include "messagesummary.h"

#include "model/logcollection.h"
#include "textdecoding.h"
#include "trace/correlate/sunmsconnections.h"

#include <algorithm>

namespace {

constexpr FieldKey ShownIdentifiers[] = { FieldKey::Mid, FieldKey::Icid, FieldKey::Rid, FieldKey::Dcid, FieldKey::Rcid,
    FieldKey::QueueId, FieldKey::QueueFile, FieldKey::Bid };

QString decoded(QByteArrayView bytes)
{
    return TextDecoding::toDisplayText(bytes);
}

} // namespace

std::vector<std::pair<FieldKey, std::vector<StringPool::Id>>> MessageSummary::ids(const MailGraph& graph, const LogCollection& logs, std::uint32_t message)
{
    std::vector<std::pair<FieldKey, std::vector<StringPool::Id>>> result;
    auto add = [&result](FieldKey key, StringPool::Id value) {
        auto it = std::find_if(result.begin(), result.end(), [key](const auto& entry) { return entry.first == key; });
        if (it == result.end()) {
            result.emplace_back(key, std::vector<StringPool::Id>());
            it = result.end() - 1;
        }
        if (std::find(it->second.begin(), it->second.end(), value) == it->second.end())
            it->second.push_back(value);
    };
    const Message& m = graph.messages[message];
    if (m.id && m.idKey != FieldKey::MessageId)
        add(m.idKey, m.id);
    if (m.inbound != NoIndex && graph.connections[m.inbound].idKey == FieldKey::Icid && graph.connections[m.inbound].id)
        add(FieldKey::Icid, graph.connections[m.inbound].id);
    for (const EventRef& ref : graph.eventsOf(m)) {
        const ParsedLog& log = logs.log(ref.log);
        for (std::size_t n = 0, count = log.fieldCount(ref.index); n < count; ++n) {
            const FieldKey key = log.fieldKeyAt(ref.index, n);
            const FieldValue value = log.fieldAt(ref.index, n);
            if (value.type == FieldValue::Type::String
                && std::find(std::begin(ShownIdentifiers), std::end(ShownIdentifiers), key) != std::end(ShownIdentifiers))
                add(key, value.value);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        const auto rank = [](FieldKey key) { return std::find(std::begin(ShownIdentifiers), std::end(ShownIdentifiers), key) - std::begin(ShownIdentifiers); };
        return rank(a.first) < rank(b.first);
    });
    return result;
}

QString MessageSummary::idsText(const MailGraph& graph, const LogCollection& logs, std::uint32_t message)
{
    QStringList words;
    for (const auto& [key, values] : ids(graph, logs, message)) {
        QStringList texts;
        for (const StringPool::Id value : values)
            texts << decoded(logs.strings()->view(value));
        words << fieldKey(key) + u'=' + texts.join(u',');
    }
    return words.join(u' ');
}

QString MessageSummary::hostName(const MailGraph& graph, const LogCollection& logs, std::uint32_t origin)
{
    const Origin& o = graph.origins[origin];
    const QString host = decoded(logs.strings()->view(o.host));
    return o.instance ? host + u" (" + decoded(logs.strings()->view(o.instance)) + u')' : host;
}

EventRef MessageSummary::firstEvent(const MailGraph& graph, std::uint32_t message)
{
    const auto events = graph.eventsOf(graph.messages[message]);
    return events.empty() ? EventRef() : events.front();
}

EventRef MessageSummary::lastEvent(const MailGraph& graph, std::uint32_t message)
{
    const auto events = graph.eventsOf(graph.messages[message]);
    return events.empty() ? EventRef() : events.back();
}

QString MessageSummary::subject(const MailGraph& graph, const LogCollection& logs, std::uint32_t message)
{
    for (const EventRef& ref : graph.eventsOf(graph.messages[message])) {
        const QString subject = logs.log(ref.log).fieldText(ref.index, FieldKey::Subject);
        if (!subject.isEmpty())
            return subject;
    }
    return {};
}

QString MessageSummary::messageIdText(const MailGraph& graph, const LogCollection& logs, std::uint32_t message)
{
    const StringPool::Id id = graph.messages[message].messageId;
    return id ? u'<' + decoded(logs.strings()->view(id)) + u'>' : QString();
}

QString MessageSummary::reply(const LogCollection& logs, const Attempt& attempt)
{
    for (const EventRef& ref : { attempt.replyEvent, attempt.event }) {
        if (!ref.isValid())
            continue;
        const QString text = logs.log(ref.log).fieldText(ref.index, FieldKey::Reply);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QByteArrayView MessageSummary::connectionId(const MailGraph& graph, const LogCollection& logs, std::uint32_t connection)
{
    const Connection& c = graph.connections[connection];
    if (c.id)
        return logs.strings()->view(c.id);
    const EventList events = graph.eventsOf(c);
    if (c.idKey != FieldKey::Process || events.empty())
        return {};
    const EventRef first = events.front();
    const ParsedLog& log = logs.log(first.log);
    return SunMsConnections::threadOfProcess(log.textView(first.index, log.field(first.index, FieldKey::Process)));
}

QString MessageSummary::peer(const MailGraph& graph, const LogCollection& logs, std::uint32_t connection)
{
    const Connection& c = graph.connections[connection];
    const QString host = decoded(logs.strings()->view(c.peerHost));
    const QString ip = decoded(logs.strings()->view(c.peerIp));
    if (!host.isEmpty() && !ip.isEmpty())
        return host + u'[' + ip + u']';
    return host.isEmpty() ? ip : host;
}

QString MessageSummary::remote(const MailGraph& graph, const LogCollection& logs, const Attempt& attempt)
{
    if (attempt.connection != NoIndex) {
        if (const QString peer = MessageSummary::peer(graph, logs, attempt.connection); !peer.isEmpty())
            return peer;
    }
    const ParsedLog& log = logs.log(attempt.event.log);
    for (const FieldKey key : { FieldKey::Relay, FieldKey::PeerHost, FieldKey::PeerIp }) {
        const QString text = log.fieldText(attempt.event.index, key);
        if (!text.isEmpty())
            return text;
    }
    return {};
}
