// Tests the NER stage's combination of the tagger and the rule stage (extractor/ner.cpp), with
// the shipped models (extractor/models).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "corpus/article.h"
#include "extractor/lexicon.h"
#include "extractor/ner.h"
#include "extractor/text.h"
#include "extractor/tokenize.h"

using namespace newsgraph;
using namespace newsgraph::extractor;

namespace {

struct Models {
  NerTagger tagger;
  Lexicon lexicon;
  Segmenter segmenter = make_segmenter();
};

const Models& models() {
  static const Models* m = [] {
    auto* out = new Models;
    REQUIRE_FALSE(load_ner_tagger(NEWSGRAPH_MODEL_DIR, &out->tagger).has_value());
    REQUIRE_FALSE(load_lexicon(NEWSGRAPH_MODEL_DIR, &out->lexicon).has_value());
    return out;
  }();
  return *m;
}

// "text|TYPE" for each mention.
std::vector<std::string> mentions_of(const std::string& text, NerCombination combination) {
  Document doc;
  corpus::InputError error;
  REQUIRE(normalise_text(text, &doc.text, &doc.offsets, &error));
  segment(models().segmenter, doc);
  recognise_entities(models().tagger, models().lexicon, doc, combination);
  std::vector<std::string> out;
  for (const auto& m : doc.mentions)
    out.push_back(std::string(doc.slice(m.span)) + "|" + std::string(entity_type_name(m.type)));
  return out;
}

}  // namespace

TEST_CASE("ner: a longer tagged name wins over a lexicon place inside it") {
  auto got = mentions_of("The Bank of Canada raised its key rate on Wednesday.",
                         NerCombination::kRulesFirst);
  CHECK(got == std::vector<std::string>{"Bank of Canada|ORG"});
}

TEST_CASE("ner: lexicon organisations and places keep their type next to a person") {
  auto got = mentions_of("Canada arrested Huawei executive Meng Wanzhou in Vancouver.",
                         NerCombination::kRulesFirst);
  CHECK(got == std::vector<std::string>{"Canada|GPE", "Huawei|ORG", "Meng Wanzhou|PERSON",
                                        "Vancouver|GPE"});
}

TEST_CASE("ner: mentions come out sorted and non-overlapping in every combination") {
  const std::string text =
      "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris, where the "
      "European Central Bank's president, Christine Lagarde, also spoke.";
  for (auto c : {NerCombination::kRulesFirst, NerCombination::kModelFirst,
                 NerCombination::kModelOnly, NerCombination::kRulesOnly}) {
    Document doc;
    corpus::InputError error;
    REQUIRE(normalise_text(text, &doc.text, &doc.offsets, &error));
    segment(models().segmenter, doc);
    recognise_entities(models().tagger, models().lexicon, doc, c);
    for (size_t i = 1; i < doc.mentions.size(); ++i)
      CHECK(doc.mentions[i - 1].span.end <= doc.mentions[i].span.begin);
  }
}

TEST_CASE("ner: combination names parse") {
  CHECK(parse_ner_combination("rules-first") == NerCombination::kRulesFirst);
  CHECK(parse_ner_combination("model") == NerCombination::kModelOnly);
  CHECK_FALSE(parse_ner_combination("both").has_value());
}
