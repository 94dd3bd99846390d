// Coreference over real tags and parses: runs the whole shipped pipeline on short texts in
// our own words and reads the anaphors' entities.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractor/coref.h"
#include "extractor/document.h"
#include "pipeline_doc.h"

using newsgraph::extractor::Document;
using newsgraph::extractor::Mention;

namespace {

// "anaphor -> entity name" for every coref mention, in text order.
std::vector<std::string> links_of(const std::string& text) {
  Document doc = newsgraph::testing::pipeline_doc(text, "2025-03-14");
  std::vector<std::string> out;
  for (const Mention& m : doc.mentions)
    if (newsgraph::extractor::is_coref_mention(m))
      out.push_back(std::string(doc.slice(m.span)) + " -> " + doc.entities[m.entity].name);
  return out;
}

}  // namespace

// Bug: "he" went to the main clause's subject, because the parser hung the relative clause
// on the wrong noun.
TEST_CASE("coref parsed: a pronoun under a relative 'who' refers to the name before it") {
  CHECK(links_of("Ana Ruiz was sworn in as mayor of Leduc on Friday. Ruiz, 48, replaces Tom Hale, "
                 "who announced in May that he would step down.") ==
        std::vector<std::string>{"he -> Tom Hale"});
}
