// The steps of extractor/ner.h for the conventions of e-mail and web text (round 6 of
// extractor/models/NER_MODELS.md): names of venues with a possessive, the "Surname, Given"
// display names of e-mail headers, acronyms of common nouns after an indefinite determiner,
// pronouns and shouted function words, weekdays in lists, greeting and signature lines, places
// written in lower case, software by its version number; and one sense per discourse for the
// types of the tagger's names. Their contracts are in ner.h.
#include <algorithm>
#include <cctype>
#include <array>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractor/ner.h"

namespace newsgraph::extractor {
namespace {

std::string_view token_text(const Document& doc, uint32_t t) { return doc.slice(doc.tokens[t].span); }

void sort_mentions(Document& doc) {
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

void set_tokens(const Document& doc, Mention& m, uint32_t first, uint32_t end) {
  m.first_token = first;
  m.end_token = end;
  m.span = Span{doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
}

bool is_function_word(const Lexicon& lexicon, std::string_view word) {
  auto c = find_common_word(lexicon, word);
  return c && (*c == WordClass::kFunction || *c == WordClass::kPronoun);
}

// Punctuation that ends a phrase (not a bracket or quotation mark, after which a possessive's
// noun may still follow: "Arafat's (the PLO leader's) call").
bool closes_phrase(std::string_view w) {
  return w == "," || w == "." || w == "?" || w == "!" || w == ";" || w == ":" || w == "-" || w == "--" ||
         w == "..." || w == "\xE2\x80\x94" || w == "\xE2\x80\x93";
}

bool known_organisation(const Gazetteer& gazetteer, const Lexicon& lexicon, std::string_view text) {
  return lookup(gazetteer, text, GazetteerKind::kWikiOrg) || find_organisation(lexicon, text);
}

bool known_place(const Gazetteer& gazetteer, const Lexicon& lexicon, std::string_view text) {
  return is_known_place(gazetteer, text) || lookup(gazetteer, text, GazetteerKind::kWikiPlace) ||
         find_place(lexicon, text);
}

}  // namespace

void join_possessive_venues(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc) {
  for (Mention& m : doc.mentions) {
    if (m.source != "model" || (m.type != EntityType::kPerson && m.type != EntityType::kOrg) ||
        m.sentence >= doc.sentences.size())
      continue;
    const Sentence& s = doc.sentences[m.sentence];
    const uint32_t k = m.end_token;
    if (k >= s.end_token || !is_capitalised(doc, k - 1)) continue;
    const std::string_view pos = token_text(doc, k);
    // EWT writes "McDonald's" without its apostrophe as "McDonald s".
    if (pos != "'s" && pos != "\xE2\x80\x99s" && pos != "s") continue;
    const std::string_view before = m.first_token > s.first_token ? token_text(doc, m.first_token - 1) : "";
    const bool place_preposition = before == "at" || before == "to";
    // The possessive has no noun of its own: the sentence ends, punctuation, or a function word.
    auto phrase_ends = [&](uint32_t t) {
      return t >= s.end_token || closes_phrase(token_text(doc, t)) ||
             (is_function_word(lexicon, token_text(doc, t)) && !is_capitalised(doc, t));
    };
    // "at Del Frisco's Philadelphia?": the branch's city, after "at" or "to" and before the end.
    const bool branch = place_preposition && k + 1 < s.end_token &&
                        lookup(gazetteer, token_text(doc, k + 1), GazetteerKind::kCity) && phrase_ends(k + 2);
    if (!phrase_ends(k + 1) && !branch) continue;
    // "The idea was Reyes's.": a person's predicative possessive, unless after "at"/"to" or in
    // EWT's apostrophe-less "s".
    if (m.type == EntityType::kPerson && !place_preposition && pos != "s") continue;
    set_tokens(doc, m, m.first_token, k + 1);
    if (m.type == EntityType::kPerson || place_preposition) m.type = EntityType::kFac;
  }
}

void join_inverted_sender_names(const Lexicon& lexicon, Document& doc) {
  auto quote = [&](uint32_t t) {
    std::string_view w = token_text(doc, t);
    return w == "\"" || w == "``" || w == "''" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D";
  };
  auto name_word = [&](uint32_t t) {
    return is_capitalised(doc, t) && has_letter(doc, t) && !find_common_word(lexicon, token_text(doc, t));
  };
  std::vector<Mention> found;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    for (uint32_t q = s.first_token; q + 4 < s.end_token; ++q) {
      if (!quote(q)) continue;
      // " Surname(s) , Given name(s) " < address >
      uint32_t comma = q + 1;
      while (comma < s.end_token && comma < q + 4 && name_word(comma)) ++comma;
      if (comma == q + 1 || comma >= s.end_token || token_text(doc, comma) != ",") continue;
      uint32_t close = comma + 1;
      while (close < s.end_token && close < comma + 4 && name_word(close)) ++close;
      if (close == comma + 1 || close >= s.end_token || !quote(close)) continue;
      // Before the address, or the whole line.
      const bool whole_line = q == s.first_token && close + 1 == s.end_token;
      const std::string_view after = close + 1 < s.end_token ? token_text(doc, close + 1) : "";
      if (!whole_line && after != "<" && after.find('@') == std::string_view::npos) continue;
      Mention m;
      set_tokens(doc, m, q + 1, close);
      m.sentence = si;
      m.type = EntityType::kPerson;
      m.confidence = 0.8f;
      m.source = "rule";
      found.push_back(m);
      q = close;
    }
  }
  for (Mention& name : found) {
    // The tagger's mentions inside the name give way; one crossing its edges wins.
    bool crossing = std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) {
      return m.span.overlaps(name.span) && !name.span.contains(m.span);
    });
    if (crossing) continue;
    std::erase_if(doc.mentions, [&](const Mention& m) { return name.span.contains(m.span); });
    doc.mentions.push_back(std::move(name));
  }
  if (!found.empty()) sort_mentions(doc);
}

