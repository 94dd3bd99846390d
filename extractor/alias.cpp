#include "extractor/alias.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>
#include <string>
#include <unordered_map>
#include <vector>

namespace newsgraph::extractor {
namespace {

bool compatible(EntityType a, EntityType b) {
  if (a == b) return true;
  auto place = [](EntityType t) { return t == EntityType::kGpe || t == EntityType::kLoc; };
  return place(a) && place(b);
}

// The key that makes two surface forms "the same name": lower case, no dots, no leading "the".
std::string name_key(std::string_view surface) {
  std::string s = lower_text(surface);
  if (s.rfind("the ", 0) == 0) s = s.substr(4);
  std::string out;
  for (char c : s)
    if (c != '.') out += c;
  return out;
}

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t pos = s.find(' ', start);
    if (pos == std::string_view::npos) pos = s.size();
    if (pos > start) out.emplace_back(s.substr(start, pos - start));
    start = pos + 1;
  }
  return out;
}

// A generational suffix that follows a person's surname ("Ferdinand Marcos Jr.", "John Smith
// III"): the surname is the word before it.
bool is_name_suffix(std::string_view w) {
  return w == "Jr." || w == "Jr" || w == "Sr." || w == "Sr" || w == "II" || w == "III" ||
         w == "IV";
}

// An abbreviation: two or more capital letters, no lower-case letter ("U.S.", "UK", "EU").
bool is_abbreviation(std::string_view w) {
  int upper = 0;
  for (char c : w) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::islower(u)) return false;
    if (std::isupper(u)) ++upper;
  }
  return upper >= 2;
}

// An organisation's name with each abbreviated country or organisation written in full by the
// lexicon ("U.S. Steel" -> "United States Steel", "EU Council" -> "European Union Council"),
// so that both forms have one name_key.
std::string abbreviations_expanded(const Lexicon& lex, std::string_view name) {
  std::string out;
  for (const std::string& w : words_of(name)) {
    std::string full = w;
    if (is_abbreviation(w)) {
      if (const Place* p = find_place(lex, w); p && p->country.empty()) full = p->name;
      else if (const Organisation* o = find_organisation(lex, w)) full = o->name;
    }
    if (!out.empty()) out += ' ';
    out += full;
  }
  return out;
}

std::string initials_of(std::string_view name) {
  std::string out;
  bool start = true;
  for (char c : name) {
    if (c == ' ' || c == '-') {
      start = true;
      continue;
    }
    if (start && std::isupper(static_cast<unsigned char>(c))) out += c;
    start = false;
  }
  return out;
}

// Particles between the parts of Iberian, Dutch, German and Arabic surnames ("da Silva",
// "de Sousa", "van Persie", "bin Salman").
bool is_surname_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"da", "de", "do", "dos", "das", "di", "del",
                                                    "della", "van", "von", "der", "bin", "ibn",
                                                    "al", "el", "la", "le"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

// "GYEONGJU" -> "Gyeongju", "ST. JOHN'S" -> "St. John's", "BRASÍLIA" -> "Brasília",
// "SÃO PAULO" -> "São Paulo": each word's first letter upper case, the rest lower case (ICU
// case mappings, root locale); a word starts after a space or a hyphen.
std::string title_case(std::string_view s) {
  icu::UnicodeString in =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString out;
  bool start = true;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalpha(c)) {
      out.append(start ? u_toupper(c) : u_tolower(c));
      start = false;
    } else {
      out.append(c);
      start = c == ' ' || c == '-';
    }
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

