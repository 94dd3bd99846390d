#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/queries.h"
#include "graph/resolve.h"
#include "graph/store.h"
#include "tests/graph/sample_graph.h"
#include "tests/temp_dir.h"

using namespace newsgraph::graph;
using newsgraph::testing::TempDir;

namespace {

// The three sample articles (tests/graph/sample_graph.h) in a file, opened read-only.
struct SampleStore {
  TempDir dir;
  Store store;
  SampleStore() {
    std::string path = dir.file("sample.db");
    {
      Store rw;
      REQUIRE_FALSE(open_store(path, {}, &rw));
      for (auto b : {newsgraph::testing::sample_a1(), newsgraph::testing::sample_a2(),
                     newsgraph::testing::sample_a3()}) {
        WriteResult r;
        REQUIRE_FALSE(write_article(rw, b.article, b.doc, "test-1", &r));
      }
    }
    OpenOptions o;
    o.mode = OpenMode::kReadOnly;
    REQUIRE_FALSE(open_store(path, o, &store));
  }
};

std::vector<std::string> names(const std::vector<EntityRef>& v) {
  std::vector<std::string> out;
  for (const auto& e : v) out.push_back(e.name);
  return out;
}

std::vector<std::string> describe(const std::vector<Neighbor>& v) {
  std::vector<std::string> out;
  for (const auto& n : v)
    out.push_back(std::to_string(n.depth) + " " + n.entity.name + " " + n.predicate + " " +
                  n.direction + " " + std::to_string(n.weight));
  return out;
}

const std::string kA1s0 = "Canada\u2019s Prime Minister Mark Carney met Xi Jinping in Beijing on Friday.";
const std::string kA2s0 = "Huawei executive Meng Wanzhou was arrested in Vancouver in December 2018.";

}  // namespace

TEST_CASE("queries: entities are listed most mentioned first, filtered by type and text") {
  SampleStore s;
  std::vector<EntityRef> rows;
  REQUIRE_FALSE(list_entities(s.store, {}, &rows));
  CHECK(names(rows) == std::vector<std::string>{"Mark Carney", "Meng Wanzhou", "Beijing", "Canada",
                                                "China", "Huawei", "Li Qiang", "Vancouver",
                                                "Xi Jinping"});
  CHECK(rows[0].mention_count == 4);
  CHECK(rows[0].article_count == 2);
  REQUIRE_FALSE(list_entities(s.store, {"PERSON", "", 2}, &rows));
  CHECK(names(rows) == std::vector<std::string>{"Mark Carney", "Meng Wanzhou"});
  REQUIRE_FALSE(list_entities(s.store, {"", "JINPING", 0}, &rows));
  CHECK(names(rows) == std::vector<std::string>{"Xi Jinping"});
  REQUIRE_FALSE(list_entities(s.store, {"GPE", "carney", 0}, &rows));
  CHECK(rows.empty());
}

TEST_CASE("queries: a name is found by canonical name or any alias, case-insensitive, or #id") {
  SampleStore s;
  std::vector<EntityRef> found;
  REQUIRE_FALSE(find_entity(s.store, "carney", &found));
  CHECK(names(found) == std::vector<std::string>{"Mark Carney"});
  REQUIRE_FALSE(find_entity(s.store, "MARK  CARNEY", &found));
  CHECK(names(found) == std::vector<std::string>{"Mark Carney"});
  REQUIRE_FALSE(find_entity(s.store, "Meng\u2019s", &found));
  CHECK(names(found) == std::vector<std::string>{"Meng Wanzhou"});
  REQUIRE_FALSE(find_entity(s.store, "#4", &found));
  CHECK(names(found) == std::vector<std::string>{"Beijing"});
  REQUIRE_FALSE(find_entity(s.store, "Justin Trudeau", &found));
  CHECK(found.empty());
  REQUIRE_FALSE(find_entity(s.store, "jinping", &found));  // the last word of a name
  CHECK(names(found) == std::vector<std::string>{"Xi Jinping"});
  REQUIRE_FALSE(find_entity(s.store, "Jin", &found));  // not a part of a word
  CHECK(found.empty());
  REQUIRE_FALSE(find_entity(s.store, "xi", &found));  // the first word, when no name ends so
  CHECK(names(found) == std::vector<std::string>{"Xi Jinping"});
  REQUIRE_FALSE(find_entity(s.store, "Mark", &found));
  CHECK(names(found) == std::vector<std::string>{"Mark Carney"});
  REQUIRE_FALSE(find_entity(s.store, "President Xi", &found));  // titles dropped, as a last try
  CHECK(names(found) == std::vector<std::string>{"Xi Jinping"});
  REQUIRE_FALSE(find_entity(s.store, "Prime Minister Carney", &found));
  CHECK(names(found) == std::vector<std::string>{"Mark Carney"});
}