void drop_acronym_common_nouns(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc) {
  auto acronym = [&](std::string_view w) {
    if (w.size() < 2 || w.size() > 6 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'A' || w[1] > 'Z') return false;
    return std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
  };
  std::erase_if(doc.mentions, [&](const Mention& m) {
    if (m.source != "model" || m.type != EntityType::kOrg || m.end_token != m.first_token + 1 ||
        m.sentence >= doc.sentences.size() || m.first_token == doc.sentences[m.sentence].first_token)
      return false;
    const std::string_view word = token_text(doc, m.first_token);
    if (!acronym(word) || known_organisation(gazetteer, lexicon, word) || known_place(gazetteer, lexicon, word))
      return false;
    const std::string before = lower_text(token_text(doc, m.first_token - 1));
    if (before != "a" && before != "an" && before != "any" && before != "another" && before != "each" &&
        before != "every" && before != "that" && before != "this")
      return false;
    // The acronym heads its noun phrase ("a CPA, ...", "that RFP."), not a modifier of the noun
    // after it ("an OSCE member", "a FIFA decision": organisations).
    const uint32_t next = m.end_token;
    if (next >= doc.sentences[m.sentence].end_token) return true;
    const std::string_view w = token_text(doc, next);
    // "that" may open a clause ("said that KFOR, UNMIK and ..."): then only at the sentence's end.
    if (before == "that" || before == "this") return w == "." || w == "?" || w == "!";
    return closes_phrase(w) || (is_function_word(lexicon, w) && !is_capitalised(doc, next));
  });
}

