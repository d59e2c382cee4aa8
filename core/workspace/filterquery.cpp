#include "filterquery.h"

#include "foldedbytes.h"
#include "textdecoding.h"
#include "trace/tracetypes.h"

#include <algorithm>
#include <array>

namespace {

struct NamedField
{
    const char* key;
    FilterField field;
};

// The keys of FilterField::Any and ::Field are empty: free text has none, a field term uses the FieldKey's name.
constexpr std::array<NamedField, 14> namedFields { {
    { "", FilterField::Any },
    { "from", FilterField::From },
    { "to", FilterField::To },
    { "id", FilterField::Id },
    { "status", FilterField::Status },
    { "host", FilterField::Host },
    { "kind", FilterField::Kind },
    { "family", FilterField::Family },
    { "side", FilterField::Side },
    { "program", FilterField::Program },
    { "peer", FilterField::Peer },
    { "reply", FilterField::Reply },
    { "text", FilterField::Text },
    { "", FilterField::Field },
} };

// One whitespace-separated piece of the query, quotes removed.
struct Token
{
    QString text;
    bool negated = false;
    qsizetype colon = -1; // the first colon outside quotes and before any quoted part, in text
};

// "xyz" in "xyz:value" is meant as a key only when it is a word (letters and underscores); "09:14" is not.
bool looksLikeKey(QStringView key)
{
    return !key.isEmpty() && std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
    });
}

bool findField(const QString& key, FilterField* field, FieldKey* fieldKey)
{
    const QByteArray latin = key.toLower().toLatin1();
    for (const NamedField& named : namedFields) {
        if (*named.key && latin == named.key) {
            *field = named.field;
            return true;
        }
    }
    // from: and to: are the "contains" fields; the envelope fields compared whole are sender: and recipient:.
    if (latin == "sender" || latin == "recipient") {
        *field = FilterField::Field;
        *fieldKey = latin == "sender" ? FieldKey::Sender : FieldKey::Recipient;
        return true;
    }
    if (fieldFromKey(QLatin1StringView(latin), fieldKey)) {
        *field = FilterField::Field;
        return true;
    }
    return false;
}

// Machine keys are Latin-1 views, labels translated strings.
template <typename Text>
bool containsText(const Text& text, const QString& value)
{
    return text.contains(value, Qt::CaseInsensitive);
}

template <typename Text>
bool equalsText(const Text& text, const QString& value)
{
    return text.compare(value, Qt::CaseInsensitive) == 0;
}

// Which kinds, families and sides a term names, so events are tested with one bit operation.
void prepareVocabularies(const FilterQuery::Term& term, FilterQuery::PreparedTerm* prepared)
{
    const QString& value = term.value;
    for (int k = 0; k < EventKindCount; ++k) {
        const auto kind = EventKind(k);
        const Outcome outcome = outcomeOf(kind);
        bool named = false;
        switch (term.field) {
        case FilterField::Any:
            named = containsText(kindKey(kind), value) || containsText(kindLabel(kind), value);
            break;
        case FilterField::Kind:
            named = equalsText(kindKey(kind), value) || equalsText(kindLabel(kind), value);
            break;
        case FilterField::Status:
            named = equalsText(kindKey(kind), value)
                || (outcome != Outcome::Unknown && equalsText(outcomeKey(outcome), value));
            break;
        default:
            break;
        }
        if (named)
            prepared->kinds |= std::uint64_t(1) << k;
    }
    for (int f = 0; f < FamilyCount; ++f) {
        const auto family = Family(f);
        const bool named = term.field == FilterField::Any
            ? containsText(familyKey(family), value) || containsText(familyLabel(family), value)
            : term.field == FilterField::Family && equalsText(familyKey(family), value);
        if (named)
            prepared->families |= 1u << f;
    }
    for (int s = 0; s < SideCount; ++s) {
        const auto side = Side(s);
        const bool named = term.field == FilterField::Any
            ? containsText(sideKey(side), value)
            : term.field == FilterField::Side && equalsText(sideKey(side), value);
        if (named)
            prepared->sides |= 1u << s;
    }
    if (term.field == FilterField::Status) {
        for (int o = 0; o < OutcomeCount; ++o) {
            if (equalsText(outcomeKey(Outcome(o)), value))
                prepared->outcomes |= 1u << o;
        }
    }
}

// Splits the query into tokens. Returns false with *error set when a quote is not closed.
bool tokenize(const QString& text, std::vector<Token>* tokens, QString* error)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    for (;;) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            return true;
        Token token;
        if (text[i] == u'-' && i + 1 < n && !text[i + 1].isSpace()) {
            token.negated = true;
            ++i;
        }
        bool quoted = false;
        while (i < n && !text[i].isSpace()) {
            if (text[i] == u'"') {
                const qsizetype close = text.indexOf(u'"', i + 1);
                if (close < 0) {
                    *error = FilterQuery::tr("The quotation mark before “%1” is not closed.").arg(text.mid(i + 1));
                    return false;
                }
                token.text += QStringView(text).sliced(i + 1, close - i - 1);
                quoted = true;
                i = close + 1;
                continue;
            }
            if (text[i] == u':' && token.colon < 0 && !quoted)
                token.colon = token.text.size();
            token.text += text[i++];
        }
        tokens->push_back(std::move(token));
    }
}

} // namespace

