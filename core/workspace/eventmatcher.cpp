#include "eventmatcher.h"

#include "fieldview.h"
#include "foldedbytes.h"
#include "termmatch.h"
#include "model/logcollection.h"
#include "textdecoding.h"

namespace {

using PreparedTerm = FilterQuery::PreparedTerm;

bool fieldContains(const ParsedLog& log, std::size_t index, FieldKey key, const PreparedTerm& term, const QString& value)
{
    NumberText buffer;
    const QByteArrayView bytes = fieldView(log, index, key, &buffer);
    return !bytes.isEmpty() && TermMatch::contains(bytes, term, value, &log);
}

bool anyIdentifierEquals(const ParsedLog& log, std::size_t index, const PreparedTerm& term)
{
    NumberText buffer;
    for (std::size_t n = 0, count = log.fieldCount(index); n < count; ++n) {
        if (isIdentifier(log.fieldKeyAt(index, n)) && TermMatch::idEquals(fieldView(log, index, log.fieldAt(index, n), &buffer), term, &log))
            return true;
    }
    return false;
}

bool fieldEquals(const ParsedLog& log, std::size_t index, FieldKey key, const PreparedTerm& term, const QString& value)
{
    NumberText buffer;
    for (std::size_t n = 0, count = log.fieldCount(index); n < count; ++n) {
        if (log.fieldKeyAt(index, n) != key)
            continue;
        const QByteArrayView bytes = fieldView(log, index, log.fieldAt(index, n), &buffer);
        if (isIdentifier(key) ? TermMatch::idEquals(bytes, term, &log) : TermMatch::equals(bytes, term.folded, term.ascii, value, &log))
            return true;
    }
    return false;
}

bool rawTextContains(const ParsedLog& log, std::size_t index, const PreparedTerm& term, const QString& value)
{
    const std::uint32_t first = log.lineOf(index);
    bool highBytes = false;
    for (std::uint32_t i = 0, span = log.lineSpanOf(index); i < span; ++i) {
        const QByteArrayView line = log.file().line(qsizetype(first + i));
        if (term.ascii && FoldedBytes::contains(line, term.folded))
            return true;
        highBytes = highBytes || !TextDecoding::isAscii(line);
    }
    return !term.ascii && highBytes && log.text(index).contains(value, Qt::CaseInsensitive);
}

bool hasBit(std::uint64_t bits, int bit)
{
    return (bits >> bit) & 1;
}

} // namespace

EventMatcher::EventMatcher(const LogCollection& logs, const EventFilter& filter)
    : m_logs(logs)
    , m_filter(filter)
    , m_useQuery(filter.query.isValid() && !filter.query.isEmpty())
    , m_timeRange(filter.hasTimeRange())
{
    m_families.reserve(logs.size());
    for (std::size_t log = 0; log < logs.size(); ++log)
        m_families.push_back(logs.log(log).info().family);
    const auto& terms = filter.query.terms();
    m_nameMatches.assign(terms.size() * logs.size(), 0);
    for (std::size_t term = 0; term < terms.size(); ++term) {
        if (terms[term].field != FilterField::Any)
            continue;
        for (std::size_t log = 0; log < logs.size(); ++log)
            m_nameMatches[term * logs.size() + log]
                = logs.log(log).info().displayName.contains(terms[term].value, Qt::CaseInsensitive);
    }
}

bool EventMatcher::matches(EventRef event) const
{
    const ParsedLog& log = m_logs.log(event.log);
    const EventRecord& record = log.event(event.index);
    if (!hasBit(m_filter.families, int(m_families[event.log])))
        return false;
    if (m_filter.problemsOnly && !isProblemKind(record.kind))
        return false;
    if (m_timeRange
        && ((record.flags & EventRecord::NoTime) || record.utcMs < m_filter.fromMs || record.utcMs > m_filter.toMs))
        return false;
    return !m_useQuery || matchesQuery(log, event.log, event.index);
}

bool EventMatcher::matchesQuery(const ParsedLog& log, std::uint32_t logIndex, std::size_t index) const
{
    if (m_filter.query.mode() == FilterQuery::Mode::RegularExpression)
        return matchesRegex(log, index);
    const auto& terms = m_filter.query.terms();
    for (std::size_t term = 0; term < terms.size(); ++term) {
        if (matchesTerm(term, log, logIndex, index) == terms[term].negated)
            return false;
    }
    return true;
}

bool EventMatcher::matchesRegex(const ParsedLog& log, std::size_t index) const
{
    const std::uint32_t first = log.lineOf(index);
    for (std::uint32_t i = 0, span = log.lineSpanOf(index); i < span; ++i) {
        const QString line = log.lineText(qsizetype(first + i));
        if (m_filter.query.regularExpression().matchView(line).hasMatch())
            return true;
    }
    return false;
}

bool EventMatcher::matchesTerm(std::size_t termIndex, const ParsedLog& log, std::uint32_t logIndex, std::size_t index) const
{
    const FilterQuery::Term& term = m_filter.query.terms()[termIndex];
    const PreparedTerm& prepared = m_filter.query.prepared()[termIndex];
    const QString& value = term.value;
    const EventRecord& record = log.event(index);
    switch (term.field) {
    case FilterField::Any:
        return hasBit(prepared.kinds, int(record.kind)) || hasBit(prepared.families, int(m_families[logIndex]))
            || hasBit(prepared.sides, int(record.side)) || m_nameMatches[termIndex * m_logs.size() + logIndex]
            || rawTextContains(log, index, prepared, value);
    case FilterField::From:
        return fieldContains(log, index, FieldKey::Sender, prepared, value);
    case FilterField::To:
        return fieldContains(log, index, FieldKey::Recipient, prepared, value)
            || fieldContains(log, index, FieldKey::OrigRecipient, prepared, value);
    case FilterField::Id:
        return anyIdentifierEquals(log, index, prepared);
    case FilterField::Status:
        return hasBit(prepared.kinds, int(record.kind)) || fieldEquals(log, index, FieldKey::Status, prepared, value);
    case FilterField::Host:
        return TermMatch::contains(log.strings().view(log.hostOf(index)), prepared, value, &log);
    case FilterField::Kind:
        return hasBit(prepared.kinds, int(record.kind));
    case FilterField::Family:
        return hasBit(prepared.families, int(m_families[logIndex]));
    case FilterField::Side:
        return hasBit(prepared.sides, int(record.side));
    case FilterField::Program: // Sun's program is the source channel; the destination channel is shown with it
        return TermMatch::contains(log.strings().view(log.programOf(index)), prepared, value, &log)
            || fieldContains(log, index, FieldKey::DestChannel, prepared, value);
    case FilterField::Peer:
        return fieldContains(log, index, FieldKey::PeerHost, prepared, value)
            || fieldContains(log, index, FieldKey::PeerIp, prepared, value)
            || fieldContains(log, index, FieldKey::Relay, prepared, value);
    case FilterField::Reply: {
        NumberText buffer;
        const QByteArrayView code = fieldView(log, index, FieldKey::ReplyCode, &buffer);
        return (!code.isEmpty() && prepared.ascii && FoldedBytes::startsWith(code, prepared.folded))
            || fieldContains(log, index, FieldKey::Reply, prepared, value)
            || fieldContains(log, index, FieldKey::EnhancedStatus, prepared, value);
    }
    case FilterField::Text:
        return rawTextContains(log, index, prepared, value);
    case FilterField::Field:
        return fieldEquals(log, index, term.key, prepared, value);
    }
    return false;
}
