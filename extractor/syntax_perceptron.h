// An averaged multiclass perceptron over hashed sparse features, the learner of the UPOS tagger
// (extractor/pos_tagger.h) and of the dependency parser (extractor/dep_parser.h).
//
// Method: the structured/multiclass perceptron of Collins (2002, "Discriminative training methods
// for hidden Markov models") with weight averaging (Freund & Schapire 1999), as used by
// Honnibal's "A good part-of-speech tagger in about 200 lines of Python" (2013) and by greedy
// transition parsers (Zhang & Nivre 2011; Goldberg & Nivre 2012).
//
// Scoring layout: a feature with one weight keeps it in its hash-table slot; a feature with
// weights for at least an eighth of the classes keeps a dense row of n_classes floats (added
// with the widest vector instructions the CPU has: AVX-512, AVX2 or SSE2); others keep a sparse run of (class, weight) pairs whose cache lines
// are all prefetched before they are added. The arrays sit on 2 MB huge pages where the kernel
// grants them (HugePageAllocator below). The file format does not depend on this layout.
//
// A feature is a 64-bit hash of a template id and its atomic values (feature_hash below); it
// never is 0. A model maps each feature to a short sparse list of (class, weight) pairs; the score
// of a class is the sum of its weights over the active features (all feature values are 1).
//
//   PerceptronTrainer trainer(n_classes);
//   for each example: trainer.score(feats, scores); guess = argmax; trainer.update(feats, gold, guess);
//   LinearModel model = trainer.averaged(0.0f);   // read-only, fast scoring
//   model.score(feats, scores);
//
// Thread safety: a LinearModel is immutable after construction; score() may be called from many
// threads at once. A PerceptronTrainer is single-threaded.
#ifndef NEWSGRAPH_EXTRACTOR_SYNTAX_PERCEPTRON_H_
#define NEWSGRAPH_EXTRACTOR_SYNTAX_PERCEPTRON_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corpus/article.h"

namespace newsgraph::extractor {

// 64-bit hash of a byte string (FNV-1a followed by a SplitMix64 finaliser).
uint64_t syntax_hash(std::string_view s);

// The word form the syntax features see: ASCII letters lowercased, ASCII digits -> '0'
// ("Nov. 29" -> "nov. 00").
std::string syntax_normalise_word(std::string_view word);

// Mixes two 64-bit values into one (order matters).
[[gnu::always_inline]] inline uint64_t syntax_mix(uint64_t a, uint64_t b) {
  uint64_t x = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// The feature of template `tmpl` with values v...; never 0. Always inlined: the tagger and the
// parser hash 38 and 125 features per decision, and GCC had kept these out of line (5% of the
// parser's time in calls).
[[gnu::always_inline]] inline uint64_t feature_hash(uint64_t tmpl, uint64_t v1) {
  return syntax_mix(tmpl, v1) | 1;
}
[[gnu::always_inline]] inline uint64_t feature_hash(uint64_t tmpl, uint64_t v1, uint64_t v2) {
  return syntax_mix(syntax_mix(tmpl, v1), v2) | 1;
}
[[gnu::always_inline]] inline uint64_t feature_hash(uint64_t tmpl, uint64_t v1, uint64_t v2, uint64_t v3) {
  return syntax_mix(syntax_mix(syntax_mix(tmpl, v1), v2), v3) | 1;
}

// An allocator for the large read-only weight arrays: blocks of 2 MB and more are aligned to
// 2 MB and advised to the kernel as transparent huge pages (Linux madvise(MADV_HUGEPAGE)), so
// that scoring's random reads over tens of MB do not also miss the TLB on almost every feature.
// Elsewhere, or when the kernel declines, it behaves like std::allocator.
void* huge_page_allocate(size_t bytes);
void huge_page_free(void* p) noexcept;
template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(huge_page_allocate(n * sizeof(T))); }
  void deallocate(T* p, size_t) noexcept { huge_page_free(p); }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};

