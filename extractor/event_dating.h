// Dates events with the timexes of their clause, sentence or, for present-tense reporting,
// the document creation time (DCT), and never with an invented date.
//
// Input: a Document with `sentences`, `timexes` (tag_timexes, extractor/timex.h) and `events`
// (the events stage); `tokens` with `head` set make the clause exact, without them clauses are
// approximated. Output: for each event whose `timex` is -1 and `date` empty, `timex` (the index
// of the dating timex, or -1) and `date` (its TIMEX3 value, or the DCT as "YYYY-MM-DD", or
// empty when nothing dates it). Events already dated are left alone.
//
// The rule, in order:
//   1. the timex of the event's own clause (the nearest if there are several), where a timex
//      fronted before the main clause ("On Friday, Xi met Carney") belongs to that clause;
//      A timex opened by "since" starts a period and does not date an event noun of its own
//      clause ("the first visit since 2017"); one opened by "until" after the trigger ends a
//      state that follows the event and dates no event ("agreed to his request to prorogue
//      Parliament until March 24"; not in rule 2 either);
//   1a. else the timex a "when" clause attaches to, for the events of that clause and the
//      clauses coordinated with it: "since December 2018, when Canada arrested Meng and China
//      detained Kovrig" dates both 2018-12;
//   1b. else, for a nominal event in a prepositional or participial phrase set off from its
//      clause by punctuation and opened by "following", "after", "amid", "during", "over",
//      "in the wake of", "in response to", "because of" or an -ing word, the timex of the
//      clause the phrase is attached to (the stretch before it, or after it when the phrase
//      opens the sentence), when the phrase has no timex of its own and no finite verb:
//      "Relations had withered since 2018, following Canada's arrest of Meng" dates the
//      arrest 2018 (a "since X" timex dates what happened at X). What "following", "after",
//      "in the wake of", "in response to" and "because of" attach happened just before the
//      clause: a year or month dates it, a day or time does not;
//   1c. else a timex that opens the sentence, set off by a comma ("In December 2018, Canada
//      arrested Meng, and China then detained Kovrig"), for the main clause and the clauses
//      coordinated with it (conj, or parataxis with its own "and"), not subordinate or relative
//      clauses;
//   1e. else, with heads, for an event in a clause coordinated by "and" whose subject is no
//      name (the same actors go on), the last timex of the earlier clause: "Trump called
//      Carney on Tuesday, and the two leaders agreed to meet" dates the agreement Tuesday;
//      "On Friday Xi met Carney and Li hosted a dinner" leaves the dinner undated;
//   1f. else, with heads, for a verbal trigger, the timex of a "to" infinitive clause (xcomp
//      or advcl) right under the event's verb that holds no event of its own: "sued to stop
//      the merger in December 2022" dates the suit; "agreed to meet in May" leaves the
//      agreement undated, since the meeting is an event of its own;
//   1g. else, with heads, for a verbal event in an -ing participle clause (advcl, with no
//      subordinating word or subject of its own), the nearest timex of the clause it modifies:
//      "seized power on Wednesday, detaining Bazoum" dates the detention Wednesday;
//   1h. else, with heads, for a verbal trigger that heads a clause reported by a verb of saying
//      (ccomp), the nearest timex of the reporting verb's clause when that clause holds no event
//      and the trigger is no perfect and has no modal: "Nicaragua said on Saturday that it was
//      cutting its ties"
//      dates the cut Saturday; "said on Friday that he had spoken with Xi" leaves the talk undated;
//   2. else the timex of its sentence, when the sentence has this one event (a "since" timex
//      does not count for an event noun, nor a "by"/"until" deadline of another clause; a
//      perfect, "had already blocked", "have arrested Meng, the ministry confirmed on Wednesday",
//      takes no timex of another clause: it lies before;
//      nor a timex of a relative clause the event is not in: "Trump, who takes office on
//      Jan. 20, has threatened tariffs"; nor, for a verbal trigger, one of a clause set
//      against it by "but", "yet", "whereas", "although", "though": "TikTok sued, but a court
//      upheld the law in December"; the clause of a reporting verb does date what it reports:
//      "announced in January that he would step down");
//   2b. else the date of the event that includes it: "Carney's visit, which also included a
//      meeting with Li" dates the meeting as the visit (the event whose trigger is the word
//      before ", which (also) included", else the nearest earlier event with that trigger word);
//   2c. else, when a duration followed by "later" or "earlier" is in its sentence ("China
//      detained two Canadians days later"), the date of the last dated event before it:
//      shifted by an exact number of days from a full date ("two days later"), else its month
//      for days or weeks, its year shifted for an exact number of years; months give nothing;
//      a duration followed by "after"/"before" and then the event counts from the last dated
//      event of its sentence before the duration ("sworn in on Friday, five days after he won
//      the leadership": the win is five days before the swearing-in);
//   2d. else, after "same day" in its sentence ("The arrest took place on the same day that
//      Trump and Xi met"), the last full date of an event before the sentence;
//   3. else the DCT, only when the trigger is a reporting verb in the simple present
//      ("Xi says", "the ministry warns"): the report is as of publication; a perfect ("has
//      accused Washington") is at some time before publication and stays undated, though it
//      dates by the DCT a nominal event of its clause ("has declared ... during a visit");
//   4. else nothing.
// Only point-like timexes date an event: DATE and TIME values with a calendar part
// ("2026-01-16", "2025-10", "XXXX-WXX-5", "2026-01-16T15:00"); durations, sets and
// PRESENT_REF/PAST_REF/FUTURE_REF never do.
//
//   "The visit, which included talks with Xi on Friday, marks a shift."  talks -> Friday
//   "Xi says the talks went well."                                       says  -> DCT
//   "Following the collapse of talks, prices fell in March 2020."         collapse -> 2020-03
//
// Thread safety: a pure function of the Document.
#ifndef NEWSGRAPH_EXTRACTOR_EVENT_DATING_H_
#define NEWSGRAPH_EXTRACTOR_EVENT_DATING_H_

#include "extractor/document.h"

namespace newsgraph::extractor {

void date_events(Document& doc);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_EVENT_DATING_H_
