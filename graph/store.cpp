#include "graph/store.h"

#include <sys/stat.h>
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <set>
#include <utility>
#include <vector>

#include "graph/corrections.h"
#include "graph/input_text.h"
#include "graph/resolve.h"
#include "graph/schema.h"
#include "graph/sqlite.h"

namespace newsgraph::graph {

Store::~Store() { close(); }

Store::Store(Store&& o) noexcept
    : db_(std::exchange(o.db_, nullptr)), path_(std::move(o.path_)), mode_(o.mode_) {}

Store& Store::operator=(Store&& o) noexcept {
  if (this != &o) {
    close();
    db_ = std::exchange(o.db_, nullptr);
    path_ = std::move(o.path_);
    mode_ = o.mode_;
  }
  return *this;
}

void Store::close() {
  // Lets SQLite refresh the statistics its query planner uses, after a batch of writes.
  if (db_ && mode_ == OpenMode::kReadWrite) exec(db_, "PRAGMA optimize");
  if (db_) sqlite3_close_v2(db_);
  db_ = nullptr;
}

StoreError sqlite_error(sqlite3* db, int code, const std::string& file, const std::string& what) {
  StoreError e;
  e.file = file;
  std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      e.kind = StoreErrorKind::kLocked;
      e.message = "database is locked by another connection (" + detail + ")";
      break;
    case SQLITE_READONLY:
      e.kind = StoreErrorKind::kReadOnly;
      e.message = "database is read-only (" + detail + ")";
      break;
    case SQLITE_NOTADB:
      e.kind = StoreErrorKind::kNotNewsgraph;
      e.message = "not a Newsgraph database (not an SQLite file)";
      break;
    case SQLITE_CORRUPT:
      e.kind = StoreErrorKind::kCorrupt;
      e.message = "database is corrupt (" + detail + ")";
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM:
      e.kind = StoreErrorKind::kCannotOpen;
      e.message = "cannot open database (" + detail + ")";
      break;
    default:
      e.kind = StoreErrorKind::kQuery;
      e.message = detail;
  }
  // A failed statement says what it was doing; a locked, read-only or corrupt file is the
  // same news whatever the statement was.
  if (!what.empty() && e.kind == StoreErrorKind::kQuery) e.message = what + ": " + e.message;
  return e;
}

namespace {

bool file_exists(const std::string& path, struct stat* st) { return ::stat(path.c_str(), st) == 0; }

// Reads a one-integer PRAGMA; returns the SQLite result code.
int pragma_int(sqlite3* db, const char* sql, int64_t* value) {
  Statement st(db, sql);
  if (!st.ok()) return sqlite3_errcode(db);
  int rc = st.step();
  if (rc == SQLITE_ROW) {
    *value = st.int64(0);
    return SQLITE_OK;
  }
  return rc;
}

}  // namespace

