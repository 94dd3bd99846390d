// Test-only: the shipped NER models loaded once for the test binary, and documents with
// mentions placed by hand, for tests of the NER stage's steps (extractor/ner.h).
#ifndef NEWSGRAPH_TESTS_EXTRACTOR_NER_DOC_H_
#define NEWSGRAPH_TESTS_EXTRACTOR_NER_DOC_H_

#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

#include "corpus/article.h"
#include "extractor/lexicon.h"
#include "extractor/ner.h"
#include "extractor/text.h"
#include "extractor/tokenize.h"

namespace newsgraph::testing {

struct NerModels {
  extractor::NerTagger tagger;
  extractor::Lexicon lexicon;
  extractor::Segmenter segmenter = extractor::make_segmenter();
};

inline const NerModels& ner_models() {
  static const NerModels* m = [] {
    auto* out = new NerModels;
    REQUIRE_FALSE(extractor::load_ner_tagger(NEWSGRAPH_MODEL_DIR, &out->tagger).has_value());
    REQUIRE_FALSE(extractor::load_lexicon(NEWSGRAPH_MODEL_DIR, &out->lexicon).has_value());
    return out;
  }();
  return *m;
}

// A segmented document whose mentions are the given token ranges [first, end) with the given
// types, as the tagger ("model") would have found them.
inline extractor::Document with_mentions(
    const std::string& text,
    const std::vector<std::tuple<uint32_t, uint32_t, extractor::EntityType>>& spans) {
  extractor::Document doc;
  corpus::InputError error;
  REQUIRE(extractor::normalise_text(text, &doc.text, &doc.offsets, &error));
  extractor::segment(ner_models().segmenter, doc);
  for (const auto& [first, end, type] : spans) {
    extractor::Mention m;
    m.first_token = first;
    m.end_token = end;
    m.span = extractor::Span{doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
    m.type = type;
    m.source = "model";
    m.sentence = extractor::sentence_of_token(doc, first);
    doc.mentions.push_back(m);
  }
  return doc;
}

// "text|TYPE" for each mention of `doc`.
inline std::vector<std::string> typed(const extractor::Document& doc) {
  std::vector<std::string> out;
  for (const auto& m : doc.mentions)
    out.push_back(std::string(doc.slice(m.span)) + "|" + std::string(extractor::entity_type_name(m.type)));
  return out;
}

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_EXTRACTOR_NER_DOC_H_
