// `newsgraph ingest PATH... [--date D] [--source NAME] [--jobs N] [--db DB] [--json]`
//
// Reads articles (files, folders recursively, - for stdin), extracts them with N worker
// threads sharing one Pipeline, and stores them through ONE writer (this thread, one
// connection), one transaction per article, in input order (so the graph does not depend on
// N). Articles whose text hash is already stored are skipped before extraction.
//
// Output: a progress bar on stderr when stderr is a terminal; one error line per failed
// article (the batch goes on); a summary table, or with --json one JSON object, where
// read = ingested + skipped + failed (an input that fails before giving an article, such as
// a missing path, an empty file or a bad JSON line, is one failed read), and the files a folder
// walk passed over for their extension are counted once ("skipped 3 files with unsupported
// extensions" on stderr).
// Exit status: 0 when at least one article was ingested, also if others failed, or when every
// article was skipped as already stored; 1 when the database cannot be opened, the models
// cannot be loaded, the database turns out corrupt or read-only while writing (the batch
// stops), nothing was found, or nothing new was stored and some article failed; 2 for bad
// usage.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "corpus/reader.h"
#include "extractor/pipeline.h"
#include "graph/store.h"
#include "tools/newsgraph/cli.h"
#include "tools/newsgraph/input.h"

namespace newsgraph::cli {
namespace {

struct IngestArgs {
  Common common;
  std::vector<std::string> paths;
  std::string date, source;
  int jobs = 0;
};

// One unit of work, in input order.
struct Item {
  int64_t seq = 0;
  std::optional<corpus::Article> article;
  std::optional<corpus::InputError> error;  // a read error, or an extraction error
  extractor::Document doc;
  bool known = false;       // its hash is stored: skip without extracting
  int64_t done_bytes = 0;   // input bytes consumed up to this item (progress)
};

// The work queues of the reader, the workers and the writer.
class Work {
 public:
  explicit Work(size_t window) : window_(window) {}

  // Reader: waits while too many items are in flight (bounded memory), then queues one.
  void push(Item&& item) {
    std::unique_lock lock(mu_);
    space_.wait(lock, [&] {
      return aborted_ || next_seq_ - written_ < static_cast<int64_t>(window_);
    });
    if (aborted_) return;
    item.seq = next_seq_++;
    todo_.push_back(std::move(item));
    ready_.notify_one();
  }
  void close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    ready_.notify_all();
    finished_.notify_all();
  }
  // Writer: stop everything (the database is unusable); pending items are dropped.
  void abort() {
    std::lock_guard lock(mu_);
    aborted_ = true;
    todo_.clear();
    ready_.notify_all();
    space_.notify_all();
  }
  bool aborted() {
    std::lock_guard lock(mu_);
    return aborted_;
  }
  // Worker: takes the next item to extract; false when the input is exhausted.
  bool take(Item* item) {
    std::unique_lock lock(mu_);
    ready_.wait(lock, [&] { return !todo_.empty() || closed_ || aborted_; });
    if (todo_.empty()) return false;
    *item = std::move(todo_.front());
    todo_.pop_front();
    return true;
  }
  void done(Item&& item) {
    std::lock_guard lock(mu_);
    int64_t seq = item.seq;
    results_.emplace(seq, std::move(item));
    finished_.notify_all();
  }
  // Writer: the next item in input order; false at the end.
  bool next(Item* item) {
    std::unique_lock lock(mu_);
    finished_.wait(lock, [&] { return results_.count(written_) || (closed_ && written_ == next_seq_); });
    auto it = results_.find(written_);
    if (it == results_.end()) return false;
    *item = std::move(it->second);
    results_.erase(it);
    ++written_;
    space_.notify_all();
    return true;
  }

