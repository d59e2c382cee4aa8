#include "messagecolumns.h"

#include "eventcolumns.h"
#include "model/logcollection.h"
#include "model/vocabulary.h"
#include "textdecoding.h"
#include "trace/mailgraph.h"
#include "trace/messagesummary.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>

namespace {

constexpr const char* Context = "MessageColumn";
constexpr int ShownRecipients = 3;

constexpr std::array<VocabularyName, MessageColumnCount> columnNames { {
    { "first", QT_TRANSLATE_NOOP("MessageColumn", "First") },
    { "last", QT_TRANSLATE_NOOP("MessageColumn", "Last") },
    { "host", QT_TRANSLATE_NOOP("MessageColumn", "Host") },
    { "family", QT_TRANSLATE_NOOP("MessageColumn", "Family") },
    { "ids", QT_TRANSLATE_NOOP("MessageColumn", "IDs") },
    { "from", QT_TRANSLATE_NOOP("MessageColumn", "From") },
    { "recipients", QT_TRANSLATE_NOOP("MessageColumn", "Recipients") },
    { "outcome", QT_TRANSLATE_NOOP("MessageColumn", "Outcome") },
    { "hops", QT_TRANSLATE_NOOP("MessageColumn", "Hops") },
    { "subject", QT_TRANSLATE_NOOP("MessageColumn", "Subject") },
    { "message_id", QT_TRANSLATE_NOOP("MessageColumn", "Message-ID") },
} };

QString timeText(const LogCollection& logs, EventRef event)
{
    return event.isValid() ? eventTimeText(logs.log(event.log), event.index) : QString();
}

QString recipientsText(const MailGraph& graph, const LogCollection& logs, const Message& message)
{
    const auto recipients = graph.recipientsOf(message);
    QStringList shown;
    for (std::size_t i = 0; i < recipients.size() && i < ShownRecipients; ++i)
        shown << TextDecoding::toDisplayText(logs.strings()->view(recipients[i].address));
    const QString list = shown.join(u", ");
    const auto more = int(recipients.size()) - ShownRecipients;
    if (more <= 0)
        return list;
    //: %1 is the first three recipient addresses, %n how many more the message has
    return QCoreApplication::translate("MessageColumn", "%1 +%n more", nullptr, more).arg(list);
}

} // namespace

QLatin1StringView messageColumnKey(MessageColumn column)
{
    return Vocabulary::key(columnNames, int(column));
}

bool messageColumnFromKey(QLatin1StringView key, MessageColumn* column)
{
    int index = 0;
    if (!Vocabulary::indexOf(columnNames, key, &index))
        return false;
    *column = MessageColumn(index);
    return true;
}

QString messageColumnLabel(MessageColumn column)
{
    return Vocabulary::label(Context, columnNames, int(column));
}

FilterField messageColumnFilterField(MessageColumn column)
{
    switch (column) {
    case MessageColumn::Host:
        return FilterField::Host;
    case MessageColumn::Family:
        return FilterField::Family;
    case MessageColumn::Ids:
    case MessageColumn::MessageId:
        return FilterField::Id;
    case MessageColumn::From:
        return FilterField::From;
    case MessageColumn::Recipients:
        return FilterField::To;
    case MessageColumn::Outcome:
        return FilterField::Status;
    case MessageColumn::First:
    case MessageColumn::Last:
    case MessageColumn::Hops:
    case MessageColumn::Subject:
        break;
    }
    return FilterField::Any;
}

QString messageCellText(const MailGraph& graph, const LogCollection& logs, std::uint32_t message, MessageColumn column)
{
    const Message& m = graph.messages[message];
    switch (column) {
    case MessageColumn::First:
        return timeText(logs, MessageSummary::firstEvent(graph, message));
    case MessageColumn::Last:
        return timeText(logs, MessageSummary::lastEvent(graph, message));
    case MessageColumn::Host:
        return MessageSummary::hostName(graph, logs, m.origin);
    case MessageColumn::Family:
        return familyLabel(graph.origins[m.origin].family);
    case MessageColumn::Ids:
        return MessageSummary::idsText(graph, logs, message);
    case MessageColumn::From:
        if (m.has(Message::NullSender))
            return QStringLiteral("<>");
        return TextDecoding::toDisplayText(logs.strings()->view(m.sender));
    case MessageColumn::Recipients:
        return recipientsText(graph, logs, m);
    case MessageColumn::Outcome:
        return outcomeLabel(m.outcome);
    case MessageColumn::Hops:
        return QString::number(graph.hopCounts[message]);
    case MessageColumn::Subject:
        return MessageSummary::subject(graph, logs, message);
    case MessageColumn::MessageId:
        return MessageSummary::messageIdText(graph, logs, message);
    }
    return {};
}
