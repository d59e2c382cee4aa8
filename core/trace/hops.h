#pragma once

#include "trace/mailgraph.h"

#include <cstdint>
#include <vector>

// One step along a mail's route, for "Go to next hop / previous hop": the message the MTA handed this one
// to, or the one it received it from. Notifications and derived messages are not hops.

// The target of the first NextHop link leaving the message (links are ordered by target), NoIndex if none.
std::uint32_t nextHop(const MailGraph& graph, std::uint32_t message);
// The source of the first NextHop link reaching the message, NoIndex if none.
std::uint32_t previousHop(const MailGraph& graph, std::uint32_t message);
// For every message, how many messages its next-hop chain has, itself included (MailGraph::hopCounts):
// linear in messages and links.
std::vector<std::uint32_t> countHops(const MailGraph& graph);
