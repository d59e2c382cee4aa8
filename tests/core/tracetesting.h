#pragma once

// Helpers for the tracing tests: write logs into a temporary folder tree (folder names matter: they name
// hosts and E-Post sub-logs), load them as Japan-time logs of 2024, build the MailGraph, and describe
// messages compactly so a test can state "queue ID X: hanako@example.jp delivered after one deferral".
#include "model/logcollection.h"
#include "trace/mailgraph.h"
#include "trace/tracebuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimeZone>

#include <utility>

class TraceFixture
{
public:
    // files: (relative path, content). Returns false (with a message in error) if a file cannot be written.
    bool load(const QList<std::pair<QByteArray, QByteArray>>& files)
    {
        QStringList paths;
        for (const auto& [relative, content] : files) {
            const QString path = m_dir.filePath(QString::fromUtf8(relative));
            QDir().mkpath(QFileInfo(path).path());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
                error = path;
                return false;
            }
            paths << path;
        }
        return loadPaths(paths);
    }

    // Folders of the bundled samples ("ironport", "postfix"), read as Japan time.
    bool loadSamples(const QStringList& folders)
    {
        QStringList paths;
        for (const QString& folder : folders)
            paths << QStringLiteral(MAILLANE_SOURCE_DIR "/resources/samples/") + folder;
        return loadPaths(paths);
    }

    bool loadPaths(const QStringList& paths)
    {
        LogParser::Options options;
        options.zone = QTimeZone("Asia/Tokyo");
        options.year = 2024;
        const LogCollection::LoadReport report = logs.load(paths, options);
        error = report.errors.join(u'\n');
        graph = TraceBuilder::build(logs);
        return report.errors.isEmpty();
    }

    QString text(StringPool::Id id) const { return QString::fromUtf8(logs.strings()->view(id)); }

    std::vector<std::uint32_t> find(QByteArrayView query) const { return graph.find(*logs.strings(), query); }

    // The one message on `host` whose primary ID is `id` (NoIndex if none or several).
    std::uint32_t message(QByteArrayView host, QByteArrayView id) const
    {
        std::uint32_t found = NoIndex;
        for (std::uint32_t m = 0; m < graph.messages.size(); ++m) {
            const Message& message = graph.messages[m];
            if (logs.strings()->view(message.id) == id && logs.strings()->view(graph.origins[message.origin].host) == host) {
                if (found != NoIndex)
                    return NoIndex;
                found = m;
            }
        }
        return found;
    }

    // "hanako@example.jp=delivered,k.ito@example.jp=rejected" in recipient order.
    QString recipients(std::uint32_t m) const
    {
        QStringList list;
        for (const Recipient& recipient : graph.recipientsOf(graph.messages[m]))
            list << text(recipient.address) + u'=' + outcomeKey(recipient.outcome);
        return list.join(u',');
    }

    // "deferred,delivered": the outcomes of one recipient's attempts in time order.
    QString attempts(std::uint32_t m, QByteArrayView address) const
    {
        QStringList list;
        for (const Recipient& recipient : graph.recipientsOf(graph.messages[m])) {
            if (logs.strings()->view(recipient.address) != address)
                continue;
            for (const Attempt& attempt : graph.attemptsOf(recipient))
                list << QString(outcomeKey(attempt.outcome));
        }
        return list.join(u',');
    }

    // "next_hop>4VbT0K2mQzz3xYp@relay1(logged)": links leaving a message (or reaching it), sorted.
    QStringList linksFrom(std::uint32_t m) const { return describeLinks(graph.linksFrom(m), true); }
    QStringList linksTo(std::uint32_t m) const { return describeLinks(graph.linksTo(m), false); }

    // A field of an event as text (empty if absent).
    QString field(const EventRef& ref, FieldKey key) const { return logs.log(ref.log).fieldText(ref.index, key); }

    // "mail.current:12" for an event.
    QString where(const EventRef& ref) const
    {
        return QFileInfo(logs.log(ref.log).info().path).fileName() + u':' + QString::number(logs.log(ref.log).lineOf(ref.index) + 1);
    }

    // The lines (file:line) of a message's events.
    QStringList lines(std::uint32_t m) const
    {
        QStringList list;
        for (const EventRef& ref : graph.eventsOf(graph.messages[m]))
            list << where(ref);
        return list;
    }

    LogCollection logs;
    MailGraph graph;
    QString error;

private:
    QStringList describeLinks(std::span<const Link> links, bool outgoing) const
    {
        QStringList list;
        for (const Link& link : links) {
            const Message& other = graph.messages[outgoing ? link.to : link.from];
            list << linkTypeKey(link.type) + u'>' + text(other.id) + u'@' + text(graph.origins[other.origin].host) + u'('
                    + linkEvidenceKey(link.evidence) + u')';
        }
        list.sort();
        return list;
    }

    QTemporaryDir m_dir;
};
