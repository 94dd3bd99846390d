#include "graph/queries.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cctype>
#include <functional>
#include <memory>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "graph/resolve.h"
#include "graph/schema.h"
#include "graph/sqlite.h"

namespace newsgraph::graph {
namespace {

StoreError query_error(const Store& store, const Statement& st, const std::string& what) {
  return sqlite_error(store.db(), sqlite3_errcode(store.db()), store.path(),
                      what + (st.ok() ? "" : " (prepare)"));
}

// Steps `st` to the end, calling row(st) per row; returns the error, if any.
template <typename F>
std::optional<StoreError> each_row(const Store& store, Statement& st, const std::string& what,
                                   F&& row) {
  if (!st.ok()) return query_error(store, st, what);
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) row(st);
  if (rc != SQLITE_DONE) return query_error(store, st, what);
  return std::nullopt;
}

// Columns id, name, type, mention_count, article_count starting at `c`.
EntityRef read_entity(const Statement& st, int c) {
  return {st.int64(c), st.text(c + 1), st.text(c + 2), st.int64(c + 3), st.int64(c + 4)};
}

// Columns sentence id, sentence text, article id, title, date starting at `c`.
Evidence read_evidence(const Statement& st, int c) {
  return {st.is_null(c) ? 0 : st.int64(c), st.text(c + 1), st.int64(c + 2), st.text(c + 3),
          st.text(c + 4)};
}

constexpr const char* kEntityCols = "id, name, type, mention_count, article_count";

// Columns event id, type, cameo, date, trigger text, role, negated, hedged, then the
// evidence (read_evidence) from 8.
EventFact read_event(const Statement& s) {
  EventFact e;
  e.event_id = s.int64(0);
  e.type = s.text(1);
  e.cameo = s.text(2);
  e.date = s.text(3);
  e.trigger = s.text(4);
  e.role = s.text(5);
  e.negated = s.int64(6) != 0;
  e.hedged = s.int64(7) != 0;
  e.evidence = read_evidence(s, 8);
  return e;
}

int kind_priority(const std::string& predicate) {
  if (predicate == "co_article") return 3;
  if (predicate == "co_occurs") return 2;
  if (predicate.rfind("event:", 0) == 0) return 1;
  return 0;
}

// Fetches entities by id (cached).
class EntityCache {
 public:
  explicit EntityCache(const Store& store)
      : store_(store),
        st_(store.db(), std::string("SELECT ") + kEntityCols + " FROM entities WHERE id = ?1") {}
  std::optional<StoreError> get(int64_t id, EntityRef* out) {
    if (auto it = cache_.find(id); it != cache_.end()) {
      *out = it->second;
      return std::nullopt;
    }
    st_.reset();
    st_.bind(1, id);
    EntityRef e;
    e.id = id;
    if (auto err = each_row(store_, st_, "reading an entity", [&](Statement& s) { e = read_entity(s, 0); }))
      return err;
    cache_[id] = e;
    *out = e;
    return std::nullopt;
  }

 private:
  const Store& store_;
  Statement st_;
  std::unordered_map<int64_t, EntityRef> cache_;
};

// Loads the evidence of a sentence (or, without one, of an article).
class EvidenceLoader {
 public:
  explicit EvidenceLoader(const Store& store)
      : store_(store),
        st_(store.db(),
            "SELECT s.id, s.text, a.id, a.title, a.date FROM articles a "
            "LEFT JOIN sentences s ON s.id = ?1 AND s.article_id = a.id "
            "WHERE a.id = coalesce((SELECT article_id FROM sentences WHERE id = ?1), ?2)") {}
  std::optional<StoreError> get(int64_t sentence_id, int64_t article_id, Evidence* out) {
    st_.reset();
    st_.bind(1, sentence_id).bind(2, article_id);
    *out = Evidence{};
    return each_row(store_, st_, "reading evidence", [&](Statement& s) { *out = read_evidence(s, 0); });
  }

 private:
  const Store& store_;
  Statement st_;
};

// One link of an entity: all edge facts to one other entity with one predicate and direction.
struct Link {
  int64_t other = 0;
  std::string predicate, direction;
  int64_t weight = 0;
  std::string first_date, last_date;
  int64_t sentence_id = 0, article_id = 0;
  bool former = false;  // a past role or tie
};

class LinkReader {
 public:
  // The sentence of the first mention of `entity` in `article`, or 0.
  std::optional<StoreError> first_mention(int64_t article, int64_t entity, int64_t* sentence) {
    mention_.reset();
    mention_.bind(1, article).bind(2, entity);
    *sentence = 0;
    return each_row(store_, mention_, "reading a mention", [&](Statement& s) {
      if (!s.is_null(0)) *sentence = s.int64(0);
    });
  }

  explicit LinkReader(const Store& store)
      : store_(store),
        st_(store.db(),
            "SELECT other, predicate, dir, count(*), min(date), max(date), min(sentence_id), "
            "min(article_id), former FROM ("
            " SELECT target_id AS other, predicate, "
            "   CASE kind WHEN 'relation' THEN 'out' ELSE 'both' END AS dir, sentence_id, "
            "   article_id, date, former FROM edge_facts WHERE source_id = ?1"
            " UNION ALL"
            " SELECT source_id, predicate, CASE kind WHEN 'relation' THEN 'in' ELSE 'both' END, "
            "   sentence_id, article_id, date, former FROM edge_facts WHERE target_id = ?1"
            ") WHERE other <> ?1 GROUP BY other, predicate, dir, former") {}

