#include "tools/eval/redocred_format.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>

#include "extractor/coref.h"

namespace newsgraph::eval {

using Json = nlohmann::json;

namespace {

bool parse_document(const Json& j, RedocredDocument* doc, std::string* message) {
  if (!j.is_object()) return *message = "not an object", false;
  if (!j.contains("sents") || !j["sents"].is_array()) return *message = "no sents", false;
  if (!j.contains("vertexSet") || !j["vertexSet"].is_array())
    return *message = "no vertexSet", false;
  if (j.contains("title") && j["title"].is_string()) doc->title = j["title"].get<std::string>();
  std::vector<std::vector<CharSpan>> spans;
  for (const auto& sent : j["sents"]) {
    if (!sent.is_array()) return *message = "a sentence is not a token list", false;
    std::vector<std::string> tokens;
    for (const auto& t : sent) {
      if (!t.is_string()) return *message = "a token is not a string", false;
      tokens.push_back(t.get<std::string>());
    }
    spans.emplace_back();
    join_tokens(tokens, " ", &doc->text, &spans.back());
  }
  for (const auto& vertex : j["vertexSet"]) {
    if (!vertex.is_array()) return *message = "a vertex is not a mention list", false;
    doc->vertices.emplace_back();
    for (const auto& m : vertex) {
      if (!m.is_object() || !m.contains("sent_id") || !m.contains("pos") || !m["pos"].is_array() ||
          m["pos"].size() != 2 || !m["sent_id"].is_number_integer() ||
          !m["pos"][0].is_number_integer() || !m["pos"][1].is_number_integer())
        return *message = "a mention without sent_id and pos", false;
      int64_t s = m["sent_id"].get<int64_t>(), b = m["pos"][0].get<int64_t>(),
              e = m["pos"][1].get<int64_t>();
      if (s < 0 || s >= int64_t(spans.size()) || b < 0 || e <= b || e > int64_t(spans[s].size()))
        return *message = "a mention outside its sentence", false;
      RedocredMention rm;
      if (m.contains("name") && m["name"].is_string()) rm.name = m["name"].get<std::string>();
      if (m.contains("type") && m["type"].is_string()) rm.type = m["type"].get<std::string>();
      rm.span = {spans[s][b].begin, spans[s][e - 1].end};
      doc->vertices.back().push_back(std::move(rm));
    }
  }
  if (j.contains("labels")) {
    if (!j["labels"].is_array()) return *message = "labels is not a list", false;
    for (const auto& l : j["labels"]) {
      if (!l.is_object() || !l.contains("h") || !l.contains("t") || !l.contains("r") ||
          !l["h"].is_number_integer() || !l["t"].is_number_integer() || !l["r"].is_string())
        return *message = "a label without h, t and r", false;
      RedocredLabel label{l["h"].get<int>(), l["t"].get<int>(), l["r"].get<std::string>()};
      int n = int(doc->vertices.size());
      if (label.head < 0 || label.head >= n || label.tail < 0 || label.tail >= n)
        return *message = "a label names no vertex", false;
      doc->labels.push_back(std::move(label));
    }
  }
  return true;
}

}  // namespace

bool parse_redocred(std::string_view json, const std::string& path,
                    std::vector<RedocredDocument>* docs, corpus::InputError* error) {
  docs->clear();
  Json j;
  try {
    j = Json::parse(json.begin(), json.end());
  } catch (const Json::parse_error& e) {
    // nlohmann counts bytes from 1 (the end of the input is size + 1); ours count from 0.
    int64_t offset = e.byte > 0 ? static_cast<int64_t>(e.byte) - 1 : 0;
    *error = {std::string("bad JSON: ") + e.what(), path, offset, 0};
    return false;
  }
  if (!j.is_array()) {
    *error = {"not a JSON list of documents", path, -1, 0};
    return false;
  }
  for (size_t i = 0; i < j.size(); ++i) {
    RedocredDocument doc;
    std::string message;
    if (!parse_document(j[i], &doc, &message)) {
      *error = {"document " + std::to_string(i) + ": " + message, path, -1, 0};
      return false;
    }
    docs->push_back(std::move(doc));
  }
  return true;
}

bool read_redocred(const std::string& path, std::vector<RedocredDocument>* docs,
                   corpus::InputError* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = {"cannot read file", path, -1, 0};
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_redocred(ss.str(), path, docs, error);
}

const std::vector<PropertyMapping>& property_mappings() {
  static const std::vector<PropertyMapping> kMappings = {
      {"P35", "leader_of", true},      {"P6", "leader_of", true},
      {"P488", "leader_of", true},     {"P39", "position_held", false},
      {"P108", "works_for", false},    {"P463", "member_of", false},
      {"P27", "citizen_of", false},    {"P131", "located_in", false},
      {"P276", "located_in", false},   {"P17", "located_in", false},
      {"P150", "located_in", true},    {"P159", "headquartered_in", false},
      {"P361", "part_of", false},      {"P527", "part_of", true},
      {"P26", "spouse", false},        {"P112", "founded_by", false},
      {"P127", "owned_by", false},
  };
  return kMappings;
}

namespace {

bool symmetric(std::string_view predicate) { return predicate == "spouse"; }

// Personal pronouns match by position only: by name, "he" would match every "He" vertex.
bool is_pronoun(std::string_view normalised) {
  for (std::string_view p : {"i", "me", "we", "us", "you", "he", "him", "his", "she", "her",
                             "it", "its", "they", "them", "their"})
    if (normalised == p) return true;
  return false;
}

}  // namespace

void score_redocred(const RedocredDocument& gold, const extractor::Document& doc,
                    const RedocredScoreOptions& options, RedocredScores* scores) {
  ++scores->documents;
  // Gold triples in our vocabulary, deduplicated, with the properties they came from.
  struct GoldTriple {
    int subject, object;
    std::string predicate;
    std::set<std::string> properties;
  };
  std::vector<GoldTriple> gold_triples;
  for (const auto& label : gold.labels) {
    if (!options.country && label.property == "P17") continue;
    const auto& maps = property_mappings();
    auto m = std::find_if(maps.begin(), maps.end(),
                          [&](const PropertyMapping& p) { return p.property == label.property; });
    if (m == maps.end()) continue;
    int s = m->reversed ? label.tail : label.head, o = m->reversed ? label.head : label.tail;
    if (symmetric(m->predicate) && o < s) std::swap(s, o);
    auto same = [&](const GoldTriple& g) {
      return g.subject == s && g.object == o && g.predicate == m->predicate;
    };
    auto it = std::find_if(gold_triples.begin(), gold_triples.end(), same);
    if (it == gold_triples.end()) {
      gold_triples.push_back({s, o, std::string(m->predicate), {}});
      it = gold_triples.end() - 1;
    }
    it->properties.insert(label.property);
  }

  // Which gold vertices each of our entities matches.
  std::vector<std::set<std::string>> vertex_names(gold.vertices.size());
  for (size_t v = 0; v < gold.vertices.size(); ++v)
    for (const auto& m : gold.vertices[v])
      if (std::string n = normalise_name(m.name); !is_pronoun(n)) vertex_names[v].insert(n);
  auto vertices_named = [&](const std::string& name, std::set<int>* out) {
    std::string n = normalise_name(name);
    if (n.empty() || is_pronoun(n)) return;
    for (size_t v = 0; v < vertex_names.size(); ++v)
      if (vertex_names[v].count(n)) out->insert(int(v));
  };
  std::vector<std::set<int>> entity_vertices(doc.entities.size());
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    const auto& entity = doc.entities[e];
    for (uint32_t mi : entity.mentions) {
      if (mi >= doc.mentions.size()) continue;
      CharSpan s = to_input(doc, doc.mentions[mi].span);
      for (size_t v = 0; v < gold.vertices.size(); ++v)
        for (const auto& m : gold.vertices[v])
          if (m.span == s) entity_vertices[e].insert(int(v));
      // An anaphor links by its span only: "the company" names no vertex.
      if (!extractor::is_coref_mention(doc.mentions[mi]))
        vertices_named(std::string(doc.slice(doc.mentions[mi].span)), &entity_vertices[e]);
    }
    vertices_named(entity.name, &entity_vertices[e]);
    for (const auto& a : entity.aliases) vertices_named(a, &entity_vertices[e]);
  }

