#pragma once

#include "eventfilter.h"

#include <vector>

class ParsedLog;
struct EventRecord;

// An EventFilter prepared for one LogCollection: what depends only on the log (its family, whether its file
// name matches a term) is computed once, so matches() costs a few comparisons per event plus the byte
// searches of free-text terms. matches() is const and may be called from several threads.
class EventMatcher
{
public:
    EventMatcher(const LogCollection& logs, const EventFilter& filter);

    bool matches(EventRef event) const;

private:
    bool matchesQuery(const ParsedLog& log, std::uint32_t logIndex, std::size_t index) const;
    bool matchesTerm(std::size_t term, const ParsedLog& log, std::uint32_t logIndex, std::size_t index) const;
    bool matchesRegex(const ParsedLog& log, std::size_t index) const;

    const LogCollection& m_logs;
    const EventFilter& m_filter;
    bool m_useQuery = false;
    bool m_timeRange = false;
    std::vector<Family> m_families; // per log
    std::vector<std::uint8_t> m_nameMatches; // per term, per log: the file's display name contains the term
};
