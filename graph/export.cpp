#include "graph/export.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <unordered_set>

#include "graph/sqlite.h"

namespace newsgraph::graph {
namespace {

std::optional<StoreError> read_rows(const Store& store, Statement& st, const char* what,
                                    const std::function<void(const Statement&)>& row) {
  auto fail = [&] {
    return sqlite_error(store.db(), sqlite3_errcode(store.db()), store.path(), what);
  };
  if (!st.ok()) return fail();
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) row(st);
  if (rc != SQLITE_DONE) return fail();
  return std::nullopt;
}

constexpr const char* kEdgesSql =
    "SELECT e.source, e.target, e.predicate, e.weight, e.first_date, e.last_date, e.former "
    "FROM edges e "
    "JOIN entities s ON s.id = e.source JOIN entities t ON t.id = e.target "
    "WHERE (?1 = '' OR (s.type = ?1 AND t.type = ?1)) AND (?2 = '' OR e.predicate = ?2) "
    "AND e.weight >= ?3 ORDER BY e.source, e.target, e.predicate, e.former";

constexpr const char* kNodesSql =
    "SELECT id, name, type, mention_count, article_count FROM entities "
    "WHERE ?1 = '' OR type = ?1 ORDER BY id";

std::string attr(const char* key, std::string_view value) {
  return std::string("<data key=\"") + key + "\">" + xml_escape(value) + "</data>";
}

}  // namespace

std::optional<StoreError> read_entity_graph(const Store& store, const ExportFilter& filter,
                                            EntityGraph* out) {
  out->nodes.clear();
  out->edges.clear();
  Statement edges(store.db(), kEdgesSql);
  edges.bind(1, filter.type).bind(2, filter.predicate).bind(3, filter.min_weight);
  std::unordered_set<int64_t> touched;
  auto err = read_rows(store, edges, "export: reading edges", [&](const Statement& st) {
    out->edges.push_back({st.int64(0), st.int64(1), st.text(2), st.int64(3), st.text(4),
                          st.text(5), st.int64(6) != 0});
    touched.insert(st.int64(0));
    touched.insert(st.int64(1));
  });
  if (err) return err;
  bool only_touched = !filter.predicate.empty() || filter.min_weight > 1;
  Statement nodes(store.db(), kNodesSql);
  nodes.bind(1, filter.type);
  return read_rows(store, nodes, "export: reading entities", [&](const Statement& st) {
    if (only_touched && !touched.count(st.int64(0))) return;
    out->nodes.push_back({st.int64(0), st.text(1), st.text(2), st.int64(3), st.int64(4)});
  });
}

std::string xml_escape(std::string_view s) {
  std::string r;
  r.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': r += "&amp;"; break;
      case '<': r += "&lt;"; break;
      case '>': r += "&gt;"; break;
      case '"': r += "&quot;"; break;
      case '\'': r += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        r += c;
    }
  }
  return r;
}

std::string dot_quote(std::string_view s) {
  std::string r = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') r += '\\';
    if (c == '\n') r += "\\n";
    else if (c != '\r') r += c;
  }
  return r + "\"";
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string r = "\"";
  for (char c : s) r += c == '"' ? std::string("\"\"") : std::string(1, c);
  return r + "\"";
}

