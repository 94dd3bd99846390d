// Readers for .txt, .jsonl, .jsonl.gz, .html files, folders and stdin (see corpus/reader.h).
#include "corpus/reader.h"

#include <gumbo.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <utility>

namespace newsgraph::corpus {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

constexpr const char* kSupportedList = ".txt, .jsonl, .jsonl.gz, .html or .htm";

// Whitespace as Python's str.strip() sees it within ASCII (score_gold.py's split_header).
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
         (c >= '\x1c' && c <= '\x1f');
}

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && lower(s.substr(s.size() - suffix.size())) == suffix;
}

// The file name without its folder and its supported extension; "stdin" for "-".
std::string stem_of(const std::string& path) {
  if (path == "-") return "stdin";
  std::string name = fs::path(path).filename().string();
  for (std::string_view ext : {".jsonl.gz", ".jsonl", ".txt", ".html", ".htm"}) {
    if (ends_with_ci(name, ext) && name.size() > ext.size()) {
      return name.substr(0, name.size() - ext.size());
    }
  }
  return name;
}

InputError error_at(std::string message, const std::string& file, int64_t line = 0,
                    int64_t offset = -1) {
  return InputError{std::move(message), file, offset, line};
}

// Checks shared by every whole-file format: not empty, no NUL byte.
std::optional<InputError> check_bytes(std::string_view raw, const std::string& path) {
  if (raw.empty()) return error_at("empty file", path);
  if (size_t nul = raw.find('\0'); nul != std::string_view::npos) {
    return error_at("binary file (NUL byte)", path, 0, static_cast<int64_t>(nul));
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------- encodings
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Removes a leading UTF-8 byte-order mark; returns its length (3) or 0.
size_t strip_utf8_bom(std::string_view* raw) {
  if (raw->substr(0, kUtf8Bom.size()) != kUtf8Bom) return 0;
  raw->remove_prefix(kUtf8Bom.size());
  return kUtf8Bom.size();
}

// "UTF-16LE" / "UTF-16BE" when `raw` starts with that byte-order mark, else nullptr.
const char* utf16_bom(std::string_view raw) {
  if (raw.size() >= 2 && raw[0] == '\xFF' && raw[1] == '\xFE') return "UTF-16LE";
  if (raw.size() >= 2 && raw[0] == '\xFE' && raw[1] == '\xFF') return "UTF-16BE";
  return nullptr;
}

// Byte offset of the first ill-formed UTF-8 sequence in `s` (ICU's U8_NEXT), or -1.
int64_t invalid_utf8_offset(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int64_t>(s.size());
  for (int64_t i = 0; i < n;) {
    const int64_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return at;
  }
  return -1;
}

// Converts `raw` from the ICU converter `charset` (a name or alias: "windows-1252",
// "UTF-16LE", "Shift_JIS") to UTF-8 in *out. An error for an unknown charset or for bytes
// that are not valid in it (offset: byte offset into `raw` of the first bad sequence).
std::optional<InputError> convert_to_utf8(std::string_view raw, const std::string& charset,
                                          const std::string& path, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> cnv(ucnv_open(charset.c_str(), &status),
                                                          ucnv_close);
  if (U_FAILURE(status)) return error_at("unknown charset \"" + charset + "\"", path);
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::u16string utf16(raw.size() + 1, u'\0');
  const char* source = raw.data();
  UChar* target = utf16.data();
  ucnv_toUnicode(cnv.get(), &target, utf16.data() + utf16.size(), &source,
                 raw.data() + raw.size(), nullptr, true, &status);
  if (U_FAILURE(status)) {
    char bad[32];
    int8_t bad_len = sizeof bad;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(cnv.get(), bad, &bad_len, &ignored);
    return error_at("invalid " + charset + " text", path, 0,
                    static_cast<int64_t>(source - raw.data()) - bad_len);
  }
  utf16.resize(static_cast<size_t>(target - utf16.data()));
  out->clear();
  icu::UnicodeString(false, utf16.data(), static_cast<int32_t>(utf16.size())).toUTF8String(*out);
  return std::nullopt;
}

// The charset an HTML page declares in its first 1024 bytes (HTML5's prescan window):
// <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">.
// Lower-cased; empty when there is none.
std::string declared_charset(std::string_view raw) {
  const std::string head = lower(raw.substr(0, 1024));
  for (size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 5)) {
    const size_t close = std::min(head.find('>', meta), head.size());
    size_t at = head.find("charset", meta);
    if (at == std::string::npos || at > close) continue;
    at += 7;
    while (at < close && (is_space(head[at]) || head[at] == '=' || head[at] == '"' ||
                          head[at] == '\'')) {
      ++at;
    }
    size_t end = at;
    while (end < close && ((head[end] >= 'a' && head[end] <= 'z') ||
                           (head[end] >= '0' && head[end] <= '9') ||
                           std::string_view("-_.:").find(head[end]) != std::string_view::npos)) {
      ++end;
    }
    if (end > at) return head.substr(at, end - at);
  }
  return {};
}

// The UTF-8 text of an HTML page: a byte-order mark wins (UTF-8 BOM dropped, UTF-16
// converted), else the declared charset (WHATWG: "iso-8859-1", "latin1" and "us-ascii" mean
// windows-1252; a declared UTF-16 without a BOM means UTF-8), else UTF-8. UTF-8 must be valid.
std::optional<InputError> html_to_utf8(std::string_view raw, const std::string& path,
                                       std::string* out) {
  if (const char* utf16 = utf16_bom(raw)) {
    return convert_to_utf8(raw.substr(2), utf16, path, out);  // error offsets after the BOM
  }
  const size_t bom = strip_utf8_bom(&raw);
  std::string charset = bom ? "utf-8" : declared_charset(raw);
  if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii" ||
      charset == "ascii" || charset == "iso8859-1" || charset == "l1") {
    charset = "windows-1252";
  }
  if (charset.empty() || charset == "utf-8" || charset == "utf8" ||
      charset.rfind("utf-16", 0) == 0) {
    if (int64_t bad = invalid_utf8_offset(raw); bad >= 0) {
      return error_at("invalid UTF-8", path, 0, bad + static_cast<int64_t>(bom));
    }
    out->assign(raw);
    return std::nullopt;
  }
  return convert_to_utf8(raw, charset, path, out);
}

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// ---------------------------------------------------------------------------------- .txt
struct HeaderField {
  std::string value;
  int64_t line = 0;
};

