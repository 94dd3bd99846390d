// Test-only: builds a segmented Document from plain English text with a small, predictable
// tokenizer, so that the rule stages (ner_rules, alias, relations, events, quotes) are tested
// independently of the real segmenter (extractor/tokenize.h). It splits on whitespace, splits
// leading/trailing punctuation and quote marks off words, keeps abbreviations with dots
// ("U.S.", "Mr.", "Inc.") and splits possessives PTB style ("Canada's" -> "Canada" "'s").
// Sentences end at a blank line, at a line without final punctuation (a headline), and at
// . ! ? (after closing quotes) followed by a capital or an opening quote, except after an
// abbreviation.
#ifndef NEWSGRAPH_TESTS_EXTRACTOR_RULE_DOC_H_
#define NEWSGRAPH_TESTS_EXTRACTOR_RULE_DOC_H_

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <string_view>

#include "extractor/document.h"
#include "extractor/lexicon.h"

namespace newsgraph::testing {

// The shipped lexicon (extractor/models/lexicon), loaded once for the whole test binary;
// a load error fails the calling test with the file and line.
inline const extractor::Lexicon& shipped_lexicon() {
  static const extractor::Lexicon lex = [] {
    extractor::Lexicon l;
    auto err = extractor::load_lexicon(NEWSGRAPH_MODEL_DIR, &l);
    if (err) FAIL(err->file << ":" << err->line << ": " << err->message);
    return l;
  }();
  return lex;
}

inline bool rule_doc_is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline extractor::Document make_doc(const std::string& text) {
  using extractor::Span;
  using extractor::Token;
  extractor::Document doc;
  doc.text = text;
  static const std::set<std::string> kAbbrev = {
      "Mr.", "Mrs.", "Ms.", "Dr.", "Inc.", "Corp.", "Ltd.", "Co.", "Jr.", "Sr.", "St.", "Gen.",
      "Sen.", "Rep.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "vs."};
  const std::string_view t = doc.text;
  size_t i = 0;
  auto push = [&](size_t b, size_t e) {
    Token tok;
    tok.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    doc.tokens.push_back(tok);
  };
  auto is_open = [&](std::string_view s) {
    return s == "(" || s == "\"" || s == "[" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x98";
  };
  auto lead_len = [&](size_t b, size_t e) -> size_t {
    if (b >= e) return 0;
    char c = t[b];
    if (c == '(' || c == '"' || c == '[' || c == '\'') return 1;
    if (e - b >= 3 && t.substr(b, 3) == "\xE2\x80\x9C") return 3;
    if (e - b >= 3 && t.substr(b, 3) == "\xE2\x80\x98") return 3;
    return 0;
  };
  auto trail_len = [&](size_t b, size_t e) -> size_t {
    if (b >= e) return 0;
    char c = t[e - 1];
    if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '"' ||
        c == ']')
      return 1;
    if (e - b >= 3 && (t.substr(e - 3, 3) == "\xE2\x80\x9D" || t.substr(e - 3, 3) == "\xE2\x80\x99"))
      return 3;
    if (c == '.') {
      std::string_view w = t.substr(b, e - b);
      if (kAbbrev.count(std::string(w))) return 0;
      if (w.substr(0, w.size() - 1).find('.') != std::string_view::npos) return 0;  // U.S.
      if (w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z') return 0;                  // J.
      return 1;
    }
    return 0;
  };
  while (i < t.size()) {
    while (i < t.size() && rule_doc_is_space(t[i])) ++i;
    if (i >= t.size()) break;
    size_t b = i;
    while (i < t.size() && !rule_doc_is_space(t[i])) ++i;
    size_t e = i;
    std::vector<std::pair<size_t, size_t>> tail;
    while (size_t n = lead_len(b, e)) {
      push(b, b + n);
      b += n;
    }
    while (size_t n = trail_len(b, e)) {
      tail.emplace_back(e - n, e);
      e -= n;
    }
    if (e > b) {
      std::string_view w = t.substr(b, e - b);
      size_t pos = std::string_view::npos;
      if (w.size() > 2 && w.substr(w.size() - 2) == "'s") pos = e - 2;
      else if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") pos = e - 4;
      else if (w.size() > 2 && w.back() == '\'' && w[w.size() - 2] == 's') pos = e - 1;
      if (pos != std::string_view::npos) {
        push(b, pos);
        push(pos, e);
      } else {
        push(b, e);
      }
    }
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) push(it->first, it->second);
  }
  for (size_t k = 0; k + 1 < doc.tokens.size(); ++k)
    doc.tokens[k].space_after = doc.tokens[k].span.end < doc.tokens[k + 1].span.begin;

  // Sentences.
  auto gap_has = [&](size_t k, std::string_view what) {
    std::string_view gap = t.substr(doc.tokens[k].span.end,
                                    doc.tokens[k + 1].span.begin - doc.tokens[k].span.end);
    return gap.find(what) != std::string_view::npos;
  };
  uint32_t first = 0;
  auto close = [&](uint32_t end) {
    extractor::Sentence s;
    s.first_token = first;
    s.end_token = end;
    s.span = Span{doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
    doc.sentences.push_back(s);
    first = end;
  };
  for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
    if (k + 1 == doc.tokens.size()) {
      close(k + 1);
      break;
    }
    std::string_view w = doc.slice(doc.tokens[k].span);
    std::string_view next = doc.slice(doc.tokens[k + 1].span);
    bool final_punct = w == "." || w == "!" || w == "?";
    bool closing = w == "\"" || w == "\xE2\x80\x9D" || w == ")";
    bool prev_final = k > 0 && (doc.slice(doc.tokens[k - 1].span) == "." ||
                                doc.slice(doc.tokens[k - 1].span) == "?" ||
                                doc.slice(doc.tokens[k - 1].span) == "!");
    if (gap_has(k, "\n\n")) {
      close(k + 1);
      continue;
    }
    if (gap_has(k, "\n")) {
      close(k + 1);
      continue;
    }
    bool next_starts = !next.empty() && ((next[0] >= 'A' && next[0] <= 'Z') || is_open(next));
    bool next_attached = doc.tokens[k].span.end == doc.tokens[k + 1].span.begin;
    bool next_closes = next_attached && (next == "\"" || next == "\xE2\x80\x9D" || next == ")");
    if (final_punct && next_closes) continue;
    if ((final_punct || (closing && prev_final)) && next_starts) close(k + 1);
  }
  doc.offsets.to_input.resize(doc.text.size() + 1);
  for (size_t k = 0; k <= doc.text.size(); ++k) doc.offsets.to_input[k] = static_cast<uint32_t>(k);
  return doc;
}

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_EXTRACTOR_RULE_DOC_H_
