// The typing and boundary steps of extractor/ner.h that read a mention's words and context
// (round 5 of extractor/models/NER_MODELS.md): names typed by their first word (and storms by the
// word before), facilities by their last word, organisations by their context, team names after
// a place, person names the tagger cut, lower-case names dropped. Their contracts are in ner.h.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extractor/dep_parser.h"
#include "extractor/ner.h"
#include "extractor/ner_rules.h"

namespace newsgraph::extractor {
namespace {

std::string_view token_text(const Document& doc, uint32_t t) { return doc.slice(doc.tokens[t].span); }

bool is_possessive(std::string_view w) { return w == "'s" || w == "\xE2\x80\x99s" || w == "'" || w == "\xE2\x80\x99"; }

void sort_mentions(Document& doc) {
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

// Tokens covered by some mention.
std::vector<bool> covered_tokens(const Document& doc) {
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const Mention& m : doc.mentions)
    for (uint32_t t = m.first_token; t < m.end_token && t < covered.size(); ++t) covered[t] = true;
  return covered;
}

// A headline or a title-case line, where capitals say nothing: is_headline (ner_rules.h), or a
// capitalised function word inside it ("Ottawa Raises Tariffs On Steel"), not within quotation
// marks (the quoted title of a work: 'his article "The Challenge of Pricing"').
bool title_case_sentence(const Lexicon& lexicon, const Document& doc, uint32_t s) {
  if (is_headline(doc, s)) return true;
  bool quoted = false;
  for (uint32_t t = doc.sentences[s].first_token + 1; t < doc.sentences[s].end_token; ++t) {
    const std::string_view w = token_text(doc, t);
    if (w == "\"" || w == "``" || w == "''") quoted = !quoted;
    if (w == "\xE2\x80\x9C") quoted = true;
    if (w == "\xE2\x80\x9D") quoted = false;
    if (quoted || !is_capitalised(doc, t)) continue;
    auto c = find_common_word(lexicon, token_text(doc, t));
    if (c && *c == WordClass::kFunction && token_text(doc, t).size() > 1) return true;
  }
  return false;
}

bool known_place_name(const Gazetteer& gazetteer, const Lexicon& lexicon, std::string_view text) {
  return is_known_place(gazetteer, text) || find_place(lexicon, text) != nullptr;
}

bool given_name(const Gazetteer& gazetteer, std::string_view word) {
  return lookup(gazetteer, word, GazetteerKind::kGivenName) != nullptr;
}

// A capitalised word of letters that is no common word, title, organisation or kind word,
// place or nationality: what is left of a name the tagger cut ("Hlaing", "Thunder").
bool bare_name_word(const Lexicon& lexicon, const Gazetteer& gazetteer, const Document& doc, uint32_t t) {
  std::string_view w = token_text(doc, t);
  if (!is_capitalised(doc, t) || is_all_caps(doc, t)) return false;
  if (!std::all_of(w.begin(), w.end(), [](char c) { return c != '.' && c != '\'' && (c < '0' || c > '9'); }))
    return false;
  // "Major-General", "Lieutenant-Colonel": a title in parts.
  for (size_t from = 0, dash = 0; dash != std::string_view::npos; from = dash + 1) {
    dash = w.find('-', from);
    if (lexicon.title_first_words.count(lower_text(w.substr(from, dash == std::string_view::npos ? dash : dash - from))))
      return false;
  }
  if (find_common_word(lexicon, w) || find_org_word(lexicon, w) ||
      lexicon.kind_words.count(std::string(w)) || find_nationality(lexicon, w) || find_reporting_verb(lexicon, w))
    return false;
  using K = GazetteerKind;
  for (K k : {K::kOrgHead, K::kFacHead, K::kLocHead, K::kEventHead, K::kLawHead, K::kTitle, K::kDemonym, K::kNorp})
    if (lookup(gazetteer, w, k)) return false;
  return !known_place_name(gazetteer, lexicon, w);
}

}  // namespace

bool is_known_place(const Gazetteer& gazetteer, std::string_view text) {
  using K = GazetteerKind;
  return lookup(gazetteer, text, K::kCountry) || lookup(gazetteer, text, K::kSubdivision) ||
         lookup(gazetteer, text, K::kCity) || lookup(gazetteer, text, K::kRegion);
}

void type_names_by_first_word(const Lexicon& lexicon, Document& doc) {
  std::vector<std::string> storms;
  for (Mention& m : doc.mentions) {
    if (m.source != "model" || m.type == EntityType::kOrg) continue;
    const KindWord* w = m.end_token >= m.first_token + 2
                            ? find_kind_word(lexicon, token_text(doc, m.first_token), KindCue::kLead)
                            : nullptr;
    if (w) {
      m.type = w->type;
      // "Cyclone Chido" tagged whole: its name alone elsewhere ("Chido killed 39") is the storm.
      if (w->type == EntityType::kEvent)
        storms.emplace_back(doc.slice({doc.tokens[m.first_token + 1].span.begin, m.span.end}));
    } else if (m.first_token > 0 && m.sentence < doc.sentences.size() &&
               m.first_token > doc.sentences[m.sentence].first_token) {
      // "Hurricane" + "Rita": the storm's name.
      w = find_kind_word(lexicon, token_text(doc, m.first_token - 1), KindCue::kLead);
      if (w && w->type == EntityType::kEvent) {
        m.type = EntityType::kEvent;
        storms.emplace_back(doc.slice(m.span));
        // The storm's name is "Hurricane Rita" (OntoNotes EVENT extent), the word included.
        m.first_token -= 1;
        m.span.begin = doc.tokens[m.first_token].span.begin;
      }
    }
  }
  // The storm's name alone elsewhere ("Rita was upgraded") is the storm too.
  for (Mention& m : doc.mentions)
    if (m.source == "model" && m.type == EntityType::kPerson &&
        std::find(storms.begin(), storms.end(), doc.slice(m.span)) != storms.end())
      m.type = EntityType::kEvent;
}

void type_facilities_by_last_word(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc) {
  for (Mention& m : doc.mentions) {
    if (m.source != "model" || m.end_token < m.first_token + 2 ||
        (m.type != EntityType::kGpe && m.type != EntityType::kLoc))
      continue;
    const OrgWord* w = find_org_word(lexicon, token_text(doc, m.end_token - 1));
    if (w && w->type == EntityType::kFac && w->position != WordPosition::kHead &&
        !known_place_name(gazetteer, lexicon, doc.slice(m.span)))
      m.type = EntityType::kFac;
  }
}

namespace {

// The context cues of type_organisations_by_context, over one mention.
class OrgCues {
 public:
  // `prev` and `next`: the mentions before and after `m` in doc.mentions, or nullptr.
  OrgCues(const Lexicon& lexicon, const Document& doc, const Mention& m, const Mention* prev, const Mention* next)
      : lex_(lexicon), doc_(doc), m_(m), prev_(prev), next_(next),
        first_(doc.sentences[m.sentence].first_token), limit_(doc.sentences[m.sentence].end_token) {}

