#include "extractor/ner_rules.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newsgraph::extractor {
namespace {

constexpr std::string_view kOpeningMarks[] = {"\"", "'", "(", "[", "\xE2\x80\x9C",
                                              "\xE2\x80\x98", "\xE2\x80\x94", ":", "-"};
// Lower-case particles inside personal and place names ("Ursula von der Leyen").
constexpr std::string_view kNameParticles[] = {"von", "van", "der", "den", "de",  "del",
                                               "da",  "di",  "du",  "bin", "ibn", "al",
                                               "el",  "la",  "le"};

struct Candidate {
  uint32_t first = 0, end = 0;
  EntityType type = EntityType::kPerson;
  float confidence = 0.5f;
  const char* source = "rule";
};

class RuleTagger {
 public:
  RuleTagger(const Lexicon& lex, Document& doc) : lex_(lex), doc_(doc) {
    covered_.assign(doc.tokens.size(), false);
    for (const Mention& m : doc.mentions)
      for (uint32_t t = m.first_token; t < m.end_token && t < covered_.size(); ++t)
        covered_[t] = true;
    initial_.assign(doc.tokens.size(), false);
    for (const Sentence& s : doc.sentences) {
      bool at_start = true;
      for (uint32_t t = s.first_token; t < s.end_token; ++t) {
        std::string_view w = text(t);
        if (at_start && has_letter(doc, t)) {
          initial_[t] = true;
          at_start = false;
        }
        if (std::find(std::begin(kOpeningMarks), std::end(kOpeningMarks), w) !=
            std::end(kOpeningMarks))
          at_start = true;
      }
    }
    // Words seen in lower case (not at a sentence start): evidence of a common word.
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      std::string_view w = text(t);
      if (!w.empty() && !is_capitalised(doc, t) && has_letter(doc, t)) lower_seen_.insert(std::string(w));
    }
  }

