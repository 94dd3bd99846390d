// Test-only: database files holding sample articles of tests/graph/sample_graph.h, written
// through the store, for the CLI tests of the query and export verbs.
#ifndef NEWSGRAPH_TESTS_TOOLS_SAMPLE_DB_H_
#define NEWSGRAPH_TESTS_TOOLS_SAMPLE_DB_H_

#include <catch2/catch.hpp>

#include <string>

#include "graph/store.h"
#include "tests/graph/sample_graph.h"
#include "tests/temp_dir.h"

namespace newsgraph::testing {

// Writes sample_a1..a3 into `dir`/sample.db and returns its path.
inline std::string sample_db(const TempDir& dir) {
  std::string path = dir.file("sample.db");
  graph::Store store;
  REQUIRE_FALSE(graph::open_store(path, {}, &store));
  for (auto b : {sample_a1(), sample_a2(), sample_a3()}) {
    graph::WriteResult r;
    REQUIRE_FALSE(graph::write_article(store, b.article, b.doc, "test-1", &r));
  }
  return path;
}

// Writes sample_succession() (a past and a present chief executive) into `dir`/succession.db
// and returns its path.
inline std::string succession_db(const TempDir& dir) {
  std::string path = dir.file("succession.db");
  graph::Store store;
  REQUIRE_FALSE(graph::open_store(path, {}, &store));
  auto b = sample_succession();
  graph::WriteResult r;
  REQUIRE_FALSE(graph::write_article(store, b.article, b.doc, "test-1", &r));
  return path;
}

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_TOOLS_SAMPLE_DB_H_
