#pragma once

#include "trace/tracetypes.h"

#include <cstddef>
#include <vector>

// A browser-like Back/Forward list of the events the operator jumped to. Visiting an event after going back
// drops the forward part, as in a browser.
class NavigationHistory
{
public:
    static constexpr std::size_t Limit = 500; // oldest entries dropped beyond this

    // Makes event the current entry; ignores invalid events and a visit equal to current().
    void visit(EventRef event);
    bool canGoBack() const;
    bool canGoForward() const;
    // Move and return the new current entry (the current one, unchanged, when there is nowhere to go).
    EventRef back();
    EventRef forward();
    // An invalid EventRef while the history is empty.
    EventRef current() const;
    std::size_t size() const { return m_entries.size(); }
    void clear();

private:
    std::vector<EventRef> m_entries;
    std::size_t m_current = 0; // index into m_entries; meaningless while it is empty
};
