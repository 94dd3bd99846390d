#include "corpus/reader.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/temp_dir.h"
#include "tests/shared_dir.h"

using namespace newsgraph::corpus;
using newsgraph::testing::TempDir;

namespace {

const std::string kData = NEWSGRAPH_SOURCE_DIR "/tests/data/corpus/";

struct Collected {
  std::vector<Article> articles;
  std::vector<InputError> errors;
};

Collected read_all(const std::string& path, const ReadOptions& options = {}) {
  Collected c;
  read_articles(
      path, [&](Article&& a) { c.articles.push_back(std::move(a)); },
      [&](InputError&& e) { c.errors.push_back(std::move(e)); }, options);
  return c;
}

Collected read_stream(const std::string& input) {
  Collected c;
  std::istringstream in(input);
  read_articles_from_stream(
      in, "-", [&](Article&& a) { c.articles.push_back(std::move(a)); },
      [&](InputError&& e) { c.errors.push_back(std::move(e)); });
  return c;
}

}  // namespace

TEST_CASE("reader: ISO dates are accepted and timestamps cut to their date") {
  CHECK(normalize_iso_date("2026-01-16") == "2026-01-16");
  CHECK(normalize_iso_date(" 2025-03-04T09:30:00Z ") == "2025-03-04");
  CHECK(normalize_iso_date("2024-08-05 18:02") == "2024-08-05");
  CHECK(normalize_iso_date("2024-02-29") == "2024-02-29");
  CHECK_FALSE(normalize_iso_date("2025-02-29").has_value());
  CHECK_FALSE(normalize_iso_date("2025-13-01").has_value());
  CHECK_FALSE(normalize_iso_date("16/01/2026").has_value());
  CHECK_FALSE(normalize_iso_date("January 16, 2026").has_value());
  CHECK_FALSE(normalize_iso_date("2026-1-16").has_value());
  CHECK_FALSE(normalize_iso_date("2026-01-16X").has_value());
  CHECK_FALSE(normalize_iso_date("").has_value());
}

// Bug found by a user: "Date: March 12, 2025" rejected the whole article.
TEST_CASE("reader: dates written with a month name, and e-mail dates, are accepted too") {
  CHECK(normalize_date("2026-01-16") == "2026-01-16");
  CHECK(normalize_date("March 12, 2025") == "2025-03-12");
  CHECK(normalize_date("Mar. 12, 2025") == "2025-03-12");
  CHECK(normalize_date("12 March 2025") == "2025-03-12");
  CHECK(normalize_date("12th Mar 2025") == "2025-03-12");
  CHECK(normalize_date("Sept. 3, 2024") == "2024-09-03");
  CHECK(normalize_date("Wed, 12 Mar 2025 10:00:00 +0000") == "2025-03-12");
  CHECK(normalize_date("Wednesday, March 12, 2025") == "2025-03-12");
  CHECK_FALSE(normalize_date("February 30, 2025").has_value());
  CHECK_FALSE(normalize_date("03/12/2025").has_value());
  CHECK_FALSE(normalize_date("March 2025").has_value());
  CHECK_FALSE(normalize_date("Marc 12, 2025").has_value());
  CHECK_FALSE(normalize_date("12 March 25").has_value());
}

TEST_CASE("reader: format comes from the extension, case-insensitively") {
  CHECK(format_of("a/b.txt") == Format::kText);
  CHECK(format_of("B.TXT") == Format::kText);
  CHECK(format_of("x.jsonl") == Format::kJsonLines);
  CHECK(format_of("x.jsonl.gz") == Format::kJsonLinesGzip);
  CHECK(format_of("x.html") == Format::kHtml);
  CHECK(format_of("x.htm") == Format::kHtml);
  CHECK(format_of("x.gold.json") == Format::kUnsupported);
  CHECK(format_of("x.gz") == Format::kUnsupported);
  CHECK(format_of("README.md") == Format::kUnsupported);
}

