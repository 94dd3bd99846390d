#include "extractor/quotes.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extractor/alias.h"
#include "extractor/coref.h"

namespace newsgraph::extractor {
namespace {

constexpr std::string_view kOpen = "\xE2\x80\x9C";   // “
constexpr std::string_view kClose = "\xE2\x80\x9D";  // ”
constexpr std::string_view kPrepositions[] = {
    "of", "in", "at", "from", "for", "with", "by", "to", "on", "into", "against", "between",
    "among", "about", "over", "under", "across", "through", "during", "after", "before"};
constexpr std::string_view kPersonalPronouns[] = {"he", "she", "they", "i", "we"};
constexpr std::string_view kAdverbs[] = {"also", "later", "then", "again", "once", "recently",
                                         "previously", "earlier", "has", "had", "have"};

// Words between titles or before one: "acting Chief Justice", "former Prime Minister".
// What an organisation issues and news quotes as the speaker: "…," the statement said.
constexpr std::string_view kStatementNouns[] = {"statement", "communique", "communiqu\xC3\xA9",
                                                "announcement", "declaration"};
// What may stand right before "the statement said" when the statement is the subject: the
// quote's comma or closing mark, or a sentence start.
constexpr std::string_view kStatementOpeners[] = {",", "\"", "''", "\xE2\x80\x9D", ".", "\n"};
constexpr std::string_view kTitleModifiers[] = {"acting", "former", "interim", "then", "outgoing",
                                                "incoming", "new", "deputy", "vice"};

template <size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

struct Speaker {
  int32_t entity = -1;
  bool found = false;  // a speaker phrase was read (even if unresolved)
  uint32_t first = 0, end = 0;
};

class QuoteFinder {
 public:
  QuoteFinder(const Lexicon& lex, Document& doc) : lex_(lex), doc_(doc) {
    mention_of_.assign(doc.tokens.size(), -1);
    for (size_t i = 0; i < doc.mentions.size(); ++i)
      for (uint32_t t = doc.mentions[i].first_token; t < doc.mentions[i].end_token; ++t)
        mention_of_[t] = static_cast<int32_t>(i);
    in_quote_.assign(doc.tokens.size(), false);
  }

  void run() {
    find_pairs();
    for (auto& [o, c] : pairs_)
      for (uint32_t t = o; t <= c && t < doc_.tokens.size(); ++t) in_quote_[t] = true;
    for (size_t i = 0; i < pairs_.size(); ++i) attribute(i);
  }

 private:
  std::string_view text(uint32_t t) const { return doc_.slice(doc_.tokens[t].span); }
  std::string lower(uint32_t t) const { return lower_text(text(t)); }
  bool is_mark(uint32_t t) const {
    std::string_view w = text(t);
    return w == kOpen || w == kClose || w == "\"";
  }
  bool newline_before(uint32_t t) const {
    if (t == 0) return false;
    uint32_t b = doc_.tokens[t - 1].span.end, e = doc_.tokens[t].span.begin;
    return std::string_view(doc_.text).substr(b, e - b).find('\n') != std::string_view::npos;
  }

  // Quote mark token pairs (open, close); close may be one past the paragraph for an open quote.
  void find_pairs() {
    int64_t open = -1;
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    int lines = 0;  // line breaks inside the open quote
    for (uint32_t t = 0; t < n; ++t) {
      if (open >= 0 && newline_before(t)) {
        // A paragraph that opens with a quote mark continues a quote ended without one (the
        // news convention); otherwise the quote runs on over the line break, for a few lines.
        if (is_mark(t) || ++lines > 3) {
          if (t > static_cast<uint32_t>(open) + 1 && lines <= 3)
            pairs_.emplace_back(static_cast<uint32_t>(open), t);
          open = -1;
        }
      }
      if (open < 0) lines = 0;
      std::string_view w = text(t);
      if (w == kOpen) {
        open = t;
      } else if (w == kClose) {
        if (open >= 0 && t > static_cast<uint32_t>(open) + 1) pairs_.emplace_back(static_cast<uint32_t>(open), t);
        open = -1;
      } else if (w == "\"") {
        if (open < 0) open = t;
        else {
          if (t > static_cast<uint32_t>(open) + 1) pairs_.emplace_back(static_cast<uint32_t>(open), t);
          open = -1;
        }
      }
    }
    if (open >= 0 && n > static_cast<uint32_t>(open) + 1) pairs_.emplace_back(static_cast<uint32_t>(open), n);
  }