  std::optional<StoreError> links(int64_t node, std::vector<Link>* out) {
    out->clear();
    st_.reset();
    st_.bind(1, node);
    return each_row(store_, st_, "reading links", [&](Statement& s) {
      out->push_back({s.int64(0), s.text(1), s.text(2), s.int64(3), s.text(4), s.text(5),
                      s.is_null(6) ? 0 : s.int64(6), s.int64(7), s.int64(8) != 0});
    });
  }

  // Entities named in the same articles as `node` but never in one of its sentences (no edge
  // fact): the weakest link, "co_article", weighted by shared articles. Its evidence, the
  // first sentence naming the other entity in the first shared article, is looked up only
  // for the links shown (first_mention).
  std::optional<StoreError> article_links(int64_t node, std::vector<Link>* out) {
    std::set<int64_t> linked;
    for (const auto& l : *out) linked.insert(l.other);
    article_.reset();
    article_.bind(1, node);
    return each_row(store_, article_, "reading article links", [&](Statement& s) {
      if (linked.count(s.int64(0))) return;
      out->push_back({s.int64(0), "co_article", "both", s.int64(1), s.text(2), s.text(3),
                      s.is_null(5) ? 0 : s.int64(5), s.int64(4)});
    });
  }

 private:
  const Store& store_;
  Statement st_;
  Statement mention_{store_.db(),
                     "SELECT sentence_id FROM mentions WHERE article_id = ?1 AND entity_id = ?2 "
                     "ORDER BY start LIMIT 1"};
  Statement article_{store_.db(),
                     "SELECT b.entity_id, count(DISTINCT b.article_id), min(a.date), "
                     " max(a.date), min(b.article_id), NULL "
                     "FROM entity_merges x JOIN entity_merges b ON b.article_id = x.article_id "
                     "JOIN articles a ON a.id = b.article_id "
                     "WHERE x.entity_id = ?1 AND b.entity_id <> ?1 GROUP BY b.entity_id"};
};

std::string flip(const std::string& direction) {
  if (direction == "out") return "in";
  if (direction == "in") return "out";
  return direction;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

}  // namespace

std::optional<StoreError> list_entities(const Store& store, const EntityFilter& filter,
                                        std::vector<EntityRef>* out) {
  out->clear();
  Statement st(store.db(),
               std::string("SELECT ") + kEntityCols +
                   " FROM entities e WHERE (?1 = '' OR type = ?1) AND (?2 = '' OR "
                   "instr(norm_name, ?2) > 0 OR EXISTS (SELECT 1 FROM aliases a WHERE "
                   "a.entity_id = e.id AND instr(a.norm_alias, ?2) > 0)) "
                   "ORDER BY mention_count DESC, article_count DESC, name LIMIT ?3");
  st.bind(1, filter.type).bind(2, normalise_name(filter.match))
      .bind(3, int64_t{filter.limit > 0 ? filter.limit : -1});
  return each_row(store, st, "listing entities",
                  [&](Statement& s) { out->push_back(read_entity(s, 0)); });
}

namespace {

// Appends the entities that `sql` (columns id, name, type, mention_count, article_count; the
// key bound to ?1) selects.
std::optional<StoreError> entities_where(const Store& store, const std::string& sql,
                                         const std::string& key, std::vector<EntityRef>* out) {
  Statement st(store.db(), sql);
  st.bind(1, key);
  return each_row(store, st, "finding an entity",
                  [&](Statement& s) { out->push_back(read_entity(s, 0)); });
}

// find_entity's lookups of a normalised name, tried in order until one finds something.
constexpr const char* kNameLookups[] = {
    // The canonical name.
    "SELECT id, name, type, mention_count, article_count FROM entities WHERE norm_name = ?1 "
    "ORDER BY mention_count DESC, id",
    // Any alias.
    "SELECT e.id, e.name, e.type, e.mention_count, e.article_count FROM aliases a "
    "JOIN entities e ON e.id = a.entity_id WHERE a.norm_alias = ?1 "
    "GROUP BY e.id ORDER BY e.mention_count DESC, e.id",
    // A single word that ends a longer name or alias: a surname ("Singh" -> Jagmeet Singh).
    "SELECT e.id, e.name, e.type, e.mention_count, e.article_count "
    "FROM entities e WHERE instr(?1, ' ') = 0 AND (substr(e.norm_name, -length(?1) - 1) = ' ' || ?1 "
    "OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND "
    "substr(a.norm_alias, -length(?1) - 1) = ' ' || ?1)) "
    "ORDER BY e.mention_count DESC, e.id",
    // Else the word that starts a name: family names come first in Chinese, Korean, Hungarian
    // names ("Meng" -> Meng Wanzhou).
    "SELECT id, name, type, mention_count, article_count FROM entities "
    "WHERE instr(?1, ' ') = 0 AND substr(norm_name, 1, length(?1) + 1) = ?1 || ' ' "
    "ORDER BY mention_count DESC, id",
};

}  // namespace

namespace {

// PERSONs whose name starts with the one-word `key` ("michael" -> Michael Kovrig, Michael
// Spavor).
constexpr const char* kFirstWordPersons =
    "SELECT id, name, type, mention_count, article_count FROM entities "
    "WHERE type = 'PERSON' AND instr(?1, ' ') = 0 AND norm_name > ?1 || ' ' "
    "AND norm_name < ?1 || '!' ORDER BY mention_count DESC, id";

// An entity clearly dominates another with this many times its mentions (and more articles).
constexpr int64_t kClearlyDominates = 3;

void add_new(const std::vector<EntityRef>& more, std::vector<EntityRef>* out) {
  for (const auto& e : more)
    if (std::none_of(out->begin(), out->end(), [&](const EntityRef& o) { return o.id == e.id; }))
      out->push_back(e);
}

// The candidates that must be listed beside what the first lookup found (find_entity, rules
// in queries.h): alias matches no name match dominates, and, beside an alias match, the
// PERSONs a one-word given name starts when there are two or more.
std::optional<StoreError> add_hidden_candidates(const Store& store, const std::string& key,
                                                size_t tier, std::vector<EntityRef>* out) {
  std::vector<EntityRef> more;
  if (tier == 0) {
    // An alias match stays hidden only by a name match with as many mentions and articles.
    if (auto err = entities_where(store, kNameLookups[1], key, &more)) return err;
    more.erase(std::remove_if(more.begin(), more.end(),
                              [&](const EntityRef& a) {
                                return std::any_of(out->begin(), out->end(), [&](const EntityRef& n) {
                                  return n.id == a.id || (n.mention_count >= a.mention_count &&
                                                          n.article_count >= a.article_count);
                                });
                              }),
               more.end());
  }
  if (tier <= 1 && (tier == 1 || !more.empty())) {
    std::vector<EntityRef> persons;
    if (auto err = entities_where(store, kFirstWordPersons, key, &persons)) return err;
    if (persons.size() >= 2) add_new(persons, &more);
  }
  if (more.empty()) return std::nullopt;
  const bool name_vs_alias = tier == 0;
  add_new(more, out);
  std::stable_sort(out->begin(), out->end(), [](const EntityRef& a, const EntityRef& b) {
    return a.mention_count != b.mention_count ? a.mention_count > b.mention_count : a.id < b.id;
  });
  // Between a name match and alias matches, one that clearly dominates is the answer.
  if (name_vs_alias && std::all_of(out->begin() + 1, out->end(), [&](const EntityRef& e) {
        return out->front().mention_count >= kClearlyDominates * e.mention_count &&
               out->front().article_count > e.article_count;
      }))
    out->resize(1);
  return std::nullopt;
}

}  // namespace

std::optional<StoreError> entity_countries(const Store& store, int64_t id,
                                           std::vector<std::string>* out) {
  out->clear();
  Statement st(store.db(),
               "SELECT country FROM entity_merges WHERE entity_id = ?1 AND country IS NOT NULL "
               "AND country <> '' GROUP BY country ORDER BY count(*) DESC, country");
  st.bind(1, id);
  return each_row(store, st, "reading an entity's countries",
                  [&](Statement& s) { out->push_back(s.text(0)); });
}

std::optional<StoreError> find_entity(const Store& store, const std::string& name,
                                      std::vector<EntityRef>* out) {
  out->clear();
  if (name.size() > 1 && name[0] == '#' && all_digits(std::string_view(name).substr(1)))
    return entities_where(store,
                          std::string("SELECT ") + kEntityCols +
                              " FROM entities WHERE id = CAST(?1 AS INTEGER)",
                          name.substr(1), out);
  const std::string norm = normalise_name(name);
  // The name as given, then without leading titles ("President Xi" -> "xi").
  std::vector<std::string> keys{norm};
  if (std::string untitled = person_key(norm); untitled != norm) keys.push_back(untitled);
  for (const std::string& key : keys) {
    if (key.empty()) continue;
    for (size_t tier = 0; tier < std::size(kNameLookups); ++tier) {
      if (auto err = entities_where(store, kNameLookups[tier], key, out)) return err;
      if (!out->empty()) return add_hidden_candidates(store, key, tier, out);
    }
  }
  return find_without_accents(store, keys, out);
}

std::optional<StoreError> find_without_accents(const Store& store,
                                               const std::vector<std::string>& keys,
                                               std::vector<EntityRef>* out) {
  std::set<std::string> wanted;
  for (const auto& k : keys)
    if (!k.empty()) wanted.insert(fold_accents(k));
  // A scan of every name and alias, made only when no key matched exactly.
  Statement st(store.db(),
               "SELECT e.id, e.name, e.type, e.mention_count, e.article_count, a.norm_alias "
               "FROM aliases a JOIN entities e ON e.id = a.entity_id "
               "UNION SELECT e.id, e.name, e.type, e.mention_count, e.article_count, e.norm_name "
               "FROM entities e ORDER BY 4 DESC, 1");
  std::set<int64_t> seen;
  return each_row(store, st, "finding an entity without accents", [&](Statement& s) {
    if (!wanted.count(fold_accents(s.text(5)))) return;
    EntityRef e = read_entity(s, 0);
    if (seen.insert(e.id).second) out->push_back(std::move(e));
  });
}

namespace {

std::optional<StoreError> event_participants(const Store& store, Statement& st, EventFact* ev) {
  st.reset();
  st.bind(1, ev->event_id);
  return each_row(store, st, "reading participants", [&](Statement& s) {
    ev->participants.emplace_back(read_entity(s, 0), s.text(5));
  });
}

constexpr const char* kParticipantsSql =
    "SELECT e.id, e.name, e.type, e.mention_count, e.article_count, p.role "
    "FROM event_participants p JOIN entities e ON e.id = p.entity_id WHERE p.event_id = ?1 "
    "ORDER BY p.rowid";

}  // namespace

namespace {

// The in-article entities that became `entity_id` (entity_merges) and the overrides that
// name it, for entity_profile.
std::optional<StoreError> read_resolution(const Store& store, int64_t entity_id, int64_t lim,
                                          EntityProfile* out) {
  Statement st(store.db(),
               "SELECT m.article_id, a.title, a.date, m.local_id, m.name, m.type, m.decision, "
               "m.reason FROM entity_merges m JOIN articles a ON a.id = m.article_id "
               "WHERE m.entity_id = ?1 ORDER BY a.date, m.article_id, m.local_id LIMIT ?2");
  st.bind(1, entity_id).bind(2, lim);
  if (auto err = each_row(store, st, "reading merge decisions", [&](Statement& s) {
        out->resolution.push_back({s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4),
                                   s.text(5), s.text(6), s.text(7)});
      }))
    return err;
  Statement ov(store.db(),
               "SELECT kind, norm_alias, type, entity_id, reason FROM entity_overrides "
               "WHERE entity_id = ?1 ORDER BY id");
  ov.bind(1, entity_id);
  return each_row(store, ov, "reading overrides", [&](Statement& s) {
    out->overrides.push_back({s.text(0), s.text(1), s.text(2), s.int64(3), s.text(4)});
  });
}

}  // namespace

