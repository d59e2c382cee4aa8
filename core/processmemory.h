#pragma once

#include <QtGlobal>

// The memory this process holds of its own: RssAnon (heap and stacks, not memory-mapped files such as the
// logs), in bytes; 0 where the system does not tell (no /proc). For the benchmark and memory-bound tests.
qint64 anonymousResidentBytes();

// Gives the memory that the allocator keeps of freed blocks back to the system (glibc's malloc_trim), so that a
// load's scratch does not stay resident after it; nothing where the allocator has no such call.
void releaseFreedMemory();

// Makes the allocator give big blocks (a parse chunk's arrays, a sort's scratch, a graph's temporaries) back to the
// system when they are freed. glibc's malloc raises the size that gets a mapping of its own to that of the last such
// block freed, so later blocks of that size come from its heap and stay resident after they are freed: the peak of a
// load held 10-30 bytes a line more. Nothing where the allocator has no such setting. Called at the start of each
// executable.
void returnBigBlocksWhenFreed();

// The memory this process can still take: the system's available memory (MemAvailable), or what is left under an
// address-space limit (ulimit -v) if that is less; -1 where the system does not tell (no /proc).
qint64 availableMemoryBytes();
