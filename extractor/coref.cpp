#include "extractor/coref.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extractor/dep_parser.h"

namespace newsgraph::extractor {
namespace {

// Salience factors of Lappin & Leass (1994), in their units: sentence recency 100, subject 80,
// direct object 50, head noun (not a modifier of another noun) 80, non-adverbial (not inside a
// prepositional phrase) 50. An entity's salience is the sum over its mentions; it halves at
// every sentence boundary.
constexpr float kRecency = 100.0f;
constexpr float kSubject = 80.0f;
constexpr float kObject = 50.0f;
constexpr float kHeadNoun = 80.0f;
constexpr float kNonAdverbial = 50.0f;
// he/she need an antecedent about three sentences back at most (a subject's 310 / 2^3; tuned on
// GUM dev: 5 gave precision 55.6% recall 59.4%, 40 gives 64.2% / 60.4%, 75 76.3% / 57.4% but
// loses a news protagonist named four sentences earlier); it/they,
// which also refer to things that are not named, one mentioned in this sentence or outside a
// prepositional phrase of the previous one (a head noun's 230 / 2).
// A role noun ("the country", "the company") names the article's main entity of its type more
// often than the last one mentioned: to the decaying salience it adds this much per name mention
// so far (not decaying; a mention in the lead sentence, where a dateline and the lead name the
// article's subject, counts twice, and a name in the headline once more). Team-set: one name
// mention outweighs a mention in a prepositional phrase four sentences back (180 / 2^4).
constexpr float kProminence = 20.0f;
constexpr float kPersonFloor = 40.0f;
constexpr float kNonPersonFloor = 100.0f;

enum class Gender : uint8_t { kUnknown, kMasculine, kFeminine };

// The agreement class of a pronoun.
enum class Agreement : uint8_t { kMasculine, kFeminine, kNeuter, kPlural };

// Mention::confidence of what this stage adds: role nouns carry their own type, pronouns less.
constexpr float kPronounConfidence = 0.6f;
constexpr float kRoleNounConfidence = 0.7f;
constexpr float kObjectPronounConfidence = 0.5f;  // "him"/"her": about 65% right on GUM

struct Pronoun {
  Agreement agreement;
  bool possessive;
};

// Third-person pronouns we resolve; "her" is possessive only before a noun (checked later).
std::optional<Pronoun> pronoun_of(std::string_view lower) {
  if (lower == "he") return Pronoun{Agreement::kMasculine, false};
  if (lower == "him") return Pronoun{Agreement::kMasculine, false};
  if (lower == "his") return Pronoun{Agreement::kMasculine, true};
  if (lower == "she") return Pronoun{Agreement::kFeminine, false};
  if (lower == "her") return Pronoun{Agreement::kFeminine, true};
  if (lower == "it") return Pronoun{Agreement::kNeuter, false};
  if (lower == "its") return Pronoun{Agreement::kNeuter, true};
  if (lower == "they") return Pronoun{Agreement::kPlural, false};
  if (lower == "their") return Pronoun{Agreement::kPlural, true};
  return std::nullopt;
}

// What a definite common noun can stand for (team-written, from news usage).
enum class HeadClass : uint8_t {
  kCompany,  // any ORG that is not a public body
  kNamed,    // the ORG whose name has this word ("the court" -> "Supreme Court")
  kCountry,  // a country (GPE that the lexicon lists as a country)
  kBloc,     // an ORG or GPE that groups countries ("the bloc" -> European Union)
};

struct TypeHead {
  std::string_view word;
  HeadClass head_class;
};

constexpr TypeHead kTypeHeads[] = {
    {"company", HeadClass::kCompany},      {"firm", HeadClass::kCompany},
    {"group", HeadClass::kCompany},        {"carmaker", HeadClass::kCompany},
    {"automaker", HeadClass::kCompany},    {"conglomerate", HeadClass::kCompany},
    {"retailer", HeadClass::kCompany},     {"manufacturer", HeadClass::kCompany},
    {"giant", HeadClass::kCompany},        {"insurer", HeadClass::kCompany},
    {"airline", HeadClass::kCompany},      {"lender", HeadClass::kCompany},
    {"startup", HeadClass::kCompany},      {"chipmaker", HeadClass::kCompany},
    {"ministry", HeadClass::kNamed},       {"department", HeadClass::kNamed},
    {"agency", HeadClass::kNamed},         {"court", HeadClass::kNamed},
    {"commission", HeadClass::kNamed},     {"committee", HeadClass::kNamed},
    {"council", HeadClass::kNamed},        {"party", HeadClass::kNamed},
    {"bank", HeadClass::kNamed},           {"board", HeadClass::kNamed},
    {"tribunal", HeadClass::kNamed},       {"parliament", HeadClass::kNamed},
    {"senate", HeadClass::kNamed},         {"university", HeadClass::kNamed},
    {"union", HeadClass::kNamed},          {"organization", HeadClass::kNamed},
    {"organisation", HeadClass::kNamed},   {"authority", HeadClass::kNamed},
    {"regulator", HeadClass::kNamed},      {"administration", HeadClass::kNamed},
    {"country", HeadClass::kCountry},      {"nation", HeadClass::kCountry},
    {"bloc", HeadClass::kBloc},            {"alliance", HeadClass::kBloc},
};

// Words of public bodies: an ORG named with one is not "the company".
constexpr std::string_view kPublicBodyWords[] = {
    "ministry", "department", "agency", "court", "commission", "committee", "council",
    "party", "parliament", "senate", "congress", "government", "union", "tribunal",
    "authority", "office", "bureau", "assembly", "police", "army", "navy", "organization",
    "organisation", "administration", "cabinet", "house", "forces",
};

// "the agency", "the authority", "the regulator" may stand for an ORG whose name has none of
// these words but one of kAgencyWords ("Indian Space Research Organisation").
constexpr std::string_view kAgencyHeads[] = {"agency", "authority", "regulator"};
constexpr std::string_view kAgencyWords[] = {
    "agency", "authority", "administration", "organisation", "organization", "commission",
    "bureau", "service", "institute", "regulator", "office"};

// Words in the names of groups of countries: "the bloc" is the European Union, the Association
// of Southeast Asian Nations, the North Atlantic Treaty Organization, not a body of one.
constexpr std::string_view kBlocWords[] = {"union", "association", "community", "alliance",
                                           "treaty", "cooperation", "league"};

// The words after which a noun phrase is a predicate or an apposition, not a referent.
constexpr std::string_view kCopulas[] = {"is", "was", "are", "were", "be", "been", "being",
                                         "became", "become", "becomes", "as", "named",
                                         "appointed", "elected", "remains", "remained"};

// Auxiliaries and adverbs between a subject and its verb, for text without POS tags.
constexpr std::string_view kAuxiliaries[] = {"will", "would", "can", "could", "may", "might",
                                             "shall", "should", "must", "has", "have", "had",
                                             "is", "was", "does", "did", "not", "also", "then"};

constexpr std::string_view kMasculineHonorifics[] = {"mr.", "mr", "sir", "king", "prince", "lord"};
constexpr std::string_view kFeminineHonorifics[] = {"mrs.", "mrs", "ms.", "ms", "miss", "queen",
                                                    "princess", "lady", "dame"};

template <size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

const TypeHead* find_type_head(std::string_view lower) {
  for (const TypeHead& h : kTypeHeads)
    if (h.word == lower) return &h;
  return nullptr;
}

bool is_quote_mark(std::string_view w) {
  return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D";
}

// A PERSON the article gives a title: "Prime Minister Mark Carney", "Carney, the prime
// minister", "Carney is prime minister".
struct Holder {
  int32_t entity = -1;
  const Title* title = nullptr;
  std::string place;  // canonical place of a nationality or country before the title, or ""
  uint32_t token = 0; // where the title is said
};

// A resolved anaphor, before it becomes a Mention.
struct Anaphor {
  uint32_t first_token = 0, end_token = 0;
  int32_t entity = -1;
  float confidence = kPronounConfidence;
  bool object = false;  // "him"/"her" as an object: kept out of the salience model
};

class Resolver {
 public:
  Resolver(const Lexicon& lex, const Document& doc) : lex_(lex), doc_(doc) {
    const size_t n = doc.tokens.size();
    mention_of_.assign(n, -1);
    for (size_t i = 0; i < doc.mentions.size(); ++i)
      for (uint32_t t = doc.mentions[i].first_token; t < doc.mentions[i].end_token && t < n; ++t)
        mention_of_[t] = static_cast<int32_t>(i);
    salience_.assign(doc.entities.size(), 0.0f);
    last_seen_.assign(doc.entities.size(), -1);
    last_subject_.assign(doc.entities.size(), -1);
    prominence_.assign(doc.entities.size(), 0.0f);
    for (size_t e = 0; e < doc.entities.size(); ++e)
      if (!doc.title.empty() && doc.title.find(doc.entities[e].name) != std::string::npos)
        prominence_[e] += 1.0f;
    gender_.assign(doc.entities.size(), Gender::kUnknown);
    resolved_.assign(n, -1);
    children_.resize(n);
    for (uint32_t t = 0; t < n; ++t)
      if (int32_t h = doc.tokens[t].head; h >= 0 && static_cast<size_t>(h) < n) children_[h].push_back(t);
  }

