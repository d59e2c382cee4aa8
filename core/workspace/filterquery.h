#pragma once

#include "model/eventtypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <utility>
#include <vector>

// What a filter term looks at. Any is free text; Field compares one FieldKey.
enum class FilterField : std::uint8_t { Any, From, To, Id, Status, Host, Kind, Family, Side, Program, Peer, Reply, Text, Field /* one FieldKey */ };

// Every family shown: the default of the event and message filters' `families` bit set (1u << int(Family)).
constexpr std::uint32_t AllFamilies = (1u << FamilyCount) - 1;

// "from", "to", "id", ... the names a term uses before the colon (Any and Field have none: "").
QLatin1StringView filterFieldKey(FilterField field);
// The cell field a Field(key) term highlights in: identifiers are Id, Sender is From, and so on; Text otherwise.
FilterField filterFieldOf(FieldKey key);

// The filter language shared by the event table and the message list (see FilterQuery::parse). Parsing is
// done once per query; the event and message matchers then use the prepared forms of the terms.
class FilterQuery
{
    Q_DECLARE_TR_FUNCTIONS(FilterQuery)

public:
    enum class Mode { Text, RegularExpression };

    struct Term
    {
        FilterField field = FilterField::Any;
        FieldKey key = FieldKey::Icid; // when field == Field
        QString value;
        bool negated = false;
    };

    // What the matchers compare a term with, computed once per query (same order as terms()).
    struct PreparedTerm
    {
        QByteArray folded; // the value as UTF-8 with ASCII letters lower-cased
        QByteArray foldedId; // folded without surrounding angle brackets (identifier comparisons)
        QString idText; // value without surrounding angle brackets
        bool ascii = true; // the value is ASCII: compare bytes with ASCII case folding, no decoding
        std::uint64_t kinds = 0; // bit per EventKind the term names (see parse() for each field)
        std::uint32_t families = 0; // bit per Family the term names
        std::uint32_t sides = 0; // bit per Side the term names
        std::uint32_t outcomes = 0; // bit per Outcome whose key equals the value (status terms)
    };

    // Mode::Text: whitespace-separated terms, all must match; "a phrase" keeps its spaces; -term negates;
    // key:value compares one field (from, to, id, status, host, kind, family, side, program, peer, reply,
    // text, or a FieldKey machine name such as mid or queue_id, which must equal; sender: and recipient: are
    // the envelope fields compared whole, since from: and to: search inside them). Everything ignores case.
    // Mode::RegularExpression: the whole text is one case-insensitive regular expression.
    // An invalid query has no terms (isEmpty()) and errorString() says what is wrong.
    static FilterQuery parse(const QString& text, Mode mode = Mode::Text);

    bool isEmpty() const;
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    Mode mode() const { return m_mode; }
    const std::vector<Term>& terms() const { return m_terms; }
    const std::vector<PreparedTerm>& prepared() const { return m_prepared; }
    const QRegularExpression& regularExpression() const { return m_regex; }

    // Where the query matches inside a cell's text, for highlighting: free-text terms (and the regex) in any
    // cell, field terms only in cells of that field. Sorted, non-overlapping (start, length) ranges.
    QList<std::pair<qsizetype, qsizetype>> matchRanges(QStringView cellText, FilterField cellField) const;

private:
    void addTerm(Term term);

    Mode m_mode = Mode::Text;
    std::vector<Term> m_terms;
    std::vector<PreparedTerm> m_prepared;
    QRegularExpression m_regex;
    QString m_error;
};
