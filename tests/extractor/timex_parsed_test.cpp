// The timex stage on documents that went through the stages the pipeline runs before it
// (segmentation, the shipped POS tagger and dependency parser): the verb a weekday or a
// year-less date attaches to, and that verb's tense, come from the parse. Sentences are our own.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "extractor/dep_parser.h"
#include "extractor/pos_tagger.h"
#include "extractor/timex.h"
#include "extractor/tokenize.h"

using namespace newsgraph::extractor;

namespace {

const std::string kModels = NEWSGRAPH_SOURCE_DIR "/extractor/models";

// The DCT of every case: Wednesday 2026-01-14.
const std::chrono::year_month_day kDct{std::chrono::year{2026}, std::chrono::January,
                                       std::chrono::day{14}};

struct Models {
  Segmenter segmenter = make_segmenter();
  TimexTagger timex = make_timex_tagger();
  PosTagger pos;
  DependencyParser parser;
};

const Models& models() {
  static const Models m = [] {
    Models out;
    REQUIRE_FALSE(load_pos_tagger(kModels, &out.pos).has_value());
    REQUIRE_FALSE(load_dependency_parser(kModels, &out.parser).has_value());
    return out;
  }();
  return m;
}

// Segments, tags, parses and tags timexes, as extractor/pipeline.cpp does.
Document parsed(const std::string& text) {
  const Models& m = models();
  Document doc;
  doc.text = text;
  doc.dct = kDct;
  segment(m.segmenter, doc);
  tag_pos(m.pos, doc);
  parse_dependencies(m.parser, doc);
  tag_timexes(m.timex, doc);
  return doc;
}

// The value of the only timex of `text`.
std::string value_of(const std::string& text) {
  Document doc = parsed(text);
  REQUIRE(doc.timexes.size() == 1);
  return doc.timexes[0].value;
}

}  // namespace

TEST_CASE("timex parsed: a present-tense event verb names a schedule ahead") {
  CHECK(value_of("The two leaders meet separately Monday with the envoy.") == "2026-01-19");
  CHECK(value_of("The committee takes up the bill Friday.") == "2026-01-16");
}

TEST_CASE("timex parsed: a past verb points back, a present reporting verb too") {
  CHECK(value_of("The two leaders met separately Monday with the envoy.") == "2026-01-12");
  CHECK(value_of("The ministry says the talks collapsed Monday.") == "2026-01-12");
}

TEST_CASE("timex parsed: the present progressive is a plan ahead, the past progressive is not") {
  CHECK(value_of("The premier is meeting the governors Monday in Ottawa.") == "2026-01-19");
  CHECK(value_of("The premier was meeting the governors Monday in Ottawa.") == "2026-01-12");
}

TEST_CASE("timex parsed: will and would point ahead, would have back") {
  CHECK(value_of("The airline will double its flights to the coast by August.") == "2026-08");
  CHECK(value_of("He said the board would vote Monday.") == "2026-01-19");
  CHECK(value_of("He said the board would have voted Monday.") == "2026-01-12");
}

TEST_CASE("timex parsed: a to-infinitive of a plan points ahead unless the plan is past") {
  CHECK(value_of("The company plans to close the plant Friday.") == "2026-01-16");
  CHECK(value_of("The envoy is scheduled to arrive Monday.") == "2026-01-19");
  CHECK(value_of("The regulator asked the bank to reply by Friday.") == "2026-01-16");
  CHECK(value_of("The envoy was scheduled to arrive Monday.") == "2026-01-12");
}

TEST_CASE("timex parsed: a to-infinitive of any other verb takes that verb's tense") {
  CHECK(value_of("The minister flew to Lima to sign the pact Monday.") == "2026-01-12");
}

TEST_CASE("timex parsed: a present copula with a date is a schedule, a past one is not") {
  CHECK(value_of("The final vote is on Friday.") == "2026-01-16");
  CHECK(value_of("The final vote was on Friday.") == "2026-01-09");
}

TEST_CASE("timex parsed: a past participle after a noun is a past of its own") {
  CHECK(value_of("The court will review the injunction issued Monday.") == "2026-01-12");
}

TEST_CASE("timex parsed: as soon as points ahead") {
  CHECK(value_of("The family might fly home as soon as Tuesday, a lawyer said.") == "2026-01-20");
}

TEST_CASE("timex parsed: a weekday inside a parenthesis falls back to the words around it") {
  // The parse attaches a parenthesis loosely; the verb group before it ("will leave") decides.
  CHECK(value_of("The father will leave at dawn (6 a.m. Thursday), his lawyer said.") ==
        "2026-01-15T06:00");
}

TEST_CASE("timex parsed: will puts a year-less month ahead even when last year's is nearer") {
  CHECK(value_of("The agency will name the crew for a flight in December.") == "2026-12");
}

