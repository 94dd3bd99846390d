#include "extractor/timex.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/timex_grammar.h"
#include "extractor/timex_normalise.h"

namespace newsgraph::extractor {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// A lower-cased word of the clause around a timex.
struct ClauseWord {
  std::string low;
  uint32_t begin = 0;
};

// The span of text a timex's verb is looked for in: its sentence, cut at semicolons.
Span clause_of(const Document& doc, Span sentence, Span timex) {
  std::string_view text = doc.text;
  uint32_t b = sentence.begin, e = sentence.end;
  for (uint32_t i = timex.begin; i > b; --i)
    if (text[i - 1] == ';') { b = i; break; }
  for (uint32_t i = timex.end; i < e; ++i)
    if (text[i] == ';') { e = i; break; }
  return {b, e};
}

std::vector<ClauseWord> words_in(std::string_view text, Span span) {
  std::vector<ClauseWord> out;
  uint32_t i = span.begin;
  while (i < span.end) {
    while (i < span.end && !is_alpha(text[i])) ++i;
    uint32_t j = i;
    while (j < span.end && (is_alpha(text[j]) || text[j] == '\'')) ++j;
    if (j > i) {
      ClauseWord w;
      w.begin = i;
      for (uint32_t k = i; k < j; ++k) w.low += lower(text[k]);
      out.push_back(std::move(w));
    }
    i = j;
  }
  return out;
}

bool in(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool is_modal_future(std::string_view w) {
  return in(w, {"will", "would", "shall", "'ll", "ll", "wo", "won't", "wouldn't", "gonna"});
}

// Words that put what follows them ahead of the time of speaking: "is expected to arrive
// Friday", "has scheduled a news conference Thursday", "plans to visit".
bool is_plan_word(std::string_view w) {
  return in(w, {"expected", "scheduled", "slated", "due", "set", "poised", "plans", "plan",
                "planning", "planned", "intends", "intend", "intended", "aims", "hopes", "hope",
                "going", "expects", "wants", "upcoming", "promised", "pledged", "vowed",
                "agreed", "threatened", "favoured", "favored", "tipped"});
}

// Plans in the passive: "was expected to", "had been due to" put the plan in the past.
bool is_passive_plan(std::string_view w) {
  return in(w, {"expected", "scheduled", "slated", "due", "set", "poised", "favoured", "favored",
                "tipped"});
}

bool is_irregular_past(std::string_view w) {
  return in(w, {"said", "told", "met", "held", "made", "took", "went", "came", "gave", "began",
                "left", "spoke", "saw", "found", "won", "lost", "fell", "rose", "sold", "bought",
                "paid", "led", "ran", "sent", "spent", "kept", "brought", "thought", "felt",
                "became", "knew", "grew", "drew", "threw", "wrote", "broke", "chose", "struck",
                "stood", "sat", "fought", "caught", "taught", "built", "meant", "heard", "shot",
                "sought", "swore", "withdrew", "flew", "forgot", "got", "did", "was", "were",
                "had", "ate", "dealt", "arose", "overtook", "undertook", "hid", "slid", "sank",
                "stole", "spoke", "wore", "won", "beat", "bid", "fled", "quit", "dropped"});
}

bool is_past_participle_like(std::string_view w) {
  if (w.size() < 5 || w.substr(w.size() - 2) != "ed") return false;
  return !in(w, {"need", "feed", "speed", "seed", "hundred", "united", "indeed", "proceed",
                 "exceed", "succeed", "breed", "greed", "naked", "sacred", "wicked", "kindred",
                 "limited", "based", "related", "expected", "scheduled", "planned", "embed",
                 "red", "bed", "shed", "wed", "advanced", "concerned", "detailed", "renewed",
                 "armed", "supposed", "alleged", "reported", "so-called", "unprecedented",
                 "elected", "interested", "skilled", "biased", "aged", "favoured", "favored"});
}

bool is_present_aux(std::string_view w) {
  return in(w, {"is", "are", "am", "says", "say", "does", "do", "'s"});
}

bool is_verbish(std::string_view w) {
  return is_modal_future(w) || is_plan_word(w) || is_irregular_past(w) ||
         is_past_participle_like(w) || is_present_aux(w) || in(w, {"has", "have"});
}

// The tense of the verb group around words[i] (the verb) and up to three words before it.
// `words_to_timex` is the number of words between the verb and a timex after it (-1 when the
// timex is before the verb).
Tense classify(const std::vector<ClauseWord>& words, size_t i, int words_to_timex) {
  size_t from = i >= 3 ? i - 3 : 0;
  bool past = false, present = false;
  for (size_t k = from; k <= i; ++k) {
    const std::string& w = words[k].low;
    if (is_modal_future(w)) return Tense::kFuture;
    bool followed_by_to = k + 1 < words.size() && (words[k + 1].low == "to" || words[k + 1].low == "for");
    if (in(w, {"set", "due", "poised", "going", "favoured", "favored", "tipped"}) && !followed_by_to)
      continue;  // "set Friday as"
    // A plan made in the past: a timex right after it dates the plan ("agreed in June to
    // buy"), one further on dates what was planned ("planned to leave on Thursday").
    if (in(w, {"promised", "pledged", "vowed", "agreed", "threatened", "planned", "intended"})) {
      if (k == i && words_to_timex > 1) return Tense::kFuture;
      past = true;
      continue;
    }
    bool after_determiner = k > 0 && in(words[k - 1].low, {"the", "a", "an", "its", "their", "his",
                                                           "her", "this", "that", "our"});
    if (is_plan_word(w) && after_determiner) continue;  // "announced the plan Aug. 21"
    // Words that are nouns as often as verbs plan only before "to": "set aside vacation plans
    // for the trip" is no plan for Friday.
    if (in(w, {"plans", "plan", "hopes", "hope", "aims"}) &&
        !(k + 1 < words.size() && words[k + 1].low == "to"))
      continue;
    // A participle after a present or infinitive "be": "is heard in May", "expect the deal
    // to be completed by Dec. 15" point ahead, not back.
    if ((is_irregular_past(w) || is_past_participle_like(w)) && k > 0 &&
        in(words[k - 1].low, {"be", "is", "are", "am", "being"})) {
      if (words[k - 1].low == "be" && k > 1 && words[k - 2].low == "to") return Tense::kFuture;
      present = true;
      continue;
    }
    if (is_plan_word(w)) {
      if (is_passive_plan(w))
        for (size_t j = from; j < k; ++j)
          if (in(words[j].low, {"was", "were", "had"})) return Tense::kPast;
      return Tense::kFuture;
    }
    if (is_irregular_past(w) || is_past_participle_like(w)) past = true;
    if (is_present_aux(w) || w == "has" || w == "have") present = true;
  }
  // "is meeting on Friday": present progressive points ahead.
  if (i + 1 < words.size() && present && !past && words[i + 1].low.size() > 4 &&
      words[i + 1].low.substr(words[i + 1].low.size() - 3) == "ing")
    return Tense::kFuture;
  if (past) return Tense::kPast;  // includes "has said" (present perfect: before the DCT)
  if (present) return Tense::kPresent;
  return Tense::kUnknown;
}

// --- The tense from the dependency parse (extractor/dep_parser.h) --------------------------
// The word lists below are the team's own, written against the TBAQ development files (every
// file but each fifth); tokens' heads are document-level indices, -1 for a sentence root.

// The lower-cased text of token `t`.
std::string token_low(const Document& doc, int32_t t) {
  std::string out(doc.slice(doc.tokens[static_cast<size_t>(t)].span));
  for (char& c : out) c = lower(c);
  return out;
}

// The tokens of one parsed sentence: [first, end) document-level token indices.
struct ParsedSentence {
  int32_t first = 0, end = 0;
};

// The children of `t` whose relation is one of `rels` (compared whole: "aux" does not match
// "aux:pass"), in text order.
std::vector<int32_t> children_of(const Document& doc, ParsedSentence s, int32_t t,
                                 std::initializer_list<std::string_view> rels) {
  std::vector<int32_t> out;
  for (int32_t k = s.first; k < s.end; ++k)
    if (doc.tokens[static_cast<size_t>(k)].head == t &&
        in(doc.tokens[static_cast<size_t>(k)].deprel, rels))
      out.push_back(k);
  return out;
}

// Lemmas of verbs, nouns and adjectives whose "to"-infinitive is a plan or a request, which
// points ahead of the act: "expected to arrive Friday", "plans to visit", "due to land
// Tuesday", "asked it to respond by Oct. 31".
bool is_plan_lemma(std::string_view l) {
  return in(l, {"expect", "schedule", "slate", "due", "set", "poise", "plan", "intend", "aim",
                "hope", "want", "agree", "promise", "pledge", "vow", "threaten", "go", "prepare",
                "propose", "decide", "seek", "likely", "ready", "eager", "ask", "urge", "order",
                "require", "invite", "instruct", "direct", "need", "deadline", "bid",
                "move", "vote", "tell", "allow", "permit", "call", "wish", "would", "plot",
                "favour", "favor", "tip"});
}

// Verbs of forecasting and promising: the times in what they name lie ahead of them ("signalled
// increases at its meetings in January", "forecast growth in 2026", "promised a vote in May").
// Not "predict" or "anticipate": "after predicting good results from the talks on Wednesday"
// names talks already held (TE3-silver).
bool is_forecast_lemma(std::string_view l) {
  return in(l, {"signal", "forecast", "project", "promise", "pledge", "vow", "envisage"});
}

// Verbs that schedule by themselves, with no infinitive: "is expected Friday", "the vote
// scheduled for Monday", "the upcoming talks".
bool is_schedule_lemma(std::string_view l) {
  return in(l, {"expect", "schedule", "slate", "due", "upcoming", "plan"});
}

// Plans told as past and passive stay in the past: "was expected to arrive Friday".
bool is_passive_plan_lemma(std::string_view l) {
  return in(l, {"expect", "schedule", "slate", "due", "set", "poise", "likely", "favour", "favor",
                "tip"});
}

// Verbs whose past form is their base form ("read", "set", "put"): without an auxiliary the
// parse cannot tell their tense.
bool is_invariant_verb(std::string_view l) {
  return in(l, {"read", "set", "put", "cut", "hit", "let", "quit", "shut", "hurt", "cost",
                "beat", "bid", "cast", "spread", "split", "upset", "broadcast", "forecast",
                "bet", "burst", "thrust", "shed", "spit", "rid", "wed", "fit"});
}

// Reporting and stative verbs: their present tense ("says", "remains") is the time of
// speaking, no schedule.
bool is_reporting_lemma(std::string_view l) {
  return in(l, {"say", "tell", "report", "announce", "state", "add", "confirm", "deny", "claim",
                "note", "write", "insist", "argue", "warn", "accord", "show", "suggest", "see",
                "think", "believe", "know", "feel", "seem", "appear", "remain", "continue",
                "be", "have", "include", "mean", "want", "need", "like", "hope", "expect",
                "estimate", "predict", "indicate", "represent", "reflect", "own", "hold",
                "contain", "consider", "describe", "explain", "call"});
}

std::string lowered(std::string s) {
  for (char& c : s) c = lower(c);
  return s;
}

// How the verb group of predicate `p` places its event, from its auxiliaries and copula
// ("will", "would", "is ...ing", "was", "has", "did"). kUnknown when the group shows none, or
// only "could", which is as often a past ("could not be reached Friday") as a future.
// *progressive: present "be" with an -ing verb ("is meeting Monday").
Tense tense_of_auxiliaries(const Document& doc, ParsedSentence s, int32_t p, bool* progressive) {
  *progressive = false;
  bool present_be = false, past = false, present = false, modal = false, perfect = false,
       could = false;
  for (int32_t a : children_of(doc, s, p, {"aux", "aux:pass", "cop"})) {
    std::string w = token_low(doc, a);
    if (in(w, {"will", "shall", "'ll", "ll", "wo", "gonna"})) return Tense::kFuture;
    if (w == "could") could = true;
    else if (in(w, {"would", "might", "may", "should", "must", "can", "ca", "'d"})) modal = true;
    else if (in(w, {"is", "are", "am", "'s", "'re", "'m"})) present_be = present = true;
    else if (in(w, {"was", "were", "had", "did"})) past = true;
    else if (in(w, {"has", "have", "'ve"})) perfect = true;
    else if (in(w, {"does", "do"})) present = true;
  }
  if (modal) return perfect ? Tense::kPast : Tense::kFuture;  // "would have met Monday"
  if (could) return Tense::kUnknown;
  if (past || perfect) return Tense::kPast;  // "has met" is before the time of speaking
  std::string form = token_low(doc, p);
  if (present_be && form.size() > 4 && form.substr(form.size() - 3) == "ing" &&
      children_of(doc, s, p, {"aux:pass"}).empty()) {
    *progressive = true;
    return Tense::kFuture;
  }
  if (present) return Tense::kPresent;
  return Tense::kUnknown;
}

// The form of a verb with no auxiliary, from its text and lemma: present ("meet", "meets"),
// past ("met", "agreed"), or kUnknown for a gerund, a present participle or a verb whose past
// is its base ("set").
Tense tense_of_form(const Document& doc, int32_t p) {
  std::string form = token_low(doc, p);
  std::string lemma = lowered(doc.tokens[static_cast<size_t>(p)].lemma);
  if (form.size() > 4 && form.substr(form.size() - 3) == "ing") return Tense::kUnknown;
  if (is_invariant_verb(lemma)) return Tense::kUnknown;
  if (form == lemma) return Tense::kPresent;
  if (form == lemma + "s" || form == lemma + "es" ||
      (lemma.size() > 1 && lemma.back() == 'y' &&
       form == lemma.substr(0, lemma.size() - 1) + "ies") ||
      in(form, {"is", "are", "am", "has", "does"}))
    return Tense::kPresent;
  return Tense::kPast;
}

bool has_to_mark(const Document& doc, ParsedSentence s, int32_t p) {
  for (int32_t m : children_of(doc, s, p, {"mark"}))
    if (token_low(doc, m) == "to") return true;
  return false;
}

// A bare participle of planning modifying a noun ("a service planned for Saturday") takes its
// time from the clause of that noun ("... was canceled"); any other ("the injunction issued
// Thursday") is a past of its own.
bool is_reduced_relative(const Document& doc, ParsedSentence s, int32_t t) {
  const Token& tok = doc.tokens[static_cast<size_t>(t)];
  return tok.deprel == "acl" && is_schedule_lemma(lowered(tok.lemma)) && !has_to_mark(doc, s, t) &&
         children_of(doc, s, t, {"aux", "aux:pass", "cop"}).empty();
}

// Whether token `t` is the predicate of a clause: a verb, or anything with a copula or an
// auxiliary ("the vote is Monday", "is due to").
bool is_predicate(const Document& doc, ParsedSentence s, int32_t t) {
  const Token& tok = doc.tokens[static_cast<size_t>(t)];
  if (tok.upos == "VERB") return !is_reduced_relative(doc, s, t);
  return !children_of(doc, s, t, {"cop", "aux", "aux:pass"}).empty();
}

// The first predicate above token `from` (exclusive), following heads within the sentence;
// -1 when there is none.
int32_t predicate_above(const Document& doc, ParsedSentence s, int32_t from) {
  for (int32_t cur = from, steps = 0; steps < 8; ++steps) {
    int32_t h = doc.tokens[static_cast<size_t>(cur)].head;
    if (h < s.first || h >= s.end) return -1;
    if (is_predicate(doc, s, h)) return h;
    cur = h;
  }
  return -1;
}

// Whether verb `p` (no auxiliary, a present form by its lemma) is a finite present with a
// subject that agrees: "the committee takes up", "the two leaders meet", "he and Arafat meet".
// A base form after a singular subject ("the bullet that tore", lemmatised as "tore") or with no
// subject (a mis-tagged noun) is no present the parse can vouch for.
bool finite_present(const Document& doc, ParsedSentence s, int32_t p) {
  std::vector<int32_t> subjects = children_of(doc, s, p, {"nsubj", "nsubj:pass", "expl"});
  if (subjects.empty()) return false;
  std::string form = token_low(doc, p);
  std::string lemma = lowered(doc.tokens[static_cast<size_t>(p)].lemma);
  if (form != lemma) return true;  // "takes", "carries": the third person singular
  int32_t subject = subjects[0];
  std::string w = token_low(doc, subject);
  if (in(w, {"i", "we", "you", "they", "who", "which", "that"})) return !in(w, {"who", "which", "that"});
  if (!children_of(doc, s, subject, {"conj"}).empty()) return true;  // "he and Arafat"
  return doc.tokens[static_cast<size_t>(subject)].upos == "NOUN" && w.size() > 2 && w.back() == 's';
}

// The verb whose object participle `p` completes in a small clause ("see the app banned",
// "wants the tariffs lifted", "had his visa revoked"): p is a bare participle, an xcomp of
// see/watch/want/need/have/get/keep/leave/find/make or an acl of that verb's object, with no
// auxiliary;
// -1 otherwise ("the injunction issued Thursday" is a reduced relative with a past of its own).
int32_t small_clause_verb(const Document& doc, ParsedSentence s, int32_t p) {
  const Token& tok = doc.tokens[static_cast<size_t>(p)];
  if ((tok.deprel != "acl" && tok.deprel != "xcomp") ||
      !children_of(doc, s, p, {"aux", "aux:pass", "cop", "mark"}).empty())
    return -1;
  std::string form = token_low(doc, p);
  if (form == lowered(tok.lemma) || (form.size() > 4 && form.substr(form.size() - 3) == "ing"))
    return -1;
  int32_t verb = tok.head;  // xcomp: "see the shop closed" with "closed" on "see"
  if (tok.deprel == "acl") {
    int32_t noun = tok.head;
    if (noun < s.first || noun >= s.end || doc.tokens[static_cast<size_t>(noun)].deprel != "obj")
      return -1;
    verb = doc.tokens[static_cast<size_t>(noun)].head;
  }
  if (verb < s.first || verb >= s.end) return -1;
  std::string lemma = lowered(doc.tokens[static_cast<size_t>(verb)].lemma);
  return in(lemma, {"see", "watch", "want", "need", "have", "get", "keep", "leave", "find", "make"})
             ? verb
             : -1;
}

// How a timex sits under its predicate.
struct Attachment {
  bool adjacent = false;   // the predicate is right before it ("ended Jan. 31")
  bool via_noun = false;   // it modifies a noun before it ("a June agreement")
  bool before = false;     // it precedes the predicate ("On Friday, the government planned")
  bool is_predicate = false;  // it is the predicate itself ("the vote is on Friday")
};

// The tense of predicate `p` for a timex it governs. *own says the tense is p's own, not
// borrowed from the verb an infinitive completes.
Tense tense_of_predicate(const Document& doc, ParsedSentence s, int32_t p, Attachment at,
                         bool* own, int depth = 0) {
  const Token& tok = doc.tokens[static_cast<size_t>(p)];
  std::string lemma = lowered(tok.lemma);
  bool progressive = false;
  Tense aux = tense_of_auxiliaries(doc, s, p, &progressive);
  // A "to"-infinitive takes its time from what it completes: a plan or request points ahead
  // ("plans to visit Friday", "asked it to respond by Oct. 31") unless told as past and
  // passive ("was expected to arrive Friday") or dated before it ("On Friday, the government
  // planned to pay"); any other verb lends its own tense ("went there to meet him Monday"), and
  // when that shows none the lexical rules decide.
  if (has_to_mark(doc, s, p) && aux == Tense::kUnknown && depth < 3) {
    *own = false;
    if (tok.head < s.first || tok.head >= s.end) return Tense::kFuture;
    int32_t g = tok.head;
    std::string gl = lowered(doc.tokens[static_cast<size_t>(g)].lemma);
    bool gp = false;
    Tense gt = tense_of_auxiliaries(doc, s, g, &gp);
    bool noun = doc.tokens[static_cast<size_t>(g)].upos == "NOUN";
    if (is_plan_lemma(gl) && (!noun || in(gl, {"plan", "deadline"}))) {
      bool passive = !children_of(doc, s, g, {"aux:pass", "cop"}).empty();
      if (is_passive_plan_lemma(gl) && gt == Tense::kPast && passive) return Tense::kPast;
      bool g_before = doc.tokens[static_cast<size_t>(g)].span.begin > 0 && at.before;
      if (g_before && gt == Tense::kUnknown && tense_of_form(doc, g) == Tense::kPast)
        return Tense::kPast;
      return Tense::kFuture;
    }
    if (!is_predicate(doc, s, g)) {
      g = predicate_above(doc, s, g);
      // "requires ByteDance to sell", parsed with the infinitive on the object: the verb above
      // the object asks for the act.
      if (g >= 0 && is_plan_lemma(lowered(doc.tokens[static_cast<size_t>(g)].lemma)) &&
          doc.tokens[static_cast<size_t>(g)].upos == "VERB")
        return Tense::kFuture;
    }
    if (g < 0) return Tense::kFuture;
    bool unused = false;
    Tense t = tense_of_predicate(doc, s, g, at, &unused, depth + 1);
    return t;
  }
  if (has_to_mark(doc, s, p) && aux == Tense::kUnknown) return Tense::kFuture;
  bool present_perfect = false;
  for (int32_t a : children_of(doc, s, p, {"aux"}))
    if (in(token_low(doc, a), {"has", "have", "'ve"})) present_perfect = true;
  if (is_schedule_lemma(lemma) && (aux != Tense::kPast || present_perfect)) {
    // "is expected Friday", "has scheduled a news conference Thursday", "the upcoming vote";
    // a plan made at a date next to it dates the plan ("planned in June", "On Friday, the
    // government planned").
    if (lemma == "plan" && (at.adjacent || at.before) && tense_of_form(doc, p) == Tense::kPast)
      return Tense::kPast;
    return Tense::kFuture;
  }
  // "set Friday as the deadline", "has set Nov. 10": the day set is a target, whatever the
  // tense of the setting.
  if (lemma == "set") return Tense::kUnknown;
  // A present copula or present simple of an event verb names a schedule ("the vote is
  // Monday", "they meet Monday with the envoy") unless the timex only modifies a noun ("is
  // continuing under a June agreement"); "says" is the time of speaking.
  bool schedule = !at.via_noun && !is_reporting_lemma(lemma);
  if (progressive) return at.via_noun ? Tense::kUnknown : Tense::kFuture;
  if (aux != Tense::kUnknown) {
    if (aux == Tense::kPresent && schedule && (tok.upos == "VERB" || at.is_predicate) &&
        children_of(doc, s, p, {"aux:pass"}).empty())
      return Tense::kFuture;
    return aux;
  }
  if (tok.upos != "VERB") return Tense::kUnknown;
  // "to sell TikTok or see the app banned": a second conjunct with no subject or auxiliary of
  // its own shares the first's verb group.
  if (tok.deprel == "conj" && depth < 3 && tok.head >= s.first && tok.head < s.end &&
      doc.tokens[static_cast<size_t>(tok.head)].upos == "VERB" &&
      children_of(doc, s, p, {"nsubj", "nsubj:pass", "aux", "aux:pass", "mark"}).empty() &&
      tense_of_form(doc, p) == Tense::kPresent) {
    *own = false;
    bool unused = false;
    return tense_of_predicate(doc, s, tok.head, Attachment{}, &unused, depth + 1);
  }
  // "(requires X to sell Y or) see the app banned from Sunday": a participle completing the
  // object of a verb of seeing, wanting or causing is no past of its own; it happens when
  // that verb says.
  if (int32_t g = small_clause_verb(doc, s, p); g >= 0 && depth < 3) {
    *own = false;
    bool unused = false;
    return tense_of_predicate(doc, s, g, Attachment{}, &unused, depth + 1);
  }
  if (is_irregular_past(token_low(doc, p))) return Tense::kPast;
  Tense f = tense_of_form(doc, p);
  if (f == Tense::kPresent && schedule) return finite_present(doc, s, p) ? Tense::kFuture : Tense::kUnknown;
  // A bare -ing form adjoined to a clause ("..., rising to a high in June from $29.75 in
  // March") happens when that clause does.
  std::string form = token_low(doc, p);
  if (f == Tense::kUnknown && depth < 3 && form.size() > 4 &&
      form.substr(form.size() - 3) == "ing" && in(tok.deprel, {"advcl", "conj", "xcomp"})) {
    int32_t g = predicate_above(doc, s, p);
    if (g >= 0) {
      *own = false;
      bool unused = false;
      return tense_of_predicate(doc, s, g, Attachment{}, &unused, depth + 1);
    }
  }
  return f;
}

// The tense of the predicate a timex attaches to in the dependency parse: from the head of
// the timex's tokens, heads are followed (through nouns: "the meeting on Monday") to the first
// verb or copula clause. nullopt when the sentence has no parse, no predicate is found, the
// timex hangs off the clause loosely (parataxis, dep, list), or the verb group does not show
// its tense, or a parenthesis opens right before the timex. *adjacent: the tense is the
// predicate's own and overrules nearness (read_timex's tense_adjacent): the predicate is at
// most a preposition before the timex, or the tense is a future.
std::optional<Tense> parsed_tense(const Document& doc, uint32_t sentence, Span timex,
                                  bool* adjacent) {
  if (doc.tokens.empty() || sentence >= doc.sentences.size()) return std::nullopt;
  const Sentence& sent = doc.sentences[sentence];
  ParsedSentence s{static_cast<int32_t>(sent.first_token), static_cast<int32_t>(sent.end_token)};
  if (s.first >= s.end || static_cast<size_t>(s.end) > doc.tokens.size()) return std::nullopt;
  bool parsed = false;
  for (int32_t k = s.first; k < s.end && !parsed; ++k)
    parsed = !doc.tokens[static_cast<size_t>(k)].deprel.empty();
  if (!parsed) return std::nullopt;
  auto inside = [&](int32_t k) {
    const Span& t = doc.tokens[static_cast<size_t>(k)].span;
    return t.begin >= timex.begin && t.end <= timex.end;
  };
  int32_t head = -1;
  for (int32_t k = s.first; k < s.end && head < 0; ++k) {
    if (!inside(k)) continue;
    int32_t h = doc.tokens[static_cast<size_t>(k)].head;
    if (h < 0 || !inside(h)) head = k;
  }
  if (head < 0) return std::nullopt;
  // A parenthesis ("at 4 in the morning (4 a.m. EDT Thursday)") hangs loosely off the clause;
  // the parse of its attachment is not to be trusted.
  int32_t first = s.first;
  while (first < s.end && !inside(first)) ++first;
  if (first > s.first && doc.slice(doc.tokens[static_cast<size_t>(first - 1)].span) == "(")
    return std::nullopt;
  const std::string& rel = doc.tokens[static_cast<size_t>(head)].deprel;
  if (in(rel, {"parataxis", "dep", "list", "vocative", "discourse", "reparandum"}))
    return std::nullopt;
  Attachment at;
  // Only a timex before its noun ("a June agreement", "Monday's vote") modifies the noun; one
  // after it ("takes up the bill Friday") is, whatever the parse says, the verb's adverbial.
  at.via_noun = in(rel, {"compound", "nmod:poss", "amod"});
  int32_t p = -1;
  if (!children_of(doc, s, head, {"cop"}).empty()) {
    p = head;  // "the vote is on Monday"
    at.is_predicate = true;
  } else p = predicate_above(doc, s, head);
  if (p < 0) return std::nullopt;
  const Span& ps = doc.tokens[static_cast<size_t>(p)].span;
  at.before = timex.end <= ps.begin;
  if (ps.end <= timex.begin) {
    std::vector<ClauseWord> between = words_in(doc.text, {ps.end, timex.begin});
    at.adjacent = between.empty() ||
                  (between.size() == 1 && in(between[0].low, {"in", "on", "since", "until", "by",
                                                              "during", "from", "through", "at"}));
  }
  // "Samsung replaced its chip chief in May": a timex that is the predicate's own oblique or
  // modifier is as bound to its tense as one right after it.
  // Not a bound ("prorogue Parliament until March 24", "by June"): it may lie after the act.
  bool bound = false;
  for (int32_t c : children_of(doc, s, head, {"case"}))
    bound = bound || in(token_low(doc, c), {"until", "till", "by", "before", "through", "to",
                                             "for"});
  // Nor the time of an infinitive ("decided to admit them in March"): it lies ahead of its
  // governing verb's tense.
  // "changed to a calendar year in December", "had challenged the merger in February": an
  // "in"-phrase the parse hangs on the verb's object or oblique noun rather than on the verb
  // is, far more often in news, the verb's time.
  auto nmod_of_oblique = [&] {
    if (rel != "nmod") return false;
    int32_t n = doc.tokens[static_cast<size_t>(head)].head;
    if (n < s.first || n >= s.end || doc.tokens[static_cast<size_t>(n)].head != p ||
        !in(doc.tokens[static_cast<size_t>(n)].deprel, {"obl", "obj"}))
      return false;
    for (int32_t c : children_of(doc, s, head, {"case"}))
      if (token_low(doc, c) == "in") return true;
    return false;
  };
  const bool direct = !bound && !has_to_mark(doc, s, p) &&
                      ((doc.tokens[static_cast<size_t>(head)].head == p &&
                        in(rel, {"obl", "obl:tmod", "obl:npmod", "advmod", "nmod:tmod"})) ||
                       nmod_of_oblique());
  // "signalled two more increases at its meetings in January and March", "forecast growth in
  // 2026": what a verb of forecasting or promising names lies ahead of it, whatever its tense,
  // unless the timex hangs on the verb itself, its own time ("pledged in March to ..."), or
  // comes before it ("Dehaene Friday promised ...", which the parse may hang on the name).
  const bool on_verb = doc.tokens[static_cast<size_t>(head)].head == p;
  if (!on_verb && !bound && !at.before && is_forecast_lemma(lowered(doc.tokens[static_cast<size_t>(p)].lemma))) {
    *adjacent = true;
    return Tense::kFuture;
  }
  bool own = true;
  Tense t = tense_of_predicate(doc, s, p, at, &own);
  *adjacent = own && (at.adjacent || direct || t == Tense::kFuture);
  if (t == Tense::kUnknown) return std::nullopt;
  return t;
}

// The tense of the verb `timex` attaches to: "until" after a verb of putting off and "since"
// first, then the dependency parse where sentence `sentence` has one, else the verb nearest
// to the timex within its clause, left side first on ties. *adjacent says the tense overrules
// nearness (read_timex's tense_adjacent): for the lexical scan, the verb is right before the
// timex or a preposition before it.
Tense tense_near(const Document& doc, uint32_t sentence, Span clause, Span timex,
                 bool* adjacent) {
  *adjacent = false;
  std::vector<ClauseWord> words = words_in(doc.text, clause);
  size_t right = 0;  // index of the first word at or after timex.end
  size_t left_end = 0;  // one past the last word before timex.begin
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].begin < timex.begin) left_end = i + 1;
  }
  right = left_end;
  while (right < words.size() && words[right].begin < timex.end) ++right;
  // Scanning stops at a word that opens another clause ("met on Friday and will meet").
  auto barrier = [](std::string_view w) {
    return in(w, {"and", "but", "while", "whereas", "although", "though", "because", "that",
                  "which", "who", "when", "if", "unless", "or"});
  };
  // "postponed until Tuesday", "has given them until 9 a.m. Tuesday": what is put off or
  // granted until a day lies after the act, whatever its tense.
  if (left_end >= 1 && in(words[left_end - 1].low, {"until", "till"})) {
    for (size_t d = 2; d <= 6 && d <= left_end; ++d)
      if (in(words[left_end - d].low, {"postponed", "postpone", "postpones", "delayed", "delay",
                                       "deferred", "defer", "extended", "extend", "adjourned",
                                       "adjourn", "given", "gave", "give", "gives", "giving",
                                       "granted", "grant", "grants", "granting", "pushed", "put",
                                       "moved", "postponing", "delaying", "extending"})) {
        *adjacent = true;
        return Tense::kFuture;
      }
  }
  // "since X" puts X before the time of speaking, whatever the verb ("have been searching
  // since shortly after the Oct. 23 slaying").
  for (size_t d = 1; d <= 4 && d <= left_end; ++d) {
    const std::string& w = words[left_end - d].low;
    if (w == "since") {
      *adjacent = true;
      return Tense::kPast;
    }
    if (is_verbish(w)) break;
  }
  // "as soon as Tuesday", "as early as next week": the earliest of what is still to come.
  if (left_end >= 3 && words[left_end - 3].low == "as" && words[left_end - 1].low == "as" &&
      in(words[left_end - 2].low, {"soon", "early"})) {
    *adjacent = true;
    return Tense::kFuture;
  }
  // The parse, where the document has one, names the verb the timex attaches to.
  if (std::optional<Tense> t = parsed_tense(doc, sentence, timex, adjacent)) return *t;
  // "..., Castro said": a reporting verb after a comma that follows the timex attributes the
  // clause; it is not the verb the timex attaches to.
  auto attribution = [&](size_t j) {
    if (!in(words[j].low, {"said", "says", "say", "told", "added", "reported", "announced",
                           "stated", "according"}))
      return false;
    for (uint32_t b = timex.end; b < words[j].begin && b < doc.text.size(); ++b)
      if (doc.text[b] == ',') return true;
    return false;
  };
  // First within the clause, without attributions; then with them ("In his speech on
  // Sunday, Carney said that ..."); when the clause shows no verb at all ("by August" after
  // "between Australia and India"), past the clause-opening words too.
  struct Pass {
    bool stop_at_barriers, skip_attributions;
  };
  for (Pass pass : {Pass{true, true}, Pass{true, false}, Pass{false, false}}) {
    bool stop_at_barriers = pass.stop_at_barriers;
    bool left_open = true, right_open = true;
    for (size_t d = 1; d <= 14; ++d) {
      if (stop_at_barriers && left_open && d <= left_end && barrier(words[left_end - d].low))
        left_open = false;
      if (stop_at_barriers && right_open && right + d - 1 < words.size() &&
          barrier(words[right + d - 1].low))
        right_open = false;
      if (left_open && d <= left_end) {
        size_t i = left_end - d;
        if (is_verbish(words[i].low)) {
          Tense t = classify(words, i, static_cast<int>(d) - 1);
          if (t != Tense::kUnknown) {
            *adjacent = d == 1 || (d == 2 && in(words[left_end - 1].low,
                                                {"in", "on", "since", "until", "by", "during",
                                                 "from", "through", "at"}));
            return t;
          }
        }
      }
      size_t j = right + d - 1;
      if (right_open && j < words.size() && is_verbish(words[j].low) &&
          !(pass.skip_attributions && attribution(j))) {
        Tense t = classify(words, j, -1);
        if (t != Tense::kUnknown) return t;
      }
    }
  }
  return Tense::kUnknown;
}

