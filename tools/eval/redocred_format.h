// Re-DocRED (Tan et al. 2022, EMNLP; on DocRED, Yao et al. 2019, ACL; MIT licence, Wikipedia
// text CC BY-SA): reading its JSON and scoring our typed relations against its Wikidata-
// property triples at the entity level.
//
// The format. A JSON list of documents: `title`, `sents` (lists of tokens), `vertexSet` (the
// entities; each a list of mentions {name, sent_id, pos: [first token, end token), type}) and
// `labels` ({h, t: vertex indices, r: Wikidata property id, evidence}).
//
// The text. Sentences rebuilt from their tokens (score_format.h join_tokens) and joined by one
// space, as the lead paragraph they came from; the title is not part of the text. Spans are in
// code points of that text.
//
// The mapping. Only the properties below are scored; all other labels are ignored. A gold
// (head, r, tail) becomes our (subject, predicate, object), reversed where Wikidata's direction
// is the opposite of ours:
//   leader_of        P35 head of state, P6 head of government, P488 chairperson (reversed:
//                    Wikidata says (country, P35, person), we say (person, leader_of, country))
//   position_held    P39            works_for  P108        member_of  P463
//   citizen_of       P27            located_in P131, P276, P17 (country), P150 (reversed:
//                    "contains the administrative territorial entity", the inverse of P131)
//   headquartered_in P159           part_of    P361, P527 (reversed: "has part")
//   spouse           P26 (symmetric) founded_by P112       owned_by   P127
// Gold triples that become the same (subject, predicate, object) count once.
//
// The match. Our entity matches a gold vertex when one of our mentions has exactly the span of
// one of the vertex's mentions, or when the normalised text (normalise_name) of one of our
// mentions or aliases equals that of one of the vertex's mention names (pronouns match by
// span only: by name "he" would match every vertex with a "He"). A position_held literal
// matches by normalised name. An entity the extractor added without mentions (the country of
// a nationality adjective: "Italian singer" -> Italy) matches through the NORP mentions inside
// the relation's evidence, as Re-DocRED's vertex for the country is often the adjective
// itself. A triple of ours matches a gold one when the predicates are equal
// and subject and object match (either order for spouse); one-to-one. Negated relations ("did
// not meet") are not claims and are not counted; hedged ones are.
//
// Thread safety: plain functions over values.
#ifndef NEWSGRAPH_TOOLS_EVAL_REDOCRED_FORMAT_H_
#define NEWSGRAPH_TOOLS_EVAL_REDOCRED_FORMAT_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/article.h"
#include "extractor/document.h"
#include "tools/eval/score_format.h"

namespace newsgraph::eval {

struct RedocredMention {
  std::string name;
  std::string type;  // PER ORG LOC TIME NUM MISC
  CharSpan span;
};

struct RedocredLabel {
  int head = 0, tail = 0;  // indices into RedocredDocument::vertices
  std::string property;    // "P17", ...
};

struct RedocredDocument {
  std::string title;
  std::string text;
  std::vector<std::vector<RedocredMention>> vertices;
  std::vector<RedocredLabel> labels;
};

// Parses the Re-DocRED JSON list in `json`. Returns false and fills *error (file = `path`;
// offset = byte offset of a JSON syntax error, else -1; message names the document index)
// on bad JSON, a missing field, or a mention or label that points outside its document.
bool parse_redocred(std::string_view json, const std::string& path,
                    std::vector<RedocredDocument>* docs, corpus::InputError* error);

// Reads and parses the file at `path`.
bool read_redocred(const std::string& path, std::vector<RedocredDocument>* docs,
                   corpus::InputError* error);

// One row of the mapping: gold (h, property, t) is our (h, predicate, t), or (t, predicate, h)
// when `reversed`.
struct PropertyMapping {
  std::string_view property;
  std::string_view predicate;
  bool reversed = false;
};

// The mapping above, in the order it is documented.
const std::vector<PropertyMapping>& property_mappings();

struct RedocredScoreOptions {
  bool country = true;    // score P17 (country) as located_in
  bool examples = false;  // fill RedocredScores::false_positives / false_negatives
};

struct RedocredScores {
  Counts overall;
  Counts entity_objects;  // overall without position_held, whose object is a title literal;
                          // Re-DocRED marks P39 only where the position is an entity vertex
                          // ("Prime Minister of Canada"), rarely for a bare title ("President")
  std::map<std::string, Counts> by_predicate;  // our predicate
  std::map<std::string, Counts> by_property;   // recall only: gold triples that came from the
                                               // property, and how many of them were found;
                                               // pred stays 0
  int64_t arguments_gold = 0;   // distinct gold vertices in scored triples
  int64_t arguments_found = 0;  // ... that one of our entities matches
  int documents = 0;
  // With options.examples, one line per unmatched triple of ours / of the gold:
  //   "<title> | <subject> | <predicate> | <object> | <evidence or properties>"
  std::vector<std::string> false_positives, false_negatives;
};

// Adds to *scores the counts of `doc`, extracted from gold.text, against `gold`.
void score_redocred(const RedocredDocument& gold, const extractor::Document& doc,
                    const RedocredScoreOptions& options, RedocredScores* scores);

}  // namespace newsgraph::eval

#endif  // NEWSGRAPH_TOOLS_EVAL_REDOCRED_FORMAT_H_
