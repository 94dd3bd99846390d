#include "extractor/relations.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "extractor/alias.h"
#include "extractor/coref.h"
#include "extractor/factuality.h"

namespace newsgraph::extractor {
namespace {

constexpr std::string_view kFormer[] = {"former", "ex", "ex-", "late", "then", "onetime",
                                        "one-time", "outgoing"};
constexpr std::string_view kDeterminers[] = {"the", "a", "an"};
constexpr std::string_view kNegations[] = {"not", "n't", "never", "no"};
constexpr std::string_view kHedges[] = {"may", "might", "could", "would", "should",
                                        "reportedly", "allegedly", "possibly", "likely"};
constexpr std::string_view kAuxiliaries[] = {
    "has", "have", "had", "will", "would", "may", "might", "could", "should", "can", "did",
    "does", "do", "is", "was", "were", "are", "been", "be", "not", "n't", "never", "also",
    "reportedly", "allegedly", "later", "then", "again", "formally", "officially", "just",
    "recently", "finally", "already", "still", "possibly", "likely"};
constexpr std::string_view kPrepositions[] = {
    "of", "in", "at", "from", "for", "with", "by", "to", "on", "into", "against", "between",
    "among", "about", "over", "under", "across", "through", "during", "after", "before",
    "like", "than", "toward", "towards", "near", "without", "within", "via"};
constexpr std::string_view kObjectReportingVerbs[] = {"tell", "ask", "urge", "praise", "hail",
                                                      "call", "describe", "tout"};
constexpr std::string_view kCopulas[] = {"is", "was", "became", "becomes", "remains",
                                         "remained"};

template <size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

bool is_possessive(std::string_view w) {
  return w == "'s" || w == "\xE2\x80\x99s" || w == "'" || w == "\xE2\x80\x99";
}

// "24th", "1st", "first", "second", "third": an ordinal number word.
bool is_ordinal(std::string_view w) {
  static constexpr std::string_view kOrdinals[] = {"first", "second", "third", "fourth", "fifth",
                                                   "sixth", "seventh", "eighth", "ninth", "tenth"};
  if (in(kOrdinals, w)) return true;
  if (w.size() < 3 || !std::isdigit(static_cast<unsigned char>(w[0]))) return false;
  std::string_view suffix = w.substr(w.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  return std::all_of(w.begin(), w.end() - 2,
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "founder", "co-founder": the title of one who founded an organisation.
bool is_founder(const Title& title) {
  return title.canonical == "Founder" || title.canonical == "Co-founder";
}

// A lower-case one-word title that says one works somewhere, not which post one holds
// ("Huawei executive Meng", "an official"): no position_held. "coach", "director",
// "commissioner" and "spokesman" name a post.
bool is_staff_noun(const Title& title) {
  if (title.role != TitleRole::kExecutive && title.role != TitleRole::kOfficial &&
      title.role != TitleRole::kLeader)
    return false;
  static constexpr std::string_view kPosts[] = {"Coach", "Director", "Commissioner", "Spokesman",
                                                "Spokeswoman", "Spokesperson"};
  return !in(kPosts, title.canonical);
}

// A military rank ("General", "Admiral", "Colonel"; Wikidata P410) is no position held
// (P39): "General Abdourahamane Tiani" holds no post by the rank, "the commander of the guard"
// does.
bool is_military_rank(const Title& title) {
  return title.role == TitleRole::kMilitary && title.canonical != "Commander";
}

// A post in a country's government or foreign service (a minister, a secretary, an
// ambassador or envoy): the country is the holder's employer. Not a lower-case one-word
// "diplomat" or "official" (a staff noun) nor a spokesman.
bool is_government_post(const Title& title) {
  return title.role == TitleRole::kMinister || title.role == TitleRole::kDiplomat;
}

bool is_place_like(EntityType t) {
  return t == EntityType::kGpe || t == EntityType::kLoc || t == EntityType::kNorp;
}

struct PendingBare {
  int32_t person = -1;
  const Title* title = nullptr;
  uint32_t sentence = 0;
  Span evidence;
  bool former = false;  // "former Prime Minister Amadou Ba": a past holder takes no office
};

// "OpenAI's president, Greg Brockman": leader_of or works_for the organisation, decided when
// the article's other heads of it are known.
struct OrgPresident {
  int32_t person = -1;
  int32_t org = -1;
  uint32_t sentence = 0;
  Span evidence;
  bool former = false;
  const char* extractor = "title";
};

struct Office {
  int32_t country = -1;
  std::string title;
  int32_t person = -1;
};

class RelationFinder {
 public:
  RelationFinder(const Lexicon& lex, Document& doc) : lex_(lex), doc_(doc) {
    mention_of_.assign(doc.tokens.size(), -1);
    for (size_t i = 0; i < doc.mentions.size(); ++i)
      for (uint32_t t = doc.mentions[i].first_token; t < doc.mentions[i].end_token; ++t)
        mention_of_[t] = static_cast<int32_t>(i);
  }

  void run() {
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.entity < 0) continue;
      if (m.type == EntityType::kPerson) {
        title_before(m);
        title_after(m);
        possessive_before(m);
      }
      if (m.type == EntityType::kFac || m.type == EntityType::kGpe) located(m);
    }
    of_phrases();
    led_by();
    ownership();
    completed_acquisitions();
    successions();
    pronoun_copulas();
    active_appointments();
    possessive_pronoun_titles();
    titles_before_names();
    whose_titles();
    relative_leaders();
    roles_as();
    possessive_determiners();
    possessive_acquisitions();
    headquarters();
    nationalities();
    descriptive_appositions();
    passports();
    lexicon_locations();
    resolve_org_presidents();
    resolve_bare_titles();
    predecessors();
    open_relations();
  }

 private:
  std::string_view text(uint32_t t) const { return doc_.slice(doc_.tokens[t].span); }
  const Sentence& sentence(uint32_t s) const { return doc_.sentences[s]; }

  // The mention that ends right before token `end` (its last token is end-1), or -1.
  int32_t mention_ending_at(uint32_t end, uint32_t first_allowed) const {
    if (end == 0 || end - 1 < first_allowed) return -1;
    int32_t mi = mention_of_[end - 1];
    if (mi < 0 || doc_.mentions[mi].end_token != end) return -1;
    return mi;
  }
  int32_t mention_starting_at(uint32_t t, uint32_t limit) const {
    if (t >= limit) return -1;
    int32_t mi = mention_of_[t];
    if (mi < 0 || doc_.mentions[mi].first_token != t) return -1;
    return mi;
  }

  Span span_of(uint32_t first, uint32_t end) const {
    return Span{doc_.tokens[first].span.begin, doc_.tokens[end - 1].span.end};
  }

  void relate(int32_t subject, const std::string& predicate, int32_t object,
              const std::string& literal, uint32_t sent, Span evidence, float confidence,
              const char* extractor, bool former = false) {
    if (subject < 0 || (object < 0 && literal.empty()) || subject == object) return;
    Relation r;
    r.subject = subject;
    r.predicate = predicate;
    r.object = object;
    r.object_literal = literal;
    r.sentence = sent;
    r.evidence = evidence;
    r.confidence = confidence;
    r.extractor = extractor;
    r.former = former;
    add_relation(doc_, std::move(r));
  }

  // True when a NORP entity's lexicon entry names a place (a nationality, not a party or a
  // religion).
  bool linked_country_known(int32_t norp) const {
    for (const std::string& a : doc_.entities[norp].aliases)
      if (nationality_place(lex_, a)) return true;
    return false;
  }

  // The ORG entity of a political group ("Liberal" -> "Liberal Party", "Democrat" ->
  // "Democratic Party"), else the group's own entity.
  int32_t party_of(int32_t norp) const {
    const std::string& group = doc_.entities[norp].name;
    std::string stem = group.size() > 3 ? group.substr(0, group.size() - 2) : group;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& ent = doc_.entities[e];
      if (ent.type == EntityType::kOrg && ent.name.rfind(stem, 0) == 0 &&
          (ent.name.ends_with(" Party") || ent.name.ends_with(" party")))
        return static_cast<int32_t>(e);
    }
    return norp;
  }

  // What one title says: position_held, leader_of, works_for; bare leader titles wait.
  void title_relations(int32_t person, const TitleMatch& tm, uint32_t title_first,
                       int32_t modifier, bool former, uint32_t sent, Span evidence,
                       const char* extractor, const std::string& literal = "") {
    const Title& title = *tm.title;
    if (title.role == TitleRole::kHonorific) return;
    if (is_founder(title)) {
      // "the founder of FTX", "a co-founder of the firm": founded_by (Wikidata P112), not a
      // position or employment.
      if (modifier >= 0 && doc_.mentions[modifier].type == EntityType::kOrg)
        relate(doc_.mentions[modifier].entity, "founded_by", person, "", sent, evidence, 0.8f,
               extractor);
      return;
    }
    bool lower_single = tm.end_token - title_first == 1 && !is_capitalised(doc_, title_first) &&
                        literal.empty();
    bool generic = (lower_single && is_staff_noun(title)) || is_military_rank(title);
    if (!generic)
      relate(person, "position_held", -1, literal.empty() ? title.canonical : literal, sent,
             evidence, former ? 0.7f : 0.9f, extractor, former);
    if (modifier < 0) {
      if (is_leader_role(title.role) && !generic)
        pending_.push_back({person, &title, sent, evidence, former});
      return;
    }
    const Mention& mod = doc_.mentions[modifier];
    if (mod.entity < 0) return;
    // "a White House spokesman": a building the lexicon lists as an institution stands for it
    // (the guidelines type the White House ORG).
    const EntityType mod_type = organisation_like(modifier) ? EntityType::kOrg : mod.type;
    if (mod.type == EntityType::kNorp && linked_country(lex_, doc_, mod.entity, false, false) < 0 &&
        !linked_country_known(mod.entity)) {
      // A political group: "Liberal leader Mark Carney" leads the Liberal Party (the party's
      // ORG entity when the text names it, else the group), "Liberal candidate Bruce Fanjoy" is
      // a member.
      int32_t party = party_of(mod.entity);
      if (is_leader_role(title.role) || title.role == TitleRole::kExecutiveHead)
        relate(person, "leader_of", party, "", sent, evidence, former ? 0.6f : 0.8f, extractor,
               former);
      else
        // "the former Anglican archbishop": the post is past, the membership is not said to be.
        relate(person, "member_of", party, "", sent, evidence, 0.7f, extractor);
      return;
    }
    if (is_place_like(mod.type)) {
      // A country's minister or envoy works for it (the guidelines: "the U.S. ambassador"
      // gives works_for United States): "Mexico's foreign minister, Alicia Barcena", "the
      // Mexican ambassador, Raquel Serur", "U.S. Secretary of State Antony Blinken".
      if (is_government_post(title)) {
        int32_t place = mod.type == EntityType::kNorp
                            ? linked_country(lex_, doc_, mod.entity, false, true)
                            : mod.entity;
        // A country, not a continent or a city: "a former Europe minister" names a portfolio.
        if (mod.type != EntityType::kNorp) {
          const Place* p = entity_place(lex_, doc_, mod.entity);
          if (!p || !p->country.empty() || p->type != EntityType::kGpe) place = -1;
        }
        if (place >= 0)
          relate(person, "works_for", place, "", sent, evidence, former ? 0.6f : 0.8f,
                 extractor, former);
        // "Danish Ambassador X": an envoy named by nationality is also its citizen.
        if (place >= 0 && mod.type == EntityType::kNorp && title.role == TitleRole::kDiplomat)
          relate(person, "citizen_of", place, "", sent, evidence, 0.7f, extractor);
        return;
      }
      // "Canadian businessman", "Canadian diplomat": a nationality of a non-leader.
      if (mod.type == EntityType::kNorp && !is_leader_role(title.role) &&
          title.role != TitleRole::kMinister && title.role != TitleRole::kLegislator &&
          title.role != TitleRole::kJudge && title.role != TitleRole::kExecutiveHead) {
        int32_t country = linked_country(lex_, doc_, mod.entity, false, true);
        if (country >= 0) relate(person, "citizen_of", country, "", sent, evidence, 0.7f, extractor);
      }
      if (!is_leader_role(title.role)) return;
      int32_t place = mod.entity;
      if (mod.type == EntityType::kNorp) place = linked_country(lex_, doc_, mod.entity, false, true);
      if (place < 0) return;
      relate(person, "leader_of", place, "", sent, evidence, former ? 0.6f : 0.9f, extractor,
             former);
      if (!former) offices_.push_back({place, title.canonical, person});
    } else if (mod_type == EntityType::kOrg) {
      // The head of an organisation leads it (Wikidata P488, chairperson / chief executive);
      // other staff work for it. An administrator heads an agency only as its capitalised
      // title ("NASA Administrator Bill Nelson"); "a UN administrator" works for it.
      bool head = title.role == TitleRole::kExecutiveHead &&
                  !(title.canonical == "Administrator" && !is_capitalised(doc_, title_first));
      if (title.canonical == "President" && !former) {
        // A company's president leads it unless the article names another head of it ("the
        // company has a chief executive": OpenAI's president works for it); decided once all
        // titles are read.
        org_presidents_.push_back({person, mod.entity, sent, evidence, former, extractor});
        return;
      }
      if (head && !former) org_heads_.push_back({mod.entity, person});
      if (head || is_leader_role(title.role))
        relate(person, "leader_of", mod.entity, "", sent, evidence, former ? 0.6f : 0.85f,
               extractor, former);
      else
        relate(person, "works_for", mod.entity, "", sent, evidence, former ? 0.7f : 0.85f,
               extractor, former);
    }
  }

  // [M ('s)?] T P
  void title_before(const Mention& m) {
    const uint32_t sf = sentence(m.sentence).first_token;
    const uint32_t f = m.first_token;
    std::optional<TitleMatch> best;
    uint32_t ts = f;
    for (uint32_t j = f > lex_.longest_title ? f - lex_.longest_title : 0; j < f; ++j) {
      if (j < sf || mention_of_[j] >= 0) continue;
      auto tm = match_title(lex_, doc_, j, f);
      if (tm && tm->end_token == f) {
        best = tm;
        ts = j;
        break;
      }
    }
    if (!best) return;
    // "Prime Minister Sheikh Hasina": an honorific between a title and the name (the alias
    // step left it out of the name) gives way to the title before it.
    if (best->title->role == TitleRole::kHonorific) {
      for (uint32_t j = ts > lex_.longest_title ? ts - lex_.longest_title : 0; j < ts; ++j) {
        if (j < sf || mention_of_[j] >= 0) continue;
        auto tm = match_title(lex_, doc_, j, ts);
        if (tm && tm->end_token == ts && tm->title->role != TitleRole::kHonorific) {
          best = tm;
          ts = j;
          break;
        }
      }
    }
    // "Public Safety Minister Marco Mendicino": capitalised words before a minister's title
    // name the portfolio and belong to the title.
    std::string literal;
    if (best->title->role == TitleRole::kMinister && is_capitalised(doc_, ts)) {
      uint32_t j = ts;
      // ("Chief Cabinet Secretary": "Chief" alone is a title but here part of the portfolio.)
      auto other_title = [&](uint32_t w) {
        auto m = match_title(lex_, doc_, w, w + 1);
        return m && m->title->canonical != "Chief";
      };
      while (j > sf && mention_of_[j - 1] < 0 && is_capitalised(doc_, j - 1) &&
             has_letter(doc_, j - 1) && !find_common_word(lex_, text(j - 1)) && !other_title(j - 1))
        --j;
      if (j < ts) {
        literal = phrase_text(doc_, j, f);
        ts = j;
      }
    }
    uint32_t k = ts;  // one past the modifier
    bool former = false;
    if (k > sf && in(kFormer, lower_text(text(k - 1)))) {
      former = true;
      --k;
    }
    uint32_t mod_end = k;
    if (mod_end > sf && is_possessive(text(mod_end - 1))) --mod_end;
    int32_t modifier = mention_ending_at(mod_end, sf);
    if (modifier >= 0 && doc_.mentions[modifier].type == EntityType::kPerson) modifier = -1;
    uint32_t ev_first = ts, ev_end = m.end_token;
    if (modifier >= 0) {
      ev_first = doc_.mentions[modifier].first_token;
      if (ev_first > sf && in(kFormer, lower_text(text(ev_first - 1)))) former = true;
    } else {
      // "Judge Amit Mehta of the U.S. District Court", "President Emmanuel Macron of France":
      // the "of" phrase after the name is the title's organisation or country.
      const uint32_t se = sentence(m.sentence).end_token;
      uint32_t o = m.end_token;
      if (o + 1 < se && text(o) == "of") {
        ++o;
        if (text(o) == "the") ++o;
        int32_t of_mod = mention_starting_at(o, se);
        if (of_mod >= 0 && (doc_.mentions[of_mod].type == EntityType::kOrg ||
                            doc_.mentions[of_mod].type == EntityType::kGpe)) {
          modifier = of_mod;
          ev_end = doc_.mentions[of_mod].end_token;
        }
      }
    }
    const size_t pending_before = pending_.size();
    title_relations(m.entity, *best, ts, modifier, former, m.sentence, span_of(ev_first, ev_end),
                    "title", literal);
    // "parliament president Rita Suessmuth", "union leader X": a common noun before the title
    // names the body led; the title is no country's.
    if (modifier < 0 && k > sf && mention_of_[k - 1] < 0 && doc_.tokens[k - 1].upos == "NOUN" &&
        !is_capitalised(doc_, k - 1))
      pending_.resize(pending_before);
  }

  // P , (the|a)? [M ('s)?] T (of M)? ,|.   and   P is (the|a)? [M ('s)?] T (of M)?
  void title_after(const Mention& m) { title_after_subject(m.entity, m.first_token, m.end_token, m.sentence); }

  // "he had been governor of the Bank of Canada": the copula with a pronoun subject.
  void pronoun_copulas() {
    for (uint32_t t = 0; t < doc_.tokens.size(); ++t) {
      std::string w = lower_text(text(t));
      if (w != "he" && w != "she") continue;
      int32_t person = extractor::entity_at(doc_, t);
      if (person >= 0)
        title_after_subject(person, t, t + 1, sentence_of_token(doc_, t), TitleLink::kCopula);
    }
  }

  // "The New Democratic Party suffered a collapse. Its leader, Jagmeet Singh, lost ...": a
  // sentence opened by "Its"/"Their" + title + "," + person gives the title's relations to the
  // subject of the previous sentence (an organisation or a place that opens it).
  void possessive_pronoun_titles() {
    for (uint32_t s = 1; s < doc_.sentences.size(); ++s) {
      const Sentence& cur = sentence(s);
      uint32_t f = cur.first_token;
      if (f + 3 >= cur.end_token || (text(f) != "Its" && text(f) != "Their")) continue;
      auto tm = match_title(lex_, doc_, f + 1, cur.end_token);
      if (!tm || tm->end_token + 1 >= cur.end_token || text(tm->end_token) != ",") continue;
      int32_t pm = mention_starting_at(tm->end_token + 1, cur.end_token);
      if (pm < 0 || doc_.mentions[pm].type != EntityType::kPerson || doc_.mentions[pm].entity < 0)
        continue;
      const Sentence& prev = sentence(s - 1);
      uint32_t k = prev.first_token;
      if (k < prev.end_token && lower_text(text(k)) == "the") ++k;
      int32_t antecedent = mention_starting_at(k, prev.end_token);
      if (antecedent >= 0 && doc_.mentions[antecedent].type != EntityType::kOrg &&
          doc_.mentions[antecedent].type != EntityType::kGpe)
        antecedent = -1;
      // "Trading in Evergrande's shares was suspended. Its chief executive, Shawn Siu, ...":
      // when no name opens the previous sentence and coreference left "Its" open, the one
      // organisation or place that sentence names.
      if (antecedent < 0 && text(f) == "Its" && possessor_at(f) < 0)
        antecedent = only_org_or_place(s - 1);
      if (antecedent < 0) continue;
      title_relations(doc_.mentions[pm].entity, *tm, f + 1, antecedent, false, s,
                      span_of(f, doc_.mentions[pm].end_token), "possessive-pronoun");
    }
  }

  // "policy chief", "spy chief": a lower-case noun before the bare title "chief" names the
  // portfolio; the literal "policy chief" when token t is such a noun before tm, else "".
  std::string portfolio_chief(uint32_t t, const TitleMatch& tm) const {
    if (tm.title->canonical != "Chief" || mention_of_[t] >= 0 || is_capitalised(doc_, t) ||
        doc_.tokens[t].upos != "NOUN" || match_title(lex_, doc_, t, t + 1))
      return "";
    return phrase_text(doc_, t, tm.end_token);
  }

  // The mention of the one ORG or GPE entity sentence `s` names (by name, not by a pronoun),
  // or -1 when it names none or several.
  int32_t only_org_or_place(uint32_t s) const {
    int32_t found = -1;
    for (uint32_t t = sentence(s).first_token; t < sentence(s).end_token; ++t) {
      int32_t mi = mention_of_[t];
      if (mi < 0 || doc_.mentions[mi].first_token != t || doc_.mentions[mi].entity < 0) continue;
      const Mention& m = doc_.mentions[mi];
      if (is_coref_mention(m) || (m.type != EntityType::kOrg && m.type != EntityType::kGpe))
        continue;
      if (found >= 0 && doc_.mentions[found].entity != m.entity) return -1;
      if (found < 0) found = mi;
    }
    return found;
  }

  // The copula after token k ("is", "was", "became", "had been", "served as"): one past it,
  // or k when there is none.
  uint32_t skip_copula(uint32_t k, uint32_t se) const {
    uint32_t j = k;
    if (j < se && (text(j) == "had" || text(j) == "has" || text(j) == "have")) ++j;
    // Passive appointments: "was sworn in as", "was elected", "has been named", "was appointed
    // as" (the active "Trump named X" has another subject and does not match).
    if (j + 1 < se && (text(j) == "was" || text(j) == "is" || text(j) == "were" ||
                       text(j) == "been")) {
      uint32_t a = j + 1;
      if (a + 2 < se && text(a) == "sworn" && text(a + 1) == "in" && text(a + 2) == "as")
        return a + 3;
      if (text(a) == "elected" || text(a) == "named" || text(a) == "appointed" ||
          text(a) == "re-elected" || text(a) == "installed") {
        if (a + 1 < se && text(a + 1) == "as") return a + 2;
        return a + 1;
      }
    }
    if (j < se && (text(j) == "been" || in(kCopulas, text(j)))) return j + 1;
    if (j + 1 < se && (text(j) == "served" || text(j) == "serves" || text(j) == "serving") &&
        text(j + 1) == "as")
      return j + 2;
    // "Freeland stays on as minister of transport"
    if (j + 2 < se && (text(j) == "stays" || text(j) == "stayed" || text(j) == "remains") &&
        text(j + 1) == "on" && text(j + 2) == "as")
      return j + 3;
    // "he will resign as leader of the party": one still holds the office one will leave.
    if (j + 2 < se && (text(j) == "will" || text(j) == "would") &&
        (text(j + 1) == "resign" || text(j + 1) == "quit") && text(j + 2) == "as")
      return j + 3;
    // "for Sam Altman to return as chief executive", "returned as chairman": back in the post.
    if (j + 2 < se && (text(j) == "to" || text(j) == "will" || text(j) == "would") &&
        text(j + 1) == "return" && text(j + 2) == "as")
      return j + 3;
    if (j + 1 < se && (text(j) == "returned" || text(j) == "returns") && text(j + 1) == "as")
      return j + 2;
    // "Lecornu resigned as prime minister": one leaves an office one held.
    if (j + 1 < se && (text(j) == "resigned" || text(j) == "quit") && text(j + 1) == "as")
      return j + 2;
    if (j + 2 < se && (text(j) == "stepped" || text(j) == "steps") && text(j + 1) == "down" &&
        text(j + 2) == "as")
      return j + 3;
    return k;
  }

  // The ORG mention that opens sentence `s` as the subject of its verb ("OpenAI said", "Acme
  // named"; after a dateline "CITY (Agency) —"), or -1.
  int32_t opening_org(uint32_t s) const {
    uint32_t k = sentence(s).first_token;
    const uint32_t se = sentence(s).end_token;
    // A dateline: capitals, an agency in parentheses, a dash.
    for (uint32_t j = k; j < se && j < k + 12; ++j)
      if (text(j) == "\xE2\x80\x94" || text(j) == "--" || text(j) == "-") {
        if (is_all_caps(doc_, k)) k = j + 1;
        break;
      }
    if (k < se && text(k) == "The") ++k;
    const int32_t mi = mention_starting_at(k, se);
    if (mi < 0 || doc_.mentions[mi].type != EntityType::kOrg || doc_.mentions[mi].entity < 0 ||
        is_coref_mention(doc_.mentions[mi]))
      return -1;
    const uint32_t after = doc_.mentions[mi].end_token;
    if (after >= se || (doc_.tokens[after].upos != "VERB" && doc_.tokens[after].upos != "AUX"))
      return -1;
    return mi;
  }

  // True when mention `mi` is an ORG, or a FAC that the lexicon's organisations list (an
  // institution named by its building: the White House, Downing Street).
  bool organisation_like(int32_t mi) const {
    const Mention& m = doc_.mentions[mi];
    if (m.type == EntityType::kOrg) return true;
    return m.type == EntityType::kFac && m.entity >= 0 &&
           find_organisation(lex_, doc_.entities[m.entity].name) != nullptr;
  }

  // For a country word at t ("the country's", "the kingdom's", "the nation's"), the mention
  // of the country named last before it, in its sentence or the two before (a country of the
  // lexicon; a kingdom's must have a king or queen among its offices), else -1.
  int32_t country_before(uint32_t t) const {
    static constexpr std::string_view kCountryWords[] = {"country", "nation", "kingdom",
                                                         "republic", "emirate", "sultanate"};
    const std::string w = lower_text(text(t));
    if (!in(kCountryWords, w)) return -1;
    const uint32_t s = sentence_of_token(doc_, t);
    const uint32_t from = sentence(s >= 2 ? s - 2 : 0).first_token;
    for (uint32_t j = t; j-- > from;) {
      int32_t mi = mention_of_[j];
      if (mi < 0 || doc_.mentions[mi].first_token != j || doc_.mentions[mi].entity < 0) continue;
      const Mention& m = doc_.mentions[mi];
      if (m.type != EntityType::kGpe || is_coref_mention(m)) continue;
      const Place* p = entity_place(lex_, doc_, m.entity);
      if (!p || !p->country.empty()) continue;
      auto office = [&](std::string_view o) {
        return std::find(p->offices.begin(), p->offices.end(), o) != p->offices.end();
      };
      if (w == "kingdom" && !office("King") && !office("Queen")) continue;
      if (w == "emirate" && !office("Emir")) continue;
      if (w == "sultanate" && !office("Sultan")) continue;
      return mi;
    }
    return -1;
  }

  // The entity a possessive determiner at t stands for (his, her, its, their resolved by
  // extractor/coref.h), or -1.
  int32_t possessor_at(uint32_t t) const {
    std::string w = lower_text(text(t));
    if (w != "his" && w != "her" && w != "its" && w != "their") return -1;
    return extractor::entity_at(doc_, t);
  }

  // A title written before its holder's name and set off by a comma, with a determiner, a
  // possessive or a name's possessive before it:
  //   (the|a|POSS|M 's) (ADJ){0,2} T (in GPE | and (ADJ)? NOUN)? , P (,|.|and|said)
  //   "Qatar's emir, Sheikh Tamim", "her finance minister and close ally, Kwasi Kwarteng",
  //   "a federal judge in San Francisco, Jacqueline Corley"
  // ("T of M , P" is of_phrases).
  void titles_before_names() {
    for (const Sentence& s : doc_.sentences) {
      const uint32_t sent = static_cast<uint32_t>(&s - doc_.sentences.data());
      uint32_t covered = 0;  // one past the last title read: "executive" in "chief executive"
      for (uint32_t t = s.first_token + 1; t + 2 < s.end_token; ++t) {
        if (mention_of_[t] >= 0 || t < covered) continue;
        auto tm = match_title(lex_, doc_, t, s.end_token);
        if (!tm) continue;
        covered = tm->end_token;
        if (tm->title->role == TitleRole::kHonorific) continue;
        uint32_t b = t;
        // "the embassy's acting head", "its interim chief executive"
        while (b > s.first_token && b + 2 > t && mention_of_[b - 1] < 0 &&
               !is_capitalised(doc_, b - 1) &&
               (doc_.tokens[b - 1].upos == "ADJ" || text(b - 1) == "acting" ||
                text(b - 1) == "interim"))
          --b;
        // "its policy chief, Koichi Hagiuda"
        std::string literal;
        if (b == t && b > s.first_token + 1) {
          literal = portfolio_chief(b - 1, *tm);
          if (!literal.empty()) --b;
        }
        // "A government spokesman, Isaac Mwaura", "a state judge in Seattle, X": a lower-case
        // noun between the article and the title names the kind of body, which the text does
        // not name (a post held; no country's leader to infer).
        bool noun_body = false;
        if (literal.empty() && b == t && b >= s.first_token + 2 && mention_of_[b - 1] < 0 &&
            doc_.tokens[b - 1].upos == "NOUN" && !is_capitalised(doc_, b - 1) &&
            !match_title(lex_, doc_, b - 1, b) &&
            (lower_text(text(b - 2)) == "a" || lower_text(text(b - 2)) == "an" ||
             lower_text(text(b - 2)) == "the")) {
          --b;
          noun_body = true;
        }
        if (b == s.first_token) continue;
        int32_t modifier = -1;
        bool former = false;
        if (in(kFormer, lower_text(text(b - 1))) && b - 1 > s.first_token) {
          former = true;
          --b;
        }
        // "the Mexican ambassador, Raquel Serur": a nationality or a country between the
        // determiner and the title; "a White House spokesman, John Kirby": an organisation.
        int32_t place_before = -1;
        if (int32_t pm = mention_ending_at(b, s.first_token);
            pm >= 0 && doc_.mentions[pm].first_token > s.first_token &&
            (doc_.mentions[pm].type == EntityType::kNorp ||
             doc_.mentions[pm].type == EntityType::kGpe || organisation_like(pm)) &&
            in(kDeterminers, lower_text(text(doc_.mentions[pm].first_token - 1)))) {
          place_before = pm;
          b = doc_.mentions[pm].first_token;
        }
        std::string before = lower_text(text(b - 1));
        uint32_t ev_first = b - 1;
        // The title belongs to something the text does not name ("the embassy's acting head",
        // an "its" coreference left open): a post held, but no country's leader to infer.
        bool unnamed_holder = noun_body;
        if (is_possessive(before)) {
          modifier = mention_ending_at(b - 1, s.first_token);
          if (modifier >= 0) {
            ev_first = doc_.mentions[modifier].first_token;
          } else if (b >= s.first_token + 3 && mention_of_[b - 2] < 0 &&
                     (doc_.tokens[b - 2].upos == "NOUN" || doc_.tokens[b - 2].upos == "PROPN") &&
                     !is_capitalised(doc_, b - 2) && lower_text(text(b - 3)) == "the") {
            // "the embassy's": a body the text does not name; "the country's": the country
            // named last.
            modifier = country_before(b - 2);
            unnamed_holder = modifier < 0;
            ev_first = b - 3;
          } else {
            continue;
          }
        } else if (before == "his" || before == "her" || before == "its" || before == "their") {
          if (possessor_at(b - 1) >= 0) modifier = mention_of_[b - 1];
          else unnamed_holder = true;
        } else if (!in(kDeterminers, before)) {
          continue;
        }
        if (place_before >= 0) modifier = place_before;
        if (modifier >= 0 && (doc_.mentions[modifier].type == EntityType::kPerson ||
                              doc_.mentions[modifier].entity < 0))
          modifier = -1;
        uint32_t k = tm->end_token;
        if (k + 1 < s.end_token && text(k) == "in") {
          int32_t place = mention_starting_at(k + 1, s.end_token);
          if (place >= 0 && doc_.mentions[place].type == EntityType::kGpe)
            k = doc_.mentions[place].end_token;
        } else if (k + 2 < s.end_token && text(k) == "and") {
          // "and close ally", "and chief negotiator": a second description of the same person.
          uint32_t j = k + 1;
          while (j < s.end_token && j < k + 4 && mention_of_[j] < 0 && has_letter(doc_, j) &&
                 !is_capitalised(doc_, j))
            ++j;
          if (j > k + 1) k = j;
        }
        if (k + 1 >= s.end_token || text(k) != ",") continue;
        ++k;
        // "Qatar's emir, Sheikh Tamim": an honorific before the name.
        if (auto h = match_title(lex_, doc_, k, s.end_token);
            h && h->title->role == TitleRole::kHonorific && mention_of_[k] < 0)
          k = h->end_token;
        int32_t pm = mention_starting_at(k, s.end_token);
        if (pm < 0 || doc_.mentions[pm].type != EntityType::kPerson || doc_.mentions[pm].entity < 0)
          continue;
        uint32_t after = doc_.mentions[pm].end_token;
        if (after < s.end_token && text(after) != "," && text(after) != "." &&
            text(after) != "and" && !find_reporting_verb(lex_, text(after)))
          continue;
        const size_t pending_before = pending_.size();
        title_relations(doc_.mentions[pm].entity, *tm, t, modifier, former, sent,
                        span_of(ev_first, after), "appos", literal);
        if (unnamed_holder) pending_.resize(pending_before);
      }
    }
  }

  // "Washington, whose attorney general, Bob Ferguson, had sued": the title of the body named
  // before "whose" (an organisation or a place; a place's government post is work for it,
  // a state's as a country's).
  void whose_titles() {
    for (uint32_t t = 2; t + 3 < doc_.tokens.size(); ++t) {
      if (lower_text(text(t)) != "whose" || text(t - 1) != ",") continue;
      const uint32_t sent = sentence_of_token(doc_, t);
      const uint32_t sf = sentence(sent).first_token, se = sentence(sent).end_token;
      const int32_t body = mention_ending_at(t - 1, sf);
      if (body < 0 || doc_.mentions[body].entity < 0 ||
          (doc_.mentions[body].type != EntityType::kOrg &&
           doc_.mentions[body].type != EntityType::kGpe))
        continue;
      uint32_t k = t + 1;
      bool former = false;
      if (k < se && in(kFormer, lower_text(text(k)))) {
        former = true;
        ++k;
      }
      if (k < se && (text(k) == "acting" || text(k) == "interim")) ++k;
      auto tm = match_title(lex_, doc_, k, se);
      if (!tm || mention_of_[k] >= 0 || tm->title->role == TitleRole::kHonorific ||
          tm->end_token + 1 >= se || text(tm->end_token) != ",")
        continue;
      const int32_t pm = mention_starting_at(tm->end_token + 1, se);
      if (pm < 0 || doc_.mentions[pm].type != EntityType::kPerson || doc_.mentions[pm].entity < 0)
        continue;
      const int32_t person = doc_.mentions[pm].entity;
      const Span evidence = span_of(doc_.mentions[body].first_token, doc_.mentions[pm].end_token);
      title_relations(person, *tm, k, body, former, sent, evidence, "appos");
      if (doc_.mentions[body].type == EntityType::kGpe && is_government_post(*tm->title))
        relate(person, "works_for", doc_.mentions[body].entity, "", sent, evidence,
               former ? 0.6f : 0.75f, "appos", former);
    }
  }

  // "Vivek Sankaran, who runs Albertsons", "Emmett Shear, who previously ran the streaming site
  // Twitch": a person who runs, leads, heads or chairs an organisation leads it (a past one
  // with "previously", "formerly", "once").
  void relative_leaders() {
    static constexpr std::string_view kLeading[] = {"runs", "ran", "leads", "led", "heads",
                                                    "headed", "chairs", "chaired"};
    static constexpr std::string_view kPast[] = {"previously", "formerly", "once"};
    for (const Mention& m : doc_.mentions) {
      if (m.type != EntityType::kPerson || m.entity < 0) continue;
      const uint32_t se = sentence(m.sentence).end_token;
      uint32_t k = m.end_token;
      if (k + 3 >= se || text(k) != "," || text(k + 1) != "who") continue;
      k += 2;
      bool former = false;
      if (in(kPast, lower_text(text(k)))) {
        former = true;
        ++k;
      } else if (text(k) == "now" || text(k) == "currently" || text(k) == "still") {
        ++k;
      }
      if (k + 1 >= se || !in(kLeading, text(k))) continue;
      uint32_t o = k + 1;
      if (text(o) == "the") {
        // "the streaming site Twitch"; not "the troops from Kilo Company".
        const uint32_t name = skip_descriptors(o + 1, se);
        bool plain = true;
        for (uint32_t j = o + 1; j < name; ++j)
          if (doc_.tokens[j].upos == "ADP" || doc_.tokens[j].upos == "DET") plain = false;
        if (!plain) continue;
        o = name;
      }
      const int32_t org = mention_starting_at(o, se);
      if (org < 0 || doc_.mentions[org].type != EntityType::kOrg || doc_.mentions[org].entity < 0)
        continue;
      // "who led the party to victory" leads it; "who runs Albertsons' stores" does not.
      const uint32_t after = doc_.mentions[org].end_token;
      if (after < se && is_possessive(text(after))) continue;
      relate(m.entity, "leader_of", doc_.mentions[org].entity, "", m.sentence,
             span_of(m.first_token, after), former ? 0.6f : 0.7f, "relative", former);
    }
  }

  // "Brockman was stripped of his role as chairman", "her post as finance minister": the
  // possessor held (or holds) the title; losing or leaving it makes it past.
  void roles_as() {
    static constexpr std::string_view kRoles[] = {"role", "post", "position", "job"};
    static constexpr std::string_view kLosing[] = {"stripped", "removed", "resigned", "quit",
                                                   "left", "lost", "relieved", "ousted"};
    for (uint32_t t = 1; t + 2 < doc_.tokens.size(); ++t) {
      if (!in(kRoles, text(t)) || text(t + 1) != "as") continue;
      const uint32_t sent = sentence_of_token(doc_, t);
      const uint32_t sf = sentence(sent).first_token, se = sentence(sent).end_token;
      int32_t person = possessor_at(t - 1);
      // "his" or "her" coreference left open: the person named last before it in the sentence.
      const std::string poss = lower_text(text(t - 1));
      if (person < 0 && (poss == "his" || poss == "her"))
        for (uint32_t j = t - 1; j-- > sf && person < 0;)
          if (int32_t mi = mention_of_[j]; mi >= 0 && doc_.mentions[mi].type == EntityType::kPerson)
            person = doc_.mentions[mi].entity;
      if (person < 0 || doc_.entities[person].type != EntityType::kPerson) continue;
      uint32_t k = t + 2;
      if (k < se && (text(k) == "the" || text(k) == "a")) ++k;
      if (k < se && (text(k) == "interim" || text(k) == "acting")) ++k;
      auto tm = match_title(lex_, doc_, k, se);
      if (!tm || mention_of_[k] >= 0) continue;
      // Only the title alone: "his role as chairman of X" is left to the "of" patterns.
      if (tm->end_token < se && (text(tm->end_token) == "of" || text(tm->end_token) == "at"))
        continue;
      bool former = false;
      for (uint32_t j = t - 1; j > sf && j + 4 > t; --j)
        if (in(kLosing, text(j - 1))) former = true;
      if (tm->title->role == TitleRole::kHonorific || is_staff_noun(*tm->title) ||
          is_military_rank(*tm->title))
        continue;
      relate(person, "position_held", -1, tm->title->canonical, sent,
             span_of(t - 1, tm->end_token), former ? 0.6f : 0.7f, "role-as", former);
    }
  }

  // A possessive determiner before a party or an alliance, or before a firm:
  //   "her Conservative Party", "its National Alliance"  -> the possessor member_of ORG
  //   "ORG , his (lower-case words) firm|company"        -> ORG owned_by the possessor
  // The party or alliance is an ORG whose name has a word of membership (party, alliance,
  // coalition, bloc, front, league, union).
  void possessive_determiners() {
    static constexpr std::string_view kMembership[] = {"party", "alliance", "coalition", "bloc",
                                                       "front", "league", "union"};
    static constexpr std::string_view kFirms[] = {"firm", "company", "business", "startup",
                                                  "venture", "fund"};
    for (uint32_t t = 0; t + 1 < doc_.tokens.size(); ++t) {
      int32_t owner = possessor_at(t);
      if (owner < 0) continue;
      const uint32_t sent = sentence_of_token(doc_, t);
      const uint32_t se = sentence(sent).end_token;
      EntityType ot = doc_.entities[owner].type;
      if (int32_t org = mention_starting_at(t + 1, se);
          org >= 0 && doc_.mentions[org].type == EntityType::kOrg && doc_.mentions[org].entity >= 0) {
        std::string name = lower_text(doc_.entities[doc_.mentions[org].entity].name);
        bool membership = std::any_of(std::begin(kMembership), std::end(kMembership),
                                      [&](std::string_view w) { return name_has_word(name, w); });
        // "his EU counterparts", "his EU executive team": a name that modifies a noun is not
        // what one belongs to.
        uint32_t after = doc_.mentions[org].end_token;
        const std::string& next = after < se ? doc_.tokens[after].upos : std::string();
        if (next == "NOUN" || next == "ADJ" || next == "PROPN") membership = false;
        if (membership && (ot == EntityType::kPerson || ot == EntityType::kOrg))
          relate(owner, "member_of", doc_.mentions[org].entity, "", sent,
                 span_of(t, doc_.mentions[org].end_token), 0.7f, "possessive");
        continue;
      }
      // "Alameda Research, his trading firm"
      const uint32_t sf = sentence(sent).first_token;
      if (t < sf + 2 || text(t - 1) != ",") continue;
      int32_t firm = mention_ending_at(t - 1, sf);
      if (firm < 0 || doc_.mentions[firm].type != EntityType::kOrg || doc_.mentions[firm].entity < 0)
        continue;
      if (ot != EntityType::kPerson && ot != EntityType::kOrg) continue;
      for (uint32_t j = t + 1; j < se && j < t + 5; ++j) {
        if (mention_of_[j] >= 0 || !has_letter(doc_, j) || is_capitalised(doc_, j)) break;
        if (!in(kFirms, text(j))) continue;
        if (j + 1 < se && (text(j + 1) == "of" || text(j + 1) == "'s")) break;
        relate(doc_.mentions[firm].entity, "owned_by", owner, "", sent,
               span_of(doc_.mentions[firm].first_token, j + 1), 0.7f, "possessive");
        break;
      }
    }
  }

  // True when `name` (lower case) has `word` as a whole word.
  static bool name_has_word(const std::string& name, std::string_view word) {
    for (size_t pos = name.find(word); pos != std::string::npos; pos = name.find(word, pos + 1)) {
      bool starts = pos == 0 || !std::isalpha(static_cast<unsigned char>(name[pos - 1]));
      size_t after = pos + word.size();
      bool ends = after == name.size() || !std::isalpha(static_cast<unsigned char>(name[after]));
      if (starts && ends) return true;
    }
    return false;
  }

  // A year token ("2016") before the publication year, or before any year without one.
  bool past_year(uint32_t t) const {
    std::string_view w = text(t);
    if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        }))
      return false;
    int year = std::stoi(std::string(w));
    if (year < 1800) return false;
    if (!doc_.dct) return true;
    return year < static_cast<int>(doc_.dct->year());
  }

  // A past deal named with its buyer: "its 2016 acquisition of LinkedIn", "Microsoft's
  // purchase of LinkedIn in 2016" -> ORG2 owned_by the buyer. The year of the deal, before
  // the publication year, is what says it was completed; a deal without one may be a bid.
  void possessive_acquisitions() {
    static constexpr std::string_view kDeals[] = {"acquisition", "purchase", "takeover"};
    for (const Sentence& s : doc_.sentences) {
      const uint32_t sent = static_cast<uint32_t>(&s - doc_.sentences.data());
      for (uint32_t t = s.first_token + 1; t + 2 < s.end_token; ++t) {
        if (!in(kDeals, text(t)) || text(t + 1) != "of") continue;
        uint32_t b = t;
        bool dated = false;
        while (b > s.first_token && b + 8 > t &&
               (is_amount_token(b - 1) || is_currency_word(text(b - 1)) || past_year(b - 1))) {
          if (past_year(b - 1)) dated = true;
          --b;
        }
        if (b == s.first_token) continue;
        int32_t buyer = -1;
        if (is_possessive(text(b - 1))) {
          int32_t bm = mention_ending_at(b - 1, s.first_token);
          if (bm >= 0 && doc_.mentions[bm].type == EntityType::kOrg) buyer = doc_.mentions[bm].entity;
        } else if (int32_t p = possessor_at(b - 1);
                   p >= 0 && doc_.entities[p].type == EntityType::kOrg) {
          buyer = p;
        }
        if (buyer < 0) continue;
        uint32_t o = t + 2;
        if (o < s.end_token && text(o) == "the") ++o;
        int32_t bought = mention_starting_at(o, s.end_token);
        if (bought < 0 || doc_.mentions[bought].type != EntityType::kOrg) continue;
        uint32_t e = doc_.mentions[bought].end_token;
        if (e + 1 < s.end_token && text(e) == "in" && past_year(e + 1)) dated = true;
        if (!dated) continue;
        relate(doc_.mentions[bought].entity, "owned_by", buyer, "", sent, span_of(b - 1, e), 0.7f,
               "acquisition");
      }
    }
  }

  // "Microsoft, which is based in Redmond", "the company, based in Santa Monica",
  // "Huawei, headquartered in Shenzhen": ORG (,)? ((which|that) (is|was))? based|headquartered
  // in GPE -> headquartered_in (Wikidata P159). The ORG may be an anaphor ("the company").
  // A body whose seat a story gives by "in City": a court, a government, a legislature.
  static bool is_seat_body(const std::string& name) {
    static constexpr std::string_view kSeats[] = {"court", "tribunal", "government", "parliament",
                                                  "assembly", "congress", "senate"};
    const std::string lower = lower_text(name);
    return std::any_of(std::begin(kSeats), std::end(kSeats),
                       [&](std::string_view w) { return name_has_word(lower, w); });
  }

  void headquarters() {
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.entity < 0 || m.type != EntityType::kOrg) continue;
      const uint32_t se = sentence(m.sentence).end_token;
      uint32_t k = m.end_token;
      // "the High Court in Nairobi", "the Government of National Unity in Tripoli": a court,
      // a government or a legislature sits in the city after "in" (not a country: "the
      // National Assembly in Kenya" says whose it is).
      if (k + 1 < se && text(k) == "in" && is_seat_body(doc_.entities[m.entity].name)) {
        const int32_t place = mention_starting_at(k + 1, se);
        if (place >= 0 && doc_.mentions[place].type == EntityType::kGpe &&
            doc_.mentions[place].entity >= 0) {
          const Place* p = entity_place(lex_, doc_, doc_.mentions[place].entity);
          if (!p || !p->country.empty())
            relate(m.entity, "headquartered_in", doc_.mentions[place].entity, "", m.sentence,
                   span_of(m.first_token, doc_.mentions[place].end_token), 0.7f, "headquarters");
        }
        continue;
      }
      if (k < se && text(k) == ",") ++k;
      if (k + 1 < se && (text(k) == "which" || text(k) == "that") &&
          (text(k + 1) == "is" || text(k + 1) == "was"))
        k += 2;
      if (k + 2 >= se || (text(k) != "based" && text(k) != "headquartered") || text(k + 1) != "in")
        continue;
      int32_t place = mention_starting_at(k + 2, se);
      if (place < 0 || doc_.mentions[place].type != EntityType::kGpe) continue;
      relate(m.entity, "headquartered_in", doc_.mentions[place].entity, "", m.sentence,
             span_of(m.first_token, doc_.mentions[place].end_token), 0.8f, "headquarters");
    }
  }

  // "Takaichi named Katayama as finance minister", "Macron appointed him as prime minister":
  // the appointee (a PERSON mention, or he/him/she/her resolved by coreference) right after an
  // appointing verb holds the title after "as". Not after a modal, a negation or "to" ("plans
  // to name X as"), where the appointment has not happened.
  void active_appointments() {
    static constexpr std::string_view kAppointing[] = {"named", "appointed", "nominated",
                                                       "names", "appoints", "nominates",
                                                       "tapped", "picked", "chose"};
    for (const Sentence& s : doc_.sentences) {
      const uint32_t sent = static_cast<uint32_t>(&s - doc_.sentences.data());
      for (uint32_t t = s.first_token + 1; t + 3 < s.end_token; ++t) {
        if (!in(kAppointing, text(t)) || mention_of_[t] >= 0) continue;
        std::string prev = lower_text(text(t - 1));
        if (prev == "to" || in(kNegations, prev) || in(kHedges, prev) || prev == "will" ||
            prev == "was" || prev == "were" || prev == "been" || prev == "be")
          continue;
        int32_t person = -1;
        uint32_t end = t + 1;
        if (int32_t pm = mention_starting_at(t + 1, s.end_token);
            pm >= 0 && doc_.mentions[pm].type == EntityType::kPerson) {
          person = doc_.mentions[pm].entity;
          end = doc_.mentions[pm].end_token;
        } else if (std::string w = lower_text(text(t + 1)); w == "him" || w == "her") {
          person = extractor::entity_at(doc_, t + 1);
          end = t + 2;
        } else if (in(kDeterminers, w) || w == "its" || w == "his" || w == "her" || w == "their") {
          // "named the chief technology officer, Mira Murati, as interim chief": the appointee
          // in apposition to her present title (which titles_before_names reads).
          auto tm = match_title(lex_, doc_, t + 2, s.end_token);
          if (tm && mention_of_[t + 2] < 0 && tm->end_token + 1 < s.end_token &&
              text(tm->end_token) == ",") {
            int32_t pm = mention_starting_at(tm->end_token + 1, s.end_token);
            if (pm >= 0 && doc_.mentions[pm].type == EntityType::kPerson) {
              uint32_t e = doc_.mentions[pm].end_token;
              if (e + 1 < s.end_token && text(e) == "," && text(e + 1) == "as") {
                person = doc_.mentions[pm].entity;
                end = e + 1;
              }
            }
          }
        }
        // "named Yoshimasa Hayashi, who was foreign minister until September, as chief
        // cabinet secretary": past a relative clause set off by commas.
        uint32_t as = end;
        if (as + 1 < s.end_token && text(as) == "," && text(as + 1) == "who") {
          uint32_t j = as + 2;
          while (j < s.end_token && j < as + 16 && text(j) != ",") ++j;
          if (j + 1 < s.end_token && text(j) == "," && text(j + 1) == "as") as = j + 1;
        }
        if (person < 0 || as >= s.end_token) continue;
        if (text(as) != "as") {
          // "named Mira Murati interim chief executive": a title right after the appointee.
          uint32_t k = as;
          if (k + 1 < s.end_token && (text(k) == "interim" || text(k) == "acting")) ++k;
          if (mention_of_[k] >= 0 || !match_title(lex_, doc_, k, s.end_token)) continue;
        }
        title_after_subject(person, t + 1, as, sent, TitleLink::kAs);
      }
    }
  }

  // "the opposition Democratic Party", "the failed cryptocurrency exchange FTX": up to three lower-case
  // words (no mention, no title) between "the" and a name; the name's first token, or `t` when
  // no name follows them.
  // A nationality among them is a descriptor too: "the Chinese telecommunications company
  // Huawei".
  uint32_t skip_descriptors(uint32_t t, uint32_t se) const {
    uint32_t k = t;
    while (k < se && k < t + 4) {
      if (int32_t nm = mention_starting_at(k, se);
          nm >= 0 && doc_.mentions[nm].type == EntityType::kNorp &&
          doc_.mentions[nm].end_token < se && mention_of_[doc_.mentions[nm].end_token] < 0) {
        k = doc_.mentions[nm].end_token;
        continue;
      }
      if (mention_of_[k] >= 0 || !has_letter(doc_, k) || is_capitalised(doc_, k) ||
          match_title(lex_, doc_, k, k + 1))
        break;
      ++k;
    }
    int32_t name = k > t ? mention_starting_at(k, se) : -1;
    return name >= 0 && doc_.mentions[name].type != EntityType::kNorp ? k : t;
  }

  // Up to two lower-case adjectives (UPOS ADJ) at t before a title that is not a staff noun:
  // one past them, or t.
  uint32_t skip_adjectives(uint32_t t, uint32_t se) const {
    uint32_t k = t;
    while (k < se && k < t + 2 && mention_of_[k] < 0 && doc_.tokens[k].upos == "ADJ" &&
           !is_capitalised(doc_, k) && !match_title(lex_, doc_, k, se))
      ++k;
    if (k == t || k >= se) return t;
    auto tm = match_title(lex_, doc_, k, se);
    // "an unofficial member": a staff noun says no post, with or without its adjective.
    return tm && !is_staff_noun(*tm->title) ? k : t;
  }

  // "Microsoft's gaming business": an ORG mention `org` followed by 's and one to three
  // lower-case words ending in a unit noun; one past the unit noun, else 0.
  uint32_t unit_of(int32_t org, uint32_t se) const {
    static constexpr std::string_view kUnits[] = {"business", "division", "unit", "arm",
                                                  "operations", "department", "team"};
    if (org < 0 || doc_.mentions[org].type != EntityType::kOrg || doc_.mentions[org].entity < 0)
      return 0;
    uint32_t k = doc_.mentions[org].end_token;
    if (k >= se || !is_possessive(text(k))) return 0;
    for (uint32_t j = k + 1; j < se && j < k + 4; ++j) {
      if (mention_of_[j] >= 0 || !has_letter(doc_, j) || is_capitalised(doc_, j)) return 0;
      if (in(kUnits, text(j))) return j + 1;
    }
    return 0;
  }

  // How a title follows its holder: an apposition or a copula, a copula only (a pronoun
  // subject), or "as" only (the object of an appointing verb).
  enum class TitleLink { kApposOrCopula, kCopula, kAs };

  // `subject_end` is the token after the holder; with `conjunct` it is the "and" after a first
  // apposition's title ("Bola Tinubu, Nigeria's president and the bloc's chairman").
  void title_after_subject(int32_t subject, uint32_t first, uint32_t subject_end, uint32_t sent,
                           TitleLink link = TitleLink::kApposOrCopula, bool conjunct = false) {
    const uint32_t se = sentence(sent).end_token;
    uint32_t k = subject_end;
    if (k >= se) return;
    // "Yoshimasa Hayashi, who was foreign minister until September,": a relative clause
    // reads as a copula; "who served as" (simple past) and "until" after the title say the
    // post is past.
    bool relative = false;
    if (link == TitleLink::kApposOrCopula && !conjunct && k + 2 < se && text(k) == "," &&
        text(k + 1) == "who") {
      relative = true;
      k += 2;
    }
    bool appos = !relative && (text(k) == "," || (conjunct && text(k) == "and")) &&
                 link == TitleLink::kApposOrCopula;
    if (conjunct && !appos) return;
    uint32_t after_copula = link == TitleLink::kAs ? (text(k) == "as" ? k + 1 : k) : skip_copula(k, se);
    // "The board named Mira Murati interim chief executive": the title may follow the
    // appointee without "as" (the caller checked that a title follows).
    bool copula = after_copula > k || link == TitleLink::kAs;
    if (!appos && !copula) return;
    // "served as" in the simple past or the pluperfect, and leaving a post ("resigned as",
    // "quit as", "stepped down as"), say the post is past.
    auto past_verb = [&](uint32_t j) {
      return j < se && (text(j) == "served" || text(j) == "resigned" || text(j) == "quit" ||
                        text(j) == "stepped" || text(j) == "steps");
    };
    const bool served = copula && (past_verb(k) || ((text(k) == "had" || text(k) == "has") &&
                                                    past_verb(k + 1) && text(k + 1) != "served") ||
                                   (text(k) == "had" && k + 1 < se && text(k + 1) == "served"));
    k = appos ? k + 1 : after_copula;
    bool former = served || (relative && k < se && text(k) == "then");
    if (relative && k < se && text(k) == "then") ++k;
    // "Freeland, now the deputy prime minister,": the post held now.
    if (appos && k + 1 < se && (text(k) == "now" || text(k) == "currently")) ++k;
    while (k < se && (in(kDeterminers, lower_text(text(k))) || in(kFormer, lower_text(text(k))))) {
      if (in(kFormer, lower_text(text(k)))) former = true;
      ++k;
    }
    // "as interim chief": the qualifier makes a post of a staff noun.
    int32_t interim_at = -1;
    if (k + 1 < se && (text(k) == "interim" || text(k) == "acting")) interim_at = k++;
    // "Roberto Canseco, the embassy's acting head,": the title of a body the text does not
    // name; a post held, no leader's country to infer.
    bool unnamed_holder = false;
    // "Mohammed bin Salman, the kingdom's prime minister": a country word stands for the
    // country named last before it.
    int32_t country_word = -1;
    if (k + 2 < se && k > subject_end && lower_text(text(k - 1)) == "the" && mention_of_[k] < 0 &&
        (doc_.tokens[k].upos == "NOUN" || doc_.tokens[k].upos == "PROPN") &&
        !is_capitalised(doc_, k) && is_possessive(text(k + 1))) {
      country_word = country_before(k);
      unnamed_holder = country_word < 0;
      k += 2;
      if (text(k) == "acting" || text(k) == "interim") ++k;
    }
    int32_t modifier = mention_starting_at(k, se);
    // "the U.S. attorney": a title of the lexicon that begins with a name is no modifier.
    if (auto whole = match_title(lex_, doc_, k, se);
        modifier >= 0 && whole && whole->end_token > doc_.mentions[modifier].end_token)
      modifier = -1;
    if (modifier >= 0) {
      if (doc_.mentions[modifier].type == EntityType::kPerson) return;
      k = doc_.mentions[modifier].end_token;
      if (k < se && is_possessive(text(k))) ++k;
      // "its former director", "Huawei's former chief executive"
      if (k < se && in(kFormer, lower_text(text(k)))) {
        former = true;
        ++k;
      }
    }
    if (country_word >= 0 && modifier < 0) modifier = country_word;
    // "Canada's 24th prime minister", "its first female president": an ordinal is no part of
    // the title.
    if (k + 1 < se && is_ordinal(text(k))) ++k;
    if (appos) k = skip_adjectives(k, se);  // "a regional director", "a federal judge"
    if (k >= se) return;
    auto tm = match_title(lex_, doc_, k, se);
    std::string chief_literal;  // "the party's policy chief"
    if (!tm && k + 1 < se) {
      auto next = match_title(lex_, doc_, k + 1, se);
      if (next) chief_literal = portfolio_chief(k, *next);
      if (!chief_literal.empty()) tm = next;
    }
    if (!tm) return;
    if (mention_of_[k] >= 0 && tm->end_token <= doc_.mentions[mention_of_[k]].end_token) return;
    uint32_t title_first = k;
    uint32_t end = tm->end_token;
    // "quit as finance minister and deputy prime minister", "deputy chairman and chief executive
    // of Neptune": a second title of the same person, with the same organisation or country.
    std::optional<TitleMatch> second;
    uint32_t second_first = 0;
    if (end + 1 < se && text(end) == "and" && mention_of_[end + 1] < 0) {
      second_first = end + 1;
      second = match_title(lex_, doc_, second_first, se);
      if (second && second->title->role != TitleRole::kHonorific) end = second->end_token;
      else second.reset();
    }
    std::string literal = chief_literal;
    if (literal.empty() && interim_at + 1 == static_cast<int32_t>(title_first) &&
        tm->end_token == title_first + 1 && is_staff_noun(*tm->title) &&
        !is_capitalised(doc_, title_first))
      literal = phrase_text(doc_, title_first - 1, tm->end_token);
    int32_t also_modifier = -1;
    const int32_t modifier_before_of = modifier;
    // "a senior adviser at the International Crisis Group": "at" takes an organisation only.
    const bool at = end + 1 < se && text(end) == "at";
    if (end + 1 < se && (text(end) == "of" || text(end) == "for" || at)) {
      uint32_t o = end + 1;
      if (o < se && text(o) == "the") {
        ++o;
        o = skip_descriptors(o, se);  // "leader of the opposition Democratic Party"
      }
      int32_t of_mod = mention_starting_at(o, se);
      if (at && of_mod >= 0 && doc_.mentions[of_mod].type != EntityType::kOrg) of_mod = -1;
      if (uint32_t unit_end = unit_of(of_mod, se); unit_end > 0) {
        // "the head of Microsoft's gaming business": one works for the organisation and heads
        // a part of it.
        Span evidence = span_of(first, unit_end);
        relate(subject, "position_held", -1, tm->title->canonical, sent, evidence,
               former ? 0.7f : 0.85f, "appos", former);
        relate(subject, "works_for", doc_.mentions[of_mod].entity, "", sent, evidence,
               former ? 0.7f : 0.8f, "appos", former);
        return;
      }
      if (of_mod >= 0 && doc_.mentions[of_mod].type != EntityType::kPerson) {
        if (modifier < 0) modifier = of_mod;
        end = doc_.mentions[of_mod].end_token;
        // "a spokesman for China's foreign ministry": a body of the country, not the country.
        if (end + 1 < se && is_possessive(text(end)) &&
            doc_.mentions[of_mod].type != EntityType::kOrg) {
          uint32_t j = end + 1;
          while (j < se && j < end + 4 && mention_of_[j] < 0 && has_letter(doc_, j) &&
                 !is_capitalised(doc_, j))
            ++j;
          if (j > end + 1 && !is_leader_role(tm->title->role)) end = j;
        }
        // "the chief executive of Google and Alphabet": the title covers both.
        if (modifier == of_mod && end + 1 < se && text(end) == "and") {
          // "... of the Bank of Canada and then of the Bank of England"
          uint32_t o2 = end + 1;
          if (o2 < se && text(o2) == "then") ++o2;
          if (o2 < se && text(o2) == "of") ++o2;
          if (o2 < se && text(o2) == "the") ++o2;
          int32_t second = mention_starting_at(o2, se);
          if (second >= 0 && doc_.mentions[second].type == doc_.mentions[of_mod].type) {
            also_modifier = second;
            end = doc_.mentions[second].end_token;
          }
        }
      } else if (modifier >= 0 || tm->title->role == TitleRole::kMinister) {
        // "Google's president of global affairs", "minister of transport and internal trade":
        // a lower-case portfolio extends the title.
        uint32_t j = end + 1;
        while (j < se && mention_of_[j] < 0 && has_letter(doc_, j) && !is_capitalised(doc_, j) &&
               j - end < 6)
          ++j;
        if (j < se && j > end + 1 && (text(j) == "," || text(j) == ".")) {
          literal = phrase_text(doc_, title_first, j);
          end = j;
          if (modifier >= 0 && doc_.mentions[modifier].type == EntityType::kOrg &&
              tm->title->role != TitleRole::kMinister) {
            // "Google's president of global affairs": the head of a part of the organisation
            // works for it.
            relate(subject, "position_held", -1, literal, sent, span_of(first, end),
                   former ? 0.7f : 0.9f, appos ? "appos" : "copula", former);
            relate(subject, "works_for", doc_.mentions[modifier].entity, "", sent,
                   span_of(first, end), former ? 0.7f : 0.8f, appos ? "appos" : "copula", former);
            return;
          }
        }
      }
    }
    // "the U.S. attorney in Manhattan": where the office sits says nothing more.
    if (end + 1 < se && text(end) == "in") {
      int32_t place = mention_starting_at(end + 1, se);
      if (place >= 0 && doc_.mentions[place].type == EntityType::kGpe)
        end = doc_.mentions[place].end_token;
    }
    auto closes = [&](uint32_t e) {
      if (!appos || e >= se) return true;
      std::string_view next = text(e);
      // Not a reporting verb: "near Islamia College, a police spokesman said" attributes the
      // sentence; the college is no spokesman.
      // "Imran Khan, a former prime minister who was removed in April,": a relative clause
      // on the title ends the apposition too.
      return next == "," || next == "." || next == ";" || next == ")" || next == "and" ||
             next == "who" || next == "whose";
    };
    // "the commander of the presidential guard,": a post over a body the text does not name
    // is still a post held (not a leader's: "the president of the association" leads no
    // country).
    if (!closes(end) && appos && !second && text(end) == "of" && !is_leader_role(tm->title->role)) {
      uint32_t j = end + 1;
      while (j < se && j - end <= 6 && mention_of_[j] < 0 && has_letter(doc_, j) &&
             !is_capitalised(doc_, j))
        ++j;
      if (j > end + 1 && j < se && (text(j) == "," || text(j) == ".")) end = j;
    }
    if (!closes(end)) {
      // "deputy chairman and chief executive of <a name read as a person>": the first title
      // alone still closes the apposition.
      if (!second || !closes(tm->end_token)) return;
      second.reset();
      end = tm->end_token;
      modifier = modifier_before_of;
      also_modifier = -1;
      literal.clear();
    }
    // "who was foreign minister until September", "who was premier from 2010 to 2013"
    if (copula && end < se && (text(end) == "until" || text(end) == "till" ||
                               (text(end) == "from" && end + 2 < se &&
                                (text(end + 2) == "to" || text(end + 2) == "until"))))
      former = true;
    const char* extractor = appos ? "appos" : link == TitleLink::kAs ? "appointment" : "copula";
    // "OpenAI said ... for Sam Altman to return as chief executive", "Acme named Ana Ruiz chief
    // executive": an organisation's head with no organisation stated heads the one that opens
    // the sentence as its subject.
    if (!appos && modifier < 0 && tm->title->role == TitleRole::kExecutiveHead && !second)
      modifier = opening_org(sent);
    const size_t pending_before = pending_.size();
    title_relations(subject, *tm, title_first, modifier, former, sent, span_of(first, end),
                    extractor, literal);
    if (unnamed_holder) pending_.resize(pending_before);
    if (also_modifier >= 0)
      title_relations(subject, *tm, title_first, also_modifier, former, sent, span_of(first, end),
                      extractor, literal);
    if (second) {
      title_relations(subject, *second, second_first, modifier, former, sent, span_of(first, end),
                      extractor);
      // "Manfred Gingl, president and chief executive": a company's president, no country's.
      auto corporate = [](const Title& t) {
        return t.role == TitleRole::kExecutive || t.role == TitleRole::kExecutiveHead;
      };
      if (corporate(*tm->title) || corporate(*second->title)) pending_.resize(pending_before);
    }
    // "Nigeria's president and the bloc's chairman": a second title with its own modifier.
    if (appos && !second && end + 1 < se && text(end) == "and")
      title_after_subject(subject, first, end, sent, link, true);
  }

  // ORG 's P: "Huawei's Meng"
  void possessive_before(const Mention& m) {
    const uint32_t sf = sentence(m.sentence).first_token;
    uint32_t f = m.first_token;
    if (f < sf + 2 || !is_possessive(text(f - 1))) return;
    int32_t org = mention_ending_at(f - 1, sf);
    if (org < 0 || doc_.mentions[org].type != EntityType::kOrg || doc_.mentions[org].entity < 0) return;
    // A party's or an alliance's people are its members ("the Civic Party's Jeremy Tam").
    const std::string& name = doc_.entities[doc_.mentions[org].entity].name;
    bool membership = name.ends_with(" Party") || name.ends_with(" Alliance") ||
                      name.ends_with(" Coalition") || name.ends_with(" Union");
    relate(m.entity, membership ? "member_of" : "works_for", doc_.mentions[org].entity, "",
           m.sentence, span_of(doc_.mentions[org].first_token, m.end_token), 0.6f, "possessive");
  }

  // (the)? T of M , P: "the president of France, Emmanuel Macron"
  void of_phrases() {
    for (const Sentence& s : doc_.sentences) {
      for (uint32_t t = s.first_token; t < s.end_token; ++t) {
        if (mention_of_[t] >= 0) continue;
        auto tm = match_title(lex_, doc_, t, s.end_token);
        if (!tm) continue;
        uint32_t k = tm->end_token;
        if (k >= s.end_token || text(k) != "of") continue;
        ++k;
        if (k < s.end_token && text(k) == "the") ++k;
        int32_t mod = mention_starting_at(k, s.end_token);
        if (mod < 0 || doc_.mentions[mod].type == EntityType::kPerson) continue;
        k = doc_.mentions[mod].end_token;
        if (k >= s.end_token || text(k) != ",") continue;
        int32_t person = mention_starting_at(k + 1, s.end_token);
        if (person < 0 || doc_.mentions[person].type != EntityType::kPerson) continue;
        bool former = t > s.first_token && in(kFormer, lower_text(text(t - 1)));
        title_relations(doc_.mentions[person].entity, *tm, t, mod, former,
                        static_cast<uint32_t>(&s - doc_.sentences.data()),
                        span_of(t, doc_.mentions[person].end_token), "of");
      }
    }
  }

  // True when the words before `t` (over determiners, numerals and adjectives: "of all",
  // "for two") start with a preposition: "on behalf of all Americans, Laura and I ...", "an
  // instructor in English, Warhol ..." name no people of that nationality.
  bool after_preposition(uint32_t t, uint32_t sent) const {
    const uint32_t sf = sentence(sent).first_token;
    while (t > sf) {
      const std::string& upos = doc_.tokens[t - 1].upos;
      if (upos == "ADP") return true;
      if (upos != "DET" && upos != "NUM" && upos != "ADJ") return false;
      --t;
    }
    return false;
  }

  // Nationality words next to names: "two Canadians, Michael Kovrig and Michael Spavor",
  // "Canadian businessman Michael Spavor": citizen_of.
  void nationalities() {
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.type != EntityType::kNorp || m.entity < 0) continue;
      const uint32_t se = sentence(m.sentence).end_token;
      uint32_t k = m.end_token;
      std::vector<int32_t> people;
      if (k < se && text(k) == "," && !after_preposition(m.first_token, m.sentence)) {
        ++k;
        while (k < se && mention_of_[k] >= 0 && doc_.mentions[mention_of_[k]].type == EntityType::kPerson &&
               doc_.mentions[mention_of_[k]].first_token == k) {
          people.push_back(mention_of_[k]);
          k = doc_.mentions[mention_of_[k]].end_token;
          if (k < se && (text(k) == "and" || text(k) == ",")) ++k;
          else break;
        }
      } else {
        // One lower-case noun that is not a title stands between ("businessman"); a name right
        // after the adjective is too often an institution mistyped ("Canadian Air Force").
        if (k < se && mention_of_[k] < 0 && has_letter(doc_, k) && !is_capitalised(doc_, k) &&
            !match_title(lex_, doc_, k, k + 1) && !find_common_word(lex_, text(k))) {
          int32_t p = mention_starting_at(k + 1, se);
          if (p >= 0 && doc_.mentions[p].type == EntityType::kPerson) people.push_back(p);
        }
      }
      if (people.empty()) continue;
      int32_t country = linked_country(lex_, doc_, m.entity, false, true);
      if (country < 0) continue;
      for (int32_t p : people)
        relate(doc_.mentions[p].entity, "citizen_of", country, "", m.sentence,
               span_of(m.first_token, doc_.mentions[p].end_token), 0.75f, "nationality");
    }
  }

  // Past "a", "an" or "the" and up to three lower-case modifiers or ages ("a 33-year-old",
  // "the dual"): the next token, or `t` when nothing was skipped and no article opens.
  uint32_t skip_article_and_modifiers(uint32_t t, uint32_t se) const {
    uint32_t k = t;
    if (k < se && (text(k) == "a" || text(k) == "an" || text(k) == "the")) ++k;
    for (uint32_t n = 0; n < 3 && k < se && mention_of_[k] < 0 && has_letter(doc_, k) &&
                         !is_capitalised(doc_, k) &&
                         (doc_.tokens[k].upos == "ADJ" || text(k).find("-old") != std::string_view::npos);
         ++n)
      ++k;
    return k;
  }

  // Appositions that describe rather than give a title:
  //   "Pavel Orlov, a 41-year-old Russian citizen"  -> citizen_of Russia
  //   "Lena Park, a reporter for The Boston Globe"  -> works_for Boston Globe
  //   "Abuja, the Nigerian capital"                 -> located_in Nigeria
  void descriptive_appositions() {
    static constexpr std::string_view kCitizenNouns[] = {"citizen", "national", "nationals",
                                                         "citizens"};
    // Occupations whose "for"/"at" organisation is the employer ("a lawyer for X" is not:
    // the lawyer represents X).
    static constexpr std::string_view kStaffNouns[] = {
        "reporter", "journalist", "correspondent", "editor", "columnist", "photographer",
        "producer", "economist", "analyst", "researcher", "scientist", "engineer", "employee",
        "staffer", "anchor", "writer"};
    static constexpr std::string_view kCityNouns[] = {"capital", "city", "town", "port",
                                                      "village"};
    for (const Mention& m : doc_.mentions) {
      if (m.entity < 0 || is_coref_mention(m)) continue;
      const uint32_t se = sentence(m.sentence).end_token;
      if (m.end_token + 2 >= se || text(m.end_token) != ",") continue;
      uint32_t k = skip_article_and_modifiers(m.end_token + 1, se);
      if (k == m.end_token + 1) continue;  // no article: "Orlov, Russia's envoy" is a title
      int32_t norp = mention_starting_at(k, se);
      if (norp >= 0 && doc_.mentions[norp].type == EntityType::kNorp &&
          doc_.mentions[norp].entity >= 0) {
        uint32_t noun = doc_.mentions[norp].end_token;
        if (noun >= se) continue;
        std::string w = lower_text(text(noun));
        if (m.type == EntityType::kPerson && in(kCitizenNouns, w)) {
          int32_t country = linked_country(lex_, doc_, doc_.mentions[norp].entity, false, true);
          if (country >= 0)
            relate(m.entity, "citizen_of", country, "", m.sentence, span_of(m.first_token, noun + 1),
                   0.8f, "appos");
        } else if (m.type == EntityType::kGpe && in(kCityNouns, w)) {
          int32_t country = linked_country(lex_, doc_, doc_.mentions[norp].entity, false, true);
          if (country >= 0 && country != m.entity)
            relate(m.entity, "located_in", country, "", m.sentence, span_of(m.first_token, noun + 1),
                   0.8f, "appos");
        }
        continue;
      }
      if (m.type != EntityType::kPerson || k + 2 >= se || !in(kStaffNouns, lower_text(text(k))))
        continue;
      uint32_t o = k + 1;
      if (text(o) != "for" && text(o) != "at" && text(o) != "with") continue;
      ++o;
      if (o < se && (text(o) == "the" || text(o) == "The")) ++o;
      int32_t org = mention_starting_at(o, se);
      if (org < 0 || doc_.mentions[org].type != EntityType::kOrg || doc_.mentions[org].entity < 0)
        continue;
      relate(m.entity, "works_for", doc_.mentions[org].entity, "", m.sentence,
             span_of(m.first_token, doc_.mentions[org].end_token), 0.8f, "appos");
    }
  }

  // "a journalist who holds U.S. and Russian passports", "Tan, who has British citizenship":
  // citizen_of each country, for the nearest person named before "who" in the sentence.
  void passports() {
    static constexpr std::string_view kHold[] = {"holds", "held", "hold", "has", "had",
                                                 "holding", "having"};
    for (const Sentence& s : doc_.sentences) {
      const uint32_t sent = static_cast<uint32_t>(&s - doc_.sentences.data());
      for (uint32_t t = s.first_token + 2; t < s.end_token; ++t) {
        std::string_view w = text(t);
        if (w != "passports" && w != "passport" && w != "citizenship") continue;
        std::vector<int32_t> countries;
        uint32_t k = t;
        while (k > s.first_token) {
          int32_t mi = mention_ending_at(k, s.first_token);
          if (mi >= 0 && doc_.mentions[mi].type == EntityType::kNorp) {
            int32_t c = linked_country(lex_, doc_, doc_.mentions[mi].entity, false, true);
            if (c >= 0) countries.push_back(c);
            k = doc_.mentions[mi].first_token;
          } else if (text(k - 1) == "and" || text(k - 1) == "," || text(k - 1) == "dual") {
            --k;
          } else {
            break;
          }
        }
        if (countries.empty() || k == s.first_token || !in(kHold, lower_text(text(k - 1))))
          continue;
        uint32_t who = k - 1;
        if (who == s.first_token || lower_text(text(who - 1)) != "who") continue;
        int32_t person = -1;
        for (uint32_t j = who - 1; j > s.first_token && person < 0; --j) {
          int32_t mi = mention_of_[j - 1];
          if (mi >= 0 && doc_.mentions[mi].type == EntityType::kPerson &&
              doc_.mentions[mi].entity >= 0)
            person = mi;
        }
        if (person < 0) continue;
        for (int32_t c : countries)
          relate(doc_.mentions[person].entity, "citizen_of", c, "", sent,
                 span_of(doc_.mentions[person].first_token, t + 1), 0.7f, "appos");
      }
    }
  }

  // "The Conservatives, led by Pierre Poilievre," / "the party led by X" / "the Conservatives
  // under Pierre Poilievre": leader_of.
  void led_by() {
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.entity < 0 || (m.type != EntityType::kOrg && m.type != EntityType::kNorp &&
                           m.type != EntityType::kGpe))
        continue;
      const uint32_t se = sentence(m.sentence).end_token;
      uint32_t k = m.end_token;
      uint32_t first_person = 0;
      const uint32_t sf = sentence(m.sentence).first_token;
      uint32_t of = k;  // "the Janata Dal (United) of X": past a parenthesis after the name
      if (of < se && text(of) == "(")
        while (of < se && of < k + 5 && text(of) != ")") ++of;
      if (of < se && text(of) == ")") ++of;
      else of = k;
      if (of + 1 < se && text(of) == "of" && m.type == EntityType::kOrg &&
          m.first_token > sf && lower_text(text(m.first_token - 1)) == "the" &&
          !match_title(lex_, doc_, m.first_token, m.end_token) &&
          doc_.entities[m.entity].name.find(" of ") == std::string::npos) {
        // "the Janata Dal (United) of Nitish Kumar", "the National Rally of Marine Le Pen": a
        // person's organisation (after "the"; not "the Bank of Canada", whose name has "of"
        // already, nor a title taken for a name, "the Marquis of X").
        int32_t person = mention_starting_at(of + 1, se);
        if (person < 0 || doc_.mentions[person].type != EntityType::kPerson) continue;
        uint32_t after = doc_.mentions[person].end_token;
        if (after < se && is_possessive(text(after))) continue;
        relate(doc_.mentions[person].entity, "leader_of", m.entity, "", m.sentence,
               span_of(m.first_token, after), 0.6f, "led-by");
        continue;
      }
      if (k + 1 < se && text(k) == "under" && m.type != EntityType::kGpe) {
        // "the Conservatives under Pierre Poilievre": a party or an organisation under a
        // person (not a country: "tariffs on Canada under Trump").
        first_person = k + 1;
      } else {
        if (k < se && text(k) == ",") ++k;
        if (k + 2 >= se || lower_text(text(k)) != "led" || text(k + 1) != "by") continue;
        first_person = k + 2;
      }
      if (first_person < se && text(first_person) == "the") ++first_person;
      int32_t person = mention_starting_at(first_person, se);
      if (person >= 0 && doc_.mentions[person].type == EntityType::kOrg &&
          m.type == EntityType::kOrg && doc_.mentions[person].entity >= 0) {
        // "the opposition bloc, led by the Congress party": the leading party is a member.
        relate(doc_.mentions[person].entity, "member_of", m.entity, "", m.sentence,
               span_of(m.first_token, doc_.mentions[person].end_token), 0.7f, "led-by");
        continue;
      }
      if (person < 0 || doc_.mentions[person].type != EntityType::kPerson) continue;
      relate(doc_.mentions[person].entity, "leader_of", m.entity, "", m.sentence,
             span_of(m.first_token, doc_.mentions[person].end_token), 0.8f, "led-by");
    }
  }

  // "Carney, who replaced Justin Trudeau as Liberal leader": the successor holds the title and
  // the predecessor held it (former). The successor is the PERSON mention right before the verb
  // or before ", who".
  void successions() {
    static constexpr std::string_view kSucceed[] = {"replaced", "replaces", "replacing",
                                                    "succeeded", "succeeds", "succeeding"};
    for (const Sentence& s : doc_.sentences) {
      const uint32_t sent = static_cast<uint32_t>(&s - doc_.sentences.data());
      for (uint32_t t = s.first_token + 1; t + 3 < s.end_token; ++t) {
        if (!in(kSucceed, text(t))) continue;
        int32_t before = mention_of_[t];
        if (before >= 0) continue;
        int32_t predecessor = mention_starting_at(t + 1, s.end_token);
        if (predecessor < 0 || doc_.mentions[predecessor].type != EntityType::kPerson) continue;
        uint32_t k = doc_.mentions[predecessor].end_token;
        if (k + 1 >= s.end_token || text(k) != "as") continue;
        ++k;
        while (k < s.end_token && in(kDeterminers, lower_text(text(k)))) ++k;
        int32_t modifier = mention_starting_at(k, s.end_token);
        if (modifier >= 0) {
          if (doc_.mentions[modifier].type == EntityType::kPerson) continue;
          k = doc_.mentions[modifier].end_token;
          if (k < s.end_token && is_possessive(text(k))) ++k;
        }
        if (k >= s.end_token || mention_of_[k] >= 0) continue;
        auto tm = match_title(lex_, doc_, k, s.end_token);
        if (!tm) continue;
        // The successor: "Carney, who replaced", "Carney replaced".
        uint32_t b = t;
        if (b > s.first_token + 1 && text(b - 1) == "who" && text(b - 2) == ",") b -= 2;
        int32_t successor = mention_ending_at(b, s.first_token);
        Span evidence = span_of(b, tm->end_token);
        if (successor >= 0 && doc_.mentions[successor].type == EntityType::kPerson) {
          evidence = span_of(doc_.mentions[successor].first_token, tm->end_token);
          title_relations(doc_.mentions[successor].entity, *tm, k, modifier, false, sent, evidence,
                          "succession");
        }
        title_relations(doc_.mentions[predecessor].entity, *tm, k, modifier, true, sent, evidence,
                        "succession");
      }
    }
  }

  // Ownership stated by an apposition or a possessive (Wikidata P127):
  //   ORG , (a|an|the)? (unit|subsidiary|division|affiliate|arm) of ORG   "Google, a unit of Alphabet"
  //   ORG , the (owner|parent) (company)? of ORG                          "Alphabet, the owner of Google"
  //   ORG 's PRODUCT                                                      "Microsoft's Bing"
  void ownership() {
    static constexpr std::string_view kOwned[] = {"unit", "subsidiary", "division", "affiliate",
                                                  "arm"};
    static constexpr std::string_view kOwner[] = {"owner", "parent"};
    static constexpr std::string_view kMaker[] = {"maker", "manufacturer", "developer",
                                                  "publisher", "creator"};
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.entity < 0 || m.type != EntityType::kOrg) continue;
      const uint32_t se = sentence(m.sentence).end_token;
      uint32_t k = m.end_token;
      if (k + 1 < se && is_possessive(text(k))) {
        int32_t product = mention_starting_at(k + 1, se);
        if (product >= 0 && doc_.mentions[product].type == EntityType::kProduct &&
            doc_.mentions[product].entity >= 0)
          relate(doc_.mentions[product].entity, "owned_by", m.entity, "", m.sentence,
                 span_of(m.first_token, doc_.mentions[product].end_token), 0.6f, "possessive");
        continue;
      }
      if (k + 3 >= se || text(k) != ",") continue;
      ++k;
      if (in(kDeterminers, lower_text(text(k)))) ++k;
      if (k + 2 >= se) continue;
      std::string noun = lower_text(text(k));
      bool owned = in(kOwned, noun), owner = in(kOwner, noun), maker = in(kMaker, noun);
      if (!owned && !owner && !maker) continue;
      ++k;
      if (owner && text(k) == "company") ++k;
      if (k + 1 >= se || text(k) != "of") continue;
      if (maker && k + 2 < se && text(k + 1) == "the") ++k;
      int32_t other = mention_starting_at(k + 1, se);
      // "Sony, the maker of the PlayStation": a maker owns the product it makes.
      EntityType wanted = maker ? EntityType::kProduct : EntityType::kOrg;
      if (other < 0 || doc_.mentions[other].type != wanted || doc_.mentions[other].entity < 0)
        continue;
      if (maker) owner = true;
      Span evidence = span_of(m.first_token, doc_.mentions[other].end_token);
      if (owned) relate(m.entity, "owned_by", doc_.mentions[other].entity, "", m.sentence, evidence, 0.8f, "appos");
      else relate(doc_.mentions[other].entity, "owned_by", m.entity, "", m.sentence, evidence, 0.8f, "appos");
    }
  }

  // FAC in|at GPE; city , country.
  void located(const Mention& m) {
    const uint32_t se = sentence(m.sentence).end_token;
    uint32_t k = m.end_token;
    if (k + 1 >= se) return;
    if (m.type == EntityType::kFac && (text(k) == "in" || text(k) == "at")) {
      int32_t place = mention_starting_at(k + 1, se);
      if (place >= 0 && doc_.mentions[place].type == EntityType::kGpe)
        relate(m.entity, "located_in", doc_.mentions[place].entity, "", m.sentence,
               span_of(m.first_token, doc_.mentions[place].end_token), 0.8f, "located");
      return;
    }
    if (m.type == EntityType::kGpe && text(k) == "in") {
      // "Burnaby Central in British Columbia", "Halifax in Canada": a place in a region or a
      // country the lexicon knows, when the first is unknown or lies in that country.
      // Not after "of" ("the embassy of Equatorial Guinea in Madrid": the embassy is in
      // Madrid) or a determiner ("the Park in Germany": a common noun taken for a place).
      const uint32_t sf = sentence(m.sentence).first_token;
      if (m.first_token > sf && (text(m.first_token - 1) == "of" ||
                                 in(kDeterminers, lower_text(text(m.first_token - 1)))))
        return;
      int32_t outer = mention_starting_at(k + 1, se);
      if (outer < 0 || doc_.mentions[outer].type != EntityType::kGpe ||
          doc_.mentions[outer].entity == m.entity)
        return;
      const Place* op = entity_place(lex_, doc_, doc_.mentions[outer].entity);
      if (!op) return;
      const Place* ip = entity_place(lex_, doc_, m.entity);
      if (ip && (ip->country.empty() || (ip->country != op->name && ip->country != op->country)))
        return;
      if (ip && ip->country == op->country && !op->country.empty() && ip->name != op->name) {
        // two places of one country: only a region holds a city, and the lexicon does not say
        // which is which, so say nothing.
        return;
      }
      relate(m.entity, "located_in", doc_.mentions[outer].entity, "", m.sentence,
             span_of(m.first_token, doc_.mentions[outer].end_token), 0.7f, "located");
      return;
    }
    if (m.type == EntityType::kGpe && text(k) == ",") {
      int32_t country = mention_starting_at(k + 1, se);
      if (country < 0 || doc_.mentions[country].type != EntityType::kGpe) return;
      // The second is a country, or a region of the first's country when the first is a
      // dateline or a place the lexicon does not know ("HALIFAX, Nova Scotia").
      // A region the gazetteer knows is one too ("BOISE, Idaho", "Portland, Oregon").
      const Place* cp = entity_place(lex_, doc_, doc_.mentions[country].entity);
      const std::string* sub =
          cp ? nullptr
             : subdivision_country(lex_, doc_.entities[doc_.mentions[country].entity].name);
      if (!cp && !sub) return;
      const Place* first = entity_place(lex_, doc_, m.entity);
      if (first && first->country.empty()) return;  // a list of countries
      if (cp && cp->country.empty()) {
        if (first && first->country != cp->name) return;
      } else {
        const std::string& region_country = cp ? cp->country : *sub;
        bool dateline = is_all_caps(doc_, m.first_token) && m.first_token == sentence(m.sentence).first_token;
        if (first && !dateline) return;
        if (first && first->country != region_country) return;
      }
      uint32_t after = doc_.mentions[country].end_token;
      if (after < se && (text(after) == "and" || text(after) == "or")) return;
      // "in Burundi, Kenya, Rwanda and Uganda": a list goes on after the second place (or
      // came before the first), whatever the lexicon knows of the first.
      if (after + 1 < se && text(after) == "," && mention_starting_at(after + 1, se) >= 0 &&
          is_place_like(doc_.mentions[mention_starting_at(after + 1, se)].type))
        return;
      const uint32_t first_of_sentence = sentence(m.sentence).first_token;
      const int32_t before = m.first_token > first_of_sentence && text(m.first_token - 1) == ","
                                 ? mention_ending_at(m.first_token - 1, first_of_sentence)
                                 : -1;
      if (before >= 0 && is_place_like(doc_.mentions[before].type)) return;
      relate(m.entity, "located_in", doc_.mentions[country].entity, "", m.sentence,
             span_of(m.first_token, after), 0.8f, "located");
    }
  }

  // A facility of the lexicon whose city the article names. (Organisations are not located
  // this way: where a company is headquartered is rarely what a story says.)
  void lexicon_locations() {
    const size_t n = doc_.entities.size();
    for (size_t e = 0; e < n; ++e) {
      const Entity& ent = doc_.entities[e];
      if (ent.mentions.empty() || ent.type != EntityType::kFac) continue;
      const Organisation* o = find_organisation(lex_, ent.name);
      if (!o || o->place.empty()) continue;
      for (size_t p = 0; p < n; ++p) {
        const Entity& pe = doc_.entities[p];
        if (pe.mentions.empty() || pe.name != o->place ||
            (pe.type != EntityType::kGpe && pe.type != EntityType::kLoc))
          continue;
        const Mention& first = doc_.mentions[ent.mentions.front()];
        relate(static_cast<int32_t>(e), "located_in", static_cast<int32_t>(p), "",
               first.sentence, first.span, 0.7f, "lexicon");
      }
    }
  }

  // The country of the dateline: a place in capitals that opens the text ("LONDON (Newsgraph)
  // —" -> United Kingdom; "MARRAKECH, Morocco" -> Morocco, also when the lexicon does not know
  // the city), not a name that opens the first sentence ("Tibet's exiled leader"); "" if none.
  std::string dateline_country() const {
    if (mention_of_.empty() || doc_.sentences.empty() || !is_all_caps(doc_, 0)) return "";
    const uint32_t se = sentence(0).end_token;
    uint32_t end = 1;  // one past the place in capitals
    if (mention_of_[0] >= 0) {
      const Mention& m = doc_.mentions[mention_of_[0]];
      if (m.entity >= 0 && (m.type == EntityType::kGpe || m.type == EntityType::kLoc))
        if (const Place* p = entity_place(lex_, doc_, m.entity))
          return p->country.empty() ? p->name : p->country;
      end = m.end_token;
    } else {
      while (end < se && is_all_caps(doc_, end)) ++end;
    }
    // "MARRAKECH, Morocco", "BOISE, Idaho" (its country), also when the tagger took the city
    // in capitals for something else ("RHODES, Greece": a surname).
    if (end + 1 >= se || text(end) != ",") return "";
    int32_t next = mention_starting_at(end + 1, se);
    if (next < 0 || doc_.mentions[next].entity < 0) return "";
    const Place* p = entity_place(lex_, doc_, doc_.mentions[next].entity);
    if (!p) {
      const std::string* sub = subdivision_country(lex_, doc_.entities[doc_.mentions[next].entity].name);
      return sub ? *sub : "";
    }
    return p->country.empty() ? p->name : p->country;
  }

  void resolve_org_presidents() {
    for (const OrgPresident& p : org_presidents_) {
      const bool other_head =
          std::any_of(org_heads_.begin(), org_heads_.end(), [&](const std::pair<int32_t, int32_t>& h) {
            return h.first == p.org && h.second != p.person;
          });
      relate(p.person, other_head ? "works_for" : "leader_of", p.org, "", p.sentence, p.evidence,
             p.former ? 0.6f : 0.85f, p.extractor, p.former);
    }
  }

  void resolve_bare_titles() {
    if (pending_.empty()) return;
    // Countries the article names, directly or by nationality; a country named only by one of
    // its cities counts for a title in the city's sentence or when the city is the dateline
    // (a user's bug: "Prime Minister Takaichi" became the UK's leader because London was
    // named in another paragraph).
    std::set<std::string> named;
    std::map<std::string, std::set<uint32_t>> by_city;  // country -> sentences of its cities
    std::map<std::string, size_t> mentions;             // country -> mentions of it by name
    for (const Entity& e : doc_.entities) {
      if (e.mentions.empty()) continue;
      if (e.type == EntityType::kGpe || e.type == EntityType::kLoc) {
        const Place* p = find_place(lex_, e.name);
        if (!p) continue;
        if (p->country.empty()) {
          named.insert(p->name);
          for (int32_t mi : e.mentions)
            if (!is_coref_mention(doc_.mentions[mi])) ++mentions[p->name];
          continue;
        }
        for (int32_t mi : e.mentions) {
          const Mention& m = doc_.mentions[mi];
          if (m.first_token == 0) named.insert(p->country);  // the dateline
          by_city[p->country].insert(m.sentence);
        }
      } else if (e.type == EntityType::kNorp) {
        for (const std::string& a : e.aliases)
          if (const std::string* place = nationality_place(lex_, a)) {
            named.insert(*place);
            break;
          }
      }
    }
    const std::string dateline = dateline_country();
    // A bare title's country must not be one the title's own sentence contradicts: an
    // institution of another country with the office ("President Joe Biden offered help, the
    // White House said" in a Rwanda story) is a candidate too, and such a candidate other than
    // the dateline's country stops the dateline's choice. Each office
    // goes to one person: when two would get the same country's office, only those whose own
    // sentence names that country keep it ("Ecuador's government, led by President Daniel
    // Noboa" keeps Ecuador's presidency; "said President Lopez Obrador" under a QUITO
    // dateline does not take it).
    struct Choice {
      size_t pending;
      int32_t country;
      float confidence;
    };
    std::vector<Choice> choices;
    for (size_t i = 0; i < pending_.size(); ++i) {
      const PendingBare& p = pending_[i];
      if (has_explicit_office(p.person)) continue;
      const std::set<std::string> in_sentence = countries_in_sentence(p.sentence, true);
      std::set<std::string> here = named;
      for (const auto& [country, sentences] : by_city)
        if (sentences.count(p.sentence)) here.insert(country);
      for (const std::string& c : in_sentence) here.insert(c);
      std::vector<std::string> candidates = free_offices(here, p);
      float confidence = 0.6f;
      if (candidates.size() > 1) {
        // Several countries have the office: the dateline's country, when the article names
        // it at least as often as any other candidate ("MARRAKECH, Morocco — ... King
        // Mohammed VI declared", with Spain and Britain named once as donors).
        auto count = [&](const std::string& c) { return mentions.count(c) ? mentions[c] : 0; };
        bool main = std::find(candidates.begin(), candidates.end(), dateline) != candidates.end() &&
                    std::all_of(candidates.begin(), candidates.end(), [&](const std::string& c) {
                      return count(c) <= count(dateline) &&
                             (c == dateline || !in_sentence.count(c));
                    });
        if (main) {
          candidates = {dateline};
          confidence = 0.5f;
        } else {
          // Else the country the story is about: named at least three times and twice as
          // often as any other candidate ("Canada" in a story on Canada's trade with China and
          // a summit in South Korea), unless the title's own sentence names it after the
          // holder, as the object of the holder's act ("President Bush warned Iraq. Iraq ...").
          std::string best;
          for (const std::string& c : candidates)
            if (best.empty() || count(c) > count(best)) best = c;
          const bool dominant =
              count(best) >= 3 &&
              std::all_of(candidates.begin(), candidates.end(), [&](const std::string& c) {
                return c == best || 2 * count(c) <= count(best);
              });
          // The title's own sentence must point to it too (by name, nationality or city):
          // a story named for one country also quotes other countries' leaders.
          if (!dominant || names_after(p, best) || !countries_in_sentence(p.sentence).count(best))
            continue;
          candidates = {best};
          confidence = 0.45f;
        }
      }
      if (candidates.size() != 1) continue;
      choices.push_back({i, country_entity(candidates[0]), confidence});
    }
    for (const Choice& c : choices) {
      const PendingBare& p = pending_[c.pending];
      const std::string& name = doc_.entities[c.country].name;
      auto names_it = [&](const Choice& o) {
        return countries_in_sentence(pending_[o.pending].sentence).count(name) > 0;
      };
      bool shared = !p.former && std::any_of(choices.begin(), choices.end(), [&](const Choice& o) {
        return o.country == c.country && pending_[o.pending].person != p.person &&
               !pending_[o.pending].former &&
               pending_[o.pending].title->canonical == p.title->canonical;
      });
      if (shared && !names_it(c)) continue;
      relate(p.person, "leader_of", c.country, "", p.sentence, p.evidence,
             p.former ? c.confidence - 0.1f : c.confidence, "title-bare", p.former);
    }
  }

  // True when the sentence of a pending bare title names the country `country` itself after
  // the title's evidence (not a city, not a nationality: "the American market").
  bool names_after(const PendingBare& p, const std::string& country) const {
    for (uint32_t t = sentence(p.sentence).first_token; t < sentence(p.sentence).end_token; ++t) {
      if (doc_.tokens[t].span.begin < p.evidence.end) continue;
      const int32_t mi = mention_of_[t];
      if (mi < 0 || doc_.mentions[mi].first_token != t || doc_.mentions[mi].entity < 0) continue;
      const Entity& e = doc_.entities[doc_.mentions[mi].entity];
      if (e.type == EntityType::kGpe || e.type == EntityType::kLoc) {
        // The country itself, not one of its cities ("as Ottawa looks beyond ...": the
        // holder's own capital).
        if (const Place* pl = find_place(lex_, e.name);
            pl && pl->country.empty() && pl->name == country)
          return true;
      }
    }
    return false;
  }

  bool has_explicit_office(int32_t person) const {
    return std::any_of(offices_.begin(), offices_.end(),
                       [&](const Office& o) { return o.person == person; });
  }

  // Of `countries` (canonical names), those whose national offices include the pending
  // title and whose office of that title the article gives to nobody else.
  std::vector<std::string> free_offices(const std::set<std::string>& countries,
                                        const PendingBare& p) const {
    std::vector<std::string> out;
    for (const std::string& c : countries) {
      const Place* place = find_place(lex_, c);
      if (!place || !place->country.empty()) continue;
      if (std::find(place->offices.begin(), place->offices.end(), p.title->canonical) ==
          place->offices.end())
        continue;
      // A former holder shares the office with the present one ("the late former prime
      // minister Shinzo Abe" beside Prime Minister Kishida).
      bool taken = !p.former && std::any_of(offices_.begin(), offices_.end(), [&](const Office& o) {
        return o.title == p.title->canonical && o.person != p.person &&
               doc_.entities[o.country].name == place->name;
      });
      if (!taken) out.push_back(place->name);
    }
    return out;
  }

  // The countries sentence `s` points to: a country named, a nationality, a city or region
  // (its country), an institution the lexicon places in a city ("the White House" ->
  // Washington -> United States, "the Kremlin" -> Russia). Canonical names. With
  // `institutions_only`, the last kind alone: a place named in the sentence is as often the
  // object of the act ("President Donald Trump doubled the duty on China").
  std::set<std::string> countries_in_sentence(uint32_t s, bool institutions_only = false) const {
    std::set<std::string> out;
    for (uint32_t t = sentence(s).first_token; t < sentence(s).end_token; ++t) {
      int32_t mi = mention_of_[t];
      if (mi < 0 || doc_.mentions[mi].first_token != t || doc_.mentions[mi].entity < 0) continue;
      const Mention& m = doc_.mentions[mi];
      if (is_coref_mention(m)) continue;
      const Entity& e = doc_.entities[m.entity];
      const Place* p = nullptr;
      if (institutions_only && e.type != EntityType::kOrg && e.type != EntityType::kFac) continue;
      if (e.type == EntityType::kGpe || e.type == EntityType::kLoc) {
        p = find_place(lex_, e.name);
      } else if (e.type == EntityType::kNorp) {
        for (const std::string& a : e.aliases)
          if (const std::string* place = nationality_place(lex_, a)) {
            p = find_place(lex_, *place);
            break;
          }
      } else if (e.type == EntityType::kOrg || e.type == EntityType::kFac) {
        // "Peru's Congress", "the Peruvian Congress": the text says whose institution it is.
        const uint32_t sf = sentence(s).first_token;
        if (m.first_token > sf && is_possessive(text(m.first_token - 1))) continue;
        if (int32_t before = mention_ending_at(m.first_token, sf);
            before >= 0 && is_place_like(doc_.mentions[before].type))
          continue;
        if (const Organisation* o = find_organisation(lex_, e.name); o && !o->place.empty())
          p = find_place(lex_, o->place);
      }
      if (p) out.insert(p->country.empty() ? p->name : p->country);
    }
    return out;
  }

  // The entity of a country by canonical name; added without mentions when the text names
  // it only by a nationality or a city.
  int32_t country_entity(const std::string& name) {
    for (size_t e = 0; e < doc_.entities.size(); ++e)
      if (doc_.entities[e].name == name &&
          (doc_.entities[e].type == EntityType::kGpe || doc_.entities[e].type == EntityType::kLoc))
        return static_cast<int32_t>(e);
    Entity added;
    added.name = name;
    added.type = EntityType::kGpe;
    added.aliases = {name};
    doc_.entities.push_back(std::move(added));
    return static_cast<int32_t>(doc_.entities.size() - 1);
  }

  // "Villepin's predecessor as prime minister, Jean-Pierre Raffarin", "his predecessor,
  // Donald Rumsfeld": the predecessor held the post, now as former. With "as T" the post is
  // T; without it, the possessor's own posts and leadership found so far in the article
  // ("Lula's predecessor Fernando Henrique Cardoso" after "President Lula"), each once.
  void predecessors() {
    for (const Sentence& s : doc_.sentences) {
      const uint32_t sent = static_cast<uint32_t>(&s - doc_.sentences.data());
      for (uint32_t t = s.first_token + 1; t + 1 < s.end_token; ++t) {
        if (text(t) != "predecessor") continue;
        int32_t possessor = possessor_at(t - 1);
        uint32_t ev_first = t - 1;
        if (possessor < 0 && is_possessive(text(t - 1))) {
          int32_t pm = mention_ending_at(t - 1, s.first_token);
          if (pm >= 0 && doc_.mentions[pm].type == EntityType::kPerson) {
            possessor = doc_.mentions[pm].entity;
            ev_first = doc_.mentions[pm].first_token;
          }
        }
        // An unresolved "his"/"her" still says whose predecessor; "as T" alone names the post.
        const bool pronoun = text(t - 1) == "his" || text(t - 1) == "her" ||
                             text(t - 1) == "His" || text(t - 1) == "Her";
        if ((possessor < 0 && !pronoun) ||
            (possessor >= 0 && doc_.entities[possessor].type != EntityType::kPerson))
          continue;
        uint32_t k = t + 1;
        std::optional<TitleMatch> tm;
        uint32_t title_first = 0;
        if (k + 1 < s.end_token && text(k) == "as") {
          ++k;
          if (k < s.end_token && in(kDeterminers, lower_text(text(k)))) ++k;
          if (k + 1 < s.end_token && (text(k) == "interim" || text(k) == "acting")) ++k;
          tm = match_title(lex_, doc_, k, s.end_token);
          if (!tm || tm->title->role == TitleRole::kHonorific) continue;
          title_first = k;
          k = tm->end_token;
        }
        if (k < s.end_token && text(k) == ",") ++k;
        int32_t pm = mention_starting_at(k, s.end_token);
        uint32_t ev_end = pm >= 0 ? doc_.mentions[pm].end_token : k;
        if (pm < 0 || doc_.mentions[pm].type != EntityType::kPerson) {
          // "Lena Varga, her predecessor as prime minister,": the apposition's name.
          pm = ev_first > s.first_token + 1 && text(ev_first - 1) == ","
                   ? mention_ending_at(ev_first - 1, s.first_token)
                   : -1;
          if (pm >= 0) {
            ev_end = k;
            ev_first = doc_.mentions[pm].first_token;
          }
        }
        if (pm < 0 || doc_.mentions[pm].type != EntityType::kPerson || doc_.mentions[pm].entity < 0 ||
            doc_.mentions[pm].entity == possessor)
          continue;
        const int32_t predecessor = doc_.mentions[pm].entity;
        const Span evidence = span_of(ev_first, ev_end);
        if (tm) {
          title_relations(predecessor, *tm, title_first, -1, true, sent, evidence, "predecessor");
          continue;
        }
        if (possessor < 0) continue;
        std::vector<Relation> posts;
        for (const Relation& r : doc_.relations)
          if (r.subject == possessor && !r.former && !r.negated && !r.hedged &&
              (r.predicate == "position_held" || r.predicate == "leader_of"))
            posts.push_back(r);
        for (const Relation& r : posts)
          relate(predecessor, r.predicate, r.object, r.object_literal, sent, evidence, 0.6f,
                 "predecessor", true);
      }
    }
  }

  int32_t entity_at(uint32_t t) const {
    int32_t mi = mention_of_[t];
    return mi < 0 ? -1 : doc_.mentions[mi].entity;
  }

  void open_relations() {
    bool parsed = std::any_of(doc_.tokens.begin(), doc_.tokens.end(),
                              [](const Token& t) { return !t.deprel.empty(); });
    if (parsed) dependency_relations();
    else surface_relations();
  }

  void dependency_relations() {
    std::vector<std::vector<uint32_t>> children(doc_.tokens.size());
    for (uint32_t t = 0; t < doc_.tokens.size(); ++t)
      if (doc_.tokens[t].head >= 0 && static_cast<size_t>(doc_.tokens[t].head) < doc_.tokens.size())
        children[doc_.tokens[t].head].push_back(t);
    for (uint32_t v = 0; v < doc_.tokens.size(); ++v) {
      if (doc_.tokens[v].upos != "VERB") continue;
      int32_t subject = -1, object = -1;
      uint32_t lo = v, hi = v + 1;
      bool negated = false, hedged = false, via_oblique = false;
      for (uint32_t c : children[v]) {
        const std::string& rel = doc_.tokens[c].deprel;
        std::string w = lower_text(text(c));
        auto note = [&](int32_t* slot, bool nearest = false) {
          int32_t e = entity_at(c);
          // "he led the Bank of Canada": a personal pronoun stands for its person.
          if (e < 0 && (w == "he" || w == "she")) e = extractor::entity_at(doc_, c);
          // "Le Pen, who leads the National Rally": a relative pronoun stands for the name the
          // relative clause modifies.
          if (e < 0 && (w == "who" || w == "which") && doc_.tokens[v].deprel == "acl:relcl" &&
              doc_.tokens[v].head >= 0)
            e = entity_at(static_cast<uint32_t>(doc_.tokens[v].head));
          if (e >= 0 && (*slot < 0 || nearest)) {
            *slot = e;
            lo = std::min(lo, c);
            hi = std::max(hi, c + 1);
          }
        };
        // Two subjects of one verb is a parse error, most often a dateline taken for a subject:
        // the one nearest before the verb wins.
        if (rel == "nsubj") note(&subject, c < v);
        else if (rel == "obl:agent") note(&subject);
        else if (rel == "nsubj:pass") note(&object, c < v);
        else if (rel == "obj") note(&object);
        else if (rel == "obl" && object < 0 && oblique_object(children, v, c)) {
          note(&object);
          via_oblique = object >= 0;
        } else if ((rel == "advmod" || rel == "neg" || rel == "aux") && in(kNegations, w)) negated = true;
        if ((rel == "aux" || rel == "advmod") && in(kHedges, w)) hedged = true;
      }
      if (subject < 0 || object < 0 || subject == object) continue;
      Relation r;
      r.subject = subject;
      r.object = object;
      r.predicate = "rel:" + verb_lemma(lex_, doc_, v);
      r.sentence = sentence_of_token(doc_, v);
      if (mention_of_[lo] >= 0) lo = std::min(lo, doc_.mentions[mention_of_[lo]].first_token);
      r.evidence = span_of(lo, hi);
      r.confidence = 0.6f;
      r.negated = negated;
      r.hedged = hedged || irrealis(doc_, v);  // "demanded that Canada release Meng"
      r.extractor = "dep";
      add_relation(doc_, r);
      if (!via_oblique) typed_from_verb(r, lemma_of(r.predicate), v);
    }
  }

  // An oblique stands in for the object only when the verb has no direct object of its own
  // and its preposition is not one of place or time: "spoke to Xi", "sided with Ottawa", not
  // "held talks with Li" (the object is "talks") or "administered the oath at Rideau Hall".
  bool oblique_object(const std::vector<std::vector<uint32_t>>& children, uint32_t verb,
                      uint32_t obl) const {
    static constexpr std::string_view kPlaceTime[] = {
        "at", "in", "on", "during", "after", "before", "since", "from", "over", "under", "near",
        "until", "amid", "within", "across", "through", "throughout", "of", "as", "like"};
    for (uint32_t c : children[verb])
      if (doc_.tokens[c].deprel == "obj") return false;
    for (uint32_t c : children[obl])
      if (doc_.tokens[c].deprel == "case" && in(kPlaceTime, lower_text(text(c)))) return false;
    return true;
  }

  static std::string_view lemma_of(const std::string& predicate) {
    return std::string_view(predicate).substr(4);
  }

  // A few verbs state a typed relation outright: a person who leads, heads or chairs an
  // organisation or a country is its leader ("Carney led the Liberal Party to a fourth term",
  // "he led the Bank of Canada"). Never from a negated or hedged clause, nor from an oblique
  // standing in for the object (the caller checks): "heading to Russia" is travel.
  void typed_from_verb(const Relation& r, std::string_view lemma, uint32_t verb) {
    if (r.negated || r.hedged) return;
    acquired_by_verb(r, lemma, verb);
    // "Ren, who founded Huawei in 1987": the organisation is founded_by the person (Wikidata
    // P112). Never the bare form "found", most often the past of "find" ("found Huawei liable").
    std::string form = lower_text(text(verb));
    if ((lemma == "found" || lemma == "co-found") && form != "found" &&
        doc_.entities[r.subject].type == EntityType::kPerson &&
        doc_.entities[r.object].type == EntityType::kOrg)
      relate(r.object, "founded_by", r.subject, "", r.sentence, r.evidence, 0.7f, "dep");
    if (lemma != "lead" && lemma != "head" && lemma != "chair") return;
    EntityType st = doc_.entities[r.subject].type, ot = doc_.entities[r.object].type;
    if (st != EntityType::kPerson || (ot != EntityType::kOrg && ot != EntityType::kGpe)) return;
    relate(r.subject, "leader_of", r.object, "", r.sentence, r.evidence, 0.7f, "dep",
           ended_term(form, verb));
  }

  // "who led Brazil from 2019 to 2022", "headed the agency until March": a past form with the
  // term's end after it is a past role ("Carney led the party to a fourth term" is not).
  bool ended_term(const std::string& form, uint32_t verb) const {
    if (form != "led" && form != "headed" && form != "chaired") return false;
    const uint32_t se = sentence(sentence_of_token(doc_, verb)).end_token;
    bool from_year = false;
    for (uint32_t t = verb + 1; t < se && t < verb + 10; ++t) {
      const std::string w = lower_text(text(t));
      if (w == "until" || w == "till") return true;
      if (w == "from" && t + 1 < se && is_year_token(text(t + 1))) from_year = true;
      if (w == "to" && from_year && t + 1 < se && is_year_token(text(t + 1))) return true;
    }
    return false;
  }
  static bool is_year_token(std::string_view w) {
    return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // "Microsoft acquired Activision", "Musk bought Twitter": the organisation bought is owned by
  // the buyer (Wikidata P127). Only a finite verb that happened: not "to buy" ("its bid to buy
  // U.S. Steel"), not negated or hedged (checked by the caller).
  void acquired_by_verb(const Relation& r, std::string_view lemma, uint32_t verb) {
    if (lemma != "acquire" && lemma != "buy" && lemma != "purchase") return;
    if (verb > 0 && lower_text(text(verb - 1)) == "to") return;
    if (doc_.tokens[verb].deprel == "xcomp" || doc_.tokens[verb].deprel == "acl") return;
    EntityType st = doc_.entities[r.subject].type, ot = doc_.entities[r.object].type;
    if ((st != EntityType::kOrg && st != EntityType::kPerson) || ot != EntityType::kOrg) return;
    relate(r.object, "owned_by", r.subject, "", r.sentence, r.evidence, 0.7f, "dep");
  }

  static bool is_currency_word(std::string_view w) {
    static constexpr std::string_view kCurrencies[] = {"dollar", "dollars", "euro", "euros",
                                                       "pound", "pounds", "yen", "yuan"};
    return in(kCurrencies, w);
  }

  // A token of an amount of money (no mention): a number, a currency sign or word, a scale word.
  bool is_amount_token(uint32_t t) const {
    if (mention_of_[t] >= 0) return false;
    std::string_view w = text(t);
    if (w.starts_with("$") || w.starts_with("\xE2\x82\xAC") || w.starts_with("\xC2\xA3") ||
        w == "billion" || w == "million" || w == "trillion" || w == "-" || is_currency_word(w))
      return true;
    return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0]));
  }

  // "Nippon Steel completed its acquisition of U.S. Steel": ORG (has|had)? completed|finalised|
  // closed its|the acquisition|purchase|takeover of ORG2 -> ORG2 owned_by ORG. Only a completed
  // deal: a proposed, blocked or planned acquisition owns nothing.
  void completed_acquisitions() {
    static constexpr std::string_view kCompleted[] = {"completed", "finalised", "finalized",
                                                      "closed", "completes", "finalises",
                                                      "finalizes", "closes"};
    static constexpr std::string_view kDeals[] = {"acquisition", "purchase", "takeover"};
    for (const Sentence& s : doc_.sentences) {
      const uint32_t sent = static_cast<uint32_t>(&s - doc_.sentences.data());
      for (uint32_t t = s.first_token + 1; t + 3 < s.end_token; ++t) {
        if (!in(kCompleted, text(t))) continue;
        uint32_t b = t;
        if (b > s.first_token + 1 && (text(b - 1) == "has" || text(b - 1) == "had")) --b;
        int32_t buyer = mention_ending_at(b, s.first_token);
        if (buyer < 0 || doc_.mentions[buyer].type != EntityType::kOrg) continue;
        uint32_t k = t + 1;
        if (text(k) != "its" && text(k) != "the") continue;
        ++k;
        // "its $14.9 billion acquisition": an amount or a money mention before the deal noun.
        while (k < s.end_token && k < t + 8 && !in(kDeals, text(k)) && is_amount_token(k)) ++k;
        if (k + 2 >= s.end_token || !in(kDeals, text(k)) || text(k + 1) != "of") continue;
        uint32_t o = k + 2;
        if (o < s.end_token && text(o) == "the") ++o;
        int32_t bought = mention_starting_at(o, s.end_token);
        if (bought < 0 || doc_.mentions[bought].type != EntityType::kOrg) continue;
        relate(doc_.mentions[bought].entity, "owned_by", doc_.mentions[buyer].entity, "", sent,
               span_of(doc_.mentions[buyer].first_token, doc_.mentions[bought].end_token), 0.8f,
               "acquisition");
      }
    }
  }

  // E1 (aux|adverb)* verb (det)? E2 within one sentence.
  void surface_relations() {
    for (size_t i = 0; i + 1 < doc_.mentions.size(); ++i) {
      const Mention& a = doc_.mentions[i];
      const Mention& b = doc_.mentions[i + 1];
      if (a.sentence != b.sentence || a.entity < 0 || b.entity < 0 || a.entity == b.entity) continue;
      if (a.type == EntityType::kNorp || b.type == EntityType::kNorp) continue;
      // The first entity must be a subject, not the object of a preposition ("of Ontario").
      if (a.first_token > 0 && in(kPrepositions, text(a.first_token - 1))) continue;
      uint32_t k = a.end_token, end = b.first_token;
      // "met Prime Minister Anthony Albanese": a title before the object is skipped.
      for (uint32_t j = k; j < end; ++j)
        if (auto tm = match_title(lex_, doc_, j, end); tm && tm->end_token == end) {
          end = j;
          break;
        }
      if (end > k && in(kDeterminers, lower_text(text(end - 1)))) --end;
      if (end <= k) continue;
      uint32_t verb = end - 1;
      bool negated = false, hedged = false, ok = true;
      for (uint32_t t = k; t < verb; ++t) {
        std::string w = lower_text(text(t));
        if (!in(kAuxiliaries, w)) { ok = false; break; }
        if (in(kNegations, w)) negated = true;
        if (in(kHedges, w)) hedged = true;
      }
      if (!ok) continue;
      std::string_view vw = text(verb);
      // A verb of the surface pattern: a lower-case word the lexicon lists as a verb, or one
      // with a regular -ed or -s ending ("raised", "sues"); never a possessive.
      std::string lw = lower_text(vw);
      bool known = find_reporting_verb(lex_, lw) || find_trigger(lex_, doc_, verb, false);
      bool regular = lw.size() > 3 && (lw.ends_with("ed") || (lw.ends_with("s") && !lw.ends_with("ss")));
      if (!(known || regular) || !std::all_of(lw.begin(), lw.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        continue;
      if (!has_letter(doc_, verb) || is_capitalised(doc_, verb) || find_common_word(lex_, vw) ||
          in(kAuxiliaries, lower_text(vw)) || match_title(lex_, doc_, verb, verb + 1))
        continue;
      if (std::any_of(vw.begin(), vw.end(), [](char c) { return c == '-' || std::isdigit(static_cast<unsigned char>(c)); }))
        continue;
      // "Carney said Canada would act": most reporting verbs take a clause, not an object.
      if (const std::string* rl = find_reporting_verb(lex_, vw);
          rl && !in(kObjectReportingVerbs, std::string_view(*rl)))
        continue;
      Relation r;
      r.subject = a.entity;
      r.object = b.entity;
      r.predicate = "rel:" + verb_lemma(lex_, doc_, verb);
      r.sentence = a.sentence;
      r.evidence = Span{a.span.begin, b.span.end};
      r.confidence = 0.5f;
      r.negated = negated;
      r.hedged = hedged;
      r.extractor = "surface";
      add_relation(doc_, std::move(r));
    }
  }

  const Lexicon& lex_;
  Document& doc_;
  std::vector<int32_t> mention_of_;
  std::vector<PendingBare> pending_;
  std::vector<OrgPresident> org_presidents_;
  std::vector<std::pair<int32_t, int32_t>> org_heads_;  // (organisation, its head by a title)
  std::vector<Office> offices_;
};

}  // namespace