bool is_header_key(std::string_view key) {
  static constexpr std::array<std::string_view, 5> kKeys = {"title", "date", "source", "url",
                                                            "id"};
  std::string k = lower(key);
  return std::find(kKeys.begin(), kKeys.end(), k) != kKeys.end();
}

// Whether `line` is `Key:` + white space (or the line's end) with a known header key.
bool is_known_key_line(std::string_view line) {
  size_t k = 0;
  auto ascii_letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  while (k < line.size() && ascii_letter(line[k])) ++k;
  return k > 0 && k < line.size() && line[k] == ':' &&
         (k + 1 == line.size() || is_space(line[k + 1])) && is_header_key(line.substr(0, k));
}

// The line starting at `pos` (without its '\n') and the offset after its '\n' (or raw.size()).
std::string_view line_at(std::string_view raw, size_t pos, size_t* next) {
  size_t eol = raw.find('\n', pos);
  *next = eol == std::string_view::npos ? raw.size() : eol + 1;
  return raw.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
}

// The header block of a .txt file as corpus/reader.h describes it: the fields and the byte
// offset of the body, or an empty map and 0 when there is no header block. Leading blank
// lines are skipped; the block is score_gold.py's split_header (every line up to a blank line
// contains ':') or, without a blank line, the run of known-key lines before the text.
std::map<std::string, HeaderField> split_header(std::string_view raw, size_t* body_begin) {
  *body_begin = 0;
  std::map<std::string, HeaderField> fields;
  size_t pos = 0, next = 0;
  int64_t line_no = 1;
  while (pos < raw.size() && trim(line_at(raw, pos, &next)).empty() && next > pos) {
    pos = next;
    ++line_no;
  }
  if (pos >= raw.size() || !is_known_key_line(line_at(raw, pos, &next))) return fields;
  std::map<std::string, HeaderField> known;  // the leading run of known-key lines
  size_t known_end = 0;                      // where that run ends (0: not yet)
  while (pos < raw.size()) {
    std::string_view line = line_at(raw, pos, &next);
    if (trim(line).empty()) {
      *body_begin = next;
      return fields;
    }
    if (!known_end && !is_known_key_line(line)) known_end = pos;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {  // text without a blank line before it
      *body_begin = known_end;
      return known;
    }
    HeaderField field{std::string(trim(line.substr(colon + 1))), line_no};
    std::string key = lower(trim(line.substr(0, colon)));
    if (!known_end) known[key] = field;
    fields[key] = std::move(field);
    pos = next;
    ++line_no;
  }
  *body_begin = raw.size();  // a header block with no body after it
  return fields;
}