bool needs_tense(RuleKind kind) {
  switch (kind) {
    case RuleKind::kMonthDay:
    case RuleKind::kMonth:
    case RuleKind::kWeekday:
    case RuleKind::kClockTime:
    case RuleKind::kSeason:
    case RuleKind::kQuarter:
    case RuleKind::kHalf:
    case RuleKind::kHoliday:
    case RuleKind::kUnitRelative:
      return true;
    default:
      return false;
  }
}

// Words after a bare number that say it counts things rather than names a year.
bool counts_things(std::string_view next_word) {
  return in(next_word, {"people", "troops", "soldiers", "workers", "employees", "jobs", "shares",
                        "units", "cars", "miles", "kilometers", "kilometres", "km", "feet",
                        "meters", "metres", "tons", "tonnes", "votes", "points", "students",
                        "deaths", "cases", "members", "residents", "children", "men", "women",
                        "police", "officers", "acres", "homes", "houses", "pounds", "dollars",
                        "euros", "yuan", "yen", "barrels", "companies", "firms", "delegates",
                        "seats", "times", "hours", "days", "ships", "planes", "aircraft",
                        "vehicles", "rooms", "beds", "patients", "prisoners", "refugees",
                        "protesters", "passengers", "visitors", "flights", "words", "pages"});
}