void drop_pronoun_mentions(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc) {
  // A shouted sentence: three or more words with letters, all in capitals.
  auto shouted = [&](uint32_t s) {
    uint32_t words = 0;
    for (uint32_t t = doc.sentences[s].first_token; t < doc.sentences[s].end_token; ++t) {
      if (!has_letter(doc, t)) continue;
      std::string_view w = token_text(doc, t);
      if (std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
      ++words;
    }
    return words >= 3;
  };
  std::erase_if(doc.mentions, [&](const Mention& m) {
    if (m.source != "model" || m.end_token != m.first_token + 1 || m.sentence >= doc.sentences.size()) return false;
    const std::string_view word = token_text(doc, m.first_token);
    // "I", "We" (a capitalised function word mid-sentence may be a name: the cricketer "Such").
    if (auto c = find_common_word(lexicon, word); c && *c == WordClass::kPronoun) return true;
    // "WHO WANTS TO HELP", but not "US" of "US TROOPS LEAVE".
    return shouted(m.sentence) && is_function_word(lexicon, lower_text(word)) &&
           !known_place(gazetteer, lexicon, word);
  });
}

void type_salutation_names(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc) {
  auto letters = [](std::string_view w) {
    return std::all_of(w.begin(), w.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
    });
  };
  std::vector<Mention> added;
  size_t next = 0;  // doc.mentions is sorted: walk it along with the sentences
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const uint32_t t = s.first_token, n = s.end_token - s.first_token;
    while (next < doc.mentions.size() && doc.mentions[next].end_token <= t) ++next;
    if (n == 0 || n > 2) continue;
    const std::string_view mark = n == 2 ? token_text(doc, t + 1) : "";
    if (n == 2 && mark != "," && mark != "-" && mark != "--" && mark != ":" && mark != "!") continue;
    const std::string_view word = token_text(doc, t);
    if (!is_capitalised(doc, t) || is_all_caps(doc, t) || !letters(word) || find_common_word(lexicon, word) ||
        known_place(gazetteer, lexicon, word) || known_organisation(gazetteer, lexicon, word) ||
        find_nationality(lexicon, word) || find_title(lexicon, word) || find_org_word(lexicon, word))
      continue;
    Mention* m = next < doc.mentions.size() && doc.mentions[next].first_token == t ? &doc.mentions[next] : nullptr;
    if (m && m->end_token == t + 1 && m->source == "model" && m->type != EntityType::kPerson) {
      m->type = EntityType::kPerson;  // "Cindy ," tagged ORG
    } else if (!m && mark == ",") {
      Mention p;  // "Renee ," untagged
      set_tokens(doc, p, t, t + 1);
      p.sentence = si;
      p.type = EntityType::kPerson;
      p.confidence = 0.6f;
      p.source = "rule";
      added.push_back(p);
    }
  }
  if (added.empty()) return;
  for (Mention& p : added) doc.mentions.push_back(std::move(p));
  sort_mentions(doc);
}

void tag_lower_case_places(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc) {
  using K = GazetteerKind;
  auto lower_word = [&](uint32_t t) {
    std::string_view w = token_text(doc, t);
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  auto place_kind = [](K k) { return k == K::kCity || k == K::kSubdivision || k == K::kCountry; };
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const Mention& m : doc.mentions)
    for (uint32_t t = m.first_token; t < m.end_token && t < covered.size(); ++t) covered[t] = true;
  std::vector<Mention> found;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    // Written without capitals, even the first word and "i" (news sentences have some).
    bool lower_case = true;
    for (uint32_t t = s.first_token; t < s.end_token && lower_case; ++t) lower_case = !is_capitalised(doc, t);
    if (!lower_case) continue;
    std::vector<std::string_view> words;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) words.push_back(token_text(doc, t));
    for (const GazetteerMatch& g : find_matches(gazetteer, words, false)) {
      const uint32_t first = s.first_token + g.first, end = s.first_token + g.end;
      if (!place_kind(g.entry->kind) || first == s.first_token || (!found.empty() && found.back().end_token > first))
        continue;
      // A place name of mixed case ("Lourdes", not "US"), written in lower-case words of four or
      // more letters in all ("greater noida"), none a common word ("us", "may").
      const std::string& phrase = g.entry->phrase;
      if (std::none_of(phrase.begin(), phrase.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
      bool ok = g.end - g.first > 1 || words[g.first].size() >= 4;
      for (uint32_t t = first; t < end && ok; ++t)
        ok = lower_word(t) && !covered[t] && !find_common_word(lexicon, words[t - s.first_token]) &&
             !words[t - s.first_token].ends_with("ing");  // "from banning", "to reading"
      if (!ok) continue;
      // After a preposition of place, before the end, punctuation or a function word.
      const std::string_view before = token_text(doc, first - 1);
      if (before != "in" && before != "to" && before != "from" && before != "near" && before != "between" &&
          before != "around" && before != "and")
        continue;
      if (end < s.end_token && !closes_phrase(token_text(doc, end)) && !is_function_word(lexicon, token_text(doc, end)) &&
          !find_common_word(lexicon, token_text(doc, end)))
        continue;
      Mention m;
      set_tokens(doc, m, first, end);
      m.sentence = si;
      m.type = EntityType::kGpe;
      m.confidence = 0.6f;
      m.source = "rule";
      found.push_back(m);
    }
  }
  if (found.empty()) return;
  for (Mention& m : found) doc.mentions.push_back(std::move(m));
  sort_mentions(doc);
}

