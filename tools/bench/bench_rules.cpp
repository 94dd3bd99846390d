// bench_rules: the rule stages (extractor/ner_rules.h, alias.h, relations.h, events.h,
// quotes.h) on their own, for speed and for scoring.
//
//   bench_rules [--shared DIR] [--runs N]
//       Speed: reads ../shared/data/news_texts/*.jsonl.gz (gzip JSON Lines, field `text`),
//       normalises and segments every article once, then runs the rule stages over all of them
//       once as a warm-up and N times (default 3) on one thread; prints the median tokens per
//       second of the rule stages alone, the counts they produce, and the peak RSS.
//
//   bench_rules extract FILE [--date YYYY-MM-DD] [--json]
//       Extraction JSON (the contract's section 3) of segmentation, the rule stages, the timex
//       stage and event dating (extractor/timex.h, extractor/event_dating.h): no statistical
//       tagger. It takes the arguments `newsgraph extract` takes, so
//       ../shared/tools/score_gold.py --bin can score the rule stages on their own. With
//       BENCH_RULES_UNDATED=1 in the environment, events are left undated (to score the events
//       stage apart from event dating, against gold files whose event dates are nulled).
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "corpus/reader.h"
#include "tools/bench/news_texts.h"
#include "extractor/alias.h"
#include "extractor/event_dating.h"
#include "extractor/events.h"
#include "extractor/lexicon.h"
#include "extractor/ner_rules.h"
#include "extractor/pipeline.h"
#include "extractor/quotes.h"
#include "extractor/relations.h"
#include "extractor/text.h"
#include "extractor/timex.h"
#include "extractor/tokenize.h"

namespace fs = std::filesystem;
using namespace newsgraph;
using namespace newsgraph::extractor;
using nlohmann::json;

namespace {

void run_stages(const Lexicon& lex, Document& doc) {
  find_rule_mentions(lex, doc);
  resolve_aliases(lex, doc);
  extract_relations(lex, doc);
  extract_events(lex, doc);
  extract_quotes(lex, doc);
}

json to_json(const corpus::Article& a, const Document& doc) {
  auto cp = [&](uint32_t byte) { return doc.offsets.input_code_point(byte); };
  auto id = [](const char* prefix, int32_t i) { return std::string(prefix) + std::to_string(i + 1); };
  json out;
  out["article"] = {{"id", a.id}, {"title", a.title}, {"date", a.date.empty() ? json() : json(a.date)},
                    {"source", a.source.empty() ? json() : json(a.source)},
                    {"url", a.url.empty() ? json() : json(a.url)}};
  out["sentences"] = json::array();
  for (size_t i = 0; i < doc.sentences.size(); ++i)
    out["sentences"].push_back({{"index", i}, {"start", cp(doc.sentences[i].span.begin)},
                                {"end", cp(doc.sentences[i].span.end)}});
  out["entities"] = json::array();
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& ent = doc.entities[e];
    json mentions = json::array();
    for (uint32_t mi : ent.mentions) {
      const Mention& m = doc.mentions[mi];
      mentions.push_back({{"start", cp(m.span.begin)}, {"end", cp(m.span.end)},
                          {"text", std::string(doc.slice(m.span))}, {"sentence", m.sentence}});
    }
    out["entities"].push_back({{"id", id("E", static_cast<int32_t>(e))}, {"name", ent.name},
                               {"type", std::string(entity_type_name(ent.type))},
                               {"aliases", ent.aliases}, {"kb", nullptr}, {"mentions", mentions}});
  }
  out["timexes"] = json::array();
  for (const Timex& t : doc.timexes)
    out["timexes"].push_back({{"start", cp(t.span.begin)}, {"end", cp(t.span.end)},
                              {"text", std::string(doc.slice(t.span))},
                              {"type", std::string(timex_type_name(t.type))}, {"value", t.value},
                              {"sentence", t.sentence}});
  out["relations"] = json::array();
  for (const Relation& r : doc.relations) {
    json o = r.object >= 0 ? json(id("E", r.object)) : json(r.object_literal);
    out["relations"].push_back({{"subject", id("E", r.subject)}, {"predicate", r.predicate},
                                {"object", o}, {"sentence", r.sentence},
                                {"confidence", r.confidence}, {"negated", r.negated},
                                {"hedged", r.hedged}, {"extractor", r.extractor},
                                {"evidence", {{"start", cp(r.evidence.begin)}, {"end", cp(r.evidence.end)}}}});
  }
  out["events"] = json::array();
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& ev = doc.events[i];
    json parts = json::array();
    for (const EventArgument& a : ev.arguments) parts.push_back({{"entity", id("E", a.entity)}, {"role", a.role}});
    out["events"].push_back(
        {{"id", id("V", static_cast<int32_t>(i))}, {"type", ev.type},
         {"cameo", ev.cameo.empty() ? json() : json(ev.cameo)},
         {"trigger", {{"start", cp(ev.trigger.begin)}, {"end", cp(ev.trigger.end)},
                      {"text", std::string(doc.slice(ev.trigger))}}},
         {"sentence", ev.sentence},
         {"time", ev.date.empty() ? json() : json({{"value", ev.date}, {"timex", ev.timex}})},
         {"participants", parts},
         {"place", ev.place >= 0 ? json(id("E", ev.place)) : json()},
         {"negated", ev.negated}, {"hedged", ev.hedged}});
  }
  out["quotes"] = json::array();
  for (const Quote& q : doc.quotes)
    out["quotes"].push_back({{"speaker", q.speaker >= 0 ? json(id("E", q.speaker)) : json()},
                             {"text", std::string(doc.slice(q.span))}, {"start", cp(q.span.begin)},
                             {"end", cp(q.span.end)}, {"sentence", q.sentence}});
  return out;
}

