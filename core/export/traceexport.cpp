#include "traceexport.h"

#include "model/logcollection.h"
#include "textdecoding.h"
#include "trace/messagesummary.h"
#include "trace/phases.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

QString text(const LogCollection& logs, StringPool::Id id)
{
    return TextDecoding::toDisplayText(logs.strings()->view(id));
}

QJsonValue timeOf(const LogCollection& logs, const EventRef& ref)
{
    if (!ref.isValid())
        return QJsonValue::Null;
    const QByteArray iso = EventExport::isoTime(logs.log(ref.log).event(ref.index));
    return iso.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(iso));
}

// [file, line] with the line 1-based, as an editor shows it.
QJsonArray location(const LogCollection& logs, const EventRef& ref)
{
    const ParsedLog& log = logs.log(ref.log);
    return { log.info().path, qint64(log.lineOf(ref.index)) + 1 };
}

QJsonObject idsObject(const MailGraph& graph, const LogCollection& logs, std::uint32_t message)
{
    QJsonObject ids;
    for (const auto& [key, values] : MessageSummary::ids(graph, logs, message)) {
        QJsonArray list;
        for (const StringPool::Id value : values)
            list << text(logs, value);
        ids.insert(QString(fieldKey(key)), list);
    }
    return ids;
}

QJsonObject attemptObject(const MailGraph& graph, const LogCollection& logs, const Attempt& attempt)
{
    QJsonObject object {
        { u"outcome"_s, QString(outcomeKey(attempt.outcome)) },
        { u"time"_s, timeOf(logs, attempt.event) },
        { u"reply"_s, MessageSummary::reply(logs, attempt) },
        { u"remote"_s, MessageSummary::remote(graph, logs, attempt) },
        { u"event"_s, location(logs, attempt.event) },
    };
    if (attempt.replyEvent.isValid() && !(attempt.replyEvent == attempt.event))
        object.insert(u"reply_event"_s, location(logs, attempt.replyEvent));
    return object;
}

QJsonArray recipientsArray(const MailGraph& graph, const LogCollection& logs, const Message& message)
{
    QJsonArray recipients;
    for (const Recipient& recipient : graph.recipientsOf(message)) {
        const auto list = graph.attemptsOf(recipient);
        QJsonArray attempts;
        for (const Attempt& attempt : list)
            attempts << attemptObject(graph, logs, attempt);
        QJsonObject object {
            { u"address"_s, text(logs, recipient.address) },
            { u"outcome"_s, QString(outcomeKey(recipient.outcome)) },
            { u"reply"_s, list.empty() ? QString() : MessageSummary::reply(logs, list.back()) },
            { u"remote"_s, list.empty() ? QString() : MessageSummary::remote(graph, logs, list.back()) },
            { u"time"_s, list.empty() ? QJsonValue(QJsonValue::Null) : timeOf(logs, list.back().event) },
            { u"attempts"_s, attempts },
        };
        if (recipient.original)
            object.insert(u"original"_s, text(logs, recipient.original));
        if (recipient.rid)
            object.insert(u"rid"_s, text(logs, recipient.rid));
        recipients << object;
    }
    return recipients;
}

QJsonArray phasesArray(const MailGraph& graph, const LogCollection& logs, std::uint32_t message)
{
    QJsonArray phases;
    for (const PhaseSpan& span : Phases::of(graph, logs, message)) {
        QJsonArray events;
        for (const EventRef& ref : span.events)
            events << location(logs, ref);
        QJsonObject object {
            { u"side"_s, QString(sideKey(span.side)) },
            { u"phase"_s, QString(phaseKey(span.phase)) },
            { u"start"_s, timeOf(logs, span.events.front()) },
            { u"end"_s, timeOf(logs, span.events.back()) },
            { u"events"_s, events },
        };
        if (span.recipient)
            object.insert(u"recipient"_s, text(logs, span.recipient));
        if (span.outcome != Outcome::Unknown)
            object.insert(u"outcome"_s, QString(outcomeKey(span.outcome)));
        if (span.replyCode)
            object.insert(u"reply_code"_s, qint64(span.replyCode));
        phases << object;
    }
    return phases;
}

// The other end of a link, as a reference a reader can follow.
QJsonObject linkObject(const MailGraph& graph, const LogCollection& logs, const Link& link, std::uint32_t other)
{
    const Message& message = graph.messages[other];
    QJsonObject object {
        { u"host"_s, MessageSummary::hostName(graph, logs, message.origin) },
        { u"family"_s, QString(familyKey(graph.origins[message.origin].family)) },
        { u"id"_s, text(logs, message.id) },
        { u"type"_s, QString(linkTypeKey(link.type)) },
        { u"evidence"_s, QString(linkEvidenceKey(link.evidence)) },
    };
    if (link.event.isValid())
        object.insert(u"event"_s, location(logs, link.event));
    return object;
}

} // namespace

