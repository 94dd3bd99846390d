#include "extractor/country_context.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace newsgraph::extractor {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool has_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The country of a place name or a demonym ("Korean" -> KR), "" when neither. Text in
// capitals only ("MOA", an acronym) names a country only by an acronym the gazetteer lists
// ("US", "U.K."), not a place written otherwise (the town of Moa).
std::string place_or_demonym_country(const Gazetteer& gaz, std::string_view text) {
  if (!has_lower(text)) {
    for (const GazetteerEntry* e : lookup_all(gaz, text))
      if (e->kind == GazetteerKind::kCountry && !has_lower(e->phrase)) return e->country;
    return "";
  }
  if (std::string c = place_country(gaz, text); !c.empty()) return c;
  const GazetteerEntry* d = lookup(gaz, text, GazetteerKind::kDemonym);
  return d ? d->country : "";
}

// The text of tokens [first, end) joined by single spaces, as gazetteer phrases are written.
std::string token_text(const Document& doc, uint32_t first, uint32_t end) {
  std::string s;
  for (uint32_t t = first; t < end; ++t) {
    if (!s.empty()) s += ' ';
    s += doc.slice(doc.tokens[t].span);
  }
  return s;
}

bool is_possessive(std::string_view t) { return t == "'s" || t == "\xE2\x80\x99s" || t == "'"; }

// The country of a country name or a demonym only ("Korea", "Korean"): words inside an
// organisation's name or before it that are also a city or region's name ("Liberal", a
// town in Kansas; "Central", a province of many countries) say nothing of its country.
std::string country_or_demonym(const Gazetteer& gaz, std::string_view text) {
  if (!has_lower(text)) return place_or_demonym_country(gaz, text);
  if (const GazetteerEntry* e = lookup(gaz, text, GazetteerKind::kCountry)) return e->country;
  const GazetteerEntry* d = lookup(gaz, text, GazetteerKind::kDemonym);
  return d ? d->country : "";
}

// The country of the place or nationality words that end right before token `first` (within
// its sentence): "South Korea 's [Democratic Party]" -> KR, "the Korean [Democratic Party]"
// -> KR; a city or region only before a possessive 's ("Seoul 's [Supreme Court]").
CountryEvidence country_before(const Gazetteer& gaz, const Document& doc, uint32_t first,
                               uint32_t sentence_first) {
  uint32_t end = first;
  const bool possessive =
      end > sentence_first && is_possessive(doc.slice(doc.tokens[end - 1].span));
  if (possessive) --end;
  for (uint32_t n = std::min<uint32_t>(3, end - sentence_first); n >= 1; --n) {
    std::string phrase = token_text(doc, end - n, end);
    std::string c = possessive ? place_or_demonym_country(gaz, phrase) : country_or_demonym(gaz, phrase);
    if (!c.empty()) return {c, "stated", token_text(doc, end - n, first)};
  }
  return {};
}

// The country of a place or nationality inside a name ("Democratic Party of Korea").
CountryEvidence country_inside(const Gazetteer& gaz, std::string_view name) {
  std::vector<std::string_view> words;
  for (size_t i = 0; i < name.size();) {
    size_t j = std::min(name.find(' ', i), name.size());
    std::string_view w = name.substr(i, j - i);
    for (std::string_view pos : {"'s", "\xE2\x80\x99s"})
      if (w.size() > pos.size() && w.substr(w.size() - pos.size()) == pos) w.remove_suffix(pos.size());
    if (!w.empty()) words.push_back(w);
    i = j + 1;
  }
  for (const GazetteerMatch& m : find_matches(gaz, words)) {
    if (m.entry->kind != GazetteerKind::kCountry && m.entry->kind != GazetteerKind::kDemonym) continue;
    std::string phrase;
    for (uint32_t i = m.first; i < m.end; ++i) {
      if (!phrase.empty()) phrase += ' ';
      phrase += words[i];
    }
    if (std::string c = country_or_demonym(gaz, phrase); !c.empty())
      return {c, "stated", std::string(name)};
  }
  return {};
}

// How often the article names each country: its GPE mentions (place_country) and NORP
// mentions (demonyms), not coreference mentions.
std::map<std::string, int> country_counts(const Gazetteer& gaz, const Document& doc) {
  std::map<std::string, int> counts;
  for (const Mention& m : doc.mentions) {
    if (m.source == "coref" || m.end_token > doc.tokens.size()) continue;
    if (m.type != EntityType::kGpe && m.type != EntityType::kNorp) continue;
    std::string text = token_text(doc, m.first_token, m.end_token);
    std::string c = m.type == EntityType::kGpe ? place_country(gaz, text)
                                               : place_or_demonym_country(gaz, text);
    if (!c.empty()) ++counts[c];
  }
  return counts;
}

}  // namespace

