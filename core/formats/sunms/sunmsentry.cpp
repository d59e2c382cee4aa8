// LOG_FORMAT=1 message entries: the column-padded head, then the fields after the action, classified
// by shape (formats.md 3.4, 3.7).
#include "sunmsfields.h"

#include "parsing/bytescanner.h"

#include <array>

namespace SunMsFields {

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!Bytes::isDigit(c))
            return false;
    }
    return true;
}
// Channel names are lower case: l, tcp_local, ims-ms, conversion. Longer ones overflow the 12-column field.
bool isChannel(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (char c : text) {
        if (!(Bytes::isLower(c) || Bytes::isDigit(c) || c == '_' || c == '-' || c == '.'))
            return false;
    }
    return true;
}

namespace {

// The action letter and its modifiers: E, EES, DEC, RE, J.
bool isActionCode(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 8)
        return false;
    for (char c : text) {
        if (!Bytes::isUpper(c))
            return false;
    }
    return true;
}

} // namespace

// LOG_PROCESS: hex pid, optional thread, sequence: 6a1c.4.17, 1e488.0.
bool isProcess(QByteArrayView text)
{
    int parts = 0;
    int run = 0;
    for (char c : text) {
        if (c == '.') {
            if (run == 0)
                return false;
            ++parts;
            run = 0;
        } else if (Bytes::isHexDigit(c) && run < 8) {
            ++run;
        } else {
            return false;
        }
    }
    if (run == 0)
        return false;
    ++parts;
    return parts == 2 || parts == 3;
}
std::uint32_t hexValue(QByteArrayView text)
{
    std::uint32_t value = 0;
    int digits = 0;
    for (char c : text) {
        if (!Bytes::isHexDigit(c) || ++digits > 8)
            break;
        const int v = Bytes::isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
        value = value * 16 + std::uint32_t(v);
    }
    return value;
}
// An address-type prefix anchors the original recipient: "rfc822;user@dom", also a bare "rfc822;".
bool isAddressType(QByteArrayView text)
{
    const qsizetype semicolon = text.indexOf(';');
    if (semicolon < 1 || semicolon > 16)
        return false;
    const QByteArrayView type = text.first(semicolon);
    if (type == "dns" || type == "smtp")
        return false; // diagnostic parts
    for (char c : type) {
        if (!(Bytes::isLower(c) || Bytes::isDigit(c) || c == '-'))
            return false;
    }
    return true;
}

namespace {

bool isQueuePath(QByteArrayView text)
{
    return text.startsWith('/') || text.contains("queue/") || text.contains("queue\\");
}
// Whether a token can be an envelope address (an empty field, a path, a message-id or a reply code cannot).
bool looksLikeAddress(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 2048 || isDigits(text) || isQueuePath(text))
        return false;
    const char first = text.front();
    if (first == '<' || first == '(' || first == '*' || first == '[' || first == '|')
        return false;
    if (text == "TCP" || text == "SMTP" || text == "ESMTP" || text == "LMTP")
        return false; // the start of a diagnostic ("TCP active open: ...")
    return !text.contains(';') && !text.contains('|');
}

} // namespace

