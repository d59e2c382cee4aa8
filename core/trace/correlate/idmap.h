#pragma once

#include <cstdint>
#include <utility>
#include <vector>

// A hash map from 64-bit keys ((origin, ID) pairs, connection numbers) to small values, for the correlators'
// millions of lookups: flat, open addressing with linear probing, so a lookup reads one cache line and an
// insert allocates nothing (std::unordered_map chases a node per entry). A pointer or reference to a value is
// valid until the next insert or erase.
template <typename Value>
class IdMap
{
public:
    // The value of key, or nullptr.
    Value* find(std::uint64_t key)
    {
        if (m_slots.empty())
            return nullptr;
        for (std::size_t at = home(key);; at = next(at)) {
            Slot& slot = m_slots[at];
            if (!slot.used)
                return nullptr;
            if (slot.key == key)
                return &slot.value;
        }
    }
    const Value* find(std::uint64_t key) const { return const_cast<IdMap*>(this)->find(key); }

    // The value of key, added (value-initialised) if absent.
    Value& operator[](std::uint64_t key) { return *emplace(key).first; }
    // Like try_emplace: the value (added if absent) and whether it was added.
    std::pair<Value*, bool> emplace(std::uint64_t key)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        std::size_t at = home(key);
        for (; m_slots[at].used; at = next(at)) {
            if (m_slots[at].key == key)
                return { &m_slots[at].value, false };
        }
        m_slots[at] = Slot { key, Value(), true };
        ++m_count;
        return { &m_slots[at].value, true };
    }
    void set(std::uint64_t key, Value value) { (*this)[key] = std::move(value); }

    void erase(std::uint64_t key)
    {
        if (m_slots.empty())
            return;
        std::size_t at = home(key);
        for (; m_slots[at].used; at = next(at)) {
            if (m_slots[at].key == key)
                break;
        }
        if (!m_slots[at].used)
            return;
        // Backward-shift deletion: later entries of the probe run move up, so no tombstones are left.
        for (std::size_t hole = at, probe = next(at);; probe = next(probe)) {
            Slot& candidate = m_slots[probe];
            if (!candidate.used) {
                m_slots[hole] = Slot();
                break;
            }
            // It may fill the hole only if its home is not within (hole, probe] (cyclically).
            const std::size_t wanted = home(candidate.key);
            const bool stays = hole <= probe ? (wanted > hole && wanted <= probe) : (wanted > hole || wanted <= probe);
            if (!stays) {
                m_slots[hole] = std::move(candidate);
                hole = probe;
            }
        }
        --m_count;
    }

    std::size_t size() const { return m_count; }

    // Calls f(key, value) for every entry, in no particular order.
    template <typename F>
    void forEach(F f)
    {
        for (Slot& slot : m_slots) {
            if (slot.used)
                f(slot.key, slot.value);
        }
    }

private:
    struct Slot
    {
        std::uint64_t key = 0;
        Value value {};
        bool used = false;
    };

    std::size_t home(std::uint64_t key) const
    {
        return std::size_t((key * 0x9E3779B97F4A7C15ull) >> 32) & (m_slots.size() - 1); // Fibonacci hashing
    }
    std::size_t next(std::size_t at) const { return (at + 1) & (m_slots.size() - 1); }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots = std::vector<Slot>(old.empty() ? 64 : old.size() * 2);
        for (Slot& slot : old) {
            if (!slot.used)
                continue;
            std::size_t at = home(slot.key);
            while (m_slots[at].used)
                at = next(at);
            m_slots[at] = std::move(slot);
        }
    }

    std::vector<Slot> m_slots; // a power of two in size, at most half full
    std::size_t m_count = 0;
};
