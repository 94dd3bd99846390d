#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>
#include <string>
#include <vector>

#include "graph/queries.h"
#include "graph/schema.h"
#include "graph/sqlite.h"
#include "graph/store.h"
#include "tests/graph/sample_graph.h"
#include "tests/graph/store_rows.h"
#include "tests/temp_dir.h"

using namespace newsgraph::graph;
using newsgraph::testing::column;
using newsgraph::testing::TempDir;

namespace {

int64_t scalar(const Store& s, const std::string& sql) {
  Statement st(s.db(), sql);
  REQUIRE(st.ok());
  REQUIRE(st.step() == SQLITE_ROW);
  return st.int64(0);
}

std::string text(const Store& s, const std::string& sql) {
  Statement st(s.db(), sql);
  REQUIRE(st.ok());
  REQUIRE(st.step() == SQLITE_ROW);
  return st.text(0);
}


Store open_rw(const std::string& path) {
  Store s;
  auto err = open_store(path, {}, &s);
  INFO((err ? err->message : ""));
  REQUIRE_FALSE(err);
  return s;
}

WriteResult write(Store& s, const newsgraph::testing::DocBuilder& b) {
  return newsgraph::testing::write_doc(s, b);
}

}  // namespace

TEST_CASE("store: a new file gets the Newsgraph schema, WAL and its version") {
  TempDir dir;
  Store s = open_rw(dir.file("g.db"));
  CHECK(scalar(s, "PRAGMA user_version") == kSchemaVersion);
  CHECK(scalar(s, "PRAGMA application_id") == kApplicationId);
  CHECK(text(s, "PRAGMA journal_mode") == "wal");
  CHECK(scalar(s, "PRAGMA foreign_keys") == 1);
  CHECK(column(s, "SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name") ==
        std::vector<std::string>{"edges", "entity_timeline"});
}

TEST_CASE("store: a version 1 file is migrated to the current version on open for writing, keeping its rows") {
  TempDir dir;
  std::string path = dir.file("v1.db");
  {
    // Version 1 is version 4 without entity_overrides, entities_person_rest (version 2),
    // the country columns (version 3) and the former columns (version 4, with the edges view
    // of version 1).
    Store s = open_rw(path);
    write(s, newsgraph::testing::sample_a1());
    REQUIRE_FALSE(exec(s.db(), "DROP TABLE entity_overrides; DROP INDEX entities_person_rest; "
                                "ALTER TABLE articles DROP COLUMN country; "
                                "ALTER TABLE articles DROP COLUMN country_source; "
                                "ALTER TABLE articles DROP COLUMN country_evidence; "
                                "ALTER TABLE articles DROP COLUMN named_countries; "
                                "ALTER TABLE entity_merges DROP COLUMN country; "
                                "ALTER TABLE entity_merges DROP COLUMN country_source; "
                                "DROP VIEW edges; "
                                "ALTER TABLE relations DROP COLUMN former; "
                                "ALTER TABLE edge_facts DROP COLUMN former; "
                                "CREATE VIEW edges AS SELECT source_id AS source FROM edge_facts; "
                                "PRAGMA user_version = 1"));
  }
  {
    Store s;
    OpenOptions o;
    o.mode = OpenMode::kReadOnly;
    auto err = open_store(path, o, &s);
    REQUIRE(err);
    CHECK(err->message == "database schema version 1 is older than 4 (run newsgraph ingest once to migrate it)");
  }
  Store s = open_rw(path);
  CHECK(scalar(s, "PRAGMA user_version") == 4);
  CHECK(scalar(s, "SELECT count(*) FROM articles WHERE country IS NULL") == 1);
  CHECK(scalar(s, "SELECT count(*) FROM entity_merges WHERE country_source IS NULL") == 5);
  CHECK(scalar(s, "SELECT count(*) FROM entity_overrides") == 0);
  CHECK(scalar(s, "SELECT count(*) FROM entities") == 5);
  CHECK(scalar(s, "SELECT count(*) FROM relations WHERE former = 0") == 2);
}