bool parseHead(QByteArrayView body, Head* head)
{
    // The head is column-padded, so here runs of blanks do separate tokens.
    constexpr int MaxTokens = 7;
    std::array<QByteArrayView, MaxTokens> tokens;
    std::array<qsizetype, MaxTokens> starts {};
    std::array<qsizetype, MaxTokens> ends {};
    int n = 0;
    qsizetype i = 0;
    while (n < MaxTokens) {
        while (i < body.size() && Bytes::isBlank(body[i]))
            ++i;
        if (i >= body.size())
            break;
        starts[size_t(n)] = i;
        while (i < body.size() && !Bytes::isBlank(body[i]))
            ++i;
        ends[size_t(n)] = i;
        tokens[size_t(n)] = body.sliced(starts[size_t(n)], i - starts[size_t(n)]);
        ++n;
    }
    auto tok = [&tokens](int k) { return tokens[size_t(k)]; };

    int at = -1;
    for (int k = 0; k < n && k <= 4; ++k) {
        if (tok(k) == ">" && k <= 2) {
            at = k;
            head->header = true;
            break;
        }
        if (k == 0)
            continue;
        if (tok(k) == "+" || tok(k) == "-") {
            at = k;
            head->direction = tok(k);
            break;
        }
        if (isActionCode(tok(k)) && (k + 1 >= n || isDigits(tok(k + 1)))) {
            at = k;
            head->action = tok(k);
            break;
        }
    }
    if (at < 0)
        return false;

    int first = 0;
    for (int k = 0; k < at && k < 2; ++k) {
        if (isProcess(tok(k))) {
            if (k == 1)
                head->node = tok(0);
            head->process = tok(k);
            first = k + 1;
            break;
        }
    }
    int channels = at - first;
    const bool hasProcess = !head->process.isEmpty();

    if (head->header) {
        if (channels == 1 && !hasProcess)
            head->node = tok(0);
        else if (channels != 0)
            return false;
        head->rest = body.sliced(ends[size_t(at)]);
        return true;
    }
    if (!head->direction.isEmpty()) {
        if (!hasProcess && channels == 2) {
            head->node = tok(0);
            first = 1;
            channels = 1;
        }
        if (channels != 1)
            return false;
        head->src = tok(first);
        qsizetype restAt = ends[size_t(at)];
        if (at + 1 < n && isActionCode(tok(at + 1))) {
            head->action = tok(at + 1);
            restAt = ends[size_t(at + 1)];
        }
        head->rest = body.sliced(restAt);
        return isChannel(head->src);
    }
    if (!hasProcess && channels == 3) {
        head->node = tok(0);
        first = 1;
        channels = 2;
    } else if (!hasProcess && channels == 2 && head->action.front() != 'E') {
        // Node and source, or source and destination? Each channel column is 12 wide plus a space, so a blank
        // destination leaves 13 or more blanks before the action, and a short first token followed by a single
        // space is not a padded channel. An enqueue always names its destination.
        const bool blankDestination = starts[size_t(at)] - ends[1] >= 13;
        if (blankDestination || (tok(0).size() < 12 && starts[1] - ends[0] == 1)) {
            head->node = tok(0);
            first = 1;
            channels = 1;
        }
    }
    if (channels < 1 || channels > 2)
        return false;
    head->src = tok(first);
    if (channels == 2)
        head->dst = tok(first + 1);
    head->rest = body.sliced(ends[size_t(at)]);
    return isChannel(head->src) && (head->dst.isEmpty() || isChannel(head->dst));
}

// "<id>" or "<new>,<original>" (notifications).
void splitMessageIds(QByteArrayView text, Entry* entry)
{
    const qsizetype close = text.indexOf('>');
    if (close < 0) {
        entry->messageId = text; // truncated
        return;
    }
    entry->messageId = text.first(close + 1);
    const QByteArrayView rest = text.sliced(close + 1);
    if (rest.startsWith(",<"))
        entry->parentId = rest.sliced(1);
}

// The optional fields after the current recipient, classified by shape (formats.md 3.4, 3.7); the first
// token that fits none starts the diagnostic.
void parseOptionalFields(QByteArrayView text, Entry* entry, bool connection)
{
    QByteArrayView rest = text;
    while (true) {
        rest = Bytes::skipBlanks(rest); // empty optional fields leave extra spaces
        if (rest.isEmpty())
            return;
        const QByteArrayView tok = Bytes::firstToken(rest);
        const QByteArrayView after = rest.sliced(tok.size());
        const QByteArrayView next = Bytes::firstToken(Bytes::skipBlanks(after));
        if (tok.startsWith('<') && entry->messageId.isEmpty()) {
            splitMessageIds(tok, entry);
            rest = after;
            continue;
        }
        if (isQueuePath(tok) && entry->queueFile.isEmpty()) {
            entry->queueFile = tok;
            rest = after;
            continue;
        }
        if (tok.startsWith('*') && tok.size() > 1 && entry->user.isEmpty()) {
            entry->user = tok;
            rest = after;
            continue;
        }
        if (isTransport(tok) && entry->transport.isEmpty()) {
            entry->transport = tok;
            rest = after;
            continue;
        }
        if (isApplication(tok, !entry->transport.isEmpty()) && entry->application.isEmpty()) {
            entry->application = tok;
            rest = after;
            continue;
        }
        if (!connection) {
            QByteArrayView helo, rdns, ip;
            const qsizetype used
                = entry->sourceIp.isEmpty() ? sourceSystemLength(rest, &helo, &rdns, &ip) : qsizetype(0);
            if (used > 0) {
                entry->helo = helo;
                entry->rdns = rdns;
                entry->sourceIp = ip;
                rest = rest.sliced(used);
                continue;
            }
            // outbound with LOG_CONNECTION: "<remote system> dns;<host> (TCP|...) ..."
            if (next.startsWith("dns;") && isHostName(tok) && entry->remoteName.isEmpty()) {
                entry->remoteName = tok;
                rest = after;
                continue;
            }
            // LOG_NOTARY flags, unless this is the reply of a J entry ("550 5.7.1 ...")
            if (isDigits(tok) && tok.size() <= 5) {
                const bool reply = Bytes::leadingReplyCode(rest) != 0 && !next.isEmpty() && !next.startsWith('<')
                    && !isQueuePath(next);
                if (!reply) {
                    rest = after;
                    continue;
                }
            }
            // LOG_USERNAME without SASL: the owning user, in front of the source system
            if (isHostName(tok) && sourceSystemLength(Bytes::skipBlanks(after), &helo, &rdns, &ip) > 0) {
                rest = after;
                continue;
            }
        }
        entry->diagnostic = Bytes::chopBlanks(rest);
        return;
    }
}

