#include "extractor/pos_tagger.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <map>
#include <numeric>
#include <random>

#include "extractor/conllu.h"

namespace newsgraph::extractor {
namespace {

constexpr std::string_view kMagic = "newsgraph-pos 1\n";
constexpr int kMaxTags = 32;

// What the features need of one word, hashed once per sentence.
struct WordInfo {
  uint64_t norm = 0;             // lowercased, digits -> '0'
  uint64_t form = 0;             // as written
  std::array<uint64_t, 4> suffix{};
  std::array<uint64_t, 2> prefix{};
  uint64_t shape = 0;
  uint64_t cls = 0;              // bitmask of tags seen in training (0: unseen)
};


std::string word_shape(std::string_view w) {
  std::string out;
  char last = 0;
  int run = 0;
  for (unsigned char c : w) {
    char s = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x'
             : (c >= '0' && c <= '9') ? 'd' : (c >= 0x80) ? 'u' : static_cast<char>(c);
    run = s == last ? run + 1 : 1;
    last = s;
    if (run <= 2) out += s;
    if (out.size() >= 12) break;
  }
  return out;
}

// A suffix of `s` of up to `k` bytes, not starting inside a UTF-8 sequence.
std::string_view suffix(std::string_view s, size_t k) {
  if (s.size() <= k) return s;
  size_t b = s.size() - k;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  return s.substr(b);
}

std::string_view prefix(std::string_view s, size_t k) {
  if (s.size() <= k) return s;
  size_t e = k;
  while (e < s.size() && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) ++e;
  return s.substr(0, e);
}

const WordInfo& boundary_info(int which) {
  static const WordInfo kStart = [] {
    WordInfo w;
    w.norm = w.shape = syntax_hash("<s>");
    for (auto& x : w.suffix) x = w.norm;
    for (auto& x : w.prefix) x = w.norm;
    w.cls = 1ULL << 40;
    return w;
  }();
  static const WordInfo kEnd = [] {
    WordInfo w;
    w.norm = w.shape = syntax_hash("</s>");
    for (auto& x : w.suffix) x = w.norm;
    for (auto& x : w.prefix) x = w.norm;
    w.cls = 1ULL << 41;
    return w;
  }();
  return which < 0 ? kStart : kEnd;
}

void word_infos(const std::unordered_map<uint64_t, uint32_t>& classes,
                std::span<const std::string_view> words, std::vector<WordInfo>* out) {
  out->resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    WordInfo& w = (*out)[i];
    std::string norm = syntax_normalise_word(words[i]);
    w.norm = syntax_hash(norm);
    w.form = syntax_hash(words[i]);
    for (size_t k = 0; k < 4; ++k) w.suffix[k] = syntax_hash(suffix(norm, k + 1));
    for (size_t k = 0; k < 2; ++k) w.prefix[k] = syntax_hash(prefix(norm, k + 1));
    w.shape = syntax_hash(word_shape(words[i]));
    auto it = classes.find(w.norm);
    w.cls = it == classes.end() ? 0 : it->second;
  }
}

// The features of word i given the two previous predicted tags (kMaxTags = none).
void pos_features(const std::vector<WordInfo>& w, size_t i, uint64_t t1, uint64_t t2,
                  std::vector<uint64_t>* f) {
  auto at = [&](long j) -> const WordInfo& {
    if (j < 0) return boundary_info(-1);
    if (j >= static_cast<long>(w.size())) return boundary_info(1);
    return w[static_cast<size_t>(j)];
  };
  const long li = static_cast<long>(i);
  const WordInfo& w0 = w[i];
  const WordInfo& p1 = at(li - 1);
  const WordInfo& p2 = at(li - 2);
  const WordInfo& n1 = at(li + 1);
  const WordInfo& n2 = at(li + 2);
  f->clear();
  uint64_t t = 0;
  f->push_back(feature_hash(++t, 0));
  f->push_back(feature_hash(++t, w0.norm));
  for (uint64_t s : w0.suffix) f->push_back(feature_hash(++t, s));
  for (uint64_t p : w0.prefix) f->push_back(feature_hash(++t, p));
  f->push_back(feature_hash(++t, w0.shape));
  f->push_back(feature_hash(++t, w0.cls));
  f->push_back(feature_hash(++t, t1));
  f->push_back(feature_hash(++t, t1, t2));
  f->push_back(feature_hash(++t, t1, w0.norm));
  f->push_back(feature_hash(++t, p1.norm));
  f->push_back(feature_hash(++t, p1.suffix[2]));
  f->push_back(feature_hash(++t, p2.norm));
  f->push_back(feature_hash(++t, n1.norm));
  f->push_back(feature_hash(++t, n1.suffix[2]));
  f->push_back(feature_hash(++t, n2.norm));
  f->push_back(feature_hash(++t, n1.cls));
  f->push_back(feature_hash(++t, n2.cls));
  f->push_back(feature_hash(++t, w0.cls, n1.cls));
  f->push_back(feature_hash(++t, t1, w0.cls));
  f->push_back(feature_hash(++t, t1, n1.cls));
  f->push_back(feature_hash(++t, w0.norm, n1.norm));
  f->push_back(feature_hash(++t, p1.norm, w0.norm));
  f->push_back(feature_hash(++t, n1.shape));
  f->push_back(feature_hash(++t, i == 0 ? 1 : 0, w0.shape));
  f->push_back(feature_hash(++t, w0.cls, w0.suffix[2]));
  f->push_back(feature_hash(++t, t1, w0.suffix[2]));
  f->push_back(feature_hash(++t, p1.cls, w0.cls, n1.cls));
  f->push_back(feature_hash(++t, w0.form));
  f->push_back(feature_hash(++t, w0.form, t1));
  f->push_back(feature_hash(++t, p1.form));
  f->push_back(feature_hash(++t, n1.form));
  f->push_back(feature_hash(++t, w0.suffix[1], n1.suffix[1]));
  f->push_back(feature_hash(++t, t1, w0.shape));
  f->push_back(feature_hash(++t, p1.suffix[1], w0.suffix[1]));
}

// Greedy tagging in one direction. Appends each word's class scores to *all_scores (n_tags per
// word) when it is not null; trains `trainer` on `gold` when they are given.
template <typename Scorer>
void greedy_tag(const Scorer& score, size_t n_tags, const std::vector<WordInfo>& infos,
                std::vector<uint16_t>* tags, std::vector<uint64_t>* feats,
                std::vector<float>* all_scores, const std::vector<uint16_t>* gold = nullptr,
                PerceptronTrainer* trainer = nullptr) {
  tags->clear();
  if (all_scores) all_scores->assign(infos.size() * n_tags, 0.0f);
  uint64_t t1 = kMaxTags, t2 = kMaxTags;
  float scores[kMaxTags];
  for (size_t i = 0; i < infos.size(); ++i) {
    pos_features(infos, i, t1, t2, feats);
    std::fill(scores, scores + n_tags, 0.0f);
    score(*feats, scores);
    uint16_t best = 0;
    for (uint16_t c = 1; c < n_tags; ++c)
      if (scores[c] > scores[best]) best = c;
    if (trainer) trainer->update(*feats, (*gold)[i], best);
    if (all_scores) std::copy(scores, scores + n_tags, all_scores->begin() + static_cast<long>(i * n_tags));
    tags->push_back(best);
    t2 = t1;
    t1 = best;
  }
}

// Left-to-right and right-to-left greedy passes; each word takes the tag with the highest sum
// of the two passes' scores.
void bidirectional_tag(const LinearModel& forward, const LinearModel& backward, size_t n_tags,
                       std::vector<WordInfo>* infos, std::vector<uint16_t>* tags) {
  std::vector<uint64_t> feats;
  std::vector<float> fw, bw;
  greedy_tag([&](std::span<const uint64_t> f, float* s) { forward.score(f, s); }, n_tags, *infos,
             tags, &feats, &fw);
  std::reverse(infos->begin(), infos->end());
  greedy_tag([&](std::span<const uint64_t> f, float* s) { backward.score(f, s); }, n_tags, *infos,
             tags, &feats, &bw);
  std::reverse(infos->begin(), infos->end());
  const size_t n = infos->size();
  tags->assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const float* a = fw.data() + i * n_tags;
    const float* b = bw.data() + (n - 1 - i) * n_tags;
    uint16_t best = 0;
    for (uint16_t c = 1; c < n_tags; ++c)
      if (a[c] + b[c] > a[best] + b[best]) best = c;
    (*tags)[i] = best;
  }
}

}  // namespace

