// NER token features; see ner_features.h.
#include "extractor/ner_features.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace newsgraph::extractor {
namespace {

inline uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

inline uint64_t hash_str(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) { h ^= c; h *= 0x100000001b3ull; }
  return mix(h);
}

inline uint64_t feat(uint32_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = mix(0x9E3779B97F4A7C15ull * (tmpl + 1) + a);
  if (b) h = mix(h ^ b);
  if (c) h = mix(h + 0x632BE59BD9B4E019ull * c);
  return h ? h : 1;
}

enum Template : uint32_t {
  kBias, kWord, kLower, kLowerM1, kLowerP1, kLowerM2, kLowerP2, kPrefix, kSuffix = kPrefix + 4,
  kShape = kSuffix + 4, kShapeM1, kShapeP1, kShapeM2, kShapeP2, kShapeM1_0, kShape0_P1, kShapeM1_0_P1,
  kBigramM1_0, kBigram0_P1, kFirst, kCapsSentence, kCapsSentenceWord, kGaz, kGazM1, kGazP1,
  kGazCity, kLowerM1Shape, kShapeLowerP1, kDocCase, kDocCaseShape, kCluster, kClusterM1 = kCluster + 4,
  kClusterP1 = kClusterM1 + 4, kLength = kClusterP1 + 4, kGazWord, kStage1, kStage1M1, kStage1P1, kHistory,
  kHistoryNone, kGazLower, kGazLowerWord,
};
constexpr int kMaxHistoryTypes = 15;

struct TokenInfo {
  std::string lower, shape;
  uint64_t h_word = 0, h_lower = 0, h_shape = 0;
  bool capitalised = false, has_lower = false, has_letter = false;
  const std::string* cluster = nullptr;
  uint16_t gaz_kinds = 0;  // bit per GazetteerKind covering this token
};

bool is_function_word(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at",
                                                "to", "for", "with", "by", "from", "as", "into", "amid", "over", "vs",
                                                "vs.", "via", "after", "before", "is", "are", "be", "its", "than"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// A headline in title case: at least four words with letters, at least three capitalised
// words after the first, and every word other than a short function word capitalised.
bool title_case_sentence(const std::vector<TokenInfo>& info, const Sentence& sent) {
  int words = 0, capitalised = 0;
  for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
    const TokenInfo& ti = info[t];
    if (!ti.has_letter) continue;
    ++words;
    if (ti.capitalised) {
      capitalised += t > sent.first_token;
    } else if (!is_function_word(ti.lower)) {
      return false;
    }
  }
  return words >= 4 && capitalised >= 3;
}

const uint64_t kBos = hash_str("<s>"), kEos = hash_str("</s>"), kBos2 = hash_str("<s2>"), kEos2 = hash_str("</s2>");

}  // namespace

std::string word_shape(std::string_view word) {
  std::string out;
  int32_t i = 0, n = static_cast<int32_t>(word.size());
  char last = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    char k;
    if (c < 0) k = '?';
    else if (u_isupper(c) || u_istitle(c)) k = 'X';
    else if (u_islower(c)) k = 'x';
    else if (u_isdigit(c)) k = 'd';
    else if (u_isalpha(c)) k = 'x';
    else if (c < 0x80) k = static_cast<char>(c);
    else k = '*';
    if (k == last && (k == 'X' || k == 'x' || k == 'd')) continue;
    out += k;
    last = k;
  }
  return out;
}

std::string ner_lower(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  int32_t i = 0, n = static_cast<int32_t>(word.size());
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      char c = static_cast<char>(b);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      else if (c >= '0' && c <= '9') c = '0';
      out += c;
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    if (c < 0) { out.append(word.substr(start, i - start)); continue; }
    c = u_tolower(c);
    char buf[4];
    int32_t len = 0;
    UBool err = false;
    U8_APPEND(buf, len, 4, c, err);
    if (err) continue;
    out.append(buf, len);
  }
  return out;
}

