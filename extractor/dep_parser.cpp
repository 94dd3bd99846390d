#include "extractor/dep_parser.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>
#include <numeric>
#include <random>

#include "extractor/conllu.h"

namespace newsgraph::extractor {
namespace {

constexpr std::string_view kMagic = "newsgraph-parser 2\n";
constexpr std::string_view kDecoration = "||";

// One sentence as the features see it; index 0 is the artificial root, 1..n the words.
struct ParseInput {
  int n = 0;
  std::vector<uint64_t> word, tag, cls;
};

void make_input(const std::unordered_map<uint64_t, uint32_t>& word_classes,
                std::span<const std::string_view> words, std::span<const std::string_view> upos,
                ParseInput* in) {
  in->n = static_cast<int>(words.size());
  in->word.resize(words.size() + 1);
  in->tag.resize(words.size() + 1);
  in->cls.resize(words.size() + 1);
  in->word[0] = syntax_hash("<root-word>");
  in->tag[0] = syntax_hash("<root-tag>");
  in->cls[0] = 1ULL << 40;
  for (size_t i = 0; i < words.size(); ++i) {
    in->word[i + 1] = syntax_hash(syntax_normalise_word(words[i]));
    in->tag[i + 1] = syntax_hash(upos[i].empty() ? std::string_view("X") : upos[i]);
    auto it = word_classes.find(in->word[i + 1]);
    in->cls[i + 1] = it == word_classes.end() ? 0 : it->second;
  }
}

// An arc-hybrid configuration: a stack (root at the bottom), a buffer [b, n], the arcs so far.
struct ParseState {
  int n = 0;
  int b = 1;
  int n_labels = 0;
  std::vector<int> stack;
  std::vector<int> head, label, lc1, lc2, rc1, rc2, nl, nr;
  std::vector<uint64_t> lset, rset;

  void init(int words, int labels) {
    n = words;
    n_labels = labels;
    b = 1;
    stack.assign(1, 0);
    const size_t size = static_cast<size_t>(n) + 1;
    head.assign(size, -1);
    label.assign(size, -1);
    lc1.assign(size, -1);
    lc2.assign(size, -1);
    rc1.assign(size, -1);
    rc2.assign(size, -1);
    nl.assign(size, 0);
    nr.assign(size, 0);
    lset.assign(size, 0);
    rset.assign(size, 0);
  }
  bool terminal() const { return b > n && stack.size() == 1; }
  bool can_shift() const { return b <= n; }
  bool can_left() const { return stack.size() >= 2 && b <= n; }
  bool can_right() const { return stack.size() >= 3 || (stack.size() == 2 && b > n); }
  bool legal(int cls) const {
    if (cls == 0) return can_shift();
    return cls <= n_labels ? can_left() : can_right();
  }

  void add_arc(int h, int d, int l) {
    head[d] = h;
    label[d] = l;
    if (d < h) {
      if (lc1[h] == -1 || d < lc1[h]) { lc2[h] = lc1[h]; lc1[h] = d; }
      else if (lc2[h] == -1 || d < lc2[h]) lc2[h] = d;
      ++nl[h];
      lset[h] |= 1ULL << (l & 63);
    } else {
      if (rc1[h] == -1 || d > rc1[h]) { rc2[h] = rc1[h]; rc1[h] = d; }
      else if (rc2[h] == -1 || d > rc2[h]) rc2[h] = d;
      ++nr[h];
      rset[h] |= 1ULL << (l & 63);
    }
  }