TEST_CASE("queries: a name shared by two entities lists both candidates") {
  using newsgraph::extractor::EntityType;
  Store st;
  REQUIRE_FALSE(open_store(":memory:", {}, &st));
  newsgraph::testing::DocBuilder a("d1", "2020-01-01", "Washington spoke. Washington voted.");
  a.sentence("Washington spoke.");
  a.sentence("Washington voted.");
  a.entity("Washington", EntityType::kPerson, {"Washington"}, {{"Washington", 0}});
  a.entity("Washington", EntityType::kGpe, {"Washington"}, {{"Washington", 1}});
  WriteResult r;
  REQUIRE_FALSE(write_article(st, a.article, a.doc, "test-1", &r));
  std::vector<EntityRef> found;
  REQUIRE_FALSE(find_entity(st, "washington", &found));
  REQUIRE(found.size() == 2);
  CHECK(found[0].type == "PERSON");
  CHECK(found[1].type == "GPE");
}

TEST_CASE("queries: an entity profile has aliases, articles, relations, events and quotes") {
  SampleStore s;
  EntityProfile p;
  REQUIRE_FALSE(entity_profile(s.store, 1, 20, &p));
  CHECK(p.entity.name == "Mark Carney");
  REQUIRE(p.aliases.size() == 2);
  CHECK(p.aliases[0].alias == "Carney");
  CHECK(p.aliases[0].article_count == 2);
  CHECK(p.aliases[1].alias == "Mark Carney");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].date == "2026-01-16");
  CHECK(p.articles[0].mentions == 3);
  CHECK(p.articles[1].date == "2018-12-06");
  REQUIRE(p.relations_out.size() == 2);
  CHECK(p.relations_out[0].predicate == "leader_of");
  CHECK(p.relations_out[0].object->name == "Canada");
  CHECK(p.relations_out[0].evidence.text == kA1s0);
  CHECK(p.relations_out[1].predicate == "position_held");
  CHECK_FALSE(p.relations_out[1].object);
  CHECK(p.relations_out[1].object_literal == "Prime Minister");
  CHECK(p.relations_in.empty());
  REQUIRE(p.events.size() == 1);
  CHECK(p.events[0].type == "MEET");
  CHECK(p.events[0].date == "2026-01-16");
  CHECK(p.events[0].role == "agent");
  REQUIRE(p.events[0].participants.size() == 2);
  CHECK(p.events[0].participants[1].first.name == "Xi Jinping");
  REQUIRE(p.quotes.size() == 1);
  CHECK(p.quotes[0].text == "a new strategic partnership");
  CHECK(p.quotes[0].evidence.article_date == "2026-01-16");

  REQUIRE_FALSE(entity_profile(s.store, 2, 20, &p));
  REQUIRE(p.relations_in.size() == 1);
  CHECK(p.relations_in[0].subject.name == "Mark Carney");
}

TEST_CASE("queries: neighbors come with predicate, weight, dates and evidence") {
  SampleStore s;
  std::vector<Neighbor> rows;
  REQUIRE_FALSE(neighbors(s.store, 1, {}, &rows));
  CHECK(describe(rows) == std::vector<std::string>{
                              "1 Canada leader_of out 1", "1 Canada co_occurs both 1",
                              "1 Xi Jinping event:MEET both 1", "1 Xi Jinping co_occurs both 1",
                              "1 Beijing co_occurs both 2", "1 Li Qiang co_occurs both 1",
                              "1 Meng Wanzhou co_occurs both 1", "1 Huawei co_article both 1",
                              "1 Vancouver co_article both 1"});
  CHECK(rows[0].evidence.text == kA1s0);
  // Named in A2 with Carney but never in his sentence: the evidence names the neighbour.
  CHECK(rows[7].evidence.text == kA2s0);
  CHECK(rows[7].first_date == "2018-12-06");
  CHECK(rows[0].evidence.article_title == "a1");
  CHECK(rows[4].first_date == "2018-12-06");
  CHECK(rows[4].last_date == "2026-01-16");

  NeighborOptions only_leader;
  only_leader.predicate = "leader_of";
  REQUIRE_FALSE(neighbors(s.store, 1, only_leader, &rows));
  CHECK(describe(rows) == std::vector<std::string>{"1 Canada leader_of out 1"});

  NeighborOptions people;
  people.type = "PERSON";
  REQUIRE_FALSE(neighbors(s.store, 1, people, &rows));
  CHECK(describe(rows) == std::vector<std::string>{
                              "1 Xi Jinping event:MEET both 1", "1 Xi Jinping co_occurs both 1",
                              "1 Li Qiang co_occurs both 1", "1 Meng Wanzhou co_occurs both 1"});
  NeighborOptions same_article;
  same_article.predicate = "co_article";
  REQUIRE_FALSE(neighbors(s.store, 1, same_article, &rows));
  CHECK(describe(rows) == std::vector<std::string>{"1 Huawei co_article both 1",
                                                   "1 Vancouver co_article both 1"});
}

