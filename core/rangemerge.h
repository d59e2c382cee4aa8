#pragma once

#include <algorithm>
#include <vector>

// Merges ranges that are each in order into one order, with a heap of one cursor per range (the logs of a
// folder into a timeline, a server's sub-logs into one stream), instead of sorting every item in one array.
// later(a, b) tells whether cursor a's current item comes after b's (no two ranges' items tie); advance(cursor)
// moves a cursor to its next item and returns false when it has none; take(cursor) takes its current item. The
// cursors come at their first items. A range gives items for as long as it stays before all the others:
// logs come in runs (a log's lines of one second), and the heap is not re-sorted for each of them.
template <typename Cursor, typename Later, typename Advance, typename Take>
void mergeRanges(std::vector<Cursor> cursors, const Later& later, const Advance& advance, const Take& take)
{
    std::make_heap(cursors.begin(), cursors.end(), later);
    while (!cursors.empty()) {
        std::pop_heap(cursors.begin(), cursors.end(), later);
        Cursor& first = cursors.back();
        const bool alone = cursors.size() == 1;
        bool more = true;
        do {
            take(first);
            more = advance(first);
        } while (more && (alone || later(cursors.front(), first)));
        if (more)
            std::push_heap(cursors.begin(), cursors.end(), later);
        else
            cursors.pop_back();
    }
}
