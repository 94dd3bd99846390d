// Recognises temporal expressions and normalises them to TIMEX3 values
// (ISO-TimeML, Pustejovsky et al. 2010) against the document creation time (DCT).
//
// Input: a Document with `text`, `sentences` (extractor/tokenize.h) and `dct` (may be unset).
// Tokens are not needed; POS tags, lemmas and heads are not used. Output: Document::timexes,
// replaced: sorted by begin offset, non-overlapping, each inside one sentence, with its UTF-8
// byte span, sentence index, TIMEX3 type, value, mod and anchor:
//   anchor kText   the value is in the text ("October 2025", "eight years")
//   anchor kDct    the value was resolved against the DCT ("Friday", "last week", "now")
//   anchor kTimex  the value was resolved against an earlier date of the text ("two days
//                  later", "that day", "the following week", and "a year earlier" after a
//                  quarter: "the third quarter ... a year earlier" = that quarter a year back)
// Without a DCT, relative expressions keep an underspecified value ("XXXX-XX-XX",
// "XXXX-WXX-5", "XXXX-10") and anchor kDct; nothing is invented.
//
// Examples (DCT 2026-01-16, a Friday):
//   "Jan. 16, 2026", "16 January 2026", "2026-01-16"   DATE 2026-01-16
//   "he said on Wednesday"            DATE 2026-01-14   (past tense: the Wednesday before)
//   "he will go on Wednesday"         DATE 2026-01-21   (future tense: the one after)
//   "the first quarter of 2025"       DATE 2025-Q1;     "Q3"  DATE 2026-Q3
//   "mid-2024"                        DATE 2024, mod MID;  "late 2025"  DATE 2025, mod END
//   "summer of 1998"                  DATE 1998-SU;     "the 1990s"  DATE 199
//   "last week"                       DATE 2026-W02 (ISO 8601 week)
//   "two years ago"                   DATE 2024;        "a decade ago"  DATE 2016
//   "recent years"                    DATE PAST_REF;    "now"  DATE PRESENT_REF
//   "3 p.m. ET"                       TIME 2026-01-16T15:00
//   "early Wednesday morning"         TIME 2026-01-14TMO, mod START
//   "eight years"                     DURATION P8Y;     "48 hours"  DURATION PT48H
//   "every Friday"                    SET XXXX-WXX-5;   "annually"  SET P1Y
// Spans follow TimeBank: a leading preposition ("on Friday") and a possessive ("Friday's")
// are not part of the timex; determiners and modifiers ("the", "last", "early") are.
//
// Method: a grammar of parts (month names, weekdays, numbers, units, seasons, modifiers) from
// which the rules are built as RE2 patterns (extractor/timex_grammar.cpp) and compiled into
// one leftmost-longest automaton; each match is then read word by word and normalised with
// std::chrono calendar arithmetic (extractor/timex_normalise.cpp). Year-less dates and
// weekdays are resolved by the tense of the nearest verb group of their clause (will/would,
// plans, past forms; the scan stops at "and", "but", "that" and the like), so one sentence can
// point both ways; year-less months and days otherwise take the nearer occurrence. The rules
// were written against the TempEval-3 TBAQ-cleaned training data (UzZaman et al. 2013; LDC
// licence, not shipped), holding every fifth file out; nothing is trained and no data ships.
//
// Thread safety: a TimexTagger is immutable after make_timex_tagger(); share one across
// threads and call tag_timexes() concurrently on different Documents.
#ifndef NEWSGRAPH_EXTRACTOR_TIMEX_H_
#define NEWSGRAPH_EXTRACTOR_TIMEX_H_

#include <memory>

#include "extractor/document.h"

namespace newsgraph::extractor {

struct TimexGrammar;  // the compiled patterns; extractor/timex_grammar.h

// The compiled timex grammar. Cheap to copy (shares the immutable automaton).
struct TimexTagger {
  std::shared_ptr<const TimexGrammar> grammar;
};

// Builds the grammar (a few milliseconds). Never fails: the patterns are part of the code,
// and a pattern that does not compile is a bug (asserted).
TimexTagger make_timex_tagger();

// Replaces doc.timexes with the temporal expressions of doc.text. Sentence indices come from
// doc.sentences; without sentences every timex has sentence 0 and the clause of a weekday is
// looked for between sentence-final punctuation. Never fails: text that holds no timex gives
// none. Linear in the text; thread-safe for distinct Documents.
void tag_timexes(const TimexTagger& tagger, Document& doc);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_TIMEX_H_
