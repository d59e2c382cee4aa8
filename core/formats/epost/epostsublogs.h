#pragma once

// Private to core/formats/epost: the common base of the sub-log parsers and the constructors of each sub-log's
// parser, defined in the file that reads that sub-log.

#include "parsing/formatparser.h"

#include <memory>

namespace EPost {

class EPostParser : public FormatParser
{
public:
    explicit EPostParser(QLatin1StringView name)
        : m_name(name)
    {
    }
    Family family() const override { return Family::EPost; }
    QLatin1StringView subLog() const override { return m_name; }

    int recognise(QByteArrayView line) const override;
    bool parse(QByteArrayView record, ParsedEvent* event) const override;

protected:
    // line has no trailing blanks.
    virtual bool parseLine(QByteArrayView line, ParsedEvent* event) const = 0;

private:
    QLatin1StringView m_name;
};

// epostsmtplogs.cpp: the receiver's logs.
std::unique_ptr<FormatParser> makeAcceptLogParser();
std::unique_ptr<FormatParser> makeInLogParser();
// receivelog, and the POP3/IMAP4 servers' detail logs receivepop3 and receiveimap4 that share its shape.
enum class ReceiveProtocol { Smtp, Pop3, Imap4 };
std::unique_ptr<FormatParser> makeReceiveLogParser(QLatin1StringView name, ReceiveProtocol protocol);

// epostdeliverylogs.cpp: the delivery agent's logs.
std::unique_ptr<FormatParser> makeOutLogParser(QLatin1StringView name); // outlog, outlocallog
std::unique_ptr<FormatParser> makeFailLogParser();
std::unique_ptr<FormatParser> makeSenderLogParser();

// epostmailboxlogs.cpp: the POP3/IMAP4 servers' logs.
std::unique_ptr<FormatParser> makePop3LogParser();
std::unique_ptr<FormatParser> makeImap4LogParser();
// The text after the session of a receivepop3 / receiveimap4 line.
void receivePop3Line(QByteArrayView text, ParsedEvent* event);
void receiveImap4Line(QByteArrayView text, ParsedEvent* event);

} // namespace EPost
