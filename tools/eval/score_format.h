// Counting and printing for the relation, event and entity evaluations of newsgraph-eval
// (meantime, redocred): precision/recall/F1 counts, one-to-one matching, rebuilding a text
// from gold tokens, and converting the extractor's spans to the gold files' units.
//
// Units. Gold corpora here come as token lists without the original whitespace. We rebuild a
// text from them (join_tokens) and keep, for every token, its half-open [begin, end) range of
// Unicode *code points* in that text (CharSpan). The extractor's spans are UTF-8 byte offsets
// into its normalised text; to_input() maps them to code points of the text we gave it, so
// both sides are compared in one unit.
//
// Counting follows conlleval (Tjong Kim Sang and De Meulder 2003): tp, the number of system
// items matched to gold items one-to-one; precision = tp/pred, recall = tp/gold, F1 their
// harmonic mean; 0 when a denominator is 0.
//
// Thread safety: plain functions over values; no shared state.
#ifndef NEWSGRAPH_TOOLS_EVAL_SCORE_FORMAT_H_
#define NEWSGRAPH_TOOLS_EVAL_SCORE_FORMAT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractor/document.h"

namespace newsgraph::eval {

// A half-open range [begin, end) of Unicode code points into a rebuilt text.
struct CharSpan {
  int64_t begin = 0;
  int64_t end = 0;
  bool empty() const { return end <= begin; }
  bool overlaps(const CharSpan& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const CharSpan&, const CharSpan&) = default;
};

// tp / pred / gold, summed over documents.
struct Counts {
  int64_t tp = 0, pred = 0, gold = 0;
  double precision() const { return pred ? double(tp) / double(pred) : 0.0; }
  double recall() const { return gold ? double(tp) / double(gold) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  Counts& operator+=(const Counts& o) {
    tp += o.tp;
    pred += o.pred;
    gold += o.gold;
    return *this;
  }
  friend bool operator==(const Counts&, const Counts&) = default;
};

// One table row: `label`, P, R, F1 in percent with two decimals, then tp/pred/gold, e.g.
//   "entities PERSON        precision  80.00%  recall  66.67%  F1  72.73%  tp 4 pred 5 gold 6"
// `width` pads the label.
std::string format_counts(std::string_view label, const Counts& c, int width = 28);

// Rows for breakdowns where only one side is defined: precision with tp/pred ("precision
// 50.00%  tp 1 pred 2"), or recall with tp/gold.
std::string format_precision(std::string_view label, const Counts& c, int width = 28);
std::string format_recall(std::string_view label, const Counts& c, int width = 28);

// Appends `tokens` to *text, separated by one space except where English typography puts
// none (before , . ; : ! ? % ) ] } 's n't 're 've 'll 'd 'm '' and a closing curly quote; after
// ( [ { $ `` and an opening curly quote; inside a pair of straight double quotes; around an
// apostrophe token before s re ve ll d m t, and before one elsewhere: "developers'"). PTB escapes are shown as news text has them: `` and '' as
// curly double quotes, -LRB- -RRB- as parentheses. Appends each token's code-point span to *spans. If *text
// is not empty, `separator` is appended first (e.g. "\n\n" between sentences).
void join_tokens(const std::vector<std::string>& tokens, std::string_view separator,
                 std::string* text, std::vector<CharSpan>* spans);

// The number of Unicode code points in valid UTF-8 `s` (continuation bytes are not counted).
int64_t code_points(std::string_view s);

// The code-point span, in the text given to the extractor, of the extractor's byte span `s`
// into doc.text (through doc.offsets).
CharSpan to_input(const extractor::Document& doc, extractor::Span s);

// A maximum one-to-one matching between `n_pred` system items and `n_gold` gold items, where
// `candidates[i]` lists the gold items system item i may match. Returns the matched pairs
// (system, gold), sorted by system index. Kuhn's augmenting paths: O(n_pred * edges).
std::vector<std::pair<int, int>> match_one_to_one(int n_pred, int n_gold,
                                                  const std::vector<std::vector<int>>& candidates);

// Lower-cases ASCII letters, drops a leading "the ", keeps only letters and digits (any
// non-ASCII byte is kept as is) and collapses the rest: "The U.S." and "us" both give "us".
std::string normalise_name(std::string_view s);

}  // namespace newsgraph::eval

#endif  // NEWSGRAPH_TOOLS_EVAL_SCORE_FORMAT_H_
