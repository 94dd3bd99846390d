// bench_syntax: tokens per second per core of the UPOS tagger (with lemmas) and of the
// dependency parser, on the gold words of a CoNLL-U file, single-threaded. Time is the thread's
// CPU time (so a busy shared machine does not count against it). Prints the median of --runs
// timed runs after one warm-up run, the model load time (wall clock) and the peak resident memory.
//
//   build/bench_syntax ../shared/data/ud_english_ewt/en_ewt-ud-dev.conllu
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "extractor/conllu.h"
#include "extractor/dep_parser.h"
#include "extractor/pipeline.h"
#include "extractor/pos_tagger.h"

using namespace newsgraph::extractor;

namespace {
// CPU time of this thread: "per core" even when the machine is shared with other jobs.
double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"bench_syntax: tagging and parsing speed, tokens per second per core"};
  std::string file, models = model_dir();
  int runs = 5;
  app.add_option("FILE", file, "CoNLL-U file whose words are tagged and parsed")->required();
  app.add_option("--models", models, "model folder")->capture_default_str();
  app.add_option("--runs", runs, "timed runs (after one warm-up)")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  std::vector<ConlluSentence> sentences;
  if (auto err = read_conllu_file(file, &sentences)) {
    std::fprintf(stderr, "newsgraph: bench_syntax: %s (%s)\n", err->message.c_str(), err->file.c_str());
    return 1;
  }
  auto load_start = std::chrono::steady_clock::now();
  PosTagger tagger;
  DependencyParser parser;
  for (auto err : {load_pos_tagger(models, &tagger), load_dependency_parser(models, &parser)}) {
    if (err) {
      std::fprintf(stderr, "newsgraph: bench_syntax: %s (%s)\n", err->message.c_str(), err->file.c_str());
      return 1;
    }
  }
  const double load_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
  const Document input = conllu_to_document(sentences);
  const double tokens = static_cast<double>(input.tokens.size());

  std::vector<double> tag_rates, parse_rates, both_rates;
  for (int run = 0; run <= runs; ++run) {
    Document doc = input;
    const double t0 = thread_seconds();
    tag_pos(tagger, doc);
    const double t1 = thread_seconds();
    parse_dependencies(parser, doc);
    const double t2 = thread_seconds();
    if (run == 0) continue;  // warm-up
    const double tag_s = t1 - t0;
    const double parse_s = t2 - t1;
    tag_rates.push_back(tokens / tag_s);
    parse_rates.push_back(tokens / parse_s);
    both_rates.push_back(tokens / (tag_s + parse_s));
  }
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%s: %.0f tokens, %d runs, models loaded in %.3f s\n", file.c_str(), tokens, runs, load_s);
  std::printf("tagging+lemmas %.0f tokens/s  parsing %.0f tokens/s  both %.0f tokens/s (median, 1 core)\n",
              median(tag_rates), median(parse_rates), median(both_rates));
  std::printf("peak memory %.1f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}