// <size> <from> <orig-rcpt> <cur-rcpt> [optional fields] [diagnostic], after the action.
void parseMessageFields(QByteArrayView text, Entry* entry)
{
    QByteArrayView t = Bytes::skipBlanks(text);
    const QByteArrayView size = Bytes::firstToken(t);
    if (!isDigits(size))
        return parseOptionalFields(t, entry, false);
    entry->size = size;
    t = t.sliced(size.size());
    if (t.startsWith(' '))
        t = t.sliced(1);

    // The address-type token anchors the original recipient; what comes before it is the envelope From,
    // empty for notifications (two spaces in the file, one once the manual's layout is joined).
    qsizetype pos = 0;
    qsizetype anchor = -1;
    for (int index = 0; index < 4 && pos <= t.size(); ++index) {
        const QByteArrayView tok = Bytes::firstToken(t.sliced(pos));
        if (isAddressType(tok)) {
            anchor = pos;
            break;
        }
        if (tok != "<>" && (tok.startsWith('<') || tok.startsWith('/') || tok.startsWith('(') || isQueuePath(tok)))
            break;
        pos += tok.size() + 1;
    }
    QByteArrayView rest = t;
    if (anchor < 0) {
        // no address type (truncated, or not LOG_FORMAT=1): take what looks like the From
        const QByteArrayView from = Bytes::firstToken(t);
        if (looksLikeAddress(from) || from == "<>") {
            entry->addresses = true;
            entry->from = from == "<>" ? QByteArrayView() : from;
            rest = t.sliced(from.size());
        }
        return parseOptionalFields(rest, entry, false);
    }
    entry->addresses = true;
    const QByteArrayView from = Bytes::chopBlanks(Bytes::skipBlanks(t.first(anchor)));
    entry->from = from == "<>" ? QByteArrayView() : from;
    rest = t.sliced(anchor);
    const QByteArrayView orig = Bytes::firstToken(rest);
    rest = rest.sliced(orig.size());
    entry->orig = orig.sliced(orig.indexOf(';') + 1);
    if (entry->orig.isEmpty() && rest.size() > 1 && rest[0] == ' ' && rest[1] != ' ') {
        // "rfc822; addr": the address belongs to the original recipient only if a current one follows;
        // otherwise the original is empty and addr is the current recipient (vendor example 21-6).
        const QByteArrayView x = Bytes::firstToken(rest.sliced(1));
        const QByteArrayView afterX = rest.sliced(1 + x.size());
        const QByteArrayView y = afterX.startsWith(' ') ? Bytes::firstToken(afterX.sliced(1)) : QByteArrayView();
        if (looksLikeAddress(x) && looksLikeAddress(y) && (y.contains('@') || y == x)) {
            entry->orig = x;
            rest = afterX;
        }
    }
    if (rest.startsWith(' ')) {
        const QByteArrayView cur = Bytes::firstToken(rest.sliced(1));
        if (cur == "<>") {
            rest = rest.sliced(1 + cur.size());
        } else if (looksLikeAddress(cur)) {
            entry->cur = cur;
            rest = rest.sliced(1 + cur.size());
        }
        // else: empty current recipient (J entries), or its second space lost by the manual's layout
    }
    parseOptionalFields(rest, entry, false);
}

} // namespace SunMsFields