TEST_CASE("queries: neighbors at depth 2 expand the first level once per entity") {
  SampleStore s;
  NeighborOptions two;
  two.depth = 2;
  std::vector<Neighbor> rows;
  REQUIRE_FALSE(neighbors(s.store, 6, two, &rows));  // Huawei
  CHECK(describe(rows) == std::vector<std::string>{
                              "1 Meng Wanzhou works_for in 1", "1 Meng Wanzhou co_occurs both 1",
                              "1 Vancouver co_occurs both 1", "1 Beijing co_article both 1",
                              "1 Mark Carney co_article both 1", "2 Canada leader_of out 1",
                              "2 Canada co_occurs both 1", "2 Canada co_occurs both 1",
                              "2 Xi Jinping event:MEET both 1", "2 Xi Jinping co_occurs both 1",
                              "2 Xi Jinping co_occurs both 1", "2 Li Qiang co_occurs both 1",
                              "2 Li Qiang co_article both 1", "2 China co_occurs both 1"});
  CHECK(rows[5].via == 1);   // Canada through Mark Carney
  CHECK(rows[13].via == 7);  // China through Meng Wanzhou

  NeighborOptions one;
  one.limit = 2;
  one.depth = 2;
  REQUIRE_FALSE(neighbors(s.store, 6, one, &rows));  // two neighbours per level
  CHECK(describe(rows) == std::vector<std::string>{
                              "1 Meng Wanzhou works_for in 1", "1 Meng Wanzhou co_occurs both 1",
                              "1 Vancouver co_occurs both 1", "2 Beijing co_occurs both 1",
                              "2 China co_occurs both 1"});  // full level: no co_article
}

TEST_CASE("queries: the shortest path hops through typed links with their evidence, co-occurrence when asked") {
  SampleStore s;
  std::vector<Chain> chains;
  REQUIRE_FALSE(shortest_paths(s.store, 1, 6, 4, 3, &chains, true));  // Mark Carney -> Huawei
  REQUIRE(chains.size() == 1);
  REQUIRE(chains[0].size() == 2);
  const Hop& h1 = chains[0][0];
  const Hop& h2 = chains[0][1];
  CHECK(h1.from.name == "Mark Carney");
  CHECK(h1.to.name == "Meng Wanzhou");
  CHECK(h1.predicate == "co_occurs");
  CHECK(h1.evidence.text == "Carney raised Meng\u2019s case with Beijing.");
  CHECK(h2.from.name == "Meng Wanzhou");
  CHECK(h2.to.name == "Huawei");
  CHECK(h2.predicate == "works_for");
  CHECK(h2.direction == "out");
  CHECK(h2.evidence.text == kA2s0);

  REQUIRE_FALSE(shortest_paths(s.store, 1, 6, 1, 3, &chains, true));  // too far for one hop
  CHECK(chains.empty());
  REQUIRE_FALSE(shortest_paths(s.store, 6, 1, 4, 3, &chains, true));  // and back
  REQUIRE(chains.size() == 1);
  CHECK(chains[0][0].predicate == "works_for");
  CHECK(chains[0][0].direction == "in");

  // By default only relations and events: Carney meets Meng only in a sentence.
  REQUIRE_FALSE(shortest_paths(s.store, 1, 6, 4, 3, &chains));
  CHECK(chains.empty());
  REQUIRE_FALSE(shortest_paths(s.store, 7, 6, 4, 3, &chains));  // Meng Wanzhou -> Huawei
  REQUIRE(chains.size() == 1);
  CHECK(chains[0][0].predicate == "works_for");
  REQUIRE_FALSE(shortest_paths(s.store, 1, 1, 4, 3, &chains));  // itself: 0 hops
  REQUIRE(chains.size() == 1);
  CHECK(chains[0].empty());
}