  std::vector<Anaphor> run() {
    find_holders();
    std::vector<Anaphor> found;
    bool quoted = false;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      for (float& v : salience_) v *= 0.5f;
      sentence_has_mention_ = false;
      // A new paragraph closes an unclosed quotation (news style opens each quoted paragraph).
      if (s > 0 && gap_has_newline(doc_.sentences[s - 1].span.end, sent.span.begin)) quoted = false;
      const uint32_t credit_end = sent.first_token + dateline_length(doc_, sent);
      for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
        std::string_view w = text(t);
        if (is_quote_mark(w)) {
          quoted = !quoted;
          continue;
        }
        if (int32_t mi = mention_of_[t]; mi >= 0) {
          const Mention& m = doc_.mentions[mi];
          // The agency credited in a dateline ("HONG KONG (Newsgraph) —") is no antecedent:
          // "the company" of the lead is not the news agency.
          const bool credit = t < credit_end && t > sent.first_token && text(t - 1) == "(";
          if (m.first_token == t && !quoted && m.entity >= 0 && !credit) note_mention(m);
          continue;
        }
        if (quoted) continue;
        if (auto a = anaphor_at(t, sent)) {
          // An object pronoun's guess does not feed salience or gender (it would steer later
          // "he"/"she", which are resolved more reliably).
          if (!a->object) note(a->entity, head_of(a->first_token, a->end_token), a->end_token - 1);
          for (uint32_t k = a->first_token; k < a->end_token; ++k) resolved_[k] = a->entity;
          found.push_back(*a);
          t = a->end_token - 1;
        } else {
          note_nameless_subject(t);
        }
      }
    }
    return found;
  }