  int32_t person_before(uint32_t t) const {
    for (int32_t mi = static_cast<int32_t>(doc_.mentions.size()) - 1; mi >= 0; --mi) {
      const Mention& m = doc_.mentions[mi];
      if (m.end_token <= t && m.type == EntityType::kPerson && !in_quote_[m.first_token])
        return m.entity;
    }
    return -1;
  }

  // The ORG mentioned last before token t, outside quotes, in t's sentence or the two before
  // it; -1 when none.
  int32_t organisation_before(uint32_t t) const {
    const uint32_t s = sentence_of_token(doc_, t);
    const uint32_t from = doc_.sentences[s >= 2 ? s - 2 : 0].first_token;
    for (int32_t mi = static_cast<int32_t>(doc_.mentions.size()) - 1; mi >= 0; --mi) {
      const Mention& m = doc_.mentions[mi];
      if (m.end_token > t) continue;
      if (m.first_token < from) break;
      // An organisation, or a seat of government that speaks for one ("the White House",
      // "the Kremlin", typed FAC).
      if ((m.type == EntityType::kOrg || m.type == EntityType::kFac) && !in_quote_[m.first_token])
        return m.entity;
    }
    return -1;
  }

  // The PERSON who holds `title` by doc.relations, nearest mentioned before token t.
  int32_t holder_of(const Title& title, int32_t country, uint32_t t) const {
    std::vector<int32_t> holders;
    for (const Relation& r : doc_.relations) {
      if (r.predicate == "position_held" && r.object_literal == title.canonical) holders.push_back(r.subject);
      if (r.predicate == "leader_of" && is_leader_role(title.role) && (country < 0 || r.object == country))
        holders.push_back(r.subject);
    }
    if (holders.empty()) return -1;
    int32_t best = -1;
    for (const Mention& m : doc_.mentions)
      if (m.end_token <= t && std::find(holders.begin(), holders.end(), m.entity) != holders.end())
        best = m.entity;
    return best >= 0 ? best : holders.front();
  }

  // A PERSON named after its title: "Governor Greg Abbott", "Justice Secretary Jesus
  // Remulla", "U.S. Steel chief executive David Burritt", "acting Chief Justice Moon": an
  // optional ORG/GPE/NORP mention, then one or more titles (with "acting", "former", ...),
  // then a PERSON mention. The mention alone is not enough: the title words before a name
  // are not part of it, and an ORG such as "Justice" must not speak for the person.
  std::optional<Speaker> titled_person_at(uint32_t k, uint32_t limit) const {
    uint32_t j = k;
    bool titled = false;
    for (int n = 0; n < 5 && j < limit; ++n) {
      const int32_t mi = mention_of_[j];
      const Mention* m = mi >= 0 && doc_.mentions[mi].first_token == j ? &doc_.mentions[mi] : nullptr;
      // A title the tagger took for a name ("Justice" PERSON in "Justice Secretary X") is
      // still a title when the title covers the whole mention.
      auto tm = match_title(lex_, doc_, j, limit);
      if (tm && tm->end_token > j && (mi < 0 || (m && m->end_token <= tm->end_token))) {
        titled = true;
        j = tm->end_token;
      } else if (mi < 0 && in(kTitleModifiers, lower(j))) {
        ++j;
      } else if (n == 0 && m &&
                 (m->type == EntityType::kOrg || m->type == EntityType::kGpe ||
                  m->type == EntityType::kNorp)) {
        j = m->end_token;  // "U.S. Steel chief executive ..."
      } else {
        break;
      }
    }
    if (!titled || j >= limit) return std::nullopt;
    int32_t mi = mention_of_[j];
    if (mi < 0 || doc_.mentions[mi].first_token != j || doc_.mentions[mi].type != EntityType::kPerson)
      return std::nullopt;
    return Speaker{doc_.mentions[mi].entity, true, k, doc_.mentions[mi].end_token};
  }