std::optional<StoreError> entity_profile(const Store& store, int64_t entity_id, int limit,
                                         EntityProfile* out) {
  *out = EntityProfile{};
  const int64_t lim = limit > 0 ? limit : -1;
  bool found = false;
  {
    Statement st(store.db(), std::string("SELECT ") + kEntityCols + ", kb FROM entities WHERE id = ?1");
    st.bind(1, entity_id);
    if (auto err = each_row(store, st, "reading the entity", [&](Statement& s) {
          out->entity = read_entity(s, 0);
          out->kb = s.text(5);
          found = true;
        }))
      return err;
  }
  if (!found)
    return StoreError{StoreErrorKind::kQuery, "no entity #" + std::to_string(entity_id), store.path()};
  {
    Statement st(store.db(),
                 // One row per surface form: an accented alias is also filed under its key
                 // without accents (graph/resolve.h), the same spelling twice.
                 "SELECT alias, max(article_count) AS n FROM aliases WHERE entity_id = ?1 "
                 "GROUP BY alias ORDER BY n DESC, alias LIMIT ?2");
    st.bind(1, entity_id).bind(2, lim);
    if (auto err = each_row(store, st, "reading aliases", [&](Statement& s) {
          out->aliases.push_back({s.text(0), s.int64(1)});
        }))
      return err;
  }
  {
    Statement st(store.db(),
                 // Every article the entity is in, as article_count counts them: also one
                 // that only implies it ("Canadian exports" adds Canada, with no mention).
                 "SELECT a.id, a.title, a.date, a.path, (SELECT count(*) FROM mentions m "
                 "  WHERE m.entity_id = ?1 AND m.article_id = a.id) FROM articles a "
                 "WHERE a.id IN (SELECT article_id FROM entity_merges WHERE entity_id = ?1) "
                 "ORDER BY a.date DESC, a.id DESC LIMIT ?2");
    st.bind(1, entity_id).bind(2, lim);
    if (auto err = each_row(store, st, "reading articles", [&](Statement& s) {
          out->articles.push_back({s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4)});
        }))
      return err;
  }
  // Relations, both directions. Columns: subject 0-4, predicate 5, object 6-10 (may be NULL),
  // literal 11, confidence 12, negated 13, hedged 14, evidence 15-19, former 20.
  for (int out_dir = 1; out_dir >= 0; --out_dir) {
    Statement st(store.db(),
                 std::string(
                     "SELECT s.id, s.name, s.type, s.mention_count, s.article_count, r.predicate, "
                     "o.id, o.name, o.type, o.mention_count, o.article_count, r.object_literal, "
                     "r.confidence, r.negated, r.hedged, "
                     "r.sentence_id, se.text, a.id, a.title, a.date, r.former "
                     "FROM relations r JOIN entities s ON s.id = r.subject_id "
                     "LEFT JOIN entities o ON o.id = r.object_id "
                     "JOIN articles a ON a.id = r.article_id "
                     "LEFT JOIN sentences se ON se.id = r.sentence_id WHERE ") +
                     (out_dir ? "r.subject_id" : "r.object_id") +
                     " = ?1 ORDER BY a.date, r.id LIMIT ?2");
    st.bind(1, entity_id).bind(2, lim);
    auto& list = out_dir ? out->relations_out : out->relations_in;
    if (auto err = each_row(store, st, "reading relations", [&](Statement& s) {
          RelationFact f;
          f.subject = read_entity(s, 0);
          f.predicate = s.text(5);
          if (!s.is_null(6)) f.object = read_entity(s, 6);
          f.object_literal = s.text(11);
          f.confidence = s.real(12);
          f.negated = s.int64(13) != 0;
          f.hedged = s.int64(14) != 0;
          f.evidence = read_evidence(s, 15);
          f.former = s.int64(20) != 0;
          list.push_back(std::move(f));
        }))
      return err;
  }
  {
    Statement st(store.db(),
                 "SELECT ev.id, ev.type, ev.cameo, ev.date, ev.trigger_text, group_concat(p.role), "
                 "ev.negated, ev.hedged, ev.sentence_id, s.text, a.id, a.title, a.date "
                 "FROM event_participants p JOIN events ev ON ev.id = p.event_id "
                 "JOIN articles a ON a.id = ev.article_id "
                 "LEFT JOIN sentences s ON s.id = ev.sentence_id WHERE p.entity_id = ?1 "
                 "GROUP BY ev.id ORDER BY ev.date IS NULL OR ev.date NOT GLOB '[0-9]*', ev.date, "
                 "ev.id LIMIT ?2");
    st.bind(1, entity_id).bind(2, lim);
    if (auto err = each_row(store, st, "reading events", [&](Statement& s) {
          out->events.push_back(read_event(s));
        }))
      return err;
    sort_by_start(&out->events);
    Statement parts(store.db(), kParticipantsSql);
    for (auto& e : out->events)
      if (auto err = event_participants(store, parts, &e)) return err;
  }
  {
    Statement st(store.db(),
                 "SELECT q.text, q.sentence_id, s.text, a.id, a.title, a.date FROM quotes q "
                 "JOIN articles a ON a.id = q.article_id "
                 "LEFT JOIN sentences s ON s.id = q.sentence_id WHERE q.speaker_id = ?1 "
                 "ORDER BY a.date, q.id LIMIT ?2");
    st.bind(1, entity_id).bind(2, lim);
    if (auto err = each_row(store, st, "reading quotes", [&](Statement& s) {
          out->quotes.push_back({s.text(0), read_evidence(s, 1)});
        }))
      return err;
  }
  return read_resolution(store, entity_id, lim, out);
}