std::optional<StoreError> open_store(const std::string& path, const OpenOptions& options,
                                     Store* store) {
  store->close();
  const bool read_only = options.mode == OpenMode::kReadOnly;
  const bool memory = path == ":memory:" || path.empty();
  struct stat st {};
  const bool exists = !memory && file_exists(path, &st);
  if (!memory && exists && S_ISDIR(st.st_mode))
    return StoreError{StoreErrorKind::kCannotOpen, "is a directory, not a database", path};
  if (read_only && !memory && !exists)
    return StoreError{StoreErrorKind::kCannotOpen,
                      "no such database (create it with newsgraph ingest)", path};
  // Root ignores permission bits, so a file the user marked read-only is checked here too.
  if (!read_only && exists && (st.st_mode & 0222) == 0)
    return StoreError{StoreErrorKind::kReadOnly, "database file is read-only", path};

  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  Store s;
  s.db_ = db;  // closed by s on every early return
  s.path_ = path;
  s.mode_ = options.mode;
  if (rc != SQLITE_OK) return sqlite_error(db, rc, path, "");
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  if (!read_only && sqlite3_db_readonly(db, "main") == 1)
    return StoreError{StoreErrorKind::kReadOnly, "database file is read-only", path};

  int64_t app_id = 0, version = 0, tables = 0;
  if ((rc = pragma_int(db, "PRAGMA application_id", &app_id)) != SQLITE_OK ||
      (rc = pragma_int(db, "PRAGMA user_version", &version)) != SQLITE_OK ||
      (rc = pragma_int(db, "SELECT count(*) FROM sqlite_schema", &tables)) != SQLITE_OK)
    return sqlite_error(db, rc, path, "");

  auto check = [&]() -> std::optional<StoreError> {
    bool ours = app_id == kApplicationId;
    bool empty = app_id == 0 && version == 0 && tables == 0;
    if (!ours && !empty)
      return StoreError{StoreErrorKind::kNotNewsgraph,
                        "not a Newsgraph database (an SQLite file of another program)", path};
    if (version > kSchemaVersion)
      return StoreError{StoreErrorKind::kNewerSchema,
                        "database schema version " + std::to_string(version) +
                            " is newer than this program's " + std::to_string(kSchemaVersion) +
                            " (upgrade newsgraph)",
                        path};
    if (read_only && empty)
      return StoreError{StoreErrorKind::kNotNewsgraph, "empty database (no Newsgraph schema)",
                        path};
    if (read_only && version < kSchemaVersion)
      return StoreError{StoreErrorKind::kOlderSchema,
                        "database schema version " + std::to_string(version) +
                            " is older than " + std::to_string(kSchemaVersion) +
                            " (run newsgraph ingest once to migrate it)",
                        path};
    return std::nullopt;
  };
  if (auto err = check()) return err;

  if (read_only) {
    if (auto err = exec(db, "PRAGMA query_only = 1"))
      return StoreError{StoreErrorKind::kQuery, *err, path};
  } else {
    if (!memory) {
      Statement wal(db, "PRAGMA journal_mode = WAL");
      if (!wal.ok() || wal.step() != SQLITE_ROW)
        return sqlite_error(db, sqlite3_errcode(db), path, "");
    }
    // A 64 MB page cache and a 64 MB WAL between checkpoints: each article's commit dirties
    // pages all over the indexes, and checkpoints (the only fsyncs in WAL + NORMAL) then
    // write each page once for many commits.
    if (auto err = exec(db, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
                            "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 16384"))
      return StoreError{StoreErrorKind::kQuery, *err, path};
    // Take the write lock once: a lock held by another writer is reported now, and the
    // schema is created or migrated under it.
    if ((rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr)) != SQLITE_OK)
      return sqlite_error(db, rc, path, "");
    if ((rc = pragma_int(db, "PRAGMA user_version", &version)) != SQLITE_OK ||
        (rc = pragma_int(db, "PRAGMA application_id", &app_id)) != SQLITE_OK ||
        (rc = pragma_int(db, "SELECT count(*) FROM sqlite_schema", &tables)) != SQLITE_OK) {
      auto e = sqlite_error(db, rc, path, "");
      exec(db, "ROLLBACK");
      return e;
    }
    if (auto err = check()) {
      exec(db, "ROLLBACK");
      return err;
    }
    if (version < kSchemaVersion) {
      if (auto err = migrate_schema(db, static_cast<int>(version))) {
        exec(db, "ROLLBACK");
        return StoreError{StoreErrorKind::kQuery, *err, path};
      }
    }
    if ((rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr)) != SQLITE_OK) {
      auto e = sqlite_error(db, rc, path, "");
      exec(db, "ROLLBACK");
      return e;
    }
  }
  *store = std::move(s);
  return std::nullopt;
}

std::string content_hash(std::string_view text) {
  XXH64_hash_t h = XXH3_64bits(text.data(), text.size());
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::optional<StoreError> stored_hashes(const Store& store,
                                        std::unordered_set<std::string>* hashes) {
  Statement st(store.db(), "SELECT content_hash FROM articles");
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) hashes->insert(st.text(0));
  if (rc != SQLITE_DONE) return sqlite_error(store.db(), rc, store.path(), "reading hashes");
  return std::nullopt;
}

