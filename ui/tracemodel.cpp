#include "tracemodel.h"

#include "model/logcollection.h"
#include "outcomepalette.h"
#include "plaintexttooltip.h"
#include "trace/messagesummary.h"
#include "workspace/eventcolumns.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// How a link reads from the side of the message whose hop lists it.
TraceLinkRole roleOf(LinkType type, bool outgoing)
{
    switch (type) {
    case LinkType::NextHop:
        return outgoing ? TraceLinkRole::NextHop : TraceLinkRole::PreviousHop;
    case LinkType::Notification:
        return outgoing ? TraceLinkRole::Notification : TraceLinkRole::NotificationFor;
    case LinkType::Derived:
        return outgoing ? TraceLinkRole::Derived : TraceLinkRole::DerivedFrom;
    }
    return TraceLinkRole::NextHop;
}

// A remote that names a host or an address, not a local transport ("local", "ims-ms").
bool isNetworkRemote(const QString& remote)
{
    return remote.contains(u'.') || remote.contains(u':') || remote.contains(u'[');
}

} // namespace

TraceModel::TraceModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

TraceModel::~TraceModel() = default;

void TraceModel::setTrace(
    const MailGraph* graph, const LogCollection* logs, std::vector<std::uint32_t> path, std::uint32_t focus)
{
    beginResetModel();
    m_nodes.clear();
    const bool usable = graph && logs;
    m_graph = usable ? graph : nullptr;
    m_logs = usable ? logs : nullptr;
    m_path = usable ? std::move(path) : std::vector<std::uint32_t>();
    m_focus = usable ? focus : NoIndex;
    for (std::size_t position = 0; position < m_path.size(); ++position) {
        Q_ASSERT(m_path[position] < m_graph->messages.size());
        Node hop;
        hop.type = ItemType::Hop;
        hop.event = MessageSummary::firstEvent(*m_graph, m_path[position]);
        hop.row = std::uint32_t(position);
        hop.message = m_path[position];
        m_nodes.push_back(hop);
    }
    // Breadth first: each node's children are appended in one go, so they stay contiguous.
    for (std::uint32_t node = 0; node < m_nodes.size(); ++node)
        appendChildren(node);
    m_withDates = spansDays();
    endResetModel();
}

bool TraceModel::spansDays() const
{
    QString firstDay;
    for (const Node& node : m_nodes) {
        if (!node.event.isValid())
            continue;
        const QString day = eventTimeText(m_logs->log(node.event.log), node.event.index).left(10);
        if (firstDay.isEmpty())
            firstDay = day;
        else if (day != firstDay)
            return true;
    }
    return false;
}

void TraceModel::setFocus(std::uint32_t focus)
{
    if (focus == m_focus)
        return;
    const QModelIndex before = hopIndex(m_focus);
    m_focus = focus;
    for (const QModelIndex& hop : { before, hopIndex(focus) }) {
        if (hop.isValid())
            emit dataChanged(hop, hop.siblingAtColumn(ColumnCount - 1), { Qt::FontRole });
    }
}

void TraceModel::clear()
{
    beginResetModel();
    m_graph = nullptr;
    m_logs = nullptr;
    m_path.clear();
    m_focus = NoIndex;
    m_nodes.clear();
    endResetModel();
}

void TraceModel::appendChildren(std::uint32_t node)
{
    const std::uint32_t first = std::uint32_t(m_nodes.size());
    const Node parent = m_nodes[node]; // a copy: appending moves the nodes
    if (parent.type == ItemType::Hop) {
        appendHopChildren(parent.message);
    } else if (parent.type == ItemType::Recipient) {
        const Recipient& recipient = m_graph->recipients[parent.item];
        for (std::uint32_t a = recipient.attemptsBegin; a < recipient.attemptsEnd; ++a) {
            Node attempt;
            attempt.type = ItemType::Attempt;
            attempt.event = m_graph->attempts[a].event;
            attempt.message = parent.message;
            attempt.item = a;
            m_nodes.push_back(attempt);
        }
    }
    for (std::uint32_t child = first; child < m_nodes.size(); ++child) {
        m_nodes[child].parent = node;
        m_nodes[child].row = child - first;
    }
    m_nodes[node].firstChild = first;
    m_nodes[node].childCount = std::uint32_t(m_nodes.size()) - first;
}

