#include "tools/eval/meantime_format.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "extractor/coref.h"

namespace newsgraph::eval {

namespace {

// ---- A small pull parser for the XML subset MEANTIME uses ------------------------------------
// Elements with attributes, text, comments, processing instructions, DOCTYPE and CDATA; the five
// predefined entities and numeric character references. No namespaces, no DTD entities.

struct XmlItem {
  enum Kind { kStart, kEnd, kText, kDone } kind = kDone;
  std::string name;
  std::vector<std::pair<std::string, std::string>> attrs;
  bool self_closing = false;
  std::string text;
  size_t offset = 0;

  std::string attr(std::string_view key) const {
    for (const auto& [k, v] : attrs)
      if (k == key) return v;
    return {};
  }
};

void append_utf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(char(cp));
  } else if (cp < 0x800) {
    out->push_back(char(0xC0 | (cp >> 6)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(char(0xE0 | (cp >> 12)));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(char(0xF0 | (cp >> 18)));
    out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  }
}

// Decodes entities in `s`; false on an unknown or unterminated one.
bool decode_entities(std::string_view s, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out->push_back(s[i]);
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) return false;
    std::string_view name = s.substr(i + 1, semi - i - 1);
    if (name == "amp") out->push_back('&');
    else if (name == "lt") out->push_back('<');
    else if (name == "gt") out->push_back('>');
    else if (name == "quot") out->push_back('"');
    else if (name == "apos") out->push_back('\'');
    else if (name.size() > 1 && name[0] == '#') {
      uint32_t cp = 0;
      bool hex = name[1] == 'x' || name[1] == 'X';
      std::string_view digits = name.substr(hex ? 2 : 1);
      if (digits.empty()) return false;
      for (char c : digits) {
        int d = c >= '0' && c <= '9'   ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
        if (d < 0 || cp > 0x10FFFF) return false;
        cp = cp * (hex ? 16 : 10) + uint32_t(d);
      }
      if (cp == 0 || cp > 0x10FFFF) return false;
      append_utf8(cp, out);
    } else {
      return false;
    }
    i = semi;
  }
  return true;
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.' || c == ':';
}

// Reads the next item at *pos. Returns false with *error set on malformed input.
bool next_item(std::string_view xml, size_t* pos, XmlItem* item, std::string* error) {
  item->attrs.clear();
  item->self_closing = false;
  item->text.clear();
  item->name.clear();
  size_t i = *pos;
  item->offset = i;
  if (i >= xml.size()) {
    item->kind = XmlItem::kDone;
    return true;
  }
  if (xml[i] != '<') {
    size_t lt = xml.find('<', i);
    if (lt == std::string_view::npos) lt = xml.size();
    item->kind = XmlItem::kText;
    if (!decode_entities(xml.substr(i, lt - i), &item->text)) {
      *error = "bad character reference";
      return false;
    }
    *pos = lt;
    return true;
  }
  auto skip_past = [&](std::string_view closer) {
    size_t e = xml.find(closer, i);
    if (e == std::string_view::npos) return false;
    *pos = e + closer.size();
    return true;
  };
  if (xml.substr(i).starts_with("<?")) {
    if (!skip_past("?>")) return *error = "unterminated processing instruction", false;
    return next_item(xml, pos, item, error);
  }
  if (xml.substr(i).starts_with("<!--")) {
    if (!skip_past("-->")) return *error = "unterminated comment", false;
    return next_item(xml, pos, item, error);
  }
  if (xml.substr(i).starts_with("<![CDATA[")) {
    size_t e = xml.find("]]>", i);
    if (e == std::string_view::npos) return *error = "unterminated CDATA section", false;
    item->kind = XmlItem::kText;
    item->text = std::string(xml.substr(i + 9, e - i - 9));
    *pos = e + 3;
    return true;
  }
  if (xml.substr(i).starts_with("<!")) {
    if (!skip_past(">")) return *error = "unterminated declaration", false;
    return next_item(xml, pos, item, error);
  }
  ++i;
  bool end = i < xml.size() && xml[i] == '/';
  if (end) ++i;
  size_t n0 = i;
  while (i < xml.size() && is_name_char(xml[i])) ++i;
  if (i == n0) return *error = "bad tag name", false;
  item->name = std::string(xml.substr(n0, i - n0));
  item->kind = end ? XmlItem::kEnd : XmlItem::kStart;
  for (;;) {
    while (i < xml.size() && (xml[i] == ' ' || xml[i] == '\t' || xml[i] == '\n' || xml[i] == '\r'))
      ++i;
    if (i >= xml.size()) return *error = "unterminated tag <" + item->name + ">", false;
    if (xml[i] == '>') {
      *pos = i + 1;
      return true;
    }
    if (xml[i] == '/' && !end && i + 1 < xml.size() && xml[i + 1] == '>') {
      item->self_closing = true;
      *pos = i + 2;
      return true;
    }
    if (end) return *error = "junk in end tag </" + item->name + ">", false;
    size_t a0 = i;
    while (i < xml.size() && is_name_char(xml[i])) ++i;
    if (i == a0) return *error = "bad attribute in <" + item->name + ">", false;
    std::string key(xml.substr(a0, i - a0));
    while (i < xml.size() && xml[i] == ' ') ++i;
    if (i >= xml.size() || xml[i] != '=') return *error = "attribute without value", false;
    ++i;
    while (i < xml.size() && xml[i] == ' ') ++i;
    if (i >= xml.size() || (xml[i] != '"' && xml[i] != '\'')) return *error = "unquoted attribute", false;
    char q = xml[i++];
    size_t e = xml.find(q, i);
    if (e == std::string_view::npos) return *error = "unterminated attribute value", false;
    std::string value;
    if (!decode_entities(xml.substr(i, e - i), &value)) return *error = "bad character reference", false;
    item->attrs.emplace_back(std::move(key), std::move(value));
    i = e + 1;
  }
}