std::optional<StoreError> find_article(const Store& store, const std::string& key,
                                       std::vector<ArticleRef>* out) {
  out->clear();
  std::string id = key.size() > 1 && key[0] == '#' ? key.substr(1) : key;
  Statement st(store.db(),
               "SELECT id, title, date, path, 0 FROM articles WHERE "
               "(?2 AND id = CAST(?1 AS INTEGER)) OR (NOT ?2 AND (external_id = ?3 OR path = ?3 "
               "OR substr(path, -length(?3) - 1) = '/' || ?3)) ORDER BY id");
  st.bind(1, id).bind(2, int64_t{all_digits(id)}).bind(3, key);
  return each_row(store, st, "finding an article", [&](Statement& s) {
    out->push_back({s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4)});
  });
}

std::optional<StoreError> neighbors(const Store& store, int64_t entity_id,
                                    const NeighborOptions& options, std::vector<Neighbor>* out) {
  out->clear();
  LinkReader reader(store);
  EntityCache entities(store);
  EvidenceLoader evidence(store);
  std::set<int64_t> seen{entity_id};
  std::vector<int64_t> frontier{entity_id};
  std::vector<Link> links;
  for (int depth = 1; depth <= std::max(1, options.depth) && !frontier.empty(); ++depth) {
    // Candidate entity -> its links from the frontier.
    struct Group {
      std::vector<std::pair<int64_t, Link>> links;  // (via, link)
      int priority = 4;
      int64_t weight = 0;          // of sentence-level links
      int64_t article_weight = 0;  // of co_article links: only breaks ties
      EntityRef entity;
    };
    std::map<int64_t, Group> groups;
    auto add = [&](int64_t node, const Link& l) {
      if (seen.count(l.other)) return;
      if (!options.predicate.empty() && l.predicate != options.predicate) return;
      Group& g = groups[l.other];
      g.priority = std::min(g.priority, kind_priority(l.predicate));
      (l.predicate == "co_article" ? g.article_weight : g.weight) += l.weight;
      g.links.emplace_back(node, l);
    };
    std::vector<std::vector<Link>> by_node(frontier.size());
    for (size_t i = 0; i < frontier.size(); ++i) {
      if (auto err = reader.links(frontier[i], &by_node[i])) return err;
      for (const auto& l : by_node[i]) add(frontier[i], l);
    }
    // co_article links rank last: when the level is full without them, they would be cut.
    const bool full = options.limit > 0 && options.type.empty() &&
                      groups.size() >= static_cast<size_t>(options.limit);
    if (!full && (options.predicate.empty() || options.predicate == "co_article")) {
      for (size_t i = 0; i < frontier.size(); ++i) {
        links = by_node[i];
        size_t before = links.size();
        if (auto err = reader.article_links(frontier[i], &links)) return err;
        for (size_t k = before; k < links.size(); ++k) add(frontier[i], links[k]);
      }
    }
    std::vector<Group*> order;
    for (auto& [id, g] : groups) {
      if (auto err = entities.get(id, &g.entity)) return err;
      if (!options.type.empty() && g.entity.type != options.type) continue;
      order.push_back(&g);
    }
    std::sort(order.begin(), order.end(), [](const Group* a, const Group* b) {
      if (a->priority != b->priority) return a->priority < b->priority;
      if (a->weight != b->weight) return a->weight > b->weight;
      if (a->article_weight != b->article_weight) return a->article_weight > b->article_weight;
      return a->entity.name < b->entity.name;
    });
    if (options.limit > 0 && order.size() > static_cast<size_t>(options.limit))
      order.resize(static_cast<size_t>(options.limit));
    std::vector<int64_t> next;
    for (Group* g : order) {
      std::sort(g->links.begin(), g->links.end(), [](const auto& a, const auto& b) {
        int pa = kind_priority(a.second.predicate), pb = kind_priority(b.second.predicate);
        if (pa != pb) return pa < pb;
        return a.second.weight > b.second.weight;
      });
      for (auto& [via, l] : g->links) {
        if (l.predicate == "co_article" && l.sentence_id == 0)
          if (auto err = reader.first_mention(l.article_id, l.other, &l.sentence_id)) return err;
        Neighbor n;
        n.entity = g->entity;
        n.depth = depth;
        n.via = via;
        n.predicate = l.predicate;
        n.direction = l.direction;
        n.former = l.former;
        n.weight = l.weight;
        n.first_date = l.first_date;
        n.last_date = l.last_date;
        if (auto err = evidence.get(l.sentence_id, l.article_id, &n.evidence)) return err;
        out->push_back(std::move(n));
      }
      seen.insert(g->entity.id);
      next.push_back(g->entity.id);
    }
    frontier = std::move(next);
  }
  return std::nullopt;
}

