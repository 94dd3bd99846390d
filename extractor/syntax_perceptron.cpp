#include "extractor/syntax_perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

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
// LinearModel

void LinearModel::build_table(const std::vector<uint64_t>& keys,
                              const std::vector<uint32_t>& begins,
                              const std::vector<uint32_t>& counts) {
  n_features_ = keys.size();
  size_t size = std::bit_ceil(std::max<size_t>(16, keys.size() * 2));
  table_.assign(size, Slot());
  const size_t mask = size - 1;
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t h = static_cast<size_t>(keys[i] >> 17) & mask;
    while (table_[h].key != 0) h = (h + 1) & mask;
    table_[h] = Slot{keys[i], begins[i], counts[i]};
  }
}

void LinearModel::score(std::span<const uint64_t> features, float* scores) const {
  if (table_.empty()) return;
  const size_t mask = table_.size() - 1;
  for (uint64_t f : features) {
    size_t h = static_cast<size_t>(f >> 17) & mask;
    while (true) {
      const Slot& slot = table_[h];
      if (slot.key == f) {
        const uint16_t* c = classes_.data() + slot.begin;
        const float* w = weights_.data() + slot.begin;
        for (uint32_t i = 0; i < slot.count; ++i) scores[c[i]] += w[i];
        break;
      }
      if (slot.key == 0) break;
      h = (h + 1) & mask;
    }
  }
}

// Layout: u32 n_classes, u32 n_features, then per feature: u64 key, u32 count; then all
// classes (u16 each) and all weights (f32 each), in feature order.
void LinearModel::append_to(std::string* out) const {
  put_u32(out, static_cast<uint32_t>(n_classes_));
  put_u32(out, static_cast<uint32_t>(n_features_));
  std::vector<const Slot*> slots;
  for (const Slot& s : table_)
    if (s.key != 0) slots.push_back(&s);
  std::sort(slots.begin(), slots.end(), [](const Slot* a, const Slot* b) { return a->begin < b->begin; });
  for (const Slot* s : slots) {
    out->append(reinterpret_cast<const char*>(&s->key), 8);
    put_u32(out, s->count);
  }
  out->append(reinterpret_cast<const char*>(classes_.data()), classes_.size() * 2);
  out->append(reinterpret_cast<const char*>(weights_.data()), weights_.size() * 4);
}

bool LinearModel::read_from(std::string_view data, size_t* pos) {
  uint32_t n_classes = 0, n_features = 0;
  if (!get_u32(data, pos, &n_classes) || !get_u32(data, pos, &n_features)) return false;
  if (n_classes == 0 || n_classes > 65535) return false;
  if (data.size() - *pos < static_cast<size_t>(n_features) * 12) return false;
  std::vector<uint64_t> keys(n_features);
  std::vector<uint32_t> begins(n_features), counts(n_features);
  uint64_t total = 0;
  for (uint32_t i = 0; i < n_features; ++i) {
    std::memcpy(&keys[i], data.data() + *pos, 8);
    *pos += 8;
    get_u32(data, pos, &counts[i]);
    if (keys[i] == 0 || counts[i] > n_classes) return false;
    begins[i] = static_cast<uint32_t>(total);
    total += counts[i];
  }
  if (data.size() - *pos < total * 6) return false;
  classes_.resize(total);
  weights_.resize(total);
  std::memcpy(classes_.data(), data.data() + *pos, total * 2);
  *pos += total * 2;
  std::memcpy(weights_.data(), data.data() + *pos, total * 4);
  *pos += total * 4;
  for (uint16_t c : classes_)
    if (c >= n_classes) return false;
  n_classes_ = static_cast<int>(n_classes);
  build_table(keys, begins, counts);
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
  std::vector<uint32_t> begins, counts;
  std::vector<std::pair<uint64_t, const std::vector<Entry>*>> sorted(weights_.size());
  size_t k = 0;
  for (const auto& [f, entries] : weights_) sorted[k++] = {f, &entries};
  std::sort(sorted.begin(), sorted.end());  // deterministic file bytes
  const double clock = static_cast<double>(std::max<int64_t>(clock_, 1));
  for (const auto& [f, entries] : sorted) {
    uint32_t begin = static_cast<uint32_t>(model.classes_.size());
    std::vector<std::pair<uint16_t, float>> kept;
    for (const Entry& e : *entries) {
      double total = e.total + static_cast<double>(clock_ - e.stamp) * e.weight;
      float avg = static_cast<float>(total / clock);
      if (std::fabs(avg) >= prune && avg != 0.0f) kept.push_back({e.cls, avg});
    }
    if (kept.empty()) continue;
    std::sort(kept.begin(), kept.end());
    for (const auto& [c, w] : kept) {
      model.classes_.push_back(c);
      model.weights_.push_back(w);
    }
    keys.push_back(f);
    begins.push_back(begin);
    counts.push_back(static_cast<uint32_t>(kept.size()));
  }
  model.build_table(keys, begins, counts);
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
  std::ifstream in(path, std::ios::binary);
  if (!in) return corpus::InputError{"cannot read model file", path, -1, 0};
  std::stringstream buf;
  buf << in.rdbuf();
  *data = buf.str();
  return std::nullopt;
}

std::optional<corpus::InputError> write_model_file(const std::string& path, std::string_view data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  if (!out) return corpus::InputError{"cannot write model file", path, -1, 0};
  return std::nullopt;
}

}  // namespace newsgraph::extractor
