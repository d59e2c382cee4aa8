#include "logparser.h"

#include "formatdetector.h"
#include "formatparser.h"
#include "parsedevent.h"
#include "textdecoding.h"
#include "timestamps.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <cstring>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace {

constexpr qsizetype MinChunkLines = 16 * 1024;
constexpr int EncodingCount = 4;

struct Chunk
{
    qsizetype firstLine = 0;
    qsizetype endLine = 0;
};

struct ChunkResult
{
    ParsedLog::Chunk parsed;
    std::array<qint64, EncodingCount> linesPerEncoding {}; // lines with bytes >= 0x80, by TextDecoding::Encoding
    std::vector<std::pair<std::size_t, int>> declaredOffsets; // (event in chunk, UTC offset in seconds)
};

// Long free text, and values that differ on every line (Sun's process.thread.entry), are referenced in their
// line instead of being copied into the string pool.
bool keptInLine(FieldKey key)
{
    return key == FieldKey::Reply || key == FieldKey::Subject || key == FieldKey::Tls || key == FieldKey::Verdict
        || key == FieldKey::Process;
}

FieldValue storedValue(const ParsedEvent::Field& field, QByteArrayView line, bool singleLine, InternCache& strings)
{
    if (isNumeric(field.key))
        return { FieldValue::Type::Number, field.number };
    if (singleLine && keptInLine(field.key)) {
        const qsizetype offset = field.text.data() - line.data();
        if (offset >= 0 && offset + field.text.size() <= line.size() && offset <= 0xffff && field.text.size() <= 0xffff)
            return { FieldValue::Type::LineSpan, std::uint32_t(offset) << 16 | std::uint32_t(field.text.size()) };
    }
    // A value longer than any real one (an attack, binary data) is kept in the pool only so far: the line keeps it all.
    constexpr qsizetype MaxInternedBytes = 64 * 1024;
    return { FieldValue::Type::String, strings.intern(field.text.first(std::min(field.text.size(), MaxInternedBytes))) };
}

void storeTime(const CivilTime& time, EventRecord* record)
{
    if (!time.isValid()) {
        record->flags |= EventRecord::NoTime;
        return;
    }
    CivilTime t = time;
    if (t.year == 0) {
        t.year = 2000; // a leap year, so Feb 29 survives until the real year is known
        record->flags |= EventRecord::YearInferred;
    }
    record->utcMs = Timestamps::wallMilliseconds(t); // wall clock for now; the zone is applied later
    if (t.utcInstant) {
        record->flags |= EventRecord::UtcInstant;
    } else if (t.hasOffset) {
        record->flags |= EventRecord::OffsetFromLine;
        record->offsetQuarterHours = std::int8_t(t.offsetMinutes / 15);
        record->utcMs -= std::int64_t(t.offsetMinutes) * 60000;
    }
}

