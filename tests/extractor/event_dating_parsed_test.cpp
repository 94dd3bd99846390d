// Event dates and event factuality decided with the dependency parse: runs the whole shipped
// pipeline (extractor/pipeline.h) on short texts in our own words.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractor/document.h"
#include "pipeline_doc.h"

using newsgraph::extractor::Document;
using newsgraph::extractor::Event;

namespace {

// "TYPE trigger date" for each event ("-" for no date), published on Friday 2025-01-17.
std::vector<std::string> dated_events_of(const std::string& text) {
  Document doc = newsgraph::testing::pipeline_doc(text, "2025-01-17");
  std::vector<std::string> out;
  for (const Event& e : doc.events)
    out.push_back(e.type + " " + std::string(doc.slice(e.trigger)) + " " +
                  (e.date.empty() ? std::string("-") : e.date));
  return out;
}
// "TYPE trigger: role=Entity ..." for each event.
std::vector<std::string> roles_of(const std::string& text) {
  Document doc = newsgraph::testing::pipeline_doc(text, "2025-01-17");
  std::vector<std::string> out;
  for (const Event& e : doc.events) {
    std::string s = e.type + " " + std::string(doc.slice(e.trigger)) + ":";
    for (const auto& a : e.arguments) s += " " + a.role + "=" + doc.entities[a.entity].name;
    out.push_back(s);
  }
  return out;
}
using V = std::vector<std::string>;

}  // namespace

TEST_CASE("event dating parsed: a timex of a relative clause does not date the main clause") {
  CHECK(dated_events_of("Senator Ana Ruiz, who joins the cabinet on Monday, has accused Peru of "
                        "spying.") == V{"ACCUSE accused -"});
}

TEST_CASE("event dating parsed: a verb is not dated by a timex of a clause set against it by 'but'") {
  // (The dismissal is a rejection of its own, extractor/events.h, dated by its clause.)
  CHECK(dated_events_of("Zeta Corp sued Peru, but a court in Lima dismissed the case in March.") ==
        V{"ACCUSE sued -", "REJECT dismissed 2024-03"});
}

TEST_CASE("event dating parsed: a clause joined by 'and' takes the earlier clause's timex") {
  CHECK(dated_events_of("Ana Ruiz phoned Tom Reyes on Tuesday, and the two leaders agreed to meet "
                        "soon.") == V{"INTENT_TO_COOPERATE agreed 2025-01-14"});
}

TEST_CASE("event dating parsed: a perfect act gets no publication date, a present report does") {
  CHECK(dated_events_of("Peru has accused Chile of spying.") == V{"ACCUSE accused -"});
  CHECK(dated_events_of("Peru accuses Chile of spying.") == V{"ACCUSE accuses 2025-01-17"});
}

TEST_CASE("events parsed: what a law requires or a threat names is no event") {
  CHECK(dated_events_of("A new law requires Zeta Corp to sell its unit or see the firm banned in "
                        "Peru.") == V{});
  CHECK(dated_events_of("Chile prepared for the threat of Peruvian tariffs.") == V{});
  CHECK(dated_events_of("Peru imposed tariffs on Chile on Tuesday.") == V{"SANCTION tariffs 2025-01-14"});
}

TEST_CASE("event dating parsed: a clause joined by 'and' with a new name for subject is not dated") {
  CHECK(dated_events_of("Ana Ruiz met Tom Reyes on Tuesday, and Chile imposed tariffs on Peru.") ==
        V{"MEET met 2025-01-14", "SANCTION tariffs -"});
}

TEST_CASE("event dating parsed: an event noun in its own since-phrase takes the phrase's timex") {
  CHECK(dated_events_of("Ana Ruiz has lived in Lima since her arrest on Dec. 1, 2018.") ==
        V{"ARREST arrest 2018-12-01"});
  CHECK(roles_of("Ana Ruiz has lived in Lima since her arrest on Dec. 1, 2018.") ==
        V{"ARREST arrest: patient=Ana Ruiz"});
}

TEST_CASE("event dating parsed: a day does not date talks 'after' which the clause happened") {
  CHECK(dated_events_of("Peru signed the pact late on Sept. 30, 2018, after weeks of talks "
                        "between Ana Ruiz and Tom Reyes.") ==
        V{"AGREE signed 2018-09-30", "MEET talks -"});
}

TEST_CASE("events parsed: a verb's object decides its sense") {
  // Blocking imports is an embargo (CAMEO 16), rejecting an argument is no rejection (CAMEO 12).
  CHECK(dated_events_of("Chile blocked imports of Peruvian wine in 2019.") ==
        V{"SANCTION blocked 2019"});
  CHECK(dated_events_of("The court rejected the argument that the rule was unfair.") == V{});
}

