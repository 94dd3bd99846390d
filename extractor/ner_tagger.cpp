// The NER tagger: decoding and type refinement; see ner_tagger.h.
#include "extractor/ner_tagger.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>

namespace newsgraph::extractor {
namespace {

bool whole_match(const Gazetteer& gaz, std::string_view text, std::initializer_list<GazetteerKind> kinds) {
  for (GazetteerKind k : kinds)
    if (lookup(gaz, text, k)) return true;
  return false;
}

bool ends_like_demonym(std::string_view w) {
  if (w.size() < 4 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
  for (std::string_view suffix : {"an", "ans", "ese", "ish", "i", "ic"})
    if (w.ends_with(suffix)) return true;
  return false;
}

}  // namespace

std::optional<corpus::InputError> load_word_clusters(const std::string& path, WordClusters* out) {
  *out = WordClusters{};
  std::ifstream in(path, std::ios::binary);
  if (!in) return corpus::InputError{"cannot open word-cluster file", path, -1, 0};
  WordClusters wc;
  std::string line;
  int64_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0)
      return corpus::InputError{"malformed word-cluster line (expected path<TAB>word)", path, -1, line_no};
    size_t tab2 = line.find('\t', tab + 1);
    std::string word = line.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1);
    wc.paths.emplace(ner_lower(word), line.substr(0, tab));
  }
  index_word_clusters(&wc);
  *out = std::move(wc);
  return std::nullopt;
}

std::optional<corpus::InputError> load_ner_tagger(const std::string& model_dir, NerTagger* out) {
  *out = NerTagger{};
  NerTagger t;
  const std::string model_path = model_dir + "/" + kNerModelFile;
  if (auto err = load_ner_model(model_path, &t.model)) return err;
  if (t.model.feature_version != kNerFeatureVersion)
    return corpus::InputError{"NER model built for feature set " + std::to_string(t.model.feature_version) +
                                  ", this build computes set " + std::to_string(kNerFeatureVersion),
                              model_path, -1, 0};
  if (auto err = load_gazetteer(model_dir + "/" + kGazetteerFile, &t.gazetteer)) return err;
  const std::string stage2_path = model_dir + "/" + kNerStage2File;
  if (std::filesystem::exists(stage2_path)) {
    if (auto err = load_ner_model(stage2_path, &t.second)) return err;
    if (t.second.feature_version != kNerFeatureVersion || t.second.types != t.model.types)
      return corpus::InputError{"second-stage NER model does not match ner.model", stage2_path, -1, 0};
  }
  const std::string clusters_path = model_dir + "/" + kNerClustersFile;
  if (std::filesystem::exists(clusters_path))
    if (auto err = load_word_clusters(clusters_path, &t.clusters)) return err;
  join_ner_stages(&t);
  *out = std::move(t);
  return std::nullopt;
}

void join_ner_stages(NerTagger* tagger) {
  tagger->joint = NerModel{};
  if (!tagger->two_stage()) return;
  const int L = tagger->model.labels;
  std::vector<uint64_t> keys;
  for (const NerModel* m : {&tagger->model, &tagger->second})
    for (uint64_t k : m->keys)
      if (k) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::vector<float> rows(keys.size() * 2 * L, 0.0f);
  for (size_t r = 0; r < keys.size(); ++r) {
    if (const float* w = tagger->model.row(keys[r])) std::copy_n(w, L, &rows[r * 2 * L]);
    if (const float* w = tagger->second.row(keys[r])) std::copy_n(w, L, &rows[r * 2 * L + L]);
  }
  tagger->joint.types = tagger->model.types;
  tagger->joint.labels = 2 * L;
  set_ner_weights(&tagger->joint, keys, rows);
}

