#include "extractor/ner.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "extractor/ner_rules.h"

namespace newsgraph::extractor {

std::optional<NerCombination> parse_ner_combination(std::string_view name) {
  if (name == "rules-first") return NerCombination::kRulesFirst;
  if (name == "model-first") return NerCombination::kModelFirst;
  if (name == "model") return NerCombination::kModelOnly;
  if (name == "rules") return NerCombination::kRulesOnly;
  return std::nullopt;
}

namespace {

// A mention the rules found over tokens [first, end) of sentence `sentence`.
Mention rule_mention(const Document& doc, uint32_t first, uint32_t end, uint32_t sentence,
                     EntityType type, float confidence) {
  Mention m;
  m.first_token = first;
  m.end_token = end;
  m.span = Span{doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
  m.sentence = sentence;
  m.type = type;
  m.confidence = confidence;
  m.source = "rule";
  return m;
}

// Adds to `mentions` (sorted) every mention of `extra` that overlaps none of them.
void fill_gaps(std::vector<Mention>& mentions, std::vector<Mention>&& extra) {
  const size_t first_extra = mentions.size();
  for (auto& m : extra) {
    auto it = std::lower_bound(mentions.begin(), mentions.begin() + first_extra, m.span.begin,
                               [](const Mention& a, uint32_t b) { return a.span.end <= b; });
    bool clash = it != mentions.begin() + first_extra && it->span.overlaps(m.span);
    if (!clash) mentions.push_back(std::move(m));
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

bool is_lower_word(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

void trim_compound_modifiers(const Gazetteer& gazetteer, Document& doc) {
  using K = GazetteerKind;
  for (Mention& m : doc.mentions) {
    if (m.end_token != m.first_token + 1) continue;
    std::string_view text = doc.slice(m.span);
    size_t dash = text.rfind('-');
    if (dash == std::string_view::npos || dash < 2 || !is_lower_word(text.substr(dash + 1))) continue;
    std::string_view head = text.substr(0, dash);
    EntityType type;
    if (lookup(gazetteer, head, K::kCountry) || lookup(gazetteer, head, K::kSubdivision) ||
        lookup(gazetteer, head, K::kCity))
      type = EntityType::kGpe;
    else if (lookup(gazetteer, head, K::kDemonym) || lookup(gazetteer, head, K::kNorp))
      type = EntityType::kNorp;
    else
      continue;
    m.span.end = m.span.begin + static_cast<uint32_t>(dash);
    m.type = type;
  }
}

namespace {

// Whether the capitalised run [first, last] is a law's name with a complement: a law head of
// the gazetteer, after a capitalised word of the run or after "the", followed by "on", "of" or
// "for" and the rest of the run ("Vienna Convention on Diplomatic Relations", "the Treaty of
// Rome", "General Agreement on Tariffs and Trade").
bool law_head_with_complement(const Gazetteer& gazetteer, const Document& doc, uint32_t first, uint32_t last,
                              bool after_the) {
  auto text = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  for (uint32_t h = after_the ? first : first + 1; h + 2 <= last; ++h) {
    if (!lookup(gazetteer, text(h), GazetteerKind::kLawHead)) continue;
    if (h > first && !is_capitalised(doc, h - 1)) return false;  // "Faculty of Law of ..."
    std::string_view next = text(h + 1);
    return next == "on" || next == "of" || next == "for";
  }
  return false;
}

}  // namespace

void find_law_names(const Gazetteer& gazetteer, Document& doc) {
  auto text = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  auto connector = [&](uint32_t t) {
    std::string_view w = text(t);
    return w == "of" || w == "the" || w == "and" || w == "on" || w == "for";
  };
  std::vector<Mention> laws;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const uint32_t end = doc.sentences[s].end_token;
    for (uint32_t t = doc.sentences[s].first_token; t < end;) {
      if (!is_capitalised(doc, t)) { ++t; continue; }
      // A run of capitalised words, joined by "of", "the", "and", "on", "for" (not "and the":
      // "the X Convention and the Y Treaty" are two).
      uint32_t first = t, last = t;
      for (uint32_t k = t + 1; k < end; ++k) {
        if (is_capitalised(doc, k)) last = k;
        else if (!connector(k) || (text(k) == "and" && k + 1 < end && text(k + 1) == "the")) break;
      }
      t = last + 1;
      const bool after_the = first > doc.sentences[s].first_token && (text(first - 1) == "the" || text(first - 1) == "The");
      if (text(first) == "The" || text(first) == "A") ++first;
      // "the Hobart-based Convention for ...": a compound modifier is no part of the name.
      if (first < last) {
        const std::string_view w = text(first);
        const size_t dash = w.rfind('-');
        if (dash != std::string_view::npos && is_lower_word(w.substr(dash + 1))) ++first;
      }
      if (last < first + 1) continue;
      if (!lookup(gazetteer, text(last), GazetteerKind::kLawHead) &&
          !law_head_with_complement(gazetteer, doc, first, last, after_the))
        continue;
      laws.push_back(rule_mention(doc, first, last + 1, s, EntityType::kLaw, 0.8f));
    }
  }
  for (Mention& law : laws) {
    // Mentions inside the name ("North American" of "North American Free Trade Agreement") give
    // way; one that crosses its edges wins over it.
    bool crossing = std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) {
      return m.span.overlaps(law.span) && !law.span.contains(m.span);
    });
    if (crossing) continue;
    std::erase_if(doc.mentions, [&](const Mention& m) { return law.span.contains(m.span); });
    doc.mentions.push_back(std::move(law));
  }
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

void type_appositive_people(const Lexicon& lexicon, Document& doc) {
  auto text = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  for (Mention& m : doc.mentions) {
    if (m.type == EntityType::kPerson || m.source != "model" || m.sentence >= doc.sentences.size()) continue;
    const uint32_t limit = doc.sentences[m.sentence].end_token;
    uint32_t k = m.end_token;
    if (k + 1 >= limit || text(k) != ",") continue;
    ++k;
    // "the", then the organisation's or country's name with its possessive ("Huawei 's").
    if (text(k) == "the" || text(k) == "a" || text(k) == "an") ++k;
    for (uint32_t n = 0; n < 6 && k < limit && (is_capitalised(doc, k) || text(k) == "'s" || text(k) == "\xE2\x80\x99s");
         ++n)
      ++k;
    if (k >= limit) continue;
    auto title = match_title(lexicon, doc, k, limit);
    // "Acme, chief executive Tom Reyes said": the title is the next name's.
    if (title && (title->end_token >= limit || !is_capitalised(doc, title->end_token))) m.type = EntityType::kPerson;
  }
}

namespace {

// Whether the tokens [from, to) join two conjuncts: ",", "and", "or", ", and", ", or".
bool coordinates(const Document& doc, uint32_t from, uint32_t to) {
  auto text = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  if (to == from + 1) return text(from) == "," || text(from) == "and" || text(from) == "or";
  return to == from + 2 && text(from) == "," && (text(from + 1) == "and" || text(from + 1) == "or");
}

}  // namespace

void drop_interjections(const Lexicon& lexicon, Document& doc) {
  auto interjection = [&](uint32_t t) {
    auto cls = find_common_word(lexicon, doc.slice(doc.tokens[t].span));
    return cls && *cls == WordClass::kInterjection;
  };
  for (Mention& m : doc.mentions) {
    if (m.source != "model") continue;
    while (m.first_token < m.end_token && interjection(m.first_token)) ++m.first_token;
    while (m.end_token > m.first_token && interjection(m.end_token - 1)) --m.end_token;
    if (m.first_token < m.end_token)
      m.span = Span{doc.tokens[m.first_token].span.begin, doc.tokens[m.end_token - 1].span.end};
  }
  std::erase_if(doc.mentions, [](const Mention& m) { return m.first_token >= m.end_token; });
}

void join_organisation_runs(const Lexicon& lexicon, Document& doc) {
  auto text = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  // "Minneapolis-based" is capitalised but a modifier, not part of a name.
  auto name_word = [&](uint32_t t) {
    if (!is_capitalised(doc, t)) return false;
    std::string_view w = text(t);
    size_t dash = w.rfind('-');
    return dash == std::string_view::npos || !is_lower_word(w.substr(dash + 1));
  };
  std::vector<Mention> runs;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const uint32_t end = doc.sentences[s].end_token;
    for (uint32_t t = doc.sentences[s].first_token; t < end;) {
      if (!name_word(t)) { ++t; continue; }
      uint32_t first = t, last = t;
      while (last + 1 < end && name_word(last + 1)) ++last;
      t = last + 1;
      if (text(first) == "The") ++first;
      if (last < first + 1) continue;
      const OrgWord* head = find_org_word(lexicon, text(last));
      if (!head || head->type != EntityType::kOrg || head->position == WordPosition::kHead) continue;
      runs.push_back(rule_mention(doc, first, last + 1, s, EntityType::kOrg, 0.8f));
    }
  }
  // doc.mentions is sorted and non-overlapping: the mentions a run overlaps are consecutive,
  // from the first that ends after the run's begin.
  std::vector<Mention> kept;
  std::vector<bool> dropped(doc.mentions.size(), false);
  for (Mention& run : runs) {
    auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), run.span.begin,
                               [](const Mention& a, uint32_t b) { return a.span.end <= b; });
    bool inside = false, blocked = false;
    auto last = it;
    for (; last != doc.mentions.end() && last->span.overlaps(run.span); ++last) {
      const Mention& m = *last;
      if (!run.span.contains(m.span) || run.span == m.span) { blocked = true; break; }
      inside = true;
      // A place that ends in the organisation word ("West Bank") is the tagger's decision.
      const bool ends_run = m.end_token == run.end_token;
      // A person the institution is named after ("Omar Al-Mukhtar University") is part of it.
      blocked = m.type != EntityType::kOrg && (ends_run || (m.type != EntityType::kNorp && m.type != EntityType::kGpe &&
                                                            m.type != EntityType::kLoc && m.type != EntityType::kPerson));
      if (blocked) break;
    }
    if (!inside || blocked) continue;
    for (auto d = it; d != last; ++d) dropped[static_cast<size_t>(d - doc.mentions.begin())] = true;
    kept.push_back(std::move(run));
  }
  if (kept.empty()) return;
  for (size_t i = 0; i < doc.mentions.size(); ++i)
    if (!dropped[i]) kept.push_back(std::move(doc.mentions[i]));
  doc.mentions = std::move(kept);
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

namespace {

// Joins doc.mentions[i] (an ORG ending in a head word) with the GPE/LOC/ORG mention that is
// its "of"/"for (the)" complement; false when there is none.
// One past a run of free capitalised name words from k (inner "and"/"of"/"for" allowed between
// two of them), when the run ends before a lower-case word or punctuation; k when there is none.
// `covered` marks the tokens that mentions cover.
uint32_t untagged_name_run(const Lexicon& lexicon, const Document& doc, const std::vector<bool>& covered,
                           uint32_t k, uint32_t limit) {
  auto text = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  auto name_word = [&](uint32_t t) {
    return t < limit && !covered[t] && is_capitalised(doc, t) && has_letter(doc, t) &&
           !find_common_word(lexicon, text(t)) && !match_title(lexicon, doc, t, limit);
  };
  uint32_t end = k;
  for (uint32_t t = k; t < limit;) {
    if (name_word(t)) { end = ++t; continue; }
    const std::string_view w = text(t);
    if (end > k && (w == "and" || w == "of" || w == "for") && name_word(t + 1)) { ++t; continue; }
    break;
  }
  if (end == k) return k;
  // Not before a name or a capitalised word we did not take ("... and Prime Minister Modi").
  if (end < limit && (covered[end] || is_capitalised(doc, end))) return k;
  return end;
}

bool join_complement(const Lexicon& lexicon, Document& doc, std::vector<bool>& covered, size_t i) {
  auto text = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  Mention& org = doc.mentions[i];
  if (org.type != EntityType::kOrg || org.sentence >= doc.sentences.size()) return false;
  auto takes_complement = [&](uint32_t t) {
    const OrgWord* head = find_org_word(lexicon, text(t));
    return head && head->type == EntityType::kOrg && head->position != WordPosition::kSuffix;
  };
  // The head ends the mention, or the mention is a head with its complement already ("Court of
  // Arbitration" + "for Sport").
  bool headed = takes_complement(org.end_token - 1);
  for (uint32_t t = org.first_token; !headed && t + 2 < org.end_token; ++t)
    headed = takes_complement(t) && text(t + 1) == "of";
  if (!headed) return false;
  const uint32_t limit = doc.sentences[org.sentence].end_token;
  uint32_t k = org.end_token;
  // "on" only before an untagged run ("National Institute on Aging", "Committee on Foreign
  // Relations"; a weekday is a common word and no run: "the Commission on Monday").
  const bool on = k < limit && text(k) == "on";
  if (k + 1 >= limit || (text(k) != "of" && text(k) != "for" && !on)) return false;
  ++k;
  if (text(k) == "the") ++k;
  // "Centres for Disease Control and Prevention", "Ministry of Health and Social Affairs": a
  // complement the tagger left untagged, a run of capitalised words (joined by "and" or "of")
  // that ends before a lower-case word or punctuation, not before a name or a title.
  if (uint32_t end = untagged_name_run(lexicon, doc, covered, k, limit); end > k) {
    for (uint32_t t = org.end_token; t < end; ++t) covered[t] = true;
    org.end_token = end;
    org.span.end = doc.tokens[end - 1].span.end;
    return false;  // nothing erased: move on
  }
  if (on || i + 1 >= doc.mentions.size()) return false;
  const Mention& complement = doc.mentions[i + 1];
  if (complement.first_token != k || complement.sentence != org.sentence ||
      (complement.type != EntityType::kGpe && complement.type != EntityType::kLoc &&
       complement.type != EntityType::kOrg))
    return false;
  org.end_token = complement.end_token;
  org.span.end = complement.span.end;
  doc.mentions.erase(doc.mentions.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  return true;
}

}  // namespace

void join_organisation_complements(const Lexicon& lexicon, Document& doc) {
  // Computed once: a per-mention scan made this quadratic in the mentions of a long article.
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const Mention& m : doc.mentions)
    for (uint32_t t = m.first_token; t < m.end_token && t < covered.size(); ++t) covered[t] = true;
  // A joined mention may take a further complement, so `i` moves on only when nothing joined.
  for (size_t i = 0; i < doc.mentions.size();)
    if (!join_complement(lexicon, doc, covered, i)) ++i;
}

void type_speaking_facilities(const Lexicon& lexicon, Document& doc) {
  for (Mention& m : doc.mentions) {
    if (m.type != EntityType::kFac || m.end_token >= doc.tokens.size()) continue;
    if (m.sentence < doc.sentences.size() && m.end_token >= doc.sentences[m.sentence].end_token) continue;
    if (find_reporting_verb(lexicon, doc.slice(doc.tokens[m.end_token].span))) m.type = EntityType::kOrg;
  }
}

void type_coordinated_organisations(const Gazetteer& gazetteer, Document& doc) {
  auto unknown_place = [&](const Mention& m) {
    return m.source == "model" && (m.type == EntityType::kGpe || m.type == EntityType::kLoc) &&
           !is_known_place(gazetteer, doc.slice(m.span));
  };
  auto joined = [&](const Mention& a, const Mention& b) {
    return a.sentence == b.sentence && a.end_token < b.first_token && coordinates(doc, a.end_token, b.first_token);
  };
  // Left to right, then right to left, so that an ORG anywhere in a list reaches every member.
  for (size_t i = 1; i < doc.mentions.size(); ++i)
    if (doc.mentions[i - 1].type == EntityType::kOrg && unknown_place(doc.mentions[i]) &&
        joined(doc.mentions[i - 1], doc.mentions[i]))
      doc.mentions[i].type = EntityType::kOrg;
  for (size_t i = doc.mentions.size(); i-- > 1;)
    if (doc.mentions[i].type == EntityType::kOrg && unknown_place(doc.mentions[i - 1]) &&
        joined(doc.mentions[i - 1], doc.mentions[i]))
      doc.mentions[i - 1].type = EntityType::kOrg;
}

void tag_coordinated_names(const Lexicon& lexicon, Document& doc) {
  auto text = [&](uint32_t t) { return doc.slice(doc.tokens[t].span); };
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const Mention& m : doc.mentions)
    for (uint32_t t = m.first_token; t < m.end_token && t < covered.size(); ++t) covered[t] = true;
  auto free_name_word = [&](uint32_t t) {
    return !covered[t] && is_capitalised(doc, t) && has_letter(doc, t) && !find_common_word(lexicon, text(t));
  };
  std::vector<Mention> found;
  for (size_t i = 1; i < doc.mentions.size(); ++i) {
    const Mention& prev = doc.mentions[i - 1];
    const Mention& m = doc.mentions[i];
    if (m.type != EntityType::kOrg || prev.type != EntityType::kOrg || m.sentence >= doc.sentences.size() ||
        prev.sentence != m.sentence || prev.end_token + 1 != m.first_token || text(prev.end_token) != ",")
      continue;
    // "A, M and X" / "A, M, and X" / "... or X".
    const uint32_t limit = doc.sentences[m.sentence].end_token;
    uint32_t k = m.end_token;
    if (k < limit && text(k) == ",") ++k;
    if (k >= limit || (text(k) != "and" && text(k) != "or")) continue;
    uint32_t end = k + 1;
    while (end < limit && free_name_word(end)) ++end;
    if (end == k + 1 || (end < limit && is_capitalised(doc, end))) continue;
    Mention x = rule_mention(doc, k + 1, end, m.sentence, EntityType::kOrg, 0.6f);
    for (uint32_t t = x.first_token; t < end; ++t) covered[t] = true;
    found.push_back(x);
  }
  if (found.empty()) return;
  for (Mention& m : found) doc.mentions.push_back(std::move(m));
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

void unify_surname_types(const Gazetteer& gazetteer, Document& doc) {
  for (Mention& m : doc.mentions) {
    if (m.source != "model" || m.end_token != m.first_token + 1) continue;
    std::string_view word = doc.slice(m.span);
    const bool place_type = m.type == EntityType::kGpe || m.type == EntityType::kLoc;
    if (place_type && is_known_place(gazetteer, word)) continue;
    if (m.type != EntityType::kProduct && m.type != EntityType::kOrg && !place_type) continue;
    bool surname = std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& p) {
      if (p.type != EntityType::kPerson || p.end_token < p.first_token + 2) return false;
      // The family name stands last ("Chrystia Freeland") or, in Chinese order, first ("Meng Wanzhou").
      return doc.slice(doc.tokens[p.end_token - 1].span) == word || doc.slice(doc.tokens[p.first_token].span) == word;
    });
    if (surname) m.type = EntityType::kPerson;
  }
}