// ---- Reading ----------------------------------------------------------------------------------

struct RawMarkable {
  std::string tag;
  XmlItem start;
  std::vector<std::string> token_ids;
};

struct RawRelation {
  std::string tag;
  XmlItem start;
  std::vector<std::string> sources, targets;
};

}  // namespace

bool parse_meantime(std::string_view xml, const std::string& path, MeantimeDocument* doc,
                    corpus::InputError* error) {
  *doc = MeantimeDocument{};
  doc->path = path;
  auto fail = [&](const std::string& message, size_t offset) {
    *error = {message, path, static_cast<int64_t>(offset), 0};
    return false;
  };

  std::vector<std::string> stack;  // open elements
  std::vector<RawMarkable> markables;
  std::vector<RawRelation> relations;
  std::vector<std::pair<std::string, int>> raw_tokens;  // (t_id, sentence), in file order
  std::vector<std::string> token_texts;
  bool in_token = false, in_markable = false, in_relation = false;

  size_t pos = 0;
  XmlItem item;
  std::string message;
  for (;;) {
    if (!next_item(xml, &pos, &item, &message)) return fail(message, item.offset);
    if (item.kind == XmlItem::kDone) break;
    if (item.kind == XmlItem::kText) {
      if (in_token) token_texts.back() += item.text;
      continue;
    }
    if (item.kind == XmlItem::kEnd) {
      if (stack.empty() || stack.back() != item.name)
        return fail("unexpected </" + item.name + ">", item.offset);
      stack.pop_back();
      if (item.name == "token") in_token = false;
      if (in_markable && stack.size() >= 1 && stack.back() == "Markables") in_markable = false;
      if (in_relation && stack.size() >= 1 && stack.back() == "Relations") in_relation = false;
      continue;
    }
    // A start tag.
    const std::string& parent = stack.empty() ? std::string() : stack.back();
    if (item.name == "Document") {
      doc->id = item.attr("doc_id");
      doc->name = item.attr("doc_name");
    } else if (item.name == "token") {
      int sentence = 0;
      try {
        sentence = std::stoi(item.attr("sentence"));
      } catch (...) {
        return fail("token without a sentence number", item.offset);
      }
      raw_tokens.emplace_back(item.attr("t_id"), sentence);
      token_texts.emplace_back();
      in_token = !item.self_closing;
    } else if (parent == "Markables") {
      markables.push_back({item.name, item, {}});
      in_markable = !item.self_closing;
    } else if (in_markable && item.name == "token_anchor") {
      markables.back().token_ids.push_back(item.attr("t_id"));
    } else if (parent == "Relations") {
      relations.push_back({item.name, item, {}, {}});
      in_relation = !item.self_closing;
    } else if (in_relation && (item.name == "source" || item.name == "target")) {
      (item.name == "source" ? relations.back().sources : relations.back().targets)
          .push_back(item.attr("m_id"));
    }
    if (!item.self_closing) stack.push_back(item.name);
  }
  if (!stack.empty()) return fail("unclosed <" + stack.back() + ">", xml.size());
  if (raw_tokens.empty()) return fail("no <token> elements (not a MEANTIME file?)", 0);

  // The text: title and dateline on their own paragraphs, the body as running text.
  std::unordered_map<std::string, int> token_index;
  {
    size_t i = 0;
    while (i < raw_tokens.size()) {
      size_t j = i;
      std::vector<std::string> words;
      while (j < raw_tokens.size() && raw_tokens[j].second == raw_tokens[i].second)
        words.push_back(token_texts[j++]);
      int sentence = raw_tokens[i].second;
      std::vector<CharSpan> spans;
      join_tokens(words, sentence <= 2 ? "\n\n" : " ", &doc->text, &spans);
      for (size_t k = i; k < j; ++k) {
        token_index[raw_tokens[k].first] = int(doc->tokens.size());
        doc->tokens.push_back({token_texts[k], sentence, spans[k - i]});
      }
      i = j;
    }
  }

  // Markables by m_id.
  struct Located {
    CharSpan span;
    int sentence = 0;
    std::vector<int> tokens;
  };
  auto locate = [&](const RawMarkable& m, Located* out) {
    out->tokens.clear();
    for (const auto& t : m.token_ids) {
      auto it = token_index.find(t);
      if (it == token_index.end()) return false;
      out->tokens.push_back(it->second);
    }
    std::sort(out->tokens.begin(), out->tokens.end());
    if (!out->tokens.empty()) {
      out->span = {doc->tokens[out->tokens.front()].span.begin,
                   doc->tokens[out->tokens.back()].span.end};
      out->sentence = doc->tokens[out->tokens.front()].sentence;
    }
    return true;
  };

  std::unordered_map<std::string, const RawMarkable*> by_id;
  for (const auto& m : markables) by_id[m.start.attr("m_id")] = &m;

  std::unordered_map<std::string, size_t> mention_at, event_at, timex_at;
  for (const auto& m : markables) {
    Located loc;
    if (!locate(m, &loc)) return fail("token_anchor names no token in " + m.tag, m.start.offset);
    std::string id = m.start.attr("m_id");
    if (m.tag == "ENTITY_MENTION") {
      MeantimeMention mm;
      mm.id = id;
      mm.span = loc.span;
      mm.head = loc.span;
      mm.sentence = loc.sentence;
      mm.syntactic_type = m.start.attr("syntactic_type");
      // The head: the first run of the mention's tokens that spells the head attribute.
      std::string head = m.start.attr("head");
      std::string head_glued;
      for (char c : head)
        if (c != ' ') head_glued.push_back(c);
      if (!head_glued.empty()) {
        for (size_t a = 0; a < loc.tokens.size(); ++a) {
          std::string glued;
          bool found = false;
          for (size_t b = a; b < loc.tokens.size() && glued.size() < head_glued.size(); ++b) {
            glued += doc->tokens[loc.tokens[b]].text;
            if (glued == head_glued) {
              mm.head = {doc->tokens[loc.tokens[a]].span.begin, doc->tokens[loc.tokens[b]].span.end};
              found = true;
              break;
            }
          }
          if (found) break;
        }
      }
      mention_at[id] = doc->mentions.size();
      doc->mentions.push_back(std::move(mm));
    } else if (m.tag == "EVENT_MENTION") {
      event_at[id] = doc->events.size();
      doc->events.push_back({id, loc.span, loc.sentence, "", {}});
    } else if (m.tag == "TIMEX3") {
      timex_at[id] = doc->timexes.size();
      doc->timexes.push_back({id, loc.tokens.empty() ? CharSpan{} : loc.span, m.start.attr("type"),
                              m.start.attr("value"), m.start.attr("functionInDocument")});
      if (m.start.attr("functionInDocument") == "CREATION_TIME") {
        std::string v = m.start.attr("value");
        if (v.size() >= 10 && v[4] == '-' && v[7] == '-') doc->dct = v.substr(0, 10);
      }
    }
  }

  for (const auto& r : relations) {
    if (r.tag == "REFERS_TO") {
      if (r.targets.size() != 1) continue;
      auto target = by_id.find(r.targets[0]);
      if (target == by_id.end()) continue;
      for (const auto& s : r.sources) {
        if (auto it = mention_at.find(s); it != mention_at.end() && target->second->tag == "ENTITY") {
          doc->mentions[it->second].instance = r.targets[0];
          doc->mentions[it->second].type = target->second->start.attr("ent_type");
        } else if (auto ev = event_at.find(s);
                   ev != event_at.end() && target->second->tag == "EVENT") {
          doc->events[ev->second].event_class = target->second->start.attr("class");
        }
      }
    } else if (r.tag == "HAS_PARTICIPANT") {
      if (r.sources.size() != 1 || r.targets.size() != 1) continue;
      if (!event_at.count(r.sources[0]) || !mention_at.count(r.targets[0])) continue;
      doc->participants.push_back({r.sources[0], r.targets[0], r.start.attr("sem_role")});
    } else if (r.tag == "TLINK") {
      if (r.sources.size() != 1 || r.targets.size() != 1) continue;
      std::string type = r.start.attr("reltype");
      const std::string *event = nullptr, *timex = nullptr;
      if (event_at.count(r.sources[0]) && timex_at.count(r.targets[0]) &&
          (type == "IS_INCLUDED" || type == "SIMULTANEOUS" || type == "DURING")) {
        event = &r.sources[0];
        timex = &r.targets[0];
      } else if (timex_at.count(r.sources[0]) && event_at.count(r.targets[0]) &&
                 (type == "INCLUDES" || type == "SIMULTANEOUS" || type == "DURING")) {
        event = &r.targets[0];
        timex = &r.sources[0];
      }
      if (!event) continue;
      const std::string& value = doc->timexes[timex_at[*timex]].value;
      auto& values = doc->events[event_at[*event]].anchor_values;
      if (!value.empty() && std::find(values.begin(), values.end(), value) == values.end())
        values.push_back(value);
    }
  }
  return true;
}