int extract_main(const std::string& file, const std::string& date) {
  Lexicon lex;
  if (auto err = load_lexicon(model_dir(), &lex)) {
    std::fprintf(stderr, "bench_rules: extract: %s (%s:%lld)\n", err->message.c_str(),
                 err->file.c_str(), static_cast<long long>(err->line));
    return 1;
  }
  Segmenter segmenter = make_segmenter();
  TimexTagger timex = make_timex_tagger();
  const char* undated_env = std::getenv("BENCH_RULES_UNDATED");
  const bool undated = undated_env && std::string(undated_env) == "1";
  corpus::ReadOptions options;
  options.date_override = date;
  int status = 0;
  corpus::read_articles(
      file,
      [&](corpus::Article&& a) {
        Document doc;
        corpus::InputError error;
        if (!normalise_text(a.text, &doc.text, &doc.offsets, &error)) {
          std::fprintf(stderr, "bench_rules: extract: %s (%s)\n", error.message.c_str(), file.c_str());
          status = 1;
          return;
        }
        if (auto iso = corpus::normalize_iso_date(a.date)) {
          int y = std::stoi(iso->substr(0, 4));
          unsigned m = static_cast<unsigned>(std::stoi(iso->substr(5, 2)));
          unsigned d = static_cast<unsigned>(std::stoi(iso->substr(8, 2)));
          doc.dct = std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m},
                                                std::chrono::day{d}};
        }
        segment(segmenter, doc);
        tag_timexes(timex, doc);
        run_stages(lex, doc);
        if (!undated) date_events(doc);
        std::cout << to_json(a, doc).dump() << "\n";
      },
      [&](corpus::InputError&& e) {
        std::fprintf(stderr, "bench_rules: extract: %s (%s)\n", e.message.c_str(), e.file.c_str());
        status = 1;
      },
      options);
  return status;
}


int speed_main(const std::string& shared, int runs) {
  Lexicon lex;
  if (auto err = load_lexicon(model_dir(), &lex)) {
    std::fprintf(stderr, "bench_rules: %s (%s:%lld)\n", err->message.c_str(), err->file.c_str(),
                 static_cast<long long>(err->line));
    return 1;
  }
  Segmenter segmenter = make_segmenter();
  std::vector<Document> base;
  size_t tokens = 0;
  for (auto& article : bench::read_news_texts(shared)) {
    Document doc;
    corpus::InputError error;
    if (!normalise_text(article.text, &doc.text, &doc.offsets, &error)) continue;
    segment(segmenter, doc);
    tokens += doc.tokens.size();
    base.push_back(std::move(doc));
  }
  if (base.empty()) {
    std::fprintf(stderr, "bench_rules: no articles in %s/data/news_texts\n", shared.c_str());
    return 1;
  }
  std::vector<double> seconds;
  size_t mentions = 0, entities = 0, relations = 0, events = 0, quotes = 0;
  for (int r = 0; r <= runs; ++r) {
    std::vector<Document> docs = base;
    auto start = std::chrono::steady_clock::now();
    for (Document& d : docs) run_stages(lex, d);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (r > 0) seconds.push_back(s);
    mentions = entities = relations = events = quotes = 0;
    for (const Document& d : docs) {
      mentions += d.mentions.size();
      entities += d.entities.size();
      relations += d.relations.size();
      events += d.events.size();
      quotes += d.quotes.size();
    }
  }
  std::sort(seconds.begin(), seconds.end());
  double median = seconds[seconds.size() / 2];
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("rule stages: %zu articles, %zu tokens, median %.3f s of %d runs, %.0f tokens/s\n",
              base.size(), tokens, median, runs, static_cast<double>(tokens) / median);
  std::printf("found: %zu mentions, %zu entities, %zu relations, %zu events, %zu quotes\n",
              mentions, entities, relations, events, quotes);
  std::printf("peak RSS %.1f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"bench_rules: speed and extraction of the rule stages"};
  std::string shared = "../shared";
  int runs = 3;
  app.add_option("--shared", shared, "the shared data folder");
  app.add_option("--runs", runs, "timed runs");
  auto* extract = app.add_subcommand("extract", "extraction JSON of the rule stages");
  std::string file, date;
  bool json_flag = false;
  extract->add_option("file", file, "article file")->required();
  extract->add_option("--date", date, "publication date YYYY-MM-DD");
  extract->add_flag("--json", json_flag, "JSON output (the only output)");
  CLI11_PARSE(app, argc, argv);
  if (*extract) return extract_main(file, date);
  return speed_main(shared, std::max(1, runs));
}
