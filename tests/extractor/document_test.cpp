#include <catch2/catch.hpp>

#include "extractor/document.h"

using namespace newsgraph::extractor;

TEST_CASE("document: entity type names round-trip through their OntoNotes names") {
  for (int i = 0; i < kEntityTypeCount; ++i) {
    auto t = static_cast<EntityType>(i);
    REQUIRE(parse_entity_type(entity_type_name(t)) == t);
  }
  CHECK(entity_type_name(EntityType::kWorkOfArt) == "WORK_OF_ART");
  CHECK(parse_entity_type("PER") == EntityType::kPerson);
  CHECK_FALSE(parse_entity_type("MISC").has_value());
}

TEST_CASE("document: spans are half-open byte ranges") {
  Span a{0, 4}, b{4, 8}, c{2, 6};
  CHECK_FALSE(a.overlaps(b));
  CHECK(a.overlaps(c));
  CHECK(Span{0, 8}.contains(c));
  CHECK(a.size() == 4);
}