ChunkResult parseChunk(const LogFile& file, const FormatParser* parser, StringPool& pool, Chunk chunk)
{
    ChunkResult result;
    InternCache strings(pool, std::size_t(chunk.endLine - chunk.firstLine));
    result.parsed.events.reserve(size_t(chunk.endLine - chunk.firstLine));
    // Room for a busy line's fields: growing would copy them and touch fresh pages again. What is not used
    // is never touched, so costs no memory.
    result.parsed.keys.reserve(size_t(chunk.endLine - chunk.firstLine) * 8);
    result.parsed.values.reserve(size_t(chunk.endLine - chunk.firstLine) * 8);
    ParsedEvent event;
    QByteArray joined;
    const bool continuations = parser && parser->hasContinuations();

    for (qsizetype i = chunk.firstLine; i < chunk.endLine;) {
        const QByteArrayView line = file.line(i);
        qsizetype span = 1;
        if (continuations) {
            while (i + span < chunk.endLine && span < 0xffff && !parser->startsRecord(file.line(i + span)))
                ++span;
        }
        for (qsizetype k = 0; k < span; ++k) {
            const QByteArrayView part = k == 0 ? line : file.line(i + k);
            if (!TextDecoding::isAscii(part))
                ++result.linesPerEncoding[size_t(TextDecoding::classify(part))];
        }

        QByteArrayView record = line;
        if (span > 1) {
            const bool trim = parser->joinsWithSpace();
            joined = trim ? line.trimmed().toByteArray() : line.toByteArray();
            for (qsizetype k = 1; k < span; ++k) {
                const QByteArrayView part = trim ? file.line(i + k).trimmed() : file.line(i + k);
                if (part.isEmpty())
                    continue;
                joined += ' ';
                joined += part;
            }
            record = joined;
        }

        event.reset();
        // a blank line in a known log is nothing to parse, not something we failed to understand
        const bool blank = parser && record.trimmed().isEmpty();
        const bool understood = blank || (parser && parser->parse(record, &event));
        if (blank)
            event.kind = EventKind::Other;
        EventRecord stored;
        if (span > 1) {
            stored.flags |= EventRecord::HasContinuation;
            result.parsed.longRecords.emplace_back(std::uint32_t(result.parsed.events.size()), std::uint32_t(span));
        }
        storeTime(event.time, &stored); // a parser may read the time even of a line it does not understand
        EventSource source { strings.intern(event.host), 0 };
        if (understood) {
            stored.kind = event.kind;
            stored.side = event.side;
            source.program = strings.intern(event.program);
            std::vector<std::uint32_t>& pids = result.parsed.pids;
            if (event.pid != 0 || !pids.empty()) { // kept once a line of the chunk names a process
                pids.resize(result.parsed.events.size(), 0);
                pids.push_back(event.pid);
            }
            stored.fieldOffset = std::uint16_t(event.fieldCount); // the count, until the chunk is appended
            for (int f = 0; f < event.fieldCount; ++f) {
                const ParsedEvent::Field& field = event.fields[size_t(f)];
                const FieldValue value = storedValue(field, line, span == 1, strings);
                result.parsed.keys.push_back(ParsedLog::packedKey(field.key, value.type));
                result.parsed.values.push_back(value.value);
            }
            if (event.declaresUtcOffset)
                result.declaredOffsets.emplace_back(result.parsed.events.size(), event.utcOffsetSeconds);
        }
        stored.source = result.parsed.sources.indexOf(source);
        if (stored.source == EventSources::Overflow)
            result.parsed.overflowSources.emplace_back(std::uint32_t(result.parsed.events.size()), source);
        result.parsed.events.push_back(stored);
        i += span;
    }
    if (!result.parsed.pids.empty())
        result.parsed.pids.resize(result.parsed.events.size(), 0);
    return result;
}

// Appends parsed chunks to the log in file order while later chunks are still being parsed: the worker that
// completes the run of chunks next in order copies them in, so the copy overlaps the parsing instead of following
// it, and a chunk's scratch is freed as soon as it is in.
class ChunkAppender
{
public:
    ChunkAppender(ParsedLog& log, std::size_t chunks, std::size_t lines)
        : m_log(log)
        , m_results(chunks)
        , m_parsed(chunks, false)
        , m_lines(lines)
    {
        log.reserve(lines, 0); // a record is one line or more: the events fit without moving
    }

    // Called by the worker that parsed chunk `index`.
    void parsed(std::size_t index, ChunkResult result)
    {
        {
            std::lock_guard lock(m_mutex);
            m_results[index] = std::move(result);
            m_parsed[index] = true;
            if (m_appending)
                return; // the worker appending now will come to it
            m_appending = true;
        }
        for (;;) {
            std::size_t next = 0;
            {
                std::lock_guard lock(m_mutex);
                if (m_next == m_results.size() || !m_parsed[m_next]) {
                    m_appending = false;
                    return;
                }
                next = m_next;
            }
            append(m_results[next]);
            std::lock_guard lock(m_mutex);
            m_results[next] = ChunkResult();
            ++m_next;
        }
    }

