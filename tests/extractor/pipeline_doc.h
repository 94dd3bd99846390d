// Test-only: runs the whole shipped pipeline (extractor/pipeline.h, models loaded once for the
// test binary) on a short text, for tests of stages that need real tags and a parse.
#ifndef NEWSGRAPH_TESTS_EXTRACTOR_PIPELINE_DOC_H_
#define NEWSGRAPH_TESTS_EXTRACTOR_PIPELINE_DOC_H_

#include <catch2/catch.hpp>

#include <string>

#include "corpus/article.h"
#include "extractor/pipeline.h"

namespace newsgraph::testing {

inline const extractor::Pipeline& shipped_pipeline() {
  static const extractor::Pipeline p = [] {
    extractor::Pipeline loaded;
    auto err = extractor::load_pipeline(extractor::model_dir(), &loaded);
    if (err) FAIL(err->file << ": " << err->message);
    return loaded;
  }();
  return p;
}

// The Document of `text` published on `date` (YYYY-MM-DD), through every stage.
inline extractor::Document pipeline_doc(const std::string& text, const std::string& date) {
  corpus::Article article;
  article.text = text;
  article.date = date;
  extractor::Document doc;
  corpus::InputError error;
  REQUIRE(extractor::extract(shipped_pipeline(), article, &doc, &error));
  return doc;
}

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_EXTRACTOR_PIPELINE_DOC_H_
