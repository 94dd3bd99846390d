// The SQLite schema of a Newsgraph store and its migrations. graph/SCHEMA.md documents every
// table, view and column; this header is the code side of that page.
//
// A Newsgraph file is recognised by `PRAGMA application_id` = kApplicationId; its schema version
// is `PRAGMA user_version`. A file at an older version is migrated forward, one step at a time,
// inside the caller's write transaction (migrate_schema). A newer version is refused: this
// program cannot know what the newer tables mean.
//
// Thread safety: pure functions of the connection they are given.
#ifndef NEWSGRAPH_GRAPH_SCHEMA_H_
#define NEWSGRAPH_GRAPH_SCHEMA_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

namespace newsgraph::graph {

// 'NGRF' (Newsgraph file) as a big-endian 32-bit integer, in the database header at offset 68.
inline constexpr int32_t kApplicationId = 0x4E475246;

// The schema version this code writes. Version history:
//   1  first schema (articles, sentences + FTS5, entities, aliases, entity_merges, mentions,
//      relations, timexes, events, event_participants, quotes, edge_facts; views edges,
//      entity_timeline)
//   2  entity_overrides: the journalist's merges and splits (newsgraph merge / split), which
//      later ingests obey
//   3  articles.country, country_source, country_evidence, named_countries (the article's
//      country context) and entity_merges.country, country_source (the country of each
//      in-article entity): the evidence that keeps apart same-name bodies of two countries
inline constexpr int kSchemaVersion = 4;

// Creates the schema of kSchemaVersion in an empty database (no tables, user_version 0), or
// migrates one at an older version. Call inside a write transaction. Returns nullopt or the
// SQLite error message.
std::optional<std::string> migrate_schema(sqlite3* db, int from_version);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_SCHEMA_H_
