#pragma once

#include "model/eventtypes.h"

#include <QLatin1StringView>
#include <QString>

#include <compare>
#include <cstdint>
#include <limits>

// The small vocabularies of tracing: how a recipient ended, how two messages relate, which SMTP phase an
// event belongs to. Each has a stable machine key (JSON, CSV, CLI) and a translated label.

constexpr std::uint32_t NoIndex = std::numeric_limits<std::uint32_t>::max();

// Two 32-bit values as one hash key: (origin, ID), (connection, sender), (message, RID) ...
constexpr std::uint64_t pairKey(std::uint32_t high, std::uint32_t low)
{
    return (std::uint64_t(high) << 32) | low;
}

// An event of a LogCollection: which log, which event in it.
struct EventRef
{
    std::uint32_t log = NoIndex;
    std::uint32_t index = 0;

    bool isValid() const { return log != NoIndex; }
    friend bool operator==(const EventRef& a, const EventRef& b) = default;
    friend auto operator<=>(const EventRef& a, const EventRef& b) = default; // by log, then index
};

enum class Direction : std::uint8_t {
    Inbound,
    Outbound,
};

// The final state of a recipient (or of one attempt).
enum class Outcome : std::uint8_t {
    Unknown, // still queued, or the log ends before the outcome
    Delivered,
    Deferred,
    Bounced,
    Rejected,
    Expired,
    Dropped,
    Quarantined,
};
constexpr int OutcomeCount = int(Outcome::Quarantined) + 1;

// The outcome an event states (Unknown for events that decide nothing).
Outcome outcomeOf(EventKind kind);

// How bad an outcome is, for summarising several recipients: the worst one is the message's outcome.
int outcomeSeverity(Outcome outcome);

enum class LinkType : std::uint8_t {
    NextHop, // delivered to the next MTA (or back into the same one through a content filter)
    Notification, // a bounce or delay notification caused by the message
    Derived, // split, rewritten, forwarded, copied into another message
};

enum class LinkEvidence : std::uint8_t {
    Logged, // a line names the other message (queued as X, generated for bounce of MID n, ...)
    MessageIdHeader, // inferred: same Message-ID header, confirmed by addresses and time
    Envelope, // inferred: same sender and recipient at about the same time ("probable")
};

// The canonical SMTP phases (see formats.md section 0); the swimlane diagram draws them.
enum class Phase : std::uint8_t {
    Connect,
    Helo,
    Tls,
    Auth,
    MailFrom,
    RcptTo,
    Data,
    EndOfData,
    Scan,
    Queue,
    DeliveryConnect,
    Delivery,
    Response,
    Notify,
    Done,
    Close,
    DeliveryClose,
    Mailbox,
};
constexpr int PhaseCount = int(Phase::Mailbox) + 1;

QLatin1StringView outcomeKey(Outcome outcome);
QLatin1StringView linkTypeKey(LinkType type);
QLatin1StringView linkEvidenceKey(LinkEvidence evidence);
QLatin1StringView phaseKey(Phase phase);
QLatin1StringView directionKey(Direction direction);
bool outcomeFromKey(QLatin1StringView key, Outcome* outcome);

QString outcomeLabel(Outcome outcome);
QString linkTypeLabel(LinkType type);
QString linkEvidenceLabel(LinkEvidence evidence);
QString phaseLabel(Phase phase);
