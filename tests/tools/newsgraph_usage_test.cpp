// What a fresh user of the `newsgraph` binary ran into: option validation (exit 2 with a clear
// message), extract --jsonl, path from an entity to itself and without co-occurrence, sql that
// would write, and one-parenthesis error locations.
#include <catch2/catch.hpp>

#include <sys/stat.h>

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

bool exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

}  // namespace

TEST_CASE("cli usage: timeline bounds are calendar dates of year, month or day precision") {
  TempDir dir;
  std::string db = sample_db(dir);
  for (const char* ok : {"2018", "2025-10", "2024-02-29"})
    CHECK(run_cli(dir, {"timeline", "Meng Wanzhou", "--from", ok, "--db", db}).status == 0);
  for (const char* bad : {"2025-02-29", "2025-13", "2025-1", "18", "2025-10-1x", ""})
    CHECK(run_cli(dir, {"timeline", "Meng Wanzhou", "--to", bad, "--db", db}).status == 2);
}

TEST_CASE("cli usage: bad --from, --type and --limit exit 2 with a clear message") {
  TempDir dir;
  std::string db = sample_db(dir);
  CliResult r = run_cli(dir, {"timeline", "Meng Wanzhou", "--from", "banana", "--db", db});
  CHECK(r.status == 2);
  CHECK(r.err == "newsgraph: timeline: --from: 'banana' is not a calendar date (YYYY, YYYY-MM or "
                 "YYYY-MM-DD) (see newsgraph timeline --help)\n");
  r = run_cli(dir, {"timeline", "Meng Wanzhou", "--to", "2025-02-30", "--db", db});
  CHECK(r.status == 2);
  CHECK(run_cli(dir, {"timeline", "Meng Wanzhou", "--from", "2018-12", "--db", db}).status == 0);

  // Types in any case are upper-cased; an unknown one lists the valid ones.
  r = run_cli(dir, {"entities", "--type", "person", "--db", db, "--json"});
  CHECK(r.status == 0);
  json j = json::parse(r.out);
  REQUIRE(j["entities"].size() == 4);
  for (const auto& e : j["entities"]) CHECK(e["type"] == "PERSON");
  r = run_cli(dir, {"entities", "--type", "PERSN", "--db", db});
  CHECK(r.status == 2);
  CHECK(r.err.find("PERSN not in {PERSON,ORG,GPE,LOC,NORP,FAC,EVENT,PRODUCT,LAW,WORK_OF_ART,"
                   "LANGUAGE}") != std::string::npos);

  CHECK(run_cli(dir, {"entities", "--limit", "-1", "--db", db}).status == 2);
  CHECK(run_cli(dir, {"search", "Meng", "--limit", "0", "--db", db}).status == 2);
  CHECK(run_cli(dir, {"neighbors", "Meng Wanzhou", "--limit", "-3", "--db", db}).status == 2);
  CHECK(run_cli(dir, {"entities", "--limit", "0", "--db", db}).status == 0);  // 0: all
}