void tag_words(const PosTagger& tagger, std::span<const std::string_view> words,
               std::vector<uint16_t>* tags) {
  std::vector<WordInfo> infos;
  word_infos(tagger.classes, words, &infos);
  bidirectional_tag(tagger.model, tagger.model_backward, tagger.tags.size(), &infos, tags);
}

void tag_pos(const PosTagger& tagger, Document& doc) {
  std::vector<std::string_view> words;
  std::vector<uint16_t> tags;
  for (const Sentence& s : doc.sentences) {
    words.clear();
    for (uint32_t i = s.first_token; i < s.end_token; ++i) words.push_back(doc.slice(doc.tokens[i].span));
    tag_words(tagger, words, &tags);
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      Token& t = doc.tokens[i];
      t.upos = tagger.tags[tags[i - s.first_token]];
      t.lemma = lemmatize(tagger.lemmatizer, words[i - s.first_token], t.upos);
    }
  }
}

PosTagger train_pos_tagger(const std::vector<ConlluSentence>& train,
                           const std::vector<ConlluSentence>& dev, const PosTrainOptions& options,
                           void (*progress)(const std::string& line)) {
  PosTagger tagger;
  // The tag set, in a fixed (sorted) order.
  std::map<std::string, int> tag_ids;
  for (const ConlluSentence& s : train)
    for (const ConlluWord& w : s.words) tag_ids.emplace(w.upos, 0);
  for (auto& [name, id] : tag_ids) {
    id = static_cast<int>(tagger.tags.size());
    tagger.tags.push_back(name);
  }
  // Ambiguity classes: for words seen at least min_class_count times, the tags they had in at
  // least 1% of their occurrences.
  std::unordered_map<uint64_t, std::map<int, int>> seen;
  for (const ConlluSentence& s : train)
    for (const ConlluWord& w : s.words) ++seen[syntax_hash(syntax_normalise_word(w.form))][tag_ids[w.upos]];
  for (const auto& [word, counts] : seen) {
    int total = 0;
    for (const auto& [t, c] : counts) total += c;
    uint32_t mask = 0;
    for (const auto& [t, c] : counts)
      if (c * 100 >= total) mask |= 1u << t;
    if (total >= options.min_class_count) tagger.classes.emplace(word, mask);
  }
  tagger.lemmatizer = train_lemmatizer(train);

  // Pre-compute the words and gold tags, forwards and backwards.
  struct Example {
    std::vector<WordInfo> infos, reversed;
    std::vector<uint16_t> gold, gold_reversed;
  };
  auto prepare = [&](const std::vector<ConlluSentence>& sentences) {
    std::vector<Example> out;
    std::vector<std::string_view> words;
    for (const ConlluSentence& s : sentences) {
      if (s.words.empty()) continue;
      Example e;
      words.clear();
      for (const ConlluWord& w : s.words) {
        words.push_back(w.form);
        auto it = tag_ids.find(w.upos);
        e.gold.push_back(static_cast<uint16_t>(it == tag_ids.end() ? kMaxTags : it->second));
      }
      word_infos(tagger.classes, words, &e.infos);
      e.reversed.assign(e.infos.rbegin(), e.infos.rend());
      e.gold_reversed.assign(e.gold.rbegin(), e.gold.rend());
      out.push_back(std::move(e));
    }
    return out;
  };
  std::vector<Example> train_ex = prepare(train), dev_ex = prepare(dev);
  const size_t n_tags = tagger.tags.size();
  PerceptronTrainer forward(static_cast<int>(n_tags)), backward(static_cast<int>(n_tags));
  std::vector<size_t> order(train_ex.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  std::vector<uint16_t> tags;
  std::vector<uint64_t> feats;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t k : order) {
      const Example& e = train_ex[k];
      greedy_tag([&](std::span<const uint64_t> f, float* s) { forward.score(f, s); }, n_tags,
                 e.infos, &tags, &feats, nullptr, &e.gold, &forward);
      for (size_t i = 0; i < tags.size(); ++i) correct += tags[i] == e.gold[i];
      total += tags.size();
      greedy_tag([&](std::span<const uint64_t> f, float* s) { backward.score(f, s); }, n_tags,
                 e.reversed, &tags, &feats, nullptr, &e.gold_reversed, &backward);
    }
    if (progress) {
      std::string line = "epoch " + std::to_string(epoch) + ": train UPOS (forward pass) " +
                         std::to_string(100.0 * correct / std::max<size_t>(total, 1));
      if (!dev_ex.empty()) {
        tagger.model = forward.averaged(options.prune);
        tagger.model_backward = backward.averaged(options.prune);
        size_t dc = 0, dt = 0;
        for (Example& e : dev_ex) {
          bidirectional_tag(tagger.model, tagger.model_backward, n_tags, &e.infos, &tags);
          for (size_t i = 0; i < tags.size(); ++i) dc += tags[i] == e.gold[i];
          dt += tags.size();
        }
        line += ", dev UPOS " + std::to_string(100.0 * dc / std::max<size_t>(dt, 1));
      }
      progress(line);
    }
  }
  tagger.model = forward.averaged(options.prune);
  tagger.model_backward = backward.averaged(options.prune);
  return tagger;
}

