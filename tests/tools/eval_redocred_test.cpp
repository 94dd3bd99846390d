// Tests the Re-DocRED reader and the relation-triple counting of newsgraph-eval redocred
// (tools/eval/redocred_format.h) on a hand-made file, tests/data/eval/redocred/tiny.json:
//
//   "Anna Berg is the mayor of Lund, a city in Sweden. She married Carl Berg in 1990."
//   gold (after mapping and merging duplicates): located_in(Lund, Sweden) from P17+P131+P150,
//   leader_of(Anna, Lund) from P6 reversed, spouse(Anna, Carl) from P26 both ways,
//   position_held(Anna, mayor) P39, citizen_of(Anna, Sweden) P27; P569 is not mapped.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <numeric>

#include "tools/eval/redocred_format.h"
#include "tests/shared_dir.h"

using namespace newsgraph;
using namespace newsgraph::eval;
using extractor::EntityType;

namespace {

const std::string kTiny = NEWSGRAPH_SOURCE_DIR "/tests/data/eval/redocred/tiny.json";

using newsgraph::testing::shared_dir;

RedocredDocument read_tiny() {
  std::vector<RedocredDocument> docs;
  corpus::InputError error;
  bool ok = read_redocred(kTiny, &docs, &error);
  INFO(error.message);
  REQUIRE(ok);
  REQUIRE(docs.size() == 1);
  return docs[0];
}

extractor::Relation relation(int s, std::string p, int o, std::string literal = "",
                             bool negated = false) {
  extractor::Relation r;
  r.subject = s;
  r.predicate = std::move(p);
  r.object = o;
  r.object_literal = std::move(literal);
  r.negated = negated;
  return r;
}

// What the extractor might have found in tiny.json's text (ASCII: bytes = code points).
extractor::Document tiny_system_output(const std::string& text) {
  extractor::Document doc;
  doc.text = text;
  doc.offsets.to_input.resize(text.size() + 1);
  std::iota(doc.offsets.to_input.begin(), doc.offsets.to_input.end(), 0u);
  auto add_mention = [&](uint32_t b, uint32_t e, EntityType t, int entity) {
    extractor::Mention m;
    m.span = {b, e};
    m.type = t;
    m.entity = entity;
    doc.mentions.push_back(m);
  };
  add_mention(0, 9, EntityType::kPerson, 0);    // Anna Berg
  add_mention(26, 30, EntityType::kGpe, 1);     // Lund
  add_mention(42, 48, EntityType::kGpe, 2);     // Sweden
  add_mention(62, 66, EntityType::kPerson, 3);  // "Carl": the wrong span, but the alias matches
  doc.entities = {{"Anna Berg", EntityType::kPerson, {"Anna Berg"}, {0}, "", {}},
                  {"Lund", EntityType::kGpe, {"Lund"}, {1}, "", {}},
                  {"Sweden", EntityType::kGpe, {"Sweden"}, {2}, "", {}},
                  {"Carl Berg", EntityType::kPerson, {"Carl Berg", "Carl"}, {3}, "", {}}};
  doc.relations = {
      relation(0, "leader_of", 1),                  // right: P6 reversed
      relation(1, "located_in", 2),                 // right
      relation(3, "spouse", 0),                     // right, either order
      relation(0, "position_held", -1, "Mayor"),    // right: literal by name
      relation(0, "citizen_of", 1),                 // wrong object
      relation(0, "works_for", 2, "", true),        // negated: no claim
      relation(0, "rel:marry", 3),                  // open relation: not scored
      relation(1, "located_in", 2),                 // the same triple again
      relation(2, "met_with", 1),                   // not mapped to Wikidata
  };
  return doc;
}

}  // namespace

