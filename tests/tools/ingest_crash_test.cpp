// Crash safety of `newsgraph ingest`: killed with SIGKILL halfway, the database still opens,
// passes PRAGMA integrity_check, holds only whole articles, and a second run completes it
// without duplicates (one transaction per article, WAL; ../shared/spec/interface.md section 4).
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <thread>

#include "graph/sqlite.h"
#include "graph/store.h"
#include "tests/temp_dir.h"
#include "tests/tools/run_cli.h"

using newsgraph::testing::run_cli;
using newsgraph::testing::TempDir;

namespace {

constexpr int kArticles = 200;

// Article i: a header and 12 sentences that differ from every other article's.
std::string generated_article(int i) {
  static const char* kPlaces[] = {"Ottawa", "Beijing", "Brussels", "Nairobi", "Lima", "Seoul"};
  static const char* kPeople[] = {"Ana Silva", "Tom Berg", "Li Wei", "Sara Khan", "Omar Diallo"};
  std::string s = "Title: Report " + std::to_string(i) + "\nDate: 2025-" +
                  (i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1) + "-15\n\n";
  for (int k = 0; k < 12; ++k) {
    s += std::string(kPeople[(i + k) % 5]) + " met officials in " + kPlaces[(i * 7 + k) % 6] +
         " on day " + std::to_string(k + 1) + " of report " + std::to_string(i) +
         ", and talks on trade continued. ";
  }
  s += "\n";
  return s;
}

int64_t count(sqlite3* db, const char* sql) {
  newsgraph::graph::Statement st(db, sql);
  if (!st.ok() || st.step() != SQLITE_ROW) return -1;
  return st.int64(0);
}

// Articles committed so far, read through a separate read-only connection; -1 before the
// schema exists.
int64_t committed(const std::string& db) {
  sqlite3* c = nullptr;
  int64_t n = -1;
  if (sqlite3_open_v2(db.c_str(), &c, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(c, 100);
    n = count(c, "SELECT count(*) FROM articles");
  }
  sqlite3_close(c);
  return n;
}

}  // namespace

TEST_CASE("ingest: killed with SIGKILL halfway, the database holds only whole articles and a rerun completes it") {
  TempDir dir;
  for (int i = 0; i < kArticles; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "in/article-%03d.txt", i);
    dir.write(name, generated_article(i));
  }
  const std::string db = dir.file("crash.db");
  const std::string in = dir.file("in");

  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int null = open("/dev/null", O_RDWR);
    dup2(null, 0);
    dup2(null, 1);
    dup2(null, 2);
    execl(NEWSGRAPH_BINARY, "newsgraph", "ingest", in.c_str(), "--db", db.c_str(), "--jobs", "1",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  // Kill it once some articles are committed and before it is done.
  int64_t seen = -1;
  bool exited = false;
  int status = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    seen = committed(db);
    if (seen >= 1) break;
    std::this_thread::sleep_for(std::chrono::microseconds(500));
  }
  if (!exited) {
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
  }
  const bool killed = !exited && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  if (!killed) WARN("ingest finished before it could be killed: crash not exercised");

  // The database opens as a Newsgraph store and is intact.
  {
    newsgraph::graph::Store store;
    auto err = newsgraph::graph::open_store(db, {}, &store);
    INFO((err ? err->message : ""));
    REQUIRE_FALSE(err);
    newsgraph::graph::Statement check(store.db(), "PRAGMA integrity_check");
    REQUIRE(check.step() == SQLITE_ROW);
    CHECK(check.text(0) == "ok");
    int64_t stored = count(store.db(), "SELECT count(*) FROM articles");
    INFO("articles stored when killed: " << stored);
    if (killed) CHECK(stored < kArticles);
    // Whole articles only: each has all its sentences, and no fact points at a missing article.
    CHECK(count(store.db(), "SELECT count(*) FROM articles a WHERE sentence_count <> "
                            "(SELECT count(*) FROM sentences s WHERE s.article_id = a.id)") == 0);
    CHECK(count(store.db(), "SELECT count(*) FROM mentions WHERE article_id NOT IN "
                            "(SELECT id FROM articles)") == 0);
    CHECK(count(store.db(), "SELECT count(*) FROM edge_facts WHERE article_id NOT IN "
                            "(SELECT id FROM articles)") == 0);
    CHECK(count(store.db(), "SELECT count(*) FROM pragma_foreign_key_check") == 0);
  }

  // A second run stores the rest, skipping what is there: no duplicates.
  auto r = run_cli(dir, {"ingest", in, "--db", db, "--json"});
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["failed"] == 0);
  CHECK(j["ingested"].get<int64_t>() + j["skipped"].get<int64_t>() == kArticles);
  sqlite3* c = nullptr;
  REQUIRE(sqlite3_open_v2(db.c_str(), &c, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  CHECK(count(c, "SELECT count(*) FROM articles") == kArticles);
  CHECK(count(c, "SELECT count(DISTINCT content_hash) FROM articles") == kArticles);
  CHECK(count(c, "SELECT count(DISTINCT path) FROM articles") == kArticles);
  sqlite3_close(c);
}