QJsonObject TraceExport::messageObject(const MailGraph& graph, const LogCollection& logs, std::uint32_t index)
{
    const Message& message = graph.messages[index];
    QJsonObject object {
        { u"host"_s, MessageSummary::hostName(graph, logs, message.origin) },
        { u"family"_s, QString(familyKey(graph.origins[message.origin].family)) },
        { u"id"_s, text(logs, message.id) },
        { u"ids"_s, idsObject(graph, logs, index) },
        { u"message_id"_s, MessageSummary::messageIdText(graph, logs, index) },
        { u"from"_s, message.has(Message::NullSender) ? QString() : text(logs, message.sender) },
        { u"size"_s, message.size ? QJsonValue(qint64(message.size)) : QJsonValue(QJsonValue::Null) },
        { u"subject"_s, MessageSummary::subject(graph, logs, index) },
        { u"outcome"_s, QString(outcomeKey(message.outcome)) },
        { u"first"_s, timeOf(logs, MessageSummary::firstEvent(graph, index)) },
        { u"last"_s, timeOf(logs, MessageSummary::lastEvent(graph, index)) },
        { u"rejected_attempt"_s, message.has(Message::RejectedAttempt) },
        { u"notification"_s, message.has(Message::Notification) },
        { u"recipients"_s, recipientsArray(graph, logs, message) },
        { u"phases"_s, phasesArray(graph, logs, index) },
    };
    if (message.inbound != NoIndex) {
        const Connection& inbound = graph.connections[message.inbound];
        object.insert(u"client"_s, QJsonObject { { u"ip"_s, text(logs, inbound.peerIp) }, { u"host"_s, text(logs, inbound.peerHost) } });
    }
    QJsonValue previous = QJsonValue::Null;
    QJsonArray derivedFrom;
    for (const Link& link : graph.linksTo(index)) {
        if (link.type == LinkType::NextHop && previous.isNull())
            previous = linkObject(graph, logs, link, link.from);
        else
            derivedFrom << linkObject(graph, logs, link, link.from);
    }
    QJsonArray nextHops, notifications, derived;
    for (const Link& link : graph.linksFrom(index)) {
        QJsonArray& list = link.type == LinkType::NextHop ? nextHops : link.type == LinkType::Notification ? notifications : derived;
        list << linkObject(graph, logs, link, link.to);
    }
    object.insert(u"previous_hop"_s, previous);
    object.insert(u"derived_from"_s, derivedFrom);
    object.insert(u"next_hops"_s, nextHops);
    object.insert(u"notifications"_s, notifications);
    object.insert(u"derived"_s, derived);
    return object;
}

QByteArray TraceExport::traceJson(const MailGraph& graph, const LogCollection& logs, QByteArrayView query, std::size_t matches,
    const std::vector<std::uint32_t>& messages)
{
    QJsonArray list;
    for (const std::uint32_t message : messages)
        list << messageObject(graph, logs, message);
    const QJsonObject root {
        { u"query"_s, QString::fromUtf8(query) },
        { u"matches"_s, qint64(matches) },
        { u"messages"_s, list },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void TraceExport::writeMessages(QIODevice* out, EventExport::Format format, const MailGraph& graph, const LogCollection& logs)
{
    std::vector<std::uint32_t> order(graph.messages.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&graph](std::uint32_t a, std::uint32_t b) { return graph.messages[a].firstMs < graph.messages[b].firstMs; });
    writeMessages(out, format, graph, logs, order);
}

void TraceExport::writeMessages(QIODevice* out, EventExport::Format format, const MailGraph& graph, const LogCollection& logs,
    const std::vector<std::uint32_t>& order)
{
    const bool json = format == EventExport::Format::Json;
    if (json)
        out->write("[\n");
    else
        out->write("first,last,host,family,ids,message_id,from,recipients,subject,outcome,rejected_attempt\r\n");
    bool first = true;
    for (const std::uint32_t index : order) {
        const Message& message = graph.messages[index];
        const QString from = message.has(Message::NullSender) ? QString() : text(logs, message.sender);
        QStringList recipients; // every one (the Messages table shows the first three)
        for (const Recipient& recipient : graph.recipientsOf(message))
            recipients.append(text(logs, recipient.address));
        const QString subject = MessageSummary::subject(graph, logs, index);
        const QJsonValue firstTime = timeOf(logs, MessageSummary::firstEvent(graph, index));
        const QJsonValue lastTime = timeOf(logs, MessageSummary::lastEvent(graph, index));
        if (json) {
            const QJsonObject row {
                { u"first"_s, firstTime },
                { u"last"_s, lastTime },
                { u"host"_s, MessageSummary::hostName(graph, logs, message.origin) },
                { u"family"_s, QString(familyKey(graph.origins[message.origin].family)) },
                { u"ids"_s, idsObject(graph, logs, index) },
                { u"message_id"_s, MessageSummary::messageIdText(graph, logs, index) },
                { u"from"_s, from },
                { u"recipients"_s, QJsonArray::fromStringList(recipients) },
                { u"subject"_s, subject },
                { u"outcome"_s, QString(outcomeKey(message.outcome)) },
                { u"rejected_attempt"_s, message.has(Message::RejectedAttempt) },
            };
            if (!first)
                out->write(",\n");
            out->write("  ");
            out->write(QJsonDocument(row).toJson(QJsonDocument::Compact));
        } else {
            QByteArray line;
            const QString cells[] = { firstTime.toString(), lastTime.toString(), MessageSummary::hostName(graph, logs, message.origin),
                QString(familyKey(graph.origins[message.origin].family)), MessageSummary::idsText(graph, logs, index),
                MessageSummary::messageIdText(graph, logs, index), from, recipients.join(u' '), subject, QString(outcomeKey(message.outcome)),
                message.has(Message::RejectedAttempt) ? u"true"_s : u"false"_s };
            for (const QString& cell : cells) {
                if (&cell != &cells[0])
                    line += ',';
                EventExport::appendCsvCell(&line, cell.toUtf8());
            }
            line += "\r\n";
            out->write(line);
        }
        first = false;
    }
    if (json)
        out->write(first ? "]\n" : "\n]\n");
}