// Trims a mention; a nationality or country cut from its front becomes a mention of its own,
// returned in *split (type kPerson and first_token == end_token when there is none).
void trim_mention(const Lexicon& lex, const Document& doc, Mention& m, Mention* split) {
  auto text = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  const uint32_t first = m.first_token, end = m.end_token;
  // Titles before a PERSON name ("President Xi Jinping" -> "Xi Jinping"), with a nationality
  // or country before them ("Canadian Prime Minister Mark Carney" -> "Mark Carney").
  while (m.type == EntityType::kPerson && m.end_token - m.first_token > 1) {
    uint32_t k = m.first_token;
    std::string_view w = text(k);
    const bool nat = find_nationality(lex, w) || nationality_place(lex, w);
    const Place* place = nat ? nullptr : find_place(lex, w);
    if ((nat || place) && k + 1 < m.end_token - 1) ++k;
    auto tm = match_title(lex, doc, k, m.end_token - 1);
    if (!tm) break;
    if (k > m.first_token && split) {
      *split = m;
      split->end_token = k;
      split->span = Span{doc.tokens[m.first_token].span.begin, doc.tokens[k - 1].span.end};
      split->type = nat ? EntityType::kNorp : place->type;
      split->source = "rule";
    }
    m.first_token = tm->end_token;
  }
  while (m.end_token - m.first_token > 1) {
    std::string_view w = text(m.first_token);
    if (w == "the" || w == "The") ++m.first_token;
    else break;
  }
  while (m.end_token - m.first_token > 1) {
    std::string_view w = text(m.end_token - 1);
    if (w == "'s" || w == "\xE2\x80\x99s" || w == "'" || w == "\xE2\x80\x99") --m.end_token;
    else break;
  }
  // A mention inside one token ("Ottawa" of "Ottawa-area", ner.h) keeps its span.
  if (m.first_token != first || m.end_token != end)
    m.span = Span{doc.tokens[m.first_token].span.begin, doc.tokens[m.end_token - 1].span.end};
}

bool is_word(const Document& doc, uint32_t t, std::string_view lower) {
  return t < doc.tokens.size() && lower_text(doc.slice(doc.tokens[t].span)) == lower;
}

// The token after an optional "the" at t.
uint32_t skip_the(const Document& doc, uint32_t t) { return is_word(doc, t, "the") ? t + 1 : t; }

// The token after an optional adverb at t ("also", "widely", "locally").
uint32_t skip_adverb(const Document& doc, uint32_t t) {
  if (t >= doc.tokens.size()) return t;
  std::string w = lower_text(doc.slice(doc.tokens[t].span));
  return w == "also" || (w.size() > 3 && w.ends_with("ly")) ? t + 1 : t;
}

// At t: an optional adverb and "known as" or "called"; returns the token after them, or 0.
uint32_t after_known_as(const Document& doc, uint32_t t) {
  t = skip_adverb(doc, t);
  if (is_word(doc, t, "known") && is_word(doc, t + 1, "as")) return t + 2;
  if (is_word(doc, t, "called")) return t + 1;
  return 0;
}

// Token t ends a phrase: the end of the text or a punctuation mark other than a possessive.
bool ends_phrase(const Document& doc, uint32_t t) {
  if (t >= doc.tokens.size()) return true;
  std::string_view w = doc.slice(doc.tokens[t].span);
  return w == "," || w == ")" || w == "." || w == ";" || w == ":" || w == "\xE2\x80\x94";
}

// Pairs (x, y) of adjacent mentions where the text says X is a name of Y:
//   "X, as [the] Y is known|called"    "Ishin, as the Japan Innovation Party is known"
//   "Y (known as X)", "Y, [also] known as X", "Y, called X"
std::vector<std::pair<size_t, size_t>> appositive_aliases(const Document& doc) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t i = 0; i + 1 < doc.mentions.size(); ++i) {
    const Mention& a = doc.mentions[i];
    const Mention& b = doc.mentions[i + 1];
    const uint32_t gap = a.end_token;
    if (!is_word(doc, gap, ",") && !is_word(doc, gap, "(")) continue;
    // "X, as Y is known"
    if (is_word(doc, gap, ",") && is_word(doc, gap + 1, "as") &&
        skip_the(doc, gap + 2) == b.first_token) {
      uint32_t t = b.end_token;
      if (is_word(doc, t, "is") || is_word(doc, t, "are") || is_word(doc, t, "was") ||
          is_word(doc, t, "were")) {
        if (skip_adverb(doc, t + 1) < doc.tokens.size() &&
            (is_word(doc, skip_adverb(doc, t + 1), "known") ||
             is_word(doc, skip_adverb(doc, t + 1), "called")))
          out.emplace_back(i, i + 1);
      }
      continue;
    }
    // "Y (known as X)", "Y, known as X", X a whole phrase ("Foxconn, known as Apple's
    // supplier," names no alias)
    if (uint32_t after = after_known_as(doc, gap + 1);
        after && skip_the(doc, after) == b.first_token && ends_phrase(doc, b.end_token))
      out.emplace_back(i + 1, i);
  }
  return out;
}

