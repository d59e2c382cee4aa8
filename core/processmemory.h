#pragma once

#include <QtGlobal>

// The memory this process holds of its own: RssAnon (heap and stacks, not memory-mapped files such as the
// logs), in bytes; 0 where the system does not tell (no /proc). For the benchmark and memory-bound tests.
qint64 anonymousResidentBytes();

// The memory this process can still take: the system's available memory (MemAvailable), or what is left under an
// address-space limit (ulimit -v) if that is less; -1 where the system does not tell (no /proc).
qint64 availableMemoryBytes();
