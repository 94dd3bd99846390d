// newsgraph-train ner clusters: learns word clusters for the NER tagger from unlabelled text
// (extractor/ner_features.h uses them as features), by the exchange algorithm on a predictive
// class bigram model (Uszkoreit and Brants 2008, "Distributed word clustering for large scale
// class-based language modeling in machine translation"; Kneser and Ney 1993).
//
//   newsgraph-train ner clusters --text words.txt --corpus ../shared/data/conll2003/eng.train
//       --out extractor/models/ner_clusters.txt
//
// Input: --text files with one tokenized sentence per line (words separated by spaces), and
// --corpus files in any NER corpus format (their words only; labels are ignored). Words are
// lower-cased with digits mapped to 0 (ner_lower); words seen fewer than --min-count times are
// not clustered. Output: "path<TAB>word<TAB>count" lines, path = the word's class at each
// granularity (--classes, default 64,256,1024) joined by ':' ("17:203:911"). Deterministic:
// words start in classes by frequency rank and are visited in frequency order.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <unordered_map>

#include "extractor/ner_data.h"
#include "extractor/ner_features.h"

using namespace newsgraph::extractor;

namespace {

inline double xlogx(double x) { return x > 0 ? x * std::log(x) : 0.0; }

// Exchange clustering of word ids 1..V-1 (0 = sentence boundary / rare, fixed in class 0
// of its own) into k classes. bigrams: (previous word, word) -> count.
std::vector<int> exchange(size_t vocab, const std::vector<uint32_t>& word_count,
                          const std::vector<std::vector<std::pair<uint32_t, uint32_t>>>& preds, int k, int iterations) {
  // Class of each word: words in frequency rank order (ids are ranks) start round robin.
  std::vector<int> cls(vocab);
  cls[0] = k;  // the boundary / rare word has its own class k
  for (size_t w = 1; w < vocab; ++w) cls[w] = static_cast<int>((w - 1) % k);
  const int K = k + 1;
  // N(v, c): count of previous word v followed by a word of class c. Dense V x K.
  std::vector<uint32_t> nvc(vocab * K, 0);
  std::vector<double> nc(K, 0);
  for (size_t w = 0; w < vocab; ++w) {
    nc[cls[w]] += word_count[w];
    for (auto [v, n] : preds[w]) nvc[static_cast<size_t>(v) * K + cls[w]] += n;
  }
  std::vector<double> delta(K);
  for (int it = 0; it < iterations; ++it) {
    size_t moved = 0;
    for (size_t w = 1; w < vocab; ++w) {
      const int a = cls[w];
      const double nw = word_count[w];
      // Remove w from its class.
      for (auto [v, n] : preds[w]) nvc[static_cast<size_t>(v) * K + a] -= n;
      nc[a] -= nw;
      // Gain of adding w to each class c.
      for (int c = 0; c < k; ++c) delta[c] = -(xlogx(nc[c] + nw) - xlogx(nc[c]));
      for (auto [v, n] : preds[w]) {
        const uint32_t* row = &nvc[static_cast<size_t>(v) * K];
        for (int c = 0; c < k; ++c) delta[c] += xlogx(row[c] + static_cast<double>(n)) - xlogx(row[c]);
      }
      int best = a;
      for (int c = 0; c < k; ++c)
        if (delta[c] > delta[best] + 1e-9) best = c;
      if (best != a) ++moved;
      cls[w] = best;
      for (auto [v, n] : preds[w]) nvc[static_cast<size_t>(v) * K + best] += n;
      nc[best] += nw;
    }
    std::fprintf(stderr, "clusters: k=%d iteration %d: %zu words moved\n", k, it + 1, moved);
    if (moved == 0) break;
  }
  return cls;
}

}  // namespace

