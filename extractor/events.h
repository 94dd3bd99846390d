// Events from a trigger lexicon: who did what to whom, and where.
//
// A trigger is a verb or a noun of extractor/models/lexicon/event_triggers.tsv ("met",
// "talks", "visit", "arrest", "detention", "tariffs", "accusations"); it gives the event type
// and CAMEO root code of the contract (MEET 04, VISIT 04, ARREST 17, SANCTION 16, ACCUSE 11,
// AGREE 05, ...) and a frame that says how participants are read:
//
//   nominal  Canada's arrest of Meng Wanzhou   possessor -> agent, "of" NP -> patient
//            talks with President Xi Jinping    "with"/"between" NPs -> partners
//            a state visit to Beijing           "to" place -> place; its country -> recipient
//            tariffs on Canadian exports        "on"/"against" NP -> recipient (a nationality
//                                               adjective stands for its country)
//            US sanctions                       an entity right before the noun -> agent
//   verbal   Canada arrested Meng               subject -> agent, object -> patient (partner
//                                               for meet frames, place for visits)
//            Meng was arrested by police        passive: subject -> patient, "by" -> agent
//
// When the trigger has no agent of its own, the agent is the subject of its clause: the
// nearest entity to the left that is not the object of a preposition ("Carney declared ...
// during a visit to Beijing" -> Carney), or "he"/"she" resolved to the nearest PERSON before
// it; with "face"/"faced" the subject is the patient ("China faced accusations"). An event
// "included" in another ("The visit, which included talks with Xi") takes that event's agent,
// and its place when it has none. A definite noun with nothing of its own ("the visit") or a
// repeat with the same agent and no new place ("Carney's visit") refers back to an earlier
// event of the same type and adds none. Place: a GPE, FAC or LOC after "in"/"at" in the
// trigger's clause. Events need a participant; meet frames need two. Headlines yield none.
// "did not meet" sets Event::negated, "may sign" Event::hedged.
//
// Also adds relations: met_with between the agent and each partner of a MEET event, visited
// from the agent of a VISIT to its place (extractor "event"; negated when the event is).
//
// With a dependency parse (Token::head set), subjects and objects come from nsubj/obj/obl
// edges of a verbal trigger when present; the surface rules above fill what the parse leaves.
//
// Input: doc.tokens, doc.sentences, doc.mentions with entities (extractor/alias.h). Output:
// doc.events appended in text order with type, cameo, trigger, sentence, arguments (roles
// agent, patient, partner, recipient), place; Event::timex and Event::date are left unset
// (date_events of extractor/event_dating.h dates them). doc.relations appended; may append entities
// with no mentions (the country a nationality adjective stands for).
// Method: trigger lexicon and participant frames in the spirit of CAMEO coders (TABARI, Schrodt
// 2001; PETRARCH); the frames and words are the team's.
// Thread safety: reads only the Lexicon; call concurrently on different Documents.
#ifndef NEWSGRAPH_EXTRACTOR_EVENTS_H_
#define NEWSGRAPH_EXTRACTOR_EVENTS_H_

#include "extractor/document.h"
#include "extractor/lexicon.h"

namespace newsgraph::extractor {

void extract_events(const Lexicon& lex, Document& doc);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_EVENTS_H_
