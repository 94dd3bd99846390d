// The entity graph of a store, for other tools: `newsgraph export` (../shared/spec/interface.md
// section 1). read_entity_graph() reads nodes (entities) and edges (the `edges` view,
// graph/SCHEMA.md); the writers print it as
//   GraphML   (Gephi, Cytoscape, yEd; http://graphml.graphdrawing.org/specification.html),
//   JSON      node-link form of networkx's node_link_data / D3 force layouts:
//             {"directed": true, "multigraph": true, "graph": {}, "nodes": [...], "links": [...]},
//   DOT       (Graphviz; https://graphviz.org/doc/info/lang.html), a digraph,
//   CSV       two files in the neo4j-admin import layout (RFC 4180 quoting):
//             nodes   id:ID,name,:LABEL,mentions:int,articles:int
//             edges   :START_ID,:END_ID,:TYPE,weight:int,first_date,last_date,predicate,
//                     former:boolean
//             :LABEL is the entity type (PERSON ...); :TYPE the predicate upper-cased with
//             every character outside [A-Z0-9_] made "_" ("event:MEET" -> EVENT_MEET), the
//             predicate itself is kept in `predicate`.
//
//   Store store;  open_store("news.db", {.mode = OpenMode::kReadOnly}, &store);
//   EntityGraph g;  read_entity_graph(store, {.min_weight = 2}, &g);
//   write_graphml(g, std::cout);
//
// Shapes. Node ids are entities.id; an edge is one (source, target, predicate, former) row of
// `edges`: weight = number of supporting facts, first_date / last_date the TIMEX3 values
// ("2018", "2025-10", "2026-01-16") of its earliest and latest fact, "" when none; former =
// a past role or tie ("former President X", extractor/relations.h), so a past and a current
// link of the same pair and predicate are two edges, told apart in every format (GraphML
// `former` data, default false; JSON `"former"`; DOT `former=true, style=dashed`; CSV
// `former:boolean`). JSON links always carry `"directed"` and `"former"`. Edges keep the stored
// direction (typed relations subject -> object); co_occurs and event:* links are symmetric,
// stored once from the smaller id, and marked undirected where the format can say so
// (symmetric_predicate: GraphML `directed="false"` on the edge, DOT `dir=none`, JSON link
// `"directed": false`; neo4j relationships are always directed), so that a drawing does not
// show "India -> Navarro" for "Navarro accused India": an event's roles are in the store's
// event_participants. Names are UTF-8 and written as they are (escaped for the format).
//
// Errors: read_entity_graph returns StoreError (kQuery ...); the writers only write to `out`
// (the caller checks the stream). Thread safety: as Store; the writers are pure.
#ifndef NEWSGRAPH_GRAPH_EXPORT_H_
#define NEWSGRAPH_GRAPH_EXPORT_H_

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store.h"

namespace newsgraph::graph {

// True for the symmetric predicates: "co_occurs" and "event:<TYPE>".
bool symmetric_predicate(std::string_view predicate);

struct ExportFilter {
  std::string type;        // keep entities of this type (and edges between two of them); "" any
  std::string predicate;   // keep edges with this predicate ("leader_of", "co_occurs"); "" any
  int64_t min_weight = 1;  // keep edges with at least this weight
};

struct GraphNode {
  int64_t id = 0;
  std::string name, type;
  int64_t mentions = 0, articles = 0;
};

struct GraphEdge {
  int64_t source = 0, target = 0;
  std::string predicate;
  int64_t weight = 0;
  std::string first_date, last_date;  // "" when no fact is dated
  bool former = false;                // a past role or tie (edges.former)
};

struct EntityGraph {
  std::vector<GraphNode> nodes;  // by id
  std::vector<GraphEdge> edges;  // by source, target, predicate, former
};

// Reads the graph under `filter`. Nodes: every entity (of filter.type); when an edge filter
// is set (predicate, or min_weight > 1), only the entities that a kept edge touches.
std::optional<StoreError> read_entity_graph(const Store& store, const ExportFilter& filter,
                                            EntityGraph* out);

void write_graphml(const EntityGraph& g, std::ostream& out);
void write_node_link_json(const EntityGraph& g, std::ostream& out);
void write_dot(const EntityGraph& g, std::ostream& out);
void write_nodes_csv(const EntityGraph& g, std::ostream& out);
void write_edges_csv(const EntityGraph& g, std::ostream& out);

// Format helpers, exposed for tests.
// XML 1.0 text/attribute escaping: & < > " ' as entities; control characters that XML 1.0
// forbids (below U+0020 but tab, LF, CR) are dropped.
std::string xml_escape(std::string_view s);
// A DOT double-quoted string, quotes included: \ and " backslashed, newlines as \n.
std::string dot_quote(std::string_view s);
// An RFC 4180 field: quoted (with "" for ") when it holds , " CR or LF, else as is.
std::string csv_field(std::string_view s);
// The neo4j relationship type of a predicate: "event:MEET" -> "EVENT_MEET".
std::string neo4j_type(std::string_view predicate);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_EXPORT_H_