TEST_CASE("cli usage: path from an entity to itself is 0 hops, co-occurrence is opt-in") {
  TempDir dir;
  std::string db = sample_db(dir);
  CliResult r = run_cli(dir, {"path", "Carney", "Mark Carney", "--db", db});
  CHECK(r.status == 0);
  CHECK(r.out == "Mark Carney (PERSON, #1) is itself: 0 hops\n");
  json j = json::parse(run_cli(dir, {"path", "#1", "#1", "--db", db, "--json"}).out);
  CHECK(j["connected"] == true);
  CHECK(j["paths"] == json::parse(R"([{"length": 0, "hops": []}])"));

  // Li Qiang shares only a sentence (co_occurs) with Mark Carney: no relation, no event. The
  // co-occurrence chain is the fallback, and says so; --relations-only has none.
  j = json::parse(run_cli(dir, {"path", "Li Qiang", "Mark Carney", "--db", db, "--json"}).out);
  CHECK(j["connected"] == true);
  CHECK(j["fallback"] == true);
  CHECK(j["cooccurrence"] == true);
  REQUIRE(j["paths"][0]["hops"].size() == 1);
  CHECK(j["paths"][0]["hops"][0]["predicate"] == "co_occurs");
  r = run_cli(dir, {"path", "Li Qiang", "Mark Carney", "--db", db});
  CHECK(r.out.rfind("no chain of relations and events within 4 hops; through entities named in "
                    "one sentence (co_occurs):\n\npath 1: 1 hop\n", 0) == 0);
  r = run_cli(dir, {"path", "Li Qiang", "Mark Carney", "--relations-only", "--db", db});
  CHECK(r.status == 0);
  CHECK(r.out == "no path from Li Qiang to Mark Carney within 4 hops of relations and events\n");
  // Meng Wanzhou -> Huawei is a relation: no fallback.
  j = json::parse(run_cli(dir, {"path", "Meng", "Huawei", "--db", db, "--json"}).out);
  CHECK(j["fallback"] == false);
  CHECK(j["cooccurrence"] == false);
  CHECK(j["paths"][0]["hops"][0]["predicate"] == "works_for");
  CHECK(run_cli(dir, {"path", "Meng", "Huawei", "--cooccurrence", "--relations-only", "--db", db})
            .status == 2);
}

TEST_CASE("cli usage: sql that would write is refused before it creates anything") {
  TempDir dir;
  std::string db = sample_db(dir);
  std::string copy = dir.file("copy.db");
  CliResult r = run_cli(dir, {"sql", "VACUUM INTO '" + copy + "'", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: sql: read-only: the sql verb cannot change the database (" + db + ")\n");
  CHECK_FALSE(exists(copy));
  r = run_cli(dir, {"sql", "PRAGMA journal_mode=DELETE", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: sql: read-only: the sql verb cannot change the database (" + db + ")\n");
}

TEST_CASE("cli usage: extract --jsonl prints one extraction per line without --json") {
  TempDir dir;
  std::string in = dir.write("a.txt", "Title: A\nDate: 2026-01-16\n\nAnna Berg met Omar Diaz.\n");
  CliResult r = run_cli(dir, {"extract", in, "--jsonl"});
  REQUIRE(r.status == 0);
  REQUIRE(r.out.find('\n') == r.out.size() - 1);  // one line
  CHECK(json::parse(r.out)["article"]["title"] == "A");
}

TEST_CASE("cli usage: extract --help names .html and says a folder is read recursively") {
  TempDir dir;
  CliResult r = run_cli(dir, {"extract", "--help"});
  CHECK(r.status == 0);
  CHECK(r.out.find("(.txt, .html, .jsonl, .jsonl.gz)") != std::string::npos);
  CHECK(r.out.find("a folder (read recursively") != std::string::npos);
}

// Found by a fresh user: `newsgraph --version` was refused ("A subcommand is required").
TEST_CASE("cli usage: --version prints the extractor's version and exits 0") {
  TempDir dir;
  CliResult r = run_cli(dir, {"--version"});
  CHECK(r.status == 0);
  CHECK(r.out.rfind("newsgraph-", 0) == 0);
}

// Found by a fresh user: `newsgraph --db news.db stats` said "news.db: unknown verb".
TEST_CASE("cli usage: --db may come before the verb") {
  TempDir dir;
  std::string db = sample_db(dir);
  CliResult before = run_cli(dir, {"--db", db, "stats", "--json"});
  CHECK(before.status == 0);
  CliResult equals = run_cli(dir, {"--db=" + db, "stats", "--json"});
  CHECK(equals.status == 0);
  CliResult after = run_cli(dir, {"stats", "--json", "--db", db});
  REQUIRE(after.status == 0);
  CHECK(before.out == after.out);
  CHECK(equals.out == after.out);
  CHECK(json::parse(after.out)["counts"]["articles"].get<int>() > 0);
  // Without a verb after it: the usage, exit 2.
  CHECK(run_cli(dir, {"--db", db}).status == 2);
}
