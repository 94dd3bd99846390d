// Factuality of a predicate from its dependency context: is the act it names reported as
// having happened, or only wanted, supposed or asked about?
//
//   irrealis(doc, t) is true when the verb or event noun at token t
//   - is the clausal complement, object or "for" oblique of a directive or volitional verb
//     ("demanded that Canada release Meng", "urged Ottawa to free him", "called for the
//     release of Meng", "threatened to impose tariffs", "wants a deal");
//   - heads a conditional clause ("if Ottawa arrests Meng", "unless", "whether");
//   - sits in a question (its sentence ends in "?");
//   climbing from t through conj, xcomp, ccomp and advcl heads (at most four steps, never
//   through a relative clause, which is asserted: "Ottawa, which arrested Meng, ...").
//
// Input: doc.tokens with a dependency parse (Token::head, Token::deprel, Token::lemma) and
// doc.sentences; t a token index (< doc.tokens.size(), else false). Without a parse (no
// deprel set) only the question test applies. Output: true for irrealis; callers set
// Event::hedged / Relation::hedged rather than dropping the fact.
// Method: the team's, after the factuality cues of FactBank (Saurí and Pustejovsky 2009);
// the verb list is the team's.
// Thread safety: a pure function of the Document.
#ifndef NEWSGRAPH_EXTRACTOR_FACTUALITY_H_
#define NEWSGRAPH_EXTRACTOR_FACTUALITY_H_

#include <cstdint>

#include "extractor/document.h"

namespace newsgraph::extractor {

bool irrealis(const Document& doc, uint32_t t);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_FACTUALITY_H_
