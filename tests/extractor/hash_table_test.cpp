// Tests extractor/hash_table.h.
#include "extractor/hash_table.h"

#include <catch2/catch.hpp>

using namespace newsgraph::extractor;

TEST_CASE("hash table: values found by their hash, a second insert of a hash keeps the first") {
  HashTable64 t;
  CHECK(find_hash(t, 42) == -1);  // never reserved
  reserve_hash_table(&t, 3);
  CHECK(t.slots.size() == 8);
  uint32_t existing = 99;
  CHECK(insert_hash(&t, 42, 7, &existing));
  CHECK(insert_hash(&t, 0, 8, &existing));  // 0 is stored as 1
  CHECK_FALSE(insert_hash(&t, 1, 9, &existing));
  CHECK(existing == 8);
  CHECK(insert_hash(&t, 42 + (uint64_t{1} << 40), 10, &existing));
  CHECK(find_hash(t, 42) == 7);
  CHECK(find_hash(t, 0) == 8);
  CHECK(find_hash(t, 42 + (uint64_t{1} << 40)) == 10);
  CHECK(find_hash(t, 43) == -1);
}
