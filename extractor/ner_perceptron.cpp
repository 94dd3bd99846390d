// Averaged structured perceptron with BILOU Viterbi decoding; see ner_perceptron.h.
#include "extractor/ner_perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>

namespace newsgraph::extractor {
namespace {

constexpr char kMagic[6] = {'N', 'G', 'N', 'E', 'R', 'v'};
constexpr char kEndMagic[4] = {'E', 'N', 'D', '.'};
constexpr float kNegInf = -std::numeric_limits<float>::infinity();

// Viterbi core. trans: (L + 1) x L, row 0 = start; end: L.
void viterbi_core(const float* trans_in, const float* end_in, int L, const std::vector<float>& scores, size_t n,
                  std::vector<int>* labels, std::vector<float>* margins) {
  labels->assign(n, 0);
  if (n == 0) return;
  // Transitions with the BILOU constraints folded in as -inf.
  float trans[(64 + 1) * 64], end[64];
  for (int a = -1; a < L; ++a)
    for (int b = 0; b < L; ++b) trans[(a + 1) * L + b] = bilou_allowed(a, b) ? trans_in[(a + 1) * L + b] : kNegInf;
  for (int b = 0; b < L; ++b) end[b] = bilou_allowed(b, -1) ? end_in[b] : kNegInf;
  // The BILOU constraints leave most pairs impossible (an I- or L- label follows only the B- or
  // I- of its type): each label's allowed predecessors and successors, in increasing order so
  // that ties break as in the full loop. Output is identical to scanning every pair.
  int preds[64][64], n_preds[64] = {}, succs[64][64], n_succs[64] = {};
  for (int a = 0; a < L; ++a)
    for (int b = 0; b < L; ++b)
      if (trans[(a + 1) * L + b] != kNegInf) {
        preds[b][n_preds[b]++] = a;
        succs[a][n_succs[a]++] = b;
      }
  std::vector<float> alpha(n * L, kNegInf);
  std::vector<int> back(n * L, -1);
  for (int y = 0; y < L; ++y) alpha[y] = trans[y] + scores[y];
  for (size_t i = 1; i < n; ++i) {
    const float* prev = &alpha[(i - 1) * L];
    for (int y = 0; y < L; ++y) {
      float best = kNegInf;
      int arg = -1;
      for (int k = 0; k < n_preds[y]; ++k) {
        const int a = preds[y][k];
        float s = prev[a] + trans[(a + 1) * L + y];
        if (s > best) { best = s; arg = a; }
      }
      if (arg >= 0) {
        alpha[i * L + y] = best + scores[i * L + y];
        back[i * L + y] = arg;
      }
    }
  }
  float best = kNegInf;
  int arg = 0;
  for (int y = 0; y < L; ++y) {
    float s = alpha[(n - 1) * L + y] + end[y];
    if (s > best) { best = s; arg = y; }
  }
  for (size_t i = n; i-- > 0;) {
    (*labels)[i] = arg;
    if (i > 0) arg = back[i * L + arg];
  }
  if (!margins) return;
  // beta[i][y]: best score of tokens after i given label y at i (excluding i's emission).
  std::vector<float> beta(n * L, kNegInf);
  for (int y = 0; y < L; ++y) beta[(n - 1) * L + y] = end[y];
  for (size_t i = n - 1; i-- > 0;) {
    for (int y = 0; y < L; ++y) {
      float b = kNegInf;
      for (int k = 0; k < n_succs[y]; ++k) {
        const int z = succs[y][k];
        b = std::max(b, trans[(y + 1) * L + z] + scores[(i + 1) * L + z] + beta[(i + 1) * L + z]);
      }
      beta[i * L + y] = b;
    }
  }
  margins->assign(n, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    int chosen = (*labels)[i];
    float other = kNegInf;
    for (int y = 0; y < L; ++y) {
      if (y == chosen || alpha[i * L + y] == kNegInf || beta[i * L + y] == kNegInf) continue;
      other = std::max(other, alpha[i * L + y] + beta[i * L + y]);
    }
    (*margins)[i] = other == kNegInf ? 1e6f : std::max(0.0f, best - other);
  }
}

template <typename T>
void put(std::string& out, const T& v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof(T));
}

struct Reader {
  const std::string& data;
  size_t pos = 0;
  bool ok = true;
  template <typename T>
  T get() {
    T v{};
    if (pos + sizeof(T) > data.size()) { ok = false; return v; }
    std::memcpy(&v, data.data() + pos, sizeof(T));
    pos += sizeof(T);
    return v;
  }
  std::string bytes(size_t n) {
    if (pos + n > data.size()) { ok = false; return {}; }
    std::string s = data.substr(pos, n);
    pos += n;
    return s;
  }
};

}  // namespace

bool bilou_allowed(int a, int b) {
  bool a_open = a > 0 && (bilou_position(a) == BilouPosition::kBegin || bilou_position(a) == BilouPosition::kInside);
  if (b == -1) return !a_open;
  bool b_continues = b > 0 && (bilou_position(b) == BilouPosition::kInside || bilou_position(b) == BilouPosition::kLast);
  if (a_open) return b_continues && bilou_type(a) == bilou_type(b);
  return !b_continues;
}

