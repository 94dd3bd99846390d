#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "extractor/event_dating.h"
#include "extractor/events.h"
#include "extractor/timex.h"

using namespace newsgraph::extractor;

namespace {

const auto kFriday = std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::January,
                                                 std::chrono::day{16}};

// One sentence spanning `text`, its timexes tagged, and an event per trigger word.
Document doc_with_events(const std::string& text, const std::vector<std::string>& triggers) {
  static const TimexTagger tagger = make_timex_tagger();
  Document doc;
  doc.text = text;
  doc.dct = kFriday;
  doc.sentences.push_back({{0, static_cast<uint32_t>(text.size())}, 0, 0});
  tag_timexes(tagger, doc);
  for (const auto& w : triggers) {
    Event e;
    e.type = "OTHER";
    auto at = static_cast<uint32_t>(text.find(w));
    REQUIRE(at != static_cast<uint32_t>(std::string::npos));
    e.trigger = {at, at + static_cast<uint32_t>(w.size())};
    doc.events.push_back(e);
  }
  return doc;
}

}  // namespace

TEST_CASE("event dating: an event takes the timex of its own clause") {
  Document doc = doc_with_events(
      "The visit, which included talks with Xi on Friday, marks a shift.", {"visit", "talks"});
  date_events(doc);
  CHECK(doc.events[0].date == "");  // the visit's clause has no timex, and the sentence two events
  CHECK(doc.events[0].timex == -1);
  CHECK(doc.events[1].date == "2026-01-16");
  CHECK(doc.events[1].timex == 0);
}

TEST_CASE("event dating: a timex fronted before the clause dates its event") {
  Document doc = doc_with_events("On Friday, Xi met Carney in Beijing.", {"met"});
  date_events(doc);
  CHECK(doc.events[0].date == "2026-01-16");
}

TEST_CASE("event dating: the sentence's timex dates the sentence's only event") {
  Document doc = doc_with_events("The arrest of Meng came in Vancouver, in December 2018.", {"arrest"});
  date_events(doc);
  CHECK(doc.events[0].date == "2018-12");
}

TEST_CASE("event dating: a timex of another clause does not date an event when the sentence has two") {
  Document doc = doc_with_events("Xi met Carney on Friday, and Li attended a dinner.", {"met", "dinner"});
  date_events(doc);
  CHECK(doc.events[0].date == "2026-01-16");
  CHECK(doc.events[1].date == "");
}

TEST_CASE("event dating: present-tense reporting takes the DCT, past-tense reporting nothing") {
  Document says = doc_with_events("Xi says the talks went well.", {"says"});
  date_events(says);
  CHECK(says.events[0].date == "2026-01-16");
  CHECK(says.events[0].timex == -1);
  Document said = doc_with_events("Xi said the talks went well.", {"said"});
  date_events(said);
  CHECK(said.events[0].date == "");
  Document has_declared =
      doc_with_events("Carney has declared a partnership during a state visit to Beijing.", {"visit"});
  date_events(has_declared);
  CHECK(has_declared.events[0].date == "2026-01-16");
}

TEST_CASE("event dating: durations, sets and vague references never date an event") {
  Document doc = doc_with_events("The talks lasted three days and resumed recently.", {"talks"});
  date_events(doc);
  CHECK(doc.events[0].date == "");
}

TEST_CASE("event dating: events already dated are left alone") {
  Document doc = doc_with_events("Xi met Carney on Friday.", {"met"});
  doc.events[0].date = "2025-10";
  date_events(doc);
  CHECK(doc.events[0].date == "2025-10");
  CHECK(doc.events[0].timex == -1);
}

