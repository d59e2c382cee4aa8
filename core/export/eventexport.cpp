#include "eventexport.h"

#include "parsing/timestamps.h"
#include "textdecoding.h"

#include <array>

namespace EventExport {

namespace {

QByteArray decoded(QByteArrayView raw)
{
    return TextDecoding::toDisplayText(raw).toUtf8();
}

void appendTwoDigits(QByteArray* out, int value)
{
    out->append(char('0' + value / 10));
    out->append(char('0' + value % 10));
}

// The event's fields grouped by key, values decoded; repeated keys (several recipients) keep every value.
struct FieldTable
{
    std::array<QList<QByteArray>, FieldKeyCount> values;

    FieldTable(const ParsedLog& log, std::size_t index)
    {
        for (std::size_t n = 0; n < log.fieldCount(index); ++n)
            values[size_t(log.fieldKeyAt(index, n))] << log.fieldTextAt(index, n).toUtf8();
    }
};

} // namespace

QByteArray isoTime(const EventRecord& event)
{
    if (event.flags & EventRecord::NoTime)
        return {};
    const int offsetMinutes = event.offsetMinutes();
    const CivilTime t = Timestamps::civilTimeAt(event.utcMs, offsetMinutes);
    QByteArray out = QByteArray::number(t.year).rightJustified(4, '0');
    out += '-';
    appendTwoDigits(&out, t.month);
    out += '-';
    appendTwoDigits(&out, t.day);
    out += 'T';
    appendTwoDigits(&out, t.hour);
    out += ':';
    appendTwoDigits(&out, t.minute);
    out += ':';
    appendTwoDigits(&out, t.second);
    out += '.';
    out += QByteArray::number(t.millisecond).rightJustified(3, '0');
    const int absolute = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    out += offsetMinutes < 0 ? '-' : '+';
    appendTwoDigits(&out, absolute / 60);
    out += ':';
    appendTwoDigits(&out, absolute % 60);
    return out;
}

void appendJsonString(QByteArray* out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out->append('"');
    for (char c : utf8) {
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            if (quint8(c) < 0x20) {
                out->append("\\u00");
                out->append(hex[quint8(c) >> 4]);
                out->append(hex[quint8(c) & 0xf]);
            } else {
                out->append(c);
            }
        }
    }
    out->append('"');
}

void appendCsvCell(QByteArray* out, QByteArrayView utf8)
{
    const bool formula = !utf8.isEmpty()
        && (utf8.front() == '=' || utf8.front() == '+' || utf8.front() == '-' || utf8.front() == '@'
            || utf8.front() == '\t' || utf8.front() == '\r');
    const bool quote = formula || utf8.contains(',') || utf8.contains('"') || utf8.contains('\n')
        || utf8.contains('\r');
    if (!quote) {
        out->append(utf8);
        return;
    }
    out->append('"');
    if (formula)
        out->append('\'');
    for (char c : utf8) {
        if (c == '"')
            out->append('"');
        out->append(c);
    }
    out->append('"');
}

Writer::Writer(QIODevice* out, Format format)
    : m_out(out)
    , m_format(format)
{
    if (m_format == Format::Json) {
        m_out->write("[\n");
        return;
    }
    QByteArray header = "time,file,line,lines,offset,family,sublog,host,program,pid,kind,side";
    for (int key = 0; key < FieldKeyCount; ++key)
        header += ',' + QByteArrayView(fieldKey(FieldKey(key))).toByteArray();
    header += ",text\n";
    m_out->write(header);
}

Writer::~Writer()
{
    if (m_format == Format::Json)
        m_out->write(m_first ? "]\n" : "\n]\n");
}