// Connection, message, recipients, links, note: the order in which the mail went through the hop.
void TraceModel::appendHopChildren(std::uint32_t message)
{
    const Message& m = m_graph->messages[message];
    const EventRef firstEvent = MessageSummary::firstEvent(*m_graph, message);
    if (m.inbound != NoIndex) {
        const auto events = m_graph->eventsOf(m_graph->connections[m.inbound]);
        Node connection;
        connection.type = ItemType::Connection;
        connection.event = events.empty() ? firstEvent : events.front();
        connection.message = message;
        connection.item = m.inbound;
        m_nodes.push_back(connection);
    }
    Node self;
    self.type = ItemType::Message;
    self.event = firstEvent;
    self.message = message;
    m_nodes.push_back(self);
    for (std::uint32_t r = m.recipientsBegin; r < m.recipientsEnd; ++r) {
        Node recipient;
        recipient.type = ItemType::Recipient;
        recipient.event = recipientEvent(r);
        recipient.message = message;
        recipient.item = r;
        m_nodes.push_back(recipient);
    }
    appendLinks(message);
    if (needsNextHopNote(message)) {
        Node note;
        note.type = ItemType::Note;
        note.message = message;
        m_nodes.push_back(note);
    }
}

// Links leaving the message, then the ones reaching it; each item jumps to the other message.
void TraceModel::appendLinks(std::uint32_t message)
{
    const auto add = [this](const Link& link, bool outgoing) {
        Node node;
        node.type = ItemType::Link;
        node.message = outgoing ? link.to : link.from;
        node.event = MessageSummary::firstEvent(*m_graph, node.message);
        node.linkRole = roleOf(link.type, outgoing);
        m_nodes.push_back(node);
    };
    for (const Link& link : m_graph->linksFrom(message))
        add(link, true);
    for (const Link& link : m_graph->linksTo(message))
        add(link, false);
}

// Delivered to another host by network, yet no next hop is known: its logs are probably not loaded.
bool TraceModel::needsNextHopNote(std::uint32_t message) const
{
    const auto links = m_graph->linksFrom(message);
    if (std::any_of(links.begin(), links.end(), [](const Link& link) { return link.type == LinkType::NextHop; }))
        return false;
    for (const Recipient& recipient : m_graph->recipientsOf(m_graph->messages[message])) {
        for (const Attempt& attempt : m_graph->attemptsOf(recipient)) {
            if (attempt.outcome == Outcome::Delivered
                && isNetworkRemote(MessageSummary::remote(*m_graph, *m_logs, attempt)))
                return true;
        }
    }
    return false;
}

// The line that decided the recipient's fate (its last attempt), else the line that named it, else the
// message's first line.
EventRef TraceModel::recipientEvent(std::uint32_t recipient) const
{
    const Recipient& r = m_graph->recipients[recipient];
    if (r.attemptsEnd > r.attemptsBegin)
        return m_graph->attempts[r.attemptsEnd - 1].event;
    for (const EventRef& ref : m_graph->eventsOf(m_graph->messages[r.message])) {
        const ParsedLog& log = m_logs->log(ref.log);
        for (const FieldKey key : { FieldKey::Recipient, FieldKey::OrigRecipient }) {
            const FieldValue value = log.field(ref.index, key);
            const bool names = value.value == r.address || (r.original && value.value == r.original);
            if (value.type == FieldValue::Type::String && names)
                return ref;
        }
    }
    return MessageSummary::firstEvent(*m_graph, r.message);
}

EventRef TraceModel::eventAt(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this ? nodeAt(index).event : EventRef();
}

std::uint32_t TraceModel::messageAt(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this ? nodeAt(index).message : NoIndex;
}

TraceModel::ItemType TraceModel::typeAt(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this ? nodeAt(index).type : ItemType::Note;
}

QModelIndex TraceModel::hopIndex(std::uint32_t message) const
{
    const auto it = std::find(m_path.begin(), m_path.end(), message);
    if (it == m_path.end())
        return {};
    const auto row = std::size_t(it - m_path.begin()); // hop i is node i
    return createIndex(int(row), ItemColumn, quintptr(row));
}

void TraceModel::retranslate()
{
    // Texts are formatted on demand: the views only need to fetch them again.
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitDataChanged(NoIndex, 0, int(m_path.size()));
    for (std::uint32_t node = 0; node < m_nodes.size(); ++node) {
        if (m_nodes[node].childCount > 0)
            emitDataChanged(node, 0, int(m_nodes[node].childCount));
    }
}

