// MEANTIME (Minard et al. 2016, LREC; CC BY 4.0): reading its CAT XML files and scoring the
// extractor's names, events, event participants, quote speakers and event dates against them.
//
// The format. A <Document> holds <token t_id sentence number> elements (no whitespace kept),
// then <Markables>: ENTITY_MENTION, EVENT_MENTION, TIMEX3 ... each an m_id over
// <token_anchor t_id> children; ENTITY and EVENT instances (no tokens; ENTITY has ent_type
// PER ORG LOC PRO FIN MIX, EVENT has class OTHER SPEECH_COGNITIVE GRAMMATICAL MIX); then
// <Relations>: REFERS_TO (mentions -> their instance), HAS_PARTICIPANT (event mention ->
// entity mention, sem_role Arg0 Arg1 ...), TLINK (reltype between events and timexes).
// The DCT is the value of the TIMEX3 whose functionInDocument is CREATION_TIME.
//
// The text. We rebuild it from the tokens (score_format.h join_tokens): the title (sentence 0)
// and the next sentence (the dateline) each end with a blank line, the body sentences are
// joined by one space. Every span below is in code points of that text.
//
// What is annotated. MEANTIME's document-level annotation covers the first sentences only
// (the title, the dateline and the first four body sentences: sentences 0..5); the cross-
// document files add mentions of cross-document instances further down. Scoring therefore
// counts gold and system items inside a region (MeantimeScoreOptions::sentences), so that
// unannotated text does not turn right answers into false positives.
//
// Thread safety: plain functions over values.
#ifndef NEWSGRAPH_TOOLS_EVAL_MEANTIME_FORMAT_H_
#define NEWSGRAPH_TOOLS_EVAL_MEANTIME_FORMAT_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/article.h"
#include "extractor/document.h"
#include "tools/eval/score_format.h"
#include "tools/eval/timeml.h"