  void run() {
    std::vector<uint32_t> headlines;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      dateline(doc_.sentences[s]);
      if (is_headline(doc_, s)) headlines.push_back(s);
      else scan(doc_.sentences[s], false);
    }
    resolve_deferred();
    for (const Mention& m : doc_.mentions) known_[phrase_text(doc_, m.first_token, m.end_token)] = m.type;
    for (auto& c : added_) known_[phrase_text(doc_, c.first, c.end)] = c.type;
    collect_person_parts();
    for (uint32_t s : headlines) scan(doc_.sentences[s], true);
    for (uint32_t t : deferred_headline_) {
      if (covered_[t]) continue;
      std::string w(text(t));
      if (auto it = person_parts_.find(w); it != person_parts_.end()) add({t, t + 1, it->second, 0.7f});
    }
    emit();
  }

 private:
  std::string_view text(uint32_t t) const { return doc_.slice(doc_.tokens[t].span); }

  // A capitalised word that may be (part of) a name.
  bool name_word(uint32_t t, uint32_t run_start) const {
    if (!is_capitalised(doc_, t) || !has_letter(doc_, t)) return false;
    if (auto cls = find_common_word(lex_, text(t))) {
      // A month name inside a run of names is a name ("Theresa May"), not before a number.
      if (*cls == WordClass::kMonth && t > run_start && t + 1 < doc_.tokens.size() &&
          !std::isdigit(static_cast<unsigned char>(text(t + 1)[0])))
        return true;
      return false;
    }
    return true;
  }

  bool is_particle(uint32_t t) const {
    return std::find(std::begin(kNameParticles), std::end(kNameParticles), text(t)) !=
           std::end(kNameParticles);
  }

  bool title_at(uint32_t t, uint32_t limit, uint32_t* end) const {
    auto m = match_title(lex_, doc_, t, limit);
    if (!m) return false;
    // "Justice Department", "Defense Ministry": the title word heads an organisation.
    if (m->end_token < limit && find_org_word(lex_, text(m->end_token)) &&
        is_capitalised(doc_, m->end_token))
      return false;
    *end = m->end_token;
    return true;
  }

  // A title ends right before token t (the name follows a title).
  bool after_title(uint32_t t, uint32_t sentence_first) const {
    for (uint32_t j = t > lex_.longest_title ? t - lex_.longest_title : 0; j < t; ++j) {
      if (j < sentence_first) continue;
      auto m = match_title(lex_, doc_, j, t);
      if (m && m->end_token == t) return true;
    }
    return false;
  }

  // After token t comes an executive/official title (optionally after "'s") and then a name.
  bool before_staff_title(uint32_t t, uint32_t limit) const {
    uint32_t k = t + 1;
    if (k < limit && (text(k) == "'s" || text(k) == "\xE2\x80\x99s")) ++k;
    auto m = match_title(lex_, doc_, k, limit);
    if (!m) return false;
    // Only company titles: "Yeltsin spokesman" is a person's, not an organisation's.
    if (!is_executive_role(m->title->role)) return false;
    uint32_t after = m->end_token;
    if (after < limit && text(after) == ",") ++after;
    return after < limit && is_capitalised(doc_, after);
  }

  // The lexicon name (organisation, place or nationality) that starts at t, longest first.
  bool lexicon_at(uint32_t t, uint32_t limit, bool organisations, bool places, Candidate* out) const {
    if (!lex_.name_first_words.count(phrase_text(doc_, t, t + 1))) return false;
    uint32_t max_end = std::min<uint32_t>(limit, t + lex_.longest_name);
    for (uint32_t end = max_end; end > t; --end) {
      if (covered_range(t, end)) continue;
      if (!is_capitalised(doc_, end - 1) && !is_all_caps(doc_, end - 1) &&
          !std::isdigit(static_cast<unsigned char>(text(end - 1)[0])))
        continue;
      std::string p = phrase_text(doc_, t, end);
      if (organisations)
        if (const Organisation* o = find_organisation(lex_, p)) {
          *out = {t, end, o->type, 0.9f, "gazetteer"};
          return true;
        }
      if (places) {
        if (const Place* pl = find_place(lex_, p)) {
          *out = {t, end, pl->type, 0.9f, "gazetteer"};
          return true;
        }
        if (find_nationality(lex_, p)) {
          *out = {t, end, EntityType::kNorp, 0.9f, "gazetteer"};
          return true;
        }
      }
    }
    return false;
  }

  bool covered_range(uint32_t first, uint32_t end) const {
    for (uint32_t t = first; t < end; ++t)
      if (covered_[t]) return true;
    return false;
  }

  // "(APEC)" right after [first, end) whose letters are the run's initials, in order.
  bool defines_acronym(uint32_t first, uint32_t end, uint32_t limit, uint32_t* acronym) const {
    if (end + 2 >= limit) return false;
    if (text(end) != "(" || text(end + 2) != ")" || !is_all_caps(doc_, end + 1)) return false;
    std::string initials;
    for (uint32_t t = first; t < end; ++t) {
      std::string_view w = text(t);
      if (find_common_word(lex_, w) || is_particle(t)) continue;
      bool start = true;
      for (char c : w) {
        if (c == '-') { start = true; continue; }
        if (start && std::isalpha(static_cast<unsigned char>(c)))
          initials += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        start = false;
      }
    }
    std::string letters;
    for (char c : text(end + 1))
      if (std::isalpha(static_cast<unsigned char>(c))) letters += c;
    // Every acronym letter appears in the initials, in order ("WTO", "APEC").
    size_t k = 0;
    for (char c : initials)
      if (k < letters.size() && c == letters[k]) ++k;
    if (k != letters.size() || letters.size() < 2) return false;
    *acronym = end + 1;
    return true;
  }

  // A hyphenated compound of places or nationalities ("China-Canada", "Sino-US").
  bool place_compound(uint32_t t) const {
    std::string_view w = text(t);
    if (w.find('-') == std::string_view::npos) return false;
    size_t start = 0;
    while (start <= w.size()) {
      size_t pos = w.find('-', start);
      std::string part(w.substr(start, pos == std::string_view::npos ? w.npos : pos - start));
      if (!find_place(lex_, part) && !find_nationality(lex_, part) && part != "Sino" &&
          part != "Anglo" && part != "Euro")
        return false;
      if (pos == std::string_view::npos) break;
      start = pos + 1;
    }
    return true;
  }

  void add(Candidate c) {
    for (uint32_t t = c.first; t < c.end; ++t) covered_[t] = true;
    added_.push_back(c);
  }

  // Types one run of unknown capitalised words [first, end).
  void type_unknown(uint32_t first, uint32_t end, const Sentence& s, bool headline) {
    while (first < end && place_compound(first)) ++first;
    if (first >= end) return;
    if (headline) {
      // Only names the body also has: the longest known phrase at each position.
      for (uint32_t k = first; k < end;) {
        uint32_t e = end;
        for (; e > k; --e)
          if (auto it = known_.find(phrase_text(doc_, k, e)); it != known_.end()) {
            add({k, e, it->second, 0.7f});
            break;
          }
        if (e > k) {
          k = e;
        } else {
          deferred_headline_.push_back(k);
          ++k;
        }
      }
      return;
    }
    // "Public Safety Minister Marco Mendicino": words before a minister's title name the
    // portfolio, not an entity.
    if (end < s.end_token && is_capitalised(doc_, end))
      if (auto tm = match_title(lex_, doc_, end, s.end_token); tm && tm->title->role == TitleRole::kMinister)
        return;
    uint32_t acronym = 0;
    if (defines_acronym(first, end, s.end_token, &acronym)) {
      add({first, end, EntityType::kOrg, 0.85f});
      add({acronym, acronym + 1, EntityType::kOrg, 0.85f});
      return;
    }
    if (end - first == 1) {
      if (is_all_caps(doc_, first)) {
        deferred_.push_back(first);
        return;
      }
      if (before_staff_title(first, s.end_token)) {
        add({first, end, EntityType::kOrg, 0.7f});
        return;
      }
      if (after_title(first, s.first_token)) {
        add({first, end, EntityType::kPerson, 0.75f});
        return;
      }
      deferred_.push_back(first);
      return;
    }
    if (end - first > 4) return;  // long capitalised runs are titles of works, slogans...
    // A word of the run seen in lower case elsewhere is a common word, so the run is not a
    // personal name ("Science Fair", "Economic Growth").
    for (uint32_t t = first; t < end; ++t)
      if (lower_seen_.count(lower_text(text(t)))) return;
    float conf = after_title(first, s.first_token) ? 0.85f : 0.7f;
    add({first, end, EntityType::kPerson, conf});
  }

  void scan(const Sentence& s, bool headline) {
    uint32_t i = s.first_token;
    while (i < s.end_token) {
      if (covered_[i] || !has_letter(doc_, i)) { ++i; continue; }
      Candidate c;
      // 1. Organisations, facilities and events of the lexicon (before titles: "General Motors").
      if (lexicon_at(i, s.end_token, true, false, &c)) { add(c); i = c.end; continue; }
      if (!is_capitalised(doc_, i)) { ++i; continue; }
      // 2. A title is not part of a name.
      uint32_t title_end = 0;
      if (title_at(i, s.end_token, &title_end)) { i = title_end; continue; }
      if (!name_word(i, i)) { ++i; continue; }
      // 3. The run of capitalised words from i.
      uint32_t r = i + 1;
      bool head_of = false;
      while (r < s.end_token && !covered_[r]) {
        uint32_t te = 0;
        if (name_word(r, i)) {
          if (title_at(r, s.end_token, &te)) break;
          ++r;
          continue;
        }
        std::string_view w = text(r);
        const OrgWord* prev = find_org_word(lex_, text(r - 1));
        bool after_head = prev && prev->position != WordPosition::kSuffix;
        if ((w == "of" || w == "for" || w == "on") && after_head) {
          uint32_t k = r + 1;
          if (k < s.end_token && text(k) == "the") ++k;
          if (k < s.end_token && name_word(k, i) && !covered_[k]) { head_of = true; r = k; continue; }
        }
        if ((w == "&" || is_particle(r)) && r + 1 < s.end_token && name_word(r + 1, i) && !covered_[r + 1]) {
          r += 2;
          continue;
        }
        break;
      }
      // A sentence-initial word seen in lower case elsewhere is a common word ("Relations").
      uint32_t first = i;
      if (initial_[first] && lower_seen_.count(lower_text(text(first)))) {
        Candidate lc;
        if (!lexicon_at(first, r, false, true, &lc)) ++first;
      }
      if (first >= r) { i = r; continue; }
      // 4. A run typed by its organisation/facility word.
      const OrgWord* last = find_org_word(lex_, text(r - 1));
      if (!headline && (head_of || (last && last->position != WordPosition::kHead)) &&
          (r - first > 1 || head_of)) {
        EntityType type = last && last->position != WordPosition::kHead ? last->type : EntityType::kOrg;
        if (head_of)
          for (uint32_t t = first; t < r; ++t)
            if (const OrgWord* w = find_org_word(lex_, text(t)); w && w->position != WordPosition::kSuffix) {
              type = w->type;
              break;
            }
        add({first, r, type, 0.75f});
        i = r;
        continue;
      }
      // 5. Places and nationalities inside the run; unknown stretches between them.
      uint32_t k = first, unknown = first;
      while (k < r) {
        Candidate lc;
        if (lexicon_at(k, r, false, true, &lc)) {
          if (unknown < k) type_unknown(unknown, k, s, headline);
          add(lc);
          k = lc.end;
          unknown = k;
        } else {
          ++k;
        }
      }
      if (unknown < r) type_unknown(unknown, r, s, headline);
      i = r;
    }
  }

  // A dateline: the upper-case place that opens a paragraph, before a comma or a dash
  // ("GYEONGJU, South Korea —", "OTTAWA —").
  void dateline(const Sentence& s) {
    uint32_t t = s.first_token;
    if (t > 0 && !std::string_view(doc_.text)
                      .substr(doc_.tokens[t - 1].span.end,
                              doc_.tokens[t].span.begin - doc_.tokens[t - 1].span.end)
                      .ends_with("\n"))
      return;
    uint32_t end = t;
    while (end < s.end_token && end - t < 4 && is_all_caps(doc_, end) && !covered_[end]) ++end;
    if (end == t || end >= s.end_token) return;
    std::string_view next = text(end);
    if (next != "," && next != "\xE2\x80\x94" && next != "\xE2\x80\x93" && next != "-" && next != "--")
      return;
    // The words of the dateline are a place name, not an acronym ("US" stays the lexicon's).
    std::string surface = phrase_text(doc_, t, end);
    if (surface.size() <= 3) return;
    add({t, end, EntityType::kGpe, 0.8f, "rule"});
  }

  void collect_person_parts() {
    person_parts_.clear();
    auto note = [&](uint32_t first, uint32_t end, EntityType type) {
      while (type == EntityType::kPerson && end - first > 1) {
        auto tm = match_title(lex_, doc_, first, end - 1);
        if (!tm) break;
        first = tm->end_token;
      }
      if (end - first < 2) return;
      if (type == EntityType::kPerson) {
        person_parts_.emplace(std::string(text(first)), type);
        person_parts_[std::string(text(end - 1))] = type;
      } else if (type == EntityType::kOrg) {
        // "Huawei Technologies" -> "Huawei"; "European Commission" -> "the Commission".
        person_parts_.emplace(std::string(text(first)), type);
        if (find_org_word(lex_, text(end - 1))) person_parts_.emplace(std::string(text(end - 1)), type);
      }
    };
    for (const Mention& m : doc_.mentions) note(m.first_token, m.end_token, m.type);
    for (const Candidate& c : added_) note(c.first, c.end, c.type);
  }

  // Single unknown words: a part of a PERSON name found elsewhere, the first word of an ORG,
  // an acronym defined elsewhere or known.
  void resolve_deferred() {
    collect_person_parts();
    for (uint32_t t : deferred_) {
      if (covered_[t]) continue;
      std::string w(text(t));
      if (auto it = person_parts_.find(w); it != person_parts_.end()) {
        add({t, t + 1, it->second, 0.7f});
        continue;
      }
      for (const Candidate& c : added_)
        if (c.end - c.first == 1 && c.type == EntityType::kOrg && text(c.first) == w) {
          add({t, t + 1, EntityType::kOrg, 0.7f});
          break;
        }
    }
  }

  void emit() {
    for (const Candidate& c : added_) {
      Mention m;
      m.span = Span{doc_.tokens[c.first].span.begin, doc_.tokens[c.end - 1].span.end};
      m.first_token = c.first;
      m.end_token = c.end;
      m.sentence = sentence_of_token(doc_, c.first);
      m.type = c.type;
      m.confidence = c.confidence;
      m.source = c.source;
      doc_.mentions.push_back(m);
    }
    std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  }

  const Lexicon& lex_;
  Document& doc_;
  std::vector<bool> covered_, initial_;
  std::unordered_set<std::string> lower_seen_;
  std::vector<Candidate> added_;
  std::vector<uint32_t> deferred_, deferred_headline_;
  std::unordered_map<std::string, EntityType> known_, person_parts_;
};

}  // namespace

bool is_headline(const Document& doc, uint32_t s) {
  const Sentence& sent = doc.sentences[s];
  if (sent.end_token <= sent.first_token) return false;
  std::string_view last = doc.slice(doc.tokens[sent.end_token - 1].span);
  if (last == "." || last == "!" || last == "?" || last == "\"" || last == "\xE2\x80\x9D" ||
      last == ":" || last == ",")
    return false;
  int words = 0, capitalised = 0;
  for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
    std::string_view w = doc.slice(doc.tokens[t].span);
    if (w.size() < 4 || !has_letter(doc, t)) continue;
    ++words;
    if (is_capitalised(doc, t)) ++capitalised;
  }
  return words >= 2 && capitalised * 10 >= words * 7;
}

void find_rule_mentions(const Lexicon& lex, Document& doc) {
  if (doc.tokens.empty() || doc.sentences.empty()) return;
  RuleTagger(lex, doc).run();
}

}  // namespace newsgraph::extractor