std::string first_line_title(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    std::string_view line = trim(text.substr(pos, eol == std::string_view::npos ? eol : eol - pos));
    if (!line.empty()) return std::string(line);
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
  }
  return {};
}

// ---------------------------------------------------------------------------------- .html
bool is_dropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_HEAD: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_OBJECT: case GUMBO_TAG_CANVAS:
      return true;
    default:
      return false;
  }
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_BODY:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

// Collects paragraphs: whitespace collapsed, <br> as '\n', one paragraph per block element.
class TextCollector {
 public:
  void add_text(std::string_view s) {
    for (char c : s) {
      if (is_space(c)) {
        if (!current_.empty() && current_.back() != ' ' && current_.back() != '\n') {
          current_ += ' ';
        }
      } else {
        current_ += c;
      }
    }
  }
  void line_break() {
    while (!current_.empty() && current_.back() == ' ') current_.pop_back();
    if (!current_.empty()) current_ += '\n';
  }
  void end_paragraph() {
    std::string_view p = trim(current_);
    if (!p.empty()) paragraphs_.emplace_back(p);
    current_.clear();
  }
  std::string text() {
    end_paragraph();
    std::string out;
    for (const auto& p : paragraphs_) {
      if (!out.empty()) out += "\n\n";
      out += p;
    }
    return out;
  }

 private:
  std::string current_;
  std::vector<std::string> paragraphs_;
};

void collect_text(const GumboNode* node, TextCollector& out) {
  switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
      out.add_text(node->v.text.text);
      return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      GumboTag tag = node->v.element.tag;
      if (is_dropped(tag)) return;
      if (tag == GUMBO_TAG_BR) {
        out.line_break();
        return;
      }
      bool block = is_block(tag);
      if (block) out.end_paragraph();
      if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) out.add_text(" ");
      const GumboVector& children = node->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) {
        collect_text(static_cast<const GumboNode*>(children.data[i]), out);
      }
      if (block) out.end_paragraph();
      return;
    }
    case GUMBO_NODE_DOCUMENT: {
      const GumboVector& children = node->v.document.children;
      for (unsigned i = 0; i < children.length; ++i) {
        collect_text(static_cast<const GumboNode*>(children.data[i]), out);
      }
      return;
    }
    default:
      return;  // comments
  }
}

const GumboNode* find_first(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return nullptr;
  if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag) return node;
  const GumboVector& children = node->type == GUMBO_NODE_DOCUMENT
                                    ? node->v.document.children
                                    : node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    if (const GumboNode* hit = find_first(static_cast<const GumboNode*>(children.data[i]), tag)) {
      return hit;
    }
  }
  return nullptr;
}

void for_each_element(const GumboNode* node, GumboTag tag,
                      const std::function<void(const GumboNode*)>& visit) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag) visit(node);
  const GumboVector& children = node->type == GUMBO_NODE_DOCUMENT
                                    ? node->v.document.children
                                    : node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    for_each_element(static_cast<const GumboNode*>(children.data[i]), tag, visit);
  }
}

std::string attribute(const GumboNode* element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element->v.element.attributes, name);
  return a ? std::string(a->value) : std::string();
}

std::string inner_text(const GumboNode* node) {
  TextCollector c;
  collect_text(node, c);
  std::string text = c.text();
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

// The first ISO "datePublished" and the first "headline" anywhere in a JSON-LD value.
void find_json_ld(const Json& ld, std::string* date, std::string* headline) {
  if (ld.is_array()) {
    for (const auto& item : ld) find_json_ld(item, date, headline);
    return;
  }
  if (!ld.is_object()) return;
  for (const auto& [key, value] : ld.items()) {
    if (key == "datePublished" && value.is_string() && date->empty()) {
      if (auto iso = normalize_date(value.get<std::string>())) *date = *iso;
    } else if (key == "headline" && value.is_string() && headline->empty()) {
      *headline = std::string(trim(value.get<std::string>()));
    } else if (value.is_structured()) {
      find_json_ld(value, date, headline);
    }
  }
}

// ---------------------------------------------------------------------------------- reading
std::optional<InputError> read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return error_at(std::string("cannot open file: ") + std::strerror(errno), path);
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return error_at(std::string("cannot read file: ") + std::strerror(errno), path);
  return std::nullopt;
}