TEST_CASE("store: a version 3 file gains the former columns and the edges view keeps its rows") {
  TempDir dir;
  std::string path = dir.file("v3.db");
  {
    // Version 3 is version 4 without relations.former, edge_facts.former and the view's
    // former column.
    Store s = open_rw(path);
    write(s, newsgraph::testing::sample_a1());
    REQUIRE_FALSE(exec(s.db(),
                       "DROP VIEW edges; "
                       "ALTER TABLE relations DROP COLUMN former; "
                       "ALTER TABLE edge_facts DROP COLUMN former; "
                       "CREATE VIEW edges AS "
                       "SELECT f.source_id AS source, s.name AS source_name, "
                       "f.target_id AS target, t.name AS target_name, f.predicate AS predicate, "
                       "count(*) AS weight, min(f.date) AS first_date, max(f.date) AS last_date, "
                       "min(f.sentence_id) AS evidence_sentence_id FROM edge_facts f "
                       "JOIN entities s ON s.id = f.source_id JOIN entities t ON t.id = f.target_id "
                       "GROUP BY f.source_id, f.target_id, f.predicate; "
                       "PRAGMA user_version = 3"));
  }
  Store s = open_rw(path);
  CHECK(scalar(s, "PRAGMA user_version") == 4);
  CHECK(scalar(s, "SELECT count(*) FROM relations WHERE former = 0") == 2);
  CHECK(column(s, "SELECT source_name || ' ' || predicate || ' ' || target_name || ' ' || former "
                  "FROM edges WHERE predicate = 'leader_of'") ==
        std::vector<std::string>{"Mark Carney leader_of Canada 0"});
}

TEST_CASE("store: a former role is stored as former and the edges view keeps it apart from a current one") {
  auto b = newsgraph::testing::sample_succession();
  TempDir dir;
  Store s = open_rw(dir.file("g.db"));
  write(s, b);
  CHECK(column(s, "SELECT e.name || ' ' || r.former FROM relations r JOIN entities e "
                  "ON e.id = r.subject_id ORDER BY r.id") ==
        std::vector<std::string>{"Kelly Ortberg 0", "David Calhoun 1", "Kelly Ortberg 0",
                                 "David Calhoun 0"});
  CHECK(column(s, "SELECT source_name || ' ' || weight || ' ' || former FROM edges "
                  "WHERE target_name = 'Boeing' AND predicate = 'leader_of' "
                  "ORDER BY source_name, former") ==
        std::vector<std::string>{"David Calhoun 1 0", "David Calhoun 1 1", "Kelly Ortberg 2 0"});
}

TEST_CASE("store: content hash is XXH3-64 of the text as 16 hex digits") {
  // Reference value: xxhsum -H3 of an empty input.
  CHECK(content_hash("") == "2d06800538d394c2");
  CHECK(content_hash("a") != content_hash("b"));
  CHECK(content_hash("Carney").size() == 16);
}

