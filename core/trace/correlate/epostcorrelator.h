#pragma once

// Private to core/trace/correlate: the E-Post correlator (formats.md 4.4). One class, in three files:
// epostcorrelator.cpp (the merged stream of a server's sub-logs, message names and lifecycles),
// epostinbound.cpp (acceptlog, receivelog, inlog) and epostdelivery.cpp (senderlog, outlog, outlocallog,
// faillog). pop3log/imap4log carry no IDs and are left out.

#include "messagetable.h"

#include <deque>
#include <map>
#include <unordered_map>
#include <vector>

namespace EPostTrace {

// What a number such as [B0000523104-R0002-E001] names (formats.md 4.3). Retry (-R000n) and copy (-00x)
// parts are tries and copies of one message; every other part names a message derived from the one
// before it: -E/-EP error mails (notifications), -T forwards, -Y replies, -C/-L/-M/-S.
struct MessageName
{
    StringPool::Id id = 0; // "B0000523104-E001"; 0 for <B0000000000>
    StringPool::Id parent = 0; // "B0000523104"; 0 for a message of its own
    LinkType link = LinkType::Derived; // from the parent
};

class Correlator
{
public:
    explicit Correlator(GraphBuilder& builder);
    void run();

private:
    // The receiver's dialogue with one client (receivelog token, from the 220 banner to 221).
    struct Session
    {
        StringPool::Id token = 0;
        std::int64_t startMs = 0;
        std::uint32_t connection = NoIndex; // the acceptlog connection, once paired
        std::vector<EventRef> early; // lines before the pairing
        StringPool::Id peerIp = 0; // from "250 ... Hello [ip]"
        EventKind lastCommand = EventKind::Other;
        StringPool::Id lastRecipient = 0; // of the RCPT TO awaiting its reply
    };
    // MAIL FROM to the end-of-data reply on one inbound connection. It outlives its session: acceptlog's
    // result line, which says whether it was refused, may come after the 221.
    struct Transaction
    {
        std::vector<EventRef> lines;
        EventRef mailFrom;
        std::vector<std::pair<StringPool::Id, EventRef>> accepted; // RCPT TO answered 2xx: address, reply
        std::vector<std::pair<StringPool::Id, EventRef>> refused; // answered 4xx/5xx
        bool refusedWhole = false; // MAIL FROM or DATA refused
        std::uint32_t message = NoIndex; // named by the 354 reply, until the end-of-data reply
    };
    // One senderlog block [Bid-suffix]: one delivery attempt over (usually) one outbound connection.
    struct Block
    {
        std::uint32_t serial = 0;
        std::uint32_t message = NoIndex;
        std::uint32_t connection = NoIndex;
        bool connected = false;
        bool quitSent = false;
        bool dataSent = false; // the next reply answers the message data
        EventKind lastCommand = EventKind::Other;
        std::uint32_t rcpt = NoIndex; // the recipient of the RCPT TO awaiting its reply
        std::int64_t lastMs = 0;
        std::vector<std::uint32_t> named; // recipients the attempt is for
        std::vector<std::uint32_t> accepted; // RCPT TO answered 2xx
        std::vector<std::uint32_t> decided; // recipients this block gave an outcome
    };
    // A recipient's outcome from senderlog, held until it is known to be final: a later retry block for
    // the recipient makes a 5xx a deferral; outlog/faillog confirm it.
    struct PendingOutcome
    {
        std::uint32_t block = 0;
        Outcome outcome = Outcome::Unknown;
        EventRef reply;
        std::uint32_t connection = NoIndex;
    };

    // epostcorrelator.cpp
    void correlateOrigin(std::uint32_t origin, const std::vector<std::uint32_t>& logs);
    const MessageName& nameOf(EventRef ref);
    // Sets the message's flag; whether it was not set before.
    static bool setFlag(std::vector<bool>& flags, std::uint32_t message);
    std::uint32_t messageFor(EventRef ref, bool starts); // NoIndex for a line without a number
    void finishIfDone(std::uint32_t message);

    // epostinbound.cpp
    void acceptLine(EventRef ref, const EventRecord& record);
    std::uint32_t resultConnection(EventRef ref);
    void receiveLine(EventRef ref, const EventRecord& record);
    void bindSession(Session& session, bool force);
    void endSession(Session& session);
    void dialogue(Session& session, EventRef ref, const EventRecord& record);
    void openMessage(std::uint32_t connection, Transaction& transaction, EventRef ref);
    void endTransaction(std::uint32_t connection);
    void rejectedAttempt(std::uint32_t connection, EventRef result);
    void inLine(EventRef ref);
    void finishInbound();

    // epostdelivery.cpp
    void senderLine(EventRef ref, const EventRecord& record);
    std::uint32_t nameRecipient(Block& block, StringPool::Id address);
    void reply(Block& block, EventRef ref, std::uint32_t code);
    void decide(Block& block, std::uint32_t recipient, Outcome outcome, EventRef ref);
    void settle(std::map<std::uint32_t, PendingOutcome>::iterator pending, bool retried);
    void deliveryLine(EventRef ref, const EventRecord& record);
    void finishDelivery();

    GraphBuilder& b;
    MessageTable m_messages;
    // Flat maps and flags by message index: they are read for nearly every line.
    IdMap<MessageName> m_names; // (Bid, suffix) -> name
    std::vector<bool> m_linked; // messages whose parent link is made
    std::vector<bool> m_listed; // messages whose recipients were listed (inlog, RCPT TO)

    // The server being read; the rest is reset for each.
    std::uint32_t m_origin = 0;
    bool m_hasAcceptLog = false;
    std::unordered_map<StringPool::Id, std::deque<std::uint32_t>> m_awaitingResult; // client ip -> connections
    std::vector<std::uint32_t> m_unpaired; // acceptlog connections no session has claimed
    std::unordered_map<StringPool::Id, Session> m_sessions; // by token
    std::unordered_map<std::uint32_t, Transaction> m_transactions; // by connection
    StringPool::Id m_lastCommandToken = 0; // the session whose command came last, and when (seconds)
    std::int64_t m_lastCommandSecond = -1;
    std::vector<Block> m_blocks;
    IdMap<std::uint32_t> m_blockOf; // (Bid, suffix) -> its latest block: a small slot to move when the map grows
    std::map<std::uint32_t, PendingOutcome> m_pending; // by recipient
    std::uint32_t m_blockSerial = 0;
};

} // namespace EPostTrace