TEST_CASE("queries: a path marks a hop through a former role and prefers a current link") {
  TempDir dir;
  Store store;
  REQUIRE_FALSE(open_store(dir.file("roles.db"), {}, &store));
  // Only a former tie links Lee to the bank; Park leads it now.
  newsgraph::testing::DocBuilder b("bank", "2025-05-02", "Lee once ran the bank Hanil. Park runs Hanil.");
  b.sentence("Lee once ran the bank Hanil.");
  b.sentence("Park runs Hanil.");
  int32_t lee = b.entity("Lee Min", newsgraph::extractor::EntityType::kPerson, {"Lee"}, {{"Lee", 0}});
  int32_t park = b.entity("Park Ji", newsgraph::extractor::EntityType::kPerson, {"Park"}, {{"Park", 0}});
  int32_t bank = b.entity("Hanil", newsgraph::extractor::EntityType::kOrg, {"Hanil"}, {{"Hanil", 0}, {"Hanil", 1}});
  b.relation(lee, "leader_of", bank, "Lee once ran the bank Hanil");
  b.doc.relations.back().former = true;
  b.relation(park, "leader_of", bank, "Park runs Hanil");
  WriteResult r;
  REQUIRE_FALSE(write_article(store, b.article, b.doc, "test-1", &r));
  std::vector<Chain> chains;
  REQUIRE_FALSE(shortest_paths(store, 1, 2, 3, 3, &chains));  // Lee Min -> Park Ji
  REQUIRE(chains.size() == 1);
  REQUIRE(chains[0].size() == 2);
  CHECK(chains[0][0].from.name == "Lee Min");
  CHECK(chains[0][0].to.name == "Hanil");
  CHECK(chains[0][0].former);
  CHECK(chains[0][1].to.name == "Park Ji");
  CHECK_FALSE(chains[0][1].former);

  // Calhoun has a former and a current leader_of link to Boeing: the current one is the hop.
  TempDir dir2;
  Store s2;
  REQUIRE_FALSE(open_store(dir2.file("succession.db"), {}, &s2));
  auto succession = newsgraph::testing::sample_succession();
  REQUIRE_FALSE(write_article(s2, succession.article, succession.doc, "test-1", &r));
  REQUIRE_FALSE(shortest_paths(s2, 2, 3, 3, 3, &chains));  // David Calhoun -> Boeing
  REQUIRE(chains.size() == 1);
  REQUIRE(chains[0].size() == 1);
  CHECK(chains[0][0].from.name == "David Calhoun");
  CHECK(chains[0][0].predicate == "leader_of");
  CHECK_FALSE(chains[0][0].former);
}

TEST_CASE("queries: a timeline lists dated events in order, bounded at each date's precision") {
  SampleStore s;
  std::vector<EventFact> events;
  REQUIRE_FALSE(timeline(s.store, 7, "", "", false, &events));  // Meng Wanzhou
  REQUIRE(events.size() == 3);
  CHECK(events[0].type == "ARREST");
  CHECK(events[0].date == "2018-12");
  CHECK(events[0].role == "patient");
  CHECK(events[0].evidence.text == kA2s0);
  CHECK(events[1].type == "AGREE");
  CHECK(events[2].type == "VISIT");
  CHECK(events[2].date == "2021-09");

  REQUIRE_FALSE(timeline(s.store, 7, "2019", "", false, &events));
  CHECK(events.size() == 2);
  REQUIRE_FALSE(timeline(s.store, 7, "2018-12-10", "2018-12-31", false, &events));
  REQUIRE(events.size() == 1);  // "2018-12" lies within the bounds at month precision
  CHECK(events[0].type == "ARREST");
  REQUIRE_FALSE(timeline(s.store, 7, "", "2018-11-30", false, &events));
  CHECK(events.empty());

  REQUIRE_FALSE(timeline(s.store, 1, "", "", false, &events));  // Mark Carney
  REQUIRE(events.size() == 1);
  CHECK(events[0].participants.size() == 2);
  CHECK(events[0].date_source == "text");
}

