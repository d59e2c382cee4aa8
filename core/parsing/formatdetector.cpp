#include "formatdetector.h"

#include <QDir>

namespace {

constexpr int SampleLines = 400;

// E-Post's log folder names (formats.md 4.2).
constexpr const char* ePostSubLogs[] = { "acceptlog", "inlog", "receivelog", "outlog", "outlocallog", "senderlog",
    "faillog", "pop3log", "receivepop3", "imap4log", "receiveimap4" };

} // namespace

QLatin1StringView FormatDetector::ePostSubLogFromPath(const QString& path)
{
    const QStringList parts = QDir::fromNativeSeparators(path).split(u'/', Qt::SkipEmptyParts);
    // …/<sublog>/<SERVER>/<YYMMDD>.log: look at the folders nearest the file first
    for (qsizetype i = parts.size() - 2; i >= 0 && i >= parts.size() - 3; --i) {
        for (const char* name : ePostSubLogs) {
            if (parts[i].compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0)
                return QLatin1StringView(name);
        }
    }
    return {};
}

FormatDetector::Result FormatDetector::detect(const LogFile& file)
{
    std::vector<std::unique_ptr<FormatParser>> parsers = FormatParsers::all();
    std::vector<int> scores(parsers.size(), 0);
    std::vector<int> hits(parsers.size(), 0);

    int sampled = 0;
    for (qsizetype i = 0; i < file.lineCount() && sampled < SampleLines; ++i) {
        const QByteArrayView line = file.line(i);
        if (line.trimmed().isEmpty())
            continue;
        ++sampled;
        for (size_t p = 0; p < parsers.size(); ++p) {
            const int score = parsers[p]->recognise(line);
            scores[p] += score;
            hits[p] += score > 0 ? 1 : 0;
        }
    }

    Result result;
    result.sampledLines = sampled;
    size_t best = parsers.size();
    for (size_t p = 0; p < parsers.size(); ++p) {
        if (hits[p] > 0 && (best == parsers.size() || scores[p] > scores[best]))
            best = p;
    }
    // A mail log mixed with other daemons' lines (a shared syslog file) still counts if a fair share is ours.
    if (best == parsers.size() || (hits[best] * 5 < sampled && hits[best] < 50))
        return result;

    result.recognisedLines = hits[best];
    result.parser = std::move(parsers[best]);
    if (result.parser->family() == Family::EPost) {
        const QLatin1StringView folder = ePostSubLogFromPath(file.path());
        if (!folder.isEmpty() && folder != result.parser->subLog()) {
            if (auto named = FormatParsers::create(Family::EPost, folder))
                result.parser = std::move(named);
        }
    }
    return result;
}