QLatin1StringView filterFieldKey(FilterField field)
{
    return QLatin1StringView(namedFields[std::size_t(field)].key);
}

FilterField filterFieldOf(FieldKey key)
{
    if (isIdentifier(key))
        return FilterField::Id;
    switch (key) {
    case FieldKey::Sender:
        return FilterField::From;
    case FieldKey::Recipient:
    case FieldKey::OrigRecipient:
        return FilterField::To;
    case FieldKey::Status:
    case FieldKey::Verdict:
        return FilterField::Status;
    case FieldKey::PeerHost:
    case FieldKey::PeerIp:
    case FieldKey::PeerPort:
    case FieldKey::Relay:
        return FilterField::Peer;
    case FieldKey::ReplyCode:
    case FieldKey::EnhancedStatus:
    case FieldKey::Reply:
        return FilterField::Reply;
    default:
        return FilterField::Text;
    }
}

FilterQuery FilterQuery::parse(const QString& text, Mode mode)
{
    FilterQuery query;
    query.m_mode = mode;
    if (mode == Mode::RegularExpression) {
        if (text.isEmpty())
            return query;
        QRegularExpression regex(
            text, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (!regex.isValid()) {
            //: %1 is the pattern, %2 a character position in it, %3 the reason (from Qt)
            query.m_error = tr("The regular expression “%1” is not valid at character %2: %3.")
                                .arg(text, QString::number(regex.patternErrorOffset() + 1), regex.errorString());
            return query;
        }
        query.m_regex = std::move(regex);
        return query;
    }

    // A query with an error has no terms: nothing half-parsed is applied.
    const auto invalid = [mode](QString error) {
        FilterQuery failed;
        failed.m_mode = mode;
        failed.m_error = std::move(error);
        return failed;
    };
    std::vector<Token> tokens;
    QString error;
    if (!tokenize(text, &tokens, &error))
        return invalid(error);
    for (Token& token : tokens) {
        if (token.text.isEmpty())
            continue;
        Term term;
        term.negated = token.negated;
        term.value = token.text;
        if (token.colon > 0) {
            const QString key = token.text.left(token.colon);
            const QString value = token.text.mid(token.colon + 1);
            // URLs ("http://x") and IPv6 addresses ("fe::1") keep their colon as text.
            const bool textLike = value.startsWith(u'/') || value.startsWith(u':');
            if (looksLikeKey(key) && !textLike) {
                if (!findField(key, &term.field, &term.key)) {
                    //: %1 is what the user typed before the colon
                    return invalid(
                        tr("“%1:” is not a filter field. Put the text in quotation marks to search for it as it is.")
                            .arg(key));
                }
                if (value.isEmpty())
                    return invalid(tr("The filter field “%1:” needs a value after the colon.").arg(key));
                term.value = value;
            }
        }
        query.addTerm(std::move(term));
    }
    return query;
}

void FilterQuery::addTerm(Term term)
{
    PreparedTerm prepared;
    const QByteArray utf8 = term.value.toUtf8();
    prepared.folded = FoldedBytes::fold(utf8);
    prepared.foldedId = FoldedBytes::fold(FoldedBytes::withoutBrackets(QByteArrayView(utf8)));
    prepared.idText = FoldedBytes::withoutBrackets(QStringView(term.value)).toString();
    prepared.ascii = TextDecoding::isAscii(utf8);
    prepareVocabularies(term, &prepared);
    m_terms.push_back(std::move(term));
    m_prepared.push_back(std::move(prepared));
}

bool FilterQuery::isEmpty() const
{
    return m_mode == Mode::RegularExpression ? m_regex.pattern().isEmpty() : m_terms.empty();
}

QList<std::pair<qsizetype, qsizetype>> FilterQuery::matchRanges(QStringView cellText, FilterField cellField) const
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    if (cellText.isEmpty())
        return ranges;
    if (m_mode == Mode::RegularExpression) {
        if (isEmpty())
            return ranges;
        QRegularExpressionMatchIterator it = m_regex.globalMatchView(cellText);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() > 0)
                ranges.append({ match.capturedStart(), match.capturedLength() });
        }
    } else {
        for (std::size_t i = 0; i < m_terms.size(); ++i) {
            const Term& term = m_terms[i];
            if (term.negated)
                continue;
            const FilterField field = term.field == FilterField::Field ? filterFieldOf(term.key) : term.field;
            if (term.field != FilterField::Any && (cellField == FilterField::Any || field != cellField))
                continue;
            const QString& needle = field == FilterField::Id ? m_prepared[i].idText : term.value;
            if (needle.isEmpty())
                continue;
            for (qsizetype at = cellText.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
                at = cellText.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
                ranges.append({ at, needle.size() });
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto& [start, length] : std::as_const(ranges)) {
        if (!merged.isEmpty() && start <= merged.back().first + merged.back().second) {
            auto& last = merged.back();
            last.second = std::max(last.first + last.second, start + length) - last.first;
        } else {
            merged.append({ start, length });
        }
    }
    return merged;
}