void type_versioned_products(const Lexicon& lexicon, Document& doc) {
  // "4.0", "2.1.3", "v2": digits with one or more dots, or "v" and digits.
  auto version = [](std::string_view w) {
    if (w.size() >= 2 && (w[0] == 'v' || w[0] == 'V')) w.remove_prefix(1);
    else if (w.find('.') == std::string_view::npos) return false;
    return !w.empty() && w.front() != '.' && w.back() != '.' &&
           std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
  };
  std::vector<std::string> names;
  for (const Mention& m : doc.mentions) {
    if (m.source != "model" || m.sentence >= doc.sentences.size() || m.type == EntityType::kProduct) continue;
    const uint32_t k = m.end_token;
    if (k >= doc.sentences[m.sentence].end_token || !version(token_text(doc, k))) continue;
    // Not a score or a time of a table ("Kelm 2.5 3.1"), nor an amount ("Acme 3.5 billion"): the
    // version stands before the end, punctuation, a capitalised word or a common word.
    if (k + 1 < doc.sentences[m.sentence].end_token) {
      const std::string_view next = token_text(doc, k + 1);
      if (!closes_phrase(next) && !(has_letter(doc, k + 1) && is_capitalised(doc, k + 1)) &&
          !find_common_word(lexicon, next))
        continue;
    }
    names.emplace_back(doc.slice(m.span));
  }
  if (names.empty()) return;
  for (Mention& m : doc.mentions)
    if (m.source == "model" && std::find(names.begin(), names.end(), doc.slice(m.span)) != names.end())
      m.type = EntityType::kProduct;
}

void unify_name_types(Document& doc) {
  std::unordered_map<std::string_view, std::array<int, kEntityTypeCount>> votes;  // text -> count by type
  for (const Mention& m : doc.mentions)
    if (m.source == "model") ++votes[doc.slice(m.span)][static_cast<size_t>(m.type)];
  for (Mention& m : doc.mentions) {
    if (m.source != "model") continue;
    const auto& v = votes[doc.slice(m.span)];
    size_t best = static_cast<size_t>(m.type);
    for (size_t t = 0; t < v.size(); ++t)
      if (v[t] > v[best]) best = t;
    if (v[best] * 2 > std::accumulate(v.begin(), v.end(), 0)) m.type = static_cast<EntityType>(best);
  }
}

void drop_listed_weekdays(const Lexicon& lexicon, Document& doc) {
  // A weekday's name (the lexicon's weekday class) or its abbreviation, with or without a period.
  auto weekday = [&](uint32_t t) {
    std::string w = lower_text(token_text(doc, t));
    if (w.ends_with(".")) w.pop_back();
    static constexpr std::string_view kAbbreviations[] = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs",
                                                          "fri", "sat", "sun"};
    auto c = find_common_word(lexicon, w);
    return (c && *c == WordClass::kWeekday) ||
           std::find(std::begin(kAbbreviations), std::end(kAbbreviations), w) != std::end(kAbbreviations);
  };
  auto joiner = [&](uint32_t t) {
    std::string_view w = token_text(doc, t);
    return w == "," || w == "or" || w == "and" || w == "-" || w == "/" || w == "&";
  };
  std::erase_if(doc.mentions, [&](const Mention& m) {
    if (m.source != "model" || m.end_token != m.first_token + 1 || m.sentence >= doc.sentences.size() ||
        !weekday(m.first_token))
      return false;
    const Sentence& s = doc.sentences[m.sentence];
    // A day of a list: another day across one or two joiners ("Fri, Sat, or Sun").
    for (uint32_t gap = 1; gap <= 2; ++gap) {
      bool before = m.first_token >= s.first_token + gap + 1, after = m.end_token + gap < s.end_token;
      for (uint32_t k = 1; k <= gap; ++k) {
        before = before && joiner(m.first_token - k);
        after = after && joiner(m.end_token + k - 1);
      }
      if ((before && weekday(m.first_token - gap - 1)) || (after && weekday(m.end_token + gap))) return true;
    }
    return false;
  });
}

