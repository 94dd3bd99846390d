#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/graph/sample_graph.h"
#include "tools/newsgraph/extraction_json.h"

using nlohmann::json;
using newsgraph::cli::extraction_json;

TEST_CASE("extraction json: spans are code points into the input text, ids are E1.. and V1..") {
  auto b = newsgraph::testing::sample_a1();
  json j = json::parse(extraction_json(b.article, b.doc).dump());
  CHECK(j["article"] == json::parse(R"({"id": "a1", "title": "a1", "date": "2026-01-16",
                                        "source": null, "url": null})"));
  REQUIRE(j["sentences"].size() == 3);
  CHECK(j["sentences"][0] == json::parse(R"({"index": 0, "start": 0, "end": 72})"));
  CHECK(j["sentences"][2] == json::parse(R"({"index": 2, "start": 126, "end": 159})"));

  REQUIRE(j["entities"].size() == 5);
  CHECK(j["entities"][0] == json::parse(R"({"id": "E1", "name": "Mark Carney", "type": "PERSON",
      "aliases": ["Mark Carney", "Carney"], "kb": null, "mentions": [
        {"start": 24, "end": 35, "text": "Mark Carney", "sentence": 0, "source": "test"},
        {"start": 73, "end": 79, "text": "Carney", "sentence": 1, "source": "test"},
        {"start": 142, "end": 148, "text": "Carney", "sentence": 2, "source": "test"}]})"));
  CHECK(j["entities"][3]["id"] == "E4");
  CHECK(j["entities"][3]["name"] == "Beijing");

  CHECK(j["timexes"] == json::parse(R"([{"start": 65, "end": 71, "text": "Friday", "type": "DATE",
      "value": "2026-01-16", "sentence": 0, "anchor": "DCT"}])"));

  REQUIRE(j["relations"].size() == 2);
  CHECK(j["relations"][0] == json::parse(R"({"subject": "E1", "predicate": "leader_of",
      "object": "E2", "sentence": 0, "confidence": 0.9, "evidence": {"start": 0, "end": 35},
      "negated": false, "hedged": false, "former": false, "extractor": "test"})"));
  CHECK(j["relations"][1]["object"] == "Prime Minister");

  CHECK(j["events"] == json::parse(R"([{"id": "V1", "type": "MEET", "cameo": "04",
      "trigger": {"start": 36, "end": 39, "text": "met"}, "sentence": 0,
      "time": {"value": "2026-01-16", "timex": 0},
      "participants": [{"entity": "E1", "role": "agent"}, {"entity": "E3", "role": "partner"}],
      "place": "E4", "negated": false, "hedged": false}])"));

  CHECK(j["quotes"] == json::parse(R"([{"speaker": "E1", "text": "a new strategic partnership",
      "start": 86, "end": 113, "sentence": 1,
      "cue": {"start": 73, "end": 84, "text": "Carney said"}}])"));
}

TEST_CASE("extraction json: a past role is marked former, a current one has no such field") {
  auto b = newsgraph::testing::sample_a1();
  b.doc.relations[1].former = true;
  json j = json::parse(extraction_json(b.article, b.doc).dump());
  CHECK(j["relations"][0]["former"] == false);
  CHECK(j["relations"][1]["former"] == true);
  CHECK(j["relations"][1]["object"] == "Prime Minister");
}

TEST_CASE("extraction json: an undated event has time null and a missing place is null") {
  auto b = newsgraph::testing::sample_a1();
  b.doc.events[0].date.clear();
  b.doc.events[0].timex = -1;
  b.doc.events[0].place = -1;
  b.doc.quotes[0].speaker = -1;
  json j = json::parse(extraction_json(b.article, b.doc).dump());
  CHECK(j["events"][0]["time"].is_null());
  CHECK(j["events"][0]["place"].is_null());
  CHECK(j["quotes"][0]["speaker"].is_null());
}

TEST_CASE("extraction json: a negated event is listed under negated_events, not events") {
  auto b = newsgraph::testing::sample_a1();
  b.doc.events.push_back(b.doc.events[0]);  // "did not meet" said of the same pair
  b.doc.events[0].negated = true;
  json j = json::parse(extraction_json(b.article, b.doc).dump());
  REQUIRE(j["events"].size() == 1);
  CHECK(j["events"][0]["id"] == "V2");
  CHECK(j["events"][0]["negated"] == false);
  REQUIRE(j["negated_events"].size() == 1);
  CHECK(j["negated_events"][0]["id"] == "V1");
  CHECK(j["negated_events"][0]["type"] == "MEET");
  CHECK(j["negated_events"][0]["negated"] == true);
}
