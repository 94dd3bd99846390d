// The query verbs of the `newsgraph` binary on a store written from hand-built Documents
// (tests/graph/sample_graph.h): the JSON each prints and its exit status.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>

#include "graph/store.h"
#include "tests/graph/sample_graph.h"
#include "tests/temp_dir.h"
#include "tests/tools/run_cli.h"
#include "tests/tools/sample_db.h"

using nlohmann::json;
using newsgraph::testing::CliResult;
using newsgraph::testing::run_cli;
using newsgraph::testing::TempDir;

namespace {

using newsgraph::testing::sample_db;

json run_json(const TempDir& dir, std::vector<std::string> args, int status = 0) {
  args.push_back("--json");
  CliResult r = run_cli(dir, args);
  INFO(r.err);
  REQUIRE(r.status == status);
  return json::parse(r.out);
}

}  // namespace

TEST_CASE("cli queries: entity finds a profile by alias") {
  TempDir dir;
  std::string db = sample_db(dir);
  json e = run_json(dir, {"entity", "carney", "--db", db});
  CHECK(e["name"] == "Mark Carney");
  CHECK(e["type"] == "PERSON");
  CHECK(e["aliases"][0] == json::parse(R"({"alias": "Carney", "articles": 2})"));
  CHECK(e["relations_out"][0]["predicate"] == "leader_of");
  CHECK(e["relations_out"][0]["object"]["name"] == "Canada");
  CHECK(e["relations_out"][1]["object"] == "Prime Minister");
  CHECK(e["events"][0]["type"] == "MEET");
  CHECK(e["quotes"][0]["text"] == "a new strategic partnership");
  CliResult r = run_cli(dir, {"entity", "carney", "--db", db});
  CHECK(r.status == 0);
  CHECK(r.out.rfind("Mark Carney  (PERSON, #1)  4 mentions in 2 articles\naliases: Carney, Mark Carney\n", 0) == 0);
}

TEST_CASE("cli queries: entity and neighbors mark a past role former") {
  TempDir dir;
  std::string db = newsgraph::testing::succession_db(dir);
  json e = run_json(dir, {"entity", "Calhoun", "--db", db});
  REQUIRE(e["relations_out"].size() == 2);
  CHECK(e["relations_out"][0]["former"] == true);
  CHECK_FALSE(e["relations_out"][1].contains("former"));
  json nb = run_json(dir, {"neighbors", "Boeing", "--db", db, "--predicate", "leader_of"});
  REQUIRE(nb["neighbors"].size() == 3);
  int former = 0;
  for (const auto& n : nb["neighbors"])
    if (n.value("former", false)) {
      ++former;
      CHECK(n["name"] == "David Calhoun");
      CHECK(n["weight"] == 1);
    }
  CHECK(former == 1);
  CliResult r = run_cli(dir, {"entity", "Calhoun", "--db", db});
  CHECK(r.out.find("leader_of (former)") != std::string::npos);
  r = run_cli(dir, {"neighbors", "Boeing", "--db", db});
  CHECK(r.out.find("<-leader_of (former)-") != std::string::npos);
  // A path takes Calhoun's current link; its JSON hop says former: false.
  json path = run_json(dir, {"path", "Calhoun", "Boeing", "--db", db});
  REQUIRE(path["paths"][0]["hops"].size() == 1);
  CHECK(path["paths"][0]["hops"][0]["former"] == false);
}