// A bare four-digit match ("2018") is a year unless its neighbours say it is a quantity.
bool plausible_bare_year(std::string_view text, Span s) {
  std::string_view y = text.substr(s.begin, s.size());
  if (y.size() != 4) return true;
  for (char c : y)
    if (!is_digit(c)) return true;
  char before = s.begin > 0 ? text[s.begin - 1] : ' ';
  char before2 = s.begin > 1 ? text[s.begin - 2] : ' ';
  if (before == '$' || before == '#' || before == '.' || before == '/' || before == '+' ||
      before == '\xa3' /* part of £ */ || (before == ',' && is_digit(before2)) ||
      (before == '-' && is_digit(before2) && !(s.begin >= 5 && is_digit(text[s.begin - 5]) &&
                                                 (s.begin == 5 || !is_digit(text[s.begin - 6])))))
    return false;
  char after = s.end < text.size() ? text[s.end] : ' ';
  char after2 = s.end + 1 < text.size() ? text[s.end + 1] : ' ';
  if (after == '%' || after == '/' || ((after == ',' || after == '.' || after == ':') && is_digit(after2)))
    return false;
  uint32_t i = s.end;
  while (i < text.size() && text[i] == ' ') ++i;
  std::string next;
  while (i < text.size() && is_alpha(text[i]) && next.size() < 20) next += lower(text[i++]);
  if (counts_things(next)) return false;
  int value = (y[0] - '0') * 1000 + (y[1] - '0') * 100 + (y[2] - '0') * 10 + (y[3] - '0');
  if (value < 1900 || value > 2099) {
    // Older years only after a word that introduces a date.
    uint32_t k = s.begin;
    while (k > 0 && text[k - 1] == ' ') --k;
    std::string prev;
    while (k > 0 && is_alpha(text[k - 1]) && prev.size() < 12) prev.insert(prev.begin(), lower(text[--k]));
    return in(prev, {"in", "since", "of", "from", "until", "till", "by", "year", "circa", "before",
                     "after", "around", "and", "to"});
  }
  return true;
}

