// `newsgraph export`: the entity graph as GraphML, node-link JSON, DOT and neo4j-admin CSV, on a
// one-sentence store whose names need escaping in every format; and the escapers themselves.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>

#include "graph/export.h"
#include "graph/store.h"
#include "tests/graph/sample_graph.h"
#include "tests/temp_dir.h"
#include "tests/tools/sample_db.h"
#include "tests/tools/run_cli.h"

using newsgraph::testing::CliResult;
using newsgraph::testing::run_cli;
using newsgraph::testing::TempDir;

namespace {

// One article (2024-03-05): Ann "Lee" (PERSON, 1) works_for Smith & Sons, Inc. (ORG, 2); the
// store adds their co_occurs link.
std::string tiny_db(const TempDir& dir) {
  using newsgraph::extractor::EntityType;
  newsgraph::testing::DocBuilder b("t1", "2024-03-05",
                                   "Ann \"Lee\" joined Smith & Sons, Inc. in spring.");
  b.sentence("Ann \"Lee\" joined Smith & Sons, Inc. in spring.");
  int32_t ann = b.entity("Ann \"Lee\"", EntityType::kPerson, {"Ann \"Lee\""}, {{"Ann \"Lee\"", 0}});
  int32_t firm = b.entity("Smith & Sons, Inc.", EntityType::kOrg, {"Smith & Sons, Inc."},
                          {{"Smith & Sons, Inc.", 0}});
  b.relation(ann, "works_for", firm, "Ann \"Lee\" joined Smith & Sons, Inc.");
  std::string path = dir.file("tiny.db");
  newsgraph::graph::Store store;
  REQUIRE_FALSE(newsgraph::graph::open_store(path, {}, &store));
  newsgraph::graph::WriteResult r;
  REQUIRE_FALSE(newsgraph::graph::write_article(store, b.article, b.doc, "test-1", &r));
  return path;
}

CliResult run_ok(const TempDir& dir, const std::vector<std::string>& args) {
  CliResult r = run_cli(dir, args);
  INFO(r.err);
  CHECK(r.status == 0);
  return r;
}

}  // namespace

TEST_CASE("export: escapers follow XML, DOT, RFC 4180 and neo4j naming") {
  using namespace newsgraph::graph;
  CHECK(xml_escape("A&B <c> \"d\" 'e'\x01") == "A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;");
  CHECK(dot_quote("say \"hi\"\\\nbye") == "\"say \\\"hi\\\"\\\\\\nbye\"");
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a, \"b\"") == "\"a, \"\"b\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(neo4j_type("event:MEET") == "EVENT_MEET");
  CHECK(neo4j_type("rel:arrest") == "REL_ARREST");
}

TEST_CASE("export: graphml declares its keys and escapes names") {
  TempDir dir;
  std::string db = tiny_db(dir);
  CliResult r = run_ok(dir, {"export", "--format", "graphml", "--db", db});
  CHECK(r.out ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
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
        "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n"
        "    <node id=\"n1\"><data key=\"name\">Ann &quot;Lee&quot;</data><data key=\"type\">PERSON"
        "</data><data key=\"mentions\">1</data><data key=\"articles\">1</data></node>\n"
        "    <node id=\"n2\"><data key=\"name\">Smith &amp; Sons, Inc.</data><data key=\"type\">ORG"
        "</data><data key=\"mentions\">1</data><data key=\"articles\">1</data></node>\n"
        "    <edge id=\"e1\" source=\"n1\" target=\"n2\" directed=\"false\">"
        "<data key=\"predicate\">co_occurs</data>"
        "<data key=\"weight\">1</data><data key=\"first_date\">2024-03-05</data>"
        "<data key=\"last_date\">2024-03-05</data></edge>\n"
        "    <edge id=\"e2\" source=\"n1\" target=\"n2\"><data key=\"predicate\">works_for</data>"
        "<data key=\"weight\">1</data><data key=\"first_date\">2024-03-05</data>"
        "<data key=\"last_date\">2024-03-05</data></edge>\n"
        "  </graph>\n</graphml>\n");
  if (std::system("python3 -c 'pass' >/dev/null 2>&1") == 0) {  // a real XML parser agrees
    std::string file = dir.write("g.graphml", r.out);
    CHECK(std::system(("python3 -c 'import sys, xml.etree.ElementTree as E; "
                       "E.parse(sys.argv[1])' " + file).c_str()) == 0);
  }
}