void add_relation(Document& doc, Relation relation) {
  const bool symmetric = relation.predicate == "met_with";
  for (Relation& r : doc.relations) {
    bool same_pair = (r.subject == relation.subject && r.object == relation.object) ||
                     (symmetric && r.subject == relation.object && r.object == relation.subject);
    if (same_pair && r.predicate == relation.predicate &&
        r.object_literal == relation.object_literal && r.negated == relation.negated) {
      if (relation.confidence > r.confidence) r = std::move(relation);
      return;
    }
  }
  doc.relations.push_back(std::move(relation));
}

std::string verb_lemma(const Lexicon& lex, const Document& doc, uint32_t token) {
  const Token& t = doc.tokens[token];
  if (!t.lemma.empty()) return lower_text(t.lemma);
  std::string w = lower_text(doc.slice(t.span));
  if (const std::string* l = find_reporting_verb(lex, w)) return *l;
  if (auto it = lex.trigger_forms.find(w); it != lex.trigger_forms.end())
    for (const EventTrigger& tr : it->second)
      if (!tr.noun) return tr.lemma;
  auto ends = [&](std::string_view s) {
    return w.size() > s.size() + 1 && w.compare(w.size() - s.size(), s.size(), s) == 0;
  };
  auto undouble = [](std::string s) {
    size_t n = s.size();
    if (n >= 2 && s[n - 1] == s[n - 2] && s[n - 1] != 'l' && s[n - 1] != 's' && s[n - 1] != 'e')
      s.pop_back();
    return s;
  };
  if (ends("ied")) return w.substr(0, w.size() - 3) + "y";
  if (ends("ies")) return w.substr(0, w.size() - 3) + "y";
  // "raised" -> "raise", "charged" -> "charge", "moved" -> "move": a silent e comes back
  // after these letters (a heuristic; a lemmatiser's Token::lemma is preferred).
  auto restore_e = [&](std::string stem) {
    char c = stem.empty() ? '\0' : stem.back();
    bool double_s = stem.size() >= 2 && stem[stem.size() - 2] == 's' && c == 's';
    if (!double_s && (c == 's' || c == 'z' || c == 'v' || c == 'c' || c == 'g' || c == 'u'))
      return stem + "e";
    return undouble(stem);
  };
  if (ends("ing")) return restore_e(w.substr(0, w.size() - 3));
  if (ends("ed")) return restore_e(w.substr(0, w.size() - 2));
  if (ends("ches") || ends("shes") || ends("sses") || ends("xes"))
    return w.substr(0, w.size() - 2);
  if (ends("s") && !ends("ss")) return w.substr(0, w.size() - 1);
  return w;
}

void extract_relations(const Lexicon& lex, Document& doc) {
  if (doc.tokens.empty() || doc.sentences.empty()) return;
  RelationFinder(lex, doc).run();
}

}  // namespace newsgraph::extractor