size_t NerModel::feature_count() const {
  return static_cast<size_t>(std::count_if(keys.begin(), keys.end(), [](uint64_t k) { return k != 0; }));
}

void set_ner_weights(NerModel* model, const std::vector<uint64_t>& features, const std::vector<float>& rows) {
  const int L = model->labels;
  uint64_t capacity = 1024;
  while (capacity < features.size() * 2) capacity *= 2;
  model->mask = capacity - 1;
  model->keys.assign(capacity, 0);
  model->weights.assign(capacity * L, 0.0f);
  for (size_t r = 0; r < features.size(); ++r) {
    uint64_t f = features[r];
    if (f == 0) continue;
    uint64_t slot = (f * 0x9E3779B97F4A7C15ull) >> 20 & model->mask;
    while (model->keys[slot] != 0 && model->keys[slot] != f) slot = (slot + 1) & model->mask;
    model->keys[slot] = f;
    std::copy(rows.begin() + static_cast<std::ptrdiff_t>(r * L), rows.begin() + static_cast<std::ptrdiff_t>((r + 1) * L),
              model->weights.begin() + static_cast<std::ptrdiff_t>(slot * L));
  }
}

void ner_emissions(const NerModel& model, const uint64_t* feats, const uint32_t* offsets, size_t n,
                   std::vector<float>* scores) {
  const int L = model.labels;
  scores->assign(n * L, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    float* s = &(*scores)[i * L];
    for (uint32_t k = offsets[i]; k < offsets[i + 1]; ++k) {
      const float* w = model.row(feats[k]);
      if (!w) continue;
      for (int y = 0; y < L; ++y) s[y] += w[y];
    }
  }
}

void ner_viterbi(const NerModel& model, const std::vector<float>& scores, size_t n, std::vector<int>* labels,
                 std::vector<float>* margins) {
  viterbi_core(model.transitions.data(), model.end.data(), model.labels, scores, n, labels, margins);
}

std::optional<corpus::InputError> save_ner_model(const NerModel& model, const std::string& path) {
  std::string out;
  out.append(kMagic, sizeof kMagic);
  put(out, kNerModelVersion);
  put(out, model.feature_version);
  put(out, static_cast<uint32_t>(model.types.size()));
  for (const auto& t : model.types) {
    put(out, static_cast<uint32_t>(t.size()));
    out += t;
  }
  for (float v : model.transitions) put(out, v);
  for (float v : model.end) put(out, v);
  const int L = model.labels;
  put(out, static_cast<uint64_t>(model.feature_count()));
  for (size_t slot = 0; slot < model.keys.size(); ++slot) {
    if (model.keys[slot] == 0) continue;
    put(out, model.keys[slot]);
    const float* w = &model.weights[slot * L];
    uint8_t nnz = static_cast<uint8_t>(std::count_if(w, w + L, [](float v) { return v != 0.0f; }));
    put(out, nnz);
    for (int y = 0; y < L; ++y)
      if (w[y] != 0.0f) { put(out, static_cast<uint8_t>(y)); put(out, w[y]); }
  }
  out.append(kEndMagic, sizeof kEndMagic);
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return corpus::InputError{"cannot write NER model", path, -1, 0};
  f.write(out.data(), static_cast<std::streamsize>(out.size()));
  if (!f) return corpus::InputError{"cannot write NER model", path, -1, 0};
  return std::nullopt;
}

