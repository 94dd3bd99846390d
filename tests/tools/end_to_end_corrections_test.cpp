// End to end: a journalist's corrections survive later ingests. Four short articles (our own
// words) about one border agency, named in full in the first and by its abbreviation in the
// others: ingest two, merge the abbreviation into the full name, ingest a third (it follows
// the merge), split the abbreviation out again, ingest a fourth (it follows the split).
// Runs the real extractor; checks the stored decisions with `newsgraph sql`.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "tests/temp_dir.h"
#include "tests/tools/run_cli.h"

using nlohmann::json;
using newsgraph::testing::CliResult;
using newsgraph::testing::run_cli;
using newsgraph::testing::TempDir;

namespace {

std::string article(const TempDir& dir, const std::string& id, const std::string& date,
                    const std::string& body) {
  return dir.write(id + ".txt", "ID: " + id + "\nTitle: " + id + "\nDate: " + date + "\n\n" + body + "\n");
}

json run_json(const TempDir& dir, std::vector<std::string> args) {
  args.push_back("--json");
  CliResult r = run_cli(dir, args);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return json::parse(r.out);
}

// The canonical entity and decision of article `id`'s first in-article entity.
json first_entity(const TempDir& dir, const std::string& db, const std::string& id) {
  json rows = run_json(dir, {"sql",
                             "SELECT m.name, m.entity_id, m.decision FROM entity_merges m "
                             "JOIN articles a ON a.id = m.article_id "
                             "WHERE a.external_id = '" + id + "' AND m.local_id = 'E1'",
                             "--db", db});
  REQUIRE(rows.size() == 1);
  return rows[0];
}

}  // namespace

TEST_CASE("end to end: merge and split by hand are obeyed by later ingests") {
  TempDir dir;
  const std::string db = dir.file("news.db");
  std::string a1 = article(dir, "a1", "2025-03-03",
                           "The Canada Border Services Agency arrested two men in Surrey on Monday. "
                           "The Canada Border Services Agency said both men would appear in court.");
  std::string a2 = article(dir, "a2", "2025-03-04",
                           "The CBSA opened an investigation in Kelowna on Tuesday. A spokesperson "
                           "for the CBSA said more arrests were possible.");
  std::string a3 = article(dir, "a3", "2025-03-05", "The CBSA charged a man in Surrey on Wednesday.");
  std::string a4 = article(dir, "a4", "2025-03-06", "The CBSA released the man on Thursday.");

  REQUIRE(run_json(dir, {"ingest", a1, a2, "--db", db})["ingested"] == 2);
  json full = first_entity(dir, db, "a1");
  json abbreviation = first_entity(dir, db, "a2");
  REQUIRE(full["name"] == "Canada Border Services Agency");
  REQUIRE(abbreviation["name"] == "CBSA");
  REQUIRE(full["entity_id"] != abbreviation["entity_id"]);
  const int64_t agency = full["entity_id"];

  json merged = run_json(dir, {"merge", "Canada Border Services Agency", "CBSA", "--reason",
                               "the same agency", "--db", db});
  CHECK(merged["into"]["id"] == agency);
  CHECK(merged["into"]["articles"] == 2);

  REQUIRE(run_json(dir, {"ingest", a3, "--db", db})["ingested"] == 1);
  CHECK(first_entity(dir, db, "a3") ==
        json({{"name", "CBSA"}, {"entity_id", agency}, {"decision", "manual"}}));
  json profile = run_json(dir, {"entity", "CBSA", "--db", db});
  CHECK(profile["id"] == agency);
  CHECK(profile["articles"].size() == 3);

  json split = run_json(dir, {"split", "Canada Border Services Agency", "--alias", "CBSA",
                              "--reason", "keep the abbreviation apart", "--db", db});
  CHECK(split["from"]["id"] == agency);
  CHECK(split["from"]["articles"] == 1);
  CHECK(split["new"]["name"] == "CBSA");
  CHECK(split["new"]["articles"] == 2);
  const int64_t apart = split["new"]["id"];

  REQUIRE(run_json(dir, {"ingest", a4, "--db", db})["ingested"] == 1);
  CHECK(first_entity(dir, db, "a4") ==
        json({{"name", "CBSA"}, {"entity_id", apart}, {"decision", "name"}}));
  profile = run_json(dir, {"entity", "#" + std::to_string(agency), "--db", db});
  CHECK(profile["articles"].size() == 1);
  CHECK(profile["overrides"][0]["kind"] == "split");
}
