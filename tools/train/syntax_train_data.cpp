#include "tools/train/syntax_train_data.h"

#include <cstdio>
#include <cstdlib>

std::string shared_data_dir() {
  const char* env = std::getenv("NEWSGRAPH_SHARED");
  return std::string(env ? env : NEWSGRAPH_MODEL_DIR "/../../../shared") + "/data";
}

void add_syntax_train_options(CLI::App& app, SyntaxTrainData* data) {
  const std::string shared = shared_data_dir();
  data->train = {shared + "/ud_english_ewt/en_ewt-ud-train.conllu", shared + "/gum/dep/train"};
  data->dev = {shared + "/ud_english_ewt/en_ewt-ud-dev.conllu"};
  // GUM genres whose texts are CC BY-NC(-SA): left out so the shipped models stay usable
  // commercially (see ../shared/data/gum/SOURCE.md).
  data->exclude = {"GUM_essay_", "GUM_fiction_", "GUM_letter_", "GUM_podcast_", "GUM_whow_",
                   "GUM_reddit_"};
  data->out = NEWSGRAPH_MODEL_DIR;
  app.add_option("--train", data->train, "CoNLL-U files or directories to train on")->capture_default_str();
  app.add_option("--dev", data->dev, "CoNLL-U files to report accuracy on after each epoch")->capture_default_str();
  app.add_option("--exclude", data->exclude, "skip files whose name starts with these")->capture_default_str();
  app.add_option("--out", data->out, "folder to write the model into")->capture_default_str();
}

bool load_syntax_train_data(const char* verb, const SyntaxTrainData& data,
                            std::vector<newsgraph::extractor::ConlluSentence>* train,
                            std::vector<newsgraph::extractor::ConlluSentence>* dev) {
  for (auto err : {newsgraph::extractor::read_conllu_paths(data.train, data.exclude, train),
                   newsgraph::extractor::read_conllu_paths(data.dev, {}, dev)}) {
    if (err) {
      std::fprintf(stderr, "newsgraph: train %s: %s (%s:%lld)\n", verb, err->message.c_str(),
                   err->file.c_str(), static_cast<long long>(err->line));
      return false;
    }
  }
  if (train->empty()) {
    std::fprintf(stderr, "newsgraph: train %s: no training sentences\n", verb);
    return false;
  }
  return true;
}