void deliver(std::variant<Article, InputError>&& result,
             const std::function<void(Article&&)>& on_article,
             const std::function<void(InputError&&)>& on_error) {
  if (auto* a = std::get_if<Article>(&result)) {
    on_article(std::move(*a));
  } else {
    on_error(std::move(std::get<InputError>(result)));
  }
}

// Feeds JSON Lines records to the callbacks. `next_line(&line)` returns false at the end.
// `first_line` is the 1-based number of the first line next_line returns.
void read_json_lines(const std::function<bool(std::string*)>& next_line, const std::string& path,
                     int64_t first_line, const std::function<void(Article&&)>& on_article,
                     const std::function<void(InputError&&)>& on_error) {
  std::string line;
  int64_t line_no = first_line - 1;
  bool any = false;
  while (next_line(&line)) {
    ++line_no;
    if (line_no == first_line) {
      if (const char* utf16 = utf16_bom(line)) {
        on_error(error_at(std::string(utf16) + " JSON Lines (byte-order mark) are not supported; "
                          "convert the file to UTF-8", path, line_no));
        return;
      }
      std::string_view rest = line;
      if (strip_utf8_bom(&rest)) line.erase(0, kUtf8Bom.size());
    }
    if (line.find('\0') != std::string::npos) {
      on_error(error_at("binary data (NUL byte); rest of file skipped", path, line_no));
      return;
    }
    if (trim(line).empty()) continue;
    any = true;
    deliver(parse_json_article(line, path, line_no), on_article, on_error);
  }
  if (!any && line_no >= first_line) on_error(error_at("no articles in file", path));
}

void read_json_lines_file(const std::string& path, const std::function<void(Article&&)>& on_article,
                          const std::function<void(InputError&&)>& on_error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    on_error(error_at(std::string("cannot open file: ") + std::strerror(errno), path));
    return;
  }
  if (in.peek() == std::char_traits<char>::eof()) {
    on_error(error_at("empty file", path));
    return;
  }
  read_json_lines([&](std::string* line) { return static_cast<bool>(std::getline(in, *line)); },
                  path, 1, on_article, on_error);
}

void read_json_lines_gzip(const std::string& path,
                          const std::function<void(Article&&)>& on_article,
                          const std::function<void(InputError&&)>& on_error) {
  {
    std::ifstream probe(path, std::ios::binary);
    if (!probe) {
      on_error(error_at(std::string("cannot open file: ") + std::strerror(errno), path));
      return;
    }
    char magic[2] = {0, 0};
    probe.read(magic, 2);
    if (probe.gcount() == 0) {
      on_error(error_at("empty file", path));
      return;
    }
    if (probe.gcount() < 2 || magic[0] != '\x1f' || magic[1] != '\x8b') {
      on_error(error_at("not a gzip file", path));
      return;
    }
  }
  gzFile gz = gzopen(path.c_str(), "rb");
  if (gz == nullptr) {
    on_error(error_at("cannot open file", path));
    return;
  }
  gzbuffer(gz, 1 << 16);
  std::string pending;  // decompressed bytes not yet returned as lines
  size_t pending_pos = 0;
  bool eof = false;
  std::optional<InputError> failure;
  int64_t lines_read = 0;
  auto next_line = [&](std::string* line) -> bool {
    while (true) {
      size_t nl = pending.find('\n', pending_pos);
      if (nl != std::string::npos) {
        line->assign(pending, pending_pos, nl - pending_pos);
        pending_pos = nl + 1;
        ++lines_read;
        return true;
      }
      if (eof) {
        if (pending_pos < pending.size()) {
          line->assign(pending, pending_pos, std::string::npos);
          pending_pos = pending.size();
          ++lines_read;
          return true;
        }
        return false;
      }
      pending.erase(0, pending_pos);
      pending_pos = 0;
      char buf[1 << 16];
      int n = gzread(gz, buf, sizeof buf);
      if (n < 0) {
        int code = 0;
        const char* why = gzerror(gz, &code);
        failure = error_at(std::string("corrupt gzip data: ") + (why ? why : "read error"), path,
                           lines_read + 1);
        return false;
      }
      if (n == 0) {
        int code = 0;
        const char* why = gzerror(gz, &code);
        if (code != Z_OK && code != Z_STREAM_END) {
          failure = error_at(std::string("corrupt gzip data: ") + (why ? why : "read error"),
                             path, lines_read + 1);
          return false;
        }
        eof = true;
      }
      pending.append(buf, static_cast<size_t>(n));
    }
  };
  read_json_lines(next_line, path, 1, on_article, on_error);
  gzclose(gz);
  if (failure) on_error(std::move(*failure));
}

