// newsgraph-eval redocred FILE: runs the whole pipeline (load_pipeline, extract) on each
// Re-DocRED document, its text rebuilt from the gold tokens (no DCT: Wikipedia), and prints
// precision, recall and F1 with tp/pred/gold of our typed relations against the gold Wikidata
// triples, at the entity level, ONLY over the properties our predicates map to (mapping and
// matching: tools/eval/redocred_format.h). Other relations are neither predicted nor scored.
//
//   newsgraph-eval redocred ../shared/data/redocred/dev_revised.json
//   newsgraph-eval redocred FILE --no-country     # leave P17 (country) out
//   newsgraph-eval redocred FILE --limit 100      # the first 100 documents only
//   newsgraph-eval redocred FILE --show fp        # list our triples that match no gold one
//
// Exit 0 on success, 1 on an unreadable file or a document the extractor rejects (reported on
// stderr, left out of the scores), 2 on bad usage.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>

#include "extractor/pipeline.h"
#include "tools/eval/redocred_format.h"

using namespace newsgraph;

namespace {

void print_error(const corpus::InputError& e) {
  std::string where = e.file;
  if (e.offset >= 0) where += ":" + std::to_string(e.offset);
  std::fprintf(stderr, "newsgraph: eval redocred: %s (%s)\n", e.message.c_str(), where.c_str());
}

}  // namespace

int eval_redocred_main(int argc, char** argv) {
  CLI::App app{"Score typed relations on Re-DocRED at the entity level (mapped properties only)",
               "newsgraph-eval redocred"};
  std::string file;
  std::string models = extractor::model_dir();
  bool no_country = false;
  int limit = 0;
  std::string show;
  app.add_option("FILE", file, "Re-DocRED JSON (e.g. dev_revised.json)")->required();
  app.add_option("--model-dir", models, "models folder for load_pipeline")->capture_default_str();
  app.add_flag("--no-country", no_country, "do not score P17 (country) as located_in");
  app.add_option("--limit", limit, "score only the first N documents (0: all)");
  app.add_option("--show", show,
                 "after the scores, list our unmatched triples (fp), the missed gold ones (fn) "
                 "or both (all): title | subject | predicate | object | evidence or properties")
      ->check(CLI::IsMember({"fp", "fn", "all"}));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  extractor::Pipeline pipeline;
  if (auto err = extractor::load_pipeline(models, &pipeline)) {
    print_error(*err);
    return 1;
  }
  std::vector<eval::RedocredDocument> docs;
  corpus::InputError error;
  if (!eval::read_redocred(file, &docs, &error)) {
    print_error(error);
    return 1;
  }
  if (limit > 0 && size_t(limit) < docs.size()) docs.resize(size_t(limit));
  eval::RedocredScoreOptions options;
  options.country = !no_country;
  options.examples = !show.empty();
  eval::RedocredScores scores;
  int failures = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (size_t i = 0; i < docs.size(); ++i) {
    corpus::Article article;
    article.id = std::to_string(i);
    article.title = docs[i].title;
    article.path = file;
    article.text = docs[i].text;
    extractor::Document doc;
    if (!extractor::extract(pipeline, article, &doc, &error)) {
      error.message = "document " + std::to_string(i) + ": " + error.message;
      print_error(error);
      ++failures;
      continue;
    }
    eval::score_redocred(docs[i], doc, options, &scores);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  std::printf("Re-DocRED: %d documents, %.1f s; only the mapped properties are scored%s\n",
              scores.documents, seconds, options.country ? "" : " (P17 left out)");
  std::printf("%s\n", eval::format_counts("relations, overall", scores.overall, 30).c_str());
  std::printf("%s\n",
              eval::format_counts("relations between entities", scores.entity_objects, 30).c_str());
  std::printf("by predicate:\n");
  for (const auto& m : eval::property_mappings()) {
    auto it = scores.by_predicate.find(std::string(m.predicate));
    if (it == scores.by_predicate.end()) continue;
    std::string label = "  " + it->first;
    std::printf("%s\n", eval::format_counts(label, it->second, 30).c_str());
    scores.by_predicate.erase(it);  // print each once, in mapping order
  }
  std::printf("recall by Wikidata property:\n");
  for (const auto& m : eval::property_mappings()) {
    auto it = scores.by_property.find(std::string(m.property));
    if (it == scores.by_property.end()) continue;
    std::string label = "  " + it->first + (m.reversed ? " (reversed) " : " ") +
                        std::string(m.predicate);
    std::printf("%s\n", eval::format_recall(label, it->second, 30).c_str());
  }
  std::printf("gold triple arguments found as our entities: %lld of %lld\n",
              static_cast<long long>(scores.arguments_found),
              static_cast<long long>(scores.arguments_gold));
  if (show == "fp" || show == "all")
    for (const auto& line : scores.false_positives) std::printf("fp: %s\n", line.c_str());
  if (show == "fn" || show == "all")
    for (const auto& line : scores.false_negatives) std::printf("fn: %s\n", line.c_str());
  return failures ? 1 : 0;
}
