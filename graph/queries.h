// The questions a Newsgraph store answers: the queries behind the CLI verbs `entities`,
// `entity`, `neighbors`, `path`, `timeline`, `search`, `sql` and `stats`, and the lookups of
// `merge` and `split`
// (../shared/spec/interface.md section 1). Each returns plain structs; printing is the CLI's.
//
//   Store store;
//   open_store("news.db", {.mode = OpenMode::kReadOnly}, &store);
//   std::vector<EntityRef> found;
//   find_entity(store, "carney", &found);     // any alias, case-insensitive
//   if (found.size() == 1) neighbors(store, found[0].id, {}, &links);
//
// Names. find_entity() matches a canonical name first, then any alias, after
// normalise_name() (graph/resolve.h): "carney", "CARNEY" and "Carney's" find "Mark Carney";
// a single word also finds the names it ends ("Jinping": Xi Jinping); failing all that, the
// name without leading titles is looked up the same way ("President Xi": Xi Jinping).
// "#42" names entity 42. Zero results: unknown; two or more: ambiguous, list them.
//
// Evidence. Every link, hop and event comes with one sentence of an article that supports it
// (the first stored), its article title and date.
//
// Edges. A link between two entities is an `edge_facts` row (graph/SCHEMA.md): a typed
// relation (directed, predicate "leader_of", "rel:arrest" ...), two participants of one event
// ("event:MEET"), or two entities in one sentence ("co_occurs"). Weight = number of facts.
// neighbors() also lists, last, entities named in the same articles but in no common sentence
// ("co_article", weight = shared articles; GDELT GKG's article-level co-mention); paths do
// not use them, and use co_occurs only when asked.
//
// Dates are TIMEX3 values of varying precision ("2018", "2025-10", "2026-01-16"); a range
// bound is compared at the value's own precision, so "2018" lies within --from 2018-06-01.
//
// Errors: StoreError (kind kQuery for a bad FTS5 query or SQL, kLocked, kCorrupt ...).
// Thread safety: as Store: one thread per Store at a time.
#ifndef NEWSGRAPH_GRAPH_QUERIES_H_
#define NEWSGRAPH_GRAPH_QUERIES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/corrections.h"
#include "graph/store.h"

