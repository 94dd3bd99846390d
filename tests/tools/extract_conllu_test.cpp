// `newsgraph extract --conllu`: the syntax layer's output as CoNLL-U (issue 5, item 4).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/temp_dir.h"
#include "tests/tools/run_cli.h"

using newsgraph::testing::run_cli;
using newsgraph::testing::TempDir;

TEST_CASE("cli: extract --conllu prints one CoNLL-U line per token with ten columns") {
  TempDir dir;
  const std::string path = dir.file("a.txt");
  std::ofstream(path) << "Date: 2026-01-16\n\nMark Carney met Xi Jinping on Friday. They talked.\n";
  auto r = run_cli(dir, {"extract", path, "--conllu"});
  REQUIRE(r.status == 0);
  std::istringstream in(r.out);
  std::string line;
  std::vector<std::string> words;
  int sentences = 0, roots = 0;
  while (std::getline(in, line)) {
    if (line.rfind("# sent_id", 0) == 0) ++sentences;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::istringstream fields(line);
    for (std::string c; std::getline(fields, c, '\t');) cols.push_back(c);
    REQUIRE(cols.size() == 10);
    words.push_back(cols[1]);
    if (cols[6] == "0") ++roots;
    CHECK_FALSE(cols[3] == "_");  // UPOS is set
    CHECK_FALSE(cols[7] == "_");  // so is the relation
  }
  CHECK(r.out.rfind("# newdoc id = a\n", 0) == 0);
  CHECK(sentences == 2);
  CHECK(roots == 2);  // one root per sentence
  CHECK(words == std::vector<std::string>{"Mark", "Carney", "met", "Xi", "Jinping", "on",
                                          "Friday", ".", "They", "talked", "."});
}