  // A possessive title in apposition before the name: "Kenya's attorney general, Justin
  // Muturi, told", "the country's interior minister, X, said", "its chief executive, X,
  // said". Speaker::end is the reporting verb after the name's comma, else the name's end.
  std::optional<Speaker> possessive_title_then_name(uint32_t k, uint32_t limit) const {
    uint32_t p = k;
    while (p < limit && p < k + 5 && !is_possessive_token(p)) ++p;
    const bool its = lower(k) == "its" || lower(k) == "his" || lower(k) == "her" || lower(k) == "their";
    uint32_t t = its ? k + 1 : p + 1;
    if (!its && (p >= limit || p == k || p >= k + 5)) return std::nullopt;
    while (t < limit && in(kTitleModifiers, lower(t))) ++t;
    auto tm = match_title(lex_, doc_, t, limit);
    // "the group's regional director", "Nigeria's information minister": up to two lower-case
    // words before the title.
    for (uint32_t skip = 1; !tm && skip <= 2 && t + skip < limit; ++skip) {
      if (!has_letter(doc_, t + skip - 1) || is_capitalised(doc_, t + skip - 1)) break;
      tm = match_title(lex_, doc_, t + skip, limit);
    }
    if (!tm) return std::nullopt;
    uint32_t c = tm->end_token;
    if (c + 1 >= limit || text(c) != ",") return std::nullopt;
    const int32_t mi = mention_of_[c + 1];
    if (mi < 0 || doc_.mentions[mi].first_token != c + 1 || doc_.mentions[mi].type != EntityType::kPerson)
      return std::nullopt;
    uint32_t end = doc_.mentions[mi].end_token;
    if (end + 1 < limit && text(end) == "," && find_reporting_verb(lex_, text(end + 1))) ++end;
    return Speaker{doc_.mentions[mi].entity, true, k, end};
  }
  bool is_possessive_token(uint32_t t) const {
    const std::string_view w = text(t);
    return w == "'s" || w == "\xE2\x80\x99s";
  }

  // A speaker phrase that starts at k: a titled name, a possessive title and the name in
  // apposition, a mention (with an apposition), a pronoun, or "the (NORP)? title (for X)?".
  Speaker speaker_at(uint32_t k, uint32_t limit) const {
    Speaker s;
    if (k >= limit) return s;
    if (auto titled = titled_person_at(k, limit)) return *titled;
    if (auto appos = possessive_title_then_name(k, limit)) return *appos;
    if (int32_t mi = mention_of_[k]; mi >= 0 && doc_.mentions[mi].first_token == k) {
      const Mention& m = doc_.mentions[mi];
      if (m.type == EntityType::kNorp) return s;
      s = {m.entity, true, k, m.end_token};
      // "Hugh Hill, a doctor, said": skip the apposition.
      if (s.end < limit && text(s.end) == ",")
        for (uint32_t j = s.end + 1; j < std::min(limit, s.end + 10); ++j)
          if (text(j) == ",") {
            if (j + 1 < limit && find_reporting_verb(lex_, text(j + 1))) s.end = j + 1;
            break;
          }
      return s;
    }
    std::string w = lower(k);
    if (w == "he" || w == "she") return {entity_at(doc_, k), true, k, k + 1};
    if (w == "they" || w == "it" || w == "we" || w == "i") return {-1, true, k, k + 1};
    // "…," the statement said / according to a statement posted online: the organisation
    // that issued it, the one named last before. Not "X issued a statement saying" (X speaks).
    if ((w == "the" || w == "a" || w == "its" || w == "their") && k + 1 < limit &&
        in(kStatementNouns, lower(k + 1)) &&
        ((k + 2 < doc_.tokens.size() && find_reporting_verb(lex_, text(k + 2)) &&
          (k == 0 || in(kStatementOpeners, text(k - 1)))) ||
         (k >= 2 && lower(k - 1) == "to" && lower(k - 2) == "according")))
      return {organisation_before(k), true, k, k + 2};
    if (w == "the" || w == "a" || w == "an") {
      uint32_t j = k + 1;
      if (j < limit && mention_of_[j] >= 0 && doc_.mentions[mention_of_[j]].first_token == j &&
          doc_.mentions[mention_of_[j]].type != EntityType::kNorp) {
        Speaker inner = speaker_at(j, limit);
        inner.first = k;
        return inner;
      }
      int32_t country = -1;
      if (j < limit && mention_of_[j] >= 0 && doc_.mentions[mention_of_[j]].type == EntityType::kNorp) {
        country = -1;  // resolved through leader_of below when the NORP links to a country
        const Mention& m = doc_.mentions[mention_of_[j]];
        for (const Relation& r : doc_.relations)
          if (r.predicate == "leader_of") {
            const Entity& c = doc_.entities[r.object];
            const Entity& norp = doc_.entities[m.entity];
            for (const std::string& a : norp.aliases)
              if (const std::string* place = nationality_place(lex_, a); place && *place == c.name)
                country = r.object;
          }
        j = m.end_token;
      }
      auto tm = match_title(lex_, doc_, j, limit);
      if (!tm) return s;
      uint32_t end = tm->end_token;
      // "a spokesman for the ministry" speaks for the organisation.
      if (end + 1 < limit && text(end) == "for") {
        uint32_t o = end + 1;
        if (o < limit && text(o) == "the") ++o;
        if (int32_t mi = mention_of_[o]; mi >= 0)
          return {doc_.mentions[mi].entity, true, k, doc_.mentions[mi].end_token};
      }
      return {holder_of(*tm->title, country, k) >= 0 ? holder_of(*tm->title, country, k) : person_before(k),
              true, k, end};
    }
    return s;
  }