namespace newsgraph::graph {

struct EntityRef {
  int64_t id = 0;
  std::string name;
  std::string type;
  int64_t mention_count = 0;
  int64_t article_count = 0;
};

struct Evidence {
  int64_t sentence_id = 0;   // 0 when the fact has no sentence
  std::string text;          // the sentence
  int64_t article_id = 0;
  std::string article_title;
  std::string article_date;  // "YYYY-MM-DD" or ""
};

// ---- entities -----------------------------------------------------------------------------
struct EntityFilter {
  std::string type;   // "PERSON" ...; empty = any
  std::string match;  // substring of the name or an alias, case-insensitive; empty = any
  int limit = 50;     // <= 0: no limit
};
// Canonical entities, most mentioned first (then by name).
std::optional<StoreError> list_entities(const Store& store, const EntityFilter& filter,
                                        std::vector<EntityRef>* out);

// ---- names --------------------------------------------------------------------------------
// Entities whose canonical name (else, when none, any alias; else, for one word, the last
// word of a name or alias: "Singh" finds Jagmeet Singh; else the first word of a name: "Meng"
// finds Meng Wanzhou) normalises like `name`, then the same for `name` without leading titles
// (person_key, graph/resolve.h), most mentioned first. "#ID" finds entity ID.
// Candidates a first match must not hide (all are listed, most mentioned first, so the caller
// reports the name as ambiguous):
//   - beside name matches, every alias match that no name match dominates; a name match
//     dominates an alias match when it has at least as many mentions and as many articles
//     ("Meng", an ORG of one article, does not hide Meng Wanzhou, whose alias it is); and
//     when one of them clearly dominates all the others (at least 3 times the mentions of
//     each and more articles), it alone is the answer;
//   - beside alias matches of a one-word name, the PERSONs whose names start with it when
//     there are two or more ("Michael", an alias of Michael Spavor, also lists Michael Kovrig):
//     a lone given name does not say which of them.
//   - when no key matches, names and aliases compared without accents (fold_accents:
//     "sebastien lecornu" finds "Sébastien Lecornu"), most mentioned first.
std::optional<StoreError> find_entity(const Store& store, const std::string& name,
                                      std::vector<EntityRef>* out);

// The countries (ISO 3166-1 alpha-2 codes, entity_merges.country: the one an article states
// for it, else the article's country context) of entity `id`'s in-article entities, each
// once, the most frequent first: how to tell apart the candidates of an ambiguous name
// ("Democratic Party": #6 HK, #9 KR, #18 US). Empty for rows stored before schema version 3.
std::optional<StoreError> entity_countries(const Store& store, int64_t id,
                                           std::vector<std::string>* out);
// find_entity's last resort: the entities a name or alias of which equals one of `keys`
// (normalise_name keys) once both are without accents.
std::optional<StoreError> find_without_accents(const Store& store,
                                               const std::vector<std::string>& keys,
                                               std::vector<EntityRef>* out);

// ---- entity -------------------------------------------------------------------------------
struct RelationFact {
  EntityRef subject;
  std::string predicate;
  std::optional<EntityRef> object;  // nullopt when the object is a literal
  std::string object_literal;       // "Prime Minister" (position_held)
  double confidence = 0;
  bool negated = false, hedged = false;
  bool former = false;  // a past role: "former President X" (relations.former)
  Evidence evidence;
};

struct EventFact {
  int64_t event_id = 0;
  std::string type, cameo, date, trigger;
  std::string date_source;                  // "text" (the event's own date) or "article" (its DCT)
  std::string role;                         // the profiled entity's role, "" in timelines of others
  std::vector<std::pair<EntityRef, std::string>> participants;  // (entity, role), all of them
  bool negated = false, hedged = false;
  Evidence evidence;
};

struct QuoteFact {
  std::string text;
  Evidence evidence;
};

struct AliasCount {
  std::string alias;
  int64_t article_count = 0;
};

struct ArticleRef {
  int64_t id = 0;
  std::string title, date, path;
  int64_t mentions = 0;  // of the profiled entity in it
};

// How one in-article entity became the profiled entity: a row of entity_merges.
struct ResolutionRecord {
  int64_t article_id = 0;
  std::string article_title, article_date;
  std::string local_id;  // "E1": the in-article id of the extraction JSON
  std::string name, type;
  std::string decision;  // "manual", "kb", "name", "alias", "conflict", "ambiguous", "new"
  std::string reason;
};

struct EntityProfile {
  EntityRef entity;
  std::string kb;
  std::vector<AliasCount> aliases;       // most frequent first
  std::vector<ArticleRef> articles;      // newest first
  std::vector<RelationFact> relations_out, relations_in;
  std::vector<EventFact> events;         // dated ones first, in time order
  std::vector<QuoteFact> quotes;
  std::vector<ResolutionRecord> resolution;  // oldest article first
  std::vector<Override> overrides;           // the journalist's, that name this entity
};
// Everything about one entity; each list (but overrides) capped at `limit` rows (<= 0: no cap).
std::optional<StoreError> entity_profile(const Store& store, int64_t entity_id, int limit,
                                         EntityProfile* out);

// ---- articles -----------------------------------------------------------------------------
// Articles named by `key`: "#12" or "12" is articles.id 12; anything else is an external id
// (header ID, JSON id, file stem), a stored path, or the file name ending one. ArticleRef's
// `mentions` is 0. Zero results: unknown; two or more: ambiguous.
std::optional<StoreError> find_article(const Store& store, const std::string& key,
                                       std::vector<ArticleRef>* out);

// ---- neighbors ----------------------------------------------------------------------------
struct NeighborOptions {
  int depth = 1;          // 1 = direct links; each further level expands the previous one
  std::string predicate;  // keep links with this predicate ("leader_of", "event:MEET", "co_occurs")
  std::string type;       // keep neighbours of this entity type
  int limit = 50;         // per level (<= 0: no limit)
};

struct Neighbor {
  EntityRef entity;
  int depth = 1;
  int64_t via = 0;          // the entity at depth - 1 it is linked to
  std::string predicate;
  std::string direction;    // "out" (via -> entity), "in" (entity -> via), "both" (symmetric)
  bool former = false;      // a past role or tie (edge_facts.former): a row apart from current ones
  int64_t weight = 0;
  std::string first_date, last_date;
  Evidence evidence;
};
// Links of `entity_id`, level by level; within a level the neighbours with a typed relation
// come first, then events, co_occurs and co_article, each by total weight (co_article weight
// only breaks ties). A neighbour appears at its lowest depth only, with each of its links
// (predicate and direction) as one row. co_article links are looked for only when a level
// has room for them (fewer than `limit` neighbours linked otherwise, or a --type filter).
std::optional<StoreError> neighbors(const Store& store, int64_t entity_id,
                                    const NeighborOptions& options, std::vector<Neighbor>* out);

// ---- path ---------------------------------------------------------------------------------
struct Hop {
  EntityRef from, to;
  std::string predicate, direction;
  int64_t weight = 0;
  bool former = false;  // a past role or tie ("former President X"; edge_facts.former)
  Evidence evidence;
};
using Chain = std::vector<Hop>;
// The shortest chains (up to `limit`) from `from_id` to `to_id` of at most `max_depth` hops
// over relation and event links (edge_facts kinds `relation`, `event`), and over co_occurs
// links (kind `sentence`) only with `cooccurrence`. Distances come from a recursive CTE over
// edge_facts, deepened one level at a time until `to_id` is reached; chains prefer typed
// relations over event (and co_occurs) links, and a current link over a former one of the same
// kind (weight breaks the remaining ties). Empty when not connected within max_depth;
// one empty chain (0 hops) when from_id == to_id.
std::optional<StoreError> shortest_paths(const Store& store, int64_t from_id, int64_t to_id,
                                         int max_depth, int limit, std::vector<Chain>* out,
                                         bool cooccurrence = false);

// ---- timeline -----------------------------------------------------------------------------
// Dated events in which `entity_id` participates, oldest first by date_sort_key; `from`/`to`
// ("" = open) bound that key at the shorter of the two precisions (within()). With `include_undated`, events without a calendar
// date of their own are listed too, dated by their article's publication date (date_source
// "article").
std::optional<StoreError> timeline(const Store& store, int64_t entity_id, const std::string& from,
                                   const std::string& to, bool include_undated,
                                   std::vector<EventFact>* out);

// The calendar form a TIMEX3 date value sorts and filters by: the value itself when it is a
// year, month, day or time ("2025", "2025-07", "2025-07-15T14:30"); the day an ISO week
// starts ("2025-W28" -> "2025-07-07"); the month a quarter, half or season starts
// ("2025-Q3" -> "2025-07", "2025-H2" -> "2025-07", "1998-SU" -> "1998-06", "WI" -> "-01");
// "" for anything else ("PRESENT_REF", "XXXX-10").
std::string date_sort_key(std::string_view value);
// Sorts `events` in place, stably, by date_sort_key of their `date`; events whose key is ""
// (undated, "PRESENT_REF", "XXXX-10") come last, in their order. Used by timeline() and
// entity_profile() so both list a week before a day inside it.
void sort_by_start(std::vector<EventFact>* events);
// True when `key` is not before `from` and not after `to` ("" = open), each compared on the
// shorter of the two strings: "2025-07-07" is within "2025-07".."2025-08", "2025" within
// "2025-03".."2025-04".
bool within(const std::string& key, const std::string& from, const std::string& to);

// ---- search -------------------------------------------------------------------------------
struct SearchHit {
  Evidence sentence;
  double rank = 0;                  // FTS5 bm25 rank, lower is better
  std::vector<EntityRef> entities;  // mentioned in the sentence
};
// FTS5 full-text search over sentences (FTS5 query syntax; porter-stemmed, case- and
// diacritic-insensitive), best first. A query FTS5 rejects is read again as plain words, each
// a quoted phrase (quoted_words_query), so names and numbers with hyphens, apostrophes and
// dots ("Gilgeous-Alexander", "O'Neal", "U.S. Steel", "14.9") find their sentences. A query
// malformed both ways is a kQuery error with FTS5's message.
std::optional<StoreError> search(const Store& store, const std::string& query, int limit,
                                 std::vector<SearchHit>* out);
// The same, FTS5 syntax only.
std::optional<StoreError> search_fts(const Store& store, const std::string& query, int limit,
                                     std::vector<SearchHit>* out);
// Each white-space-separated word of `query` as an FTS5 quoted phrase ("" inside doubled):
// `Lee Jae-myung` -> `"Lee" "Jae-myung"` (FTS5 ANDs them; a phrase's tokens must be adjacent).
// The operators AND, OR and NOT, parentheses and a final prefix `*` are kept:
// `(Saint-Germain OR Dortmund) AND Mbapp*` -> `("Saint-Germain" OR "Dortmund") AND "Mbapp"*`.
std::string quoted_words_query(const std::string& query);

// ---- sql ----------------------------------------------------------------------------------
struct SqlValue {
  enum Kind : uint8_t { kNull, kInteger, kReal, kText, kBlob } kind = kNull;
  int64_t integer = 0;
  double real = 0;
  std::string text;  // text, or the blob's bytes
};
struct SqlResult {
  std::vector<std::string> columns;
  std::vector<std::vector<SqlValue>> rows;
};
// Runs one SQL statement on `store`, which must be opened kReadOnly (the connection refuses
// writes: SQLITE_OPEN_READONLY and PRAGMA query_only). More than one statement is an error; so
// is a statement that sqlite3_stmt_readonly() says may write (INSERT, VACUUM [INTO], PRAGMA
// journal_mode, ...): "read-only: the sql verb cannot change the database", refused before it
// runs, so no file is created.
// `max_rows` caps the rows kept (<= 0: all).
std::optional<StoreError> run_sql(const Store& store, const std::string& sql, int64_t max_rows,
                                  SqlResult* out);

// ---- stats --------------------------------------------------------------------------------
struct StoreStats {
  int schema_version = 0;
  int64_t file_bytes = 0;  // the database file plus its -wal file
  std::vector<std::pair<std::string, int64_t>> counts;  // table -> rows, in schema order
  std::vector<std::pair<std::string, int64_t>> entity_types;  // type -> entities
  std::vector<std::pair<std::string, int64_t>> extractors;    // version -> articles
  std::string first_date, last_date;  // publication dates of the articles
};
std::optional<StoreError> store_stats(const Store& store, StoreStats* out);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_QUERIES_H_