namespace {
// The order a path prefers its links in: typed relations, then events (then co_occurs); a
// current link before a former one ("former President X" is a weaker tie today); then weight.
bool better_hop(const Link& a, const Link& b) {
  int pa = kind_priority(a.predicate), pb = kind_priority(b.predicate);
  if (pa != pb) return pa < pb;
  if (a.former != b.former) return !a.former;
  return a.weight > b.weight;
}
}  // namespace

std::optional<StoreError> shortest_paths(const Store& store, int64_t from_id, int64_t to_id,
                                         int max_depth, int limit, std::vector<Chain>* out,
                                         bool cooccurrence) {
  out->clear();
  if (from_id == to_id) {
    out->emplace_back();  // the entity itself: one chain of 0 hops
    return std::nullopt;
  }
  if (max_depth < 1) return std::nullopt;
  // Distances from `from_id`, one level deeper per round until `to_id` appears.
  Statement reach(store.db(),
                  "WITH RECURSIVE reach(node, depth) AS ("
                  " SELECT ?1, 0"
                  " UNION"
                  " SELECT f.target_id, r.depth + 1 FROM reach r JOIN edge_facts f"
                  "   ON f.source_id = r.node WHERE r.depth < ?2 AND (?3 OR f.kind <> 'sentence')"
                  " UNION"
                  " SELECT f.source_id, r.depth + 1 FROM reach r JOIN edge_facts f"
                  "   ON f.target_id = r.node WHERE r.depth < ?2 AND (?3 OR f.kind <> 'sentence')"
                  ") SELECT node, min(depth) FROM reach GROUP BY node");
  std::unordered_map<int64_t, int> dist;
  for (int d = 1; d <= max_depth; ++d) {
    dist.clear();
    reach.reset();
    reach.bind(1, from_id).bind(2, int64_t{d}).bind(3, int64_t{cooccurrence});
    if (auto err = each_row(store, reach, "finding paths", [&](Statement& s) {
          dist[s.int64(0)] = static_cast<int>(s.int64(1));
        }))
      return err;
    if (dist.count(to_id)) break;
  }
  auto it = dist.find(to_id);
  if (it == dist.end()) return std::nullopt;

  // Walk back from `to_id` through predecessors one step closer, best links first.
  LinkReader reader(store);
  EntityCache entities(store);
  EvidenceLoader evidence(store);
  std::unordered_map<int64_t, std::vector<Link>> back;  // node -> links to nodes one closer
  auto predecessors = [&](int64_t node) -> std::optional<StoreError> {
    if (back.count(node)) return std::nullopt;
    std::vector<Link> links, keep;
    if (auto err = reader.links(node, &links)) return err;
    int d = dist.at(node);
    std::map<int64_t, Link> best;  // one link per predecessor: the best kind, then weight
    for (auto& l : links) {
      if (!cooccurrence && l.predicate == "co_occurs") continue;
      auto di = dist.find(l.other);
      if (di == dist.end() || di->second != d - 1) continue;
      auto b = best.find(l.other);
      if (b == best.end() || better_hop(l, b->second)) best[l.other] = l;
    }
    for (auto& [id, l] : best) keep.push_back(l);
    std::sort(keep.begin(), keep.end(), [](const Link& a, const Link& b) {
      if (better_hop(a, b) || better_hop(b, a)) return better_hop(a, b);
      return a.other < b.other;
    });
    back[node] = std::move(keep);
    return std::nullopt;
  };
  const size_t want = static_cast<size_t>(std::max(1, limit));
  std::vector<std::pair<int64_t, Link>> stack;  // (node, link to its predecessor), reversed chain
  std::optional<StoreError> failure;
  std::function<void(int64_t)> walk = [&](int64_t node) {
    if (failure || out->size() >= want) return;
    if (node == from_id) {
      Chain chain;
      for (auto i = stack.rbegin(); i != stack.rend(); ++i) {
        Hop h;
        const Link& l = i->second;
        if ((failure = entities.get(l.other, &h.from))) return;
        if ((failure = entities.get(i->first, &h.to))) return;
        h.predicate = l.predicate;
        h.direction = flip(l.direction);  // l is seen from `to`; the hop goes from -> to
        h.weight = l.weight;
        h.former = l.former;
        if ((failure = evidence.get(l.sentence_id, l.article_id, &h.evidence))) return;
        chain.push_back(std::move(h));
      }
      out->push_back(std::move(chain));
      return;
    }
    if ((failure = predecessors(node))) return;
    size_t tried = 0;
    for (const Link& l : back[node]) {
      if (++tried > want) break;  // bounded branching: enough to fill `limit` chains
      stack.emplace_back(node, l);
      walk(l.other);
      stack.pop_back();
      if (failure || out->size() >= want) return;
    }
  };
  walk(to_id);
  if (failure) return failure;
  return std::nullopt;
}