struct Builder {
  const Lexicon& lex;
  Document& doc;
  std::vector<std::string> surface;  // per mention
  std::vector<int32_t> assigned;     // per mention: entity index
  // Multi-word PERSON mentions by their last word, lower case, in text order (built once by
  // index_person_names: the surname checks below are per mention, and scanning every mention
  // each time was quadratic in a long article).
  std::unordered_map<std::string, std::vector<size_t>> persons_by_last_word;
  std::unordered_map<std::string, int32_t> by_lexicon;  // "type|canonical" -> entity

  int32_t new_entity(std::string name, EntityType type) {
    Entity e;
    e.name = std::move(name);
    e.type = type;
    doc.entities.push_back(std::move(e));
    return static_cast<int32_t>(doc.entities.size() - 1);
  }

  // The key under which mention i matches others: name_key, with the abbreviated countries and
  // organisations inside an organisation's (or other non-person, non-place) name written out.
  std::string match_key(size_t i) const {
    switch (doc.mentions[i].type) {
      case EntityType::kPerson:
      case EntityType::kGpe:
      case EntityType::kLoc:
      case EntityType::kNorp:
        return name_key(surface[i]);
      default:
        return name_key(abbreviations_expanded(lex, surface[i]));
    }
  }

  // The lexicon's canonical name for a mention, or "".
  std::string lexicon_name(const Mention& m, const std::string& s) const {
    switch (m.type) {
      case EntityType::kGpe:
      case EntityType::kLoc:
        if (const Place* p = find_place(lex, s)) return p->name;
        break;
      case EntityType::kNorp:
        if (const Nationality* n = find_nationality(lex, s)) return n->group;
        break;
      case EntityType::kOrg:
      case EntityType::kFac:
      case EntityType::kEvent:
        if (const Organisation* o = find_organisation(lex, s)) return o->name;
        break;
      default:
        break;
    }
    return "";
  }