TEST_CASE("queries: undated events join the timeline at their article's date on request") {
  using newsgraph::extractor::EntityType;
  Store st;
  REQUIRE_FALSE(open_store(":memory:", {}, &st));
  newsgraph::testing::DocBuilder a("u1", "2025-03-14", "Carney met Xi. Carney visited Beijing in 2019.");
  a.sentence("Carney met Xi.");
  a.sentence("Carney visited Beijing in 2019.");
  int32_t carney = a.entity("Mark Carney", EntityType::kPerson, {"Carney"}, {{"Carney", 0}, {"Carney", 1}});
  int32_t xi = a.entity("Xi Jinping", EntityType::kPerson, {"Xi"}, {{"Xi", 0}});
  int32_t y2019 = a.timex("2019", newsgraph::extractor::TimexType::kDate, "2019",
                          newsgraph::extractor::TimexAnchor::kText);
  a.event("MEET", "04", "met", -1, "", {{carney, "agent"}, {xi, "partner"}}, -1);
  a.event("VISIT", "04", "visited", y2019, "2019", {{carney, "agent"}}, -1);
  WriteResult r;
  REQUIRE_FALSE(write_article(st, a.article, a.doc, "test-1", &r));
  std::vector<EventFact> events;
  REQUIRE_FALSE(timeline(st, 1, "", "", false, &events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "VISIT");
  REQUIRE_FALSE(timeline(st, 1, "", "", true, &events));
  REQUIRE(events.size() == 2);
  CHECK(events[0].type == "VISIT");
  CHECK(events[1].type == "MEET");
  CHECK(events[1].date == "2025-03-14");
  CHECK(events[1].date_source == "article");
  REQUIRE_FALSE(timeline(st, 1, "2020", "", true, &events));
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "MEET");
}

TEST_CASE("queries: full-text search finds stemmed words and names the entities of each hit") {
  SampleStore s;
  std::vector<SearchHit> hits;
  REQUIRE_FALSE(search(s.store, "arrest", 10, &hits));
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].sentence.text == kA2s0);
  CHECK(names(hits[0].entities) == std::vector<std::string>{"Huawei", "Meng Wanzhou", "Vancouver"});
  REQUIRE_FALSE(search(s.store, "\"strategic partnership\"", 10, &hits));
  REQUIRE(hits.size() == 1);
  CHECK(names(hits[0].entities) == std::vector<std::string>{"Mark Carney"});
  REQUIRE_FALSE(search(s.store, "tariffs", 10, &hits));
  CHECK(hits.empty());
  // FTS5 syntax itself is an error; search() reads such a query again as plain words.
  auto err = search_fts(s.store, "\"unclosed", 10, &hits);
  REQUIRE(err);
  CHECK(err->kind == StoreErrorKind::kQuery);
  CHECK(err->message.rfind("bad search query '\"unclosed': ", 0) == 0);
  REQUIRE_FALSE(search(s.store, "\"unclosed", 10, &hits));
  CHECK(hits.empty());
}

// Bug found by a user: names with hyphens, apostrophes and dots were FTS5 errors.
TEST_CASE("queries: search reads names and numbers that are not FTS5 syntax as plain words") {
  CHECK(quoted_words_query("Lee  Jae-myung") == "\"Lee\" \"Jae-myung\"");
  CHECK(quoted_words_query("say \"hi") == "\"say\" \"\"\"hi\"");
  // Found by a user: operators were quoted too, so "Saint-Germain OR Dortmund" found nothing.
  CHECK(quoted_words_query("(Saint-Germain OR Dortmund) AND Mbapp*") ==
        "(\"Saint-Germain\" OR \"Dortmund\") AND \"Mbapp\"*");
  SampleStore s;
  std::vector<SearchHit> hits;
  REQUIRE(search_fts(s.store, "Carney's", 10, &hits));
  REQUIRE_FALSE(search(s.store, "Carney's", 10, &hits));
  CHECK(hits.empty());  // "carney s": no sentence has the two tokens in a row
  REQUIRE_FALSE(search(s.store, "Meng's case", 10, &hits));
  REQUIRE(hits.size() == 1);
  CHECK(names(hits[0].entities) == std::vector<std::string>{"Mark Carney", "Meng Wanzhou", "Beijing"});
  REQUIRE_FALSE(search(s.store, "Li-Qiang", 10, &hits));
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].sentence.text == "Li Qiang hosted Carney at dinner.");
  REQUIRE_FALSE(search(s.store, "Li-Qiang OR Meng's", 10, &hits));
  CHECK(hits.size() == 2);
  REQUIRE_FALSE(search(s.store, "Li-Qiang AND dinner", 10, &hits));
  CHECK(hits.size() == 1);
}

