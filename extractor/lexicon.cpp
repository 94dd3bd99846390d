#include "extractor/lexicon.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <functional>
#include <sstream>

namespace newsgraph::extractor {
namespace {

using corpus::InputError;

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    out.emplace_back(s.substr(start, pos == std::string_view::npos ? pos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

// Collapses whitespace runs to one space, trims, straightens curly apostrophes.
std::string normalise_phrase(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x99 ||
         static_cast<unsigned char>(s[i + 2]) == 0x98)) {
      out += '\'';
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

uint32_t word_count(std::string_view phrase) {
  return static_cast<uint32_t>(std::count(phrase.begin(), phrase.end(), ' ') + 1);
}

std::vector<std::string> split_aliases(const std::string& field) {
  std::vector<std::string> out;
  if (field.empty()) return out;
  for (auto& a : split(field, '|'))
    if (!a.empty()) out.push_back(normalise_phrase(a));
  return out;
}

// Reads a TSV file: calls row(fields, line) for each entry; row returns an error message or "".
std::optional<InputError> read_tsv(
    const std::string& path, size_t columns,
    const std::function<std::string(const std::vector<std::string>&)>& row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return InputError{"cannot open lexicon file", path, -1, 0};
  std::string line;
  int64_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto fields = split(line, '\t');
    if (fields.size() != columns) {
      std::ostringstream msg;
      msg << "expected " << columns << " tab-separated columns, found " << fields.size();
      return InputError{msg.str(), path, -1, number};
    }
    if (fields[0].empty()) return InputError{"empty first column", path, -1, number};
    if (std::string err = row(fields); !err.empty()) return InputError{err, path, -1, number};
  }
  return std::nullopt;
}

std::optional<TitleRole> parse_role(std::string_view s) {
  static const std::pair<std::string_view, TitleRole> kRoles[] = {
      {"head_of_state", TitleRole::kHeadOfState},
      {"head_of_government", TitleRole::kHeadOfGovernment},
      {"leader", TitleRole::kLeader},
      {"royalty", TitleRole::kRoyalty},
      {"executive_head", TitleRole::kExecutiveHead},
      {"executive", TitleRole::kExecutive},
      {"minister", TitleRole::kMinister},
      {"official", TitleRole::kOfficial},
      {"diplomat", TitleRole::kDiplomat},
      {"legislator", TitleRole::kLegislator},
      {"judge", TitleRole::kJudge},
      {"military", TitleRole::kMilitary},
      {"religious", TitleRole::kReligious},
      {"honorific", TitleRole::kHonorific},
  };
  for (auto& [name, role] : kRoles)
    if (name == s) return role;
  return std::nullopt;
}

std::optional<EventFrame> parse_frame(std::string_view s) {
  if (s == "transitive") return EventFrame::kTransitive;
  if (s == "meet") return EventFrame::kMeet;
  if (s == "visit") return EventFrame::kVisit;
  if (s == "sanction") return EventFrame::kSanction;
  if (s == "accuse") return EventFrame::kAccuse;
  return std::nullopt;
}

std::optional<WordClass> parse_word_class(std::string_view s) {
  if (s == "function") return WordClass::kFunction;
  if (s == "adverb") return WordClass::kAdverb;
  if (s == "pronoun") return WordClass::kPronoun;
  if (s == "weekday") return WordClass::kWeekday;
  if (s == "month") return WordClass::kMonth;
  if (s == "interjection") return WordClass::kInterjection;
  return std::nullopt;
}

// Decodes the code point at byte offset i of s (U+FFFD for a bad sequence).
UChar32 code_point_at(std::string_view s, size_t i) {
  UChar32 c = 0;
  int32_t off = static_cast<int32_t>(i);
  U8_NEXT(s.data(), off, static_cast<int32_t>(s.size()), c);
  return c < 0 ? 0xFFFD : c;
}

}  // namespace

bool is_leader_role(TitleRole role) {
  return role == TitleRole::kHeadOfState || role == TitleRole::kHeadOfGovernment ||
         role == TitleRole::kLeader || role == TitleRole::kRoyalty;
}

bool is_executive_role(TitleRole role) {
  return role == TitleRole::kExecutiveHead || role == TitleRole::kExecutive;
}

std::string lower_text(std::string_view text) {
  bool ascii = std::all_of(text.begin(), text.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    std::string out(text);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

namespace {

// The role of a deputy: "Vice Premier" and "Deputy Mayor" lead nothing (a leader's deputy is an
// official, a chief executive's deputy an executive); a deputy minister is still a minister.
TitleRole subordinate_role(TitleRole role) {
  if (is_leader_role(role)) return TitleRole::kOfficial;
  if (role == TitleRole::kExecutiveHead) return TitleRole::kExecutive;
  return role;
}

// "vice premier", "vice-premier", "deputy mayor", "assistant secretary", "associate justice":
// a rank prefix before any listed title names the deputy's own position. Generated here for
// every title that titles.tsv does not list with the prefix itself, so that "Vice Premier X"
// is never read as the premier ("Premier" after an unknown word).
void add_subordinate_titles(Lexicon* lex) {
  static constexpr std::string_view kPrefixes[] = {"vice", "deputy", "assistant", "associate"};
  std::vector<std::pair<std::string, Title>> derived;
  for (const auto& [key, title] : lex->titles) {
    if (title.role == TitleRole::kHonorific) continue;
    for (std::string_view prefix : kPrefixes) {
      if (key.starts_with(prefix)) continue;
      std::string canonical(prefix);
      canonical[0] = static_cast<char>(canonical[0] - 'a' + 'A');
      Title sub{canonical + " " + title.canonical, subordinate_role(title.role)};
      derived.emplace_back(std::string(prefix) + " " + key, sub);
      if (key.find(' ') == std::string::npos)
        derived.emplace_back(std::string(prefix) + "-" + key, sub);
    }
  }
  for (auto& [key, title] : derived) {
    if (lex->titles.count(key)) continue;  // listed with its own canonical form and role
    lex->longest_title = std::max(lex->longest_title, word_count(key));
    lex->title_first_words.insert(key.substr(0, key.find(' ')));
    lex->titles.emplace(std::move(key), std::move(title));
  }
}

}  // namespace

// The first word of every place, nationality and organisation name and alias.
void index_name_first_words(Lexicon* lex) {
  auto add = [&](const std::string& key) { lex->name_first_words.insert(key.substr(0, key.find(' '))); };
  for (const auto& [key, i] : lex->place_index) add(key);
  for (const auto& [key, n] : lex->nationalities) add(key);
  for (const auto& [key, i] : lex->organisation_index) add(key);
}

std::optional<corpus::InputError> load_lexicon(const std::string& model_dir, Lexicon* out) {
  Lexicon lex;
  const std::string dir = model_dir + "/lexicon/";

  auto err = read_tsv(dir + "titles.tsv", 3, [&](const std::vector<std::string>& f) {
    auto role = parse_role(f[2]);
    if (!role) return "unknown title role '" + f[2] + "'";
    std::string key = lower_text(normalise_phrase(f[0]));
    lex.longest_title = std::max(lex.longest_title, word_count(key));
    lex.titles[key] = Title{f[1], *role};
    lex.title_first_words.insert(key.substr(0, key.find(' ')));
    return std::string();
  });
  if (err) return err;
  add_subordinate_titles(&lex);

  // Places: two passes so that a city may name a country listed after it.
  std::vector<int64_t> place_lines;
  std::string path = dir + "places.tsv";
  err = read_tsv(path, 5, [&](const std::vector<std::string>& f) {
    Place p;
    p.name = normalise_phrase(f[0]);
    if (f[1] == "GPE") p.type = EntityType::kGpe;
    else if (f[1] == "LOC") p.type = EntityType::kLoc;
    else return "unknown place type '" + f[1] + "' (want GPE or LOC)";
    p.country = normalise_phrase(f[2]);
    p.aliases = split_aliases(f[3]);
    p.offices = split_aliases(f[4]);
    auto index = static_cast<uint32_t>(lex.places.size());
    for (const std::string* form : {&p.name}) lex.place_index.emplace(*form, index);
    for (auto& a : p.aliases) lex.place_index.emplace(a, index);
    lex.longest_name = std::max(lex.longest_name, word_count(p.name));
    for (auto& a : p.aliases) lex.longest_name = std::max(lex.longest_name, word_count(a));
    lex.places.push_back(std::move(p));
    return std::string();
  });
  if (err) return err;
  for (const Place& p : lex.places) {
    if (!p.country.empty() && !lex.place_index.count(p.country))
      return InputError{"place '" + p.name + "' names unknown country '" + p.country + "'", path,
                        -1, 0};
    for (auto& office : p.offices)
      if (!find_title(lex, office))
        return InputError{"place '" + p.name + "' lists office '" + office +
                              "' that titles.tsv does not define",
                          path, -1, 0};
  }

  path = dir + "nationalities.tsv";
  err = read_tsv(path, 3, [&](const std::vector<std::string>& f) {
    std::string place = normalise_phrase(f[2]);
    if (!place.empty() && !lex.place_index.count(place))
      return "unknown place '" + place + "'";
    std::string form = normalise_phrase(f[0]);
    lex.longest_name = std::max(lex.longest_name, word_count(form));
    lex.nationalities[form] = Nationality{normalise_phrase(f[1]), place};
    return std::string();
  });
  if (err) return err;

  path = dir + "organisations.tsv";
  err = read_tsv(path, 4, [&](const std::vector<std::string>& f) {
    Organisation o;
    o.name = normalise_phrase(f[0]);
    auto type = parse_entity_type(f[1]);
    if (!type || (*type != EntityType::kOrg && *type != EntityType::kFac &&
                  *type != EntityType::kEvent))
      return "unknown organisation type '" + f[1] + "' (want ORG, FAC or EVENT)";
    o.type = *type;
    o.aliases = split_aliases(f[2]);
    o.place = normalise_phrase(f[3]);
    auto index = static_cast<uint32_t>(lex.organisations.size());
    lex.organisation_index.emplace(o.name, index);
    for (auto& a : o.aliases) lex.organisation_index.emplace(a, index);
    lex.longest_name = std::max(lex.longest_name, word_count(o.name));
    for (auto& a : o.aliases) lex.longest_name = std::max(lex.longest_name, word_count(a));
    lex.organisations.push_back(std::move(o));
    return std::string();
  });
  if (err) return err;

  err = read_tsv(dir + "org_words.tsv", 3, [&](const std::vector<std::string>& f) {
    auto type = parse_entity_type(f[1]);
    if (!type) return "unknown type '" + f[1] + "'";
    OrgWord w{*type, WordPosition::kSuffix};
    if (f[2] == "suffix") w.position = WordPosition::kSuffix;
    else if (f[2] == "head") w.position = WordPosition::kHead;
    else if (f[2] == "both") w.position = WordPosition::kBoth;
    else return "unknown position '" + f[2] + "' (want suffix, head or both)";
    lex.org_words[f[0]] = w;
    return std::string();
  });
  if (err) return err;

  err = read_tsv(dir + "reporting_verbs.tsv", 2, [&](const std::vector<std::string>& f) {
    lex.reporting_verbs[lower_text(f[0])] = f[1];
    return std::string();
  });
  if (err) return err;

  err = read_tsv(dir + "event_triggers.tsv", 6, [&](const std::vector<std::string>& f) {
    EventTrigger t;
    t.lemma = lower_text(f[1]);
    if (f[2] == "NOUN") t.noun = true;
    else if (f[2] != "VERB") return "unknown part of speech '" + f[2] + "' (want VERB or NOUN)";
    t.type = f[3];
    if (t.type.empty()) return std::string("empty event type");
    t.cameo = f[4] == "-" ? "" : f[4];
    auto frame = parse_frame(f[5]);
    if (!frame) return "unknown frame '" + f[5] + "'";
    t.frame = *frame;
    lex.trigger_forms[lower_text(f[0])].push_back(t);
    auto& by_lemma = lex.trigger_lemmas[t.lemma];
    if (std::none_of(by_lemma.begin(), by_lemma.end(),
                     [&](const EventTrigger& o) { return o.noun == t.noun; }))
      by_lemma.push_back(t);
    return std::string();
  });
  if (err) return err;

  err = read_tsv(dir + "common_words.tsv", 2, [&](const std::vector<std::string>& f) {
    auto cls = parse_word_class(f[1]);
    if (!cls) return "unknown word class '" + f[1] + "'";
    lex.common_words[lower_text(f[0])] = *cls;
    return std::string();
  });
  if (err) return err;

  err = read_tsv(dir + "kind_words.tsv", 3, [&](const std::vector<std::string>& f) {
    auto type = parse_entity_type(f[1]);
    if (!type) return "unknown type '" + f[1] + "'";
    KindWord w{*type, KindCue::kNoun};
    if (f[2] == "lead") w.cue = KindCue::kLead;
    else if (f[2] == "noun") w.cue = KindCue::kNoun;
    else if (f[2] == "owned") w.cue = KindCue::kOwned;
    else return "unknown use '" + f[2] + "' (want lead, noun or owned)";
    lex.kind_words[f[0]] = w;
    return std::string();
  });
  if (err) return err;

  index_name_first_words(&lex);
  *out = std::move(lex);
  return std::nullopt;
}

const Title* find_title(const Lexicon& lex, std::string_view phrase) {
  auto it = lex.titles.find(lower_text(phrase));
  return it == lex.titles.end() ? nullptr : &it->second;
}

const Place* find_place(const Lexicon& lex, std::string_view phrase) {
  auto it = lex.place_index.find(std::string(phrase));
  return it == lex.place_index.end() ? nullptr : &lex.places[it->second];
}

const Nationality* find_nationality(const Lexicon& lex, std::string_view phrase) {
  auto it = lex.nationalities.find(std::string(phrase));
  return it == lex.nationalities.end() ? nullptr : &it->second;
}

const std::string* nationality_place(const Lexicon& lex, std::string_view phrase) {
  if (const Nationality* n = find_nationality(lex, phrase))
    return n->place.empty() ? nullptr : &n->place;
  auto it = lex.demonym_places.find(std::string(phrase));
  return it == lex.demonym_places.end() ? nullptr : &it->second;
}

void add_gazetteer_countries(const Gazetteer& gaz, Lexicon* lex) {
  std::map<std::string, std::vector<std::string>> names;  // canonical -> phrases
  for (const GazetteerEntry& e : gaz.entries)
    if (e.kind == GazetteerKind::kCountry && !e.canonical.empty())
      names[e.canonical].push_back(e.phrase);
  for (auto& [canonical, phrases] : names) {
    bool known = lex->place_index.count(canonical) > 0;
    for (const std::string& p : phrases) known = known || lex->place_index.count(p) > 0;
    if (known) continue;
    Place place;
    place.name = canonical;
    for (const std::string& p : phrases)
      if (p != canonical) place.aliases.push_back(p);
    place.offices = {"President", "Prime Minister"};
    auto index = static_cast<uint32_t>(lex->places.size());
    lex->place_index.emplace(place.name, index);
    for (const std::string& a : place.aliases) lex->place_index.emplace(a, index);
    lex->name_first_words.insert(place.name.substr(0, place.name.find(' ')));
    for (const std::string& a : place.aliases) lex->name_first_words.insert(a.substr(0, a.find(' ')));
    lex->longest_name = std::max(lex->longest_name, word_count(place.name));
    for (const std::string& a : place.aliases)
      lex->longest_name = std::max(lex->longest_name, word_count(a));
    lex->places.push_back(std::move(place));
  }
}

void complete_lexicon(const Gazetteer& gaz, Lexicon* lex) {
  add_gazetteer_countries(gaz, lex);
  add_gazetteer_demonyms(gaz, lex);
  add_gazetteer_subdivisions(gaz, lex);
}

void add_gazetteer_subdivisions(const Gazetteer& gaz, Lexicon* lex) {
  std::unordered_map<std::string, std::string> country_of_code;  // "US" -> "United States"
  for (const GazetteerEntry& e : gaz.entries)
    if (e.kind == GazetteerKind::kCountry && !e.country.empty() && !e.canonical.empty())
      if (const Place* p = find_place(*lex, e.canonical); p && p->country.empty())
        country_of_code.emplace(e.country, p->name);
  std::unordered_map<std::string, std::string> found;
  std::unordered_set<std::string> ambiguous;  // "Punjab": a region of two countries
  for (const GazetteerEntry& e : gaz.entries) {
    if (e.kind != GazetteerKind::kSubdivision || find_place(*lex, e.phrase)) continue;
    auto code = country_of_code.find(e.country);
    if (code == country_of_code.end()) continue;
    auto [it, added] = found.emplace(e.phrase, code->second);
    if (!added && it->second != code->second) ambiguous.insert(e.phrase);
  }
  // A name that is also a country ("Georgia") is no region alone.
  for (const GazetteerEntry& e : gaz.entries)
    if (e.kind == GazetteerKind::kCountry && found.count(e.phrase)) ambiguous.insert(e.phrase);
  for (auto& [phrase, country] : found)
    if (!ambiguous.count(phrase)) lex->subdivision_countries.emplace(phrase, country);
}

const std::string* subdivision_country(const Lexicon& lex, std::string_view phrase) {
  auto it = lex.subdivision_countries.find(std::string(phrase));
  return it == lex.subdivision_countries.end() ? nullptr : &it->second;
}

void add_gazetteer_demonyms(const Gazetteer& gaz, Lexicon* lex) {
  for (const GazetteerEntry& e : gaz.entries) {
    if (e.kind != GazetteerKind::kDemonym || lex->nationalities.count(e.phrase)) continue;
    if (const Place* p = find_place(*lex, e.canonical); p && p->country.empty())
      lex->demonym_places.emplace(e.phrase, p->name);
  }
}

const Organisation* find_organisation(const Lexicon& lex, std::string_view phrase) {
  auto it = lex.organisation_index.find(std::string(phrase));
  return it == lex.organisation_index.end() ? nullptr : &lex.organisations[it->second];
}

const OrgWord* find_org_word(const Lexicon& lex, std::string_view word) {
  auto it = lex.org_words.find(std::string(word));
  return it == lex.org_words.end() ? nullptr : &it->second;
}

const KindWord* find_kind_word(const Lexicon& lex, std::string_view word, KindCue cue) {
  auto it = lex.kind_words.find(std::string(word));
  return it == lex.kind_words.end() || it->second.cue != cue ? nullptr : &it->second;
}

const std::string* find_reporting_verb(const Lexicon& lex, std::string_view word) {
  auto it = lex.reporting_verbs.find(lower_text(word));
  return it == lex.reporting_verbs.end() ? nullptr : &it->second;
}

std::optional<WordClass> find_common_word(const Lexicon& lex, std::string_view word) {
  std::string lower = lower_text(word);
  auto it = lex.common_words.find(lower);
  if (it == lex.common_words.end()) return std::nullopt;
  // Accept "the", "The" (and "THE" only for one-letter words such as "A"); reject "US".
  if (word == lower) return it->second;
  std::string_view rest = word.substr(1);
  if (lower_text(rest) == rest) return it->second;
  if (it->second == WordClass::kInterjection && word.size() >= 3) return it->second;
  return std::nullopt;
}

const EventTrigger* find_trigger(const Lexicon& lex, const Document& doc, uint32_t token,
                                 std::optional<bool> noun) {
  const Token& t = doc.tokens[token];
  const std::vector<EventTrigger>* candidates = nullptr;
  std::string form = lower_text(doc.slice(t.span));
  if (auto it = lex.trigger_forms.find(form); it != lex.trigger_forms.end())
    candidates = &it->second;
  else if (!t.lemma.empty())
    if (auto it2 = lex.trigger_lemmas.find(lower_text(t.lemma)); it2 != lex.trigger_lemmas.end())
      candidates = &it2->second;
  if (!candidates) return nullptr;
  // A tagged token decides verb/noun itself unless the caller asks.
  if (!noun && !t.upos.empty()) {
    if (t.upos == "NOUN" || t.upos == "PROPN") noun = true;
    else if (t.upos == "VERB") noun = false;
    else return nullptr;
  }
  for (const EventTrigger& c : *candidates)
    if (!noun || c.noun == *noun) return &c;
  return nullptr;
}

std::string phrase_text(const Document& doc, uint32_t first, uint32_t end) {
  std::string out;
  for (uint32_t i = first; i < end; ++i) {
    if (i > first && doc.tokens[i - 1].span.end < doc.tokens[i].span.begin) out += ' ';
    out += doc.slice(doc.tokens[i].span);
  }
  return normalise_phrase(out);
}

bool is_capitalised(const Document& doc, uint32_t token) {
  std::string_view s = doc.slice(doc.tokens[token].span);
  if (s.empty()) return false;
  UChar32 c = code_point_at(s, 0);
  return u_isupper(c) || u_istitle(c);
}

bool is_all_caps(const Document& doc, uint32_t token) {
  std::string_view s = doc.slice(doc.tokens[token].span);
  int letters = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c = 0;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c < 0) return false;
    if (u_isalpha(c)) {
      if (!u_isupper(c)) return false;
      ++letters;
    }
  }
  return letters >= 2;
}

bool has_letter(const Document& doc, uint32_t token) {
  std::string_view s = doc.slice(doc.tokens[token].span);
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c = 0;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

uint32_t sentence_of_token(const Document& doc, uint32_t token) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), token,
                             [](uint32_t t, const Sentence& s) { return t < s.first_token; });
  if (it == doc.sentences.begin()) return 0;
  return static_cast<uint32_t>(it - doc.sentences.begin() - 1);
}

std::optional<TitleMatch> match_title(const Lexicon& lex, const Document& doc, uint32_t token,
                                      uint32_t limit) {
  if (token >= limit ||
      !lex.title_first_words.count(lower_text(doc.slice(doc.tokens[token].span))))
    return std::nullopt;
  uint32_t max_end = std::min<uint32_t>(limit, token + lex.longest_title);
  for (uint32_t end = max_end; end > token; --end) {
    if (const Title* t = find_title(lex, phrase_text(doc, token, end))) return TitleMatch{t, end};
  }
  return std::nullopt;
}

}  // namespace newsgraph::extractor
