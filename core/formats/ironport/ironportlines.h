#pragma once

#include "parsing/bytescanner.h"
#include "parsing/parsedevent.h"

#include <initializer_list>

// Private to the IronPort parser (formats.md section 1): the pieces of messages and the line families that
// ironportparser.cpp dispatches to. Everything works on the record's bytes: field views point into it.
namespace IronPortLines {

// Pieces of messages (ironportfields.cpp)

// "<word><digits>" at the scanner, the digits ending at a word boundary; consumed only if it matches.
bool takeId(ByteScanner& scan, QByteArrayView word, QByteArrayView* id);
// ICID 0 and DCID 0 stand for "no real connection" (generated mail, DNS failures): not a key to group by.
void addConnectionId(ParsedEvent* event, FieldKey key, QByteArrayView id);
// "DCID <d>" or "DCID: <d>" at the scanner: adds the DCID; false (nothing consumed) without the "DCID" word.
bool takeLabelledDcid(ByteScanner& scan, ParsedEvent* event);
// The first "MID n" / "ICID n" / "DCID n" / "RCID n" anywhere in text, not preceded by a letter (so that
// "CrtMID" does not count), also as "MID: n". Keys the event already has are left alone.
void addLooseIds(QByteArrayView text, ParsedEvent* event);
// An envelope address as logged: "<a@b>" (brackets dropped, "<>" gives nothing) or a bare word.
QByteArrayView address(QByteArrayView text);
// A string printed by Python's repr(): '...', or "..." when the text holds a quote, with backslash escapes.
// The escapes stay as logged (a view cannot hold the unescaped text). Unquoted text (newer releases) is taken
// as it is; a missing closing quote (truncated line) takes the rest. *after receives what follows.
QByteArrayView reprString(QByteArrayView text, QByteArrayView* after = nullptr);
// A recipient list "[0, 1]" (with or without a leading "RID "), or a single number: the list as logged
// without the brackets. Consumes it.
QByteArrayView ridList(ByteScanner& scan);
// "[RID ]<rids> pending till ..." at the scanner: a Queued event; false if the rids are not followed by
// "pending" (the rids are consumed either way).
bool parsePending(ByteScanner& scan, ParsedEvent* event);
// The SMTP code of a Python reply tuple "('550', ['5.1.1 ...'])" in text; 0 if none (DNS errors log '000').
std::uint32_t tupleReplyCode(QByteArrayView text);
void addNumber(ParsedEvent* event, FieldKey key, QByteArrayView digits);
// The text after "<label>" in text, up to the next " <word>:" label of the same line ("IP: a details: b").
QByteArrayView labelled(QByteArrayView text, QByteArrayView label, QByteArrayView next = {});
void setOther(ParsedEvent* event, Side side, QByteArrayView message);
// "TLS success ...", "TLS failed: ...", "TLS was required but ..." after the "TLS " word.
void setTls(ParsedEvent* event, Side side, QByteArrayView rest);
bool startsWithAny(QByteArrayView text, std::initializer_list<QByteArrayView> prefixes);

// Connection lines (ironportconnection.cpp)

// Everything after "New SMTP ICID ".
void parseNewIcid(ByteScanner& scan, ParsedEvent* event);
// Everything after "ICID <icid> ".
void parseIcidLine(QByteArrayView icid, QByteArrayView what, QByteArrayView message, ParsedEvent* event);
// Everything after "SMTP Auth".
void parseSmtpAuth(QByteArrayView rest, ParsedEvent* event);

// Message lines (ironportmessage.cpp)

// Everything after "MID <mid> ".
void parseMidLine(QByteArrayView mid, ByteScanner& scan, QByteArrayView message, ParsedEvent* event);

// Delivery lines (ironportdelivery.cpp)

// Everything after "New SMTP DCID ".
void parseNewDcid(ByteScanner& scan, ParsedEvent* event);
// "DCID <d> MID <m> to RID [<rids>]" of the delivery lines.
void parseDeliveryIds(ByteScanner& scan, ParsedEvent* event);
// Everything after "Bounced: ", "Delayed: " or "Double bounce: ".
void parseBounce(QByteArrayView text, EventKind kind, ParsedEvent* event);
// Everything after "Connection Error: ".
void parseConnectionError(QByteArrayView rest, ParsedEvent* event);
// Everything after "DCID <dcid>".
void parseDcidLine(QByteArrayView dcid, ByteScanner& scan, QByteArrayView message, ParsedEvent* event);

// Quarantine, routing and system lines (ironportsystem.cpp)

void parseSpamQuarantine(QByteArrayView rest, QByteArrayView message, ParsedEvent* event);
void parseRpc(QByteArrayView rest, QByteArrayView message, ParsedEvent* event);
void parseRouting(QByteArrayView rest, QByteArrayView message, ParsedEvent* event);
// Housekeeping not tied to a message; false if message is not such a line.
bool parseSystemLine(QByteArrayView message, ParsedEvent* event);

} // namespace IronPortLines