TEST_CASE("reader: txt header block gives metadata and the text starts after the blank line") {
  auto c = read_all(kData + "header.txt");
  REQUIRE(c.errors.empty());
  REQUIRE(c.articles.size() == 1);
  const Article& a = c.articles[0];
  CHECK(a.id == "test-header-1");
  CHECK(a.title == "Ottawa and Beijing agree to talks");
  CHECK(a.date == "2026-01-16");  // "DATE:" key is case-insensitive; the time part is cut
  CHECK(a.source == "Test Wire");
  CHECK(a.url == "https://example.org/ottawa-beijing");
  CHECK(a.text == "Canada and China agreed on Friday to hold trade talks.\nOfficials met in Beijing.\n");
  CHECK(a.path == kData + "header.txt");
  CHECK(a.line == 0);
}

TEST_CASE("reader: txt without header takes the first line as title and keeps it in the text") {
  auto c = read_all(kData + "no-header.txt");
  REQUIRE(c.errors.empty());
  REQUIRE(c.articles.size() == 1);
  const Article& a = c.articles[0];
  CHECK(a.id == "no-header");
  CHECK(a.title == "Carney meets Xi in Gyeongju");
  CHECK(a.date.empty());
  CHECK(a.text.rfind("Carney meets Xi in Gyeongju\n\nPrime Minister", 0) == 0);
}

TEST_CASE("reader: known-key header lines followed directly by text are a header") {
  auto c = read_all(kData + "broken-header.txt");
  REQUIRE(c.errors.empty());
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text == "but this line has no colon\n\nThe body.\n");
  CHECK(c.articles[0].title == "looks like a header");
  CHECK(c.articles[0].text_offset == 27);
  // The smallest case: no blank line between the header and the text.
  auto r = parse_text_article("Title: T\nDate: 2024-03-05\nA man spoke.\n", "x.txt");
  REQUIRE(std::holds_alternative<Article>(r));
  const Article& a = std::get<Article>(r);
  CHECK(a.title == "T");
  CHECK(a.date == "2024-03-05");
  CHECK(a.text == "A man spoke.\n");
  CHECK(a.text_offset == 26);
  // An unknown key in the run: the run ends there and the rest is text.
  auto u = parse_text_article("Title: T\nBy: Ann\nA man spoke.\n", "x.txt");
  CHECK(std::get<Article>(u).text == "By: Ann\nA man spoke.\n");
  CHECK(std::get<Article>(u).title == "T");
}

TEST_CASE("reader: blank lines before a txt header are skipped") {
  auto r = parse_text_article("\n  \nTitle: T\nDate: 2024-03-05\n\nBody\n", "x.txt");
  REQUIRE(std::holds_alternative<Article>(r));
  const Article& a = std::get<Article>(r);
  CHECK(a.title == "T");
  CHECK(a.date == "2024-03-05");
  CHECK(a.text == "Body\n");
  CHECK(a.text_offset == 31);
  // The Date line number counts the skipped lines.
  auto bad = parse_text_article("\nDate: soon\n\nBody\n", "x.txt");
  REQUIRE(std::holds_alternative<InputError>(bad));
  CHECK(std::get<InputError>(bad).line == 2);
}

TEST_CASE("reader: txt header detection follows score_gold.py's split_header") {
  auto body = [](const std::string& raw) {
    auto r = parse_text_article(raw, "x.txt");
    REQUIRE(std::holds_alternative<Article>(r));
    return std::get<Article>(r).text;
  };
  // A first line that is not `Key:<space>` with a known key: no header.
  CHECK(body("Title:no space\n\nBody") == "Title:no space\n\nBody");
  CHECK(body("Author: X\n\nBody") == "Author: X\n\nBody");
  // CRLF line ends: the header still ends at the blank line; the body keeps its bytes.
  CHECK(body("Title: X\r\nDate: 2025-01-06\r\n\r\nBody\r\n") == "Body\r\n");
  // A blank line made of spaces ends the block; unknown keys after the first are fine.
  CHECK(body("ID: k\nAuthor: Y\n   \nBody") == "Body");
  auto r = parse_text_article("Title: X\r\nDate: 2025-01-06\r\n\r\nBody\r\n", "x.txt");
  CHECK(std::get<Article>(r).title == "X");
  CHECK(std::get<Article>(r).date == "2025-01-06");
}

