// Universal part-of-speech tagging and lemmatisation of English words.
//
// Input: a Document with sentences and tokens (extractor/tokenize.h; PTB-style tokens as in UD
// English EWT: "do" "n't", "U.S.", "$", "10"). Output: every Token's `upos` (one of the 17 UD v2
// tags: ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X) and
// `lemma` (extractor/lemmatizer.h). `xpos` is not predicted and is left as it was.
//
//   PosTagger tagger;
//   if (auto err = load_pos_tagger(model_dir(), &tagger)) { ...err->file, err->message... }
//   tag_pos(tagger, doc);   // doc.tokens[i].upos == "PROPN", lemma == "Carney", ...
//
// Method: two greedy averaged perceptrons (Collins 2002), one reading left to right and one right
// to left; each word takes the tag with the highest sum of their scores (a bidirectional
// ensemble in the spirit of Shen, Satta & Joshi 2007 and Tsuruoka & Tsujii 2005). Features: the
// set of Honnibal 2013 ("A good part-of-speech tagger in about 200 lines of Python") plus the
// tags a word had in training for the word and its neighbours (Toutanova et al. 2003's
// "ambiguity classes"): lowercased and written form, prefixes, suffixes of 1-4 bytes, word
// shape, the two previously predicted tags (in the pass's direction), two words either side.
//
// Model: extractor/models/pos.bin (binary, versioned header "newsgraph-pos 1"), trained by
// `newsgraph-train pos` on UD English EWT train + GUM train (CC BY-SA 4.0 / CC BY 4.0; see
// extractor/models/pos.md for the command, scores and attribution), with the lemmatiser in
// extractor/models/lemma.tsv.
//
// Thread safety: a PosTagger is immutable after loading; tag_pos() may run concurrently on
// different Documents with one shared PosTagger.
#ifndef NEWSGRAPH_EXTRACTOR_POS_TAGGER_H_
#define NEWSGRAPH_EXTRACTOR_POS_TAGGER_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corpus/article.h"
#include "extractor/document.h"
#include "extractor/lemmatizer.h"
#include "extractor/syntax_perceptron.h"

namespace newsgraph::extractor {

struct ConlluSentence;

struct PosTagger {
  std::vector<std::string> tags;                   // class index -> UPOS name
  std::unordered_map<uint64_t, uint32_t> classes;  // syntax_hash(lowercased word) -> bitmask of tags seen
  LinearModel model;           // the left-to-right pass
  LinearModel model_backward;  // the right-to-left pass (same features over the reversed sentence)
  Lemmatizer lemmatizer;
};

// Loads `model_dir`/pos.bin and `model_dir`/lemma.tsv. On error returns it with `file` naming the
// missing, truncated or wrong-version file; *out is then unspecified.
std::optional<corpus::InputError> load_pos_tagger(const std::string& model_dir, PosTagger* out);

// Fills upos and lemma of every token of every sentence of `doc`. Tokens outside any sentence are
// left alone. Cost: linear in the number of tokens.
void tag_pos(const PosTagger& tagger, Document& doc);

// The word-level form of tag_pos: the UPOS class indices (into tagger.tags) of one sentence's
// words, appended to *tags after clearing it.
void tag_words(const PosTagger& tagger, std::span<const std::string_view> words,
               std::vector<uint16_t>* tags);

// Training. `train` and `dev` are CoNLL-U sentences with gold UPOS and LEMMA. Runs `epochs`
// passes over `train` in a shuffled order (fixed `seed`); after each, if `dev` is not empty,
// `progress` (if set) receives a line with the epoch's dev UPOS accuracy. Single-threaded.
struct PosTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  float prune = 0.0f;        // drop averaged weights smaller than this
  int min_class_count = 3;   // words seen fewer times get no ambiguity class
};
PosTagger train_pos_tagger(const std::vector<ConlluSentence>& train,
                           const std::vector<ConlluSentence>& dev, const PosTrainOptions& options,
                           void (*progress)(const std::string& line));

// Jackknifing (Collins 2000; Che et al. 2012 for parsers): replaces the UPOS column of
// `sentences` by the tags of taggers trained on the other `folds`-1 parts (sentence i is in part
// i % folds), so that a parser trained on them sees tags as noisy as at run time. Single-threaded;
// trains `folds` taggers.
void jackknife_upos(std::vector<ConlluSentence>* sentences, int folds, const PosTrainOptions& options);

// pos.bin bytes and back (lemma.tsv is separate: see lemmatizer.h).
std::string serialize_pos_tagger(const PosTagger& tagger);
std::optional<corpus::InputError> parse_pos_tagger(std::string_view data, const std::string& file,
                                                   PosTagger* out);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_POS_TAGGER_H_