bool read_meantime(const std::string& path, MeantimeDocument* doc, corpus::InputError* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = {"cannot read file", path, -1, 0};
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_meantime(ss.str(), path, doc, error);
}

TimemlDocument meantime_timeml(const MeantimeDocument& doc, int sentences) {
  TimemlDocument out;
  out.path = doc.path;
  out.text = doc.text;
  // Code point i of the text starts at byte byte_at[i]; byte_at[size] is the text's end.
  std::vector<uint32_t> byte_at;
  for (size_t i = 0; i < doc.text.size(); ++i)
    if ((static_cast<unsigned char>(doc.text[i]) & 0xC0) != 0x80) byte_at.push_back(uint32_t(i));
  byte_at.push_back(uint32_t(doc.text.size()));
  auto bytes = [&](CharSpan s) {
    return extractor::Span{byte_at[size_t(s.begin)], byte_at[size_t(s.end)]};
  };
  int64_t region_end = 0;
  for (const auto& t : doc.tokens)
    if (sentences <= 0 || t.sentence < sentences) region_end = std::max(region_end, t.span.end);
  if (sentences > 0 && region_end < int64_t(byte_at.size()) - 1)
    out.unscored.push_back(bytes({region_end, int64_t(byte_at.size()) - 1}));
  for (const auto& t : doc.timexes) {
    if (t.span.empty()) continue;
    if (t.function_in_document == "CREATION_TIME") {
      out.unscored.push_back(bytes(t.span));
      continue;
    }
    if (t.span.begin >= region_end) continue;
    out.gold.push_back({bytes(t.span), t.type, t.value, ""});
  }
  std::sort(out.gold.begin(), out.gold.end(),
            [](const TimemlTimex& a, const TimemlTimex& b) { return a.span.begin < b.span.begin; });
  if (doc.dct.size() == 10) {
    int y = 0;
    unsigned m = 0, d = 0;
    const char* v = doc.dct.data();
    bool digits = std::from_chars(v, v + 4, y).ptr == v + 4 &&
                  std::from_chars(v + 5, v + 7, m).ptr == v + 7 &&
                  std::from_chars(v + 8, v + 10, d).ptr == v + 10;
    std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (digits && ymd.ok()) out.dct = ymd;
  }
  std::string escaped_id;
  for (char c : doc.name.empty() ? doc.id : doc.name)
    escaped_id += c == '&' ? std::string("&amp;") : c == '<' ? std::string("&lt;") : std::string(1, c);
  out.head = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>" + escaped_id + "</DOCID>\n";
  if (out.dct)
    out.head += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + doc.dct +
                "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + doc.dct +
                "</TIMEX3></DCT>\n";
  out.head += "<TEXT>";
  return out;
}