TEST_CASE("reader: a UTF-8 byte-order mark is dropped before the txt header") {
  auto r = parse_text_article("\xEF\xBB\xBFTitle: T\nDate: 2024-03-05\n\nBody\n", "x.txt");
  REQUIRE(std::holds_alternative<Article>(r));
  const Article& a = std::get<Article>(r);
  CHECK(a.title == "T");
  CHECK(a.date == "2024-03-05");
  CHECK(a.text == "Body\n");
  CHECK(a.text_offset == 30);  // the BOM's 3 bytes + the header's 27: still a file offset
  // Without a header the title and the text start after the BOM.
  auto plain = parse_text_article("\xEF\xBB\xBFHeadline\nBody\n", "x.txt");
  CHECK(std::get<Article>(plain).title == "Headline");
  CHECK(std::get<Article>(plain).text == "Headline\nBody\n");
  CHECK(std::get<Article>(plain).text_offset == 3);
}

TEST_CASE("reader: a UTF-16 txt file with a byte-order mark is converted to UTF-8") {
  const std::string le("\xFF\xFE" "T\0i\0t\0l\0e\0:\0 \0X\0\n\0\n\0\xE9\0\n\0", 26);
  auto r = parse_text_article(le, "x.txt");
  REQUIRE(std::holds_alternative<Article>(r));
  CHECK(std::get<Article>(r).title == "X");
  CHECK(std::get<Article>(r).text == "\xC3\xA9\n");
  const std::string be("\xFE\xFF\0A\0\n", 6);
  auto b = parse_text_article(be, "x.txt");
  REQUIRE(std::holds_alternative<Article>(b));
  CHECK(std::get<Article>(b).text == "A\n");
  // A lone surrogate is an error at its byte offset (after the 2-byte BOM).
  const std::string bad("\xFF\xFE" "A\0\x00\xD8" "B\0", 8);
  auto e = parse_text_article(bad, "x.txt");
  REQUIRE(std::holds_alternative<InputError>(e));
  CHECK(std::get<InputError>(e).message == "invalid UTF-16LE text");
}

TEST_CASE("reader: a UTF-8 byte-order mark on the first JSON line and on stdin is dropped") {
  Collected c = read_stream("\xEF\xBB\xBF{\"text\": \"A b.\", \"title\": \"T\"}\n");
  REQUIRE(c.errors.empty());
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].title == "T");
  Collected t = read_stream("\xEF\xBB\xBFTitle: T\n\nBody\n");
  REQUIRE(t.articles.size() == 1);
  CHECK(t.articles[0].title == "T");
  CHECK(t.articles[0].text == "Body\n");
}