 private:
  std::string_view text(uint32_t t) const { return doc_.slice(doc_.tokens[t].span); }
  std::string lower(uint32_t t) const { return lower_text(text(t)); }

  bool gap_has_newline(uint32_t from, uint32_t to) const {
    if (to <= from) return false;
    return doc_.slice(Span{from, to}).find('\n') != std::string_view::npos;
  }

  // The head token of tokens [first, end): the one whose head lies outside; the last token
  // when the parser has not run.
  uint32_t head_of(uint32_t first, uint32_t end) const {
    for (uint32_t t = first; t < end; ++t) {
      int32_t h = doc_.tokens[t].head;
      if (h < static_cast<int32_t>(first) || h >= static_cast<int32_t>(end)) {
        if (!doc_.tokens[t].deprel.empty()) return t;
      }
    }
    return end - 1;
  }

  bool is_subject(uint32_t t) const {
    const std::string& r = doc_.tokens[t].deprel;
    return r == "nsubj" || r == "nsubj:pass";
  }

  // True when a verb hangs on token t as parataxis (a misparsed main verb).
  bool has_parataxis_verb(uint32_t t) const {
    const Sentence& s = doc_.sentences[sentence_of_token(doc_, t)];
    for (uint32_t c = t + 1; c < s.end_token; ++c)
      if (doc_.tokens[c].head == static_cast<int32_t>(t) && doc_.tokens[c].deprel == "parataxis" &&
          doc_.tokens[c].upos == "VERB")
        return true;
    return false;
  }

  // Adds a mention of entity `e` whose head is `head` to the salience model.
  void note(int32_t e, uint32_t head, uint32_t last) {
    if (e < 0 || static_cast<size_t>(e) >= salience_.size()) return;
    const std::string& r = doc_.tokens[head].deprel;
    float w = kRecency;
    // Text without a parse: the first entity of a sentence stands in for its subject (centering
    // ranks it first).
    // A subject of a relative clause ("an ally of Macron who had served ...") is not the
    // clause's topic: Lappin & Leass rank embedded mentions lower; here it gets no subject
    // weight (a user's bug: "..., he said" went to the name inside the relative clause).
    const int32_t verb = doc_.tokens[head].head;
    const bool relative = verb >= 0 && doc_.tokens[verb].deprel == "acl:relcl";
    // A name parsed as the root of a sentence that has a verb ("Lecornu, 39, an ally of
    // Macron, told reporters ...", the verb misparsed as parataxis) is that verb's subject.
    const bool nominal_root = r == "root" && doc_.tokens[head].upos == "PROPN" &&
                              has_parataxis_verb(head);
    if (((r == "nsubj" || r == "nsubj:pass") && !relative) || nominal_root ||
        (r.empty() && !sentence_has_mention_)) {
      w += kSubject;
      last_subject_[e] = static_cast<int64_t>(head);
    }
    else if (r == "obj" || r == "iobj") w += kObject;
    if (r.rfind("nmod", 0) != 0 && r != "compound" && r != "amod") w += kHeadNoun;
    if (r.rfind("obl", 0) != 0 && r.rfind("nmod", 0) != 0) w += kNonAdverbial;
    salience_[e] += w;
    last_seen_[e] = static_cast<int32_t>(last);
    sentence_has_mention_ = true;
  }

  // A main-clause subject noun that names no entity ("The resolution asked the government to
  // consult with the United States. It also urged ...") is the centre the next "it" continues
  // (centering: the subject is the preferred centre), not a name mentioned around it.
  // Only singular common nouns (lemma = word) that are not titles (people).
  void note_nameless_subject(uint32_t t) {
    const Token& tok = doc_.tokens[t];
    if (tok.upos != "NOUN" || !is_subject(t) || tok.head < 0) return;
    if (doc_.tokens[tok.head].deprel != "root") return;
    if (!tok.lemma.empty() && tok.lemma != lower(t)) return;
    if (match_title(lex_, doc_, t, t + 1)) return;
    // "The KCNA report said": a noun that an entity modifies speaks for that entity.
    for (uint32_t c : children_[t]) {
      const std::string& r = doc_.tokens[c].deprel;
      if ((r == "compound" || r == "nmod:poss" || r.rfind("nmod", 0) == 0) && mention_of_[c] >= 0)
        return;
    }
    nameless_subject_ = static_cast<int64_t>(t);
  }

