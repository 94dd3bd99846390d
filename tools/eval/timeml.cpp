#include "tools/eval/timeml.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace newsgraph::eval {
namespace {

std::string attribute(std::string_view tag, std::string_view name) {
  // Built by appends: `" " + std::string(name) + ...` trips GCC 12's -Wrestrict false positive.
  std::string key(1, ' ');
  key.append(name).append("=\"");
  size_t p = tag.find(key);
  if (p == std::string_view::npos) return "";
  p += key.size();
  size_t e = tag.find('"', p);
  return std::string(tag.substr(p, e - p));
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the entity starting at s[i] == '&'; returns the bytes consumed (0 if none).
size_t decode_entity(std::string_view s, size_t i, std::string& out) {
  size_t semi = s.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
  std::string_view name = s.substr(i + 1, semi - i - 1);
  if (name == "amp") out += '&';
  else if (name == "lt") out += '<';
  else if (name == "gt") out += '>';
  else if (name == "quot") out += '"';
  else if (name == "apos") out += '\'';
  else if (!name.empty() && name[0] == '#') {
    uint32_t cp = 0;
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    auto digits = name.substr(hex ? 2 : 1);
    auto r = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
    if (r.ec != std::errc()) return 0;
    append_utf8(out, cp);
  } else {
    return 0;
  }
  return semi - i + 1;
}

std::string escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

std::optional<std::chrono::year_month_day> parse_date(std::string_view v) {
  if (v.size() < 10 || v[4] != '-' || v[7] != '-') {
    // "19980108" in some DCT texts
    if (v.size() >= 8 && v.find_first_not_of("0123456789") >= 8) {
      int y = 0;
      unsigned m = 0, d = 0;
      std::from_chars(v.data(), v.data() + 4, y);
      std::from_chars(v.data() + 4, v.data() + 6, m);
      std::from_chars(v.data() + 6, v.data() + 8, d);
      std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
      if (ymd.ok()) return ymd;
    }
    return std::nullopt;
  }
  int y = 0;
  unsigned m = 0, d = 0;
  std::from_chars(v.data(), v.data() + 4, y);
  std::from_chars(v.data() + 5, v.data() + 7, m);
  std::from_chars(v.data() + 8, v.data() + 10, d);
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

}  // namespace

std::optional<TimemlDocument> read_timeml(const std::string& path, corpus::InputError* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = {"cannot read", path, -1, 0};
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::string raw = ss.str();
  TimemlDocument doc;
  doc.path = path;
  size_t text_open = raw.find("<TEXT>");
  size_t text_close = raw.find("</TEXT>");
  if (text_open == std::string::npos || text_close == std::string::npos || text_close < text_open) {
    *error = {"no <TEXT> element", path, -1, 0};
    return std::nullopt;
  }
  doc.head = raw.substr(0, text_open + 6);
  // The DCT.
  for (size_t p = raw.find("<TIMEX3"); p != std::string::npos && p < text_open;
       p = raw.find("<TIMEX3", p + 1)) {
    size_t e = raw.find('>', p);
    std::string_view tag(raw.data() + p, e - p);
    if (attribute(tag, "functionInDocument") == "CREATION_TIME")
      doc.dct = parse_date(attribute(tag, "value"));
  }
  // The text and its gold TIMEX3 tags (not nested in TimeBank).
  std::string_view body(raw.data() + text_open + 6, text_close - text_open - 6);
  TimemlTimex open;
  bool in_timex = false;
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c == '<') {
      size_t e = body.find('>', i);
      if (e == std::string_view::npos) break;
      std::string_view tag = body.substr(i, e - i + 1);
      if (tag.rfind("<TIMEX3", 0) == 0) {
        open = TimemlTimex{};
        open.span.begin = static_cast<uint32_t>(doc.text.size());
        open.type = attribute(tag, "type");
        open.value = attribute(tag, "value");
        open.mod = attribute(tag, "mod");
        in_timex = true;
      } else if (tag.rfind("</TIMEX3", 0) == 0 && in_timex) {
        open.span.end = static_cast<uint32_t>(doc.text.size());
        doc.gold.push_back(open);
        in_timex = false;
      }
      i = e + 1;
      continue;
    }
    if (c == '&') {
      if (size_t n = decode_entity(body, i, doc.text)) {
        i += n;
        continue;
      }
    }
    doc.text += c;
    ++i;
  }
  return doc;
}

std::string write_timeml(const TimemlDocument& doc, const std::vector<extractor::Timex>& timexes) {
  // The head, with its gold tags; the DCT TIMEX3 stays as in the gold file.
  std::string out = doc.head;
  size_t at = 0;
  int tid = 1;
  for (const auto& t : timexes) {
    out += escape(std::string_view(doc.text).substr(at, t.span.begin - at));
    out += "<TIMEX3 tid=\"t" + std::to_string(tid++) + "\" type=\"" +
           std::string(extractor::timex_type_name(t.type)) + "\" value=\"" + escape(t.value) + "\"";
    if (!t.mod.empty()) out += " mod=\"" + t.mod + "\"";
    out += ">";
    out += escape(std::string_view(doc.text).substr(t.span.begin, t.span.size()));
    out += "</TIMEX3>";
    at = t.span.end;
  }
  out += escape(std::string_view(doc.text).substr(at));
  out += "</TEXT>\n\n</TimeML>\n";
  return out;
}

std::vector<extractor::Timex> scored_timexes(const TimemlDocument& doc,
                                             const std::vector<extractor::Timex>& system) {
  std::vector<extractor::Timex> kept;
  for (const auto& t : system) {
    bool out = false;
    for (const auto& u : doc.unscored) out = out || u.overlaps(t.span);
    if (!out) kept.push_back(t);
  }
  return kept;
}

void count_timexes(const std::vector<TimemlTimex>& gold, const std::vector<extractor::Timex>& system,
                   const std::string&, TimexCounts* counts) {
  counts->gold += static_cast<long>(gold.size());
  counts->system += static_cast<long>(system.size());
  std::vector<bool> used(gold.size(), false);
  for (const auto& s : system) {
    // Prefer the exact gold span, else the first overlapping unused one.
    long pick = -1;
    for (size_t g = 0; g < gold.size(); ++g)
      if (!used[g] && gold[g].span == s.span) { pick = static_cast<long>(g); break; }
    if (pick < 0)
      for (size_t g = 0; g < gold.size(); ++g)
        if (!used[g] && gold[g].span.overlaps(s.span)) { pick = static_cast<long>(g); break; }
    if (pick < 0) continue;
    const auto& g = gold[static_cast<size_t>(pick)];
    used[static_cast<size_t>(pick)] = true;
    ++counts->relaxed;
    if (g.span == s.span) ++counts->strict;
    if (g.value == s.value) ++counts->value;
    if (g.type == extractor::timex_type_name(s.type)) ++counts->type;
  }
}

}  // namespace newsgraph::eval
