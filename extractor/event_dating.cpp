#include "extractor/event_dating.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph::extractor {
namespace {

bool in(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// A timex that names a point or period of the calendar (not a duration, set or *_REF).
bool can_date(const Timex& t) {
  if (t.type != TimexType::kDate && t.type != TimexType::kTime) return false;
  if (t.value.empty()) return false;
  char c = t.value[0];
  return (c >= '0' && c <= '9') || c == 'X';
}

bool is_reporting_base(std::string_view w) {
  return in(w, {"say", "tell", "announce", "declare", "state", "warn", "insist", "argue", "claim",
                "urge", "call", "note", "add", "stress", "hail", "welcome", "praise", "criticize",
                "criticise", "accuse", "deny", "confirm", "report", "predict", "vow", "pledge",
                "promise", "acknowledge", "admit", "suggest", "signal", "tout", "describe",
                "write", "explain", "maintain", "contend", "assert", "emphasize", "emphasise"});
}

// "says", "warns", "denies": a reporting verb in the third person present.
bool is_present_reporting(std::string_view w) {
  if (w.size() > 3 && w.substr(w.size() - 3) == "ies" &&
      is_reporting_base(std::string(w.substr(0, w.size() - 3)) + "y"))
    return true;
  if (w.size() > 2 && w.substr(w.size() - 2) == "es" && is_reporting_base(w.substr(0, w.size() - 2)))
    return true;
  if (w.size() > 1 && w.back() == 's' && is_reporting_base(w.substr(0, w.size() - 1))) return true;
  return false;
}

// "said", "declared", "told", "written": a reporting verb's past participle.
bool is_reporting_participle(std::string_view w) {
  if (in(w, {"said", "told", "written", "denied"})) return true;
  if (w.size() > 2 && w.substr(w.size() - 1) == "d" && is_reporting_base(w.substr(0, w.size() - 1)))
    return true;  // declared, stated, argued
  if (w.size() > 2 && w.substr(w.size() - 2) == "ed" && is_reporting_base(w.substr(0, w.size() - 2)))
    return true;  // warned, claimed
  return false;
}

bool is_past_verb_form(std::string_view w) {
  return (w.size() > 3 && w.substr(w.size() - 2) == "ed") ||  // "sued", "used"
         in(w, {"said", "told", "met", "held", "made", "took", "went", "came", "gave", "began",
                "left", "spoke", "saw", "found", "won", "lost", "fell", "rose", "sold", "bought",
                "paid", "led", "sent", "was", "were", "had", "did"});
}

// The words of a sentence with their byte offsets (letters and apostrophes).
struct Word {
  std::string low;
  Span span;
};

std::vector<Word> words_of(const Document& doc, Span s) {
  std::vector<Word> out;
  uint32_t i = s.begin;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\''; };
  while (i < s.end) {
    while (i < s.end && !alpha(doc.text[i])) ++i;
    uint32_t j = i;
    while (j < s.end && alpha(doc.text[j])) ++j;
    if (j > i) out.push_back({lower(std::string_view(doc.text).substr(i, j - i)), {i, j}});
    i = j;
  }
  return out;
}

// --- clauses from dependency heads ----------------------------------------------------------

bool has_heads(const Document& doc, const Sentence& s) {
  for (uint32_t t = s.first_token; t < s.end_token && t < doc.tokens.size(); ++t)
    if (doc.tokens[t].head >= 0 || !doc.tokens[t].deprel.empty()) return true;
  return false;
}

int token_at(const Document& doc, const Sentence& s, uint32_t byte) {
  // Tokens are in text order: binary search (a linear scan made date_events cubic in the
  // length of a sentence).
  const auto first = doc.tokens.begin() + std::min<size_t>(s.first_token, doc.tokens.size());
  const auto last = doc.tokens.begin() + std::min<size_t>(s.end_token, doc.tokens.size());
  const auto it =
      std::partition_point(first, last, [&](const Token& t) { return t.span.end <= byte; });
  if (it == last || it->span.begin > byte) return -1;
  return static_cast<int>(it - doc.tokens.begin());
}

bool opens_clause(std::string_view deprel) {
  std::string_view base = deprel.substr(0, deprel.find(':'));
  return in(base, {"root", "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj"}) ||
         (base == "conj");
}

// The token that heads the clause of token t: t's nearest ancestor (or t) that opens a clause.
int clause_head(const Document& doc, int t) {
  for (int steps = 0; t >= 0 && steps < 64; ++steps) {
    const Token& tok = doc.tokens[static_cast<size_t>(t)];
    if (tok.head < 0 || opens_clause(tok.deprel)) {
      // A conj of a noun is not a clause; only verbs open one.
      if (tok.deprel.rfind("conj", 0) == 0 && tok.upos != "VERB" && tok.upos != "AUX" && tok.head >= 0) {
        t = tok.head;
        continue;
      }
      return t;
    }
    t = tok.head;
  }
  return t;
}

// The clause of a span: that of its syntactic head (the token whose head lies outside).
int clause_of_span_by_heads(const Document& doc, const Sentence& s, Span span) {
  int head_token = -1;
  for (uint32_t t = s.first_token; t < s.end_token && t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    if (!span.overlaps(tok.span)) continue;
    bool outside = tok.head < 0 || !span.overlaps(doc.tokens[static_cast<size_t>(tok.head)].span);
    if (outside) { head_token = static_cast<int>(t); break; }
  }
  if (head_token < 0) head_token = token_at(doc, s, span.begin);
  return head_token < 0 ? -1 : clause_head(doc, head_token);
}

// --- clauses approximated by punctuation and conjunctions -----------------------------------

// The index of the stretch of the sentence between , ; : ( ) and clause-joining words that
// holds byte `b`.
int segment_at(const Document& doc, Span sentence, uint32_t b) {
  int seg = 0;
  for (const Word& w : words_of(doc, {sentence.begin, b}))
    if (in(w.low, {"and", "but", "while", "whereas", "although", "though", "because", "which",
                   "who", "that"}))
      ++seg;
  for (uint32_t i = sentence.begin; i < b && i < doc.text.size(); ++i) {
    char c = doc.text[i];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') ++seg;
  }
  return seg;
}

// --- phrases attached to a clause ------------------------------------------------------------

bool is_phrase_break(char c) { return c == ',' || c == ';' || c == ':' || c == '(' || c == ')'; }

// The stretch of the sentence between phrase-breaking punctuation that holds byte `b`.
Span stretch_at(const Document& doc, Span sentence, uint32_t b) {
  uint32_t begin = b, end = b;
  while (begin > sentence.begin && !is_phrase_break(doc.text[begin - 1])) --begin;
  while (end < sentence.end && !is_phrase_break(doc.text[end])) ++end;
  return {begin, end};
}

// How a phrase of events attaches to a clause: at the clause's time ("amid a trade war",
// "during the visit"), or just before it ("following Canada's arrest of Meng", "after talks",
// "in response to"), or not in a way that dates it.
enum class Attachment { kNone, kSameTime, kJustBefore };

Attachment attachment_of(const std::vector<Word>& words, size_t i) {
  const std::string& w = words[i].low;
  if (in(w, {"amid", "amidst", "during", "over"})) return Attachment::kSameTime;
  if (in(w, {"following", "after"})) return Attachment::kJustBefore;
  auto next_is = [&](size_t k, std::string_view x) {
    return i + k < words.size() && words[i + k].low == x;
  };
  if (w == "in" && next_is(1, "the") && next_is(2, "wake")) return Attachment::kJustBefore;
  if (w == "in" && (next_is(1, "response") || next_is(1, "retaliation")))
    return Attachment::kJustBefore;
  if ((w == "because" || w == "due") && (next_is(1, "of") || next_is(1, "to")))
    return Attachment::kJustBefore;
  if (w.size() > 4 && w.substr(w.size() - 3) == "ing") return Attachment::kSameTime;  // prompting
  return Attachment::kNone;
}

bool looks_finite(std::string_view w) {
  return is_past_verb_form(w) ||
         in(w, {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                "says", "said"});
}

// Whether the event's trigger is a noun: its POS tag when the syntax stages ran, else its form
// (not a past or present participle).
bool is_nominal_trigger(const Document& doc, const Sentence* sentence, const Event& ev) {
  if (sentence && !doc.tokens.empty()) {
    int t = token_at(doc, *sentence, ev.trigger.begin);
    if (t >= 0 && !doc.tokens[static_cast<size_t>(t)].upos.empty()) {
      const std::string& upos = doc.tokens[static_cast<size_t>(t)].upos;
      return upos == "NOUN" || upos == "PROPN";
    }
  }
  std::string w = lower(std::string_view(doc.text).substr(ev.trigger.begin, ev.trigger.size()));
  return !looks_finite(w) && !(w.size() > 4 && w.substr(w.size() - 3) == "ing");
}

// Whether timex `tx` follows "before", "ahead (of)" or "prior (to)" with at most "of", "to" and
// "the" between, and names another event's time with a possessive or a noun after it: "before
// Saturday's summit", "ahead of the June 4 vote".
bool before_reference_event(const Document& doc, Span sentence, const Timex& tx) {
  // The timex must name another event's time: a possessive or a noun after it ("Saturday's
  // summit", "December 21 talks"); "before the end of June" bounds the act itself.
  std::string_view after = std::string_view(doc.text).substr(tx.span.end, std::min<size_t>(8, doc.text.size() - tx.span.end));
  const bool names_event = after.starts_with("'s") || after.starts_with("\xE2\x80\x99s") ||
                           (after.size() > 1 && after[0] == ' ' && after[1] >= 'a' && after[1] <= 'z');
  if (!names_event) return false;
  std::vector<Word> words = words_of(doc, {sentence.begin, tx.span.begin});
  for (size_t i = words.size(), n = 0; i > 0 && n < 3; --i, ++n) {
    const std::string& w = words[i - 1].low;
    if (in(w, {"before", "ahead", "prior"})) return true;
    // Only "of", "to" and "the" between: "sworn in before Congress that afternoon" is a place.
    if (!in(w, {"of", "to", "the"})) return false;
  }
  return false;
}

// The word right before byte `b` in the sentence ("since" before "2017"), lower case.
std::string word_before(const Document& doc, Span sentence, uint32_t b) {
  std::vector<Word> words = words_of(doc, {sentence.begin, b});
  return words.empty() ? std::string() : words.back().low;
}

// Rule 1b: a nominal event inside a prepositional or participial phrase set off from its
// clause by punctuation ("Relations had withered since 2018, following Canada's arrest of
// Meng") takes the timex of that clause when the phrase has none of its own. The clause is the
// stretch before the phrase, or after it when the phrase opens the sentence ("Following the
// collapse of talks, prices fell in March"). Returns the timex index or -1.
int timex_of_host_clause(const Document& doc, const Sentence* sentence, Span sentence_span,
                         const Event& ev, const std::vector<int>& candidates) {
  if (candidates.empty() || !is_nominal_trigger(doc, sentence, ev)) return -1;
  Span phrase = stretch_at(doc, sentence_span, ev.trigger.begin);
  std::vector<Word> words = words_of(doc, {phrase.begin, ev.trigger.begin});
  if (words.empty()) return -1;
  Attachment attachment = attachment_of(words, 0);
  if (attachment == Attachment::kNone) return -1;
  for (size_t i = 1; i < words.size(); ++i)
    if (looks_finite(words[i].low)) return -1;  // a clause of its own ("after police arrested")
  for (int t : candidates)  // "since 2017" starts a period, it does not date the phrase
    if (doc.timexes[static_cast<size_t>(t)].span.overlaps(phrase) &&
        word_before(doc, sentence_span, doc.timexes[static_cast<size_t>(t)].span.begin) != "since")
      return -1;
  Span host;
  if (phrase.begin > sentence_span.begin + 1) {
    host = stretch_at(doc, sentence_span, phrase.begin - 1);
  } else if (phrase.end < sentence_span.end) {
    host = stretch_at(doc, sentence_span, phrase.end + 1);
  } else {
    return -1;
  }
  int best = -1;
  for (int t : candidates) {
    const Timex& tx = doc.timexes[static_cast<size_t>(t)];
    if (!tx.span.overlaps(host)) continue;
    // What happened just before a day ("after talks, Canada joined on Sept. 30") is not dated
    // by that day; by its month or year it is, to that precision.
    if (attachment == Attachment::kJustBefore && tx.value.size() > 7) continue;
    // The nearest to the phrase: the last one before it, or the first one after it.
    if (best < 0 || host.end <= phrase.begin) best = t;
    if (host.begin >= phrase.end) break;
  }
  return best;
}


// "the first visit since 2017", "the first meeting since the election last month": a timex in
// a phrase opened by "since" (at most five words back, no comma or semicolon between) starts
// a period; it does not date an event noun of its own clause (it dates what happened at that
// time, rules 1a and 1b), unless the event noun is in the phrase itself ("since her arrest on
// Dec. 1, 2018").
bool starts_a_period(const Document& doc, Span sentence, const Timex& tx, Span trigger) {
  std::vector<Word> before = words_of(doc, {sentence.begin, tx.span.begin});
  for (size_t i = before.size(), n = 0; i > 0 && n < 5; --i, ++n) {
    const Word& w = before[i - 1];
    if (w.low != "since") continue;
    // "since her arrest on Dec. 1, 2018": the event is what the period starts from.
    if (trigger.begin >= w.span.end && trigger.end <= tx.span.begin) return false;
    std::string_view between = std::string_view(doc.text).substr(w.span.end, tx.span.begin - w.span.end);
    return between.find_first_of(",;") == std::string_view::npos;
  }
  return false;
}

// Rule 1a: "since December 2018, when Canada arrested Meng and China detained Kovrig": the
// events of a "when" clause take the timex the clause attaches to, when they follow it in the
// same sentence with no ";" between. Returns the timex index or -1.
int timex_of_when_clause(const Document& doc, Span sentence, const Event& ev,
                         const std::vector<int>& candidates) {
  int best = -1;
  for (int t : candidates) {
    const Timex& tx = doc.timexes[static_cast<size_t>(t)];
    if (tx.span.end >= ev.trigger.begin) continue;
    std::vector<Word> after = words_of(doc, {tx.span.end, ev.trigger.begin});
    if (after.empty() || after.front().low != "when") continue;
    std::string_view gap = std::string_view(doc.text).substr(tx.span.end, after.front().span.begin - tx.span.end);
    if (gap.find_first_not_of(" ,") != std::string_view::npos) continue;
    std::string_view rest = std::string_view(doc.text).substr(tx.span.end, ev.trigger.begin - tx.span.end);
    if (rest.find(';') != std::string_view::npos) continue;
    best = t;  // the last such timex before the trigger
  }
  (void)sentence;
  return best;
}

// A timex that opens the sentence and is set off by a comma ("In December 2018, ...").
bool opens_sentence(const Document& doc, Span sentence, const Timex& tx) {
  std::vector<Word> before = words_of(doc, {sentence.begin, tx.span.begin});
  if (before.size() > 1) return false;
  if (before.size() == 1 && !in(before[0].low, {"in", "on", "at", "by", "during", "early", "late"}))
    return false;
  std::string_view rest = std::string_view(doc.text).substr(tx.span.end, sentence.end - tx.span.end);
  return !rest.empty() && rest.front() == ',';
}

// Rule 1c: a timex that opens the sentence ("In December 2018, Canada arrested Meng, and
// China then detained Kovrig") dates the main clause and the clauses coordinated with it, not
// subordinate or relative clauses. With heads: the event's clause is the root or a chain of
// conj (or parataxis with a "cc") of it; without: no relative or subordinating word lies between timex and trigger.
int timex_of_fronted_sentence(const Document& doc, const Sentence* sentence, Span sentence_span,
                              bool heads, const Event& ev, const std::vector<int>& candidates) {
  for (int t : candidates) {
    const Timex& tx = doc.timexes[static_cast<size_t>(t)];
    if (tx.span.end > ev.trigger.begin || !opens_sentence(doc, sentence_span, tx)) continue;
    if (heads) {
      int h = clause_of_span_by_heads(doc, *sentence, ev.trigger);
      // A coordinated clause: conj, or parataxis with its own "and"/"but" (a parse of
      // "..., and China then detained ..." the parser labels parataxis).
      auto coordinated = [&](int k) {
        const Token& tok = doc.tokens[static_cast<size_t>(k)];
        if (tok.deprel.rfind("conj", 0) == 0) return true;
        if (tok.deprel != "parataxis") return false;
        // The "cc" may hang from the clause's subject ("and China then detained").
        for (uint32_t c = sentence->first_token; c < sentence->end_token; ++c) {
          if (doc.tokens[c].deprel != "cc") continue;
          int h = doc.tokens[c].head;
          if (h == k || (h >= 0 && doc.tokens[static_cast<size_t>(h)].head == k && h > static_cast<int>(c)))
            return true;
        }
        return false;
      };
      for (int steps = 0; h >= 0 && steps < 16 && coordinated(h); ++steps)
        h = clause_head(doc, doc.tokens[static_cast<size_t>(h)].head);
      if (h < 0) continue;
      const Token& top = doc.tokens[static_cast<size_t>(h)];
      if (!(top.head < 0 || top.deprel == "root")) continue;
    } else {
      bool subordinate = false;
      for (const Word& w : words_of(doc, {tx.span.end, ev.trigger.begin}))
        if (in(w.low, {"which", "who", "that", "when", "because", "although", "though", "if",
                       "whereas", "while", "since", "after", "before", "until"}))
          subordinate = true;
      if (subordinate) continue;
    }
    return t;
  }
  return -1;
}

// "joined late on Sept. 30, after weeks of talks": an event noun at most four words after
// "after" or "following" (no punctuation or finite verb between) happened before the clause's
// time; a day of that clause does not date it (a month or year does, to that precision).
bool after_phrase(const Document& doc, Span sentence, const Event& ev) {
  std::vector<Word> before = words_of(doc, {sentence.begin, ev.trigger.begin});
  for (size_t i = before.size(), n = 0; i > 0 && n < 4; --i, ++n) {
    const Word& w = before[i - 1];
    std::string_view gap = std::string_view(doc.text).substr(w.span.end, ev.trigger.begin - w.span.end);
    if (gap.find_first_of(",;:()") != std::string_view::npos || looks_finite(w.low)) return false;
    if (w.low == "after" || w.low == "following") return true;
  }
  return false;
}

// Rule 1e: "Trump called Carney on Tuesday, and the two leaders agreed to meet": an event in a
// clause coordinated by "and" with an earlier clause, whose own clause has no timex and no
// name for a subject (the same actors go on), takes the last timex of that earlier clause
// before it. Needs heads. Returns the timex index or -1.
int timex_of_and_coordinated_clause(const Document& doc, const Sentence& sentence, Span sentence_span,
                                    const Event& ev, const std::vector<int>& candidates) {
  int h = clause_of_span_by_heads(doc, sentence, ev.trigger);
  if (h < 0) return -1;
  const Token& clause_tok = doc.tokens[static_cast<size_t>(h)];
  if (clause_tok.deprel.rfind("conj", 0) != 0 || clause_tok.head < 0 || clause_tok.head > h) return -1;
  bool joined_by_and = false;
  for (uint32_t c = sentence.first_token; c < sentence.end_token; ++c)
    if (doc.tokens[c].head == h && doc.tokens[c].deprel == "cc")
      joined_by_and = lower(std::string_view(doc.text).substr(doc.tokens[c].span.begin,
                                                              doc.tokens[c].span.size())) == "and";
  if (!joined_by_and) return -1;
  // The same actors go on ("and the two leaders agreed", "and they agreed", "and released
  // her"); a new name starts a report of its own ("On Friday Xi met Carney and Li hosted a
  // dinner": the dinner is not dated).
  for (uint32_t c = sentence.first_token; c < sentence.end_token; ++c)
    if (doc.tokens[c].head == h && doc.tokens[c].deprel.rfind("nsubj", 0) == 0 &&
        doc.tokens[c].upos == "PROPN")
      return -1;
  int parent = clause_head(doc, clause_tok.head);
  int best = -1;
  for (int t : candidates) {
    const Timex& tx = doc.timexes[static_cast<size_t>(t)];
    if (tx.span.end > ev.trigger.begin || starts_a_period(doc, sentence_span, tx, ev.trigger)) continue;
    if (clause_of_span_by_heads(doc, sentence, tx.span) == parent) best = t;
  }
  return best;
}

// Rule 1g: "seized power on Wednesday, detaining Bazoum": an -ing participle clause (advcl, no
// subordinating word of its own) tells how the act of its head was done, at the same time; the
// event in it takes the timex of the head's clause (the nearest). Needs heads. Returns the
// timex index or -1.
int timex_of_participle_head(const Document& doc, const Sentence& sentence, const Event& ev,
                             const std::vector<int>& candidates) {
  int h = clause_of_span_by_heads(doc, sentence, ev.trigger);
  if (h < 0) return -1;
  const Token& tok = doc.tokens[static_cast<size_t>(h)];
  std::string word = lower(std::string_view(doc.text).substr(tok.span.begin, tok.span.size()));
  // (The parse sometimes hangs the participle after a comma on the comma or the noun before
  // it as acl: "on Monday, detaining".)
  bool after_comma = h > 0 && doc.text.substr(doc.tokens[static_cast<size_t>(h) - 1].span.begin, 1) == ",";
  if (!(tok.deprel == "advcl" || (tok.deprel == "acl" && after_comma)) || tok.head < 0 || !word.ends_with("ing"))
    return -1;
  for (uint32_t c = sentence.first_token; c < sentence.end_token; ++c)
    if (doc.tokens[c].head == h && (doc.tokens[c].deprel == "mark" || doc.tokens[c].deprel.rfind("nsubj", 0) == 0))
      return -1;
  int parent = clause_head(doc, tok.head);
  int best = -1;
  uint32_t best_distance = UINT32_MAX;
  for (int t : candidates) {
    const Timex& tx = doc.timexes[static_cast<size_t>(t)];
    if (clause_of_span_by_heads(doc, sentence, tx.span) != parent) continue;
    uint32_t d = tx.span.begin > ev.trigger.end ? tx.span.begin - ev.trigger.end : ev.trigger.begin - tx.span.end;
    if (d < best_distance) { best_distance = d; best = t; }
  }
  return best;
}

// Rule 2 leaves out a timex of another clause that tells its own time: a relative clause
// ("Trump, who takes office on Jan. 20, has threatened tariffs") and, for a verbal trigger, a
// clause set against the event's by "but", "yet", "whereas", "although" or "though" ("TikTok
// sued, but a court upheld the law in December"). A noun may name what the other clause dated
// ("signed the orders on Feb. 1, but he paused the tariffs"), so a nominal trigger keeps it.
// The clause of a reporting verb does date the events it reports ("announced in January that
// he would step down"), as the team's gold codes them.
bool timex_of_other_clause(const Document& doc, const Sentence* sentence, bool heads, bool nominal,
                           const Event& ev, const Timex& tx) {
  Span between = tx.span.begin >= ev.trigger.end ? Span{ev.trigger.end, tx.span.begin}
                                                  : Span{tx.span.end, ev.trigger.begin};
  if (!nominal)
    for (const Word& w : words_of(doc, between))
      if (in(w.low, {"but", "yet", "whereas", "although", "though"})) return true;
  if (!heads) return false;
  int timex_clause = clause_of_span_by_heads(doc, *sentence, tx.span);
  int event_clause = clause_of_span_by_heads(doc, *sentence, ev.trigger);
  if (timex_clause < 0 || timex_clause == event_clause) return false;
  if (doc.tokens[static_cast<size_t>(timex_clause)].deprel != "acl:relcl") return false;
  // Not when the event is inside that relative clause ("Trudeau, who announced in January that
  // he would step down").
  for (int k = event_clause, steps = 0; k >= 0 && steps < 16; ++steps) {
    const Token& tok = doc.tokens[static_cast<size_t>(k)];
    if (tok.head < 0) return true;
    k = clause_head(doc, tok.head);
    if (k == timex_clause) return false;
  }
  return true;
}

// Rule 1h: the timex (nearest first) of the reporting verb whose complement clause holds the
// event ("Nicaragua said on Saturday that it was cutting its ties" dates the cut Saturday; the
// caller leaves out perfects, "said on Friday he had spoken with Xi"), when
// no event of `sentence_events` has its trigger in the reporting verb's own clause and the
// timex is not an "until"/"by" bound; -1 when none. Needs heads.
int timex_of_reporting_clause(const Document& doc, const Sentence& sentence, const Event& ev, int event_clause,
                              const std::vector<size_t>& sentence_events, const std::vector<int>& candidates) {
  // The trigger heads the reported clause ("said that it was cutting"), not a participle
  // inside it ("demanded custody of a marine sentenced to 40 years, the ministry said").
  if (event_clause < 0 || token_at(doc, sentence, ev.trigger.begin) != event_clause) return -1;
  const Token& c = doc.tokens[static_cast<size_t>(event_clause)];
  if (c.deprel != "ccomp" || c.head < 0) return -1;
  const int report = clause_head(doc, c.head);
  if (report < 0) return -1;
  const Token& r = doc.tokens[static_cast<size_t>(report)];
  std::string base = lower(r.lemma.empty() ? std::string_view(doc.text).substr(r.span.begin, r.span.size())
                                           : std::string_view(r.lemma));
  if (!is_reporting_base(base)) return -1;
  for (size_t o : sentence_events)
    if (clause_of_span_by_heads(doc, sentence, doc.events[o].trigger) == report) return -1;
  const Span sentence_span = sentence.span;
  int best = -1;
  uint32_t best_distance = UINT32_MAX;
  for (int t : candidates) {
    const Timex& tx = doc.timexes[static_cast<size_t>(t)];
    if (clause_of_span_by_heads(doc, sentence, tx.span) != report) continue;
    std::string before = word_before(doc, sentence_span, tx.span.begin);
    if (before == "until" || before == "by") continue;
    uint32_t d = tx.span.begin > r.span.end ? tx.span.begin - r.span.end
                                             : r.span.begin - std::min(r.span.begin, tx.span.end);
    if (d < best_distance) { best_distance = d; best = t; }
  }
  return best;
}

// Rule 1f: the timex (nearest first) of a "to" infinitive clause (xcomp or advcl) whose head
// depends on `event_clause`, when no event of `sentence_events` has its trigger in that clause;
// -1 when none.
int timex_of_purpose_clause(const Document& doc, const Sentence& sentence, const Event& ev,
                            int event_clause, const std::vector<size_t>& sentence_events,
                            const std::vector<int>& candidates) {
  if (event_clause < 0) return -1;
  // "agreed to attend talks on Thursday", "has promised to hold elections in 2007": after a verb
  // of commitment or request the infinitive is the later act, and its timex is that act's.
  const std::string& lemma = doc.tokens[static_cast<size_t>(event_clause)].lemma;
  if (in(lemma, {"agree", "plan", "promise", "pledge", "vow", "decide", "threaten", "intend", "aim",
                 "seek", "want", "hope", "expect", "offer", "propose", "ask", "urge", "call", "invite",
                 "prepare", "try", "attempt", "refuse", "fail", "need", "have", "be", "move", "vote"}))
    return -1;
  int best = -1;
  uint32_t best_distance = UINT32_MAX;
  for (int t : candidates) {
    const Timex& tx = doc.timexes[static_cast<size_t>(t)];
    const int c = clause_of_span_by_heads(doc, sentence, tx.span);
    if (c < 0 || c == event_clause) continue;
    const Token& head = doc.tokens[static_cast<size_t>(c)];
    if (head.head != event_clause || (head.deprel != "xcomp" && head.deprel.rfind("advcl", 0) != 0))
      continue;
    bool infinitive = false;
    for (uint32_t k = sentence.first_token; k < sentence.end_token; ++k)
      if (doc.tokens[k].head == c && doc.tokens[k].deprel == "mark" &&
          doc.slice(doc.tokens[k].span) == "to")
        infinitive = true;
    if (!infinitive) continue;
    bool has_event = false;
    for (size_t o : sentence_events)
      if (clause_of_span_by_heads(doc, sentence, doc.events[o].trigger) == c) has_event = true;
    if (has_event) continue;
    const uint32_t d = tx.span.begin > ev.trigger.end ? tx.span.begin - ev.trigger.end : UINT32_MAX - 1;
    if (d < best_distance) { best_distance = d; best = t; }
  }
  return best;
}

// The date of the last dated event whose trigger ends before byte `before`, or "".
std::string last_date_before(const Document& doc, size_t e, uint32_t before) {
  std::string anchor;
  for (size_t o = 0; o < doc.events.size(); ++o)
    if (o != e && !doc.events[o].date.empty() && doc.events[o].trigger.end <= before &&
        std::isdigit(static_cast<unsigned char>(doc.events[o].date[0])))
      anchor = doc.events[o].date;
  return anchor;
}

// Rule 2c: "China detained two Canadians days later", "a week earlier": a duration followed by
// "later" or "earlier" counts from the time the story has reached, the date of the last dated
// event before the trigger; one followed by "after" or "before" and then the event ("sworn in
// on Friday, five days after he won the leadership") counts back or ahead from the last dated
// event of the sentence before the duration (none there: no date). An exact number of days ("P2D") from a full date shifts it; days
// or weeks otherwise keep the anchor's month (a month boundary crossed is the known
// approximation), years shift the year when exact; months leave the event undated.
// Returns the date or "".
std::string date_counted_from_anchor(const Document& doc, Span sentence, size_t e) {
  const Event& ev = doc.events[e];
  for (const Timex& tx : doc.timexes) {
    if (tx.type != TimexType::kDuration || !sentence.overlaps(tx.span) || tx.value.size() < 3 ||
        tx.value[0] != 'P')
      continue;
    std::vector<Word> after = words_of(doc, {tx.span.end, sentence.end});
    if (after.empty()) continue;
    int sign = 0;
    std::string anchor;
    if (after[0].low == "later" || after[0].low == "earlier") {
      sign = after[0].low == "later" ? 1 : -1;
      anchor = last_date_before(doc, e, ev.trigger.begin);
    } else if ((after[0].low == "after" || after[0].low == "before") &&
               ev.trigger.begin >= after[0].span.end) {
      // "sworn in on Friday, five days after he won the leadership": the event of the clause
      // after "after" lies the duration before the sentence's event that precedes it.
      sign = after[0].low == "after" ? -1 : 1;
      anchor = last_date_before(doc, e, tx.span.begin);
      bool in_sentence = false;
      for (const Event& o : doc.events)
        if (o.date == anchor && !anchor.empty() && o.trigger.end <= tx.span.begin &&
            sentence.overlaps(o.trigger))
          in_sentence = true;
      if (!in_sentence) return "";
    } else {
      continue;
    }
    if (anchor.empty()) return "";
    char unit = tx.value.back();
    std::string amount = tx.value.substr(1, tx.value.size() - 2);
    bool exact = !amount.empty() && std::all_of(amount.begin(), amount.end(),
                                                [](char c) { return c >= '0' && c <= '9'; });
    if (unit == 'D' && exact && anchor.size() == 10) {
      int y = 0;
      unsigned m = 0, d = 0;
      if (std::sscanf(anchor.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return "";
      std::chrono::sys_days day{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
      std::chrono::year_month_day shifted{day + std::chrono::days{sign * std::stoi(amount)}};
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(shifted.year()),
                    static_cast<unsigned>(shifted.month()), static_cast<unsigned>(shifted.day()));
      return buf;
    }
    if (unit == 'D' || unit == 'W') return anchor.substr(0, std::min<size_t>(anchor.size(), 7));
    if (unit == 'Y' && exact && amount.size() < 4) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%04d", std::stoi(anchor.substr(0, 4)) + sign * std::stoi(amount));
      return buf;
    }
    return "";
  }
  return "";
}

// Rule 2d: "The arrest took place on the same day that Trump and Xi met": an event after "same
// day" in its sentence happened on the story's last full date (that of the last dated event
// before the sentence). Returns the date or "".
std::string date_of_same_day(const Document& doc, Span sentence, size_t e) {
  const Event& ev = doc.events[e];
  std::vector<Word> before = words_of(doc, {sentence.begin, ev.trigger.begin});
  bool same_day = false;
  for (size_t i = 0; i + 1 < before.size(); ++i)
    if (before[i].low == "same" && before[i + 1].low == "day") same_day = true;
  if (!same_day) return "";
  std::string anchor = last_date_before(doc, e, sentence.begin);
  return anchor.size() == 10 ? anchor : "";
}

// Rule 1d: "Carney's visit, which also included a meeting with Li": an event included in
// another takes its date. The including event is the one whose trigger is the word before
// ", which (also) included", else (a noun that refers back, "Carney's visit") the nearest
// earlier event with the same trigger word. Returns the date or "".
std::string date_of_including_event(const Document& doc, Span sentence, size_t e) {
  const Event& ev = doc.events[e];
  std::vector<Word> words = words_of(doc, {sentence.begin, ev.trigger.begin});
  size_t n = words.size();
  for (size_t i = n; i-- > 0;) {
    if (!in(words[i].low, {"included", "includes", "include", "including"})) continue;
    size_t k = i;
    if (k > 0 && words[k - 1].low == "also") --k;
    if (k < 2 || (words[k - 1].low != "which" && words[k - 1].low != "that")) return "";
    const Word& host = words[k - 2];
    std::string_view gap = std::string_view(doc.text).substr(host.span.end, words[k - 1].span.begin - host.span.end);
    if (gap.find(',') == std::string_view::npos) return "";
    for (size_t o = e; o-- > 0;) {
      const Event& other = doc.events[o];
      std::string trigger = lower(std::string_view(doc.text).substr(other.trigger.begin, other.trigger.size()));
      if (other.trigger.end == host.span.end || trigger == host.low) return other.date;
    }
    return "";
  }
  return "";
}

}  // namespace

void date_events(Document& doc) {
  // The events and the timexes of each sentence, built once (scanning the whole document
  // for each event was quadratic in its length).
  std::unordered_map<size_t, std::vector<size_t>> events_in;
  std::unordered_map<size_t, std::vector<size_t>> timexes_in;
  for (size_t o = 0; o < doc.events.size(); ++o) events_in[doc.events[o].sentence].push_back(o);
  for (size_t t = 0; t < doc.timexes.size(); ++t) timexes_in[doc.timexes[t].sentence].push_back(t);
  for (size_t e = 0; e < doc.events.size(); ++e) {
    Event& ev = doc.events[e];
    if (ev.timex >= 0 || !ev.date.empty()) continue;
    if (ev.sentence >= doc.sentences.size() && !doc.sentences.empty()) continue;
    Span sentence_span = doc.sentences.empty() ? Span{0, static_cast<uint32_t>(doc.text.size())}
                                               : doc.sentences[ev.sentence].span;
    const Sentence* sentence = doc.sentences.empty() ? nullptr : &doc.sentences[ev.sentence];
    bool heads = sentence && has_heads(doc, *sentence);

    // Timexes of the sentence that can date an event.
    // Not a timex after the event in "before"/"ahead of" ("met Sanchez before Saturday's
    // summit", "conceded ahead of Sunday's meeting"): it dates the event the act came before,
    // for every rule below (an adversarial test).
    std::vector<int> candidates;
    for (size_t t : timexes_in[ev.sentence])
      if (can_date(doc.timexes[t]) &&
          !(doc.timexes[t].span.begin > ev.trigger.end && before_reference_event(doc, sentence_span, doc.timexes[t])))
        candidates.push_back(static_cast<int>(t));

    auto clause = [&](Span span) {
      if (heads) return clause_of_span_by_heads(doc, *sentence, span);
      return segment_at(doc, sentence_span, span.begin);
    };
    // Events of this sentence, for the fronted-timex rule and the one-event rule.
    const std::vector<size_t>& sentence_events = events_in[ev.sentence];

    // 1. The timex of the event's own clause, nearest first.
    int event_clause = clause(ev.trigger);
    int best = -1;
    uint32_t best_distance = UINT32_MAX;
    const bool nominal = is_nominal_trigger(doc, sentence, ev);
    const bool just_before = nominal && after_phrase(doc, sentence_span, ev);
    for (int t : candidates) {
      const Timex& tx = doc.timexes[static_cast<size_t>(t)];
      if (nominal && starts_a_period(doc, sentence_span, tx, ev.trigger)) continue;
      if (just_before && tx.value.size() > 7) continue;
      // "agreed to his request to prorogue Parliament until March 24": an "until" timex ends
      // a state that follows the event; it does not say when the event happened.
      if (tx.span.begin > ev.trigger.end && word_before(doc, sentence_span, tx.span.begin) == "until") continue;
      int timex_clause = clause(tx.span);
      if (!heads && timex_clause != event_clause) {
        // "On Friday, Xi met Carney": a timex fronted before the first clause that holds no
        // event belongs to the clause that follows it.
        bool fronted = tx.span.end <= ev.trigger.begin;
        for (size_t o : sentence_events)
          if (clause(doc.events[o].trigger) == timex_clause) fronted = false;
        for (const Word& w : words_of(doc, {sentence_span.begin, tx.span.begin}))
          if (in(w.low, {"and", "but", "while", "whereas", "although", "though", "because",
                         "which", "who", "that"}))
            fronted = false;
        if (!(fronted && timex_clause + 1 == event_clause)) continue;
      } else if (timex_clause != event_clause) {
        continue;
      }
      uint32_t d = tx.span.begin > ev.trigger.end ? tx.span.begin - ev.trigger.end
                                                  : ev.trigger.begin - std::min(ev.trigger.begin, tx.span.end);
      if (d < best_distance) { best_distance = d; best = t; }
    }
    // 1a. Else the timex a "when" clause attaches to.
    if (best < 0) best = timex_of_when_clause(doc, sentence_span, ev, candidates);
    // 1b. Else, for a nominal event in a phrase attached to a clause, the clause's timex.
    // For rule 2: without the "since" timexes of a nominal event, and without the bounds of
    // another clause ("ordered operators to strip equipment by 2027, while New Zealand had
    // blocked ...": "by 2027" is a deadline, not when the blocking happened).
    // "had (already) blocked", "have arrested Meng, the ministry confirmed on Wednesday": a
    // perfect lies before the time of the other clauses.
    bool past_perfect = false, modal = false;
    {
      std::vector<Word> before = words_of(doc, {sentence_span.begin, ev.trigger.begin});
      for (size_t i = before.size(), n = 0; i > 0 && n < 3; --i, ++n) {
        if (in(before[i - 1].low, {"had", "has", "have"})) past_perfect = true;
        if (in(before[i - 1].low, {"will", "would", "may", "might", "could", "should", "shall", "must"})) modal = true;
      }
    }
    std::vector<int> point_candidates;
    for (int t : candidates) {
      const Timex& tx = doc.timexes[static_cast<size_t>(t)];
      std::string before = word_before(doc, sentence_span, tx.span.begin);
      if (nominal && starts_a_period(doc, sentence_span, tx, ev.trigger)) continue;
      if ((before == "by" || before == "until" || past_perfect) && clause(tx.span) != event_clause)
        continue;
      if (before == "until" && tx.span.begin > ev.trigger.end) continue;  // a state's end (rule 1)
      if (timex_of_other_clause(doc, sentence, heads, nominal, ev, tx)) continue;
      if (just_before && tx.value.size() > 7) continue;
      point_candidates.push_back(t);
    }
    if (best < 0) best = timex_of_host_clause(doc, sentence, sentence_span, ev, candidates);
    // 1c. Else a timex that opens the sentence, for its main and coordinated clauses.
    if (best < 0)
      best = timex_of_fronted_sentence(doc, sentence, sentence_span, heads, ev, candidates);
    // 1e. Else, in a clause coordinated by "and", the earlier clause's timex.
    if (best < 0 && heads)
      best = timex_of_and_coordinated_clause(doc, *sentence, sentence_span, ev, candidates);
    // 1f. Else, with heads, the timex of an infinitive purpose clause right under the event's
    // verb that names no event of its own: "sued to stop the merger in December 2022" dates
    // the suit ("agreed to meet in May" does not date the agreement: the meeting is an event).
    if (best < 0 && heads && !nominal)
      best = timex_of_purpose_clause(doc, *sentence, ev, event_clause, sentence_events, candidates);
    // 1g. Else, with heads, for an -ing participle clause, the timex of the clause it modifies.
    if (best < 0 && heads && !nominal) best = timex_of_participle_head(doc, *sentence, ev, candidates);
    // 1h. Else, with heads, the timex of the reporting verb whose complement holds the event;
    // not for a perfect ("said on Saturday he had apologised": it lies before the report), nor
    // a modal or hedged event ("will sign an agreement during the visit, a spokesman said
    // Thursday", "must step down").
    if (best < 0 && heads && !nominal && !past_perfect && !modal && !ev.hedged)
      best = timex_of_reporting_clause(doc, *sentence, ev, event_clause, sentence_events, candidates);
    // 2. Else the timex of its sentence when the sentence has this one event.
    if (best < 0 && sentence_events.size() == 1 && !point_candidates.empty()) {
      for (int t : point_candidates) {
        const Timex& tx = doc.timexes[static_cast<size_t>(t)];
        uint32_t d = tx.span.begin > ev.trigger.end ? tx.span.begin - ev.trigger.end
                                                    : ev.trigger.begin - std::min(ev.trigger.begin, tx.span.end);
        if (d < best_distance) { best_distance = d; best = t; }
      }
    }
    if (best >= 0) {
      ev.timex = best;
      ev.date = doc.timexes[static_cast<size_t>(best)].value;
      continue;
    }
    // 2b. Else the date of the event that includes it.
    if (std::string d = date_of_including_event(doc, sentence_span, e); !d.empty()) {
      ev.date = d;
      continue;
    }
    // 2c. Else a count from the story's last date ("days later").
    if (std::string d = date_counted_from_anchor(doc, sentence_span, e); !d.empty()) {
      ev.date = d;
      continue;
    }
    // 2d. Else "on the same day that ...": the story's last full date.
    if (std::string d = date_of_same_day(doc, sentence_span, e); !d.empty()) {
      ev.date = d;
      continue;
    }
    // 3. Else the DCT, for present-tense reporting: the trigger is "says"/"has said", or a
    //    nominal event in the clause of such a verb ("has declared ... during a visit").
    if (!doc.dct) continue;
    std::vector<Word> words = words_of(doc, sentence_span);
    auto present_report_at = [&](size_t i) {
      if (sentence && !doc.tokens.empty()) {
        // "after last-minute calls with Trudeau": a plural noun is no present-tense report.
        int tok = token_at(doc, *sentence, words[i].span.begin);
        // Nor a name: "In the United States, the FTC sued" ("States" is no "states").
        if (tok >= 0 && (doc.tokens[static_cast<size_t>(tok)].upos == "NOUN" ||
                         doc.tokens[static_cast<size_t>(tok)].upos == "PROPN"))
          return false;
      }
      if (is_present_reporting(words[i].low)) return true;
      if (sentence && !doc.tokens.empty()) {
        int tok = token_at(doc, *sentence, words[i].span.begin);
        if (tok >= 0) {
          const Token& t = doc.tokens[static_cast<size_t>(tok)];
          if ((t.xpos == "VBZ" || t.xpos == "VBP") && is_reporting_base(lower(t.lemma))) return true;
        }
      }
      return is_reporting_participle(words[i].low) && i > 0 &&
             (words[i - 1].low == "has" || words[i - 1].low == "have" ||
              (i > 1 && (words[i - 2].low == "has" || words[i - 2].low == "have")));
    };
    size_t trigger_word = words.size();
    for (size_t i = 0; i < words.size(); ++i)
      if (words[i].span.overlaps(ev.trigger)) { trigger_word = i; break; }
    // The trigger itself only in the simple present ("accuses"): a perfect ("has accused
    // Washington") puts the act at some time before publication, not at it.
    auto perfect_at = [&](size_t i) {
      return i > 0 && (words[i - 1].low == "has" || words[i - 1].low == "have" ||
                       (i > 1 && (words[i - 2].low == "has" || words[i - 2].low == "have")));
    };
    bool dct = false;
    if (trigger_word < words.size()) {
      if (present_report_at(trigger_word) && !perfect_at(trigger_word)) {
        dct = true;
      } else if (!is_past_verb_form(words[trigger_word].low)) {
        for (size_t i = 0; i < words.size() && !dct; ++i)
          if (i != trigger_word && present_report_at(i) && clause(words[i].span) == event_clause)
            dct = true;
      }
    }
    if (dct) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(doc.dct->year()),
                    static_cast<unsigned>(doc.dct->month()), static_cast<unsigned>(doc.dct->day()));
      ev.date = buf;
    }
  }
}

}  // namespace newsgraph::extractor
