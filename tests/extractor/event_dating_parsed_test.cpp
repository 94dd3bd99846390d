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
using V = std::vector<std::string>;

}  // namespace

TEST_CASE("event dating parsed: a timex of a relative clause does not date the main clause") {
  CHECK(dated_events_of("Senator Ana Ruiz, who joins the cabinet on Monday, has accused Peru of "
                        "spying.") == V{"ACCUSE accused -"});
}

TEST_CASE("event dating parsed: a verb is not dated by a timex of a clause set against it by 'but'") {
  CHECK(dated_events_of("Zeta Corp sued Peru, but a court in Lima dismissed the case in March.") ==
        V{"ACCUSE sued -"});
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
