#pragma once

#include "eventrefmetatype.h"
#include "tracetexts.h"
#include "trace/mailgraph.h"

#include <QAbstractItemModel>

#include <cstdint>
#include <vector>

class LogCollection;

// The path of one mail, hop by hop, as a tree: each hop (a message on one MTA) with its inbound
// connection, the message itself, its recipients and their delivery attempts, and the links to the
// other messages of the path. Every item that has an event jumps to it (EventRole). The tree is built
// once per trace as a compact vector of nodes; texts are formatted on demand.
class TraceModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class ItemType { Hop, Connection, Message, Recipient, Attempt, Link, Note };
    enum Role {
        EventRole = Qt::UserRole, // QVariant::fromValue(EventRef) the item jumps to (invalid QVariant if none)
        MessageRole, // uint message index the item belongs to, or the message a Link targets
        ItemTypeRole, // int(ItemType)
        OutcomeRole, // int(Outcome) or -1
    };
    enum Column { ItemColumn, TimeColumn, ColumnCount };

    explicit TraceModel(QObject* parent = nullptr);
    ~TraceModel() override;

    // graph and logs must outlive the model's use of them (until the next setTrace/clear).
    void setTrace(
        const MailGraph* graph, const LogCollection* logs, std::vector<std::uint32_t> path, std::uint32_t focus);
    void clear();
    const std::vector<std::uint32_t>& path() const { return m_path; }
    std::uint32_t focus() const { return m_focus; }
    // Marks another hop of the same path as the focus (no reset: the view keeps its expansion).
    void setFocus(std::uint32_t focus);
    EventRef eventAt(const QModelIndex& index) const;
    std::uint32_t messageAt(const QModelIndex& index) const; // NoIndex if none
    ItemType typeAt(const QModelIndex& index) const;
    QModelIndex hopIndex(std::uint32_t message) const; // top-level item of a message, invalid if not in path
    void retranslate(); // re-creates texts (language switch): texts are formatted on demand, views refetch them

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // One item. Children of a node are contiguous in m_nodes, so a QModelIndex's internalId is its node.
    struct Node
    {
        EventRef event; // where the item jumps; invalid for notes
        std::uint32_t parent = NoIndex; // node index; NoIndex for hops
        std::uint32_t firstChild = 0;
        std::uint32_t childCount = 0;
        std::uint32_t row = 0; // under its parent (hop: position in the path; attempt: number - 1)
        std::uint32_t message = NoIndex; // the hop's message; for links the other message
        std::uint32_t item = NoIndex; // connection, recipient or attempt index in the graph
        ItemType type = ItemType::Note;
        TraceLinkRole linkRole = TraceLinkRole::NextHop;
    };

    void appendChildren(std::uint32_t node);
    void appendHopChildren(std::uint32_t message);
    void appendLinks(std::uint32_t message);
    bool needsNextHopNote(std::uint32_t message) const;
    EventRef recipientEvent(std::uint32_t recipient) const;

    const Node& nodeAt(const QModelIndex& index) const;
    QString text(const Node& node) const;
    QVariant time(const Node& node) const;
    bool spansDays() const;
    QVariant toolTip(const Node& node) const;
    int outcome(const Node& node) const;
    void emitDataChanged(std::uint32_t parent, int first, int count);

    const MailGraph* m_graph = nullptr;
    const LogCollection* m_logs = nullptr;
    std::vector<std::uint32_t> m_path;
    std::uint32_t m_focus = NoIndex;
    std::vector<Node> m_nodes; // hops first (node i is hop i), then every node's children contiguously
    bool m_withDates = false; // times with their dates: the trace spans more than one day
};
