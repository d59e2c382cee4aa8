#pragma once

#include "trace/tracetypes.h"

#include <QString>

#include <cstdint>
#include <vector>

// A message's path as a swimlane diagram, before any geometry: who takes part (lanes, left to right) and
// what the logs show happening between them (steps, top to bottom in time order). Built by
// SwimlaneBuilder from the trace graph, laid out by SwimlaneLayout, painted by the UI's renderer.
// Texts here are data from the logs (hosts, addresses, verdicts), decoded; the translated words around
// them come from SwimlaneTexts when painting, so a language switch needs no rebuild.
struct SwimLane
{
    enum class Role : std::uint8_t {
        Sender, // the client that connected to a hop (from outside the loaded logs)
        Server, // an MTA receiving (SMTP server side)
        Internal, // an MTA's own processing: scanning, queueing, notifications
        Client, // an MTA delivering (SMTP client side)
        Remote, // a next hop that is not in the loaded logs
        Mailbox, // local delivery and mailbox access (POP3/IMAP4)
    };

    Role role = Role::Server;
    std::uint32_t origin = NoIndex; // the MTA (MailGraph::origins) of Server/Internal/Client/Mailbox lanes
    Family family = Family::Unknown;
    QString host; // the MTA's host, or the peer's name
    QString ip; // the peer's address (Sender, Remote), or the address the MTA was seen at on this side
};

struct SwimStep
{
    enum class Shape : std::uint8_t {
        Arrow, // a protocol step between two lanes
        Box, // a phase inside one lane
    };

    Shape shape = Shape::Box;
    int fromLane = 0; // an arrow points from fromLane to toLane; a box has both equal
    int toLane = 0;
    Phase phase = Phase::Connect;
    Outcome outcome = Outcome::Unknown; // replies and refusals: what the step decided
    std::uint32_t replyCode = 0;
    int attempt = 0; // delivery and response steps: the recipient's attempt number (1-based)
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    std::uint32_t message = NoIndex; // the hop (MailGraph::messages) whose lines these are
    QString detail; // the address, HELO name, verdict or peer the step names, if any
    QString time; // of its first line, as the event table shows it (the log's zone)
    std::vector<EventRef> events; // the lines it was read from; the first one is the step's line
};

// Where the time went on one hop: receiving (first SMTP step to end of data), processing (to the first
// delivery step) and delivering (to the last reply). -1: the logs do not show that part.
struct SwimHop
{
    std::uint32_t message = NoIndex;
    std::uint32_t origin = NoIndex;
    QString host; // the MTA's name
    std::int64_t firstMs = 0;
    std::int64_t lastMs = 0;
    std::int64_t receivingMs = -1;
    std::int64_t processingMs = -1;
    std::int64_t deliveringMs = -1;
    bool nextHopMissing = false; // it delivered to a host whose logs are not loaded
};

struct Swimlane
{
    std::vector<SwimLane> lanes;
    std::vector<SwimStep> steps; // in time order
    std::vector<SwimHop> hops; // in path order

    bool isEmpty() const { return steps.empty(); }
    // The first step with this line, or -1.
    int stepOf(EventRef event) const;
};