bool is_address_or_file_name(std::string_view word) {
  auto lower = [](std::string_view w) {
    std::string out(w);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  const std::string w = lower(word);
  if (w.starts_with("http://") || w.starts_with("https://") || w.starts_with("www.")) return true;
  const size_t at = w.find('@');
  if (at != std::string::npos && at > 0) {
    const size_t dot = w.rfind('.');
    return dot != std::string::npos && dot > at + 1 && w.size() - dot >= 3;
  }
  static constexpr std::string_view kExtensions[] = {".doc", ".docx", ".pdf", ".xls", ".xlsx", ".ppt", ".pptx",
                                                     ".txt", ".rtf", ".wpd", ".csv", ".zip", ".jpg", ".jpeg",
                                                     ".gif", ".png", ".htm", ".html", ".exe"};
  for (std::string_view ext : kExtensions)
    if (w.size() > ext.size() && w.ends_with(ext)) return true;
  return false;
}

namespace {
// Generic words of seas and of features at sea or in the wild that no surname or company name
// ends with in news: a name ending in one is a LOC whatever the tagger said ("Sabina Shoal"
// read as a person, "the Taiwan Strait" as an organisation). "Bay", "Lake", "Hill(s)",
// "Forest", "Falls", "Coast" are left out: surnames ("Michael Bay") and towns ("Green Bay").
bool ends_in_feature_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"Sea", "Ocean", "Gulf", "Strait", "Straits", "Shoal",
                                                "Shoals", "Reef", "Atoll", "Lagoon", "Archipelago",
                                                "Peninsula", "Glacier"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}
// The same words, and "Bay", "Cape", "Isle", "Lake", heading a name before "of": "Strait of
// Hormuz", "Bay of Bengal", "Cape of Good Hope", "Sea of Japan".
bool names_feature_of(const std::vector<std::string_view>& words) {
  if (words.size() < 3 || words[1] != "of") return false;
  const std::string_view w = words.front();
  return ends_in_feature_word(w) || w == "Bay" || w == "Cape" || w == "Isle" || w == "Lake";
}
}  // namespace

EntityType refine_entity_type(const Gazetteer& gaz, std::string_view model_type,
                              const std::vector<std::string_view>& words) {
  if (words.empty()) return EntityType::kOrg;
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) text += ' ';
    text += words[i];
  }
  std::string_view last = words.back();
  const bool feature = (words.size() > 1 && ends_in_feature_word(last)) || names_feature_of(words);
  if (feature && model_type != "MISC") {
    using K = GazetteerKind;
    // A town or a country so named stays a GPE ("Isle of Man"); a province named after a sea
    // ("Red Sea", a state of Sudan) is the sea far more often in news.
    if (whole_match(gaz, text, {K::kCountry, K::kCity})) return EntityType::kGpe;
    return EntityType::kLoc;
  }
  if (model_type == "PER" || model_type == "PERSON") return EntityType::kPerson;
  if (model_type == "ORG") return EntityType::kOrg;
  if (model_type == "LOC" || model_type == "GPE" || model_type == "FAC") {
    using K = GazetteerKind;
    if (whole_match(gaz, text, {K::kCountry, K::kSubdivision, K::kCity})) return EntityType::kGpe;
    if (whole_match(gaz, text, {K::kRegion})) return EntityType::kLoc;
    if (words.size() > 1 && lookup(gaz, last, K::kFacHead)) return EntityType::kFac;
    if (words.size() > 1 && lookup(gaz, last, K::kLocHead)) return EntityType::kLoc;
    if (words.size() > 1 && lookup(gaz, words.front(), K::kLocHead)) return EntityType::kLoc;  // "Mount Everest"
    return EntityType::kGpe;
  }
  // MISC and other types.
  using K = GazetteerKind;
  if (whole_match(gaz, text, {K::kDemonym, K::kNorp})) return EntityType::kNorp;
  if (words.size() > 1 && lookup(gaz, last, K::kEventHead)) return EntityType::kEvent;
  if (whole_match(gaz, text, {K::kEventHead})) return EntityType::kEvent;
  if (words.size() > 1 && lookup(gaz, last, K::kLawHead)) return EntityType::kLaw;
  if (words.size() == 1) {
    // "Russian-born", "pro-Western": a demonym inside a hyphenated word.
    std::string_view w = words[0];
    size_t dash = w.find('-');
    if (dash != std::string_view::npos &&
        (whole_match(gaz, w.substr(0, dash), {K::kDemonym, K::kNorp}) ||
         whole_match(gaz, w.substr(dash + 1), {K::kDemonym, K::kNorp})))
      return EntityType::kNorp;
    if (ends_like_demonym(w)) return EntityType::kNorp;
  }
  return EntityType::kProduct;
}

std::vector<int> first_stage_labels(const NerTagger& tagger, const Document& doc) {
  std::vector<int> out(doc.tokens.size(), 0), labels;
  std::vector<float> scores;
  ner_features_by_sentence(tagger.gazetteer, tagger.clusters, doc, [&](uint32_t s, const uint64_t* f, const uint32_t* o) {
    const Sentence& sent = doc.sentences[s];
    const size_t n = sent.end_token - sent.first_token;
    if (n == 0) return;
    ner_emissions(tagger.model, f, o, n, &scores);
    ner_viterbi(tagger.model, scores, n, &labels);
    std::copy(labels.begin(), labels.end(), out.begin() + sent.first_token);
  });
  return out;
}