  void apply(int cls) {
    if (cls == 0) {
      stack.push_back(b++);
    } else if (cls <= n_labels) {
      int d = stack.back();
      stack.pop_back();
      add_arc(b, d, cls - 1);
    } else {
      int d = stack.back();
      stack.pop_back();
      add_arc(stack.back(), d, cls - 1 - n_labels);
    }
  }
};

uint64_t distance_bucket(int d) {
  if (d <= 0) return 0;
  if (d <= 4) return static_cast<uint64_t>(d);
  return d <= 9 ? 5 : 6;
}

// Room for the feature templates of parse_features (there are 125; raise it when adding more).
constexpr size_t kMaxParseFeatures = 160;

void parse_features(const ParseInput& in, const ParseState& st, std::vector<uint64_t>* f) {
  static const uint64_t kNone = syntax_hash("<none>");
  const size_t depth = st.stack.size();
  const int s0 = depth >= 1 ? st.stack[depth - 1] : -1;
  const int s1 = depth >= 2 ? st.stack[depth - 2] : -1;
  const int s2 = depth >= 3 ? st.stack[depth - 3] : -1;
  const int b0 = st.b <= st.n ? st.b : -1;
  const int b1 = st.b + 1 <= st.n ? st.b + 1 : -1;
  const int b2 = st.b + 2 <= st.n ? st.b + 2 : -1;
  auto W = [&](int i) { return i < 0 ? kNone : in.word[static_cast<size_t>(i)]; };
  auto C = [&](int i) { return i < 0 ? kNone : in.cls[static_cast<size_t>(i)]; };
  auto T = [&](int i) { return i < 0 ? kNone : in.tag[static_cast<size_t>(i)]; };
  auto L = [&](int i) { return i < 0 ? 0 : static_cast<uint64_t>(st.label[static_cast<size_t>(i)] + 1); };
  auto at = [&](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[static_cast<size_t>(i)]; };
  auto at64 = [&](const std::vector<uint64_t>& v, int i) { return i < 0 ? 0 : v[static_cast<size_t>(i)]; };
  auto val = [&](const std::vector<int>& v, int i) { return i < 0 ? 0 : static_cast<uint64_t>(std::min(v[static_cast<size_t>(i)], 5)); };

  const uint64_t s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), s2t = T(s2);
  const uint64_t b0w = W(b0), b0t = T(b0), b1w = W(b1), b1t = T(b1), b2w = W(b2), b2t = T(b2);
  const int s0l = at(st.lc1, s0), s0l2 = at(st.lc2, s0), s0r = at(st.rc1, s0), s0r2 = at(st.rc2, s0);
  const int s1l = at(st.lc1, s1), s1r = at(st.rc1, s1), s1r2 = at(st.rc2, s1);
  const int b0l = at(st.lc1, b0), b0l2 = at(st.lc2, b0);
  const uint64_t d = (s0 > 0 && b0 > 0) ? distance_bucket(b0 - s0) : 0;
  const uint64_t d2 = (s1 >= 0 && s0 > 0) ? distance_bucket(s0 - s1) : 0;

  // Written through a pointer into room for every template (no capacity check per feature).
  f->resize(kMaxParseFeatures);
  uint64_t* out = f->data();
  uint64_t t = 100;
  auto add1 = [&](uint64_t a) __attribute__((always_inline)) { *out++ = feature_hash(++t, a); };
  auto add2 = [&](uint64_t a, uint64_t b) __attribute__((always_inline)) {
    *out++ = feature_hash(++t, a, b);
  };
  auto add3 = [&](uint64_t a, uint64_t b, uint64_t c) __attribute__((always_inline)) {
    *out++ = feature_hash(++t, a, b, c);
  };

