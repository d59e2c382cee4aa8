#include "navigationhistory.h"

void NavigationHistory::visit(EventRef event)
{
    if (!event.isValid() || (!m_entries.empty() && m_entries[m_current] == event))
        return;
    if (!m_entries.empty())
        m_entries.resize(m_current + 1);
    m_entries.push_back(event);
    if (m_entries.size() > Limit)
        m_entries.erase(m_entries.begin(), m_entries.begin() + std::ptrdiff_t(m_entries.size() - Limit));
    m_current = m_entries.size() - 1;
}

bool NavigationHistory::canGoBack() const
{
    return !m_entries.empty() && m_current > 0;
}

bool NavigationHistory::canGoForward() const
{
    return !m_entries.empty() && m_current + 1 < m_entries.size();
}

EventRef NavigationHistory::back()
{
    if (canGoBack())
        --m_current;
    return current();
}

EventRef NavigationHistory::forward()
{
    if (canGoForward())
        ++m_current;
    return current();
}

EventRef NavigationHistory::current() const
{
    return m_entries.empty() ? EventRef() : m_entries[m_current];
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_current = 0;
}