TEST_CASE("store: an article round-trips with code-point offsets and provenance") {
  Store s = open_rw(":memory:");
  auto a1 = newsgraph::testing::sample_a1();
  WriteResult r = write(s, a1);
  CHECK(r.status == WriteStatus::kIngested);
  CHECK(r.sentences == 3);
  CHECK(r.entities == 5);
  CHECK(r.new_entities == 5);
  CHECK(r.mentions == 7);
  CHECK(r.relations == 2);
  CHECK(r.events == 1);
  CHECK(r.timexes == 1);
  CHECK(r.quotes == 1);

  CHECK(text(s, "SELECT date || '|' || external_id || '|' || extractor || '|' || sentence_count "
                "FROM articles") == "2026-01-16|a1|test-1|3");
  // "Canada’s": the apostrophe is 3 bytes but one code point, so "Mark Carney" starts at
  // code point 24 (byte 26).
  CHECK(text(s, "SELECT start || '-' || end || ' ' || text || ' ' || type || ' ' || extractor "
                "FROM mentions WHERE text = 'Mark Carney'") == "24-35 Mark Carney PERSON test-1");
  // The stored span is substr() of the stored text, as the schema promises.
  CHECK(scalar(s, "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
                  "WHERE substr(a.text, m.start + 1, m.end - m.start) <> m.text") == 0);
  CHECK(column(s, "SELECT text FROM sentences ORDER BY position") ==
        std::vector<std::string>{
            "Canada\u2019s Prime Minister Mark Carney met Xi Jinping in Beijing on Friday.",
            "Carney said \u201ca new strategic partnership\u201d had begun.",
            "Li Qiang hosted Carney at dinner."});
  CHECK(text(s, "SELECT s.name || ' ' || r.predicate || ' ' || coalesce(o.name, r.object_literal) "
                "FROM relations r JOIN entities s ON s.id = r.subject_id "
                "LEFT JOIN entities o ON o.id = r.object_id ORDER BY r.id LIMIT 1") ==
        "Mark Carney leader_of Canada");
  CHECK(text(s, "SELECT object_literal FROM relations WHERE predicate = 'position_held'") ==
        "Prime Minister");
  CHECK(text(s, "SELECT type || ' ' || date || ' ' || trigger_text || ' ' || "
                "(SELECT text FROM timexes WHERE id = timex_id) || ' ' || "
                "(SELECT name FROM entities WHERE id = place_id) FROM events") ==
        "MEET 2026-01-16 met Friday Beijing");
  CHECK(column(s, "SELECT e.name || ':' || p.role FROM event_participants p "
                  "JOIN entities e ON e.id = p.entity_id ORDER BY p.rowid") ==
        std::vector<std::string>{"Mark Carney:agent", "Xi Jinping:partner"});
  CHECK(text(s, "SELECT text || '|' || start || '|' || (SELECT name FROM entities WHERE id = speaker_id) "
                "FROM quotes") == "a new strategic partnership|86|Mark Carney");
  CHECK(text(s, "SELECT value || ' ' || anchor FROM timexes") == "2026-01-16 DCT");
  CHECK(scalar(s, "SELECT mention_count FROM entities WHERE name = 'Mark Carney'") == 3);
  // Edges: leader_of, event:MEET, and co_occurs per sentence pair (s0: 4 entities = 6 pairs,
  // s2: Li Qiang + Carney = 1 pair).
  CHECK(column(s, "SELECT predicate || ':' || count(*) FROM edge_facts GROUP BY predicate "
                  "ORDER BY predicate") ==
        std::vector<std::string>{"co_occurs:7", "event:MEET:1", "leader_of:1"});
  CHECK(text(s, "SELECT source_name || ' ' || predicate || ' ' || target_name || ' ' || weight "
                "|| ' ' || first_date FROM edges WHERE predicate = 'leader_of'") ==
        "Mark Carney leader_of Canada 1 2026-01-16");
  CHECK(scalar(s, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'partnership'") == 1);
}

TEST_CASE("store: hedged or negated relations and events are stored but make no graph edge") {
  Store s = open_rw(":memory:");
  auto a1 = newsgraph::testing::sample_a1();
  a1.doc.relations[0].hedged = true;  // "... demanded that Carney lead Canada": not a fact
  a1.doc.events[0].negated = true;    // "... did not meet"
  write(s, a1);
  CHECK(scalar(s, "SELECT count(*) FROM relations WHERE hedged = 1") == 1);
  CHECK(scalar(s, "SELECT count(*) FROM events WHERE negated = 1") == 1);
  CHECK(column(s, "SELECT predicate || ':' || count(*) FROM edge_facts GROUP BY predicate "
                  "ORDER BY predicate") ==
        std::vector<std::string>{"co_occurs:7"});

  Store t = open_rw(":memory:");
  auto a2 = newsgraph::testing::sample_a1();
  a2.doc.events[0].hedged = true;  // "... demanded that Carney meet Xi"
  write(t, a2);
  CHECK(scalar(t, "SELECT count(*) FROM events WHERE hedged = 1") == 1);
  CHECK(column(t, "SELECT predicate || ':' || count(*) FROM edge_facts GROUP BY predicate "
                  "ORDER BY predicate") ==
        std::vector<std::string>{"co_occurs:7", "leader_of:1"});
}

TEST_CASE("store: the same article twice is skipped the second time") {
  Store s = open_rw(":memory:");
  auto a1 = newsgraph::testing::sample_a1();
  WriteResult first = write(s, a1);
  WriteResult second = write(s, a1);
  CHECK(second.status == WriteStatus::kSkipped);
  CHECK(second.article_id == first.article_id);
  CHECK(scalar(s, "SELECT count(*) FROM articles") == 1);
  CHECK(scalar(s, "SELECT count(*) FROM mentions") == 7);
  CHECK(scalar(s, "SELECT mention_count FROM entities WHERE name = 'Mark Carney'") == 3);
}

TEST_CASE("store: entities merge across articles by name, alias and GPE/LOC type") {
  Store s = open_rw(":memory:");
  write(s, newsgraph::testing::sample_a1());
  WriteResult r2 = write(s, newsgraph::testing::sample_a2());
  WriteResult r3 = write(s, newsgraph::testing::sample_a3());
  CHECK(r2.new_entities == 3);  // Huawei, Meng Wanzhou, Vancouver; Carney and Beijing merge
  CHECK(r3.new_entities == 1);  // China
  CHECK(scalar(s, "SELECT count(*) FROM entities") == 9);
  CHECK(column(s, "SELECT local_id || ' ' || name || ' -> ' || entity_id || ' ' || decision "
                  "FROM entity_merges WHERE article_id = 2 ORDER BY local_id") ==
        std::vector<std::string>{"E1 Huawei -> 6 new", "E2 Meng Wanzhou -> 7 new",
                                 "E3 Vancouver -> 8 new", "E4 Carney -> 1 alias",
                                 "E5 Beijing -> 4 name"});
  CHECK(text(s, "SELECT reason FROM entity_merges WHERE article_id = 2 AND local_id = 'E5'") ==
        "same name 'beijing' (GPE~LOC)");
  CHECK(text(s, "SELECT name || ' ' || type || ' ' || mention_count || ' ' || article_count "
                "FROM entities WHERE id = 1") == "Mark Carney PERSON 4 2");
  CHECK(text(s, "SELECT name || ' ' || mention_count || ' ' || article_count FROM entities "
                "WHERE id = 7") == "Meng Wanzhou 3 2");
  CHECK(column(s, "SELECT alias || ':' || article_count FROM aliases WHERE entity_id = 1 "
                  "ORDER BY alias") == std::vector<std::string>{"Carney:2", "Mark Carney:1"});
}

TEST_CASE("store: a short name seen first takes the longer name when the alias links them") {
  using newsgraph::testing::DocBuilder;
  using newsgraph::extractor::EntityType;
  Store s = open_rw(":memory:");
  DocBuilder first("b1", "2025-03-14", "Carney won the vote.");
  first.sentence("Carney won the vote.");
  first.entity("Carney", EntityType::kPerson, {"Carney"}, {{"Carney", 0}});
  write(s, first);
  DocBuilder second("b2", "2025-03-15", "Mark Carney was sworn in. Carney spoke.");
  second.sentence("Mark Carney was sworn in.");
  second.sentence("Carney spoke.");
  second.entity("Mark Carney", EntityType::kPerson, {"Mark Carney", "Carney"},
                {{"Mark Carney", 0}, {"Carney", 0}});
  write(s, second);
  CHECK(column(s, "SELECT name || ' ' || mention_count FROM entities") ==
        std::vector<std::string>{"Mark Carney 3"});
  CHECK(text(s, "SELECT reason FROM entity_merges WHERE article_id = 2") ==
        "alias link between 'Mark Carney' and #1 'Carney' (renamed to 'Mark Carney')");
}

TEST_CASE("store: an alias shared by two entities is ambiguous and makes a new entity") {
  using newsgraph::testing::DocBuilder;
  using newsgraph::extractor::EntityType;
  Store s = open_rw(":memory:");
  DocBuilder a("c1", "2020-01-01", "Li Qiang met Li Keqiang.");
  a.sentence("Li Qiang met Li Keqiang.");
  a.entity("Li Qiang", EntityType::kPerson, {"Li Qiang", "Li"}, {{"Li Qiang", 0}});
  a.entity("Li Keqiang", EntityType::kPerson, {"Li Keqiang", "Li"}, {{"Li Keqiang", 0}});
  write(s, a);
  DocBuilder b("c2", "2020-01-02", "Li spoke.");
  b.sentence("Li spoke.");
  b.entity("Li", EntityType::kPerson, {"Li"}, {{"Li", 0}});
  write(s, b);
  CHECK(scalar(s, "SELECT count(*) FROM entities") == 3);
  CHECK(text(s, "SELECT decision || ': ' || reason FROM entity_merges WHERE article_id = 2") ==
        "ambiguous: one-word name 'Li' is the first word of #1 'Li Qiang' #2 'Li Keqiang' (no "
        "alias link to one of them)");
}

TEST_CASE("store: entities of incompatible types stay apart") {
  using newsgraph::testing::DocBuilder;
  using newsgraph::extractor::EntityType;
  Store s = open_rw(":memory:");
  DocBuilder a("d1", "2020-01-01", "Washington spoke. Washington voted.");
  a.sentence("Washington spoke.");
  a.sentence("Washington voted.");
  a.entity("Washington", EntityType::kPerson, {"Washington"}, {{"Washington", 0}});
  a.entity("Washington", EntityType::kGpe, {"Washington"}, {{"Washington", 1}});
  write(s, a);
  CHECK(column(s, "SELECT type FROM entities ORDER BY id") ==
        std::vector<std::string>{"PERSON", "GPE"});
}

TEST_CASE("store: a file that is not SQLite is refused as not a Newsgraph database") {
  TempDir dir;
  std::string path = dir.write("notes.db", "These are my notes, not a database at all.\n");
  Store s;
  auto err = open_store(path, {}, &s);
  REQUIRE(err);
  CHECK(err->kind == StoreErrorKind::kNotNewsgraph);
  CHECK(err->message == "not a Newsgraph database (not an SQLite file)");
  CHECK(err->file == path);
  CHECK_FALSE(s.is_open());
}

TEST_CASE("store: an SQLite file of another program is refused") {
  TempDir dir;
  std::string path = dir.file("other.db");
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE_FALSE(exec(db, "CREATE TABLE people(name TEXT)"));
    sqlite3_close(db);
  }
  Store s;
  auto err = open_store(path, {}, &s);
  REQUIRE(err);
  CHECK(err->kind == StoreErrorKind::kNotNewsgraph);
  CHECK(err->message == "not a Newsgraph database (an SQLite file of another program)");
}

TEST_CASE("store: a file of a newer schema version is refused") {
  TempDir dir;
  std::string path = dir.file("new.db");
  {
    Store s = open_rw(path);
    REQUIRE_FALSE(exec(s.db(), "PRAGMA user_version = 99"));
  }
  for (OpenMode mode : {OpenMode::kReadWrite, OpenMode::kReadOnly}) {
    Store s;
    OpenOptions o;
    o.mode = mode;
    auto err = open_store(path, o, &s);
    REQUIRE(err);
    CHECK(err->kind == StoreErrorKind::kNewerSchema);
    CHECK(err->message == "database schema version 99 is newer than this program's 4 (upgrade newsgraph)");
  }
}

TEST_CASE("store: a write lock held by another connection is reported after the busy timeout") {
  TempDir dir;
  std::string path = dir.file("locked.db");
  { Store s = open_rw(path); }
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &other) == SQLITE_OK);
  REQUIRE_FALSE(exec(other, "BEGIN IMMEDIATE"));
  Store s;
  OpenOptions o;
  o.busy_timeout_ms = 50;
  auto err = open_store(path, o, &s);
  REQUIRE(err);
  CHECK(err->kind == StoreErrorKind::kLocked);
  CHECK(err->message.rfind("database is locked by another connection", 0) == 0);
  // Readers are not blocked by the writer (WAL).
  Store reader;
  OpenOptions ro;
  ro.mode = OpenMode::kReadOnly;
  CHECK_FALSE(open_store(path, ro, &reader));
  exec(other, "ROLLBACK");
  sqlite3_close(other);
  CHECK_FALSE(open_store(path, o, &s));
}

