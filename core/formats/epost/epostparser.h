#pragma once

#include "parsing/formatparser.h"

#include <memory>
#include <vector>

// E-Post Mail Server / E-Post SMTP Server logs, one parser per sub-log (acceptlog, inlog, receivelog,
// outlog, outlocallog, senderlog, faillog, pop3log, receivepop3, imap4log, receiveimap4).
// formats.md section 4.
namespace EPostParsers {

// The parser of one sub-log by its folder name; null if the name is not an E-Post sub-log.
std::unique_ptr<FormatParser> create(QLatin1StringView subLog);
// One parser per distinct line shape, for detection (outlocallog shares outlog's shape, and the
// receivepop3/receiveimap4 detail logs share receivelog's: the folder name tells those apart).
std::vector<std::unique_ptr<FormatParser>> forDetection();

} // namespace EPostParsers
