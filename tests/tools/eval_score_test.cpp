// Tests the shared counting and text helpers of newsgraph-eval (tools/eval/score_format.h).
#include <catch2/catch.hpp>

#include "tools/eval/score_format.h"

using namespace newsgraph::eval;

TEST_CASE("eval score: tokens join with news typography and code-point spans") {
  std::string text;
  std::vector<CharSpan> spans;
  join_tokens({"He", "said", ",", "``", "we", "'re", "fine", "''", "(", "ok", ")", "."}, " ",
              &text, &spans);
  CHECK(text == "He said, \u201Cwe're fine\u201D (ok).");
  REQUIRE(spans.size() == 12);
  CHECK(spans[2] == CharSpan{7, 8});    // ,
  CHECK(spans[3] == CharSpan{9, 10});   // the opening quote, one code point
  CHECK(spans[5] == CharSpan{12, 15});  // 're
  CHECK(spans[7] == CharSpan{20, 21});
  CHECK(spans[11] == CharSpan{26, 27});

  join_tokens({"Microsoft", "\u2019", "s", "\"", "Longhorn", "\""}, "\n\n", &text, &spans);
  CHECK(text == "He said, \u201Cwe're fine\u201D (ok).\n\nMicrosoft\u2019s \"Longhorn\"");
  CHECK(spans[12] == CharSpan{29, 38});  // after the separator
  CHECK(spans[14] == CharSpan{39, 40});  // s glued to the apostrophe
  CHECK(spans[16] == CharSpan{42, 50});  // Longhorn inside straight quotes
}

TEST_CASE("eval score: one-to-one matching finds the maximum, not the greedy, pairing") {
  // System 0 may match gold 0 or 1, system 1 only gold 0: greedy would pair 0-0 and stop.
  auto pairs = match_one_to_one(2, 2, {{0, 1}, {0}});
  CHECK(pairs == std::vector<std::pair<int, int>>{{0, 1}, {1, 0}});
  CHECK(match_one_to_one(2, 1, {{0}, {0}}).size() == 1);
  CHECK(match_one_to_one(1, 0, {{}}).empty());
}

TEST_CASE("eval score: precision, recall and F1 as conlleval prints them") {
  Counts c{3, 4, 6};
  CHECK(c.precision() == Approx(0.75));
  CHECK(c.recall() == Approx(0.5));
  CHECK(c.f1() == Approx(0.6));
  CHECK(Counts{}.f1() == 0.0);
  CHECK(format_counts("names", c, 8) ==
        "names    precision  75.00%  recall  50.00%  F1  60.00%  tp 3 pred 4 gold 6");
  CHECK(format_precision("MEET", c, 6) == "MEET   precision  75.00%  tp 3 pred 4");
  CHECK(format_recall("P17", c, 4) == "P17  recall  50.00%  tp 3 gold 6");
}

TEST_CASE("eval score: names normalise case, a leading article and punctuation") {
  CHECK(normalise_name("The U.S.") == "us");
  CHECK(normalise_name("Carl  Berg") == "carlberg");
  CHECK(normalise_name("Théâtre") == "th\u00e9\u00e2tre");
  CHECK(normalise_name("...") == "");
}
