// A journalist's corrections to cross-article entity resolution (graph/resolve.h): merge two
// canonical entities the resolver kept apart, or split in-article entities out of a canonical
// entity the resolver merged wrongly. The CLI verbs `newsgraph merge` and `newsgraph split`.
//
//   CorrectionResult r;
//   merge_entities(store, {.into = 3, .from = 7, .reason = "RCMP is its abbreviation"}, &r);
//   split_entity(store, {.entity = 1, .alias = "Carney", .reason = "the coach"}, &r);
//
// merge_entities: everything of entity `from` (B) moves to `into` (A): its in-article entities
// (entity_merges rows: decision `manual`, the reason says from where and why), mentions,
// aliases (article counts added), relations (subject and object), event places and
// participants, quote speakers and edge facts (self-links dropped, symmetric links re-ordered
// smaller id first, duplicates dropped). B is deleted; A keeps its name, takes B's kb when it
// has none; A's mention_count and article_count are recounted from its mentions and
// entity_merges rows. One `merge` override per name key (graph/resolve.h name_key) and type
// of B's in-article entities sends later articles' entities so named to A.
//
// split_entity: the in-article entities of `entity` (O) that were written for `article`
// and/or whose name has the key of `alias` move to a new canonical entity N (named after the
// longest of their names; type `type`, else theirs), with their mentions and aliases. Facts
// (relations, event places and participants, quote speakers, edge facts) move with them: all
// of O's facts in an article where every in-article entity of O moves; in an article where
// some stay, the facts whose sentence mentions a moving in-article entity and no staying one.
// Each moved name key that no in-article entity left in O has gets a `split` override: later
// articles' entities so named never join O (a name both keep, "First National Bank", needs
// none: two entities of one name are told apart by evidence or left ambiguous). O's name
// becomes the longest name left when its own name moved; both are recounted.
//
// Overrides live in `entity_overrides` (graph/SCHEMA.md), one row per (name key, type,
// entity): the latest decision for a pair replaces an earlier one.
//
// Each call is one transaction (BEGIN IMMEDIATE ... COMMIT): on error nothing changes.
// Errors (StoreError): kReadOnly for a read-only store; kQuery with a one-line message for a
// request that cannot be done ("no entity #9", "#3 'Canada' cannot be merged into itself",
// "no in-article entity of #1 'Mark Carney' is named 'Bob' (its names: 'Carney', 'Mark
// Carney')", "every in-article entity of #1 'Mark Carney' would move: nothing would be left");
// kLocked, kCorrupt ... from SQLite.
// Thread safety: as Store: one thread per Store at a time.
#ifndef NEWSGRAPH_GRAPH_CORRECTIONS_H_
#define NEWSGRAPH_GRAPH_CORRECTIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/store.h"

namespace newsgraph::graph {

struct MergeRequest {
  int64_t into = 0;    // A: the entity that stays
  int64_t from = 0;    // B: the entity merged into A and deleted
  std::string reason;  // the journalist's words, may be empty
};

struct SplitRequest {
  int64_t entity = 0;   // O: the entity to split
  int64_t article = 0;  // only in-article entities of this article (articles.id); 0 = any
  std::string alias;    // only in-article entities with this name (by name key); "" = any
  std::string type;     // the new entity's type (OntoNotes name); "" = the in-article type
  std::string reason;   // the journalist's words, may be empty
};

// A row of entity_overrides.
struct Override {
  std::string kind;        // "merge": entities with this name key go to entity_id;
                           // "split": they never join entity_id
  std::string norm_alias;  // the name key
  std::string type;        // the type of the in-article entities it applies to (compatible types)
  int64_t entity_id = 0;
  std::string reason;
};

struct CorrectionResult {
  int64_t entity_id = 0;    // merge: A; split: O
  int64_t other_id = 0;     // merge: B (now deleted); split: N (new)
  std::string other_name;   // B's or N's name
  std::string other_type;   // B's or N's type
  // Rows whose entity changed.
  int64_t in_article_entities = 0, mentions = 0, relations = 0, events = 0, quotes = 0,
          edge_facts = 0;
  std::vector<Override> overrides;  // written by this call
};

std::optional<StoreError> merge_entities(Store& store, const MergeRequest& request,
                                         CorrectionResult* result);

std::optional<StoreError> split_entity(Store& store, const SplitRequest& request,
                                       CorrectionResult* result);

// The writer's own late merge (graph/store.h write_article): moves everything of entity
// `from` to `into` as merge_entities does, inside the caller's open transaction (no BEGIN or
// COMMIT) and without overrides (later articles find `into` by the aliases that moved). The
// moved entity_merges rows get `decision` and the reason "<reason>; was <old decision>".
// Errors: kQuery ... from SQLite; on error the caller rolls its transaction back.
std::optional<StoreError> absorb_entity(const Store& store, int64_t into, int64_t from,
                                        const std::string& decision, const std::string& reason);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_CORRECTIONS_H_