  // "X, the party ...", "X, a company that ..." (see apposition()).
  bool appositive() const { return apposition(); }

  bool any(bool person) const {
    return kind_noun_before() || apposition() || executive_title_after() || title_of_before() ||
           owned_noun(person) || (!person && speaks()) ||
           ((!person || m_.end_token > m_.first_token + 1) && coordinated());
  }

 private:
  std::string_view text(uint32_t t) const { return token_text(doc_, t); }
  bool lower_word(uint32_t t) const { return has_letter(doc_, t) && !is_capitalised(doc_, t); }
  bool function_word(uint32_t t) const {
    auto c = find_common_word(lex_, text(t));
    return c && (*c == WordClass::kFunction || *c == WordClass::kPronoun);
  }
  // Lower-case at the start of the sentence: "Shares of X rose".
  bool org_noun(uint32_t t, KindCue cue) const {
    const KindWord* w = find_kind_word(lex_, t == first_ ? lower_text(text(t)) : std::string(text(t)), cue);
    return w && w->type == EntityType::kOrg;
  }
  bool executive_title(const Title* t) const {
    return t && (is_executive_role(t->role) || t->role == TitleRole::kLeader);
  }

  // "carmaker X", "the company X", "carriers such as Y and X", "carriers, Y and X": the noun
  // before the name or before the list of names the name ends.
  bool kind_noun_before() const {
    uint32_t k = m_.first_token;
    for (uint32_t n = 0; k > first_ && n < 12; ++n) {
      std::string_view w = text(k - 1);
      if (w != "," && w != "and" && w != "or" && !is_capitalised(doc_, k - 1)) break;
      --k;
    }
    while (k < m_.first_token && text(k) == ",") ++k;  // the list starts with a name
    if (k >= first_ + 2 && ((text(k - 1) == "as" && text(k - 2) == "such") || text(k - 1) == "including")) k -= text(k - 1) == "as" ? 2 : 1;
    else if (k > first_ && text(k - 1) == "," && (k < m_.first_token || in_list())) --k;  // "carriers, Y and X"
    return k > first_ && org_noun(k - 1, KindCue::kNoun);
  }

  // The name goes on a list: "X and ...", "X, Y and ...".
  bool in_list() const {
    return m_.end_token + 1 < limit_ && (text(m_.end_token) == "and" || text(m_.end_token) == "or" ||
                                         (text(m_.end_token) == "," && is_capitalised(doc_, m_.end_token + 1)));
  }

  // "X, the video game company, ..." (not "X, the company's founder" nor "X, a member of the party").
  bool apposition() const {
    uint32_t k = m_.end_token;
    if (k + 2 >= limit_ || text(k) != ",") return false;
    ++k;
    if (text(k) == "the" || text(k) == "a" || text(k) == "an") ++k;
    for (uint32_t n = 0; n < 4 && k < limit_; ++n, ++k) {
      if (org_noun(k, KindCue::kNoun)) {
        if (k + 1 >= limit_) return true;
        // Not "the company's founder", "the party member".
        std::string lower = lower_text(text(k + 1));
        return !is_possessive(text(k + 1)) && !lex_.title_first_words.count(lower) && lower != "member" &&
               lower != "members" && !org_noun(k + 1, KindCue::kNoun);
      }
      // "TUI, the German tour operator": a nationality may stand among the modifiers.
      if ((!lower_word(k) && !find_nationality(lex_, text(k))) || function_word(k)) return false;
    }
    return false;
  }

  // "X chief executive Jo Reyes", "X's chief executive", "X leader Jo Reyes".
  bool executive_title_after() const {
    uint32_t k = m_.end_token;
    bool possessive = k < limit_ && is_possessive(text(k));
    if (possessive) ++k;
    if (k >= limit_ || is_capitalised(doc_, k)) return false;  // "X President Y": X's own title
    auto title = match_title(lex_, doc_, k, limit_);
    if (!title || !executive_title(title->title)) return false;
    return possessive || (title->end_token < limit_ && is_capitalised(doc_, title->end_token));
  }