  void note_mention(const Mention& m) {
    note(m.entity, head_of(m.first_token, m.end_token), m.end_token - 1);
    if (static_cast<size_t>(m.entity) < prominence_.size())
      prominence_[m.entity] += m.sentence == 0 ? 2.0f : 1.0f;
    if (m.type != EntityType::kPerson || m.first_token == 0) return;
    std::string before = lower(m.first_token - 1);
    if (in(kMasculineHonorifics, before)) gender_[m.entity] = Gender::kMasculine;
    else if (in(kFeminineHonorifics, before)) gender_[m.entity] = Gender::kFeminine;
  }

  // The canonical place a nationality, country or place token names, or "".
  std::string place_of_token(uint32_t t) const {
    std::string w = phrase_text(doc_, t, t + 1);
    if (find_nationality(lex_, w) || nationality_place(lex_, w)) {
      const std::string* place = nationality_place(lex_, w);
      return place ? *place : "";
    }
    if (const Place* p = find_place(lex_, w)) return p->country.empty() ? p->name : p->country;
    return "";
  }

  // ---- Title holders ------------------------------------------------------------------------

  void find_holders() {
    for (const Mention& m : doc_.mentions) {
      if (m.type != EntityType::kPerson || m.entity < 0) continue;
      const Sentence& s = doc_.sentences[m.sentence];
      title_before(m, s);
      title_after(m, s);
    }
  }

  void add_holder(int32_t entity, const Title* title, uint32_t title_first, uint32_t token,
                  uint32_t first_allowed) {
    if (title->role == TitleRole::kHonorific) return;
    Holder h{entity, title, "", token};
    if (title_first > first_allowed) h.place = place_of_token(title_first - 1);
    holders_.push_back(std::move(h));
  }

  // "Prime Minister Mark Carney", "Canadian Prime Minister Mark Carney".
  void title_before(const Mention& m, const Sentence& s) {
    uint32_t reach = std::min<uint32_t>(lex_.longest_title, m.first_token - s.first_token);
    for (uint32_t len = reach; len >= 1; --len) {
      uint32_t k = m.first_token - len;
      auto tm = match_title(lex_, doc_, k, m.first_token);
      if (tm && tm->end_token == m.first_token) {
        add_holder(m.entity, tm->title, k, k, s.first_token);
        return;
      }
    }
  }

  // "Carney, the prime minister," / "Carney, Canada's prime minister" / "Carney is prime minister".
  void title_after(const Mention& m, const Sentence& s) {
    uint32_t k = m.end_token;
    if (k < s.end_token && (text(k) == "," || in(kCopulas, lower(k)))) ++k;
    else return;
    if (k < s.end_token && (lower(k) == "the" || lower(k) == "a")) ++k;
    uint32_t modifier = k;
    if (k < s.end_token && !place_of_token(k).empty()) ++k;
    if (k < s.end_token && (text(k) == "'s" || text(k) == "\xE2\x80\x99s")) ++k;
    auto tm = match_title(lex_, doc_, k, s.end_token);
    if (!tm) return;
    Holder h{m.entity, tm->title, k > modifier ? place_of_token(modifier) : "", k};
    if (tm->title->role != TitleRole::kHonorific) holders_.push_back(std::move(h));
  }

  // ---- Anaphors -----------------------------------------------------------------------------

  // A capitalised "He" inside a sentence is a name ("Vice Premier He Lifeng"), not a pronoun:
  // English writes pronouns in lower case except first in a sentence or a quotation.
  bool capitalised_mid_sentence(uint32_t t, const Sentence& s) const {
    std::string_view w = text(t);
    if (w.empty() || w[0] < 'A' || w[0] > 'Z' || t == s.first_token) return false;
    std::string_view before = text(t - 1);
    return before != "\"" && before != "\xE2\x80\x9C" && before != ":" && before != "(" &&
           before != "\xE2\x80\x94" && before != "-";
  }

  std::optional<Anaphor> anaphor_at(uint32_t t, const Sentence& s) {
    std::string w = lower(t);
    if (auto p = pronoun_of(w)) {
      if (capitalised_mid_sentence(t, s)) return std::nullopt;
      return resolve_pronoun_at(t, *p);
    }
    if (w == "the") return resolve_role_noun(t, s);
    return std::nullopt;
  }