// Whether one of `words` (lower case) is a word of `text` inside `span`, case-insensitively.
template <size_t N>
bool contains_word(std::string_view text, Span span, const std::string_view (&words)[N]) {
  std::string w;
  for (size_t i = span.begin; i <= span.end && i <= text.size(); ++i) {
    char c = i < span.end && i < text.size() ? text[i] : ' ';
    if (is_alpha(c)) {
      w += lower(c);
      continue;
    }
    for (std::string_view k : words)
      if (!w.empty() && w == k) return true;
    w.clear();
  }
  return false;
}

// Whether the text around `m` (kSportsReach bytes either side) tells of a game: a quarter
// there without a year is a period of play ("early in the first quarter" of a basketball
// final), not a calendar quarter. The words are ones business news does not use for its
// quarters (not "points", "scored", "game" or "season", which also describe markets and
// video games): the sports, leagues and terms of play, and "Game 5" (a numbered game).
// TimeBank has no such quarters; decided by context words, not learnt. A word of company
// accounts in the quarter's own sentence (`sentence_span`: "revenue", "earnings", "fiscal")
// keeps it a calendar quarter ("the NFL broadcaster's fourth-quarter revenue").
bool in_sports_context(std::string_view text, Span sentence_span, Span m) {
  static constexpr std::string_view kAccounts[] = {"revenue", "revenues", "earnings", "profit",
                                                   "profits", "sales",    "fiscal",   "results",
                                                   "income",  "gdp",      "economy",  "quarterly"};
  if (contains_word(text, sentence_span, kAccounts)) return false;
  constexpr uint32_t kSportsReach = 400;  // bytes, about two sentences
  static constexpr std::string_view kWords[] = {
      "halftime", "overtime", "touchdown", "touchdowns", "basketball", "football", "hockey",
      "soccer",   "rugby",    "nba",       "nfl",        "nhl",        "wnba",     "mvp",
      "playoff",  "playoffs", "quarterback", "rebounds", "buzzer",     "tip-off"};
  size_t b = m.begin > kSportsReach ? m.begin - kSportsReach : 0;
  size_t e = std::min<size_t>(text.size(), m.end + kSportsReach);
  std::string w;
  for (size_t i = b; i <= e; ++i) {
    char c = i < e ? text[i] : ' ';
    if (is_alpha(c) || (c == '-' && !w.empty())) {
      w += lower(c);
      continue;
    }
    if (w.empty()) continue;
    for (std::string_view k : kWords)
      if (w == k) return true;
    if (w == "game" && c == ' ' && i + 1 < e && is_digit(text[i + 1])) return true;  // "Game 7"
    w.clear();
  }
  return false;
}

