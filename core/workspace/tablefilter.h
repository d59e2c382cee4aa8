#pragma once

#include "filterquery.h"

#include <cstdint>
#include <limits>

// What the filter bar sets, for the event table and the message list alike: the query, a time range, the
// families, and optionally only problems. EventFilter and MessageFilter say what each means for their rows.
struct TableFilter
{
    FilterQuery query; // an invalid query filters nothing (the UI shows its errorString())
    std::int64_t fromMs = std::numeric_limits<std::int64_t>::min(); // UTC ms, inclusive
    std::int64_t toMs = std::numeric_limits<std::int64_t>::max();
    std::uint32_t families = AllFamilies; // bit (1u << int(Family)) per family shown
    bool problemsOnly = false;

    // Passes everything.
    bool isEmpty() const
    {
        return (!query.isValid() || query.isEmpty()) && !hasTimeRange() && (families & AllFamilies) == AllFamilies && !problemsOnly;
    }
    bool hasTimeRange() const
    {
        return fromMs != std::numeric_limits<std::int64_t>::min() || toMs != std::numeric_limits<std::int64_t>::max();
    }
};