    // Once every chunk is in.
    const std::array<qint64, EncodingCount>& linesPerEncoding() const { return m_encodings; }
    std::optional<int> declaredOffset() const { return m_declaredOffset; }

private:
    void append(const ChunkResult& result)
    {
        // Room for the fields of the whole file at the rate seen so far (an eighth more), so that they are rarely
        // moved, and at least half as much again when they are (a rate that creeps up must not move them for every
        // chunk); what is not used is never touched.
        const std::size_t fields = m_log.fieldTotal() + result.parsed.keys.size();
        if (fields > m_log.fieldCapacity()) {
            const std::size_t events = m_log.eventCount() + result.parsed.events.size();
            const double perLine = double(fields) / double(std::max<std::size_t>(1, events));
            m_log.reserve(0, std::max({ fields, std::size_t(perLine * double(m_lines) * 9 / 8), m_log.fieldCapacity() * 3 / 2 }));
        }
        m_log.appendChunk(result.parsed);
        for (int e = 0; e < EncodingCount; ++e)
            m_encodings[size_t(e)] += result.linesPerEncoding[size_t(e)];
        if (!m_declaredOffset && !result.declaredOffsets.empty())
            m_declaredOffset = result.declaredOffsets.front().second;
    }

    ParsedLog& m_log;
    std::mutex m_mutex;
    std::vector<ChunkResult> m_results; // parsed, waiting for those before them
    std::vector<bool> m_parsed;
    std::size_t m_next = 0; // the next chunk to append
    bool m_appending = false; // a worker is appending
    const std::size_t m_lines;
    std::array<qint64, EncodingCount> m_encodings {};
    std::optional<int> m_declaredOffset;
};

std::vector<Chunk> splitIntoChunks(const LogFile& file, const FormatParser* parser)
{
    const qsizetype lines = file.lineCount();
    const qsizetype workers = qMax(1, QThreadPool::globalInstance()->maxThreadCount());
    const qsizetype chunkLines = qMax(MinChunkLines, lines / (workers * 4) + 1);
    std::vector<Chunk> chunks;
    qsizetype start = 0;
    while (start < lines) {
        qsizetype end = qMin(lines, start + chunkLines);
        // A chunk must not begin inside a record: move its end to the next line that starts one.
        if (parser && parser->hasContinuations()) {
            const qsizetype limit = qMin(lines, end + 0xffff);
            while (end < limit && !parser->startsRecord(file.line(end)))
                ++end;
        }
        chunks.push_back({ start, end });
        start = end;
    }
    return chunks;
}

// Year-less timestamps (BSD syslog): the last entry belongs to the year of the file's modification time
// (or the year before, if its date lies after that time); walking back, a jump of more than half a year
// forward in the calendar means a year boundary was crossed.
void inferYears(ParsedLog& log, int baseYear, QDate referenceDate)
{
    int year = 0;
    int nextMonth = 0;
    for (std::size_t n = log.eventCount(); n-- > 0;) {
        EventRecord& event = log.event(n);
        if (!(event.flags & EventRecord::YearInferred))
            continue;
        const std::int64_t days = event.utcMs >= 0 ? event.utcMs / 86400000 : (event.utcMs - 86399999) / 86400000;
        const std::int64_t msOfDay = event.utcMs - days * 86400000;
        int y, month, day;
        Timestamps::civilFromDays(days, &y, &month, &day);
        if (year == 0) {
            year = baseYear;
            // an entry dated after the file was last written must be from the year before
            if (referenceDate.isValid()
                && (month > referenceDate.month() || (month == referenceDate.month() && day > referenceDate.day() + 1)))
                --year;
        } else if (month - nextMonth > 6) {
            --year;
        } else if (nextMonth - month > 6) {
            ++year;
        }
        nextMonth = month;
        event.utcMs = Timestamps::daysFromCivil(year, month, day) * 86400000 + msOfDay;
    }
}

