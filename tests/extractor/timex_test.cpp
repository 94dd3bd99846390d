#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>
#include <string>
#include <vector>

#include "extractor/timex.h"
#include "extractor/timex_normalise.h"
#include "extractor/tokenize.h"
#include "tests/shared_dir.h"

using namespace newsgraph::extractor;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

namespace {

year_month_day ymd(int y, unsigned m, unsigned d) { return {year{y}, month{m}, day{d}}; }

const TimexTagger& tagger() {
  static const TimexTagger t = make_timex_tagger();
  return t;
}

// Tags `text` as one document, segmented as the pipeline does.
Document tag(const std::string& text, std::optional<year_month_day> dct) {
  static const Segmenter segmenter = make_segmenter();
  Document doc;
  doc.text = text;
  doc.dct = dct;
  segment(segmenter, doc);
  tag_timexes(tagger(), doc);
  return doc;
}

// The only timex of `text`: its text, type, value and mod, "|"-separated.
std::string one(const std::string& text, std::optional<year_month_day> dct) {
  Document doc = tag(text, dct);
  if (doc.timexes.size() != 1) return "count=" + std::to_string(doc.timexes.size());
  const Timex& t = doc.timexes[0];
  std::string out = std::string(doc.slice(t.span)) + "|" + std::string(timex_type_name(t.type)) +
                    "|" + t.value;
  if (!t.mod.empty()) out += "|" + t.mod;
  return out;
}

const auto kFriday = ymd(2026, 1, 16);   // the seed article's DCT, a Friday
const auto kTuesday = ymd(2026, 1, 13);

}  // namespace

TEST_CASE("timex: absolute dates in common news forms") {
  CHECK(one("It opened on Jan. 16, 2026 in Ottawa.", kFriday) == "Jan. 16, 2026|DATE|2026-01-16");
  CHECK(one("It opened on 16 January 2026.", kFriday) == "16 January 2026|DATE|2026-01-16");
  CHECK(one("Filed 2026-01-16 by the clerk.", kFriday) == "2026-01-16|DATE|2026-01-16");
  CHECK(one("They met in October 2025.", kFriday) == "October 2025|DATE|2025-10");
  CHECK(one("Relations soured in 2018.", kFriday) == "2018|DATE|2018");
  CHECK(one("It was common in the 1990s.", kFriday) == "the 1990s|DATE|199");
  CHECK(one("It defines the 21st century.", kFriday) == "the 21st century|DATE|20");
  CHECK(one("Sales rose on Friday, Jan. 9, 2026.", kFriday) == "Friday, Jan. 9, 2026|DATE|2026-01-09");
}

TEST_CASE("timex: a year-less month and day takes the nearer year of the DCT") {
  CHECK(one("The deal closed January 12.", kFriday) == "January 12|DATE|2026-01-12");
  CHECK(one("The talks began Dec. 28.", kFriday) == "Dec. 28|DATE|2025-12-28");
  CHECK(one("The vote is set for March 3.", kFriday) == "March 3|DATE|2026-03-03");
}

TEST_CASE("timex: weekday in past-tense text resolves backwards") {
  CHECK(one("Xi said on Wednesday that talks went well.", kTuesday) ==
        "Wednesday|DATE|2026-01-07");
  // The DCT's own weekday is the DCT.
  CHECK(one("Carney met Xi on Friday.", kFriday) == "Friday|DATE|2026-01-16");
}

TEST_CASE("timex: weekday in future-tense text resolves forwards") {
  CHECK(one("Carney will travel to Beijing on Wednesday.", kTuesday) ==
        "Wednesday|DATE|2026-01-14");
  CHECK(one("The minister is expected to arrive Thursday.", kTuesday) ==
        "Thursday|DATE|2026-01-15");
}

TEST_CASE("timex: one sentence can point both ways, by the verb each weekday attaches to") {
  Document doc = tag("Xi met Carney on Friday and will meet Li on Monday.", kTuesday);
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[0].value == "2026-01-09");
  CHECK(doc.timexes[1].value == "2026-01-19");
  CHECK(doc.timexes[0].anchor == TimexAnchor::kDct);
}

TEST_CASE("timex: explicit last, next and this on weekdays") {
  CHECK(one("They spoke last Friday.", kFriday) == "last Friday|DATE|2026-01-09");
  CHECK(one("They speak next Friday.", kFriday) == "next Friday|DATE|2026-01-23");
  // Found on the varied set: "last Thursday" on a Friday is not yesterday but the week before.
  CHECK(one("They spoke last Thursday.", kFriday) == "last Thursday|DATE|2026-01-08");
  CHECK(one("They spoke last Wednesday.", kFriday) == "last Wednesday|DATE|2026-01-14");
}

TEST_CASE("timex: days, weeks, months and years relative to the DCT") {
  CHECK(one("Markets fell yesterday.", kFriday) == "yesterday|DATE|2026-01-15");
  CHECK(one("Markets fell today.", kFriday) == "today|DATE|2026-01-16");
  CHECK(one("Markets open tomorrow.", kFriday) == "tomorrow|DATE|2026-01-17");
  CHECK(one("Markets fell last week.", kFriday) == "last week|DATE|2026-W02");
  CHECK(one("Markets fell this week.", kFriday) == "this week|DATE|2026-W03");
  CHECK(one("Markets fell last month.", kFriday) == "last month|DATE|2025-12");
  CHECK(one("Markets may rise next month.", kFriday) == "next month|DATE|2026-02");
  CHECK(one("Markets fell last year.", kFriday) == "last year|DATE|2025");
  CHECK(one("Markets fell three days ago.", kFriday) == "three days ago|DATE|2026-01-13");
  CHECK(one("Markets fell two years earlier.", kFriday) == "two years earlier|DATE|2024");
  CHECK(one("Markets fell a decade ago.", kFriday) == "a decade ago|DATE|2016");
  CHECK(one("Markets fell earlier this year.", kFriday) == "earlier this year|DATE|2026|START");
}

TEST_CASE("timex: vague references to the past, present and future") {
  CHECK(one("Trade grew in recent years.", kFriday) == "recent years|DATE|PAST_REF");
  CHECK(one("Trade is now growing.", kFriday) == "now|DATE|PRESENT_REF");
  CHECK(one("Trade may grow in the near future.", kFriday) == "the near future|DATE|FUTURE_REF");
}

TEST_CASE("timex: parts of years and fuzzy spans") {
  CHECK(one("Growth slowed in mid-2024.", kFriday) == "mid-2024|DATE|2024|MID");
  CHECK(one("Growth slowed in late 2025.", kFriday) == "late 2025|DATE|2025|END");
  CHECK(one("Profit rose in the first quarter of 2025.", kFriday) ==
        "the first quarter of 2025|DATE|2025-Q1");
  CHECK(one("Profit rose in Q3 2025.", kFriday) == "Q3 2025|DATE|2025-Q3");
  CHECK(one("Profit will rise in fiscal 2026.", kFriday) == "fiscal 2026|DATE|2026");
  CHECK(one("They married in the summer of 1998.", kFriday) == "the summer of 1998|DATE|1998-SU");
  CHECK(one("They married in summer 1998.", kFriday) == "summer 1998|DATE|1998-SU");
  CHECK(one("Sales fell in the first half of 2025.", kFriday) ==
        "the first half of 2025|DATE|2025-H1");
}

