// First-stage named-entity recognition by gazetteer and rules over a segmented Document.
//
// Finds OntoNotes-typed mentions (PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, LAW) with the word
// lists of extractor/lexicon.h and a few patterns of news English:
//
//   gazetteer       places, nationalities, well-known organisations and facilities, with
//                   aliases ("U.S.", "Canadians", "APEC", "Great Hall of the People")
//   titles          "Canadian Prime Minister Mark Carney": NORP "Canadian", PERSON "Mark
//                   Carney"; the title itself is never part of a mention (relations use it)
//   capitalised     runs of capitalised words; 2-4 unknown words are a PERSON, a run that ends
//   runs            in an organisation/facility word or starts with one and an "of"
//                   complement is that type ("Acme Inc.", "Ministry of Finance", "Pearson
//                   Airport", "Great Hall of the People")
//   acronyms        a run followed by "(ACRONYM)" whose initials spell it is an ORG, and so is
//                   the acronym ("Asia-Pacific Economic Cooperation (APEC)")
//   context         one unknown word before a company title (executive, chief executive,
//                   chairman...) and a name is an ORG ("Huawei executive Meng Wanzhou"); one unknown word after a title is a PERSON
//                   ("President Xi"); one word equal to a part of a PERSON name found elsewhere
//                   in the text is that PERSON ("Carney"); one word that starts an ORG name,
//                   or ends it with an organisation word, is that ORG ("the Commission")
//
// Sentence starts: a capitalised common word ("The", "However"), or a word seen in lower case
// elsewhere in the text ("Relations between..."), does not start a name. Headlines (title-case
// lines without final punctuation) only yield gazetteer names and names also found in the body.
// Possessive "'s" is its own token and is never inside a mention.
//
// Input: doc.text, doc.sentences, doc.tokens (extractor/tokenize.h); doc.mentions may already
// hold mentions of another tagger. Output: mentions ADDED to doc.mentions where they overlap
// no existing mention; doc.mentions stays sorted by begin offset. Added mentions have
// source "gazetteer" (lexicon match) or "rule", entity -1, and a confidence in [0.5, 0.95].
// Token::upos/lemma are not used.
//
// Method: hand-written rules in the tradition of rule-based NER (e.g. the gazetteer and
// pattern components of GATE's ANNIE, Cunningham et al. 2002); data: extractor/lexicon.h.
// Thread safety: reads only the Lexicon; call concurrently on different Documents.
#ifndef NEWSGRAPH_EXTRACTOR_NER_RULES_H_
#define NEWSGRAPH_EXTRACTOR_NER_RULES_H_

#include "extractor/document.h"
#include "extractor/lexicon.h"

namespace newsgraph::extractor {

void find_rule_mentions(const Lexicon& lex, Document& doc);

// True when sentence `s` looks like a headline: no final punctuation and at least 70% of its
// words of four or more letters capitalised. Shared with the other rule stages.
bool is_headline(const Document& doc, uint32_t s);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_NER_RULES_H_
