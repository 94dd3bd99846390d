#include "extractor/timex_grammar.h"

#include <cassert>
#include <map>
#include <string_view>

namespace newsgraph::extractor {
namespace {

// The parts. Every part ends on a word boundary or a full stop of its own, so rules can be
// concatenated from them without a trailing \b. Capitalised words (months, weekdays) are
// case-sensitive ("may" and "march" are verbs); the rest is case-insensitive.
const std::map<std::string, std::string, std::less<>>& parts() {
  static const auto* kParts = new std::map<std::string, std::string, std::less<>>{
      {"MONTHF",
       "(?:January|February|March|April|May|June|July|August|September|October|November|"
       "December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|"
       "DECEMBER)\\b"},
      // Full names without May and March, which alone are more often a name or a verb.
      {"MONTHSAFE",
       "(?:January|February|April|June|July|August|September|October|November|December)\\b"},
      {"MONTHA", "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|"
                 "AUG|SEP|SEPT|OCT|NOV|DEC)(?:\\.|\\b)"},
      {"MONTH", "(?:{MONTHF}|{MONTHA})"},
      // "February this year", "June of last year": the year of a year-less month or day.
      {"YEARNAMED", ",?_(?i:of_)?(?i:this|last|next)_(?i:year)\\b"},
      {"DAY", "(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\\b"},
      {"YEAR", "(?:1[5-9][0-9][0-9]|20[0-9][0-9])\\b"},
      // A year in words, as broadcast transcripts write it: "nineteen ninety-four".
      {"SPOKENYEAR",
       "(?:(?i:nineteen)[- ](?:{TENS}(?:[- ]{UNITS})?|{TEENS}|(?i:oh)[- ]{UNITS})|"
       "(?i:two_thousand(?:_(?:and_)?{UNITS})?))"},
      {"WEEKDAY",
       "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|"
       "THURSDAY|FRIDAY|SATURDAY|SUNDAY)\\b"},
      {"UNITS", "(?i:one|two|three|four|five|six|seven|eight|nine)\\b"},
      {"TENS", "(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b"},
      {"TEENS",
       "(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b"},
      {"NUMWORD", "(?:{TENS}(?:[- ]{UNITS})?|{TEENS}|{UNITS}|(?i:a|one)_(?i:hundred|thousand)\\b|"
                  "(?i:hundreds|thousands)\\b)"},
      {"NUM",
       "(?:[0-9]+(?:[.,][0-9]+)?(?:_1/2)?\\b|{NUMWORD}|(?i:a|an|a_few|few|several|a_couple_of|"
       "a_couple|couple_of|many|some|a_number_of|a_half|half_a|half_an)\\b)"},
      {"UNIT",
       "(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|"
       "decades?|century|centuries|millenni(?:um|a))\\b"},
      {"UNIT1",
       "(?i:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)\\b"},
      {"PLURALUNIT", "(?i:hours|days|weeks|months|years|decades|centuries)\\b"},
      {"SEASON", "(?i:spring|summer|autumn|fall|winter)\\b"},
      {"HOLIDAY",
       "(?:Christmas(?:_(?:Day|Eve))?|New_Year's(?:_(?:Day|Eve))?|"
       "Thanksgiving(?:_Day)?|Election_Day|Independence_Day|Halloween|Valentine's_Day|"
       "Easter(?:_(?:Sunday|Monday))?|Good_Friday|Labor_Day|Memorial_Day|Boxing_Day|May_Day|"
       "Veterans_Day|Remembrance_Day|Labour_Day|Canada_Day|Bastille_Day|Juneteenth|"
       "(?:(?i:the)_)?Fourth_of_July|July_Fourth)\\b"},
      {"PARTOFDAY", "(?i:morning|afternoon|evening|night|overnight)\\b"},
      {"ORDINAL", "(?i:first|second|third|fourth|1st|2nd|3rd|4th)\\b"},
      {"ORDINAL_C",
       "(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
       "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
       "twenty[- ]first|twenty[- ]second|[0-9]{1,2}(?:st|nd|rd|th))\\b"},
      // "the end of", "the very start of", "early", "mid-": the TIMEX3 mod of what follows.
      {"PREMOD",
       "(?:(?i:the_)?(?i:very_)?(?i:end|beginning|start|middle|close|turn|latter_part|early_part|"
       "rest|remainder)_(?i:of)_"
       "(?i:the_)?|(?i:the_)?(?i:early|late|mid|earlier|later|end)(?:_|-|_-))"},
      // Degree words of durations and distances: TIMEX3 mods APPROX, MORE_THAN, ...
      {"APPROX",
       "(?i:about|around|approximately|roughly|some|nearly|almost|more_than|less_than|"
       "fewer_than|over|under|at_least|at_most|up_to|just|just_over|just_under|close_to|"
       "well_over|only|barely|little_more_than|no_more_than)\\b"},
      {"AMPM", "(?:[aApP]\\.?_?[mM](?:\\.|\\b))"},
      {"TZ", "(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|JST|IST|AEST|"
             "AEDT|HKT|SGT|(?i:local_time))\\b"},
      {"CLOCK",
       "(?:(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?:_?{AMPM})?|(?:1[0-2]|0?[1-9])(?:[.:][0-5][0-9])?_?"
       "{AMPM}|(?:1[0-2]|0?[1-9])_(?i:o'clock|in_the_(?:morning|afternoon|evening))\\b|"
       "(?i:noon|midnight|midday)\\b)"},
  };
  return *kParts;
}

// The rules. Order does not matter for matching (leftmost-longest); it is the group order.
const std::vector<std::pair<RuleKind, std::string>>& rules() {
  static const auto* kRules = new std::vector<std::pair<RuleKind, std::string>>{
      {RuleKind::kIsoDate, "(?:1[5-9]|20)[0-9][0-9]-[01][0-9]-[0-3][0-9](?:T[0-2][0-9]:[0-5][0-9](?::[0-5][0-9])?)?\\b"},
      {RuleKind::kNumericDate, "(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])/(?:(?:19|20)[0-9][0-9]|[0-9][0-9])\\b"},
      {RuleKind::kMonthDay,
       "(?:(?i:the_)?(?i:week_of)_)?"  // "the week of March 6": the ISO week of that day
       "(?:(?i:early_|late_|(?:this_)?(?:past|coming)_)?{WEEKDAY},?_)?(?:{PREMOD})?(?:{MONTH}_?{DAY}(?:,?_{YEAR})?|"
       "(?i:the_)?{DAY}_(?i:of_)?{MONTH}(?:,?_{YEAR})?)(?:{YEARNAMED})?"},
      {RuleKind::kMonthYear, "(?:{PREMOD})?{MONTH},?_(?i:of_)?{YEAR}"},
      {RuleKind::kMonth,
       "(?:{PREMOD}|(?i:last|next|this|this_past|this_coming|past|coming|each|every)_)?{MONTHF}"
       "(?:{YEARNAMED})?|{PREMOD}{MONTHA}"},
      {RuleKind::kYear,
       "(?:{PREMOD}|(?i:(?:the_)?(?:fiscal|calendar|model|financial|school|the_year|fiscal_year|"
       "the_fiscal_year|the_calendar_year)_))?{YEAR}"
       "(?:_(?i:fiscal_year|calendar_year))?|"
       "FY_?(?:{YEAR}|'?[0-9][0-9]\\b)"},
      {RuleKind::kSpokenYear,
       "(?:{MONTH}_|(?i:the_year_))?(?i:nineteen)[- ](?:{TENS}(?:[- ]{UNITS})?|{TEENS}|(?i:oh)[- ]{UNITS}|(?i:hundred)\\b)|"
       "(?i:the_year_two_thousand(?:_(?:and_)?{UNITS})?)"},
      {RuleKind::kDecade,
       "(?:{PREMOD})?(?i:the_)?(?:(?i:early|mid|late)(?:-|_))?(?:(?:1[5-9]|20)[0-9]0'?s|'[0-9]0'?s)\\b|"
       "(?i:the_)(?:(?i:early|mid|late)(?:-|_))?(?i:twenties|thirties|forties|fifties|sixties|"
       "seventies|eighties|nineties)\\b"},
      {RuleKind::kCentury,
       "(?:{PREMOD})?(?i:the_)?{ORDINAL_C}[- ](?i:century)\\b|(?i:this|last|next|the_last|the_next|the_previous)_(?i:century)\\b"},
      {RuleKind::kQuarter,
       "(?:(?i:the|its|this_year's|last_year's|next_year's|the_current|the_latest|the_previous|"
       "a|an|their)_)?(?:(?i:fiscal|financial|calendar)[- ])?{ORDINAL}[- ](?:(?i:fiscal|financial|calendar)[- ])?"
       "(?i:quarter)\\b(?:,?_(?i:of_)?(?:(?i:the_)?(?i:fiscal_|financial_)?(?i:year_)?{YEAR}|(?i:this|last|next)_(?i:year)\\b|"
       "(?i:the_)?(?i:year)\\b))?|"
       "(?:(?i:the_)?{YEAR}_)?(?:(?i:fiscal_)?{ORDINAL}[- ](?i:quarter)\\b)|"
       "Q[1-4]\\b(?:_(?i:of_)?{YEAR}|_(?i:FY)?'?[0-9][0-9]\\b)?|{YEAR}_Q[1-4]\\b"},
      {RuleKind::kHalf,
       "(?i:the_)?(?i:first|second|latter|last)[- ](?i:half)\\b(?:_(?i:of_)?(?:(?i:the_)?(?i:fiscal_)?{YEAR}|"
       "(?i:this|last|next)_(?i:year)\\b|(?i:the_)(?i:year)\\b))|{YEAR}_H[12]\\b|H[12]_{YEAR}"},
      {RuleKind::kSeason,
       "(?:(?i:this|last|next|this_past|this_coming|past|coming|early|late|mid|the|the_early|"
       "the_late|the_mid)(?:_|-))+{SEASON}(?:,?_(?i:of_)?(?:{YEAR}|{SPOKENYEAR}))?|"
       "{SEASON},?_(?i:of_)?(?:{YEAR}|{SPOKENYEAR})"},
      {RuleKind::kDayRelative,
       "(?i:mid)(?:-|_)?(?i:morning|afternoon)\\b(?:_(?i:today|yesterday|tomorrow)\\b)?|"
       "(?:(?i:early|late|earlier|later)_)?(?i:today|tonight|yesterday|tomorrow)\\b(?:_{PARTOFDAY}|'s)?|"
       "(?i:this|last|tomorrow)_(?:(?i:morning|afternoon|evening|night)\\b)|"
       "(?i:the_day_before_yesterday|the_day_after_tomorrow)\\b"},
      {RuleKind::kUnitRelative,
       "(?:{PREMOD})?(?:(?i:earlier|later)_(?:(?i:this|last|next|in_the)_)|"
       "(?i:(?:the_)?(?:last|next|this|past|coming|current)|"
       "this_past|this_coming|the_year-(?:earlier|ago)|the_year_earlier|the_latest|the_most_recent)_)"
       "(?i:(?:fiscal|financial|calendar)_)?(?i:week|weekend|month|year|quarter|decade)\\b|"
       "(?i:the_)?(?i:year-end|year_end|year's_end|the_weekend|this_time_last_year)\\b|"
       // "the end of the month", "mid-month": the month, with a mod.
       "(?i:the_)?(?i:end|beginning|start|middle|close|rest|remainder)_(?i:of)_(?i:the|this)_"
       "(?i:month)\\b|(?i:mid-month)\\b|"
       "(?:{PREMOD})?(?i:the_)(?:(?i:fiscal|full|calendar|financial)_)?(?i:year|quarter|week)\\b|"
       "(?i:the_)?(?:(?i:comparable|corresponding|same)_)?(?i:year-(?:ago|earlier)|year_(?:ago|earlier))"
       "(?:_(?i:quarter|period|third_quarter|first_quarter|second_quarter|fourth_quarter|"
       "nine_months|six_months|first_half|second_half|level|results))?\\b|"
       "(?i:the_)?(?i:latest|most_recent)_(?i:period|quarter|fiscal_year|year)\\b"},
      {RuleKind::kAgo,
       "(?:{APPROX}_)?{NUM}[- ](?:(?i:more|full|long)_)?{UNIT}(?:_(?i:or_so))?_(?i:ago|earlier|later|"
       "before_that|after_that|from_now|hence|previously)\\b|{PLURALUNIT}_(?i:ago)\\b"},
      {RuleKind::kDuration,
       "(?:{APPROX}_)?(?:(?i:the_)?"
       "(?i:past|last|next|first|final|coming|following|previous|preceding|latest|remaining|"
       "additional)_|(?i:another|an_additional|a_further|a_full|the_full|the)_)?"
       "(?:{NUM}(?:_(?i:and_a_half|or_so))?(?:[- ]to[- ]{NUM}|_or_{NUM})?[- ](?:(?i:more|straight|"
       "consecutive|full|trading|business|working|calendar|long)_)?{UNIT}(?:_(?i:and_a_half))?"
       "(?:[- ](?i:old|long))?|(?i:half_an?_){UNIT1}|{NUM}_{UNIT1}_(?i:and_a_half)|"
       "(?i:another|an_additional|a_further|an_extra)_{UNIT1})|"
       "(?:{APPROX}_)?(?i:the_(?:past|last|next|coming|previous|following)_(?:few|several|many)_){PLURALUNIT}|"
       "(?:{APPROX}_)?(?i:a|one|three)_(?i:quarters?)_(?i:of_)(?i:an?_){UNIT1}|"
       // "a day-long meeting", "a decades-long dispute": the unit as an adjective.
       "(?:{UNIT1}|{PLURALUNIT})-(?i:long)\\b"},
      {RuleKind::kBareUnits,
       "{PLURALUNIT}"},
      {RuleKind::kReference,
       "(?i:now|right_now|nowadays|currently|at_present|these_days|recently|lately|"
       "more_recently|most_recently|until_recently|the_past|"
       "the_future|the_near_future|the_distant_future|the_near_term|the_short_term|"
       "as_soon_as_possible|recent_(?:years|months|weeks|days|decades|times|history)|"
       "(?:the_)?(?:coming|next_few|past_few)_(?:years|months|weeks|days|decades)|"
       "(?:the_)?(?:years|months|weeks|days|decades)_ahead|past_years)\\b"},
      {RuleKind::kClockTime,
       "(?:(?i:early|late)_)?(?:{CLOCK})(?:_\\(?{TZ}\\)?)?(?:,?_(?:(?i:on_)?(?:(?i:this|next|last)_)?{WEEKDAY}|"
       "(?i:today|tonight|yesterday|tomorrow)\\b|(?i:on_)?{MONTH}_{DAY}(?:,?_{YEAR})?))?|"
       "(?:(?:(?i:early|late)_)?{WEEKDAY}|(?i:today|yesterday|tomorrow)\\b)(?:_{PARTOFDAY})?,?_(?i:at_)?{CLOCK}(?:_\\(?{TZ}\\)?)?"},
      {RuleKind::kWeekday,
       "(?:(?i:last|next|this|this_past|this_coming|coming|past|early|late|earlier|later|early_on|"
       "late_on|the_previous|the_preceding|the_following)_)?{WEEKDAY}(?:'s)?(?:_{PARTOFDAY})?|"
       "(?i:the_)?{PARTOFDAY}_(?i:of_)?{WEEKDAY}"},
      {RuleKind::kSet,
       "(?i:every|each|per)_(?:(?i:other|single|two|three|four|five|six)_)?(?:{UNIT1}|{WEEKDAY}|{MONTHF}|"
       "(?i:morning|afternoon|evening|night)\\b|{SEASON})|"
       // "every two years", "every 10 days": a count of units makes the unit plural.
       "(?i:every)_(?:(?i:two|three|four|five|six|seven|eight|nine|ten|twelve)|[0-9]{1,3})_{PLURALUNIT}|"
       // Lower case only: "China Daily" and "Business Weekly" are newspapers.
       "(?:daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|bimonthly|"
       "biannually|semiannually|(?i:every_day|every_year|each_year)|weekdays|weekends)\\b|"
       "(?i:once|twice|thrice|(?:[0-9]+|two|three|four|five|six|several|many)_times)_(?:(?i:a|per|each|every)_){UNIT1}|"
       "(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\\b|"
       "{WEEKDAY}_(?i:mornings|afternoons|evenings|nights)\\b"},
      {RuleKind::kHoliday,
       "(?:(?i:last|next|this)_)?{HOLIDAY}(?:,?_{YEAR})?|"
       "(?:(?i:the|last|next|this)_)?(?:Christmas|New_Year's|Thanksgiving|Easter|Labor_Day|"
       "Memorial_Day)_(?i:week|weekend)\\b"},
      {RuleKind::kAnaphoric,
       "(?:(?i:earlier|later|early|late)_)?(?i:that|the_same)_(?i:day|week|month|year|morning|"
       "afternoon|evening|night)\\b|"
       "(?i:the_)?(?i:following|previous|preceding|prior)_(?i:day|week|month|year|morning|"
       "evening|night)\\b|(?i:the_(?:next|following)_(?:day|morning|evening))\\b|"
       // "the week before", "the day after": from the day the text is at (else the DCT);
       // "the week before last", "the year after next": from the DCT.
       "(?i:the_(?:day|week|month|year|night)_(?:before|after))\\b(?:_(?i:last|next)\\b)?|"
       "(?i:the_(?:morning|afternoon|evening|night))\\b"},
  };
  return *kRules;
}

// Replaces {PART} references (recursively) and `_` (one or more spaces) in `pattern`.
std::string expand(std::string_view pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '{') {
      size_t close = pattern.find('}', i);
      std::string_view name = pattern.substr(i + 1, close - i - 1);
      if (!name.empty() && (name[0] < '0' || name[0] > '9')) {
        auto it = parts().find(name);
        assert(it != parts().end() && "unknown timex grammar part");
        out += expand(it->second);
        i = close;
        continue;
      }
    }
    if (c == '\'') {  // a straight or a curly apostrophe
      out += "['\\x{2019}]";
      continue;
    }
    if (c == '_') {
      // `_` is one or more spaces; `_?` none or more.
      // Spaces may hold one line break (a wrapped line), never a blank line.
      if (i + 1 < pattern.size() && pattern[i + 1] == '?') {
        out += "[ \\t\\x{00A0}]*\\n?[ \\t\\x{00A0}]*";
        ++i;
      } else {
        out += "(?:[ \\t\\x{00A0}]+\\n?|\\n)[ \\t\\x{00A0}]*";
      }
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

std::vector<std::pair<RuleKind, std::string>> timex_rule_patterns() {
  std::vector<std::pair<RuleKind, std::string>> out;
  for (const auto& [kind, pattern] : rules()) out.emplace_back(kind, expand(pattern));
  return out;
}

std::unique_ptr<TimexGrammar> build_timex_grammar() {
  auto grammar = std::make_unique<TimexGrammar>();
  std::string all;
  for (const auto& [kind, pattern] : timex_rule_patterns()) {
    if (!all.empty()) all += '|';
    all += "\\b(" + pattern + ")";
    grammar->kinds.push_back(kind);
  }
  RE2::Options options;
  options.set_longest_match(true);
  options.set_max_mem(64 << 20);
  options.set_log_errors(false);
  grammar->automaton = std::make_unique<RE2>(all, options);
  assert(grammar->automaton->ok() && "timex grammar does not compile");
  assert(grammar->automaton->NumberOfCapturingGroups() == static_cast<int>(grammar->kinds.size()));
  return grammar;
}

}  // namespace newsgraph::extractor