  void run() {
    const size_t n = doc.mentions.size();
    surface.resize(n);
    assigned.assign(n, -1);
    for (size_t i = 0; i < n; ++i) {
      const Mention& mi = doc.mentions[i];
      surface[i] = mi.end_token == mi.first_token + 1 && mi.span.size() < doc.tokens[mi.first_token].span.size()
                       ? std::string(doc.slice(mi.span))  // part of a token (ner.h: trim_compound_modifiers)
                       : phrase_text(doc, mi.first_token, mi.end_token);
    }
    const auto named_as = appositive_aliases(doc);
    for (const auto& [x, y] : named_as) doc.mentions[x].type = doc.mentions[y].type;
    unify_surface_types();
    index_person_names();
    for (size_t i = 0; i < n; ++i)
      if (speaking_surname(i)) doc.mentions[i].type = EntityType::kPerson;
    for (size_t i = 0; i < n; ++i) {
      // An upper-case place name of a dateline ("GYEONGJU", "RHODES") is written as a name.
      auto letters = std::count_if(surface[i].begin(), surface[i].end(),
                                   [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
      const EntityType type = doc.mentions[i].type;
      if ((type == EntityType::kGpe || type == EntityType::kLoc) && letters > 3 && !find_place(lex, surface[i]) &&
          std::all_of(surface[i].begin(), surface[i].end(),
                      [](char c) { return !std::islower(static_cast<unsigned char>(c)); }))
        surface[i] = title_case(surface[i]);
    }

    // 1. Lexicon names and multi-word names, in text order; same names join.
    std::unordered_map<std::string, std::vector<int32_t>> by_key;
    for (size_t i = 0; i < n; ++i) {
      const Mention& m = doc.mentions[i];
      std::string canon = lexicon_name(m, surface[i]);
      EntityType family = m.type == EntityType::kLoc ? EntityType::kGpe : m.type;
      if (!canon.empty()) {
        std::string key = std::string(entity_type_name(family)) + "|" + canon;
        auto it = by_lexicon.find(key);
        int32_t e = it != by_lexicon.end() ? it->second : new_entity(canon, m.type);
        by_lexicon[key] = e;
        assigned[i] = e;
        by_key[name_key(surface[i])].push_back(e);
        by_key[name_key(canon)].push_back(e);
        continue;
      }
      bool single = m.end_token - m.first_token == 1;
      if (single && (m.type == EntityType::kPerson || m.type == EntityType::kOrg || m.type == EntityType::kEvent))
        continue;
      std::string key = match_key(i);
      int32_t e = -1;
      if (auto it = by_key.find(key); it != by_key.end())
        for (int32_t c : it->second)
          if (compatible(doc.entities[c].type, m.type)) { e = c; break; }
      if (e < 0 && m.type == EntityType::kPerson) e = surname_form_of(i);
      if (e < 0) {
        e = new_entity(surface[i], m.type);
        by_key[key].push_back(e);
      }
      assigned[i] = e;
    }
    // 2. Acronyms defined in parentheses: "Name (ACR)".
    for (size_t i = 0; i + 1 < n; ++i) {
      const Mention& a = doc.mentions[i];
      const Mention& b = doc.mentions[i + 1];
      if (b.end_token - b.first_token != 1 || a.type != EntityType::kOrg) continue;
      if (b.first_token != a.end_token + 1 || b.end_token >= doc.tokens.size()) continue;
      if (doc.slice(doc.tokens[a.end_token].span) != "(" ||
          doc.slice(doc.tokens[b.end_token].span) != ")")
        continue;
      if (assigned[i] < 0) continue;
      if (assigned[i + 1] < 0) assigned[i + 1] = assigned[i];
      by_key[name_key(surface[i + 1])].push_back(assigned[i]);
    }
    // 3. One-word PERSON, ORG and EVENT mentions: short forms, same names, acronyms.
    for (size_t i = 0; i < n; ++i) {
      if (assigned[i] >= 0) continue;
      const Mention& m = doc.mentions[i];
      std::string key = match_key(i);
      int32_t e = -1;
      if (auto it = by_key.find(key); it != by_key.end())
        for (int32_t c : it->second)
          if (compatible(doc.entities[c].type, m.type)) { e = c; break; }
      if (e < 0) e = short_form_of(i);
      if (e < 0) {
        e = new_entity(surface[i], m.type);
      }
      by_key[key].push_back(e);
      assigned[i] = e;
    }
    // 3b. "Le Pen", "Lula da Silva", "bin Salman": a name of two or more words that ends a
    // longer PERSON name of the article is that person, also when the tagger typed it ORG.
    join_multiword_surnames();
    // 4. "X, as Y is known", "Y (known as X)": X's entity is Y's.
    for (const auto& [x, y] : named_as) merge_entity(assigned[x], assigned[y]);
    // 5. "Washington" in an article that names "Washington state": the state, one sense per
    // article ("judges in Oregon and Washington state ... barred the deal in Washington").
    // join_state_names (ner.h) names such states only when a city has the same name. Looked
    // up in the name index of step 1, not by scanning the mentions (articles can be long).
    for (size_t i = 0; i < n; ++i) {
      if (doc.mentions[i].type != EntityType::kGpe) continue;
      auto it = by_key.find(name_key(surface[i] + " state"));
      if (it == by_key.end()) continue;
      for (int32_t c : it->second)
        if (doc.entities[c].type == EntityType::kGpe) {
          assigned[i] = c;
          break;
        }
    }
    finish();
  }

  // Step 3b. The endings of two words or more of PERSON names ("pen" and "le pen" of "Marine
  // Le Pen") are indexed once, so that a long article is not scanned per mention; an ending two
  // people share names neither.
  void join_multiword_surnames() {
    std::unordered_map<std::string, int32_t> endings;
    for (size_t j = 0; j < doc.mentions.size(); ++j) {
      if (assigned[j] < 0 || doc.mentions[j].type != EntityType::kPerson) continue;
      auto words = words_of(surface[j]);
      if (words.size() > 2 && is_name_suffix(words.back())) words.pop_back();
      for (size_t k = 1; k + 1 < words.size(); ++k) {
        std::string ending;
        for (size_t w = k; w < words.size(); ++w) ending += (w > k ? " " : "") + words[w];
        auto [it, fresh] = endings.emplace(ending, assigned[j]);
        if (!fresh && it->second != assigned[j]) it->second = -1;
      }
    }
    if (endings.empty()) return;
    for (size_t i = 0; i < doc.mentions.size(); ++i) {
      const Mention& m = doc.mentions[i];
      if (assigned[i] < 0 || m.end_token - m.first_token < 2) continue;
      if (m.type != EntityType::kPerson && !(m.type == EntityType::kOrg && m.source == "model")) continue;
      std::string name;
      for (const auto& w : words_of(surface[i])) name += (name.empty() ? "" : " ") + w;
      auto it = endings.find(name);
      if (it != endings.end() && it->second >= 0 && it->second != assigned[i])
        merge_entity(assigned[i], it->second);
    }
  }

  // Moves every mention of entity `from` to entity `into`, with its type.
  void merge_entity(int32_t from, int32_t into) {
    if (from == into || from < 0 || into < 0) return;
    for (size_t k = 0; k < assigned.size(); ++k)
      if (assigned[k] == from) {
        assigned[k] = into;
        doc.mentions[k].type = doc.entities[into].type;
      }
  }

  // The royal title right before mention i ("King", "Queen", "Emperor", "Emir", "Sultan",
  // "Prince", "Princess"), or "": a regnal name after it is no one's surname ("King Hussein"
  // is not "Saddam Hussein").
  std::string royal_title_before(size_t i) const {
    static constexpr std::string_view kRoyal[] = {"King", "Queen", "Emperor", "Emir", "Sultan",
                                                  "Prince", "Princess"};
    const uint32_t first = doc.mentions[i].first_token;
    for (uint32_t k = first >= 3 ? first - 3 : 0; k < first; ++k)
      if (auto tm = match_title(lex, doc, k, first); tm && tm->end_token == first &&
          std::find(std::begin(kRoyal), std::end(kRoyal), tm->title->canonical) != std::end(kRoyal))
        return tm->title->canonical;
    return "";
  }

  // A title or honorific ends right before mention i ("President Marcos", "Mr. Jordan").
  bool has_title_before(size_t i) const {
    const uint32_t first = doc.mentions[i].first_token;
    for (uint32_t k = first >= 4 ? first - 4 : 0; k < first; ++k)
      if (auto tm = match_title(lex, doc, k, first); tm && tm->end_token == first) return true;
    return false;
  }

  // The type the lexicon gives a surface form (place, nationality, organisation), or nullopt.
  std::optional<EntityType> lexicon_type(const std::string& s) const {
    if (const Place* p = find_place(lex, s)) return p->type;
    if (find_nationality(lex, s)) return EntityType::kNorp;
    if (const Organisation* o = find_organisation(lex, s)) return o->type;
    return std::nullopt;
  }

  // An article names one thing once: the mentions of one surface form (name_key) with
  // incompatible types take the majority type (ties: below). Kept apart: a person's name and a
  // place or organisation the lexicon lists when some person mention has a title before it
  // ("Mr. Jordan", "Jordan").
  void unify_surface_types() {
    std::unordered_map<std::string, std::vector<size_t>> groups;
    for (size_t i = 0; i < doc.mentions.size(); ++i) groups[name_key(surface[i])].push_back(i);
    auto family = [](EntityType t) { return t == EntityType::kLoc ? EntityType::kGpe : t; };
    for (const auto& [key, members] : groups) {
      if (members.size() < 2) continue;
      std::array<int, kEntityTypeCount> count{};
      std::array<float, kEntityTypeCount> confidence{};
      for (size_t i : members) {
        const size_t t = static_cast<size_t>(family(doc.mentions[i].type));
        ++count[t];
        confidence[t] += doc.mentions[i].confidence;
      }
      if (std::count_if(count.begin(), count.end(), [](int c) { return c > 0; }) < 2) continue;
      std::optional<EntityType> lexicon;
      for (size_t i : members)
        if (!lexicon) lexicon = lexicon_type(surface[i]);
      const bool titled_person = std::any_of(members.begin(), members.end(), [&](size_t i) {
        return doc.mentions[i].type == EntityType::kPerson && has_title_before(i);
      });
      if (titled_person && lexicon) continue;  // both strongly supported
      // The majority type; a tie goes to the lexicon's type, else to the larger summed tagger
      // confidence, else to the first mention's.
      const int top = *std::max_element(count.begin(), count.end());
      EntityType winner = family(doc.mentions[members.front()].type);
      if (lexicon && count[static_cast<size_t>(family(*lexicon))] == top) {
        winner = family(*lexicon);
      } else {
        for (size_t i : members) {
          const EntityType t = family(doc.mentions[i].type);
          const size_t a = static_cast<size_t>(t), b = static_cast<size_t>(winner);
          if (count[a] > count[b] || (count[a] == count[b] && confidence[a] > confidence[b]))
            winner = t;
        }
      }
      for (size_t i : members)
        if (family(doc.mentions[i].type) != winner) doc.mentions[i].type = winner;
    }
  }

  // The entity of the nearest earlier PERSON whose name ends with the words of multi-word
  // PERSON mention i: a compound surname used alone ("Rebelo de Sousa" after "Marcelo Rebelo de
  // Sousa", "Lopez Obrador" after "Andres Manuel Lopez Obrador"); -1 when none.
  static std::string ascii_lowered(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }

  void index_person_names() {
    persons_by_last_word.clear();
    for (size_t j = 0; j < doc.mentions.size(); ++j) {
      if (doc.mentions[j].type != EntityType::kPerson) continue;
      const auto words = words_of(surface[j]);
      if (words.size() >= 2) persons_by_last_word[ascii_lowered(words.back())].push_back(j);
    }
  }

  int32_t surname_form_of(size_t i) const {
    const auto words = words_of(surface[i]);
    auto it = persons_by_last_word.find(ascii_lowered(words.back()));
    if (it == persons_by_last_word.end()) return -1;
    for (auto k = it->second.rbegin(); k != it->second.rend(); ++k) {
      const size_t j = *k;
      if (j >= i || assigned[j] < 0 || doc.mentions[j].type != EntityType::kPerson) continue;
      const auto full = words_of(surface[j]);
      if (full.size() <= words.size()) continue;
      // Case aside: a particle opening a sentence is capitalised ("De Boer" for "Yvo de Boer").
      auto same = [](const std::string& a, const std::string& b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                 return std::tolower(static_cast<unsigned char>(x)) ==
                        std::tolower(static_cast<unsigned char>(y));
               });
      };
      if (std::equal(words.begin(), words.end(), full.end() - static_cast<long>(words.size()), same))
        return assigned[j];
    }
    return -1;
  }