TEST_CASE("store: a read-only file opened for writing is refused") {
  TempDir dir;
  std::string path = dir.file("ro.db");
  { Store s = open_rw(path); }
  REQUIRE(chmod(path.c_str(), 0444) == 0);
  Store s;
  auto err = open_store(path, {}, &s);
  REQUIRE(err);
  CHECK(err->kind == StoreErrorKind::kReadOnly);
  CHECK(err->message == "database file is read-only");
}

TEST_CASE("store: a missing file opened read-only is an error, not a new file") {
  TempDir dir;
  Store s;
  OpenOptions o;
  o.mode = OpenMode::kReadOnly;
  auto err = open_store(dir.file("missing.db"), o, &s);
  REQUIRE(err);
  CHECK(err->kind == StoreErrorKind::kCannotOpen);
  CHECK(err->message == "no such database (create it with newsgraph ingest)");
  struct stat st;
  CHECK(stat(dir.file("missing.db").c_str(), &st) != 0);
}

TEST_CASE("store: writing through a read-only connection is refused") {
  TempDir dir;
  std::string path = dir.file("g.db");
  { Store s = open_rw(path); }
  Store s;
  OpenOptions o;
  o.mode = OpenMode::kReadOnly;
  REQUIRE_FALSE(open_store(path, o, &s));
  WriteResult r;
  auto a1 = newsgraph::testing::sample_a1();
  auto err = write_article(s, a1.article, a1.doc, "test-1", &r);
  REQUIRE(err);
  CHECK(err->kind == StoreErrorKind::kReadOnly);
}

