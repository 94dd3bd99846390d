// Recognises temporal expressions and normalises them to TIMEX3 values
// (ISO-TimeML, Pustejovsky et al. 2010) against the document creation time (DCT).
//
// Input: a Document with `text`, and ideally `sentences` (tokens are optional; when their
// `xpos` is set it is used to find the tense of the verb a weekday attaches to). `dct` may be
// unset. Output: Document::timexes, sorted by begin offset, non-overlapping, each with its byte
// span, sentence index, TIMEX3 type, value, mod and anchor.
//
// Without a DCT, relative expressions keep an underspecified value ("XXXX-XX-XX",
// "XXXX-WXX-5", "XXXX-10") and `anchor == TimexAnchor::kDct`; nothing is invented.
//
// Examples (DCT 2026-01-16, a Friday):
//   "Jan. 16, 2026"                 DATE 2026-01-16            anchor kText
//   "he said on Wednesday"          DATE 2026-01-14 ("Wednesday") anchor kDct (past tense: before)
//   "he will go on Wednesday"       DATE 2026-01-21            (future tense: after)
//   "the first quarter of 2025"     DATE 2025-Q1
//   "mid-2024"                      DATE 2024, mod MID
//   "summer of 1998"                DATE 1998-SU
//   "last week"                     DATE 2026-W02
//   "two years ago"                 DATE 2024
//   "recent years"                  DATE PAST_REF;  "now"  DATE PRESENT_REF
//   "3 p.m. ET"                     TIME 2026-01-16T15:00
//   "eight years"                   DURATION P8Y;   "48 hours" DURATION PT48H
//   "every Friday"                  SET XXXX-WXX-5; "annually" SET P1Y
// Spans follow TimeBank: a leading preposition ("on Friday") is not part of the timex,
// determiners and modifiers ("the", "last", "early", "about") are.
//
// Method: a grammar of parts (month names, weekdays, numbers, units, seasons, modifiers) from
// which the rules are built as RE2 patterns (extractor/timex_grammar.cpp) and compiled into
// one leftmost-longest automaton; each match is then read word by word and normalised with
// std::chrono calendar arithmetic (extractor/timex_normalise.cpp). Year-less dates and
// weekdays are resolved by the tense of the nearest verb of their clause. The rules were
// written against the TempEval-3 TBAQ-cleaned training data (UzZaman et al. 2013), holding
// every fifth file out; no data is shipped.
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
// doc.sentences (0 when there are none). Linear in the text; thread-safe for distinct docs.
void tag_timexes(const TimexTagger& tagger, Document& doc);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_TIMEX_H_
