// Arbitrary bytes read as E-Post Mail Server logs, every sub-log: every line ends up in an event, nothing crashes.
#include "fuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fuzzing::parseAsFamily(Family::EPost, Fuzzing::bytes(data, size));
    return 0;
}