TEST_CASE("timex: times of day with zones") {
  CHECK(one("The vote closes at 3 p.m. ET.", kFriday) == "3 p.m. ET|TIME|2026-01-16T15:00");
  CHECK(one("The vote closed at 14:30 GMT.", kFriday) == "14:30 GMT|TIME|2026-01-16T14:30");
  CHECK(one("Troops moved early Wednesday morning.", kFriday) ==
        "early Wednesday morning|TIME|2026-01-14TMO|START");
}

TEST_CASE("timex: durations") {
  CHECK(one("It was the first visit in eight years.", kFriday) == "eight years|DURATION|P8Y");
  CHECK(one("The talks lasted three days.", kFriday) == "three days|DURATION|P3D");
  CHECK(one("The strike lasted 48 hours.", kFriday) == "48 hours|DURATION|PT48H");
  CHECK(one("The trial lasted 2 1/2 years.", kFriday) == "2 1/2 years|DURATION|P2Y6M");
  CHECK(one("Relations were testy for years.", kFriday) == "years|DURATION|PXY");
  CHECK(one("A five-year plan was signed.", kFriday) == "five-year|DURATION|P5Y");
}

TEST_CASE("timex: the last quarter is a date, the quarter before the DCT's") {
  const auto jan = ymd(2007, 1, 18);
  CHECK(one("Profit doubled in the last quarter, the maker said.", jan) ==
        "the last quarter|DATE|2006-Q4");
  CHECK(one("Sales should recover in the next quarter.", jan) == "the next quarter|DATE|2007-Q2");
  CHECK(one("Rents rose over the past month.", jan) == "the past month|DURATION|P1M");
}

TEST_CASE("timex: around or about before the is a preposition, not an approximation") {
  CHECK(one("The theme revolves around the 12 year cycle.", kFriday) == "12 year|DURATION|P12Y");
  CHECK(one("He spoke about the past three years.", kFriday) == "the past three years|DURATION|P3Y");
  CHECK(one("It lasted about three years.", kFriday) == "three years|DURATION|P3Y|APPROX");
}

TEST_CASE("timex: a rate after a counted noun is no timex") {
  CHECK(tag("The shop draws one million visitors per week.", kFriday).timexes.empty());
  CHECK(tag("The line runs 80 trains daily.", kFriday).timexes.empty());
  CHECK(tag("Three airlines fly twelve flights a week to the island.", kFriday).timexes.empty());
  CHECK(one("The court meets once a week.", kFriday) == "once a week|SET|P1W");
  CHECK(one("Visitors come daily.", kFriday) == "daily|SET|P1D");
  CHECK(one("It opened in 2005, and crowds daily fill it.", kFriday) == "count=2");
}

TEST_CASE("timex: hours ago count whole days back from the DCT") {
  CHECK(one("The post went up just over 24 hours ago.", kFriday) ==
        "just over 24 hours ago|DATE|2026-01-15|MORE_THAN");
  CHECK(one("The site fell 72 hours ago.", kFriday) == "72 hours ago|DATE|2026-01-13");
  CHECK(one("The site fell five hours ago.", kFriday) == "five hours ago|DATE|2026-01-16");
}

TEST_CASE("timex: a year before a singular unit names the year, not a count") {
  CHECK(one("Cup 2018 day five: three teams win.", kFriday) == "2018|DATE|2018");
  CHECK(one("The plan runs for 1,000 days.", kFriday) == "1,000 days|DURATION|P1000D");
  CHECK(tag("It keeps a 2000 year old rite alive.", kFriday).timexes.empty());
}

TEST_CASE("timex: a year-less day repeating a dated day of the text takes its year") {
  const auto jan28 = ymd(2014, 1, 28);
  Document doc = tag("The prints went on show on January 23, 2014. The exhibit is to run from "
                     "January 23 through March 9.", jan28);
  REQUIRE(doc.timexes.size() == 3);
  CHECK(doc.timexes[1].value == "2014-01-23");
  CHECK(doc.timexes[1].anchor == TimexAnchor::kTimex);
  CHECK(doc.timexes[2].value == "2014-03-09");
  // A dated day a year away is another occurrence: the nearest one to the DCT stands.
  Document other = tag("The mandate runs until December 31, 2007. The envoy, who steps down on "
                       "December 31, said the mission was stable.", ymd(2006, 12, 22));
  REQUIRE(other.timexes.size() == 2);
  CHECK(other.timexes[1].value == "2006-12-31");
}

TEST_CASE("timex: after hours trading is a market session, no timex") {
  CHECK(tag("The shares slid 5% in after hours trading.", kFriday).timexes.empty());
  CHECK(one("The talks resumed after hours of delay.", kFriday) == "hours|DURATION|PTXH");
}

TEST_CASE("timex: a count before a singular unit is an adjective, its article the noun's") {
  CHECK(one("The deal ends the eleven year partnership.", kFriday) == "eleven year|DURATION|P11Y");
  CHECK(one("He gave a 2 hour speech.", kFriday) == "2 hour|DURATION|PT2H");
  CHECK(one("It was the two days after the vote.", kFriday) == "the two days|DURATION|P2D");
}

TEST_CASE("timex: a unit written as an adjective with -long is a duration") {
  CHECK(one("The envoys left after a day-long session.", kFriday) == "day-long|DURATION|P1D");
  CHECK(one("The ruling ends a decades-long feud over the river.", kFriday) ==
        "decades-long|DURATION|PXDE");
  CHECK(one("She began a week-long tour of the coast.", kFriday) == "week-long|DURATION|P1W");
  CHECK(one("It was a months-long wait.", kFriday) == "months-long|DURATION|PXM");
}

TEST_CASE("timex: sets") {
  CHECK(one("The market meets every Friday.", kFriday) == "every Friday|SET|XXXX-WXX-5");
  CHECK(one("The report is published annually.", kFriday) == "annually|SET|P1Y");
  CHECK(one("The shuttle runs twice a week.", kFriday) == "twice a week|SET|P1W");
}

TEST_CASE("timex: anchors say whether the value came from the text or the DCT") {
  Document doc = tag("In October 2025 they met, and on Friday they met again.", kFriday);
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[0].anchor == TimexAnchor::kText);
  CHECK(doc.timexes[1].anchor == TimexAnchor::kDct);
}

TEST_CASE("timex: the year boundary: last December from early January") {
  CHECK(one("Prices peaked last December.", ymd(2026, 1, 2)) == "last December|DATE|2025-12");
  CHECK(one("Prices peaked last week.", ymd(2026, 1, 2)) == "last week|DATE|2025-W52");
  CHECK(one("Prices fell yesterday.", ymd(2026, 1, 1)) == "yesterday|DATE|2025-12-31");
  CHECK(one("Prices peaked in December.", ymd(2026, 1, 2)) == "December|DATE|2025-12");
}

TEST_CASE("timex: leap days") {
  CHECK(one("The law took effect Feb. 29, 2024.", kFriday) == "Feb. 29, 2024|DATE|2024-02-29");
  CHECK(one("Markets fell yesterday.", ymd(2024, 3, 1)) == "yesterday|DATE|2024-02-29");
  // No 29 February in 2025: not read as a date.
  Document doc = tag("It was filed Feb. 29, 2025.", kFriday);
  for (const auto& t : doc.timexes) CHECK(t.value != "2025-02-29");
}

