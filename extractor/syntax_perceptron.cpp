#include "extractor/syntax_perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <new>
#include <sstream>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace newsgraph::extractor {

uint64_t syntax_hash(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return syntax_mix(h, s.size());
}

std::string syntax_normalise_word(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (c >= '0' && c <= '9') c = '0';
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Huge pages

namespace {
constexpr size_t kHugePage = size_t{2} << 20;
}  // namespace

void* huge_page_allocate(size_t bytes) {
  if (bytes < kHugePage) {
    if (void* p = std::malloc(std::max<size_t>(bytes, 1))) return p;
    throw std::bad_alloc();
  }
  const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
  void* p = std::aligned_alloc(kHugePage, rounded);
  if (!p) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  madvise(p, rounded, MADV_HUGEPAGE);  // advice only: a refusal leaves ordinary pages
#endif
  return p;
}

void huge_page_free(void* p) noexcept { std::free(p); }

// ---------------------------------------------------------------------------------------------
// LinearModel

namespace {
// A feature with weights for at least 1/kDenseShare of the classes is stored as a dense row.
constexpr size_t kDenseShare = 8;
}  // namespace

void LinearModel::build(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& counts,
                        const std::vector<Entry>& entries) {
  n_features_ = keys.size();
  n_weights_ = entries.size();
  // At most half full. A quarter full scored the parser ~5% faster (fewer lookups go past their
  // home slot, whose line score() prefetched) but took 64 MB more (a 128 MB table) and 80 MB
  // more peak memory in the pipeline: not worth it; 5/8 full was 20% slower.
  size_t size = std::bit_ceil(std::max<size_t>(16, keys.size() * 2));
  table_.assign(size, Slot());
  entries_.clear();
  dense_.clear();
  const size_t n_classes = static_cast<size_t>(n_classes_);
  const size_t mask = size - 1;
  size_t next = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    Slot slot;
    slot.key = keys[i];
    slot.count = static_cast<uint16_t>(counts[i]);
    const auto run_begin = entries.begin() + static_cast<long>(next);
    const auto run_end = run_begin + static_cast<long>(counts[i]);
    // A dense row cannot tell a zero weight from an absent one: rows with explicit zeros stay
    // sparse, so that append_to() writes back the same entries.
    const bool dense = counts[i] > 1 && counts[i] * kDenseShare >= n_classes &&
                       std::none_of(run_begin, run_end, [](const Entry& e) { return e.weight == 0.0f; });
    if (counts[i] == 1) {
      slot.cls = entries[next].cls;
      std::memcpy(&slot.begin, &entries[next].weight, 4);
    } else if (dense) {
      slot.cls = kDenseRow;
      slot.begin = static_cast<uint32_t>(dense_.size());
      dense_.resize(dense_.size() + n_classes, 0.0f);
      for (auto e = run_begin; e != run_end; ++e) dense_[slot.begin + e->cls] = e->weight;
    } else {
      slot.begin = static_cast<uint32_t>(entries_.size());
      entries_.insert(entries_.end(), run_begin, run_end);
    }
    next += counts[i];
    size_t h = static_cast<size_t>(keys[i] >> 17) & mask;
    while (table_[h].key != 0) h = (h + 1) & mask;
    table_[h] = slot;
  }
}

namespace {
// scores[c] += row[c] for c < n. On x86-64 it is also compiled for AVX-512 and AVX2 and the
// widest the CPU has is picked when the program loads (GCC/Clang function multi-versioning; the
// build targets baseline x86-64, i.e. SSE2). Each class's sum is the same whatever the vector
// width, so scores do not depend on the CPU. Dense rows are most of the parser's arithmetic.
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target_clones("avx512f", "avx2", "default")))
#endif
void add_row(float* __restrict scores, const float* __restrict row, size_t n) {
  for (size_t c = 0; c < n; ++c) scores[c] += row[c];
}
}  // namespace

void LinearModel::add_run(const Slot& slot, uint32_t first, uint32_t end, float* scores) const {
  if (slot.cls == kDenseRow) {
    add_row(scores + first, &dense_[slot.begin + first], end - first);
  } else {
    for (const Entry *e = &entries_[slot.begin], *stop = e + slot.count; e != stop; ++e)
      if (e->cls >= first && e->cls < end) scores[e->cls] += e->weight;
  }
}

