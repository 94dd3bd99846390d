// Universal Dependencies parsing of English sentences: every token gets a head and a relation
// ("nsubj", "obj", "obl", "nmod", "appos", "compound", "flat", "amod", "conj", "ccomp", ...).
//
// Input: a Document whose tokens carry `upos` (extractor/pos_tagger.h), in sentences. Output:
// Token::head (a *document-level* token index, -1 for the root of its sentence) and
// Token::deprel (a UD v2 relation with its English subtype where UD has one: "nsubj:pass",
// "obl:tmod", "compound:prt", "acl:relcl", "nmod:poss", ...). Every sentence gets a tree: one
// root (deprel "root"), no cycles, every head inside the sentence.
//
//   DependencyParser parser;
//   if (auto err = load_dependency_parser(model_dir(), &parser)) { ...err->file... }
//   tag_pos(tagger, doc);
//   parse_dependencies(parser, doc);
//   // "Carney met Xi": tokens[0].head == 1, deprel "nsubj"; tokens[1].head == -1, "root"
//
// Method: a greedy transition-based parser with the arc-hybrid system (Kuhlmann, Gómez-Rodríguez
// & Satta 2011), an averaged perceptron over the rich feature set of Zhang & Nivre (2011, "
// Transition-based dependency parsing with rich non-local features": words, tags, distance,
// valency, children and their labels, label sets of s0/s1/b0; plus the UPOS tags each word had
// in training next to its predicted tag), trained with the dynamic oracle
// and exploration of Goldberg & Nivre (2013, "Training deterministic parsers with
// non-deterministic oracles"). Labels are predicted jointly with the transition.
// Non-projective trees: pseudo-projective parsing (Nivre & Nilsson 2005). Training trees are
// made projective by lifting the shortest non-projective arc to its grandparent until none is
// left, its label decorated with the relation of the head it left ("obl||ccomp", their "Head"
// encoding); after parsing, a decorated token is moved back down to the first node with that
// relation found breadth-first under its current head, and the decoration is dropped.
//
// Model: extractor/models/parser.bin (binary, header "newsgraph-parser 2"), trained by
// `newsgraph-train parse` on UD English EWT train + GUM train (CC BY-SA 4.0 / CC BY 4.0; see
// extractor/models/parser.md for the command, scores and attribution).
//
// Thread safety: a DependencyParser is immutable after loading; parse_dependencies() may run
// concurrently on different Documents with one shared DependencyParser.
#ifndef NEWSGRAPH_EXTRACTOR_DEP_PARSER_H_
#define NEWSGRAPH_EXTRACTOR_DEP_PARSER_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corpus/article.h"
#include "extractor/document.h"
#include "extractor/syntax_perceptron.h"

namespace newsgraph::extractor {

struct ConlluSentence;

struct DependencyParser {
  std::vector<std::string> labels;  // label index -> relation, possibly decorated "a||b"
  LinearModel model;                // classes: 0 SHIFT, 1+l LEFT-l, 1+L+l RIGHT-l
  // syntax_hash(normalised word) -> bitmask of the UPOS tags it had in training (words seen 3+
  // times), a feature that lets the parser doubt the tagger.
  std::unordered_map<uint64_t, uint32_t> word_classes;
};

// Loads `model_dir`/parser.bin. On error returns it with `file` naming the missing, truncated or
// wrong-version file; *out is then unspecified.
std::optional<corpus::InputError> load_dependency_parser(const std::string& model_dir,
                                                         DependencyParser* out);

// Fills head and deprel of every token of every sentence of `doc` from the tokens' text and
// upos (an empty upos is read as "X"). Cost: linear in the number of tokens.
// A dateline that opens a paragraph ("SAN FRANCISCO —", "PRETORIA, South Africa (Reuters) —",
// dateline_length()) is not parsed with the sentence it heads: the parser took the city for
// the subject ("SAN ... fired Sam Altman"). The words after the dash are parsed alone and the
// dateline hangs on their root: its first word by "dep", the others on that word ("flat",
// "punct" for punctuation).
void parse_dependencies(const DependencyParser& parser, Document& doc);

// The number of tokens of the dateline opening sentence `s`, its dash included, or 0: from
// the paragraph's first token, words in capitals ("SAN FRANCISCO"), then optionally a comma and
// capitalised words ("South Africa"), a parenthesised credit ("(Reuters)"), then a dash ("—",
// "–", "-", "--", "_"), all within 12 tokens and with words after the dash.
uint32_t dateline_length(const Document& doc, const Sentence& s);

// The word-level form: one sentence's words and UPOS tags -> heads (1-based within the
// sentence, 0 for the root) and relations, written to *heads and *deprels (resized to n).
void parse_words(const DependencyParser& parser, std::span<const std::string_view> words,
                 std::span<const std::string_view> upos, std::vector<int>* heads,
                 std::vector<std::string>* deprels);

// Pseudo-projective transformation of one tree (heads 1-based, 0 = root; labels as strings):
// lifts non-projective arcs until the tree is projective, decorating lifted labels "a||b".
// Returns the number of arcs lifted.
int projectivize(std::vector<int>* heads, std::vector<std::string>* labels);
// Undoes it on a parsed tree: moves each decorated token under the first node (breadth-first
// below its head) whose relation is the decoration, then drops every decoration.
void deprojectivize(std::vector<int>* heads, std::vector<std::string>* labels);

// Training on sentences with gold HEAD/DEPREL and UPOS (gold, or predicted ones that the caller
// put into the UPOS column). Single-threaded.
struct ParseTrainOptions {
  int epochs = 15;
  uint64_t seed = 1;
  int explore_from_epoch = 2;    // follow the model's own (possibly wrong) moves from this epoch
  double explore_probability = 0.9;
  int min_decorated_count = 2;   // rarer "a||b" labels are trained as plain "a"
  float prune = 1.0f;            // drop averaged weights smaller than this (size, speed)
};
DependencyParser train_dependency_parser(const std::vector<ConlluSentence>& train,
                                         const std::vector<ConlluSentence>& dev,
                                         const ParseTrainOptions& options,
                                         void (*progress)(const std::string& line));

// parser.bin bytes and back.
std::string serialize_dependency_parser(const DependencyParser& parser);
std::optional<corpus::InputError> parse_dependency_parser(std::string_view data,
                                                          const std::string& file,
                                                          DependencyParser* out);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_DEP_PARSER_H_
