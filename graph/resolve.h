// Cross-article entity resolution: which canonical entity of the store an in-article entity
// (extractor::Entity, the output of in-article coreference) is.
//
// Names are compared by their key: normalise_name(), and for a PERSON also without leading
// titles (person_key: "President Xi" -> "xi", "Prime Minister Mark Carney" -> "mark carney").
//
// Method (deterministic, conservative, in this order):
//   0. the journalist's corrections (`entity_overrides`, written by `newsgraph merge` and
//      `newsgraph split`, graph/corrections.h): a `merge` override sends an entity whose name
//      key is the override's to its entity (decision `manual`); a `split` override keeps such
//      an entity out of its entity, whatever the rules below say;
//   1. same knowledge-base id (Entity::kb), when both have one;
//   2. same name key and a compatible type: equal, or both in {GPE, LOC} (the contract's
//      lenient pair: "Beijing" is tagged either way). Two or more such entities (kept apart
//      before) are told apart by location evidence, else the decision is `ambiguous`;
//   3. an alias link, when it names exactly one compatible entity: the article's name is an
//      alias of a stored entity ("Carney" -> "Mark Carney"), or a stored entity's name is an
//      alias of the article's entity (stored "Carney", article "Mark Carney" with alias
//      "Carney"; the canonical name then becomes the longer one); for PERSONs, when no alias
//      links, also the article's one-word name as the rest of a stored name after its first
//      word ("Guevara" -> "Che Guevara"), or, after a title (a title marks a family name), as
//      its first word ("President Xi" -> "Xi Jinping": family names come first in Chinese
//      names); not an untitled first word (a given name), nor a stored one-word name inside
//      the article's longer one (that would rename the stored entity on a guess). A stored
//      one-word PERSON name that is the first word of the article's longer name is a given
//      name, and no alias link either ("Harry", stored from "Prince Harry", is not "Harry
//      Redknapp"), unless a political title stood before one of its stored mentions or in
//      its stored name ("President Xi" -> "Xi Jinping"); royal and religious titles
//      ("Prince", "Queen", "Pope", "Sister", "Sir") are followed by given names. A GPE or
//      LOC named "X state" (city, province, county, region, district) makes no alias link
//      through its bare alias "X", nor is "X" filed as its alias for later articles:
//      "Washington State" is not the city "Washington", in either order. Accents
//      do not keep names apart here: an accented alias is also stored under its key without
//      accents (fold_accents), and an accented name also looks for that key, so "José
//      Ramos-Horta" and "Jose Ramos-Horta" link in either order (rule 2's keys keep accents);
//   4. otherwise a new canonical entity: `ambiguous` when two or more alias candidates remain
//      (named in the reason), `conflict` when the only candidates were ruled out by evidence,
//      `new` when nothing matched.
// Rule 3 joins an all-capitals ORG name with a LAW, EVENT or FAC (alias_types_compatible).
// After an article's entities are resolved, its writer (graph/store.cpp) also joins a stored
// entity named by an acronym the article defines ("North American Free Trade Agreement
// (NAFTA)") when an earlier article left that acronym an entity of its own: decision `alias`,
// reason "alias link made later: ...".
// Evidence that two are different (rules 1-3 drop such a candidate and the reason says why):
//   - different knowledge-base ids;
//   - for ORG and FAC (banks, city halls: names that many places share), conflicting location
//     evidence: the article says the entity is located_in / headquartered_in places none of
//     which the stored entity's located_in / headquartered_in facts name (each side widened
//     by one located_in / part_of hop known to the store, so "Springfield" and "Illinois"
//     agree once the store knows Springfield is in Illinois). No evidence on a side is no
//     conflict;
//   - for an ORG whose name is a generic government body, legislature or party
//     (is_generic_body: "Commerce Ministry", "Supreme Court", "National Assembly", "Senate",
//     "Democratic Party", "Social Democrats"), the country its articles state: the
//     article's side is the places it is located_in, else the GPEs it is part_of or that its
//     mentions name ("China's Commerce Ministry"); the stored side is its located_in /
//     headquartered_in / part_of facts, else the GPEs its aliases start with or that stand
//     right before its stored mentions. Both sides widened as above; countries that do not
//     meet are a `conflict`. When neither side states a country, their datelines stand for
//     it (PlaceEvidence::dateline; the stored side: the dateline places of the articles of
//     its mentions that name a stored GPE): "PARIS —" and "SEOUL —" National Assemblies are a
//     `conflict`. The store has no gazetteer, so two cities of one country agree only when a
//     stored located_in / part_of fact links them: a generic "Senate" datelined WASHINGTON
//     and one datelined NEW YORK are kept apart. A stated country is never weighed against a
//     dateline (a WASHINGTON story tells of the Commerce Ministry in Beijing).
//     Before all that, when both sides have them, the extractor's countries decide
//     (extractor/country_context.h, ISO codes; PlaceEvidence::country, stored per in-article
//     entity in entity_merges.country with its source): the country the article states for
//     the entity ("South Korea's Democratic Party", "Democratic Party of Korea") or else the
//     article's country context (its dateline's place through the GeoNames gazetteer, else
//     the country it names clearly most). The candidate's side is the set of countries of
//     its stored in-article entities. A shared country agrees ("Democratic Party" of two US
//     articles merges); none shared is a `conflict` ("Democratic Party" datelined SEOUL and
//     one datelined HONG KONG) only when the countries the two sides may mean do not meet
//     either: a side whose country is only its article's context may mean any country its
//     article names (articles.named_countries: a WASHINGTON story about Beijing's Commerce
//     Ministry names China; stories about Lebanon and about China that both name the US may
//     both mean the US State Department), except a party, legislature or court
//     (is_domestic_body) whose context is its story's dateline: an unstated "Democratic
//     Party" of a SEOUL story is South Korea's, whatever other countries the story names;
//     else it decides nothing. The same
//     check covers an ORG or NORP named by a generic party's members (is_generic_party_member:
//     the French "Republicans" and the US ones). Rows stored before schema version 3 have no
//     country; then the name-based evidence below decides.
//     No stated country or dateline on a side is no conflict: the article's
//     most-mentioned GPE was tried as evidence and split more right merges than wrong ones
//     (a US court in a Newark story; China's ministry in a story mostly about Canada).
// Every decision is a row of `entity_merges` (article, in-article id, canonical id, decision,
// reason), so a later `merge`/`split` can move in-article entities between canonical ones.
//
// Thread safety: functions of the connection they are given; call from the writer only.
#ifndef NEWSGRAPH_GRAPH_RESOLVE_H_
#define NEWSGRAPH_GRAPH_RESOLVE_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/document.h"
#include "graph/sqlite.h"

