// The `newsgraph` binary: exit codes, the one-line error format, bad inputs and bad databases.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "tests/temp_dir.h"
#include "tests/tools/run_cli.h"

using newsgraph::testing::CliResult;
using newsgraph::testing::run_cli;
using newsgraph::testing::TempDir;

namespace {

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string::npos) nl = s.size();
    out.push_back(s.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

const char* kGood =
    "Title: Ottawa and Beijing talk trade\n"
    "Date: 2026-01-16\n"
    "Source: Test Wire\n"
    "\n"
    "Canadian Prime Minister Mark Carney met President Xi Jinping in Beijing on Friday.\n";

}  // namespace

TEST_CASE("cli: no verb or an unknown verb is bad usage (exit 2)") {
  TempDir dir;
  CliResult r = run_cli(dir, {});
  CHECK(r.status == 2);
  r = run_cli(dir, {"frobnicate"});
  CHECK(r.status == 2);
  CHECK(r.err == "newsgraph: frobnicate: unknown verb (see newsgraph --help)\n");
  r = run_cli(dir, {"neighbors", "--db", dir.file("x.db")});
  CHECK(r.status == 2);
  CHECK(lines(r.err).size() == 1);
  CHECK(r.err.rfind("newsgraph: neighbors: ", 0) == 0);
  r = run_cli(dir, {"path", "A", "B", "--max-depth", "0"});
  CHECK(r.status == 2);
  r = run_cli(dir, {"ingest", dir.path(), "--date", "2018-13-01", "--db", dir.file("x.db")});
  CHECK(r.status == 2);
  CHECK(r.err == "newsgraph: ingest: invalid --date '2018-13-01' (expected YYYY-MM-DD) "
                 "(see newsgraph ingest --help)\n");
}

TEST_CASE("cli: every verb has --help") {
  TempDir dir;
  for (const char* verb : {"extract", "ingest", "entities", "entity", "neighbors", "path",
                           "timeline", "search", "sql", "stats", "merge", "split"}) {
    CliResult r = run_cli(dir, {verb, "--help"});
    INFO(verb);
    CHECK(r.status == 0);
    CHECK(r.out.find(std::string("Usage: newsgraph ") + verb) != std::string::npos);
  }
}

TEST_CASE("cli: ingest of a missing path fails with one error line (exit 1)") {
  TempDir dir;
  std::string missing = dir.file("missing.txt");
  CliResult r = run_cli(dir, {"ingest", missing, "--db", dir.file("g.db")});
  CHECK(r.status == 1);
  CHECK(std::regex_match(r.err, std::regex("newsgraph: ingest: no such file.* \\(" + missing + "\\)\n")));
}