void LinearModel::score(std::span<const uint64_t> features, int first_class, int end_class,
                        float* scores) const {
  if (table_.empty() || first_class >= end_class) return;
  const uint32_t first = static_cast<uint32_t>(first_class), end = static_cast<uint32_t>(end_class);
  const size_t mask = table_.size() - 1;
  // Issue every table access first so that the cache misses overlap (the model is larger than
  // the cache; scoring is bound by memory latency, not arithmetic).
  for (uint64_t f : features) __builtin_prefetch(&table_[static_cast<size_t>(f >> 17) & mask]);
  // Per class, the order of additions is fixed: single weights in feature order, then the runs
  // in feature order (scores must not depend on the class range or the batch size).
  constexpr size_t kBatch = 256;
  const Slot* runs[kBatch];
  size_t n_runs = 0;
  for (uint64_t f : features) {
    size_t h = static_cast<size_t>(f >> 17) & mask;
    while (true) {
      const Slot& slot = table_[h];
      if (slot.key == f) {
        if (slot.count == 1) {
          if (slot.cls >= first && slot.cls < end) {
            float w;
            std::memcpy(&w, &slot.begin, 4);
            scores[slot.cls] += w;
          }
        } else {
          if (slot.cls == kDenseRow) {
            const float* row = &dense_[slot.begin];
            __builtin_prefetch(row + first);
            __builtin_prefetch(row + first + 16);
          } else {
            // A run spans up to n_classes / kDenseShare entries of 8 bytes: fetch all its lines.
            const char* run = reinterpret_cast<const char*>(&entries_[slot.begin]);
            const char* run_end = run + slot.count * sizeof(Entry);
            for (const char* p = run; p < run_end; p += 64) __builtin_prefetch(p);
          }
          if (n_runs == kBatch) {
            for (size_t r = 0; r < n_runs; ++r) add_run(*runs[r], first, end, scores);
            n_runs = 0;
          }
          runs[n_runs++] = &slot;
        }
        break;
      }
      if (slot.key == 0) break;
      h = (h + 1) & mask;
    }
  }
  for (size_t r = 0; r < n_runs; ++r) add_run(*runs[r], first, end, scores);
}