TEST_CASE("reader: html honours its declared charset and rejects undeclared bad UTF-8") {
  auto text_of = [](const std::string& raw) {
    auto r = parse_html_article(raw, "x.html");
    REQUIRE(std::holds_alternative<Article>(r));
    return std::get<Article>(r);
  };
  // iso-8859-1 is read as windows-1252 (WHATWG Encoding), as browsers do.
  Article latin = text_of("<html><head><meta charset=\"iso-8859-1\"><title>Caf\xE9</title></head>"
                          "<body><p>Qu\xE9" "bec \x93talks\x94</p></body></html>");
  CHECK(latin.title == "Caf\xC3\xA9");
  CHECK(latin.text == "Qu\xC3\xA9" "bec \xE2\x80\x9Ctalks\xE2\x80\x9D");
  Article equiv = text_of("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                          "charset=windows-1251\"><p>\xC4\xE0</p>");
  CHECK(equiv.text == "\xD0\x94\xD0\xB0");
  // A UTF-8 BOM overrides a wrong declaration; a UTF-16 BOM converts.
  CHECK(text_of("\xEF\xBB\xBF<meta charset=latin1><p>\xC3\xA9</p>").text == "\xC3\xA9");
  CHECK(text_of(std::string("\xFF\xFE<\0p\0>\0\xE9\0", 10)).text == "\xC3\xA9");
  // Undeclared (so UTF-8) and invalid: an error at the bad byte.
  auto bad = parse_html_article("<p>Caf\xE9 news</p>", "x.html");
  REQUIRE(std::holds_alternative<InputError>(bad));
  CHECK(std::get<InputError>(bad).message == "invalid UTF-8");
  CHECK(std::get<InputError>(bad).offset == 6);
  auto unknown = parse_html_article("<meta charset=\"klingon-8\"><p>x</p>", "x.html");
  REQUIRE(std::holds_alternative<InputError>(unknown));
  CHECK(std::get<InputError>(unknown).message == "unknown charset \"klingon-8\"");
}

TEST_CASE("reader: a UTF-16 JSON Lines file is a clear error") {
  TempDir dir;
  Collected c = read_all(dir.write("u.jsonl", std::string("\xFF\xFE{\0}\0\n\0", 8)));
  REQUIRE(c.errors.size() == 1);
  CHECK(c.errors[0].message ==
        "UTF-16LE JSON Lines (byte-order mark) are not supported; convert the file to UTF-8");
  CHECK(c.articles.empty());
  Collected bom = read_all(dir.write("b.jsonl", "\xEF\xBB\xBF{\"text\": \"A b.\"}\n"));
  CHECK(bom.errors.empty());
  CHECK(bom.articles.size() == 1);
}

TEST_CASE("reader: a txt Date that is not ISO 8601 is an error naming the file and line") {
  auto c = read_all(kData + "bad-date.txt");
  CHECK(c.articles.empty());
  REQUIRE(c.errors.size() == 1);
  CHECK(c.errors[0].file == kData + "bad-date.txt");
  CHECK(c.errors[0].line == 2);
  CHECK(c.errors[0].message == "invalid Date \"16/01/2026\" in the header (expected YYYY-MM-DD "
                                "or a date such as \"March 12, 2025\" or \"12 Mar 2025\")");
}

TEST_CASE("reader: empty, binary and header-only files are one error each") {
  auto empty = read_all(kData + "empty.txt");
  REQUIRE(empty.errors.size() == 1);
  CHECK(empty.errors[0].message == "empty file");
  CHECK(empty.articles.empty());

  auto binary = read_all(kData + "binary.txt");
  REQUIRE(binary.errors.size() == 1);
  CHECK(binary.errors[0].message == "binary file (NUL byte)");
  CHECK(binary.errors[0].offset == 14);

  auto header_only = read_all(kData + "header-only.txt");
  REQUIRE(header_only.errors.size() == 1);
  CHECK(header_only.errors[0].message == "empty text after the header block");
}

TEST_CASE("reader: missing path and explicitly named unsupported file are errors") {
  auto missing = read_all(kData + "no-such-file.txt");
  REQUIRE(missing.errors.size() == 1);
  CHECK(missing.errors[0].message == "no such file or folder");
  CHECK(missing.errors[0].file == kData + "no-such-file.txt");

  auto csv = read_all(kData + "table.csv");
  REQUIRE(csv.errors.size() == 1);
  CHECK(csv.errors[0].message ==
        "unsupported file type (expected .txt, .jsonl, .jsonl.gz, .html or .htm)");
}

