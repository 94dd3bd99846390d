#include "extractor/timex_normalise.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace newsgraph::extractor {

using std::chrono::day;
using std::chrono::days;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;
using Dct = std::optional<year_month_day>;

// ----------------------------------------------------------------------------- calendar

std::string format_date(year_month_day d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

namespace {

std::string format_year(int y) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

std::string format_month(int y, int m) {
  // Normalise m into 1..12.
  while (m < 1) { m += 12; --y; }
  while (m > 12) { m -= 12; ++y; }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

unsigned iso_weekday(year_month_day d) {  // 1 = Monday .. 7 = Sunday
  return std::chrono::weekday{sys_days{d}}.iso_encoding();
}

year_month_day add_days(year_month_day d, int n) { return year_month_day{sys_days{d} + days{n}}; }

int dct_year(year_month_day d) { return static_cast<int>(d.year()); }
int dct_month(year_month_day d) { return static_cast<int>(static_cast<unsigned>(d.month())); }

}  // namespace

std::string iso_week(year_month_day d) {
  // The ISO year is the year of this week's Thursday.
  year_month_day thursday = add_days(d, 4 - static_cast<int>(iso_weekday(d)));
  year_month_day jan1{thursday.year(), std::chrono::January, day{1}};
  int week = (sys_days{thursday} - sys_days{jan1}).count() / 7 + 1;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(thursday.year()), week);
  return buf;
}

year_month_day resolve_weekday(year_month_day dct, unsigned weekday, int direction) {
  int today = static_cast<int>(iso_weekday(dct));
  int w = static_cast<int>(weekday);
  if (direction < 0) {
    int back = (today - w + 7) % 7;
    if (back == 0 && direction == -2) back = 7;
    return add_days(dct, -back);
  }
  int ahead = (w - today + 7) % 7;
  if (ahead == 0 && direction == 2) ahead = 7;
  return add_days(dct, ahead);
}

namespace {

// ----------------------------------------------------------------------------- words

struct Word {
  std::string low;       // lower case, dots of abbreviations removed, possessive 's removed
  uint32_t begin = 0;    // byte offsets into the match
  uint32_t end = 0;
  bool possessive = false;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  auto is_sep = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == ',' || c == '(' ||
           c == ')';
  };
  // A comma between a digit and three more digits groups thousands ("1,000 days"): part of
  // the number, not a separator.
  auto thousands_comma = [&](size_t k) {
    return text[k] == ',' && k > 0 && is_digit(text[k - 1]) && k + 3 < text.size() &&
           is_digit(text[k + 1]) && is_digit(text[k + 2]) && is_digit(text[k + 3]) &&
           (k + 4 >= text.size() || !is_digit(text[k + 4]));
  };
  while (i < text.size()) {
    while (i < text.size() && is_sep(text[i])) ++i;
    if (i >= text.size()) break;
    size_t j = i;
    while (j < text.size() && (!is_sep(text[j]) || thousands_comma(j))) ++j;
    Word w;
    w.begin = static_cast<uint32_t>(i);
    w.end = static_cast<uint32_t>(j);
    std::string low;
    bool has_alpha = false;
    for (size_t k = i; k < j; ++k) has_alpha |= is_alpha(text[k]);
    for (size_t k = i; k < j; ++k) {
      char c = text[k];
      if (c == '\xE2' && k + 2 < j && text[k + 1] == '\x80' && text[k + 2] == '\x99') {
        low += '\'';  // a curly apostrophe
        k += 2;
        continue;
      }
      if (c == '.' && has_alpha) continue;
      if (c == ',') continue;  // "1,000" reads 1000
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      low += c;
    }
    if (low.size() > 2 && low.compare(low.size() - 2, 2, "'s") == 0) {
      low.resize(low.size() - 2);
      w.possessive = true;
    }
    w.low = std::move(low);
    words.push_back(std::move(w));
    i = j;
  }
  return words;
}

int lookup(std::string_view w, std::initializer_list<std::string_view> names, int base = 1) {
  int i = base;
  for (auto n : names) {
    if (w == n) return i;
    ++i;
  }
  return 0;
}

int month_of(std::string_view w) {
  if (int m = lookup(w, {"january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"}))
    return m;
  if (int m = lookup(w, {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                         "nov", "dec"}))
    return m;
  if (w == "sept") return 9;
  return 0;
}

int weekday_of(std::string_view w) {
  if (int d = lookup(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday"}))
    return d;
  return lookup(w, {"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
                    "sundays"});
}

int small_number(std::string_view w) {
  if (int n = lookup(w, {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                         "seventeen", "eighteen", "nineteen"}))
    return n;
  if (int t = lookup(w, {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                         "ninety"}, 2))
    return t * 10;
  return 0;
}

int ordinal_of(std::string_view w) {
  if (int n = lookup(w, {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                         "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                         "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                         "nineteenth", "twentieth"}))
    return n;
  if (w.size() >= 3 && is_digit(w[0])) {
    std::string_view suf = w.substr(w.size() - 2);
    if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
      std::string_view num = w.substr(0, w.size() - 2);
      if (all_digits(num)) return std::atoi(std::string(num).c_str());
    }
  }
  return 0;
}

// Units: the TIMEX3 duration letter and how many of it one unit is.
struct Unit {
  char letter = 0;     // 'S','m' (minute),'H','D','W','M','Y','Q'
  int factor = 1;      // decade = 10 Y, century = 100 Y, fortnight = 2 W
  bool time = false;   // H, minutes, S go after "T"
};

std::optional<Unit> unit_of(std::string_view w) {
  auto base = [&](std::string_view singular) {
    return w == singular || (w.size() == singular.size() + 1 && w.substr(0, singular.size()) ==
                             singular && w.back() == 's');
  };
  if (base("second")) return Unit{'S', 1, true};
  if (base("minute")) return Unit{'M', 1, true};
  if (base("hour")) return Unit{'H', 1, true};
  if (base("day") || base("night")) return Unit{'D', 1, false};
  if (base("week")) return Unit{'W', 1, false};
  if (base("fortnight")) return Unit{'W', 2, false};
  if (base("month")) return Unit{'M', 1, false};
  if (base("quarter")) return Unit{'Q', 1, false};
  if (base("year")) return Unit{'Y', 1, false};
  if (base("decade")) return Unit{'Y', 10, false};
  if (w == "century" || w == "centuries") return Unit{'Y', 100, false};
  if (w == "millennium" || w == "millennia") return Unit{'Y', 1000, false};
  return std::nullopt;
}

// A count read from number words: "two", "twenty four", "2 1/2", "a", "a few" (unknown);
// a range ("two to three") counts as its lower bound.
struct Count {
  double value = 0;
  bool known = false;
  bool found = false;
};

Count count_of(const std::vector<Word>& words, size_t from, size_t to) {
  Count c;
  double total = 0;
  bool any = false, unknown = false, article = false;
  for (size_t i = from; i < to; ++i) {
    const std::string& w = words[i].low;
    // "two to three weeks", "12 or 18 months": a range counts as its lower bound.
    if ((w == "to" || w == "or") && any && !unknown) break;
    if (all_digits(w) || (!w.empty() && is_digit(w[0]) &&
                          w.find_first_not_of("0123456789.,") == std::string::npos)) {
      std::string s;
      for (char ch : w)
        if (ch != ',') s += ch;
      total += std::atof(s.c_str());
      any = true;
    } else if (w == "1/2" || w == "half") {
      total += 0.5;
      any = true;
    } else if (int n = small_number(w)) {
      total += n;
      any = true;
    } else if (w == "a" || w == "an" || w == "another") {
      article = true;  // one, unless a number follows ("an additional 10 years")
    } else if (w == "hundred") {
      total = (any ? total : 1) * 100;
      any = true;
    } else if (w == "thousand") {
      total = (any ? total : 1) * 1000;
      any = true;
    } else if (w == "couple") {
      total = 2;
      any = true;
    } else if (w == "few" || w == "several" || w == "many" || w == "some" || w == "number" ||
               w == "hundreds" || w == "thousands") {
      unknown = true;
      any = true;
    }
  }
  // "a year", "another year": one; "a few", "a couple": the number words decide.
  if (article && !any) {
    total = 1;
    any = true;
  }
  c.found = any;
  c.known = any && !unknown;
  c.value = total;
  return c;
}

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// "P8Y", "PT48H", "P2Y6M", "PXD".
std::string duration_value(const Count& count, const Unit& unit) {
  std::string letter(1, unit.letter);
  std::string t = unit.time ? "T" : "";
  if (!count.known) {
    if (unit.letter == 'Y' && unit.factor == 10) return "PXDE";
    if (unit.letter == 'Y' && unit.factor == 100) return "PXCE";
    return "P" + t + "X" + letter;
  }
  double n = count.value * unit.factor;
  if (n == std::floor(n)) return "P" + t + number_text(n) + letter;
  double whole = std::floor(n), frac = n - whole;
  std::string w = whole > 0 ? number_text(whole) : "";
  // A fraction goes one unit down: 2 1/2 years = P2Y6M, 5 1/2 hours = PT5H30M.
  if (!unit.time) {
    switch (letter[0]) {
      case 'Y': return "P" + (w.empty() ? "" : w + "Y") + std::to_string(std::lround(frac * 12)) + "M";
      case 'M': return "P" + (w.empty() ? "" : w + "M") + std::to_string(std::lround(frac * 30)) + "D";
      case 'W': return "P" + std::to_string(std::lround(n * 7)) + "D";
      case 'D': return "P" + (w.empty() ? "" : w + "D") + "T" + std::to_string(std::lround(frac * 24)) + "H";
      default: break;
    }
  } else {
    switch (letter[0]) {
      case 'H': return "PT" + (w.empty() ? "" : w + "H") + std::to_string(std::lround(frac * 60)) + "M";
      case 'M': return "PT" + (w.empty() ? "" : w + "M") + std::to_string(std::lround(frac * 60)) + "S";
      default: break;
    }
  }
  return "P" + t + number_text(n) + letter;
}

// ----------------------------------------------------------------------------- choosing years

// Picks the year of a year-less period (a month, a day of a month, a quarter, a season) from
// the DCT and the tense: past tense takes the latest one not after the DCT, future tense the
// first one not before it, otherwise the nearer of the two (the past one on a tie).
// `period` and `dct_period` are positions within the year on the same scale.
int choose_year(int y, double period, double dct_period, double periods_per_year, Tense tense,
                double tense_window = 2.0) {
  if (period == dct_period) return y;
  int past = period < dct_period ? y : y - 1;
  int future = period > dct_period ? y : y + 1;
  double back = period < dct_period ? dct_period - period : dct_period + periods_per_year - period;
  double ahead = period > dct_period ? period - dct_period : period + periods_per_year - dct_period;
  // The tense overrides nearness only when both candidates are about equally near
  // (`tense_window` is the widest gap, as a share of the nearer distance, it may bridge).
  if (tense == Tense::kPast && back <= ahead * tense_window) return past;
  if (tense == Tense::kFuture && ahead <= back * tense_window) return future;
  return ahead < back ? future : past;
}

double day_position(int m, int d) { return (m - 1) * 31.0 + (d - 1); }

// The TIMEX3 mod of the modifier words of a match.
std::string mod_of(const std::vector<Word>& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i].low;
    if (w == "early" || w == "beginning" || w == "start" || w == "earlier" || w == "dawn")
      return "START";
    if (w == "mid" || w == "middle") return "MID";
    if (w == "late" || w == "end" || w == "close" || w == "later" || w == "latter") return "END";
    if (w == "about" || w == "around" || w == "approximately" || w == "roughly" ||
        (w == "some" && i + 1 < words.size() && (is_digit(words[i + 1].low[0]) ||
                                                  small_number(words[i + 1].low))) ||
        w == "nearly" || w == "almost" || w == "close")
      return "APPROX";
    if (w == "more" && i + 1 < words.size() && words[i + 1].low == "than") return "MORE_THAN";
    if (w == "over" || w == "well") return "MORE_THAN";
    if ((w == "less" || w == "fewer") && i + 1 < words.size() && words[i + 1].low == "than")
      return "LESS_THAN";
    if (w == "under") return "LESS_THAN";
    if (w == "least") return "EQUAL_OR_MORE";
    if (w == "up" && i + 1 < words.size() && words[i + 1].low == "to") return "EQUAL_OR_LESS";
    if (w == "most" && i > 0 && words[i - 1].low == "at") return "EQUAL_OR_LESS";
  }
  return "";
}

