#include "extractor/pipeline.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "extractor/alias.h"
#include "extractor/coref.h"
#include "extractor/country_context.h"
#include "extractor/dep_parser.h"
#include "extractor/event_dating.h"
#include "extractor/events.h"
#include "extractor/lexicon.h"
#include "extractor/ner.h"
#include "extractor/pos_tagger.h"
#include "extractor/quotes.h"
#include "extractor/relations.h"
#include "extractor/text.h"
#include "extractor/timex.h"
#include "extractor/tokenize.h"

namespace newsgraph::extractor {

// The loaded models of every stage. Stages are added here as they land.
struct PipelineModels {
  Segmenter segmenter = make_segmenter();
  TimexTagger timex = make_timex_tagger();
  Lexicon lexicon;  // team-written word lists: titles, places, demonyms, triggers
  PosTagger pos;            // UPOS + lemmas (UD English EWT + GUM)
  DependencyParser parser;  // arc-hybrid transition parser, UD relations
  NerTagger ner;    // the statistical tagger (averaged perceptron) and its gazetteer
};

std::string model_dir() {
  if (const char* env = std::getenv("NEWSGRAPH_MODELS"); env && *env) return env;
  return NEWSGRAPH_MODEL_DIR;
}

std::string extractor_version() { return std::string("newsgraph-") + NEWSGRAPH_VERSION; }

std::optional<corpus::InputError> load_pipeline(const std::string& dir, Pipeline* pipeline) {
  auto models = std::make_shared<PipelineModels>();
  if (auto error = load_lexicon(dir, &models->lexicon)) return error;
  if (auto error = load_ner_tagger(dir, &models->ner)) return error;
  complete_lexicon(models->ner.gazetteer, &models->lexicon);
  if (auto error = load_pos_tagger(dir, &models->pos)) return error;
  if (auto error = load_dependency_parser(dir, &models->parser)) return error;
  pipeline->models = std::move(models);
  return std::nullopt;
}

namespace {

// Parses "YYYY-MM-DD" (a longer ISO 8601 timestamp is cut to its date).
std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  auto ok = [](std::string_view part, auto& out) {
    auto r = std::from_chars(part.data(), part.data() + part.size(), out);
    return r.ec == std::errc() && r.ptr == part.data() + part.size();
  };
  if (!ok(s.substr(0, 4), y) || !ok(s.substr(5, 2), m) || !ok(s.substr(8, 2), d))
    return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                  std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

}  // namespace

bool extract(const Pipeline& pipeline, const corpus::Article& article, Document* doc,
             corpus::InputError* error) {
  *doc = Document{};
  doc->id = article.id;
  doc->title = article.title;
  doc->source = article.source;
  doc->url = article.url;
  doc->path = article.path;
  if (!article.date.empty()) {
    doc->dct = parse_iso_date(article.date);
    if (!doc->dct) {
      *error = {"bad date '" + article.date + "' (want YYYY-MM-DD)", article.path, -1,
                article.line};
      return false;
    }
  }
  if (!normalise_text(article.text, &doc->text, &doc->offsets, error)) {
    error->file = article.path;
    error->line = article.line;
    if (error->offset >= 0) error->offset += article.text_offset;  // an offset into the file
    return false;
  }
  const PipelineModels& m = *pipeline.models;
  segment(m.segmenter, *doc);
  tag_pos(m.pos, *doc);
  parse_dependencies(m.parser, *doc);
  recognise_entities(m.ner, m.lexicon, *doc);
  resolve_aliases(m.lexicon, *doc);
  resolve_coreference(m.lexicon, *doc);
  tag_timexes(m.timex, *doc);
  extract_relations(m.lexicon, *doc);
  assign_countries(m.ner.gazetteer, m.lexicon, *doc);
  extract_events(m.lexicon, *doc);
  date_events(*doc);
  merge_repeated_events(*doc);
  date_events(*doc);  // a sentence whose events merged into one may now date it (rule 2)
  merge_coreferent_events(*doc);
  extract_quotes(m.lexicon, *doc);
  return true;
}

}  // namespace newsgraph::extractor
