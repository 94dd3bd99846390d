// Direct quotations and who said them.
//
// Quote marks: curly (“ ”) or straight ("), paired in text order. A quote still open at a line
// break ends there when the next line opens with a quote mark (the news convention for quotes
// that run over several paragraphs), else runs on over at most three line breaks. Quote::span
// is the text between the marks, without them.
//
// Attribution, first match wins:
//   after      "…," Xi said / "…," said Xi / "…," Hugh Hill, a doctor, said / "…," he told
//              Reuters / "…," according to the ministry / "…," Kenya's attorney general,
//              Justin Muturi, said (a possessive title in apposition: the name speaks) /
//              "…," the statement said, "…," according to a statement (the ORG named last
//              before, in the quote's sentence or the two before; not "X issued a statement
//              saying", where X speaks)
//   before     Xi said: "…" / He told reporters, "…" / split quotes: "…," Xi said, "…" (the
//              second part is attributed by the cue between the parts) / Sunak defended the
//              record: "…" (after a colon, the clause subject)
//   sentence   a quote inside a sentence whose reporting verb has a speaker subject:
//              'Carney has declared a "new strategic partnership"', 'Carney stated that ...
//              "adapted to new global realities."'; a short phrase in quotes with no such
//              verb is a scare quote and is not reported
//   paragraph  a paragraph that reopens a quote continues the previous paragraph's speaker
// The subject of a reporting verb comes from the dependency parse where the tokens have one:
// the verb's nsubj, or for a participle ("..., saying ...") the nsubj of the verb it depends on;
// a subject noun without a name speaks for its "of" phrase ("the board of OpenAI"). Without a
// parse (or without a subject there), the nearest speaker phrase left of the verb.
// The speaker is an entity mention (PERSON, ORG, GPE), a pronoun he/she resolved to the
// nearest PERSON mentioned before the quote, or a title or role noun ("the prime minister",
// "the Canadian leader") resolved to the PERSON who holds that title by doc.relations
// (position_held, leader_of), else the nearest PERSON before; "a spokesman for X" speaks for
// X. A direct quote of four words or more with no attribution is kept with speaker -1.
//
// Input: doc.tokens, doc.sentences, doc.mentions with entities, doc.relations (for titles).
// Output: doc.quotes appended in text order; Quote::cue is the attribution's span (empty
// when unknown). Reporting verbs come from extractor/models/lexicon/reporting_verbs.tsv.
// Method: attribution patterns as in news quotation extraction (Pouliquen et al. 2007; Pareti
// 2016); the rules are the team's.
// Thread safety: reads only the Lexicon; call concurrently on different Documents.
#ifndef NEWSGRAPH_EXTRACTOR_QUOTES_H_
#define NEWSGRAPH_EXTRACTOR_QUOTES_H_

#include "extractor/document.h"
#include "extractor/lexicon.h"

namespace newsgraph::extractor {

void extract_quotes(const Lexicon& lex, Document& doc);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_QUOTES_H_
