// Reading the CLI's inputs into Articles: files, folders (recursively) and "-" for stdin.
//
// Formats (../shared/spec/interface.md section 2): `.txt` with an optional header block
// (Title, Date, Source, URL, ID; ended by one blank line; without it the first line is also
// the title), `.jsonl` and `.jsonl.gz` (one article an object, `text` required). In a folder,
// files of other extensions and hidden files are passed over; a file named explicitly with
// another extension is an error.
//
// TEMPORARY: a minimal reader of the CLI's own until corpus/reader.h lands in main; then
// read_inputs() delegates to it and this file shrinks to the folder walk.
//
// Errors are InputErrors handed to the callback (missing path, unreadable file, empty or binary
// file, invalid UTF-8 with its byte offset, a bad JSON line); reading goes on with the rest.
// Thread safety: none needed; call from one thread.
#ifndef NEWSGRAPH_TOOLS_NEWSGRAPH_INPUT_H_
#define NEWSGRAPH_TOOLS_NEWSGRAPH_INPUT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "corpus/article.h"

namespace newsgraph::cli {

// One input file found under the paths given (or "-").
struct InputFile {
  std::string path;
  int64_t bytes = 0;  // size on disk (0 for stdin)
};

// Expands `paths` (files, folders recursively in name order, "-") into input files. Missing
// paths and unreadable folders are reported through `error` and left out.
std::vector<InputFile> list_inputs(const std::vector<std::string>& paths,
                                   const std::function<void(const corpus::InputError&)>& error);

// Reads every article of `file`; `jsonl` forces JSON Lines (for stdin). `done_bytes` reports
// how far into the file (bytes on disk) each article ends, for progress bars.
void read_file(const InputFile& file, bool jsonl,
               const std::function<void(corpus::Article&&, int64_t done_bytes)>& article,
               const std::function<void(const corpus::InputError&)>& error);

// Splits a .txt file's content into header fields and body (exposed for tests).
corpus::Article parse_txt(const std::string& content, const std::string& path);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_TOOLS_NEWSGRAPH_INPUT_H_