std::vector<extractor::EntityType> meantime_entity_types(std::string_view ent_type) {
  using extractor::EntityType;
  if (ent_type == "PER") return {EntityType::kPerson};
  if (ent_type == "ORG") return {EntityType::kOrg};
  if (ent_type == "LOC") return {EntityType::kGpe, EntityType::kLoc, EntityType::kFac};
  if (ent_type == "PRO") return {EntityType::kProduct};
  return {};
}

namespace {

// The MEANTIME type our type is scored as, or "" for types MEANTIME does not annotate.
std::string meantime_type_of(extractor::EntityType t) {
  for (std::string_view m : {"PER", "ORG", "LOC", "PRO"}) {
    auto ours = meantime_entity_types(m);
    if (std::find(ours.begin(), ours.end(), t) != ours.end()) return std::string(m);
  }
  return {};
}

bool is_name(const MeantimeMention& m) {
  return m.syntactic_type == "NAM" || m.syntactic_type == "PRE.NAM";
}

bool role_compatible(std::string_view ours, std::string_view gold) {
  if (ours == "agent") return gold == "Arg0";
  if (ours == "patient") return gold == "Arg1";
  if (ours == "partner") return gold == "Arg1" || gold == "Arg2";
  if (ours == "recipient") return gold == "Arg2";
  if (ours == "place") return gold == "Argm-LOC";
  return false;
}

void add_matches(int n_pred, int n_gold, const std::vector<std::vector<int>>& candidates,
                 Counts* counts) {
  counts->pred += n_pred;
  counts->gold += n_gold;
  counts->tp += int64_t(match_one_to_one(n_pred, n_gold, candidates).size());
}

}  // namespace