void jackknife_upos(std::vector<ConlluSentence>* sentences, int folds, const PosTrainOptions& options) {
  std::vector<std::vector<std::string>> tags(sentences->size());
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<ConlluSentence> train;
    for (size_t i = 0; i < sentences->size(); ++i)
      if (static_cast<int>(i % static_cast<size_t>(folds)) != fold) train.push_back((*sentences)[i]);
    PosTagger tagger = train_pos_tagger(train, {}, options, nullptr);
    std::vector<std::string_view> words;
    std::vector<uint16_t> t;
    for (size_t i = static_cast<size_t>(fold); i < sentences->size(); i += static_cast<size_t>(folds)) {
      words.clear();
      for (const ConlluWord& w : (*sentences)[i].words) words.push_back(w.form);
      tag_words(tagger, words, &t);
      for (uint16_t x : t) tags[i].push_back(tagger.tags[x]);
    }
  }
  for (size_t i = 0; i < sentences->size(); ++i)
    for (size_t j = 0; j < tags[i].size(); ++j) (*sentences)[i].words[j].upos = tags[i][j];
}

std::string serialize_pos_tagger(const PosTagger& tagger) {
  std::string out(kMagic);
  put_u32(&out, static_cast<uint32_t>(tagger.tags.size()));
  for (const std::string& t : tagger.tags) put_string(&out, t);
  std::vector<std::pair<uint64_t, uint32_t>> classes(tagger.classes.begin(), tagger.classes.end());
  std::sort(classes.begin(), classes.end());
  put_u32(&out, static_cast<uint32_t>(classes.size()));
  for (const auto& [word, mask] : classes) {
    out.append(reinterpret_cast<const char*>(&word), 8);
    put_u32(&out, mask);
  }
  tagger.model.append_to(&out);
  tagger.model_backward.append_to(&out);
  return out;
}