void read_one_file(const std::string& path, const std::function<void(Article&&)>& on_article,
                   const std::function<void(InputError&&)>& on_error) {
  Format format = format_of(path);
  if (format == Format::kJsonLines) return read_json_lines_file(path, on_article, on_error);
  if (format == Format::kJsonLinesGzip) return read_json_lines_gzip(path, on_article, on_error);
  std::string raw;
  if (auto err = read_file(path, &raw)) return on_error(std::move(*err));
  if (format == Format::kHtml) {
    deliver(parse_html_article(raw, path), on_article, on_error);
  } else {
    deliver(parse_text_article(raw, path), on_article, on_error);
  }
}

void walk_folder(const fs::path& dir, std::vector<std::string>* files,
                 const std::function<void(InputError&&)>& on_error) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    on_error(error_at("cannot read folder: " + ec.message(), dir.string()));
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      on_error(error_at("cannot read folder: " + ec.message(), dir.string()));
      return;
    }
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code sec;
    fs::file_status link = fs::symlink_status(p, sec);
    fs::file_status target = fs::status(p, sec);
    if (fs::is_directory(target)) {
      if (!fs::is_symlink(link)) walk_folder(p, files, on_error);
    } else if (fs::is_regular_file(target) && format_of(name) != Format::kUnsupported) {
      files->push_back(p.string());
    }
  }
}

// Validates and normalises ReadOptions::date_override into *out ("" when unset). False (and
// one error) when it is not an ISO date.
bool checked_date_override(const ReadOptions& options, const std::string& file,
                           const std::function<void(InputError&&)>& on_error, std::string* out) {
  out->clear();
  if (options.date_override.empty()) return true;
  auto iso = normalize_iso_date(options.date_override);
  if (!iso) {
    on_error(error_at("invalid date \"" + options.date_override + "\" (expected YYYY-MM-DD)", file));
    return false;
  }
  *out = *iso;
  return true;
}

}  // namespace

Format format_of(std::string_view path) {
  if (ends_with_ci(path, ".jsonl.gz")) return Format::kJsonLinesGzip;
  if (ends_with_ci(path, ".jsonl")) return Format::kJsonLines;
  if (ends_with_ci(path, ".txt")) return Format::kText;
  if (ends_with_ci(path, ".html") || ends_with_ci(path, ".htm")) return Format::kHtml;
  return Format::kUnsupported;
}

namespace {

// 1-12 for an English month name or its abbreviation ("March", "Mar", "mar", "Sept"), else 0.
int month_number(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",
                                                 "may",     "june",     "july",      "august",
                                                 "september", "october", "november", "december"};
  const std::string w = lower(word);
  if (w == "sept") return 9;
  for (int i = 0; i < 12; ++i)
    if (w == kMonths[i] || (w.size() == 3 && kMonths[i].substr(0, 3) == w)) return i + 1;
  return 0;
}

bool weekday_word(std::string_view word) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  const std::string w = lower(word);
  for (auto d : kDays)
    if (w == d || (w.size() == 3 && d.substr(0, 3) == w)) return true;
  return false;
}