// Converts wall-clock times to UTC. Looking the offset up once per distinct hour keeps QDateTime off the
// per-line path.
void applyZone(ParsedLog& log, const QTimeZone& zone)
{
    std::unordered_map<std::int64_t, int> offsetByHour;
    for (std::size_t n = 0; n < log.eventCount(); ++n) {
        EventRecord& event = log.event(n);
        if (event.flags & (EventRecord::OffsetFromLine | EventRecord::NoTime))
            continue;
        if (event.flags & EventRecord::UtcInstant) { // already UTC: only the offset to show it in
            const int offset = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(event.utcMs, QTimeZone::UTC));
            event.offsetQuarterHours = std::int8_t(offset / 900);
            continue;
        }
        const std::int64_t hour = event.utcMs >= 0 ? event.utcMs / 3600000 : (event.utcMs - 3599999) / 3600000;
        auto it = offsetByHour.find(hour);
        if (it == offsetByHour.end()) {
            const QDateTime wall = QDateTime::fromMSecsSinceEpoch(hour * 3600000, QTimeZone::UTC);
            const QDateTime local(wall.date(), wall.time(), zone);
            it = offsetByHour.emplace(hour, local.isValid() ? local.offsetFromUtc() : 0).first;
        }
        event.utcMs -= std::int64_t(it->second) * 1000;
        event.offsetQuarterHours = std::int8_t(it->second / 900);
    }
}

// Lines without a time (E-Post senderlog, unparsed lines) take the time of the nearest timed event of the
// same message when they name one, otherwise of the nearest event before them, otherwise the file's day.
void fillMissingTimes(ParsedLog& log)
{
    // Nearly every log times every line: then there is nothing to fill, and no message to look up per line.
    bool untimed = false;
    for (std::size_t n = 0; n < log.eventCount() && !untimed; ++n)
        untimed = log.event(n).flags & EventRecord::NoTime;
    if (!untimed)
        return;
    std::unordered_map<StringPool::Id, std::size_t> lastTimedOfMessage;
    std::size_t lastTimed = std::size_t(-1);
    // untimed events left for the second pass, with the nearest timed event before them (if any)
    std::vector<std::pair<std::size_t, std::size_t>> pending;
    auto adopt = [&log](std::size_t target, std::size_t source) {
        EventRecord& event = log.event(target);
        const EventRecord& from = log.event(source);
        event.utcMs = from.utcMs;
        event.offsetQuarterHours = from.offsetQuarterHours;
        event.flags = std::uint8_t((event.flags & ~EventRecord::NoTime) | EventRecord::TimeDerived);
    };
    auto messageOf = [&log](std::size_t n) {
        const FieldValue bid = log.field(n, FieldKey::Bid);
        return bid.type == FieldValue::Type::String ? bid.value : 0;
    };

    for (std::size_t n = 0; n < log.eventCount(); ++n) {
        const EventRecord& event = log.event(n);
        const StringPool::Id message = messageOf(n);
        if (!(event.flags & EventRecord::NoTime)) {
            lastTimed = n;
            if (message)
                lastTimedOfMessage[message] = n;
            continue;
        }
        if (message) {
            if (auto it = lastTimedOfMessage.find(message); it != lastTimedOfMessage.end()) {
                adopt(n, it->second);
                continue;
            }
        }
        if (lastTimed != std::size_t(-1) && !message)
            adopt(n, lastTimed);
        else
            pending.emplace_back(n, lastTimed);
    }
    // What is left: untimed lines of a message whose first timed line comes later, or lines at the top.
    std::unordered_map<StringPool::Id, std::size_t> firstTimedOfMessage;
    std::size_t firstTimed = std::size_t(-1);
    for (std::size_t n = log.eventCount(); n-- > 0;) {
        if (log.event(n).flags & EventRecord::NoTime)
            continue;
        firstTimed = n;
        if (const StringPool::Id message = messageOf(n))
            firstTimedOfMessage[message] = n;
    }
    const QDate day = log.info().fileDate;
    for (const auto& [n, timedBefore] : pending) {
        const StringPool::Id message = messageOf(n);
        if (auto it = firstTimedOfMessage.find(message); message && it != firstTimedOfMessage.end()) {
            adopt(n, it->second);
            continue;
        }
        // the nearest timed event before, else the first one after
        const std::size_t source = timedBefore != std::size_t(-1) ? timedBefore : firstTimed;
        if (source != std::size_t(-1)) {
            adopt(n, source);
        } else if (day.isValid()) {
            EventRecord& event = log.event(n);
            const QDateTime start(day, QTime(0, 0), log.info().zone);
            event.utcMs = start.toMSecsSinceEpoch();
            event.offsetQuarterHours = std::int8_t(start.offsetFromUtc() / 900);
            event.flags = std::uint8_t((event.flags & ~EventRecord::NoTime) | EventRecord::TimeDerived);
        }
    }
}