TEST_CASE("event dating: with dependency heads the clause is the verb's subtree") {
  // On Friday Xi met Carney and Li hosted a dinner
  // 0  1      2  3   4      5   6  7      8 9
  Document doc = doc_with_events("On Friday Xi met Carney and Li hosted a dinner", {"met", "dinner"});
  const std::vector<std::pair<int, std::string>> heads = {
      {1, "case"}, {3, "obl"}, {3, "nsubj"}, {-1, "root"}, {3, "obj"},
      {7, "cc"},   {7, "nsubj"}, {3, "conj"}, {9, "det"},  {7, "obj"}};
  const std::vector<std::string> upos = {"ADP", "PROPN", "PROPN", "VERB", "PROPN",
                                         "CCONJ", "PROPN", "VERB", "DET", "NOUN"};
  uint32_t at = 0;
  for (size_t i = 0; i < heads.size(); ++i) {
    while (doc.text[at] == ' ') ++at;
    uint32_t end = static_cast<uint32_t>(doc.text.find(' ', at));
    if (end > doc.text.size()) end = static_cast<uint32_t>(doc.text.size());
    Token t;
    t.span = {at, end};
    t.head = heads[i].first;
    t.deprel = heads[i].second;
    t.upos = upos[i];
    doc.tokens.push_back(t);
    at = end;
  }
  doc.sentences[0].end_token = static_cast<uint32_t>(doc.tokens.size());
  date_events(doc);
  CHECK(doc.events[0].date == "2026-01-16");
  CHECK(doc.events[1].date == "");
}

TEST_CASE("event dating: nominal events in a phrase attached to a since-clause take its timex") {
  Document doc = doc_with_events(
      "Ties between the two capitals had soured badly since 2018, following "
      "Ottawa's arrest of a telecom executive at Washington's request and Beijing's "
      "later detention of two Canadian citizens on spying charges.",
      {"soured", "arrest", "detention"});
  date_events(doc);
  CHECK(doc.events[0].date == "2018");
  CHECK(doc.events[1].date == "2018");
  CHECK(doc.events[1].timex == 0);
  CHECK(doc.events[2].date == "2018");
}

TEST_CASE("event dating: a phrase that opens the sentence takes the timex of the clause after it") {
  Document doc = doc_with_events("Following the collapse of the talks, prices fell sharply in March 2020.",
                                 {"collapse", "fell"});
  date_events(doc);
  CHECK(doc.events[0].date == "2020-03");
  CHECK(doc.events[1].date == "2020-03");
}

TEST_CASE("event dating: events amid a clause share its time, coordinated ones too") {
  Document doc = doc_with_events(
      "Exports slumped in 2019, amid a trade war with Washington and a strike at the port.",
      {"slumped", "war", "strike"});
  date_events(doc);
  CHECK(doc.events[1].date == "2019");
  CHECK(doc.events[2].date == "2019");
}

TEST_CASE("event dating: what happened just before a day is not dated by that day") {
  Document day = doc_with_events("Canada joined on Sept. 30, 2018, after intense talks in Ottawa.",
                                 {"joined", "talks"});
  date_events(day);
  CHECK(day.events[0].date == "2018-09-30");
  CHECK(day.events[1].date == "");
  Document month = doc_with_events("Canada joined in September 2018, after intense talks in Ottawa.",
                                   {"joined", "talks"});
  date_events(month);
  CHECK(month.events[1].date == "2018-09");
}

TEST_CASE("event dating: a phrase with its own timex or its own verb keeps to itself") {
  Document own = doc_with_events(
      "Talks resumed in 2021, following the arrest in December 2018 of a Huawei executive.",
      {"resumed", "arrest"});
  date_events(own);
  CHECK(own.events[0].date == "2021");
  CHECK(own.events[1].date == "2018-12");
  Document clause = doc_with_events("Relations withered in 2019, after police arrested the executive.",
                                    {"withered", "arrested"});
  date_events(clause);
  CHECK(clause.events[0].date == "2019");
  CHECK(clause.events[1].date == "");
}

TEST_CASE("event dating: the events of a when-clause take the timex it attaches to") {
  Document doc = doc_with_events(
      "Ties have been cold since March 2019, when Ruritania arrested a diplomat and Freedonia "
      "expelled two envoys.",
      {"arrested", "expelled"});
  date_events(doc);
  CHECK(doc.events[0].date == "2019-03");
  CHECK(doc.events[1].date == "2019-03");
}

TEST_CASE("event dating: a timex opening the sentence dates coordinated clauses, not relative ones") {
  Document doc = doc_with_events(
      "In May 2020, Ruritania arrested a diplomat, and Freedonia then expelled two envoys.",
      {"arrested", "expelled"});
  date_events(doc);
  CHECK(doc.events[0].date == "2020-05");
  CHECK(doc.events[1].date == "2020-05");
  Document relative = doc_with_events(
      "In May 2020, Ruritania arrested a diplomat who had visited Paris.", {"arrested", "visited"});
  date_events(relative);
  CHECK(relative.events[0].date == "2020-05");
  CHECK(relative.events[1].date == "");
}