// "March 12, 2025", "12 Mar 2025", "Wed, 12 Mar 2025 10:00:00 +0000": an optional weekday,
// then day and month name in either order, then a four-digit year; anything after the year
// (a time, a zone) is ignored.
std::optional<std::string> written_date(std::string_view v) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < v.size() && words.size() < 5) {
    while (i < v.size() && (v[i] == ' ' || v[i] == ',' || v[i] == '.' || v[i] == '\t')) ++i;
    size_t b = i;
    while (i < v.size() && v[i] != ' ' && v[i] != ',' && v[i] != '.' && v[i] != '\t') ++i;
    if (i > b) words.emplace_back(v.substr(b, i - b));
  }
  size_t k = 0;
  if (k < words.size() && weekday_word(words[k])) ++k;
  if (words.size() < k + 3) return std::nullopt;
  int month = month_number(words[k]), day = 0;
  std::string_view day_word = words[k + 1];
  if (month == 0) {
    month = month_number(words[k + 1]);
    day_word = words[k];
  }
  // "12th" and "1st" as well as "12".
  size_t digits = 0;
  while (digits < day_word.size() && std::isdigit(static_cast<unsigned char>(day_word[digits]))) ++digits;
  std::string_view suffix = day_word.substr(digits);
  if (month == 0 || digits == 0 || digits > 2 ||
      !(suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th"))
    return std::nullopt;
  day = std::stoi(std::string(day_word.substr(0, digits)));
  std::string_view year = words[k + 2];
  if (year.size() != 4 || !all_digits(year)) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s-%02d-%02d", std::string(year).c_str(), month, day);
  return normalize_iso_date(buf);
}

}  // namespace

std::optional<std::string> normalize_date(std::string_view value) {
  if (auto iso = normalize_iso_date(value)) return iso;
  return written_date(trim(value));
}

std::optional<std::string> normalize_iso_date(std::string_view value) {
  std::string_view v = trim(value);
  if (v.size() < 10) return std::nullopt;
  std::string_view y = v.substr(0, 4), m = v.substr(5, 2), d = v.substr(8, 2);
  if (!all_digits(y) || v[4] != '-' || !all_digits(m) || v[7] != '-' || !all_digits(d)) {
    return std::nullopt;
  }
  if (v.size() > 10) {
    // A time part: 'T' or ' ' followed by an hour.
    if ((v[10] != 'T' && v[10] != ' ') || v.size() < 13 || !all_digits(v.substr(11, 2))) {
      return std::nullopt;
    }
  }
  int year = std::stoi(std::string(y)), month = std::stoi(std::string(m)),
      day = std::stoi(std::string(d));
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    return std::nullopt;
  }
  return std::string(v.substr(0, 10));
}

std::variant<Article, InputError> parse_text_article(std::string_view raw,
                                                     const std::string& path) {
  std::string converted;
  if (const char* utf16 = utf16_bom(raw)) {
    if (auto err = convert_to_utf8(raw.substr(2), utf16, path, &converted)) return *err;
    raw = converted;
  }
  if (auto err = check_bytes(raw, path)) return *err;
  const size_t bom = converted.empty() ? strip_utf8_bom(&raw) : 0;
  size_t body_begin = 0;
  auto header = split_header(raw, &body_begin);
  Article a;
  a.path = path;
  a.text = std::string(raw.substr(body_begin));
  // After a UTF-16 conversion the text is no byte range of the file.
  a.text_offset = converted.empty() ? static_cast<int64_t>(bom + body_begin) : 0;
  auto field = [&](const char* key) -> const HeaderField* {
    auto it = header.find(key);
    return it == header.end() ? nullptr : &it->second;
  };
  if (const HeaderField* date = field("date"); date && !date->value.empty()) {
    auto iso = normalize_date(date->value);
    if (!iso) {
      return error_at("invalid Date \"" + date->value +
                          "\" in the header (expected YYYY-MM-DD or a date such as "
                          "\"March 12, 2025\" or \"12 Mar 2025\")",
                      path, date->line);
    }
    a.date = *iso;
  }
  if (trim(a.text).empty()) {
    return error_at(header.empty() ? "empty text" : "empty text after the header block", path);
  }
  const HeaderField* id = field("id");
  a.id = id && !id->value.empty() ? id->value : stem_of(path);
  const HeaderField* title = field("title");
  a.title = title ? title->value : (header.empty() ? first_line_title(a.text) : std::string());
  if (const HeaderField* f = field("source")) a.source = f->value;
  if (const HeaderField* f = field("url")) a.url = f->value;
  return a;
}