TEST_CASE("reader: jsonl reads good lines and reports each bad line with its number") {
  auto c = read_all(kData + "articles.jsonl");
  REQUIRE(c.articles.size() == 3);
  CHECK(c.articles[0].id == "a1");
  CHECK(c.articles[0].title == "Tariffs take effect");
  CHECK(c.articles[0].date == "2025-03-04");
  CHECK(c.articles[0].source == "Wire");
  CHECK(c.articles[0].url == "https://example.org/a1");
  CHECK(c.articles[0].text == "Tariffs took effect on Tuesday.");
  CHECK(c.articles[0].line == 1);
  CHECK(c.articles[1].id == "articles:2");  // default id: file stem + line
  CHECK(c.articles[1].date == "2025-03-05");
  CHECK(c.articles[2].id == "42");
  CHECK(c.articles[2].title.empty());
  CHECK(c.articles[2].line == 8);

  REQUIRE(c.errors.size() == 4);
  CHECK(c.errors[0].line == 3);
  CHECK(c.errors[0].message.rfind("invalid JSON", 0) == 0);
  CHECK(c.errors[1].line == 4);
  CHECK(c.errors[1].message == "missing \"text\"");
  CHECK(c.errors[2].line == 6);  // line 5 is blank and skipped
  CHECK(c.errors[2].message ==
        "invalid date \"5/3/2025\" (expected YYYY-MM-DD or a date such as \"March 12, 2025\")");
  CHECK(c.errors[3].line == 7);
  CHECK(c.errors[3].message == "not a JSON object");
  for (const auto& e : c.errors) CHECK(e.file == kData + "articles.jsonl");
}

TEST_CASE("reader: gzip jsonl is decompressed line by line") {
  auto c = read_all(kData + "articles.jsonl.gz");
  REQUIRE(c.errors.empty());
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].id == "g1");
  CHECK(c.articles[0].text == "First gzipped article.");
  CHECK(c.articles[1].id == "articles:2");  // the stem drops .jsonl.gz; last line has no newline
  CHECK(c.articles[1].date == "2024-11-06");
}

TEST_CASE("reader: a .jsonl.gz that is not gzip or is truncated is an error") {
  auto plain = read_all(kData + "not-gzip.jsonl.gz");
  CHECK(plain.articles.empty());
  REQUIRE(plain.errors.size() == 1);
  CHECK(plain.errors[0].message == "not a gzip file");

  auto truncated = read_all(kData + "truncated.jsonl.gz");
  CHECK(truncated.articles.empty());
  REQUIRE(truncated.errors.size() == 1);
  CHECK(truncated.errors[0].message.rfind("corrupt gzip data", 0) == 0);
}

TEST_CASE("reader: html body comes from <article> without scripts, asides and footers") {
  auto c = read_all(kData + "page.html");
  REQUIRE(c.errors.empty());
  REQUIRE(c.articles.size() == 1);
  const Article& a = c.articles[0];
  CHECK(a.text ==
        "Judge rules Google is a monopolist\n\n"
        "A federal judge ruled on Monday that Google broke antitrust law.\n\n"
        "The company said it would appeal.\nShares fell & recovered.");
  CHECK(a.title == "Court rules Google is a monopolist - Example News");
  CHECK(a.date == "2024-08-05");
  CHECK(a.source == "Example News");
  CHECK(a.url == "https://example.org/google-ruling");
  CHECK(a.id == "page");
}

TEST_CASE("reader: html without <article> uses the body and <time datetime> for the date") {
  auto c = read_all(kData + "page-no-article.htm");
  REQUIRE(c.errors.empty());
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text == "First paragraph.\n\nOne\n\nTwo\n\nPublished April 23.");
  CHECK(c.articles[0].title == "Plain page");
  CHECK(c.articles[0].date == "2025-04-23");

  auto empty = read_all(kData + "empty-body.html");
  REQUIRE(empty.errors.size() == 1);
  CHECK(empty.errors[0].message == "no body text in the HTML page");
}