  // A speaker phrase that ends right before token e (backwards).
  Speaker speaker_ending_at(uint32_t e, uint32_t first) const {
    if (e <= first) return {};
    uint32_t last = e - 1;
    if (int32_t mi = mention_of_[last]; mi >= 0) {
      const Mention& m = doc_.mentions[mi];
      if (m.type == EntityType::kNorp || in_quote_[m.first_token]) return {};
      return {m.entity, true, m.first_token, e};
    }
    std::string w = lower(last);
    if (w == "he" || w == "she") return {entity_at(doc_, last), true, last, e};
    // "the prime minister said", "the Canadian leader said"
    for (uint32_t j = last; j + 4 > last && j > first; --j) {
      std::string d = lower(j - 1);
      if (d == "the" || d == "a") {
        Speaker s = speaker_at(j - 1, e);
        if (s.found && s.end == e) return s;
        break;
      }
    }
    return {};
  }

  // "..., and Ursula von der Leyen, the president of the European Commission, said": a PERSON
  // and its apposition (opening with "the", "a", "an" or a title) right before the verb at k,
  // which a parse may hang elsewhere (on an earlier clause's object). nullopt otherwise.
  std::optional<Speaker> person_with_apposition_before(uint32_t k, uint32_t first) const {
    if (k < first + 4 || text(k - 1) != ",") return std::nullopt;
    for (uint32_t c = k - 2; c > first && c + 16 > k; --c) {
      if (in_quote_[c]) return std::nullopt;
      if (text(c) != ",") continue;
      const std::string opener = lower(c + 1);
      if (opener != "the" && opener != "a" && opener != "an" && !match_title(lex_, doc_, c + 1, k - 1))
        return std::nullopt;
      const int32_t mi = mention_of_[c - 1];
      if (mi < 0 || doc_.mentions[mi].end_token != c || doc_.mentions[mi].type != EntityType::kPerson)
        return std::nullopt;
      // "Ajay Burman, counsel for Shailendra Mahato, a leader of ..., told": a name after a
      // preposition is inside another's apposition, not the subject.
      if (after_preposition(doc_.mentions[mi].first_token, first)) return std::nullopt;
      return Speaker{doc_.mentions[mi].entity, true, doc_.mentions[mi].first_token, k};
    }
    return std::nullopt;
  }