  // A one-word ORG mention that speaks ("Ford said", "said Ford") or has what a person has
  // ("Ford's government", "Ford's wife") and is the surname of a person the article names in
  // full ("Ontario Premier Doug Ford"): the tagger read the company, the text means the person.
  bool speaking_surname(size_t i) const {
    const Mention& m = doc.mentions[i];
    if (m.type != EntityType::kOrg || m.end_token - m.first_token != 1) return false;
    auto reporting = [&](uint32_t t) {
      return t < doc.tokens.size() && find_reporting_verb(lex, doc.slice(doc.tokens[t].span));
    };
    // "Ford's government", "Ford's wife": what a politician has, not a company.
    static constexpr std::string_view kPersonal[] = {
        "government", "administration", "cabinet", "campaign", "premiership", "presidency", "resignation",
        "re-election", "wife", "husband", "family", "son", "daughter", "father", "mother", "allies", "supporters"};
    auto personal_possessive = [&]() {
      const uint32_t t = m.end_token;
      if (t + 1 >= doc.tokens.size()) return false;
      const std::string_view pos = doc.slice(doc.tokens[t].span), next = doc.slice(doc.tokens[t + 1].span);
      return (pos == "'s" || pos == "\xE2\x80\x99s") &&
             std::find(std::begin(kPersonal), std::end(kPersonal), next) != std::end(kPersonal);
    };
    if (!reporting(m.end_token) && !(m.first_token > 0 && reporting(m.first_token - 1)) && !personal_possessive())
      return false;
    auto it = persons_by_last_word.find(ascii_lowered(surface[i]));
    if (it == persons_by_last_word.end()) return false;
    for (size_t j : it->second)
      if (words_of(surface[j]).back() == surface[i]) return true;
    return false;
  }

