#pragma once

#include <QtGlobal>

// The memory this process holds of its own: RssAnon (heap and stacks, not memory-mapped files such as the
// logs), in bytes; 0 where the system does not tell (no /proc). For the benchmark and memory-bound tests.
qint64 anonymousResidentBytes();