  add1(0);  // bias
  // Single words.
  add2(s0w, s0t); add1(s0w); add1(s0t);
  add2(b0w, b0t); add1(b0w); add1(b0t);
  add2(b1w, b1t); add1(b1w); add1(b1t);
  add2(b2w, b2t); add1(b2t);
  add2(s1w, s1t); add1(s1w); add1(s1t);
  add1(s2t); add1(W(s2));
  // Pairs.
  add3(s0w, s0t, syntax_mix(b0w, b0t)); add3(s0w, s0t, b0w); add3(s0w, b0w, b0t);
  add3(s0w, s0t, b0t); add3(s0t, b0w, b0t); add2(s0w, b0w); add2(s0t, b0t); add2(b0t, b1t);
  add3(s1w, s1t, syntax_mix(s0w, s0t)); add2(s1w, s0w); add2(s1t, s0t); add2(s1t, s0w); add2(s1w, s0t);
  add2(s1t, b0t); add2(s1w, b0t); add2(s1t, b0w);
  // Three tags.
  add3(b0t, b1t, b2t); add3(s0t, b0t, b1t); add3(s1t, s0t, b0t); add3(s2t, s1t, s0t);
  add3(s0t, T(s0l), b0t); add3(s0t, T(s0r), b0t); add3(s0t, b0t, T(b0l));
  add3(s1t, s0t, T(s0l)); add3(s1t, s0t, T(s0r)); add3(s1t, T(s1r), s0t); add3(s1t, T(s1l), s0t);
  add3(syntax_mix(s1t, s0t), b0t, b1t); add3(s1w, s0t, b0t); add3(s1t, s0w, b0t); add3(s1t, s0t, b0w);
  // Distance.
  add2(s0w, d); add2(s0t, d); add2(b0w, d); add2(b0t, d); add3(s0w, b0w, d); add3(s0t, b0t, d);
  add3(s1t, s0t, d2); add3(s1w, s0w, d2); add3(s1w, s0t, d2); add3(s1t, s0w, d2);
  // Valency.
  add2(s0w, val(st.nr, s0)); add2(s0t, val(st.nr, s0)); add2(s0w, val(st.nl, s0)); add2(s0t, val(st.nl, s0));
  add2(s1w, val(st.nr, s1)); add2(s1t, val(st.nr, s1)); add2(s1t, val(st.nl, s1));
  add2(b0w, val(st.nl, b0)); add2(b0t, val(st.nl, b0));
  // Children: words, tags, labels.
  for (int c : {s0l, s0r, s1l, s1r, b0l}) { add1(W(c)); add1(T(c)); add1(L(c)); }
  for (int c : {s0l2, s0r2, s1r2, b0l2}) { add1(W(c)); add1(T(c)); add1(L(c)); }
  add3(s0t, T(s0l), T(s0l2)); add3(s0t, T(s0r), T(s0r2)); add3(s1t, T(s1r), T(s1r2));
  add3(b0t, T(b0l), T(b0l2));
  add2(s0t, L(s0l)); add2(s0t, L(s0r)); add2(s1t, L(s1r)); add2(b0t, L(b0l));
  add3(s0t, L(s0l), L(s0r)); add3(s1t, L(s1l), L(s1r));
  // Label sets.
  add2(s0w, at64(st.lset, s0)); add2(s0t, at64(st.lset, s0)); add2(s0w, at64(st.rset, s0));
  add2(s0t, at64(st.rset, s0)); add2(b0w, at64(st.lset, b0)); add2(b0t, at64(st.lset, b0));
  add2(s1t, at64(st.rset, s1)); add2(s1w, at64(st.rset, s1));
  // s1 is the root: only RIGHT at the very end may attach to it.
  add2(s1 == 0 ? 1 : 0, s0t);
  // The tags the words had in training, against the predicted tags: lets the parser doubt a
  // tagging error ("VERB predicted, but the word is usually a NOUN").
  add1(C(s0)); add1(C(b0)); add1(C(b1)); add1(C(s1));
  add2(s0t, C(s0)); add2(b0t, C(b0)); add2(b1t, C(b1)); add2(s1t, C(s1));
  add2(C(s0), C(b0)); add2(C(b0), C(b1)); add2(C(s1), C(s0)); add3(C(s0), C(b0), d);
  const size_t written = static_cast<size_t>(out - f->data());
  if (written > kMaxParseFeatures) std::abort();  // a template was added without making room
  f->resize(written);
}

template <typename Scorer>
int best_legal(const Scorer& score, const ParseInput& in, const ParseState& st,
               std::vector<uint64_t>* feats, std::vector<float>* scores) {
  // With only the root on the stack, SHIFT is the one legal move (and the training oracle's
  // too): nothing to score. *feats and *scores are then left as they were.
  if (!st.can_left() && !st.can_right()) return 0;
  parse_features(in, st, feats);
  std::fill(scores->begin(), scores->end(), 0.0f);
  // Moves come in three ranges (SHIFT, LEFT-*, RIGHT-*); legality is per range, and the legal
  // ranges are contiguous (SHIFT+LEFT when s0 is the stack's only word, RIGHT alone when the
  // buffer is empty, else all): only they are scored, which halves the dense-row bytes read in
  // those configurations (a gain within the shared machine's noise, parser.md). Illegal moves
  // keep score 0 and are never compared.
  const int n_labels = st.n_labels;
  const int first = st.can_shift() ? 0 : st.can_left() ? 1 : n_labels + 1;
  const int end = st.can_right() ? 2 * n_labels + 1 : n_labels + 1;
  score(*feats, first, end, scores->data());
  const float* s = scores->data();
  int best = -1;
  if (st.can_shift()) best = 0;
  if (st.can_left())
    for (int c = 1; c <= n_labels; ++c)
      if (best < 0 || s[c] > s[best]) best = c;
  if (st.can_right())
    for (int c = n_labels + 1; c <= 2 * n_labels; ++c)
      if (best < 0 || s[c] > s[best]) best = c;
  return best;
}

std::string_view plain_label(std::string_view label) {
  size_t p = label.find(kDecoration);
  return p == std::string_view::npos ? label : label.substr(0, p);
}

// True when every word strictly between h and d descends from h (heads 0-based vector with
// index 0 = root, values 1-based).
bool arc_is_projective(const std::vector<int>& heads, int h, int d) {
  const int lo = std::min(h, d), hi = std::max(h, d);
  for (int k = lo + 1; k < hi; ++k) {
    int x = k;
    while (x != 0 && x != h) x = heads[static_cast<size_t>(x)];
    if (x != h) return false;
  }
  return true;
}

}  // namespace