  // "chief executive of X", "leader of the X", "members of X", "Jo Reyes of the X".
  bool title_of_before() const {
    // "members of X's party": X is whose party, not the organisation.
    if (m_.end_token < limit_ && is_possessive(text(m_.end_token))) return false;
    uint32_t k = m_.first_token;
    if (k > first_ && text(k - 1) == "the") --k;
    if (k < first_ + 2 || text(k - 1) != "of") return false;
    const uint32_t of = k - 1;
    std::string before = lower_text(text(of - 1));
    if (before == "member" || before == "members") return true;
    if (k != m_.first_token && std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& p) {
          return p.type == EntityType::kPerson && p.end_token == of;
        }))
      return true;
    for (uint32_t start = of > first_ + 4 ? of - 4 : first_; start < of; ++start) {
      auto title = match_title(lex_, doc_, start, of);
      if (title && title->end_token == of && executive_title(title->title)) return true;
    }
    return false;
  }

  // "X shares", "X's headquarters", "shares of X"; a person's "Jo shares the prize" is a verb.
  bool owned_noun(bool person) const {
    uint32_t k = m_.end_token;
    if (m_.first_token > first_ + 1 && text(m_.first_token - 1) == "of" && org_noun(m_.first_token - 2, KindCue::kOwned))
      return true;
    bool possessive = k < limit_ && is_possessive(text(k));
    if (possessive) {
      if (person) return false;
      ++k;
    }
    if (k >= limit_ || !org_noun(k, KindCue::kOwned)) return false;
    return !person || k + 1 >= limit_ || !(function_word(k + 1) || lower_text(text(k + 1)) == "his" ||
                                           lower_text(text(k + 1)) == "her");
  }

  // Events and products do not speak: "Epic Games said" (but "Iraqi Kurds say": a group).
  bool speaks() const {
    if ((m_.type != EntityType::kEvent && m_.type != EntityType::kProduct) || m_.end_token >= limit_ ||
        !find_reporting_verb(lex_, text(m_.end_token)))
      return false;
    for (uint32_t t = m_.first_token; t < m_.end_token; ++t)
      if (find_nationality(lex_, text(t))) return false;
    return true;
  }

  // "Ubisoft and X", "X or Ubisoft": a conjunct of an organisation (a comma alone may be an
  // apposition: "Meng Wanzhou, Huawei's chief financial officer"). Not for a one-word person:
  // the tagger's ORG for a surname ("Rumsfeld, Wolfowitz and Feith") would spread.
  bool coordinated() const {
    auto joins = [&](uint32_t from, uint32_t to) {
      if (to == from + 1) return text(from) == "and" || text(from) == "or";
      return to == from + 2 && text(from) == "," && (text(from + 1) == "and" || text(from + 1) == "or");
    };
    auto org = [&](const Mention* o) { return o && o->type == EntityType::kOrg && o->sentence == m_.sentence; };
    // "Gary Wang, a co-founder of FTX, and X": an organisation inside a prepositional phrase
    // belongs to an apposition; the conjunct is the name before it.
    auto in_phrase = [&](const Mention* o) {
      if (o->first_token == 0) return false;
      std::string w = lower_text(text(o->first_token - 1));
      if ((w == "the" || w == "its" || w == "his" || w == "her") && o->first_token >= 2)
        w = lower_text(text(o->first_token - 2));
      return w == "of" || w == "at" || w == "for" || w == "from" || w == "with" || w == "by" || w == "in";
    };
    return (org(prev_) && !in_phrase(prev_) && prev_->end_token < m_.first_token &&
            joins(prev_->end_token, m_.first_token)) ||
           (org(next_) && m_.end_token < next_->first_token && joins(m_.end_token, next_->first_token));
  }

  const Lexicon& lex_;
  const Document& doc_;
  const Mention& m_;
  const Mention *prev_, *next_;
  const uint32_t first_, limit_;
};

// The capitalised words of the document's person names that start with a given name ("Chrystia",
// "Freeland" of "Chrystia Freeland"): a mention sharing one is that person's, not a company.
std::unordered_set<std::string_view> known_person_words(const Gazetteer& gazetteer, const Document& doc) {
  std::unordered_set<std::string_view> words;
  for (const Mention& p : doc.mentions) {
    if (p.type != EntityType::kPerson || p.end_token < p.first_token + 2 ||
        !given_name(gazetteer, token_text(doc, p.first_token)))
      continue;
    for (uint32_t t = p.first_token; t < p.end_token; ++t)
      if (is_capitalised(doc, t)) words.insert(token_text(doc, t));
  }
  return words;
}

bool retypable_as_organisation(const Gazetteer& gazetteer, const Lexicon& lexicon, const Document& doc,
                               const std::unordered_set<std::string_view>& person_words, const Mention& m) {
  if (m.source != "model") return false;
  // "New York-based": a modifier, not a name of its own.
  std::string_view last = token_text(doc, m.end_token - 1);
  if (size_t dash = last.rfind('-'); dash != std::string_view::npos && dash + 1 < last.size() &&
                                     last[dash + 1] >= 'a' && last[dash + 1] <= 'z')
    return false;
  switch (m.type) {
    case EntityType::kEvent:
    case EntityType::kProduct:
    case EntityType::kFac:
      return true;
    case EntityType::kGpe:
    case EntityType::kLoc:
      return !known_place_name(gazetteer, lexicon, doc.slice(m.span));
    case EntityType::kPerson:
      break;
    default:
      return false;
  }
  // A person: not when it starts with a given name or shares a word with a person's name that does.
  if (given_name(gazetteer, token_text(doc, m.first_token))) return false;
  for (uint32_t t = m.first_token; t < m.end_token; ++t)
    if (person_words.count(token_text(doc, t))) return false;
  return true;
}

}  // namespace

