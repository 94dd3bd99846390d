// The team-written word lists behind the rule stages: titles, places, nationalities,
// organisations, organisation/facility words, reporting verbs, event triggers, common words.
//
// The rule NER (extractor/ner_rules.h), alias resolution (extractor/alias.h), relations
// (extractor/relations.h), events (extractor/events.h) and quotes (extractor/quotes.h) read
// one Lexicon. It is loaded once from `model_dir + "/lexicon/*.tsv"`:
//
//   titles.tsv           "prime minister" -> Prime Minister, head_of_government
//                        (plus, generated at load, "vice/deputy/assistant/associate X" for each
//                        title X not listed with the prefix: "Vice Premier", an official)
//   places.tsv           countries, cities, regions: type, country, aliases, national offices
//   nationalities.tsv    "Canadians" -> group Canadian, place Canada (OntoNotes NORP)
//   organisations.tsv    well-known organisations, facilities, named events, with aliases
//   org_words.tsv        "Inc." suffix ORG, "Ministry" head ORG, "Airport" suffix FAC, ...
//   reporting_verbs.tsv  "said" -> say
//   event_triggers.tsv   "talks" NOUN -> MEET, CAMEO 04, frame meet
//   common_words.tsv     words that are never a name on their own ("The", "Friday")
//   kind_words.tsv       words that say what a name is: "Hôtel" starts a FAC, "carmaker X" is
//                        an ORG, "X shares" an ORG
//
// Each file is UTF-8, tab-separated, one entry a line; lines starting with '#' and blank lines
// are comments. Each file's header comment documents its columns. The lists are written by the
// Newsgraph team from general knowledge of news English and world affairs (CC0); they name no
// entity of one particular article more than any other.
//
//   Lexicon lex;
//   if (auto err = load_lexicon(model_dir(), &lex)) { ... err->file, err->line ... }
//   if (const Place* p = find_place(lex, "U.S.")) { ... p->name == "United States" ... }
//
// Thread safety: a loaded Lexicon is immutable; share one across threads.
#ifndef NEWSGRAPH_EXTRACTOR_LEXICON_H_
#define NEWSGRAPH_EXTRACTOR_LEXICON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "corpus/article.h"
#include "extractor/document.h"
#include "extractor/gazetteer.h"

