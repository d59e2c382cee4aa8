// E-Post delivery (formats.md 4.4 rules 3-4): each senderlog block [Bid-suffix] is one try over one outbound
// connection, with one attempt per recipient, decided by the next hop's replies; outlog/outlocallog
// (delivered) and faillog (failed for good) are final and confirm the try before them.
#include "epostcorrelator.h"

#include <algorithm>

namespace {

// A block's lines come together; one seen again this much later is a new try with the same number.
constexpr std::int64_t BlockGapMs = 10 * 60 * 1000;

Outcome outcomeOfReplyCode(std::uint32_t code)
{
    return code < 400 ? Outcome::Delivered : code < 500 ? Outcome::Deferred : Outcome::Bounced;
}

} // namespace

namespace EPostTrace {

void Correlator::senderLine(EventRef ref, const EventRecord& record)
{
    const StringPool::Id bid = b.string(ref, FieldKey::Bid);
    if (!bid)
        return;
    const StringPool::Id suffix = b.string(ref, FieldKey::BidSuffix);
    const std::uint64_t key = pairKey(bid, suffix);
    const std::uint32_t* known = m_blockOf.find(key);
    const bool starts = !known || b.timeOf(ref) - m_blocks[*known].lastMs > BlockGapMs
        || (record.kind == EventKind::Queued && b.line(ref).contains("GetTryServer:"));
    std::uint32_t at = known ? *known : 0;
    if (starts) {
        Block started;
        started.serial = ++m_blockSerial;
        started.message = messageFor(ref, false);
        // A number seen again later is a new try: it takes the place of the one before.
        const auto [slot, added] = m_blockOf.emplace(key);
        if (added) {
            *slot = std::uint32_t(m_blocks.size());
            m_blocks.push_back(std::move(started));
        } else {
            m_blocks[*slot] = std::move(started);
        }
        at = *slot;
    } else {
        b.attach(m_blocks[at].message, ref);
    }
    Block& block = m_blocks[at]; // valid until the next block is added, which this line does not do
    block.lastMs = b.timeOf(ref);

    const StringPool::Id action = b.string(ref, FieldKey::Action);
    const std::uint32_t code = b.number(ref, FieldKey::ReplyCode);
    const bool connectionLine = record.kind == EventKind::DeliveryConnect || record.kind == EventKind::SmtpCommand
        || record.kind == EventKind::Data || action || code;
    if (connectionLine && !block.connected) {
        const QByteArray id = b.text(bid).toByteArray() + b.text(suffix);
        block.connection = b.addConnection(m_origin, Direction::Outbound, FieldKey::Bid, b.intern(id), ref);
        block.connected = true;
    } else if (connectionLine) {
        b.attachToConnection(block.connection, ref);
    }
    const StringPool::Id address = b.string(ref, FieldKey::Recipient);
    if (record.kind == EventKind::DeliveryConnect && !address && !b.connection(block.connection).peerHost)
        b.connection(block.connection).peerHost = b.string(ref, FieldKey::Relay); // getaddrinfo:domain=<mx>

    if (action) {
        block.lastCommand = record.kind;
        block.quitSent = block.quitSent || record.kind == EventKind::DeliveryDisconnect;
        if (record.kind == EventKind::RcptTo)
            block.rcpt = address ? nameRecipient(block, address) : NoIndex;
    } else if (address) { // SendGlbalMail:domain=, ConnectHost:domain=
        nameRecipient(block, address);
    }
    if (record.kind == EventKind::Data && !action) // SendData complete.
        block.dataSent = true;
    if (code)
        reply(block, ref, code);
    if (record.kind == EventKind::Other && b.line(ref).contains("SendGlbalMail:return code=")) {
        // The try is over. Code 0 without a refusal: no connection or no answer.
        if (b.text(b.string(ref, FieldKey::Status)) == "0") {
            for (const std::uint32_t recipient : block.named)
                decide(block, recipient, Outcome::Deferred, ref);
        }
        block.connected = false;
    }
}

std::uint32_t Correlator::nameRecipient(Block& block, StringPool::Id address)
{
    const std::uint32_t recipient = b.recipient(block.message, address);
    if (std::find(block.named.begin(), block.named.end(), recipient) == block.named.end())
        block.named.push_back(recipient);
    // Tried again: the earlier try was not final.
    if (const auto it = m_pending.find(recipient); it != m_pending.end() && it->second.block != block.serial)
        settle(it, true);
    return recipient;
}

void Correlator::reply(Block& block, EventRef ref, std::uint32_t code)
{
    if (block.quitSent) { // 221: the connection is closed
        block.connected = false;
        return;
    }
    if (code == 354) {
        block.dataSent = true;
        return;
    }
    const Outcome outcome = outcomeOfReplyCode(code);
    if (block.dataSent || b.has(ref, FieldKey::NextHopId)) { // the answer to the message: "queued as ..."
        block.dataSent = false;
        for (const std::uint32_t recipient : block.accepted.empty() ? block.named : block.accepted)
            decide(block, recipient, outcome, ref);
    } else if (block.lastCommand == EventKind::RcptTo && block.rcpt != NoIndex) {
        if (code < 400)
            block.accepted.push_back(block.rcpt);
        else
            decide(block, block.rcpt, outcome, ref);
        block.rcpt = NoIndex;
    } else if (code >= 400) { // the greeting, HELO, MAIL FROM or DATA refused
        for (const std::uint32_t recipient : block.named)
            decide(block, recipient, outcome, ref);
    }
}

void Correlator::decide(Block& block, std::uint32_t recipient, Outcome outcome, EventRef ref)
{
    if (std::find(block.decided.begin(), block.decided.end(), recipient) != block.decided.end())
        return;
    block.decided.push_back(recipient);
    m_pending[recipient] = { block.serial, outcome, ref, block.connection };
}

// retried: a later try came, so a 5xx was not the end (E-Post retries them, formats.md 4.3).
void Correlator::settle(std::map<std::uint32_t, PendingOutcome>::iterator pending, bool retried)
{
    const PendingOutcome& held = pending->second;
    const Outcome outcome = retried && held.outcome == Outcome::Bounced ? Outcome::Deferred : held.outcome;
    b.addAttempt(pending->first, outcome, held.reply, held.reply, held.connection);
    m_pending.erase(pending);
}

// outlog/outlocallog "sent on" and faillog "send fail": the recipient's final outcome. It completes the
// senderlog try that led to it (whose reply carries the next hop's ID), or stands alone.
void Correlator::deliveryLine(EventRef ref, const EventRecord& record)
{
    if (record.kind != EventKind::Delivered && record.kind != EventKind::Bounced)
        return;
    const std::uint32_t message = messageFor(ref, false);
    const StringPool::Id address = b.string(ref, FieldKey::Recipient);
    if (message == NoIndex || !address)
        return;
    if (!b.message(message).sender && !b.message(message).has(Message::NullSender))
        b.setSender(message, ref); // error mails have an empty sender
    const Outcome outcome = record.kind == EventKind::Delivered ? Outcome::Delivered : Outcome::Bounced;
    const std::uint32_t recipient = b.recipient(message, address);
    const auto it = m_pending.find(recipient);
    if (it != m_pending.end() && it->second.outcome == outcome) {
        b.addAttempt(recipient, outcome, ref, it->second.reply, it->second.connection);
        m_pending.erase(it);
    } else {
        if (it != m_pending.end())
            settle(it, true);
        b.addAttempt(recipient, outcome, ref);
    }
    finishIfDone(message);
}

void Correlator::finishDelivery()
{
    while (!m_pending.empty())
        settle(m_pending.begin(), false);
    m_blocks = {};
    m_blockOf = {};
}

} // namespace EPostTrace