void type_organisations_by_context(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc) {
  const std::unordered_set<std::string_view> person_words = known_person_words(gazetteer, doc);
  std::vector<std::string> names;  // texts retyped by a cue
  const size_t n = doc.mentions.size();
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = doc.mentions[i];
    if (m.sentence >= doc.sentences.size() || !retypable_as_organisation(gazetteer, lexicon, doc, person_words, m)) continue;
    const Mention* prev = i > 0 ? &doc.mentions[i - 1] : nullptr;
    const Mention* next = i + 1 < n ? &doc.mentions[i + 1] : nullptr;
    if (!OrgCues(lexicon, doc, m, prev, next).any(m.type == EntityType::kPerson)) continue;
    names.emplace_back(doc.slice(m.span));
  }
  if (names.empty()) return;
  // One sense per discourse: the other mentions of a retyped name follow it.
  for (Mention& m : doc.mentions)
    if (std::find(names.begin(), names.end(), doc.slice(m.span)) != names.end() &&
        retypable_as_organisation(gazetteer, lexicon, doc, person_words, m))
      m.type = EntityType::kOrg;
}

// "the Vikram lander", "the Luna-25 probe", "the rover Pragyan", "the game Call of Duty": a name
// next to a noun for a made thing (kind_words.tsv, type PRODUCT) names that thing, unless it is
// a company the lexicon or Wikipedia knows ("a Boeing jetliner", "the Samsung smartphone") or
// a known place.
void type_products_by_kind_noun(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc) {
  auto product_noun = [&](uint32_t t) {
    const KindWord* w = find_kind_word(lexicon, token_text(doc, t), KindCue::kNoun);
    return w && w->type == EntityType::kProduct;
  };
  auto retypable = [&](const Mention& m) {
    if (m.source != "model") return false;
    if (m.type != EntityType::kOrg && m.type != EntityType::kPerson && m.type != EntityType::kGpe &&
        m.type != EntityType::kLoc && m.type != EntityType::kFac && m.type != EntityType::kEvent)
      return false;
    const std::string_view name = doc.slice(m.span);
    return !lookup(gazetteer, name, GazetteerKind::kWikiOrg) && !find_organisation(lexicon, name) &&
           !known_place_name(gazetteer, lexicon, name);
  };
  std::vector<std::string> names;
  for (const Mention& m : doc.mentions) {
    if (m.sentence >= doc.sentences.size() || !retypable(m)) continue;
    const Sentence& s = doc.sentences[sentence_of_token(doc, m.first_token)];
    const bool after = m.end_token < s.end_token && product_noun(m.end_token);
    // "the lander Vikram": the noun right before, after "the"/"a"/"its".
    const bool before = m.first_token >= s.first_token + 2 && product_noun(m.first_token - 1) &&
                        (token_text(doc, m.first_token - 2) == "the" || token_text(doc, m.first_token - 2) == "a" ||
                         token_text(doc, m.first_token - 2) == "its" || token_text(doc, m.first_token - 2) == "The");
    if (after || before) names.emplace_back(doc.slice(m.span));
  }
  if (names.empty()) return;
  // One sense per discourse, as for organisations.
  for (Mention& m : doc.mentions)
    if (retypable(m) && std::find(names.begin(), names.end(), doc.slice(m.span)) != names.end())
      m.type = EntityType::kProduct;
}

// "Democratic Republic of Congo" tagged ORG: a tagger ORG whose whole text the gazetteer lists
// as a country (ISO 3166 names and aliases, iso-codes) is the country, GPE.
void type_countries_by_gazetteer(const Gazetteer& gazetteer, Document& doc) {
  for (Mention& m : doc.mentions) {
    if (m.source != "model" || m.type != EntityType::kOrg) continue;
    std::string_view name = doc.slice(m.span);
    // "The Philippines' president": the article is not part of the country's name.
    if (name.starts_with("The ") || name.starts_with("the ")) name.remove_prefix(4);
    if (lookup(gazetteer, name, GazetteerKind::kCountry)) m.type = EntityType::kGpe;
  }
}