void tag_entities(const NerTagger& tagger, Document& doc) {
  doc.mentions.clear();
  const bool two_stage = tagger.two_stage();
  const NerModel& model = two_stage ? tagger.second : tagger.model;
  const int L = model.labels;
  // One pass over the local features: first-stage labels, and the second stage's share of
  // its emission scores (the local features' weights in the second model).
  std::vector<int> first(two_stage ? doc.tokens.size() : 0, 0), labels;
  std::vector<float> local_scores(doc.tokens.size() * L), scores, margins, joint_scores;
  const bool joint = two_stage && tagger.joint.labels == 2 * L && !tagger.joint.keys.empty();
  ner_features_by_sentence(tagger.gazetteer, tagger.clusters, doc, [&](uint32_t s, const uint64_t* f, const uint32_t* o) {
    const Sentence& sent = doc.sentences[s];
    const size_t n = sent.end_token - sent.first_token;
    if (n == 0) return;
    if (joint) {
      // One probe per feature for both stages: row = [first-stage L | second-stage L].
      ner_emissions(tagger.joint, f, o, n, &joint_scores);
      scores.resize(n * L);
      for (size_t i = 0; i < n; ++i) {
        std::copy_n(&joint_scores[i * 2 * L], L, &scores[i * L]);
        std::copy_n(&joint_scores[i * 2 * L + L], L, &local_scores[(sent.first_token + i) * L]);
      }
      ner_viterbi(tagger.model, scores, n, &labels);
      std::copy(labels.begin(), labels.end(), first.begin() + sent.first_token);
      return;
    }
    ner_emissions(model, f, o, n, &scores);
    std::copy(scores.begin(), scores.end(), local_scores.begin() + static_cast<std::ptrdiff_t>(sent.first_token) * L);
    if (two_stage) {
      ner_emissions(tagger.model, f, o, n, &scores);
      ner_viterbi(tagger.model, scores, n, &labels);
      std::copy(labels.begin(), labels.end(), first.begin() + sent.first_token);
    }
  });
  std::vector<uint64_t> second_feats;
  std::vector<uint32_t> second_offsets;
  std::vector<float> second_scores;
  if (two_stage) ner_second_stage_features(doc, first, &second_feats, &second_offsets);
  std::vector<std::string_view> words;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    const uint32_t first_token = sent.first_token;
    const size_t n = sent.end_token - sent.first_token;
    if (n == 0) continue;
    scores.assign(local_scores.begin() + static_cast<std::ptrdiff_t>(first_token) * L,
                  local_scores.begin() + static_cast<std::ptrdiff_t>(first_token + n) * L);
    if (two_stage) {
      ner_emissions(model, second_feats.data(), second_offsets.data() + first_token, n, &second_scores);
      for (size_t k = 0; k < scores.size(); ++k) scores[k] += second_scores[k];
    }
    ner_viterbi(model, scores, n, &labels, &margins);
    for (size_t i = 0; i < n;) {
      int y = labels[i];
      if (y == 0) { ++i; continue; }
      size_t j = i + 1;
      if (bilou_position(y) == BilouPosition::kBegin)
        while (j < n && bilou_position(labels[j - 1]) != BilouPosition::kLast) ++j;
      float gap = 1e6f;
      words.clear();
      for (size_t k = i; k < j; ++k) {
        gap = std::min(gap, margins[k]);
        words.push_back(doc.slice(doc.tokens[first_token + k].span));
      }
      if (j == i + 1 && is_address_or_file_name(words[0])) { i = j; continue; }
      Mention m;
      m.first_token = first_token + static_cast<uint32_t>(i);
      m.end_token = first_token + static_cast<uint32_t>(j);
      m.span = {doc.tokens[m.first_token].span.begin, doc.tokens[m.end_token - 1].span.end};
      m.sentence = s;
      m.type = refine_entity_type(tagger.gazetteer, model.types[bilou_type(y)], words);
      m.confidence = static_cast<float>(1.0 / (1.0 + std::exp(-std::min(gap, 80.0f) / 4.0)));
      m.source = "model";
      doc.mentions.push_back(std::move(m));
      i = j;
    }
  }
}

}  // namespace newsgraph::extractor