// The hosts a log's lines name, most common first (then by name), for the Sources panel.
QStringList mostCommonHosts(const ParsedLog& log, const std::unordered_map<StringPool::Id, qint64>& counts)
{
    constexpr std::ptrdiff_t Shown = 3;
    std::vector<std::pair<StringPool::Id, qint64>> hosts(counts.begin(), counts.end());
    const auto shown = std::min<std::ptrdiff_t>(Shown, std::ptrdiff_t(hosts.size()));
    std::partial_sort(hosts.begin(), hosts.begin() + shown, hosts.end(), [&log](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : log.strings().view(a.first) < log.strings().view(b.first);
    });
    QStringList names;
    for (auto it = hosts.begin(); it != hosts.begin() + shown; ++it)
        names << TextDecoding::toDisplayText(log.strings().view(it->first));
    return names;
}

// E-Post names its files YYMMDD.log.
QDate dateFromFileName(const QString& path)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2})(?:-\\d+)?\\.log$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QFileInfo(path).fileName());
    if (!match.hasMatch())
        return {};
    return QDate(2000 + match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

// The share of control bytes (NUL and the like; not tabs, line ends or escapes) in the first 64 KiB: text logs
// have next to none, images and executables many.
int controlBytePercent(const LogFile& file)
{
    constexpr qint64 Sample = 64 * 1024;
    qint64 scanned = 0;
    qint64 controls = 0;
    for (qsizetype i = 0; i < file.lineCount() && scanned < Sample; ++i) {
        const QByteArrayView line = file.line(i).first(std::min<qsizetype>(file.line(i).size(), Sample - scanned));
        for (const char c : line) {
            const auto byte = std::uint8_t(c);
            controls += byte < 0x20 && byte != '\t' && byte != '\r' && byte != '\f' && byte != 0x1b;
        }
        scanned += line.size() + 1; // the line's end is not a control byte
    }
    return scanned ? int(controls * 100 / scanned) : 0;
}

} // namespace

