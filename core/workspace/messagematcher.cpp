#include "messagematcher.h"

#include "fieldview.h"
#include "foldedbytes.h"
#include "termmatch.h"
#include "model/logcollection.h"
#include "textdecoding.h"
#include "trace/mailgraph.h"
#include "trace/messagesummary.h"

namespace {

using PreparedTerm = FilterQuery::PreparedTerm;

bool isProblemOutcome(Outcome outcome)
{
    return outcome == Outcome::Deferred || outcome == Outcome::Bounced || outcome == Outcome::Rejected || outcome == Outcome::Expired
        || outcome == Outcome::Dropped;
}

bool hasBit(std::uint64_t bits, int bit)
{
    return (bits >> bit) & 1;
}

constexpr QByteArrayView NullSender("<>");

} // namespace

MessageMatcher::MessageMatcher(const MailGraph& graph, const LogCollection& logs, const MessageFilter& filter)
    : m_graph(graph)
    , m_logs(logs)
    , m_strings(*logs.strings())
    , m_filter(filter)
    , m_useQuery(filter.query.isValid() && !filter.query.isEmpty())
{
}

bool MessageMatcher::matches(std::uint32_t message) const
{
    const Message& m = m_graph.messages[message];
    if (!hasBit(m_filter.families, int(m_graph.origins[m.origin].family)))
        return false;
    if (m_filter.hasTimeRange() && (m.lastMs < m_filter.fromMs || m.firstMs > m_filter.toMs))
        return false;
    if (m_filter.problemsOnly && !isProblemOutcome(m.outcome)) {
        const auto recipients = m_graph.recipientsOf(m);
        const auto deferred = [](const Recipient& r) { return r.outcome == Outcome::Deferred; };
        if (std::none_of(recipients.begin(), recipients.end(), deferred))
            return false;
    }
    return !m_useQuery || matchesQuery(message);
}

bool MessageMatcher::matchesQuery(std::uint32_t message) const
{
    Texts texts;
    if (m_filter.query.mode() == FilterQuery::Mode::RegularExpression)
        return matchesRegex(message, texts);
    const auto& terms = m_filter.query.terms();
    for (std::size_t term = 0; term < terms.size(); ++term) {
        if (matchesTerm(term, message, texts) == terms[term].negated)
            return false;
    }
    return true;
}

void MessageMatcher::collect(std::uint32_t message, Texts& texts) const
{
    if (texts.collected)
        return;
    texts.collected = true;
    const Message& m = m_graph.messages[message];
    const Origin& origin = m_graph.origins[m.origin];
    texts.ids = MessageSummary::ids(m_graph, m_logs, message);
    for (const auto& [key, values] : texts.ids) {
        if (!texts.idsText.isEmpty())
            texts.idsText += ' ';
        texts.idsText += fieldKey(key);
        texts.idsText += '=';
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                texts.idsText += ',';
            texts.idsText += m_strings.view(values[i]);
        }
    }
    auto& pieces = texts.pieces;
    pieces.push_back(m_strings.view(origin.host));
    pieces.push_back(m_strings.view(origin.instance));
    pieces.push_back(texts.idsText);
    pieces.push_back(m.has(Message::NullSender) ? NullSender : m_strings.view(m.sender));
    for (const Recipient& recipient : m_graph.recipientsOf(m)) {
        pieces.push_back(m_strings.view(recipient.address));
        pieces.push_back(m_strings.view(recipient.original));
    }
    for (const EventRef& ref : m_graph.eventsOf(m)) {
        NumberText buffer;
        const QByteArrayView subject = fieldView(m_logs.log(ref.log), ref.index, FieldKey::Subject, &buffer);
        if (!subject.isEmpty()) {
            pieces.push_back(subject);
            break;
        }
    }
    pieces.push_back(m_strings.view(m.messageId));
}

bool MessageMatcher::matchesRegex(std::uint32_t message, Texts& texts) const
{
    collect(message, texts);
    for (const QByteArrayView piece : texts.pieces) {
        if (piece.isEmpty())
            continue;
        if (m_filter.query.regularExpression().matchView(TextDecoding::toDisplayText(piece)).hasMatch())
            return true;
    }
    return false;
}

