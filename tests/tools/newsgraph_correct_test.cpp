// The correction verbs of the `newsgraph` binary, merge and split, on a store written from
// hand-built Documents (tests/graph/sample_graph.h): what each prints, with --json, their
// errors and exit statuses, and what `entity` then shows.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "graph/store.h"
#include "tests/graph/sample_graph.h"
#include "tests/temp_dir.h"
#include "tests/tools/run_cli.h"

using nlohmann::json;
using newsgraph::testing::CliResult;
using newsgraph::testing::run_cli;
using newsgraph::testing::TempDir;

namespace {

// 1 Royal Canadian Mounted Police, 2 Meng, 3 Vancouver, 4 RCMP.
std::string police_db(const TempDir& dir) {
  std::string path = dir.file("police.db");
  newsgraph::graph::Store store;
  REQUIRE_FALSE(newsgraph::graph::open_store(path, {}, &store));
  for (auto b : {newsgraph::testing::sample_police_full(), newsgraph::testing::sample_police_short()}) {
    newsgraph::graph::WriteResult r;
    REQUIRE_FALSE(newsgraph::graph::write_article(store, b.article, b.doc, "test-1", &r));
  }
  return path;
}

}  // namespace

TEST_CASE("cli corrections: merge prints what moved and the rule for later articles") {
  TempDir dir;
  std::string db = police_db(dir);
  CliResult r = run_cli(dir, {"merge", "Royal Canadian Mounted Police", "rcmp", "--reason",
                              "same force", "--db", db});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out ==
        "merged #4 RCMP (ORG) into #1 Royal Canadian Mounted Police (ORG): now 2 mentions in 2 "
        "articles\n"
        "moved: 1 in-article entities, 1 mentions, 0 relation ends, 0 event places and "
        "participants, 1 quotes, 1 edge fact ends\n"
        "later articles: an entity named 'rcmp' (ORG) goes to #1 Royal Canadian Mounted Police\n");
  // The profile shows each decision and its reason.
  r = run_cli(dir, {"entity", "#1", "--db", db});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("merge decisions\n") != std::string::npos);
  CHECK(r.out.find("#2 m2    E1 RCMP (ORG) ") != std::string::npos);
  CHECK(r.out.find(" manual ") != std::string::npos);
  CHECK(r.out.find("merged by hand from #4 'RCMP' into #1 'Royal Canadian Mounted Police': same "
                   "force; was new") != std::string::npos);
  CHECK(r.out.find("corrections for later articles\n") != std::string::npos);
  r = run_cli(dir, {"entity", "#1", "--db", db, "--json"});
  json e = json::parse(r.out);
  CHECK(e["resolution"][1] == json::parse(R"({"article_id": 2, "article_title": "m2",
      "article_date": "2018-12-02", "local_id": "E1", "name": "RCMP", "type": "ORG",
      "decision": "manual", "reason": "merged by hand from #4 'RCMP' into #1 'Royal Canadian Mounted Police': same force; was new"})"));
  CHECK(e["overrides"] == json::parse(R"([{"kind": "merge", "name": "rcmp", "type": "ORG",
      "reason": "merged by hand from #4 'RCMP' into #1 'Royal Canadian Mounted Police': same force"}])"));
}

TEST_CASE("cli corrections: merge and split --json") {
  TempDir dir;
  std::string db = police_db(dir);
  CliResult r = run_cli(dir, {"merge", "#1", "#4", "--db", db, "--json"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(json::parse(r.out) == json::parse(R"({
    "into": {"id": 1, "name": "Royal Canadian Mounted Police", "type": "ORG", "mentions": 2, "articles": 2},
    "merged": {"id": 4, "name": "RCMP", "type": "ORG"},
    "reason": null,
    "moved": {"in_article_entities": 1, "mentions": 1, "relations": 0, "events": 0, "quotes": 1, "edge_facts": 1},
    "overrides": [{"kind": "merge", "name": "rcmp", "type": "ORG", "entity": 1,
                   "reason": "merged by hand from #4 'RCMP' into #1 'Royal Canadian Mounted Police'"}]})"));
  r = run_cli(dir, {"split", "rcmp", "--article", "m2", "--reason", "a mistake", "--db", db, "--json"});
  REQUIRE(r.status == 0);
  CHECK(json::parse(r.out) == json::parse(R"({
    "from": {"id": 1, "name": "Royal Canadian Mounted Police", "type": "ORG", "mentions": 1, "articles": 1},
    "new": {"id": 4, "name": "RCMP", "type": "ORG", "mentions": 1, "articles": 1},
    "reason": "a mistake",
    "moved": {"in_article_entities": 1, "mentions": 1, "relations": 0, "events": 0, "quotes": 1, "edge_facts": 1},
    "overrides": [{"kind": "split", "name": "rcmp", "type": "ORG", "entity": 1,
                   "reason": "split by hand from #1 'Royal Canadian Mounted Police' into #4 'RCMP': a mistake"}]})"));
  r = run_cli(dir, {"split", "#2", "--alias", "Meng", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: split: every in-article entity of #2 'Meng' would move: nothing would "
                 "be left (its names: 'Meng' (articles #1, #2)) (" + db + ")\n");
}

TEST_CASE("cli corrections: unknown and ambiguous names and articles exit 1 and list candidates") {
  TempDir dir;
  std::string db = police_db(dir);
  CliResult r = run_cli(dir, {"merge", "Mounties", "RCMP", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: merge: no entity named 'Mounties' (" + db + ")\n");
  r = run_cli(dir, {"split", "Meng", "--article", "nine", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: split: no article 'nine' (" + db + ")\n");
  r = run_cli(dir, {"merge", "#1", "#1", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: merge: #1 'Royal Canadian Mounted Police' cannot be merged into "
                 "itself (" + db + ")\n");
  // Two entities named "Meng" after a split: the name is ambiguous, #ID picks one.
  REQUIRE(run_cli(dir, {"split", "Meng", "--article", "m2", "--type", "ORG", "--db", db}).status == 0);
  r = run_cli(dir, {"merge", "Meng", "Vancouver", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: merge: 'Meng' is ambiguous: 2 entities match (name one as #ID) (" +
                     db + ")\n");
  CHECK(r.out == "id  name  type    mentions  articles\n"
                 "#5  Meng  ORG     2         1\n"
                 "#2  Meng  PERSON  1         1\n");
}

TEST_CASE("cli corrections: split needs --article or --alias (bad usage, exit 2)") {
  TempDir dir;
  std::string db = police_db(dir);
  CliResult r = run_cli(dir, {"split", "Meng", "--db", db});
  CHECK(r.status == 2);
  CHECK(r.err == "newsgraph: split: say which in-article entities to split out: --article ID "
                 "and/or --alias NAME (see newsgraph split --help)\n");
  r = run_cli(dir, {"split", "Meng", "--alias", "Meng", "--type", "CITY", "--db", db});
  CHECK(r.status == 2);
  r = run_cli(dir, {"merge", "Meng", "--db", db});
  CHECK(r.status == 2);
}