void sort_by_start(std::vector<EventFact>* events) {
  std::vector<std::pair<std::string, size_t>> keyed;  // one key per event, computed once
  keyed.reserve(events->size());
  for (size_t i = 0; i < events->size(); ++i) keyed.emplace_back(date_sort_key((*events)[i].date), i);
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    if (a.first.empty() != b.first.empty()) return b.first.empty();
    return a.first < b.first;
  });
  std::vector<EventFact> sorted;
  sorted.reserve(events->size());
  for (const auto& [key, i] : keyed) sorted.push_back(std::move((*events)[i]));
  *events = std::move(sorted);
}

std::string date_sort_key(std::string_view v) {
  auto digits = [&](size_t at, size_t n) {
    if (v.size() < at + n) return false;
    for (size_t i = at; i < at + n; ++i)
      if (v[i] < '0' || v[i] > '9') return false;
    return true;
  };
  if (!digits(0, 4)) return "";
  const std::string year(v.substr(0, 4));
  if (v.size() == 4 || digits(5, 2)) return std::string(v);  // YYYY, YYYY-MM..., times
  if (v.size() < 7 || v[4] != '-') return "";
  std::string_view part = v.substr(5, 2);
  if (part[0] == 'W' && digits(6, 2)) {
    int y = std::stoi(year), w = std::stoi(std::string(v.substr(6, 2)));
    using namespace std::chrono;
    // Monday of ISO week 1 is the Monday on or before January 4.
    sys_days jan4 = year_month_day{std::chrono::year{y}, January, day{4}};
    sys_days monday = jan4 - (weekday{jan4} - Monday) + days{7 * (w - 1)};
    year_month_day d{monday};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
  }
  static constexpr std::pair<std::string_view, std::string_view> kParts[] = {
      {"Q1", "01"}, {"Q2", "04"}, {"Q3", "07"}, {"Q4", "10"}, {"H1", "01"}, {"H2", "07"},
      {"WI", "01"}, {"SP", "03"}, {"SU", "06"}, {"FA", "09"}};
  for (const auto& [name, month] : kParts)
    if (part == name) {
      std::string key = year;  // appended: GCC 12 warns (-Wrestrict) on year + "-" + ...
      key += '-';
      key += month;
      return key;
    }
  return "";
}

