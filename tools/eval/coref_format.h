// GUM coreference (Zeldes 2017; CorefUD-style `Entity=` brackets in the MISC column of its
// CoNLL-U, see ../shared/data/gum/SOURCE.md): reading the mentions and scoring the anaphors
// our coref stage (extractor/coref.h) resolves against them.
//
// The format. Each word's MISC may hold `Entity=` followed by brackets: "(ID-type-..." opens a
// mention of entity ID at this word, "ID)" closes the innermost open mention of ID, and
// "(ID-type-...)" is a one-word mention: "Entity=(3-event-new-...(4-person-acc-...", then
// "Entity=4)3)" two words later. IDs are per document.
//
// The score. Anaphors are the words he, she, it, they, his, her, its, their (any case) that are
// a one-word gold mention, in "gold" when their gold entity also has a mention before them that
// contains one of our name mentions (a name our NER found: otherwise no name-linking resolver
// could be right). Each of our coref mentions is "correct" when its entity has a name mention
// that starts before the anaphor and lies inside a gold mention of the anaphor's gold entity
// (the innermost gold mention containing the anaphor). By kind ("he/she", "it", "they",
// "possessive", "role noun"): precision = correct / ours, recall = correct / gold. Role nouns
// have no gold count (GUM marks every noun phrase, not which ones are role nouns): precision
// only.
//
// Offsets: word indices over the document (Document token i = the i-th word, as
// conllu_to_document builds it). Errors: a malformed bracket is an InputError with the 1-based
// sentence and word. Thread safety: plain functions over values.
#ifndef NEWSGRAPH_TOOLS_EVAL_COREF_FORMAT_H_
#define NEWSGRAPH_TOOLS_EVAL_COREF_FORMAT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/article.h"
#include "extractor/conllu.h"
#include "extractor/document.h"
#include "tools/eval/score_format.h"

namespace newsgraph::eval {

// One gold mention: words [first_word, end_word) of the document, and its entity id.
struct GumMention {
  uint32_t first_word = 0, end_word = 0;
  std::string entity;
};

// Reads the Entity= brackets of one document's sentences. Mentions come in order of their
// closing. Errors: a close without an open, or a mention left open at the end of the document.
std::optional<corpus::InputError> read_gum_mentions(const std::vector<extractor::ConlluSentence>& sentences,
                                                    const std::string& file,
                                                    std::vector<GumMention>* out);

// The kind of an anaphor by its text: "he/she", "it", "they", "possessive", or "role noun".
std::string anaphor_kind(std::string_view text);

struct CorefScores {
  std::map<std::string, Counts> by_kind;  // tp = correct, pred = ours, gold = gold anaphors
  Counts pronouns;                        // every pronoun kind together
};

// Adds one document's counts: `doc` holds the gold words as tokens, our name mentions and our
// coref mentions (source "coref"). With `lines`, appends one "ok|wrong TEXT -> ENTITY NAME"
// line per coref mention of ours.
void score_coref(const std::vector<GumMention>& gold, const extractor::Document& doc,
                 CorefScores* scores, std::vector<std::string>* lines = nullptr);

}  // namespace newsgraph::eval

#endif  // NEWSGRAPH_TOOLS_EVAL_COREF_FORMAT_H_