int projectivize(std::vector<int>* heads_in, std::vector<std::string>* labels) {
  // Work on a root-padded copy: h[i] for words 1..n.
  const int n = static_cast<int>(heads_in->size());
  std::vector<int> h(static_cast<size_t>(n) + 1, 0);
  for (int i = 1; i <= n; ++i) h[i] = (*heads_in)[i - 1];
  std::vector<bool> decorated(static_cast<size_t>(n) + 1, false);
  int lifted = 0;
  while (true) {
    int best = -1, best_len = 0;
    for (int d = 1; d <= n; ++d) {
      if (h[d] == 0) continue;
      int len = std::abs(h[d] - d);
      if ((best < 0 || len < best_len) && !arc_is_projective(h, h[d], d)) {
        best = d;
        best_len = len;
      }
    }
    if (best < 0) break;
    const int old_head = h[best];
    if (!decorated[best]) {
      (*labels)[best - 1] += std::string(kDecoration) + std::string(plain_label((*labels)[old_head - 1]));
      decorated[best] = true;
    }
    h[best] = h[old_head];
    ++lifted;
  }
  for (int i = 1; i <= n; ++i) (*heads_in)[i - 1] = h[i];
  return lifted;
}

void deprojectivize(std::vector<int>* heads_in, std::vector<std::string>* labels) {
  const int n = static_cast<int>(heads_in->size());
  std::vector<int> h(static_cast<size_t>(n) + 1, 0);
  for (int i = 1; i <= n; ++i) h[i] = (*heads_in)[i - 1];
  for (int d = 1; d <= n; ++d) {
    std::string& label = (*labels)[d - 1];
    size_t p = label.find(kDecoration);
    if (p == std::string::npos) continue;
    const std::string wanted = label.substr(p + kDecoration.size());
    label.resize(p);
    // Breadth-first below the current head, skipping d's own subtree.
    std::vector<std::vector<int>> children(static_cast<size_t>(n) + 1);
    for (int i = 1; i <= n; ++i) children[h[i]].push_back(i);
    std::deque<int> queue(children[h[d]].begin(), children[h[d]].end());
    while (!queue.empty()) {
      int x = queue.front();
      queue.pop_front();
      if (x == d) continue;
      if (plain_label((*labels)[x - 1]) == wanted) {
        h[d] = x;
        break;
      }
      for (int c : children[x]) queue.push_back(c);
    }
  }
  for (std::string& label : *labels) label.resize(plain_label(label).size());
  for (int i = 1; i <= n; ++i) (*heads_in)[i - 1] = h[i];
}