// "WADA said": an acronym is an organisation's name, not a person's. A one-token tagger PERSON
// of three to five capital letters, in a sentence that has lower-case words (not a shouted
// headline, where names are in capitals too), and not the gazetteer's given name, is an ORG.
void type_acronym_people(const Gazetteer& gazetteer, Document& doc) {
  for (Mention& m : doc.mentions) {
    if (m.source != "model" || m.type != EntityType::kPerson || m.end_token != m.first_token + 1 ||
        m.sentence >= doc.sentences.size())
      continue;
    std::string_view w = token_text(doc, m.first_token);
    if (w.size() < 3 || w.size() > 5 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      continue;
    const Sentence& s = doc.sentences[sentence_of_token(doc, m.first_token)];
    bool lower_words = false;
    for (uint32_t t = s.first_token; t < s.end_token && !lower_words; ++t) {
      std::string_view x = token_text(doc, t);
      lower_words = !x.empty() && x[0] >= 'a' && x[0] <= 'z';
    }
    if (lower_words && !lookup(gazetteer, w, GazetteerKind::kGivenName)) m.type = EntityType::kOrg;
  }
}

void join_team_names(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc) {
  std::vector<bool> covered = covered_tokens(doc);
  // A name word of three letters or more: not "St" of "London St Pancras".
  auto team_word = [&](uint32_t t) { return token_text(doc, t).size() >= 3 && bare_name_word(lexicon, gazetteer, doc, t); };
  bool changed = false;
  for (Mention& m : doc.mentions) {
    if (m.sentence >= doc.sentences.size() || title_case_sentence(lexicon, doc, m.sentence)) continue;
    if (m.type != EntityType::kGpe && m.type != EntityType::kOrg && m.type != EntityType::kLoc) continue;
    const uint32_t limit = doc.sentences[m.sentence].end_token;
    // The place the name starts with: the whole mention, or its first words ("Toronto" of a
    // "Toronto Maple Leafs" the tagger typed GPE).
    uint32_t place_end = m.end_token;
    while (place_end > m.first_token && !known_place_name(gazetteer, lexicon, phrase_text(doc, m.first_token, place_end)))
      --place_end;
    if (place_end == m.first_token) continue;
    uint32_t end = m.end_token;
    if (place_end == m.end_token) {
      // Free name words after the place: "Oklahoma City" + "Thunder".
      while (end < limit && end < m.end_token + 3 && !covered[end] && team_word(end)) ++end;
      if (end == m.end_token || (end < limit && is_capitalised(doc, end))) continue;
    } else if (m.type == EntityType::kOrg) {
      continue;  // already an organisation
    } else {
      for (uint32_t t = place_end; t < end; ++t)
        if (!team_word(t)) end = m.first_token;
      if (end == m.first_token) continue;
    }
    std::string_view last = token_text(doc, end - 1);
    const bool plural = last.size() > 3 && last.back() == 's' && last[last.size() - 2] != 's';
    const bool tagger_team = m.type == EntityType::kOrg && m.source == "model";
    if (!plural && !tagger_team) continue;
    for (uint32_t t = m.end_token; t < end; ++t) covered[t] = true;
    m.end_token = end;
    m.span.end = doc.tokens[end - 1].span.end;
    m.type = EntityType::kOrg;
    changed = true;
  }
  if (changed) sort_mentions(doc);
}

namespace {

// Whether tokens [a, a + n) and [b, b + n) have the same texts.
bool same_words(const Document& doc, uint32_t a, uint32_t b, uint32_t n) {
  for (uint32_t i = 0; i < n; ++i)
    if (token_text(doc, a + i) != token_text(doc, b + i)) return false;
  return true;
}

// Extends person `m` to the longer person `p` of the same document whose words it ends or
// begins, when the missing words stand next to it, free. True when it did.
bool extend_to_known_person(Document& doc, const std::vector<bool>& covered, Mention& m, const Mention& p) {
  const uint32_t n = m.end_token - m.first_token, pn = p.end_token - p.first_token;
  if (pn <= n || &p == &m) return false;
  const uint32_t first = doc.sentences[m.sentence].first_token, limit = doc.sentences[m.sentence].end_token;
  const uint32_t extra = pn - n;
  auto free = [&](uint32_t from, uint32_t to) {
    for (uint32_t t = from; t < to; ++t)
      if (covered[t]) return false;
    return true;
  };
  if (same_words(doc, m.first_token, p.end_token - n, n) && m.first_token >= first + extra &&
      same_words(doc, m.first_token - extra, p.first_token, extra) && free(m.first_token - extra, m.first_token)) {
    m.first_token -= extra;
  } else if (same_words(doc, m.first_token, p.first_token, n) && m.end_token + extra <= limit &&
             same_words(doc, m.end_token, p.first_token + n, extra) && free(m.end_token, m.end_token + extra)) {
    m.end_token += extra;
  } else {
    return false;
  }
  m.span = Span{doc.tokens[m.first_token].span.begin, doc.tokens[m.end_token - 1].span.end};
  return true;
}

}  // namespace

void complete_person_names(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc) {
  std::vector<bool> covered = covered_tokens(doc);
  // The person names of two or more words by each word, for the names they may complete.
  std::unordered_map<std::string_view, std::vector<size_t>> people;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& p = doc.mentions[i];
    if (p.type != EntityType::kPerson || p.end_token < p.first_token + 2) continue;
    for (uint32_t t = p.first_token; t < p.end_token; ++t) people[token_text(doc, t)].push_back(i);
  }
  auto mark = [&](const Mention& m, bool value) {
    for (uint32_t t = m.first_token; t < m.end_token; ++t) covered[t] = value;
  };
  for (Mention& m : doc.mentions) {
    if (m.type != EntityType::kPerson || m.source != "model" || m.sentence >= doc.sentences.size()) continue;
    mark(m, false);
    bool done = false;
    for (auto key : {token_text(doc, m.first_token), token_text(doc, m.end_token - 1)}) {
      auto it = people.find(key);
      if (it == people.end()) continue;
      for (size_t i : it->second)
        if (extend_to_known_person(doc, covered, m, doc.mentions[i])) { done = true; break; }
      if (done) break;
    }
    const uint32_t first = doc.sentences[m.sentence].first_token, limit = doc.sentences[m.sentence].end_token;
    if (!done && !title_case_sentence(lexicon, doc, m.sentence)) {
      // One free name word on either side, with no capitalised word beyond it.
      const uint32_t b = m.first_token - 1;
      // The word before it is not capitalised and opens no quotation ("Viva Zapata" is a title).
      auto opens_quote = [&](uint32_t t) {
        std::string_view w = token_text(doc, t);
        return w == "\"" || w == "``" || w == "'" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x98" || w == "(";
      };
      if (m.first_token > first && !covered[b] && bare_name_word(lexicon, gazetteer, doc, b) &&
          (b > first ? !is_capitalised(doc, b - 1) && !opens_quote(b - 1) : given_name(gazetteer, token_text(doc, b)))) {
        m.first_token = b;
      } else if (m.end_token < limit && m.end_token > m.first_token + 1 && !covered[m.end_token] &&
                 bare_name_word(lexicon, gazetteer, doc, m.end_token) &&
                 (m.end_token + 1 >= limit || !is_capitalised(doc, m.end_token + 1))) {
        ++m.end_token;
      }
      m.span = Span{doc.tokens[m.first_token].span.begin, doc.tokens[m.end_token - 1].span.end};
    }
    mark(m, true);
  }
}

void drop_lower_case_names(const Gazetteer& gazetteer, Document& doc) {
  auto lower_case = [&](const Mention& m) {
    std::string_view text = doc.slice(m.span);
    return std::none_of(text.begin(), text.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }) &&
           std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  };
  auto known_name = [&](const Mention& m) {
    std::vector<std::string_view> words;
    for (uint32_t t = m.first_token; t < m.end_token; ++t) words.push_back(token_text(doc, t));
    using K = GazetteerKind;
    for (const GazetteerMatch& g : find_matches(gazetteer, words, false))
      if (g.first == 0 && g.end == words.size() &&
          (g.entry->kind == K::kGivenName || g.entry->kind == K::kWikiPerson || g.entry->kind == K::kWikiOrg))
        return true;
    return false;
  };
  std::erase_if(doc.mentions, [&](const Mention& m) {
    return m.source == "model" && (m.type == EntityType::kOrg || m.type == EntityType::kPerson) && lower_case(m) &&
           !known_name(m);
  });
}