TEST_CASE("cli: bad articles in a batch are reported and counted, the rest is ingested") {
  TempDir dir;
  dir.write("in/a-good.txt", kGood);
  std::string bad_date = dir.write("in/b-bad-date.txt", "Date: 2026-13-45\n\nSome text.\n");
  std::string bad_utf8 = dir.write("in/c-bad-utf8.txt", "Title: x\n\nabc\xff\xfe def\n");
  std::string binary = dir.write("in/d-binary.txt", std::string("\x7f" "ELF\0\0\0", 7));
  std::string empty = dir.write("in/e-empty.txt", "");
  dir.write("in/notes.md", "not an article: passed over in a folder\n");
  CliResult r = run_cli(dir, {"ingest", dir.file("in"), "--db", dir.file("g.db"), "--json"});
  CHECK(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["articles"] == 2);  // read: the good one and the bad UTF-8 (refused by extract)
  CHECK(j["ingested"] == 1);
  CHECK(j["failed"] == 4);
  CHECK(j["skipped"] == 0);
  // read = ingested + skipped + failed: files that fail before giving an article count once.
  CHECK(j["read"] == 5);
  CHECK(j["unsupported_files"] == 1);
  auto err = lines(r.err);
  REQUIRE(err.size() == 5);
  CHECK(err[4] == "newsgraph: ingest: skipped 1 file with unsupported extensions (expected "
                  ".txt, .jsonl, .jsonl.gz, .html or .htm)");
  // The bad date is on line 1 of its file; the invalid byte at byte 13 of the file (3 into
  // the text after the 10-byte header block).
  CHECK(std::regex_match(err[0], std::regex("newsgraph: ingest: .*Date.* \\(" + bad_date + ":1\\)")));
  CHECK(std::regex_match(err[1], std::regex("newsgraph: ingest: invalid UTF-8.* \\(" + bad_utf8 + ":byte 13\\)")));
  CHECK(std::regex_match(err[2], std::regex("newsgraph: ingest: .+ \\(" + binary + ":byte 4\\)")));
  CHECK(std::regex_match(err[3], std::regex("newsgraph: ingest: .*empty.* \\(" + empty + "\\)")));

  // Again: the good one is skipped by its content hash, nothing is stored twice.
  r = run_cli(dir, {"ingest", dir.file("in/a-good.txt"), "--db", dir.file("g.db"), "--json"});
  CHECK(r.status == 0);
  j = nlohmann::json::parse(r.out);
  CHECK(j["ingested"] == 0);
  CHECK(j["skipped"] == 1);
  // A user could not tell which input was skipped: the JSON lists them, the table names them.
  CHECK(j["skipped_articles"] == nlohmann::json::parse(
      R"([{"file": ")" + dir.file("in/a-good.txt") + R"(", "line": null, "id": "a-good"}])"));
  r = run_cli(dir, {"ingest", dir.file("in/a-good.txt"), "--db", dir.file("g.db")});
  CHECK(r.status == 0);
  CHECK(r.err == "newsgraph: ingest: skipped 1 article whose text is already stored (a changed "
                 "header alone is not a new article): " + dir.file("in/a-good.txt") + "\n");
  r = run_cli(dir, {"sql", "SELECT count(*) AS n, max(title) AS title, max(source) AS source "
                           "FROM articles", "--db", dir.file("g.db"), "--json"});
  CHECK(r.status == 0);
  CHECK(nlohmann::json::parse(r.out) ==
        nlohmann::json::parse(R"([{"n": 1, "title": "Ottawa and Beijing talk trade", "source": "Test Wire"}])"));
}

TEST_CASE("cli: ingest where every article fails exits 1") {
  TempDir dir;
  dir.write("in/empty.txt", "");
  CliResult r = run_cli(dir, {"ingest", dir.file("in"), "--db", dir.file("g.db")});
  CHECK(r.status == 1);
  r = run_cli(dir, {"ingest", dir.file("nothing-here"), "--db", dir.file("g.db")});
  CHECK(r.status == 1);
}

// From a user's trial: a batch of articles already stored and bad files exited 0.
TEST_CASE("cli: ingest that stores nothing new while some article fails exits 1") {
  TempDir dir;
  dir.write("in/a.txt", "Title: Ottawa talks\nDate: 2025-01-02\n\nOttawa and Beijing talked trade on Monday.\n");
  CliResult r = run_cli(dir, {"ingest", dir.file("in"), "--db", dir.file("g.db")});
  CHECK(r.status == 0);
  r = run_cli(dir, {"ingest", dir.file("in"), "--db", dir.file("g.db")});  // all skipped: done
  CHECK(r.status == 0);
  dir.write("in/empty.txt", "");
  r = run_cli(dir, {"ingest", dir.file("in"), "--db", dir.file("g.db")});  // skipped + failed
  CHECK(r.status == 1);
  dir.write("in/b.txt", "Title: Paris talks\nDate: 2025-01-03\n\nParis and Rome talked on Tuesday.\n");
  r = run_cli(dir, {"ingest", dir.file("in"), "--db", dir.file("g.db")});  // one new stored
  CHECK(r.status == 0);
}

