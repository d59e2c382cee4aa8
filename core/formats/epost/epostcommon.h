#pragma once

#include "parsing/bytescanner.h"
#include "parsing/parsedevent.h"

#include <QByteArrayView>

#include <cstdint>

// Helpers shared by the E-Post sub-log parsers (epostcommon.cpp): message numbers, timestamps, command words,
// SMTP replies and commands. Every helper works on views into the line; nothing is allocated.
namespace EPost {

// word is upper case.
bool equalsNoCase(QByteArrayView text, QByteArrayView word);
// Letters at the start of text: an SMTP/POP3/IMAP command word.
QByteArrayView leadingWord(QByteArrayView text);
// Letters only, at least one.
bool isWord(QByteArrayView text);
// What follows the first space, without leading blanks (Bytes::afterFirstToken keeps them).
QByteArrayView afterFirstToken(QByteArrayView text);

// "B" + 10 digits (or 12) at the start of text: its length, or 0.
qsizetype bidLength(QByteArrayView text);
// "Bnnnnnnnnnn[-suffixes]" at the scanner.
bool messageNumber(ByteScanner* scan, QByteArrayView* bid, QByteArrayView* suffix);
void addMessageNumber(ParsedEvent* event, QByteArrayView bid, QByteArrayView suffix);

// "[12/Apr/2024:10:15:03]" at the scanner; sets the event's time.
bool timestamp(ByteScanner* scan, ParsedEvent* event);

void addReply(ParsedEvent* event, QByteArrayView reply, std::uint32_t code);
// An SMTP verb either E-Post dialogue logs.
bool isKnownVerb(QByteArrayView word);
// A word a client may have typed: one letter case throughout (unknown commands are logged as sent).
bool looksLikeCommand(QByteArrayView word);
// A client command of an SMTP dialogue: kind, Action and the address or name it carries.
void addCommand(ParsedEvent* event, QByteArrayView text, QByteArrayView word, Side side);

} // namespace EPost