TEST_CASE("reader: html takes the longest <article> and JSON-LD headline and datePublished") {
  auto c = read_all(kData + "page-jsonld.html");
  REQUIRE(c.errors.empty());
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text ==
        "EU fines Apple and Meta\n\nThe European Commission fined Apple and Meta on Wednesday.");
  CHECK(c.articles[0].title == "EU fines Apple and Meta");
  CHECK(c.articles[0].date == "2025-04-23");
}

TEST_CASE("reader: folders are walked recursively in path order, other files skipped") {
  std::vector<std::string> listed =
      list_article_files(kData + "tree", [](InputError&&) { FAIL("unexpected error"); });
  CHECK(listed == std::vector<std::string>{kData + "tree/a/c.html", kData + "tree/a/d.jsonl",
                                           kData + "tree/b.txt"});
  auto c = read_all(kData + "tree");
  CHECK(c.errors.empty());
  REQUIRE(c.articles.size() == 3);
  CHECK(c.articles[0].text == "C text.");
  CHECK(c.articles[1].id == "tree-d");
  CHECK(c.articles[2].id == "tree-b");
}

TEST_CASE("reader: an unreadable file in a folder is an error and the walk goes on") {
  if (geteuid() == 0) {
    WARN("running as root: permissions cannot make a file unreadable; skipped");
    return;
  }
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("newsgraph-reader-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt") << "Readable.\n";
  std::ofstream(dir / "b.txt") << "Locked.\n";
  fs::permissions(dir / "b.txt", fs::perms::none);
  auto c = read_all(dir.string());
  fs::remove_all(dir);
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text == "Readable.\n");
  REQUIRE(c.errors.size() == 1);
  CHECK(c.errors[0].file == (dir / "b.txt").string());
}

TEST_CASE("reader: overrides replace date and source, a bad --date reads nothing") {
  ReadOptions options;
  options.date_override = "2020-07-01";
  options.source_override = "Override";
  auto c = read_all(kData + "header.txt", options);
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].date == "2020-07-01");
  CHECK(c.articles[0].source == "Override");

  options.date_override = "July 1";
  auto bad = read_all(kData + "header.txt", options);
  CHECK(bad.articles.empty());
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0].message == "invalid date \"July 1\" (expected YYYY-MM-DD)");
}

TEST_CASE("reader: stdin is JSON Lines when it starts with '{', else text") {
  auto jsonl = read_stream("\n  {\"text\": \"One.\"}\n{\"text\": \"Two.\", \"id\": \"b\"}\n");
  REQUIRE(jsonl.errors.empty());
  REQUIRE(jsonl.articles.size() == 2);
  CHECK(jsonl.articles[0].id == "stdin:2");
  CHECK(jsonl.articles[0].line == 2);
  CHECK(jsonl.articles[1].id == "b");
  CHECK(jsonl.articles[1].path == "-");

  auto text = read_stream("Title: From a pipe\nDate: 2025-11-01\n\nBody text.\n");
  REQUIRE(text.articles.size() == 1);
  CHECK(text.articles[0].id == "stdin");
  CHECK(text.articles[0].title == "From a pipe");
  CHECK(text.articles[0].date == "2025-11-01");
  CHECK(text.articles[0].text == "Body text.\n");

  auto nothing = read_stream("  \n");
  REQUIRE(nothing.errors.size() == 1);
  CHECK(nothing.errors[0].file == "-");
}

TEST_CASE("reader: the Wikinews GUM news texts from ../shared/data read as 22 articles") {
  std::string path = newsgraph::testing::shared_dir() + "/data/news_texts/wikinews_gum.jsonl.gz";
  if (!std::filesystem::exists(path)) {
    WARN("shared data absent: " << path << "; skipped");
    return;
  }
  auto c = read_all(path);
  CHECK(c.errors.empty());
  REQUIRE(c.articles.size() == 22);
  CHECK(c.articles[0].id == "GUM_news_afghan");
  CHECK(c.articles[0].date == "2017-07-18");
}
