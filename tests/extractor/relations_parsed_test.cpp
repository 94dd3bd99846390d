// Relations over real tags and parses: runs the whole shipped pipeline on short texts in our own
// words and reads the typed relations that need a dependency parse.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extractor/document.h"
#include "pipeline_doc.h"

using newsgraph::extractor::Document;
using newsgraph::extractor::Relation;

namespace {

// True when the document holds "subject predicate object" (entity names), not negated.
bool holds(const std::string& text, const std::string& subject, const std::string& predicate,
           const std::string& object) {
  Document doc = newsgraph::testing::pipeline_doc(text, "2025-03-14");
  return std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
    return r.object >= 0 && !r.negated && r.predicate == predicate &&
           doc.entities[r.subject].name == subject && doc.entities[r.object].name == object;
  });
}

}  // namespace

TEST_CASE("relations parsed: the subject 'who' of a relative clause is the name it modifies") {
  CHECK(holds("Ana Ruiz, who leads the Green Party, criticised the plan on Monday.", "Ana Ruiz",
              "leader_of", "Green Party"));
}

TEST_CASE("relations parsed: an organisation bought is owned by the buyer; a planned purchase is not") {
  CHECK(holds("Microsoft acquired the Zenith Company in 2023.", "Zenith Company", "owned_by",
              "Microsoft"));
  CHECK_FALSE(holds("Microsoft plans to acquire the Zenith Company next year.", "Zenith Company",
                    "owned_by", "Microsoft"));
  CHECK_FALSE(holds("Microsoft did not acquire the Zenith Company.", "Zenith Company", "owned_by",
                    "Microsoft"));
}

TEST_CASE("relations parsed: a person who founded an organisation gives founded_by") {
  CHECK(holds("Ana Ruiz, who founded the Zenith Company in 1990, retired on Monday.",
              "Zenith Company", "founded_by", "Ana Ruiz"));
  CHECK(holds("Ana Ruiz founded the Zenith Company in 1990.", "Zenith Company", "founded_by",
              "Ana Ruiz"));
}