  // The entity a one-word mention is a short form of, or -1.
  int32_t short_form_of(size_t i) {
    const Mention& m = doc.mentions[i];
    const std::string& w = surface[i];
    int32_t best = -1;
    uint32_t best_distance = UINT32_MAX;
    bool best_before = false;
    // Prefer the nearest candidate before the mention, else the nearest after it.
    auto consider = [&](size_t j) {
      const Mention& o = doc.mentions[j];
      const bool before = o.span.begin < m.span.begin;
      const uint32_t distance = before ? m.span.begin - o.span.end : o.span.begin - m.span.end;
      if (best < 0 || (before && !best_before) || (before == best_before && distance < best_distance)) {
        best = assigned[j];
        best_distance = distance;
        best_before = before;
      }
    };
    const std::string royal = m.type == EntityType::kPerson ? royal_title_before(i) : "";
    for (size_t j = 0; j < doc.mentions.size(); ++j) {
      if (j == i || assigned[j] < 0) continue;
      const Mention& o = doc.mentions[j];
      if (o.end_token - o.first_token < 2) continue;
      if (!royal.empty() && royal_title_before(j) != royal) continue;
      // An organisation-typed acronym also abbreviates a law, event or facility ("NAFTA" for
      // the "North American Free Trade Agreement"): the tagger types acronyms ORG by default.
      if (m.type == EntityType::kOrg && w.size() >= 2 &&
          (o.type == EntityType::kLaw || o.type == EntityType::kEvent || o.type == EntityType::kFac) &&
          initials_of(surface[j]) == w) {
        consider(j);
        continue;
      }
      if (o.type != m.type) continue;
      auto words = words_of(surface[j]);
      bool match = false;
      if (m.type == EntityType::kPerson) {
        if (words.size() > 2 && is_name_suffix(words.back())) words.pop_back();
        match = words.front() == w || words.back() == w;
        // "Lula" of "Luiz Inácio Lula da Silva", "Rebelo" of "Marcelo Rebelo de Sousa": in a name
        // of four words or more, the word before a surname particle is a surname too.
        for (size_t k = 1; !match && words.size() >= 4 && k + 2 < words.size(); ++k)
          match = words[k] == w && is_surname_particle(words[k + 1]);
      }
      else if (m.type == EntityType::kEvent) {
        match = words.size() == 2 && words.back() == w;  // "Chido" of "Cyclone Chido"
      }
      else if (m.type == EntityType::kOrg) {
        match = words.front() == w || words.back() == w ||
                (w.size() >= 2 && initials_of(surface[j]) == w);
        // "FDA" for the "U.S. Food and Drug Administration": the country before the name is
        // not in its acronym.
        const bool country_first = words.size() >= 2 && (find_place(lex, words.front()) || find_nationality(lex, words.front()));
        if (!match && w.size() >= 2 && words.size() >= 3 && country_first)
          match = initials_of(surface[j].substr(words.front().size() + 1)) == w;
        // "Evergrande" for "China Evergrande Group": the word after the country.
        if (!match && country_first) match = words[1] == w;
      }
      if (match) consider(j);
    }
    if (best >= 0 || m.type != EntityType::kPerson) return best;
    // "Bongo" of "Ali Bongo Ondimba", "Oligui" of "Brice Oligui Nguema": when no name starts
    // or ends with it, a middle word of a name of three words or more; not when two people of
    // the article share it ("Ali Bongo Ondimba" and "Noureddin Bongo Valentin").
    int32_t middle_owner = -1;
    for (size_t j = 0; j < doc.mentions.size(); ++j) {
      const Mention& o = doc.mentions[j];
      if (j == i || assigned[j] < 0 || o.type != EntityType::kPerson || o.end_token - o.first_token < 3) continue;
      if (!royal.empty() && royal_title_before(j) != royal) continue;
      auto words = words_of(surface[j]);
      if (words.size() > 3 && is_name_suffix(words.back())) words.pop_back();
      for (size_t k = 1; k + 1 < words.size(); ++k)
        if (words[k] == w && !is_surname_particle(w)) {
          if (middle_owner >= 0 && middle_owner != assigned[j]) return -1;
          middle_owner = assigned[j];
          consider(j);
          break;
        }
    }
    return best;
  }