  // Entity coverage of the scored triples' arguments.
  std::set<int> arguments;
  for (const auto& g : gold_triples) arguments.insert({g.subject, g.object});
  scores->arguments_gold += int64_t(arguments.size());
  for (int v : arguments) {
    bool found = std::any_of(entity_vertices.begin(), entity_vertices.end(),
                             [&](const std::set<int>& vs) { return vs.count(v) > 0; });
    if (found) ++scores->arguments_found;
  }

  // Our triples with a mapped predicate, deduplicated.
  std::set<std::string_view> mapped;
  for (const auto& m : property_mappings()) mapped.insert(m.predicate);
  struct OurTriple {
    int subject;
    int object;           // entity index, or -1 for a literal
    std::string literal;  // normalised
    std::string predicate;
    const extractor::Relation* first;  // the first relation that says it
    std::set<int> subject_vertices, object_vertices;
  };
  // The gold vertices an argument of `r` matches: its entity's, or, for an entity the
  // extractor added without mentions (a country named only by a nationality adjective), the
  // vertices of the NORP mentions inside the relation's evidence.
  auto argument_vertices = [&](int entity, const extractor::Relation& r) {
    std::set<int> out = entity_vertices[entity];
    if (!doc.entities[entity].mentions.empty()) return out;
    for (const auto& m : doc.mentions) {
      if (m.type != extractor::EntityType::kNorp || !r.evidence.contains(m.span)) continue;
      CharSpan s = to_input(doc, m.span);
      for (size_t v = 0; v < gold.vertices.size(); ++v)
        for (const auto& gm : gold.vertices[v])
          if (gm.span == s) out.insert(int(v));
    }
    return out;
  };
  std::vector<OurTriple> ours;
  for (const auto& r : doc.relations) {
    if (r.negated || !mapped.count(r.predicate)) continue;
    if (r.subject < 0 || r.subject >= int(doc.entities.size())) continue;
    if (r.object >= int(doc.entities.size())) continue;
    OurTriple t{r.subject, r.object, r.object < 0 ? normalise_name(r.object_literal) : "",
                r.predicate, &r, argument_vertices(r.subject, r), {}};
    if (t.object >= 0) t.object_vertices = argument_vertices(t.object, r);
    if (t.object < 0 && t.literal.empty()) continue;
    if (symmetric(t.predicate) && t.object >= 0 && t.object < t.subject) {
      std::swap(t.subject, t.object);
      std::swap(t.subject_vertices, t.object_vertices);
    }
    auto same = [&](const OurTriple& o) {
      return std::tie(o.subject, o.object, o.literal, o.predicate) ==
             std::tie(t.subject, t.object, t.literal, t.predicate);
    };
    auto it = std::find_if(ours.begin(), ours.end(), same);
    if (it == ours.end()) {
      ours.push_back(std::move(t));
    } else {  // the same triple again: its evidence may name more
      it->subject_vertices.insert(t.subject_vertices.begin(), t.subject_vertices.end());
      it->object_vertices.insert(t.object_vertices.begin(), t.object_vertices.end());
    }
  }

