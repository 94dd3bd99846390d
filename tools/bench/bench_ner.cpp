// bench_ner: speed and memory of the NER tagger on the news articles in ../shared/data.
//
//   build/bench_ner [--data ../shared/data/news_texts] [--runs 5] [--model-dir extractor/models]
//
// Reads every *.jsonl.gz article (the "text" field), then, after a warm-up pass, times
// `runs` passes of (a) tokenization alone, (b) tokenization plus tag_entities (the tagger) and
// (c) tokenization plus the pipeline's whole NER stage (recognise_entities, rules-first: the
// tagger, the lexicon's names and the typing steps of ner.h; without the parse), and prints
// the median tokens per second per core (thread CPU time, so other load on the machine does
// not count), the model load time, and the peak resident memory. Finally tags one article of
// about 2 MB (the articles concatenated) whole and prints its time and peak memory.
// Tokenization is the pipeline's segmenter (extractor/tokenize.h); the article text is used
// as read (already NFC for these files), without the normalisation stage.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <sys/resource.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <cstdio>
#include <string>
#include <vector>

#include "extractor/lexicon.h"
#include "extractor/ner.h"
#include "extractor/ner_tagger.h"
#include "extractor/tokenize.h"

using namespace newsgraph::extractor;

namespace {

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long peak_rss_kb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

std::vector<std::string> read_articles(const std::string& dir) {
  std::vector<std::string> out;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().string().ends_with(".jsonl.gz")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f) continue;
    std::string data;
    char buf[1 << 16];
    int got;
    while ((got = gzread(f, buf, sizeof buf)) > 0) data.append(buf, static_cast<size_t>(got));
    gzclose(f);
    size_t pos = 0;
    while (pos < data.size()) {
      size_t nl = data.find('\n', pos);
      if (nl == std::string::npos) nl = data.size();
      auto j = nlohmann::json::parse(data.begin() + static_cast<std::ptrdiff_t>(pos),
                                     data.begin() + static_cast<std::ptrdiff_t>(nl), nullptr, false);
      if (!j.is_discarded() && j.contains("text") && j["text"].is_string()) out.push_back(j["text"].get<std::string>());
      pos = nl + 1;
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"NER speed and memory on news articles", "bench_ner"};
  std::string data = NEWSGRAPH_MODEL_DIR "/../../../shared/data/news_texts";
  if (const char* env = std::getenv("NEWSGRAPH_SHARED")) data = std::string(env) + "/data/news_texts";
  std::string model_dir = NEWSGRAPH_MODEL_DIR;
  int runs = 5;
  app.add_option("--data", data, "folder of *.jsonl.gz articles")->capture_default_str();
  app.add_option("--model-dir", model_dir, "models folder")->capture_default_str();
  app.add_option("--runs", runs, "timed runs (median reported)")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  auto articles = read_articles(data);
  if (articles.empty()) {
    std::fprintf(stderr, "newsgraph: bench_ner: no articles (%s)\n", data.c_str());
    return 1;
  }
  size_t bytes = 0;
  for (const auto& a : articles) bytes += a.size();
  long rss_before = peak_rss_kb();
  auto t0 = std::chrono::steady_clock::now();
  NerTagger tagger;
  if (auto err = load_ner_tagger(model_dir, &tagger)) {
    std::fprintf(stderr, "newsgraph: bench_ner: %s (%s)\n", err->message.c_str(), err->file.c_str());
    return 1;
  }
  double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("articles: %zu (%.1f MB) from %s\n", articles.size(), bytes / 1e6, data.c_str());
  std::printf("model: loaded in %.3f s, %zu + %zu features, peak RSS %ld -> %ld MB\n", load_s,
              tagger.model.feature_count(), tagger.second.feature_count(), rss_before / 1024, peak_rss_kb() / 1024);

  Lexicon lexicon;
  if (auto err = load_lexicon(model_dir, &lexicon)) {
    std::fprintf(stderr, "newsgraph: bench_ner: %s (%s)\n", err->message.c_str(), err->file.c_str());
    return 1;
  }
  complete_lexicon(tagger.gazetteer, &lexicon);
  const Segmenter segmenter = make_segmenter();
  std::vector<double> tok_rates, ner_rates, stage_rates;
  size_t tokens = 0, mentions = 0;
  for (int run = 0; run <= runs; ++run) {  // run 0 is the warm-up
    Document doc;
    tokens = 0;
    double c0 = thread_cpu_seconds();
    for (const auto& a : articles) {
      doc.text = a;
      segment(segmenter, doc);
      tokens += doc.tokens.size();
    }
    double tok_s = thread_cpu_seconds() - c0;
    mentions = 0;
    c0 = thread_cpu_seconds();
    for (const auto& a : articles) {
      doc.text = a;
      segment(segmenter, doc);
      tag_entities(tagger, doc);
      mentions += doc.mentions.size();
    }
    double ner_s = thread_cpu_seconds() - c0;
    c0 = thread_cpu_seconds();
    for (const auto& a : articles) {
      doc.text = a;
      segment(segmenter, doc);
      recognise_entities(tagger, lexicon, doc, NerCombination::kRulesFirst);
    }
    double stage_s = thread_cpu_seconds() - c0;
    if (run == 0) continue;
    tok_rates.push_back(tokens / tok_s);
    ner_rates.push_back(tokens / ner_s);
    stage_rates.push_back(tokens / stage_s);
  }
  std::sort(tok_rates.begin(), tok_rates.end());
  std::sort(ner_rates.begin(), ner_rates.end());
  std::sort(stage_rates.begin(), stage_rates.end());
  std::printf("tokens: %zu, mentions: %zu\n", tokens, mentions);
  std::printf("tokenization:        %9.0f tokens/s per core (median of %d)\n", tok_rates[tok_rates.size() / 2], runs);
  std::printf("tokenization + NER:  %9.0f tokens/s per core (median of %d)\n", ner_rates[ner_rates.size() / 2], runs);
  std::printf("tokenization + NER stage (tagger, lexicon, typing steps): %9.0f tokens/s per core (median of %d)\n",
              stage_rates[stage_rates.size() / 2], runs);
  std::printf("peak RSS after runs: %ld MB\n", peak_rss_kb() / 1024);

  // One article of about 2 MB, tagged whole.
  Document big;
  for (size_t i = 0; big.text.size() < 2'000'000; i = (i + 1) % articles.size()) big.text += articles[i] + "\n\n";
  double c0 = thread_cpu_seconds();
  segment(segmenter, big);
  tag_entities(tagger, big);
  double big_s = thread_cpu_seconds() - c0;
  uint32_t last_end = big.mentions.empty() ? 0 : big.mentions.back().span.end;
  std::printf("2 MB article: %.2f MB, %zu tokens, %zu mentions (last ends at byte %u), %.2f s CPU, peak RSS %ld MB\n",
              big.text.size() / 1e6, big.tokens.size(), big.mentions.size(), last_end, big_s, peak_rss_kb() / 1024);
  return 0;
}
