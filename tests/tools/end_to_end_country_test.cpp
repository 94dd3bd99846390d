// End to end: six short articles of our own words (two from South Korea, two from the US, one
// from Hong Kong, one from France) ingested into one store. Same-name parties, legislatures
// and courts merge within a country and stay apart across countries (graph/resolve.h,
// extractor/country_context.h); `entity "Democratic Party"` then lists the candidates.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/temp_dir.h"
#include "tests/tools/run_cli.h"

using nlohmann::json;
using newsgraph::testing::CliResult;
using newsgraph::testing::run_cli;
using newsgraph::testing::TempDir;

namespace {

void write_articles(const TempDir& dir) {
  dir.write("news/kr1.txt",
            "Title: Opposition party wins by-election\nDate: 2025-04-03\n\n"
            "SEOUL \xE2\x80\x94 The Democratic Party won a by-election in the port city of Ulsan on "
            "Wednesday, party officials said. The win gives the Democratic Party one more seat in "
            "the National Assembly. Park Min-jun, a senior lawmaker, said voters had backed the "
            "party's housing plan. The Supreme Court is expected to rule on a related election "
            "dispute next month.\n");
  dir.write("news/kr2.txt",
            "Title: Budget talks stall\nDate: 2025-04-10\n\n"
            "South Korea's Democratic Party proposed a larger budget on Monday. Lawmakers of the "
            "Democratic Party said the National Assembly would vote on the plan next week. Kim "
            "Soo-ah, the party's floor leader, told reporters in Seoul that talks with the "
            "government in Sejong would continue.\n");
  dir.write("news/us1.txt",
            "Title: Fundraising rises\nDate: 2025-04-04\n\n"
            "WASHINGTON \xE2\x80\x94 The Democratic Party raised more money than expected in March, "
            "according to filings released on Thursday. Leaders of the Democratic Party said the "
            "money would pay for campaigns in Ohio and Arizona. The Republicans said they had "
            "raised more. The Supreme Court will hear a case on campaign finance in the autumn.\n");
  dir.write("news/us2.txt",
            "Title: Convention plans\nDate: 2025-04-12\n\n"
            "The Democratic Party will hold its next convention in Chicago, organisers said on "
            "Friday. Delegates from Illinois, Texas and California are expected to attend. The "
            "Democratic Party chose the city over Atlanta because of its hotels, said Dana Ruiz, "
            "a party spokeswoman.\n");
  dir.write("news/hk1.txt",
            "Title: Party sits out local vote\nDate: 2025-04-08\n\n"
            "HONG KONG \xE2\x80\x94 The Democratic Party said on Tuesday that it would not field "
            "candidates in the district council elections. The Democratic Party, founded in the "
            "1990s, once held many seats in the Legislative Council. Its chairman, Lo Ka-wing, "
            "said members would vote on the party's future.\n");
  dir.write("news/fr1.txt",
            "Title: Centre-right picks a leader\nDate: 2025-04-06\n\n"
            "PARIS \xE2\x80\x94 The Republicans chose a new leader on Sunday. Members of the "
            "Republicans voted online, and the winner, Claire Dumont, promised to rebuild the "
            "party before the next presidential election. The National Assembly will debate the "
            "pension bill in May.\n");
}

// "external ids of the articles" of each canonical entity of `name` (ORG or NORP), one
// string per entity, in entity order: "kr1 kr2".
std::vector<std::string> groups(const TempDir& dir, const std::string& db, const std::string& name) {
  CliResult r = run_cli(
      dir, {"sql",
            "SELECT group_concat(x, ' ') AS arts FROM (SELECT DISTINCT m.entity_id AS e, "
            "a.external_id AS x FROM entity_merges m JOIN articles a ON a.id = m.article_id "
            "WHERE m.name = '" + name + "' AND m.type IN ('ORG', 'NORP') ORDER BY m.entity_id, "
            "a.external_id) GROUP BY e ORDER BY e",
            "--db", db, "--json"});
  REQUIRE(r.status == 0);
  std::vector<std::string> out;
  for (const auto& row : json::parse(r.out)) out.push_back(row["arts"].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("end to end: same-name parties and legislatures merge by country, not across countries") {
  TempDir dir;
  write_articles(dir);
  const std::string db = dir.file("news.db");
  CliResult r = run_cli(dir, {"ingest", dir.file("news"), "--db", db, "--json"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  REQUIRE(json::parse(r.out)["ingested"] == 6);

  // Each article's country context and what decided it.
  r = run_cli(dir, {"sql",
                    "SELECT external_id || ' ' || coalesce(country, '-') || ' ' || "
                    "coalesce(country_source, '-') || ' ' || coalesce(country_evidence, '-') AS c "
                    "FROM articles ORDER BY external_id",
                    "--db", db, "--json"});
  REQUIRE(r.status == 0);
  std::vector<std::string> contexts;
  for (const auto& row : json::parse(r.out)) contexts.push_back(row["c"].get<std::string>());
  CHECK(contexts == std::vector<std::string>{"fr1 FR dateline PARIS", "hk1 HK dateline HONG KONG",
                                             "kr1 KR dateline SEOUL", "kr2 KR named KR x3",
                                             "us1 US dateline WASHINGTON",
                                             "us2 US named US x5"});

  // Before: kr2 and us1 shared one "Democratic Party", kr1's and us2's each stood alone, and
  // the French Republicans were the US ones.
  CHECK(groups(dir, db, "Democratic Party") ==
        std::vector<std::string>{"hk1", "kr1 kr2", "us1 us2"});
  CHECK(groups(dir, db, "National Assembly") == std::vector<std::string>{"fr1", "kr1 kr2"});
  CHECK(groups(dir, db, "Supreme Court") == std::vector<std::string>{"kr1", "us1"});
  CHECK(groups(dir, db, "Republican") == std::vector<std::string>{"fr1", "us1"});

  // The name alone is ambiguous: the three parties are listed with their countries, exit
  // status 1.
  r = run_cli(dir, {"entity", "Democratic Party", "--db", db, "--json"});
  CHECK(r.status == 1);
  CHECK(r.err.find("'Democratic Party' is ambiguous: 3 entities match") != std::string::npos);
  json listed = json::parse(r.out);
  REQUIRE(listed["candidates"].size() == 3);
  std::vector<std::string> countries;
  for (const auto& c : listed["candidates"]) {
    CHECK(c["name"] == "Democratic Party");
    for (const auto& k : c["countries"]) countries.push_back(k.get<std::string>());
  }
  std::sort(countries.begin(), countries.end());
  CHECK(countries == std::vector<std::string>{"HK", "KR", "US"});
  r = run_cli(dir, {"entity", "Democratic Party", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.out.find("countries") != std::string::npos);
}