namespace newsgraph::eval {

struct MeantimeToken {
  std::string text;
  int sentence = 0;
  CharSpan span;
};

// An ENTITY_MENTION with what its instance says about it.
struct MeantimeMention {
  std::string id;              // m_id
  CharSpan span;               // first token begin .. last token end
  CharSpan head;               // the tokens of the `head` attribute inside the span, else `span`
  int sentence = 0;            // sentence of the first token
  std::string syntactic_type;  // NAM, PRE.NAM, NOM, PRO, APP, CONJ ... or "" (cross-doc files)
  std::string instance;        // m_id of the ENTITY it REFERS_TO, or ""
  std::string type;            // that ENTITY's ent_type: PER ORG LOC PRO FIN MIX, or ""
};

struct MeantimeEvent {
  std::string id;
  CharSpan span;
  int sentence = 0;
  std::string event_class;                // class of its EVENT instance, or ""
  std::vector<std::string> anchor_values;  // TIMEX3 values it happens at or within (TLINK
                                           // IS_INCLUDED / SIMULTANEOUS / DURING, or the
                                           // timex INCLUDES it), in file order, distinct
};

struct MeantimeTimex {
  std::string id;
  CharSpan span;  // empty for the DCT, which has no tokens
  std::string type, value, function_in_document;
};

// A HAS_PARTICIPANT link whose target is an ENTITY_MENTION.
struct MeantimeParticipant {
  std::string event;    // EVENT_MENTION m_id
  std::string mention;  // ENTITY_MENTION m_id
  std::string role;     // sem_role: Arg0, Arg1, Arg2, Argm-LOC ...
};

struct MeantimeDocument {
  std::string path, id, name;
  std::string dct;   // "YYYY-MM-DD" or ""
  std::string text;  // rebuilt from the tokens
  std::vector<MeantimeToken> tokens;
  std::vector<MeantimeMention> mentions;
  std::vector<MeantimeEvent> events;
  std::vector<MeantimeTimex> timexes;
  std::vector<MeantimeParticipant> participants;
};

// Parses one MEANTIME XML file's content. Returns false and fills *error (file = `path`,
// offset = byte offset into `xml`) on malformed XML, a token_anchor naming no token, or a
// document without tokens.
bool parse_meantime(std::string_view xml, const std::string& path, MeantimeDocument* doc,
                    corpus::InputError* error);

// Reads and parses the file at `path`.
bool read_meantime(const std::string& path, MeantimeDocument* doc, corpus::InputError* error);

// The TIMEX3 gold of `doc` for the TempEval-3 counts of `newsgraph-eval timex`
// (tools/eval/timeml.h):
//   text      doc.text;  dct  doc.dct;  path  doc.path
//   gold      the TIMEX3s with tokens whose first token lies in sentences [0, sentences) (all
//             sentences when sentences <= 0), spans converted from code points to UTF-8 bytes
//             of `text`, sorted by begin. Left out: the CREATION_TIME timex (MEANTIME anchors
//             the DCT on the dateline; TempEval-3 does not score the DCT) and timexes without
//             tokens (implicit times, such as the start of a duration, that no text spells).
//   unscored  the dateline's span (the CREATION_TIME timex's tokens) and, when sentences > 0,
//             the text after the last token of sentence sentences-1: MEANTIME annotates only
//             the first sentences (see above), so a timex found there is neither right nor
//             wrong.
//   head      a minimal TimeML head (DOCID, the DCT) so that write_timeml gives a file the
//             TempEval-3 scorer reads.
TimemlDocument meantime_timeml(const MeantimeDocument& doc, int sentences = 6);

// Our entity type(s) for a MEANTIME ent_type: PER -> PERSON, ORG -> ORG, LOC -> GPE, LOC or
// FAC, PRO -> PRODUCT. FIN (financial entities) and MIX have no counterpart: empty.
std::vector<extractor::EntityType> meantime_entity_types(std::string_view ent_type);

struct MeantimeScoreOptions {
  int sentences = 6;  // score items whose first token is in sentences [0, sentences); <= 0: all
  bool examples = false;  // fill MeantimeScores::false_positives / false_negatives
};

// Every measure, summed over documents. See meantime_format.cpp score_meantime for the exact
// definitions; in short:
//   names_typed     gold NAM/PRE.NAM mentions of types PER ORG LOC PRO vs our mentions of
//                   mapped types; ours lies inside the gold extent and overlaps its head (the
//                   extents are noun phrases: "the United States", head "United States"), and
//                   the types are compatible. System mentions overlapping a FIN/MIX/untyped
//                   gold name, or of types MEANTIME lacks (NORP, EVENT, LAW, WORK_OF_ART,
//                   LANGUAGE), are not counted.
//   names_untyped   the same, types not compared.
//   names_exact     the same with exactly the gold extent (conlleval's criterion).
//   names_by_type   names_typed split by MEANTIME type (PER ORG LOC PRO).
//   events          gold EVENT_MENTIONs vs our event triggers; span overlap, one-to-one.
//   events_typed    the same with only our events of a contract type (type != "OTHER").
//   events_by_type  precision of our triggers per our type (gold column: 0).
//   events_by_class recall of gold events per MEANTIME class (pred column: 0).
//   participants    gold (event mention, participant entity) pairs vs our (event, argument
//                   or place entity) pairs: trigger overlaps the gold event and one of our
//                   entity's mentions overlaps the head of a mention of the gold participant's
//                   instance.
//   participants_named  the same, gold restricted to participants whose instance has a
//                   NAM/PRE.NAM mention in the document.
//   participants_role   participants with a compatible role: agent=Arg0, patient=Arg1,
//                   partner=Arg1|Arg2, recipient=Arg2, place=Argm-LOC.
//   quote_speakers  our quotes with an attribution cue vs gold SPEECH_COGNITIVE events with
//                   an Arg0 participant: the cue overlaps the gold event and one of the
//                   speaker entity's mentions overlaps the head of a mention of the Arg0's
//                   instance. MEANTIME does not mark quotations; a speech event without a
//                   quote ("Apple confirmed that ...") is still gold, so recall is a floor.
//   event_dates     our dated events matched (as in `events`) to a gold event, whose date is
//                   one of its gold anchor values; gold: gold events with an anchor value.
struct MeantimeScores {
  Counts names_typed, names_untyped, names_exact;
  std::map<std::string, Counts> names_by_type;
  Counts events, events_typed;
  std::map<std::string, Counts> events_by_type, events_by_class;
  Counts participants, participants_named, participants_role;
  Counts quote_speakers;
  Counts event_dates;
  int documents = 0;
  // With options.examples, one line per unmatched item of ours / of the gold, for names,
  // events, participants and quotes, and per wrong event date (false_positives only):
  // "<doc name> | <measure> | <text> [span) | <detail>".
  std::vector<std::string> false_positives, false_negatives;
};

// Adds to *scores the counts of the extractor's `doc`, built from gold.text (so that
// to_input() gives code points of gold.text), against `gold`.
void score_meantime(const MeantimeDocument& gold, const extractor::Document& doc,
                    const MeantimeScoreOptions& options, MeantimeScores* scores);

}  // namespace newsgraph::eval

#endif  // NEWSGRAPH_TOOLS_EVAL_MEANTIME_FORMAT_H_
