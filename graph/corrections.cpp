#include "graph/corrections.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "graph/resolve.h"
#include "graph/sqlite.h"

namespace newsgraph::graph {
namespace {

struct EntityRow {
  int64_t id = 0;
  std::string name, type, norm_name;
};

// An in-article entity: a row of entity_merges.
struct InArticle {
  int64_t article_id = 0;
  std::string local_id, name, type;
};

StoreError request_error(const Store& store, std::string message) {
  return StoreError{StoreErrorKind::kQuery, std::move(message), store.path()};
}

StoreError failed(const Store& store, const std::string& what) {
  return sqlite_error(store.db(), sqlite3_errcode(store.db()), store.path(), what);
}

std::string describe(const EntityRow& e) { return entity_label(e.id, e.name); }

// Runs one statement that returns no rows, `args` bound to ?1, ?2, ...; adds the number of
// rows it changed to *changes (when given).
template <typename... Args>
std::optional<StoreError> change(const Store& store, int64_t* changes, const std::string& sql,
                                 const Args&... args) {
  Statement st(store.db(), sql);
  int index = 0;
  (st.bind(++index, args), ...);
  if (!st.ok() || st.step() != SQLITE_DONE) return failed(store, "correcting entities");
  if (changes) *changes += sqlite3_changes(store.db());
  return std::nullopt;
}

// Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it fails.
template <typename F>
std::optional<StoreError> in_transaction(Store& store, F&& body) {
  if (!store.db()) return StoreError{StoreErrorKind::kCannotOpen, "store is not open", store.path()};
  if (store.mode() == OpenMode::kReadOnly)
    return StoreError{StoreErrorKind::kReadOnly, "store was opened read-only", store.path()};
  int rc = sqlite3_exec(store.db(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return sqlite_error(store.db(), rc, store.path(), "");
  std::optional<StoreError> err = body();
  if (!err) {
    rc = sqlite3_exec(store.db(), "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) err = sqlite_error(store.db(), rc, store.path(), "committing");
  }
  if (err) exec(store.db(), "ROLLBACK");
  return err;
}

std::optional<StoreError> read_entity(const Store& store, int64_t id, EntityRow* out) {
  Statement st(store.db(), "SELECT id, name, type, norm_name FROM entities WHERE id = ?1");
  st.bind(1, id);
  int rc = st.step();
  if (rc == SQLITE_ROW) {
    *out = {st.int64(0), st.text(1), st.text(2), st.text(3)};
    return std::nullopt;
  }
  if (rc != SQLITE_DONE) return failed(store, "reading an entity");
  return request_error(store, "no entity #" + std::to_string(id));
}

std::optional<StoreError> in_article_entities(const Store& store, int64_t entity_id,
                                              std::vector<InArticle>* out) {
  Statement st(store.db(),
               "SELECT article_id, local_id, name, type FROM entity_merges WHERE entity_id = ?1 "
               "ORDER BY article_id, local_id");
  st.bind(1, entity_id);
  int rc;
  while ((rc = st.step()) == SQLITE_ROW)
    out->push_back({st.int64(0), st.text(1), st.text(2), st.text(3)});
  if (rc != SQLITE_DONE) return failed(store, "reading in-article entities");
  return std::nullopt;
}

// mention_count and article_count of `id` from its mentions and in-article entities.
std::optional<StoreError> recount(const Store& store, int64_t id) {
  return change(store, nullptr,
                "UPDATE entities SET "
                "mention_count = (SELECT count(*) FROM mentions WHERE entity_id = ?1), "
                "article_count = (SELECT count(DISTINCT article_id) FROM entity_merges "
                "                 WHERE entity_id = ?1) WHERE id = ?1",
                id);
}

// Edge facts of `id` after its links moved: no self-links, symmetric ones (event, sentence)
// smaller id first, no two rows for one fact.
std::optional<StoreError> tidy_edges(const Store& store, int64_t id) {
  if (auto err = change(store, nullptr,
                        "DELETE FROM edge_facts WHERE source_id = ?1 AND target_id = ?1", id))
    return err;
  if (auto err = change(store, nullptr,
                        "UPDATE edge_facts SET source_id = target_id, target_id = source_id "
                        "WHERE kind IN ('event', 'sentence') AND source_id > target_id "
                        "AND (source_id = ?1 OR target_id = ?1)",
                        id))
    return err;
  return change(store, nullptr,
                "DELETE FROM edge_facts WHERE (source_id = ?1 OR target_id = ?1) AND rowid NOT IN "
                "(SELECT min(rowid) FROM edge_facts WHERE source_id = ?1 OR target_id = ?1 "
                " GROUP BY source_id, target_id, predicate, kind, article_id, sentence_id, date, "
                " fact_id)",
                id);
}

// Writes (or replaces) the override for (key, type, entity).
std::optional<StoreError> put_override(const Store& store, const Override& o,
                                       CorrectionResult* result) {
  if (auto err = change(store, nullptr,
                        "INSERT INTO entity_overrides(kind, norm_alias, type, entity_id, reason, "
                        "created_at) VALUES (?1, ?2, ?3, ?4, ?5, "
                        "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) "
                        "ON CONFLICT(norm_alias, type, entity_id) DO UPDATE SET "
                        "kind = excluded.kind, reason = excluded.reason, "
                        "created_at = excluded.created_at",
                        o.kind, o.norm_alias, o.type, o.entity_id, o.reason))
    return err;
  result->overrides.push_back(o);
  return std::nullopt;
}

// Moves every reference to entity `from` to `into` (merge_entities' steps); the moved
// entity_merges rows get `decision` and the reason `note`.
std::optional<StoreError> move_references(const Store& store, int64_t into, int64_t from,
                                          const std::string& note, CorrectionResult* r,
                                          const std::string& decision = "manual") {
  struct Step {
    const char* sql;
    int64_t* count;
  };
  const Step steps[] = {
      {"UPDATE entity_merges SET entity_id = ?1, decision = ?4, "
       "reason = ?3 || '; was ' || decision WHERE entity_id = ?2",
       &r->in_article_entities},
      {"UPDATE mentions SET entity_id = ?1 WHERE entity_id = ?2", &r->mentions},
      {"UPDATE relations SET subject_id = ?1 WHERE subject_id = ?2", &r->relations},
      {"UPDATE relations SET object_id = ?1 WHERE object_id = ?2", &r->relations},
      {"UPDATE events SET place_id = ?1 WHERE place_id = ?2", &r->events},
      {"UPDATE OR IGNORE event_participants SET entity_id = ?1 WHERE entity_id = ?2",
       &r->events},
      {"DELETE FROM event_participants WHERE entity_id = ?2", nullptr},
      {"UPDATE quotes SET speaker_id = ?1 WHERE speaker_id = ?2", &r->quotes},
      {"UPDATE edge_facts SET source_id = ?1 WHERE source_id = ?2", &r->edge_facts},
      {"UPDATE edge_facts SET target_id = ?1 WHERE target_id = ?2", &r->edge_facts},
      {"INSERT INTO aliases(entity_id, alias, norm_alias, article_count) "
       "SELECT ?1, alias, norm_alias, article_count FROM aliases WHERE entity_id = ?2 "
       "ON CONFLICT(entity_id, norm_alias) DO UPDATE SET "
       "article_count = article_count + excluded.article_count",
       nullptr},
      {"DELETE FROM aliases WHERE entity_id = ?2", nullptr},
      {"UPDATE OR REPLACE entity_overrides SET entity_id = ?1 WHERE entity_id = ?2 "
       "AND kind = 'merge'",
       nullptr},
      {"DELETE FROM entity_overrides WHERE entity_id = ?2", nullptr},
      {"UPDATE entities SET kb = (SELECT kb FROM entities WHERE id = ?2) "
       "WHERE id = ?1 AND kb IS NULL",
       nullptr},
      {"DELETE FROM entities WHERE id = ?2", nullptr},
  };
  // Every statement gets (into, from, note, decision); SQLite ignores the parameters one
  // does not use.
  for (const Step& s : steps)
    if (auto err = change(store, s.count, s.sql, into, from, note, decision)) return err;
  return std::nullopt;
}

std::string with_reason(std::string note, const std::string& reason) {
  return reason.empty() ? note : note + ": " + reason;
}

// ---- split --------------------------------------------------------------------------------

size_t key_words(const std::string& name, const std::string& type) {
  std::string k = name_key(name, type);
  return k.empty() ? 0 : static_cast<size_t>(std::count(k.begin(), k.end(), ' ')) + 1;
}

// The longest name (most words in its key), the first of equals.
std::string longest_name(const std::vector<InArticle>& rows) {
  const InArticle* best = &rows.front();
  for (const auto& r : rows)
    if (key_words(r.name, r.type) > key_words(best->name, best->type)) best = &r;
  return best->name;
}

// "'Carney' (articles #2, #3), 'Mark Carney' (article #1)": what a split can name.
std::string names_of(const std::vector<InArticle>& rows) {
  std::map<std::string, std::set<int64_t>> names;
  for (const auto& r : rows) names[r.name].insert(r.article_id);
  std::string s;
  for (const auto& [name, articles] : names) {
    s += (s.empty() ? "'" : ", '") + name + "' (article" + (articles.size() > 1 ? "s" : "");
    std::string ids;
    for (int64_t a : articles) ids += (ids.empty() ? " #" : ", #") + std::to_string(a);
    s += ids + ")";
  }
  return s;
}

// The rows a split request selects; an error when none, or all, would move.
std::optional<StoreError> select_moving(const Store& store, const EntityRow& o,
                                        const SplitRequest& req,
                                        const std::vector<InArticle>& rows,
                                        std::vector<InArticle>* moving) {
  for (const auto& r : rows) {
    if (req.article != 0 && r.article_id != req.article) continue;
    if (!req.alias.empty() && name_key(r.name, r.type) != name_key(req.alias, r.type)) continue;
    moving->push_back(r);
  }
  if (moving->empty()) {
    std::string what = "no in-article entity of " + describe(o);
    if (req.article != 0) what += " in article #" + std::to_string(req.article);
    if (!req.alias.empty()) what += " is named '" + req.alias + "'";
    return request_error(store, what + " (its names: " + names_of(rows) + ")");
  }
  if (moving->size() == rows.size())
    return request_error(store, "every in-article entity of " + describe(o) +
                                    " would move: nothing would be left (its names: " +
                                    names_of(rows) + ")");
  return std::nullopt;
}

// Fills the temporary tables that say which rows move: split_moving (the in-article
// entities), split_whole (articles where all of O's move), split_sentences (in the other
// articles, sentences that mention only moving ones).
std::optional<StoreError> mark_moving(const Store& store, int64_t o,
                                      const std::vector<InArticle>& moving) {
  if (auto err = exec(store.db(),
                      "CREATE TEMP TABLE IF NOT EXISTS split_moving(article_id INTEGER, "
                      "local_id TEXT, PRIMARY KEY (article_id, local_id)); "
                      "CREATE TEMP TABLE IF NOT EXISTS split_whole(article_id INTEGER PRIMARY KEY); "
                      "CREATE TEMP TABLE IF NOT EXISTS split_sentences(sentence_id INTEGER PRIMARY KEY); "
                      "DELETE FROM temp.split_moving; DELETE FROM temp.split_whole; "
                      "DELETE FROM temp.split_sentences;"))
    return StoreError{StoreErrorKind::kQuery, *err, store.path()};
  for (const auto& m : moving)
    if (auto err = change(store, nullptr, "INSERT INTO temp.split_moving VALUES (?1, ?2)",
                          m.article_id, m.local_id))
      return err;
  if (auto err = change(store, nullptr,
                        "INSERT INTO temp.split_whole SELECT DISTINCT s.article_id "
                        "FROM temp.split_moving s WHERE NOT EXISTS (SELECT 1 FROM entity_merges m "
                        "WHERE m.entity_id = ?1 AND m.article_id = s.article_id AND "
                        "(m.article_id, m.local_id) NOT IN temp.split_moving)",
                        o))
    return err;
  return change(store, nullptr,
                "INSERT INTO temp.split_sentences SELECT DISTINCT m.sentence_id FROM mentions m "
                "WHERE m.entity_id = ?1 AND m.sentence_id IS NOT NULL "
                "AND (m.article_id, m.local_id) IN temp.split_moving "
                "AND m.article_id NOT IN temp.split_whole AND NOT EXISTS (SELECT 1 FROM mentions x "
                "WHERE x.sentence_id = m.sentence_id AND x.entity_id = ?1 "
                "AND (x.article_id, x.local_id) NOT IN temp.split_moving)",
                o);
}

// Moves O's references (?2) in the marked scope to N (?1).
std::optional<StoreError> move_marked(const Store& store, int64_t n, int64_t o,
                                      const std::string& note, CorrectionResult* r) {
  const std::string scope =
      " AND (article_id IN temp.split_whole OR sentence_id IN temp.split_sentences)";
  const std::string moving = " AND (article_id, local_id) IN temp.split_moving";
  struct Step {
    std::string sql;
    int64_t* count;
  };
  const Step steps[] = {
      {"UPDATE entity_merges SET entity_id = ?1, decision = 'manual', "
       "reason = ?3 || '; was ' || decision WHERE entity_id = ?2" + moving,
       &r->in_article_entities},
      {"UPDATE mentions SET entity_id = ?1 WHERE entity_id = ?2" + moving,
       &r->mentions},
      {"UPDATE relations SET subject_id = ?1 WHERE subject_id = ?2" + scope,
       &r->relations},
      {"UPDATE relations SET object_id = ?1 WHERE object_id = ?2" + scope,
       &r->relations},
      {"UPDATE events SET place_id = ?1 WHERE place_id = ?2" + scope, &r->events},
      {"UPDATE event_participants SET entity_id = ?1 WHERE entity_id = ?2 "
       "AND event_id IN (SELECT id FROM events WHERE 1" + scope + ")",
       &r->events},
      {"UPDATE quotes SET speaker_id = ?1 WHERE speaker_id = ?2" + scope,
       &r->quotes},
      {"UPDATE edge_facts SET source_id = ?1 WHERE source_id = ?2" + scope,
       &r->edge_facts},
      {"UPDATE edge_facts SET target_id = ?1 WHERE target_id = ?2" + scope,
       &r->edge_facts},
  };
  for (const Step& s : steps)
    if (auto err = change(store, s.count, s.sql, n, o, note)) return err;
  return tidy_edges(store, n);
}

// Surface forms (in-article names and mention texts) of entity `id` by normalised alias:
// one spelling and the articles that used it.
struct Surfaces {
  std::map<std::string, std::pair<std::string, std::set<int64_t>>> by_alias;
};

std::optional<StoreError> surfaces_of(const Store& store, int64_t id, Surfaces* out) {
  Statement st(store.db(),
               "SELECT article_id, name FROM entity_merges WHERE entity_id = ?1 "
               "UNION ALL SELECT article_id, text FROM mentions WHERE entity_id = ?1");
  st.bind(1, id);
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    std::string text = st.text(1), norm = normalise_name(text);
    if (norm.empty()) continue;
    auto& [spelling, articles] = out->by_alias[norm];
    if (spelling.empty()) spelling = text;
    articles.insert(st.int64(0));
  }
  if (rc != SQLITE_DONE) return failed(store, "reading surface forms");
  return std::nullopt;
}

// N gets the aliases of what moved; O keeps those still used by what stayed, recounted.
std::optional<StoreError> split_aliases(const Store& store, int64_t o, int64_t n) {
  Surfaces moved, stayed;
  if (auto err = surfaces_of(store, n, &moved)) return err;
  if (auto err = surfaces_of(store, o, &stayed)) return err;
  for (const auto& [norm, form] : moved.by_alias) {
    const auto& [spelling, articles] = form;
    if (auto err = change(store, nullptr,
                          "INSERT INTO aliases(entity_id, alias, norm_alias, article_count) "
                          "VALUES (?1, ?2, ?3, ?4)",
                          n, spelling, norm, static_cast<int64_t>(articles.size())))
      return err;
    auto left = stayed.by_alias.find(norm);
    int64_t count = left == stayed.by_alias.end() ? 0 : static_cast<int64_t>(left->second.second.size());
    const char* sql = count == 0
                          ? "DELETE FROM aliases WHERE entity_id = ?1 AND norm_alias = ?2"
                          : "UPDATE aliases SET article_count = ?3 WHERE entity_id = ?1 AND norm_alias = ?2";
    if (auto err = change(store, nullptr, sql, o, norm, count)) return err;
  }
  return std::nullopt;
}

// O's name, when it was one of the moved names: the longest name left.
std::optional<StoreError> rename_if_moved(const Store& store, const EntityRow& o) {
  std::vector<InArticle> left;
  if (auto err = in_article_entities(store, o.id, &left)) return err;
  for (const auto& r : left)
    if (name_key(r.name, o.type) == o.norm_name) return std::nullopt;
  std::string name = longest_name(left);
  return change(store, nullptr, "UPDATE entities SET name = ?1, norm_name = ?2 WHERE id = ?3", name,
                name_key(name, o.type), o.id);
}

// A `split` override for each moved name key that nothing left in O has.
std::optional<StoreError> split_overrides(const Store& store, const EntityRow& o,
                                          const std::vector<InArticle>& moving,
                                          const std::vector<InArticle>& rows,
                                          const std::string& note, CorrectionResult* result) {
  std::set<std::string> kept;
  for (const auto& r : rows)
    if (std::none_of(moving.begin(), moving.end(), [&](const InArticle& m) {
          return m.article_id == r.article_id && m.local_id == r.local_id;
        }))
      kept.insert(name_key(r.name, r.type));
  std::set<std::pair<std::string, std::string>> done;
  for (const auto& m : moving) {
    std::string key = name_key(m.name, m.type);
    if (key.empty() || kept.count(key) || !done.insert({key, m.type}).second) continue;
    if (auto err = put_override(store, {"split", key, m.type, o.id, note}, result)) return err;
  }
  return std::nullopt;
}

}  // namespace

std::optional<StoreError> merge_entities(Store& store, const MergeRequest& request,
                                         CorrectionResult* result) {
  *result = CorrectionResult{};
  CorrectionResult r;
  auto err = in_transaction(store, [&]() -> std::optional<StoreError> {
    EntityRow a, b;
    if (auto e = read_entity(store, request.into, &a)) return e;
    if (auto e = read_entity(store, request.from, &b)) return e;
    if (a.id == b.id) return request_error(store, describe(a) + " cannot be merged into itself");
    std::vector<InArticle> rows;
    if (auto e = in_article_entities(store, b.id, &rows)) return e;
    const std::string note =
        with_reason("merged by hand from " + describe(b) + " into " + describe(a), request.reason);
    r.entity_id = a.id;
    r.other_id = b.id;
    r.other_name = b.name;
    r.other_type = b.type;
    if (auto e = move_references(store, a.id, b.id, note, &r)) return e;
    if (auto e = tidy_edges(store, a.id)) return e;
    // Later articles' entities named like B's go to A.
    std::set<std::pair<std::string, std::string>> keys{{b.norm_name, b.type}};
    for (const auto& row : rows) keys.insert({name_key(row.name, row.type), row.type});
    for (const auto& [key, type] : keys)
      if (!key.empty())
        if (auto e = put_override(store, {"merge", key, type, a.id, note}, &r)) return e;
    return recount(store, a.id);
  });
  if (!err) *result = std::move(r);
  return err;
}

std::optional<StoreError> split_entity(Store& store, const SplitRequest& request,
                                       CorrectionResult* result) {
  *result = CorrectionResult{};
  CorrectionResult r;
  auto err = in_transaction(store, [&]() -> std::optional<StoreError> {
    EntityRow o;
    if (auto e = read_entity(store, request.entity, &o)) return e;
    std::vector<InArticle> rows, moving;
    if (auto e = in_article_entities(store, o.id, &rows)) return e;
    if (auto e = select_moving(store, o, request, rows, &moving)) return e;
    const std::string name = longest_name(moving);
    const std::string type = request.type.empty() ? moving.front().type : request.type;
    if (auto e = change(store, nullptr,
                        "INSERT INTO entities(name, type, norm_name) VALUES (?1, ?2, ?3)", name,
                        type, name_key(name, type)))
      return e;
    const int64_t n = sqlite3_last_insert_rowid(store.db());
    const std::string note = with_reason(
        "split by hand from " + describe(o) + " into " + entity_label(n, name),
        request.reason);
    r.entity_id = o.id;
    r.other_id = n;
    r.other_name = name;
    r.other_type = type;
    if (auto e = mark_moving(store, o.id, moving)) return e;
    if (auto e = move_marked(store, n, o.id, note, &r)) return e;
    if (auto e = split_aliases(store, o.id, n)) return e;
    if (auto e = split_overrides(store, o, moving, rows, note, &r)) return e;
    if (auto e = rename_if_moved(store, o)) return e;
    if (auto e = recount(store, o.id)) return e;
    return recount(store, n);
  });
  if (!err) *result = std::move(r);
  return err;
}

std::optional<StoreError> absorb_entity(const Store& store, int64_t into, int64_t from,
                                        const std::string& decision, const std::string& reason) {
  CorrectionResult r;
  if (auto e = move_references(store, into, from, reason, &r, decision)) return e;
  if (auto e = tidy_edges(store, into)) return e;
  return recount(store, into);
}

}  // namespace newsgraph::graph