void drop_currency_and_planet_names(Document& doc) {
  // Plural names, or a singular one after a number ("5 Euro"; "six Euro ties" are European
  // cup games).
  static constexpr std::string_view kCurrencies[] = {"Euros", "Dollars", "Pounds", "Rupees",
                                                     "Pesos", "Francs", "Roubles", "Rubles"};
  static constexpr std::string_view kCurrency[] = {"Euro", "Dollar", "Pound", "Yen", "Yuan",
                                                   "Rupee", "Peso", "Franc", "Rouble", "Ruble"};
  static constexpr std::string_view kPlanets[] = {"Mercury", "Venus", "Mars", "Jupiter",
                                                  "Saturn", "Uranus", "Neptune", "Pluto"};
  auto listed = [](const auto& list, std::string_view w) {
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
  };
  auto in_longer_person = [&](std::string_view w) {
    for (const Mention& o : doc.mentions)
      if (o.type == EntityType::kPerson && o.end_token - o.first_token >= 2 &&
          (token_text(doc, o.first_token) == w || token_text(doc, o.end_token - 1) == w))
        return true;
    return false;
  };
  // Lower-case currency words after a code or name that is no place or nationality ("the CFA
  // franc": "CFA" is no organisation); "won", "mark" and "real" are common words too.
  static constexpr std::string_view kCurrencyWords[] = {
      "franc", "francs", "dollar", "dollars", "euro", "euros", "peso", "pesos", "yen", "yuan",
      "rupee", "rupees", "rouble", "roubles", "ruble", "rubles", "dinar", "dinars", "riyal",
      "riyals", "shekel", "shekels", "lira", "baht", "ringgit", "rupiah", "zloty", "forint",
      "krona", "kronor", "krone", "naira", "cedi", "cedis", "kwacha", "shilling", "shillings"};
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  std::erase_if(doc.mentions, [&](const Mention& m) {
    if (m.source != "model" || m.end_token != m.first_token + 1) return false;
    std::string_view w = token_text(doc, m.first_token);
    if (listed(kCurrencies, w)) return true;
    // A unit after "degrees" ("44 degrees Celsius", "30 degrees South").
    if (m.first_token > 0 && (token_text(doc, m.first_token - 1) == "degrees" ||
                              token_text(doc, m.first_token - 1) == "degree"))
      return true;
    if (m.end_token < n && listed(kCurrencyWords, token_text(doc, m.end_token)) &&
        m.type != EntityType::kGpe && m.type != EntityType::kNorp && m.type != EntityType::kLoc)
      return true;
    if (listed(kCurrency, w) && m.first_token > 0 &&
        std::isdigit(static_cast<unsigned char>(token_text(doc, m.first_token - 1)[0])))
      return true;
    return m.type == EntityType::kPerson && listed(kPlanets, w) && !in_longer_person(w);
  });
}

void trim_person_honorifics(const Lexicon& lexicon, Document& doc) {
  for (Mention& m : doc.mentions) {
    if (m.type != EntityType::kPerson || m.end_token - m.first_token < 2) continue;
    const Title* t = find_title(lexicon, token_text(doc, m.first_token));
    if (t && t->role == TitleRole::kHonorific) set_tokens(doc, m, m.first_token + 1, m.end_token);
  }
}

void split_city_state_names(const Gazetteer& gazetteer, Document& doc) {
  auto phrase = [&](uint32_t first, uint32_t end) {
    std::string out;
    for (uint32_t t = first; t < end; ++t) {
      if (t > first) out += ' ';
      out += token_text(doc, t);
    }
    return out;
  };
  auto us = [&](const std::string& text, GazetteerKind kind) {
    for (const GazetteerEntry* e : lookup_all(gazetteer, text))
      if (e->kind == kind && e->country == "US") return true;
    return false;
  };
  std::vector<Mention> added;
  for (Mention& m : doc.mentions) {
    if (m.type == EntityType::kPerson || m.end_token - m.first_token < 2) continue;
    for (uint32_t k = m.first_token + 1; k < m.end_token; ++k) {
      if (!us(phrase(m.first_token, k), GazetteerKind::kCity) ||
          !us(phrase(k, m.end_token), GazetteerKind::kSubdivision))
        continue;
      Mention state = m;
      state.type = EntityType::kGpe;
      set_tokens(doc, state, k, m.end_token);
      added.push_back(state);
      m.type = EntityType::kGpe;
      set_tokens(doc, m, m.first_token, k);
      break;
    }
  }
  if (added.empty()) return;
  doc.mentions.insert(doc.mentions.end(), added.begin(), added.end());
  sort_mentions(doc);
}

}  // namespace newsgraph::extractor
