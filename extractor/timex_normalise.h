// Normalising a matched temporal expression to a TIMEX3 type, value and mod, and the
// calendar arithmetic it needs (std::chrono). Internal to the timex stage; the public
// interface is extractor/timex.h.
//
// Values follow ISO-TimeML (Pustejovsky et al. 2010) as TimeBank annotates them:
//   dates "2026-01-16", months "2026-01", years "2026", decades "199", centuries "20",
//   quarters "2026-Q1", halves "2026-H1", seasons "1998-SU", ISO weeks "2026-W03",
//   weekends "2026-W03-WE", times "2026-01-16T15:00", parts of day "2026-01-16TMO",
//   durations "P8Y" "PT48H" "PXY", references "PRESENT_REF" "PAST_REF" "FUTURE_REF",
//   sets "P1W" "XXXX-WXX-5", and with no DCT underspecified values "XXXX-XX-XX".
//
// Thread safety: pure functions.
#ifndef NEWSGRAPH_EXTRACTOR_TIMEX_NORMALISE_H_
#define NEWSGRAPH_EXTRACTOR_TIMEX_NORMALISE_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "extractor/document.h"
#include "extractor/timex_grammar.h"

namespace newsgraph::extractor {

// The tense of the verb a timex attaches to: decides which way "Friday" or "in December"
// points from the DCT.
enum class Tense : uint8_t { kUnknown, kPast, kPresent, kFuture };

// The reference time of narrative expressions ("two days later", "that year"): the last
// date the text mentioned, at the granularity it was given (0 year, 1 month, 2 day).
struct TimexReference {
  std::chrono::year_month_day date;
  int granularity = 2;
};

// A normalised match. `begin`/`end` are byte offsets into the matched text: the timex proper,
// after leading prepositions ("on", "in", "since") and trailing linkers ("of") are trimmed.
struct TimexReading {
  bool ok = false;  // false when the match turned out not to be a timex ("the fall of Rome")
  // With ok false: no timex starts inside the match either ("most recently" is not a timex,
  // nor is its "recently"); otherwise a shorter reading may start after its first word.
  bool whole_match_rejected = false;
  uint32_t begin = 0, end = 0;
  TimexType type = TimexType::kDate;
  std::string value;
  std::string mod;
  TimexAnchor anchor = TimexAnchor::kText;
  // For "a year ago", "two years earlier", "the year-ago": how many years back from the
  // reference time the expression points; the tagger re-anchors it on a preceding quarter
  // ("the third quarter ... a year earlier" = the third quarter of the year before).
  int years_back = 0;
};

// Reads `match`, recognised by a rule of `kind`, into a TIMEX3 value against `dct`.
// `before` and `after` are the text around the match (a few words suffice), for the readings
// that depend on a neighbouring word ("in May" is a month, "May said" a name). Without a DCT relative values stay underspecified, anchor kDct.
// `reference` is the last date mentioned before the match, if any: "later"/"earlier" phrases
// and "that day" are resolved against it (anchor kTimex), "ago" phrases against the DCT.
// `tense_adjacent` says the tense is certain enough to overrule nearness: it comes from a verb
// at most a preposition away ("ended Jan. 31", "began in February") or is a future the
// dependency parse shows on the verb the timex attaches to ("will be named for a mission in
// December"). The tense then picks the year of a year-less month or day even when the other
// side of the DCT is nearer; otherwise only within twice the distance.
TimexReading read_timex(RuleKind kind, std::string_view match, std::string_view before,
                        std::string_view after,
                        const std::optional<std::chrono::year_month_day>& dct, Tense tense,
                        const std::optional<TimexReference>& reference = std::nullopt,
                        bool tense_adjacent = false);

// Calendar helpers (exposed for tests).
// "YYYY-Www" of the ISO 8601 week containing `d` (weeks start on Monday; week 1 holds the
// year's first Thursday, so 2027-01-01 is in 2026-W53).
std::string iso_week(std::chrono::year_month_day d);
// "YYYY-MM-DD".
std::string format_date(std::chrono::year_month_day d);
// The date of `weekday` (1 = Monday .. 7 = Sunday) relative to `dct`: direction -1 the latest
// on or before dct, -2 the latest strictly before, +1 the first on or after, +2 strictly after.
std::chrono::year_month_day resolve_weekday(std::chrono::year_month_day dct, unsigned weekday,
                                            int direction);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_TIMEX_NORMALISE_H_