int train_ner_clusters_main(int argc, char** argv) {
  CLI::App app{"Learn word clusters for the NER tagger (exchange algorithm)", "newsgraph-train ner clusters"};
  std::vector<std::string> text_files, corpus_files;
  std::string out;
  std::vector<int> classes = {64, 256, 1024};
  int min_count = 3, iterations = 6;
  app.add_option("--text", text_files, "tokenized text, one sentence per line");
  app.add_option("--corpus", corpus_files, "NER corpus files (words only)");
  app.add_option("--out", out, "cluster file to write")->required();
  app.add_option("--classes", classes, "class counts, coarse to fine")->capture_default_str();
  app.add_option("--min-count", min_count, "cluster words seen at least this often")->capture_default_str();
  app.add_option("--iterations", iterations, "exchange passes per class count")->capture_default_str();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  // Sentences as lower-cased words.
  std::vector<std::vector<std::string>> sentences;
  for (const auto& path : text_files) {
    std::ifstream in(path);
    if (!in) { std::fprintf(stderr, "newsgraph: train ner clusters: cannot open text (%s)\n", path.c_str()); return 1; }
    std::string line;
    while (std::getline(in, line)) {
      std::vector<std::string> words;
      size_t i = 0;
      while (i < line.size()) {
        while (i < line.size() && line[i] == ' ') ++i;
        size_t j = line.find(' ', i);
        if (j == std::string::npos) j = line.size();
        if (j > i) words.push_back(ner_lower(std::string_view(line).substr(i, j - i)));
        i = j;
      }
      if (!words.empty()) sentences.push_back(std::move(words));
    }
  }
  for (const auto& path : corpus_files) {
    NerCorpus corpus;
    if (auto err = read_ner_corpus(path, NerFormat::kAuto, &corpus)) {
      std::fprintf(stderr, "newsgraph: train ner clusters: %s (%s)\n", err->message.c_str(), err->file.c_str());
      return 1;
    }
    for (const auto& d : corpus.documents)
      for (const auto& s : d.sentences) {
        std::vector<std::string> words;
        for (const auto& w : s.words) words.push_back(ner_lower(w));
        sentences.push_back(std::move(words));
      }
  }
  // Vocabulary by frequency rank (ties by word), id 0 = boundary / rare.
  std::unordered_map<std::string, uint32_t> freq;
  size_t tokens = 0;
  for (const auto& s : sentences)
    for (const auto& w : s) { ++freq[w]; ++tokens; }
  std::vector<std::pair<std::string, uint32_t>> vocab_list;
  for (const auto& [w, c] : freq)
    if (c >= static_cast<uint32_t>(min_count)) vocab_list.emplace_back(w, c);
  std::sort(vocab_list.begin(), vocab_list.end(),
            [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  std::unordered_map<std::string, uint32_t> id;
  std::vector<uint32_t> word_count(vocab_list.size() + 1, 0);
  for (size_t i = 0; i < vocab_list.size(); ++i) {
    id.emplace(vocab_list[i].first, static_cast<uint32_t>(i + 1));
    word_count[i + 1] = vocab_list[i].second;
  }
  const size_t vocab = vocab_list.size() + 1;
  std::vector<std::unordered_map<uint32_t, uint32_t>> pred_maps(vocab);
  for (const auto& s : sentences) {
    uint32_t prev = 0;
    for (const auto& w : s) {
      auto it = id.find(w);
      uint32_t cur = it == id.end() ? 0 : it->second;
      if (cur == 0) word_count[0] += 1;
      ++pred_maps[cur][prev];
      prev = cur;
    }
    ++pred_maps[0][prev];  // sentence end
    word_count[0] += 1;
  }
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> preds(vocab);
  for (size_t w = 0; w < vocab; ++w) {
    preds[w].assign(pred_maps[w].begin(), pred_maps[w].end());
    std::sort(preds[w].begin(), preds[w].end());
  }
  pred_maps.clear();
  std::fprintf(stderr, "clusters: %zu sentences, %zu tokens, %zu word types clustered\n", sentences.size(), tokens,
               vocab - 1);
  std::vector<std::string> paths(vocab);
  for (int k : classes) {
    auto cls = exchange(vocab, word_count, preds, k, iterations);
    for (size_t w = 1; w < vocab; ++w) paths[w] += (paths[w].empty() ? "" : ":") + std::to_string(cls[w]);
  }
  std::ofstream f(out, std::ios::trunc);
  if (!f) { std::fprintf(stderr, "newsgraph: train ner clusters: cannot write (%s)\n", out.c_str()); return 1; }
  for (size_t w = 1; w < vocab; ++w) f << paths[w] << '\t' << vocab_list[w - 1].first << '\t' << word_count[w] << '\n';
  std::printf("train ner clusters: %zu words -> %s\n", vocab - 1, out.c_str());
  return 0;
}
