// The timex grammar: the parts (month names, weekdays, numbers, units, seasons, modifiers)
// and the rules built from them, compiled into one RE2 automaton. Internal to the timex stage
// (extractor/timex.h is the public interface).
//
// Each rule is a pattern over parts written with {PART} references and `_` for "one or more
// spaces"; it is expanded into an RE2 pattern and becomes one capturing group of a single
// leftmost-longest alternation, so one pass over the text finds the longest timex at each
// position and says which rule (RuleKind) matched. Reading the matched words into a TIMEX3
// value is the normaliser's job (extractor/timex_normalise.h).
//
// Thread safety: immutable after build_timex_grammar(); RE2 matching is thread-safe.
#ifndef NEWSGRAPH_EXTRACTOR_TIMEX_GRAMMAR_H_
#define NEWSGRAPH_EXTRACTOR_TIMEX_GRAMMAR_H_

#include <memory>
#include <string>
#include <vector>

#include <re2/re2.h>

namespace newsgraph::extractor {

// What a rule recognises; the normaliser reads the matched words according to it.
enum class RuleKind : uint8_t {
  kIsoDate,      // 2026-01-16, 2026-01-16T14:30
  kNumericDate,  // 1/16/2026 (US order)
  kMonthDay,     // Jan. 16, 2026 | 16 January 2026 | Friday, Jan. 16 | January 16
  kMonthYear,    // October 2025 | mid-October 2025
  kMonth,        // last December | early October | in May (preposition trimmed)
  kYear,         // 2018 | mid-2024 | fiscal 2026 | the end of 1990
  kSpokenYear,   // nineteen ninety-six | the year two thousand | January nineteen ninety-seven
  kDecade,       // the 1990s | the '80s | the mid-1990s | the nineties
  kCentury,      // the 21st century | the twentieth century
  kQuarter,      // the first quarter of 2025 | third-quarter | Q3 | this year's third quarter
  kHalf,         // the first half of 2025 | the second half of this year
  kSeason,       // summer of 1998 | last fall | this summer
  kDayRelative,  // today | yesterday | tomorrow morning | tonight | late yesterday
  kUnitRelative, // last week | this year | next month | earlier this year | the past year
  kAgo,          // two years ago | a year earlier | three days later | a decade ago
  kDuration,     // eight years | 48 hours | the past two months | five-year | about a decade
  kBareUnits,    // (for) years | (in) months: unspecified durations
  kReference,    // now | currently | recently | recent years | the future | soon
  kClockTime,    // 3 p.m. ET | 14:30 GMT | noon Saturday | 5 p.m. EST Nov. 9
  kWeekday,      // Friday | last Friday | Wednesday night | early Wednesday morning
  kSet,          // every Friday | annually | each month | twice a year | Tuesday nights
  kHoliday,      // Christmas | New Year's Day | Thanksgiving | Election Day
  kAnaphoric,    // that day | the same week | the following year | later that month
};

struct TimexGrammar {
  std::unique_ptr<RE2> automaton;  // (rule1)|(rule2)|..., longest match
  std::vector<RuleKind> kinds;     // kinds[i] is the kind of capturing group i + 1
};

// Expands and compiles the rules. Asserts that the automaton compiles.
std::unique_ptr<TimexGrammar> build_timex_grammar();

// The expanded RE2 pattern of every rule, for tests and debugging.
std::vector<std::pair<RuleKind, std::string>> timex_rule_patterns();

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_TIMEX_GRAMMAR_H_
