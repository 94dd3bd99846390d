// An Article is one news story as read from a file: its text and its metadata.
//
// The corpus layer turns files (.txt with an optional header block, .jsonl, .jsonl.gz, .html)
// into Articles; see corpus/reader.h. Nothing here extracts anything: the extractor layer takes
// an Article and returns a Document (extractor/document.h).
//
// Text is UTF-8 exactly as read (after the header block for .txt); it is validated by the
// extractor, which reports invalid bytes with their offset. `date` is the publication date
// (the document creation time, DCT) as ISO 8601 "YYYY-MM-DD", or empty when unknown.
#ifndef NEWSGRAPH_CORPUS_ARTICLE_H_
#define NEWSGRAPH_CORPUS_ARTICLE_H_

#include <cstdint>
#include <string>

namespace newsgraph::corpus {

struct Article {
  std::string id;      // from the header/JSON `id`, else derived from the file name (+ line)
  std::string title;   // may be empty
  std::string date;    // "YYYY-MM-DD" or empty: the DCT
  std::string source;  // publisher, may be empty
  std::string url;     // may be empty
  std::string text;    // the body, UTF-8 bytes as read (not yet validated)
  std::string path;    // the file it came from ("-" for stdin)
  int64_t line = 0;    // 1-based line in a .jsonl file; 0 for other formats
  // Byte offset of `text` in the file (the length of a .txt header block), so that an offset
  // into the text plus this is an offset into the file; 0 where the text is not a byte range
  // of the file (JSON strings, HTML).
  int64_t text_offset = 0;
};

// A problem with one input (a file, an article, a header field). A value the caller handles,
// never an exception that stops a batch.
//   message: what went wrong, one line, no trailing period ("invalid UTF-8")
//   file:    the file path, or "-" for stdin, or empty
//   offset:  byte offset into the file or text where relevant, else -1
//   line:    1-based line where relevant, else 0
struct InputError {
  std::string message;
  std::string file;
  int64_t offset = -1;
  int64_t line = 0;
};

}  // namespace newsgraph::corpus

#endif  // NEWSGRAPH_CORPUS_ARTICLE_H_
