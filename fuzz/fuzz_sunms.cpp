// Arbitrary bytes read as Sun / Oracle Messaging Server mail.log: every line ends up in an event, nothing crashes.
#include "fuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fuzzing::parseAsFamily(Family::SunMs, Fuzzing::bytes(data, size));
    return 0;
}
