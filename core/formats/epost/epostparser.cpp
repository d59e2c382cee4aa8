#include "epostparser.h"

// PLACEHOLDER: being written (issue 3).
namespace EPostParsers {
std::unique_ptr<FormatParser> create(QLatin1StringView)
{
    return nullptr;
}
std::vector<std::unique_ptr<FormatParser>> forDetection()
{
    return {};
}
} // namespace EPostParsers