void recognise_entities(const NerTagger& tagger, const Lexicon& lexicon, Document& doc,
                        NerCombination combination) {
  switch (combination) {
    case NerCombination::kModelOnly:
      tag_entities(tagger, doc);
      return;
    case NerCombination::kRulesOnly:
      doc.mentions.clear();
      find_rule_mentions(lexicon, doc);
      return;
    case NerCombination::kModelFirst:
      tag_entities(tagger, doc);          // replaces doc.mentions
      find_rule_mentions(lexicon, doc);   // adds only where the tagger found nothing
      return;
    case NerCombination::kRulesFirst: {
      tag_entities(tagger, doc);
      std::vector<Mention> model = std::move(doc.mentions);
      doc.mentions.clear();
      find_rule_mentions(lexicon, doc);
      // Lexicon mentions first, except where a longer tagger mention contains them ("Bank of
      // Canada" over "Canada"); the pattern rules' own mentions ("rule") are dropped: they
      // lowered dev F1 on every set we measured.
      std::erase_if(doc.mentions, [&](const Mention& g) {
        if (g.source != "gazetteer") return true;
        // `model` is sorted and non-overlapping (fill_gaps relies on it too): only the mention
        // around g's first byte can contain g. (Scanning all of them was quadratic.)
        auto m = std::lower_bound(model.begin(), model.end(), g.span.begin,
                                  [](const Mention& a, uint32_t b) { return a.span.end <= b; });
        return m != model.end() && m->span.contains(g.span) && m->span.size() > g.span.size();
      });
      fill_gaps(doc.mentions, std::move(model));
      drop_interjections(lexicon, doc);
      drop_pronoun_mentions(tagger.gazetteer, lexicon, doc);
      drop_listed_weekdays(lexicon, doc);
      drop_currency_and_planet_names(doc);
      drop_lower_case_names(tagger.gazetteer, doc);
      join_inverted_sender_names(lexicon, doc);
      drop_acronym_common_nouns(tagger.gazetteer, lexicon, doc);
      tag_lower_case_places(tagger.gazetteer, lexicon, doc);
      find_law_names(tagger.gazetteer, doc);
      trim_compound_modifiers(tagger.gazetteer, doc);
      type_names_by_first_word(lexicon, doc);
      join_possessive_venues(tagger.gazetteer, lexicon, doc);
      type_versioned_products(lexicon, doc);
      type_countries_by_gazetteer(tagger.gazetteer, doc);
      type_dateline_places(doc);
      type_island_names(tagger.gazetteer, doc);
      join_ordinal_feature_names(tagger.gazetteer, doc);
      join_person_initials(doc);
      join_facility_heads(tagger.gazetteer, doc);
      type_unknown_acronym_places(tagger.gazetteer, lexicon, doc);
      type_definite_single_names(tagger.gazetteer, lexicon, doc);
      type_acronym_people(tagger.gazetteer, doc);
      split_city_state_names(tagger.gazetteer, doc);
      type_salutation_names(tagger.gazetteer, lexicon, doc);
      type_facilities_by_last_word(tagger.gazetteer, lexicon, doc);
      type_appositive_people(lexicon, doc);
      complete_person_names(tagger.gazetteer, lexicon, doc);
      join_organisation_runs(lexicon, doc);
      join_organisation_complements(lexicon, doc);
      join_team_names(tagger.gazetteer, lexicon, doc);
      type_speaking_facilities(lexicon, doc);
      type_organisations_by_context(tagger.gazetteer, lexicon, doc);
      type_products_by_kind_noun(tagger.gazetteer, lexicon, doc);
      type_coordinated_organisations(tagger.gazetteer, doc);
      tag_coordinated_names(lexicon, doc);
      tag_appositive_organisations(lexicon, doc);
      tag_speaking_surnames(lexicon, doc);
      join_state_names(tagger.gazetteer, lexicon, doc);
      unify_surname_types(tagger.gazetteer, doc);
      unify_name_types(doc);
      trim_person_honorifics(lexicon, doc);
      return;
    }
  }
}

}  // namespace newsgraph::extractor