namespace {

std::string folded(std::string_view text) { return lower_text(text); }

// Sets the type of every mention of the tagger whose text, ignoring case, is one of `names`
// and whose type is `from`.
void retype_same_names(Document& doc, const std::vector<std::string>& names, EntityType from, EntityType to) {
  for (Mention& m : doc.mentions)
    if (m.type == from && m.source == "model" &&
        std::find(names.begin(), names.end(), folded(doc.slice(m.span))) != names.end())
      m.type = to;
}

}  // namespace

void type_dateline_places(Document& doc) {
  for (const Sentence& s : doc.sentences) {
    const uint32_t n = dateline_length(doc, s);
    if (n == 0) continue;
    // The place: the words in capitals before the first ",", "(" or dash.
    uint32_t end = s.first_token;
    while (end < s.first_token + n && is_all_caps(doc, end)) ++end;
    // A country or a credit after it ("RHODES, Greece", "RHODES (Reuters)"): a headline in
    // capitals before a dash ("RUGBY LEAGUE - WIGAN BEAT ...") has neither.
    const std::string_view after = doc.slice(doc.tokens[end].span);
    if (after != "," && after != "(") continue;
    for (Mention& m : doc.mentions) {
      if (m.first_token != s.first_token || m.end_token > end || m.source != "model") continue;
      if (m.type != EntityType::kPerson && m.type != EntityType::kProduct && m.type != EntityType::kEvent) break;
      const EntityType from = m.type;
      retype_same_names(doc, {folded(doc.slice(m.span))}, from, EntityType::kGpe);
      break;
    }
  }
}

void type_island_names(const Gazetteer& gazetteer, Document& doc) {
  auto text = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  std::vector<std::string> islands;
  for (const Mention& m : doc.mentions) {
    if (m.type != EntityType::kGpe && m.type != EntityType::kPerson && m.type != EntityType::kOrg) continue;
    const bool of_before = m.first_token >= 2 && text(m.first_token - 1) == "of" &&
                           (text(m.first_token - 2) == "island" || text(m.first_token - 2) == "islands");
    // "Corfu island", and "the Indus river": a lower-case landform noun after the name.
    const bool noun_after = m.end_token < n && (text(m.end_token) == "island" || text(m.end_token) == "islands" ||
                                                text(m.end_token) == "river");
    // An island that is a country or a province ("Okinawa", "Hainan", "Bali") is governed: GPE.
    if (lookup(gazetteer, doc.slice(m.span), GazetteerKind::kCountry) ||
        lookup(gazetteer, doc.slice(m.span), GazetteerKind::kSubdivision))
      continue;
    if (of_before || noun_after) islands.push_back(folded(doc.slice(m.span)));
  }
  if (islands.empty()) return;
  // A dateline names the town the story was filed from ("RHODES, Greece —"): that name stays GPE.
  for (const Sentence& s : doc.sentences) {
    if (dateline_length(doc, s) == 0) continue;
    for (const Mention& m : doc.mentions)
      if (m.first_token == s.first_token) std::erase(islands, folded(doc.slice(m.span)));
  }
  for (Mention& m : doc.mentions)
    if ((m.type == EntityType::kGpe || m.type == EntityType::kPerson || m.type == EntityType::kOrg) &&
        std::find(islands.begin(), islands.end(), folded(doc.slice(m.span))) != islands.end())
      m.type = EntityType::kLoc;
}

