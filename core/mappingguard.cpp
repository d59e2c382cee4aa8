#include "mappingguard.h"

#include <QtGlobal>

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace {

constexpr int Slots = 4096;

// Read by the signal handler, so lock-free atomics only: a slot is free while its end is 0.
struct Slot
{
    std::atomic<std::uintptr_t> begin { 0 };
    std::atomic<std::uintptr_t> end { 0 };
    std::atomic_bool truncated { false };
};

std::array<Slot, Slots> mappings; // not "slots": Qt defines that word
std::mutex slotsMutex; // for taking and freeing slots, never in the handler

#ifdef Q_OS_UNIX
struct sigaction previousHandler;
std::uintptr_t pageSize = 4096;

// A fault outside our mappings: the handler from before ours sees it; if it returns, the fault was not
// repaired, so the default action (ending the process) follows when the read is retried, not a loop.
void passOn(int signal, siginfo_t* info, void* context)
{
    if (previousHandler.sa_flags & SA_SIGINFO)
        previousHandler.sa_sigaction(signal, info, context);
    else if (previousHandler.sa_handler != SIG_DFL && previousHandler.sa_handler != SIG_IGN)
        previousHandler.sa_handler(signal);
    std::signal(signal, SIG_DFL);
}

void onBusError(int signal, siginfo_t* info, void* context)
{
    const auto address = reinterpret_cast<std::uintptr_t>(info->si_addr);
    for (Slot& slot : mappings) {
        if (address >= slot.begin.load(std::memory_order_acquire) && address < slot.end.load(std::memory_order_acquire)) {
            // mmap is async-signal-safe in practice (a system call); the read that faulted is retried on zeros
            void* page = reinterpret_cast<void*>(address & ~(pageSize - 1));
            if (mmap(page, pageSize, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
                slot.truncated.store(true, std::memory_order_release);
                return;
            }
        }
    }
    passOn(signal, info, context);
}

void installHandler()
{
    pageSize = std::uintptr_t(sysconf(_SC_PAGESIZE));
    struct sigaction action = {};
    action.sa_sigaction = onBusError;
    action.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    sigaction(SIGBUS, &action, &previousHandler);
}
#endif

} // namespace

int MappingGuard::watch(const void* data, std::size_t size)
{
#ifdef Q_OS_UNIX
    static std::once_flag installed;
    std::call_once(installed, installHandler);
    std::lock_guard lock(slotsMutex);
    for (int i = 0; i < Slots; ++i) {
        Slot& slot = mappings[std::size_t(i)];
        if (slot.end.load() == 0) {
            slot.truncated.store(false);
            slot.begin.store(reinterpret_cast<std::uintptr_t>(data), std::memory_order_release);
            slot.end.store(reinterpret_cast<std::uintptr_t>(data) + size, std::memory_order_release);
            return i;
        }
    }
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
#endif
    return -1;
}

void MappingGuard::unwatch(int slot)
{
    if (slot < 0)
        return;
    std::lock_guard lock(slotsMutex);
    mappings[std::size_t(slot)].end.store(0, std::memory_order_release);
    mappings[std::size_t(slot)].begin.store(0, std::memory_order_release);
}

bool MappingGuard::truncated(int slot)
{
    return slot >= 0 && mappings[std::size_t(slot)].truncated.load(std::memory_order_acquire);
}
