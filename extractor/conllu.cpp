#include "extractor/conllu.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace newsgraph::extractor {
namespace {

std::string_view field_or_empty(std::string_view s) { return s == "_" ? std::string_view() : s; }

void append_field(std::string& out, std::string_view s) {
  if (s.empty()) out += '_';
  else out += s;
}

// Splits `line` on TABs into at most 10 fields; returns the count.
size_t split_tabs(std::string_view line, std::string_view* fields) {
  size_t n = 0, start = 0;
  while (n < 10) {
    size_t tab = line.find('\t', start);
    fields[n++] = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return n;
}

bool misc_space_after(std::string_view m) {
  size_t pos = 0;
  while (pos <= m.size()) {
    size_t bar = m.find('|', pos);
    std::string_view item = m.substr(pos, bar == std::string_view::npos ? bar : bar - pos);
    if (item == "SpaceAfter=No") return false;
    if (bar == std::string_view::npos) break;
    pos = bar + 1;
  }
  return true;
}

}  // namespace

std::string_view universal_deprel(std::string_view deprel) {
  size_t colon = deprel.find(':');
  return colon == std::string_view::npos ? deprel : deprel.substr(0, colon);
}

std::optional<corpus::InputError> parse_conllu(std::string_view text, const std::string& file,
                                               std::vector<ConlluSentence>* out) {
  ConlluSentence current;
  bool open = false;
  int range_end = 0;               // last word id of the current multiword token, 0 if none
  bool range_space_after = true;
  int64_t line_no = 0;
  size_t pos = 0;
  auto error = [&](std::string message) {
    return corpus::InputError{std::move(message), file, static_cast<int64_t>(pos), line_no};
  };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_no;
    if (line.empty()) {
      range_end = 0;
      if (open) out->push_back(std::move(current));
      current = ConlluSentence();
      open = false;
    } else if (line[0] == '#') {
      open = true;
      auto take = [&](std::string_view key, std::string* dst) {
        if (line.substr(0, key.size()) == key) *dst = std::string(line.substr(key.size()));
      };
      take("# sent_id = ", &current.sent_id);
      take("# text = ", &current.text);
    } else {
      open = true;
      std::string_view f[10];
      if (split_tabs(line, f) != 10) return error("CoNLL-U line without 10 TAB-separated columns");
      if (size_t dash = f[0].find('-'); dash != std::string_view::npos) {  // multiword token
        auto [q, ec3] = std::from_chars(f[0].data() + dash + 1, f[0].data() + f[0].size(), range_end);
        if (ec3 != std::errc()) return error("CoNLL-U multiword token range is not a number");
        range_space_after = misc_space_after(f[9]);
        pos = end + 1;
        continue;
      }
      if (f[0].find('.') != std::string_view::npos) {  // empty node
        pos = end + 1;
        continue;
      }
      int id = 0;
      auto [p, ec] = std::from_chars(f[0].data(), f[0].data() + f[0].size(), id);
      if (ec != std::errc() || p != f[0].data() + f[0].size() ||
          id != static_cast<int>(current.words.size()) + 1)
        return error("CoNLL-U word id out of sequence");
      ConlluWord w;
      w.form = std::string(f[1]);
      w.lemma = std::string(field_or_empty(f[2]));
      w.upos = std::string(field_or_empty(f[3]));
      w.xpos = std::string(field_or_empty(f[4]));
      w.feats = std::string(field_or_empty(f[5]));
      if (f[6] != "_") {
        auto [q, ec2] = std::from_chars(f[6].data(), f[6].data() + f[6].size(), w.head);
        if (ec2 != std::errc() || q != f[6].data() + f[6].size() || w.head < 0)
          return error("CoNLL-U HEAD is not a number");
      }
      w.deprel = std::string(field_or_empty(f[7]));
      w.deps = std::string(field_or_empty(f[8]));
      w.misc = std::string(field_or_empty(f[9]));
      w.space_after = misc_space_after(w.misc);
      if (id < range_end) w.space_after = false;
      else if (id == range_end) w.space_after = range_space_after;
      current.words.push_back(std::move(w));
    }
    pos = end + 1;
  }
  if (open) out->push_back(std::move(current));
  for (const ConlluSentence& s : *out)
    for (const ConlluWord& w : s.words)
      if (w.head > static_cast<int>(s.words.size()))
        return corpus::InputError{"CoNLL-U HEAD points outside its sentence (sentence " +
                                      s.sent_id + ")",
                                  file, -1, 0};
  return std::nullopt;
}

