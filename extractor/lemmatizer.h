// An English lemmatiser: a word and its UPOS tag -> its lemma, as UD English EWT lemmatises
// ("nominated"/VERB -> "nominate", "courts"/NOUN -> "court", "was"/AUX -> "be", "Bush"/PROPN ->
// "Bush").
//
// Method: an exception list and suffix rules, both learned from a treebank's lemma column (the
// "edit tree"/suffix-rule idea of Chrupała 2006 and of UDPipe's lemmatiser, reduced to one
// suffix substitution):
//   1. (UPOS, form) seen in training -> its most frequent lemma there; else the same for the
//      lowercased form;
//   2. PROPN -> the form itself;
//   3. else the longest suffix of the lowercased form (up to 7 bytes) that has a learned rule for
//      this UPOS: strip n bytes, append a string ("ies" -> strip 3, add "y"), the rule most
//      frequent among training word types with that suffix; the result is lowercased (ASCII), as
//      EWT lowercases every lemma but those of proper nouns and a few listed words ("I"); a
//      result ending in a doubled "ll" becomes single-l when only that form is a known word of
//      the UPOS (British "signalled" -> "signal", but "installed" -> "install").
// Data: the shipped extractor/models/lemma.tsv is learned from UD English EWT train and GUM train
// (CC BY-SA 4.0 / CC BY 4.0; see extractor/models/pos.md).
//
// File format (lemma.tsv, UTF-8, one entry per line, TAB-separated):
//   "#newsgraph-lemma 1" on the first line; then
//   "E <upos> <form> <lemma>"            an exception (form as written, or lowercased)
//   "S <upos> <suffix> <strip> <append>"  a suffix rule; suffix "" is the UPOS default
//
// Thread safety: a Lemmatizer is immutable after loading; lemmatize() is safe from many threads.
#ifndef NEWSGRAPH_EXTRACTOR_LEMMATIZER_H_
#define NEWSGRAPH_EXTRACTOR_LEMMATIZER_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corpus/article.h"

namespace newsgraph::extractor {

struct ConlluSentence;

struct LemmaRule {
  uint32_t strip = 0;   // bytes removed from the end of the lowercased form
  std::string append;   // then appended
};

struct Lemmatizer {
  // Key: upos + '\t' + form.
  std::unordered_map<std::string, std::string> exceptions;
  // Key: upos + '\t' + suffix of the lowercased form.
  std::unordered_map<std::string, LemmaRule> suffix_rules;
};

// The lemma of `form` (one word, UTF-8) tagged `upos`. Never empty for a non-empty form.
std::string lemmatize(const Lemmatizer& lemmatizer, std::string_view form, std::string_view upos);

// Learns exceptions and suffix rules from the gold FORM/UPOS/LEMMA columns of `sentences`.
Lemmatizer train_lemmatizer(const std::vector<ConlluSentence>& sentences);

// lemma.tsv text (format above), and back. The error names `file` and the bad line.
std::string serialize_lemmatizer(const Lemmatizer& lemmatizer);
std::optional<corpus::InputError> parse_lemmatizer(std::string_view text, const std::string& file,
                                                   Lemmatizer* out);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_LEMMATIZER_H_
