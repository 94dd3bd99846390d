#include "extractor/factuality.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "extractor/lexicon.h"

namespace newsgraph::extractor {
namespace {

// Verbs whose complement is wanted, asked for or threatened, not done (lemmas).
constexpr std::string_view kDirectives[] = {
    "demand", "request", "urge",    "ask",   "want",   "propose", "threaten", "seek",
    "call",   "press",   "insist",  "wish",  "hope",   "plead",   "beg",      "appeal",
    "order",  "push",    "intend",  "aim",   "vow",    "pledge",  "promise",  "offer",
    // what a law or a ruling obliges someone to do ("a law that requires X to sell")
    "require", "force", "compel", "oblige",
    // what is only contemplated ("had been exploring a trade agreement", "considered tariffs")
    "explore", "consider", "contemplate", "weigh", "mull"};
// Nouns whose "of"/"for" phrase names what is feared, planned or asked for, not done
// ("the threat of tariffs", "a call for the release of", "the prospect of sanctions").
constexpr std::string_view kIrrealisNouns[] = {
    "threat", "prospect", "risk", "possibility", "danger", "fear", "plan", "proposal",
    "demand", "call", "bid", "push", "appeal", "request", "hope"};
// "called the election", "ordered tariffs", "offered a deal": with these a direct object is
// the thing done, so only a clause or a "for" phrase is irrealis.
constexpr std::string_view kClauseOnly[] = {"call", "order", "offer", "press", "push", "appeal"};
// Adjectives whose infinitive is only readiness, not an act ("its teams were ready to leave").
constexpr std::string_view kReadiness[] = {"ready", "prepared", "willing", "eager", "poised"};

constexpr std::string_view kConditionals[] = {"if", "unless", "whether"};

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

template <size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

std::string_view text_of(const Document& doc, uint32_t t) {
  const Span& s = doc.tokens[t].span;
  return std::string_view(doc.text).substr(s.begin, s.size());
}

std::string lemma_of(const Document& doc, uint32_t t) {
  const Token& tok = doc.tokens[t];
  return lower(tok.lemma.empty() ? text_of(doc, t) : std::string_view(tok.lemma));
}

// The tokens of t's sentence, [first, end): a token's dependents lie in its sentence, and
// scanning every token of the document for them made factuality quadratic in its length.
std::pair<uint32_t, uint32_t> sentence_range(const Document& doc, uint32_t t) {
  if (doc.sentences.empty()) return {0, static_cast<uint32_t>(doc.tokens.size())};
  const Sentence& s = doc.sentences[sentence_of_token(doc, t)];
  return {s.first_token, std::min<uint32_t>(s.end_token, static_cast<uint32_t>(doc.tokens.size()))};
}

// A "for"/"on" case marker among the children of t ("called for the release").
bool has_case(const Document& doc, uint32_t t, std::string_view word) {
  const auto [first, end] = sentence_range(doc, t);
  for (uint32_t c = first; c < end; ++c)
    if (doc.tokens[c].head == static_cast<int32_t>(t) && doc.tokens[c].deprel == "case" &&
        lower(text_of(doc, c)) == word)
      return true;
  return false;
}

bool has_mark(const Document& doc, uint32_t t, std::string_view word) {
  const auto [first, end] = sentence_range(doc, t);
  for (uint32_t c = first; c < end; ++c)
    if (doc.tokens[c].head == static_cast<int32_t>(t) && doc.tokens[c].deprel == "mark" &&
        lower(text_of(doc, c)) == word)
      return true;
  return false;
}

// Subordinators of clauses that are asserted, not supposed ("while", "because").
constexpr std::string_view kAssertedMarks[] = {"while", "whereas", "although", "though", "because",
                                               "since", "as"};

bool has_asserted_mark(const Document& doc, uint32_t t) {
  for (std::string_view w : kAssertedMarks)
    if (has_mark(doc, t, w)) return true;
  return false;
}

bool has_conditional_mark(const Document& doc, uint32_t t) {
  const auto [first, end] = sentence_range(doc, t);
  for (uint32_t c = first; c < end; ++c)
    if (doc.tokens[c].head == static_cast<int32_t>(t) && doc.tokens[c].deprel == "mark" &&
        in(kConditionals, lower(text_of(doc, c))))
      return true;
  return false;
}

// "Hungary would veto the sanctions if Brussels went ahead": a main clause under "would",
// "could" or "might" with a conditional clause of its own ("if", "unless") is hypothetical.
bool conditional_main(const Document& doc, uint32_t t) {
  const auto [first, end] = sentence_range(doc, t);
  bool modal = false, condition = false;
  for (uint32_t c = first; c < end; ++c) {
    if (doc.tokens[c].head != static_cast<int32_t>(t)) continue;
    std::string w = lower(text_of(doc, c));
    if (doc.tokens[c].deprel == "aux" && (w == "would" || w == "could" || w == "might")) modal = true;
    if (doc.tokens[c].deprel == "advcl" && c > t && has_conditional_mark(doc, c)) condition = true;
  }
  return modal && condition;
}

// Verbs whose clausal complement is said not to have happened ("denied that it had attacked
// the city", "dismissed reports that troops had crossed").
constexpr std::string_view kDenials[] = {"deny", "dismiss", "refute", "reject"};

// t stands in relation `rel` to its head h: is it what a directive verb asks for, or what a
// verb of denial says did not happen?
bool directed(const Document& doc, uint32_t t, uint32_t h, const std::string& rel) {
  std::string lemma = lemma_of(doc, h);
  if (rel == "ccomp" && doc.tokens[h].upos == "VERB" && in(kDenials, lemma)) return true;
  // "the threat of tariffs", "calls for the release of Meng".
  if (doc.tokens[h].upos == "NOUN")
    return rel == "nmod" && in(kIrrealisNouns, lemma) && (has_case(doc, t, "of") || has_case(doc, t, "for"));
  if (doc.tokens[h].upos == "ADJ") return rel == "xcomp" && in(kReadiness, lemma);
  if (doc.tokens[h].upos != "VERB") return false;
  if (!in(kDirectives, lemma)) return false;
  // "called on Ottawa to free him" asks; "called Trump on Wednesday to concede" is a phone
  // call whose purpose was done with it (the events stage dates it with the call).
  if (lemma == "call" && rel != "obl" && rel != "obj") {
    std::string_view next = h + 1 < doc.tokens.size() ? text_of(doc, h + 1) : "";
    if (lower(next) != "on" && lower(next) != "upon") return false;
  }
  if (rel == "ccomp" || rel == "xcomp") return true;
  // "requires ByteDance to sell": an infinitive the parse attaches as advcl is an xcomp.
  if (rel == "advcl") return has_mark(doc, t, "to");
  if (rel == "obl") return has_case(doc, t, "for");
  if (rel == "obj") return !in(kClauseOnly, lemma);
  return false;
}

bool in_question(const Document& doc, uint32_t t) {
  for (const Sentence& s : doc.sentences) {
    if (t < s.first_token || t >= s.end_token) continue;
    for (uint32_t k = s.end_token; k > s.first_token; --k) {
      std::string_view w = text_of(doc, k - 1);
      if (w == "\"" || w == "\xE2\x80\x9D" || w == "'" || w == ")") continue;
      return w == "?";
    }
  }
  return false;
}

}  // namespace

bool irrealis(const Document& doc, uint32_t t) {
  if (t >= doc.tokens.size()) return false;
  if (in_question(doc, t)) return true;
  uint32_t cur = t;
  for (int step = 0; step < 5; ++step) {
    if (has_conditional_mark(doc, cur) || conditional_main(doc, cur)) return true;
    const Token& tok = doc.tokens[cur];
    if (tok.head < 0 || static_cast<size_t>(tok.head) >= doc.tokens.size()) return false;
    uint32_t h = static_cast<uint32_t>(tok.head);
    std::string rel = tok.deprel.substr(0, tok.deprel.find(':'));
    if (directed(doc, cur, h, rel)) return true;
    // "requires ByteDance to sell" parsed with the infinitive on the object: object control.
    if (tok.deprel == "acl" && has_mark(doc, cur, "to")) {
      const Token& object = doc.tokens[h];
      if (object.head >= 0 && (object.deprel == "obj" || object.deprel == "xcomp" || object.deprel == "iobj") &&
          directed(doc, h, static_cast<uint32_t>(object.head), "xcomp"))
        return true;
    }
    // "see the app banned": a participle modifying an object is a small clause of the verb
    // that takes the object; climb to that verb (never through a relative clause).
    if (rel == "acl" && tok.deprel == "acl" && doc.tokens[h].head >= 0 &&
        doc.tokens[h].deprel == "obj") {
      cur = static_cast<uint32_t>(doc.tokens[h].head);
      continue;
    }
    // "ready to leave as soon as Morocco asked for them": a clause of time hung on "soon"
    // happens when its head does, so it is as real as that head.
    if (rel == "advcl" && lemma_of(doc, h) == "soon" && doc.tokens[h].head >= 0) {
      cur = static_cast<uint32_t>(doc.tokens[h].head);
      continue;
    }
    // "promised to carry out mass deportations", "wants to hold talks": an event noun that is
    // the object of a verb is as real as that verb; climb to it once.
    if (rel == "obj" && step == 0 && (tok.upos == "NOUN" || tok.upos == "PROPN") &&
        doc.tokens[h].upos == "VERB") {
      cur = h;
      continue;
    }
    if (rel != "conj" && rel != "xcomp" && rel != "ccomp" && rel != "advcl") return false;
    // "..., while New Zealand had blocked a proposal": a concessive or causal clause is
    // asserted whatever its head is.
    if (rel == "advcl" && has_asserted_mark(doc, cur)) return false;
    cur = h;
  }
  return false;
}

}  // namespace newsgraph::extractor
