#pragma once

#include "trace/mailgraph.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>

class LogCollection;

// How a link item relates its message to the other one.
enum class TraceLinkRole : std::uint8_t {
    NextHop, // this message was handed to the other
    PreviousHop, // the other was handed to this message
    Notification, // the other is a notification about this message
    NotificationFor, // this message is a notification about the other
    Derived, // the other was derived from this message
    DerivedFrom, // this message was derived from the other
};

// The texts of the trace panel's items, built on demand (so a language switch only needs a repaint).
// All plain text: log content is never interpreted as markup.
class TraceTexts
{
    Q_DECLARE_TR_FUNCTIONS(TraceTexts)

public:
    static constexpr qsizetype MaxReplyLength = 120;
    static constexpr qsizetype MaxIdsLength = 60; // idsText of a message without an ID of its own

    TraceTexts(const MailGraph& graph, const LogCollection& logs);

    // "1. esa1 · IronPort · mid=30011 — Delivered" (position is 1-based).
    QString hop(std::size_t position, std::uint32_t message) const;
    // "Connection from mx1.example.net [198.51.100.40] · ICID 880412"
    QString connection(std::uint32_t connection) const;
    // "From taro@example.net · Message-ID <…> · Subject … · 49102 bytes"
    QString message(std::uint32_t message) const;
    // "To hanako@example.jp — Delivered", with the original address when it differs.
    QString recipient(const Recipient& recipient) const;
    // "Attempt 2 · Deferred · mx.partner.example[203.0.113.50] · 451 4.7.0 …" (number is 1-based).
    QString attempt(std::size_t number, const Attempt& attempt) const;
    // "Next hop: relay1 · Postfix · Queue ID 4VbT0K2mQzz3xYp"
    QString link(TraceLinkRole role, std::uint32_t other) const;
    static QString nextHopMissing();

    // "relay1 · Postfix · Queue ID 4VbT0K2mQzz3xYp": which message on which MTA.
    QString messageName(std::uint32_t message) const;
    // Text cut to at most max characters, ending in "…" when cut.
    static QString shortened(const QString& text, qsizetype max);

private:
    // "relay1", "Postfix": the first parts of a message's name.
    QStringList origin(const Message& message) const;
    QString string(StringPool::Id id) const;
    QString labelled(FieldKey key, StringPool::Id value) const;
    QString labelled(FieldKey key, const QString& text) const;

    const MailGraph& m_graph;
    const LogCollection& m_logs;
};
