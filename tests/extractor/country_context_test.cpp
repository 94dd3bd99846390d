// The country context of an article and the stated country of its organisations
// (extractor/country_context.h): a small hand-written gazetteer for place_country, the
// shipped pipeline for whole articles.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractor/country_context.h"
#include "tests/extractor/pipeline_doc.h"

using namespace newsgraph::extractor;
using newsgraph::testing::pipeline_doc;

namespace {

// Our own entries: a country, a name that is a subdivision of one country and a bigger city of
// another, a name of two cities.
Gazetteer small_gazetteer() {
  Gazetteer gaz;
  auto err = parse_gazetteer(
      "# newsgraph-gazetteer 1\n"
      "Freedonia\tcountry\tFD\t0\tFreedonia\n"
      "Riverton\tcity\tSY\t90000\tRiverton\n"
      "Riverton\tcity\tFD\t20000\tRiverton\n"
      "Riverton\tsubdivision\tFD\t0\tRiverton\n"
      "Port Ellis\tcity\tSY\t500000\tPort Ellis\n"
      "Port Ellis\tcity\tFD\t30000\tPort Ellis\n"
      "Freedonian\tdemonym\tFD\t0\tFreedonia\n",
      "small", &gaz);
  REQUIRE_FALSE(err);
  return gaz;
}

const Entity* entity_named(const Document& doc, const std::string& name) {
  for (const auto& e : doc.entities)
    if (e.name == name) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("country context: the dateline's places are its capitalised parts before the dash") {
  CHECK(dateline_place_texts("SEOUL \xE2\x80\x94 The vote was held.") ==
        std::vector<std::string>{"SEOUL"});
  CHECK(dateline_place_texts("GYEONGJU, South Korea \xE2\x80\x93 Leaders met.") ==
        std::vector<std::string>{"GYEONGJU", "South Korea"});
  CHECK(dateline_place_texts("OTTAWA (Wire) - Rain fell.") == std::vector<std::string>{"OTTAWA"});
  CHECK(dateline_place_texts("Ottawa \xE2\x80\x94 Rain fell.").empty());
  CHECK(dateline_place_texts("The vote \xE2\x80\x94 a close one \xE2\x80\x94 was held.").empty());
}

TEST_CASE("country context: a place's country is a country's, else a subdivision's, else the biggest city's") {
  const Gazetteer gaz = small_gazetteer();
  CHECK(place_country(gaz, "Freedonia") == "FD");
  CHECK(place_country(gaz, "FREEDONIA") == "FD");
  CHECK(place_country(gaz, "Riverton") == "FD");    // the subdivision over a bigger city
  CHECK(place_country(gaz, "Port Ellis") == "SY");  // the more populous city
  CHECK(place_country(gaz, "Freedonian") == "");    // a demonym is not a place
  CHECK(place_country(gaz, "riverton") == "");      // lower case is no name
}

TEST_CASE("country context: the dateline decides, through the gazetteer") {
  Document doc = pipeline_doc("SEOUL \xE2\x80\x94 The Democratic Party won a seat in the assembly on "
                              "Monday, its leaders said.", "2025-04-03");
  CHECK(doc.country.country == "KR");
  CHECK(doc.country.source == "dateline");
  CHECK(doc.country.evidence == "SEOUL");
  const Entity* party = entity_named(doc, "Democratic Party");
  REQUIRE(party);
  CHECK(party->country.country.empty());  // the article states no country for the party itself
}

TEST_CASE("country context: without a dateline, the country the places name clearly most") {
  Document us = pipeline_doc("The party will meet in Chicago next year. Delegates from Ohio and "
                             "Texas are expected.", "2025-04-03");
  CHECK(us.country.country == "US");
  CHECK(us.country.source == "named");
  CHECK(us.country.evidence == "US x3");
  CHECK(us.named_countries == std::vector<std::string>{"US"});
  // Two countries named as often: unclear.
  Document both = pipeline_doc("Officials from Canada met officials from China. Canada and China "
                               "agreed to talk again.", "2025-04-03");
  CHECK(both.country.country.empty());
  CHECK(both.named_countries == std::vector<std::string>{"CA", "CN"});
}

TEST_CASE("country context: a country stated for an organisation, before it or inside its name") {
  Document doc = pipeline_doc("South Korea's Democratic Party proposed a budget on Monday.",
                              "2025-04-03");
  const Entity* party = entity_named(doc, "Democratic Party");
  REQUIRE(party);
  CHECK(party->country.country == "KR");
  CHECK(party->country.source == "stated");
  CHECK(party->country.evidence == "South Korea 's");
}

TEST_CASE("country context: a qualified name gives its country directly") {
  Document of = pipeline_doc("The Democratic Party of Korea won the vote on Monday.", "2025-04-03");
  const Entity* party = entity_named(of, "Democratic Party of Korea");
  REQUIRE(party);
  CHECK(party->country.country == "KR");
  CHECK(party->country.evidence == "Democratic Party of Korea");
  Document hk = pipeline_doc("Hong Kong's Democratic Party will not run.", "2025-04-03");
  party = entity_named(hk, "Democratic Party");
  REQUIRE(party);
  CHECK(party->country.country == "HK");
  // An acronym in capitals is no town's name: "MOA" is not Moa, Cuba.
  Document moa = pipeline_doc("The Ministry of Agriculture (MOA) issued new rules.", "2025-04-03");
  for (const auto& e : moa.entities) CHECK(e.country.country.empty());
}