TEST_CASE("timex: ISO week numbers at the edges of the year") {
  CHECK(iso_week(ymd(2027, 1, 1)) == "2026-W53");  // a Friday: week of 2026's last Thursday
  CHECK(iso_week(ymd(2024, 12, 30)) == "2025-W01");  // a Monday: week of 2025-01-02
  CHECK(iso_week(ymd(2026, 1, 1)) == "2026-W01");
  CHECK(one("Shares rose this week.", ymd(2027, 1, 1)) == "this week|DATE|2026-W53");
}

TEST_CASE("timex: without a DCT relative values stay underspecified, anchored on the DCT") {
  Document doc = tag("He said on Friday that October was hard, and yesterday was worse.", std::nullopt);
  REQUIRE(doc.timexes.size() == 3);
  CHECK(doc.timexes[0].value == "XXXX-WXX-5");
  CHECK(doc.timexes[1].value == "XXXX-10");
  CHECK(doc.timexes[2].value == "XXXX-XX-XX");
  for (const auto& t : doc.timexes) CHECK(t.anchor == TimexAnchor::kDct);
  CHECK(one("They met in October 2025.", std::nullopt) == "October 2025|DATE|2025-10");
}

TEST_CASE("timex: spans leave out prepositions and possessives") {
  CHECK(one("Friday's vote was close.", kFriday) == "Friday|DATE|2026-01-16");
  CHECK(one("The vote was held on Friday.", kFriday) == "Friday|DATE|2026-01-16");
  // (In January the third quarter told in the past is last year's.)
  CHECK(one("Profit fell in the third-quarter report.", kFriday) == "third-quarter|DATE|2025-Q3");
}

TEST_CASE("timex: names, verbs and quantities are not timexes") {
  CHECK(tag("May said the plan would work.", kFriday).timexes.empty());
  CHECK(tag("Protesters may march on the capital.", kFriday).timexes.empty());
  CHECK(tag("Historians studied the fall of the Berlin Wall.", kFriday).timexes.empty());
  CHECK(tag("The army sent 2000 troops.", kFriday).timexes.empty());
  CHECK(tag("It cost $1999 in total.", kFriday).timexes.empty());
  CHECK(tag("A 6-year-old girl was found.", kFriday).timexes.empty());
}

TEST_CASE("timex: timexes are sorted, non-overlapping and carry their sentence") {
  Document doc = tag("It rose in 2024. It fell on Monday. It will rise next year.", kFriday);
  REQUIRE(doc.timexes.size() == 3);
  for (size_t i = 0; i < doc.timexes.size(); ++i) {
    CHECK(doc.timexes[i].sentence == i);
    if (i > 0) CHECK(doc.timexes[i - 1].span.end <= doc.timexes[i].span.begin);
  }
  CHECK(doc.timexes[1].value == "2026-01-12");
  CHECK(doc.timexes[2].value == "2027");
}

TEST_CASE("timex: all timexes of the seed article (shared seed) come out with gold values") {
  std::string path = newsgraph::testing::shared_dir() + "/seed/carney-china.txt";
  std::ifstream in(path);
  if (!in) {
    WARN("seed article not found, skipped: " << path);
    return;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  Document doc = tag(ss.str(), kFriday);
  std::vector<std::string> got;
  for (const auto& t : doc.timexes)
    got.push_back(std::string(doc.slice(t.span)) + "=" + t.value);
  std::vector<std::string> want = {"eight years=P8Y", "Friday=2026-01-16", "years=PXY",
                                   "2018=2018", "October 2025=2025-10", "2035=2035", "2024=2024"};
  CHECK(got == want);
}

TEST_CASE("timex: one tagger is shared by threads tagging different documents") {
  const std::string text = "Xi met Carney on Friday, Jan. 16, 2026, and will meet Li next week.";
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i)
    threads.emplace_back([&, i] {
      for (int k = 0; k < 50; ++k) {
        Document doc;
        doc.text = text;
        doc.dct = kFriday;
        tag_timexes(tagger(), doc);
        results[i].clear();
        for (const auto& t : doc.timexes) results[i].push_back(t.value);
      }
    });
  for (auto& t : threads) t.join();
  for (const auto& r : results)
    CHECK(r == std::vector<std::string>{"2026-01-16", "2026-W04"});
}

TEST_CASE("timex: later and earlier count from the date the text is at, ago from the DCT") {
  Document doc = tag("The plant opened on March 3, 2019. Two days later it closed.", kFriday);
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[1].value == "2019-03-05");
  CHECK(doc.timexes[1].anchor == TimexAnchor::kTimex);
  doc = tag("The firm was founded in 2010. A year later it listed.", kFriday);
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[1].value == "2011");
  CHECK(one("The firm listed two years ago.", kFriday) == "two years ago|DATE|2024");
}

TEST_CASE("timex: that day and the following week refer to the last date mentioned") {
  Document doc = tag("Protests began on Oct. 3, 2025. Police moved in later that day and "
                     "talks opened the following week.", kFriday);
  REQUIRE(doc.timexes.size() == 3);
  CHECK(std::string(doc.slice(doc.timexes[1].span)) == "later that day");
  CHECK(doc.timexes[1].value == "2025-10-03");
  CHECK(doc.timexes[1].mod == "END");
  CHECK(doc.timexes[2].value == "2025-W41");
  CHECK(tag("Nobody knew that day would come.", kFriday).timexes.empty());
}

TEST_CASE("timex: no timex runs across a sentence end") {
  Document doc;
  doc.text = "Police patrolled the night\nMonday markets fell.";
  doc.dct = kFriday;
  doc.sentences.push_back({{0, 26}, 0, 0});
  doc.sentences.push_back({{27, static_cast<uint32_t>(doc.text.size())}, 0, 0});
  tag_timexes(tagger(), doc);
  REQUIRE(doc.timexes.size() == 1);
  CHECK(std::string(doc.slice(doc.timexes[0].span)) == "Monday");
  CHECK(doc.timexes[0].sentence == 1);
  CHECK(doc.timexes[0].value == "2026-01-12");
}

TEST_CASE("timex: a plan reported in the past points back, a possessive weekday to the nearer day") {
  CHECK(one("The deal was expected to close on Friday.", kTuesday) == "Friday|DATE|2026-01-09");
  CHECK(one("The deal is expected to close on Friday.", kTuesday) == "Friday|DATE|2026-01-16");
  CHECK(one("Parties campaigned ahead of Sunday's vote.", kFriday) == "Sunday|DATE|2026-01-18");
  CHECK(one("Parties rejected Wednesday's ruling.", kFriday) == "Wednesday|DATE|2026-01-14");
}

TEST_CASE("timex: curly apostrophes and year ranges") {
  CHECK(one("Markets closed on New Year\u2019s Day.", kFriday) == "New Year\u2019s Day|DATE|2026-01-01");
  CHECK(one("Friday\u2019s vote was close.", kFriday) == "Friday|DATE|2026-01-16");
  Document doc = tag("The 2019-2020 season was cut short.", kFriday);
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[0].value == "2019");
  CHECK(doc.timexes[1].value == "2020");
}