void TraceModel::emitDataChanged(std::uint32_t parent, int first, int count)
{
    if (count <= 0)
        return;
    const QModelIndex parentIndex
        = parent == NoIndex ? QModelIndex() : createIndex(int(m_nodes[parent].row), 0, quintptr(parent));
    emit dataChanged(index(first, 0, parentIndex), index(first + count - 1, ColumnCount - 1, parentIndex));
}

QModelIndex TraceModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    if (!parent.isValid())
        return std::size_t(row) < m_path.size() ? createIndex(row, column, quintptr(row)) : QModelIndex();
    const Node& node = nodeAt(parent);
    if (std::uint32_t(row) >= node.childCount)
        return {};
    return createIndex(row, column, quintptr(node.firstChild + std::uint32_t(row)));
}

QModelIndex TraceModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const std::uint32_t parent = nodeAt(child).parent;
    return parent == NoIndex ? QModelIndex() : createIndex(int(m_nodes[parent].row), 0, quintptr(parent));
}

int TraceModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_path.size());
    return parent.column() == 0 ? int(nodeAt(parent).childCount) : 0;
}

int TraceModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

QVariant TraceModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Node& node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == ItemColumn ? QVariant(text(node)) : time(node);
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::ForegroundRole:
        if (index.column() == ItemColumn) {
            const QPalette palette = QGuiApplication::palette();
            if (node.type == ItemType::Note)
                return palette.color(QPalette::PlaceholderText);
            const int o = outcome(node);
            const QColor color = o < 0 ? QColor() : OutcomePalette::text(Outcome(o), palette);
            if (color.isValid())
                return color;
        }
        break;
    case Qt::FontRole:
        if (node.type == ItemType::Hop && node.message == m_focus) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (node.type == ItemType::Note) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case EventRole:
        return node.event.isValid() ? QVariant::fromValue(node.event) : QVariant();
    case MessageRole:
        return uint(node.message);
    case ItemTypeRole:
        return int(node.type);
    case OutcomeRole:
        return outcome(node);
    }
    return {};
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        //: Column of the trace panel: the hops, recipients and attempts of a mail's path
        return tr("Trace");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

const TraceModel::Node& TraceModel::nodeAt(const QModelIndex& index) const
{
    Q_ASSERT(index.internalId() < m_nodes.size());
    return m_nodes[index.internalId()];
}

QString TraceModel::text(const Node& node) const
{
    const TraceTexts texts(*m_graph, *m_logs);
    switch (node.type) {
    case ItemType::Hop:
        return texts.hop(node.row + 1, node.message);
    case ItemType::Connection:
        return texts.connection(node.item);
    case ItemType::Message:
        return texts.message(node.message);
    case ItemType::Recipient:
        return texts.recipient(m_graph->recipients[node.item]);
    case ItemType::Attempt:
        return texts.attempt(node.row + 1, m_graph->attempts[node.item]);
    case ItemType::Link:
        return texts.link(node.linkRole, node.message);
    case ItemType::Note:
        return TraceTexts::nextHopMissing();
    }
    return {};
}

QVariant TraceModel::time(const Node& node) const
{
    if (!node.event.isValid())
        return {};
    // The item's line's time, to the second, in the offset the log was written in; the date only when the trace
    // spans days (the narrower column leaves the items room for their IDs).
    const QString text = eventTimeText(m_logs->log(node.event.log).event(node.event.index));
    return m_withDates ? text.left(19) : text.mid(11, 8);
}

QVariant TraceModel::toolTip(const Node& node) const
{
    if (!node.event.isValid()) {
        if (node.type == ItemType::Note)
            return tr("The message was delivered to another host whose logs are not loaded.");
        return {};
    }
    // The item in full (the view cuts long ones in the middle), then the line it comes from.
    return PlainTextToolTip::wrap(text(node) + u"\n\n" + m_logs->log(node.event.log).displayText(node.event.index));
}

int TraceModel::outcome(const Node& node) const
{
    switch (node.type) {
    case ItemType::Hop:
        return int(m_graph->messages[node.message].outcome);
    case ItemType::Recipient:
        return int(m_graph->recipients[node.item].outcome);
    case ItemType::Attempt:
        return int(m_graph->attempts[node.item].outcome);
    default:
        return -1;
    }
}
