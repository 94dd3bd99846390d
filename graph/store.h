// The Newsgraph store: one SQLite file that holds articles and everything extracted from them,
// with cross-article entities, as documented in graph/SCHEMA.md (contract: section 4 of
// ../shared/spec/interface.md).
//
//   Store store;
//   if (auto err = open_store("news.db", {}, &store)) { ...report err->message... }
//   WriteResult result;
//   if (auto err = write_article(store, article, doc, extractor::extractor_version(), &result))
//     { ...report, go on with the next article... }
//   // result.status == WriteStatus::kSkipped when an article with the same text was stored.
//
// Guarantees.
//   - WAL journal; one transaction per article (BEGIN IMMEDIATE ... COMMIT), so a crash loses
//     at most the article in flight and never leaves part of one.
//   - Idempotent by content hash: XXH3-64 (xxHash, Collet) of the article text as read, 16
//     lowercase hex digits; an article whose hash is stored is skipped, not stored twice.
//   - Offsets in the store are Unicode code points into articles.text (the input text), so
//     substr(text, start + 1, end - start) is the span. Every fact row names its article,
//     sentence, span and the extractor version that produced it.
//   - Foreign keys on; prepared statements only; a busy timeout for locks.
//   - `PRAGMA application_id` marks a Newsgraph file, `PRAGMA user_version` its schema version;
//     older files are migrated on open for writing, newer ones refused (graph/schema.h).
//
// Errors are values (StoreError): not a Newsgraph file, a newer schema, a corrupt file, a
// read-only file opened for writing, a lock held past the busy timeout, a failed statement.
//
// Thread safety: a Store is one SQLite connection; use it from one thread at a time. Several
// Stores (connections) on one file may live in several threads or processes: readers run
// concurrently with the one writer (WAL); a second writer waits up to the busy timeout.
#ifndef NEWSGRAPH_GRAPH_STORE_H_
#define NEWSGRAPH_GRAPH_STORE_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "corpus/article.h"
#include "extractor/document.h"

namespace newsgraph::graph {

enum class StoreErrorKind : uint8_t {
  kCannotOpen,    // missing file (read-only open), bad path, I/O error
  kNotNewsgraph,  // an SQLite file of another program, or not an SQLite file at all
  kNewerSchema,   // written by a newer Newsgraph: user_version > kSchemaVersion
  kOlderSchema,   // needs a migration, but was opened read-only
  kCorrupt,       // SQLite reports corruption
  kReadOnly,      // opened for writing, but the file (or its folder) is read-only
  kLocked,        // another connection held the lock past the busy timeout
  kQuery,         // a statement failed (SQL error, constraint, FTS5 syntax ...)
};

struct StoreError {
  StoreErrorKind kind = StoreErrorKind::kQuery;
  std::string message;  // one line, no trailing period: "database is locked"
  std::string file;     // the database path
};

enum class OpenMode : uint8_t {
  kReadWrite,  // creates the file when missing, migrates an older schema
  kReadOnly,   // SQLITE_OPEN_READONLY + PRAGMA query_only: for queries and the `sql` verb
};

struct OpenOptions {
  OpenMode mode = OpenMode::kReadWrite;
  int busy_timeout_ms = 5000;  // how long to wait for another connection's lock
};

// One open connection. Move-only; closes on destruction.
class Store {
 public:
  Store() = default;
  ~Store();
  Store(Store&& o) noexcept;
  Store& operator=(Store&& o) noexcept;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  sqlite3* db() const { return db_; }
  const std::string& path() const { return path_; }
  OpenMode mode() const { return mode_; }
  bool is_open() const { return db_ != nullptr; }
  void close();

 private:
  friend std::optional<StoreError> open_store(const std::string&, const OpenOptions&, Store*);
  sqlite3* db_ = nullptr;
  std::string path_;
  OpenMode mode_ = OpenMode::kReadWrite;
};

// Opens (and for kReadWrite creates or migrates) the store at `path`. ":memory:" works for
// tests. Returns nullopt on success, else the error; *store is then closed.
std::optional<StoreError> open_store(const std::string& path, const OpenOptions& options,
                                     Store* store);

// XXH3-64 of `text` as 16 lowercase hex digits: the articles.content_hash.
std::string content_hash(std::string_view text);

// Every stored content hash, to skip known articles before extracting them.
std::optional<StoreError> stored_hashes(const Store& store,
                                        std::unordered_set<std::string>* hashes);

enum class WriteStatus : uint8_t { kIngested, kSkipped };

// What write_article stored: counts of the rows it wrote for this article.
struct WriteResult {
  WriteStatus status = WriteStatus::kIngested;
  int64_t article_id = 0;   // the stored (or, when skipped, the existing) article's id
  int64_t sentences = 0;
  int64_t entities = 0;      // in-article entities (each merged into or creating a canonical one)
  int64_t new_entities = 0;  // canonical entities created
  int64_t mentions = 0;
  int64_t relations = 0;
  int64_t events = 0;
  int64_t timexes = 0;
  int64_t quotes = 0;
};

// Stores one article and its extraction in one transaction: the article row, its sentences,
// timexes, entities (resolved against the canonical entities of earlier articles,
// graph/resolve.h), mentions, relations, events with participants, quotes and edge facts;
// the article's country context (doc.country, doc.named_countries) in its articles row and
// each in-article entity's country (its stated one, else the article's) in entity_merges,
// with what decided them (extractor/country_context.h, graph/SCHEMA.md).
// `article` gives the input text (offsets of `doc` map into it) and metadata; `doc` must be
// extract()'s output for that article. Skips (status kSkipped, nothing written) when the
// content hash is stored. On error nothing of the article is written.
std::optional<StoreError> write_article(Store& store, const corpus::Article& article,
                                        const extractor::Document& doc,
                                        const std::string& extractor_version,
                                        WriteResult* result);

// Maps an SQLite result code of `db` to a StoreError: the kind from the code, the message from
// SQLite; `what` ("storing a mention") prefixes the message of a kQuery error only.
StoreError sqlite_error(sqlite3* db, int code, const std::string& file, const std::string& what);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_STORE_H_
