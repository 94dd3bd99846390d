// newsgraph-train pos: trains the UPOS tagger and the lemmatiser (extractor/pos_tagger.h) on
// CoNLL-U files and writes pos.bin and lemma.tsv into --out (default: the shipped models folder).
//
//   newsgraph-train pos                       # UD English EWT train + GUM train, 10 epochs
//   newsgraph-train pos --epochs 12 --dev ../shared/data/ud_english_ewt/en_ewt-ud-dev.conllu
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "extractor/conllu.h"
#include "extractor/pos_tagger.h"
#include "tools/train/syntax_train_data.h"

using namespace newsgraph::extractor;

int train_pos_main(int argc, char** argv) {
  CLI::App app{"newsgraph-train pos: train the UPOS tagger and lemmatiser on CoNLL-U"};
  app.name("newsgraph-train pos");
  SyntaxTrainData data;
  add_syntax_train_options(app, &data);
  PosTrainOptions options;
  app.add_option("--epochs", options.epochs, "passes over the training data")->capture_default_str();
  app.add_option("--seed", options.seed, "shuffling seed")->capture_default_str();
  app.add_option("--prune", options.prune, "drop averaged weights smaller than this")->capture_default_str();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  std::vector<ConlluSentence> train, dev;
  if (!load_syntax_train_data("pos", data, &train, &dev)) return 1;
  std::fprintf(stderr, "newsgraph-train pos: %zu training sentences, %zu dev sentences\n",
               train.size(), dev.size());
  PosTagger tagger = train_pos_tagger(train, dev, options, [](const std::string& line) {
    std::fprintf(stderr, "newsgraph-train pos: %s\n", line.c_str());
  });
  std::fprintf(stderr, "newsgraph-train pos: %zu features, %zu weights, %zu lemma exceptions, %zu suffix rules\n",
               tagger.model.n_features(), tagger.model.n_weights(),
               tagger.lemmatizer.exceptions.size(), tagger.lemmatizer.suffix_rules.size());
  std::string pos_path = data.out + "/pos.bin", lemma_path = data.out + "/lemma.tsv";
  for (auto err : {write_model_file(pos_path, serialize_pos_tagger(tagger)),
                   write_model_file(lemma_path, serialize_lemmatizer(tagger.lemmatizer))}) {
    if (err) {
      std::fprintf(stderr, "newsgraph: train pos: %s (%s)\n", err->message.c_str(), err->file.c_str());
      return 1;
    }
  }
  std::fprintf(stderr, "newsgraph-train pos: wrote %s and %s\n", pos_path.c_str(), lemma_path.c_str());
  return 0;
}
