// Reads news articles from files, folders and standard input into Articles (corpus/article.h).
//
// This is the only place that knows file formats. It reads bytes and metadata; it extracts
// nothing and does not validate UTF-8 in .txt and .jsonl (the extractor reports invalid bytes
// with their offset); HTML is decoded here (see .html below).
// Supported inputs (extensions are matched case-insensitively):
//
//   .txt       UTF-8 text with an optional header block of `Key: value` lines (Title, Date,
//              Source, URL, ID; keys case-insensitive, other keys ignored). Blank lines before
//              the block are skipped. The block starts with a line `Key:<whitespace>` with a
//              known key and ends either
//                (a) at the first blank line, when every line before it contains ':' (exactly
//                    ../shared/tools/score_gold.py's split_header; unknown keys are allowed), or
//                (b) otherwise, right before the first line that is not `Key:` with a known
//                    key: a run of known-key lines followed directly by text is a header too
//                    ("Title: T\nDate: 2024-03-05\nA man spoke." has the text "A man spoke.").
//              Else there is no header and the whole file is the text. Article::text is the
//              bytes after the block; score_gold.py agrees on offsets only for (a) without
//              leading blank lines. Without a header the title is the first non-blank line,
//              which stays in the text.
//   Encodings  A UTF-8 byte-order mark (EF BB BF) at the start of a .txt, .html or .jsonl file
//              or of standard input is dropped: code-point offsets count from the character
//              after it; Article::text_offset (a byte offset into the file) includes its 3
//              bytes (on standard input bytes are counted after the mark). A .txt or .html
//              file starting with a UTF-16 byte-order mark (FF FE, FE FF) is converted to UTF-8
//              with ICU (ucnv); Article::text_offset is then 0 and error offsets of the
//              extractor count bytes of the converted text. Invalid UTF-16 is an InputError
//              "invalid UTF-16LE text" (or BE) at the byte offset after the mark. A UTF-16
//              .jsonl file is an InputError (not supported; convert it to UTF-8).
//   .jsonl     JSON Lines: one object a line, "text" required; "id", "title", "date",
//   .jsonl.gz  "source", "url" optional (null = absent). Read line by line (gzip through
//              zlib), never the whole file at once. Blank lines are skipped. A bad line is one
//              InputError (file, line) and the following lines are still read. `id` defaults
//              to "<file stem>:<line>".
//   .html      Body text through gumbo (HTML5 parsing): the <article> with the most text if
//   .htm       there is one, else <main>, else <body>; <script>, <style>, <nav>, <footer>, <aside>,
//              <noscript>, <template>, <form>, <iframe>, <svg> are dropped. Each block element
//              (p, h1-h6, li, blockquote, div, ...) becomes its own paragraph, paragraphs are
//              separated by a blank line ("\n\n"), <br> is a line break, runs of whitespace
//              inside a paragraph collapse to one space. Metadata: title from og:title, else
//              the JSON-LD "headline", else <title>, else the first <h1>; date from the meta
//              tags article:published_time, og:published_time, date, pubdate, publishdate,
//              dc.date, dcterms.created, itemprop=datePublished, else schema.org JSON-LD
//              "datePublished", else the first <time datetime> in the body; source from
//              og:site_name; url from <link rel=canonical>, else og:url. A metadata date that
//              is not ISO 8601 is ignored (it is a guess, not a declaration).
//              Encoding, as HTML5 decides it (simplified): a byte-order mark, else the charset
//              declared in the first 1024 bytes (<meta charset=...> or <meta http-equiv=
//              "Content-Type" content="...; charset=...">), else UTF-8. A declared charset other
//              than UTF-8 is converted with ICU's converters (ucnv; WHATWG labels iso-8859-1,
//              latin1, us-ascii mean windows-1252; a declared UTF-16 without a mark means
//              UTF-8). Errors: "unknown charset \"<label>\"" for a label ICU does not know,
//              "invalid <charset> text" for bytes invalid in it, "invalid UTF-8" with the byte
//              offset into the file for HTML read as UTF-8 (never silently replaced).
//   -          Standard input: JSON Lines if its first non-whitespace byte is '{', else text
//              (with the optional header block). Ids default to "stdin" / "stdin:<line>".
//   folder     Walked recursively; the supported files in it are read in byte order of their
//              paths. Other files (README.md, *.gold.json, ...) and hidden entries (names
//              starting with '.') are skipped silently; symbolic links to folders are not
//              followed. An unreadable file or subfolder is an InputError and the walk goes on.
//
// Dates: a `Date` (header, JSON "date", --date) must be ISO 8601 "YYYY-MM-DD"; a full timestamp
// ("2025-03-04T09:30:00Z", "2025-03-04 09:30") is cut to its date. Anything else in a .txt
// header or a JSON line is an InputError naming the file and the line. Article::date is always
// "YYYY-MM-DD" or empty.
//
// Errors are values: a missing path, an empty file, a binary file (a NUL byte), a file of an
// unsupported type named explicitly, an unreadable file, an empty text, a bad header date, a bad
// JSON line. Each problem is reported once through `on_error` and reading goes on with the next
// article or file. Nothing here throws for bad input, prints or exits.
//
// Example:
//
//   using namespace newsgraph::corpus;
//   read_articles("corpus/",
//       [&](Article&& a) { pipeline.run(a); },
//       [&](InputError&& e) { report(e.file, e.line, e.message); });
//
// Thread safety: the functions keep no state between calls; concurrent calls on different
// inputs are safe. Callbacks run on the calling thread, in input order. Reading "-" uses
// std::cin, which is not safe to read from two threads.
#ifndef NEWSGRAPH_CORPUS_READER_H_
#define NEWSGRAPH_CORPUS_READER_H_

