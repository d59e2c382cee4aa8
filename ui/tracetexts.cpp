#include "tracetexts.h"

#include "model/logcollection.h"
#include "textdecoding.h"
#include "trace/messagesummary.h"

#include <QStringList>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Joins the parts of one item's text; a separator, not a sentence.
QString joined(const QStringList& parts)
{
    return parts.join(u" · "_s);
}

} // namespace

TraceTexts::TraceTexts(const MailGraph& graph, const LogCollection& logs)
    : m_graph(graph)
    , m_logs(logs)
{
}

QString TraceTexts::hop(std::size_t position, std::uint32_t message) const
{
    //: A hop of the trace: position in the path, "host · product · ID", the message's outcome
    return tr("%1. %2 — %3").arg(QString::number(position), messageName(message), outcomeLabel(m_graph.messages[message].outcome));
}

QString TraceTexts::connection(std::uint32_t connection) const
{
    const Connection& c = m_graph.connections[connection];
    const QString peer = MessageSummary::peer(m_graph, m_logs, connection);
    QStringList parts;
    if (peer.isEmpty()) {
        parts << tr("Inbound connection");
    } else {
        //: %1 is the client's host name and/or IP address
        parts << tr("Connection from %1").arg(peer);
    }
    if (const QByteArrayView id = MessageSummary::connectionId(m_graph, m_logs, connection); !id.isEmpty())
        parts << labelled(c.idKey, TextDecoding::toDisplayText(id));
    return joined(parts);
}

QString TraceTexts::message(std::uint32_t message) const
{
    const Message& m = m_graph.messages[message];
    QStringList parts;
    if (m.sender)
        //: %1 is the envelope sender's address
        parts << tr("From %1").arg(string(m.sender));
    else if (m.has(Message::NullSender))
        parts << tr("From <> (null sender)");
    const QString messageId = MessageSummary::messageIdText(m_graph, m_logs, message);
    if (!messageId.isEmpty())
        parts << tr("Message-ID %1").arg(messageId);
    const QString subject = MessageSummary::subject(m_graph, m_logs, message);
    if (!subject.isEmpty())
        parts << tr("Subject %1").arg(subject);
    if (m.size) {
        const int size = int(qMin<std::uint32_t>(m.size, std::uint32_t(std::numeric_limits<int>::max())));
        // Sun Messaging Server logs sizes in blocks, the others in bytes.
        const bool blocks = m_graph.origins[m.origin].family == Family::SunMs;
        parts << (blocks ? tr("%Ln block(s)", nullptr, size) : tr("%Ln byte(s)", nullptr, size));
    }
    return parts.isEmpty() ? tr("Message") : joined(parts);
}

QString TraceTexts::recipient(const Recipient& recipient) const
{
    const QString address = string(recipient.address);
    const QString outcome = outcomeLabel(recipient.outcome);
    if (recipient.original && recipient.original != recipient.address)
        //: %1 is the recipient's address, %2 the address it was expanded from, %3 the outcome
        return tr("To %1 (originally %2) — %3").arg(address, string(recipient.original), outcome);
    //: %1 is the recipient's address, %2 the outcome
    return tr("To %1 — %2").arg(address, outcome);
}

QString TraceTexts::attempt(std::size_t number, const Attempt& attempt) const
{
    QStringList parts { tr("Attempt %1").arg(qulonglong(number)), outcomeLabel(attempt.outcome) };
    const QString remote = MessageSummary::remote(m_graph, m_logs, attempt);
    if (!remote.isEmpty())
        parts << remote;
    // The reply last: it ends with the ID the next hop gave ("queued as …"), which a cut in the middle keeps.
    const QString reply = MessageSummary::reply(m_logs, attempt);
    if (!reply.isEmpty())
        parts << shortened(reply, MaxReplyLength);
    return joined(parts);
}

QString TraceTexts::link(TraceLinkRole role, std::uint32_t other) const
{
    const QString name = messageName(other);
    switch (role) {
    case TraceLinkRole::NextHop:
        //: %1 names a message: "host · product · ID"
        return tr("Next hop: %1").arg(name);
    case TraceLinkRole::PreviousHop:
        return tr("Previous hop: %1").arg(name);
    case TraceLinkRole::Notification:
        //: A bounce or delay notification about this message
        return tr("Notification: %1").arg(name);
    case TraceLinkRole::NotificationFor:
        //: This message is a bounce or delay notification about message %1
        return tr("Notification for: %1").arg(name);
    case TraceLinkRole::Derived:
        //: A message split, rewritten or copied from this one
        return tr("Derived: %1").arg(name);
    case TraceLinkRole::DerivedFrom:
        return tr("Derived from: %1").arg(name);
    }
    return name;
}

QString TraceTexts::nextHopMissing()
{
    return tr("Next hop not in loaded logs");
}

// The message's own ID is enough to recognise it; idsText (every ID of every line) only when it has none.
QString TraceTexts::messageName(std::uint32_t message) const
{
    const Message& m = m_graph.messages[message];
    QStringList parts = origin(m);
    if (m.id)
        parts << labelled(m.idKey, m.id);
    else if (const QString ids = MessageSummary::idsText(m_graph, m_logs, message); !ids.isEmpty())
        parts << shortened(ids, MaxIdsLength);
    return joined(parts);
}

QString TraceTexts::shortened(const QString& text, qsizetype max)
{
    return text.size() <= max ? text : text.left(max - 1) + u'…';
}

QStringList TraceTexts::origin(const Message& message) const
{
    const Family family = m_graph.origins[message.origin].family;
    return { MessageSummary::hostName(m_graph, m_logs, message.origin), familyLabel(family) };
}

QString TraceTexts::string(StringPool::Id id) const
{
    return id ? TextDecoding::toDisplayText(m_logs.strings()->view(id)) : QString();
}

QString TraceTexts::labelled(FieldKey key, StringPool::Id value) const
{
    return labelled(key, string(value));
}

QString TraceTexts::labelled(FieldKey key, const QString& text) const
{
    //: An identifier: its label and its value ("Queue ID 4VbT0K2mQzz3xYp", "MID 30011")
    return tr("%1 %2").arg(fieldLabel(key), key == FieldKey::MessageId ? u'<' + text + u'>' : text);
}