void ner_features_by_sentence(const Gazetteer& gazetteer, const WordClusters& clusters, const Document& doc,
                              const NerSentenceFeaturesFn& visit) {
  const size_t n_tokens = doc.tokens.size();
  std::vector<uint64_t> sentence_feats;
  std::vector<uint32_t> sentence_offsets;
  std::vector<uint64_t>* feats = &sentence_feats;
  std::vector<uint32_t>* offsets = &sentence_offsets;
  std::vector<TokenInfo> info(n_tokens);
  for (size_t t = 0; t < n_tokens; ++t) {
    std::string_view w = doc.slice(doc.tokens[t].span);
    TokenInfo& ti = info[t];
    ti.lower = ner_lower(w);
    ti.shape = word_shape(w);
    ti.h_word = hash_str(w);
    ti.h_lower = hash_str(ti.lower);
    ti.h_shape = hash_str(ti.shape);
    ti.capitalised = !ti.shape.empty() && ti.shape[0] == 'X';
    ti.has_lower = ti.shape.find('x') != std::string::npos;
    ti.has_letter = ti.has_lower || ti.shape.find('X') != std::string::npos;
    if (int64_t p = find_hash(clusters.word_hashes, ti.h_lower); p >= 0)
      ti.cluster = &clusters.path_list[static_cast<size_t>(p)];
  }
  // Document-level casing: how each lower-cased word is written when not sentence-initial,
  // in sentences that are not all capitals. Bits: 1 lower, 2 capitalised, 4 all capitals.
  // 1: a sentence in capitals ("SOCCER - JAPAN GET LUCKY WIN"); 2: a headline in title case
  // ("Canada Seeks New Partnership with China"). Neither says how a word is usually written.
  std::vector<uint8_t> caps_sentence(doc.sentences.size(), 0);
  std::unordered_map<std::string_view, uint8_t> casing;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    int letters = 0;
    bool any_lower = false;
    for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
      letters += info[t].has_letter;
      any_lower |= info[t].has_lower;
    }
    caps_sentence[s] = letters >= 2 && !any_lower ? 1 : title_case_sentence(info, sent) ? 2 : 0;
    if (caps_sentence[s]) continue;
    for (uint32_t t = sent.first_token + 1; t < sent.end_token; ++t) {
      const TokenInfo& ti = info[t];
      if (!ti.has_letter) continue;
      uint8_t bit = !ti.capitalised ? 1 : (ti.has_lower ? 2 : 4);
      casing[ti.lower] |= bit;
    }
  }
  std::vector<std::string_view> words;
  std::vector<std::array<uint8_t, kGazetteerKindCount>> gaz_pos, gaz_lower;
  std::vector<uint32_t> city_pop;
  std::vector<uint64_t> gaz_word;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    feats->clear();
    offsets->assign(1, 0);
    const uint32_t first = sent.first_token, n = sent.end_token - sent.first_token;
    words.clear();
    for (uint32_t t = first; t < sent.end_token; ++t) words.push_back(doc.slice(doc.tokens[t].span));
    // Gazetteer: BILOU position within the longest match of each kind.
    gaz_pos.assign(n, {});
    std::string surface;
    auto case_compatible_span = [&](const GazetteerMatch& m) {
      surface.clear();
      for (uint32_t i = m.first; i < m.end; ++i) {
        if (i > m.first) surface += ' ';
        surface += words[i];
      }
      return case_compatible(surface, *m.entry);
    };
    city_pop.assign(n, 0);
    gaz_lower.assign(n, {});
    for (const auto& m : find_matches(gazetteer, words, /*case_guards=*/false)) {
      int k = static_cast<int>(m.entry->kind);
      uint32_t len = m.end - m.first;
      if (!case_compatible_span(m)) {
        // A name written in lower case ("tampa bay", web text): its own features, so that
        // the weights of the guarded matches keep their meaning.
        bool lower = true;
        for (uint32_t i = m.first; i < m.end && lower; ++i) lower = !info[first + i].capitalised;
        if (!lower) continue;
        bool free_lower = true;
        for (uint32_t i = m.first; i < m.end; ++i) free_lower &= gaz_lower[i][k] == 0;
        if (!free_lower) continue;
        for (uint32_t i = m.first; i < m.end; ++i)
          gaz_lower[i][k] = len == 1 ? 4 : i == m.first ? 1 : i + 1 == m.end ? 3 : 2;
        continue;
      }
      bool free = true;
      for (uint32_t i = m.first; i < m.end; ++i) free &= gaz_pos[i][k] == 0;
      if (!free) continue;
      for (uint32_t i = m.first; i < m.end; ++i) {
        gaz_pos[i][k] = len == 1 ? 4 : i == m.first ? 1 : i + 1 == m.end ? 3 : 2;
        info[first + i].gaz_kinds |= static_cast<uint16_t>(1u << k);
        if (m.entry->kind == GazetteerKind::kCity) city_pop[i] = std::max(city_pop[i], m.entry->population);
      }
    }
    auto lower_at = [&](int64_t i) -> uint64_t {
      if (i < 0) return i == -1 ? kBos : kBos2;
      if (i >= n) return i == n ? kEos : kEos2;
      return info[first + i].h_lower;
    };
    auto shape_at = [&](int64_t i) -> uint64_t {
      if (i < 0) return i == -1 ? kBos : kBos2;
      if (i >= n) return i == n ? kEos : kEos2;
      return info[first + i].h_shape;
    };
    const uint64_t caps = caps_sentence[s];
    for (int64_t i = 0; i < n; ++i) {
      const TokenInfo& ti = info[first + i];
      auto& f = *feats;
      f.push_back(feat(kBias, 1));
      f.push_back(feat(kWord, ti.h_word));
      f.push_back(feat(kLower, ti.h_lower));
      f.push_back(feat(kLowerM1, lower_at(i - 1)));
      f.push_back(feat(kLowerP1, lower_at(i + 1)));
      f.push_back(feat(kLowerM2, lower_at(i - 2)));
      f.push_back(feat(kLowerP2, lower_at(i + 2)));
      // Prefixes and suffixes by code point, up to 4, of the lower-cased word.
      {
        const std::string& lw = ti.lower;
        std::vector<size_t> starts;
        for (size_t b = 0; b < lw.size(); ++b)
          if ((static_cast<unsigned char>(lw[b]) & 0xC0) != 0x80) starts.push_back(b);
        size_t cps = starts.size();
        for (size_t k = 1; k <= 4 && k < cps; ++k) {
          f.push_back(feat(kPrefix + static_cast<uint32_t>(k) - 1, hash_str(std::string_view(lw).substr(0, starts[k]))));
          f.push_back(feat(kSuffix + static_cast<uint32_t>(k) - 1, hash_str(std::string_view(lw).substr(starts[cps - k]))));
        }
      }
      f.push_back(feat(kShape, ti.h_shape));
      f.push_back(feat(kShapeM1, shape_at(i - 1)));
      f.push_back(feat(kShapeP1, shape_at(i + 1)));
      f.push_back(feat(kShapeM2, shape_at(i - 2)));
      f.push_back(feat(kShapeP2, shape_at(i + 2)));
      f.push_back(feat(kShapeM1_0, shape_at(i - 1), ti.h_shape));
      f.push_back(feat(kShape0_P1, ti.h_shape, shape_at(i + 1)));
      f.push_back(feat(kShapeM1_0_P1, shape_at(i - 1), ti.h_shape, shape_at(i + 1)));
      f.push_back(feat(kBigramM1_0, lower_at(i - 1), ti.h_lower));
      f.push_back(feat(kBigram0_P1, ti.h_lower, lower_at(i + 1)));
      f.push_back(feat(kLowerM1Shape, lower_at(i - 1), ti.h_shape));
      f.push_back(feat(kShapeLowerP1, ti.h_shape, lower_at(i + 1)));
      if (i == 0) f.push_back(feat(kFirst, ti.h_shape));
      if (caps) {
        f.push_back(feat(kCapsSentence, ti.h_shape));
        f.push_back(feat(kCapsSentenceWord, ti.h_lower));
      }
      for (int k = 0; k < kGazetteerKindCount; ++k) {
        if (gaz_pos[i][k]) {
          f.push_back(feat(kGaz, static_cast<uint64_t>(k) + 1, gaz_pos[i][k]));
          f.push_back(feat(kGazWord, static_cast<uint64_t>(k) + 1, ti.capitalised ? 2 : 1));
        }
        if (gaz_lower[i][k]) {
          f.push_back(feat(kGazLower, static_cast<uint64_t>(k) + 1, gaz_lower[i][k]));
          f.push_back(feat(kGazLowerWord, static_cast<uint64_t>(k) + 1, ti.h_lower));
        }
        if (i > 0 && gaz_pos[i - 1][k]) f.push_back(feat(kGazM1, static_cast<uint64_t>(k) + 1));
        if (i + 1 < n && gaz_pos[i + 1][k]) f.push_back(feat(kGazP1, static_cast<uint64_t>(k) + 1));
      }
      if (city_pop[i]) {
        uint64_t bucket = city_pop[i] >= 1000000 ? 3 : city_pop[i] >= 100000 ? 2 : 1;
        f.push_back(feat(kGazCity, bucket, gaz_pos[i][static_cast<int>(GazetteerKind::kCity)]));
      }
      if (ti.capitalised) {
        auto it = casing.find(ti.lower);
        uint64_t mask = it == casing.end() ? 8 : it->second;
        f.push_back(feat(kDocCase, mask));
        f.push_back(feat(kDocCaseShape, mask, ti.h_shape, caps + 1));
      }
      auto cluster_feats = [&](int64_t j, uint32_t tmpl) {
        if (j < 0 || j >= n) return;
        const std::string* path = info[first + j].cluster;
        if (!path) { f.push_back(feat(tmpl, 7)); return; }
        // "17:203:911": one feature per granularity.
        std::string_view rest(*path);
        for (uint32_t k = 0; k < 4 && !rest.empty(); ++k) {
          size_t colon = rest.find(':');
          f.push_back(feat(tmpl + k, hash_str(rest.substr(0, colon))));
          rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        }
      };
      if (!clusters.paths.empty()) {
        cluster_feats(i, kCluster);
        cluster_feats(i - 1, kClusterM1);
        cluster_feats(i + 1, kClusterP1);
      }
      offsets->push_back(static_cast<uint32_t>(f.size()));
    }
    visit(static_cast<uint32_t>(s), feats->data(), offsets->data());
  }
}