TEST_CASE("cli queries: neighbors, path and timeline print their evidence") {
  TempDir dir;
  std::string db = sample_db(dir);
  json nb = run_json(dir, {"neighbors", "Mark Carney", "--db", db});
  REQUIRE(nb["neighbors"].size() == 9);
  CHECK(nb["neighbors"][0]["name"] == "Canada");
  CHECK(nb["neighbors"][0]["predicate"] == "leader_of");
  CHECK(nb["neighbors"][0]["evidence"]["sentence"] ==
        "Canada\u2019s Prime Minister Mark Carney met Xi Jinping in Beijing on Friday.");
  CHECK(nb["neighbors"][5]["name"] == "Li Qiang");

  json path = run_json(dir, {"path", "Mark Carney", "Huawei", "--cooccurrence", "--db", db});
  CHECK(path["connected"] == true);
  REQUIRE(path["paths"][0]["hops"].size() == 2);
  CHECK(path["paths"][0]["hops"][1]["predicate"] == "works_for");
  CHECK(path["paths"][0]["hops"][1]["evidence"]["article_date"] == "2018-12-06");
  json none = run_json(dir, {"path", "Mark Carney", "Huawei", "--max-depth", "1", "--cooccurrence", "--db", db});
  CHECK(none["connected"] == false);
  CHECK(none["paths"].empty());

  json tl = run_json(dir, {"timeline", "Meng Wanzhou", "--db", db});
  REQUIRE(tl["events"].size() == 3);
  CHECK(tl["events"][0]["type"] == "ARREST");
  CHECK(tl["events"][0]["date"] == "2018-12");
  CHECK(tl["events"][0]["participants"][0]["name"] == "Meng Wanzhou");
  json later = run_json(dir, {"timeline", "Meng Wanzhou", "--from", "2021-09-20", "--db", db});
  CHECK(later["events"].size() == 2);

  json hits = run_json(dir, {"search", "Vancouver", "--db", db});
  REQUIRE(hits["hits"].size() == 1);
  CHECK(hits["hits"][0]["entities"][1]["name"] == "Meng Wanzhou");

  json ents = run_json(dir, {"entities", "--type", "GPE", "--limit", "2", "--db", db});
  REQUIRE(ents["entities"].size() == 2);
  CHECK(ents["entities"][0]["name"] == "Beijing");
}