TEST_CASE("timex: fiscal years written FY") {
  CHECK(one("Revenue will grow in FY2026.", kFriday) == "FY2026|DATE|2026");
  CHECK(one("Revenue will grow in FY26.", kFriday) == "FY26|DATE|2026");
}

TEST_CASE("timex: a year earlier after a year-less quarter without a DCT stays underspecified") {
  // Found by running the tagger over news without a DCT: the quarter's year is "XXXX".
  Document doc = tag("Profit rose in the third quarter. A year earlier it fell.", std::nullopt);
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[0].value == "XXXX-Q3");
  CHECK(doc.timexes[1].value == "XXXX");
}

TEST_CASE("timex: a verb past a clause opener decides when the clause shows none") {
  // "and" opens no clause here; the future of "will" reaches "by August".
  CHECK(one("Qantas will double its flights between Australia and India by August.", kFriday) ==
        "August|DATE|2026-08");
}

TEST_CASE("timex: a plan made in the past dates itself, what was planned points ahead") {
  CHECK(one("The team planned to leave Nairobi on Thursday.", kTuesday) == "Thursday|DATE|2026-01-15");
  CHECK(one("The firm agreed in June to buy the line.", kFriday) == "June|DATE|2025-06");
  CHECK(one("The thrift announced the plan Aug. 21.", kFriday) == "Aug. 21|DATE|2025-08-21");
}

TEST_CASE("timex: a participle after a present or infinitive be points ahead") {
  CHECK(one("They expect the sale to be completed by Dec. 15.", kFriday) == "Dec. 15|DATE|2026-12-15");
}

TEST_CASE("timex: a verb right before a year-less date decides its year against nearness") {
  // Jan. 31 is two weeks ahead of the DCT, but "ended" puts it back a year.
  CHECK(one("Its contract ended Jan. 31.", kFriday) == "Jan. 31|DATE|2025-01-31");
}

TEST_CASE("timex: an attribution after a comma does not set the tense of the clause before it") {
  CHECK(one("The group would be ready to leave as soon as Tuesday, Castro said.", kFriday) ==
        "Tuesday|DATE|2026-01-20");
  // With no verb in the clause, the attribution is the verb.
  CHECK(one("In his victory speech on Sunday, Carney said that Canada would never join.", kFriday) ==
        "Sunday|DATE|2026-01-11");
}

TEST_CASE("timex: a year named after a year-less month belongs to it") {
  CHECK(one("The process began in February this year.", ymd(1998, 12, 3)) ==
        "February this year|DATE|1998-02");
  CHECK(one("Canada joined in June last year.", kFriday) == "June last year|DATE|2025-06");
  CHECK(one("The members join in April next year.", kFriday) == "April next year|DATE|2027-04");
}

TEST_CASE("timex: the coming weeks, the next few years and the days ahead are durations") {
  CHECK(one("Talks resume in the coming weeks.", kFriday) == "the coming weeks|DURATION|PXW");
  CHECK(one("Growth will slow over the next few years.", kFriday) ==
        "the next few years|DURATION|PXY");
  CHECK(one("Markets watch the days ahead.", kFriday) == "the days ahead|DURATION|PXD");
  CHECK(one("The loan may be extended for an additional year.", kFriday) ==
        "an additional year|DURATION|P1Y");
  CHECK(one("The loan may be extended for an additional 10 years.", kFriday) ==
        "an additional 10 years|DURATION|P10Y");
}

TEST_CASE("timex: the year ended a date is a one-year duration") {
  Document doc = tag("Profit fell in the year ended March 31.", kFriday);
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.slice(doc.timexes[0].span) == "the year");
  CHECK(doc.timexes[0].type == TimexType::kDuration);
  CHECK(doc.timexes[0].value == "P1Y");
  CHECK(doc.timexes[1].value == "2025-03-31");
}

TEST_CASE("timex: the 1988 quarter is the quarter under discussion, in that year") {
  Document doc = tag("Profit fell in the third quarter. It rose in the 1988 quarter.", ymd(1989, 10, 30));
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[0].value == "1989-Q3");
  CHECK(doc.slice(doc.timexes[1].span) == "the 1988 quarter");
  CHECK(doc.timexes[1].value == "1988-Q3");
  CHECK(doc.timexes[1].anchor == TimexAnchor::kTimex);
}

TEST_CASE("timex: a clock time without a day is on the day the text is at") {
  Document doc = tag("The doctor was shot on Oct. 23, 1998. He died at 10 p.m. in his kitchen.", kFriday);
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[1].value == "1998-10-23T22:00");
  CHECK(doc.timexes[1].anchor == TimexAnchor::kTimex);
  CHECK(one("The vote closes at 10 p.m.", kFriday) == "10 p.m.|TIME|2026-01-16T22:00");
}

TEST_CASE("timex: since puts a year-less date before the DCT whatever the verb") {
  // October 23 is nearer ahead of May 6 than behind it, but "since" points back.
  CHECK(one("Police have been searching since shortly after the Oct. 23 slaying.", ymd(1999, 5, 6)) ==
        "Oct. 23|DATE|1998-10-23");
}

TEST_CASE("timex: a rate after an amount is not a timex") {
  CHECK(tag("Unisys will save $500 million a year in costs.", kFriday).timexes.empty());
  CHECK(tag("The chip runs 15 million instructions per second.", kFriday).timexes.empty());
  CHECK(one("The board meets twice a year.", kFriday) == "twice a year|SET|P1Y");
  CHECK(one("It took a year.", kFriday) == "a year|DURATION|P1Y");
  // The same after an amount written as an adverb ("grow 8% annually", "200 units yearly").
  CHECK(tag("Exports should grow 8% annually, the ministry said.", kFriday).timexes.empty());
  CHECK(tag("The plant would build about 200 units yearly.", kFriday).timexes.empty());
  CHECK(tag("Fares rose by 3 percent monthly.", kFriday).timexes.empty());
  CHECK(tag("The average daily turnover was thin.", kFriday).timexes.empty());
  CHECK(one("The fair is held annually in the town square.", kFriday) == "annually|SET|P1Y");
  CHECK(one("Volunteers meet daily outside the hall.", kFriday) == "daily|SET|P1D");
}

TEST_CASE("timex: formerly, presently, most recently and the time being are not timexes") {
  // TimeBank+AQUAINT and the TE3 silver data never tag them (0 of 1+16 "formerly", 0 of 1+4
  // "most recently", 0 of 2 "presently"); "recently" alone is tagged in 13 of 20.
  CHECK(tag("The mill, formerly a bakery, employs forty people.", kFriday).timexes.empty());
  CHECK(tag("She led the team, most recently in the cup final.", kFriday).timexes.empty());
  CHECK(tag("The lawyers are presently reviewing the file.", kFriday).timexes.empty());
  // Nor "for the time being" (TimeBank 0 of 1, TE3 silver 0 of 2).
  CHECK(tag("For the time being the embassy stays shut.", kFriday).timexes.empty());
  CHECK(one("The lawyers recently reviewed the file.", kFriday) == "recently|DATE|PAST_REF");
}

TEST_CASE("timex: now with a comma opening a sentence is a discourse marker") {
  CHECK(tag("The plant closed. Now, the mayor says, the town must adapt.", kFriday).timexes.empty());
  CHECK(tag("\"Now, let us be clear about this,\" she said.", kFriday).timexes.empty());
  CHECK(one("The plant closed. Now the town must adapt.", kFriday) == "Now|DATE|PRESENT_REF");
  CHECK(one("Nobody had complained until now, the mayor said.", kFriday) == "now|DATE|PRESENT_REF");
}