namespace newsgraph::extractor {

// What a title says about its holder (titles.tsv, column `role`).
enum class TitleRole : uint8_t {
  kHeadOfState, kHeadOfGovernment, kLeader, kRoyalty,  // leader_of the country/organisation
  kExecutiveHead, kExecutive,                           // works_for the organisation
  kMinister, kOfficial, kDiplomat, kLegislator, kJudge, kMilitary, kReligious,
  kHonorific,                                           // "Mr.", "Dr.": no relation
};

// True for the roles that make leader_of (head of state or government, leader, royalty).
bool is_leader_role(TitleRole role);
// True for the roles that make works_for an organisation (executive_head, executive).
bool is_executive_role(TitleRole role);

struct Title {
  std::string canonical;  // "Prime Minister"
  TitleRole role = TitleRole::kOfficial;
};

struct Place {
  std::string name;                   // canonical: "United States"
  EntityType type = EntityType::kGpe;  // kGpe or kLoc
  std::string country;                // for cities/regions: canonical country name; else empty
  std::vector<std::string> aliases;   // other surface forms: "US", "U.S.", "America"
  std::vector<std::string> offices;   // countries: canonical titles of national leaders
};

struct Nationality {
  std::string group;  // canonical group name: "Canadian" for "Canadian" and "Canadians"
  std::string place;  // canonical place name it stands for ("Canada"), or empty
};

struct Organisation {
  std::string name;                    // canonical: "Asia-Pacific Economic Cooperation"
  EntityType type = EntityType::kOrg;  // kOrg, kFac or kEvent
  std::vector<std::string> aliases;    // "APEC"
  std::string place;                   // canonical place it is located/headquartered in, or empty
};

// Where an organisation/facility word stands in its phrase (org_words.tsv).
enum class WordPosition : uint8_t { kSuffix, kHead, kBoth };

struct OrgWord {
  EntityType type = EntityType::kOrg;
  WordPosition position = WordPosition::kSuffix;
};

// How an event's participants are read from its clause (event_triggers.tsv, column `frame`).
enum class EventFrame : uint8_t { kTransitive, kMeet, kVisit, kSanction, kAccuse };

struct EventTrigger {
  std::string lemma;  // "talks"
  bool noun = false;  // NOUN (true) or VERB (false)
  std::string type;   // "MEET"
  std::string cameo;  // "04", or empty
  EventFrame frame = EventFrame::kTransitive;
};

enum class WordClass : uint8_t { kFunction, kAdverb, kPronoun, kWeekday, kMonth, kInterjection };

// How a kind word (kind_words.tsv) says what a name is.
enum class KindCue : uint8_t {
  kLead,   // starts the name, case-sensitive: "Hôtel Matignon" FAC, "Real Madrid" ORG
  kNoun,   // lower-case noun for a thing of the type: "carmaker X", "X, the company", "the X party"
  kOwned,  // lower-case noun for what only the type has: "X shares", "shares of X"
};

struct KindWord {
  EntityType type = EntityType::kOrg;
  KindCue cue = KindCue::kNoun;
};

struct Lexicon {
  // Keys of the phrase maps are surface forms as phrase_text() writes them: whitespace runs
  // collapsed to one space, curly apostrophes straightened.
  std::unordered_map<std::string, Title> titles;  // key lower-case: "prime minister"
  std::vector<Place> places;
  std::unordered_map<std::string, uint32_t> place_index;  // name or alias -> places[i]
  std::unordered_map<std::string, Nationality> nationalities;
  std::vector<Organisation> organisations;
  std::unordered_map<std::string, uint32_t> organisation_index;  // name or alias -> [i]
  std::unordered_map<std::string, OrgWord> org_words;            // case-sensitive word
  std::unordered_map<std::string, std::string> reporting_verbs;  // lower-case form -> lemma
  std::unordered_map<std::string, std::vector<EventTrigger>> trigger_forms;   // lower form
  std::unordered_map<std::string, std::vector<EventTrigger>> trigger_lemmas;  // lemma
  std::unordered_map<std::string, WordClass> common_words;       // lower-case word
  std::unordered_map<std::string, KindWord> kind_words;          // word as listed
  std::unordered_set<std::string> title_first_words;  // lower-case first word of each title
  // The first word, as written, of every place, nationality and organisation name or alias: a
  // token that is none starts no lexicon name (the rule stage's cheap test before its phrase
  // lookups).
  std::unordered_set<std::string> name_first_words;
  uint32_t longest_title = 1;  // in words
  uint32_t longest_name = 1;   // in words, over places, nationalities, organisations
  // Demonyms of the NER gazetteer whose country is one of `places` ("Albanian" -> "Albania",
  // "Saudi Arabian" -> "Saudi Arabia"): the fallback of nationality_place() for the words
  // nationalities.tsv does not list. Filled by add_gazetteer_demonyms(); not used for tagging.
  std::unordered_map<std::string, std::string> demonym_places;
  // First-level subdivisions of the NER gazetteer (ISO 3166-2, GeoNames admin1: "Idaho",
  // "Nova Scotia") -> the canonical name of their country in `places`, for the names places.tsv
  // does not list and that name one country only (not a country themselves: "Georgia").
  // Filled by add_gazetteer_subdivisions(); read by the relation stage ("BOISE, Idaho"), not
  // used for tagging.
  std::unordered_map<std::string, std::string> subdivision_countries;
};

// Loads every list from `model_dir + "/lexicon/"`. Returns nullopt on success, else the error:
// `file` names the file, `line` the 1-based line of a malformed entry (wrong column count, an
// unknown type/role/position/frame, a place/organisation reference to an unknown place); a
// missing file has line 0. Not thread-safe with itself; *out is replaced.
std::optional<corpus::InputError> load_lexicon(const std::string& model_dir, Lexicon* out);

// Adds to lex->places every country of `gaz` (GazetteerKind::kCountry entries grouped by
// canonical name: "Gabon", "Gabonese Republic") none of whose names places.tsv already lists,
// as a GPE with the other names as aliases and offices {"President", "Prime Minister"} (the
// two national leader titles most countries have; places.tsv lists the exact ones for the
// countries it knows). Without it a country missing from places.tsv is invisible to the
// relation stage, and a bare "President Bongo" in an article about Gabon went to France, the
// one listed country it named. Call before add_gazetteer_demonyms().
void add_gazetteer_countries(const Gazetteer& gaz, Lexicon* lex);

// What load_pipeline() does after loading the lexicon and the NER gazetteer: the above and
// add_gazetteer_subdivisions(), countries first (so that the demonyms and regions of the added
// countries link). Every tool that
// builds the NER stage or the relation stage outside the pipeline calls this too.
void complete_lexicon(const Gazetteer& gaz, Lexicon* lex);

// Fills lex->subdivision_countries from the gazetteer's subdivisions (GazetteerKind::
// kSubdivision, country = ISO code, mapped through its kCountry entries to a country of
// `places`). Call after add_gazetteer_countries().
void add_gazetteer_subdivisions(const Gazetteer& gaz, Lexicon* lex);

// Copies into lex->demonym_places every demonym of `gaz` (GazetteerKind::kDemonym, canonical
// = country name) whose country find_place() knows and that nationalities.tsv does not list.
// The gazetteer is built by tools/build_gazetteers.py (demonyms team-written, CC0).
void add_gazetteer_demonyms(const Gazetteer& gaz, Lexicon* lex);

// ---- Lookups. Each takes a surface form as phrase_text() writes it. ---------------------

const Title* find_title(const Lexicon& lex, std::string_view phrase);  // case-insensitive
const Place* find_place(const Lexicon& lex, std::string_view phrase);  // case-sensitive
const Nationality* find_nationality(const Lexicon& lex, std::string_view phrase);
// The canonical country a nationality word stands for ("Canadians" -> "Canada"): its
// nationalities.tsv entry, else the gazetteer demonym; nullptr for groups without a place
// ("Liberal", "Muslim") and unknown words.
const std::string* nationality_place(const Lexicon& lex, std::string_view phrase);
// The country of a first-level subdivision ("Idaho" -> "United States"), or nullptr.
const std::string* subdivision_country(const Lexicon& lex, std::string_view phrase);
const Organisation* find_organisation(const Lexicon& lex, std::string_view phrase);
const OrgWord* find_org_word(const Lexicon& lex, std::string_view word);
// The lemma of a reporting verb form ("said" -> "say"), or nullptr. Case-insensitive.
const std::string* find_reporting_verb(const Lexicon& lex, std::string_view word);
// The class of a common word: matches the lower-case word and its capitalised form ("The"),
// never an all-caps form ("US" is not "us") except an interjection of three or more bytes
// ("FYI", "P.S."). nullopt when not a common word.
std::optional<WordClass> find_common_word(const Lexicon& lex, std::string_view word);
// The kind word `word` is, with the cue `cue`: lead words match as written, nouns and owned
// nouns only in lower case ("Party" in "Green Party" is no cue). nullptr when none.
const KindWord* find_kind_word(const Lexicon& lex, std::string_view word, KindCue cue);
// The event triggers of a token: by Token::lemma when set, else by its lower-cased form. A
// form can be both a verb and a noun ("visit"); `noun` selects, nullopt accepts both (the
// first listed wins). nullptr when none.
const EventTrigger* find_trigger(const Lexicon& lex, const Document& doc, uint32_t token,
                                 std::optional<bool> noun = std::nullopt);

// ---- Token helpers shared by the rule stages. ---------------------------------------------

// The text of tokens [first, end) with each inter-token gap written as one space if it holds
// whitespace and as nothing otherwise; curly apostrophes straightened. "People’s" -> "People's".
std::string phrase_text(const Document& doc, uint32_t first, uint32_t end);
// Lower-cases UTF-8 text (ICU root locale).
std::string lower_text(std::string_view text);
// True when the token's first character is an upper-case letter ("Carney", "US", "Élysée").
bool is_capitalised(const Document& doc, uint32_t token);
// True when the token has at least two letters and all its letters are upper case ("APEC",
// "U.S.").
bool is_all_caps(const Document& doc, uint32_t token);
// True when the token holds at least one letter.
bool has_letter(const Document& doc, uint32_t token);
// The sentence index of a token (binary search over doc.sentences).
uint32_t sentence_of_token(const Document& doc, uint32_t token);

// A title that starts at `token` and ends before `limit`: the longest match.
struct TitleMatch {
  const Title* title = nullptr;
  uint32_t end_token = 0;  // one past its last token
};
std::optional<TitleMatch> match_title(const Lexicon& lex, const Document& doc, uint32_t token,
                                      uint32_t limit);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_LEXICON_H_