 private:
  std::mutex mu_;
  std::condition_variable ready_, finished_, space_;
  std::deque<Item> todo_;
  std::map<int64_t, Item> results_;
  int64_t next_seq_ = 0, written_ = 0;
  size_t window_;
  bool closed_ = false, aborted_ = false;
};

struct Summary {
  // read = ingested + skipped + failed: each article, plus each input that failed before
  // giving an article (a missing path, an unreadable file, a bad JSON line) counted once.
  int64_t read = 0, articles = 0, ingested = 0, skipped = 0, failed = 0;
  int64_t unsupported_files = 0;  // passed over in folders for their extension
  int64_t entities = 0, new_entities = 0, mentions = 0, relations = 0, events = 0, timexes = 0,
          quotes = 0, sentences = 0;
  double seconds = 0;
  double write_seconds = 0;  // spent in write_article (the one writer)
};

class Progress {
 public:
  Progress(bool enabled, int64_t total_bytes) : enabled_(enabled), total_(total_bytes) {}
  void update(const Summary& s, int64_t done_bytes, double seconds) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    draw(s, done_bytes, seconds);
  }
  void finish(const Summary& s, double seconds) {
    if (!enabled_) return;
    draw(s, total_, seconds);
    std::fputc('\n', stderr);
  }

 private:
  void draw(const Summary& s, int64_t done_bytes, double seconds) {
    double f = total_ > 0 ? std::min(1.0, static_cast<double>(done_bytes) / static_cast<double>(total_)) : 0;
    int width = 30, full = static_cast<int>(f * width);
    std::string bar(static_cast<size_t>(full), '#');
    bar += std::string(static_cast<size_t>(width - full), '.');
    std::fprintf(stderr, "\r[%s] %3d%%  %lld articles (%lld new, %lld skipped, %lld failed)  %.1f/s ",
                 bar.c_str(), static_cast<int>(f * 100), static_cast<long long>(s.articles),
                 static_cast<long long>(s.ingested), static_cast<long long>(s.skipped),
                 static_cast<long long>(s.failed),
                 seconds > 0 ? static_cast<double>(s.articles) / seconds : 0.0);
    std::fflush(stderr);
  }
  bool enabled_;
  int64_t total_;
  std::chrono::steady_clock::time_point last_{};
};