void ner_second_stage_features(const Document& doc, const std::vector<int>& first_stage, std::vector<uint64_t>* feats,
                               std::vector<uint32_t>* offsets) {
  const size_t n_tokens = doc.tokens.size();
  feats->clear();
  offsets->assign(1, 0);
  feats->reserve(n_tokens * 5);
  offsets->reserve(n_tokens + 1);
  struct Word {
    std::string lower;
    bool capitalised = false, has_letter = false;
  };
  std::vector<Word> words(n_tokens);
  for (size_t t = 0; t < n_tokens; ++t) {
    std::string_view w = doc.slice(doc.tokens[t].span);
    words[t].lower = ner_lower(w);
    int32_t i = 0, n = static_cast<int32_t>(w.size());
    bool first = true;
    while (i < n) {
      UChar32 c;
      U8_NEXT(w.data(), i, n, c);
      if (c < 0 || !u_isalpha(c)) { first = false; continue; }
      words[t].has_letter = true;
      if (first) words[t].capitalised = u_isupper(c) || u_istitle(c);
      break;
    }
  }
  // First-stage label counts per lower-cased word: [0] outside, [1 + t] inside type t.
  std::unordered_map<std::string_view, std::array<uint16_t, kMaxHistoryTypes + 1>> history;
  auto stage_type = [&](size_t t) {
    return std::min(first_stage[t] <= 0 ? 0 : (first_stage[t] - 1) / 4 + 1, kMaxHistoryTypes);
  };
  for (size_t t = 0; t < n_tokens; ++t) {
    if (!words[t].has_letter) continue;
    auto& c = history[words[t].lower];
    if (c[stage_type(t)] < 65535) ++c[stage_type(t)];
  }
  const uint64_t none = 1000;
  for (const Sentence& sent : doc.sentences) {
    while (offsets->size() <= sent.first_token) offsets->push_back(static_cast<uint32_t>(feats->size()));
    for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
      auto& f = *feats;
      f.push_back(feat(kStage1, static_cast<uint64_t>(first_stage[t]) + 1));
      f.push_back(feat(kStage1M1, t > sent.first_token ? static_cast<uint64_t>(first_stage[t - 1]) + 1 : none));
      f.push_back(feat(kStage1P1, t + 1 < sent.end_token ? static_cast<uint64_t>(first_stage[t + 1]) + 1 : none));
      if (words[t].capitalised) {
        auto c = history.at(words[t].lower);
        --c[stage_type(t)];
        uint32_t total = 0;
        for (auto v : c) total += v;
        if (total == 0) {
          f.push_back(feat(kHistoryNone, 1));
        } else {
          for (int k = 0; k <= kMaxHistoryTypes; ++k)
            if (c[k]) f.push_back(feat(kHistory, static_cast<uint64_t>(k) + 1, 1 + 4 * c[k] / total));
        }
      }
      offsets->push_back(static_cast<uint32_t>(f.size()));
    }
  }
  while (offsets->size() <= n_tokens) offsets->push_back(static_cast<uint32_t>(feats->size()));
}