void parse_words(const DependencyParser& parser, std::span<const std::string_view> words,
                 std::span<const std::string_view> upos, std::vector<int>* heads,
                 std::vector<std::string>* deprels) {
  ParseInput in;
  make_input(parser.word_classes, words, upos, &in);
  ParseState st;
  const int n_labels = static_cast<int>(parser.labels.size());
  st.init(in.n, n_labels);
  std::vector<uint64_t> feats;
  std::vector<float> scores(static_cast<size_t>(2 * n_labels + 1));
  auto score = [&](std::span<const uint64_t> f, int first, int end, float* s) {
    parser.model.score(f, first, end, s);
  };
  while (!st.terminal()) st.apply(best_legal(score, in, st, &feats, &scores));
  heads->resize(words.size());
  deprels->resize(words.size());
  for (int i = 1; i <= in.n; ++i) {
    (*heads)[i - 1] = st.head[i];
    (*deprels)[i - 1] = parser.labels[static_cast<size_t>(st.label[i])];
  }
  deprojectivize(heads, deprels);
}

namespace {

bool is_dateline_dash(std::string_view w) {
  return w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "-" || w == "--" || w == "_";
}

// Letters, none lower case (ASCII and the Latin-1/Latin Extended lower-case ranges of UTF-8
// are checked byte-wise: a lead byte 0xC3 followed by 0x9F-0xBF is a lower-case letter).
bool all_capitals(std::string_view w) {
  bool letter = false;
  for (size_t i = 0; i < w.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 'a' && c <= 'z') return false;
    if (c == 0xC3 && i + 1 < w.size() && static_cast<unsigned char>(w[i + 1]) >= 0x9F) return false;
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC3 && c < 0xE0)) letter = true;
  }
  return letter;
}

bool capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

}  // namespace

uint32_t dateline_length(const Document& doc, const Sentence& s) {
  const uint32_t first = s.first_token, end = std::min(s.end_token, first + 12);
  if (first >= end) return 0;
  const uint32_t start_byte = doc.tokens[first].span.begin;
  for (uint32_t b = start_byte; b > 0;) {  // the paragraph's first token: only spaces before
    const char c = doc.text[--b];
    if (c == '\n') break;
    if (c != ' ' && c != '\t') return 0;
  }
  auto word = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  uint32_t t = first;
  while (t < end && all_capitals(word(t)) && !is_dateline_dash(word(t))) ++t;
  if (t == first) return 0;
  if (t < end && word(t) == ",") {
    ++t;
    while (t < end && capitalised(word(t)) && !is_dateline_dash(word(t))) ++t;
  }
  if (t < end && word(t) == "(") {
    while (t < end && word(t) != ")") ++t;
    if (t == end) return 0;
    ++t;
  }
  if (t >= end || !is_dateline_dash(word(t)) || t + 1 >= s.end_token) return 0;
  return t + 1 - first;
}