TEST_CASE("queries: sql runs one read-only statement and refuses writes") {
  SampleStore s;
  SqlResult r;
  REQUIRE_FALSE(run_sql(s.store, "SELECT name, mention_count FROM entities WHERE type = 'GPE' ORDER BY id", 0, &r));
  CHECK(r.columns == std::vector<std::string>{"name", "mention_count"});
  REQUIRE(r.rows.size() == 4);
  CHECK(r.rows[1][0].text == "Beijing");
  CHECK(r.rows[1][1].integer == 2);
  auto err = run_sql(s.store, "DELETE FROM entities", 0, &r);
  REQUIRE(err);
  CHECK(err->kind == StoreErrorKind::kReadOnly);
  CHECK(err->message == "read-only: the sql verb cannot change the database");
  err = run_sql(s.store, "VACUUM", 0, &r);  // refused before it runs
  REQUIRE(err);
  CHECK(err->kind == StoreErrorKind::kReadOnly);
  err = run_sql(s.store, "SELECT 1; DELETE FROM entities", 0, &r);
  REQUIRE(err);
  CHECK(err->message == "one SQL statement at a time");
  err = run_sql(s.store, "SELECT nope FROM entities", 0, &r);
  REQUIRE(err);
  CHECK(err->message == "no such column: nope");
}

TEST_CASE("queries: stats count every table") {
  SampleStore s;
  StoreStats st;
  REQUIRE_FALSE(store_stats(s.store, &st));
  CHECK(st.schema_version == 4);
  auto count = [&](const std::string& t) {
    for (auto& [k, v] : st.counts)
      if (k == t) return v;
    return int64_t{-1};
  };
  CHECK(count("articles") == 3);
  CHECK(count("sentences") == 6);
  CHECK(count("entities") == 9);
  CHECK(count("mentions") == 15);
  CHECK(count("relations") == 3);
  CHECK(count("events") == 4);
  CHECK(count("timexes") == 3);
  CHECK(count("quotes") == 1);
  CHECK(st.first_date == "2018-12-06");
  CHECK(st.last_date == "2026-01-16");
  CHECK(st.entity_types ==
        std::vector<std::pair<std::string, int64_t>>{{"GPE", 4}, {"PERSON", 4}, {"ORG", 1}});
  CHECK(st.file_bytes > 0);
}

namespace {

// Article 1: Meng Wanzhou (alias "Meng", 3 mentions), Michael Kovrig, Michael Spavor (given
// the lone "Michael" by in-article coreference). Article 2: an ORG the NER named "Meng".
void write_namesakes(Store& st) {
  using newsgraph::extractor::EntityType;
  newsgraph::testing::DocBuilder a("n1", "2021-01-01",
                                   "Meng Wanzhou left. Meng flew. Meng landed. Michael Kovrig and "
                                   "Michael Spavor flew home. Michael smiled.");
  a.sentence("Meng Wanzhou left.");
  a.sentence("Meng flew.");
  a.sentence("Meng landed.");
  a.sentence("Michael Kovrig and Michael Spavor flew home.");
  a.sentence("Michael smiled.");
  a.entity("Meng Wanzhou", EntityType::kPerson, {"Meng Wanzhou", "Meng"},
           {{"Meng Wanzhou", 0}, {"Meng", 1}, {"Meng", 2}});
  a.entity("Michael Kovrig", EntityType::kPerson, {"Michael Kovrig"}, {{"Michael Kovrig", 0}});
  a.entity("Michael Spavor", EntityType::kPerson, {"Michael Spavor", "Michael"},
           {{"Michael Spavor", 0}, {"Michael", 2}});
  newsgraph::testing::DocBuilder b("n2", "2021-01-02", "Meng said little.");
  b.sentence("Meng said little.");
  b.entity("Meng", EntityType::kOrg, {"Meng"}, {{"Meng", 0}});
  for (auto* d : {&a, &b}) {
    WriteResult r;
    REQUIRE_FALSE(write_article(st, d->article, d->doc, "test-1", &r));
  }
}

std::vector<std::string> labels(const std::vector<EntityRef>& v) {
  std::vector<std::string> out;
  for (const auto& e : v) {
    std::string label = "#";  // appended: GCC 12 warns (-Wrestrict) on "#" + std::to_string
    label += std::to_string(e.id);
    label += " " + e.name + " " + e.type + " " + std::to_string(e.mention_count);
    out.push_back(std::move(label));
  }
  return out;
}

}  // namespace

