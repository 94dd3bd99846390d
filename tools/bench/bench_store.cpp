// bench_store: write and query speed of the graph layer (graph/store.h, graph/queries.h) on a
// synthetic graph, without the extractor.
//
//   bench_store [--articles N] [--entities-per-article K] [--vocabulary V] [--runs R] [--db PATH]
//
// Builds N synthetic Documents (20 sentences each; K entities per article drawn from V names
// with a Zipf-like skew so that hubs exist, 2-4 mentions each; one relation and two events
// per article) and writes them into a fresh store, one transaction per article, on one
// thread. Prints articles per second of write_article. Then runs each query R times (default
// 5) after a warm-up and prints the median milliseconds: entities, find_entity, entity_profile,
// neighbors (depth 1 and 2) of the biggest hub, shortest_paths between a hub and a rare entity
// (max depth 4), timeline of the hub, search. Peak resident set size at the end.
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "graph/queries.h"
#include "graph/store.h"

using namespace newsgraph;

namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

struct Synth {
  corpus::Article article;
  extractor::Document doc;
};

Synth make_article(int index, int per_article, int vocabulary, std::mt19937& rng) {
  static const char* kWords[] = {"officials", "said", "talks", "on", "trade", "continued",
                                 "after", "the", "meeting", "in", "a", "statement"};
  // Zipf-like: P(rank r) ~ 1 / r.
  std::uniform_real_distribution<double> u(0, 1);
  auto pick = [&] {
    double x = std::pow(static_cast<double>(vocabulary), u(rng));
    return std::clamp(static_cast<int>(x) - 1, 0, vocabulary - 1);
  };
  std::vector<int> chosen;
  while (static_cast<int>(chosen.size()) < per_article) {
    int e = pick();
    if (std::find(chosen.begin(), chosen.end(), e) == chosen.end()) chosen.push_back(e);
  }
  Synth s;
  std::string& text = s.article.text;
  auto& doc = s.doc;
  std::vector<std::vector<int>> in_sentence(20);
  std::vector<std::vector<extractor::Span>> spans(chosen.size());
  std::vector<std::vector<uint32_t>> sentence_of(chosen.size());
  for (int k = 0; k < 20; ++k) {
    size_t begin = text.size();
    int n = 1 + static_cast<int>(rng() % 3);
    for (int m = 0; m < n; ++m) {
      int which = static_cast<int>(rng() % chosen.size());
      std::string name = "Name" + std::to_string(chosen[static_cast<size_t>(which)]) + " Person";
      if (!text.empty() && text.back() != ' ') text += ' ';
      uint32_t b = static_cast<uint32_t>(text.size());
      text += name;
      spans[static_cast<size_t>(which)].push_back({b, static_cast<uint32_t>(text.size())});
      sentence_of[static_cast<size_t>(which)].push_back(static_cast<uint32_t>(k));
      text += ' ';
      text += kWords[rng() % 12];
    }
    text += " report " + std::to_string(index) + ". ";
    extractor::Sentence sent;
    sent.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(text.size() - 1)};
    doc.sentences.push_back(sent);
  }
  s.article.id = "synthetic-" + std::to_string(index);
  s.article.date = "2025-" + std::string(index % 12 < 9 ? "0" : "") + std::to_string(index % 12 + 1) + "-15";
  s.article.path = s.article.id + ".txt";
  doc.text = text;
  doc.offsets.to_input.resize(text.size() + 1);
  for (size_t i = 0; i <= text.size(); ++i) doc.offsets.to_input[i] = static_cast<uint32_t>(i);
  for (size_t e = 0; e < chosen.size(); ++e) {
    if (spans[e].empty()) continue;
    extractor::Entity ent;
    ent.name = "Name" + std::to_string(chosen[e]) + " Person";
    ent.type = extractor::EntityType::kPerson;
    ent.aliases = {ent.name};
    for (size_t m = 0; m < spans[e].size(); ++m) {
      extractor::Mention men;
      men.span = spans[e][m];
      men.sentence = sentence_of[e][m];
      men.entity = static_cast<int32_t>(doc.entities.size());
      ent.mentions.push_back(static_cast<uint32_t>(doc.mentions.size()));
      doc.mentions.push_back(men);
    }
    doc.entities.push_back(std::move(ent));
  }
  if (doc.entities.size() >= 2) {
    extractor::Relation r;
    r.subject = 0;
    r.object = 1;
    r.predicate = "works_for";
    r.sentence = doc.mentions[doc.entities[0].mentions[0]].sentence;
    r.evidence = doc.mentions[doc.entities[0].mentions[0]].span;
    doc.relations.push_back(r);
    for (int v = 0; v < 2; ++v) {
      extractor::Event e;
      e.type = v ? "MEET" : "ARREST";
      e.trigger = doc.mentions[0].span;
      e.sentence = doc.mentions[0].sentence;
      e.date = s.article.date;
      e.arguments = {{0, "agent"}, {static_cast<int32_t>(1 + v % (doc.entities.size() - 1)), "partner"}};
      doc.events.push_back(e);
    }
  }
  return s;
}