// Kinds whose words are common nouns and adverbs ("week", "today", "minutes"), so that a
// capital letter inside a sentence makes them part of a title.
bool names_a_title(RuleKind kind) {
  switch (kind) {
    case RuleKind::kDayRelative:
    case RuleKind::kUnitRelative:
    case RuleKind::kAgo:
    case RuleKind::kDuration:
    case RuleKind::kBareUnits:
    case RuleKind::kReference:
    case RuleKind::kAnaphoric:
      return true;
    default:
      return false;
  }
}

// Whether byte `i` opens a sentence or a quotation: only spaces and opening punctuation
// (quotes, a colon, a dash) since the sentence start or the previous word.
bool opens_sentence_or_quote(std::string_view text, Span sentence, uint32_t i) {
  uint32_t k = i;
  while (k > sentence.begin && text[k - 1] == ' ') --k;
  if (k == sentence.begin) return true;
  char c = text[k - 1];
  // '"', '`', '\'' (as in ``...'' quotes), ':', '-', '_' (AP datelines), '(' and the last byte
  // of a UTF-8 opening quote or dash (“ = E2 80 9C, ‘ = E2 80 98, — = E2 80 94).
  return c == '"' || c == '`' || c == '\'' || c == ':' || c == '-' || c == '_' || c == '(' ||
         c == '\x9C' || c == '\x94' || c == '\x98';
}

