// CoNLL-U: the Universal Dependencies file format (https://universaldependencies.org/format.html),
// read for training and evaluation, written so that a user can check Newsgraph's syntax with the
// usual UD tools (the CoNLL 2018 shared task scorer, UDPipe, displaCy, ...).
//
// A CoNLL-U file is a sequence of sentences separated by blank lines; each sentence is a block of
// `#` comment lines followed by one line per word with 10 TAB-separated columns
//   ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
// Reading keeps the syntactic *words* (integer IDs); multiword-token range lines ("3-4 don't")
// and empty nodes ("8.1") are skipped, as the CoNLL 2018 scorer does when it scores words
// (a range line only lends its SpaceAfter to its words). Writing writes words only.
//
//   std::vector<ConlluSentence> sentences;
//   if (auto err = read_conllu_file("en_ewt-ud-dev.conllu", &sentences)) { ...err->message... }
//   Document doc = conllu_to_document(sentences);   // gold tokens, syntax fields cleared
//   ...tag_pos / parse_dependencies...
//   std::string out = to_conllu(doc);                // predicted CoNLL-U
//
// Offsets: none here; Document spans are UTF-8 byte offsets into Document::text (document.h).
// Errors: malformed lines are an InputError naming the file and the 1-based line.
// Thread safety: free functions over values; no shared state.
#ifndef NEWSGRAPH_EXTRACTOR_CONLLU_H_
#define NEWSGRAPH_EXTRACTOR_CONLLU_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/article.h"
#include "extractor/document.h"

namespace newsgraph::extractor {

// One syntactic word of a CoNLL-U sentence. `head` is 1-based within the sentence, 0 for the
// root, -1 when the file has "_" there. Other columns keep the file's text ("_" for empty).
struct ConlluWord {
  std::string form, lemma, upos, xpos, feats;
  int head = -1;
  std::string deprel, deps, misc;
  // False when MISC has SpaceAfter=No, and for every word of a multiword token but the last
  // (which takes the multiword token's SpaceAfter).
  bool space_after = true;
};

struct ConlluSentence {
  std::string sent_id;                // from "# sent_id = ...", may be empty
  std::string text;                   // from "# text = ...", may be empty
  std::vector<ConlluWord> words;
};

// Parses CoNLL-U text. `file` is only used in error messages. On error returns it and leaves
// *out with the sentences read so far.
std::optional<corpus::InputError> parse_conllu(std::string_view text, const std::string& file,
                                               std::vector<ConlluSentence>* out);

// Reads a whole file (appends to *out). Errors: unreadable file, or a malformed line.
std::optional<corpus::InputError> read_conllu_file(const std::string& path,
                                                   std::vector<ConlluSentence>* out);

// Reads every path in `paths` (appends to *out): a file, or a directory whose *.conllu files are
// read in name order. Files whose name starts with one of `exclude_prefixes` are skipped (e.g.
// "GUM_fiction_" to leave out a genre whose licence does not fit).
std::optional<corpus::InputError> read_conllu_paths(const std::vector<std::string>& paths,
                                                    const std::vector<std::string>& exclude_prefixes,
                                                    std::vector<ConlluSentence>* out);

// Builds a Document whose text is the sentences' words joined by single spaces (none where
// SpaceAfter=No, a newline between sentences), with one Token per word and one Sentence per
// sentence. Syntax fields (upos, xpos, lemma, head, deprel) are left empty / -1: this is the
// "gold tokens" input of an evaluation. Sentence ids become nothing: Document has no field.
Document conllu_to_document(const std::vector<ConlluSentence>& sentences);

// Writes a Document as CoNLL-U: per sentence "# sent_id = N" (1-based) and "# text = ...", then
// one line per token with 1-based ids within the sentence, HEAD from Token::head (0 for the
// root; "_" when the parser has not run), "_" for empty fields, and SpaceAfter=No in MISC where
// Token::space_after is false. Ends with a blank line after each sentence.
std::string to_conllu(const Document& doc);

// Writes sentences back as CoNLL-U (comments sent_id and text, then the 10 columns).
std::string write_conllu(const std::vector<ConlluSentence>& sentences);

// The universal part of a UD relation, as the CoNLL 2018 scorer compares it for LAS:
// "nsubj:pass" -> "nsubj", "obj" -> "obj".
std::string_view universal_deprel(std::string_view deprel);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_CONLLU_H_