namespace {

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// "E1", "V3": the in-article ids of the extraction JSON (1-based).
std::string local_id(char prefix, size_t index) {
  std::string id(1, prefix);
  id += std::to_string(index + 1);
  return id;
}

bool is_date_value(std::string_view v) {
  return v.size() >= 4 && std::all_of(v.begin(), v.begin() + 4, [](char c) {
           return c >= '0' && c <= '9';
         });
}

// Writes one article; any failure returns the failing step's error and the caller rolls back.
class ArticleWriter {
 public:
  ArticleWriter(Store& store, const corpus::Article& article, const extractor::Document& doc,
                const std::string& extractor, WriteResult* result)
      : store_(store), db_(store.db()), path_(store.path()), article_(article), doc_(doc), input_(article.text),
        extractor_(extractor), result_(result), resolver_statements_(db_) {}

  std::optional<StoreError> run(const std::string& hash) {
    if (auto e = write_article_row(hash)) return e;
    if (auto e = write_sentences()) return e;
    if (auto e = write_timexes()) return e;
    if (auto e = write_entities()) return e;
    if (auto e = write_mentions()) return e;
    // After the mentions, so that the merged entity's counts include this article's.
    for (size_t i = 0; i < doc_.entities.size(); ++i)
      if (auto e = link_acronym_late(i)) return e;
    if (auto e = write_relations()) return e;
    if (auto e = write_events()) return e;
    if (auto e = write_quotes()) return e;
    if (auto e = write_cooccurrence()) return e;
    return std::nullopt;
  }

 private:
  StoreError fail(const Statement&, const std::string& what) {
    return sqlite_error(db_, sqlite3_errcode(db_), path_, what);
  }
  bool step_done(Statement& st) { return st.step() == SQLITE_DONE; }

  CodePointSpan cp(extractor::Span s) const { return to_code_points(doc_, s); }
  std::string_view surface(extractor::Span s) const {
    auto c = cp(s);
    return input_.slice(c.start, c.end);
  }
  std::optional<int64_t> sentence_id(uint32_t index) const {
    if (index < sentence_ids_.size()) return sentence_ids_[index];
    return std::nullopt;
  }
  std::optional<int64_t> entity_id(int32_t index) const {
    if (index >= 0 && static_cast<size_t>(index) < entity_ids_.size()) return entity_ids_[index];
    return std::nullopt;
  }
  std::string article_date() const { return article_.date.empty() ? std::string() : article_.date.substr(0, 10); }

