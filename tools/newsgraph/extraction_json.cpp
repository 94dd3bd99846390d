#include "tools/newsgraph/extraction_json.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "graph/input_text.h"

namespace newsgraph::cli {
namespace {

using json = nlohmann::ordered_json;

json null_if_empty(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

std::string local_id(char prefix, size_t index) {
  std::string id(1, prefix);
  id += std::to_string(index + 1);
  return id;
}

std::string entity_ref(int32_t index) { return local_id('E', static_cast<size_t>(index)); }

// Scores as the JSON shows them: three decimals, not a float's binary expansion.
double rounded(float x) { return std::round(static_cast<double>(x) * 1000.0) / 1000.0; }

}  // namespace

json extraction_json(const corpus::Article& article, const extractor::Document& doc) {
  graph::InputText input(article.text);
  auto span = [&](extractor::Span s) { return graph::to_code_points(doc, s); };
  auto text_of = [&](extractor::Span s) {
    auto c = span(s);
    return std::string(input.slice(c.start, c.end));
  };
  const int32_t n_entities = static_cast<int32_t>(doc.entities.size());
  auto ref = [&](int32_t index) -> json {
    if (index < 0 || index >= n_entities) return nullptr;
    return entity_ref(index);
  };

  json out;
  std::string date = article.date;
  if (doc.dct) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(doc.dct->year()),
                  static_cast<unsigned>(doc.dct->month()), static_cast<unsigned>(doc.dct->day()));
    date = buf;
  }
  out["article"] = {{"id", null_if_empty(article.id)},
                    {"title", null_if_empty(doc.title.empty() ? article.title : doc.title)},
                    {"date", null_if_empty(date)},
                    {"source", null_if_empty(article.source)},
                    {"url", null_if_empty(article.url)}};

  json sentences = json::array();
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    auto c = span(doc.sentences[i].span);
    sentences.push_back({{"index", i}, {"start", c.start}, {"end", c.end}});
  }
  out["sentences"] = std::move(sentences);

  json entities = json::array();
  for (int32_t i = 0; i < n_entities; ++i) {
    const auto& e = doc.entities[static_cast<size_t>(i)];
    json mentions = json::array();
    for (uint32_t m : e.mentions) {
      if (m >= doc.mentions.size()) continue;
      const auto& mention = doc.mentions[m];
      auto c = span(mention.span);
      mentions.push_back({{"start", c.start},
                          {"end", c.end},
                          {"text", text_of(mention.span)},
                          {"sentence", mention.sentence},
                          {"source", null_if_empty(mention.source)}});
    }
    entities.push_back({{"id", entity_ref(i)},
                        {"name", e.name},
                        {"type", std::string(extractor::entity_type_name(e.type))},
                        {"aliases", e.aliases},
                        {"kb", null_if_empty(e.kb)},
                        {"mentions", std::move(mentions)}});
  }
  out["entities"] = std::move(entities);

  json timexes = json::array();
  for (const auto& t : doc.timexes) {
    auto c = span(t.span);
    const char* anchor = t.anchor == extractor::TimexAnchor::kDct     ? "DCT"
                         : t.anchor == extractor::TimexAnchor::kTimex ? "TIMEX"
                                                                       : "TEXT";
    json tj = {{"start", c.start},
               {"end", c.end},
               {"text", text_of(t.span)},
               {"type", std::string(extractor::timex_type_name(t.type))},
               {"value", t.value},
               {"sentence", t.sentence},
               {"anchor", anchor}};
    if (!t.mod.empty()) tj["mod"] = t.mod;
    timexes.push_back(std::move(tj));
  }
  out["timexes"] = std::move(timexes);

  json relations = json::array();
  for (const auto& r : doc.relations) {
    json object = r.object >= 0 ? ref(r.object) : json(r.object_literal);
    auto c = span(r.evidence);
    json rj = {{"subject", ref(r.subject)},
               {"predicate", r.predicate},
               {"object", object},
               {"sentence", r.sentence},
               {"confidence", rounded(r.confidence)},
               {"evidence", {{"start", c.start}, {"end", c.end}}}};
    // Always written, false included: a table of relations (pandas, jq) gets the same columns.
    rj["negated"] = r.negated;
    rj["hedged"] = r.hedged;
    rj["former"] = r.former;
    if (!r.extractor.empty()) rj["extractor"] = r.extractor;
    relations.push_back(std::move(rj));
  }
  out["relations"] = std::move(relations);

  // "did not meet" is no meeting: a reader of the contract's fields alone (type, participants)
  // would take it for one, and the gold guidelines annotate only events that took place. Negated
  // events go to their own list, with the ids they would have had, so nothing is lost.
  json events = json::array(), negated_events = json::array();
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const auto& e = doc.events[i];
    auto c = span(e.trigger);
    json participants = json::array();
    for (const auto& a : e.arguments)
      if (a.entity >= 0 && a.entity < n_entities)
        participants.push_back({{"entity", ref(a.entity)}, {"role", a.role}});
    json time = nullptr;
    if (!e.date.empty()) {
      time = {{"value", e.date}, {"timex", e.timex >= 0 ? json(e.timex) : json(nullptr)}};
    }
    json ej = {{"id", local_id('V', i)},
               {"type", e.type},
               {"cameo", null_if_empty(e.cameo)},
               {"trigger", {{"start", c.start}, {"end", c.end}, {"text", text_of(e.trigger)}}},
               {"sentence", e.sentence},
               {"time", std::move(time)},
               {"participants", std::move(participants)},
               {"place", ref(e.place)}};
    ej["negated"] = e.negated;
    ej["hedged"] = e.hedged;
    (e.negated ? negated_events : events).push_back(std::move(ej));
  }
  out["events"] = std::move(events);

  json quotes = json::array();
  for (const auto& q : doc.quotes) {
    auto c = span(q.span);
    json qj = {{"speaker", ref(q.speaker)},
               {"text", text_of(q.span)},
               {"start", c.start},
               {"end", c.end},
               {"sentence", q.sentence}};
    if (!q.cue.empty()) {
      auto k = span(q.cue);
      qj["cue"] = {{"start", k.start}, {"end", k.end}, {"text", text_of(q.cue)}};
    }
    quotes.push_back(std::move(qj));
  }
  out["quotes"] = std::move(quotes);
  out["negated_events"] = std::move(negated_events);
  return out;
}

}  // namespace newsgraph::cli
