// Arbitrary bytes read as Cisco IronPort / Secure Email Gateway mail_logs: every line ends up in an event, nothing crashes.
#include "fuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fuzzing::parseAsFamily(Family::IronPort, Fuzzing::bytes(data, size));
    return 0;
}