// Layout: u32 n_classes, u32 n_features, then per feature (in key order): u64 key, u32 count;
// then all classes (u16 each) and all weights (f32 each), in feature order. Little-endian.
void LinearModel::append_to(std::string* out) const {
  put_u32(out, static_cast<uint32_t>(n_classes_));
  put_u32(out, static_cast<uint32_t>(n_features_));
  std::vector<const Slot*> slots;
  for (const Slot& s : table_)
    if (s.key != 0) slots.push_back(&s);
  std::sort(slots.begin(), slots.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  std::vector<uint16_t> classes;
  std::vector<float> weights;
  for (const Slot* s : slots) {
    out->append(reinterpret_cast<const char*>(&s->key), 8);
    put_u32(out, s->count);
    if (s->count == 1) {
      float w;
      std::memcpy(&w, &s->begin, 4);
      classes.push_back(s->cls);
      weights.push_back(w);
    } else if (s->cls == kDenseRow) {
      for (int c = 0; c < n_classes_; ++c) {
        const float w = dense_[s->begin + static_cast<uint32_t>(c)];
        if (w == 0.0f) continue;
        classes.push_back(static_cast<uint16_t>(c));
        weights.push_back(w);
      }
    } else {
      for (uint32_t i = 0; i < s->count; ++i) {
        classes.push_back(entries_[s->begin + i].cls);
        weights.push_back(entries_[s->begin + i].weight);
      }
    }
  }
  out->append(reinterpret_cast<const char*>(classes.data()), classes.size() * 2);
  out->append(reinterpret_cast<const char*>(weights.data()), weights.size() * 4);
}

bool LinearModel::read_from(std::string_view data, size_t* pos) {
  uint32_t n_classes = 0, n_features = 0;
  if (!get_u32(data, pos, &n_classes) || !get_u32(data, pos, &n_features)) return false;
  if (n_classes == 0 || n_classes > 65535) return false;
  if (data.size() - *pos < static_cast<size_t>(n_features) * 12) return false;
  std::vector<uint64_t> keys(n_features);
  std::vector<uint32_t> counts(n_features);
  uint64_t total = 0;
  for (uint32_t i = 0; i < n_features; ++i) {
    std::memcpy(&keys[i], data.data() + *pos, 8);
    *pos += 8;
    get_u32(data, pos, &counts[i]);
    if (keys[i] == 0 || counts[i] == 0 || counts[i] > n_classes) return false;
    total += counts[i];
  }
  if (data.size() - *pos < total * 6) return false;
  std::vector<Entry> entries(total);
  const char* c = data.data() + *pos;
  const char* w = c + total * 2;
  for (uint64_t i = 0; i < total; ++i) {
    std::memcpy(&entries[i].cls, c + 2 * i, 2);
    std::memcpy(&entries[i].weight, w + 4 * i, 4);
    if (entries[i].cls >= n_classes) return false;
  }
  *pos += total * 6;
  n_classes_ = static_cast<int>(n_classes);
  build(keys, counts, entries);
  return true;
}

// ---------------------------------------------------------------------------------------------
// PerceptronTrainer

void PerceptronTrainer::score(std::span<const uint64_t> features, float* scores) const {
  for (uint64_t f : features) {
    auto it = weights_.find(f);
    if (it == weights_.end()) continue;
    for (const Entry& e : it->second) scores[e.cls] += e.weight;
  }
}

void PerceptronTrainer::add(uint64_t feature, int cls, float delta) {
  std::vector<Entry>& entries = weights_[feature];
  for (Entry& e : entries) {
    if (e.cls == cls) {
      e.total += static_cast<double>(clock_ - e.stamp) * e.weight;
      e.stamp = clock_;
      e.weight += delta;
      return;
    }
  }
  entries.push_back(Entry{static_cast<uint16_t>(cls), delta, 0.0, clock_});
}

void PerceptronTrainer::update(std::span<const uint64_t> features, int truth, int guess) {
  ++clock_;
  if (truth == guess) return;
  for (uint64_t f : features) {
    add(f, truth, 1.0f);
    add(f, guess, -1.0f);
  }
}

LinearModel PerceptronTrainer::averaged(float prune) const {
  LinearModel model;
  model.n_classes_ = n_classes_;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  std::vector<LinearModel::Entry> entries;
  std::vector<std::pair<uint64_t, const std::vector<Entry>*>> sorted;
  sorted.reserve(weights_.size());
  for (const auto& [f, e] : weights_) sorted.push_back({f, &e});
  std::sort(sorted.begin(), sorted.end());  // deterministic file bytes
  const double clock = static_cast<double>(std::max<int64_t>(clock_, 1));
  std::vector<LinearModel::Entry> kept;
  for (const auto& [f, es] : sorted) {
    kept.clear();
    for (const Entry& e : *es) {
      double total = e.total + static_cast<double>(clock_ - e.stamp) * e.weight;
      float avg = static_cast<float>(total / clock);
      if (std::fabs(avg) >= prune && avg != 0.0f) kept.push_back({e.cls, avg});
    }
    if (kept.empty()) continue;
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.cls < b.cls; });
    entries.insert(entries.end(), kept.begin(), kept.end());
    keys.push_back(f);
    counts.push_back(static_cast<uint32_t>(kept.size()));
  }
  model.build(keys, counts, entries);
  return model;
}

// ---------------------------------------------------------------------------------------------
// Binary helpers

void put_u32(std::string* out, uint32_t v) {
  char b[4];
  for (int i = 0; i < 4; ++i) b[i] = static_cast<char>((v >> (8 * i)) & 0xff);
  out->append(b, 4);
}

void put_string(std::string* out, std::string_view s) {
  put_u32(out, static_cast<uint32_t>(s.size()));
  out->append(s);
}

bool get_u32(std::string_view data, size_t* pos, uint32_t* v) {
  if (data.size() < 4 || *pos > data.size() - 4) return false;
  uint32_t r = 0;
  for (int i = 0; i < 4; ++i) r |= static_cast<uint32_t>(static_cast<unsigned char>(data[*pos + i])) << (8 * i);
  *pos += 4;
  *v = r;
  return true;
}

bool get_string(std::string_view data, size_t* pos, std::string* s) {
  uint32_t n = 0;
  if (!get_u32(data, pos, &n) || data.size() - *pos < n) return false;
  s->assign(data.substr(*pos, n));
  *pos += n;
  return true;
}

std::optional<corpus::InputError> read_model_file(const std::string& path, std::string* data) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return corpus::InputError{"cannot read model file", path, -1, 0};
  const std::streamsize size = in.tellg();
  in.seekg(0);
  data->resize(static_cast<size_t>(std::max<std::streamsize>(size, 0)));
  if (size < 0 || !in.read(data->data(), size))
    return corpus::InputError{"cannot read model file", path, -1, 0};
  return std::nullopt;
}

std::optional<corpus::InputError> write_model_file(const std::string& path, std::string_view data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  if (!out) return corpus::InputError{"cannot write model file", path, -1, 0};
  return std::nullopt;
}

}  // namespace newsgraph::extractor