void Writer::write(const ParsedLog& log, std::size_t index)
{
    const EventRecord& event = log.event(index);
    const SourceInfo& info = log.info();
    const FieldTable fields(log, index);
    const QByteArray path = info.path.toUtf8();
    const QByteArray text = log.text(index).toUtf8();
    const QByteArray host = decoded(log.strings().view(log.hostOf(index))); // as the table shows it
    const QByteArray program = decoded(log.strings().view(log.programOf(index)));
    m_line.clear();

    if (m_format == Format::Csv) {
        const auto cell = [this](QByteArrayView value) {
            appendCsvCell(&m_line, value);
            m_line += ',';
        };
        cell(isoTime(event));
        cell(path);
        cell(QByteArray::number(log.lineOf(index) + 1));
        cell(QByteArray::number(log.lineSpanOf(index)));
        cell(QByteArray::number(log.byteOffset(index)));
        cell(QByteArrayView(familyKey(info.family)));
        cell(info.subLog.toUtf8());
        cell(host);
        cell(program);
        const std::uint32_t pid = log.pidOf(index);
        cell(pid ? QByteArray::number(pid) : QByteArray());
        cell(QByteArrayView(kindKey(event.kind)));
        cell(QByteArrayView(sideKey(event.side)));
        for (const QList<QByteArray>& values : fields.values)
            cell(values.join(' '));
        appendCsvCell(&m_line, text);
        m_line += '\n';
        m_out->write(m_line);
        return;
    }

    const auto member = [this](QByteArrayView name, QByteArrayView value) {
        m_line += ", ";
        appendJsonString(&m_line, name);
        m_line += ": ";
        appendJsonString(&m_line, value);
    };
    const auto number = [this](QByteArrayView name, qint64 value) {
        m_line += ", ";
        appendJsonString(&m_line, name);
        m_line += ": " + QByteArray::number(value);
    };
    const auto values = [this](const QList<QByteArray>& list) {
        if (list.size() == 1) {
            appendJsonString(&m_line, list.front());
            return;
        }
        m_line += '[';
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i)
                m_line += ", ";
            appendJsonString(&m_line, list[i]);
        }
        m_line += ']';
    };

    m_line += m_first ? "  {" : ",\n  {";
    m_first = false;
    appendJsonString(&m_line, "time");
    m_line += ": ";
    if (event.flags & EventRecord::NoTime)
        m_line += "null";
    else
        appendJsonString(&m_line, isoTime(event));
    member("file", path);
    number("line", log.lineOf(index) + 1);
    number("lines", log.lineSpanOf(index));
    number("offset", log.byteOffset(index));
    member("family", QByteArrayView(familyKey(info.family)));
    member("sublog", info.subLog.toUtf8());
    if (!host.isEmpty())
        member("host", host);
    if (!program.isEmpty())
        member("program", program);
    if (const std::uint32_t pid = log.pidOf(index))
        number("pid", pid);
    member("kind", QByteArrayView(kindKey(event.kind)));
    member("side", QByteArrayView(sideKey(event.side)));
    m_line += ", \"ids\": {";
    bool firstId = true;
    for (int key = 0; key < FieldKeyCount; ++key) {
        const QList<QByteArray>& list = fields.values[size_t(key)];
        if (list.isEmpty() || !isIdentifier(FieldKey(key)))
            continue;
        if (!firstId)
            m_line += ", ";
        firstId = false;
        appendJsonString(&m_line, QByteArrayView(fieldKey(FieldKey(key))));
        m_line += ": ";
        appendJsonString(&m_line, list.join(','));
    }
    m_line += '}';
    for (int key = 0; key < FieldKeyCount; ++key) {
        const QList<QByteArray>& list = fields.values[size_t(key)];
        if (list.isEmpty() || isIdentifier(FieldKey(key)))
            continue;
        m_line += ", ";
        appendJsonString(&m_line, QByteArrayView(fieldKey(FieldKey(key))));
        m_line += ": ";
        if (isNumeric(FieldKey(key)) && list.size() == 1)
            m_line += list.front();
        else
            values(list);
    }
    if (event.flags & (EventRecord::YearInferred | EventRecord::TimeDerived)) {
        m_line += ", \"time_inferred\": true";
    }
    member("text", text);
    m_line += '}';
    m_out->write(m_line);
}

} // namespace EventExport