std::variant<Article, InputError> parse_json_article(std::string_view record,
                                                     const std::string& path, int64_t line) {
  if (!record.empty() && record.back() == '\r') record.remove_suffix(1);
  Json j;
  try {
    j = Json::parse(record.begin(), record.end());
  } catch (const Json::parse_error& e) {
    return error_at("invalid JSON (byte " + std::to_string(e.byte) + " of the line)", path, line);
  }
  if (!j.is_object()) return error_at("not a JSON object", path, line);
  Article a;
  a.path = path;
  a.line = line;
  auto it = j.find("text");
  if (it == j.end() || it->is_null()) return error_at("missing \"text\"", path, line);
  if (!it->is_string()) return error_at("\"text\" is not a string", path, line);
  a.text = it->get<std::string>();
  if (trim(a.text).empty()) return error_at("empty text", path, line);
  // Optional string fields; null is absent; an id may also be a number.
  std::optional<InputError> bad;
  auto get = [&](const char* key, bool number_ok) -> std::string {
    auto f = j.find(key);
    if (f == j.end() || f->is_null()) return {};
    if (f->is_string()) return f->get<std::string>();
    if (number_ok && f->is_number()) return f->dump();
    if (!bad) bad = error_at(std::string("\"") + key + "\" is not a string", path, line);
    return {};
  };
  a.id = get("id", true);
  a.title = get("title", false);
  std::string date = get("date", false);
  a.source = get("source", false);
  a.url = get("url", false);
  if (bad) return *bad;
  if (!trim(date).empty()) {
    auto iso = normalize_date(date);
    if (!iso) {
      return error_at("invalid date \"" + date + "\" (expected YYYY-MM-DD or a date such as "
                      "\"March 12, 2025\")", path, line);
    }
    a.date = *iso;
  }
  if (a.id.empty()) a.id = stem_of(path) + ":" + std::to_string(line);
  return a;
}

std::variant<Article, InputError> parse_html_article(std::string_view raw,
                                                     const std::string& path) {
  std::string utf8;
  if (auto err = html_to_utf8(raw, path, &utf8)) return *err;
  if (auto err = check_bytes(utf8, path)) return *err;
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size());
  const GumboNode* doc = output->document;
  Article a;
  a.path = path;
  a.id = stem_of(path);

  // The <article> with the most text (pages list teasers of other stories as <article>s too),
  // else <main>, else <body>.
  const GumboNode* root = nullptr;
  for_each_element(doc, GUMBO_TAG_ARTICLE, [&](const GumboNode* article) {
    TextCollector c;
    collect_text(article, c);
    std::string text = c.text();
    if (text.size() > a.text.size()) {
      root = article;
      a.text = std::move(text);
    }
  });
  if (!root) {
    root = find_first(doc, GUMBO_TAG_MAIN);
    if (!root) root = find_first(doc, GUMBO_TAG_BODY);
    if (!root) root = doc;
    TextCollector body;
    collect_text(root, body);
    a.text = body.text();
  }

  // Metadata from <meta>: the first non-empty value of each kind wins.
  std::string og_title, meta_date, site_name, og_url;
  for_each_element(doc, GUMBO_TAG_META, [&](const GumboNode* meta) {
    std::string key = lower(attribute(meta, "property"));
    if (key.empty()) key = lower(attribute(meta, "name"));
    if (key.empty()) key = lower(attribute(meta, "itemprop"));
    std::string content(trim(attribute(meta, "content")));
    if (key.empty() || content.empty()) return;
    if (key == "og:title" && og_title.empty()) og_title = content;
    if (key == "og:site_name" && site_name.empty()) site_name = content;
    if (key == "og:url" && og_url.empty()) og_url = content;
    static constexpr std::array<std::string_view, 9> kDateKeys = {
        "article:published_time", "og:published_time", "og:article:published_time", "date",
        "pubdate", "publishdate", "dc.date", "dcterms.created", "datepublished"};
    if (meta_date.empty() && std::find(kDateKeys.begin(), kDateKeys.end(), key) != kDateKeys.end()) {
      if (auto iso = normalize_date(content)) meta_date = *iso;
    }
  });
  // schema.org JSON-LD (<script type="application/ld+json">): datePublished and headline.
  std::string ld_date, ld_headline;
  for_each_element(doc, GUMBO_TAG_SCRIPT, [&](const GumboNode* script) {
    if (lower(attribute(script, "type")) != "application/ld+json") return;
    const GumboVector& children = script->v.element.children;
    if (children.length == 0) return;
    const auto* text = static_cast<const GumboNode*>(children.data[0]);
    if (text->type != GUMBO_NODE_TEXT && text->type != GUMBO_NODE_CDATA) return;
    Json ld = Json::parse(text->v.text.text, nullptr, /*allow_exceptions=*/false);
    if (ld.is_discarded()) return;
    find_json_ld(ld, &ld_date, &ld_headline);
  });
  if (meta_date.empty()) meta_date = ld_date;
  if (meta_date.empty()) {
    for_each_element(root, GUMBO_TAG_TIME, [&](const GumboNode* time) {
      if (!meta_date.empty()) return;
      if (auto iso = normalize_iso_date(attribute(time, "datetime"))) meta_date = *iso;
    });
  }
  a.date = meta_date;
  a.source = site_name;
  a.title = og_title.empty() ? ld_headline : og_title;
  if (a.title.empty()) {
    if (const GumboNode* t = find_first(doc, GUMBO_TAG_TITLE)) a.title = inner_text(t);
  }
  if (a.title.empty()) {
    if (const GumboNode* h1 = find_first(doc, GUMBO_TAG_H1)) a.title = inner_text(h1);
  }
  for_each_element(doc, GUMBO_TAG_LINK, [&](const GumboNode* link) {
    if (a.url.empty() && lower(attribute(link, "rel")) == "canonical") {
      a.url = std::string(trim(attribute(link, "href")));
    }
  });
  if (a.url.empty()) a.url = og_url;
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  if (a.text.empty()) return error_at("no body text in the HTML page", path);
  return a;
}

