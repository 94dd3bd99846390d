// Cross-article entity resolution: which canonical entity of the store an in-article entity
// (extractor::Entity, the output of in-article coreference) is.
//
// Method (deterministic, conservative, in this order):
//   1. same knowledge-base id (Entity::kb), when both have one;
//   2. same normalised canonical name (normalise_name) and a compatible type: equal, or both
//      in {GPE, LOC} (the contract's lenient pair: "Beijing" is tagged either way);
//   3. an alias link, when it names exactly one compatible entity: the article's name is an
//      alias of a stored entity ("Carney" -> "Mark Carney"), or a stored entity's name is an
//      alias of the article's entity (stored "Carney", article "Mark Carney" with alias
//      "Carney"; the canonical name then becomes the longer one);
//   4. otherwise a new canonical entity. Two or more alias candidates are ambiguous: a new
//      entity, with the candidates named in the reason.
// Every decision is a row of `entity_merges` (article, in-article id, canonical id, decision,
// reason), so a later `merge`/`split` can move in-article entities between canonical ones.
//
// Thread safety: functions of the connection they are given; call from the writer only.
#ifndef NEWSGRAPH_GRAPH_RESOLVE_H_
#define NEWSGRAPH_GRAPH_RESOLVE_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "extractor/document.h"

namespace newsgraph::graph {

// The lookup key of a name: Unicode case folding (ICU), a leading "the " dropped, a trailing
// possessive ('s, ’s) dropped, dots removed, runs of white space made one space, trimmed.
// "The U.S." -> "us"; "Canada's" -> "canada"; "Mark  CARNEY" -> "mark carney".
std::string normalise_name(std::string_view name);

// Equal types, or both GPE/LOC.
bool types_compatible(std::string_view a, std::string_view b);

struct MergeDecision {
  int64_t entity_id = 0;
  std::string decision;  // "kb", "name", "alias", "new", "ambiguous"
  std::string reason;    // human-readable: "alias 'carney' of #3 Mark Carney"
  bool created = false;  // a new canonical entity was inserted
};

// Resolves `entity` (name, type, aliases, kb) against the entities table, inserting a new
// entity when nothing matches, and records its aliases. Does not touch counts or
// entity_merges (write_article does). Returns nullopt or the SQLite error message.
std::optional<std::string> resolve_entity(sqlite3* db, const extractor::Entity& entity,
                                          MergeDecision* decision);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_RESOLVE_H_