TEST_CASE("event dating: a since-timex does not date an event noun of its own phrase") {
  Document doc = doc_with_events("It was the first visit to Ruritania since 2017.", {"visit"});
  date_events(doc);
  CHECK(doc.events[0].date == "");
  Document host = doc_with_events(
      "Ana met Paul on Friday, during the first visit to Ruritania since 2017.", {"met", "visit"});
  date_events(host);
  CHECK(host.events[1].date == "2026-01-16");
  // Bug found by a user: the timex of a noun inside the since-phrase dated the meeting.
  Document inner = doc_with_events(
      "It was the first visit of the two leaders since the vote last month.", {"visit"});
  date_events(inner);
  REQUIRE(inner.timexes.size() == 1);
  CHECK(inner.events[0].date == "");
  // A comma ends the since-phrase: "since 2017, ... last month" is not one phrase.
  Document apart = doc_with_events("Since 2017, the visit to Ruritania last month was the first.",
                                   {"visit"});
  date_events(apart);
  CHECK(apart.events[0].date == "2025-12");
}

TEST_CASE("event dating: a past perfect or a deadline of another clause does not date an event") {
  Document perfect = doc_with_events(
      "Ruritania ordered the ban in July 2020, while Freedonia had already blocked the plan.",
      {"blocked"});
  date_events(perfect);
  CHECK(perfect.events[0].date == "");
  Document deadline = doc_with_events(
      "Ruritania told firms to remove the gear by 2027, while Freedonia blocked a plan.", {"blocked"});
  date_events(deadline);
  CHECK(deadline.events[0].date == "");
  Document own = doc_with_events("Freedonia had blocked the plan in July 2020.", {"blocked"});
  date_events(own);
  CHECK(own.events[0].date == "2020-07");
}

TEST_CASE("event dating: an event included in another takes its date") {
  Document doc = doc_with_events(
      "Ana toured Lima on Friday. Her tour, which also included a dinner with Paul, ended.",
      {"toured", "dinner"});
  // Two sentences: the second starts at "Her".
  auto second = static_cast<uint32_t>(doc.text.find("Her"));
  doc.sentences = {{{0, second - 1}, 0, 0}, {{second, static_cast<uint32_t>(doc.text.size())}, 0, 0}};
  doc.timexes.clear();
  static const TimexTagger tagger = make_timex_tagger();
  tag_timexes(tagger, doc);
  doc.events[1].sentence = 1;
  date_events(doc);
  CHECK(doc.events[0].date == "2026-01-16");
  CHECK(doc.events[1].date == "");  // no earlier event has the trigger "tour": nothing to inherit
  Document same = doc_with_events(
      "Ana began a tour on Friday. Her tour, which also included a dinner with Paul, ended.",
      {"tour", "dinner"});
  auto s2 = static_cast<uint32_t>(same.text.find("Her"));
  same.sentences = {{{0, s2 - 1}, 0, 0}, {{s2, static_cast<uint32_t>(same.text.size())}, 0, 0}};
  same.timexes.clear();
  tag_timexes(tagger, same);
  same.events[1].sentence = 1;
  date_events(same);
  CHECK(same.events[0].date == "2026-01-16");
  CHECK(same.events[1].date == "2026-01-16");
}

TEST_CASE("event dating: events merged into one sentence event are dated by the one-event rule") {
  Document doc = doc_with_events("Ruritania will impose a tariff and a surtax, its leader announced on Monday.",
                                 {"tariff", "surtax"});
  for (Event& e : doc.events) {
    e.type = "SANCTION";
    e.arguments = {{0, "agent"}};
  }
  date_events(doc);
  CHECK(doc.events[0].date == "");  // two events: the sentence's timex dates neither
  merge_repeated_events(doc);
  REQUIRE(doc.events.size() == 1);
  date_events(doc);
  CHECK(doc.events[0].date == "2026-01-12");
}
