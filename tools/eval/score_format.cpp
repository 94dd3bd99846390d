#include "tools/eval/score_format.h"

#include <algorithm>
#include <cstdio>

namespace newsgraph::eval {

std::string format_counts(std::string_view label, const Counts& c, int width) {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "%-*.*s precision %6.2f%%  recall %6.2f%%  F1 %6.2f%%  tp %lld pred %lld gold %lld",
                width, int(label.size()), label.data(), 100 * c.precision(), 100 * c.recall(),
                100 * c.f1(), static_cast<long long>(c.tp), static_cast<long long>(c.pred),
                static_cast<long long>(c.gold));
  return buf;
}

std::string format_precision(std::string_view label, const Counts& c, int width) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-*.*s precision %6.2f%%  tp %lld pred %lld", width,
                int(label.size()), label.data(), 100 * c.precision(),
                static_cast<long long>(c.tp), static_cast<long long>(c.pred));
  return buf;
}

std::string format_recall(std::string_view label, const Counts& c, int width) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-*.*s recall %6.2f%%  tp %lld gold %lld", width,
                int(label.size()), label.data(), 100 * c.recall(), static_cast<long long>(c.tp),
                static_cast<long long>(c.gold));
  return buf;
}

int64_t code_points(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

namespace {

bool no_space_before(std::string_view t) {
  static constexpr std::string_view kClosers[] = {",", ".", ";", ":", "!", "?", "%", ")", "]",
                                                  "}", "'s", "'S", "n't", "'re", "'ve", "'ll",
                                                  "'d", "'m", "''", "’s", "..."};
  for (auto c : kClosers)
    if (t == c) return true;
  return false;
}

bool no_space_after(std::string_view t) {
  return t == "(" || t == "[" || t == "{" || t == "$" || t == "``" || t == "-LRB-";
}

// PTB escapes back to the characters a news text has.
std::string_view render(std::string_view t) {
  if (t == "``") return "\u201C";
  if (t == "''") return "\u201D";
  if (t == "-LRB-") return "(";
  if (t == "-RRB-") return ")";
  return t;
}

bool is_contraction_tail(std::string_view t) {
  for (std::string_view c : {"s", "S", "re", "ve", "ll", "d", "m", "t"})
    if (t == c) return true;
  return false;
}

}  // namespace

void join_tokens(const std::vector<std::string>& tokens, std::string_view separator,
                 std::string* text, std::vector<CharSpan>* spans) {
  int64_t at = code_points(*text);
  bool glue_next = false;   // the previous token wants no space after it
  bool in_quote = false;    // inside a pair of straight double quotes
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    bool glue = glue_next || no_space_before(t) || t == "-RRB-" || t == "\u201D";
    bool quote = t == "\"";
    bool apostrophe = t == "'" || t == "\u2019";
    if (quote && in_quote) glue = true;  // a closing quote hugs the word before it
    if (apostrophe) glue = true;         // "developers '", "Microsoft ’ s"
    if (i == 0) {
      if (!text->empty()) {
        text->append(separator);
        at += code_points(separator);
      }
    } else if (!glue) {
      text->push_back(' ');
      ++at;
    }
    std::string_view shown = render(t);
    int64_t n = code_points(shown);
    spans->push_back({at, at + n});
    text->append(shown);
    at += n;
    glue_next = no_space_after(t) || (quote && !in_quote) || t == "\u201C" ||
                (apostrophe && i + 1 < tokens.size() && is_contraction_tail(tokens[i + 1]));
    if (quote) in_quote = !in_quote;
  }
}

CharSpan to_input(const extractor::Document& doc, extractor::Span s) {
  return {doc.offsets.input_code_point(s.begin), doc.offsets.input_code_point(s.end)};
}

namespace {

bool augment(int i, const std::vector<std::vector<int>>& candidates, std::vector<char>* seen,
             std::vector<int>* gold_owner) {
  for (int g : candidates[i]) {
    if ((*seen)[g]) continue;
    (*seen)[g] = 1;
    if ((*gold_owner)[g] < 0 || augment((*gold_owner)[g], candidates, seen, gold_owner)) {
      (*gold_owner)[g] = i;
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::pair<int, int>> match_one_to_one(int n_pred, int n_gold,
                                                  const std::vector<std::vector<int>>& candidates) {
  std::vector<int> gold_owner(n_gold, -1);
  for (int i = 0; i < n_pred && i < int(candidates.size()); ++i) {
    if (candidates[i].empty()) continue;
    std::vector<char> seen(n_gold, 0);
    augment(i, candidates, &seen, &gold_owner);
  }
  std::vector<std::pair<int, int>> pairs;
  for (int g = 0; g < n_gold; ++g)
    if (gold_owner[g] >= 0) pairs.emplace_back(gold_owner[g], g);
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

std::string normalise_name(std::string_view s) {
  std::string lower;
  for (char c : s) lower.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
  std::string_view v = lower;
  if (v.starts_with("the ")) v.remove_prefix(4);
  std::string out;
  for (char c : v) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80) out.push_back(c);
  }
  return out;
}

}  // namespace newsgraph::eval