bool MessageMatcher::idEquals(std::uint32_t message, Texts& texts, std::size_t term, bool anyKey, FieldKey key) const
{
    const PreparedTerm& prepared = m_filter.query.prepared()[term];
    const StringPool::Id messageId = m_graph.messages[message].messageId;
    if ((anyKey || key == FieldKey::MessageId) && TermMatch::idEquals(m_strings.view(messageId), prepared, nullptr))
        return true;
    collect(message, texts);
    for (const auto& [idKey, values] : texts.ids) {
        if (!anyKey && idKey != key)
            continue;
        for (const StringPool::Id value : values) {
            if (TermMatch::idEquals(m_strings.view(value), prepared, nullptr))
                return true;
        }
    }
    return false;
}

bool MessageMatcher::peerContains(const Message& message, std::size_t term) const
{
    const PreparedTerm& prepared = m_filter.query.prepared()[term];
    const QString& value = m_filter.query.terms()[term].value;
    const auto connectionContains = [&](std::uint32_t index) {
        if (index == NoIndex)
            return false;
        const Connection& connection = m_graph.connections[index];
        return TermMatch::contains(m_strings.view(connection.peerHost), prepared, value, nullptr)
            || TermMatch::contains(m_strings.view(connection.peerIp), prepared, value, nullptr);
    };
    if (connectionContains(message.inbound))
        return true;
    for (const Recipient& recipient : m_graph.recipientsOf(message)) {
        for (const Attempt& attempt : m_graph.attemptsOf(recipient)) {
            if (connectionContains(attempt.connection))
                return true;
            if (!attempt.event.isValid())
                continue;
            const ParsedLog& log = m_logs.log(attempt.event.log);
            for (const FieldKey key : { FieldKey::Relay, FieldKey::PeerHost, FieldKey::PeerIp }) {
                NumberText buffer;
                if (TermMatch::contains(fieldView(log, attempt.event.index, key, &buffer), prepared, value, &log))
                    return true;
            }
        }
    }
    return false;
}

bool MessageMatcher::matchesTerm(std::size_t termIndex, std::uint32_t message, Texts& texts) const
{
    const FilterQuery::Term& term = m_filter.query.terms()[termIndex];
    const PreparedTerm& prepared = m_filter.query.prepared()[termIndex];
    const QString& value = term.value;
    const Message& m = m_graph.messages[message];
    switch (term.field) {
    case FilterField::Any:
        collect(message, texts);
        return std::any_of(texts.pieces.begin(), texts.pieces.end(),
            [&](QByteArrayView piece) { return TermMatch::contains(piece, prepared, value, nullptr); });
    case FilterField::From:
        return TermMatch::contains(m.has(Message::NullSender) ? NullSender : m_strings.view(m.sender), prepared, value, nullptr);
    case FilterField::To:
        for (const Recipient& recipient : m_graph.recipientsOf(m)) {
            if (TermMatch::contains(m_strings.view(recipient.address), prepared, value, nullptr)
                || TermMatch::contains(m_strings.view(recipient.original), prepared, value, nullptr))
                return true;
        }
        return false;
    case FilterField::Id:
        return idEquals(message, texts, termIndex, true, FieldKey::Icid);
    case FilterField::Status: {
        if (hasBit(prepared.outcomes, int(m.outcome)))
            return true;
        const auto recipients = m_graph.recipientsOf(m);
        const auto named = [&](const Recipient& r) { return hasBit(prepared.outcomes, int(r.outcome)); };
        if (std::any_of(recipients.begin(), recipients.end(), named))
            return true;
        return (m.has(Message::RejectedAttempt) && FoldedBytes::equals("rejected", prepared.folded))
            || (m.has(Message::Notification) && FoldedBytes::equals("notification", prepared.folded));
    }
    case FilterField::Host: {
        const Origin& origin = m_graph.origins[m.origin];
        return TermMatch::contains(m_strings.view(origin.host), prepared, value, nullptr)
            || TermMatch::contains(m_strings.view(origin.instance), prepared, value, nullptr);
    }
    case FilterField::Family:
        return hasBit(prepared.families, int(m_graph.origins[m.origin].family));
    case FilterField::Peer:
        return peerContains(m, termIndex);
    case FilterField::Field:
        return isIdentifier(term.key) && idEquals(message, texts, termIndex, false, term.key);
    case FilterField::Kind:
    case FilterField::Side:
    case FilterField::Program:
    case FilterField::Reply:
    case FilterField::Text:
        return false; // event fields: no message has them
    }
    return false;
}