  void finish() {
    // Renumber entities by first mention; fill mentions and aliases.
    std::vector<int32_t> order;
    std::vector<int32_t> remap(doc.entities.size(), -1);
    for (size_t i = 0; i < doc.mentions.size(); ++i) {
      int32_t e = assigned[i];
      if (remap[e] < 0) {
        remap[e] = static_cast<int32_t>(order.size());
        order.push_back(e);
      }
    }
    std::vector<Entity> entities;
    entities.reserve(order.size());
    for (int32_t e : order) entities.push_back(std::move(doc.entities[e]));
    doc.entities = std::move(entities);
    std::vector<bool> from_lexicon(doc.entities.size(), false);
    for (auto& [key, e] : by_lexicon)
      if (remap[e] >= 0) from_lexicon[remap[e]] = true;
    for (size_t i = 0; i < doc.mentions.size(); ++i) {
      int32_t e = remap[assigned[i]];
      doc.mentions[i].entity = e;
      Entity& ent = doc.entities[e];
      ent.mentions.push_back(static_cast<uint32_t>(i));
      if (std::find(ent.aliases.begin(), ent.aliases.end(), surface[i]) == ent.aliases.end())
        ent.aliases.push_back(surface[i]);
    }
    for (size_t e = 0; e < doc.entities.size(); ++e) {
      Entity& ent = doc.entities[e];
      if (!from_lexicon[e]) {
        for (const std::string& a : ent.aliases) {
          auto wa = words_of(a).size(), wn = words_of(ent.name).size();
          if (wa > wn || (wa == wn && a.size() > ent.name.size())) ent.name = a;
        }
      }
      auto it = std::find(ent.aliases.begin(), ent.aliases.end(), ent.name);
      if (it != ent.aliases.end()) ent.aliases.erase(it);
      ent.aliases.insert(ent.aliases.begin(), ent.name);
    }
  }
};

}  // namespace