bool is_leading_preposition(std::string_view w) {
  for (std::string_view p : {"in", "on", "since", "until", "till", "by", "during", "through",
                             "from", "before", "after", "of", "for", "over", "within", "at",
                             "than"})
    if (w == p) return true;
  return false;
}

int first_year(const std::vector<Word>& words) {
  for (const auto& w : words)
    if (w.low.size() == 4 && all_digits(w.low)) return std::atoi(w.low.c_str());
  return 0;
}

bool has_word(const std::vector<Word>& words, std::string_view w) {
  for (const auto& x : words)
    if (x.low == w) return true;
  return false;
}

// -1 for last/past/previous, +1 for next/coming/following, 0 for this/current, 2 for none.
int relative_direction(const std::vector<Word>& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i].low;
    if (w == "last" || w == "previous" || w == "preceding" || w == "ago" || w == "earlier" ||
        w == "before")
      return (w == "earlier" && i + 1 < words.size()) ? 0 : -1;
    if (w == "past") {
      // "this past Sunday" and "the past year" both point back.
      return -1;
    }
    if (w == "next" || w == "coming" || w == "following") return 1;
    if (w == "this" || w == "current" || w == "same" || w == "later") return 0;
  }
  return 2;
}

std::string part_of_day(const std::vector<Word>& words) {
  for (const auto& w : words) {
    if (w.low == "morning" || w.low == "mornings") return "MO";
    if (w.low == "afternoon" || w.low == "afternoons") return "AF";
    if (w.low == "evening" || w.low == "evenings") return "EV";
    if (w.low == "night" || w.low == "nights" || w.low == "overnight" || w.low == "tonight")
      return "NI";
  }
  return "";
}

// The season code and its position in the year (spring 1 .. winter 4).
std::pair<std::string, int> season_of(const std::vector<Word>& words) {
  for (const auto& w : words) {
    if (w.low == "spring") return {"SP", 1};
    if (w.low == "summer") return {"SU", 2};
    if (w.low == "autumn" || w.low == "fall") return {"FA", 3};
    if (w.low == "winter") return {"WI", 4};
  }
  return {"", 0};
}

int season_position(int m) {
  if (m >= 3 && m <= 5) return 1;
  if (m >= 6 && m <= 8) return 2;
  if (m >= 9 && m <= 11) return 3;
  return m == 12 ? 4 : 0;  // January and February: the winter that began the year before
}

// Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
year_month_day easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25,
      g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4,
      l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451,
      mo = (h + l - 7 * m + 114) / 31, da = (h + l - 7 * m + 114) % 31 + 1;
  return year_month_day{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(da)}};
}

// The n-th (1-based; 5 = last) ISO weekday of a month.
year_month_day nth_weekday(int y, unsigned m, unsigned weekday, int n) {
  if (n == 5) {
    year_month_day ld{std::chrono::year_month_day_last{year{y}, std::chrono::month_day_last{month{m}}}};
    return resolve_weekday(ld, weekday, -1);
  }
  year_month_day first{year{y}, month{m}, day{1}};
  return add_days(resolve_weekday(first, weekday, 1), 7 * (n - 1));
}

std::optional<year_month_day> holiday(std::string_view name, int y) {
  auto fixed = [&](unsigned m, unsigned d) {
    return year_month_day{year{y}, month{m}, day{d}};
  };
  if (name == "christmas eve") return fixed(12, 24);
  if (name == "christmas" || name == "christmas day") return fixed(12, 25);
  if (name == "new year's eve" || name == "new year eve") return fixed(12, 31);
  if (name.substr(0, 8) == "new year") return fixed(1, 1);
  if (name == "independence day" || name == "fourth of july" || name == "july fourth")
    return fixed(7, 4);
  if (name == "canada day") return fixed(7, 1);
  if (name == "bastille day") return fixed(7, 14);
  if (name == "juneteenth") return fixed(6, 19);
  if (name == "halloween") return fixed(10, 31);
  if (name == "valentine's day" || name == "valentine day") return fixed(2, 14);
  if (name == "boxing day") return fixed(12, 26);
  if (name == "may day") return fixed(5, 1);
  if (name == "veterans day" || name == "remembrance day") return fixed(11, 11);
  if (name == "thanksgiving" || name == "thanksgiving day") return nth_weekday(y, 11, 4, 4);
  // Labor Day (US) and Labour Day (Canada): both the first Monday of September.
  if (name == "labor day" || name == "labour day") return nth_weekday(y, 9, 1, 1);
  if (name == "memorial day") return nth_weekday(y, 5, 1, 5);
  if (name == "election day") return add_days(nth_weekday(y, 11, 1, 1), 1);
  if (name == "easter" || name == "easter sunday") return easter(y);
  if (name == "easter monday") return add_days(easter(y), 1);
  if (name == "good friday") return add_days(easter(y), -2);
  return std::nullopt;
}

// Nouns after "today's" that make it the present in general rather than the DCT.
bool is_generic_present_noun(std::string_view w) {
  for (std::string_view n : {"world", "youth", "society", "generation", "generations", "young",
                             "children", "kids", "standards", "culture", "economy", "era", "age",
                             "times"})
    if (w == n) return true;
  return false;
}

// ----------------------------------------------------------------------------- the readers

struct Reader {
  std::string_view match;
  std::string_view before;
  std::string_view after;
  const Dct& dct;
  Tense tense;
  const std::optional<TimexReference>& reference;
  bool tense_adjacent;
  std::vector<Word> words;
  TimexReading out;

  // choose_year() with the tense's reach: a verb next to the timex ("ended Jan. 31") decides
  // even against a much nearer occurrence on the other side of the DCT.
  int pick_year(int y, double period, double dct_period, double periods_per_year) const {
    return choose_year(y, period, dct_period, periods_per_year, tense,
                       tense_adjacent ? periods_per_year : 2.0);
  }

  void set(TimexType type, std::string value, TimexAnchor anchor) {
    out.ok = true;
    out.type = type;
    out.value = std::move(value);
    out.anchor = anchor;
  }

  // Drops leading prepositions (and a trailing "of") from the span and the word list.
  void trim() {
    size_t first = 0;
    while (first + 1 < words.size() && is_leading_preposition(words[first].low) &&
           !(words[first].low == "at" && (words[first + 1].low == "least" || words[first + 1].low == "most")))
      ++first;
    words.erase(words.begin(), words.begin() + static_cast<long>(first));
    while (words.size() > 1 && (words.back().low == "of" || words.back().low == "after" ||
                                words.back().low == "before" || words.back().low == "as")) {
      words.pop_back();
    }
    if (words.empty()) return;
    out.begin = words.front().begin;
    out.end = words.back().end;
    // Keep a closing full stop of an abbreviation ("Jan.", "p.m.") inside the span.
    while (out.end < match.size() && match[out.end] == '.') ++out.end;
    if (out.end > words.back().end + 1) out.end = words.back().end + 1;
  }

  std::string x_date() const { return "XXXX-XX-XX"; }

  // Drops leading words in `drop` from the span (TimeBank leaves them out).
  void drop_leading(std::initializer_list<std::string_view> drop) {
    size_t first = 0;
    while (first + 1 < words.size() &&
           std::find(drop.begin(), drop.end(), words[first].low) != drop.end())
      ++first;
    if (first == 0) return;
    words.erase(words.begin(), words.begin() + static_cast<long>(first));
    out.begin = words.front().begin;
  }

