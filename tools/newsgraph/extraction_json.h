// The extraction JSON of ../shared/spec/interface.md section 3: one function from an Article
// and its Document to the JSON object `newsgraph extract --json` prints (and `ingest --json`
// and the tests reuse).
//
// Shape (exactly the contract; extra fields are marked +):
//   {"article": {"id", "title", "date" (or null), "source" (or null), "url" (or null)},
//    "sentences": [{"index", "start", "end"}],
//    "entities": [{"id": "E1", "name", "type", "aliases", "kb" (or null),
//                  "mentions": [{"start", "end", "text", "sentence"}]}],
//    "timexes": [{"start", "end", "text", "type", "value", "sentence", +"mod", +"anchor"}],
//    "relations": [{"subject": "E1", "predicate", "object": "E2" or a literal ("Prime
//                   Minister"), "sentence", "confidence", "evidence": {"start", "end"},
//                   +"negated", +"hedged", +"former" (a past role: "former President X"),
//                   each true or false, +"extractor" (the pattern, extractor/relations.h)}],
//    "events": [{"id": "V1", "type", "cameo" (or null), "trigger": {"start", "end", "text"},
//                "sentence", "time": {"value", "timex"} or null, "participants":
//                [{"entity": "E1", "role"}], "place": "E4" or null, +"negated", +"hedged"
//                (true or false)}],
//    "quotes": [{"speaker": "E3" or null, "text", "start", "end", "sentence", +"cue"}],
//    +"negated_events": [events as above, each with "negated": true]}
// A negated event ("did not meet", "has not apologized") is not in "events": it did not take
// place, and a reader of the contract's fields would take it for one. It is kept, with the id
// it would have had, under "negated_events" (so "events" ids may skip a number). Hedged events
// ("may visit") stay in "events" with "hedged": true.
// Offsets are Unicode code points into the article text as read (Article::text), half-open;
// `text` fields are exactly those spans of it. Entity ids follow Document::entities order
// (E1 = entities[0]); `timex` is an index into "timexes". Mentions that no entity claims are
// left out (the contract lists mentions under their entity).
//
// Thread safety: pure function.
#ifndef NEWSGRAPH_TOOLS_NEWSGRAPH_EXTRACTION_JSON_H_
#define NEWSGRAPH_TOOLS_NEWSGRAPH_EXTRACTION_JSON_H_

#include <nlohmann/json.hpp>

#include "corpus/article.h"
#include "extractor/document.h"

namespace newsgraph::cli {

nlohmann::ordered_json extraction_json(const corpus::Article& article, const extractor::Document& doc);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_TOOLS_NEWSGRAPH_EXTRACTION_JSON_H_
