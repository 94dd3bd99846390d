// Features of the NER tagger: for every token, the hashed indicator features the sequence
// model (ner_perceptron.h) scores.
//
// Per token i of a sentence (Ratinov and Roth 2009's "baseline" set plus gazetteers, word
// clusters and a document-level casing feature):
//   the word, its lower-cased form (digits mapped to 0), the lower-cased words at i-2..i+2,
//   the word bigrams (i-1, i) and (i, i+1), prefixes and suffixes of 1-4 characters, the
//   word shape ("Xx", "X.X.", "d-d") at i-2..i+2 and its bigrams/trigram around i, the
//   previous word with this shape and this shape with the next word, the first token of
//   the sentence, a sentence in capitals (CoNLL headlines) or a headline in title case,
//   gazetteer hits over i and its
//   neighbours (kind and BILOU position within the longest match of each kind; cities by
//   population), gazetteer names written all in lower case ("tampa bay": kind and position,
//   kind and word, apart from the case-guarded hits, see gazetteer.h), word classes at each granularity (when clusters are loaded) at i-1..i+1, and how
//   the word is capitalised elsewhere in the same document when not sentence-initial
//   ("BRUSSELS" in a headline, "Brussels" in the body).
// Previous labels enter through the model's transitions.
//
// Second stage (non-local features, Ratinov and Roth 2009's "prediction history" and
// two-stage stacking): given the first-stage labels of every token of the document, also
// the first-stage labels at i-1, i, i+1, and, for a capitalised word, the share of each
// type among the first-stage labels of the same lower-cased word elsewhere in the document
// ("Carney" tagged PER in the body helps "CARNEY" in the headline).
//
// Input: a Document with tokens and sentences (the text the token spans point into), and
// `first_stage` (one BILOU label per document token, ner_perceptron.h) or nullptr. Output:
// offsets (tokens + 1 entries) and the features of token t at feats[offsets[t]..offsets[t+1]).
// Cost: linear in the document; one gazetteer probe per token.
// Thread safety: pure function of its inputs.
#ifndef NEWSGRAPH_EXTRACTOR_NER_FEATURES_H_
#define NEWSGRAPH_EXTRACTOR_NER_FEATURES_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractor/document.h"
#include "extractor/gazetteer.h"
#include "extractor/hash_table.h"

namespace newsgraph::extractor {

// Bumped whenever a feature template changes: a model trained with another set is refused.
inline constexpr uint32_t kNerFeatureVersion = 3;

// Word clusters learned from unlabelled text (tools/train/train_ner_clusters.cpp, exchange
// algorithm): lower-cased word -> its class at up to four granularities, "17:203:911".
struct WordClusters {
  std::unordered_map<std::string, std::string> paths;
  // The same words for the feature extractor's per-token lookup, keyed by the 64-bit feature
  // hash it already computes for each word (a collision keeps the first word's path). Built
  // by index_word_clusters.
  HashTable64 word_hashes;              // feature hash of the word -> index into path_list
  std::vector<std::string> path_list;  // copies, so that a copied WordClusters stays valid
};

// Builds `clusters`' hash table from `paths` (call after filling paths).
void index_word_clusters(WordClusters* clusters);

void ner_features(const Gazetteer& gazetteer, const WordClusters& clusters, const Document& doc,
                  const std::vector<int>* first_stage, std::vector<uint64_t>* feats, std::vector<uint32_t>* offsets);

// The local (first-stage) features sentence by sentence, so that a long document needs
// feature memory for one sentence at a time: visit(sentence, feats, offsets) is called for
// each sentence in order, with offsets[i]..offsets[i+1] the features of its i-th token.
using NerSentenceFeaturesFn = std::function<void(uint32_t, const uint64_t*, const uint32_t*)>;
void ner_features_by_sentence(const Gazetteer& gazetteer, const WordClusters& clusters, const Document& doc,
                              const NerSentenceFeaturesFn& visit);

// Only the second-stage features of every token (those ner_features adds when `first_stage`
// is given), in the same offsets layout, so that a tagger can reuse the local features.
void ner_second_stage_features(const Document& doc, const std::vector<int>& first_stage, std::vector<uint64_t>* feats,
                               std::vector<uint32_t>* offsets);

// Word shape: upper-case letters -> X, lower-case -> x, digits -> d, other characters kept,
// runs of the same class collapsed ("Carney" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d").
std::string word_shape(std::string_view word);
// Unicode lower-casing of a word with digits mapped to '0' ("Canada" -> "canada", "1996" -> "0000").
std::string ner_lower(std::string_view word);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_NER_FEATURES_H_