int run_ingest(const IngestArgs& args) {
  const char* verb = "ingest";
  if (!args.date.empty() && !corpus::normalize_iso_date(args.date)) {
    print_error(verb, "invalid --date '" + args.date + "' (expected YYYY-MM-DD)",
                "see newsgraph ingest --help");
    return kExitUsage;
  }
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  Summary sum;
  std::mutex err_mu;  // error lines come from the reader thread and this one
  auto report = [&](const corpus::InputError& e) {
    std::lock_guard lock(err_mu);
    if (isatty(STDERR_FILENO)) std::fputs("\r\x1b[K", stderr);  // clear the progress line
    print_error(verb, e);
  };

  std::vector<InputFile> files = list_inputs(args.paths, [&](const corpus::InputError& e) {
    ++sum.read;
    ++sum.failed;
    report(e);
  }, &sum.unsupported_files);
  graph::Store store;
  if (!open_db(verb, args.common, graph::OpenMode::kReadWrite, &store)) return kExitFailure;
  std::unordered_set<std::string> known;
  if (auto err = graph::stored_hashes(store, &known)) {
    print_error(verb, *err);
    return kExitFailure;
  }
  extractor::Pipeline pipeline;
  if (auto err = extractor::load_pipeline(extractor::model_dir(), &pipeline)) {
    print_error(verb, "cannot load models: " + err->message, err->file);
    return kExitFailure;
  }

  const int jobs = args.jobs > 0 ? args.jobs
                                 : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  int64_t total_bytes = 0;
  for (const auto& f : files) total_bytes += f.bytes;
  Work work(static_cast<size_t>(jobs) * 8);

  // Reader: files -> items (articles or read errors), in order.
  std::thread reader([&] {
    corpus::ReadOptions options;
    options.date_override = args.date;
    options.source_override = args.source;
    int64_t base = 0;
    for (const auto& f : files) {
      if (work.aborted()) break;
      // Progress inside a file is estimated from the text read (gzip: ~3x smaller on disk).
      const bool gz = f.path.size() > 3 && f.path.compare(f.path.size() - 3, 3, ".gz") == 0;
      int64_t text_bytes = 0;
      read_file(
          f, options,
          [&](corpus::Article&& a) {
            text_bytes += static_cast<int64_t>(a.text.size());
            Item item;
            item.known = known.count(graph::content_hash(a.text)) > 0;
            item.article = std::move(a);
            item.done_bytes = base + std::min(f.bytes, gz ? text_bytes / 3 : text_bytes);
            work.push(std::move(item));
          },
          [&](const corpus::InputError& e) {
            Item item;
            item.error = e;
            item.done_bytes = base;
            work.push(std::move(item));
          });
      base += f.bytes;
    }
    work.close();
  });
  // Workers: extraction, sharing the read-only pipeline.
  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      Item item;
      while (work.take(&item)) {
        if (item.article && !item.known) {
          corpus::InputError error;
          if (!extractor::extract(pipeline, *item.article, &item.doc, &error)) item.error = error;
        }
        work.done(std::move(item));
      }
    });
  }

  // Writer: this thread, one connection, one transaction per article, in input order.
  const std::string version = extractor::extractor_version();
  Progress progress(isatty(STDERR_FILENO) != 0 && total_bytes > 0, total_bytes);
  nlohmann::ordered_json failures = nlohmann::ordered_json::array();
  auto fail = [&](const corpus::InputError& e) {
    ++sum.failed;
    report(e);
    failures.push_back({{"file", e.file},
                        {"line", e.line > 0 ? nlohmann::ordered_json(e.line) : nlohmann::ordered_json(nullptr)},
                        {"offset", e.offset >= 0 ? nlohmann::ordered_json(e.offset) : nlohmann::ordered_json(nullptr)},
                        {"message", e.message}});
  };
  // Where the skipped articles came from: "file" or "file:line" (JSON Lines), and their ids.
  nlohmann::ordered_json skipped_list = nlohmann::ordered_json::array();
  auto skip = [&](const corpus::Article& a) {
    ++sum.skipped;
    skipped_list.push_back({{"file", a.path},
                            {"line", a.line > 0 ? nlohmann::ordered_json(a.line) : nlohmann::ordered_json(nullptr)},
                            {"id", a.id}});
  };
  bool fatal = false;
  Item item;
  while (work.next(&item)) {
    ++sum.read;
    if (!item.article) {
      fail(*item.error);
    } else {
      ++sum.articles;
      if (item.error) {
        fail(*item.error);
      } else if (item.known) {
        skip(*item.article);
      } else {
        graph::WriteResult r;
        const auto write_start = std::chrono::steady_clock::now();
        auto err = graph::write_article(store, *item.article, item.doc, version, &r);
        sum.write_seconds +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - write_start).count();
        if (err) {
          if (err->kind == graph::StoreErrorKind::kCorrupt ||
              err->kind == graph::StoreErrorKind::kReadOnly) {
            // Every further article would fail the same way: stop the batch.
            ++sum.failed;
            print_error(verb, *err);
            fatal = true;
            work.abort();
            break;
          }
          corpus::InputError e{"not stored: " + err->message, item.article->path, -1,
                               item.article->line};
          fail(e);
        } else if (r.status == graph::WriteStatus::kSkipped) {
          skip(*item.article);
        } else {
          ++sum.ingested;
          sum.entities += r.entities;
          sum.new_entities += r.new_entities;
          sum.mentions += r.mentions;
          sum.relations += r.relations;
          sum.events += r.events;
          sum.timexes += r.timexes;
          sum.quotes += r.quotes;
          sum.sentences += r.sentences;
        }
      }
    }
    progress.update(sum, item.done_bytes, elapsed());
  }
  reader.join();
  for (auto& w : workers) w.join();
  sum.seconds = elapsed();
  progress.finish(sum, sum.seconds);

  if (args.common.json) {
    nlohmann::ordered_json j = {{"db", store.path()},
                        {"read", sum.read},
                        {"articles", sum.articles},
                        {"ingested", sum.ingested},
                        {"skipped", sum.skipped},
                        {"failed", sum.failed},
                        {"unsupported_files", sum.unsupported_files},
                        {"sentences", sum.sentences},
                        {"entities", sum.entities},
                        {"new_entities", sum.new_entities},
                        {"mentions", sum.mentions},
                        {"relations", sum.relations},
                        {"events", sum.events},
                        {"timexes", sum.timexes},
                        {"quotes", sum.quotes},
                        {"seconds", std::round(sum.seconds * 1000) / 1000},
                        {"write_seconds", std::round(sum.write_seconds * 1000) / 1000},
                        {"jobs", jobs},
                        {"failures", failures},
                        {"skipped_articles", skipped_list}};
    std::printf("%s\n", j.dump(2).c_str());
  } else {
    Table t({"", ""});
    auto row = [&](const char* k, int64_t v) { t.add({k, std::to_string(v)}); };
    row("read (articles, and inputs that failed)", sum.read);
    row("ingested", sum.ingested);
    row("skipped (already stored)", sum.skipped);
    row("failed", sum.failed);
    row("sentences", sum.sentences);
    row("entities (in articles)", sum.entities);
    row("new canonical entities", sum.new_entities);
    row("relations", sum.relations);
    row("events", sum.events);
    row("timexes", sum.timexes);
    row("quotes", sum.quotes);
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.2f", sum.seconds);
    t.add({"seconds", secs});
    std::snprintf(secs, sizeof secs, "%.2f", sum.write_seconds);
    t.add({"seconds writing", secs});
    t.print(stdout);
  }
  if (!args.common.json && !skipped_list.empty()) {
    // Name a few, so that a user knows which input was not read again (and why).
    std::string names;
    const size_t shown = std::min<size_t>(skipped_list.size(), 5);
    for (size_t i = 0; i < shown; ++i) {
      const auto& s = skipped_list[i];
      names += (i ? ", " : "") + s["file"].get<std::string>() +
               (s["line"].is_null() ? "" : ":" + std::to_string(s["line"].get<int64_t>()));
    }
    if (skipped_list.size() > shown)
      names += " and " + std::to_string(skipped_list.size() - shown) + " more (--json lists all)";
    std::fprintf(stderr, "newsgraph: ingest: skipped %zu article%s whose text is already stored "
                         "(a changed header alone is not a new article): %s\n",
                 skipped_list.size(), skipped_list.size() == 1 ? "" : "s", names.c_str());
  }
  if (sum.unsupported_files > 0)
    std::fprintf(stderr, "newsgraph: ingest: skipped %lld file%s with unsupported extensions "
                         "(expected .txt, .jsonl, .jsonl.gz, .html or .htm)\n",
                 static_cast<long long>(sum.unsupported_files),
                 sum.unsupported_files == 1 ? "" : "s");
  if (fatal) return kExitFailure;
  if (sum.ingested + sum.skipped == 0) {
    if (sum.failed == 0) print_error(verb, "no articles found", "");
    return kExitFailure;
  }
  // Nothing new stored and something failed: a script must not take that batch for done (a
  // user's trial: 0 ingested, 2 already stored, 6 failed exited 0).
  if (sum.ingested == 0 && sum.failed > 0) return kExitFailure;
  return kExitOk;
}

}  // namespace

void register_ingest(CLI::App& app, std::vector<Verb>* verbs) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* sub = app.add_subcommand(
      "ingest", "Read articles (files, folders recursively, - for stdin), extract and store "
                "them. Articles already stored (same text) are skipped. The summary counts "
                "read = ingested + skipped + failed. Exit 1 when nothing new was stored and some article "
                "failed, or nothing was found.");
  sub->add_option("PATH", args->paths, "article files or folders (.txt, .html, .jsonl, .jsonl.gz; folders recursively, "
                  "other files counted as skipped), - for stdin")
      ->required();
  sub->add_option("--date", args->date, "publication date YYYY-MM-DD for every article");
  sub->add_option("--source", args->source, "source (publisher) name for every article");
  sub->add_option("--jobs,-j", args->jobs, "extraction threads (default: the number of cores)")
      ->check(CLI::Range(1, 256));
  add_common(sub, &args->common);
  verbs->push_back({sub, [args] { return run_ingest(*args); }});
}

}  // namespace newsgraph::cli
