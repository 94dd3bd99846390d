// The Document: everything the extractor finds in one article, in plain structs.
//
// Every extractor stage is a free function that reads some fields of a Document and fills
// others (spaCy's pipeline of small components over one document):
//
//   normalise   text, offsets                       extractor/text.h
//   segment     sentences, tokens                   extractor/tokenize.h
//   tag/parse   Token::upos, lemma, head, deprel    extractor/pos_tagger.h, extractor/parser.h
//   ner         mentions                            extractor/ner.h
//   alias       entities (names and short forms)    extractor/alias.h
//   coref       mentions of pronouns, role nouns    extractor/coref.h
//   timex       timexes                             extractor/timex.h
//   relations   relations                           extractor/relations.h
//   events      events                              extractor/events.h
//   quotes      quotes                              extractor/quotes.h
//
// Offsets. Inside the extractor every span is a half-open [begin, end) range of UTF-8 *byte*
// offsets into Document::text, the NFC-normalised text. At the edges (JSON, the store) spans
// are Unicode *code-point* offsets into the text as it was read; Document::offsets converts
// (extractor/text.h), in that one place.
//
// Indices. Token, sentence, mention, entity and timex references are indices into the
// Document's vectors (int32_t, -1 for "none"). The vectors are sorted by begin offset.
#ifndef NEWSGRAPH_EXTRACTOR_DOCUMENT_H_
#define NEWSGRAPH_EXTRACTOR_DOCUMENT_H_

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extractor {

// A half-open range of UTF-8 byte offsets into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

// One token. `upos`, `lemma`, `head`, `deprel` are filled by the syntax stages (empty / -1
// until then). `head` is a document-level token index, -1 for the root of its sentence.
struct Token {
  Span span;
  std::string upos;    // Universal POS tag (UD v2): "PROPN", "VERB", ...
  std::string xpos;    // language-specific tag (Penn Treebank for English), may be empty
  std::string lemma;
  int32_t head = -1;
  std::string deprel;  // UD relation: "nsubj", "obj", "appos", ...
  bool space_after = true;
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // index of the first token
  uint32_t end_token = 0;    // one past the last token
};

// OntoNotes 5 named-entity types (Weischedel et al. 2013), the subset the contract uses.
enum class EntityType : uint8_t {
  kPerson, kOrg, kGpe, kLoc, kNorp, kFac, kEvent, kProduct, kLaw, kWorkOfArt, kLanguage,
};
inline constexpr int kEntityTypeCount = 11;
std::string_view entity_type_name(EntityType t);  // "PERSON", "ORG", ...
// "PERSON" -> kPerson; also accepts CoNLL's PER/LOC; nullopt for anything else.
std::optional<EntityType> parse_entity_type(std::string_view name);

// A span of text that names an entity.
struct Mention {
  Span span;
  uint32_t sentence = 0;
  uint32_t first_token = 0, end_token = 0;  // token range [first_token, end_token)
  EntityType type = EntityType::kPerson;
  int32_t entity = -1;       // index into Document::entities, set by the alias stage
  float confidence = 1.0f;   // the tagger's score in [0, 1]
  std::string source;        // which stage found it: "model", "gazetteer", "rule", or "coref"
                             // for an anaphor ("he", "the company"; extractor/coref.h)
};

// A country and what decided it (extractor/country_context.h).
struct CountryEvidence {
  std::string country;   // ISO 3166-1 alpha-2 ("KR"); empty when unclear or not stated
  std::string source;    // "dateline", "named", "stated"; empty when none
  std::string evidence;  // the text that decided, for people: "SEOUL", "KR x3, JP x1", "South Korea 's"
};

// A discourse entity: the mentions of one thing in one article (in-article coreference).
struct Entity {
  std::string name;                  // canonical name: the longest proper-name mention, titles stripped
  EntityType type = EntityType::kPerson;
  std::vector<std::string> aliases;  // distinct surface forms, titles stripped, name included
  std::vector<uint32_t> mentions;    // indices into Document::mentions, in text order
  std::string kb;                    // knowledge-base id (e.g. Wikidata "Q42") or empty
  CountryEvidence country;           // ORG only: the country the article states for it, or empty
};

// TIMEX3 (ISO-TimeML, Pustejovsky et al. 2010).
enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };
std::string_view timex_type_name(TimexType t);  // "DATE", "TIME", "DURATION", "SET"