TEST_CASE("timex: the morning after a preposition is that part of the day the text is at") {
  Document doc = tag("Shares slid on Wednesday. Brokers sold heavily in the morning.", kFriday);
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[1].value == "2026-01-14TMO");
  CHECK(timex_type_name(doc.timexes[1].type) == "TIME");
  CHECK(doc.timexes[1].anchor == TimexAnchor::kTimex);
  // No day before it, no preposition, or only a month before it: no timex.
  CHECK(tag("Brokers sold heavily in the morning.", kFriday).timexes.empty());
  CHECK(one("Shares slid on Wednesday. The morning papers were late.", kFriday) ==
        "Wednesday|DATE|2026-01-14");
  CHECK(one("Shares slid in March. Brokers sold in the morning.", kFriday) == "March|DATE|2025-03");
}

TEST_CASE("timex: a count with a thousands comma is one number") {
  // Bug: "1,000 days" read as P1D, and "2,000 years" as "000 years" P0Y.
  CHECK(one("She was detained for more than 1,000 days.", kFriday) ==
        "more than 1,000 days|DURATION|P1000D|MORE_THAN");
  CHECK(one("The craft is 2,000 years in the making.", kFriday) == "2,000 years|DURATION|P2000Y");
  CHECK(one("The hall sat empty for 10,000 hours.", kFriday) == "10,000 hours|DURATION|PT10000H");
  CHECK(one("They met on Jan. 16, 2026, in Rome.", kFriday) == "Jan. 16, 2026|DATE|2026-01-16");
}

TEST_CASE("timex: favoured to, like expected to, points ahead") {
  // DCT a Friday: the Sunday of the leadership vote is the one after.
  CHECK(one("The senator is favoured to win the leadership vote on Sunday.", kFriday) ==
        "Sunday|DATE|2026-01-18");
}

TEST_CASE("timex: the week or weekend of a holiday is its ISO week") {
  // Easter 2025 fell on Sunday, April 20 (ISO week 16).
  CHECK(one("Campaigning paused over the Easter weekend.", ymd(2025, 4, 28)) ==
        "the Easter weekend|DATE|2025-W16-WE");
  CHECK(one("Shops were shut in Easter week.", ymd(2025, 4, 28)) == "Easter week|DATE|2025-W16");
  CHECK(one("Shops were shut at Easter.", ymd(2025, 4, 28)) == "Easter|DATE|2025-04-20");
}

TEST_CASE("timex: a quarter of a unit is a fraction of it") {
  CHECK(one("The pact held for more than a quarter of a century.", kFriday) ==
        "more than a quarter of a century|DURATION|P25Y|MORE_THAN");
  CHECK(one("Fans queued for three quarters of an hour.", kFriday) ==
        "three quarters of an hour|DURATION|PT45M");
  CHECK(tag("A quarter of the budget went to roads.", kFriday).timexes.empty());
}

TEST_CASE("timex: a date in a since-phrase is not the day the narrative is at") {
  // Bug: "that evening" took the day of the arrest, the last date mentioned.
  Document doc = tag("On Wednesday the court freed Ana, held since her arrest on March 3, 2024. "
                     "She flew home that evening.", kFriday);
  REQUIRE(doc.timexes.size() == 3);
  CHECK(doc.timexes[2].value == "2026-01-14TEV");
  CHECK(doc.timexes[2].anchor == TimexAnchor::kTimex);
}

TEST_CASE("timex: period-to-period comparisons are not timexes") {
  // TimeBank 0 of 1, TE3 silver 0 of 22 ("year-on-year", "day-to-day", "quarter-to-quarter").
  CHECK(tag("The quarter-to-quarter gain was small.", kFriday).timexes.empty());
  CHECK(tag("Exports rose 4% year-on-year.", kFriday).timexes.empty());
  CHECK(tag("Day-to-day running passed to the deputy.", kFriday).timexes.empty());
  CHECK(one("Exports rose in the quarter.", kFriday) == "the quarter|DATE|2025-Q4");
}

TEST_CASE("timex: the night of a weekday and a date is that date") {
  // Bug: "the night of Friday" was resolved from the DCT and "Oct. 23" tagged apart.
  Document doc = tag("The mill burned on the night of Friday, Oct. 23.", kFriday);
  REQUIRE(doc.timexes.size() == 1);
  CHECK(doc.slice(doc.timexes[0].span) == "Friday, Oct. 23");
  CHECK(doc.timexes[0].value == "2025-10-23");
  CHECK(one("The mill burned on the night of Friday.", kFriday) ==
        "the night of Friday|TIME|2026-01-16TNI");
}

TEST_CASE("timex: mid-afternoon is a part of the day") {
  CHECK(one("Trading stopped in mid-afternoon yesterday.", kFriday) ==
        "mid-afternoon yesterday|TIME|2026-01-15TAF|MID");
  CHECK(one("By mid afternoon the guns were quiet.", kFriday) == "mid afternoon|TIME|2026-01-16TAF|MID");
  Document doc = tag("Troops crossed the river on Wednesday. By mid-morning they had left.", kFriday);
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[1].value == "2026-01-14TMO");
}

TEST_CASE("timex: recent months, weeks and days are stretches, recent years is the past") {
  // TimeBank: "recent months/weeks/days" DURATION PXM/PXW/PXD in 4 of 5, "recent years"
  // PAST_REF in 4 of 6.
  CHECK(one("Prices have climbed in recent months.", kFriday) == "recent months|DURATION|PXM");
  CHECK(one("Talks stalled in recent weeks.", kFriday) == "recent weeks|DURATION|PXW");
  CHECK(one("Rain fell in recent days.", kFriday) == "recent days|DURATION|PXD");
  CHECK(one("Trade grew in recent years.", kFriday) == "recent years|DATE|PAST_REF");
}

TEST_CASE("timex: a year-less quarter told in the past, not begun by the DCT, is last year's") {
  CHECK(one("Profits fell sharply in the fourth quarter.", kFriday) ==
        "the fourth quarter|DATE|2025-Q4");
  CHECK(one("Profits will rise in the fourth quarter.", kFriday) ==
        "the fourth quarter|DATE|2026-Q4");
  CHECK(one("Profits fell in the first quarter.", ymd(2026, 2, 20)) ==
        "the first quarter|DATE|2026-Q1");
}

TEST_CASE("timex: year-earlier before a noun is the timex, not a year's duration") {
  CHECK(one("It compared with a year-earlier loss of $3 million.", kFriday) ==
        "year-earlier|DATE|2025");
}

TEST_CASE("timex: a quarter of something is a fraction") {
  CHECK(tag("Pension funds hold more than a quarter of the market.", kFriday).timexes.empty());
  // Bug found by a user: "Three quarters of Canadian exports" was the duration P3Q.
  CHECK(tag("Three quarters of Canadian exports go south.", kFriday).timexes.empty());
  CHECK(tag("Two quarters of its sales came from abroad.", kFriday).timexes.empty());
  for (const char* text : {"Sales fell for three quarters of 2025.", "Sales fell for three quarters of the year."}) {
    Document doc = tag(text, kFriday);
    REQUIRE(doc.timexes.size() == 2);
    CHECK(doc.slice(doc.timexes[0].span) == "three quarters");
    CHECK(doc.timexes[0].value == "P3Q");
  }
  CHECK(one("Sales fell for three quarters in a row.", kFriday) == "three quarters|DURATION|P3Q");
  CHECK(one("It returned to profit after three quarters of losses.", kFriday) ==
        "three quarters|DURATION|P3Q");
}

