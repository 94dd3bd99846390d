// bench_timex: speed of the timex stage alone (extractor/timex.h).
//
//   bench_timex [--shared DIR] [--runs N]
//
// Reads every ../shared/data/news_texts/*.jsonl.gz (gzip JSON Lines: `text`, `date`), segments
// each article once (not timed; the token count is the segmenter's), then runs tag_timexes over
// all articles once as a warm-up and N more times (default 5) on one thread. Prints the median
// tokens per second and bytes per second of tag_timexes alone, the number of timexes found, and
// the peak resident set size.
#include <sys/resource.h>

#include <zlib.h>

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

#include "extractor/timex.h"
#include "extractor/tokenize.h"

namespace fs = std::filesystem;
using namespace newsgraph::extractor;

namespace {

struct Article {
  std::string text;
  std::string date;
};

std::vector<Article> read_jsonl_gz(const fs::path& path) {
  std::vector<Article> out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return out;
  std::string data;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) data.append(buf, static_cast<size_t>(n));
  gzclose(f);
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string::npos) nl = data.size();
    if (nl > pos) {
      auto j = nlohmann::json::parse(data.begin() + static_cast<long>(pos),
                                     data.begin() + static_cast<long>(nl), nullptr, false);
      if (!j.is_discarded() && j.contains("text") && j["text"].is_string()) {
        Article a;
        a.text = j["text"].get<std::string>();
        if (j.contains("date") && j["date"].is_string()) a.date = j["date"].get<std::string>();
        out.push_back(std::move(a));
      }
    }
    pos = nl + 1;
  }
  return out;
}

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
  CLI11_PARSE(app, argc, argv);

  std::vector<Document> docs;
  Segmenter segmenter = make_segmenter();
  fs::path dir = fs::path(shared) / "data" / "news_texts";
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().string().ends_with(".jsonl.gz")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    for (auto& a : read_jsonl_gz(f)) {
      Document doc;
      doc.text = std::move(a.text);
      doc.dct = parse_date(a.date);
      segment(segmenter, doc);
      docs.push_back(std::move(doc));
    }
  }
  if (docs.empty()) {
    std::fprintf(stderr, "bench_timex: no articles in %s\n", dir.c_str());
    return 1;
  }
  size_t tokens = 0, bytes = 0;
  for (const auto& d : docs) {
    tokens += d.tokens.size();
    bytes += d.text.size();
  }
  TimexTagger tagger = make_timex_tagger();
  std::vector<double> seconds;
  size_t timexes = 0;
  for (int r = 0; r <= runs; ++r) {
    auto start = std::chrono::steady_clock::now();
    timexes = 0;
    for (auto& d : docs) {
      tag_timexes(tagger, d);
      timexes += d.timexes.size();
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (r > 0) seconds.push_back(s);  // run 0 is the warm-up
  }
  std::sort(seconds.begin(), seconds.end());
  double med = seconds[seconds.size() / 2];
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("articles %zu  tokens %zu  bytes %zu  timexes %zu\n", docs.size(), tokens, bytes, timexes);
  std::printf("tag_timexes: %.0f tokens/s  %.1f MB/s  (median of %d runs, 1 thread)\n",
              static_cast<double>(tokens) / med, static_cast<double>(bytes) / med / 1e6, runs);
  std::printf("peak RSS %ld KiB\n", ru.ru_maxrss);
  return 0;
}