std::optional<corpus::InputError> load_ner_model(const std::string& path, NerModel* out) {
  *out = NerModel{};
  std::ifstream f(path, std::ios::binary);
  if (!f) return corpus::InputError{"cannot open NER model", path, -1, 0};
  std::string data((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  Reader r{data};
  if (r.bytes(sizeof kMagic) != std::string(kMagic, sizeof kMagic))
    return corpus::InputError{"not a NER model file", path, 0, 0};
  uint32_t version = r.get<uint32_t>();
  if (!r.ok || version != kNerModelVersion)
    return corpus::InputError{"NER model format version " + std::to_string(version) + ", expected " +
                                  std::to_string(kNerModelVersion), path, 6, 0};
  NerModel m;
  m.feature_version = r.get<uint32_t>();
  uint32_t n_types = r.get<uint32_t>();
  if (!r.ok || n_types == 0 || n_types > 15) return corpus::InputError{"truncated or corrupt NER model", path, static_cast<int64_t>(r.pos), 0};
  for (uint32_t t = 0; t < n_types; ++t) {
    uint32_t len = r.get<uint32_t>();
    if (!r.ok || len > 64) return corpus::InputError{"truncated or corrupt NER model", path, static_cast<int64_t>(r.pos), 0};
    m.types.push_back(r.bytes(len));
  }
  m.labels = ner_label_count(static_cast<int>(n_types));
  const int L = m.labels;
  m.transitions.resize((L + 1) * L);
  for (auto& v : m.transitions) v = r.get<float>();
  m.end.resize(L);
  for (auto& v : m.end) v = r.get<float>();
  uint64_t n_rows = r.get<uint64_t>();
  if (!r.ok || n_rows > (data.size() / 9) + 1)
    return corpus::InputError{"truncated or corrupt NER model", path, static_cast<int64_t>(r.pos), 0};
  std::vector<uint64_t> features(n_rows);
  std::vector<float> rows(n_rows * L, 0.0f);
  for (uint64_t i = 0; i < n_rows && r.ok; ++i) {
    features[i] = r.get<uint64_t>();
    uint8_t nnz = r.get<uint8_t>();
    for (uint8_t k = 0; k < nnz && r.ok; ++k) {
      uint8_t y = r.get<uint8_t>();
      float w = r.get<float>();
      if (y >= L) { r.ok = false; break; }
      rows[i * L + y] = w;
    }
  }
  if (!r.ok || r.bytes(sizeof kEndMagic) != std::string(kEndMagic, sizeof kEndMagic) || !r.ok)
    return corpus::InputError{"truncated or corrupt NER model", path, static_cast<int64_t>(r.pos), 0};
  set_ner_weights(&m, features, rows);
  *out = std::move(m);
  return std::nullopt;
}

NerPerceptronTrainer::NerPerceptronTrainer(std::vector<std::string> types, uint32_t feature_version, size_t rows)
    : types_(std::move(types)), feature_version_(feature_version), labels_(ner_label_count(static_cast<int>(types_.size()))) {
  w_.assign(rows * labels_, 0.0f);
  u_.assign(rows * labels_, 0.0);
  trans_w_.assign((labels_ + 2) * labels_, 0.0f);
  trans_u_.assign((labels_ + 2) * labels_, 0.0);
  scratch_.types = types_;
  scratch_.labels = labels_;
}

void NerPerceptronTrainer::add(size_t index, float delta, std::vector<float>& w, std::vector<double>& u) {
  w[index] += delta;
  u[index] += static_cast<double>(examples_) * delta;
}

void NerPerceptronTrainer::decode(const uint32_t* rows, const uint32_t* offsets, size_t n, std::vector<int>* predicted) {
  const int L = labels_;
  std::vector<float> scores(n * L, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    float* s = &scores[i * L];
    for (uint32_t k = offsets[i]; k < offsets[i + 1]; ++k) {
      const float* w = &w_[static_cast<size_t>(rows[k]) * L];
      for (int y = 0; y < L; ++y) s[y] += w[y];
    }
  }
  viterbi_core(trans_w_.data(), trans_w_.data() + (L + 1) * L, L, scores, n, predicted, nullptr);
}

void NerPerceptronTrainer::update(const uint32_t* rows, const uint32_t* offsets, const std::vector<int>& gold,
                                  const std::vector<int>& predicted) {
  const int L = labels_;
  const size_t n = gold.size();
  for (size_t i = 0; i < n; ++i) {
    int g = gold[i], p = predicted[i];
    int gp = i == 0 ? -1 : gold[i - 1], pp = i == 0 ? -1 : predicted[i - 1];
    if (g != p) {
      for (uint32_t k = offsets[i]; k < offsets[i + 1]; ++k) {
        size_t base = static_cast<size_t>(rows[k]) * L;
        add(base + g, 1.0f, w_, u_);
        add(base + p, -1.0f, w_, u_);
      }
    }
    if (g != p || gp != pp) {
      add((gp + 1) * L + g, 1.0f, trans_w_, trans_u_);
      add((pp + 1) * L + p, -1.0f, trans_w_, trans_u_);
    }
  }
  if (n > 0 && gold[n - 1] != predicted[n - 1]) {
    add((L + 1) * L + gold[n - 1], 1.0f, trans_w_, trans_u_);
    add((L + 1) * L + predicted[n - 1], -1.0f, trans_w_, trans_u_);
  }
}

NerModel NerPerceptronTrainer::averaged(const std::vector<uint64_t>& features, float prune) const {
  const int L = labels_;
  const double c = static_cast<double>(examples_);
  NerModel m;
  m.types = types_;
  m.feature_version = feature_version_;
  m.labels = L;
  m.transitions.resize((L + 1) * L);
  for (int k = 0; k < (L + 1) * L; ++k) m.transitions[k] = static_cast<float>(trans_w_[k] - trans_u_[k] / c);
  m.end.resize(L);
  for (int y = 0; y < L; ++y) m.end[y] = static_cast<float>(trans_w_[(L + 1) * L + y] - trans_u_[(L + 1) * L + y] / c);
  std::vector<uint64_t> kept;
  std::vector<float> rows;
  for (size_t r = 0; r < features.size(); ++r) {
    float row[64];
    bool any = false;
    for (int y = 0; y < L; ++y) {
      double v = w_[r * L + y] - u_[r * L + y] / c;
      row[y] = std::fabs(v) < prune ? 0.0f : static_cast<float>(v);
      any |= row[y] != 0.0f;
    }
    if (!any) continue;
    kept.push_back(features[r]);
    rows.insert(rows.end(), row, row + L);
  }
  set_ner_weights(&m, kept, rows);
  return m;
}

}  // namespace newsgraph::extractor