void parse_dependencies(const DependencyParser& parser, Document& doc) {
  std::vector<std::string_view> words, upos;
  std::vector<int> heads;
  std::vector<std::string> deprels;
  for (const Sentence& s : doc.sentences) {
    const uint32_t dateline = dateline_length(doc, s);
    const uint32_t body = s.first_token + dateline;
    words.clear();
    upos.clear();
    for (uint32_t i = body; i < s.end_token; ++i) {
      words.push_back(doc.slice(doc.tokens[i].span));
      upos.push_back(doc.tokens[i].upos);
    }
    parse_words(parser, words, upos, &heads, &deprels);
    int32_t root = -1;
    for (uint32_t i = body; i < s.end_token; ++i) {
      Token& t = doc.tokens[i];
      const int h = heads[i - body];
      t.head = h == 0 ? -1 : static_cast<int32_t>(body) + h - 1;
      t.deprel = std::move(deprels[i - body]);
      if (h == 0 && root < 0) root = static_cast<int32_t>(i);
    }
    for (uint32_t i = s.first_token; i < body; ++i) {
      Token& t = doc.tokens[i];
      const bool punct = t.upos == "PUNCT" || !std::isalnum(static_cast<unsigned char>(doc.slice(t.span)[0]));
      t.head = i == s.first_token ? root : static_cast<int32_t>(s.first_token);
      t.deprel = i == s.first_token ? "dep" : punct ? "punct" : "flat";
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Training

namespace {

struct TrainSentence {
  ParseInput in;
  std::vector<int> gold_head;   // index 0 unused; 1..n
  std::vector<int> gold_label;
  std::vector<std::vector<int>> children;  // gold
};

// Cost of each unlabeled move (Goldberg & Nivre 2013, arc-hybrid): gold arcs it makes unreachable.
void move_costs(const TrainSentence& g, const ParseState& st, int* shift, int* left, int* right) {
  const size_t depth = st.stack.size();
  const int s0 = st.stack.back();
  const int s1 = depth >= 2 ? st.stack[depth - 2] : -1;
  const int b0 = st.b;
  *shift = *left = *right = 0;
  if (st.can_shift()) {
    for (size_t k = 0; k < depth; ++k) {
      const int x = st.stack[k];
      if (g.gold_head[b0] == x && x != s0) ++*shift;
      if (x != 0 && g.gold_head[x] == b0) ++*shift;
    }
  }
  if (s0 != 0) {
    int deps_in_buffer = 0;
    for (int c : g.children[s0])
      if (c >= st.b) ++deps_in_buffer;
    const int gh = g.gold_head[s0];
    *left = deps_in_buffer + ((gh == s1 || (gh > st.b && gh <= st.n)) ? 1 : 0);
    *right = deps_in_buffer + ((gh >= st.b && gh <= st.n) ? 1 : 0);
  }
}

}  // namespace

DependencyParser train_dependency_parser(const std::vector<ConlluSentence>& train,
                                         const std::vector<ConlluSentence>& dev,
                                         const ParseTrainOptions& options,
                                         void (*progress)(const std::string& line)) {
  DependencyParser parser;
  // Projectivise and collect labels.
  struct Tree {
    std::vector<std::string_view> words, upos;
    std::vector<int> heads;
    std::vector<std::string> labels;
  };
  std::vector<Tree> trees;
  std::map<std::string, int> label_counts;
  int lifted = 0;
  for (const ConlluSentence& s : train) {
    if (s.words.empty()) continue;
    Tree t;
    bool complete = true;
    for (const ConlluWord& w : s.words) {
      t.words.push_back(w.form);
      t.upos.push_back(w.upos);
      t.heads.push_back(w.head);
      t.labels.push_back(w.deprel);
      complete = complete && w.head >= 0 && !w.deprel.empty();
    }
    if (!complete) continue;
    lifted += projectivize(&t.heads, &t.labels);
    for (const std::string& l : t.labels) ++label_counts[l];
    trees.push_back(std::move(t));
  }
  std::map<std::string, int> label_ids;
  for (const auto& [l, c] : label_counts) {
    std::string name = c >= options.min_decorated_count ? l : std::string(plain_label(l));
    label_ids.emplace(name, 0);
  }
  for (auto& [l, id] : label_ids) {
    id = static_cast<int>(parser.labels.size());
    parser.labels.push_back(l);
  }
  const int n_labels = static_cast<int>(parser.labels.size());
  if (progress)
    progress(std::to_string(trees.size()) + " trees, " + std::to_string(lifted) +
             " arcs lifted, " + std::to_string(n_labels) + " labels");

  // Word classes: for words seen at least 3 times, the (training-column) UPOS tags they had in
  // at least 1% of their occurrences, as a bitmask over the sorted tag names.
  {
    std::map<std::string, int> tag_ids;
    for (const Tree& t : trees)
      for (std::string_view u : t.upos) tag_ids.emplace(std::string(u), 0);
    int next = 0;
    for (auto& [name, id] : tag_ids) id = next++;
    std::unordered_map<uint64_t, std::map<int, int>> seen;
    for (const Tree& t : trees)
      for (size_t i = 0; i < t.words.size(); ++i)
        ++seen[syntax_hash(syntax_normalise_word(t.words[i]))][tag_ids[std::string(t.upos[i])]];
    for (const auto& [word, counts] : seen) {
      int total = 0;
      for (const auto& [tag, c] : counts) total += c;
      uint32_t mask = 0;
      for (const auto& [tag, c] : counts)
        if (c * 100 >= total && tag < 32) mask |= 1u << tag;
      if (total >= 3) parser.word_classes.emplace(word, mask);
    }
  }

  std::vector<TrainSentence> data;
  for (const Tree& t : trees) {
    TrainSentence g;
    make_input(parser.word_classes, t.words, t.upos, &g.in);
    g.gold_head.assign(t.words.size() + 1, 0);
    g.gold_label.assign(t.words.size() + 1, 0);
    g.children.assign(t.words.size() + 1, {});
    for (size_t i = 0; i < t.words.size(); ++i) {
      auto it = label_ids.find(t.labels[i]);
      if (it == label_ids.end()) it = label_ids.find(std::string(plain_label(t.labels[i])));
      g.gold_head[i + 1] = t.heads[i];
      g.gold_label[i + 1] = it == label_ids.end() ? 0 : it->second;
      g.children[static_cast<size_t>(t.heads[i])].push_back(static_cast<int>(i) + 1);
    }
    data.push_back(std::move(g));
  }

  PerceptronTrainer trainer(2 * n_labels + 1);
  std::vector<size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<uint64_t> feats;
  std::vector<float> scores(static_cast<size_t>(2 * n_labels + 1));
  std::vector<int> costs(scores.size());
  ParseState st;
  // The trainer scores every class (best_gold compares them all).
  auto train_score = [&](std::span<const uint64_t> f, int, int, float* s) { trainer.score(f, s); };
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t moves = 0, errors = 0;
    for (size_t k : order) {
      const TrainSentence& g = data[k];
      st.init(g.in.n, n_labels);
      while (!st.terminal()) {
        const int guess = best_legal(train_score, g.in, st, &feats, &scores);
        int shift = 0, left = 0, right = 0;
        move_costs(g, st, &shift, &left, &right);
        const int s0 = st.stack.back();
        const int s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
        int min_cost = 1 << 30;
        for (int c = 0; c < static_cast<int>(costs.size()); ++c) {
          if (!st.legal(c)) { costs[c] = 1 << 30; continue; }
          if (c == 0) costs[c] = shift;
          else if (c <= n_labels)
            costs[c] = left + ((g.gold_head[s0] == st.b && g.gold_label[s0] != c - 1) ? 1 : 0);
          else
            costs[c] = right + ((g.gold_head[s0] == s1 && g.gold_label[s0] != c - 1 - n_labels) ? 1 : 0);
          min_cost = std::min(min_cost, costs[c]);
        }
        int best_gold = -1;
        for (int c = 0; c < static_cast<int>(costs.size()); ++c)
          if (costs[c] == min_cost && (best_gold < 0 || scores[c] > scores[best_gold])) best_gold = c;
        ++moves;
        if (costs[guess] > min_cost) {
          ++errors;
          trainer.update(feats, best_gold, guess);
        } else {
          trainer.update(feats, guess, guess);  // advances the averaging clock
        }
        const bool explore = epoch >= options.explore_from_epoch &&
                             coin(rng) < options.explore_probability;
        st.apply(explore ? guess : best_gold);
      }
    }
    if (progress) {
      std::string line = "epoch " + std::to_string(epoch) + ": train move accuracy " +
                         std::to_string(100.0 * (moves - errors) / std::max<size_t>(moves, 1));
      if (!dev.empty() && epoch + 3 >= options.epochs) {
        parser.model = trainer.averaged(options.prune);
        size_t words = 0, uas = 0, las = 0;
        std::vector<std::string_view> w, u;
        std::vector<int> heads;
        std::vector<std::string> deprels;
        for (const ConlluSentence& s : dev) {
          w.clear();
          u.clear();
          for (const ConlluWord& x : s.words) {
            w.push_back(x.form);
            u.push_back(x.upos);
          }
          parse_words(parser, w, u, &heads, &deprels);
          for (size_t i = 0; i < s.words.size(); ++i) {
            ++words;
            if (heads[i] == s.words[i].head) {
              ++uas;
              las += universal_deprel(deprels[i]) == universal_deprel(s.words[i].deprel);
            }
          }
        }
        line += ", dev UAS " + std::to_string(100.0 * uas / std::max<size_t>(words, 1)) +
                " LAS " + std::to_string(100.0 * las / std::max<size_t>(words, 1));
      }
      progress(line);
    }
  }
  parser.model = trainer.averaged(options.prune);
  return parser;
}

std::string serialize_dependency_parser(const DependencyParser& parser) {
  std::string out(kMagic);
  put_u32(&out, static_cast<uint32_t>(parser.labels.size()));
  for (const std::string& l : parser.labels) put_string(&out, l);
  std::vector<std::pair<uint64_t, uint32_t>> classes(parser.word_classes.begin(), parser.word_classes.end());
  std::sort(classes.begin(), classes.end());
  put_u32(&out, static_cast<uint32_t>(classes.size()));
  for (const auto& [word, mask] : classes) {
    out.append(reinterpret_cast<const char*>(&word), 8);
    put_u32(&out, mask);
  }
  parser.model.append_to(&out);
  return out;
}

std::optional<corpus::InputError> parse_dependency_parser(std::string_view data,
                                                          const std::string& file,
                                                          DependencyParser* out) {
  auto bad = [&](const char* what) { return corpus::InputError{what, file, -1, 0}; };
  if (data.substr(0, kMagic.size()) != kMagic)
    return bad("not a version-2 dependency parser model (bad header)");
  size_t pos = kMagic.size();
  uint32_t n = 0;
  if (!get_u32(data, &pos, &n) || n == 0 || n > 1000) return bad("truncated or corrupt parser model");
  out->labels.resize(n);
  for (std::string& l : out->labels)
    if (!get_string(data, &pos, &l)) return bad("truncated or corrupt parser model");
  uint32_t n_words = 0;
  if (!get_u32(data, &pos, &n_words) || data.size() - pos < static_cast<size_t>(n_words) * 12)
    return bad("truncated or corrupt parser model");
  out->word_classes.clear();
  out->word_classes.reserve(n_words);
  for (uint32_t i = 0; i < n_words; ++i) {
    uint64_t word;
    uint32_t mask;
    std::memcpy(&word, data.data() + pos, 8);
    pos += 8;
    get_u32(data, &pos, &mask);
    out->word_classes.emplace(word, mask);
  }
  if (!out->model.read_from(data, &pos) || out->model.n_classes() != static_cast<int>(2 * n + 1) ||
      pos != data.size())
    return bad("truncated or corrupt parser model");
  return std::nullopt;
}

std::optional<corpus::InputError> load_dependency_parser(const std::string& model_dir,
                                                         DependencyParser* out) {
  std::string path = model_dir + "/parser.bin";
  std::string data;
  if (auto err = read_model_file(path, &data)) return err;
  return parse_dependency_parser(data, path, out);
}

}  // namespace newsgraph::extractor
