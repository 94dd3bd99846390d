// Helpers of the graph tests: an in-memory store, writing a hand-built article into it, and
// reading one column of a query's rows as text.
#ifndef NEWSGRAPH_TESTS_GRAPH_STORE_ROWS_H_
#define NEWSGRAPH_TESTS_GRAPH_STORE_ROWS_H_

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/sqlite.h"
#include "graph/store.h"
#include "tests/graph/sample_graph.h"

namespace newsgraph::testing {

// The first column of every row of `sql`, as text ("" for NULL).
inline std::vector<std::string> column(const graph::Store& s, const std::string& sql) {
  graph::Statement st(s.db(), sql);
  REQUIRE(st.ok());
  std::vector<std::string> out;
  while (st.step() == SQLITE_ROW) out.push_back(st.text(0));
  return out;
}

inline graph::Store open_memory() {
  graph::Store s;
  REQUIRE_FALSE(graph::open_store(":memory:", {}, &s));
  return s;
}

// Writes `b`'s article and Document (extractor version "test-1"); fails the test on error.
inline graph::WriteResult write_doc(graph::Store& s, const DocBuilder& b) {
  graph::WriteResult r;
  auto err = graph::write_article(s, b.article, b.doc, "test-1", &r);
  INFO((err ? err->message : ""));
  REQUIRE_FALSE(err);
  return r;
}

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_GRAPH_STORE_ROWS_H_