  std::vector<std::vector<int>> candidates(ours.size());
  for (size_t i = 0; i < ours.size(); ++i) {
    const auto& t = ours[i];
    auto object_matches = [&](int v) {
      if (t.object >= 0) return t.object_vertices.count(v) > 0;
      return vertex_names[v].count(t.literal) > 0;
    };
    auto subject_matches = [&](int v) { return t.subject_vertices.count(v) > 0; };
    for (size_t g = 0; g < gold_triples.size(); ++g) {
      const auto& gt = gold_triples[g];
      if (gt.predicate != t.predicate) continue;
      bool ok = subject_matches(gt.subject) && object_matches(gt.object);
      if (!ok && symmetric(t.predicate) && t.object >= 0)
        ok = subject_matches(gt.object) && object_matches(gt.subject);
      if (ok) candidates[i].push_back(int(g));
    }
  }
  auto pairs = match_one_to_one(int(ours.size()), int(gold_triples.size()), candidates);
  std::vector<char> found(gold_triples.size(), 0);
  for (auto [i, g] : pairs) found[g] = 1;

  for (const auto& t : ours) ++scores->by_predicate[t.predicate].pred;
  for (size_t g = 0; g < gold_triples.size(); ++g) {
    ++scores->by_predicate[gold_triples[g].predicate].gold;
    if (found[g]) ++scores->by_predicate[gold_triples[g].predicate].tp;
    for (const auto& p : gold_triples[g].properties) {
      ++scores->by_property[p].gold;
      if (found[g]) ++scores->by_property[p].tp;
    }
  }
  if (options.examples) {
    std::vector<char> matched(ours.size(), 0);
    for (auto [i, g] : pairs) matched[i] = 1;
    for (size_t i = 0; i < ours.size(); ++i) {
      if (matched[i]) continue;
      const auto* r = ours[i].first;
      std::string object = r->object >= 0 ? doc.entities[r->object].name : r->object_literal;
      scores->false_positives.push_back(gold.title + " | " + doc.entities[r->subject].name +
                                        " | " + r->predicate + " | " + object + " | " +
                                        std::string(doc.slice(r->evidence)));
    }
    for (size_t g = 0; g < gold_triples.size(); ++g) {
      if (found[g]) continue;
      const auto& gt = gold_triples[g];
      std::string properties;
      for (const auto& p : gt.properties) properties += (properties.empty() ? "" : " ") + p;
      scores->false_negatives.push_back(gold.title + " | " + gold.vertices[gt.subject][0].name +
                                        " | " + gt.predicate + " | " +
                                        gold.vertices[gt.object][0].name + " | " + properties);
    }
  }
  for (size_t i = 0; i < ours.size(); ++i)
    if (ours[i].object >= 0) ++scores->entity_objects.pred;
  for (const auto& g : gold_triples)
    if (g.predicate != "position_held") ++scores->entity_objects.gold;
  for (auto [i, g] : pairs)
    if (ours[i].object >= 0) ++scores->entity_objects.tp;
  scores->overall.pred += int64_t(ours.size());
  scores->overall.gold += int64_t(gold_triples.size());
  scores->overall.tp += int64_t(pairs.size());
}

}  // namespace newsgraph::eval