  // "the third-quarter loss", "a 14-day trip": an adjective; its determiner is the noun's.
  void drop_determiner_of_adjective() {
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      bool hyphen = words[i].end < words[i + 1].begin && match[words[i].end] == '-';
      bool last = i + 2 == words.size();
      // "a five-year plan", "a day-long session": the determiner is the noun's.
      bool unit_long = words[i + 1].low == "long" && unit_of(words[i].low);
      if (hyphen && last && (unit_of(words[i + 1].low) || unit_long)) {
        drop_leading({"the", "a", "an", "its", "their", "his", "her"});
        return;
      }
    }
    // "the two day meeting", "a 2 hour speech": a count above one before a singular unit is
    // an adjective too (TimeBank: "a four year", "the two day" tagged without the article).
    if (words.size() == 3 && words[2].low.back() != 's' && unit_of(words[2].low)) {
      const std::string& n = words[1].low;
      bool count = small_number(n) >= 2 || (all_digits(n) && n != "0" && n != "1");
      if (count) drop_leading({"the", "a", "an", "its", "their", "his", "her"});
    }
  }

  // The lower-cased word just before / after the match ("" at a punctuation mark).
  // Whether `before` (the text up to a match) ends a sentence or opens a quotation: nothing
  // but spaces after a full stop, question or exclamation mark, colon, line break or opening
  // quote (straight, doubled backquote or the last byte of a UTF-8 curly one).
  static bool opens_sentence(std::string_view before) {
    size_t e = before.size();
    while (e > 0 && before[e - 1] == ' ') --e;
    if (e == 0) return true;
    char c = before[e - 1];
    return c == '.' || c == '?' || c == '!' || c == ':' || c == '\n' || c == '"' || c == '`' ||
           c == '\'' || c == '\x9C' || c == '\x98';
  }
  // Whether the match follows a word that looks ahead to it: "ahead of", "before", "awaiting",
  // "for" ("shares fell ahead of Friday's report", "braced for Sunday's vote").
  bool awaited() const {
    const std::string p = previous_word();
    if (p == "before" || p == "awaiting" || p == "await" || p == "for" || p == "until" || p == "till")
      return true;
    if (p != "of") return false;
    std::string lower_before;
    for (char c : before) lower_before += static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    return lower_before.find("ahead of") != std::string::npos ||
           lower_before.find("eve of") != std::string::npos ||
           lower_before.find("run-up to") != std::string::npos;
  }
  std::string previous_word() const {
    size_t e = before.size();
    while (e > 0 && before[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && is_alpha(before[b - 1])) --b;
    std::string w;
    for (size_t i = b; i < e; ++i) w += static_cast<char>(before[i] | 0x20);
    return w;
  }
  // The lower-cased word after byte `end` of the match, reading on into `after`.
  std::string next_word_after(size_t end) const {
    if (end >= match.size()) return next_word();
    size_t b = end;
    while (b < match.size() && match[b] == ' ') ++b;
    std::string w;
    while (b < match.size() && is_alpha(match[b])) w += static_cast<char>(match[b++] | 0x20);
    return w;
  }
  std::string next_word() const {
    size_t b = 0;
    while (b < after.size() && after[b] == ' ') ++b;
    std::string w;
    while (b < after.size() && is_alpha(after[b])) w += static_cast<char>(after[b++] | 0x20);
    return w;
  }

  // Whether the match ends its phrase: punctuation, the end of the text or a conjunction or
  // preposition follows ("the week before, ...", "the day after and ..."), not a noun phrase
  // or clause the words would count from ("the week before the vote", "the day after he won").
  bool ends_phrase(std::string_view rest) const {
    size_t b = 0;
    while (b < rest.size() && rest[b] == ' ') ++b;
    if (b == rest.size() || (!is_alpha(rest[b]) && !is_digit(rest[b]))) return true;
    std::string w = next_word();
    return w == "and" || w == "but" || w == "or" || w == "in" || w == "at";
  }

  // The first `n` words after the match, lower-cased (letters or digits; punctuation ends
  // the scan): "of canadian exports" -> {"of", "canadian"} for n = 2.
  std::vector<std::string> words_after(size_t n) const {
    std::vector<std::string> out;
    size_t b = 0;
    while (out.size() < n) {
      while (b < after.size() && after[b] == ' ') ++b;
      std::string w;
      while (b < after.size() && (is_alpha(after[b]) || (after[b] >= '0' && after[b] <= '9')))
        w += static_cast<char>(after[b] >= 'A' && after[b] <= 'Z' ? after[b] | 0x20 : after[b]), ++b;
      if (w.empty()) break;
      out.push_back(std::move(w));
    }
    return out;
  }

  // A quarter count read as a fraction: "of" follows and names no time ("of 2025", "of the
  // year", "of fiscal 2024" do), no ordinal in the match ("the first three quarters"), and no
  // preposition or determiner of time before it ("for", "over", "the", "past").
  bool quarter_fraction() const {
    if (std::any_of(words.begin(), words.end(), [](const auto& w) { return ordinal_of(w.low) != 0; }))
      return false;
    auto next = words_after(3);
    if (next.size() < 2 || next[0] != "of") return false;
    auto time_word = [](const std::string& w) {
      return (w.size() == 4 && all_digits(w)) || w == "year" || w == "fiscal" || w == "this" ||
             w == "last" || w == "next";
    };
    if (time_word(next[1]) || (next[1] == "the" && next.size() == 3 && time_word(next[2]))) return false;
    static constexpr std::string_view kTimePrepositions[] = {
        "for", "in", "over", "after", "during", "within", "past", "next", "last", "recent",
        "the", "consecutive", "straight", "successive", "previous", "following", "those", "these"};
    std::string p = previous_word();
    return std::find(std::begin(kTimePrepositions), std::end(kTimePrepositions), p) ==
           std::end(kTimePrepositions);
  }

  // "February this year", "in May of last year": the year named right after a year-less
  // month or day, as an offset from the DCT's year (nullopt when none is named).
  std::optional<int> year_named_after() const {
    // Inside the match: "February this year" (the grammar's YEARNAMED).
    size_t n = words.size();
    if (n >= 3 && words[n - 1].low == "year") {
      const std::string& w = words[n - 2].low;
      if (w == "this") return 0;
      if (w == "last") return -1;
      if (w == "next") return 1;
    }
    std::string_view rest = after;
    auto skip = [&](std::string_view w) {
      size_t i = 0;
      while (i < rest.size() && (rest[i] == ' ' || rest[i] == ',')) ++i;
      if (rest.size() - i < w.size()) return false;
      for (size_t k = 0; k < w.size(); ++k)
        if ((rest[i + k] | 0x20) != w[k]) return false;
      if (i + w.size() < rest.size() && is_alpha(rest[i + w.size()])) return false;
      rest.remove_prefix(i + w.size());
      return true;
    };
    skip("of");
    int offset;
    if (skip("this")) offset = 0;
    else if (skip("last")) offset = -1;
    else if (skip("next")) offset = 1;
    else return std::nullopt;
    if (!skip("year")) return std::nullopt;
    return offset;
  }

  void read_iso() {
    int y = std::atoi(std::string(match.substr(0, 4)).c_str());
    unsigned m = static_cast<unsigned>(std::atoi(std::string(match.substr(5, 2)).c_str()));
    unsigned d = static_cast<unsigned>(std::atoi(std::string(match.substr(8, 2)).c_str()));
    year_month_day ymd{year{y}, month{m}, day{d}};
    if (!ymd.ok()) return;
    if (match.size() > 10)
      set(TimexType::kTime, format_date(ymd) + std::string(match.substr(10, 6)), TimexAnchor::kText);
    else
      set(TimexType::kDate, format_date(ymd), TimexAnchor::kText);
  }

  void read_numeric() {
    unsigned m = 0, d = 0;
    int y = 0;
    if (std::sscanf(std::string(match).c_str(), "%u/%u/%d", &m, &d, &y) != 3) return;
    if (y < 100) y += y < 50 ? 2000 : 1900;
    year_month_day ymd{year{y}, month{m}, day{d}};
    if (!ymd.ok()) return;
    set(TimexType::kDate, format_date(ymd), TimexAnchor::kText);
  }

  // A date from month and day words, with the year from the text or the DCT.
  std::optional<std::string> month_day(int* m_out = nullptr) {
    int m = 0, d = 0, y = 0;
    for (const auto& w : words) {
      if (!m) m = month_of(w.low);
      if (w.low.size() == 4 && all_digits(w.low)) {
        y = std::atoi(w.low.c_str());
        continue;
      }
      if (!d && !w.low.empty() && is_digit(w.low[0]) && w.low.size() <= 4) {
        int v = std::atoi(w.low.c_str());
        if (v >= 1 && v <= 31) d = v;
      }
    }
    if (!m || !d) return std::nullopt;
    if (m_out) *m_out = m;
    if (y) {
      year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
      if (!ymd.ok()) return std::nullopt;
      out.anchor = TimexAnchor::kText;
      return format_date(ymd);
    }
    out.anchor = TimexAnchor::kDct;
    if (!dct) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", m, d);
      return std::string(buf);
    }
    auto named = year_named_after();
    int cy = named ? dct_year(*dct) + *named : pick_year(dct_year(*dct), day_position(m, d),
                         day_position(dct_month(*dct), static_cast<int>(static_cast<unsigned>(dct->day()))),
                         12 * 31.0);
    year_month_day ymd{year{cy}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) {  // February 29 of a common year: the nearest leap year's
      ymd = year_month_day{year{cy - 1}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
      if (!ymd.ok()) return std::nullopt;
    }
    return format_date(ymd);
  }

  void read_month_day() {
    TimexAnchor anchor = TimexAnchor::kText;
    auto v = month_day();
    if (!v) return;
    anchor = out.anchor;
    size_t w0 = !words.empty() && words[0].low == "the" ? 1 : 0;
    if (words.size() > w0 + 1 && words[w0].low == "week" && words[w0 + 1].low == "of") {
      // "the week of March 6": the ISO week holding that day.
      int y = std::atoi(v->c_str());
      year_month_day d{year{y}, month{static_cast<unsigned>(std::atoi(v->c_str() + 5))},
                       day{static_cast<unsigned>(std::atoi(v->c_str() + 8))}};
      set(TimexType::kDate, is_digit((*v)[0]) && d.ok() ? iso_week(d) : "XXXX-WXX", anchor);
      return;
    }
    set(TimexType::kDate, *v, anchor);
    out.mod = mod_of(words);
  }

  void read_month_year() {
    int m = 0;
    for (const auto& w : words)
      if (!m) m = month_of(w.low);
    int y = first_year(words);
    if (!m || !y) return;
    set(TimexType::kDate, format_month(y, m), TimexAnchor::kText);
    out.mod = mod_of(words);
  }

  void read_month() {
    // "May" and "March" alone are names and verbs more often than months: only after a
    // preposition that takes a date.
    if (words.size() == 1 && (words[0].low == "may" || words[0].low == "march")) {
      std::string p = previous_word();
      if (!(is_leading_preposition(p) || p == "early" || p == "late" || p == "mid" || p == "and" ||
            p == "or" || p == "through" || p == "to"))
        return;
    }
    trim();
    int m = 0;
    for (const auto& w : words)
      if (!m) m = month_of(w.low);
    if (!m) return;
    if (has_word(words, "each") || has_word(words, "every")) {
      set(TimexType::kSet, format_month(0, m).replace(0, 4, "XXXX"), TimexAnchor::kText);
      return;
    }
    out.mod = mod_of(words);
    if (!dct) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "XXXX-%02d", m);
      set(TimexType::kDate, buf, TimexAnchor::kDct);
      return;
    }
    int y = dct_year(*dct), cm = dct_month(*dct);
    int dir = relative_direction(words);
    int chosen;
    if (auto named = year_named_after())
      chosen = y + *named;
    else if (dir == -1)
      chosen = m < cm ? y : y - 1;
    else if (dir == 1)
      chosen = m > cm ? y : y + 1;
    else if (dir == 0)
      chosen = y;
    else
      chosen = pick_year(y, m, cm, 12);
    set(TimexType::kDate, format_month(chosen, m), TimexAnchor::kDct);
  }

  void read_year() {
    trim();
    int y = first_year(words);
    // "FY26", "FY '26": a fiscal year of this century.
    for (const auto& w : words) {
      std::string v = w.low.rfind("fy", 0) == 0 ? w.low.substr(2) : w.low;
      if (!v.empty() && v[0] == '\'') v = v.substr(1);
      if (!y && v.size() == 2 && all_digits(v) && (w.low.rfind("fy", 0) == 0 || words[0].low == "fy"))
        y = 2000 + std::atoi(v.c_str());
      if (!y && v.size() == 4 && all_digits(v)) y = std::atoi(v.c_str());
    }
    if (!y) return;
    out.mod = mod_of(words);
    set(TimexType::kDate, format_year(y), TimexAnchor::kText);
  }

  // The year of "nineteen ninety-four", "the year two thousand and one"; 0 when none.
  int spoken_year() const {
    size_t i = 0;
    while (i < words.size() && words[i].low != "nineteen" &&
           !(words[i].low == "two" && i + 1 < words.size() && words[i + 1].low == "thousand"))
      ++i;
    if (i >= words.size()) return 0;
    int y = 0;
    if (words[i].low == "nineteen") {
      y = 1900;
      int rest = 0;
      for (size_t k = i + 1; k < words.size(); ++k) {
        if (words[k].low == "hundred" || words[k].low == "oh") continue;
        rest += small_number(words[k].low);
      }
      y += rest;
    } else {
      y = 2000;
      for (size_t k = i + 1; k < words.size(); ++k)
        if (words[k].low != "thousand" && words[k].low != "and") y += small_number(words[k].low);
    }
    return y;
  }

  void read_spoken_year() {
    int m = 0;
    for (const auto& w : words)
      if (!m) m = month_of(w.low);
    int y = spoken_year();
    if (!y) return;
    set(TimexType::kDate, m ? format_month(y, m) : format_year(y), TimexAnchor::kText);
  }

  void read_decade() {
    std::string value;
    for (const auto& w : words) {
      const std::string& s = w.low;
      if (s.size() >= 5 && all_digits(s.substr(0, 4)) && s.back() == 's') {
        value = s.substr(0, 3);
      } else if (s.size() >= 4 && s[0] == '\'' && is_digit(s[1])) {
        value = std::string("19") + s[1];
      } else if (int n = lookup(s, {"twenties", "thirties", "forties", "fifties", "sixties",
                                    "seventies", "eighties", "nineties"}, 2)) {
        value = "19" + std::to_string(n);
      }
    }
    if (value.empty()) return;
    // "the 1900s" is a century when it ends in 00 and nothing says decade; keep the decade.
    set(TimexType::kDate, value, TimexAnchor::kText);
    out.mod = mod_of(words);
  }

  void read_century() {
    int n = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].low == "twenty" && i + 1 < words.size()) {
        n = 20 + ordinal_of(words[i + 1].low);
        break;
      }
      if (int o = ordinal_of(words[i].low)) {
        n = o;
        break;
      }
    }
    out.mod = mod_of(words);
    if (n) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%02d", n - 1);
      set(TimexType::kDate, buf, TimexAnchor::kText);
      return;
    }
    int dir = relative_direction(words);
    if (!dct) {
      set(TimexType::kDate, "XX", TimexAnchor::kDct);
      return;
    }
    int c = dct_year(*dct) / 100 + (dir == -1 ? -1 : dir == 1 ? 1 : 0);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%02d", c);
    set(TimexType::kDate, buf, TimexAnchor::kDct);
  }

  // Year of a quarter or half: from the text, "this/last/next year", or the DCT and tense.
  void read_part_of_year(char letter, int parts) {
    if (match.find("-quarter") != std::string_view::npos || match.find("-half") != std::string_view::npos) {
      bool noun_follows = first_year(words) != 0 || has_word(words, "of");
      if (!noun_follows) drop_leading({"the", "a", "an", "its", "their"});
    }
    drop_leading({"its", "their"});  // "its third quarter": the company's, not part of the date
    int n = 0;
    for (const auto& w : words) {
      if (w.low.size() == 2 && (w.low[0] == 'q' || w.low[0] == 'h') && is_digit(w.low[1]))
        n = w.low[1] - '0';
      else if (int o = ordinal_of(w.low); o && !n)
        n = o;
      else if (!n && (w.low == "latter" || w.low == "last") && letter == 'H')
        n = 2;
    }
    if (n < 1 || n > parts) return;
    int y = first_year(words);
    // "Q3 '25", "Q3 FY26"
    for (const auto& w : words) {
      std::string s = w.low;
      if (s.rfind("fy", 0) == 0) s = s.substr(2);
      if (!s.empty() && s[0] == '\'') s = s.substr(1);
      if (!y && s.size() == 2 && all_digits(s)) y = 2000 + std::atoi(s.c_str());
    }
    char buf[40];
    if (y) {
      std::snprintf(buf, sizeof buf, "%04d-%c%d", y, letter, n);
      set(TimexType::kDate, buf, TimexAnchor::kText);
      return;
    }
    if (!dct) {
      std::snprintf(buf, sizeof buf, "XXXX-%c%d", letter, n);
      set(TimexType::kDate, buf, TimexAnchor::kDct);
      return;
    }
    int cy = dct_year(*dct);
    int current = (dct_month(*dct) - 1) / (12 / parts) + 1;
    bool year_named = false;
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      if (words[i + 1].low != "year") continue;
      if (words[i].low == "last") cy -= 1;
      if (words[i].low == "next") cy += 1;
      year_named = true;
    }
    // A year-less quarter is of the DCT's year (news reports the quarters of the current year),
    // except one told in the past tense that has not begun by the DCT: "profits fell in the
    // fourth quarter" in January is last year's fourth quarter.
    if (!year_named && tense == Tense::kPast && n > current) cy -= 1;
    std::snprintf(buf, sizeof buf, "%04d-%c%d", cy, letter, n);
    set(TimexType::kDate, buf, TimexAnchor::kDct);
  }

  void read_season() {
    auto [code, position] = season_of(words);
    if (code.empty()) return;
    // "the fall of the Berlin Wall", "the fall in prices": a noun, not a season.
    if (code == "FA" && words.size() >= 1 && first_year(words) == 0) {
      bool modified = false;
      for (const auto& w : words)
        modified |= (w.low == "this" || w.low == "last" || w.low == "next" || w.low == "early" ||
                     w.low == "late" || w.low == "mid" || w.low == "past" || w.low == "coming");
      // "last fall in his home" is a season; "the fall in prices" a noun.
      bool deictic = modified && words[0].low != "the";
      std::string_view rest = after;
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      if (!deictic && (rest.rfind("of", 0) == 0 || rest.rfind("in", 0) == 0 ||
                       rest.rfind("from", 0) == 0 || rest.rfind("to", 0) == 0 ||
                       rest.rfind("was", 0) == 0))
        return;
      if (!modified && !(words.size() == 2 && words[0].low == "the" &&
                         is_leading_preposition(previous_word())))
        return;
    }
    trim();
    out.mod = mod_of(words);
    int y = first_year(words);
    if (!y) y = spoken_year();
    if (y) {
      set(TimexType::kDate, format_year(y) + "-" + code, TimexAnchor::kText);
      return;
    }
    if (!dct) {
      set(TimexType::kDate, "XXXX-" + code, TimexAnchor::kDct);
      return;
    }
    int cy = dct_year(*dct), cur = season_position(dct_month(*dct));
    int dir = relative_direction(words);
    int chosen;
    if (dir == -1)
      chosen = position < cur ? cy : cy - 1;
    else if (dir == 1)
      chosen = position > cur ? cy : cy + 1;
    else if (dir == 0)
      chosen = cy;
    else
      chosen = pick_year(cy, position, cur, 4);
    set(TimexType::kDate, format_year(chosen) + "-" + code, TimexAnchor::kDct);
  }

  void read_day_relative() {
    int offset = 0;
    std::string pod = part_of_day(words);
    bool found = false;
    for (size_t i = 0; i < words.size(); ++i) {
      const std::string& w = words[i].low;
      if (w == "today" || w == "tonight" || w == "this") { offset = 0; found = true; }
      if (w == "yesterday") { offset = -1; found = true; }
      if (w == "tomorrow") { offset = 1; found = true; }
      if (w == "last") { offset = -1; found = true; }  // "last night"
      if (w == "before" && has_word(words, "yesterday")) { offset = -2; break; }
      if (w == "after" && has_word(words, "tomorrow")) { offset = 2; break; }
    }
    if (!found && has_word(words, "mid") && !pod.empty()) {
      // "by mid-afternoon": that part of the day the text is at, else of the DCT.
      out.mod = "MID";
      if (reference && reference->granularity >= 2) {
        set(TimexType::kTime, format_date(reference->date) + "T" + pod, TimexAnchor::kTimex);
        return;
      }
      found = true;
    }
    if (!found) return;
    if (has_word(words, "last") && pod.empty()) return;
    // "today's world", "today's youth": the present in general, which TimeBank leaves untagged.
    if (!words.empty() && words.back().possessive && words.back().low == "today" &&
        is_generic_present_noun(next_word()))
      return;
    out.mod = mod_of(words);
    drop_leading({"earlier", "later"});
    TimexType type = pod.empty() ? TimexType::kDate : TimexType::kTime;
    if (!dct) {
      set(type, x_date() + (pod.empty() ? "" : "T" + pod), TimexAnchor::kDct);
      return;
    }
    set(type, format_date(add_days(*dct, offset)) + (pod.empty() ? "" : "T" + pod),
        TimexAnchor::kDct);
  }

  // The last completed quarter before the DCT, `years_back` years earlier: "1988-Q3".
  std::string last_quarter(int years_back) const {
    int y = dct_year(*dct), q = (dct_month(*dct) - 1) / 3;  // 0 = the quarter before Q1
    if (q == 0) { q = 4; --y; }
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-Q%d", y - years_back, q);
    return buf;
  }

  void read_unit_relative() {
    // The unit is the last unit word; "year-end" and "the weekend" are special.
    bool weekend = has_word(words, "weekend");
    bool year_end = (has_word(words, "year") && has_word(words, "end") && words.size() <= 3) ||
                    (match.find("year's end") != std::string_view::npos);
    std::optional<Unit> unit;
    for (const auto& w : words)
      if (auto u = unit_of(w.low)) unit = u;
    if (weekend) unit = Unit{'W', 1, false};
    bool year_ago = false;
    for (size_t i = 0; i + 1 < words.size(); ++i)
      if (words[i].low == "year" && (words[i + 1].low == "ago" || words[i + 1].low == "earlier"))
        year_ago = true;
    bool latest = has_word(words, "latest") || has_word(words, "recent");
    bool period = has_word(words, "period") || has_word(words, "quarter");
    out.mod = mod_of(words);
    if (year_ago || latest) {
      out.mod.clear();
      // "the year-earlier nine months": a stretch of months, like "the first nine months"
      // (TimeBank: DURATION P9M).
      for (size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i + 1].low == "months")
          if (int n = small_number(words[i].low)) {
            set(TimexType::kDuration, "P" + std::to_string(n) + "M", TimexAnchor::kText);
            return;
          }
      if (!dct) { set(TimexType::kDate, period ? "XXXX-QX" : "XXXX", TimexAnchor::kDct); return; }
      int ordinal = 0;
      for (const auto& w : words)
        if (int o = ordinal_of(w.low); o >= 1 && o <= 4) ordinal = o;
      // Relative to the quarter under discussion, not to the DCT: anchored on a timex.
      if (ordinal) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%04d-Q%d", dct_year(*dct) - (year_ago ? 1 : 0), ordinal);
        set(TimexType::kDate, buf, year_ago ? TimexAnchor::kTimex : TimexAnchor::kDct);
      } else if (period) {
        set(TimexType::kDate, last_quarter(year_ago ? 1 : 0), year_ago ? TimexAnchor::kTimex : TimexAnchor::kDct);
      } else {
        set(TimexType::kDate, format_year(dct_year(*dct) - 1), TimexAnchor::kDct);
        if (year_ago) out.years_back = 1;
      }
      return;
    }
    if (!unit) return;
    // "the year", "the quarter", "the week": the current one (the quarter: the last reported).
    bool bare_the = !words.empty() && words[0].low == "the" && relative_direction(words) == 2 &&
                    !weekend;
    // "the year ended March 31", "the fiscal year ending June 30": a year-long period
    // anchored on its end (TimeBank: DURATION P1Y with an endPoint), not the DCT's year.
    if (bare_the && unit->letter == 'Y' && unit->factor == 1) {
      std::string n = next_word();
      if (n == "ended" || n == "ending") {
        set(TimexType::kDuration, "P1Y", TimexAnchor::kText);
        return;
      }
    }
    if (bare_the && dct) {
      if (unit->letter == 'Q') {
        if (tense == Tense::kFuture) {
          char buf[40];
          std::snprintf(buf, sizeof buf, "%04d-Q%d", dct_year(*dct), (dct_month(*dct) - 1) / 3 + 1);
          set(TimexType::kDate, buf, TimexAnchor::kDct);
        } else {
          set(TimexType::kDate, last_quarter(0), TimexAnchor::kDct);
        }
        return;
      }
    }
    int dir = relative_direction(words);
    bool the_span = !words.empty() && words[0].low == "the" && words.size() >= 2 &&
                    (words[1].low == "past" || words[1].low == "last" || words[1].low == "next" ||
                     words[1].low == "coming" || words[1].low == "following" ||
                     words[1].low == "previous" || words[1].low == "preceding");
    if (year_end) {
      out.mod = "END";
      if (!dct) { set(TimexType::kDate, "XXXX", TimexAnchor::kDct); return; }
      set(TimexType::kDate, format_year(dct_year(*dct)), TimexAnchor::kDct);
      return;
    }
    if (has_word(words, "time") && has_word(words, "year")) {  // this time last year
      if (!dct) { set(TimexType::kDate, x_date(), TimexAnchor::kDct); return; }
      year_month_day d{dct->year() - std::chrono::years{1}, dct->month(), dct->day()};
      if (!d.ok()) d = year_month_day{d.year(), d.month(), day{28}};
      set(TimexType::kDate, format_date(d), TimexAnchor::kDct);
      return;
    }
    // "the past month", "the next week": a span of one unit, except the year (TimeBank: a date)
    // and the quarter, a reporting period ("profit doubled in the last quarter": the quarter
    // before the DCT's, as "last quarter" is).
    bool year_or_quarter = (unit->letter == 'Y' && unit->factor == 1) || unit->letter == 'Q';
    if (the_span && !weekend && !year_or_quarter) {
      Count one{1, true, true};
      set(TimexType::kDuration, duration_value(one, *unit), TimexAnchor::kText);
      return;
    }
    if (dir == 2) dir = 0;
    if (!dct) {
      std::string v = unit->letter == 'W' ? (weekend ? "XXXX-WXX-WE" : "XXXX-WXX")
                      : unit->letter == 'M' ? "XXXX-XX"
                      : unit->letter == 'Q' ? "XXXX-QX"
                      : unit->letter == 'D' ? x_date()
                      : unit->factor == 10  ? "XXX"
                                            : "XXXX";
      set(TimexType::kDate, v, TimexAnchor::kDct);
      return;
    }
    int y = dct_year(*dct), m = dct_month(*dct);
    switch (unit->letter) {
      case 'D':
        set(TimexType::kDate, format_date(add_days(*dct, dir)), TimexAnchor::kDct);
        return;
      case 'W': {
        if (weekend) {
          // The weekend of this week; "the weekend" in past text is the last one.
          int wd = static_cast<int>(iso_weekday(*dct));
          int shift = dir * 7;
          if (dir == 0 && wd < 6 && tense != Tense::kFuture && !has_word(words, "this")) shift = -7;
          set(TimexType::kDate, iso_week(add_days(*dct, shift)) + "-WE", TimexAnchor::kDct);
          return;
        }
        set(TimexType::kDate, iso_week(add_days(*dct, dir * 7)), TimexAnchor::kDct);
        return;
      }
      case 'M':
        set(TimexType::kDate, format_month(y, m + dir), TimexAnchor::kDct);
        return;
      case 'Q': {
        int q = (m - 1) / 3 + 1 + dir - (latest ? 1 : 0);
        int qy = y - (year_ago ? 1 : 0);
        while (q < 1) { q += 4; --qy; }
        while (q > 4) { q -= 4; ++qy; }
        char buf[40];
        std::snprintf(buf, sizeof buf, "%04d-Q%d", qy, q);
        set(TimexType::kDate, buf, TimexAnchor::kDct);
        return;
      }
      case 'Y':
        if (unit->factor == 10) {
          if (dir != 0) {
            Count one{1, true, true};
            set(TimexType::kDuration, "P10Y", TimexAnchor::kText);
            (void)one;
            return;
          }
          set(TimexType::kDate, format_year(y).substr(0, 3), TimexAnchor::kDct);
          return;
        }
        set(TimexType::kDate, format_year(y + dir - (year_ago ? 1 : 0)), TimexAnchor::kDct);
        return;
      default:
        return;
    }
  }

  // The unit and count of "<count> <unit>" phrases.
  bool count_and_unit(Count* count, Unit* unit, size_t* unit_index) {
    for (size_t i = 0; i < words.size(); ++i) {
      // "a quarter of a century" P25Y, "three quarters of an hour" PT45M: a fraction of the
      // unit after "of".
      bool quarter = words[i].low == "quarter" || words[i].low == "quarters";
      if (quarter && i + 3 < words.size() && words[i + 1].low == "of") {
        auto u = unit_of(words[i + 3].low);
        if (!u) return false;
        *unit = *u;
        *unit_index = i + 3;
        *count = count_of(words, 0, i);
        count->value *= 0.25;
        return true;
      }
      if (auto u = unit_of(words[i].low)) {
        *unit = *u;
        *unit_index = i;
        *count = count_of(words, 0, i);
        // "a second" and "a quarter" ("more than a quarter of the market") are ordinals and
        // fractions more often than durations.
        if (count->found && count->known && count->value == 1 &&
            (u->letter == 'S' || u->letter == 'Q') && i > 0 &&
            (words[i - 1].low == "a" || words[i - 1].low == "an"))
          return false;
        return true;
      }
    }
    return false;
  }

  // `base` shifted by n units, written at the coarser of the unit's granularity and
  // `granularity` (0 year, 1 month, 2 day): "2026-01-13", "2026-W02", "2025-12", "2024".
  std::string shifted(year_month_day base, const Unit& unit, double n, int granularity) const {
    int y = static_cast<int>(base.year()), m = static_cast<int>(static_cast<unsigned>(base.month()));
    if (unit.time) {
      // "24 hours ago", "90 minutes later": whole days of hours move the day, a part of one
      // does not (the hour of the base is unknown).
      double hours = unit.letter == 'H' ? n : unit.letter == 'S' ? n / 3600 : n / 60;
      if (int days = static_cast<int>(std::trunc(hours / 24))) {
        base = add_days(base, days);
        y = static_cast<int>(base.year());
        m = static_cast<int>(static_cast<unsigned>(base.month()));
      }
      return granularity >= 2 ? format_date(base) : granularity == 1 ? format_month(y, m) : format_year(y);
    }
    switch (unit.letter) {
      case 'D': {
        year_month_day d = add_days(base, static_cast<int>(std::lround(n)));
        if (granularity >= 2) return format_date(d);
        int dy = static_cast<int>(d.year()), dm = static_cast<int>(static_cast<unsigned>(d.month()));
        return granularity == 1 ? format_month(dy, dm) : format_year(dy);
      }
      case 'W': {
        year_month_day d = add_days(base, static_cast<int>(std::lround(n * 7)));
        if (granularity >= 2) return iso_week(d);
        int dy = static_cast<int>(d.year()), dm = static_cast<int>(static_cast<unsigned>(d.month()));
        return granularity == 1 ? format_month(dy, dm) : format_year(dy);
      }
      case 'M': {
        std::string v = format_month(y, m + static_cast<int>(std::lround(n)));
        return granularity >= 1 ? v : v.substr(0, 4);
      }
      case 'Q': {
        std::string v = format_month(y, m + static_cast<int>(std::lround(n * 3)));
        int qm = std::atoi(v.c_str() + 5);
        return granularity >= 1 ? v.substr(0, 4) + "-Q" + std::to_string((qm - 1) / 3 + 1) : v.substr(0, 4);
      }
      case 'Y':
        if (n != std::floor(n)) {
          std::string v = format_month(y, m + static_cast<int>(std::lround(n * 12)));
          return granularity >= 1 ? v : v.substr(0, 4);
        }
        return format_year(y + static_cast<int>(n));
      default:
        return format_date(base);
    }
  }

  void read_ago() {
    // "a month later than planned", "two years earlier than expected": a comparative, so the
    // count is a duration and no date ("later than" has no anchor to count from).
    if (words.size() > 1 && (words.back().low == "later" || words.back().low == "earlier") &&
        next_word_after(words.back().end) == "than") {
      words.pop_back();
      read_duration();
      return;
    }
    Count count;
    Unit unit;
    size_t ui = 0;
    if (!count_and_unit(&count, &unit, &ui)) return;
    // "ago", "from now": from the DCT. "earlier", "later": from the time the text is at.
    int dir = -1;
    bool narrative = false;
    for (const auto& w : words) {
      if (w.low == "later" || w.low == "hence" || w.low == "from" || w.low == "after") dir = 1;
      if (w.low == "later" || w.low == "earlier" || w.low == "before" || w.low == "after" ||
          w.low == "previously")
        narrative = true;
    }
    out.mod = mod_of(words);
    if (out.mod == "START" || out.mod == "END" || out.mod == "MID") out.mod.clear();
    if (!count.known) {
      set(TimexType::kDate, dir < 0 ? "PAST_REF" : "FUTURE_REF", TimexAnchor::kDct);
      return;
    }
    double n = count.value * unit.factor * dir;
    if (unit.letter == 'Y' && n < 0 && n == std::floor(n) && unit.factor == 1)
      out.years_back = static_cast<int>(-n);
    if (narrative && reference) {
      set(TimexType::kDate, shifted(reference->date, unit, n, reference->granularity),
          TimexAnchor::kTimex);
      return;
    }
    if (!dct) {
      std::string v = unit.time || unit.letter == 'D' ? x_date()
                      : unit.letter == 'W'           ? "XXXX-WXX"
                      : unit.letter == 'M'           ? "XXXX-XX"
                                                     : "XXXX";
      set(TimexType::kDate, v, TimexAnchor::kDct);
      return;
    }
    set(TimexType::kDate, shifted(*dct, unit, n, 2), TimexAnchor::kDct);
  }

  // "that day", "the same week", "the following year", "later that month": the reference
  // time (the last date the text gave), shifted by a unit for "following"/"previous".
  void read_anaphoric() {
    // "in the morning", "during the night": that part of the day the text is at ("Shares fell
    // Friday. Dealers sold in the morning" = Friday morning); only after a preposition and a
    // day-precise date, so "the morning papers" and "in the evening" in general are no timex.
    if (words.size() == 2 && words[0].low == "the" && !part_of_day(words).empty()) {
      std::string p = previous_word();
      bool preposition = p == "in" || p == "during" || p == "by" || p == "until" || p == "through" ||
                         p == "throughout";
      if (!preposition || !reference || reference->granularity < 2) return;
    }
    std::optional<Unit> unit;
    for (const auto& w : words)
      if (auto u = unit_of(w.low)) unit = u;
    std::string pod = part_of_day(words);
    if (!unit && !pod.empty()) unit = Unit{'D', 1, false};
    if (!unit) return;
    bool before_after = has_word(words, "before") || has_word(words, "after");
    if (before_after && !ends_phrase(after))
      return;  // "the week before the vote": counted from an event, not from a date
    int dir = 0;
    for (const auto& w : words) {
      if (w.low == "following" || w.low == "next" || w.low == "after") dir = 1;
      if (w.low == "previous" || w.low == "preceding" || w.low == "prior" || w.low == "before") dir = -1;
    }
    out.mod = mod_of(words);
    // "the week before last", "the year after next": two units from the DCT's.
    if (before_after && (words.back().low == "last" || words.back().low == "next")) {
      dir = words.back().low == "last" ? -2 : 2;
      if (!dct) {
        set(TimexType::kDate, unit->letter == 'D' ? x_date() : unit->letter == 'W' ? "XXXX-WXX"
                              : unit->letter == 'M' ? "XXXX-XX" : "XXXX", TimexAnchor::kDct);
        return;
      }
      set(TimexType::kDate, shifted(*dct, *unit, dir, 2), TimexAnchor::kDct);
      return;
    }
    // "the previous week" after "the fiscal year": a year cannot say which week came before;
    // counted from the DCT instead.
    const bool coarser = reference && dir != 0 && dct &&
                         ((reference->granularity < 2 && (unit->letter == 'D' || unit->letter == 'W')) ||
                          (reference->granularity < 1 && unit->letter == 'M'));
    if (reference && !coarser) {
      std::string v = shifted(reference->date, *unit, dir, reference->granularity);
      if (unit->letter == 'W' && dir == 0 && reference->granularity >= 2) v = iso_week(reference->date);
      bool time = !pod.empty() && reference->granularity >= 2 && unit->letter == 'D';
      set(time ? TimexType::kTime : TimexType::kDate, time ? v + "T" + pod : v, TimexAnchor::kTimex);
      return;
    }
    if (dir == 0) return;  // "that day" with nothing before it to point at
    if (!dct) {
      set(TimexType::kDate, unit->letter == 'D' ? x_date() : unit->letter == 'M' ? "XXXX-XX" : "XXXX",
          TimexAnchor::kDct);
      return;
    }
    set(TimexType::kDate, shifted(*dct, *unit, dir, 2), TimexAnchor::kDct);
  }

  // "$2 million a year", "358,000 a month", "15 instructions per second", "rise 8.5%
  // annually", "10,000 units yearly": a rate after an amount, not a timex (TimeBank leaves
  // these untagged).
  bool is_rate() const {
    bool per_unit = words.size() == 2 && (words[0].low == "a" || words[0].low == "per");
    bool rate_adverb = words.size() == 1 && (words[0].low == "annually" || words[0].low == "yearly" ||
                                              words[0].low == "monthly" || words[0].low == "weekly" ||
                                              words[0].low == "daily" || words[0].low == "hourly");
    if (!per_unit && !rate_adverb) return false;
    size_t e = before.size();
    while (e > 0 && before[e - 1] == ' ') --e;
    if (e == 0) return false;
    char c = before[e - 1];
    if (is_digit(c) || c == '%') return true;
    std::string p = previous_word();
    if (rate_adverb && p == "average") return true;  // "average daily volume"
    if (p == "million" || p == "billion" || p == "thousand" || p == "percent" || p == "cents" ||
        p == "dollars")
      return true;
    // "one million visitors per week", "700 seats a week", "80 trains daily": a counted plural
    // noun before the rate ("the court meets twice a week" has none; "24 hours a day" is a
    // rate too: TimeBank leaves it untagged).
    std::string_view rest = before.substr(0, e);
    size_t b = rest.size();
    while (b > 0 && is_alpha(rest[b - 1])) --b;
    if (p.size() < 3 || p.back() != 's' || b == rest.size()) return false;
    rest = rest.substr(0, b);
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    size_t k = rest.size();
    while (k > 0 && (is_alpha(rest[k - 1]) || is_digit(rest[k - 1]) || rest[k - 1] == ',' ||
                     rest[k - 1] == '.'))
      --k;
    std::string count;
    for (char ch : rest.substr(k)) count += static_cast<char>(is_alpha(ch) ? (ch | 0x20) : ch);
    if (count.empty() || count.back() == '.' || count.back() == ',') return false;  // a clause ends
    return is_digit(count[0]) || small_number(count) >= 2 ||
           count == "million" || count == "billion" || count == "thousand" ||
           count == "hundred" || count == "dozen";
  }

  void read_duration() {
    if (is_rate()) return;
    // "a year-earlier loss", "the year-ago quarter": "year-earlier" is the timex, not "a year".
    if (after.rfind("-earlier", 0) == 0 || after.rfind("-ago", 0) == 0) return;
    // "over the next few years", "revolves around the 12 year cycle", "spoke about the past
    // three years": before "the", the word is a preposition, not "more than" or "about".
    bool preposition = words.size() > 1 &&
                       (words[0].low == "over" || words[0].low == "under" ||
                        words[0].low == "around" || words[0].low == "about") &&
                       words[1].low == "the";
    std::string mod = preposition ? "" : mod_of(words);
    if (preposition) drop_leading({"around", "about"});
    trim();
    drop_leading({"about", "only", "barely", "just", "roughly", "approximately", "some"});
    drop_determiner_of_adjective();
    Count count;
    Unit unit;
    size_t ui = 0;
    if (!count_and_unit(&count, &unit, &ui)) return;
    // "a day-long meeting" P1D, "a decades-long dispute" PXDE: one of the unit, or an unknown
    // number of them (TimeBank tags both).
    if (!count.found && ui + 1 < words.size() && words[ui + 1].low == "long") {
      count.found = true;
      count.known = words[ui].low.back() != 's';
      count.value = 1;
    }
    if (!count.found) return;
    // "a minute and a half", "two years and a half": the half follows the unit.
    if (count.known && ui + 1 < words.size() && has_word(words, "half") &&
        words[ui + 1].low == "and")
      count.value += 0.5;
    // "the 1988 quarter": a year, not 1988 quarters.
    // "2,000 years" (written with a comma) is a count.
    bool comma_number = false;
    for (size_t k = 0; k < ui; ++k)
      if (match.substr(words[k].begin, words[k].end - words[k].begin).find(',') != std::string_view::npos)
        comma_number = true;
    // "FIFA World Cup 2018 day five": a year before a singular unit names the year.
    bool singular = words[ui].low.back() != 's';
    bool year_count = count.known && count.value >= 1500 && count.value <= 2099 && singular &&
                      !has_word(words, "old") && !has_word(words, "long");  // "a 2000 year old rite"
    if (count.known && count.value >= 1000 && !comma_number &&
        (unit.letter == 'Q' || unit.letter == 'Y' || year_count)) {
      // The year alone; the tagger makes "the 1988 quarter" the quarter under discussion.
      for (const auto& w : words)
        if (w.low.size() == 4 && all_digits(w.low) && (unit.letter == 'Q' || year_count)) {
          set(TimexType::kDate, w.low, TimexAnchor::kText);
          out.begin = w.begin;
          out.end = w.end;
        }
      return;
    }
    // Ages ("a 6-year-old", "52 years old") are not timexes in TimeBank.
    if (has_word(words, "old")) return;
    // "three-quarters" is a fraction, and so are "three quarters of Canadian exports" (one to
    // three quarters "of" something, not after a preposition of time); "for three quarters of
    // 2025", "after several quarters of losses", "the first three quarters" stay time.
    if (unit.letter == 'Q' && match.find("-quarter") != std::string_view::npos) return;
    if (unit.letter == 'Q' && count.known && count.value <= 3 && quarter_fraction()) return;
    set(TimexType::kDuration, duration_value(count, unit), TimexAnchor::kText);
    out.mod = mod;
    if (out.mod == "START" || out.mod == "END" || out.mod == "MID") out.mod.clear();
  }

  void read_bare_units() {
    // Only where the plural unit is a span of time: "for years", "years of", "days later".
    std::string p = previous_word(), n = next_word();
    if (!(p == "for" || p == "in" || p == "over" || p == "within" || p == "on" || p == "after" ||
          n == "of" || n == "later" || n == "earlier"))
      return;
    // "in after hours trading": the market session, not a span of hours.
    if (p == "after" && (n == "trading" || n == "trade" || n == "deals")) return;
    Unit unit;
    for (const auto& w : words)
      if (auto u = unit_of(w.low)) unit = *u;
    if (!unit.letter) return;
    // "Hours later, the board ...": still the day the text is at (hours do not move it), a
    // date like "two days later", not a stretch of hours.
    if (unit.time && (n == "later" || n == "earlier") && (reference ? reference->granularity >= 2 : dct.has_value())) {
      size_t b = 0;
      while (b < after.size() && after[b] == ' ') ++b;
      out.begin = words.front().begin;
      out.end = match.size() + b + n.size();
      if (reference) set(TimexType::kDate, format_date(reference->date), TimexAnchor::kTimex);
      else set(TimexType::kDate, format_date(*dct), TimexAnchor::kDct);
      return;
    }
    set(TimexType::kDuration, duration_value(Count{}, unit), TimexAnchor::kText);
  }

  void read_reference() {
    trim();
    if (words.empty()) return;
    // "a break with the past", "learn from the past", "a thing of the past": the past as a
    // noun, not a time (TimeBank tags "in the past" only; TE3 silver leaves "of the past"
    // untagged, 0 of 4).
    if (words.size() == 2 && words[1].low == "past") {
      std::string p = previous_word();
      if (p == "with" || p == "from" || p == "of" || p == "to" || p == "into" || p == "about") {
        out.whole_match_rejected = true;
        return;
      }
    }
    // "the coming weeks", "the next few years", "the past few months", "the days ahead": an
    // unspecified stretch of that unit (TimeBank: DURATION "PXW"), unlike "recent years" and
    // "the future", which point at a vague time (PAST_REF, FUTURE_REF).
    // "Now, he says ...": "now" opening a sentence or a quotation with a comma after it is a
    // discourse marker, not the present (TimeBank: 0 of 3 tagged; TE3 silver: 1 of 7), unlike
    // "Now the court has ruled" or "until now, ...".
    if (words.size() == 1 && words[0].low == "now" && !after.empty() && after[0] == ',' &&
        opens_sentence(before))
      return;
    // "most recently" ranks one past event among others ("most recently in March"); TimeBank
    // never tags it, nor the "recently" inside it.
    if (has_word(words, "most")) {
      out.whole_match_rejected = true;
      return;
    }
    // "recent months", "recent weeks", "recent days" are stretches too (TimeBank: DURATION
    // "PXM"), while "recent years" and "recent decades" stay PAST_REF as TimeBank has them.
    bool recent_short = has_word(words, "recent") &&
                        (has_word(words, "months") || has_word(words, "weeks") || has_word(words, "days"));
    if (recent_short || has_word(words, "coming") || has_word(words, "few") || has_word(words, "ahead")) {
      for (const auto& w : words)
        if (auto u = unit_of(w.low); u && w.low.back() == 's') {
          set(TimexType::kDuration, duration_value(Count{}, *u), TimexAnchor::kText);
          return;
        }
    }
    static constexpr std::string_view kPresent[] = {"now", "nowadays", "currently", "present",
                                                    "these"};
    static constexpr std::string_view kFuture[] = {"future", "soon", "coming", "ahead", "next",
                                                   "near", "short", "long"};
    std::string value = "PAST_REF";
    for (const auto& w : words) {
      for (auto p : kPresent)
        if (w.low == p) value = "PRESENT_REF";
      for (auto f : kFuture)
        if (w.low == f) value = "FUTURE_REF";
    }
    if (value == "FUTURE_REF" && has_word(words, "term")) {
      if (!has_word(words, "near") && !has_word(words, "short")) return;  // "the long term"
    }
    set(TimexType::kDate, value, TimexAnchor::kDct);
  }

  void read_clock_time() {
    int hour = -1, minute = 0;
    bool pm = false, am = false;
    std::string pod;
    for (const auto& w : words) {
      const std::string& s = w.low;
      if (s == "noon" || s == "midday") { hour = 12; continue; }
      if (s == "midnight") { hour = 24; continue; }
      if (s == "pm" || s == "p" || s == "p.m") { pm = true; continue; }
      if (s == "afternoon" || s == "evening") { pm = true; continue; }  // "4 in the afternoon"
      if (s == "am" || s == "a") { am = true; continue; }
      if (hour < 0 && !s.empty() && is_digit(s[0]) && s.size() <= 7) {
        size_t colon = s.find_first_of(":.");
        int h = std::atoi(s.c_str());
        if (s.size() <= 2 || colon != std::string::npos || s.find("pm") != std::string::npos ||
            s.find("am") != std::string::npos) {
          hour = h;
          if (colon != std::string::npos) minute = std::atoi(s.c_str() + colon + 1);
          if (s.find("pm") != std::string::npos) pm = true;
          if (s.find("am") != std::string::npos) am = true;
        }
      }
    }
    if (hour < 0 || hour > 24 || minute > 59) return;
    if (pm && hour < 12) hour += 12;
    if (am && hour == 12) hour = 0;
    // The day: a month-day, a weekday, today/yesterday/tomorrow, else the DCT.
    std::string date;
    TimexAnchor anchor = TimexAnchor::kDct;
    // The clock words are not the day of a month: read the date from the words after them.
    std::vector<Word> all = words;
    size_t first_date_word = 0;
    for (size_t i = 0; i < words.size(); ++i)
      if (words[i].low == "pm" || words[i].low == "am" || words[i].low.find(':') != std::string::npos ||
          words[i].low == "noon" || words[i].low == "midnight" || words[i].low == "midday" ||
          (all_digits(words[i].low) && i + 1 < words.size() &&
           (words[i + 1].low == "pm" || words[i + 1].low == "am" || words[i + 1].low == "o'clock")))
        first_date_word = i + 1;
    words.erase(words.begin(), words.begin() + static_cast<long>(first_date_word));
    auto md = month_day();
    words = all;
    if (md) {
      date = *md;
      anchor = out.anchor;
    } else {
      int wd = 0, offset = 0;
      bool day_word = false;
      for (const auto& w : words) {
        if (!wd) wd = weekday_of(w.low);
        if (w.low == "yesterday") offset = -1;
        if (w.low == "tomorrow") offset = 1;
        day_word |= w.low == "today" || w.low == "tonight" || w.low == "yesterday" ||
                    w.low == "tomorrow";
      }
      if (!wd && !day_word && reference && reference->granularity >= 2) {
        // "was shot at 10 p.m." after "on Oct. 23": the day the text is at.
        date = format_date(reference->date);
        anchor = TimexAnchor::kTimex;
      } else if (!dct) {
        date = wd ? "XXXX-WXX-" + std::to_string(wd) : x_date();
      } else if (wd) {
        date = format_date(resolve_weekday(*dct, static_cast<unsigned>(wd),
                                           tense == Tense::kFuture ? 1 : -1));
      } else {
        date = format_date(add_days(*dct, offset));
      }
    }
    char buf[40];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
    set(TimexType::kTime, date + buf, anchor);
    out.mod = mod_of(words);
  }

  void read_weekday() {
    // "cancelled its flights until Tuesday": the bound of a state the act began lies after
    // the act, so a past verb says nothing about the side of the DCT it falls on.
    bool until = previous_word() == "until" || previous_word() == "till" ||
                 (!words.empty() && (words[0].low == "until" || words[0].low == "till"));
    trim();
    bool possessive = !words.empty() && words.back().possessive;
    std::string mod = mod_of(words);
    drop_leading({"earlier", "later"});
    int wd = 0;
    for (const auto& w : words)
      if (!wd) wd = weekday_of(w.low);
    if (!wd) return;
    std::string pod = part_of_day(words);
    // "the night of Friday, Oct. 23": the date after the weekday is the timex ("Friday, Oct.
    // 23", as TimeBank tags it), not a night resolved from the DCT.
    if (!pod.empty() && has_word(words, "of")) {
      size_t b = 0;
      while (b < after.size() && (after[b] == ',' || after[b] == ' ')) ++b;
      size_t e = b;
      while (e < after.size() && is_alpha(after[e])) ++e;
      std::string next;
      for (size_t k = b; k < e; ++k) next += static_cast<char>(after[k] | 0x20);
      if (month_of(next) && next != "may") return;
    }
    TimexType type = pod.empty() ? TimexType::kDate : TimexType::kTime;
    std::string suffix = pod.empty() ? "" : "T" + pod;
    out.mod = mod;
    if (out.mod != "START" && out.mod != "END") out.mod.clear();
    if (!dct) {
      set(type, "XXXX-WXX-" + std::to_string(wd) + suffix, TimexAnchor::kDct);
      return;
    }
    // "the previous Friday", "the following Monday": from the day the text is at, else the DCT.
    bool previous = has_word(words, "previous") || has_word(words, "preceding");
    if (previous || has_word(words, "following")) {
      bool from_reference = reference && reference->granularity >= 2;
      year_month_day base = from_reference ? reference->date : *dct;
      year_month_day d = resolve_weekday(base, static_cast<unsigned>(wd), previous ? -2 : 2);
      set(type, format_date(d) + suffix, from_reference ? TimexAnchor::kTimex : TimexAnchor::kDct);
      return;
    }
    int direction;
    bool has_this = has_word(words, "this");
    if (has_word(words, "last") || (has_word(words, "past"))) direction = -2;
    else if (has_word(words, "next")) direction = 2;
    else if (has_word(words, "coming") || has_this) direction = 1;
    else if (possessive && tense == Tense::kPast && !awaited()) {
      // "He won Saturday's vote", "declared him the winner of Saturday's vote": a past verb
      // tells of the noun's event as done (a user's trial: the Saturday after a Thursday DCT).
      direction = -1;
    } else if (possessive || (until && tense != Tense::kFuture)) {
      // "Wednesday's ruling": the weekday names a noun's event, not the verb's; the nearer one.
      // So too under a past verb that looks ahead ("shares fell ahead of Friday's report").
      year_month_day back = resolve_weekday(*dct, static_cast<unsigned>(wd), -1);
      year_month_day ahead = resolve_weekday(*dct, static_cast<unsigned>(wd), 1);
      direction = (sys_days{ahead} - sys_days{*dct}) < (sys_days{*dct} - sys_days{back}) ? 1 : -1;
    } else direction = tense == Tense::kFuture ? 1 : -1;
    year_month_day d = resolve_weekday(*dct, static_cast<unsigned>(wd), direction);
    // "last Thursday" written on a Friday is the week before: the day before would be
    // "Thursday" or "yesterday" (TimeBank's "last <weekday>" are all two or more days back).
    if (direction == -2 && has_word(words, "last") && sys_days{*dct} - sys_days{d} == std::chrono::days{1})
      d = add_days(d, -7);
    set(type, format_date(d) + suffix, TimexAnchor::kDct);
  }

  void read_set() {
    if (is_rate()) return;
    std::string pod = part_of_day(words);
    for (const auto& w : words) {
      if (int wd = weekday_of(w.low)) {
        set(TimexType::kSet, "XXXX-WXX-" + std::to_string(wd) + (pod.empty() ? "" : "T" + pod),
            TimexAnchor::kText);
        return;
      }
      if (int m = month_of(w.low); m && w.low != "may" && w.low != "mar") {
        set(TimexType::kSet, format_month(2000, m).replace(0, 4, "XXXX"), TimexAnchor::kText);
        return;
      }
    }
    static const std::pair<std::string_view, std::string_view> kAdverbs[] = {
        {"daily", "P1D"},     {"weekly", "P1W"},      {"monthly", "P1M"},
        {"yearly", "P1Y"},    {"annually", "P1Y"},    {"hourly", "PT1H"},
        {"quarterly", "P3M"}, {"nightly", "P1D"},     {"biweekly", "P2W"},
        {"bimonthly", "P2M"}, {"biannually", "P6M"},  {"semiannually", "P6M"},
        {"weekdays", "XXXX-WXX-WD"}, {"weekends", "XXXX-WXX-WE"}};
    for (const auto& [word, value] : kAdverbs)
      if (words.size() == 1 && words[0].low == word) {
        set(TimexType::kSet, std::string(value), TimexAnchor::kText);
        return;
      }
    if (!pod.empty() && words.size() == 2) {
      set(TimexType::kSet, "XXXX-XX-XXT" + pod, TimexAnchor::kText);
      return;
    }
    auto [season, position] = season_of(words);
    if (!season.empty()) {
      set(TimexType::kSet, "XXXX-" + season, TimexAnchor::kText);
      return;
    }
    Unit unit;
    bool found = false;
    for (const auto& w : words)
      if (auto u = unit_of(w.low)) { unit = *u; found = true; }
    if (!found) return;
    int every = has_word(words, "other") ? 2 : 1;
    for (const auto& w : words) {
      int n = all_digits(w.low) && w.low.size() <= 3 ? std::atoi(w.low.c_str()) : small_number(w.low);
      if (n && (has_word(words, "every") || has_word(words, "each"))) every = n;
    }
    Count c{static_cast<double>(every), true, true};
    set(TimexType::kSet, duration_value(c, unit), TimexAnchor::kText);
  }

  void read_holiday() {
    // "the Easter weekend", "Christmas week": the ISO week of the holiday (its weekend).
    std::string week_of;
    if (!words.empty() && (words.back().low == "week" || words.back().low == "weekend")) {
      week_of = words.back().low;
      words.pop_back();
      if (!words.empty() && words.front().low == "the") words.erase(words.begin());
      read_holiday();
      if (out.ok && out.value.size() == 10 && is_digit(out.value[0]))
        out.value = iso_week(year_month_day{year{std::atoi(out.value.substr(0, 4).c_str())},
                                            month{static_cast<unsigned>(std::atoi(out.value.substr(5, 2).c_str()))},
                                            day{static_cast<unsigned>(std::atoi(out.value.substr(8, 2).c_str()))}}) +
                    (week_of == "weekend" ? "-WE" : "");
      return;
    }
    std::string name;
    int y = first_year(words);
    for (const auto& w : words) {
      if (w.low == "last" || w.low == "next" || w.low == "this" || w.low == "the" || all_digits(w.low))
        continue;
      if (!name.empty()) name += ' ';
      name += w.low;
      if (w.possessive) name += "'s";
    }
    auto fixed = holiday(name, 2000);
    if (!fixed) return;
    if (y) {
      set(TimexType::kDate, format_date(*holiday(name, y)), TimexAnchor::kText);
      return;
    }
    if (!dct) {
      set(TimexType::kDate, "XXXX" + format_date(*fixed).substr(4), TimexAnchor::kDct);
      return;
    }
    int cy = dct_year(*dct);
    auto this_year = *holiday(name, cy);
    int dir = relative_direction(words);
    int chosen;
    if (dir == -1) chosen = sys_days{this_year} < sys_days{*dct} ? cy : cy - 1;
    else if (dir == 1) chosen = sys_days{this_year} > sys_days{*dct} ? cy : cy + 1;
    else if (dir == 0) chosen = cy;
    else {
      int m = static_cast<int>(static_cast<unsigned>(this_year.month()));
      int d = static_cast<int>(static_cast<unsigned>(this_year.day()));
      chosen = pick_year(cy, day_position(m, d),
                           day_position(dct_month(*dct), static_cast<int>(static_cast<unsigned>(dct->day()))),
                           12 * 31.0);
    }
    set(TimexType::kDate, format_date(*holiday(name, chosen)), TimexAnchor::kDct);
  }
};

}  // namespace