  // True when the clause of a subject at t is headed by a reporting verb or an event trigger.
  bool agentive_clause(uint32_t t) const {
    int32_t h = doc_.tokens[t].head;
    if (h < 0 || static_cast<size_t>(h) >= doc_.tokens.size()) {
      // Unparsed: the next word after adverbs and auxiliaries.
      uint32_t k = t + 1;
      while (k < doc_.tokens.size() && k < t + 4 &&
             (doc_.tokens[k].upos == "ADV" || doc_.tokens[k].upos == "AUX" ||
              (doc_.tokens[k].upos.empty() && in(kAuxiliaries, lower(k)))))
        ++k;
      if (k >= doc_.tokens.size()) return false;
      h = static_cast<int32_t>(k);
    }
    uint32_t v = static_cast<uint32_t>(h);
    if (find_reporting_verb(lex_, text(v))) return true;
    if (doc_.tokens[v].upos != "VERB" && !doc_.tokens[v].deprel.empty()) return false;
    return find_trigger(lex_, doc_, v, false) != nullptr;
  }

  std::optional<Anaphor> resolve_pronoun_at(uint32_t t, const Pronoun& p) {
    const Token& tok = doc_.tokens[t];
    bool parsed = !tok.deprel.empty();
    bool possessor = tok.deprel == "nmod:poss" || tok.xpos == "PRP$";
    bool person = p.agreement == Agreement::kMasculine || p.agreement == Agreement::kFeminine;
    if (person && parsed && is_object(t)) return resolve_object_pronoun(t, p);
    if (p.possessive) {
      if (!possessor && (parsed || !tok.xpos.empty())) return std::nullopt;  // "told her"
      // Only where a relation needs it: the possessor of a title ("its chief executive"), of
      // a name ("his Labour Party"), of a firm or a deal ("his trading firm", "its purchase").
      if (!before_title(t + 1) && !before_related_noun(t + 1)) return std::nullopt;
    } else if (parsed && !person && !is_subject(t)) {  // "he" and "she" are always subjects
      return std::nullopt;
    }
    if (!person && !p.possessive && !agentive_clause(t)) return std::nullopt;
    auto ok = [&](int32_t c) { return agrees(c, p.agreement); };
    int32_t e = p.possessive ? -1 : governing_subject(t, ok);
    if (e < 0) {
      e = most_salient(t, ok, person ? kPersonFloor : kNonPersonFloor);
      if (e >= 0 && p.agreement == Agreement::kNeuter && continues_nameless_subject(t, e))
        return std::nullopt;
    }
    if (e < 0) return std::nullopt;
    if (p.agreement == Agreement::kMasculine) gender_[e] = Gender::kMasculine;
    if (p.agreement == Agreement::kFeminine) gender_[e] = Gender::kFeminine;
    return Anaphor{t, t + 1, e, kPronounConfidence};
  }

  // "him" or "her" as an object ("police arrested him", "Trudeau appointed her", "charges
  // against him"), parsed as obj, iobj or obl.
  bool is_object(uint32_t t) const {
    const std::string& r = doc_.tokens[t].deprel;
    const std::string w = lower(t);
    return (w == "him" || w == "her") && doc_.tokens[t].xpos != "PRP$" &&
           (r == "obj" || r == "iobj" || r.rfind("obl", 0) == 0);
  }

  // An object pronoun takes the most salient person of its gender that is not the subject of
  // its own clause (binding theory's principle B: "Carney praised him" is not Carney).
  std::optional<Anaphor> resolve_object_pronoun(uint32_t t, const Pronoun& p) {
    int32_t subject = -1;
    const int32_t verb = doc_.tokens[t].head;
    if (verb >= 0)
      for (uint32_t c : children_[static_cast<uint32_t>(verb)])
        if (is_subject(c)) {
          subject = mention_of_[c] >= 0 ? doc_.mentions[mention_of_[c]].entity : resolved_[c];
          if (subject < 0) subject = -2;  // a subject that names no one: no exclusion known
        }
    auto ok = [&](int32_t c) { return agrees(c, p.agreement) && c != subject; };
    int32_t e = most_salient(t, ok, kPersonFloor);
    if (e < 0) return std::nullopt;
    Anaphor a{t, t + 1, e, kObjectPronounConfidence};
    a.object = true;
    return a;
  }

  // True when a main-clause subject that names nothing stands in the previous sentence, or
  // earlier in this one, before "it" at t, after entity e was last a subject. In "..., it
  // said" the words before the pronoun are what it said: their subject does not count.
  bool continues_nameless_subject(uint32_t t, int32_t e) const {
    if (nameless_subject_ < 0) return false;
    const uint32_t ns_sentence = sentence_of_token(doc_, static_cast<uint32_t>(nameless_subject_));
    const uint32_t sentence = sentence_of_token(doc_, t);
    if (ns_sentence + 1 < sentence) return false;
    if (ns_sentence == sentence) {
      const int32_t verb = doc_.tokens[t].head;
      if (verb >= 0 && find_reporting_verb(lex_, text(static_cast<uint32_t>(verb)))) return false;
    }
    return last_subject_[e] < nameless_subject_;
  }

  // A title starts at t or after one adjective ("his former deputy").
  bool before_title(uint32_t t) const {
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    for (uint32_t k = t; k < n && k < t + 2; ++k)
      if (match_title(lex_, doc_, k, std::min(n, k + lex_.longest_title))) return true;
    return false;
  }

