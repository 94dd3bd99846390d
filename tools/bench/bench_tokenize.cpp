// bench_tokenize: speed and accuracy of text normalisation and segmentation
// (extractor/text.h, extractor/tokenize.h).
//
//   bench_tokenize [--shared DIR] [--runs N] [--skip-speed] [--skip-accuracy]
//
// Speed: reads every ../shared/data/news_texts/*.jsonl.gz (gzip JSON Lines, field `text`), runs
// normalise_text + segment over all articles once as a warm-up and then N times (default 5) on
// one thread, and prints the median tokens per second of segment() alone and of
// normalise + segment, plus the peak resident set size.
//
// Accuracy: for UD English EWT dev and for the GUM news documents (Wikinews, train and dev), each
// document is rebuilt from its `# text` lines (sentences joined by a space, paragraphs by a line
// break) and segmented as a whole. Printed: precision, recall and F1 of token spans (a token is
// right when both its ends are) and of sentence starts (every sentence but a document's first).
// Gold tokens are the syntactic words; a multiword token whose words do not spell its surface
// form counts as one token.
#include <sys/resource.h>


#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "tools/bench/news_texts.h"
#include "extractor/text.h"
#include "extractor/tokenize.h"

namespace fs = std::filesystem;
using namespace newsgraph::extractor;