  std::optional<StoreError> write_article_row(const std::string& hash) {
    Statement st(db_,
                 "INSERT INTO articles(external_id, title, date, source, url, path, line, "
                 "content_hash, text, sentence_count, ingested_at, extractor, country, "
                 "country_source, country_evidence, named_countries) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    std::string named;
    for (const auto& c : doc_.named_countries) named += (named.empty() ? "" : " ") + c;
    st.bind_text_or_null(1, article_.id)
        .bind_text_or_null(2, doc_.title.empty() ? article_.title : doc_.title)
        .bind_text_or_null(3, article_date())
        .bind_text_or_null(4, article_.source)
        .bind_text_or_null(5, article_.url)
        .bind_text_or_null(6, article_.path)
        .bind_optional(7, article_.line > 0 ? std::optional<int64_t>(article_.line) : std::nullopt)
        .bind(8, hash)
        .bind(9, article_.text)
        .bind(10, static_cast<int64_t>(doc_.sentences.size()))
        .bind(11, utc_now())
        .bind(12, extractor_)
        .bind_text_or_null(13, doc_.country.country)
        .bind_text_or_null(14, doc_.country.source)
        .bind_text_or_null(15, doc_.country.evidence)
        .bind_text_or_null(16, named);
    if (!step_done(st)) return fail(st, "storing the article");
    article_id_ = sqlite3_last_insert_rowid(db_);
    result_->article_id = article_id_;
    return std::nullopt;
  }

  // Inserts one row per item with the INSERT `sql`; bind(st, item, index) binds its columns.
  // Returns the row ids in item order through `ids` (may be null).
  template <typename Item, typename Bind>
  std::optional<StoreError> insert_each(const char* sql, const std::vector<Item>& items,
                                        const char* what, Bind bind, std::vector<int64_t>* ids) {
    Statement st(db_, sql);
    for (size_t i = 0; i < items.size(); ++i) {
      st.reset();
      bind(st, items[i], i);
      if (!step_done(st)) return fail(st, what);
      if (ids) ids->push_back(sqlite3_last_insert_rowid(db_));
    }
    return std::nullopt;
  }

  std::optional<StoreError> write_sentences() {
    result_->sentences = static_cast<int64_t>(doc_.sentences.size());
    return insert_each(
        "INSERT INTO sentences(article_id, position, start, end, text) VALUES (?1, ?2, ?3, ?4, ?5)",
        doc_.sentences, "storing a sentence",
        [&](Statement& st, const extractor::Sentence& s, size_t i) {
          auto c = cp(s.span);
          st.bind(1, article_id_).bind(2, static_cast<int64_t>(i)).bind(3, int64_t{c.start})
              .bind(4, int64_t{c.end}).bind(5, input_.slice(c.start, c.end));
        },
        &sentence_ids_);
  }

  std::optional<StoreError> write_timexes() {
    result_->timexes = static_cast<int64_t>(doc_.timexes.size());
    return insert_each(
        "INSERT INTO timexes(article_id, sentence_id, position, start, end, text, type, value, "
        "mod, anchor, extractor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        doc_.timexes, "storing a timex",
        [&](Statement& st, const extractor::Timex& t, size_t i) {
          auto c = cp(t.span);
          const char* anchor = t.anchor == extractor::TimexAnchor::kDct     ? "DCT"
                               : t.anchor == extractor::TimexAnchor::kTimex ? "TIMEX"
                                                                             : "TEXT";
          st.bind(1, article_id_).bind_optional(2, sentence_id(t.sentence))
              .bind(3, static_cast<int64_t>(i)).bind(4, int64_t{c.start}).bind(5, int64_t{c.end})
              .bind(6, input_.slice(c.start, c.end)).bind(7, extractor::timex_type_name(t.type))
              .bind(8, t.value).bind_text_or_null(9, t.mod).bind(10, anchor).bind(11, extractor_);
        },
        &timex_ids_);
  }

  // The normalised names of the places the article says entity `index` is located_in or
  // headquartered_in: the location evidence of cross-article resolution (graph/resolve.h).
  std::vector<std::string> places_of(size_t index) const {
    std::vector<std::string> out;
    for (const auto& r : doc_.relations) {
      if (r.subject != static_cast<int32_t>(index) || r.object < 0 || r.negated || r.hedged) continue;
      if (r.predicate != "located_in" && r.predicate != "headquartered_in") continue;
      if (static_cast<size_t>(r.object) >= doc_.entities.size()) continue;
      if (auto n = normalise_name(doc_.entities[r.object].name); !n.empty()) out.push_back(n);
    }
    return out;
  }

  // The article's GPE names and aliases, normalised.
  std::set<std::string> article_gpes() const {
    std::set<std::string> names;
    for (const auto& g : doc_.entities) {
      if (g.type != extractor::EntityType::kGpe) continue;
      names.insert(normalise_name(g.name));
      for (const auto& a : g.aliases) names.insert(normalise_name(a));
    }
    return names;
  }

  // The location and country evidence of in-article entity `index` (graph/resolve.h), given
  // the article's GPE names (article_gpes).
  PlaceEvidence evidence_of(size_t index, const std::set<std::string>& gpes) const {
    PlaceEvidence ev;
    ev.locations = places_of(index);
    for (uint32_t m : doc_.entities[index].mentions) {
      const auto& mention = doc_.mentions[m];
      if (mention.source == "coref" || mention.span.begin > doc_.text.size()) continue;
      size_t from = mention.span.begin > 40 ? mention.span.begin - 40 : 0;
      std::string word = country_word_before(
          std::string_view(doc_.text).substr(from, mention.span.begin - from));
      if (gpes.count(word)) ev.stated_country.push_back(word);
    }
    for (const auto& r : doc_.relations) {
      if (r.subject != static_cast<int32_t>(index) || r.object < 0 || r.negated) continue;
      if (r.predicate != "part_of" || static_cast<size_t>(r.object) >= doc_.entities.size()) continue;
      const auto& o = doc_.entities[r.object];
      if (o.type == extractor::EntityType::kGpe) ev.stated_country.push_back(normalise_name(o.name));
    }
    for (const auto& a : doc_.entities[index].aliases)
      if (std::string first = country_word_starting(normalise_name(a)); gpes.count(first))
        ev.stated_country.push_back(first);
    ev.dateline = dateline_;
    ev.country = country_of(index);
    ev.named_countries = doc_.named_countries;
    return ev;
  }

  // The country of in-article entity `index`: the one the article states for it, else the
  // article's country context (extractor/country_context.h); empty when neither.
  extractor::CountryEvidence country_of(size_t index) const {
    const auto& stated = doc_.entities[index].country;
    return stated.country.empty() ? doc_.country : stated;
  }

  // The article's dateline places that name one of its GPEs (`gpes`, article_gpes), and the
  // GPEs the article says those are located_in / part_of.
  std::vector<std::string> dateline_of(const std::set<std::string>& gpes) const {
    std::vector<std::string> out;
    for (const auto& place : dateline_places(doc_.text))
      if (gpes.count(place)) out.push_back(place);
    for (const auto& r : doc_.relations) {
      if (r.subject < 0 || r.object < 0 || r.negated) continue;
      if (r.predicate != "located_in" && r.predicate != "part_of") continue;
      if (static_cast<size_t>(std::max(r.subject, r.object)) >= doc_.entities.size()) continue;
      const auto& from = doc_.entities[r.subject];
      const auto& to = doc_.entities[r.object];
      if (to.type != extractor::EntityType::kGpe) continue;
      if (std::find(out.begin(), out.end(), normalise_name(from.name)) != out.end())
        out.push_back(normalise_name(to.name));
    }
    return out;
  }

  std::optional<StoreError> write_entities() {
    Statement merge(db_,
                    "INSERT INTO entity_merges(article_id, local_id, name, type, entity_id, "
                    "decision, reason, country, country_source) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    Statement count(db_,
                    "UPDATE entities SET mention_count = mention_count + ?1, "
                    "article_count = article_count + ?2 WHERE id = ?3");
    std::set<int64_t> seen;
    const std::set<std::string> gpes = article_gpes();
    dateline_ = dateline_of(gpes);
    for (size_t i = 0; i < doc_.entities.size(); ++i) {
      const auto& e = doc_.entities[i];
      MergeDecision d;
      if (auto err = resolve_entity(resolver_statements_, e, evidence_of(i, gpes), &d))
        return sqlite_error(db_, sqlite3_errcode(db_), path_, "resolving '" + e.name + "'");
      entity_ids_.push_back(d.entity_id);
      if (d.created) ++result_->new_entities;
      merge.reset();
      merge.bind(1, article_id_).bind(2, local_id('E', i)).bind(3, e.name)
          .bind(4, extractor::entity_type_name(e.type)).bind(5, d.entity_id).bind(6, d.decision)
          .bind(7, d.reason);
      const extractor::CountryEvidence country = country_of(i);
      merge.bind_text_or_null(8, country.country)
          .bind_text_or_null(9, country.country.empty() ? "" : country.source + ": " + country.evidence);
      if (!step_done(merge)) return fail(merge, "recording a merge");
      count.reset();
      count.bind(1, static_cast<int64_t>(e.mentions.size()))
          .bind(2, int64_t{seen.insert(d.entity_id).second ? 1 : 0}).bind(3, d.entity_id);
      if (!step_done(count)) return fail(count, "counting mentions");
    }
    result_->entities = static_cast<int64_t>(doc_.entities.size());
    return std::nullopt;
  }

  // An acronym this article defines ("North American Free Trade Agreement (NAFTA)") for an
  // entity resolved by its full name, when an earlier article left the acronym a canonical
  // entity of its own ("NAFTA", ORG): resolution goes one article at a time, so that entity
  // never met the full name. This article's evidence joins them (absorb_entity) unless a
  // journalist's `split` keeps that name out, this article has an entity of its own there,
  // or the types cannot be one thing (alias_types_compatible).
  std::optional<StoreError> link_acronym_late(size_t index) {
    const auto& e = doc_.entities[index];
    const int64_t into = entity_ids_[index];
    const std::string_view type = extractor::entity_type_name(e.type);
    Statement other(db_,
                    "SELECT e.id, e.name, e.type FROM entities e WHERE e.norm_name = ?1 "
                    "AND e.id <> ?2 AND NOT EXISTS (SELECT 1 FROM entity_overrides o "
                    "WHERE o.kind = 'split' AND o.norm_alias = ?1 AND o.entity_id = ?2)");
    for (const auto& alias : e.aliases) {
      if (alias == e.name || !is_acronym(alias)) continue;
      const std::string key = normalise_name(alias);
      other.reset();
      other.bind(1, key).bind(2, into);
      std::vector<std::pair<int64_t, std::string>> found;
      int rc;
      while ((rc = other.step()) == SQLITE_ROW)
        if (alias_types_compatible(type, e.name, other.text(2), other.text(1)))
          found.emplace_back(other.int64(0), other.text(1));
      if (rc != SQLITE_DONE) return fail(other, "looking up an acronym");
      if (found.size() != 1) continue;
      const int64_t from = found[0].first;
      if (std::find(entity_ids_.begin(), entity_ids_.end(), from) != entity_ids_.end()) continue;
      std::string why = "alias link made later: article " + article_.id + " names '" + alias +
                        "' as an alias of '" + e.name + "', so " +
                        entity_label(from, found[0].second) + " joined #" + std::to_string(into);
      if (auto err = absorb_entity(store_, into, from, "alias", why)) return err;
    }
    return std::nullopt;
  }

  std::optional<StoreError> write_mentions() {
    result_->mentions = static_cast<int64_t>(doc_.mentions.size());
    return insert_each(
        "INSERT INTO mentions(article_id, sentence_id, entity_id, local_id, start, end, text, "
        "type, source, confidence, extractor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        doc_.mentions, "storing a mention",
        [&](Statement& st, const extractor::Mention& m, size_t) {
          auto c = cp(m.span);
          st.bind(1, article_id_).bind_optional(2, sentence_id(m.sentence))
              .bind_optional(3, entity_id(m.entity));
          if (m.entity >= 0) st.bind(4, local_id('E', static_cast<size_t>(m.entity)));
          st.bind(5, int64_t{c.start}).bind(6, int64_t{c.end}).bind(7, input_.slice(c.start, c.end))
              .bind(8, extractor::entity_type_name(m.type)).bind_text_or_null(9, m.source)
              .bind(10, static_cast<double>(m.confidence)).bind(11, extractor_);
        },
        nullptr);
  }

  std::optional<StoreError> add_edge(int64_t a, int64_t b, const std::string& predicate,
                                     const char* kind, std::optional<int64_t> sentence,
                                     const std::string& date, std::optional<int64_t> fact,
                                     bool former = false) {
    if (!edge_) {
      edge_ = std::make_unique<Statement>(
          db_,
          "INSERT INTO edge_facts(source_id, target_id, predicate, kind, article_id, "
          "sentence_id, date, fact_id, former) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    }
    Statement& st = *edge_;
    st.reset();
    st.bind(1, a).bind(2, b).bind(3, predicate).bind(4, kind).bind(5, article_id_)
        .bind_optional(6, sentence).bind_text_or_null(7, date).bind_optional(8, fact)
        .bind(9, int64_t{former});
    if (!step_done(st)) return fail(st, "storing an edge");
    return std::nullopt;
  }

  // The date of relation `r`'s edge: for a relation that is an act ("met_with", "visited",
  // "rel:<verb>"), the calendar date of an event of its sentence that both its entities take
  // part in ("X met Y in Ottawa on Saturday" in Tuesday's paper is Saturday); else, and for
  // states such as leader_of, the article's date.
  std::string relation_date(const extractor::Relation& r) const {
    const bool act = r.predicate == "met_with" || r.predicate == "visited" ||
                     r.predicate.rfind("rel:", 0) == 0;
    if (act) {
      for (const auto& e : doc_.events) {
        if (e.sentence != r.sentence || e.negated || e.hedged || !is_date_value(e.date)) continue;
        auto takes_part = [&](int32_t entity) {
          if (e.place == entity) return true;
          for (const auto& a : e.arguments)
            if (a.entity == entity) return true;
          return false;
        };
        if (takes_part(r.subject) && takes_part(r.object)) return e.date;
      }
    }
    return article_date();
  }

  std::optional<StoreError> write_relations() {
    Statement st(db_,
                 "INSERT INTO relations(article_id, sentence_id, subject_id, predicate, object_id, "
                 "object_literal, start, end, confidence, negated, hedged, method, extractor, "
                 "former) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    for (const auto& r : doc_.relations) {
      auto subject = entity_id(r.subject);
      auto object = entity_id(r.object);
      if (!subject || (!object && r.object_literal.empty())) continue;  // dangling: not a fact
      auto c = cp(r.evidence);
      st.reset();
      st.bind(1, article_id_).bind_optional(2, sentence_id(r.sentence)).bind(3, *subject)
          .bind(4, r.predicate).bind_optional(5, object);
      if (!object) st.bind(6, r.object_literal);
      if (!r.evidence.empty()) st.bind(7, int64_t{c.start}).bind(8, int64_t{c.end});
      st.bind(9, static_cast<double>(r.confidence)).bind(10, int64_t{r.negated})
          .bind(11, int64_t{r.hedged}).bind_text_or_null(12, r.extractor).bind(13, extractor_)
          .bind(14, int64_t{r.former});
      if (!step_done(st)) return fail(st, "storing a relation");
      int64_t id = sqlite3_last_insert_rowid(db_);
      ++result_->relations;
      if (object && !r.negated && !r.hedged && *object != *subject) {
        if (auto e = add_edge(*subject, *object, r.predicate, "relation", sentence_id(r.sentence),
                              relation_date(r), id, r.former))
          return e;
      }
    }
    return std::nullopt;
  }

  std::optional<StoreError> write_events() {
    Statement ev(db_,
                 "INSERT INTO events(article_id, sentence_id, local_id, type, cameo, trigger_start, "
                 "trigger_end, trigger_text, date, timex_id, place_id, negated, hedged, extractor) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    Statement part(db_,
                   "INSERT OR IGNORE INTO event_participants(event_id, entity_id, role) "
                   "VALUES (?1, ?2, ?3)");
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const auto& e = doc_.events[i];
      auto c = cp(e.trigger);
      std::optional<int64_t> timex;
      if (e.timex >= 0 && static_cast<size_t>(e.timex) < timex_ids_.size()) timex = timex_ids_[e.timex];
      ev.reset();
      ev.bind(1, article_id_).bind_optional(2, sentence_id(e.sentence))
          .bind(3, local_id('V', i)).bind(4, e.type).bind_text_or_null(5, e.cameo)
          .bind(6, int64_t{c.start}).bind(7, int64_t{c.end}).bind(8, input_.slice(c.start, c.end))
          .bind_text_or_null(9, e.date).bind_optional(10, timex)
          .bind_optional(11, entity_id(e.place)).bind(12, int64_t{e.negated})
          .bind(13, int64_t{e.hedged}).bind(14, extractor_);
      if (!step_done(ev)) return fail(ev, "storing an event");
      int64_t id = sqlite3_last_insert_rowid(db_);
      ++result_->events;
      std::vector<int64_t> people;
      for (const auto& a : e.arguments) {
        auto ent = entity_id(a.entity);
        if (!ent) continue;
        part.reset();
        part.bind(1, id).bind(2, *ent).bind(3, a.role.empty() ? std::string("participant") : a.role);
        if (!step_done(part)) return fail(part, "storing an event participant");
        if (std::find(people.begin(), people.end(), *ent) == people.end()) people.push_back(*ent);
      }
      if (e.negated || e.hedged) continue;  // "demanded that Canada release Meng" is no fact
      std::sort(people.begin(), people.end());
      std::string date = is_date_value(e.date) ? e.date : article_date();
      for (size_t x = 0; x < people.size(); ++x)
        for (size_t y = x + 1; y < people.size(); ++y)
          if (auto err = add_edge(people[x], people[y], "event:" + e.type, "event",
                                  sentence_id(e.sentence), date, id))
            return err;
    }
    return std::nullopt;
  }

  std::optional<StoreError> write_quotes() {
    result_->quotes = static_cast<int64_t>(doc_.quotes.size());
    return insert_each(
        "INSERT INTO quotes(article_id, sentence_id, speaker_id, start, end, text, cue_start, "
        "cue_end, extractor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        doc_.quotes, "storing a quote",
        [&](Statement& st, const extractor::Quote& q, size_t) {
          auto c = cp(q.span);
          st.bind(1, article_id_).bind_optional(2, sentence_id(q.sentence))
              .bind_optional(3, entity_id(q.speaker)).bind(4, int64_t{c.start})
              .bind(5, int64_t{c.end}).bind(6, input_.slice(c.start, c.end));
          if (!q.cue.empty()) {
            auto k = cp(q.cue);
            st.bind(7, int64_t{k.start}).bind(8, int64_t{k.end});
          }
          st.bind(9, extractor_);
        },
        nullptr);
  }

  // Two entities mentioned in one sentence: one `co_occurs` edge fact per sentence and pair.
  std::optional<StoreError> write_cooccurrence() {
    std::map<uint32_t, std::set<int64_t>> by_sentence;
    for (const auto& m : doc_.mentions)
      if (auto id = entity_id(m.entity); id && m.sentence < sentence_ids_.size())
        by_sentence[m.sentence].insert(*id);
    for (const auto& [s, ids] : by_sentence) {
      std::vector<int64_t> v(ids.begin(), ids.end());
      for (size_t x = 0; x < v.size(); ++x)
        for (size_t y = x + 1; y < v.size(); ++y)
          if (auto e = add_edge(v[x], v[y], "co_occurs", "sentence", sentence_id(s),
                                article_date(), std::nullopt))
            return e;
    }
    return std::nullopt;
  }

  const Store& store_;
  sqlite3* db_;
  const std::string& path_;
  const corpus::Article& article_;
  const extractor::Document& doc_;
  InputText input_;
  const std::string& extractor_;
  WriteResult* result_;
  int64_t article_id_ = 0;
  std::vector<int64_t> sentence_ids_, timex_ids_, entity_ids_;
  std::vector<std::string> dateline_;  // dateline_of(): the article's dateline places
  std::unique_ptr<Statement> edge_;
  StatementCache resolver_statements_;
};

}  // namespace

std::optional<StoreError> write_article(Store& store, const corpus::Article& article,
                                        const extractor::Document& doc,
                                        const std::string& extractor_version,
                                        WriteResult* result) {
  *result = WriteResult{};
  sqlite3* db = store.db();
  if (!db) return StoreError{StoreErrorKind::kCannotOpen, "store is not open", store.path()};
  if (store.mode() == OpenMode::kReadOnly)
    return StoreError{StoreErrorKind::kReadOnly, "store was opened read-only", store.path()};
  const std::string hash = content_hash(article.text);
  int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return sqlite_error(db, rc, store.path(), "");
  {
    Statement st(db, "SELECT id FROM articles WHERE content_hash = ?1");
    st.bind(1, hash);
    rc = st.step();
    if (rc == SQLITE_ROW) {
      result->status = WriteStatus::kSkipped;
      result->article_id = st.int64(0);
      st.reset();
      exec(db, "ROLLBACK");
      return std::nullopt;
    }
    if (rc != SQLITE_DONE) {
      auto e = sqlite_error(db, rc, store.path(), "");
      st.reset();
      exec(db, "ROLLBACK");
      return e;
    }
  }
  std::optional<StoreError> err;
  {
    ArticleWriter writer(store, article, doc, extractor_version, result);
    err = writer.run(hash);
  }
  if (!err) {
    rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) err = sqlite_error(db, rc, store.path(), "committing");
  }
  if (err) {
    exec(db, "ROLLBACK");
    WriteResult failed;
    *result = failed;
  }
  return err;
}

}  // namespace newsgraph::graph
