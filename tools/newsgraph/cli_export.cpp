// The export verb: the entity graph (graph/export.h) as GraphML, node-link JSON, DOT or
// neo4j-admin CSV, to a file (--out) or stdout. Exit 1 when the store cannot be read or the
// output cannot be written, 2 for bad usage.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "graph/export.h"
#include "tools/newsgraph/cli.h"

namespace newsgraph::cli {
namespace {

struct ExportArgs {
  Common common;
  std::string format;
  std::string out;  // "" = stdout
  graph::ExportFilter filter;
};

void write_one(const graph::EntityGraph& g, const std::string& format, std::ostream& out) {
  if (format == "graphml") graph::write_graphml(g, out);
  else if (format == "json") graph::write_node_link_json(g, out);
  else if (format == "dot") graph::write_dot(g, out);
  else {  // csv on one stream: nodes, one empty line, edges
    graph::write_nodes_csv(g, out);
    out << "\r\n";
    graph::write_edges_csv(g, out);
  }
}

// Writes `write` into `path`; prints the error line and returns false when that fails.
template <typename F>
bool write_file(const std::string& path, F&& write) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (f) write(f);
  if (f) f.close();
  if (!f) {
    print_error("export", std::string("cannot write: ") + std::strerror(errno), path);
    return false;
  }
  return true;
}

// The csv files for --out PATH: PATH/nodes.csv and PATH/edges.csv when PATH is a folder or
// ends with '/', else PATHnodes.csv and PATHedges.csv (a prefix such as "out/news-").
std::pair<std::string, std::string> csv_paths(const std::string& out) {
  std::error_code ec;
  bool folder = out.back() == '/' || std::filesystem::is_directory(out, ec);
  std::string prefix = folder && out.back() != '/' ? out + "/" : out;
  if (folder) std::filesystem::create_directories(prefix, ec);
  return {prefix + "nodes.csv", prefix + "edges.csv"};
}

int run_export(const ExportArgs& args) {
  const char* verb = "export";
  graph::Store store;
  if (!open_db(verb, args.common, graph::OpenMode::kReadOnly, &store)) return kExitFailure;
  graph::EntityGraph g;
  if (auto err = graph::read_entity_graph(store, args.filter, &g)) {
    print_error(verb, *err);
    return kExitFailure;
  }
  bool ok = true;
  if (args.out.empty()) {
    write_one(g, args.format, std::cout);
    std::cout.flush();
    ok = static_cast<bool>(std::cout);
    if (!ok) print_error(verb, "cannot write to stdout");
  } else if (args.format == "csv") {
    auto [nodes, edges] = csv_paths(args.out);
    ok = write_file(nodes, [&](std::ostream& o) { graph::write_nodes_csv(g, o); }) &&
         write_file(edges, [&](std::ostream& o) { graph::write_edges_csv(g, o); });
    if (ok)
      std::fprintf(stderr, "wrote %zu nodes to %s and %zu edges to %s\n", g.nodes.size(),
                   nodes.c_str(), g.edges.size(), edges.c_str());
  } else {
    ok = write_file(args.out, [&](std::ostream& o) { write_one(g, args.format, o); });
    if (ok)
      std::fprintf(stderr, "wrote %zu nodes and %zu edges to %s\n", g.nodes.size(),
                   g.edges.size(), args.out.c_str());
  }
  return ok ? kExitOk : kExitFailure;
}

}  // namespace

void register_export(CLI::App& app, std::vector<Verb>* verbs) {
  auto a = std::make_shared<ExportArgs>();
  auto* sub = app.add_subcommand(
      "export",
      "The entity graph (entities; relation, event and co-occurrence edges with predicate, "
      "weight, first and last date) for Gephi, Cytoscape, Neo4j or Graphviz.\n"
      "  graphml  GraphML (Gephi, Cytoscape, yEd)\n"
      "  json     node-link JSON {\"nodes\": [...], \"links\": [...]} (networkx, D3)\n"
      "  dot      a Graphviz digraph\n"
      "  csv      neo4j-admin import files nodes.csv and edges.csv; with --out DIR/ or a\n"
      "           prefix (out/news- writes out/news-nodes.csv ...); on stdout the nodes file,\n"
      "           one empty line, then the edges file");
  sub->add_option("--format", a->format, "graphml, json, dot or csv")
      ->required()
      ->check(CLI::IsMember({"graphml", "json", "dot", "csv"}));
  sub->add_option("--out", a->out, "write to this file (csv: folder or prefix); default stdout");
  add_type_option(sub, &a->filter.type, "only entities of this type, and edges between them");
  sub->add_option("--predicate", a->filter.predicate,
                  "only edges with this predicate (leader_of, event:MEET, co_occurs, ...); "
                  "nodes without such an edge are left out");
  sub->add_option("--min-weight", a->filter.min_weight,
                  "only edges with at least N supporting facts; nodes without such an edge are "
                  "left out")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  sub->add_option("--db", a->common.db,
                  "database file (default: $NEWSGRAPH_DB, else ./newsgraph.db)");
  verbs->push_back({sub, [a] { return run_export(*a); }});
}

}  // namespace newsgraph::cli