TEST_CASE("store: a failed article leaves nothing behind") {
  Store s = open_rw(":memory:");
  auto a1 = newsgraph::testing::sample_a1();
  // Sabotage: a trigger that fails the quote insert, the last table written.
  REQUIRE_FALSE(exec(s.db(), "CREATE TEMP TRIGGER no_quotes BEFORE INSERT ON main.quotes "
                             "BEGIN SELECT RAISE(ABORT, 'quotes refused'); END"));
  WriteResult r;
  auto err = write_article(s, a1.article, a1.doc, "test-1", &r);
  REQUIRE(err);
  CHECK(err->message.find("quotes refused") != std::string::npos);
  for (const char* t : {"articles", "sentences", "entities", "mentions", "relations", "events",
                        "timexes", "edge_facts", "entity_merges", "aliases"})
    CHECK(scalar(s, std::string("SELECT count(*) FROM ") + t) == 0);
  REQUIRE_FALSE(exec(s.db(), "DROP TRIGGER no_quotes"));
  CHECK_FALSE(write_article(s, a1.article, a1.doc, "test-1", &r));
  CHECK(r.status == WriteStatus::kIngested);
}

TEST_CASE("store: a corrupt file is reported as corrupt, not as a crash") {
  TempDir dir;
  std::string path = dir.file("corrupt.db");
  {
    Store s = open_rw(path);
    for (auto b : {newsgraph::testing::sample_a1(), newsgraph::testing::sample_a2()}) write(s, b);
  }  // the last connection checkpoints the WAL into the file
  {
    // Scribble over everything after the first page (the header and schema stay readable).
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4096);
    std::string junk(64 * 1024, '\x5a');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  Store s;
  OpenOptions ro;
  ro.mode = OpenMode::kReadOnly;
  auto err = open_store(path, ro, &s);
  if (!err) {
    StoreStats stats;
    err = store_stats(s, &stats);
  }
  REQUIRE(err);
  CHECK(err->kind == StoreErrorKind::kCorrupt);
  CHECK(err->message == "database is corrupt (database disk image is malformed)");
}