// A word of `s` written with a capital and then lower case ("Week", "Minutes", "Today") that
// opens neither its sentence nor a quotation: the timex words are part of a title ("ABC's
// This Week", "CBS's 60 Minutes", "This is VOA Today"), which TimeBank leaves untagged.
// All-capital text is not read this way.
bool capitalised_inside_sentence(std::string_view text, Span sentence, Span s) {
  for (uint32_t i = s.begin; i + 1 < s.end; ++i) {
    bool word_start = i == 0 || !(is_alpha(text[i - 1]) || text[i - 1] == '\'');
    bool title_case = text[i] >= 'A' && text[i] <= 'Z' && text[i + 1] >= 'a' && text[i + 1] <= 'z';
    if (!word_start || !title_case) continue;
    if (!opens_sentence_or_quote(text, sentence, i)) return true;
  }
  return false;
}

// Whether `match` is "the" and a part of the day: "the evening", "the morning".
bool names_part_of_day(std::string_view match) {
  std::string m;
  for (char c : match) m += lower(c);
  return in(m, {"the morning", "the afternoon", "the evening", "the night"});
}

// Whether one of `words` (lower case) is among the `n` words before byte `b` in `sentence`,
// with no comma, semicolon or colon between it and `b`.
bool word_within(std::string_view text, Span sentence, uint32_t b, int n,
                 std::initializer_list<std::string_view> words) {
  uint32_t i = b;
  for (int words_back = 0; words_back < n && i > sentence.begin; ++words_back) {
    while (i > sentence.begin && text[i - 1] == ' ') --i;
    if (i > sentence.begin && (text[i - 1] == ',' || text[i - 1] == ';' || text[i - 1] == ':'))
      return false;
    uint32_t end = i;
    while (i > sentence.begin && text[i - 1] != ' ') --i;
    std::string w;
    for (uint32_t k = i; k < end; ++k) w += lower(text[k]);
    if (in(w, words)) return true;
  }
  return false;
}

// Whether the timex at byte `b` is in a phrase opened by "since" (at most five words back, no
// comma, semicolon or colon between): "had lived there since her arrest on Dec. 1, 2018" gives
// the start of a period, not the day the narrative is at, so it does not become the reference
// of a later "that evening".
bool opens_period(std::string_view text, Span sentence, uint32_t b) {
  return word_within(text, sentence, b, 5, {"since"});
}

// Whether the timex at byte `b` ends a period: right after "until" or "till" (one more word
// may stand between: "until early December").
bool closes_period(std::string_view text, Span sentence, uint32_t b) {
  return word_within(text, sentence, b, 2, {"until", "till"});
}

// Whether timex `t` becomes the reference time of later narrative expressions. Not the start
// of a period (opens_period), nor the end of one unless it is a past day: in "In February she
// postponed the vote until December. The court struck down the delay twelve days later" the
// days count from February, and "who was foreign minister until September" is background to
// the day the story tells; but a past day is a date the narrative reached ("who was foreign
// minister until Thursday ... A day later" is Friday).
bool becomes_reference(std::string_view text, Span sentence, const Timex& t,
                       const TimexReference& ref, const std::optional<std::chrono::year_month_day>& dct) {
  if (opens_period(text, sentence, t.span.begin)) return false;
  if (closes_period(text, sentence, t.span.begin) &&
      (ref.granularity < 2 || !dct || std::chrono::sys_days{ref.date} > std::chrono::sys_days{*dct}))
    return false;
  return true;
}

// The sentence containing byte `b`: its index and span. Without sentences: the text between
// sentence-final punctuation around `b` (index 0).
std::pair<uint32_t, Span> sentence_at(const Document& doc, uint32_t b) {
  if (!doc.sentences.empty()) {
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), b,
                               [](uint32_t x, const Sentence& s) { return x < s.span.begin; });
    size_t idx = it == doc.sentences.begin() ? 0 : static_cast<size_t>(it - doc.sentences.begin()) - 1;
    return {static_cast<uint32_t>(idx), doc.sentences[idx].span};
  }
  std::string_view t = doc.text;
  uint32_t begin = b, end = b;
  while (begin > 0 && b - begin < 400) {
    char c = t[begin - 1];
    if ((c == '.' || c == '!' || c == '?' || c == '\n') && begin < t.size() && t[begin] == ' ')
      break;
    if (c == '\n') break;
    --begin;
  }
  while (end < t.size() && end - b < 400) {
    char c = t[end];
    if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (end + 1 >= t.size() || t[end + 1] == ' ')))
      break;
    ++end;
  }
  return {0, {begin, end}};
}

// "The show opened on January 23, 2014 ... is to run from January 23 through March 9" (DCT
// 2014-01-28): a year-less day that repeats a day the text gave with its year, that day being
// the occurrence nearest the DCT (within half a year), is that day, whatever the tense says;
// `r`, resolved against the DCT, takes the date of the latest such timex. A dated day further
// away ("until December 31, 2007 ... steps down on December 31" in December 2006) is another
// occurrence: the DCT's reading stands.
void repeat_year(const std::vector<Timex>& earlier, const std::chrono::year_month_day& dct,
                 TimexReading* r) {
  if (r->value.size() != 10 || r->value[4] != '-') return;
  std::string_view month_day = std::string_view(r->value).substr(4);
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    if (it->anchor != TimexAnchor::kText || it->value.size() != 10 ||
        std::string_view(it->value).substr(4) != month_day)
      continue;
    const std::string& v = it->value;
    int y = std::stoi(v.substr(0, 4));
    unsigned m = static_cast<unsigned>(std::stoi(v.substr(5, 2)));
    unsigned d = static_cast<unsigned>(std::stoi(v.substr(8, 2)));
    std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!date.ok()) return;
    auto days = (std::chrono::sys_days{date} - std::chrono::sys_days{dct}).count();
    if (days > 183 || days < -183) return;
    r->value = v;
    r->anchor = TimexAnchor::kTimex;
    return;
  }
}