  // The subject of the verb at v by the dependency parse: its nsubj, or for a participle or
  // infinitive without one ("The board removed him, saying ...") the nsubj of the verb it
  // depends on. A subject noun that names no entity speaks for the entity of its "of"/"for"
  // phrase ("the board of OpenAI"). nullopt when the tokens have no parse, the verb no
  // subject, or the subject no entity: the left scan then decides.
  std::optional<Speaker> parsed_subject(uint32_t v, uint32_t first) const {
    const auto& toks = doc_.tokens;
    if (toks[v].deprel.empty()) return std::nullopt;
    const uint32_t end = doc_.sentences[sentence_of_token(doc_, v)].end_token;
    auto child = [&](uint32_t head, auto pred) -> int64_t {
      for (uint32_t t = first; t < end; ++t)
        if (toks[t].head == static_cast<int32_t>(head) && pred(toks[t].deprel)) return t;
      return -1;
    };
    auto is_subject = [](const std::string& r) { return r == "nsubj" || r == "nsubj:pass"; };
    int64_t subj = child(v, is_subject);
    // "Turkey urged EU leaders to avoid ... and warned that ...": a second conjunct, an adverbial
    // clause or a complement shares the subject of the verb it hangs on, up three levels.
    for (uint32_t u = v, level = 0; subj < 0 && level < 3; ++level) {
      const std::string& rel = toks[u].deprel;
      if ((rel != "advcl" && rel != "xcomp" && rel != "conj") || toks[u].head < 0 ||
          static_cast<uint32_t>(toks[u].head) < first || static_cast<uint32_t>(toks[u].head) >= end)
        break;
      u = static_cast<uint32_t>(toks[u].head);
      subj = child(u, is_subject);
    }
    if (subj < 0 || in_quote_[subj]) return std::nullopt;
    const uint32_t s = static_cast<uint32_t>(subj);
    if (int32_t e = entity_at(doc_, s); e >= 0) return Speaker{e, true, s, s + 1};
    // A personal pronoun coreference left unresolved is still the subject: no other name in
    // the sentence speaks ("In an interview in the daily X on Saturday she said ...").
    if (toks[s].upos == "PRON" && in(kPersonalPronouns, lower(s))) return Speaker{-1, true, s, s + 1};
    if (toks[s].upos != "NOUN") return std::nullopt;
    int64_t of = child(s, [](const std::string& r) { return r == "nmod"; });
    if (of >= 0) {
      if (int32_t e = entity_at(doc_, static_cast<uint32_t>(of)); e >= 0)
        return Speaker{e, true, s, static_cast<uint32_t>(of) + 1};
    }
    return std::nullopt;
  }

  // True when a preposition opens the phrase that ends at the name starting at p, over
  // determiners and adjectives ("in the daily Neue Osnabruecker Zeitung").
  bool after_preposition(uint32_t p, uint32_t first) const {
    while (p > first) {
      if (in(kPrepositions, lower(p - 1))) return true;
      const std::string& upos = doc_.tokens[p - 1].upos;
      if (upos != "DET" && upos != "ADJ") return false;
      --p;
    }
    return false;
  }

  // The subject of a reporting verb at v, scanning left within the sentence: the nearest
  // speaker phrase that is not the object of a preposition.
  Speaker subject_of(uint32_t v, uint32_t first, bool adjacent = true) const {
    uint32_t k = v;
    while (k > first && in(kAdverbs, lower(k - 1))) --k;
    if (adjacent) {
      Speaker direct = speaker_ending_at(k, first);
      if (direct.found) return direct;
      if (auto appos = person_with_apposition_before(k, first)) return *appos;
    }
    if (auto parsed = parsed_subject(v, first)) return *parsed;
    for (uint32_t p = k; p > first;) {
      --p;
      if (in_quote_[p]) continue;
      if (int32_t mi = mention_of_[p]; mi >= 0) {
        const Mention& m = doc_.mentions[mi];
        p = m.first_token;
        if (m.type == EntityType::kNorp) continue;
        if (after_preposition(p, first)) continue;
        if (m.end_token < doc_.tokens.size() &&
            (text(m.end_token) == "'s" || text(m.end_token) == "\xE2\x80\x99s"))
          continue;
        return {m.entity, true, p, m.end_token};
      }
      std::string w = lower(p);
      if (w == "he" || w == "she") return {entity_at(doc_, p), true, p, p + 1};
      if (w == ";") break;
    }
    return {};
  }

  // "Xinhua quoted Wang Yi as saying": the person quoted speaks, not the medium that quotes
  // them. Looks for "quoted" in [from, stop) followed by a speaker phrase and "as saying"
  // (or "as telling", "as stating").
  std::optional<Speaker> quoted_as_saying(uint32_t from, uint32_t stop) const {
    for (uint32_t q = from; q + 3 < stop; ++q) {
      if (in_quote_[q] || lower(q) != "quoted") continue;
      Speaker s = speaker_at(q + 1, stop);
      if (!s.found || s.end + 1 >= stop || lower(s.end) != "as") continue;
      std::string v = lower(s.end + 1);
      if (v == "saying" || v == "telling" || v == "stating") {
        s.end += 2;
        return s;
      }
    }
    return std::nullopt;
  }