bool within(const std::string& key, const std::string& from, const std::string& to) {
  // Each bound is compared at the shorter precision: "2025-07-07" is within from "2025-07".
  auto cmp = [&](const std::string& bound) {
    size_t n = std::min(key.size(), bound.size());
    return key.compare(0, n, bound, 0, n);
  };
  return (from.empty() || cmp(from) >= 0) && (to.empty() || cmp(to) <= 0);
}

std::optional<StoreError> timeline(const Store& store, int64_t entity_id, const std::string& from,
                                   const std::string& to, bool include_undated,
                                   std::vector<EventFact>* out) {
  out->clear();
  Statement st(store.db(),
               "SELECT event_id, event_type, cameo, d, trigger_text, group_concat(role), "
               "negated, hedged, sentence_id, evidence, article_id, article_title, article_date, "
               "src FROM (SELECT *, coalesce(date, article_date) AS d, "
               "  CASE WHEN date IS NULL THEN 'article' ELSE 'text' END AS src "
               "  FROM entity_timeline WHERE entity_id = ?1 AND (date IS NOT NULL OR ?2)) "
               "WHERE d IS NOT NULL GROUP BY event_id ORDER BY d, event_id");
  st.bind(1, entity_id).bind(2, int64_t{include_undated ? 1 : 0});
  // Weeks, quarters and seasons sort and filter by the calendar date they start on, which
  // SQL's text order gets wrong ("2025-W28" after "2025-09-17").
  if (auto err = each_row(store, st, "reading the timeline", [&](Statement& s) {
        EventFact e = read_event(s);
        e.date_source = s.text(13);
        std::string key = date_sort_key(e.date);
        if (key.empty()) key = e.date;
        if (within(key, from, to)) out->push_back(std::move(e));
      }))
    return err;
  sort_by_start(out);
  Statement parts(store.db(), kParticipantsSql);
  for (auto& e : *out)
    if (auto err = event_participants(store, parts, &e)) return err;
  return std::nullopt;
}

std::string quoted_words_query(const std::string& query) {
  std::string out, word;
  // Each word becomes an FTS5 string; the operators AND, OR, NOT, parentheses and a prefix
  // star keep their meaning ("Saint-Germain OR Dortmund", "(Al-Khelaifi AND February)").
  auto flush = [&] {
    if (word.empty()) return;
    std::string open, close;
    while (!word.empty() && word.front() == '(') { open += '('; word.erase(0, 1); }
    while (!word.empty() && word.back() == ')') { close += ')'; word.pop_back(); }
    bool prefix = !word.empty() && word.back() == '*';
    if (prefix) word.pop_back();
    if (!out.empty()) out += ' ';
    out += open;
    if (word == "AND" || word == "OR" || word == "NOT") {
      out += word;
    } else if (!word.empty()) {
      out += '"';
      for (char c : word) out += c == '"' ? std::string("\"\"") : std::string(1, c);
      out += '"';
      if (prefix) out += '*';
    }
    out += close;
    word.clear();
  };
  for (char c : query) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') flush();
    else word += c;
  }
  flush();
  return out;
}

std::optional<StoreError> search(const Store& store, const std::string& query, int limit,
                                 std::vector<SearchHit>* out) {
  auto err = search_fts(store, query, limit, out);
  // Names and numbers are not FTS5 syntax ("Gilgeous-Alexander" is a column filter to FTS5,
  // "O'Neal" and "14.9" syntax errors): read a query FTS5 rejects as plain words.
  if (err && err->kind == StoreErrorKind::kQuery) {
    const std::string plain = quoted_words_query(query);
    if (plain != query && !plain.empty() && !search_fts(store, plain, limit, out)) return std::nullopt;
  }
  return err;
}

