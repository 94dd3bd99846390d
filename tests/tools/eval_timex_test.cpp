// Tests the gold side of newsgraph-eval timex on MEANTIME CAT files (tools/eval/meantime_format.h
// meantime_timeml, tools/eval/timeml.h scored_timexes and count_timexes) on a CAT snippet
// written for this test; its counts were worked out by hand:
//
//   text  "Acme opens caf\u00e9s\n\nJuly 3, 2012\n\nAcme said on Monday it opened its caf\u00e9s
//          last week. It plans more next year."   (sentence 3 is the second body sentence)
//   bytes "caf\u00e9" has a two-byte \u00e9, so every byte offset after the title is one more than
//          its code-point offset.
#include <catch2/catch.hpp>

#include "tools/eval/meantime_format.h"
#include "tools/eval/timeml.h"

using namespace newsgraph;
using namespace newsgraph::eval;

namespace {

const char kCafes[] = R"(<?xml version="1.0" ?><Document doc_id="7" doc_name="acme_cafes" lang="en">
<token number="0" sentence="0" t_id="1">Acme</token>
<token number="1" sentence="0" t_id="2">opens</token>
<token number="2" sentence="0" t_id="3">caf&#233;s</token>
<token number="3" sentence="1" t_id="4">July</token>
<token number="4" sentence="1" t_id="5">3</token>
<token number="5" sentence="1" t_id="6">,</token>
<token number="6" sentence="1" t_id="7">2012</token>
<token number="7" sentence="2" t_id="8">Acme</token>
<token number="8" sentence="2" t_id="9">said</token>
<token number="9" sentence="2" t_id="10">on</token>
<token number="10" sentence="2" t_id="11">Monday</token>
<token number="11" sentence="2" t_id="12">it</token>
<token number="12" sentence="2" t_id="13">opened</token>
<token number="13" sentence="2" t_id="14">its</token>
<token number="14" sentence="2" t_id="15">caf&#233;s</token>
<token number="15" sentence="2" t_id="16">last</token>
<token number="16" sentence="2" t_id="17">week</token>
<token number="17" sentence="2" t_id="18">.</token>
<token number="18" sentence="3" t_id="19">It</token>
<token number="19" sentence="3" t_id="20">plans</token>
<token number="20" sentence="3" t_id="21">more</token>
<token number="21" sentence="3" t_id="22">next</token>
<token number="22" sentence="3" t_id="23">year</token>
<token number="23" sentence="3" t_id="24">.</token>
<Markables>
<TIMEX3 functionInDocument="NONE" m_id="30" type="DATE" value="2012-W26">
<token_anchor t_id="16"/>
<token_anchor t_id="17"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="31" type="DATE" value="2012-07-02">
<token_anchor t_id="11"/>
</TIMEX3>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="32" type="DATE" value="2012-07-03">
<token_anchor t_id="4"/>
<token_anchor t_id="5"/>
<token_anchor t_id="6"/>
<token_anchor t_id="7"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="33" type="DATE" value="2012-06-25"/>
<TIMEX3 functionInDocument="NONE" m_id="34" type="DATE" value="2013">
<token_anchor t_id="22"/>
<token_anchor t_id="23"/>
</TIMEX3>
</Markables>
</Document>
)";

TimemlDocument cafes(int sentences) {
  MeantimeDocument doc;
  corpus::InputError error;
  bool ok = parse_meantime(kCafes, "acme_cafes.xml", &doc, &error);
  INFO(error.message);
  REQUIRE(ok);
  return meantime_timeml(doc, sentences);
}

extractor::Timex system_timex(uint32_t begin, uint32_t end, extractor::TimexType type, std::string value) {
  extractor::Timex t;
  t.span = {begin, end};
  t.type = type;
  t.value = std::move(value);
  return t;
}

}  // namespace

TEST_CASE("eval timex: a MEANTIME file gives its TIMEX3s in bytes, without the DCT or implicit ones") {
  TimemlDocument d = cafes(3);
  CHECK(d.text ==
        "Acme opens caf\xC3\xA9s\n\nJuly 3, 2012\n\nAcme said on Monday it opened its "
        "caf\xC3\xA9s last week. It plans more next year.");
  REQUIRE(d.dct);
  CHECK(*d.dct == std::chrono::year_month_day{std::chrono::year{2012}, std::chrono::July,
                                              std::chrono::day{3}});
  // Sorted by begin; the CREATION_TIME timex (the dateline), the tokenless one and the one in
  // sentence 3 (outside sentences 0..2) are not gold.
  REQUIRE(d.gold.size() == 2);
  CHECK(d.gold[0].span == extractor::Span{46, 52});  // Monday
  CHECK(d.text.substr(46, 6) == "Monday");
  CHECK(d.gold[0].value == "2012-07-02");
  CHECK(d.gold[1].span == extractor::Span{74, 83});  // last week
  CHECK(d.gold[1].type == "DATE");
  CHECK(d.gold[1].value == "2012-W26");
  // Unscored: the text after sentence 2, and the dateline.
  REQUIRE(d.unscored.size() == 2);
  CHECK(d.unscored[0] == extractor::Span{84, uint32_t(d.text.size())});
  CHECK(d.unscored[1] == extractor::Span{19, 31});
  CHECK(d.text.substr(19, 12) == "July 3, 2012");
  CHECK(d.head.find("value=\"2012-07-03\"") != std::string::npos);
}

TEST_CASE("eval timex: MEANTIME with sentences 0 scores the whole text") {
  TimemlDocument d = cafes(0);
  REQUIRE(d.gold.size() == 3);
  CHECK(d.gold[2].value == "2013");
  CHECK(d.text.substr(d.gold[2].span.begin, d.gold[2].span.size()) == "next year");
  REQUIRE(d.unscored.size() == 1);  // the dateline only
}

TEST_CASE("eval timex: timexes in unscored text are neither hits nor false alarms") {
  TimemlDocument d = cafes(3);
  using extractor::TimexType;
  std::vector<extractor::Timex> system = {
      system_timex(19, 31, TimexType::kDate, "2012-07-03"),  // the dateline: not scored
      system_timex(46, 52, TimexType::kDate, "2012-07-02"),  // Monday: strict, value and type right
      system_timex(67, 83, TimexType::kDate, "2012-W26"),    // "cafés last week": relaxed only
      system_timex(99, 108, TimexType::kDate, "2013"),      // next year: after the scored sentences
  };
  std::vector<extractor::Timex> scored = scored_timexes(d, system);
  REQUIRE(scored.size() == 2);
  TimexCounts counts;
  count_timexes(d.gold, scored, d.text, &counts);
  CHECK(counts.gold == 2);
  CHECK(counts.system == 2);
  CHECK(counts.strict == 1);
  CHECK(counts.relaxed == 2);
  CHECK(counts.value == 2);
  CHECK(counts.type == 2);
}