  // A possessor's noun that a relation reads (extractor/relations.h): an ORG name right after
  // it ("his Conservative Party", "its National Alliance"), or, after at most three lower-case
  // words or an amount, a company noun or a deal noun ("his cryptocurrency trading firm", "its
  // 26 billion dollar acquisition").
  bool before_related_noun(uint32_t t) const {
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    if (t >= n) return false;
    if (mention_of_[t] >= 0) return doc_.mentions[mention_of_[t]].type == EntityType::kOrg;
    static constexpr std::string_view kDealNouns[] = {"acquisition", "purchase", "takeover"};
    for (uint32_t k = t; k < n && k < t + 5; ++k) {
      std::string w = lower(k);
      const TypeHead* h = find_type_head(w);
      if ((h && h->head_class == HeadClass::kCompany) || in(kDealNouns, w)) return true;
      if (mention_of_[k] >= 0 || !has_letter(doc_, k) || is_capitalised(doc_, k)) {
        if (!std::isdigit(static_cast<unsigned char>(text(k)[0]))) return false;
      }
    }
    return false;
  }

  // The entity of token c: a name mention or an anaphor resolved earlier; also through an
  // apposition ("a second Canadian, the businessman Michael Spavor").
  template <typename Accept>
  int32_t entity_of_phrase(uint32_t c, Accept ok) const {
    int32_t e = mention_of_[c] >= 0 ? doc_.mentions[mention_of_[c]].entity : resolved_[c];
    if (e >= 0 && ok(e)) return e;
    for (uint32_t a : children_[c]) {
      if (doc_.tokens[a].deprel != "appos") continue;
      if (int32_t x = entity_of_phrase(a, ok); x >= 0) return x;
    }
    return -1;
  }

  // Hobbs (1978) in short: for a pronoun subject of a clause that complements, modifies or is
  // conjoined to a verb ("Carney said he would ...", "Singh lost and said he ..."), the
  // compatible subject of the governing verb, up to three clauses up. -1 when there is none or
  // the text is not parsed.
  template <typename Accept>
  int32_t governing_subject(uint32_t t, Accept ok) const {
    int32_t v = doc_.tokens[t].head;
    for (int up = 0; up < 3 && v >= 0; ++up) {
      const std::string& rel = doc_.tokens[v].deprel;
      if (rel != "ccomp" && rel != "xcomp" && rel != "advcl" && rel != "conj") return -1;
      v = doc_.tokens[v].head;
      if (v < 0) return -1;
      for (uint32_t c : children_[v]) {
        if (doc_.tokens[c].deprel != "nsubj" || c >= t) continue;
        if (int32_t e = entity_of_phrase(c, ok); e >= 0) return e;
        // A relative "who" stands for the name right before it (and its comma): "Carney
        // replaces Trudeau, who announced that he would step down" -> Trudeau. The words, not
        // the parse, decide: the parser often hangs such a clause on the wrong noun.
        if (relative_pronoun(c) && doc_.tokens[v].deprel == "acl:relcl") {
          uint32_t k = c;
          if (k > 0 && doc_.slice(doc_.tokens[k - 1].span) == ",") --k;
          if (k > 0)
            if (int32_t e = entity_of_phrase(k - 1, ok); e >= 0) return e;
        }
      }
    }
    return -1;
  }

  bool relative_pronoun(uint32_t c) const {
    std::string_view w = doc_.slice(doc_.tokens[c].span);
    return w == "who" || w == "Who" || w == "that" || w == "which";
  }

  bool agrees(int32_t c, Agreement a) const {
    EntityType type = doc_.entities[c].type;
    switch (a) {
      case Agreement::kMasculine:
        return type == EntityType::kPerson && gender_[c] != Gender::kFeminine;
      case Agreement::kFeminine:
        return type == EntityType::kPerson && gender_[c] != Gender::kMasculine;
      case Agreement::kNeuter:
        return type == EntityType::kOrg || type == EntityType::kGpe;
      case Agreement::kPlural:
        return type == EntityType::kOrg || type == EntityType::kNorp;
    }
    return false;
  }

  // The entity with the highest salience (ties: the most recently mentioned) that `ok`
  // accepts and was mentioned before token t; -1 when none reaches `floor`.
  template <typename Accept>
  int32_t most_salient(uint32_t t, Accept ok, float floor) const {
    int32_t best = -1;
    for (size_t c = 0; c < salience_.size(); ++c) {
      if (last_seen_[c] < 0 || static_cast<uint32_t>(last_seen_[c]) >= t) continue;
      if (salience_[c] < floor || !ok(static_cast<int32_t>(c))) continue;
      if (best < 0 || salience_[c] > salience_[best] ||
          (salience_[c] == salience_[best] && last_seen_[c] > last_seen_[best]))
        best = static_cast<int32_t>(c);
    }
    return best;
  }