template <typename F>
double time_ms(int runs, F&& f) {
  f();  // warm-up
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    auto a = std::chrono::steady_clock::now();
    f();
    t.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - a).count());
  }
  return median(t);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"bench_store: write and query speed of the graph layer on a synthetic graph"};
  int articles = 2000, per_article = 25, vocabulary = 20000, runs = 5;
  std::string db = (std::filesystem::temp_directory_path() / "bench_store.db").string();
  app.add_option("--articles", articles, "articles to write")->capture_default_str();
  app.add_option("--entities-per-article", per_article, "entities per article")->capture_default_str();
  app.add_option("--vocabulary", vocabulary, "distinct entity names")->capture_default_str();
  app.add_option("--runs", runs, "timed runs per query (median)")->capture_default_str();
  app.add_option("--db", db, "database file (replaced)")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(db + ext);
  std::mt19937 rng(42);
  std::vector<Synth> docs;
  for (int i = 0; i < articles; ++i) docs.push_back(make_article(i, per_article, vocabulary, rng));

  graph::Store store;
  if (auto err = graph::open_store(db, {}, &store)) {
    std::fprintf(stderr, "bench_store: %s (%s)\n", err->message.c_str(), err->file.c_str());
    return 1;
  }
  int64_t mentions = 0;
  auto start = std::chrono::steady_clock::now();
  for (auto& s : docs) {
    graph::WriteResult r;
    if (auto err = graph::write_article(store, s.article, s.doc, "bench", &r)) {
      std::fprintf(stderr, "bench_store: %s\n", err->message.c_str());
      return 1;
    }
    mentions += r.mentions;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("write: %d articles, %lld mentions in %.2f s = %.0f articles/s, %.0f mentions/s\n",
              articles, static_cast<long long>(mentions), secs, articles / secs,
              static_cast<double>(mentions) / secs);
  store.close();

  graph::OpenOptions ro;
  ro.mode = graph::OpenMode::kReadOnly;
  if (auto err = graph::open_store(db, ro, &store)) return 1;
  graph::StoreStats stats;
  graph::store_stats(store, &stats);
  for (auto& [k, v] : stats.counts)
    if (k == "entities" || k == "edge_facts")
      std::printf("store: %s %lld\n", k.c_str(), static_cast<long long>(v));
  std::printf("store: %.1f MB\n", static_cast<double>(stats.file_bytes) / 1e6);

  std::vector<graph::EntityRef> top;
  graph::list_entities(store, {"", "", 0}, &top);
  if (top.size() < 2) return 1;
  const int64_t hub = top.front().id, rare = top.back().id;
  std::vector<graph::EntityRef> found;
  graph::EntityProfile profile;
  std::vector<graph::Neighbor> nb;
  std::vector<graph::Chain> chains;
  std::vector<graph::EventFact> events;
  std::vector<graph::SearchHit> hits;
  graph::NeighborOptions d2;
  d2.depth = 2;
  std::printf("query (median of %d, ms): entities %.2f  find %.2f  profile %.2f  neighbors %.2f  "
              "neighbors-depth-2 %.2f  path %.2f  timeline %.2f  search %.2f\n",
              runs,
              time_ms(runs, [&] { graph::list_entities(store, {}, &top); }),
              time_ms(runs, [&] { graph::find_entity(store, top.front().name, &found); }),
              time_ms(runs, [&] { graph::entity_profile(store, hub, 20, &profile); }),
              time_ms(runs, [&] { graph::neighbors(store, hub, {}, &nb); }),
              time_ms(runs, [&] { graph::neighbors(store, hub, d2, &nb); }),
              time_ms(runs, [&] { graph::shortest_paths(store, rare, hub + 1, 4, 3, &chains); }),
              time_ms(runs, [&] { graph::timeline(store, hub, "", "", false, &events); }),
              time_ms(runs, [&] { graph::search(store, "trade", 20, &hits); }));
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("peak RSS: %.0f MB\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
  return 0;
}