// True when the text right after a timex opens a clause that defines it: " that", " as",
// " when" ("on the same day that Trump met Xi").
bool defined_by_clause(std::string_view after) {
  for (std::string_view w : {" that", " as ", " when"})
    if (after.size() >= w.size() && after.substr(0, w.size()) == w &&
        (after.size() == w.size() || !is_alpha(after[w.size()])))
      return true;
  return false;
}

// True when `text` has `word` (lower case) as a whole word, ASCII case aside.
bool contains_word(std::string_view text, std::string_view word) {
  for (size_t i = 0; i + word.size() <= text.size(); ++i) {
    if (i > 0 && is_alpha(text[i - 1])) continue;
    size_t k = 0;
    while (k < word.size() && lower(text[i + k]) == word[k]) ++k;
    if (k == word.size() && (i + k == text.size() || !is_alpha(text[i + k]))) return true;
  }
  return false;
}

// A date-like timex value as a reference time: "2026-01-16" (day), "2026-01" (month),
// "2026" (year); nothing for weeks, quarters, seasons, durations and references.
std::optional<TimexReference> reference_of(const Timex& t) {
  if (t.type != TimexType::kDate && t.type != TimexType::kTime) return std::nullopt;
  const std::string& v = t.value;
  auto digits = [&](size_t from, size_t n) {
    if (v.size() < from + n) return -1;
    int x = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (!is_digit(v[i])) return -1;
      x = x * 10 + (v[i] - '0');
    }
    return x;
  };
  int y = digits(0, 4);
  if (y < 0) return std::nullopt;
  if (v.size() == 4)
    return TimexReference{{std::chrono::year{y}, std::chrono::July, std::chrono::day{1}}, 0};
  int m = v.size() >= 7 && v[4] == '-' ? digits(5, 2) : -1;
  if (m < 1 || m > 12) return std::nullopt;
  auto month = std::chrono::month{static_cast<unsigned>(m)};
  if (v.size() == 7) return TimexReference{{std::chrono::year{y}, month, std::chrono::day{15}}, 1};
  int d = v.size() >= 10 && v[7] == '-' ? digits(8, 2) : -1;
  std::chrono::year_month_day ymd{std::chrono::year{y}, month, std::chrono::day{static_cast<unsigned>(d < 0 ? 0 : d)}};
  if (d < 1 || !ymd.ok()) return std::nullopt;
  return TimexReference{ymd, 2};
}

// "April 24 and 25": the day after "and"/"or" is a date of its own, in the same month.
std::optional<Timex> second_day_of_month(std::string_view text, const Timex& first) {
  const std::string& v = first.value;
  if (first.type != TimexType::kDate || v.size() != 10 || v[7] != '-') return std::nullopt;
  size_t i = first.span.end;
  auto spaces = [&] { while (i < text.size() && text[i] == ' ') ++i; };
  spaces();
  if (text.substr(i, 3) == "and") i += 3;
  else if (text.substr(i, 2) == "or") i += 2;
  else return std::nullopt;
  if (i >= text.size() || text[i] != ' ') return std::nullopt;
  spaces();
  size_t b = i;
  while (i < text.size() && i - b < 3 && is_digit(text[i])) ++i;
  if (i == b || i - b > 2 || (i < text.size() && (is_alpha(text[i]) || is_digit(text[i]))))
    return std::nullopt;
  // Only where the number ends the phrase: "April 24 and 25, 1999" names its own year and
  // "April 24 and 25 stores" counts.
  if (i < text.size()) {
    char c = text[i];
    bool ends = c == '.' || c == ';' || c == ':' || c == ')' || c == '\n';
    if (c == ' ') {
      size_t w = i + 1;
      std::string next;
      while (w < text.size() && is_alpha(text[w]) && next.size() < 6) next += text[w++];
      ends = next == "in" || next == "at" || next == "on" || next == "when" || next == "for";
    }
    if (!ends) return std::nullopt;
  }
  int day = std::atoi(std::string(text.substr(b, i - b)).c_str());
  int first_day = (v[8] - '0') * 10 + (v[9] - '0');
  if (day <= first_day || day > 31) return std::nullopt;
  Timex t = first;
  t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(i)};
  t.value = v.substr(0, 8) + (day < 10 ? "0" : "") + std::to_string(day);
  if (is_digit(v[0])) {
    auto m = static_cast<unsigned>(std::atoi(v.c_str() + 5));
    std::chrono::year_month_day d{std::chrono::year{std::atoi(v.c_str())}, std::chrono::month{m},
                                  std::chrono::day{static_cast<unsigned>(day)}};
    if (!d.ok()) return std::nullopt;
  }
  t.mod.clear();
  return t;
}

}  // namespace

TimexTagger make_timex_tagger() {
  TimexTagger tagger;
  tagger.grammar = build_timex_grammar();
  return tagger;
}

namespace {
// Whether the lower-case word `w` stands in `text` at byte `from`, any case, ending at a word
// boundary ("Quarter" at the start of "quarter results").
bool word_at(std::string_view text, size_t from, std::string_view w) {
  if (from + w.size() > text.size()) return false;
  for (size_t k = 0; k < w.size(); ++k)
    if (lower(text[from + k]) != w[k]) return false;
  return from + w.size() == text.size() || !is_alpha(text[from + w.size()]);
}

// Whether `match` ends in "hours" or "minutes" and `after` goes on with "later" or "earlier"
// ("hours later", "a few minutes earlier").
bool hours_later(std::string_view match, std::string_view after) {
  auto ends_with_word = [&](std::string_view w) {
    if (match.size() < w.size()) return false;
    const size_t from = match.size() - w.size();
    return word_at(match, from, w) && (from == 0 || !is_alpha(match[from - 1]));
  };
  if (!ends_with_word("hours") && !ends_with_word("minutes")) return false;
  size_t b = 0;
  while (b < after.size() && after[b] == ' ') ++b;
  return word_at(after, b, "later") || word_at(after, b, "earlier");
}

// Whether span `s` starts with the word "last" that the tagger read as a verb ("could last two
// days"), not the adjective of "the last two days". False before tagging (no UPOS).
bool last_is_the_verb(const Document& doc, Span s) {
  std::string_view text = doc.text;
  if (s.size() <= 5 || !word_at(text, s.begin, "last")) return false;
  auto t = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), s.begin,
                            [](const Token& a, uint32_t b) { return a.span.begin < b; });
  return t != doc.tokens.end() && t->span.begin == s.begin && t->span.end == s.begin + 4 && t->upos == "VERB";
}
}  // namespace

