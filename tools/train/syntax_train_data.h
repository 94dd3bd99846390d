// The training and dev data options shared by `newsgraph-train pos` and `newsgraph-train parse`.
#ifndef NEWSGRAPH_TOOLS_TRAIN_SYNTAX_TRAIN_DATA_H_
#define NEWSGRAPH_TOOLS_TRAIN_SYNTAX_TRAIN_DATA_H_

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "extractor/conllu.h"

struct SyntaxTrainData {
  std::vector<std::string> train;    // files or directories of .conllu
  std::vector<std::string> dev;
  std::vector<std::string> exclude;  // file-name prefixes to skip
  std::string out;                   // model folder
};

// Registers --train, --dev, --exclude and --out with defaults under $NEWSGRAPH_SHARED (else the
// ../shared next to the source tree) and the shipped models folder.
void add_syntax_train_options(CLI::App& app, SyntaxTrainData* data);

// Reads the data; prints one error line and returns false on failure.
bool load_syntax_train_data(const char* verb, const SyntaxTrainData& data,
                            std::vector<newsgraph::extractor::ConlluSentence>* train,
                            std::vector<newsgraph::extractor::ConlluSentence>* dev);

#endif  // NEWSGRAPH_TOOLS_TRAIN_SYNTAX_TRAIN_DATA_H_
