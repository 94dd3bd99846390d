// bench_pipeline: speed of the whole extractor (extractor/pipeline.h), Article -> Document.
//
//   bench_pipeline [--shared DIR] [--runs N] [--threads N] [--models DIR]
//
// Reads every article of DIR/data/news_texts (gzip JSON Lines; 2,730 articles) with the corpus
// readers, loads the pipeline once (and prints how long that took), runs extract() over all
// articles once as a warm-up and then N times (default 3), with T threads sharing the one
// Pipeline (default 1), and prints the median articles per second and tokens per second, the
// failures, and the peak resident set size. No database is involved: see bench_store for that.
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

#include "corpus/reader.h"
#include "extractor/pipeline.h"

using namespace newsgraph;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

struct RunResult {
  double seconds = 0;
  size_t tokens = 0;
  size_t failures = 0;
};

// Extracts every article once with `threads` workers taking articles from a shared counter.
RunResult run_once(const extractor::Pipeline& pipeline,
                   const std::vector<corpus::Article>& articles, int threads) {
  std::atomic<size_t> next{0}, tokens{0}, failures{0};
  auto work = [&] {
    extractor::Document doc;
    corpus::InputError error;
    for (size_t i = next++; i < articles.size(); i = next++) {
      if (extractor::extract(pipeline, articles[i], &doc, &error))
        tokens += doc.tokens.size();
      else
        ++failures;
    }
  };
  auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(work);
  for (auto& t : pool) t.join();
  return {seconds_since(start), tokens.load(), failures.load()};
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Speed of the whole extraction pipeline on ../shared/data/news_texts"};
  const char* env_shared = std::getenv("NEWSGRAPH_SHARED");
  std::string shared = env_shared ? env_shared : "../shared";
  std::string models = extractor::model_dir();
  int runs = 3, threads = 1;
  app.add_option("--shared", shared, "the shared folder (holds data/news_texts)");
  app.add_option("--models", models, "the model folder");
  app.add_option("--runs", runs, "timed runs after one warm-up")->check(CLI::Range(1, 100));
  app.add_option("--threads", threads, "worker threads")->check(CLI::Range(1, 64));
  CLI11_PARSE(app, argc, argv);

  std::vector<corpus::Article> articles;
  size_t read_errors = 0;
  corpus::read_articles(
      shared + "/data/news_texts", [&](corpus::Article&& a) { articles.push_back(std::move(a)); },
      [&](corpus::InputError&& e) {
        ++read_errors;
        std::fprintf(stderr, "bench_pipeline: %s (%s)\n", e.message.c_str(), e.file.c_str());
      });
  if (articles.empty()) {
    std::fprintf(stderr, "bench_pipeline: no articles under %s/data/news_texts\n", shared.c_str());
    return 1;
  }
  size_t bytes = 0;
  for (const auto& a : articles) bytes += a.text.size();

  auto load_start = std::chrono::steady_clock::now();
  extractor::Pipeline pipeline;
  if (auto error = extractor::load_pipeline(models, &pipeline)) {
    std::fprintf(stderr, "bench_pipeline: %s (%s)\n", error->message.c_str(), error->file.c_str());
    return 1;
  }
  double load_seconds = seconds_since(load_start);

  run_once(pipeline, articles, threads);  // warm-up
  std::vector<RunResult> results;
  for (int r = 0; r < runs; ++r) results.push_back(run_once(pipeline, articles, threads));
  std::sort(results.begin(), results.end(),
            [](const RunResult& a, const RunResult& b) { return a.seconds < b.seconds; });
  const RunResult& med = results[results.size() / 2];

  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("articles        %zu (%.1f MB of text, %zu read errors)\n", articles.size(),
              bytes / 1e6, read_errors);
  std::printf("threads         %d\n", threads);
  std::printf("model load      %.3f s\n", load_seconds);
  std::printf("median run      %.3f s over %d runs\n", med.seconds, runs);
  std::printf("articles/s      %.1f\n", articles.size() / med.seconds);
  std::printf("tokens/s        %.0f (%zu tokens)\n", med.tokens / med.seconds, med.tokens);
  std::printf("failures        %zu\n", med.failures);
  std::printf("peak RSS        %.1f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
