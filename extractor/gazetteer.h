// Gazetteers: lists of names (countries, subdivisions, cities, demonyms, given names) and of
// head words (organisation heads "Bank", facility heads "Airport", ...) for named-entity
// recognition and typing.
//
// The NER tagger uses them as features (a token inside a country name, a city of more than
// 100,000 people, a word that heads company names) and to refine its CoNLL-style types into
// OntoNotes ones (LOC -> GPE for countries and cities, MISC -> NORP for demonyms). The
// relations stage uses lookup() to map a demonym to its country ("Canadian" -> Canada).
//
//   Gazetteer gaz;
//   if (auto err = load_gazetteer("extractor/models/gazetteers/gazetteer.tsv", &gaz)) ...;
//   const GazetteerEntry* e = lookup(gaz, "Canadian", GazetteerKind::kDemonym);
//   // e->canonical == "Canada", e->country == "CA"
//
// Matching. Phrases are compared token by token (tokens separated by single spaces, as the
// segmenter splits them: "Canada 's", "U.S."), case-insensitively for ASCII letters, with two
// guards against common words: a phrase that has an upper-case letter never matches text that
// has none ("reading" is not the city Reading), and an all-capitals phrase ("US", "AG") only
// matches all-capitals text ("us" and "Us" are not the United States).
//
// Data: built by tools/build_gazetteers.py from Debian's iso-codes (ISO 3166-1/2/3, LGPL-2.1+)
// and GeoNames (cities of 15,000+ people and capitals, admin1 names; CC BY 4.0, "Contains data
// from GeoNames (geonames.org)"), plus lists written for this project (demonyms, NORP groups,
// regions, head words, titles, given names), and names linked in Wikipedia from WikiANN's
// English train split (Pan et al. 2017; research use). See extractor/models/gazetteers/LICENSE.md.
//
// File format: UTF-8, first line "# newsgraph-gazetteer 1", then one entry per line:
//   phrase<TAB>kind<TAB>country<TAB>population<TAB>canonical
//
// Thread safety: a loaded Gazetteer is immutable; share one across threads.
#ifndef NEWSGRAPH_EXTRACTOR_GAZETTEER_H_
#define NEWSGRAPH_EXTRACTOR_GAZETTEER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corpus/article.h"
#include "extractor/hash_table.h"

namespace newsgraph::extractor {

enum class GazetteerKind : uint8_t {
  kCountry,      // "Canada", "U.S.", "Soviet Union"             -> GPE
  kSubdivision,  // "Ontario", "Bavaria" (ISO 3166-2, admin1)     -> GPE
  kCity,         // "Ottawa" (GeoNames, population >= 15,000)     -> GPE
  kRegion,       // "Middle East", "Balkans", "Red Sea"           -> LOC
  kDemonym,      // "Canadian", "Canadians" (country in `country`) -> NORP
  kNorp,         // "Muslim", "Republicans", "Western"            -> NORP
  kGivenName,    // "Mark", "Xi"
  kOrgHead,      // last word of organisation names: "Bank", "Inc.", "Ministry"
  kFacHead,      // "Airport", "Bridge", "Hall"
  kLocHead,      // "River", "Mountains", "Sea"
  kEventHead,    // "War", "Cup", "Olympics", "Summit"
  kLawHead,      // "Act", "Treaty", "Constitution"
  kTitle,        // "President", "Mr.", "Prime Minister"
  kWikiPerson,   // names linked as people in Wikipedia (WikiANN): "Barack Obama"
  kWikiOrg,      // ... as organisations: "Google", "Manchester United"
  kWikiPlace,    // ... as places: "Empire State Building"
};
inline constexpr int kGazetteerKindCount = 16;

// "country", "subdivision", ... as in the file; parse returns nullopt for unknown names.
std::string_view gazetteer_kind_name(GazetteerKind kind);
std::optional<GazetteerKind> parse_gazetteer_kind(std::string_view name);

struct GazetteerEntry {
  std::string phrase;       // tokens separated by single spaces, case as listed
  GazetteerKind kind = GazetteerKind::kCountry;
  std::string country;      // ISO 3166-1 alpha-2 ("CA"), empty when none
  uint32_t population = 0;  // GeoNames population for cities, else 0
  std::string canonical;    // the name it stands for: "Canadian" -> "Canada"
};

struct Gazetteer {
  std::vector<GazetteerEntry> entries;
  // ASCII-lower-cased phrase -> indices into `entries` (empty for a proper prefix of some
  // phrase, "new" for "new york", kept so that matching stops where no phrase continues).
  std::unordered_map<std::string, std::vector<uint32_t>> by_key;
  uint32_t max_tokens = 0;
  // The same keys for find_matches, the NER tagger's hot loop: the keys' 64-bit FNV-1a hashes
  // -> index into `key_ids` (the key's entries, empty for a proper prefix; two keys with one
  // hash share one list). Built by parse_gazetteer.
  HashTable64 key_hashes;
  std::vector<std::vector<uint32_t>> key_ids;
};

// Reads a gazetteer file. Errors (missing file, wrong header, a malformed line) name the file
// and the 1-based line; `out` is left empty on error.
std::optional<corpus::InputError> load_gazetteer(const std::string& path, Gazetteer* out);
// The same from the file's content; `name` is used in error messages.
std::optional<corpus::InputError> parse_gazetteer(std::string_view content, const std::string& name,
                                                  Gazetteer* out);

// Whether `text` (tokens separated by single spaces) may be matched by entry `e` under the
// case guards above.
bool case_compatible(std::string_view text, const GazetteerEntry& e);

// The entries of `kind` whose phrase matches `text` (tokens separated by single spaces); the
// one with the largest population first for cities. Empty when none.
std::vector<const GazetteerEntry*> lookup_all(const Gazetteer& gaz, std::string_view text);
// The first entry of `kind` matching `text`, or nullptr. Cities: the most populous.
const GazetteerEntry* lookup(const Gazetteer& gaz, std::string_view text, GazetteerKind kind);

// A match of an entry over tokens [first, end).
struct GazetteerMatch {
  uint32_t first = 0, end = 0;
  const GazetteerEntry* entry = nullptr;
};

// Every match of every entry over `tokens` (each a token's text), at most one per
// (start, length, kind): the most populous for cities. Sorted by `first`, then longer first.
// Cost: one hash probe per token, plus one per following token while the words so far are a
// phrase or the beginning of one.
// With `case_guards` false, entries also match text the guards above would refuse ("tampa
// bay" for "Tampa Bay", "us" for "US"): the NER tagger's features for lower-case web text.
std::vector<GazetteerMatch> find_matches(const Gazetteer& gaz, const std::vector<std::string_view>& tokens,
                                         bool case_guards = true);

// ASCII lower-casing (bytes >= 0x80 unchanged).
std::string ascii_lower(std::string_view s);
// The key phrases are matched under: ASCII lower case, or ICU's root-locale lower case when
// `s` has a non-ASCII byte ("BRASÍLIA" -> "brasília"). UTF-8 in and out.
std::string match_key(std::string_view s);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_GAZETTEER_H_
