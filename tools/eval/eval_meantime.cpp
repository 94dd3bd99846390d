// newsgraph-eval meantime DIR|FILE...: runs the whole pipeline (load_pipeline, extract) on the
// MEANTIME articles, their text rebuilt from the gold tokens and their DCT given, and prints
// precision, recall and F1 with tp/pred/gold for names, events, event participants, quote
// speakers and event dates (definitions: tools/eval/meantime_format.h).
//
//   newsgraph-eval meantime ../shared/data/meantime/intra-doc_annotation/corpus_apple
//   newsgraph-eval meantime ../shared/data/meantime   # the same: repeated file names skipped
//   newsgraph-eval meantime DIR --sentences 0     # score whole documents (cross-doc files)
//   newsgraph-eval meantime DIR --per-doc         # one events/participants line per document
//   newsgraph-eval meantime DIR --text-dir /tmp/mt # also write the rebuilt texts there
//   newsgraph-eval meantime DIR --show fp         # list our names/events/participants that miss
//
// Exit 0 when every file was read and extracted, 1 when some were not (they are reported on
// stderr, one line each, and left out of the scores), 2 on bad usage.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "extractor/pipeline.h"
#include "tools/eval/meantime_format.h"

using namespace newsgraph;

namespace {

void print_error(const corpus::InputError& e) {
  std::string where = e.file;
  if (e.offset >= 0) where += ":" + std::to_string(e.offset);
  std::fprintf(stderr, "newsgraph: eval meantime: %s (%s)\n", e.message.c_str(), where.c_str());
}

// The .xml files under each path (recursively, sorted), or the path itself if it is a file.
// A file name met again under a folder is skipped (*skipped counts them): the release has
// each article twice, in intra-doc_annotation/ and intra_cross-doc_annotation/, and the
// first in sorted order (intra-doc) is kept.
std::vector<std::string> list_files(const std::vector<std::string>& paths, int* skipped) {
  std::vector<std::string> files;
  std::set<std::string> names;
  for (const auto& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      std::vector<std::string> here;
      for (const auto& e : std::filesystem::recursive_directory_iterator(p, ec))
        if (e.is_regular_file() && e.path().extension() == ".xml") here.push_back(e.path().string());
      std::sort(here.begin(), here.end());
      for (const auto& f : here) {
        if (names.insert(std::filesystem::path(f).filename().string()).second)
          files.push_back(f);
        else
          ++*skipped;
      }
    } else {
      files.push_back(p);
    }
  }
  return files;
}

void print(const std::string& label, const eval::Counts& c) {
  std::printf("%s\n", eval::format_counts(label, c, 34).c_str());
}

}  // namespace

int eval_meantime_main(int argc, char** argv) {
  CLI::App app{"Score names, events, participants, quote speakers and event dates on MEANTIME (CAT XML)",
               "newsgraph-eval meantime"};
  std::vector<std::string> paths;
  eval::MeantimeScoreOptions options;
  std::string models = extractor::model_dir();
  bool per_doc = false;
  std::string text_dir;
  std::string show;
  app.add_option("DIR", paths, "MEANTIME .xml files or folders of them")->required();
  app.add_option("--sentences", options.sentences,
                 "score sentences [0, N) of each document, where MEANTIME's document-level "
                 "annotation is complete; 0 = whole documents")
      ->capture_default_str();
  app.add_option("--model-dir", models, "models folder for load_pipeline")->capture_default_str();
  app.add_flag("--per-doc", per_doc, "print events and participants counts per document");
  app.add_option("--show", show,
                 "after the scores, list our unmatched names, events and participants (fp), the "
                 "missed gold ones (fn) or both (all): doc | measure | text [span) | detail")
      ->check(CLI::IsMember({"fp", "fn", "all"}));
  app.add_option("--text-dir", text_dir,
                 "also write each rebuilt text as NAME.txt (Date header) for `newsgraph extract`");
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
  options.examples = !show.empty();
  int skipped = 0;
  auto files = list_files(paths, &skipped);
  if (skipped)
    std::fprintf(stderr, "newsgraph: eval meantime: %d files skipped, their names already read\n",
                 skipped);
  if (files.empty()) {
    print_error({"no .xml files", paths.front(), -1, 0});
    return 1;
  }
  eval::MeantimeScores scores;
  int failures = 0;
  int64_t tokens = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (const auto& file : files) {
    eval::MeantimeDocument gold;
    corpus::InputError error;
    if (!eval::read_meantime(file, &gold, &error)) {
      print_error(error);
      ++failures;
      continue;
    }
    if (!text_dir.empty()) {
      std::filesystem::create_directories(text_dir);
      std::ofstream out(std::filesystem::path(text_dir) / (gold.name + ".txt"), std::ios::binary);
      out << "ID: " << gold.id << "\nDate: " << gold.dct << "\n\n" << gold.text << "\n";
    }
    corpus::Article article;
    article.id = gold.id;
    article.path = file;
    article.date = gold.dct;
    article.text = gold.text;
    extractor::Document doc;
    if (!extractor::extract(pipeline, article, &doc, &error)) {
      print_error(error);
      ++failures;
      continue;
    }
    eval::MeantimeScores one;
    eval::score_meantime(gold, doc, options, &one);
    if (per_doc) {
      std::printf("%s\n  %s\n  %s\n", gold.name.c_str(),
                  eval::format_counts("events", one.events, 12).c_str(),
                  eval::format_counts("participants", one.participants, 12).c_str());
    }
    eval::score_meantime(gold, doc, options, &scores);
    tokens += int64_t(gold.tokens.size());
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  std::printf("MEANTIME: %d documents, %lld tokens, sentences scored: %s, %.1f s\n",
              scores.documents, static_cast<long long>(tokens),
              options.sentences > 0 ? ("0.." + std::to_string(options.sentences - 1)).c_str()
                                    : "all",
              seconds);
  std::printf("\nNames (NAM/PRE.NAM mentions: ours inside the gold extent, on its head)\n");
  print("names, head and type", scores.names_typed);
  print("names, head only", scores.names_untyped);
  print("names, exact extent and type", scores.names_exact);
  for (const auto& [type, c] : scores.names_by_type) print("  " + type, c);
  std::printf("\nEvents (trigger overlaps the gold event mention, one-to-one)\n");
  print("events, all", scores.events);
  print("events of contract types", scores.events_typed);
  std::printf("  precision by our type:\n");
  for (const auto& [type, c] : scores.events_by_type)
    std::printf("%s\n", eval::format_precision("    " + type, c, 34).c_str());
  std::printf("  recall by MEANTIME class:\n");
  for (const auto& [cls, c] : scores.events_by_class)
    std::printf("%s\n", eval::format_recall("    " + cls, c, 34).c_str());
  std::printf("\nParticipants (HAS_PARTICIPANT: event and participant entity)\n");
  print("participants", scores.participants);
  print("participants, named gold entities", scores.participants_named);
  print("participants with role", scores.participants_role);
  std::printf("\nQuote speakers (cue on a gold speech event, speaker its Arg0)\n");
  print("quote speakers", scores.quote_speakers);
  std::printf("\nEvent dates (TLINK anchor value of matched events)\n");
  print("event dates", scores.event_dates);
  if (show == "fp" || show == "all")
    for (const auto& line : scores.false_positives) std::printf("fp: %s\n", line.c_str());
  if (show == "fn" || show == "all")
    for (const auto& line : scores.false_negatives) std::printf("fn: %s\n", line.c_str());
  return failures ? 1 : 0;
}