TEST_CASE("timex parsed: an -ing clause adjoined to a past clause is past") {
  CHECK(value_of("The shares fell all year, sliding to a low of $9 in June.") == "2025-06");
}

TEST_CASE("timex parsed: without a parse the lexical scan still decides") {
  // The same sentence with no tokens: the timex stage needs only sentences and the DCT.
  static const Segmenter segmenter = make_segmenter();
  Document doc;
  doc.text = "The premier is meeting the governors Monday in Ottawa.";
  doc.dct = kDct;
  segment(segmenter, doc);
  for (Token& t : doc.tokens) t.deprel.clear();
  tag_timexes(models().timex, doc);
  REQUIRE(doc.timexes.size() == 1);
  CHECK(doc.timexes[0].value == "2026-01-19");
}

TEST_CASE("timex parsed: a condition and due to point ahead") {
  CHECK(value_of("If the talks collapse Friday, the union will strike.") == "2026-01-16");
  CHECK(value_of("The final report is due to reach lawmakers Tuesday.") == "2026-01-20");
  CHECK(value_of("The final report was due to reach lawmakers Tuesday.") == "2026-01-13");
}

TEST_CASE("timex parsed: a participle in a small clause of what a rule requires points ahead") {
  // "banned" is no past of its own: it completes "see", the second conjunct of "to sell",
  // which the rule requires.
  CHECK(value_of("The court upheld a rule that requires the firm to sell its unit or see the "
                 "shop closed from Sunday.") == "2026-01-18");
  // A reduced relative keeps its own past.
  CHECK(value_of("The court lifted the order issued Monday.") == "2026-01-12");
}

// Found by a user: "replaced its chip chief in May" in an article of March gave the coming
// May; the verb's own oblique is as bound to its past tense as a month right after it.
TEST_CASE("timex parsed: a month that is a past verb's own oblique is in the past, a bound or an infinitive's is not") {
  // DCT 2026-01-14: March lies 2 months ahead and 10 back.
  CHECK(value_of("The company replaced its chief executive in March.") == "2025-03");
  CHECK(value_of("The governor agreed to suspend the assembly until March.") == "2026-03");
  CHECK(value_of("The alliance decided to admit the three countries in March.") == "2026-03");
}

// Found on TimeBank: "changed ... to a calendar year in December", with "in December" parsed
// onto "year", gave the coming December for a past verb; and on news: "had challenged the
// merger in February", with "in February" parsed onto "merger".
TEST_CASE("timex parsed: an in-phrase the parse hangs on a past verb's object or oblique is in the past") {
  // DCT 2026-01-14: March lies 2 months ahead and 10 back.
  CHECK(value_of("The retailer moved its shares from Frankfurt to the London exchange in March.") ==
        "2025-03");
  CHECK(value_of("The regulator had challenged the merger in March.") == "2025-03");
  // A future verb keeps its future.
  CHECK(value_of("The senators will debate the bill in March.") == "2026-03");
}

// From a user's trial (a Thursday's article): "declared him the winner of Saturday's vote" gave
// the Saturday after the DCT, the nearer one.
TEST_CASE("timex parsed: a possessive weekday under a past verb is past, unless awaited") {
  CHECK(value_of("He won Friday's vote.") == "2026-01-09");
  CHECK(value_of("Officials declared her the winner of Friday's vote.") == "2026-01-09");
  CHECK(value_of("Parties campaigned ahead of Friday's vote.") == "2026-01-16");
  CHECK(value_of("Traders braced for Friday's report.") == "2026-01-16");
  CHECK(value_of("Friday's vote will be close.") == "2026-01-16");
}

// From the same trial: "scheduled to last six weeks" was tagged "last six weeks".
TEST_CASE("timex parsed: the verb 'last' is no part of the duration after it") {
  Document doc = parsed("The talks are scheduled to last six weeks.");
  REQUIRE(doc.timexes.size() == 1);
  CHECK(doc.slice(doc.timexes[0].span) == "six weeks");
  CHECK(doc.timexes[0].value == "P6W");
  doc = parsed("Prices rose over the last six weeks.");
  REQUIRE(doc.timexes.size() == 1);
  CHECK(doc.slice(doc.timexes[0].span) == "the last six weeks");
}

// From blind4 (DCT in December): "signalled two more increases at its meetings in January and
// March" gave last January and next March.
TEST_CASE("timex parsed: what a verb of forecasting or promising names lies ahead, not its own time") {
  // The DCT of these cases is Wednesday 2026-01-14.
  Document doc = parsed("The bank signalled two more increases at its meetings in March and May.");
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[0].value == "2026-03");
  CHECK(doc.timexes[1].value == "2026-05");
  doc = parsed("The bank signalled two more increases at its meetings in December and February.");
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[0].value == "2026-12");
  CHECK(doc.timexes[1].value == "2026-02");
  // The verb's own time stays past.
  CHECK(value_of("The minister pledged in January to cut taxes.") == "2026-01");
}