TEST_CASE("cli queries: an ambiguous name lists the candidates and exits 1") {
  using newsgraph::extractor::EntityType;
  TempDir dir;
  std::string db = dir.file("w.db");
  {
    newsgraph::graph::Store store;
    REQUIRE_FALSE(newsgraph::graph::open_store(db, {}, &store));
    newsgraph::testing::DocBuilder a("d1", "2020-01-01", "Washington spoke. Washington voted.");
    a.sentence("Washington spoke.");
    a.sentence("Washington voted.");
    a.entity("Washington", EntityType::kPerson, {"Washington"}, {{"Washington", 0}});
    a.entity("Washington", EntityType::kGpe, {"Washington"}, {{"Washington", 1}});
    newsgraph::graph::WriteResult r;
    REQUIRE_FALSE(newsgraph::graph::write_article(store, a.article, a.doc, "test-1", &r));
  }
  CliResult r = run_cli(dir, {"entity", "washington", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: entity: 'washington' is ambiguous: 2 entities match (name one as #ID) (" +
                     db + ")\n");
  CHECK(r.out == "id  name        type    mentions  articles\n"
                 "#1  Washington  PERSON  1         1\n"
                 "#2  Washington  GPE     1         1\n");
  json j = run_json(dir, {"timeline", "washington", "--db", db}, 1);
  CHECK(j["candidates"].size() == 2);
  CHECK(run_json(dir, {"entity", "#2", "--db", db})["type"] == "GPE");
}

TEST_CASE("cli queries: a one-article ORG named like a person's alias lists both candidates") {
  using newsgraph::extractor::EntityType;
  TempDir dir;
  std::string db = dir.file("m.db");
  {
    newsgraph::graph::Store store;
    REQUIRE_FALSE(newsgraph::graph::open_store(db, {}, &store));
    newsgraph::testing::DocBuilder a("m1", "2021-01-01", "Meng Wanzhou left. Meng flew.");
    a.sentence("Meng Wanzhou left.");
    a.sentence("Meng flew.");
    a.entity("Meng Wanzhou", EntityType::kPerson, {"Meng Wanzhou", "Meng"},
             {{"Meng Wanzhou", 0}, {"Meng", 1}});
    newsgraph::testing::DocBuilder b("m2", "2021-01-02", "Meng said little.");
    b.sentence("Meng said little.");
    b.entity("Meng", EntityType::kOrg, {"Meng"}, {{"Meng", 0}});
    for (auto* d : {&a, &b}) {
      newsgraph::graph::WriteResult r;
      REQUIRE_FALSE(newsgraph::graph::write_article(store, d->article, d->doc, "test-1", &r));
    }
  }
  CliResult r = run_cli(dir, {"entity", "Meng", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: entity: 'Meng' is ambiguous: 2 entities match (name one as #ID) (" +
                     db + ")\n");
  CHECK(r.out == "id  name          type    mentions  articles\n"
                 "#1  Meng Wanzhou  PERSON  2         1\n"
                 "#2  Meng          ORG     1         1\n");
}

// Bug found by a user: "Trump did not meet X" was listed in Trump's timeline as a meeting.
TEST_CASE("cli queries: timeline leaves negated and hedged events out unless --all") {
  using newsgraph::extractor::EntityType;
  using newsgraph::extractor::TimexAnchor;
  using newsgraph::extractor::TimexType;
  const std::string text =
      "Ana Silva did not meet Tom Reyes on Monday. Ana Silva met Li Wen on Tuesday. "
      "Ana Silva may visit Lima on Friday.";
  newsgraph::testing::DocBuilder b("n1", "2025-03-14", text);
  b.sentence("Ana Silva did not meet Tom Reyes on Monday.");
  b.sentence("Ana Silva met Li Wen on Tuesday.");
  b.sentence("Ana Silva may visit Lima on Friday.");
  int32_t ana = b.entity("Ana Silva", EntityType::kPerson, {"Ana Silva"},
                         {{"Ana Silva", 0}, {"Ana Silva", 1}, {"Ana Silva", 2}});
  int32_t tom = b.entity("Tom Reyes", EntityType::kPerson, {"Tom Reyes"}, {{"Tom Reyes", 0}});
  int32_t li = b.entity("Li Wen", EntityType::kPerson, {"Li Wen"}, {{"Li Wen", 0}});
  int32_t lima = b.entity("Lima", EntityType::kGpe, {"Lima"}, {{"Lima", 0}});
  int32_t mon = b.timex("Monday", TimexType::kDate, "2025-03-10", TimexAnchor::kDct);
  int32_t tue = b.timex("Tuesday", TimexType::kDate, "2025-03-11", TimexAnchor::kDct);
  int32_t fri = b.timex("Friday", TimexType::kDate, "2025-03-14", TimexAnchor::kDct);
  b.event("MEET", "04", "meet", mon, "2025-03-10", {{ana, "agent"}, {tom, "partner"}}, -1);
  b.doc.events.back().negated = true;
  b.event("MEET", "04", "met", tue, "2025-03-11", {{ana, "agent"}, {li, "partner"}}, -1);
  b.event("VISIT", "04", "visit", fri, "2025-03-14", {{ana, "agent"}, {lima, "recipient"}}, lima);
  b.doc.events.back().hedged = true;
  TempDir dir;
  const std::string db = dir.file("n.db");
  {
    newsgraph::graph::Store store;
    REQUIRE_FALSE(newsgraph::graph::open_store(db, {}, &store));
    newsgraph::graph::WriteResult r;
    REQUIRE_FALSE(newsgraph::graph::write_article(store, b.article, b.doc, "test-1", &r));
  }
  CliResult r = run_cli(dir, {"timeline", "Ana Silva", "--db", db});
  REQUIRE(r.status == 0);
  CHECK(r.out.rfind("Ana Silva (PERSON, #1): 1 dated event; 2 negated or hedged events left out "
                    "(--all)\n", 0) == 0);
  json j = run_json(dir, {"timeline", "Ana Silva", "--db", db});
  REQUIRE(j["events"].size() == 1);
  CHECK(j["events"][0]["date"] == "2025-03-11");
  j = run_json(dir, {"timeline", "Ana Silva", "--db", db, "--all"});
  REQUIRE(j["events"].size() == 3);
  CHECK(j["events"][0]["negated"] == true);
  CHECK(j["events"][2]["hedged"] == true);
  r = run_cli(dir, {"timeline", "Ana Silva", "--db", db, "--all"});
  CHECK(r.out.find("MEET (negated)") != std::string::npos);
  CHECK(r.out.find("VISIT (hedged)") != std::string::npos);
}

// Bug found by a user: `entity` listed position_held "President" once per article.
TEST_CASE("cli queries: entity's table gives one row per relation, with its number of facts") {
  using newsgraph::extractor::EntityType;
  TempDir dir;
  const std::string db = dir.file("r.db");
  newsgraph::graph::Store store;
  REQUIRE_FALSE(newsgraph::graph::open_store(db, {}, &store));
  for (const std::string id : {"r1", "r2"}) {
    const std::string text = "Mayor Ana Silva of Lima spoke.";
    newsgraph::testing::DocBuilder b(id, "2025-03-14", text + (id == "r2" ? " Again." : ""));
    b.sentence(text);
    int32_t ana = b.entity("Ana Silva", EntityType::kPerson, {"Ana Silva"}, {{"Ana Silva", 0}});
    b.relation(ana, "position_held", -1, "Mayor Ana Silva", "Mayor");
    newsgraph::graph::WriteResult r;
    REQUIRE_FALSE(newsgraph::graph::write_article(store, b.article, b.doc, "test-1", &r));
  }
  CliResult r = run_cli(dir, {"entity", "Ana Silva", "--db", db});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("subject    predicate      object   facts  evidence") != std::string::npos);
  CHECK(r.out.find("Ana Silva  position_held  \"Mayor\"  2      Mayor Ana Silva of Lima spoke.") !=
        std::string::npos);
  json j = run_json(dir, {"entity", "Ana Silva", "--db", db});
  CHECK(j["relations_out"].size() == 2);  // JSON keeps every fact
}

// Found by a fresh user: `timeline --undated` counted its events as "dated events".
TEST_CASE("cli queries: timeline --undated counts events, not dated events") {
  TempDir dir;
  std::string db = sample_db(dir);
  CliResult dated = run_cli(dir, {"timeline", "Meng Wanzhou", "--db", db});
  REQUIRE(dated.status == 0);
  CHECK(dated.out.find("3 dated events") != std::string::npos);
  CliResult all = run_cli(dir, {"timeline", "Meng Wanzhou", "--undated", "--db", db});
  REQUIRE(all.status == 0);
  CHECK(all.out.find("dated events") == std::string::npos);
  CHECK(all.out.find(" events (~ = dated by its article)") != std::string::npos);
}

// From a user's trial: `sql ... > out.tsv` cut long cells to 80 characters with no word said.
TEST_CASE("cli queries: sql --tsv gives whole cells, the table says when it cut one") {
  TempDir dir;
  std::string db = sample_db(dir);
  const std::string sql = "SELECT id, 'a' || char(9) || 'b' AS tabbed, substr(text || text, 1, 100) AS long FROM sentences "
                          "ORDER BY id LIMIT 1";
  CliResult r = run_cli(dir, {"sql", sql, "--db", db, "--tsv"});
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  const std::string s0 = "Canada\u2019s Prime Minister Mark Carney met Xi Jinping in Beijing on Friday.";
  const std::string twice = (s0 + s0);
  // 100 code points of the sentence twice (it has one curly apostrophe of 3 bytes per copy).
  std::string first100;
  size_t cps = 0;
  for (size_t i = 0; i < twice.size() && cps <= 100; ++i) {
    if ((static_cast<unsigned char>(twice[i]) & 0xC0) != 0x80 && ++cps > 100) break;
    first100 += twice[i];
  }
  CHECK(r.out == "id\ttabbed\tlong\n1\ta\\tb\t" + first100 + "\n");
  // NULL is \N, the string "NULL" stays a string.
  r = run_cli(dir, {"sql", "SELECT NULL AS n, 'NULL' AS s", "--db", db, "--tsv"});
  CHECK(r.out == "n\ts\n\\N\tNULL\n");
  r = run_cli(dir, {"sql", sql, "--db", db});
  CHECK(r.status == 0);
  CHECK(r.err == "newsgraph: sql: long cells were cut to 80 characters for the table; --tsv or "
                 "--json gives them whole\n");
}