void join_facility_heads(const Gazetteer& gazetteer, Document& doc) {
  const std::vector<bool> covered = covered_tokens(doc);
  for (Mention& m : doc.mentions) {
    if (m.source != "model" || m.sentence >= doc.sentences.size() ||
        (m.type != EntityType::kPerson && m.type != EntityType::kGpe && m.type != EntityType::kOrg))
      continue;
    const uint32_t stop = std::min(doc.sentences[m.sentence].end_token, m.end_token + 3);
    uint32_t end = 0;
    for (uint32_t t = m.end_token; t < stop && !covered[t] && is_capitalised(doc, t) && has_letter(doc, t); ++t)
      if (lookup(gazetteer, token_text(doc, t), GazetteerKind::kFacHead)) end = t + 1;
    // The head ends the name: "Trump House Republicans" is no facility.
    if (end == 0 || (end < doc.sentences[m.sentence].end_token && is_capitalised(doc, end) && has_letter(doc, end)))
      continue;
    m.end_token = end;
    m.span.end = doc.tokens[end - 1].span.end;
    m.type = EntityType::kFac;
  }
}

void join_person_initials(Document& doc) {
  // "A.M.", "J.", "J.R.R.": capital letters each followed by a period.
  auto initials = [&](uint32_t t) {
    const std::string_view w = token_text(doc, t);
    if (w.size() < 2 || w.size() % 2 != 0) return false;
    for (size_t i = 0; i < w.size(); i += 2)
      if (w[i] < 'A' || w[i] > 'Z' || w[i + 1] != '.') return false;
    return true;
  };
  const std::vector<bool> covered = covered_tokens(doc);
  for (Mention& m : doc.mentions) {
    if (m.type != EntityType::kPerson || m.sentence >= doc.sentences.size()) continue;
    const uint32_t first = doc.sentences[m.sentence].first_token;
    // "the E.U. Smith said": after an article the letters are an organisation's acronym.
    auto after_article = [&](uint32_t t) {
      return t > first && (token_text(doc, t - 1) == "the" || token_text(doc, t - 1) == "The");
    };
    while (m.first_token > first && !covered[m.first_token - 1] && initials(m.first_token - 1) &&
           !after_article(m.first_token - 1)) {
      m.first_token -= 1;
      m.span.begin = doc.tokens[m.first_token].span.begin;
    }
  }
}

void join_ordinal_feature_names(const Gazetteer& gazetteer, Document& doc) {
  static constexpr std::string_view kOrdinals[] = {"First", "Second", "Third", "Fourth", "Fifth",
                                                   "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"};
  const std::vector<bool> covered = covered_tokens(doc);
  for (Mention& m : doc.mentions) {
    if (m.type != EntityType::kLoc || m.end_token < m.first_token + 2 || m.sentence >= doc.sentences.size() ||
        m.first_token <= doc.sentences[m.sentence].first_token)
      continue;
    const uint32_t before = m.first_token - 1;
    if (covered[before] || !lookup(gazetteer, token_text(doc, m.end_token - 1), GazetteerKind::kLocHead) ||
        std::find(std::begin(kOrdinals), std::end(kOrdinals), token_text(doc, before)) == std::end(kOrdinals))
      continue;
    m.first_token = before;
    m.span.begin = doc.tokens[before].span.begin;
  }
}

void type_definite_single_names(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc) {
  auto text = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  // The words of the document's longer person names ("Kabila" of "Laurent Kabila").
  std::unordered_set<std::string_view> person_words;
  for (const Mention& p : doc.mentions)
    if (p.type == EntityType::kPerson && p.end_token >= p.first_token + 2)
      for (uint32_t t = p.first_token; t < p.end_token; ++t) person_words.insert(text(t));
  std::vector<std::pair<std::string, EntityType>> retyped;
  for (const Mention& m : doc.mentions) {
    if (m.type != EntityType::kPerson || m.source != "model" || m.end_token != m.first_token + 1 ||
        m.first_token == 0)
      continue;
    const std::string_view w = text(m.first_token);
    if ((text(m.first_token - 1) != "the" && text(m.first_token - 1) != "The") || !is_capitalised(doc, m.first_token) ||
        is_all_caps(doc, m.first_token) || given_name(gazetteer, w) || person_words.count(w))
      continue;
    const bool speaks = m.end_token < n && find_reporting_verb(lexicon, text(m.end_token));
    // "the Clinton administration", "the Mobutu regime", "the Sakharov prize": a modifier. Without
    // UPOS (gold-tokenised evaluation data), any lower-case word but a function word may be a noun.
    if (m.end_token < n && !speaks) {
      const std::string& upos = doc.tokens[m.end_token].upos;
      const auto common = find_common_word(lexicon, text(m.end_token));
      const bool maybe_noun = upos.empty() && has_letter(doc, m.end_token) &&
                              !(common && *common == WordClass::kFunction);
      if (upos == "NOUN" || upos == "PROPN" || maybe_noun || is_possessive(text(m.end_token)) ||
          is_capitalised(doc, m.end_token))
        continue;
    }
    EntityType type = EntityType::kFac;
    if (speaks) type = EntityType::kOrg;
    else if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'i') type = EntityType::kLoc;
    retyped.emplace_back(std::string(w), type);
  }
  for (const auto& [name, type] : retyped)
    for (Mention& m : doc.mentions)
      if (m.type == EntityType::kPerson && m.source == "model" && m.end_token == m.first_token + 1 &&
          text(m.first_token) == name)
        m.type = type;
}

