// The statistical named-entity tagger: finds names of people, organisations, places,
// nationalities and events in a segmented Document.
//
// Method: a linear-chain model over BILOU tags with exact Viterbi decoding, trained as an
// averaged perceptron (ner_perceptron.h) on hashed features of the words, their shapes,
// affixes, a +-2 window, gazetteer hits and word clusters (ner_features.h); a second stage
// re-tags the document with the first stage's labels of the same word elsewhere in the
// document as extra features (Ratinov and Roth 2009's non-local features). The model
// predicts the types of its training data (CoNLL-2003: PER ORG LOC MISC); tag_entities maps
// them to the contract's OntoNotes types with the gazetteer:
//   a name of a sea or of a feature at sea or in the wild, whatever the model said but MISC
//          ("Sabina Shoal", "Taiwan Strait", "Strait of Hormuz", "Bay of Bengal") -> LOC, or
//          GPE when a country or town is so named ("Isle of Man");
//   PER -> PERSON; ORG -> ORG;
//   LOC -> GPE for countries, subdivisions and cities and by default, LOC for regions and
//          names ending in a landform ("River", "Sea"), FAC for names ending in a facility
//          head ("Airport", "Hall", "Stadium");
//   MISC -> NORP for demonyms and religious/political groups ("Canadian", "Muslims"), EVENT
//          for names ending in an event head ("World Cup", "Olympics"), LAW for "... Act",
//          else NORP for one capitalised word ending like a demonym (-an, -ese, -ish, -i),
//          else PRODUCT.
// Every tagged span is kept; types are only renamed, so CoNLL scoring maps them back
// (GPE/LOC/FAC -> LOC, NORP/EVENT/LAW/PRODUCT/... -> MISC) without loss, except the feature
// names above, which the model's PER or ORG becomes LOC.
//
// Training data and licence: the shipped models (extractor/models/ner.model and
// ner_stage2.model) are trained by `newsgraph-train ner` on CoNLL-2003 English train (Reuters
// RCV1; research use only, so the models are for research use too), the GUM train
// documents of its openly licensed genres (CC BY / CC BY-SA: academic, bio, conversation,
// court, interview, news, speech, textbook, vlog, voyage), WikiANN English train (Wikipedia,
// silver labels, research use) and WNUT-17 train (CC BY 4.0), with domain-aware features
// (Daume III 2007; tools/train/train_ner.cpp, NER_MODELS.md); the word clusters
// (ner_clusters.txt) come from unlabelled text including LDC newswire (research use). The
// gazetteer carries its own attribution (gazetteer.h). README gives the exact commands.
//
//   NerTagger tagger;
//   if (auto err = load_ner_tagger(NEWSGRAPH_MODEL_DIR, &tagger)) { ... err->file ... }
//   tag_entities(tagger, doc);   // doc.tokens, doc.sentences -> doc.mentions
//
// Thread safety: NerTagger is immutable after loading; share one across threads and call
// tag_entities concurrently on different Documents.
#ifndef NEWSGRAPH_EXTRACTOR_NER_TAGGER_H_
#define NEWSGRAPH_EXTRACTOR_NER_TAGGER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/article.h"
#include "extractor/document.h"
#include "extractor/gazetteer.h"
#include "extractor/ner_features.h"
#include "extractor/ner_perceptron.h"

namespace newsgraph::extractor {

struct NerTagger {
  NerModel model;   // first stage: local features only
  NerModel second;  // second stage (labels empty when absent): also the first stage's labels
  Gazetteer gazetteer;
  WordClusters clusters;
  // Both stages' weights in one table (rows of 2 x labels: first stage, then second), so
  // that tagging probes each feature once; built by join_ner_stages (load_ner_tagger calls
  // it). When empty, tag_entities reads the two models separately, with the same result.
  NerModel joint;
  bool two_stage() const { return !second.keys.empty(); }
};

// Builds tagger->joint from tagger->model and tagger->second (clears it for one stage).
void join_ner_stages(NerTagger* tagger);

// File names inside the model directory.
inline constexpr const char* kNerModelFile = "ner.model";
inline constexpr const char* kNerStage2File = "ner_stage2.model";
inline constexpr const char* kNerClustersFile = "ner_clusters.txt";
inline constexpr const char* kGazetteerFile = "gazetteers/gazetteer.tsv";

// Loads `model_dir`/ner.model, `model_dir`/gazetteers/gazetteer.tsv and, when present,
// `model_dir`/ner_stage2.model and `model_dir`/ner_clusters.txt (lines "path<TAB>word"). A missing, truncated or wrong-version
// file, or a model trained with another feature set, is an error naming the file; `out` is
// then left empty.
std::optional<corpus::InputError> load_ner_tagger(const std::string& model_dir, NerTagger* out);

// Reads a word-cluster file ("bitpath<TAB>word[<TAB>count]" per line, as wcluster writes).
std::optional<corpus::InputError> load_word_clusters(const std::string& path, WordClusters* out);

// The first-stage BILOU label of every token of `doc` (tokens outside sentences get 0).
std::vector<int> first_stage_labels(const NerTagger& tagger, const Document& doc);

// Tags doc.tokens sentence by sentence and replaces doc.mentions with the entities found:
// sorted by begin, non-overlapping, within one sentence each, source "model", confidence in
// [0.5, 1] from the Viterbi max-marginal gap of the least certain token (1 / (1 + e^-gap/4)).
// Token::upos is not used. A document without sentences gets no mentions. Linear time and
// memory in the number of tokens; nothing is truncated. A one-token span that is an address or
// a file name (is_address_or_file_name) is not a mention: web text's "Lisa_resume.doc" and
// "kim@example.org" were tagged LOC/ORG (UNER EWT dev, 15 of 1,113 mentions found, all wrong).
void tag_entities(const NerTagger& tagger, Document& doc);

// Whether one token is an e-mail address ("name@host.tld": an "@" with a dotted host after it;
// Lotus Notes' "Jo Smith@ENRON" has no dot and stays a name), a URL ("http://...", "https://...",
// "www....") or a file name (a stem and a document, image or archive extension: ".doc", ".pdf",
// ".xls", ".jpg", ".zip", ... any case). Web sites named by their domain ("example.com") are not
// matched: they are organisations as often as not. Pure; ASCII case-folding of UTF-8 bytes.
bool is_address_or_file_name(std::string_view word);

// The OntoNotes type of a span the model labelled `model_type` ("PER", "LOC", "MISC", ...),
// from its words (tokens separated by single spaces); the rules are in the header comment.
EntityType refine_entity_type(const Gazetteer& gazetteer, std::string_view model_type,
                              const std::vector<std::string_view>& words);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_NER_TAGGER_H_
