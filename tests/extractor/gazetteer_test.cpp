// Tests extractor/gazetteer.cpp.
#include "extractor/gazetteer.h"

#include <catch2/catch.hpp>

using namespace newsgraph::extractor;

namespace {
const std::string kSmall = NEWSGRAPH_SOURCE_DIR "/tests/data/ner/gazetteer_small.tsv";
const std::string kShipped = NEWSGRAPH_SOURCE_DIR "/extractor/models/gazetteers/gazetteer.tsv";
}  // namespace

TEST_CASE("gazetteer: a demonym looks up its country") {
  Gazetteer gaz;
  REQUIRE_FALSE(load_gazetteer(kSmall, &gaz));
  const GazetteerEntry* e = lookup(gaz, "Canadian", GazetteerKind::kDemonym);
  REQUIRE(e != nullptr);
  CHECK(e->canonical == "Canada");
  CHECK(e->country == "CA");
  CHECK(lookup(gaz, "Canadian", GazetteerKind::kCountry) == nullptr);
}

TEST_CASE("gazetteer: capitalised phrases do not match lower-case text") {
  Gazetteer gaz;
  REQUIRE_FALSE(load_gazetteer(kSmall, &gaz));
  CHECK(lookup(gaz, "reading", GazetteerKind::kCity) == nullptr);
  CHECK(lookup(gaz, "READING", GazetteerKind::kCity) != nullptr);
  CHECK(lookup(gaz, "canada", GazetteerKind::kCountry) == nullptr);
}

TEST_CASE("gazetteer: an acronym only matches capitals") {
  Gazetteer gaz;
  REQUIRE_FALSE(load_gazetteer(kSmall, &gaz));
  CHECK(lookup(gaz, "US", GazetteerKind::kCountry) != nullptr);
  CHECK(lookup(gaz, "us", GazetteerKind::kCountry) == nullptr);
  CHECK(lookup(gaz, "Us", GazetteerKind::kCountry) == nullptr);
}

TEST_CASE("gazetteer: the most populous city of a name comes first") {
  Gazetteer gaz;
  REQUIRE_FALSE(load_gazetteer(kSmall, &gaz));
  const GazetteerEntry* e = lookup(gaz, "Reading", GazetteerKind::kCity);
  REQUIRE(e != nullptr);
  CHECK(e->country == "GB");
  CHECK(e->population == 174224u);
  CHECK(lookup_all(gaz, "Reading").size() == 2);
}

TEST_CASE("gazetteer: matches over tokens, longer first, one per kind") {
  Gazetteer gaz;
  REQUIRE_FALSE(load_gazetteer(kSmall, &gaz));
  std::vector<std::string_view> tokens = {"From", "New", "York", "City", "to", "the", "United", "States", "Bank"};
  auto m = find_matches(gaz, tokens);
  REQUIRE(m.size() == 5);
  CHECK((m[0].first == 1 && m[0].end == 4 && m[0].entry->phrase == "New York City"));
  CHECK((m[1].first == 1 && m[1].end == 3));
  CHECK((m[2].first == 1 && m[2].end == 3));
  CHECK(m[1].entry->kind != m[2].entry->kind);
  CHECK((m[3].first == 6 && m[3].end == 8 && m[3].entry->canonical == "United States"));
  CHECK((m[4].first == 8 && m[4].entry->kind == GazetteerKind::kOrgHead));
}

TEST_CASE("gazetteer: without case guards lower-case text matches capitalised phrases") {
  Gazetteer gaz;
  REQUIRE_FALSE(load_gazetteer(kSmall, &gaz));
  std::vector<std::string_view> tokens = {"flights", "to", "new", "york", "from", "us"};
  CHECK(find_matches(gaz, tokens).empty());
  auto m = find_matches(gaz, tokens, /*case_guards=*/false);
  REQUIRE(m.size() == 3);
  CHECK((m[0].first == 2 && m[0].end == 4 && m[0].entry->phrase == "New York"));
  CHECK((m[1].first == 2 && m[1].end == 4 && m[1].entry->phrase == "New York"));
  CHECK((m[2].first == 5 && m[2].end == 6 && m[2].entry->phrase == "US"));
}

TEST_CASE("gazetteer: a file without the header is an error naming it") {
  Gazetteer gaz;
  auto err = parse_gazetteer("Canada\tcountry\tCA\t0\tCanada\n", "g.tsv", &gaz);
  REQUIRE(err);
  CHECK(err->file == "g.tsv");
  CHECK(err->line == 1);
  CHECK(gaz.entries.empty());
}

TEST_CASE("gazetteer: a malformed line is an error with its line number") {
  Gazetteer gaz;
  auto err = parse_gazetteer("# newsgraph-gazetteer 1\nCanada\tcountry\tCA\t0\tCanada\nOttawa\tcapital\tCA\t0\tOttawa\n",
                             "g.tsv", &gaz);
  REQUIRE(err);
  CHECK(err->line == 3);
  CHECK(err->message == "unknown gazetteer kind 'capital'");
  auto missing = load_gazetteer("/nonexistent/gazetteer.tsv", &gaz);
  REQUIRE(missing);
  CHECK(missing->file == "/nonexistent/gazetteer.tsv");
}

TEST_CASE("gazetteer: the shipped file maps demonyms and short country names") {
  Gazetteer gaz;
  REQUIRE_FALSE(load_gazetteer(kShipped, &gaz));
  const GazetteerEntry* canadian = lookup(gaz, "Canadian", GazetteerKind::kDemonym);
  REQUIRE(canadian != nullptr);
  CHECK(canadian->canonical == "Canada");
  const GazetteerEntry* us = lookup(gaz, "U.S.", GazetteerKind::kCountry);
  REQUIRE(us != nullptr);
  CHECK(us->canonical == "United States");
  const GazetteerEntry* ottawa = lookup(gaz, "Ottawa", GazetteerKind::kCity);
  REQUIRE(ottawa != nullptr);
  CHECK(ottawa->country == "CA");
}

// Found by a user: "BRASÍLIA —" datelines were typed ORG, as "Í" did not fold to "í".
TEST_CASE("gazetteer: non-ASCII capitals match their lower-case letters") {
  Gazetteer gaz;
  REQUIRE_FALSE(load_gazetteer(kShipped, &gaz));
  CHECK(lookup(gaz, "ZÜRICH", GazetteerKind::kCity) != nullptr);
  CHECK(lookup(gaz, "Zürich", GazetteerKind::kCity) != nullptr);
  auto matches = find_matches(gaz, {"SÃO", "PAULO", "—"});
  REQUIRE(!matches.empty());
  CHECK(matches[0].end == 2);
  CHECK(match_key("BRASÍLIA") == "brasília");
  CHECK(match_key("Reading") == "reading");
}