// Where a timex value came from: the text alone ("October 2025"), or the text resolved
// against the DCT ("on Friday"), or another timex of the text ("two days later").
enum class TimexAnchor : uint8_t { kText, kDct, kTimex };

struct Timex {
  Span span;
  uint32_t sentence = 0;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: "2026-01-16", "2025-10", "P8Y", "PAST_REF", "XXXX-10"
  std::string mod;    // TIMEX3 mod: "", "START", "MID", "END", "APPROX", "BEFORE", "AFTER"
  TimexAnchor anchor = TimexAnchor::kText;
};

// A binary relation. Typed predicates ("leader_of", ...) or open ones ("rel:<lemma>").
// The object is an entity, or a literal (position_held: "Prime Minister").
struct Relation {
  int32_t subject = -1;        // entity index
  std::string predicate;
  int32_t object = -1;         // entity index, or -1 when `object_literal` is used
  std::string object_literal;
  uint32_t sentence = 0;
  Span evidence;               // the text that supports the relation
  float confidence = 1.0f;
  bool negated = false;        // "did not meet"
  bool hedged = false;         // "may sign"
  // A past role or tie, no longer current: "former President Jair Bolsonaro", "Calhoun" in
  // "Ortberg replaced Calhoun as chief executive", "who was foreign minister until September".
  bool former = false;
  std::string extractor;       // which rule or model produced it ("title", "appos", "dep")
};

struct EventArgument {
  int32_t entity = -1;   // entity index
  std::string role;      // "agent", "patient", "partner", "recipient"
};

// An event: a trigger word and its arguments. `type` and `cameo` follow the contract's table
// (CAMEO root codes, Gerner et al. 2002); cameo is empty where the type has none.
struct Event {
  std::string type;     // "MEET", "VISIT", "ARREST", ...
  std::string cameo;    // "04", ... or empty
  Span trigger;
  uint32_t sentence = 0;
  int32_t timex = -1;   // index of the timex that dates it, or -1
  std::string date;     // TIMEX3 value of its date, or empty when undated
  std::vector<EventArgument> arguments;
  int32_t place = -1;   // entity index of the place, or -1
  bool negated = false;
  bool hedged = false;
};

// A quotation and who said it.
struct Quote {
  int32_t speaker = -1;  // entity index, -1 when unknown
  Span span;             // the quoted text, without the quote marks
  uint32_t sentence = 0;
  Span cue;              // the attribution ("Xi said"), may be empty
};

// Maps byte offsets of the normalised text back to code-point offsets of the input text.
// Built by normalise() (extractor/text.h); see there for the contract.
struct OffsetMap {
  // to_input[b] = input code-point offset for normalised byte offset b; size text.size()+1.
  std::vector<uint32_t> to_input;
  uint32_t input_code_point(uint32_t byte) const { return to_input.at(byte); }
};

struct Document {
  // Metadata, copied from the Article.
  std::string id, title, source, url, path;
  std::optional<std::chrono::year_month_day> dct;  // publication date, if known

  std::string text;   // NFC-normalised UTF-8
  OffsetMap offsets;  // normalised byte -> input code point

  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Timex> timexes;
  std::vector<Relation> relations;
  std::vector<Event> events;
  std::vector<Quote> quotes;
  CountryEvidence country;                  // the article's country context (country_context.h)
  std::vector<std::string> named_countries; // ISO codes of every country it names, sorted

  std::string_view slice(Span s) const { return std::string_view(text).substr(s.begin, s.size()); }
};

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_DOCUMENT_H_
