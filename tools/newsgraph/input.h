// The CLI's inputs: the files named on the command line (files, folders recursively, "-" for
// stdin) read into Articles through the corpus layer (corpus/reader.h owns every format,
// header and date rule), with their sizes on disk for ingest's progress bar.
//
// Errors (a missing path, an unreadable or empty or binary file, a bad header date, a bad
// JSON line, an unsupported file named explicitly) go to the `error` callback, once each, and
// reading goes on. Thread safety: call from one thread.
#ifndef NEWSGRAPH_TOOLS_NEWSGRAPH_INPUT_H_
#define NEWSGRAPH_TOOLS_NEWSGRAPH_INPUT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "corpus/article.h"
#include "corpus/reader.h"

namespace newsgraph::cli {

// One input file found under the paths given (or "-").
struct InputFile {
  std::string path;
  int64_t bytes = 0;  // size on disk (0 for stdin)
};

// Expands `paths` into the files corpus::read_articles reads, in its order. When
// `unsupported` is set, adds to it the number of files inside the folders named that are
// passed over for their extension (not .txt, .html, .jsonl ...; not hidden).
std::vector<InputFile> list_inputs(const std::vector<std::string>& paths,
                                   const std::function<void(const corpus::InputError&)>& error,
                                   int64_t* unsupported = nullptr);

// Reads every article of `file` with the --date/--source overrides of `options`.
void read_file(const InputFile& file, const corpus::ReadOptions& options,
               const std::function<void(corpus::Article&&)>& article,
               const std::function<void(const corpus::InputError&)>& error);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_TOOLS_NEWSGRAPH_INPUT_H_