TEST_CASE("export: node-link json, dot and filters") {
  TempDir dir;
  std::string db = tiny_db(dir);
  auto j = nlohmann::json::parse(run_ok(dir, {"export", "--format", "json", "--db", db}).out);
  CHECK(j["directed"] == true);
  CHECK(j["nodes"][1] == nlohmann::json::parse(
      R"({"id": 2, "name": "Smith & Sons, Inc.", "type": "ORG", "mentions": 1, "articles": 1})"));
  REQUIRE(j["links"].size() == 2);
  CHECK(j["links"][0]["directed"] == false);  // co_occurs
  CHECK(j["links"][1] == nlohmann::json::parse(
      R"({"source": 1, "target": 2, "predicate": "works_for", "weight": 1,
          "first_date": "2024-03-05", "last_date": "2024-03-05", "former": false,
          "directed": true})"));

  CliResult dot = run_ok(dir, {"export", "--format", "dot", "--predicate", "works_for", "--db", db});
  CHECK(dot.out ==
        "digraph newsgraph {\n"
        "  1 [label=\"Ann \\\"Lee\\\"\", type=\"PERSON\", mentions=1, articles=1];\n"
        "  2 [label=\"Smith & Sons, Inc.\", type=\"ORG\", mentions=1, articles=1];\n"
        "  1 -> 2 [label=\"works_for\", weight=1, first_date=\"2024-03-05\", "
        "last_date=\"2024-03-05\"];\n"
        "}\n");

  // Bug found by a user: Gephi drew symmetric links as arrows ("India -> Navarro" for an
  // accusation by Navarro).
  dot = run_ok(dir, {"export", "--format", "dot", "--predicate", "co_occurs", "--db", db});
  CHECK(dot.out.find("  1 -> 2 [label=\"co_occurs\", weight=1, dir=none, ") != std::string::npos);
  CHECK(newsgraph::graph::symmetric_predicate("event:ACCUSE"));
  CHECK_FALSE(newsgraph::graph::symmetric_predicate("leader_of"));

  // --type keeps entities of one type (any case) and the edges between two of them: none here.
  j = nlohmann::json::parse(run_ok(dir, {"export", "--format", "json", "--type", "org", "--db", db}).out);
  CHECK(j["nodes"].size() == 1);
  CHECK(j["links"].empty());
  // An edge filter leaves out the entities without a kept edge.
  j = nlohmann::json::parse(run_ok(dir, {"export", "--format", "json", "--min-weight", "2", "--db", db}).out);
  CHECK(j["nodes"].empty());
}

TEST_CASE("export: csv writes neo4j-admin nodes.csv and edges.csv into a folder or prefix") {
  TempDir dir;
  std::string db = tiny_db(dir);
  CliResult r = run_ok(dir, {"export", "--format", "csv", "--out", dir.file("neo") + "/", "--db", db});
  std::string nodes = newsgraph::testing::slurp(dir.file("neo/nodes.csv"));
  std::string edges = newsgraph::testing::slurp(dir.file("neo/edges.csv"));
  CHECK(nodes ==
        "id:ID,name,:LABEL,mentions:int,articles:int\r\n"
        "1,\"Ann \"\"Lee\"\"\",PERSON,1,1\r\n"
        "2,\"Smith & Sons, Inc.\",ORG,1,1\r\n");
  CHECK(edges ==
        ":START_ID,:END_ID,:TYPE,weight:int,first_date,last_date,predicate,former:boolean\r\n"
        "1,2,CO_OCCURS,1,2024-03-05,2024-03-05,co_occurs,false\r\n"
        "1,2,WORKS_FOR,1,2024-03-05,2024-03-05,works_for,false\r\n");
  CHECK(r.err == "wrote 2 nodes to " + dir.file("neo/nodes.csv") + " and 2 edges to " +
                     dir.file("neo/edges.csv") + "\n");
  // A prefix, and stdout: nodes, one empty line, edges.
  run_ok(dir, {"export", "--format", "csv", "--out", dir.file("news-"), "--db", db});
  CHECK(newsgraph::testing::slurp(dir.file("news-edges.csv")) == edges);
  CHECK(run_ok(dir, {"export", "--format", "csv", "--db", db}).out == nodes + "\r\n" + edges);
}

// From a user's trial: no format carried `former`, so a past chief executive and the present
// one were two identical-looking edges in Gephi or networkx.
TEST_CASE("export: a former role is its own edge, marked in every format") {
  TempDir dir;
  std::string db = newsgraph::testing::succession_db(dir);
  auto j = nlohmann::json::parse(
      run_ok(dir, {"export", "--format", "json", "--predicate", "leader_of", "--db", db}).out);
  std::vector<std::string> links;
  for (const auto& l : j["links"])
    links.push_back(std::to_string(l["source"].get<int>()) + "->" + std::to_string(l["target"].get<int>()) +
                    (l["former"].get<bool>() ? " former" : "") + " w" + std::to_string(l["weight"].get<int>()));
  // Kelly Ortberg (1) leads Boeing (3) twice; David Calhoun (2) led it (former) and "once led" it.
  CHECK(links == std::vector<std::string>{"1->3 w2", "2->3 w1", "2->3 former w1"});
  std::string dot = run_ok(dir, {"export", "--format", "dot", "--predicate", "leader_of", "--db", db}).out;
  CHECK(dot.find("  2 -> 3 [label=\"leader_of\", weight=1, first_date=\"2025-03-14\", "
                 "last_date=\"2025-03-14\", former=true, style=dashed];\n") != std::string::npos);
  std::string graphml = run_ok(dir, {"export", "--format", "graphml", "--db", db}).out;
  CHECK(graphml.find("<data key=\"former\">true</data></edge>") != std::string::npos);
  std::string csv = run_ok(dir, {"export", "--format", "csv", "--predicate", "leader_of", "--db", db}).out;
  CHECK(csv.find("\r\n2,3,LEADER_OF,1,2025-03-14,2025-03-14,leader_of,true\r\n") != std::string::npos);
}

TEST_CASE("export: bad usage exits 2, an unwritable file 1") {
  TempDir dir;
  std::string db = tiny_db(dir);
  CliResult r = run_cli(dir, {"export", "--db", db});
  CHECK(r.status == 2);
  r = run_cli(dir, {"export", "--format", "xml", "--db", db});
  CHECK(r.status == 2);
  r = run_cli(dir, {"export", "--format", "dot", "--min-weight", "0", "--db", db});
  CHECK(r.status == 2);
  r = run_cli(dir, {"export", "--format", "dot", "--out", dir.file("no/such/dir/g.dot"), "--db", db});
  CHECK(r.status == 1);
  CHECK(r.err == "newsgraph: export: cannot write: No such file or directory (" +
                     dir.file("no/such/dir/g.dot") + ")\n");
}