TEST_CASE("cli: ingest reads stdin and JSON Lines") {
  TempDir dir;
  std::string in = dir.write("one.txt", kGood);
  CliResult r = run_cli(dir, {"ingest", "-", "--db", dir.file("g.db"), "--json"}, "", in);
  CHECK(r.status == 0);
  CHECK(nlohmann::json::parse(r.out)["ingested"] == 1);
  std::string jl = dir.write("more.jsonl",
                             "{\"id\": \"x1\", \"date\": \"2025-10-31\", \"text\": \"Carney met Xi.\"}\n"
                             "not json\n"
                             "{\"id\": \"x2\", \"text\": \"Trump spoke.\"}\n");
  r = run_cli(dir, {"ingest", jl, "--db", dir.file("g.db"), "--json"});
  CHECK(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["ingested"] == 2);
  CHECK(j["failed"] == 1);
  CHECK(std::regex_match(r.err, std::regex("newsgraph: ingest: invalid JSON \\(" + jl + ":2, byte [0-9]+\\)\n")));
}

TEST_CASE("cli: a database that is not Newsgraph's is refused by every verb (exit 1)") {
  TempDir dir;
  std::string db = dir.write("notes.db", "my shopping list\n");
  dir.write("a.txt", kGood);
  CliResult r = run_cli(dir, {"ingest", dir.file("a.txt"), "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: ingest: not a Newsgraph database (not an SQLite file) (" + db + ")\n");
  r = run_cli(dir, {"stats", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: stats: not a Newsgraph database (not an SQLite file) (" + db + ")\n");
  r = run_cli(dir, {"entities", "--db", dir.file("missing.db")});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: entities: no such database (create it with newsgraph ingest) (" +
                     dir.file("missing.db") + ")\n");
}

TEST_CASE("cli: a database locked by another writer fails ingest after the busy timeout") {
  TempDir dir;
  std::string db = dir.file("g.db");
  dir.write("a.txt", kGood);
  REQUIRE(run_cli(dir, {"ingest", dir.file("a.txt"), "--db", db}).status == 0);
  dir.write("b.txt", "Date: 2026-01-17\n\nAnother article.\n");
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
  CliResult r = run_cli(dir, {"ingest", dir.file("b.txt"), "--db", db}, "NEWSGRAPH_BUSY_TIMEOUT_MS=50");
  CHECK(r.status == 1);
  CHECK(std::regex_match(r.err, std::regex("newsgraph: ingest: database is locked by another "
                                           "connection .*\\(" + db + "\\)\n")));
  // Readers still work while the writer holds its lock.
  CHECK(run_cli(dir, {"stats", "--db", db}).status == 0);
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
}

TEST_CASE("cli: a read-only database file fails ingest but answers queries") {
  TempDir dir;
  std::string db = dir.file("g.db");
  dir.write("a.txt", kGood);
  REQUIRE(run_cli(dir, {"ingest", dir.file("a.txt"), "--db", db}).status == 0);
  REQUIRE(chmod(db.c_str(), 0444) == 0);
  CliResult r = run_cli(dir, {"ingest", dir.file("a.txt"), "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: ingest: database file is read-only (" + db + ")\n");
  CHECK(run_cli(dir, {"stats", "--db", db}).status == 0);
}

TEST_CASE("cli: failed queries exit 1 with one error line") {
  TempDir dir;
  std::string db = dir.file("g.db");
  dir.write("a.txt", kGood);
  REQUIRE(run_cli(dir, {"ingest", dir.file("a.txt"), "--db", db}).status == 0);
  CliResult r = run_cli(dir, {"entity", "Nobody Atall", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: entity: no entity named 'Nobody Atall' (" + db + ")\n");
  // Not FTS5 syntax, so read as plain words: no match, no error.
  r = run_cli(dir, {"search", "\"unclosed", "--db", db});
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out == "no sentence matches\n");
  r = run_cli(dir, {"sql", "DELETE FROM articles", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: sql: read-only: the sql verb cannot change the database (" + db + ")\n");
  r = run_cli(dir, {"sql", "SELECT count(*) AS n FROM articles", "--db", db, "--json"});
  CHECK(r.status == 0);
  CHECK(nlohmann::json::parse(r.out) == nlohmann::json::parse(R"([{"n": 1}])"));
  r = run_cli(dir, {"stats", "--db", db, "--json"});
  CHECK(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema_version"] == 4);
  CHECK(j["counts"]["articles"] == 1);
}

TEST_CASE("cli: the database defaults to $NEWSGRAPH_DB") {
  TempDir dir;
  dir.write("a.txt", kGood);
  std::string env = "NEWSGRAPH_DB=" + newsgraph::testing::shell_quote(dir.file("env.db"));
  REQUIRE(run_cli(dir, {"ingest", dir.file("a.txt")}, env).status == 0);
  struct stat st;
  CHECK(stat(dir.file("env.db").c_str(), &st) == 0);
}

TEST_CASE("cli: extract --json prints the article block of the extraction JSON") {
  TempDir dir;
  std::string in = dir.write("a.txt", kGood);
  CliResult r = run_cli(dir, {"extract", in, "--json"});
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["article"] == nlohmann::json::parse(R"({"id": "a", "title": "Ottawa and Beijing talk trade",
      "date": "2026-01-16", "source": "Test Wire", "url": null})"));
  for (const char* key : {"sentences", "entities", "timexes", "relations", "events", "quotes"})
    CHECK(j[key].is_array());
  r = run_cli(dir, {"extract", "-", "--json", "--date", "2025-02-03"}, "", in);
  REQUIRE(r.status == 0);
  CHECK(nlohmann::json::parse(r.out)["article"]["date"] == "2025-02-03");
  std::string jl = dir.write("two.jsonl", "{\"id\": \"p\", \"text\": \"One.\"}\n{\"id\": \"q\", \"text\": \"Two.\"}\n");
  r = run_cli(dir, {"extract", jl, "--json"});
  REQUIRE(r.status == 0);
  auto out = lines(r.out);
  REQUIRE(out.size() == 2);
  CHECK(nlohmann::json::parse(out[1])["article"]["id"] == "q");
  r = run_cli(dir, {"extract", dir.file("missing.txt")});
  CHECK(r.status == 1);
  CHECK(std::regex_match(r.err, std::regex("newsgraph: extract: no such file.* \\(" + dir.file("missing.txt") + "\\)\n")));
}

TEST_CASE("cli: a corrupt database stops ingest with one error line (exit 1)") {
  TempDir dir;
  std::string db = dir.file("g.db");
  dir.write("in/a.txt", kGood);
  REQUIRE(run_cli(dir, {"ingest", dir.file("in"), "--db", db}).status == 0);
  {
    std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4096);
    std::string junk(256 * 1024, '\x5a');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  dir.write("more/b.txt", "Date: 2026-01-17\n\nAnother article about Ottawa.\n");
  dir.write("more/c.txt", "Date: 2026-01-18\n\nA third article about Beijing.\n");
  CliResult r = run_cli(dir, {"ingest", dir.file("more"), "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: ingest: database is corrupt (database disk image is malformed) (" +
                     db + ")\n");
  r = run_cli(dir, {"search", "Ottawa", "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err.rfind("newsgraph: search: database is corrupt", 0) == 0);
}

TEST_CASE("cli: a resolved pronoun is stored as a coref mention, never as an alias") {
  TempDir dir;
  dir.write("in/a.txt", "Title: Visit\nDate: 2026-01-16\n\nMark Carney landed in Beijing on Friday. "
                        "He said the visit would help trade.\n");
  CliResult r = run_cli(dir, {"ingest", dir.file("in"), "--db", dir.file("g.db"), "--json"});
  REQUIRE(r.status == 0);
  r = run_cli(dir, {"sql", "SELECT m.text, m.source, e.name, e.mention_count FROM mentions m "
                           "JOIN entities e ON e.id = m.entity_id WHERE m.source = 'coref'",
                    "--db", dir.file("g.db"), "--json"});
  REQUIRE(r.status == 0);
  CHECK(nlohmann::json::parse(r.out) == nlohmann::json::parse(
      R"([{"text": "He", "source": "coref", "name": "Mark Carney", "mention_count": 2}])"));
  r = run_cli(dir, {"sql", "SELECT a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id "
                           "WHERE e.name = 'Mark Carney'", "--db", dir.file("g.db"), "--json"});
  REQUIRE(r.status == 0);
  CHECK(nlohmann::json::parse(r.out) == nlohmann::json::parse(R"([{"alias": "Mark Carney"}])"));
}
