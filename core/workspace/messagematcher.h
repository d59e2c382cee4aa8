#pragma once

#include "messagefilter.h"
#include "model/stringpool.h"

#include <QByteArray>
#include <QByteArrayView>

#include <utility>
#include <vector>

struct Message;

// A MessageFilter prepared for one graph; matches() is const and may be called from several threads.
class MessageMatcher
{
public:
    MessageMatcher(const MailGraph& graph, const LogCollection& logs, const MessageFilter& filter);

    bool matches(std::uint32_t message) const;

private:
    // What the free text and the id terms of one message look at, collected once per message when needed.
    struct Texts
    {
        bool collected = false;
        std::vector<std::pair<FieldKey, std::vector<StringPool::Id>>> ids;
        QByteArray idsText; // "mid=30011 icid=880412"
        std::vector<QByteArrayView> pieces; // host, instance, IDs, sender, recipients, subject, Message-ID
    };

    bool matchesQuery(std::uint32_t message) const;
    bool matchesTerm(std::size_t term, std::uint32_t message, Texts& texts) const;
    bool matchesRegex(std::uint32_t message, Texts& texts) const;
    void collect(std::uint32_t message, Texts& texts) const;
    bool idEquals(std::uint32_t message, Texts& texts, std::size_t term, bool anyKey, FieldKey key) const;
    bool peerContains(const Message& message, std::size_t term) const;

    const MailGraph& m_graph;
    const LogCollection& m_logs;
    const StringPool& m_strings;
    const MessageFilter& m_filter;
    bool m_useQuery = false;
};
