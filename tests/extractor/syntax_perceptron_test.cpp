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

TEST_CASE("syntax_perceptron: scoring a class range adds the range's weights and no others") {
  // Range [1, 7): the dense row's classes 1..5 and the sparse run's class 6; class 0 (dense) and
  // class 7 (sparse) keep the caller's value.
  TwoFeatureModel m;
  std::vector<float> scores(40, 1.0f);
  const std::vector<uint64_t> feats{m.dense, m.sparse, m.unseen};
  m.model.score(feats, 1, 7, scores.data());
  std::vector<float> full(40, 1.0f);
  m.model.score(feats, full.data());
  CHECK(full[1] == 1.0f - 0.8f);
  CHECK(full[6] == 1.0f + 0.2f);
  CHECK(scores[0] == 1.0f);
  for (size_t c = 1; c < 7; ++c) CHECK(scores[c] == full[c]);
  for (size_t c = 7; c < 40; ++c) CHECK(scores[c] == 1.0f);
  CHECK(full[0] == 1.8f);
  CHECK(full[7] == 0.8f);
  std::vector<float> none(40, 1.0f);
  m.model.score(feats, 3, 3, none.data());
  CHECK(none == std::vector<float>(40, 1.0f));
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

TEST_CASE("syntax_perceptron: a dense row's last classes, past the last full vector, are added") {
  // 37 classes: the vector loops handle 32 (or 16, 8, 4) and leave a tail; the row's weights sit
  // in classes 30..36. After 4 ticks, an update at tick t averages to +-(4 - t) / 4.
  PerceptronTrainer trainer(37);
  const uint64_t f = feature_hash(9, 9);
  const std::vector<uint64_t> feats{f}, none;
  trainer.update(feats, 36, 30);
  trainer.update(feats, 35, 31);
  trainer.update(feats, 34, 32);
  trainer.update(none, 0, 0);
  const LinearModel model = trainer.averaged(0.0f);
  REQUIRE(model.n_weights() == 6);
  std::vector<float> scores(37, 1.0f);
  model.score(feats, scores.data());
  CHECK(scores[36] == 1.75f);
  CHECK(scores[30] == 0.25f);
  CHECK(scores[35] == 1.5f);
  CHECK(scores[31] == 0.5f);
  CHECK(scores[34] == 1.25f);
  CHECK(scores[32] == 0.75f);
  CHECK(scores[33] == 1.0f);
  CHECK(scores[0] == 1.0f);
}

TEST_CASE("syntax_perceptron: huge-page blocks are 2 MB aligned and small ones are plain blocks") {
  const size_t big = (size_t{5} << 20) + 3;
  char* p = static_cast<char*>(huge_page_allocate(big));
  REQUIRE(p != nullptr);
  CHECK(reinterpret_cast<uintptr_t>(p) % (size_t{2} << 20) == 0);
  p[0] = 'a';
  p[big - 1] = 'z';
  CHECK(p[0] + p[big - 1] == 'a' + 'z');
  huge_page_free(p);
  void* small = huge_page_allocate(24);
  REQUIRE(small != nullptr);
  huge_page_free(small);
}