  // "the (NORP|place)? title" or "the (NORP|place)? type-head" at t ("the").
  std::optional<Anaphor> resolve_role_noun(uint32_t t, const Sentence& s) {
    if (!role_noun_context(t, s)) return std::nullopt;
    uint32_t k = t + 1;
    std::string place;
    if (k < s.end_token && has_letter(doc_, k)) {
      place = place_of_token(k);
      if (!place.empty()) ++k;
    }
    if (k >= s.end_token) return std::nullopt;
    uint32_t end = k;
    int32_t e = -1;
    if (auto tm = match_title(lex_, doc_, k, s.end_token)) {
      end = tm->end_token;
      if (!referent_phrase(k, end, s)) return std::nullopt;
      e = title_holder(*tm->title, place, t);
    } else if (const TypeHead* h = find_type_head(lower(k))) {
      end = k + 1;
      if (!referent_phrase(k, end, s)) return std::nullopt;
      e = type_head_referent(*h, place, t);
    } else {
      return std::nullopt;
    }
    if (e < 0) return std::nullopt;
    return Anaphor{k, end, e, kRoleNounConfidence};
  }

  // Not an apposition to a name ("Carney, the prime minister"), not a predicate ("is the
  // prime minister").
  // A possessor in an apposition is a referent: "Ana Ruiz, the agency's chief executive".
  bool role_noun_context(uint32_t t, const Sentence& s) const {
    if (t == s.first_token) return true;
    uint32_t p = t - 1;
    if (in(kCopulas, lower(p))) return false;
    bool possessor = false;
    for (uint32_t k = t + 2; k < s.end_token && k < t + 4; ++k)
      if (text(k) == "'s" || text(k) == "\xE2\x80\x99s") possessor = true;
    if (text(p) == "," && p > s.first_token && mention_of_[p - 1] >= 0 && !possessor) return false;
    return true;
  }

  // "the chairman of the agency": the role noun at k, after "the" at k-1, is the "of"
  // complement of a title.
  bool of_title(uint32_t k, const Sentence& s) const {
    if (k < s.first_token + 3 || lower(k - 2) != "of") return false;
    uint32_t end = k - 2;
    for (uint32_t b = end; b-- > s.first_token && b + lex_.longest_title >= end;)
      if (auto tm = match_title(lex_, doc_, b, end); tm && tm->end_token == end) return true;
    return false;
  }

  // The role noun's tokens [k, end) are a referring phrase: no name in them or right after
  // them (then it is a title: "the prime minister Mark Carney"), no "of" complement, and a
  // subject, object or possessor.
  bool referent_phrase(uint32_t k, uint32_t end, const Sentence& s) const {
    for (uint32_t j = k; j < end; ++j)
      if (mention_of_[j] >= 0) return false;
    if (end < s.end_token) {
      if (mention_of_[end] >= 0 || lower(end) == "of") return false;
      if (text(end) == "," && end + 1 < s.end_token && mention_of_[end + 1] >= 0) return false;
      if (is_capitalised(doc_, end) && doc_.tokens[end].upos == "PROPN") return false;
    }
    uint32_t head = head_of(k, end);
    const std::string& r = doc_.tokens[head].deprel;
    if (r.empty()) return end < s.end_token && find_reporting_verb(lex_, text(end));
    // A possessor only before a title, as for pronouns ("the company's chief executive").
    if (r == "nmod:poss") return end + 1 < s.end_token && before_title(end + 1);
    if (r == "nmod" && of_title(k, s)) return true;
    return r == "nsubj" || r == "nsubj:pass" || r == "obj";
  }

  int32_t title_holder(const Title& title, const std::string& place, uint32_t t) const {
    bool generic_leader = title.canonical == "Leader";
    int32_t best = -1;
    for (const Holder& h : holders_) {
      if (h.token >= t) continue;
      bool same = h.title->canonical == title.canonical ||
                  (generic_leader && is_leader_role(h.title->role));
      if (!same) continue;
      if (!place.empty() && !h.place.empty() && place != h.place) continue;
      if (!place.empty() && h.place.empty() && generic_leader) continue;
      if (best < 0 || salience_[h.entity] > salience_[best] ||
          (salience_[h.entity] == salience_[best] && last_seen_[h.entity] > last_seen_[best]))
        best = h.entity;
    }
    return best;
  }

  bool name_has_word(int32_t c, std::string_view word) const {
    std::string name = lower_text(doc_.entities[c].name);
    size_t pos = name.find(word);
    while (pos != std::string::npos) {
      bool starts = pos == 0 || !std::isalpha(static_cast<unsigned char>(name[pos - 1]));
      size_t after = pos + word.size();
      bool ends = after == name.size() || !std::isalpha(static_cast<unsigned char>(name[after]));
      if (starts && ends) return true;
      pos = name.find(word, pos + 1);
    }
    return false;
  }

  bool is_country(int32_t c) const {
    const Entity& e = doc_.entities[c];
    if (e.type != EntityType::kGpe) return false;
    const Place* p = find_place(lex_, e.name);
    return p && p->country.empty();
  }