TEST_CASE("timex: capitalised time words inside a sentence name a programme") {
  CHECK(tag("The minister spoke on NBC's Today about the vote.", kFriday).timexes.empty());
  CHECK(tag("He repeated the claim on CBS's 60 Minutes last night.", kFriday).timexes.size() == 1);
  CHECK(one("Today the minister spoke about the vote.", kFriday) == "Today|DATE|2026-01-16");
  CHECK(one("``This week was hard,'' she said.", kFriday) == "This week|DATE|2026-W03");
  // A quotation or a clause after a colon or a dash opens with a capital too.
  CHECK(one("Carney said, \"Today we begin.\"", kFriday) == "Today|DATE|2026-01-16");
  CHECK(one("The minister was blunt: Today is the deadline.", kFriday) == "Today|DATE|2026-01-16");
  CHECK(one("OTTAWA \u2014 Today the minister spoke.", kFriday) == "Today|DATE|2026-01-16");
}

TEST_CASE("timex: today's world is the present in general, not the DCT") {
  CHECK(tag("Schools must prepare today's youth for change.", kFriday).timexes.empty());
  CHECK(one("The offer ran in today's editions.", kFriday) == "today|DATE|2026-01-16");
}

TEST_CASE("timex: an hour in the morning or afternoon is a clock time") {
  CHECK(one("The ferry will leave at 4 in the morning.", kFriday) ==
        "4 in the morning|TIME|2026-01-16T04:00");
  CHECK(one("The ferry will leave at 3 in the afternoon.", kFriday) ==
        "3 in the afternoon|TIME|2026-01-16T15:00");
}

TEST_CASE("timex: plans as a noun do not point a weekday ahead") {
  Document doc = tag("On Thursday, when the minister set aside holiday plans for the trip, staff "
                     "cheered.", kFriday);
  REQUIRE(doc.timexes.size() == 1);
  CHECK(doc.timexes[0].value == "2026-01-15");
  CHECK(one("The minister plans to travel on Thursday.", kFriday) == "Thursday|DATE|2026-01-22");
}

TEST_CASE("timex: a season with a year in words") {
  CHECK(one("Prices were this low in the winter of nineteen ninety-four.", kFriday) ==
        "the winter of nineteen ninety-four|DATE|1994-WI");
  CHECK(one("Crowds came in the summer of two thousand and two.", kFriday) ==
        "the summer of two thousand and two|DATE|2002-SU");
}

TEST_CASE("timex: the week of a date is that date's ISO week") {
  CHECK(one("The hearing may be held the week of March 6.", ymd(2000, 2, 24)) ==
        "the week of March 6|DATE|2000-W10");
}

TEST_CASE("timex: the previous and the following weekday count from the day the text is at") {
  Document doc = tag("Shares closed higher on Friday, Oct. 27, 1989. They were up 2% from the "
                     "previous Friday.", ymd(1989, 10, 30));
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.slice(doc.timexes[1].span) == "the previous Friday");
  CHECK(doc.timexes[1].value == "1989-10-20");
  CHECK(doc.timexes[1].anchor == TimexAnchor::kTimex);
  // Without a day before it, from the DCT (a Monday).
  CHECK(one("Talks resume the following Monday.", ymd(1989, 10, 30)) ==
        "the following Monday|DATE|1989-11-06");
}

TEST_CASE("timex: current alone is not a timex, the current quarter is") {
  // TimeBank tags "current" in 9 of 17 uses, the TE3 silver data in 11 of 194: no convention.
  CHECK(tag("Analysts blamed the current slump in prices.", kFriday).timexes.empty());
  CHECK(one("Sales in the current quarter rose.", ymd(2026, 5, 4)) ==
        "the current quarter|DATE|2026-Q2");
}

TEST_CASE("timex: a half after the unit adds to the count") {
  CHECK(one("The blast lasted a minute and a half.", kFriday) ==
        "a minute and a half|DURATION|PT1M30S");
  CHECK(one("The trial took a year and a half.", kFriday) == "a year and a half|DURATION|P1Y6M");
  CHECK(one("The trial took two and a half years.", kFriday) ==
        "two and a half years|DURATION|P2Y6M");
}

TEST_CASE("timex: what is postponed or granted until a day lies ahead of the act") {
  // DCT Friday 2026-01-16: "Tuesday" is the next one, though the verbs are past.
  CHECK(one("Officials postponed until Tuesday any decision on the permit.", kFriday) ==
        "Tuesday|DATE|2026-01-20");
  CHECK(one("The court has given the family until 9 a.m. Tuesday to reply.", kFriday) ==
        "9 a.m. Tuesday|TIME|2026-01-20T09:00");
  CHECK(one("She stayed in the hospital until Tuesday.", kFriday) == "Tuesday|DATE|2026-01-13");
}

TEST_CASE("timex: the year-earlier nine months is a stretch of months") {
  CHECK(one("Net for the year-earlier nine months rose.", ymd(1989, 10, 26)) ==
        "the year-earlier nine months|DURATION|P9M");
}

TEST_CASE("timex: a second day after and/or is a date of the same month") {
  Document doc = tag("The summit will be held on April 24 and 25.", ymd(1999, 2, 10));
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[0].value == "1999-04-24");
  CHECK(doc.slice(doc.timexes[1].span) == "25");
  CHECK(doc.timexes[1].value == "1999-04-25");
  // A day that names its own year is not read this way.
  CHECK(tag("They met on Dec. 3 or 4, 1998.", ymd(1999, 2, 10)).timexes.size() == 2);
  CHECK(tag("Sales rose on April 24 and 25 stores closed.", ymd(1999, 2, 10)).timexes.size() == 1);
  CHECK(tag("Talks ran on May 4 and 5 in Geneva.", ymd(1999, 2, 10)).timexes.size() == 2);
}

TEST_CASE("timex: last fall is a season even before in") {
  CHECK(one("A sniper shot him last fall in his home.", ymd(1999, 6, 7)) ==
        "last fall|DATE|1998-FA");
  CHECK(tag("The fall in prices hurt farmers.", ymd(1999, 6, 7)).timexes.empty());
}

TEST_CASE("timex: a range of durations counts as its lower bound, never the sum") {
  CHECK(one("Shipments resume within two to three weeks.", kFriday) ==
        "two to three weeks|DURATION|P2W");
  CHECK(one("The review took one or two years.", kFriday) == "one or two years|DURATION|P1Y");
}