TEST_CASE("queries: a weak name match does not hide a better-supported alias match") {
  Store st;
  REQUIRE_FALSE(open_store(":memory:", {}, &st));
  write_namesakes(st);
  std::vector<EntityRef> found;
  REQUIRE_FALSE(find_entity(st, "Meng", &found));
  CHECK(labels(found) == std::vector<std::string>{"#1 Meng Wanzhou PERSON 3", "#4 Meng ORG 1"});
  REQUIRE_FALSE(find_entity(st, "Meng Wanzhou", &found));
  CHECK(labels(found) == std::vector<std::string>{"#1 Meng Wanzhou PERSON 3"});
  // A second article about her: 4 mentions in 2 articles clearly dominate 1 in 1.
  newsgraph::testing::DocBuilder c("n3", "2021-01-03", "Meng Wanzhou spoke.");
  c.sentence("Meng Wanzhou spoke.");
  c.entity("Meng Wanzhou", newsgraph::extractor::EntityType::kPerson, {"Meng Wanzhou"},
           {{"Meng Wanzhou", 0}});
  WriteResult r;
  REQUIRE_FALSE(write_article(st, c.article, c.doc, "test-1", &r));
  REQUIRE_FALSE(find_entity(st, "Meng", &found));
  CHECK(labels(found) == std::vector<std::string>{"#1 Meng Wanzhou PERSON 4"});
}

TEST_CASE("queries: a lone given name lists every PERSON it starts, not the one it aliases") {
  Store st;
  REQUIRE_FALSE(open_store(":memory:", {}, &st));
  write_namesakes(st);
  std::vector<EntityRef> found;
  REQUIRE_FALSE(find_entity(st, "michael", &found));
  CHECK(labels(found) ==
        std::vector<std::string>{"#3 Michael Spavor PERSON 2", "#2 Michael Kovrig PERSON 1"});
  REQUIRE_FALSE(find_entity(st, "Kovrig", &found));
  CHECK(labels(found) == std::vector<std::string>{"#2 Michael Kovrig PERSON 1"});
}

// Bug found by a user: the timeline sorted "2025-W28" (July) after "2025-09-17" and a
// --from/--to range in months missed it.
TEST_CASE("queries: weeks, quarters and seasons sort and filter by the date they start on") {
  CHECK(date_sort_key("2025-W28") == "2025-07-07");
  CHECK(date_sort_key("2026-W01") == "2025-12-29");  // ISO week 1 holds January 4
  CHECK(date_sort_key("2020-W53") == "2020-12-28");
  CHECK(date_sort_key("2025-W38-WE") == "2025-09-15");
  CHECK(date_sort_key("2025-Q3") == "2025-07");
  CHECK(date_sort_key("2024-H2") == "2024-07");
  CHECK(date_sort_key("1998-SU") == "1998-06");
  CHECK(date_sort_key("2025-09-17T14:30") == "2025-09-17T14:30");
  CHECK(date_sort_key("2025") == "2025");
  CHECK(date_sort_key("PRESENT_REF").empty());
  CHECK(date_sort_key("XXXX-10").empty());
  CHECK(within("2025-07-07", "2025-07", "2025-08"));
  CHECK_FALSE(within("2025-07-07", "2025-09-18", ""));
  CHECK(within("2025", "2025-03", "2025-04"));
  CHECK_FALSE(within("2024-12-31", "2025", ""));
  CHECK(within("2025-01-01", "", ""));
}

