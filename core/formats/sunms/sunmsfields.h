#pragma once

// Private to the Sun Messaging Server parser: what its files share (formats.md section 3).

#include "parsing/parsedevent.h"

#include <QByteArrayView>

#include <cstdint>

namespace SunMsFields {

// One entry, whichever way it was written (plain LOG_FORMAT=1, XML LOG_FORMAT=4).
struct Entry
{
    QByteArrayView node, process, src, dst, direction, action, size;
    bool addresses = false; // the from/orig/cur part was present
    QByteArrayView from, orig, cur;
    QByteArrayView queueFile, messageId, parentId, user;
    QByteArrayView helo, rdns, sourceIp; // source system
    QByteArrayView remoteName; // outbound: the system name in front of dns;
    QByteArrayView transport, application, diagnostic;
};

// The head of an entry: [node] [process] src [dst] action, [node] [process] chan +/- action, or
// [node] [process] > header.
struct Head
{
    QByteArrayView node, process, src, dst, direction, action;
    QByteArrayView rest; // after the action
    bool header = false;
};

// Field shapes (sunmsentry.cpp). Plain-form fields are separated by exactly one space (formats.md 3.7),
// so a field is Bytes::firstToken of what remains.
bool isDigits(QByteArrayView text);
bool isChannel(QByteArrayView text);
bool isProcess(QByteArrayView text);
std::uint32_t hexValue(QByteArrayView text);
bool isAddressType(QByteArrayView text);

// The plain LOG_FORMAT=1 form (sunmsentry.cpp).
bool parseHead(QByteArrayView body, Head* head);
void splitMessageIds(QByteArrayView text, Entry* entry);
void parseOptionalFields(QByteArrayView text, Entry* entry, bool connection);
void parseMessageFields(QByteArrayView text, Entry* entry);

// Connection information, events and header-log lines (sunmsconnection.cpp).
bool isHostName(QByteArrayView text);
bool isTransport(QByteArrayView text);
bool isApplication(QByteArrayView text, bool afterTransport);
qsizetype sourceSystemLength(QByteArrayView text, QByteArrayView* helo, QByteArrayView* rdns, QByteArrayView* ip);
void addEntry(const Entry& entry, ParsedEvent* event);
void addHeader(QByteArrayView text, ParsedEvent* event);
bool isHeaderLine(QByteArrayView text);

// The XML LOG_FORMAT=4 form (sunmsxml.cpp).
char xmlElement(QByteArrayView text);
bool xmlTimestamp(QByteArrayView value, CivilTime* time);
bool parseXml(QByteArrayView text, ParsedEvent* event);

} // namespace SunMsFields