void resolve_aliases(const Lexicon& lex, Document& doc) {
  doc.entities.clear();
  std::vector<Mention> splits;
  for (Mention& m : doc.mentions) {
    m.entity = -1;
    Mention split;
    split.first_token = split.end_token = 0;
    if (m.end_token > m.first_token) trim_mention(lex, doc, m, &split);
    if (split.end_token > split.first_token) splits.push_back(split);
  }
  doc.mentions.insert(doc.mentions.end(), splits.begin(), splits.end());
  std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  Builder{lex, doc, {}, {}, {}, {}}.run();
}

const Place* entity_place(const Lexicon& lex, const Document& doc, int32_t entity) {
  if (entity < 0 || entity >= static_cast<int32_t>(doc.entities.size())) return nullptr;
  const Entity& e = doc.entities[entity];
  if (e.type != EntityType::kGpe && e.type != EntityType::kLoc) return nullptr;
  return find_place(lex, e.name);
}

int32_t linked_country(const Lexicon& lex, Document& doc, int32_t entity, bool city_to_country,
                       bool create) {
  if (entity < 0 || entity >= static_cast<int32_t>(doc.entities.size())) return -1;
  const Entity& e = doc.entities[entity];
  std::string target;
  if (e.type == EntityType::kNorp) {
    const std::string* place = nullptr;
    for (const std::string& a : e.aliases)
      if ((place = nationality_place(lex, a))) break;
    if (!place) return -1;
    target = *place;
  } else if (const Place* p = entity_place(lex, doc, entity)) {
    if (p->country.empty()) return entity;
    if (!city_to_country) return -1;
    target = p->country;
  } else {
    return -1;
  }
  const Place* tp = find_place(lex, target);
  if (!tp) return -1;
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& c = doc.entities[i];
    if ((c.type == EntityType::kGpe || c.type == EntityType::kLoc) && c.name == tp->name)
      return static_cast<int32_t>(i);
  }
  if (!create) return -1;
  Entity added;
  added.name = tp->name;
  added.type = tp->type;
  added.aliases = {tp->name};
  doc.entities.push_back(std::move(added));
  return static_cast<int32_t>(doc.entities.size() - 1);
}

}  // namespace newsgraph::extractor
