// bench_timex: speed of the timex stage alone (extractor/timex.h).
//
//   bench_timex [--shared DIR] [--runs N] [--models DIR] [--unparsed]
//
// Reads every ../shared/data/news_texts/*.jsonl.gz (gzip JSON Lines: `text`, `date`), segments,
// POS-tags and parses each article once, as the pipeline does before its timex stage (not timed;
// the token count is the segmenter's; --unparsed skips tagging and parsing, so the timex stage
// takes its lexical fallback for the tense of weekdays), then runs tag_timexes over
// all articles once as a warm-up and N more times (default 5) on one thread. Prints the median
// tokens per second and bytes per second of tag_timexes alone, by wall clock and by the thread's
// CPU time (the per-core figure, steadier on a shared machine), the number of timexes found, and
// the peak resident set size.
#include <sys/resource.h>


#include <ctime>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tools/bench/news_texts.h"
#include "extractor/dep_parser.h"
#include "extractor/pipeline.h"
#include "extractor/pos_tagger.h"
#include "extractor/timex.h"
#include "extractor/tokenize.h"

namespace fs = std::filesystem;
using namespace newsgraph::extractor;

namespace {


std::optional<std::chrono::year_month_day> parse_date(const std::string& s) {
  if (s.size() < 10) return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  std::from_chars(s.data(), s.data() + 4, y);
  std::from_chars(s.data() + 5, s.data() + 7, m);
  std::from_chars(s.data() + 8, s.data() + 10, d);
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Speed of the timex stage (tag_timexes) on the news_texts articles"};
  std::string shared = std::getenv("NEWSGRAPH_SHARED") ? std::getenv("NEWSGRAPH_SHARED") : "../shared";
  int runs = 5;
  app.add_option("--shared", shared, "the shared data folder (default $NEWSGRAPH_SHARED or ../shared)");
  app.add_option("--runs", runs, "timed runs after the warm-up")->check(CLI::PositiveNumber);
  std::string models = model_dir();
  bool unparsed = false;
  app.add_option("--models", models, "model folder (pos.bin, lemma.tsv, parser.bin)");
  app.add_flag("--unparsed", unparsed, "do not POS-tag and parse before the timed runs");
  CLI11_PARSE(app, argc, argv);

  PosTagger pos;
  DependencyParser parser;
  if (!unparsed)
    for (auto error : {load_pos_tagger(models, &pos), load_dependency_parser(models, &parser)})
      if (error) {
        std::fprintf(stderr, "bench_timex: %s (%s)\n", error->message.c_str(), error->file.c_str());
        return 1;
      }
  std::vector<Document> docs;
  Segmenter segmenter = make_segmenter();
  for (auto& a : newsgraph::bench::read_news_texts(shared)) {
    Document doc;
    doc.text = std::move(a.text);
    doc.dct = parse_date(a.date);
    segment(segmenter, doc);
    if (!unparsed) {
      tag_pos(pos, doc);
      parse_dependencies(parser, doc);
    }
    docs.push_back(std::move(doc));
  }
  if (docs.empty()) {
    std::fprintf(stderr, "bench_timex: no articles in %s/data/news_texts\n", shared.c_str());
    return 1;
  }
  size_t tokens = 0, bytes = 0;
  for (const auto& d : docs) {
    tokens += d.tokens.size();
    bytes += d.text.size();
  }
  TimexTagger tagger = make_timex_tagger();
  std::vector<double> seconds, cpu_seconds;
  size_t timexes = 0;
  auto thread_cpu = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  };
  for (int r = 0; r <= runs; ++r) {
    auto start = std::chrono::steady_clock::now();
    double cpu_start = thread_cpu();
    timexes = 0;
    for (auto& d : docs) {
      tag_timexes(tagger, d);
      timexes += d.timexes.size();
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double cpu = thread_cpu() - cpu_start;
    if (r > 0) {  // run 0 is the warm-up
      seconds.push_back(s);
      cpu_seconds.push_back(cpu);
    }
  }
  std::sort(seconds.begin(), seconds.end());
  std::sort(cpu_seconds.begin(), cpu_seconds.end());
  double med = seconds[seconds.size() / 2];
  double cpu_med = cpu_seconds[cpu_seconds.size() / 2];
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("articles %zu  tokens %zu  bytes %zu  timexes %zu  (%s)\n", docs.size(), tokens, bytes,
              timexes, unparsed ? "unparsed" : "tagged and parsed");
  std::printf("tag_timexes: %.0f tokens/s  %.1f MB/s  wall clock (median of %d runs, 1 thread)\n",
              static_cast<double>(tokens) / med, static_cast<double>(bytes) / med / 1e6, runs);
  std::printf("tag_timexes: %.0f tokens/s  %.1f MB/s  per core, thread CPU time\n",
              static_cast<double>(tokens) / cpu_med, static_cast<double>(bytes) / cpu_med / 1e6);
  std::printf("peak RSS %ld KiB\n", ru.ru_maxrss);
  return 0;
}