// Bug found by a user: "sebastien lecornu" did not find Sébastien Lecornu.
TEST_CASE("queries: a name typed without its accents finds the entity, when nothing matches exactly") {
  CHECK(fold_accents("sébastien lecornu") == "sebastien lecornu");
  CHECK(fold_accents("peña nieto") == "pena nieto");
  CHECK(fold_accents("québec") == "quebec");
  TempDir dir;
  Store st;
  REQUIRE_FALSE(open_store(dir.file("a.db"), {}, &st));
  newsgraph::testing::DocBuilder b("f1", "2025-10-06", "Renée Côté met Jose Pena.");
  b.sentence("Renée Côté met Jose Pena.");
  b.entity("Renée Côté", newsgraph::extractor::EntityType::kPerson, {"Renée Côté"}, {{"Renée Côté", 0}});
  b.entity("Jose Pena", newsgraph::extractor::EntityType::kPerson, {"Jose Pena"}, {{"Jose Pena", 0}});
  WriteResult r;
  REQUIRE_FALSE(write_article(st, b.article, b.doc, "test-1", &r));
  std::vector<EntityRef> found;
  REQUIRE_FALSE(find_entity(st, "renee cote", &found));
  REQUIRE(found.size() == 1);
  CHECK(found[0].name == "Renée Côté");
  REQUIRE_FALSE(find_entity(st, "José Peña", &found));  // and the other way round
  REQUIRE(found.size() == 1);
  CHECK(found[0].name == "Jose Pena");
  REQUIRE_FALSE(find_entity(st, "Renata Cote", &found));
  CHECK(found.empty());
}

// Found by a fresh user: the entity profile listed "2025-09-15" before "2025-W37" (a week
// that starts on September 8); the timeline had them right.
TEST_CASE("queries: an entity profile lists events by the date they start on, undated last") {
  TempDir dir;
  Store st;
  REQUIRE_FALSE(open_store(dir.file("a.db"), {}, &st));
  newsgraph::testing::DocBuilder b("f1", "2025-09-20",
                                   "Ana Ruiz resigned. Ana Ruiz met Li Wei. Ana Ruiz spoke.");
  b.sentence("Ana Ruiz resigned.");
  b.sentence("Ana Ruiz met Li Wei.");
  b.sentence("Ana Ruiz spoke.");
  b.entity("Ana Ruiz", newsgraph::extractor::EntityType::kPerson, {"Ana Ruiz"},
           {{"Ana Ruiz", 0}, {"Ana Ruiz", 1}, {"Ana Ruiz", 2}});
  b.entity("Li Wei", newsgraph::extractor::EntityType::kPerson, {"Li Wei"}, {{"Li Wei", 0}});
  b.event("RESIGN", "", "resigned", -1, "2025-09-15", {{0, "agent"}}, -1);
  b.event("MEET", "04", "met", -1, "2025-W37", {{0, "agent"}, {1, "partner"}}, -1);
  b.event("STATEMENT", "01", "spoke", -1, "", {{0, "agent"}}, -1);
  WriteResult r;
  REQUIRE_FALSE(write_article(st, b.article, b.doc, "test-1", &r));
  std::vector<EntityRef> found;
  REQUIRE_FALSE(find_entity(st, "Ana Ruiz", &found));
  REQUIRE(found.size() == 1);
  EntityProfile p;
  REQUIRE_FALSE(entity_profile(st, found[0].id, 50, &p));
  REQUIRE(p.events.size() == 3);
  CHECK(p.events[0].date == "2025-W37");
  CHECK(p.events[1].date == "2025-09-15");
  CHECK(p.events[2].type == "STATEMENT");
}

// Found by a fresh user: `entity "United States"` said "4 mentions in 5 articles" and listed
// four: the article that only implied the country ("Canadian exports" adds Canada) was left out.
TEST_CASE("queries: an entity profile lists every article it is in, also one with no mention") {
  TempDir dir;
  Store st;
  REQUIRE_FALSE(open_store(dir.file("a.db"), {}, &st));
  newsgraph::testing::DocBuilder a("f1", "2025-09-20", "Peru sold copper.");
  a.sentence("Peru sold copper.");
  a.entity("Peru", newsgraph::extractor::EntityType::kGpe, {"Peru"}, {{"Peru", 0}});
  newsgraph::testing::DocBuilder b("f2", "2025-09-21", "Peruvian exports rose.");
  b.sentence("Peruvian exports rose.");
  b.entity("Peru", newsgraph::extractor::EntityType::kGpe, {"Peru"}, {});
  WriteResult r;
  REQUIRE_FALSE(write_article(st, a.article, a.doc, "test-1", &r));
  REQUIRE_FALSE(write_article(st, b.article, b.doc, "test-1", &r));
  std::vector<EntityRef> found;
  REQUIRE_FALSE(find_entity(st, "Peru", &found));
  REQUIRE(found.size() == 1);
  EntityProfile p;
  REQUIRE_FALSE(entity_profile(st, found[0].id, 50, &p));
  CHECK(p.entity.article_count == 2);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].mentions == 0);  // the later article, with no mention
  CHECK(p.articles[1].mentions == 1);
}
