// The country context of an article, and the country the article states for each of its
// organisations: the evidence that keeps apart bodies that many countries' share a name for
// ("Democratic Party", "Supreme Court", "Interior Ministry") when cross-article resolution
// (graph/resolve.h) meets them in articles about different countries.
//
// Countries are ISO 3166-1 alpha-2 codes ("KR", "US", "HK") as the GeoNames/iso-codes
// gazetteer (extractor/gazetteer.h) gives them. A place name is resolved to its country by
// place_country(): a country entry first ("Korea" -> KR), else the country of a subdivision
// ("Washington" the state -> US), else of the most populous city of that name ("Paris" -> FR).
//
// Article context (article_country), in this order, each with its provenance:
//   1. "dateline": the dateline's places ("SEOUL —", "GYEONGJU, South Korea —",
//      dateline_place_texts), the last one that resolves deciding ("South Korea" over
//      "GYEONGJU");
//   2. "named": the country the article's place and nationality mentions name most (GPE
//      mentions through place_country, NORP mentions through the gazetteer's demonyms: "South
//      Korean" -> KR), when named at least twice and at least twice as often as any other;
//   3. none ("unclear"): a story about Canada and China in equal measure has no country.
// Stated country of an entity (entity_country), provenance "stated": what the text says of it
// directly: a country or demonym inside its name or an alias ("Democratic Party of Korea",
// "Korean Air"), a country or nationality right before a mention ("South Korea's
// Democratic Party", "the Korean Democratic Party") or a city or region before a possessive
// ("Seoul's"; a city's name inside a name or bare before it is too often a word: "Liberal",
// a town in Kansas), or a GPE it is located_in /
// headquartered_in / part_of (relations); or the place the team's lexicon of well-known
// organisations (extractor/lexicon.h, organisations.tsv) gives its name ("State
// Department": Washington). Words in capitals only count as a country only when the
// gazetteer writes it so ("US"; not "MOA" for the town of Moa). Two different stated
// countries are no stated country. Coreference mentions ("the party") are not read.
//
// Thread safety: pure functions of their arguments.
#ifndef NEWSGRAPH_EXTRACTOR_COUNTRY_CONTEXT_H_
#define NEWSGRAPH_EXTRACTOR_COUNTRY_CONTEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "extractor/document.h"
#include "extractor/gazetteer.h"
#include "extractor/lexicon.h"

namespace newsgraph::extractor {

// The raw place parts of an article's dateline: the text before the first dash (em or en
// dash, " - ", " -- ") of the first line of `text` (UTF-8), "(Reuters)" and the like cut,
// split at commas and trimmed, when the first part is written in capitals (no ASCII
// lower-case letter): "SEOUL — ..." -> {"SEOUL"}; "GYEONGJU, South Korea — ..." ->
// {"GYEONGJU", "South Korea"}; empty when the text opens otherwise.
std::vector<std::string> dateline_place_texts(std::string_view text);

// The country of a place name (tokens separated by single spaces, as segmented: "South
// Korea", "HONG KONG"), by the order above; "" when the gazetteer knows no place of that name.
std::string place_country(const Gazetteer& gaz, std::string_view name);

// The article's country context (rules 1-3 above). Reads doc.text, mentions and tokens.
CountryEvidence article_country(const Gazetteer& gaz, const Document& doc);

// The country the article states for entity `index` of doc.entities (see above); empty
// country when it states none or two. Reads the entity's names, mentions, tokens, relations.
CountryEvidence entity_country(const Gazetteer& gaz, const Lexicon& lex, const Document& doc,
                               size_t index);

// Every country the article names (its GPE and NORP mentions through the gazetteer, as in
// rule 2), sorted, each once: "the article names China too", which softens a conflict of
// its context with another country (graph/resolve.h).
std::vector<std::string> named_countries(const Gazetteer& gaz, const Document& doc);

// Fills doc.country, doc.named_countries and Entity::country of every ORG entity (the stated country, else
// empty). Run after relations (extractor/pipeline.h).
void assign_countries(const Gazetteer& gaz, const Lexicon& lex, Document& doc);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_COUNTRY_CONTEXT_H_
