// Factuality of a predicate from its dependency context: is the act it names reported as
// having happened, or only wanted, supposed or asked about?
//
//   irrealis(doc, t) is true when the verb or event noun at token t
//   - is the clausal complement, object or "for" oblique of a directive, volitional, deontic
//     or contemplating verb ("demanded that Canada release Meng", "urged Ottawa to free him",
//     "called for the release of Meng", "threatened to impose tariffs", "wants a deal", "a law
//     that requires X to sell Y", "had been exploring a trade agreement"), also when the parse
//     hangs the infinitive on the verb's object ("requires X to sell" with "to sell" an acl of
//     X) or as an advcl with "to";
//   - is the "of"/"for" phrase of a noun of threat, plan or request ("the threat of tariffs",
//     "a call for the release of Meng");
//   - is the infinitive of an adjective of readiness ("its teams were ready to leave":
//     ready, prepared, willing, eager, poised);
//   - is the clausal complement of a verb of denial ("denied that it had attacked the city":
//     deny, dismiss, refute, reject);
//   - heads a conditional clause ("if Ottawa arrests Meng", "unless", "whether"), or a main
//     clause under "would"/"could"/"might" that has one ("would veto the sanctions if
//     Brussels went ahead");
//   - sits in a question (its sentence ends in "?");
//   an event noun that is the object of a verb is as real as that verb ("promised to carry out
//   mass deportations", "wants to hold talks"): the climb starts at that verb;
//   climbing from t through conj, xcomp, ccomp and advcl heads and from a participle on a
//   verb's object to that verb ("or see the app banned") (at most four steps, never through a
//   relative clause, which is asserted: "Ottawa, which arrested Meng, ...", nor out of a
//   clause opened by "while", "whereas", "although", "though", "because", "since" or "as"; a
//   clause of time on "soon" is as real as the clause it hangs on: "ready to leave as soon as
//   Morocco asked for them").
//   Attempts are not irrealis ("tried to ban TikTok" reports an act, as the team's gold codes it),
//   nor is the purpose of a phone call ("called Trump to concede"; "called on X to" asks).
//
// Input: doc.tokens with a dependency parse (Token::head, Token::deprel, Token::lemma) and
// doc.sentences; t a token index (< doc.tokens.size(), else false). Without a parse (no
// deprel set) only the question test applies. Output: true for irrealis. The events stage
// makes no event of an irrealis trigger (the demand or threat is the event, as CAMEO coders
// code it); the relations stage keeps the relation with Relation::hedged.
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