namespace {


long peak_rss_kib() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// One document rebuilt from CoNLL-U: its text, gold token spans and gold sentence starts.
struct GoldDoc {
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> tokens;
  std::vector<uint32_t> sentence_starts;
  int misaligned = 0;
};

struct GoldSentence {
  std::string text;
  std::vector<std::string> forms;
  bool new_paragraph = false;
};

// Splits one CoNLL-U file into documents (at `# newdoc`), or one document for the whole file.
std::vector<GoldDoc> read_conllu(const fs::path& path) {
  std::vector<std::vector<GoldSentence>> docs(1);
  std::ifstream in(path);
  std::string line;
  GoldSentence cur;
  bool in_sentence = false;
  bool pending_par = false;
  // Multiword token being read: its surface, last word id, the words so far.
  std::string mwt_surface;
  int mwt_last = 0;
  std::vector<std::string> mwt_words;
  auto finish = [&] {
    if (in_sentence) docs.back().push_back(std::move(cur));
    cur = GoldSentence{};
    in_sentence = false;
  };
  while (std::getline(in, line)) {
    if (line.empty()) {
      finish();
      continue;
    }
    if (line.rfind("# newdoc", 0) == 0) {
      finish();
      if (!docs.back().empty()) docs.emplace_back();
      pending_par = true;
      continue;
    }
    if (line.rfind("# newpar", 0) == 0) {
      pending_par = true;
      continue;
    }
    if (line.rfind("# text = ", 0) == 0) {
      cur.text = line.substr(9);
      cur.new_paragraph = pending_par;
      pending_par = false;
      in_sentence = true;
      continue;
    }
    if (line[0] == '#') continue;
    const size_t t1 = line.find('\t');
    const size_t t2 = line.find('\t', t1 + 1);
    const std::string id = line.substr(0, t1);
    const std::string form = line.substr(t1 + 1, t2 - t1 - 1);
    if (id.find('.') != std::string::npos) continue;  // empty node
    if (const size_t dash = id.find('-'); dash != std::string::npos) {
      mwt_surface = form;
      mwt_last = std::atoi(id.c_str() + dash + 1);
      mwt_words.clear();
      continue;
    }
    if (!mwt_surface.empty()) {
      mwt_words.push_back(form);
      if (std::atoi(id.c_str()) == mwt_last) {
        std::string joined;
        for (auto& w : mwt_words) joined += w;
        if (joined == mwt_surface) {
          for (auto& w : mwt_words) cur.forms.push_back(w);
        } else {
          cur.forms.push_back(mwt_surface);
        }
        mwt_surface.clear();
      }
      continue;
    }
    cur.forms.push_back(form);
  }
  finish();

  std::vector<GoldDoc> out;
  for (auto& sentences : docs) {
    if (sentences.empty()) continue;
    GoldDoc d;
    for (size_t s = 0; s < sentences.size(); ++s) {
      const GoldSentence& g = sentences[s];
      if (s > 0) d.text += g.new_paragraph ? "\n" : " ";
      const uint32_t base = static_cast<uint32_t>(d.text.size());
      d.sentence_starts.push_back(base);
      d.text += g.text;
      size_t pos = 0;
      for (const std::string& f : g.forms) {
        while (pos < g.text.size() && (g.text[pos] == ' ' || g.text[pos] == '\t')) ++pos;
        size_t at = g.text.compare(pos, f.size(), f) == 0 ? pos : g.text.find(f, pos);
        if (at == std::string::npos) {
          ++d.misaligned;
          continue;
        }
        d.tokens.push_back({base + static_cast<uint32_t>(at),
                            base + static_cast<uint32_t>(at + f.size())});
        pos = at + f.size();
      }
    }
    out.push_back(std::move(d));
  }
  return out;
}

struct Counts {
  long tp = 0, pred = 0, gold = 0;
  void print(const char* what) const {
    const double p = pred ? double(tp) / pred : 0, r = gold ? double(tp) / gold : 0;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf("  %-10s precision %6.2f  recall %6.2f  F1 %6.2f   (%ld gold, %ld predicted)\n",
                what, 100 * p, 100 * r, 100 * f, gold, pred);
  }
};

void accuracy(const Segmenter& seg, const std::string& name, const std::vector<fs::path>& files,
              bool show_errors, size_t max_errors) {
  Counts tok, sent;
  int docs = 0, misaligned = 0;
  std::vector<std::string> errors;
  for (const fs::path& path : files) {
    for (GoldDoc& g : read_conllu(path)) {
      ++docs;
      misaligned += g.misaligned;
      Document doc;
      doc.text = g.text;
      segment(seg, doc);
      std::set<std::pair<uint32_t, uint32_t>> gold(g.tokens.begin(), g.tokens.end());
      for (const Token& t : doc.tokens) {
        const bool ok = gold.count({t.span.begin, t.span.end}) > 0;
        tok.tp += ok;
        if (!ok && show_errors && errors.size() < max_errors / 3)
          errors.push_back("token: " + std::string(doc.slice(t.span)));
      }
      tok.pred += static_cast<long>(doc.tokens.size());
      tok.gold += static_cast<long>(gold.size());
      std::set<uint32_t> gold_starts(g.sentence_starts.begin() + 1, g.sentence_starts.end());
      for (size_t s = 1; s < doc.sentences.size(); ++s) {
        const uint32_t b = doc.sentences[s].span.begin;
        const bool ok = gold_starts.count(b) > 0;
        sent.tp += ok;
        if (!ok && show_errors && errors.size() < 2 * max_errors / 3) {
          const uint32_t from = b > 40 ? b - 40 : 0;
          errors.push_back("extra sentence start: ..." + g.text.substr(from, b - from) + " || " +
                           g.text.substr(b, 30));
        }
      }
      sent.pred += static_cast<long>(doc.sentences.size()) - 1;
      sent.gold += static_cast<long>(gold_starts.size());
      if (show_errors) {
        std::set<uint32_t> pred_starts;
        for (auto& s : doc.sentences) pred_starts.insert(s.span.begin);
        for (uint32_t b : gold_starts)
          if (!pred_starts.count(b) && errors.size() < max_errors) {
            const uint32_t from = b > 40 ? b - 40 : 0;
            errors.push_back("missed sentence start: ..." + g.text.substr(from, b - from) +
                             " || " + g.text.substr(b, 30));
          }
      }
    }
  }
  std::printf("%s: %d documents (%d gold words not aligned to the text)\n", name.c_str(), docs,
              misaligned);
  tok.print("tokens");
  sent.print("sentences");
  for (auto& e : errors) std::printf("    %s\n", e.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Speed and accuracy of normalisation and segmentation"};
  std::string shared = std::getenv("NEWSGRAPH_SHARED") ? std::getenv("NEWSGRAPH_SHARED") : "../shared";
  int runs = 5;
  bool skip_speed = false, skip_accuracy = false, errors = false;
  app.add_option("--shared", shared, "the shared data folder (default $NEWSGRAPH_SHARED or ../shared)");
  app.add_option("--runs", runs, "timed runs after the warm-up (median is printed)");
  app.add_flag("--skip-speed", skip_speed, "accuracy only");
  app.add_flag("--skip-accuracy", skip_accuracy, "speed only");
  size_t max_errors = 180;
  app.add_flag("--errors", errors, "print some token and sentence errors");
  app.add_option("--max-errors", max_errors, "how many errors --errors prints per data set");
  CLI11_PARSE(app, argc, argv);

  const Segmenter seg = make_segmenter();
  const fs::path data = fs::path(shared) / "data";

  if (!skip_accuracy) {
    const fs::path ewt = data / "ud_english_ewt" / "en_ewt-ud-dev.conllu";
    if (fs::exists(ewt)) {
      accuracy(seg, "UD English EWT dev", {ewt}, errors, max_errors);
    } else {
      std::printf("UD English EWT dev: %s not found, skipped\n", ewt.c_str());
    }
    std::vector<fs::path> gum;
    for (const char* split : {"train", "dev"}) {
      const fs::path dir = data / "gum" / "dep" / split;
      if (!fs::exists(dir)) continue;
      for (auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().rfind("GUM_news_", 0) == 0) gum.push_back(e.path());
    }
    std::sort(gum.begin(), gum.end());
    if (!gum.empty()) {
      accuracy(seg, "GUM news (Wikinews, train+dev)", gum, errors, max_errors);
    } else {
      std::printf("GUM news: not found, skipped\n");
    }
  }

  if (skip_speed) return 0;
  std::vector<std::string> texts;
  size_t bytes = 0;
  const fs::path news = data / "news_texts";
  for (auto& a : newsgraph::bench::read_news_texts(shared)) {
    bytes += a.text.size();
    texts.push_back(std::move(a.text));
  }
  if (texts.empty()) {
    std::fprintf(stderr, "bench_tokenize: no texts (%s/*.jsonl.gz)\n", news.c_str());
    return 1;
  }
  std::vector<double> seg_rates, all_rates;
  size_t tokens = 0, sentences = 0;
  for (int r = 0; r <= runs; ++r) {
    double seg_seconds = 0, all_seconds = 0;
    tokens = sentences = 0;
    for (const std::string& t : texts) {
      Document doc;
      newsgraph::corpus::InputError error;
      auto t0 = std::chrono::steady_clock::now();
      if (!normalise_text(t, &doc.text, &doc.offsets, &error)) continue;
      auto t1 = std::chrono::steady_clock::now();
      segment(seg, doc);
      auto t2 = std::chrono::steady_clock::now();
      seg_seconds += std::chrono::duration<double>(t2 - t1).count();
      all_seconds += std::chrono::duration<double>(t2 - t0).count();
      tokens += doc.tokens.size();
      sentences += doc.sentences.size();
    }
    if (r == 0) continue;  // warm-up
    seg_rates.push_back(double(tokens) / seg_seconds);
    all_rates.push_back(double(tokens) / all_seconds);
  }
  std::printf("speed: %zu articles, %.1f MB, %zu tokens, %zu sentences; median of %d runs, 1 thread\n",
              texts.size(), bytes / 1e6, tokens, sentences, runs);
  std::printf("  segment:             %.2f M tokens/s\n", median(seg_rates) / 1e6);
  std::printf("  normalise + segment: %.2f M tokens/s\n", median(all_rates) / 1e6);
  std::printf("  peak RSS: %.1f MB\n", peak_rss_kib() / 1024.0);
  return 0;
}
