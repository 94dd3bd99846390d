#include "tools/newsgraph/input.h"

#include <zlib.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace newsgraph::cli {
namespace {

namespace fs = std::filesystem;

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_jsonl(const std::string& path) {
  return ends_with(path, ".jsonl") || ends_with(path, ".jsonl.gz");
}

bool supported(const std::string& path) { return ends_with(path, ".txt") || is_jsonl(path); }

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

// Byte offset of the first invalid UTF-8 sequence, or -1.
int64_t invalid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || (n == 2 && c < 0xC2) || (n == 4 && c > 0xF4) || i + n > s.size())
      return static_cast<int64_t>(i);
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return static_cast<int64_t>(i);
    if (n == 3) {
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0)) return static_cast<int64_t>(i);
    }
    if (n == 4) {
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      if ((c == 0xF0 && d < 0x90) || (c == 0xF4 && d >= 0x90)) return static_cast<int64_t>(i);
    }
    i += n;
  }
  return -1;
}

std::string stem(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  for (std::string_view ext : {".jsonl.gz", ".jsonl", ".txt"})
    if (ends_with(name, ext)) return name.substr(0, name.size() - ext.size());
  return name;
}

bool read_all(const std::string& path, std::string* out) {
  if (path == "-") {
    out->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return !in.bad();
}

// Reads lines of a plain or gzip file (gzopen reads both).
class LineReader {
 public:
  explicit LineReader(const std::string& path) {
    if (path == "-") stdin_ = true;
    else gz_ = gzopen(path.c_str(), "rb");
  }
  ~LineReader() {
    if (gz_) gzclose(gz_);
  }
  bool ok() const { return stdin_ || gz_ != nullptr; }
  bool next(std::string* line) {
    if (stdin_) return static_cast<bool>(std::getline(std::cin, *line));
    line->clear();
    char buf[65536];
    while (gzgets(gz_, buf, sizeof buf)) {
      line->append(buf);
      if (!line->empty() && line->back() == '\n') {
        line->pop_back();
        return true;
      }
    }
    return !line->empty();
  }
  int64_t offset() const { return gz_ ? static_cast<int64_t>(gzoffset(gz_)) : 0; }

 private:
  bool stdin_ = false;
  gzFile gz_ = nullptr;
};

void read_jsonl(const InputFile& file,
                const std::function<void(corpus::Article&&, int64_t)>& article,
                const std::function<void(const corpus::InputError&)>& error) {
  LineReader reader(file.path);
  if (!reader.ok()) {
    error({"cannot read file", file.path, -1, 0});
    return;
  }
  std::string line;
  int64_t n = 0;
  while (reader.next(&line)) {
    ++n;
    if (trim(line).empty()) continue;
    if (int64_t bad = invalid_utf8(line); bad >= 0) {
      error({"invalid UTF-8 at byte " + std::to_string(bad) + " of the line", file.path, -1, n});
      continue;
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      error({"not a JSON object", file.path, -1, n});
      continue;
    }
    auto str = [&](const char* key) -> std::string {
      auto it = j.find(key);
      if (it == j.end() || it->is_null()) return {};
      if (it->is_string()) return it->get<std::string>();
      return it->dump();
    };
    auto text = j.find("text");
    if (text == j.end() || !text->is_string()) {
      error({"no \"text\" string", file.path, -1, n});
      continue;
    }
    corpus::Article a;
    a.id = str("id");
    if (a.id.empty()) a.id = stem(file.path) + ":" + std::to_string(n);
    a.title = str("title");
    a.date = str("date");
    a.source = str("source");
    a.url = str("url");
    a.text = text->get<std::string>();
    a.path = file.path;
    a.line = n;
    article(std::move(a), reader.offset());
  }
}

}  // namespace

corpus::Article parse_txt(const std::string& content, const std::string& path) {
  corpus::Article a;
  a.path = path;
  a.id = path == "-" ? std::string("stdin") : stem(path);
  static const char* kKeys[] = {"title", "date", "source", "url", "id"};
  // A header: `Key: value` lines of known keys from the first line, ended by a blank line.
  size_t pos = 0;
  bool header = false;
  std::vector<std::pair<std::string, std::string>> fields;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string line = content.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    if (trim(line).empty()) {
      header = !fields.empty();
      if (header) pos = nl == std::string::npos ? content.size() : nl + 1;
      break;
    }
    size_t colon = line.find(':');
    if (colon == std::string::npos) break;
    std::string key = lower(trim(line.substr(0, colon)));
    if (std::find(std::begin(kKeys), std::end(kKeys), key) == std::end(kKeys)) break;
    fields.emplace_back(key, trim(line.substr(colon + 1)));
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  if (header) {
    for (auto& [k, v] : fields) {
      if (k == "title") a.title = v;
      else if (k == "date") a.date = v;
      else if (k == "source") a.source = v;
      else if (k == "url") a.url = v;
      else if (k == "id") a.id = v;
    }
    a.text = content.substr(pos);
  } else {
    a.text = content;
    size_t nl = content.find('\n');
    a.title = trim(content.substr(0, nl));
  }
  return a;
}

std::vector<InputFile> list_inputs(const std::vector<std::string>& paths,
                                   const std::function<void(const corpus::InputError&)>& error) {
  std::vector<InputFile> files;
  for (const auto& p : paths) {
    if (p == "-") {
      files.push_back({p, 0});
      continue;
    }
    std::error_code ec;
    auto status = fs::status(p, ec);
    if (ec || !fs::exists(status)) {
      error({"no such file or directory", p, -1, 0});
      continue;
    }
    if (fs::is_directory(status)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
      if (ec) {
        error({"cannot read folder (" + ec.message() + ")", p, -1, 0});
        continue;
      }
      for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
        if (ec) {
          error({"cannot read folder (" + ec.message() + ")", p, -1, 0});
          break;
        }
        std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file() && supported(it->path().string()))
          found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      for (auto& f : found) {
        std::error_code e2;
        auto size = fs::file_size(f, e2);
        files.push_back({f, e2 ? 0 : static_cast<int64_t>(size)});
      }
      continue;
    }
    if (!supported(p)) {
      error({"unsupported file type (want .txt, .jsonl or .jsonl.gz)", p, -1, 0});
      continue;
    }
    auto size = fs::file_size(p, ec);
    files.push_back({p, ec ? 0 : static_cast<int64_t>(size)});
  }
  return files;
}

void read_file(const InputFile& file, bool jsonl,
               const std::function<void(corpus::Article&&, int64_t)>& article,
               const std::function<void(const corpus::InputError&)>& error) {
  if (jsonl || is_jsonl(file.path)) {
    read_jsonl(file, article, error);
    return;
  }
  std::string content;
  if (!read_all(file.path, &content)) {
    error({"cannot read file", file.path, -1, 0});
    return;
  }
  if (trim(content).empty() || content.find_first_not_of(" \t\r\n") == std::string::npos) {
    error({"empty file", file.path, -1, 0});
    return;
  }
  if (auto nul = content.find('\0'); nul != std::string::npos) {
    error({"binary file (NUL byte)", file.path, static_cast<int64_t>(nul), 0});
    return;
  }
  if (int64_t bad = invalid_utf8(content); bad >= 0) {
    error({"invalid UTF-8", file.path, bad, 0});
    return;
  }
  corpus::Article a = parse_txt(content, file.path);
  article(std::move(a), file.bytes);
}

}  // namespace newsgraph::cli
