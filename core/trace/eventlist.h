#pragma once

#include "trace/tracetypes.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

class LogCollection;

// Every event of the logs numbered in one 32-bit sequence, log after log: the graph's long event lists hold
// these numbers, half the size of an EventRef.
class EventNumbering
{
public:
    EventNumbering() = default;
    // Throws std::bad_alloc when the logs hold more events than 32 bits number (hundreds of GiB of logs).
    explicit EventNumbering(const LogCollection& logs);

    std::uint32_t numberOf(EventRef ref) const { return m_firstOfLog[ref.log] + ref.index; }
    // Called for every row a filter or a sort reads: the log comes from a table by block of numbers (a block
    // spans few logs), not from a search of hundreds of daily files.
    EventRef refOf(std::uint32_t number) const
    {
        if (m_firstOfLog.size() == 1)
            return { 0, number };
        std::size_t log = m_logOfBlock[number >> BlockBits];
        while (log + 1 < m_firstOfLog.size() && m_firstOfLog[log + 1] <= number)
            ++log;
        return { std::uint32_t(log), number - m_firstOfLog[log] };
    }
    // How many logs were numbered.
    std::size_t logCount() const { return m_firstOfLog.size(); }

private:
    static constexpr unsigned BlockBits = 12;
    std::vector<std::uint32_t> m_firstOfLog; // the number of each log's first event
    std::vector<std::uint32_t> m_logOfBlock; // the log of the first number of each block
};

// The events of a message or a connection, read as EventRefs from their numbers.
class EventList
{
public:
    class Iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = EventRef;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = EventRef;

        Iterator() = default;
        Iterator(const std::uint32_t* at, const EventNumbering* numbering)
            : m_at(at)
            , m_numbering(numbering)
        {
        }
        EventRef operator*() const { return m_numbering->refOf(*m_at); }
        Iterator& operator++()
        {
            ++m_at;
            return *this;
        }
        Iterator operator++(int)
        {
            Iterator before = *this;
            ++m_at;
            return before;
        }
        friend bool operator==(const Iterator& a, const Iterator& b) { return a.m_at == b.m_at; }

    private:
        const std::uint32_t* m_at = nullptr;
        const EventNumbering* m_numbering = nullptr;
    };

    EventList(const std::uint32_t* numbers, std::size_t size, const EventNumbering& numbering)
        : m_numbers(numbers)
        , m_size(size)
        , m_numbering(&numbering)
    {
    }

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    EventRef operator[](std::size_t i) const { return m_numbering->refOf(m_numbers[i]); }
    EventRef front() const { return (*this)[0]; }
    EventRef back() const { return (*this)[m_size - 1]; }
    Iterator begin() const { return { m_numbers, m_numbering }; }
    Iterator end() const { return { m_numbers + m_size, m_numbering }; }

private:
    const std::uint32_t* m_numbers;
    std::size_t m_size;
    const EventNumbering* m_numbering;
};