void type_unknown_acronym_places(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc) {
  for (Mention& m : doc.mentions) {
    if ((m.type != EntityType::kGpe && m.type != EntityType::kLoc) || m.source != "model" ||
        m.end_token != m.first_token + 1)
      continue;
    const std::string_view w = doc.slice(m.span);
    if (w.size() < 3 || w.size() > 5 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      continue;
    // A place in capitals: a country, subdivision or region, a city of 100,000 people or more
    // (not "Tui", a Spanish town of 17,000, for the tour operator), or one the lexicon knows.
    using K = GazetteerKind;
    const GazetteerEntry* city = lookup(gazetteer, w, K::kCity);
    if (find_place(lexicon, w) || lookup(gazetteer, w, K::kCountry) || lookup(gazetteer, w, K::kSubdivision) ||
        lookup(gazetteer, w, K::kRegion) || (city && city->population >= 100000))
      continue;
    // A dateline's place in capitals ("LINDOS —") is a place.
    const Sentence& s = doc.sentences[sentence_of_token(doc, m.first_token)];
    if (m.first_token == s.first_token && dateline_length(doc, s) > 0) continue;
    m.type = EntityType::kOrg;
  }
}

void tag_appositive_organisations(const Lexicon& lexicon, Document& doc) {
  std::vector<bool> covered = covered_tokens(doc);
  std::vector<Mention> found;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    if (is_headline(doc, s)) continue;
    for (uint32_t t = sent.first_token + 1; t < sent.end_token; ++t) {
      if (covered[t] || !is_capitalised(doc, t) || is_capitalised(doc, t - 1)) continue;
      uint32_t end = t;
      while (end < sent.end_token && !covered[end] && is_capitalised(doc, end) && end < t + 4) ++end;
      const std::string_view first = doc.slice(doc.tokens[t].span);
      // One common word ("Monday, the company said") is no name; in a longer run it may start
      // one ("Top Shine Global, an investor").
      auto common = find_common_word(lexicon, first);
      const bool function = common && (*common == WordClass::kFunction || *common == WordClass::kPronoun);
      if (end >= sent.end_token || doc.slice(doc.tokens[end].span) != "," || function ||
          (common && end == t + 1) || find_nationality(lexicon, first) || find_title(lexicon, first)) {
        t = end;
        continue;
      }
      Mention m;
      m.first_token = t;
      m.end_token = end;
      m.span = Span{doc.tokens[t].span.begin, doc.tokens[end - 1].span.end};
      m.sentence = s;
      m.type = EntityType::kOrg;
      m.confidence = 0.6f;
      m.source = "rule";
      if (OrgCues(lexicon, doc, m, nullptr, nullptr).appositive()) found.push_back(m);
      t = end;
    }
  }
  for (Mention& m : found) doc.mentions.push_back(std::move(m));
  sort_mentions(doc);
}

void tag_speaking_surnames(const Lexicon& lexicon, Document& doc) {
  auto text = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  std::unordered_set<std::string_view> surnames;  // last words of person names of 2+ words
  for (const Mention& p : doc.mentions)
    if (p.type == EntityType::kPerson && p.end_token >= p.first_token + 2 && is_capitalised(doc, p.end_token - 1))
      surnames.insert(text(p.end_token - 1));
  if (surnames.empty()) return;
  auto speaks = [&](uint32_t t) {
    return (t + 1 < n && find_reporting_verb(lexicon, text(t + 1))) ||
           (t > 0 && find_reporting_verb(lexicon, text(t - 1)) && (t + 1 >= n || !is_capitalised(doc, t + 1)));
  };
  std::vector<int32_t> mention_at(n, -1);
  for (size_t i = 0; i < doc.mentions.size(); ++i)
    for (uint32_t t = doc.mentions[i].first_token; t < doc.mentions[i].end_token && t < n; ++t)
      mention_at[t] = static_cast<int32_t>(i);
  std::vector<Mention> found;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    for (uint32_t t = doc.sentences[s].first_token; t < doc.sentences[s].end_token; ++t) {
      if (!surnames.count(text(t)) || !speaks(t)) continue;
      if (mention_at[t] >= 0) {
        Mention& m = doc.mentions[mention_at[t]];
        if (m.type == EntityType::kNorp && m.end_token == m.first_token + 1) m.type = EntityType::kPerson;
        continue;
      }
      Mention m;
      m.first_token = t;
      m.end_token = t + 1;
      m.span = doc.tokens[t].span;
      m.sentence = s;
      m.type = EntityType::kPerson;
      m.confidence = 0.6f;
      m.source = "rule";
      found.push_back(m);
    }
  }
  for (Mention& m : found) doc.mentions.push_back(std::move(m));
  sort_mentions(doc);
}

void join_state_names(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc) {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (Mention& m : doc.mentions) {
    if (m.type != EntityType::kGpe || m.end_token >= n || doc.slice(doc.tokens[m.end_token].span) != "state") continue;
    const std::string_view name = doc.slice(m.span);
    const Place* city = find_place(lexicon, name);
    if (!lookup(gazetteer, name, GazetteerKind::kSubdivision) || !city || city->country.empty()) continue;
    // "the Ankara state security prosecutor": "state" modifies the noun after it.
    if (m.end_token + 1 < n && (doc.tokens[m.end_token + 1].upos == "NOUN" || doc.tokens[m.end_token + 1].upos == "ADJ"))
      continue;
    m.end_token += 1;
    m.span.end = doc.tokens[m.end_token - 1].span.end;
  }
}

}  // namespace newsgraph::extractor