TimexReading read_timex(RuleKind kind, std::string_view match, std::string_view before,
                        std::string_view after, const Dct& dct, Tense tense,
                        const std::optional<TimexReference>& reference, bool tense_adjacent) {
  Reader r{match, before, after, dct, tense, reference, tense_adjacent, split_words(match), {}};
  r.out.begin = 0;
  r.out.end = static_cast<uint32_t>(match.size());
  // "the quarter-to-quarter comparison", "year-on-year growth", "day-to-day running": a
  // comparison of periods in general, never a timex (TimeBank and the TE3 silver data).
  for (std::string_view link : {"-to-", "-on-", "-over-"})
    if (after.substr(0, link.size()) == link && !r.words.empty() &&
        unit_of(r.words.back().low)) {
      r.out.whole_match_rejected = true;
      return r.out;
    }
  switch (kind) {
    case RuleKind::kIsoDate: r.read_iso(); break;
    case RuleKind::kNumericDate: r.read_numeric(); break;
    case RuleKind::kMonthDay: r.read_month_day(); break;
    case RuleKind::kMonthYear: r.read_month_year(); break;
    case RuleKind::kMonth: r.read_month(); break;
    case RuleKind::kYear: r.read_year(); break;
    case RuleKind::kSpokenYear: r.read_spoken_year(); break;
    case RuleKind::kDecade: r.read_decade(); break;
    case RuleKind::kCentury: r.read_century(); break;
    case RuleKind::kQuarter: r.read_part_of_year('Q', 4); break;
    case RuleKind::kHalf: r.read_part_of_year('H', 2); break;
    case RuleKind::kSeason: r.read_season(); break;
    case RuleKind::kDayRelative: r.read_day_relative(); break;
    case RuleKind::kUnitRelative: r.read_unit_relative(); break;
    case RuleKind::kAgo: r.read_ago(); break;
    case RuleKind::kDuration: r.read_duration(); break;
    case RuleKind::kBareUnits: r.read_bare_units(); break;
    case RuleKind::kReference: r.read_reference(); break;
    case RuleKind::kClockTime: r.read_clock_time(); break;
    case RuleKind::kWeekday: r.read_weekday(); break;
    case RuleKind::kSet: r.read_set(); break;
    case RuleKind::kHoliday: r.read_holiday(); break;
    case RuleKind::kAnaphoric: r.read_anaphoric(); break;
  }
  if (r.out.end <= r.out.begin) r.out.ok = false;
  return r.out;
}

}  // namespace newsgraph::extractor
