#pragma once

#include <cstddef>

// Keeps memory-mapped log files safe to read when they shrink under us (logrotate's copytruncate, an editor
// saving over the file, a disk that fills): reading a mapped page past the file's new end raises SIGBUS,
// which would end the process. For the mappings registered here, the guard's signal handler puts a page of
// zeros under the faulting address instead, so the read sees NUL bytes, and marks the mapping truncated; its
// owner then reports the file as changed. Faults elsewhere go to the handler that was there before.
// POSIX only; elsewhere watch() does nothing.
namespace MappingGuard {

// Registers [data, data + size); returns a slot for the calls below, or -1 when none is free (the mapping
// is then unguarded: 4096 files are open at once).
int watch(const void* data, std::size_t size);
// Forgets a slot; call before unmapping.
void unwatch(int slot);
// Whether a read of the mapping found the file shorter than it was.
bool truncated(int slot);

} // namespace MappingGuard