std::vector<std::string> dateline_place_texts(std::string_view text) {
  size_t begin = 0;
  while (begin < text.size() && is_space(text[begin])) ++begin;
  std::string_view line = text.substr(begin, 80);
  line = line.substr(0, line.find('\n'));
  size_t dash = std::string_view::npos;
  for (std::string_view d : {"\xE2\x80\x94", "\xE2\x80\x93", " - ", " -- "})
    dash = std::min(dash, line.find(d));
  if (dash == std::string_view::npos || dash == 0) return {};
  std::string_view head = line.substr(0, dash);
  head = head.substr(0, head.find('('));  // "OTTAWA (Reuters)"
  std::vector<std::string> out;
  for (size_t i = 0; i <= head.size();) {
    size_t comma = std::min(head.find(',', i), head.size());
    std::string_view part = trim(head.substr(i, comma - i));
    bool has_upper = std::any_of(part.begin(), part.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    bool has_lower = std::any_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (out.empty() && (!has_upper || has_lower)) return {};  // the city is written in capitals
    if (!part.empty() && has_upper) out.emplace_back(part);
    i = comma + 1;
  }
  return out;
}

std::string place_country(const Gazetteer& gaz, std::string_view name) {
  std::string subdivision, city;
  for (const GazetteerEntry* e : lookup_all(gaz, name)) {  // cities most populous first
    if (e->country.empty()) continue;
    if (e->kind == GazetteerKind::kCountry) return e->country;
    if (e->kind == GazetteerKind::kSubdivision && subdivision.empty()) subdivision = e->country;
    if (e->kind == GazetteerKind::kCity && city.empty()) city = e->country;
  }
  return subdivision.empty() ? city : subdivision;
}

CountryEvidence article_country(const Gazetteer& gaz, const Document& doc) {
  std::vector<std::string> parts = dateline_place_texts(doc.text);
  for (auto it = parts.rbegin(); it != parts.rend(); ++it)
    if (std::string c = place_country(gaz, *it); !c.empty()) return {c, "dateline", *it};
  std::map<std::string, int> counts = country_counts(gaz, doc);
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [c, n] : counts) ranked.emplace_back(n, c);
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (ranked.empty() || ranked[0].first < 2) return {};
  if (ranked.size() > 1 && ranked[0].first < 2 * ranked[1].first) return {};
  std::string evidence;
  for (size_t i = 0; i < ranked.size() && i < 3; ++i)
    evidence.append(i ? ", " : "").append(ranked[i].second).append(" x").append(std::to_string(ranked[i].first));
  return {ranked[0].second, "named", evidence};
}

CountryEvidence entity_country(const Gazetteer& gaz, const Lexicon& lex, const Document& doc,
                               size_t index) {
  const Entity& e = doc.entities[index];
  std::vector<CountryEvidence> found;
  for (const std::string& name : e.aliases)
    if (const Organisation* o = find_organisation(lex, name); o && !o->place.empty())
      if (std::string c = place_country(gaz, o->place); !c.empty())
        found.push_back({c, "stated", "lexicon: " + o->name + ", " + o->place});
  for (const std::string& name : e.aliases)
    if (auto c = country_inside(gaz, name); !c.country.empty()) found.push_back(c);
  if (auto c = country_inside(gaz, e.name); !c.country.empty()) found.push_back(c);
  for (uint32_t mi : e.mentions) {
    const Mention& m = doc.mentions[mi];
    if (m.source == "coref" || m.sentence >= doc.sentences.size()) continue;
    auto c = country_before(gaz, doc, m.first_token, doc.sentences[m.sentence].first_token);
    if (!c.country.empty()) found.push_back(c);
  }
  for (const Relation& r : doc.relations) {
    if (r.subject != static_cast<int32_t>(index) || r.object < 0 || r.negated || r.hedged) continue;
    if (r.predicate != "located_in" && r.predicate != "headquartered_in" && r.predicate != "part_of")
      continue;
    if (static_cast<size_t>(r.object) >= doc.entities.size()) continue;
    const Entity& o = doc.entities[r.object];
    if (o.type != EntityType::kGpe) continue;
    if (std::string c = place_country(gaz, o.name); !c.empty())
      found.push_back({c, "stated", r.predicate + " " + o.name});
  }
  if (found.empty()) return {};
  for (const auto& c : found)
    if (c.country != found[0].country) return {};  // two countries stated: none
  return found[0];
}

std::vector<std::string> named_countries(const Gazetteer& gaz, const Document& doc) {
  std::vector<std::string> out;
  for (const auto& [c, n] : country_counts(gaz, doc)) out.push_back(c);
  return out;
}

void assign_countries(const Gazetteer& gaz, const Lexicon& lex, Document& doc) {
  doc.country = article_country(gaz, doc);
  doc.named_countries = named_countries(gaz, doc);
  for (size_t i = 0; i < doc.entities.size(); ++i)
    doc.entities[i].country =
        doc.entities[i].type == EntityType::kOrg ? entity_country(gaz, lex, doc, i) : CountryEvidence{};
}

}  // namespace newsgraph::extractor
