#include "tracetypes.h"

#include "model/vocabulary.h"

namespace {

constexpr const char* Context = "TraceTypes";

constexpr std::array<VocabularyName, OutcomeCount> outcomeNames { {
    { "unknown", QT_TRANSLATE_NOOP("TraceTypes", "Unknown") },
    { "delivered", QT_TRANSLATE_NOOP("TraceTypes", "Delivered") },
    { "deferred", QT_TRANSLATE_NOOP("TraceTypes", "Deferred") },
    { "bounced", QT_TRANSLATE_NOOP("TraceTypes", "Bounced") },
    { "rejected", QT_TRANSLATE_NOOP("TraceTypes", "Rejected") },
    { "expired", QT_TRANSLATE_NOOP("TraceTypes", "Expired") },
    { "dropped", QT_TRANSLATE_NOOP("TraceTypes", "Dropped") },
    { "quarantined", QT_TRANSLATE_NOOP("TraceTypes", "Quarantined") },
} };

constexpr std::array<VocabularyName, 3> linkTypeNames { {
    { "next_hop", QT_TRANSLATE_NOOP("TraceTypes", "Next hop") },
    { "notification", QT_TRANSLATE_NOOP("TraceTypes", "Notification") },
    { "derived", QT_TRANSLATE_NOOP("TraceTypes", "Derived message") },
} };

constexpr std::array<VocabularyName, 3> evidenceNames { {
    { "logged", QT_TRANSLATE_NOOP("TraceTypes", "Logged") },
    { "message_id", QT_TRANSLATE_NOOP("TraceTypes", "Inferred from the Message-ID") },
    { "envelope", QT_TRANSLATE_NOOP("TraceTypes", "Probable (same sender, recipient and time)") },
} };

constexpr std::array<VocabularyName, PhaseCount> phaseNames { {
    { "connect", QT_TRANSLATE_NOOP("TraceTypes", "Connect") },
    { "helo", QT_TRANSLATE_NOOP("TraceTypes", "HELO/EHLO") },
    { "tls", QT_TRANSLATE_NOOP("TraceTypes", "TLS") },
    { "auth", QT_TRANSLATE_NOOP("TraceTypes", "AUTH") },
    { "mail_from", QT_TRANSLATE_NOOP("TraceTypes", "MAIL FROM") },
    { "rcpt_to", QT_TRANSLATE_NOOP("TraceTypes", "RCPT TO") },
    { "data", QT_TRANSLATE_NOOP("TraceTypes", "DATA") },
    { "end_of_data", QT_TRANSLATE_NOOP("TraceTypes", "End of data") },
    { "scan", QT_TRANSLATE_NOOP("TraceTypes", "Scanning") },
    { "queue", QT_TRANSLATE_NOOP("TraceTypes", "Queue") },
    { "delivery_connect", QT_TRANSLATE_NOOP("TraceTypes", "Connect to next hop") },
    { "delivery", QT_TRANSLATE_NOOP("TraceTypes", "Delivery") },
    { "response", QT_TRANSLATE_NOOP("TraceTypes", "Reply") },
    { "notify", QT_TRANSLATE_NOOP("TraceTypes", "Notification") },
    { "done", QT_TRANSLATE_NOOP("TraceTypes", "Done") },
    { "close", QT_TRANSLATE_NOOP("TraceTypes", "Close") },
    { "delivery_close", QT_TRANSLATE_NOOP("TraceTypes", "Close (delivery)") },
    { "mailbox", QT_TRANSLATE_NOOP("TraceTypes", "Mailbox access") },
} };

constexpr std::array<VocabularyName, 2> directionNames { {
    { "inbound", QT_TRANSLATE_NOOP("TraceTypes", "Inbound") },
    { "outbound", QT_TRANSLATE_NOOP("TraceTypes", "Outbound") },
} };

} // namespace

Outcome outcomeOf(EventKind kind)
{
    switch (kind) {
    case EventKind::Delivered:
        return Outcome::Delivered;
    case EventKind::Deferred:
        return Outcome::Deferred;
    case EventKind::Bounced:
        return Outcome::Bounced;
    case EventKind::Rejected:
        return Outcome::Rejected;
    case EventKind::Expired:
        return Outcome::Expired;
    case EventKind::Dropped:
        return Outcome::Dropped;
    case EventKind::Quarantined:
        return Outcome::Quarantined;
    default:
        return Outcome::Unknown;
    }
}

int outcomeSeverity(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
        return 0;
    case Outcome::Unknown:
        return 1;
    case Outcome::Deferred:
        return 2;
    case Outcome::Quarantined:
        return 3;
    case Outcome::Dropped:
        return 4;
    case Outcome::Expired:
        return 5;
    case Outcome::Rejected:
        return 6;
    case Outcome::Bounced:
        return 7;
    }
    return 1;
}

QLatin1StringView outcomeKey(Outcome outcome)
{
    return Vocabulary::key(outcomeNames, int(outcome));
}
QLatin1StringView linkTypeKey(LinkType type)
{
    return Vocabulary::key(linkTypeNames, int(type));
}
QLatin1StringView linkEvidenceKey(LinkEvidence evidence)
{
    return Vocabulary::key(evidenceNames, int(evidence));
}
QLatin1StringView phaseKey(Phase phase)
{
    return Vocabulary::key(phaseNames, int(phase));
}
QLatin1StringView directionKey(Direction direction)
{
    return Vocabulary::key(directionNames, int(direction));
}

bool outcomeFromKey(QLatin1StringView key, Outcome* outcome)
{
    int index = 0;
    if (!Vocabulary::indexOf(outcomeNames, key, &index))
        return false;
    *outcome = Outcome(index);
    return true;
}

QString outcomeLabel(Outcome outcome)
{
    return Vocabulary::label(Context, outcomeNames, int(outcome));
}
QString linkTypeLabel(LinkType type)
{
    return Vocabulary::label(Context, linkTypeNames, int(type));
}
QString linkEvidenceLabel(LinkEvidence evidence)
{
    return Vocabulary::label(Context, evidenceNames, int(evidence));
}
QString phaseLabel(Phase phase)
{
    return Vocabulary::label(Context, phaseNames, int(phase));
}