// Found by a fresh user: "Drouin met_with India" was dated by the article (Oct. 15) although
// the meeting the sentence dates was on Oct. 12.
TEST_CASE("store: a relation that is an act takes the date of its sentence's event, a state the article's") {
  Store s = newsgraph::testing::open_memory();
  newsgraph::testing::DocBuilder b("f1", "2024-10-15",
                                   "Ana Ruiz met Li Wei in Lima on Saturday. Ana Ruiz leads Peru.");
  b.sentence("Ana Ruiz met Li Wei in Lima on Saturday.");
  b.sentence("Ana Ruiz leads Peru.");
  b.entity("Ana Ruiz", newsgraph::extractor::EntityType::kPerson, {"Ana Ruiz"},
           {{"Ana Ruiz", 0}, {"Ana Ruiz", 1}});
  b.entity("Li Wei", newsgraph::extractor::EntityType::kPerson, {"Li Wei"}, {{"Li Wei", 0}});
  b.entity("Peru", newsgraph::extractor::EntityType::kGpe, {"Peru"}, {{"Peru", 0}});
  b.event("MEET", "04", "met", -1, "2024-10-12", {{0, "agent"}, {1, "partner"}}, -1);
  b.relation(0, "met_with", 1, "Ana Ruiz met Li Wei");
  b.relation(0, "leader_of", 2, "Ana Ruiz leads Peru");
  newsgraph::testing::write_doc(s, b);
  CHECK(column(s, "SELECT date FROM edge_facts WHERE kind = 'relation' ORDER BY predicate") ==
        std::vector<std::string>{"2024-10-15", "2024-10-12"});  // leader_of, met_with
}