#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "corpus/article.h"

namespace newsgraph::corpus {

// What the caller imposes on every article read (the CLI's --date and --source).
struct ReadOptions {
  // Replaces every article's date when non-empty. Must be a date normalize_iso_date accepts;
  // if it is not, read_articles reports one InputError and reads nothing.
  std::string date_override;
  // Replaces every article's source when non-empty.
  std::string source_override;
};

// The file formats this layer reads.
enum class Format { kText, kJsonLines, kJsonLinesGzip, kHtml, kUnsupported };

// The format of `path`, from its extension alone (case-insensitive): .txt, .jsonl, .jsonl.gz,
// .html/.htm; anything else is kUnsupported. Does not touch the file system.
Format format_of(std::string_view path);

// "YYYY-MM-DD" for an ISO 8601 calendar date, optionally followed by a time part starting
// with 'T' or ' ' (which is dropped); surrounding whitespace is ignored. The month and day must
// exist (2024-02-29 yes, 2025-02-29 no). std::nullopt for anything else ("16/01/2026",
// "January 16, 2026", "2026-1-16", "").
std::optional<std::string> normalize_iso_date(std::string_view value);

// normalize_iso_date, or a date written out with an English month name: "March 12, 2025",
// "Mar. 12, 2025", "12 March 2025", "12th March 2025", and with a weekday and a time after the
// year as in e-mail and RSS (RFC 2822: "Wed, 12 Mar 2025 10:00:00 +0000"), each as
// "YYYY-MM-DD". Numeric forms other than ISO ("03/12/2025": which is the month?) stay
// std::nullopt. Used for headers, JSON Lines `date`, and HTML metadata.
std::optional<std::string> normalize_date(std::string_view value);

// Reads every article under `path` (a file, a folder or "-") and hands each one to
// `on_article`, each problem to `on_error`, in input order. Returns when everything is read.
// `options` overrides are applied to every article.
void read_articles(const std::string& path, const std::function<void(Article&&)>& on_article,
                   const std::function<void(InputError&&)>& on_error,
                   const ReadOptions& options = {});

// As read_articles("-"), but from `in`, reported under the file name `name` (ids default to
// "stdin" / "stdin:<line>"). Sniffs the format as described above for standard input.
void read_articles_from_stream(std::istream& in, const std::string& name,
                               const std::function<void(Article&&)>& on_article,
                               const std::function<void(InputError&&)>& on_error,
                               const ReadOptions& options = {});

// The files read_articles(path) would read, in that order, without reading them: {path} for
// a supported file or "-", the supported files of a folder walk. Missing paths, explicitly
// named unsupported files and unreadable folders go to `on_error` (the same errors
// read_articles reports for them). Useful for a progress bar's total.
std::vector<std::string> list_article_files(const std::string& path,
                                            const std::function<void(InputError&&)>& on_error);

// One article from the bytes of a .txt file (header block optional). `path` names the file in
// errors and gives the default id (its stem). An InputError for an empty text, a NUL byte or
// a Date header that is not ISO 8601 (with its 1-based line).
std::variant<Article, InputError> parse_text_article(std::string_view raw,
                                                     const std::string& path);

// One article from one JSON Lines record (without its newline). `path` and `line` (1-based)
// go into the article and into errors; the default id is "<stem of path>:<line>".
std::variant<Article, InputError> parse_json_article(std::string_view record,
                                                     const std::string& path, int64_t line);

// One article from the bytes of an HTML page, as described above for .html files (charset
// detection and conversion included).
std::variant<Article, InputError> parse_html_article(std::string_view raw,
                                                     const std::string& path);

}  // namespace newsgraph::corpus

#endif  // NEWSGRAPH_CORPUS_READER_H_