TEST_CASE("eval redocred: reader rebuilds the text and mention spans in code points") {
  auto d = read_tiny();
  CHECK(d.text == "Anna Berg is the mayor of Lund, a city in Sweden. She married Carl Berg in 1990.");
  REQUIRE(d.vertices.size() == 6);
  CHECK(d.vertices[0][0].span == CharSpan{0, 9});
  CHECK(d.vertices[0][1].span == CharSpan{50, 53});
  CHECK(d.vertices[3][0].span == CharSpan{62, 71});
  CHECK(d.vertices[2][0].type == "LOC");
  REQUIRE(d.labels.size() == 9);
  CHECK(d.labels[3].head == 1);
  CHECK(d.labels[3].tail == 0);
  CHECK(d.labels[3].property == "P6");
}

TEST_CASE("eval redocred: counts at the entity level match the hand count") {
  auto gold = read_tiny();
  auto doc = tiny_system_output(gold.text);
  RedocredScores s;
  score_redocred(gold, doc, RedocredScoreOptions{}, &s);
  CHECK(s.documents == 1);
  CHECK(s.overall == Counts{4, 5, 5});
  CHECK(s.entity_objects == Counts{3, 4, 4});  // without position_held(Anna, "Mayor")
  CHECK(s.by_predicate["leader_of"] == Counts{1, 1, 1});
  CHECK(s.by_predicate["located_in"] == Counts{1, 1, 1});
  CHECK(s.by_predicate["spouse"] == Counts{1, 1, 1});
  CHECK(s.by_predicate["position_held"] == Counts{1, 1, 1});
  CHECK(s.by_predicate["citizen_of"] == Counts{0, 1, 1});
  CHECK(s.by_predicate.count("works_for") == 0);
  CHECK(s.by_property["P17"] == Counts{1, 0, 1});
  CHECK(s.by_property["P131"] == Counts{1, 0, 1});
  CHECK(s.by_property["P150"] == Counts{1, 0, 1});
  CHECK(s.by_property["P26"] == Counts{1, 0, 1});
  CHECK(s.by_property["P27"] == Counts{0, 0, 1});
  CHECK(s.by_property.count("P569") == 0);
  CHECK(s.arguments_gold == 5);   // Anna, Lund, Sweden, Carl, mayor
  CHECK(s.arguments_found == 4);  // no entity for "mayor"
}

TEST_CASE("eval redocred: without P17 a triple also from P131 stays gold") {
  auto gold = read_tiny();
  auto doc = tiny_system_output(gold.text);
  RedocredScores s;
  score_redocred(gold, doc, RedocredScoreOptions{false}, &s);
  CHECK(s.overall == Counts{4, 5, 5});
  CHECK(s.by_property.count("P17") == 0);
}

TEST_CASE("eval redocred: a triple only from P17 is dropped without P17") {
  auto gold = read_tiny();
  gold.labels = {{1, 2, "P17"}};
  auto doc = tiny_system_output(gold.text);
  RedocredScores with, without;
  score_redocred(gold, doc, RedocredScoreOptions{true}, &with);
  score_redocred(gold, doc, RedocredScoreOptions{false}, &without);
  CHECK(with.overall == Counts{1, 5, 1});
  CHECK(without.overall == Counts{0, 5, 0});
}