void score_meantime(const MeantimeDocument& gold, const extractor::Document& doc,
                    const MeantimeScoreOptions& options, MeantimeScores* scores) {
  ++scores->documents;
  // The scored region: code points before the end of the last token of a scored sentence.
  int64_t region_end = 0;
  for (const auto& t : gold.tokens)
    if (options.sentences <= 0 || t.sentence < options.sentences)
      region_end = std::max(region_end, t.span.end);
  auto gold_in = [&](int sentence) { return options.sentences <= 0 || sentence < options.sentences; };
  auto ours_in = [&](extractor::Span s) { return to_input(doc, s).begin < region_end; };

  // ---- Names.
  std::vector<const MeantimeMention*> gold_names, blocked_names;
  for (const auto& m : gold.mentions) {
    if (!is_name(m) || !gold_in(m.sentence)) continue;
    (meantime_entity_types(m.type).empty() ? blocked_names : gold_names).push_back(&m);
  }
  std::vector<const extractor::Mention*> our_names;
  for (const auto& m : doc.mentions) {
    // Names only: a resolved pronoun or role noun (extractor/coref.h) is not a name.
    if (extractor::is_coref_mention(m) || !ours_in(m.span) || meantime_type_of(m.type).empty())
      continue;
    CharSpan s = to_input(doc, m.span);
    bool blocked = std::any_of(blocked_names.begin(), blocked_names.end(),
                               [&](const MeantimeMention* b) { return b->span.overlaps(s); });
    if (!blocked) our_names.push_back(&m);
  }
  // MEANTIME extents are whole noun phrases ("the United States", "Moscone Center in San
  // Francisco"): ours matches when it lies inside the gold extent and covers part of its head.
  std::vector<std::vector<int>> typed(our_names.size()), untyped(our_names.size()),
      exact(our_names.size());
  for (size_t i = 0; i < our_names.size(); ++i) {
    CharSpan s = to_input(doc, our_names[i]->span);
    std::string t = meantime_type_of(our_names[i]->type);
    for (size_t g = 0; g < gold_names.size(); ++g) {
      const auto& gm = *gold_names[g];
      bool inside = gm.span.begin <= s.begin && s.end <= gm.span.end && gm.head.overlaps(s);
      if (!inside) continue;
      untyped[i].push_back(int(g));
      if (gm.type != t) continue;
      typed[i].push_back(int(g));
      if (gm.span == s) exact[i].push_back(int(g));
    }
  }
  add_matches(int(our_names.size()), int(gold_names.size()), untyped, &scores->names_untyped);
  add_matches(int(our_names.size()), int(gold_names.size()), exact, &scores->names_exact);
  auto typed_pairs = match_one_to_one(int(our_names.size()), int(gold_names.size()), typed);
  scores->names_typed.pred += int64_t(our_names.size());
  scores->names_typed.gold += int64_t(gold_names.size());
  scores->names_typed.tp += int64_t(typed_pairs.size());
  auto gold_text = [&](CharSpan s) {
    // Code points -> bytes of gold.text, for showing a span.
    int64_t cp = 0;
    size_t b = 0, e = gold.text.size();
    for (size_t i = 0; i < gold.text.size(); ++i) {
      if ((static_cast<unsigned char>(gold.text[i]) & 0xC0) == 0x80) continue;
      if (cp == s.begin) b = i;
      if (cp == s.end) {
        e = i;
        break;
      }
      ++cp;
    }
    return gold.text.substr(b, e - b);
  };
  auto example = [&](std::vector<std::string>* out, const char* kind, CharSpan s,
                     const std::string& detail) {
    if (!options.examples) return;
    out->push_back(gold.name + " | " + kind + " | " + gold_text(s) + " [" + std::to_string(s.begin) +
                   "," + std::to_string(s.end) + ") | " + detail);
  };
  if (options.examples) {
    std::vector<char> ours_hit(our_names.size(), 0), gold_hit(gold_names.size(), 0);
    for (auto [i, g] : typed_pairs) ours_hit[i] = gold_hit[g] = 1;
    for (size_t i = 0; i < our_names.size(); ++i)
      if (!ours_hit[i])
        example(&scores->false_positives, "names", to_input(doc, our_names[i]->span),
                std::string(extractor::entity_type_name(our_names[i]->type)));
    for (size_t g = 0; g < gold_names.size(); ++g)
      if (!gold_hit[g])
        example(&scores->false_negatives, "names", gold_names[g]->span, gold_names[g]->type);
  }
  for (const char* t : {"PER", "ORG", "LOC", "PRO"}) scores->names_by_type[t];
  for (const auto* m : our_names) ++scores->names_by_type[meantime_type_of(m->type)].pred;
  for (const auto* g : gold_names) ++scores->names_by_type[g->type].gold;
  for (auto [i, g] : typed_pairs) ++scores->names_by_type[gold_names[g]->type].tp;

  // ---- Events.
  std::vector<const MeantimeEvent*> gold_events;
  for (const auto& e : gold.events)
    if (gold_in(e.sentence)) gold_events.push_back(&e);
  std::vector<int> our_events;  // indices into doc.events
  for (size_t i = 0; i < doc.events.size(); ++i)
    if (ours_in(doc.events[i].trigger)) our_events.push_back(int(i));
  std::vector<std::vector<int>> event_candidates(our_events.size());
  for (size_t i = 0; i < our_events.size(); ++i) {
    CharSpan s = to_input(doc, doc.events[our_events[i]].trigger);
    for (size_t g = 0; g < gold_events.size(); ++g)
      if (gold_events[g]->span.overlaps(s)) event_candidates[i].push_back(int(g));
  }
  auto event_pairs = match_one_to_one(int(our_events.size()), int(gold_events.size()),
                                      event_candidates);
  scores->events.pred += int64_t(our_events.size());
  scores->events.gold += int64_t(gold_events.size());
  scores->events.tp += int64_t(event_pairs.size());
  {
    std::vector<std::vector<int>> typed_candidates;
    for (size_t i = 0; i < our_events.size(); ++i) {
      const auto& type = doc.events[our_events[i]].type;
      if (!type.empty() && type != "OTHER") typed_candidates.push_back(event_candidates[i]);
    }
    add_matches(int(typed_candidates.size()), int(gold_events.size()), typed_candidates,
                &scores->events_typed);
  }
  std::vector<int> gold_of_ours(our_events.size(), -1);
  std::vector<char> gold_matched(gold_events.size(), 0);
  for (auto [i, g] : event_pairs) {
    gold_of_ours[i] = g;
    gold_matched[g] = 1;
  }
  for (size_t i = 0; i < our_events.size(); ++i) {
    auto& c = scores->events_by_type[doc.events[our_events[i]].type];
    ++c.pred;
    if (gold_of_ours[i] >= 0) ++c.tp;
  }
  for (size_t g = 0; g < gold_events.size(); ++g) {
    auto& c = scores->events_by_class[gold_events[g]->event_class.empty()
                                          ? std::string("(none)")
                                          : gold_events[g]->event_class];
    ++c.gold;
    if (gold_matched[g]) ++c.tp;
  }

  if (options.examples) {
    for (size_t i = 0; i < our_events.size(); ++i)
      if (gold_of_ours[i] < 0)
        example(&scores->false_positives, "events", to_input(doc, doc.events[our_events[i]].trigger),
                doc.events[our_events[i]].type);
    for (size_t g = 0; g < gold_events.size(); ++g)
      if (!gold_matched[g])
        example(&scores->false_negatives, "events", gold_events[g]->span, gold_events[g]->event_class);
  }

  // ---- Event dates.
  for (const auto* e : gold_events)
    if (!e->anchor_values.empty()) ++scores->event_dates.gold;
  for (auto [i, g] : event_pairs) {
    const auto& date = doc.events[our_events[i]].date;
    if (date.empty()) continue;
    ++scores->event_dates.pred;
    const auto& values = gold_events[g]->anchor_values;
    if (std::find(values.begin(), values.end(), date) != values.end()) {
      ++scores->event_dates.tp;
    } else if (options.examples) {
      std::string gold_values;
      for (const auto& v : values) gold_values += " " + v;
      example(&scores->false_positives, "dates", to_input(doc, doc.events[our_events[i]].trigger),
              date + " (gold:" + (values.empty() ? std::string(" none") : gold_values) + ")");
    }
  }

  // ---- Participants.
  std::unordered_map<std::string, const MeantimeMention*> mention_by_id;
  for (const auto& m : gold.mentions) mention_by_id[m.id] = &m;
  std::unordered_map<std::string, const MeantimeEvent*> event_by_id;
  for (const auto* e : gold_events) event_by_id[e->id] = e;
  struct GoldPair {
    const MeantimeEvent* event;
    std::vector<CharSpan> heads;  // where a mention of the participant is
    std::set<std::string> roles;
    bool named = false;
  };
  std::vector<GoldPair> gold_pairs;
  std::map<std::pair<std::string, std::string>, size_t> gold_pair_at;
  for (const auto& p : gold.participants) {
    auto ev = event_by_id.find(p.event);
    if (ev == event_by_id.end()) continue;  // outside the region
    const MeantimeMention* target = mention_by_id.at(p.mention);
    std::string who = target->instance.empty() ? "m" + target->id : target->instance;
    auto key = std::make_pair(p.event, who);
    auto [it, fresh] = gold_pair_at.emplace(key, gold_pairs.size());
    if (fresh) {
      GoldPair gp{ev->second, {}, {}, false};
      std::vector<const MeantimeMention*> chain;
      if (target->instance.empty()) {
        chain.push_back(target);
      } else {
        for (const auto& m : gold.mentions)
          if (m.instance == target->instance) chain.push_back(&m);
      }
      for (const auto* m : chain) {
        bool group = m->syntactic_type == "APP" || m->syntactic_type == "CONJ";
        if (group && chain.size() > 1) continue;  // spans other entities' names
        gp.heads.push_back(m->head);
        if (is_name(*m)) gp.named = true;
      }
      gold_pairs.push_back(std::move(gp));
    }
    gold_pairs[it->second].roles.insert(p.role);
  }
  struct OurPair {
    int event;
    int entity;
    std::set<std::string> roles;
  };
  std::vector<OurPair> our_pairs;
  for (int e : our_events) {
    std::vector<extractor::EventArgument> arguments = doc.events[e].arguments;
    if (doc.events[e].place >= 0) arguments.push_back({doc.events[e].place, "place"});
    for (const auto& a : arguments) {
      if (a.entity < 0 || a.entity >= int(doc.entities.size())) continue;
      auto same = [&](const OurPair& p) { return p.event == e && p.entity == a.entity; };
      auto it = std::find_if(our_pairs.begin(), our_pairs.end(), same);
      if (it == our_pairs.end()) {
        our_pairs.push_back({e, a.entity, {}});
        it = our_pairs.end() - 1;
      }
      it->roles.insert(a.role);
    }
  }
  std::vector<std::vector<int>> pair_candidates(our_pairs.size()), role_candidates(our_pairs.size());
  std::vector<std::vector<int>> named_candidates;
  std::vector<int> named_gold_index(gold_pairs.size(), -1);
  int n_named_gold = 0;
  for (size_t g = 0; g < gold_pairs.size(); ++g)
    if (gold_pairs[g].named) named_gold_index[g] = n_named_gold++;
  for (size_t i = 0; i < our_pairs.size(); ++i) {
    const auto& p = our_pairs[i];
    CharSpan trigger = to_input(doc, doc.events[p.event].trigger);
    std::vector<CharSpan> where;
    for (uint32_t m : doc.entities[p.entity].mentions)
      if (m < doc.mentions.size()) where.push_back(to_input(doc, doc.mentions[m].span));
    for (size_t g = 0; g < gold_pairs.size(); ++g) {
      const auto& gp = gold_pairs[g];
      if (!gp.event->span.overlaps(trigger)) continue;
      bool same_entity = std::any_of(where.begin(), where.end(), [&](const CharSpan& s) {
        return std::any_of(gp.heads.begin(), gp.heads.end(),
                           [&](const CharSpan& h) { return h.overlaps(s); });
      });
      if (!same_entity) continue;
      pair_candidates[i].push_back(int(g));
      bool role = false;
      for (const auto& r : p.roles)
        for (const auto& gr : gp.roles) role = role || role_compatible(r, gr);
      if (role) role_candidates[i].push_back(int(g));
    }
    // For the named measure: drop our pairs that can only be unnamed gold pairs.
    std::vector<int> named;
    for (int g : pair_candidates[i])
      if (named_gold_index[g] >= 0) named.push_back(named_gold_index[g]);
    if (named.empty() && !pair_candidates[i].empty()) continue;
    named_candidates.push_back(std::move(named));
  }
  if (options.examples) {
    auto pairs = match_one_to_one(int(our_pairs.size()), int(gold_pairs.size()), pair_candidates);
    std::vector<char> ours_hit(our_pairs.size(), 0), gold_hit(gold_pairs.size(), 0);
    for (auto [i, g] : pairs) ours_hit[i] = gold_hit[g] = 1;
    for (size_t i = 0; i < our_pairs.size(); ++i) {
      if (ours_hit[i]) continue;
      std::string roles;
      for (const auto& r : our_pairs[i].roles) roles += " " + r;
      example(&scores->false_positives, "participants",
              to_input(doc, doc.events[our_pairs[i].event].trigger),
              doc.entities[our_pairs[i].entity].name + roles);
    }
    for (size_t g = 0; g < gold_pairs.size(); ++g) {
      if (gold_hit[g]) continue;
      std::string who = gold_pairs[g].heads.empty() ? "?" : gold_text(gold_pairs[g].heads.front());
      for (const auto& r : gold_pairs[g].roles) who += " " + r;
      example(&scores->false_negatives, "participants", gold_pairs[g].event->span, who);
    }
  }
  // ---- Quote speakers: our quotes' cues on gold speech events, our speaker as their Arg0.
  {
    struct SpeechAct {
      const MeantimeEvent* event;
      std::vector<CharSpan> speaker_heads;
    };
    std::vector<SpeechAct> acts;
    for (const auto* e : gold_events) {
      if (e->event_class != "SPEECH_COGNITIVE") continue;
      SpeechAct act{e, {}};
      for (const auto& gp : gold_pairs)
        if (gp.event == e && gp.roles.count("Arg0"))
          act.speaker_heads.insert(act.speaker_heads.end(), gp.heads.begin(), gp.heads.end());
      if (!act.speaker_heads.empty()) acts.push_back(std::move(act));
    }
    std::vector<std::vector<int>> candidates;
    for (const auto& q : doc.quotes) {
      if (q.cue.empty() || !ours_in(q.cue)) continue;
      candidates.emplace_back();
      if (q.speaker < 0 || q.speaker >= int(doc.entities.size())) continue;
      CharSpan cue = to_input(doc, q.cue);
      for (size_t a = 0; a < acts.size(); ++a) {
        if (!acts[a].event->span.overlaps(cue)) continue;
        bool same = false;
        for (uint32_t m : doc.entities[q.speaker].mentions) {
          if (m >= doc.mentions.size()) continue;
          CharSpan where = to_input(doc, doc.mentions[m].span);
          for (const auto& h : acts[a].speaker_heads) same = same || h.overlaps(where);
        }
        if (same) candidates.back().push_back(int(a));
      }
    }
    if (options.examples) {
      auto pairs = match_one_to_one(int(candidates.size()), int(acts.size()), candidates);
      std::vector<char> hit(candidates.size(), 0), gold_hit(acts.size(), 0);
      for (auto [i, a] : pairs) hit[i] = gold_hit[a] = 1;
      size_t i = 0;
      for (const auto& q : doc.quotes) {
        if (q.cue.empty() || !ours_in(q.cue)) continue;
        if (!hit[i++])
          example(&scores->false_positives, "quotes", to_input(doc, q.cue),
                  q.speaker >= 0 ? doc.entities[q.speaker].name : "(unknown)");
      }
      for (size_t a = 0; a < acts.size(); ++a)
        if (!gold_hit[a])
          example(&scores->false_negatives, "quotes", acts[a].event->span,
                  gold_text(acts[a].speaker_heads.front()));
    }
    add_matches(int(candidates.size()), int(acts.size()), candidates, &scores->quote_speakers);
  }

  add_matches(int(our_pairs.size()), int(gold_pairs.size()), pair_candidates,
              &scores->participants);
  add_matches(int(our_pairs.size()), int(gold_pairs.size()), role_candidates,
              &scores->participants_role);
  add_matches(int(named_candidates.size()), n_named_gold, named_candidates,
              &scores->participants_named);
}

}  // namespace newsgraph::eval