std::optional<corpus::InputError> parse_pos_tagger(std::string_view data, const std::string& file,
                                                   PosTagger* out) {
  auto bad = [&](const char* what) { return corpus::InputError{what, file, -1, 0}; };
  if (data.substr(0, kMagic.size()) != kMagic)
    return bad("not a version-1 POS tagger model (bad header)");
  size_t pos = kMagic.size();
  uint32_t n = 0;
  if (!get_u32(data, &pos, &n) || n == 0 || n > kMaxTags) return bad("truncated or corrupt POS tagger model");
  out->tags.resize(n);
  for (std::string& t : out->tags)
    if (!get_string(data, &pos, &t)) return bad("truncated or corrupt POS tagger model");
  if (!get_u32(data, &pos, &n) || data.size() - pos < static_cast<size_t>(n) * 12)
    return bad("truncated or corrupt POS tagger model");
  out->classes.clear();
  out->classes.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t word;
    uint32_t mask;
    std::memcpy(&word, data.data() + pos, 8);
    pos += 8;
    get_u32(data, &pos, &mask);
    out->classes.emplace(word, mask);
  }
  if (!out->model.read_from(data, &pos) || out->model.n_classes() != static_cast<int>(out->tags.size()) ||
      !out->model_backward.read_from(data, &pos) ||
      out->model_backward.n_classes() != static_cast<int>(out->tags.size()) || pos != data.size())
    return bad("truncated or corrupt POS tagger model");
  return std::nullopt;
}

std::optional<corpus::InputError> load_pos_tagger(const std::string& model_dir, PosTagger* out) {
  std::string path = model_dir + "/pos.bin";
  std::string data;
  if (auto err = read_model_file(path, &data)) return err;
  if (auto err = parse_pos_tagger(data, path, out)) return err;
  std::string lemma_path = model_dir + "/lemma.tsv";
  if (auto err = read_model_file(lemma_path, &data)) return err;
  return parse_lemmatizer(data, lemma_path, &out->lemmatizer);
}

}  // namespace newsgraph::extractor