std::optional<StoreError> search_fts(const Store& store, const std::string& query, int limit,
                                     std::vector<SearchHit>* out) {
  out->clear();
  Statement st(store.db(),
               "SELECT s.id, s.text, a.id, a.title, a.date, h.rank FROM "
               "(SELECT rowid AS id, rank FROM sentences_fts WHERE sentences_fts MATCH ?1 "
               " ORDER BY rank LIMIT ?2) h "
               "JOIN sentences s ON s.id = h.id JOIN articles a ON a.id = s.article_id "
               "ORDER BY h.rank, s.id");
  st.bind(1, query).bind(2, int64_t{limit > 0 ? limit : -1});
  if (!st.ok()) return query_error(store, st, "search");
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    SearchHit h;
    h.sentence = read_evidence(st, 0);
    h.rank = st.real(5);
    out->push_back(std::move(h));
  }
  if (rc != SQLITE_DONE) {
    return sqlite_error(store.db(), rc, store.path(), "bad search query '" + query + "'");
  }
  Statement ents(store.db(),
                 "SELECT e.id, e.name, e.type, e.mention_count, e.article_count FROM mentions m "
                 "JOIN entities e ON e.id = m.entity_id WHERE m.sentence_id = ?1 "
                 "GROUP BY e.id ORDER BY min(m.start)");
  for (auto& h : *out) {
    ents.reset();
    ents.bind(1, h.sentence.sentence_id);
    if (auto err = each_row(store, ents, "reading hit entities",
                            [&](Statement& s) { h.entities.push_back(read_entity(s, 0)); }))
      return err;
  }
  return std::nullopt;
}

std::optional<StoreError> run_sql(const Store& store, const std::string& sql, int64_t max_rows,
                                  SqlResult* out) {
  *out = SqlResult{};
  if (store.mode() != OpenMode::kReadOnly)
    return StoreError{StoreErrorKind::kQuery, "sql needs a read-only connection", store.path()};
  sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v2(store.db(), sql.c_str(), static_cast<int>(sql.size()), &raw, &tail);
  if (rc != SQLITE_OK) return sqlite_error(store.db(), rc, store.path(), "");
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, sqlite3_finalize);
  if (!raw) return StoreError{StoreErrorKind::kQuery, "empty SQL", store.path()};
  for (const char* p = tail; p && *p; ++p)
    if (!std::isspace(static_cast<unsigned char>(*p)) && *p != ';')
      return StoreError{StoreErrorKind::kQuery, "one SQL statement at a time", store.path()};
  // Before the first step: VACUUM INTO, PRAGMA journal_mode=... would otherwise create a file
  // or fail with a misleading I/O error on the read-only connection.
  if (!sqlite3_stmt_readonly(raw))
    return StoreError{StoreErrorKind::kReadOnly, "read-only: the sql verb cannot change the database",
                      store.path()};
  const int n = sqlite3_column_count(raw);
  for (int i = 0; i < n; ++i) out->columns.push_back(sqlite3_column_name(raw, i));
  while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
    if (max_rows > 0 && static_cast<int64_t>(out->rows.size()) >= max_rows) continue;
    std::vector<SqlValue> row(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
      SqlValue& v = row[static_cast<size_t>(i)];
      switch (sqlite3_column_type(raw, i)) {
        case SQLITE_INTEGER:
          v.kind = SqlValue::kInteger;
          v.integer = sqlite3_column_int64(raw, i);
          break;
        case SQLITE_FLOAT:
          v.kind = SqlValue::kReal;
          v.real = sqlite3_column_double(raw, i);
          break;
        case SQLITE_TEXT:
          v.kind = SqlValue::kText;
          v.text.assign(reinterpret_cast<const char*>(sqlite3_column_text(raw, i)),
                        static_cast<size_t>(sqlite3_column_bytes(raw, i)));
          break;
        case SQLITE_BLOB:
          v.kind = SqlValue::kBlob;
          v.text.assign(static_cast<const char*>(sqlite3_column_blob(raw, i)),
                        static_cast<size_t>(sqlite3_column_bytes(raw, i)));
          break;
        default:
          break;
      }
    }
    out->rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) return sqlite_error(store.db(), rc, store.path(), "");
  return std::nullopt;
}

std::optional<StoreError> store_stats(const Store& store, StoreStats* out) {
  *out = StoreStats{};
  int64_t version = 0;
  {
    Statement st(store.db(), "PRAGMA user_version");
    if (auto err = each_row(store, st, "stats", [&](Statement& s) { version = s.int64(0); }))
      return err;
  }
  out->schema_version = static_cast<int>(version);
  // Table names are constants of this program, never user input.
  static constexpr const char* kTables[] = {
      "articles", "sentences", "entities", "aliases", "entity_merges", "mentions", "relations",
      "timexes",  "events",    "event_participants", "quotes", "edge_facts", "entity_overrides"};
  for (const char* t : kTables) {
    Statement st(store.db(), std::string("SELECT count(*) FROM ") + t);
    int64_t n = 0;
    if (auto err = each_row(store, st, "stats", [&](Statement& s) { n = s.int64(0); })) return err;
    out->counts.emplace_back(t, n);
  }
  {
    Statement st(store.db(), "SELECT type, count(*) FROM entities GROUP BY type ORDER BY 2 DESC, 1");
    if (auto err = each_row(store, st, "stats", [&](Statement& s) {
          out->entity_types.emplace_back(s.text(0), s.int64(1));
        }))
      return err;
  }
  {
    Statement st(store.db(), "SELECT extractor, count(*) FROM articles GROUP BY 1 ORDER BY 1");
    if (auto err = each_row(store, st, "stats", [&](Statement& s) {
          out->extractors.emplace_back(s.text(0), s.int64(1));
        }))
      return err;
  }
  {
    Statement st(store.db(), "SELECT min(date), max(date) FROM articles");
    if (auto err = each_row(store, st, "stats", [&](Statement& s) {
          out->first_date = s.text(0);
          out->last_date = s.text(1);
        }))
      return err;
  }
  struct stat sb {};
  if (::stat(store.path().c_str(), &sb) == 0) out->file_bytes += sb.st_size;
  if (::stat((store.path() + "-wal").c_str(), &sb) == 0) out->file_bytes += sb.st_size;
  return std::nullopt;
}

}  // namespace newsgraph::graph