std::vector<std::string> list_article_files(const std::string& path,
                                            const std::function<void(InputError&&)>& on_error) {
  if (path == "-") return {path};
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    bool missing = !fs::exists(st);
    on_error(error_at(missing ? "no such file or folder" : "cannot access: " + ec.message(), path));
    return {};
  }
  if (fs::is_directory(st)) {
    std::vector<std::string> files;
    walk_folder(path, &files, on_error);
    std::sort(files.begin(), files.end());
    return files;
  }
  if (!fs::is_regular_file(st)) {
    on_error(error_at("not a regular file or folder", path));
    return {};
  }
  if (format_of(path) == Format::kUnsupported) {
    on_error(error_at(std::string("unsupported file type (expected ") + kSupportedList + ")", path));
    return {};
  }
  return {path};
}

void read_articles_from_stream(std::istream& in, const std::string& name,
                               const std::function<void(Article&&)>& on_article,
                               const std::function<void(InputError&&)>& on_error,
                               const ReadOptions& options) {
  std::string date_override;
  if (!checked_date_override(options, name, on_error, &date_override)) return;
  auto with_overrides = [&](Article&& a) {
    if (!date_override.empty()) a.date = date_override;
    if (!options.source_override.empty()) a.source = options.source_override;
    on_article(std::move(a));
  };
  std::string skipped;
  int64_t newlines = 0;
  int c;
  if (in.peek() == 0xEF) {  // a UTF-8 byte-order mark is dropped; other bytes are kept
    while (skipped.size() < kUtf8Bom.size() &&
           in.peek() == static_cast<unsigned char>(kUtf8Bom[skipped.size()])) {
      skipped += static_cast<char>(in.get());
    }
    if (skipped == kUtf8Bom) skipped.clear();
  }
  while ((c = in.peek()) != std::char_traits<char>::eof() && is_space(static_cast<char>(c))) {
    skipped += static_cast<char>(in.get());
    if (c == '\n') ++newlines;
  }
  if (c == std::char_traits<char>::eof()) {
    on_error(error_at(skipped.empty() ? "empty input" : "empty text", name));
    return;
  }
  if (c == '{') {
    read_json_lines([&](std::string* line) { return static_cast<bool>(std::getline(in, *line)); },
                    name, newlines + 1, with_overrides, on_error);
    return;
  }
  std::string raw = skipped;
  raw.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  deliver(parse_text_article(raw, name), with_overrides, on_error);
}

void read_articles(const std::string& path, const std::function<void(Article&&)>& on_article,
                   const std::function<void(InputError&&)>& on_error,
                   const ReadOptions& options) {
  ReadOptions opts = options;
  if (!checked_date_override(options, "", on_error, &opts.date_override)) return;
  if (path == "-") return read_articles_from_stream(std::cin, "-", on_article, on_error, opts);
  auto with_overrides = [&](Article&& a) {
    if (!opts.date_override.empty()) a.date = opts.date_override;
    if (!opts.source_override.empty()) a.source = opts.source_override;
    on_article(std::move(a));
  };
  for (const std::string& file : list_article_files(path, on_error)) {
    read_one_file(file, with_overrides, on_error);
  }
}

}  // namespace newsgraph::corpus
