// Recognises temporal expressions and normalises them to TIMEX3 values
// (ISO-TimeML, Pustejovsky et al. 2010) against the document creation time (DCT).
//
// Input: a Document with `text`, `sentences` (extractor/tokenize.h) and `dct` (may be unset);
// where its tokens carry a dependency parse (Token::upos, lemma, head, deprel from
// extractor/pos_tagger.h and extractor/dep_parser.h, as the pipeline runs them first), the
// tense that resolves weekdays and year-less dates comes from the parse; without one (tokens
// absent or deprel empty) from the words around the timex. Output: Document::timexes,
// replaced: sorted by begin offset, non-overlapping, each inside one sentence, with its UTF-8
// byte span, sentence index, TIMEX3 type, value, mod and anchor:
//   anchor kText   the value is in the text ("October 2025", "eight years")
//   anchor kDct    the value was resolved against the DCT ("Friday", "last week", "now")
//   anchor kTimex  the value was resolved against an earlier date of the text ("two days
//                  later", "that day", "the following week", and "a year earlier" after a
//                  quarter: "the third quarter ... a year earlier" = that quarter a year back);
//                  never one in a since-phrase, which starts a period ("held since her arrest
//                  on March 3, 2024. She flew home that evening": the evening of the story)
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
// Conventions, where TimeBank's annotators disagree with each other, follow the TimeML
// guidelines (TimeML 1.2.1 and ISO-TimeML; TempEval-3 scores values as exact strings):
//   weeks are ISO weeks, zero-padded: "last week" DATE 2026-W02, never "2026-WXX" or "W2";
//   decades are "199" (the guidelines' form), not "199X"; a year is "1949", not "1949-XX";
//   a weekday with a part of the day is a TIME: "Friday night" 2026-01-16TNI;
//   "recent years" and "the future" are PAST_REF / FUTURE_REF, but "the coming weeks",
//   "the next few years", "the past few months" and "the days ahead" are DURATIONs (PXW ...);
//   "the year ended March 31" is DURATION P1Y (anchored on its end), not the DCT's year;
//   "the 1988 quarter" is the quarter under discussion in 1988 ("1988-Q3", anchor kTimex);
//   "February this year", "June last year" are one timex with the year they name;
//   a rate after an amount ("$2 million a year", "15 million instructions per second", "grow
//   8% annually", "200 units yearly", "the average daily volume") is not a timex, nor is a
//   comparison of periods ("year-on-year", "quarter-to-quarter"); nor are "formerly", "presently", "most
//   recently" and "for the time being" (never tagged in TimeBank, AQUAINT or the TE3 silver data), nor "Now,"
//   opening a sentence or quotation with a comma (a discourse marker: "Now, he says, ...");
//   "recent months", "recent weeks", "recent days" are DURATIONs (PXM, PXW, PXD), "recent years"
//   PAST_REF, as TimeBank has them; a clock time with no day ("at 10 p.m.") is on the day the text is at when
//   the text just gave one, else on the DCT;
//   a year-less quarter told in the past that has not begun by the DCT is last year's ("profits
//   fell in the fourth quarter" in January 2026 = 2025-Q4);
//   "the week of March 6" is that day's ISO week; "April 24 and 25" gives "25" a timex of its
//   own; "the previous Friday" / "the following Monday" count from the day the text is at;
//   so does a part of the day after a preposition ("Shares slid Wednesday. Brokers sold in the
//   morning" = that Wednesday, TIME 2026-01-14TMO; nothing without a day-precise date before)
//   and "mid-afternoon" (then the DCT when no date precedes: TIME 2026-01-16TAF, mod MID);
//   a range of durations is its lower bound ("two to three weeks" P2W), a half after the unit
//   adds ("a minute and a half" PT1M30S); "the year-earlier nine months" is DURATION P9M;
//   time words written with a capital inside a sentence are titles, not timexes ("CBS's 60
//   Minutes", "ABC's This Week"), and so is "today's world" (the present in general).
// "the week before", "the day after", "the month before" (ending their phrase) count from the
// date the text is at ("The bridge closed on Aug. 4. The week before, ..." 2025-W31, anchor
// kTimex), else from the DCT (the week before the DCT's week, never the DCT's own); counted from
// an event ("the week before the vote") they get no timex, having no value to give;
// "the week before last", "the year after next" are two units from the DCT's (2025-W36);
// "the end of the month", "the start of the month", "mid-month" are the DCT's month with mod
// END / START / MID, as "the end of the year" is its year;
// a year-less quarter near words of a game ("halftime", "overtime", "NBA", "MVP", "Game 7",
// ... within about two sentences) is a period of play, no timex (TimeBank has none; decided by
// context words; "points", "scored" and "game" alone do not count, markets use them too; a
// word of company accounts in its sentence, "revenue", "earnings", "fiscal", keeps the date);
// "the past" as a noun after "with", "from", "of", "to", "into", "about" ("a break with the
// past", "a thing of the past") is no timex; "in the past" is PAST_REF (TimeBank tags only that).
// Named holidays (Christmas, New Year's Day/Eve, Easter by the Gregorian computus, Good Friday,
// Thanksgiving, Labor/Labour Day, Memorial Day, Independence Day, the Fourth of July, Canada
// Day, Bastille Day, Juneteenth, Boxing Day, Halloween, ...) take their year from the text,
// else from the DCT and the tense as year-less months do.
// A unit as an adjective is a duration without its article: "a day-long session" P1D, "a
// decades-long feud" PXDE, "the eleven year partnership" P11Y; but a year before a singular
// unit names the year ("World Cup 2018 day five" DATE 2018). "the last quarter" and "the next
// quarter" are the quarters before and after the DCT's (DATE), not one-quarter durations as
// "the past month" is. A rate after any counted plural noun ("one million visitors per week",
// "80 trains daily") is no timex; nor is "after hours trading". "24 hours ago" moves the date
// by its whole days. A year-less day that repeats a day the text gave with its year ("opened
// on January 23, 2014 ... runs from January 23 through March 9") is that date, whatever the
// tense says.
// Numbers may group thousands with a comma ("more than 1,000 days" P1000D); "a quarter of a
// century" is P25Y; "the Easter weekend" and "Christmas week" are the holiday's ISO week
// (2025-W16-WE, 2024-W52).
// The tense that resolves year-less dates and weekdays, with a parse: the head of the timex's
// tokens is followed up the tree (through nouns: "the meeting on Monday"; past a participle of
// planning after a noun: "a service planned for Saturday was canceled") to the first verb or
// copula clause, and that verb group decides: "will", "would", "might" point ahead ("would have"
// back), "could" says nothing; a past form, "was", "had", "has ...ed" point back; the present
// progressive ("is meeting Monday"), a present copula on the timex ("the vote is on Friday") and
// the present simple of an event verb with an agreeing subject ("they meet Monday with the
// envoy") are schedules ahead, while "says" and other reporting or stative verbs are not, nor a
// present whose timex only modifies a noun before it ("under a June agreement"); a
// "to"-infinitive points ahead after a plan or request ("plans to", "is scheduled to", "is
// favoured to", "asked it to respond by Oct. 31"), back after a plan told as past and passive ("was expected to") or
// dated before the plan ("On Friday, the government planned to pay"), and otherwise takes the
// tense of the verb it completes ("flew to Lima to sign the pact Monday"), and one the parse
// hangs on the object of a plan or request verb ("requires the firm to sell") points ahead; a
// second conjunct with no subject or auxiliary shares the first's verb group ("to sell its unit
// or see ..."); a bare participle completing a verb of seeing, wanting or causing ("see the
// app banned from Sunday", "wants the tariffs lifted") takes that verb's tense; an -ing clause
// adjoined to another takes that clause's tense; "set" (and other verbs whose past is their
// base, "read", "put") and a timex inside a parenthesis or loosely attached (parataxis, dep)
// leave the decision to the lexical rules. A future from the parse picks a year-less month
// ahead of the DCT even when last year's is nearer ("will be named for a mission in December"
// in March). "as soon as Tuesday" points ahead. Without a parse (and as the fallback), the
// tense comes from the nearest verb group of the clause; a verb right before the date ("ended Jan. 31", "began in February") decides
// even against a nearer occurrence on the other side of the DCT; "since X" always points
// back; an attribution after a comma ("..., Castro said") counts only when the clause has no
// verb of its own; a plan made in the past dates itself when the date follows it directly
// ("agreed in June to buy") and points ahead otherwise ("planned to leave on Thursday");
// "to be completed by Dec. 15" points ahead; what is postponed or granted "until" a day points
// ahead of the act ("postponed until Tuesday"); "plans", "hopes" and "aims" are plans only
// before "to" ("set aside vacation plans for the trip" is no future).
//
// Method: a grammar of parts (month names, weekdays, numbers, units, seasons, modifiers) from
// which the rules are built as RE2 patterns (extractor/timex_grammar.cpp) and compiled into
// one leftmost-longest automaton; each match is then read word by word and normalised with
// std::chrono calendar arithmetic (extractor/timex_normalise.cpp). Year-less dates and
// weekdays are resolved by the tense of the verb they attach to in the dependency parse, else
// of the nearest verb group of their clause (will/would,
// plans, past forms; the scan stops at "and", "but", "that" and the like), so one sentence can
// point both ways; year-less months and days otherwise take the nearer occurrence. The rules
// were written against the TempEval-3 TBAQ-cleaned training data (UzZaman et al. 2013; LDC
// licence, not shipped), holding every fifth file out; where TimeBank has few examples of a
// convention, the counts in the TE3 silver data (automatically annotated Gigaword; counted,
// not shipped) decide only if they agree with it. They were then checked on news not tuned on,
// MEANTIME's Wikinews articles (Minard et al. 2016; `newsgraph-eval timex` reads its CAT
// files), where its conventions differ from TimeML's we keep TimeML's ("mid-2011" is 2011 with
// mod MID, not 2011-06-XX; "now" is PRESENT_REF, not the DCT; "this morning" is a TIME; a
// fiscal year is its calendar year, as in TimeBank, not "FY2007"). Nothing is trained and no
// data ships.
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
