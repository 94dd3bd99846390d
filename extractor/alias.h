// In-article alias resolution: groups the mentions of one article into entities.
//
// "Prime Minister Mark Carney" ... "Carney" ... "Carney's visit" -> one PERSON entity named
// "Mark Carney" with aliases {"Mark Carney", "Carney"}. The rules, in order:
//
//   titles      a PERSON mention that starts with a title ("President Xi Jinping", as a
//               statistical tagger may give it) is trimmed to the name; a nationality or
//               country before the title becomes a mention of its own ("Canadian Prime
//               Minister Mark Carney" -> NORP "Canadian", PERSON "Mark Carney"); a leading
//               "the" and a trailing possessive are trimmed from any mention
//   lexicon     places, nationalities and well-known organisations group by their canonical
//               lexicon name: "US", "U.S." and "United States" are one GPE "United States";
//               "Canadian" and "Canadians" one NORP "Canadian"; the entity is named by the
//               lexicon even when only an alias occurs in the text
//   one type    an article names one thing once: mentions of the same text (as below) with
//               incompatible types all take the majority type; a tie goes to the lexicon's type
//               when it is one of them, else to the larger summed Mention::confidence (the
//               tagger's), else to the first mention's ("Kerr County" GPE, ORG,
//               GPE -> GPE; "OTTAWA" ORG, "Ottawa" GPE -> GPE by the lexicon). Kept apart: a
//               person and a place or organisation the lexicon lists when a title or
//               honorific stands before one of the person mentions ("Mr. Jordan" ... "Jordan")
//   named as    "X, as [the] Y is known|called", "Y (known as X)", "Y, [also] known as X",
//               "Y, called X": X takes Y's type and all of X's mentions join Y's entity
//               ("Ishin, as the Japan Innovation Party is known" -> ORG Japan Innovation Party)
//   same name   mentions with the same text (case, dots and a leading "the" ignored) and a
//               compatible type (equal, or GPE/LOC) are one entity; in a name that is not a
//               person's or a place's, an abbreviated country or organisation of the lexicon
//               (two or more capitals, no lower case) counts as its full name ("U.S. Steel" =
//               "United States Steel", "EU Council" = "European Union Council")
//   short forms a one-word PERSON mention joins the PERSON whose multi-word name has that word
//               first or last ("Carney" -> "Mark Carney", "Xi" -> "Xi Jinping"), a generational
//               suffix ignored ("Marcos" -> "Ferdinand Marcos Jr."; Jr., Sr., II, III, IV);
//               with several candidates, the nearest one mentioned before it, else the first
//               after it. When no name starts or ends with it, a middle word of a name of
//               three words or more ("Bongo" -> "Ali Bongo Ondimba", "Oligui" -> "Brice
//               Oligui Nguema"), unless two people of the article have it.
//               A one-word EVENT joins the two-word EVENT it ends ("Chido" -> "Cyclone
//               Chido"). A one-word ORG joins the ORG whose name starts or ends with it ("Huawei" ->
//               "Huawei Technologies", "the Commission" -> "European Commission"), or
//               whose second word it is after a country or nationality of the lexicon
//               ("Evergrande" -> "China Evergrande Group")
//   endings     a mention of two words or more that ends a longer PERSON name of the article
//               ("Le Pen" of "Marine Le Pen", "Lula da Silva", "bin Salman") joins that person
//               and becomes PERSON, also when the tagger typed it ORG (model mentions only);
//               not an ending two people of the article share
//   acronyms    "Asia-Pacific Economic Cooperation (APEC)": the name and the acronym in
//               parentheses are one entity; an all-caps ORG whose letters are the initials of
//               another ORG's, or a LAW's, EVENT's or FAC's, name joins it ("WTO" -> "World
//               Trade Organization", "NAFTA" -> "North American Free Trade Agreement", LAW)
//
// The canonical name (Entity::name) is the lexicon name, else the longest alias in words, then
// characters (the longest full name, titles stripped). Entity::aliases are the name, then the
// other distinct surface forms in order of first appearance.
//
// Input: doc.mentions (any source), doc.tokens. Output: doc.entities in order of first
// mention; Mention::entity set for every mention; mention spans may be trimmed (titles, "the",
// "'s"), a nationality cut from a PERSON mention is added, and mentions stay sorted;
// Mention::type may change (the "one type" and "named as" rules). Any
// previous doc.entities are replaced.
//
// Nationalities and places also link to their country for the stages that need it
// (relations, events): linked_country() returns that country's entity, adding one with no
// mentions when the text names only the adjective ("Canadian Prime Minister ..." in a text
// that never says "Canada").
// Thread safety: reads only the Lexicon; call concurrently on different Documents.
#ifndef NEWSGRAPH_EXTRACTOR_ALIAS_H_
#define NEWSGRAPH_EXTRACTOR_ALIAS_H_

#include <cstdint>

#include "extractor/document.h"
#include "extractor/lexicon.h"

namespace newsgraph::extractor {

void resolve_aliases(const Lexicon& lex, Document& doc);

// The GPE/LOC entity a NORP or place entity stands for, by the lexicon: the country of a
// nationality ("Canadian" -> Canada), the country of a city ("Beijing" -> China) when
// `city_to_country`, the entity itself for a country. Returns -1 when the lexicon has no link.
// When the linked place has no entity in doc and `create` is true, appends an entity with no
// mentions (name = aliases = the lexicon name) and returns its index; else returns -1.
int32_t linked_country(const Lexicon& lex, Document& doc, int32_t entity, bool city_to_country,
                       bool create);

// The lexicon place entry of an entity (by its name), or nullptr.
const Place* entity_place(const Lexicon& lex, const Document& doc, int32_t entity);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_ALIAS_H_