TEST_CASE("eval redocred: a country added for a nationality adjective matches the adjective's vertex") {
  std::vector<RedocredDocument> docs;
  corpus::InputError error;
  REQUIRE(parse_redocred(R"([{"title": "t", "sents": [["Tiziano", "Ferro", "is", "an", "Italian",
      "singer", "."]], "vertexSet": [[{"name": "Tiziano Ferro", "sent_id": 0, "pos": [0, 2]}],
      [{"name": "Italian", "sent_id": 0, "pos": [4, 5]}]], "labels": [{"h": 0, "t": 1,
      "r": "P27"}]}])",
                         "x.json", &docs, &error));
  const auto& gold = docs[0];
  REQUIRE(gold.text == "Tiziano Ferro is an Italian singer.");
  extractor::Document doc;
  doc.text = gold.text;
  doc.offsets.to_input.resize(doc.text.size() + 1);
  std::iota(doc.offsets.to_input.begin(), doc.offsets.to_input.end(), 0u);
  extractor::Mention ferro, italian;
  ferro.span = {0, 13};
  ferro.entity = 0;
  italian.span = {20, 27};
  italian.type = EntityType::kNorp;
  italian.entity = 1;
  doc.mentions = {ferro, italian};
  doc.entities = {{"Tiziano Ferro", EntityType::kPerson, {"Tiziano Ferro"}, {0}, "", {}},
                  {"Italian", EntityType::kNorp, {"Italian"}, {1}, "", {}},
                  {"Italy", EntityType::kGpe, {"Italy"}, {}, "", {}}};  // no mentions
  auto r = relation(0, "citizen_of", 2);
  r.evidence = {0, 27};  // "Tiziano Ferro is an Italian"
  doc.relations = {r};
  RedocredScores s;
  score_redocred(gold, doc, RedocredScoreOptions{}, &s);
  CHECK(s.overall == Counts{1, 1, 1});

  doc.relations[0].evidence = {0, 16};  // "Tiziano Ferro is": no adjective inside
  RedocredScores outside;
  score_redocred(gold, doc, RedocredScoreOptions{}, &outside);
  CHECK(outside.overall == Counts{0, 1, 1});
}

TEST_CASE("eval redocred: a pronoun alias does not match another entity's pronoun vertex") {
  auto gold = read_tiny();
  auto doc = tiny_system_output(gold.text);
  doc.entities[3].aliases.push_back("She");  // Carl Berg, wrongly given Anna's "She"
  doc.relations = {relation(3, "citizen_of", 2)};  // gold has citizen_of(Anna, Sweden) only
  RedocredScores s;
  score_redocred(gold, doc, RedocredScoreOptions{}, &s);
  CHECK(s.overall == Counts{0, 1, 5});
}

TEST_CASE("eval redocred: bad files are errors naming the document") {
  std::vector<RedocredDocument> docs;
  corpus::InputError error;
  CHECK_FALSE(parse_redocred("{\"title\": 1}", "x.json", &docs, &error));
  CHECK(error.message == "not a JSON list of documents");
  CHECK_FALSE(parse_redocred("[{\"sents\": [[\"A\"]], \"vertexSet\": [], "
                             "\"labels\": [{\"h\": 0, \"t\": 1, \"r\": \"P17\"}]}]",
                             "x.json", &docs, &error));
  CHECK(error.message == "document 0: a label names no vertex");
  CHECK_FALSE(parse_redocred("[{\"sents\": [[\"A\"]], \"vertexSet\": "
                             "[[{\"name\": \"A\", \"sent_id\": 0, \"pos\": [0, 2]}]]}]",
                             "x.json", &docs, &error));
  CHECK(error.message == "document 0: a mention outside its sentence");
  CHECK_FALSE(parse_redocred("[{\"sents\": ", "x.json", &docs, &error));
  CHECK(error.offset == 11);
}

TEST_CASE("eval redocred: the shared dev file reads with its published counts (../shared/data)") {
  std::string file = shared_dir() + "/data/redocred/dev_revised.json";
  if (!std::filesystem::exists(file)) {
    WARN("Re-DocRED not found at " << file << "; skipped");
    return;
  }
  std::vector<RedocredDocument> docs;
  corpus::InputError error;
  INFO(error.message);
  REQUIRE(read_redocred(file, &docs, &error));
  size_t vertices = 0, labels = 0;
  for (const auto& d : docs) {
    vertices += d.vertices.size();
    labels += d.labels.size();
  }
  // SOURCE.md: 500 docs, 9,684 entities, 17,284 relation triples.
  CHECK(docs.size() == 500);
  CHECK(vertices == 9684);
  CHECK(labels == 17284);
}
