#include "extractor/syntax_perceptron.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace newsgraph::extractor;

namespace {

// A 40-class model with one feature holding weights for 6 classes (stored as a dense row) and
// one holding weights for 2 classes (a sparse run). After 5 clock ticks, the averaged weight of
// an update made at tick t is (5 - t + 1) / 5 = +-0.8, 0.6, 0.4, 0.2 for ticks 1..4.
struct TwoFeatureModel {
  uint64_t dense = feature_hash(1, 1), sparse = feature_hash(2, 1), unseen = feature_hash(3, 1);
  LinearModel model;
  TwoFeatureModel() {
    PerceptronTrainer trainer(40);
    const std::vector<uint64_t> d{dense}, s{sparse}, none;
    trainer.update(d, 0, 1);
    trainer.update(d, 2, 3);
    trainer.update(d, 4, 5);
    trainer.update(s, 6, 7);
    trainer.update(none, 0, 0);
    model = trainer.averaged(0.0f);
  }
};

}  // namespace

TEST_CASE("syntax_perceptron: dense and sparse feature weights add up to the averaged scores") {
  TwoFeatureModel m;
  REQUIRE(m.model.n_features() == 2);
  REQUIRE(m.model.n_weights() == 8);
  std::vector<float> scores(40, 0.0f);
  const std::vector<uint64_t> feats{m.dense, m.sparse, m.unseen};
  m.model.score(feats, scores.data());
  const std::vector<float> expected{0.8f, -0.8f, 0.6f, -0.6f, 0.4f, -0.4f, 0.2f, -0.2f};
  for (size_t c = 0; c < 8; ++c) CHECK(scores[c] == expected[c]);
  for (size_t c = 8; c < 40; ++c) CHECK(scores[c] == 0.0f);
}

TEST_CASE("syntax_perceptron: a model with dense rows writes back the bytes it was read from") {
  TwoFeatureModel m;
  std::string bytes, again;
  m.model.append_to(&bytes);
  LinearModel read;
  size_t pos = 0;
  REQUIRE(read.read_from(bytes, &pos));
  CHECK(pos == bytes.size());
  read.append_to(&again);
  CHECK(again == bytes);
  std::vector<float> scores(40, 0.0f);
  const std::vector<uint64_t> feats{m.dense};
  read.score(feats, scores.data());
  CHECK(scores[0] == 0.8f);
  CHECK(scores[5] == -0.4f);
  CHECK(scores[6] == 0.0f);
}
