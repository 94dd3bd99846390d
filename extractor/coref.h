// Within-article coreference for anaphors: links third-person pronouns and definite role nouns
// to the named entities the alias stage built (extractor/alias.h).
//
//   "Mark Carney arrived in Beijing. He met Xi Jinping."       "He"          -> Mark Carney
//   "Huawei denied the report. The company said ..."           "company"     -> Huawei
//   "Prime Minister Mark Carney ... the prime minister said"   "prime minister" -> Mark Carney
//   "Canada's tariffs ... Its finance minister said ..."       "Its"         -> Canada
//
// Method: a salience model in the manner of Lappin & Leass (1994) and centering (Grosz et al.
// 1995), with agreement constraints. Tokens are read in text order; every mention of an entity
// outside quote marks adds to the entity's salience (recency 100, subject 80, direct object 50,
// head noun 80, not in a prepositional phrase 50), and salience halves at every sentence
// boundary. A pronoun subject of a clause that complements, modifies or is conjoined to a verb
// first takes that verb's compatible subject ("Carney said he ...": Hobbs 1978, in short);
// when that subject is a relative "who", the name right before it ("Trudeau, who said he ...").
// Otherwise an anaphor takes the most salient compatible entity mentioned before it (no
// cataphora; -1 when nothing is salient enough: about three sentences back for he/she, the
// previous sentence for it/they):
//
//   he/she/his/her    PERSON, and not of the other gender: a person's gender is learnt from an
//                     honorific before a mention ("Mr.", "Queen") and from earlier resolved
//                     pronouns
//   it/its            ORG or GPE (a company, a ministry, a country)
//   they/their        ORG or NORP (a group: "the bloc", "Canadians")
//   the <title>       "the prime minister", "the Canadian leader": a PERSON the article gives
//                     that title ("Prime Minister Mark Carney", "Carney, the prime minister");
//                     "leader" is any holder of a leader title (head of state or government);
//                     a nationality or country before the title must match the holder's
//   the <type head>   "the company"/"the firm"/"the group" -> an ORG not named as a public body
//                     ("Ministry", "Court", ...); "the ministry"/"the court"/"the commission"
//                     -> an ORG whose name has that word (none: -1); "the country" -> a
//                     country (GPE); "the bloc"/"the alliance" -> an ORG or GPE named as a
//                     group of countries ("Union", "Association", "Treaty", ...). The word
//                     lists are the team's, in coref.cpp. Of the entities of the type, a type
//                     head takes the article's main one, not only the last named: its score is
//                     the salience above plus 20 per name mention so far (not decaying; a
//                     mention in the first sentence, where the dateline and the lead are,
//                     counts twice; a name in Document::title adds one), so "the country" after
//                     a side paragraph on Thailand is Myanmar, the country of the dateline and
//                     lead, while a country named in the previous sentence still wins
//
// The agency credited in a dateline ("HONG KONG (Reuters) —", dateline_length of dep_parser.h)
// adds no salience: it is no antecedent ("... after the company failed" in the lead is not
// Reuters).
//
// A subject "it" is left unresolved when, after the candidate was last a subject, a main-clause
// subject that names nothing came in the previous sentence or earlier in its own ("The
// resolution asked ... the United States. It also urged ...": centering's preferred centre is
// that subject, not a name in a prepositional phrase); a noun an entity modifies ("the KCNA
// report") does not count, nor, in "..., it said", the subject of the words reported.
//
// An object "him"/"her" (parsed obj, iobj or obl: "police arrested him", "charges against her")
// takes the most salient person of its gender who is not the subject of its own clause
// (binding theory's principle B), at confidence 0.5, and feeds neither salience nor gender
// (GUM dev: 11 of 17 right; train 52 of 74).
//
// Which anaphors: he/she (any position: they are nominative); it/they only as the subject
// (UD nsubj, nsubj:pass) of a reporting verb or an event trigger of the lexicon (an expletive
// "it is expected" is never a referent); his/her/its/their only where a relation needs them:
// the possessor of a title ("its (former) chief executive"), of an ORG name ("his Labour
// Party"), or, after at most three lower-case words or an amount, of a company noun or a deal
// noun ("his trading firm", "its 26 billion dollar acquisition"); role nouns after "the" that
// are a subject, object or possessor, or the "of" complement of a title ("the chairman of the
// agency"), never after a copula or as an apposition to a name ("Carney, the prime
// minister," is a title, left to extractor/relations.h; but in "Ruiz, the authority's chief
// executive" the possessor is resolved), never followed by a name or "of", and as a possessor
// only of a title ("the company's chief executive"). "the agency", "the authority" and "the
// regulator" with no ORG named with that word take an ORG named as a public agency
// ("Organisation", "Administration", "Commission", ...: "the agency" -> Indian Space Research
// Organisation).
// Anaphors inside quote marks are not resolved ("I", "we" and a quoted "he" are the speaker's
// words), and first- and second-person pronouns never are.
//
// Input: a Document after resolve_aliases (tokens with syntax, mentions, entities). Output: one
// Mention per resolved anaphor appended to doc.mentions with source "coref", the pronoun's or
// role noun's tokens as its span (the role noun without "the" and its modifiers: "prime
// minister"), the entity's type, confidence 0.6 (role nouns 0.7), and the mention index added
// to Entity::mentions; doc.mentions stays sorted by begin offset and the entities' mention lists
// stay in text order. Entity::name and Entity::aliases are never changed: "he" and "the
// company" are not names. A second call replaces the coref mentions of the first.
// Thread safety: reads only the Lexicon; call concurrently on different Documents.
#ifndef NEWSGRAPH_EXTRACTOR_COREF_H_
#define NEWSGRAPH_EXTRACTOR_COREF_H_

#include <cstdint>
#include <string_view>

#include "extractor/document.h"
#include "extractor/lexicon.h"

namespace newsgraph::extractor {

// The Mention::source of the mentions this stage adds.
inline constexpr std::string_view kCorefSource = "coref";

void resolve_coreference(const Lexicon& lex, Document& doc);

// The entity of the mention covering token `token` (a name mention or a resolved anaphor), or
// -1 when no mention covers it or `token` is out of range. O(log mentions).
int32_t entity_at(const Document& doc, uint32_t token);

// True for a mention the coref stage added (source "coref"): an anaphor, not a name. NER
// scoring and anything that wants names only skip these.
bool is_coref_mention(const Mention& m);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_COREF_H_