void tag_timexes(const TimexTagger& tagger, Document& doc) {
  doc.timexes.clear();
  assert(tagger.grammar && "make_timex_tagger() first");
  const RE2& re = *tagger.grammar->automaton;
  const auto& kinds = tagger.grammar->kinds;
  const int ngroups = static_cast<int>(kinds.size()) + 1;
  std::vector<re2::StringPiece> groups(static_cast<size_t>(ngroups));
  std::string_view text = doc.text;
  re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  std::optional<TimexReference> reference;  // the last date the text mentioned
  uint32_t reference_end = 0;
  std::optional<TimexReference> day_reference;  // the last day-precise one, at any distance
  while (pos < text.size() &&
         re.Match(input, pos, text.size(), RE2::UNANCHORED, groups.data(), ngroups)) {
    Span m{static_cast<uint32_t>(groups[0].data() - text.data()),
           static_cast<uint32_t>(groups[0].data() - text.data() + groups[0].size())};
    if (m.empty()) {
      pos = m.begin + 1;
      continue;
    }
    size_t g = 1;
    while (g < groups.size() && groups[g].data() == nullptr) ++g;
    if (g >= groups.size()) {
      pos = m.end;
      continue;
    }
    auto [sentence, sentence_span] = sentence_at(doc, m.begin);
    if (!doc.sentences.empty() && m.end > sentence_span.end) {
      // No timex runs across a sentence end: the longest match inside the sentence instead.
      std::fill(groups.begin(), groups.end(), re2::StringPiece());
      if (sentence_span.end <= m.begin ||
          !re.Match(input, m.begin, sentence_span.end, RE2::ANCHOR_START, groups.data(), ngroups) ||
          groups[0].empty()) {
        pos = m.begin + 1;
        while (pos < text.size() && (is_alpha(text[pos]) || is_digit(text[pos]))) ++pos;
        continue;
      }
      m.end = static_cast<uint32_t>(groups[0].data() - text.data() + groups[0].size());
      g = 1;
      while (g < groups.size() && groups[g].data() == nullptr) ++g;
      if (g >= groups.size()) {
        pos = m.end;
        continue;
      }
    }
    RuleKind kind = kinds[g - 1];
    Tense tense = Tense::kUnknown;
    bool tense_adjacent = false;
    if (needs_tense(kind) && doc.dct)
      tense = tense_near(doc, sentence, clause_of(doc, sentence_span, m), m, &tense_adjacent);
    std::string_view match = text.substr(m.begin, m.size());
    std::string_view after = text.substr(m.end, std::min<size_t>(24, text.size() - m.end));
    size_t before_begin = m.begin > 24 ? m.begin - 24 : 0;
    std::string_view before = text.substr(before_begin, m.begin - before_begin);
    // Narrative expressions refer to a date of the last sentence or two, else to the DCT.
    constexpr uint32_t kReferenceReach = 400;  // bytes
    std::optional<TimexReference> near_reference;
    if (reference && m.begin - reference_end <= kReferenceReach) near_reference = reference;
    // "imposed their own sanctions the same day", paragraphs after the day was named: a day
    // anaphor with no date near it points at the last day the text named, however far back
    // (a year or month named in between is no day to point at). Not "the same day that X
    // met Y": the clause after it says which day.
    // So too "later that night", "earlier that day" (blind4: "Wednesday night" named six
    // sentences back, a "next year" in between). Not a bare "that day": "that day has come".
    if (kind == RuleKind::kAnaphoric && (!near_reference || near_reference->granularity < 2) &&
        day_reference &&
        (contains_word(match, "same") ||
         ((contains_word(match, "later") || contains_word(match, "earlier")) && contains_word(match, "that") &&
          (contains_word(match, "day") || contains_word(match, "night") || contains_word(match, "morning") ||
           contains_word(match, "evening") || contains_word(match, "afternoon")))) &&
        !defined_by_clause(after))
      near_reference = day_reference;
    // "... adopted its own package hours later": hours do not leave the last day the text
    // named, however far back, when no day-precise date is near (a user's trial: a year named
    // in between made it a bare duration "hours").
    if ((!near_reference || near_reference->granularity < 2) && day_reference &&
        hours_later(match, after))
      near_reference = day_reference;
    // "the previous Friday", "the following Monday": counted from the day the narrative is
    // at, however far back it was named (from the DCT the writer would say "last Friday").
    if (kind == RuleKind::kWeekday && (!near_reference || near_reference->granularity < 2) &&
        day_reference &&
        (contains_word(match, "previous") || contains_word(match, "preceding") ||
         contains_word(match, "following")))
      near_reference = day_reference;
    // "They were sworn in at the palace in the evening": a part of the day with no date near
    // it is a part of the last day the text named, when no other date came after that day.
    if (kind == RuleKind::kAnaphoric && !near_reference && reference && day_reference &&
        reference->granularity >= 2 && names_part_of_day(match))
      near_reference = day_reference;
    TimexReading r = read_timex(kind, match, before, after, doc.dct, tense, near_reference,
                                tense_adjacent);
    Span s{m.begin + r.begin, m.begin + r.end};
    // A possessive is not part of the timex ("Friday's vote").
    if (s.size() > 2 && text.substr(s.end - 2, 2) == "'s") s.end -= 2;
    else if (s.size() > 4 && text.substr(s.end - 4, 4) == "\u2019s") s.end -= 4;
    if (r.ok && r.type == TimexType::kDuration && last_is_the_verb(doc, s)) {
      // "scheduled to last six weeks": the verb is no part of the duration "six weeks".
      s.begin += 5;
    }
    if (r.ok && kind == RuleKind::kYear && !plausible_bare_year(text, s)) r.ok = false;
    if (r.ok && names_a_title(kind) && capitalised_inside_sentence(text, sentence_span, s))
      r.ok = false;
    if (r.ok && kind == RuleKind::kQuarter && r.anchor != TimexAnchor::kText &&
        in_sports_context(text, sentence_span, m)) {
      r.ok = false;
      r.whole_match_rejected = true;  // nor "first quarter" inside it
    }
    if (!r.ok && r.whole_match_rejected) {
      pos = m.end;
      continue;
    }
    if (!r.ok) {
      // Not a timex: go on after the match's first word, so a shorter reading can start later.
      size_t next = m.begin;
      while (next < m.end && (is_alpha(text[next]) || is_digit(text[next]) ||
                              (text[next] == ',' && next + 1 < m.end && is_digit(text[next + 1]))))
        ++next;
      pos = std::max<size_t>(next, m.begin + 1);
      continue;
    }
    if ((kind == RuleKind::kYear || kind == RuleKind::kDuration) && r.value.size() == 4) {
      // "the 1988 quarter", "the 1989 period": the quarter under discussion, in that year.
      uint32_t unit_at = s.end + 1;
      bool quarter_word = s.end < text.size() && text[s.end] == ' ' &&
                          (word_at(text, unit_at, "quarter") || word_at(text, unit_at, "period"));
      bool after_the = s.begin >= 4 && word_at(text, s.begin - 4, "the") && text[s.begin - 1] == ' ';
      if (quarter_word && after_the) {
        for (auto it = doc.timexes.rbegin(); it != doc.timexes.rend(); ++it) {
          if (s.begin - it->span.end > 800) break;
          const std::string& v = it->value;
          if (v.size() != 7 || v[4] != '-' || v[5] != 'Q') continue;
          r.value += v.substr(4);
          r.anchor = TimexAnchor::kTimex;
          s.begin -= 4;
          s.end = unit_at + (word_at(text, unit_at, "quarter") ? 7 : 6);
          break;
        }
      }
    }
    if (r.years_back > 0) {
      // "a year earlier" after "the third quarter": the quarter, a year before.
      for (auto it = doc.timexes.rbegin(); it != doc.timexes.rend(); ++it) {
        if (s.begin - it->span.end > 800) break;
        const std::string& v = it->value;
        if (it->anchor == TimexAnchor::kTimex || v.size() != 7 || v[4] != '-' || v[5] != 'Q' ||
            !is_digit(v[0]) || !is_digit(v[1]) || !is_digit(v[2]) || !is_digit(v[3]))
          continue;
        int y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0') -
                r.years_back;
        r.value = std::to_string(y) + v.substr(4);
        r.anchor = TimexAnchor::kTimex;
        break;
      }
    }
    if (kind == RuleKind::kMonthDay && r.anchor == TimexAnchor::kDct && doc.dct)
      repeat_year(doc.timexes, *doc.dct, &r);
    Timex t;
    t.span = s;
    t.sentence = sentence;
    t.type = r.type;
    t.value = std::move(r.value);
    t.mod = std::move(r.mod);
    t.anchor = r.anchor;
    if (auto ref = reference_of(t); ref && becomes_reference(text, sentence_span, t, *ref, doc.dct)) {
      reference = ref;
      reference_end = t.span.end;
      if (ref->granularity >= 2) day_reference = ref;
    }
    doc.timexes.push_back(std::move(t));
    pos = m.end;
    if (kind == RuleKind::kMonthDay) {
      if (auto second = second_day_of_month(text, doc.timexes.back())) {
        doc.timexes.push_back(std::move(*second));
        pos = std::max<size_t>(pos, doc.timexes.back().span.end);
      }
    }
  }
}

}  // namespace newsgraph::extractor