std::optional<corpus::InputError> read_conllu_file(const std::string& path,
                                                   std::vector<ConlluSentence>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return corpus::InputError{"cannot read CoNLL-U file", path, -1, 0};
  std::stringstream buf;
  buf << in.rdbuf();
  return parse_conllu(buf.str(), path, out);
}

std::optional<corpus::InputError> read_conllu_paths(const std::vector<std::string>& paths,
                                                    const std::vector<std::string>& exclude_prefixes,
                                                    std::vector<ConlluSentence>* out) {
  namespace fs = std::filesystem;
  for (const std::string& path : paths) {
    std::vector<std::string> files;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (const auto& entry : fs::directory_iterator(path, ec))
        if (entry.path().extension() == ".conllu") files.push_back(entry.path().string());
      if (ec) return corpus::InputError{"cannot list directory", path, -1, 0};
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(path);
    }
    for (const std::string& f : files) {
      std::string name = fs::path(f).filename().string();
      bool skip = false;
      for (const std::string& p : exclude_prefixes) skip = skip || name.starts_with(p);
      if (skip) continue;
      if (auto err = read_conllu_file(f, out)) return err;
    }
  }
  return std::nullopt;
}

Document conllu_to_document(const std::vector<ConlluSentence>& sentences) {
  Document doc;
  for (const ConlluSentence& s : sentences) {
    if (s.words.empty()) continue;
    if (!doc.text.empty()) doc.text += '\n';
    Sentence sent;
    sent.first_token = static_cast<uint32_t>(doc.tokens.size());
    sent.span.begin = static_cast<uint32_t>(doc.text.size());
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ConlluWord& w = s.words[i];
      Token t;
      t.span.begin = static_cast<uint32_t>(doc.text.size());
      doc.text += w.form;
      t.span.end = static_cast<uint32_t>(doc.text.size());
      t.space_after = w.space_after;
      if (t.space_after && i + 1 < s.words.size()) doc.text += ' ';
      doc.tokens.push_back(std::move(t));
    }
    sent.end_token = static_cast<uint32_t>(doc.tokens.size());
    sent.span.end = doc.tokens.back().span.end;
    doc.sentences.push_back(sent);
  }
  doc.offsets.to_input.resize(doc.text.size() + 1);
  for (size_t i = 0; i <= doc.text.size(); ++i) doc.offsets.to_input[i] = static_cast<uint32_t>(i);
  return doc;
}

namespace {

// Replaces characters that would break a CoNLL-U line (TAB, newline) by a space.
void append_clean(std::string& out, std::string_view s) {
  if (s.empty()) { out += '_'; return; }
  for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

}  // namespace

std::string to_conllu(const Document& doc) {
  std::string out;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    out += "# sent_id = " + std::to_string(si + 1) + "\n# text = ";
    std::string text(doc.slice(s.span));
    for (char& c : text)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    out += text;
    out += '\n';
    for (uint32_t ti = s.first_token; ti < s.end_token; ++ti) {
      const Token& t = doc.tokens[ti];
      out += std::to_string(ti - s.first_token + 1);
      out += '\t';
      append_clean(out, doc.slice(t.span));
      out += '\t';
      append_clean(out, t.lemma);
      out += '\t';
      append_field(out, t.upos);
      out += '\t';
      append_field(out, t.xpos);
      out += "\t_\t";
      if (t.head >= 0) out += std::to_string(t.head - static_cast<int32_t>(s.first_token) + 1);
      else if (!t.deprel.empty()) out += '0';
      else out += '_';
      out += '\t';
      append_field(out, t.deprel);
      out += "\t_\t";
      out += t.space_after ? "_" : "SpaceAfter=No";
      out += '\n';
    }
    out += '\n';
  }
  return out;
}

std::string write_conllu(const std::vector<ConlluSentence>& sentences) {
  std::string out;
  for (const ConlluSentence& s : sentences) {
    if (!s.sent_id.empty()) out += "# sent_id = " + s.sent_id + "\n";
    if (!s.text.empty()) out += "# text = " + s.text + "\n";
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ConlluWord& w = s.words[i];
      out += std::to_string(i + 1);
      for (std::string_view f : {std::string_view(w.form), std::string_view(w.lemma),
                                 std::string_view(w.upos), std::string_view(w.xpos),
                                 std::string_view(w.feats)}) {
        out += '\t';
        append_field(out, f);
      }
      out += '\t';
      out += w.head >= 0 ? std::to_string(w.head) : "_";
      for (std::string_view f : {std::string_view(w.deprel), std::string_view(w.deps),
                                 std::string_view(w.misc)}) {
        out += '\t';
        append_field(out, f);
      }
      out += '\n';
    }
    out += '\n';
  }
  return out;
}

}  // namespace newsgraph::extractor