  int32_t type_head_referent(const TypeHead& h, const std::string& place, uint32_t t) const {
    auto accept = [&](int32_t c) {
      const Entity& e = doc_.entities[c];
      switch (h.head_class) {
        case HeadClass::kCompany:
          if (e.type != EntityType::kOrg) return false;
          for (std::string_view w : kPublicBodyWords)
            if (name_has_word(c, w)) return false;
          return true;
        case HeadClass::kNamed:
          return e.type == EntityType::kOrg && name_has_word(c, h.word);
        case HeadClass::kCountry:
          return is_country(c) && (place.empty() || e.name == place);
        case HeadClass::kBloc:
          // A group of countries, not one of its bodies ("the European Commission").
          if (e.type != EntityType::kOrg && e.type != EntityType::kGpe) return false;
          if (is_country(c)) return false;
          for (std::string_view w : kBlocWords)
            if (name_has_word(c, w)) return true;
          return false;
      }
      return false;
    };
    int32_t e = most_prominent(t, accept);
    if (e >= 0 || !in(kAgencyHeads, h.word)) return e;
    // "the agency" for the Indian Space Research Organisation, "the authority" for a
    // regulator named otherwise: an ORG named as a public agency.
    return most_prominent(t, [&](int32_t c) {
      if (doc_.entities[c].type != EntityType::kOrg) return false;
      return std::any_of(std::begin(kAgencyWords), std::end(kAgencyWords),
                         [&](std::string_view w) { return name_has_word(c, w); });
    });
  }

  // The entity with the highest salience plus kProminence per name mention (ties: the most
  // recently mentioned) that `ok` accepts and was mentioned before token t; -1 when none.
  template <typename Accept>
  int32_t most_prominent(uint32_t t, Accept ok) const {
    int32_t best = -1;
    float best_score = 0.0f;
    for (size_t c = 0; c < salience_.size(); ++c) {
      if (last_seen_[c] < 0 || static_cast<uint32_t>(last_seen_[c]) >= t) continue;
      if (!ok(static_cast<int32_t>(c))) continue;
      const float score = salience_[c] + kProminence * prominence_[c];
      if (best < 0 || score > best_score ||
          (score == best_score && last_seen_[c] > last_seen_[best])) {
        best = static_cast<int32_t>(c);
        best_score = score;
      }
    }
    return best;
  }

  const Lexicon& lex_;
  const Document& doc_;
  std::vector<int32_t> mention_of_;  // per token: the mention covering it, or -1
  std::vector<float> salience_;      // per entity
  std::vector<int32_t> last_seen_;   // per entity: the last token of its latest mention, or -1
  std::vector<float> prominence_;    // per entity: name mentions so far (lead x2, headline +1)
  std::vector<Gender> gender_;       // per entity
  std::vector<Holder> holders_;
  std::vector<std::vector<uint32_t>> children_;  // per token: its dependents
  std::vector<int32_t> resolved_;  // per token: the entity of an anaphor resolved so far, or -1
  bool sentence_has_mention_ = false;  // the current sentence has noted a mention
  int64_t nameless_subject_ = -1;      // token of the last main-clause subject naming nothing
  std::vector<int64_t> last_subject_;  // per entity: token of its last subject mention, or -1
};

}  // namespace

bool is_coref_mention(const Mention& m) { return m.source == kCorefSource; }

void resolve_coreference(const Lexicon& lex, Document& doc) {
  std::erase_if(doc.mentions, [](const Mention& m) { return is_coref_mention(m); });
  if (doc.tokens.empty() || doc.sentences.empty()) return;
  std::vector<Anaphor> anaphors = Resolver(lex, doc).run();
  for (const Anaphor& a : anaphors) {
    Mention m;
    m.first_token = a.first_token;
    m.end_token = a.end_token;
    m.span = Span{doc.tokens[a.first_token].span.begin, doc.tokens[a.end_token - 1].span.end};
    m.sentence = sentence_of_token(doc, a.first_token);
    m.type = doc.entities[a.entity].type;
    m.entity = a.entity;
    m.confidence = a.confidence;
    m.source = std::string(kCorefSource);
    doc.mentions.push_back(std::move(m));
  }
  std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  for (Entity& e : doc.entities) e.mentions.clear();
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    int32_t e = doc.mentions[i].entity;
    if (e >= 0 && static_cast<size_t>(e) < doc.entities.size())
      doc.entities[e].mentions.push_back(static_cast<uint32_t>(i));
  }
}

int32_t entity_at(const Document& doc, uint32_t token) {
  if (token >= doc.tokens.size()) return -1;
  auto it = std::upper_bound(doc.mentions.begin(), doc.mentions.end(), token,
                             [](uint32_t x, const Mention& m) { return x < m.first_token; });
  // Mentions may nest (a nationality inside a title phrase is never made here, but a caller's
  // Document may have them): look back over the few that start at or before the token.
  for (int back = 0; back < 4 && it != doc.mentions.begin(); ++back) {
    --it;
    if (it->first_token <= token && token < it->end_token) return it->entity;
  }
  return -1;
}

}  // namespace newsgraph::extractor