// A trained, read-only linear model: an open-addressing table from feature to a run of
// (class, weight) entries.
class LinearModel {
 public:
  LinearModel() = default;
  int n_classes() const { return n_classes_; }
  size_t n_features() const { return n_features_; }
  size_t n_weights() const { return n_weights_; }

  // Adds the weights of `features` to scores[0..n_classes) (the caller zeroes or biases them).
  void score(std::span<const uint64_t> features, float* scores) const {
    score(features, 0, n_classes_, scores);
  }
  // The same for the classes in [first_class, end_class) only (0 <= first_class <= end_class <=
  // n_classes): scores of other classes are left as they were. Each class in the range gets the
  // same additions in the same order as from the full score(), so its sum is bit-identical; a
  // caller that only compares some classes (the parser's legal moves) reads fewer dense-row bytes.
  void score(std::span<const uint64_t> features, int first_class, int end_class,
             float* scores) const;

  // Binary (de)serialisation into a byte string; see syntax_perceptron.cpp for the layout.
  void append_to(std::string* out) const;
  // Reads a model from `data` at *pos, advancing it; false when the bytes are malformed.
  bool read_from(std::string_view data, size_t* pos);

 private:
  friend class PerceptronTrainer;
  // A feature's slot. A feature with one weight keeps it inline (count == 1: `cls`, and the
  // weight's bits in `begin`), so that scoring it costs one memory access. A feature with
  // weights for many classes (cls == kDenseRow) keeps them as a dense row of n_classes floats
  // from dense_[begin], added with vector instructions; others point to `count` entries from
  // `begin`.
  static constexpr uint16_t kDenseRow = 0xFFFF;
  struct Slot {
    uint64_t key = 0;  // 0 = empty
    uint32_t begin = 0;
    uint16_t count = 0;
    uint16_t cls = 0;
  };
  struct Entry {
    uint16_t cls;
    float weight;
  };
  // Adds the weights of a feature with more than one weight, for classes in [first, end), to scores.
  void add_run(const Slot& slot, uint32_t first, uint32_t end, float* scores) const;
  // Builds the table from features in order, their entries being consecutive runs of `entries`.
  void build(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& counts,
             const std::vector<Entry>& entries);

  int n_classes_ = 0;
  size_t n_features_ = 0;
  size_t n_weights_ = 0;
  std::vector<Slot, HugePageAllocator<Slot>> table_;     // size a power of two, at most a quarter full
  std::vector<Entry, HugePageAllocator<Entry>> entries_;  // runs of features with more than one weight
  std::vector<float, HugePageAllocator<float>> dense_;    // dense rows (zero where the feature has no weight)
};

// Trains a LinearModel with the averaged perceptron. Memory grows with the number of distinct
// (feature, class) pairs that were ever updated.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int n_classes) : n_classes_(n_classes) {}
  int n_classes() const { return n_classes_; }

  // Adds the current (not averaged) weights of `features` to scores.
  void score(std::span<const uint64_t> features, float* scores) const;

  // One training example seen: moves weight from `guess` to `truth` when they differ.
  // Call once per example (it advances the averaging clock).
  void update(std::span<const uint64_t> features, int truth, int guess);

  // The averaged weights; entries with |weight| < prune are dropped.
  LinearModel averaged(float prune) const;

 private:
  struct Entry {
    uint16_t cls;
    float weight;
    double total;
    int64_t stamp;
  };
  void add(uint64_t feature, int cls, float delta);

  int n_classes_;
  int64_t clock_ = 0;
  std::unordered_map<uint64_t, std::vector<Entry>> weights_;
};

// Little-endian binary helpers for model files.
void put_u32(std::string* out, uint32_t v);
void put_string(std::string* out, std::string_view s);
bool get_u32(std::string_view data, size_t* pos, uint32_t* v);
bool get_string(std::string_view data, size_t* pos, std::string* s);

// Reads a whole file into *data; an InputError naming the file when it cannot be read.
std::optional<corpus::InputError> read_model_file(const std::string& path, std::string* data);
// Writes `data` to `path`; an InputError naming the file on failure.
std::optional<corpus::InputError> write_model_file(const std::string& path, std::string_view data);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_SYNTAX_PERCEPTRON_H_
