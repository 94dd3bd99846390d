// newsgraph-eval coref DIR|FILE...: runs the stages up to in-article coreference (POS tagger,
// parser, NER, aliases, coref) on the gold words of each GUM document (one CoNLL-U file per
// document, e.g. ../shared/data/gum/dep/dev) and prints, by anaphor kind, the precision and
// recall of our resolved anaphors against GUM's coreference (scoring: tools/eval/coref_format.h).
//
//   newsgraph-eval coref ../shared/data/gum/dep/dev
//   newsgraph-eval coref DIR --show      # list every anaphor we resolved, right or wrong
//
// Exit 0 on success, 1 on an unreadable or malformed file (reported, left out), 2 on bad usage.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "extractor/alias.h"
#include "extractor/conllu.h"
#include "extractor/coref.h"
#include "extractor/dep_parser.h"
#include "extractor/lexicon.h"
#include "extractor/ner.h"
#include "extractor/ner_tagger.h"
#include "extractor/pipeline.h"
#include "extractor/pos_tagger.h"
#include "tools/eval/coref_format.h"

using namespace newsgraph;

namespace {

void print_error(const corpus::InputError& e) {
  std::fprintf(stderr, "newsgraph: eval coref: %s (%s)\n", e.message.c_str(), e.file.c_str());
}

std::vector<std::string> conllu_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    if (!std::filesystem::is_directory(p)) {
      files.push_back(p);
      continue;
    }
    std::vector<std::string> in_dir;
    for (const auto& entry : std::filesystem::directory_iterator(p))
      if (entry.path().extension() == ".conllu") in_dir.push_back(entry.path().string());
    std::sort(in_dir.begin(), in_dir.end());
    files.insert(files.end(), in_dir.begin(), in_dir.end());
  }
  return files;
}

}  // namespace

int eval_coref_main(int argc, char** argv) {
  CLI::App app{"Score resolved pronouns and role nouns against GUM coreference",
               "newsgraph-eval coref"};
  std::vector<std::string> paths;
  std::string models = extractor::model_dir();
  bool show = false;
  app.add_option("PATH", paths, "GUM CoNLL-U files, one document each, or folders of them")
      ->required();
  app.add_option("--model-dir", models, "models folder")->capture_default_str();
  app.add_flag("--show", show, "list each resolved anaphor: ok|wrong, kind, text -> entity");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  extractor::Lexicon lexicon;
  extractor::PosTagger pos;
  extractor::DependencyParser parser;
  extractor::NerTagger ner;
  for (auto err : {extractor::load_lexicon(models, &lexicon), extractor::load_pos_tagger(models, &pos),
                   extractor::load_dependency_parser(models, &parser),
                   extractor::load_ner_tagger(models, &ner)})
    if (err) {
      print_error(*err);
      return 1;
    }
  eval::CorefScores scores;
  int documents = 0, failures = 0;
  for (const std::string& file : conllu_files(paths)) {
    std::vector<extractor::ConlluSentence> sentences;
    std::vector<eval::GumMention> gold;
    auto err = extractor::read_conllu_file(file, &sentences);
    if (!err) err = eval::read_gum_mentions(sentences, file, &gold);
    if (err) {
      print_error(*err);
      ++failures;
      continue;
    }
    extractor::Document doc = extractor::conllu_to_document(sentences);
    extractor::tag_pos(pos, doc);
    extractor::parse_dependencies(parser, doc);
    extractor::recognise_entities(ner, lexicon, doc);
    extractor::resolve_aliases(lexicon, doc);
    extractor::resolve_coreference(lexicon, doc);
    eval::CorefScores one;
    std::vector<std::string> lines;
    eval::score_coref(gold, doc, &one, show ? &lines : nullptr);
    for (const auto& [kind, c] : one.by_kind) {
      eval::Counts& total = scores.by_kind[kind];
      total.tp += c.tp;
      total.pred += c.pred;
      total.gold += c.gold;
    }
    scores.pronouns.tp += one.pronouns.tp;
    scores.pronouns.pred += one.pronouns.pred;
    scores.pronouns.gold += one.pronouns.gold;
    ++documents;
    for (const std::string& line : lines)
      std::printf("%s | %s\n", std::filesystem::path(file).stem().c_str(), line.c_str());
  }
  std::printf("GUM coreference: %d documents; gold = pronoun anaphors whose entity we named "
              "before them\n", documents);
  std::printf("%s\n", eval::format_counts("pronouns, all kinds", scores.pronouns, 24).c_str());
  for (const auto& [kind, c] : scores.by_kind)
    std::printf("%s\n", (kind == "role noun" ? eval::format_precision("  " + kind, c, 24)
                                             : eval::format_counts("  " + kind, c, 24))
                            .c_str());
  return failures ? 1 : 0;
}
