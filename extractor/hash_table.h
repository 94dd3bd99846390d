// HashTable64: a read-only open-addressing table from 64-bit hashes of strings to 32-bit
// values, for the lookups on the NER tagger's hot path (the gazetteer's phrases, the word
// clusters), where std::unordered_map<std::string, ...> cost a string hash and a cache miss per
// node. The caller hashes its keys (any well-mixed 64-bit hash); two keys with one hash are one
// key here, so the caller decides what a collision keeps (probability about n^2 / 2^65: 1e-8 for
// the 400,000 keys of the gazetteer).
//
//   HashTable64 t;
//   reserve_hash_table(&t, keys.size());
//   uint32_t existing;
//   if (!insert_hash(&t, h, value, &existing)) ... h was there with `existing`
//   int64_t v = find_hash(t, h);  // the value, or -1
//
// Linear probing in a power-of-two table at most half full. Thread safety: immutable after it
// is built; share it across threads.
#ifndef NEWSGRAPH_EXTRACTOR_HASH_TABLE_H_
#define NEWSGRAPH_EXTRACTOR_HASH_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsgraph::extractor {

struct HashTable64 {
  std::vector<uint64_t> slots;   // the hash, 0 = empty (a hash of 0 is stored as 1)
  std::vector<uint32_t> values;  // per slot
  uint64_t mask = 0;             // slots.size() - 1
};

inline uint64_t hash_table_key(uint64_t h) { return h == 0 ? 1 : h; }
inline uint64_t hash_table_home(uint64_t h, uint64_t mask) {
  return (h * 0x9E3779B97F4A7C15ull) >> 17 & mask;  // Fibonacci hashing: spreads any bits
}

// Empties *t and sizes it for `n` keys.
inline void reserve_hash_table(HashTable64* t, size_t n) {
  uint64_t size = 1;
  while (size < n * 2 + 2) size <<= 1;
  t->slots.assign(size, 0);
  t->values.assign(size, 0);
  t->mask = size - 1;
}

// Adds h -> value and returns true; when h is already there, leaves it, sets *existing to its
// value and returns false.
inline bool insert_hash(HashTable64* t, uint64_t h, uint32_t value, uint32_t* existing) {
  h = hash_table_key(h);
  uint64_t slot = hash_table_home(h, t->mask);
  while (t->slots[slot] != 0 && t->slots[slot] != h) slot = (slot + 1) & t->mask;
  if (t->slots[slot] == h) {
    *existing = t->values[slot];
    return false;
  }
  t->slots[slot] = h;
  t->values[slot] = value;
  return true;
}

// The value stored for h, or -1 (also for a table never reserved).
inline int64_t find_hash(const HashTable64& t, uint64_t h) {
  if (t.slots.empty()) return -1;
  h = hash_table_key(h);
  for (uint64_t slot = hash_table_home(h, t.mask);; slot = (slot + 1) & t.mask) {
    if (t.slots[slot] == h) return t.values[slot];
    if (t.slots[slot] == 0) return -1;
  }
}

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_HASH_TABLE_H_