void index_word_clusters(WordClusters* wc) {
  reserve_hash_table(&wc->word_hashes, wc->paths.size());
  wc->path_list.clear();
  for (const auto& [word, path] : wc->paths) {
    uint32_t existing = 0;
    if (insert_hash(&wc->word_hashes, hash_str(word), static_cast<uint32_t>(wc->path_list.size()),
                    &existing))
      wc->path_list.push_back(path);
  }
}

void ner_features(const Gazetteer& gazetteer, const WordClusters& clusters, const Document& doc,
                  const std::vector<int>* first_stage, std::vector<uint64_t>* feats, std::vector<uint32_t>* offsets) {
  feats->clear();
  offsets->assign(1, 0);
  ner_features_by_sentence(gazetteer, clusters, doc, [&](uint32_t s, const uint64_t* f, const uint32_t* o) {
    const Sentence& sent = doc.sentences[s];
    // Tokens outside every sentence get no features.
    while (offsets->size() <= sent.first_token) offsets->push_back(static_cast<uint32_t>(feats->size()));
    for (uint32_t i = 0; i < sent.end_token - sent.first_token; ++i) {
      feats->insert(feats->end(), f + o[i], f + o[i + 1]);
      offsets->push_back(static_cast<uint32_t>(feats->size()));
    }
  });
  while (offsets->size() <= doc.tokens.size()) offsets->push_back(static_cast<uint32_t>(feats->size()));
  if (!first_stage) return;
  std::vector<uint64_t> local = std::move(*feats), second;
  std::vector<uint32_t> local_offsets = std::move(*offsets), second_offsets;
  ner_second_stage_features(doc, *first_stage, &second, &second_offsets);
  feats->clear();
  offsets->assign(1, 0);
  for (size_t t = 0; t + 1 < local_offsets.size(); ++t) {
    feats->insert(feats->end(), local.begin() + local_offsets[t], local.begin() + local_offsets[t + 1]);
    feats->insert(feats->end(), second.begin() + second_offsets[t], second.begin() + second_offsets[t + 1]);
    offsets->push_back(static_cast<uint32_t>(feats->size()));
  }
}

}  // namespace newsgraph::extractor