std::unique_ptr<ParsedLog> LogParser::parse(
    std::shared_ptr<const LogFile> file, std::shared_ptr<StringPool> pool, const Options& options)
{
    auto log = std::make_unique<ParsedLog>(file, pool);
    SourceInfo& info = log->info();

    std::unique_ptr<FormatParser> parser;
    if (options.family && *options.family != Family::Unknown) {
        const QByteArray subLog = options.subLog.toLatin1();
        parser = FormatParsers::create(*options.family, QLatin1StringView(subLog));
        info.familyOverridden = true;
    } else if (!options.family) {
        parser = FormatDetector::detect(*file).parser;
    } else {
        info.familyOverridden = true;
    }
    if (parser) {
        info.family = parser->family();
        info.subLog = QString(parser->subLog());
    }
    if (file->lineCount() == 0) {
        info.note = tr("The file is empty.");
    } else if (!parser) {
        const int percent = controlBytePercent(*file);
        info.binary = percent >= 10;
        info.note = info.binary ? tr("This file looks like binary data (%1% of its first bytes are control bytes), or text in an "
                                       "encoding Maillane does not read (UTF-16); every line is kept as unparsed.")
                                        .arg(percent)
                                  : tr("The format of this file was not recognised; every line is kept as unparsed.");
    }
    if (info.family == Family::EPost)
        info.fileDate = dateFromFileName(file->path());

    // Parse the chunks in parallel; each is appended to the log as soon as those before it are.
    std::vector<Chunk> chunks = splitIntoChunks(*file, parser.get());
    std::atomic<qint64> bytesDone { 0 };
    const FormatParser* shared = parser.get();
    ChunkAppender appender(*log, chunks.size(), std::size_t(file->lineCount()));
    const auto work = [&](Chunk& chunk) {
        if (options.cancel && options.cancel->load())
            return;
        const auto index = std::size_t(&chunk - chunks.data());
        appender.parsed(index, parseChunk(*file, shared, *pool, chunk));
        if (options.progress) {
            const qint64 endOffset = chunk.endLine < file->lineCount() ? file->lineOffset(chunk.endLine) : file->byteSize();
            options.progress(bytesDone += endOffset - file->lineOffset(chunk.firstLine));
        }
    };
    if (chunks.size() == 1)
        work(chunks.front());
    else
        QtConcurrent::blockingMap(chunks, work);
    if (options.cancel && options.cancel->load())
        return nullptr;
    const std::array<qint64, EncodingCount>& encodings = appender.linesPerEncoding();
    const std::optional<int> declaredOffset = appender.declaredOffset();

    // Encoding: the legacy Japanese codec with most lines, if any; else UTF-8 (which includes ASCII).
    using TextDecoding::Encoding;
    const qint64 sjis = encodings[size_t(Encoding::ShiftJis)];
    const qint64 euc = encodings[size_t(Encoding::EucJp)];
    info.encoding = sjis == 0 && euc == 0 ? Encoding::Utf8 : (sjis >= euc ? Encoding::ShiftJis : Encoding::EucJp);
    info.mixedEncodings = !info.binary && encodings[size_t(Encoding::Utf8)] > 0 && (sjis > 0 || euc > 0);
    if (options.encoding) {
        info.encoding = *options.encoding;
        info.encodingOverridden = true;
    }
    info.crlf = file->usesCrlf();

    // Time: year, zone, missing times.
    const QDateTime reference = options.fileTime.isValid() ? options.fileTime : QFileInfo(file->path()).lastModified();
    info.yearBase = options.year ? options.year : (reference.isValid() ? reference.date().year() : QDate::currentDate().year());
    inferYears(*log, info.yearBase, options.year ? QDate() : reference.date());
    if (options.zone.isValid()) {
        info.zone = options.zone;
    } else if (declaredOffset) {
        info.zone = QTimeZone::fromSecondsAheadOfUtc(*declaredOffset);
        info.zoneFromLog = true;
    } else {
        info.zone = QTimeZone::systemTimeZone();
    }
    applyZone(*log, info.zone);
    fillMissingTimes(*log);

    info.events = qint64(log->eventCount());
    info.unparsed = 0;
    std::unordered_map<StringPool::Id, qint64> hostCounts;
    for (std::size_t n = 0; n < log->eventCount(); ++n) {
        info.unparsed += log->event(n).kind == EventKind::Unparsed ? 1 : 0;
        if (const StringPool::Id host = log->sourceOf(n).host)
            ++hostCounts[host];
    }
    info.hosts = mostCommonHosts(*log, hostCounts);
    log->findTimeOrder();
    return log;
}

std::unique_ptr<ParsedLog> LogParser::parseChecked(
    std::shared_ptr<const LogFile> file, std::shared_ptr<StringPool> pool, const Options& options, QString* error)
{
    for (int attempt = 0;; ++attempt) {
        std::unique_ptr<ParsedLog> log = parse(file, pool, options);
        if (!log || !file->changedWhileOpen())
            return log;
        if (attempt > 0) {
            *error = tr("%1 changed while it was read (it shrank: rotated or rewritten); open it again to read it whole.")
                         .arg(file->path());
            return nullptr;
        }
        file = LogFile::open(file->path(), error);
        if (!file)
            return nullptr;
    }
}