TEST_CASE("timex: the week before counts from the date the text is at, else from the DCT") {
  const auto wed = ymd(2025, 9, 17);  // a Wednesday of 2025-W38
  CHECK(one("The week before, the mayor quit.", wed) == "The week before|DATE|2025-W37");
  CHECK(one("The day after, the mayor quit.", wed) == "The day after|DATE|2025-09-18");
  Document doc = tag("The bridge closed on Aug. 4. The week before, engineers had warned the city. "
                     "The day after, crews arrived. The month before, a truck had hit it.",
                     wed);
  REQUIRE(doc.timexes.size() == 4);
  CHECK(doc.timexes[1].value == "2025-W31");
  CHECK(doc.timexes[1].anchor == TimexAnchor::kTimex);
  CHECK(doc.timexes[2].value == "2025-08-05");
  CHECK(doc.timexes[3].value == "2025-07");
  CHECK(one("The mayor quit the week before last.", wed) == "the week before last|DATE|2025-W36");
  CHECK(one("The vote is due the year after next.", wed) == "the year after next|DATE|2027");
  CHECK(one("The week after next, talks resume.", std::nullopt) ==
        "The week after next|DATE|XXXX-WXX");
  // Counted from an event, not a date: no value can be given, so no timex.
  CHECK(tag("The week before the vote, the mayor quit.", wed).timexes.empty());
  CHECK(tag("The day after he won, the mayor quit.", wed).timexes.empty());
}

TEST_CASE("timex: national holidays by name") {
  const auto wed = ymd(2025, 9, 17);
  CHECK(one("Crowds filled the park on the Fourth of July.", wed) ==
        "the Fourth of July|DATE|2025-07-04");
  CHECK(one("Fireworks lit the harbour on Canada Day.", wed) == "Canada Day|DATE|2025-07-01");
  CHECK(one("The parade will pass the square on Bastille Day.", ymd(2025, 6, 23)) ==
        "Bastille Day|DATE|2025-07-14");
  CHECK(one("Fireworks will light the sky on Bastille Day 2027.", wed) ==
        "Bastille Day 2027|DATE|2027-07-14");
  CHECK(one("Stores closed for Labour Day.", wed) == "Labour Day|DATE|2025-09-01");
  CHECK(one("The strike began on Boxing Day, 2019.", wed) == "Boxing Day, 2019|DATE|2019-12-26");
  CHECK(one("The service will be held on Easter Sunday.", wed) == "Easter Sunday|DATE|2026-04-05");
  CHECK(one("He will fly home for Christmas Day.", wed) == "Christmas Day|DATE|2025-12-25");
  CHECK(one("They married on New Year's Eve.", wed) == "New Year's Eve|DATE|2024-12-31");
}

TEST_CASE("timex: the end of the month is the month, with a mod") {
  const auto wed = ymd(2025, 9, 17);
  CHECK(one("The plant will shut at the end of the month.", wed) ==
        "the end of the month|DATE|2025-09|END");
  CHECK(one("Rent is due at the start of the month.", wed) ==
        "the start of the month|DATE|2025-09|START");
  CHECK(one("Payments resume mid-month.", wed) == "mid-month|DATE|2025-09|MID");
  CHECK(one("Fares rise at the beginning of next year.", wed) ==
        "the beginning of next year|DATE|2026|START");
  CHECK(one("The board met earlier this month.", wed) == "earlier this month|DATE|2025-09|START");
  CHECK(one("The plant closes at the very end of 2027.", wed) == "the very end of 2027|DATE|2027|END");
  CHECK(one("A ruling is expected later this year.", wed) == "later this year|DATE|2025|END");
  CHECK(tag("It was the month of their lives.", wed).timexes.empty());
}

TEST_CASE("timex: a quarter of a game is no calendar quarter") {
  const auto mon = ymd(2025, 6, 23);
  CHECK(tag("The rookie was named MVP. His team trailed early in the first quarter.", mon)
            .timexes.empty());
  CHECK(tag("She was hurt in the fourth quarter of Game 3.", mon).timexes.empty());
  CHECK(tag("The NFL side led at halftime but lost the lead in the third quarter.", mon)
            .timexes.empty());
  // Business quarters, and any quarter that names its year, stay dates.
  CHECK(one("Profit rose in the first quarter, the bank said.", mon) ==
        "the first quarter|DATE|2025-Q1");
  CHECK(one("The NFL broadcaster said its revenue rose in the fourth quarter.", mon) ==
        "the fourth quarter|DATE|2024-Q4");
  CHECK(one("The NBA reported higher revenue in the first quarter of 2024.", mon) ==
        "the first quarter of 2024|DATE|2024-Q1");
}

TEST_CASE("timex: the past as a noun after with, from or of is no timex") {
  const auto mon = ymd(2025, 6, 23);
  CHECK(tag("The plan marks a break with the past.", mon).timexes.empty());
  CHECK(tag("Leaders should learn from the past.", mon).timexes.empty());
  CHECK(tag("Paper tickets are a thing of the past.", mon).timexes.empty());
  CHECK(one("In the past, the mill employed 400 people.", mon) == "the past|DATE|PAST_REF");
}

// Found on the blind set: "the same day" paragraphs after the day was named was no timex.
TEST_CASE("timex: 'the same day' far from its day takes the last day named, 'the same day that ...' does not") {
  using newsgraph::extractor::Timex;
  const std::string far =
      "Officials announced the measures on Tuesday in the capital. The move followed a long "
      "investigation into the attack, which began in 2022 and lasted many months. Investigators "
      "traced the intrusion to a group of hackers working from abroad, according to a report "
      "published by the agency, which said that the group had targeted several firms in the "
      "region over the past years and that it had demanded large ransoms from each of them, "
      "without success in most cases.\n\nTwo allies imposed their own sanctions the same day.";
  Document doc = tag(far, ymd(2024, 1, 23));  // a Tuesday
  REQUIRE(!doc.timexes.empty());
  const Timex& last = doc.timexes.back();
  CHECK(doc.slice(last.span) == "the same day");
  CHECK(last.value == "2024-01-23");
  // The clause after it names the day: not the far day named before.
  std::string cataphoric_text = far;
  cataphoric_text.replace(cataphoric_text.find("Two allies"), std::string::npos,
                          "The arrest took place on the same day that the two leaders met.");
  Document cataphoric = tag(cataphoric_text, ymd(2024, 1, 23));
  int same_day = 0;
  for (const Timex& t : cataphoric.timexes)
    if (cataphoric.slice(t.span) == "the same day") {
      ++same_day;
      CHECK(t.value == "2022");  // the year named nearest before it, not the far Tuesday
    }
  CHECK(same_day == 1);
}

// Found on the blind2 set: the end of a period ("until December") became the date that
// "twelve days later" counted from.
TEST_CASE("timex: the end of a period after 'until' is no reference for 'N days later'") {
  Document doc = tag("In March the council postponed the vote until November. A court "
                     "overturned the delay ten days later.",
                     ymd(2025, 6, 10));
  REQUIRE(doc.timexes.size() == 3);
  CHECK(doc.slice(doc.timexes[1].span) == "November");
  CHECK(doc.slice(doc.timexes[2].span) == "ten days later");
  CHECK(doc.timexes[2].value == "2025-03");  // March, at March's granularity
  Document without = tag("In March the council postponed the vote. A court overturned the "
                         "delay ten days later.",
                         ymd(2025, 6, 10));
  REQUIRE(without.timexes.size() == 2);
  CHECK(without.timexes[1].value == "2025-03");
}

TEST_CASE("timex: 'N units later than planned' is a duration, not a date") {
  const auto tue = ymd(2025, 6, 10);
  CHECK(one("The launch took place a month later than planned.", tue) == "a month|DURATION|P1M");
  CHECK(one("The ship docked two days earlier than expected.", tue) == "two days|DURATION|P2D");
  CHECK(one("The crew returned two days later.", tue) == "two days later|DATE|2025-06-12");
}

