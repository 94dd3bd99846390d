#include "extractor/pipeline.h"

#include <charconv>
#include <cstdlib>

namespace newsgraph::extractor {

// The loaded models of every stage. Stages are added here as they land.
struct PipelineModels {};

std::string model_dir() {
  if (const char* env = std::getenv("NEWSGRAPH_MODELS"); env && *env) return env;
  return NEWSGRAPH_MODEL_DIR;
}

std::string extractor_version() { return std::string("newsgraph-") + NEWSGRAPH_VERSION; }

std::optional<corpus::InputError> load_pipeline(const std::string&, Pipeline* pipeline) {
  pipeline->models = std::make_shared<PipelineModels>();
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

bool extract(const Pipeline&, const corpus::Article& article, Document* doc,
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
  if (article.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    *error = {"empty text", article.path, -1, article.line};
    return false;
  }
  // TEMPORARY until extractor/text.h lands: the text as read, an identity offset map for ASCII.
  doc->text = article.text;
  doc->offsets.to_input.resize(doc->text.size() + 1);
  uint32_t cp = 0;
  for (size_t i = 0; i <= doc->text.size(); ++i) {
    doc->offsets.to_input[i] = cp;
    if (i < doc->text.size() && (static_cast<unsigned char>(doc->text[i]) & 0xC0) != 0x80) ++cp;
  }
  return true;
}

}  // namespace newsgraph::extractor