  // True when quote i (opening at o, at the start of `sent`) follows quote i-1 in the same
  // paragraph, quote i-1 has a speaker, and nothing between them names anyone else who could
  // speak: a nationality, or a name after a preposition ('"…," Faye told supporters in
  // Dakar. "…"'), is no new speaker.
  bool continues_previous_quote(size_t i, uint32_t o, const Sentence& sent) const {
    if (i == 0 || quote_speaker_.size() != i || !quote_speaker_[i - 1].found) return false;
    // A straight opening mark may close the previous sentence in the segmentation.
    if (o != sent.first_token && o + 1 != sent.first_token) return false;
    const uint32_t prev_close = pairs_[i - 1].second;
    if (prev_close >= o) return false;
    for (uint32_t t = prev_close + 1; t <= o; ++t) {
      if (newline_before(t)) return false;
      const int32_t mi = mention_of_[t];
      if (mi < 0 || doc_.mentions[mi].entity == quote_speaker_[i - 1].entity) continue;
      const Mention& m = doc_.mentions[mi];
      if (m.type != EntityType::kNorp && !after_preposition(m.first_token, prev_close + 1)) return false;
    }
    return true;
  }

  void attribute(size_t i) {
    auto [o, c] = pairs_[i];
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    if (c <= o + 1) {
      quote_speaker_.emplace_back();
      return;
    }
    uint32_t sent_index = sentence_of_token(doc_, o + 1);
    const Sentence& sent = doc_.sentences[sent_index];
    Quote q;
    q.span = Span{doc_.tokens[o].span.end, c < n ? doc_.tokens[c].span.begin : doc_.tokens[c - 1].span.end};
    // Trim whitespace inside the marks.
    while (q.span.begin < q.span.end && std::isspace(static_cast<unsigned char>(doc_.text[q.span.begin]))) ++q.span.begin;
    while (q.span.end > q.span.begin && std::isspace(static_cast<unsigned char>(doc_.text[q.span.end - 1]))) --q.span.end;
    q.sentence = sent_index;
    uint32_t words = 0;
    for (uint32_t t = o + 1; t < c; ++t)
      if (has_letter(doc_, t)) ++words;
    Speaker sp;
    uint32_t cue_first = 0, cue_end = 0;
    // After: "…," Xi said / said Xi / according to X. Not after a whole sentence quoted after a
    // colon ('Ruto told the court: "…." Amnesty called the ruling a test.'): the clause before
    // the colon says who spoke, and the next sentence is news of its own.
    const bool colon_sentence = o > 0 && text(o - 1) == ":" && c > o + 1 && text(c - 1) == ".";
    if (c + 1 < n && !colon_sentence) {
      uint32_t k = c + 1;
      if (text(k) == ",") ++k;
      const uint32_t limit = std::min<uint32_t>(n, k + 16);
      uint32_t stop = limit;
      for (uint32_t j = k; j < limit; ++j)
        if (is_mark(j) || newline_before(j)) { stop = j; break; }
      if (auto quoted = quoted_as_saying(k, stop)) {
        sp = *quoted;
        cue_first = k;
        cue_end = quoted->end;
      } else if (k < stop && find_reporting_verb(lex_, text(k)) && lower(k) != "according") {
        Speaker s = speaker_at(k + 1, stop);
        if (s.found) { sp = s; cue_first = k; cue_end = s.end; }
      } else if (k + 2 < stop && lower(k) == "according" && lower(k + 1) == "to") {
        Speaker s = speaker_at(k + 2, stop);
        if (s.found) { sp = s; cue_first = k; cue_end = s.end; }
      } else {
        Speaker s = speaker_at(k, stop);
        if (s.found) {
          uint32_t v = s.end;
          while (v < stop && in(kAdverbs, lower(v))) ++v;
          if (v < stop && find_reporting_verb(lex_, text(v)) && lower(v) != "according") {
            sp = s;
            cue_first = s.first;
            cue_end = v + 1;
          }
        }
      }
    }
    // Before: Xi said: "…" / "…," Xi said, "…"
    if (!sp.found && o > 0) {
      uint32_t k = o;
      while (k > 0 && (text(k - 1) == ":" || text(k - 1) == "," || lower(k - 1) == "that")) --k;
      uint32_t first = sent.first_token;
      if (i > 0 && pairs_[i - 1].second < o && pairs_[i - 1].second + 1 > first) first = pairs_[i - 1].second + 1;
      if (auto quoted = quoted_as_saying(first, k)) {
        sp = *quoted;
        cue_first = quoted->first;
        cue_end = quoted->end;
      }
      for (uint32_t v = k; !sp.found && v > first && v + 5 > k;) {
        --v;
        if (is_mark(v)) break;
        if (find_reporting_verb(lex_, text(v)) && lower(v) != "according") {
          Speaker s = subject_of(v, first);
          if (!s.found) s = speaker_at(v + 1, k);  // "said Xi: …"
          if (s.found) { sp = s; cue_first = std::min(s.first, v); cue_end = std::max(s.end, v + 1); }
          break;
        }
      }
    }
    // 'According to Ursula von der Leyen, "…"': the source named right before the quote.
    if (!sp.found && o >= sent.first_token + 3) {
      for (uint32_t a = sent.first_token; a + 2 < o; ++a) {
        if (lower(a) != "according" || lower(a + 1) != "to") continue;
        Speaker s = speaker_at(a + 2, o);
        if (s.found && (s.end == o || (s.end + 1 == o && text(s.end) == ","))) {
          sp = s;
          cue_first = a;
          cue_end = s.end;
        }
        break;
      }
    }
    // "Sunak defended the record: "…"": a quote after a colon is the clause subject's.
    if (!sp.found && o > sent.first_token && text(o - 1) == ":") {
      // The subject of the clause's main verb when the parse gives one ("Ingram ... dubbed the
      // conflict involving the Cruise video: "…""), else the nearest name on the left.
      std::optional<Speaker> parsed;
      for (uint32_t v = sent.first_token; v + 1 < o && !parsed; ++v)
        if (doc_.tokens[v].deprel == "root" && doc_.tokens[v].upos == "VERB")
          parsed = parsed_subject(v, sent.first_token);
      Speaker s = parsed ? *parsed : subject_of(o - 1, sent.first_token, false);
      if (s.found) { sp = s; cue_first = s.first; cue_end = o - 1; }
    }
    // A paragraph that reopens a quote continues the previous paragraph's speaker.
    if (!sp.found && i > 0 && newline_before(o) && pairs_[i - 1].second == o &&
        quote_speaker_.size() == i && quote_speaker_[i - 1].found)
      sp = quote_speaker_[i - 1];
    // '"…," Messi said. "Now …"': a quotation that opens a sentence of the same paragraph
    // right after an attributed one, with no other name between, goes on in the same voice.
    if (!sp.found && continues_previous_quote(i, o, sent)) sp = quote_speaker_[i - 1];
    // Sentence: a reporting verb of the quote's sentence with a speaker subject.
    if (!sp.found) {
      for (uint32_t v = sent.first_token; v < sent.end_token; ++v) {
        if (in_quote_[v] || !find_reporting_verb(lex_, text(v)) || lower(v) == "according") continue;
        if (v > o) break;  // the verb must come before the quote
        Speaker s = subject_of(v, sent.first_token);
        if (s.found) { sp = s; cue_first = s.first; cue_end = v + 1; }
      }
    }
    quote_speaker_.push_back(sp);
    if (!sp.found && words < 4) return;  // a scare quote
    q.speaker = sp.found ? sp.entity : -1;
    if (sp.found && cue_end > cue_first)
      q.cue = Span{doc_.tokens[cue_first].span.begin, doc_.tokens[cue_end - 1].span.end};
    doc_.quotes.push_back(q);
  }

  const Lexicon& lex_;
  Document& doc_;
  std::vector<int32_t> mention_of_;
  std::vector<bool> in_quote_;
  std::vector<std::pair<uint32_t, uint32_t>> pairs_;
  std::vector<Speaker> quote_speaker_;  // per pair, as attributed so far
};

}  // namespace

void extract_quotes(const Lexicon& lex, Document& doc) {
  if (doc.tokens.empty() || doc.sentences.empty()) return;
  QuoteFinder(lex, doc).run();
}

}  // namespace newsgraph::extractor
