// Labelled NER corpora: reads the training and evaluation files of ../shared/data into
// sentences of words with gold entity spans, in one coarse label set.
//
// Formats (detected from the content with NerFormat::kAuto):
//   kConll     CoNLL-2003: "word POS chunk TAG" per line (space-separated; the tag is the last
//              column), blank line between sentences, "-DOCSTART-" lines separate documents
//              wherever they stand. Tags IOB1 or IOB2 (also BILOU/BIOES).
//   kTokenTag  "word<TAB>tag" (WNUT-17; WikiANN, whose "en:" word prefix is removed) or
//              "index<TAB>word<TAB>tag<TAB>..." (UNER), "#" comment lines, "# newdoc" starts
//              a document; blank line between sentences.
//   kConllu    CoNLL-U with GUM's Entity= annotation in the MISC column: named mentions only
//              (the mention's syntactic head is PROPN), trimmed to its proper nouns ("the
//              United States" -> "United States"); nesting keeps the outermost; one
//              document per "# newdoc". A mention that is more than a name ("John
//              FitzGibbon, 2nd Earl of Clare") is dropped and its sentence marked partial.
//
// Labels are mapped to the coarse set PER, ORG, LOC, MISC (coarse_ner_type): CoNLL's own;
// WNUT person/location/corporation/group/product/creative-work -> PER/LOC/ORG/ORG/MISC/MISC;
// GUM person/organization/place -> PER/ORG/LOC (GUM events and other types are dropped:
// GUM does not label nationalities or products, so a GUM file's label set is always LOC, ORG,
// PER, even for a document without a place).
// NerCorpus::label_set lists the coarse types the file annotates, so a scorer can ignore
// predictions of types the file never labels, and a trainer can treat them as unknown.
//
// Errors: content in none of the formats, a line with too few columns: InputError with the
// name and the 1-based line. Thread safety: pure functions.
#ifndef NEWSGRAPH_EXTRACTOR_NER_DATA_H_
#define NEWSGRAPH_EXTRACTOR_NER_DATA_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/article.h"
#include "extractor/document.h"

namespace newsgraph::extractor {

// A gold mention: words [first, end) of its sentence, coarse type "PER", "ORG", "LOC", "MISC".
struct NerSpan {
  uint32_t first = 0, end = 0;
  std::string type;
  friend bool operator==(const NerSpan&, const NerSpan&) = default;
};

struct NerSentence {
  std::vector<std::string> words;
  std::vector<NerSpan> spans;  // sorted, non-overlapping
  // Some names are not labelled (a GUM mention too loose to map to a name span): a trainer
  // should not count predictions over words outside `spans` as errors.
  bool partial = false;
  std::vector<std::string> upos;  // UD tags from CoNLL-U files, else empty
};

struct NerDocument {
  std::vector<NerSentence> sentences;
};

enum class NerFormat : uint8_t { kAuto, kConll, kTokenTag, kConllu };

struct NerCorpus {
  std::vector<NerDocument> documents;
  std::vector<std::string> label_set;  // coarse types labelled in the file, sorted
  // The file marks documents ("-DOCSTART-", "# newdoc"). Without markers (WikiANN, WNUT-17)
  // the whole file is one document, though its sentences are unrelated fragments or posts.
  bool document_markers = false;
  size_t sentence_count() const;
  size_t word_count() const;
};

// Which documents of `corpus` make its first half (1) or its second half (2), by sentence
// order: a document is in the first half when it starts before the middle sentence
// (sentence_count() / 2, counted from 0), so halves are whole documents (UNER EWT dev: sentences
// 1-1007 and 1008-2001). Used to tune on one half and hold out the other. `half` 0 selects every
// document. Returns one flag per document.
std::vector<bool> documents_in_half(const NerCorpus& corpus, int half);

// Maps a dataset's type name (without B-/I- prefix) to "PER", "ORG", "LOC", "MISC", or ""
// for a type outside the set (GUM "abstract", "time", ...).
std::string coarse_ner_type(std::string_view label);

// Guesses the format of `content` (its first non-comment lines).
NerFormat detect_ner_format(std::string_view content);

// Parses `content` (a whole file); `name` appears in errors.
std::optional<corpus::InputError> parse_ner_corpus(std::string_view content, const std::string& name,
                                                   NerFormat format, NerCorpus* out);
// Reads and parses a file; a missing file is an error naming it.
std::optional<corpus::InputError> read_ner_corpus(const std::string& path, NerFormat format, NerCorpus* out);

// Turns a tag sequence (IOB1, IOB2, BILOU or BIOES; "O" outside) into spans with raw type
// names (the part after "B-"). An I- tag after a different type or O starts a new span.
std::vector<NerSpan> spans_from_tags(const std::vector<std::string>& tags);

// A Document whose text is the words joined by single spaces (sentences by newlines), with
// one Token per word and one Sentence per sentence, for tagging gold-tokenised data.
Document document_from_ner(const NerDocument& ner);

// The spans of `mentions` in sentence `sentence` of `doc`, word ranges relative to the
// sentence, with coarse types ("GPE" -> "LOC", "NORP" -> "MISC": coarse_ner_type).
std::vector<NerSpan> sentence_spans(const Document& doc, uint32_t sentence);

// Exact-span counts per type and overall, as conlleval counts chunks.
struct NerCounts {
  int64_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? static_cast<double>(correct) / predicted : 0.0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};
struct NerScore {
  std::vector<std::pair<std::string, NerCounts>> by_type;  // sorted by type
  NerCounts overall;
  NerCounts& type(const std::string& t);
};
// Adds one sentence: a predicted span is correct when a gold span has the same words and type.
void add_ner_counts(const std::vector<NerSpan>& gold, const std::vector<NerSpan>& predicted, NerScore* score);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_NER_DATA_H_