namespace newsgraph::graph {

// The lookup key of a name: Unicode case folding (ICU), a leading "the " dropped, a trailing
// possessive ('s, ’s) dropped, dots removed, runs of white space made one space, trimmed.
// "The U.S." -> "us"; "Canada's" -> "canada"; "Mark  CARNEY" -> "mark carney".
std::string normalise_name(std::string_view name);

// `text` (UTF-8) without its accents: canonical decomposition (NFD, ICU Normalizer2), then
// every non-spacing mark dropped: "sébastien lecornu" -> "sebastien lecornu", "peña" ->
// "pena". For lookups of a name typed without its accents; name keys keep them.
std::string fold_accents(std::string_view text);

// The key of a name of an entity of `type` (an OntoNotes name, "PERSON"): normalise_name(),
// and for PERSON leading titles dropped (person_key). entities.norm_name holds this key.
std::string name_key(std::string_view name, std::string_view type);

// Drops leading titles and honorifics from a normalised PERSON name while a word remains:
// "president xi" -> "xi", "prime minister mark carney" -> "mark carney", "dr" -> "dr". The
// title words are this project's own list (heads of state and government, ministers,
// legislators, judges, royalty, clergy, military ranks, executives, Mr/Mrs/Ms/Dr/Sir).
std::string person_key(std::string_view norm);

// How reasons and messages name a canonical entity: "#3 'Xi Jinping'".
std::string entity_label(int64_t id, std::string_view name);

// Equal types, or both GPE/LOC.
bool types_compatible(std::string_view a, std::string_view b);

// True for a name written as an acronym: 2 to 8 ASCII capital letters ("NAFTA", "WTO").
bool is_acronym(std::string_view name);

// The types an alias link may join (rule 3): types_compatible(), or an ORG named by an
// acronym (all capitals, 2 to 8 letters: "NAFTA", "WTO") with a LAW, EVENT or FAC, since
// taggers type a treaty's or summit's acronym as an organisation ("NAFTA" ORG in one
// article, "North American Free Trade Agreement (NAFTA)" LAW in another). The same rule
// joins them within an article (extractor/alias.h). `a_name`, `b_name`: the names (UTF-8).
bool alias_types_compatible(std::string_view a_type, std::string_view a_name,
                            std::string_view b_type, std::string_view b_name);

struct MergeDecision {
  int64_t entity_id = 0;
  std::string decision;  // "manual", "kb", "name", "alias", "conflict", "ambiguous", "new"
  std::string reason;    // human-readable: "alias link between 'Carney' and #1 'Mark Carney'"
  bool created = false;  // a new canonical entity was inserted
};

// What the article says about where an in-article entity is; each a list of normalised
// names (normalise_name), empty when the article says nothing of the kind.
struct PlaceEvidence {
  // Places it is located_in / headquartered_in (relations whose subject it is).
  std::vector<std::string> locations;
  // The GPEs it is part_of, the first word of an alias, and the word right before a name
  // mention (country_word_before), when they name a GPE of the article ("China's Commerce
  // Ministry" -> "china"): the country the article states for a generic government body.
  std::vector<std::string> stated_country;
  // The article's dateline places (dateline_places) that name a GPE of the article, and the
  // GPEs the article says those are located_in / part_of: the country of a generic body
  // when neither side states one ("PARIS — ..." -> "paris").
  std::vector<std::string> dateline;
  // The entity's country by the extractor (extractor/country_context.h): the one the article
  // states for it (source "stated": "South Korea's Democratic Party"), else the article's
  // country context (source "dateline" or "named"); ISO 3166-1 alpha-2, empty when none.
  extractor::CountryEvidence country;
  // Every country the article names (ISO codes): a context that is only the article's does
  // not conflict with a country the article also names.
  std::vector<std::string> named_countries;
};

// The places of an article's dateline (extractor::dateline_place_texts), each normalised
// (normalise_name): the words before the first dash (em or en dash, " - ") of the first line
// of `text` (UTF-8, the article's body), split at commas, when the first is written in
// capitals (no ASCII lower-case letter):
// "PARIS — The ..." -> {"paris"}; "GYEONGJU, South Korea — ..." -> {"gyeongju", "south
// korea"}; "OTTAWA (Reuters) - ..." -> {"ottawa"}; empty when the text opens otherwise.
std::vector<std::string> dateline_places(std::string_view text);

// The normalised word that ends `text` when white space separates it from what follows
// (the text before a mention): "... said China's " -> "china"; "" when none.
std::string country_word_before(std::string_view text);

// True for a name key made only of generic government-body words with a head noun
// ("commerce ministry", "supreme court", "parliament", "central bank", "department of
// justice", "national assembly", "senate", "democratic party", "social democrats", "national
// police"): names
// that many countries' bodies, legislatures and parties share. Our own word lists. Not
// "congress", "republicans" or "democrats" alone (nor NORPs): most English news means the US
// ones, and one wrongly stated country would leave every later unstated mention ambiguous
// (measured on 2,740 news articles: 41 merges of "Congress" and "Republican", mostly the US
// ones, became ambiguous or conflicts).
bool is_generic_body(std::string_view key);

// True for a generic body that belongs to one country's domestic politics, a party,
// legislature or court ("democratic party", "national assembly", "supreme court", "social
// democrats"): its country is the one its story is set in, however many others it names.
// Not ministries, departments or central banks: they are reported from other capitals.
bool is_domestic_body(std::string_view key);

// True for a one-word NORP name key of the members of a generic party: the word, a plural
// "s" dropped, makes a generic party name with "party" ("republicans" -> "republican
// party", "democrat", "liberals", "conservatives", "socialists", "greens"): the French
// Republicans and the US ones. Not "canadians" ("canadian party" is not generic).
bool is_generic_party_member(std::string_view key);

// The first word of a normalised alias, a trailing 's dropped, when the rest is a generic
// government body and the whole is not: "china's commerce ministry" -> "china"; "health
// ministry" -> "" (its first word is part of the body's name); "" when none.
std::string country_word_starting(std::string_view alias);

// Resolves `entity` (name, type, aliases, kb) against the entities table, inserting a new
// entity when nothing matches, and records its aliases. `evidence` is where the article says
// the entity is (see PlaceEvidence). Does not touch counts or entity_merges (write_article
// does). `statements` (of the writer's connection) keeps the resolver's prepared statements
// from one entity to the next. Returns nullopt or the SQLite error message.
std::optional<std::string> resolve_entity(StatementCache& statements,
                                          const extractor::Entity& entity,
                                          const PlaceEvidence& evidence,
                                          MergeDecision* decision);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_RESOLVE_H_
