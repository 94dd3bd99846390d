// newsgraph-train parse: trains the dependency parser (extractor/dep_parser.h) on CoNLL-U files
// and writes parser.bin into --out (default: the shipped models folder).
//
//   newsgraph-train parse                    # UD English EWT train + GUM train
//   newsgraph-train parse --epochs 12 --out /tmp/models
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "extractor/conllu.h"
#include "extractor/dep_parser.h"
#include "extractor/pos_tagger.h"
#include "tools/train/syntax_train_data.h"

using namespace newsgraph::extractor;

int train_parse_main(int argc, char** argv) {
  CLI::App app{"newsgraph-train parse: train the dependency parser on CoNLL-U"};
  app.name("newsgraph-train parse");
  SyntaxTrainData data;
  add_syntax_train_options(app, &data);
  ParseTrainOptions options;
  int folds = 4;
  std::string dev_tagger = NEWSGRAPH_MODEL_DIR;
  app.add_option("--jackknife", folds,
                 "train on UPOS predicted by taggers trained on the other folds (0: gold UPOS)")
      ->capture_default_str();
  std::string save_tagged;
  app.add_option("--save-jackknifed", save_tagged,
                 "also write the jackknife-tagged training data here (CoNLL-U), to train again "
                 "with --jackknife 0 --train FILE");
  app.add_option("--dev-tagger", dev_tagger, "folder whose pos.bin tags the dev data (\"\": gold UPOS)")
      ->capture_default_str();
  app.add_option("--epochs", options.epochs, "passes over the training data")->capture_default_str();
  app.add_option("--seed", options.seed, "shuffling and exploration seed")->capture_default_str();
  app.add_option("--explore-from", options.explore_from_epoch,
                 "first epoch that follows the model's own moves")->capture_default_str();
  app.add_option("--explore-probability", options.explore_probability,
                 "probability of following the model's move")->capture_default_str();
  app.add_option("--prune", options.prune, "drop averaged weights smaller than this")->capture_default_str();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  std::vector<ConlluSentence> train, dev;
  if (!load_syntax_train_data("parse", data, &train, &dev)) return 1;
  std::fprintf(stderr, "newsgraph-train parse: %zu training sentences, %zu dev sentences\n",
               train.size(), dev.size());
  if (folds > 1) {
    std::fprintf(stderr, "newsgraph-train parse: jackknifing UPOS over %d folds\n", folds);
    jackknife_upos(&train, folds, PosTrainOptions());
    if (!save_tagged.empty()) {
      if (auto err = write_model_file(save_tagged, write_conllu(train))) {
        std::fprintf(stderr, "newsgraph: train parse: %s (%s)\n", err->message.c_str(), err->file.c_str());
        return 1;
      }
    }
  }
  if (!dev_tagger.empty()) {
    PosTagger tagger;
    if (auto err = load_pos_tagger(dev_tagger, &tagger)) {
      std::fprintf(stderr, "newsgraph: train parse: %s (%s)\n", err->message.c_str(), err->file.c_str());
      return 1;
    }
    std::vector<std::string_view> words;
    std::vector<uint16_t> tags;
    for (ConlluSentence& s : dev) {
      words.clear();
      for (const ConlluWord& w : s.words) words.push_back(w.form);
      tag_words(tagger, words, &tags);
      for (size_t i = 0; i < tags.size(); ++i) s.words[i].upos = tagger.tags[tags[i]];
    }
    std::fprintf(stderr, "newsgraph-train parse: dev tagged by %s/pos.bin\n", dev_tagger.c_str());
  }
  DependencyParser parser = train_dependency_parser(train, dev, options, [](const std::string& line) {
    std::fprintf(stderr, "newsgraph-train parse: %s\n", line.c_str());
  });
  std::fprintf(stderr, "newsgraph-train parse: %zu features, %zu weights\n",
               parser.model.n_features(), parser.model.n_weights());
  std::string path = data.out + "/parser.bin";
  if (auto err = write_model_file(path, serialize_dependency_parser(parser))) {
    std::fprintf(stderr, "newsgraph: train parse: %s (%s)\n", err->message.c_str(), err->file.c_str());
    return 1;
  }
  std::fprintf(stderr, "newsgraph-train parse: wrote %s\n", path.c_str());
  return 0;
}
