// The extraction pipeline: Article -> Document.
//
// A Pipeline holds every model, gazetteer and lexicon the stages need. It is loaded once
// (load_pipeline) and is immutable afterwards: share one Pipeline across threads and call
// extract() concurrently, one Document per call.
//
// The stages run in this order, each a free function over the Document (extractor/document.h):
//   normalise -> segment -> tag_pos -> parse -> recognise entities -> resolve aliases ->
//   tag timexes -> relations -> country context (country_context.h) -> events -> quotes
//
//   Pipeline p;
//   if (auto err = load_pipeline(model_dir(), &p)) { ...report err->message... }
//   Document doc;
//   corpus::InputError error;
//   if (!extract(p, article, &doc, &error)) { ...report error, go on with the next article... }
#ifndef NEWSGRAPH_EXTRACTOR_PIPELINE_H_
#define NEWSGRAPH_EXTRACTOR_PIPELINE_H_

#include <memory>
#include <optional>
#include <string>

#include "corpus/article.h"
#include "extractor/document.h"

namespace newsgraph::extractor {

struct PipelineModels;  // defined in pipeline.cpp: the loaded models of every stage

struct Pipeline {
  std::shared_ptr<const PipelineModels> models;
};

// The folder of shipped models and gazetteers: $NEWSGRAPH_MODELS if set, else the
// extractor/models folder of the source tree this binary was built from.
std::string model_dir();

// Loads every model from `dir`. Returns nullopt on success, else the error (its `file` names
// the model file that is missing, truncated or of the wrong version). Not thread-safe with
// itself; the Pipeline it fills is read-only and thread-safe afterwards.
std::optional<corpus::InputError> load_pipeline(const std::string& dir, Pipeline* pipeline);

// Runs every stage on `article`. On success fills *doc (any previous content is replaced) and
// returns true. On bad input (invalid UTF-8 with its byte offset, empty text, a bad date)
// returns false and fills *error; *doc is then unspecified. Thread-safe.
bool extract(const Pipeline& pipeline, const corpus::Article& article, Document* doc,
             corpus::InputError* error);

// The version string stored with every fact as its provenance, e.g. "newsgraph-0.1.0".
std::string extractor_version();

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_PIPELINE_H_