std::string neo4j_type(std::string_view predicate) {
  std::string r;
  for (char c : predicate) {
    char u = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    bool ok = (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
    r += ok ? u : '_';
  }
  return r;
}

bool symmetric_predicate(std::string_view predicate) {
  return predicate == "co_occurs" || predicate.rfind("event:", 0) == 0;
}

void write_graphml(const EntityGraph& g, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
         "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
         "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>\n"
         "  <key id=\"articles\" for=\"node\" attr.name=\"articles\" attr.type=\"long\"/>\n"
         "  <key id=\"predicate\" for=\"edge\" attr.name=\"predicate\" attr.type=\"string\"/>\n"
         "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\"/>\n"
         "  <key id=\"first_date\" for=\"edge\" attr.name=\"first_date\" attr.type=\"string\"/>\n"
         "  <key id=\"last_date\" for=\"edge\" attr.name=\"last_date\" attr.type=\"string\"/>\n"
         "  <key id=\"former\" for=\"edge\" attr.name=\"former\" attr.type=\"boolean\">"
         "<default>false</default></key>\n"
         "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
  for (const auto& n : g.nodes)
    out << "    <node id=\"n" << n.id << "\">" << attr("name", n.name) << attr("type", n.type)
        << attr("mentions", std::to_string(n.mentions))
        << attr("articles", std::to_string(n.articles)) << "</node>\n";
  for (size_t i = 0; i < g.edges.size(); ++i) {
    const auto& e = g.edges[i];
    out << "    <edge id=\"e" << i + 1 << "\" source=\"n" << e.source << "\" target=\"n"
        << e.target << (symmetric_predicate(e.predicate) ? "\" directed=\"false\">" : "\">")
        << attr("predicate", e.predicate)
        << attr("weight", std::to_string(e.weight));
    if (!e.first_date.empty()) out << attr("first_date", e.first_date);
    if (!e.last_date.empty()) out << attr("last_date", e.last_date);
    if (e.former) out << attr("former", "true");
    out << "</edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

void write_node_link_json(const EntityGraph& g, std::ostream& out) {
  using json = nlohmann::ordered_json;
  auto date = [](const std::string& d) { return d.empty() ? json(nullptr) : json(d); };
  json nodes = json::array(), links = json::array();
  for (const auto& n : g.nodes)
    nodes.push_back({{"id", n.id}, {"name", n.name}, {"type", n.type},
                     {"mentions", n.mentions}, {"articles", n.articles}});
  for (const auto& e : g.edges) {
    links.push_back({{"source", e.source}, {"target", e.target}, {"predicate", e.predicate},
                     {"weight", e.weight}, {"first_date", date(e.first_date)},
                     {"last_date", date(e.last_date)}, {"former", e.former},
                     {"directed", !symmetric_predicate(e.predicate)}});
  }
  json doc = {{"directed", true}, {"multigraph", true}, {"graph", {{"name", "newsgraph"}}},
              {"nodes", nodes}, {"links", links}};
  out << doc.dump(2) << "\n";
}

void write_dot(const EntityGraph& g, std::ostream& out) {
  out << "digraph newsgraph {\n";
  for (const auto& n : g.nodes)
    out << "  " << n.id << " [label=" << dot_quote(n.name) << ", type=" << dot_quote(n.type)
        << ", mentions=" << n.mentions << ", articles=" << n.articles << "];\n";
  for (const auto& e : g.edges) {
    out << "  " << e.source << " -> " << e.target << " [label=" << dot_quote(e.predicate)
        << ", weight=" << e.weight;
    if (symmetric_predicate(e.predicate)) out << ", dir=none";
    if (!e.first_date.empty()) out << ", first_date=" << dot_quote(e.first_date);
    if (!e.last_date.empty()) out << ", last_date=" << dot_quote(e.last_date);
    if (e.former) out << ", former=true, style=dashed";
    out << "];\n";
  }
  out << "}\n";
}

void write_nodes_csv(const EntityGraph& g, std::ostream& out) {
  out << "id:ID,name,:LABEL,mentions:int,articles:int\r\n";
  for (const auto& n : g.nodes)
    out << n.id << ',' << csv_field(n.name) << ',' << csv_field(n.type) << ',' << n.mentions
        << ',' << n.articles << "\r\n";
}

void write_edges_csv(const EntityGraph& g, std::ostream& out) {
  out << ":START_ID,:END_ID,:TYPE,weight:int,first_date,last_date,predicate,former:boolean\r\n";
  for (const auto& e : g.edges)
    out << e.source << ',' << e.target << ',' << neo4j_type(e.predicate) << ',' << e.weight
        << ',' << csv_field(e.first_date) << ',' << csv_field(e.last_date) << ','
        << csv_field(e.predicate) << ',' << (e.former ? "true" : "false") << "\r\n";
}

}  // namespace newsgraph::graph
