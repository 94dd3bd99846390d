// A linear-chain sequence model for named-entity tags: BILOU labels, hashed sparse features,
// first-order transitions, exact Viterbi decoding, trained as an averaged structured
// perceptron (Collins 2002; the tagger design follows Ratinov and Roth 2009, "Design
// challenges and misconceptions in named entity recognition", CoNLL).
//
// Labels. For entity types T0..Tn-1 (the model's own, e.g. PER ORG LOC MISC) label 0 is O and
// 1 + 4*t + {0,1,2,3} are B-, I-, L-, U-Tt. Decoding only allows well-formed sequences
// (B/I -> I/L of the same type; O/L/U -> O/B/U; start in O/B/U; end in O/L/U).
//
// Features are 64-bit hashes (ner_features.h); a feature owns one row of weights, one per
// label. A token's emission score for label y is the sum of its features' row[y].
//
// Model file (little-endian): "NGNERv" magic, uint32 format version (kNerModelVersion), uint32
// feature-set version, the type names, transitions, then the feature rows stored sparsely,
// and "END." so a truncated file is detected. ~10 bytes per non-zero weight.
//
// Thread safety: NerModel is immutable after load; decode() only reads it.
#ifndef NEWSGRAPH_EXTRACTOR_NER_PERCEPTRON_H_
#define NEWSGRAPH_EXTRACTOR_NER_PERCEPTRON_H_

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corpus/article.h"

namespace newsgraph::extractor {

inline constexpr uint32_t kNerModelVersion = 1;

inline int ner_label_count(int type_count) { return 1 + 4 * type_count; }
enum class BilouPosition : uint8_t { kOutside, kBegin, kInside, kLast, kUnit };
inline BilouPosition bilou_position(int label) {
  return label == 0 ? BilouPosition::kOutside : static_cast<BilouPosition>(1 + (label - 1) % 4);
}
inline int bilou_type(int label) { return label == 0 ? -1 : (label - 1) / 4; }
inline int bilou_label(int type, BilouPosition p) { return 1 + 4 * type + static_cast<int>(p) - 1; }
// Whether label `b` may follow label `a` (a == -1: sentence start; b == -1: sentence end).
bool bilou_allowed(int a, int b);

struct NerModel {
  std::vector<std::string> types;  // entity types, e.g. {"PER", "ORG", "LOC", "MISC"}
  uint32_t feature_version = 0;    // the feature set the weights were trained with
  int labels = 1;                  // ner_label_count(types.size())
  // transitions[(a + 1) * labels + b]: score of b after a; a = -1 is the start row.
  // end[b]: score of ending in b.
  std::vector<float> transitions, end;
  // Open-addressing table: keys[slot] (0 = empty) -> weights[slot * labels ...].
  std::vector<uint64_t> keys;
  std::vector<float> weights;
  uint64_t mask = 0;

  // The weight row of `feature`, or nullptr.
  const float* row(uint64_t feature) const {
    if (keys.empty()) return nullptr;
    for (uint64_t slot = (feature * 0x9E3779B97F4A7C15ull) >> 20 & mask;; slot = (slot + 1) & mask) {
      if (keys[slot] == feature) return &weights[slot * static_cast<uint64_t>(labels)];
      if (keys[slot] == 0) return nullptr;
    }
  }
  size_t feature_count() const;
};

// Builds the table from (feature, row) pairs; rows are `labels` floats each.
void set_ner_weights(NerModel* model, const std::vector<uint64_t>& features, const std::vector<float>& rows);

// Emission scores for `n` tokens: feats[offsets[i]..offsets[i+1]) are token i's features.
// Output: scores[i * labels + y].
void ner_emissions(const NerModel& model, const uint64_t* feats, const uint32_t* offsets, size_t n,
                   std::vector<float>* scores);

// Exact Viterbi over emission scores (n x labels) with the model's transitions and the BILOU
// constraints. Output: one label per token. `margins`, if given, gets per token the
// difference between the best path's score and the best path with a different label there
// (max-marginal gap, >= 0), a confidence signal.
void ner_viterbi(const NerModel& model, const std::vector<float>& scores, size_t n, std::vector<int>* labels,
                 std::vector<float>* margins = nullptr);

std::optional<corpus::InputError> save_ner_model(const NerModel& model, const std::string& path);
std::optional<corpus::InputError> load_ner_model(const std::string& path, NerModel* out);

// Averaged structured perceptron over pre-indexed features.
// A sentence is given as row ids (indices into the trainer's dense rows) per token.
class NerPerceptronTrainer {
 public:
  NerPerceptronTrainer(std::vector<std::string> types, uint32_t feature_version, size_t rows);
  // Decodes with the current (not averaged) weights into `predicted`.
  void decode(const uint32_t* rows, const uint32_t* offsets, size_t n, std::vector<int>* predicted);
  // One perceptron step on a sentence: decode, then update towards `gold` where they differ.
  // `gold` may be adjusted by the caller from `predicted` (partial labels). Counts one
  // example for averaging.
  void update(const uint32_t* rows, const uint32_t* offsets, const std::vector<int>& gold,
              const std::vector<int>& predicted);
  void tick() { ++examples_; }
  // The averaged model, with features[] giving each dense row's hash; rows whose averaged
  // weights are all below `prune` in magnitude are dropped.
  NerModel averaged(const std::vector<uint64_t>& features, float prune) const;
  int labels() const { return labels_; }

 private:
  void add(size_t index, float delta, std::vector<float>& w, std::vector<double>& u);
  std::vector<std::string> types_;
  uint32_t feature_version_;
  int labels_;
  std::vector<float> w_, trans_w_;   // rows * labels; (labels + 2) * labels (start row, rows, end row)
  std::vector<double> u_, trans_u_;  // sum of example-count * update, for averaging
  int64_t examples_ = 1;
  NerModel scratch_;
};

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_NER_PERCEPTRON_H_