TEST_CASE("timex: a weekday after 'until' with a past verb is the nearer one") {
  const auto mon = ymd(2025, 6, 23);
  // Thursday 19 is four days back, Thursday 26 three days ahead.
  CHECK(one("The airline suspended its flights until Thursday.", mon) ==
        "Thursday|DATE|2025-06-26");
  CHECK(one("The airline suspended its flights on Thursday.", mon) == "Thursday|DATE|2025-06-19");
  // Saturday 21 is two days back: nearer than Saturday 28.
  CHECK(one("The museum stayed shut until Saturday.", mon) == "Saturday|DATE|2025-06-21");
}

TEST_CASE("timex: 'in the evening' far from its day is that day's evening") {
  const std::string filler =
      " The talks had been planned for many months by officials of both governments, who "
      "wanted to settle the disputes over fishing rights, river water and the border posts "
      "that had strained relations between the two neighbours, and who had met several "
      "times in the capitals and at the border itself to prepare the documents that the "
      "ministers were expected to initial, according to people who took part in them and "
      "who asked not to be named.";
  Document doc = tag("The two ministers met on Tuesday." + filler +
                         " They signed the accord in the evening.",
                     ymd(2024, 1, 23));
  REQUIRE(doc.timexes.size() == 3);
  CHECK(doc.slice(doc.timexes[2].span) == "the evening");
  CHECK(doc.timexes[2].value == "2024-01-23TEV");
  // A year named after the day: the evening of what, no one can say.
  Document year = tag("The two ministers met on Tuesday." + filler +
                          " The border was drawn in 1921. They signed the accord in the evening.",
                      ymd(2024, 1, 23));
  for (const auto& t : year.timexes) CHECK(year.slice(t.span) != "the evening");
}

// Found on TimeBank: "the previous Friday" paragraphs after "closed lower Friday" counted
// from the DCT, giving the Friday the text is at.
TEST_CASE("timex: 'the previous Friday' far from its day counts from the last day named") {
  const std::string filler =
      " Traders blamed the resignation of the finance minister and a weak currency, and said "
      "that the sell-off on the other side of the ocean had weighed on the market for most of "
      "the session, although some shares recovered after the central bank stepped in to "
      "support the currency late in the afternoon, according to dealers at several of the "
      "large brokerage houses in the city who spoke on condition of anonymity because they "
      "were not allowed to talk to reporters about their trading.";
  // DCT Monday 2025-06-23: "Friday" is June 20, the Friday before it June 13.
  Document doc = tag("Shares in the capital closed sharply lower Friday." + filler +
                         " The index ended 4% below its level of the previous Friday.",
                     ymd(2025, 6, 23));
  REQUIRE(doc.timexes.size() >= 2);
  CHECK(doc.slice(doc.timexes.front().span) == "Friday");
  CHECK(doc.timexes.front().value == "2025-06-20");
  CHECK(doc.slice(doc.timexes.back().span) == "the previous Friday");
  CHECK(doc.timexes.back().value == "2025-06-13");
  // With no day named before it, from the DCT.
  CHECK(one("The index ended 4% below its level of the previous Friday.", ymd(2025, 6, 23)) ==
        "the previous Friday|DATE|2025-06-20");
}

TEST_CASE("timex: 'hours later' is the day the text is at") {
  Document doc = tag("The board removed its chairman on Friday. Hours later, two directors quit.",
                     ymd(2025, 6, 23));
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.slice(doc.timexes[1].span) == "Hours later");
  CHECK(doc.timexes[1].type == newsgraph::extractor::TimexType::kDate);
  CHECK(doc.timexes[1].value == "2025-06-20");
  // No day named before it: the DCT's day.
  CHECK(one("Hours later, two directors quit.", ymd(2025, 6, 23)) == "Hours later|DATE|2025-06-23");
  // Without "later" a bare plural unit stays a stretch of time.
  CHECK(one("The talks went on for hours.", ymd(2025, 6, 23)) == "hours|DURATION|PTXH");
}

TEST_CASE("timex: 'every N units' is a set") {
  const auto mon = ymd(2025, 6, 23);
  CHECK(one("The summit meets every two years.", mon) == "every two years|SET|P2Y");
  CHECK(one("The pumps are checked every 10 days.", mon) == "every 10 days|SET|P10D");
  CHECK(one("The council meets every year.", mon) == "every year|SET|P1Y");
}

// Found by a user: after "who was foreign minister until Thursday", "A day later" counted from
// the DCT once bounds stopped being references; a past day that ends a period is one the
// narrative reached.
TEST_CASE("timex: a past day after 'until' stays the reference, a month or a future day does not") {
  Document doc = tag("The minister, who held the post until Thursday, kept his seat. A day "
                     "later, the police chief resigned.",
                     ymd(2024, 7, 13));  // a Saturday
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[0].value == "2024-07-11");
  CHECK(doc.slice(doc.timexes[1].span) == "A day later");
  CHECK(doc.timexes[1].value == "2024-07-12");
}

TEST_CASE("timex: a weekday after 'giving them until' lies ahead") {
  // DCT Tuesday 2024-10-15: Saturday 12 is three days back, Saturday 19 four ahead.
  Document doc = tag("The government expelled six diplomats on Monday, giving them until "
                     "Saturday to leave.",
                     ymd(2024, 10, 15));
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[1].value == "2024-10-19");
}

TEST_CASE("timex: 'the previous week' after a year counts from the DCT") {
  Document doc = tag("The budget for the fiscal year was passed. The envoy called the president "
                     "the previous week.",
                     ymd(2024, 7, 13));  // ISO week 28
  REQUIRE(!doc.timexes.empty());
  CHECK(doc.slice(doc.timexes.back().span) == "the previous week");
  CHECK(doc.timexes.back().value == "2024-W27");
}

// From a user's trial: a year named between the day and "hours later" made it a bare duration.
TEST_CASE("timex: hours later stays on the last day named, however far back") {
  Document doc = tag("Prices jumped on Thursday. Refiners bought more oil earlier this year. "
                     "The bloc acted hours later.", kFriday);
  REQUIRE(doc.timexes.size() == 3);
  CHECK(doc.slice(doc.timexes[2].span) == "hours later");
  CHECK(doc.timexes[2].type == TimexType::kDate);
  CHECK(doc.timexes[2].value == "2026-01-15");
  // No day named before: still a date, the DCT's.
  CHECK(one("The bloc acted hours later.", kFriday) == "hours later|DATE|2026-01-16");
}

// From blind4: "resigned later that night", sentences after "Wednesday night" with a "next
// year" between, took the year.
TEST_CASE("timex: later that night is on the last day named when only a coarser date is near") {
  Document doc = tag("The government fell on Wednesday over next year's budget. Two ministers "
                     "resigned later that night.", kFriday);
  REQUIRE(doc.timexes.size() == 3);
  CHECK(doc.slice(doc.timexes[2].span) == "later that night");
  CHECK(doc.timexes[2].value == "2026-01-14TNI");
  // A bare "that day" far from any day stays no timex ("that day has come").
  CHECK(one("I always knew that day would come.", kFriday) == "count=0");
}