TEST_CASE("events parsed: who judges an act is not its agent") {
  // Describing is an accusation (CAMEO 11); Peru is not the agent of the arrests.
  CHECK(roles_of("Peru and its allies described the arrests as unjust.") ==
        V{"ACCUSE described: agent=Peru"});
  CHECK(roles_of("Peru condemned Chile's arrest of Ana Ruiz.") ==
        V{"ACCUSE condemned: agent=Peru patient=Chile", "ARREST arrest: agent=Chile patient=Ana Ruiz"});
}

TEST_CASE("event dating parsed: 'days later' counts from the last dated event") {
  CHECK(dated_events_of("Peru arrested Ana Ruiz on Dec. 30, 2018. Chile detained Tom Reyes two "
                        "days later.") == V{"ARREST arrested 2018-12-30", "ARREST detained 2019-01-01"});
  CHECK(dated_events_of("Peru arrested Ana Ruiz on Dec. 3, 2018. Chile detained Tom Reyes days "
                        "later.") == V{"ARREST arrested 2018-12-03", "ARREST detained 2018-12"});
  CHECK(dated_events_of("Peru arrested Ana Ruiz in 2018. Chile detained Tom Reyes months "
                        "later.") == V{"ARREST arrested 2018", "ARREST detained -"});
}

TEST_CASE("event dating parsed: a perfect is not dated by the day of the report that confirms it") {
  CHECK(dated_events_of("Police in Lima have arrested Ana Ruiz, the ministry confirmed on "
                        "Wednesday.") == V{"ARREST arrested -"});
}

TEST_CASE("events parsed: a name coordinated with a prepositional object is no clause subject") {
  // The goods' origin does not impose the tariff (and the parse names no one who does).
  CHECK(roles_of("Imports from Chile and Peru now face a steep tariff.") == V{});
  // A name after "and" that opens a clause of its own is its subject.
  CHECK(roles_of("Tensions date back to 2019, when Chile arrested Ana Ruiz in Lima and Peru then "
                 "detained Tom Reyes.") ==
        V{"ARREST arrested: agent=Chile patient=Ana Ruiz", "ARREST detained: agent=Peru patient=Tom Reyes"});
}

TEST_CASE("event dating parsed: 'on the same day that' takes the story's last full date") {
  CHECK(dated_events_of("Peru arrested Ana Ruiz on Dec. 3, 2018. The arrest came on the same day "
                        "that Tom Reyes met Luis Soto in Lima.") ==
        V{"ARREST arrested 2018-12-03", "MEET met 2018-12-03"});
}

TEST_CASE("events parsed: a person 'of' a court acts, not the court's country") {
  CHECK(roles_of("Later on Friday, Associate Chief Justice Ana Ruiz of the Supreme Court of New "
                 "Mexico ended the extradition case and released Tom Reyes.") ==
        V{"YIELD released: agent=Ana Ruiz patient=Tom Reyes"});
  // The institution alone acts for its country.
  CHECK(roles_of("The administration of Chile released Tom Reyes.") ==
        V{"YIELD released: agent=Chile patient=Tom Reyes"});
}

TEST_CASE("event dating parsed: 'five days after' counts back from the sentence's dated event") {
  CHECK(dated_events_of("Ana Ruiz was sworn in as Peru's president on Friday, five days after "
                        "she won the election.") ==
        V{"APPOINT sworn 2025-01-17", "ELECTION won 2025-01-12"});
  // Nothing dated before the duration in the sentence: no date.
  CHECK(dated_events_of("The summit came a day after Ana Ruiz met Tom Reyes in Lima.") ==
        V{"MEET met -"});
}

TEST_CASE("event dating parsed: the name 'United States' is no present-tense report dating the clause by the DCT") {
  // Bug: "States" was read as the verb "states", so "sued" took the publication date.
  CHECK(dated_events_of("In the United States, Zeta Corp sued Orbis Telecom, but a judge in Lima "
                        "refused in December to grant an injunction.") ==
        V{"ACCUSE sued -", "REJECT refused 2024-12"});
}

// Found on the varied set: "sued to stop the merger in December 2022" left the suit undated.
TEST_CASE("event dating parsed: the timex of a purpose infinitive with no event of its own dates the verb") {
  CHECK(dated_events_of("The Federal Trade Commission sued to block the deal in March 2024.") ==
        V{"ACCUSE sued 2024-03"});
  // A second event in the sentence: the one-event rule does not apply, the purpose clause does.
  CHECK(dated_events_of("Regulators sued Zorvex to block the deal in March 2024, and Ana Ruiz "
                        "resigned.") == V{"ACCUSE sued 2024-03", "RESIGN resigned -"});
}

// From an adversarial test: "met Sanchez before Saturday's summit" was dated the summit's day.
TEST_CASE("event dating parsed: a date after 'before' or 'ahead of' that names another event does not date the act") {
  // The DCT is Friday 2025-01-17.
  const auto got = dated_events_of("Ana Ruiz met Tom Berg before Saturday's summit.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].find("2025-01-18") == std::string::npos);
  // The act's own date still dates it.
  CHECK(dated_events_of("Ana Ruiz and Tom Berg met on Tuesday.") == std::vector<std::string>{"MEET met 2025-01-14"});
}
