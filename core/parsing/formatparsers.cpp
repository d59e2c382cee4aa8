#include "formatparser.h"

#include "formats/epost/epostparser.h"
#include "formats/ironport/ironportparser.h"
#include "formats/postfix/postfixparser.h"
#include "formats/sunms/sunmsparser.h"

namespace FormatParsers {

std::unique_ptr<FormatParser> create(Family family, QLatin1StringView subLog)
{
    switch (family) {
    case Family::IronPort:
        return std::make_unique<IronPortParser>();
    case Family::Postfix:
        return std::make_unique<PostfixParser>();
    case Family::SunMs:
        return std::make_unique<SunMsParser>();
    case Family::EPost:
        return EPostParsers::create(subLog.isEmpty() ? QLatin1StringView("receivelog") : subLog);
    case Family::Unknown:
        break;
    }
    return nullptr;
}

std::vector<std::unique_ptr<FormatParser>> all()
{
    std::vector<std::unique_ptr<FormatParser>> parsers;
    parsers.push_back(std::make_unique<IronPortParser>());
    parsers.push_back(std::make_unique<PostfixParser>());
    parsers.push_back(std::make_unique<SunMsParser>());
    for (auto& parser : EPostParsers::forDetection())
        parsers.push_back(std::move(parser));
    return parsers;
}

} // namespace FormatParsers
