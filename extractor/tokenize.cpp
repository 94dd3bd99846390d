// Sentence and word segmentation for English news; see tokenize.h for the rules.
#include "extractor/tokenize.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cassert>
#include <iterator>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace newsgraph::extractor {

using WordSet = std::unordered_set<std::string_view>;

struct SegmenterData {
  std::unique_ptr<icu::BreakIterator> word;      // prototype, cloned per call
  std::unique_ptr<icu::BreakIterator> sentence;  // prototype, cloned per call
  // Abbreviations written with a period (without it here).
  WordSet titles;         // precede a name: never end a sentence
  WordSet abbreviations;  // end a sentence only before a sentence starter
  WordSet before_number;  // abbreviations only when a number follows ("No. 2", "p. 4")
  WordSet dates;          // months and weekdays: no sentence end before a number
  WordSet sentence_starters;
  WordSet function_words;  // lower-case words a headline leaves in lower case
};

namespace {

// --- Lists (AP style and common newswire usage). -------------------------------------------

constexpr std::string_view kTitles[] = {
    "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Rev",
    "Fr", "Msgr", "Hon", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt",
    "Brig", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Pres", "Supt", "Insp", "Det", "Atty",
    "Ald", "Amb", "Sec", "Gens", "Lieut", "Sra", "Sr", "Sto", "St", "Ste", "Mt", "Ft", "Pt"};
constexpr std::string_view kAbbreviations[] = {
    "Jr", "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc", "Mfg", "Assn", "Dept", "Univ",
    "Ave", "Blvd", "Rd", "Hwy", "Sq", "vs", "v", "etc", "approx", "est", "cf", "al", "Gov't",
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Kans", "Ky", "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
    "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ont", "Que", "Alta", "Sask"};
constexpr std::string_view kBeforeNumber[] = {"No", "Nos", "no", "Art", "Fig", "Vol", "Ch",
                                              "p", "pp", "para", "Para", "Sect", "ext", "Ext"};
constexpr std::string_view kDates[] = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                                       "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed",
                                       "Thu", "Thur", "Thurs", "Fri"};
constexpr std::string_view kSentenceStarters[] = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We",
    "I", "You", "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "But", "And", "Or",
    "So", "Yet", "However", "In", "On", "At", "For", "With", "After", "Before", "When", "While",
    "As", "If", "Since", "Although", "Though", "What", "Who", "Why", "How", "Where", "Meanwhile",
    "Still", "Also", "Now", "Then", "Last", "Earlier", "Later", "According", "Some", "Many",
    "Most", "Both", "All", "Each", "Such", "Other", "Another", "One", "Officials", "Analysts",
    "Shares", "Under", "Despite", "During", "Among", "Because", "Thus", "Instead", "Nor",
    "Recently", "Yesterday", "Today", "Separately", "Previously", "Currently", "Additionally",
    "Moreover", "Furthermore", "Nevertheless", "Therefore", "Overall", "Asked", "Once", "Even",
    "Only", "Not", "Every", "Neither", "Either", "Unlike", "Like", "Following", "By", "From",
    "To", "Through", "Until", "Without", "Within", "Is", "Are", "Was", "Were", "Will", "Would",
    "Can", "Could", "Should", "Do", "Does", "Did", "Has", "Have", "Had"};
constexpr std::string_view kFunctionWords[] = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with",
    "by", "from", "as", "into", "onto", "over", "under", "about", "after", "before", "against",
    "amid", "among", "between", "during", "per", "than", "via", "vs", "vs.", "is", "are", "was",
    "were", "be", "been", "its", "his", "her", "their", "our", "that", "this", "up", "out", "off",
    "&", "'s", "’s", "n't"};

template <size_t N>
WordSet make_set(const std::string_view (&words)[N]) {
  return WordSet(std::begin(words), std::end(words));
}

// --- Characters. -----------------------------------------------------------------------------

UChar32 first_cp(std::string_view s) {
  if (s.empty()) return U_SENTINEL;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(p, i, static_cast<int32_t>(s.size()), c);
  return c;
}

UChar32 last_cp(std::string_view s) {
  if (s.empty()) return U_SENTINEL;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_PREV(p, 0, i, c);
  return c;
}

bool is_alnum(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c);
}
bool is_digit(UChar32 c) { return c >= '0' && c <= '9'; }
bool is_letter(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_hasBinaryProperty(c, UCHAR_ALPHABETIC);
}
bool is_upper(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}
bool is_lower(UChar32 c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(c);
}
bool is_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c);
}

// Closing punctuation that stays with the sentence before it: quotes and brackets.
bool is_closing(std::string_view w) {
  return w == "\"" || w == "'" || w == ")" || w == "]" || w == "}" || w == "\xE2\x80\x9D" ||
         w == "\xE2\x80\x99" || w == "\xC2\xBB" || w == "\xE2\x80\xBA";
}
bool is_opening_cp(UChar32 c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 ||
         c == 0xAB || c == 0x2039;
}

// "." "..." "?" "!?" "…": sentence-final punctuation.
bool is_terminal(std::string_view w) {
  if (w.empty()) return false;
  if (w == "\xE2\x80\xA6") return true;
  for (char ch : w)
    if (ch != '.' && ch != '!' && ch != '?') return false;
  return true;
}
bool all_of_chars(std::string_view w, std::string_view chars) {
  if (w.empty()) return false;
  for (char ch : w)
    if (chars.find(ch) == std::string_view::npos) return false;
  return true;
}
bool is_hyphen(std::string_view w) {
  return w == "-" || w == "\xE2\x80\x90" || w == "\xE2\x80\x91";
}
bool is_apostrophe(std::string_view w) { return w == "'" || w == "\xE2\x80\x99"; }

bool iequals_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// A clitic after an apostrophe: 's 're 've 'll 'd 'm (any case).
bool is_clitic_tail(std::string_view tail) {
  return iequals_ascii(tail, "s") || iequals_ascii(tail, "re") || iequals_ascii(tail, "ve") ||
         iequals_ascii(tail, "ll") || iequals_ascii(tail, "d") || iequals_ascii(tail, "m");
}

// Where the PTB clitic of a word starts ("Canada's" -> 6, "don't" -> 2), or w.size() if none.
size_t clitic_start(std::string_view w) {
  size_t ap = w.rfind('\'');
  size_t ap_len = 1;
  size_t curly = w.rfind("\xE2\x80\x99");
  if (curly != std::string_view::npos && (ap == std::string_view::npos || curly > ap)) {
    ap = curly;
    ap_len = 3;
  }
  if (ap == std::string_view::npos || ap == 0) return w.size();
  std::string_view tail = w.substr(ap + ap_len);
  if (is_clitic_tail(tail)) return ap;
  if (iequals_ascii(tail, "t") && ap >= 2 && (w[ap - 1] == 'n' || w[ap - 1] == 'N')) return ap - 1;
  return w.size();
}

// --- Words. ----------------------------------------------------------------------------------

struct WordContext {
  const SegmenterData& data;
  std::string_view text;
  std::vector<Token>& tokens;

  std::string_view slice(Span s) const { return text.substr(s.begin, s.size()); }

  void emit(uint32_t b, uint32_t e) {
    Token t;
    t.span = {b, e};
    tokens.push_back(std::move(t));
  }

  // True when the next non-blank character on this line after byte `pos` is a digit.
  bool digit_follows(uint32_t pos) const {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    return pos < text.size() && is_digit(static_cast<unsigned char>(text[pos]));
  }

  // Whether `stem` (a token without its period) takes the period that follows at `period_end`.
  bool takes_period(std::string_view stem, uint32_t period_end) const {
    if (stem.empty()) return false;
    // Dotted acronyms as UAX #29 leaves them: "U.S", "e.g", "p.m", "Ph.D" (segments of 1-2 letters).
    if (stem.find('.') != std::string_view::npos) {
      size_t seg = 0;
      for (char ch : stem) {
        if (ch == '.') {
          if (seg == 0) return false;
          seg = 0;
        } else if (((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) && seg < 2) {
          ++seg;
        } else {
          return false;
        }
      }
      return seg > 0;
    }
    UChar32 c = first_cp(stem);
    if (is_upper(c) && static_cast<size_t>(U8_LENGTH(c)) == stem.size()) return true;  // "J."
    if (data.titles.count(stem) || data.abbreviations.count(stem) || data.dates.count(stem))
      return true;
    return data.before_number.count(stem) && digit_follows(period_end);
  }

  // Appends word piece [b, e), splitting a clitic ("Canada's") off; if `extend` the stem is
  // glued to the last token instead of starting a new one.
  void add_word(uint32_t b, uint32_t e, bool extend) {
    std::string_view w = text.substr(b, e - b);
    size_t k = w.size();
    if (w.find('\'') != std::string_view::npos || w.find("\xE2\x80\x99") != std::string_view::npos)
      k = clitic_start(w);
    else if (iequals_ascii(w, "cannot"))
      k = 3;  // PTB: can not
    const uint32_t stem_end = b + static_cast<uint32_t>(k);
    if (extend) {
      tokens.back().span.end = stem_end;
    } else if (stem_end > b) {
      emit(b, stem_end);
    }
    if (stem_end < e) emit(stem_end, e);
  }

  // Tokens of the pieces clipped to `region`; no glue across the region's ends.
  void region(const std::vector<Span>& pieces, Span region) {
    const size_t first_token = tokens.size();
    std::vector<Span> ps;
    ps.reserve(pieces.size());
    for (Span p : pieces) {
      Span q{std::max(p.begin, region.begin), std::min(p.end, region.end)};
      if (q.begin < q.end) ps.push_back(q);
    }
    for (size_t i = 0; i < ps.size(); ++i) {
      const Span p = ps[i];
      const std::string_view w = slice(p);
      Token* prev = tokens.size() > first_token ? &tokens.back() : nullptr;
      const std::string_view pw = prev ? slice(prev->span) : std::string_view();
      const bool has_next = i + 1 < ps.size();
      const std::string_view next = has_next ? slice(ps[i + 1]) : std::string_view();

      if (w == ".") {
        if (prev && (all_of_chars(pw, ".") || (pw.back() != '.' && takes_period(pw, p.end)))) {
          prev->span.end = p.end;
          continue;
        }
      } else if (is_hyphen(w)) {
        if (prev && all_of_chars(pw, "-") && w == "-") {  // "--"
          prev->span.end = p.end;
          continue;
        }
        const UChar32 before = prev ? last_cp(pw) : U_SENTINEL;
        const bool acronym = before == '.' && pw.find('.') < pw.size() - 1;
        if (prev && (is_alnum(before) || acronym) && has_next && is_alnum(first_cp(next))) {
          prev->span.end = p.end;
          add_word(ps[i + 1].begin, ps[i + 1].end, /*extend=*/true);
          ++i;
          continue;
        }
      } else if (w == ":" || w == "/") {
        if (prev && is_digit(static_cast<unsigned char>(pw.back())) && has_next &&
            is_digit(static_cast<unsigned char>(next.front()))) {
          prev->span.end = ps[i + 1].end;
          ++i;
          continue;
        }
      } else if (w.size() == 1 && std::string_view("=*_~+#").find(w[0]) != std::string_view::npos &&
                 prev && all_of_chars(pw, w)) {
        prev->span.end = p.end;  // "=====", "***": a rule or a separator is one token
        continue;
      } else if (w == "!" || w == "?") {
        if (prev && all_of_chars(pw, "!?")) {
          prev->span.end = p.end;
          continue;
        }
      } else if (is_apostrophe(w)) {
        // "U.S.'s": the apostrophe and a clitic come as separate pieces.
        if (prev && has_next && is_clitic_tail(next)) {
          emit(p.begin, ps[i + 1].end);
          ++i;
          continue;
        }
      } else if ((w == "#" || w == "@") && !prev && has_next && is_alnum(first_cp(next))) {
        // Hashtags and handles: "#IStandWithAhmed", "@POTUS".
        emit(p.begin, ps[i + 1].end);
        ++i;
        continue;
      } else if (is_alnum(first_cp(w))) {
        add_word(p.begin, p.end, /*extend=*/false);
        continue;
      }
      emit(p.begin, p.end);
    }
  }

  // A URL (scheme:// or www.) or an e-mail address in `r`, without trailing punctuation.
  std::optional<Span> find_special(Span r) const {
    const std::string_view s = slice(r);
    auto is_url_char = [](char ch) {
      return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    };
    size_t start = std::string_view::npos;
    size_t at = s.find("://");
    if (at != std::string_view::npos && at > 0) {
      size_t b = at;
      while (b > 0 && (is_url_char(s[b - 1]) || s[b - 1] == '+' || s[b - 1] == '-')) --b;
      if (b < at && is_letter(static_cast<unsigned char>(s[b]))) start = b;
    }
    if (start == std::string_view::npos) {
      for (std::string_view www : {"www.", "WWW."}) {
        at = s.find(www);
        if (at != std::string_view::npos && at + 4 < s.size() &&
            (at == 0 || !is_url_char(s[at - 1]))) {
          start = at;
          break;
        }
      }
    }
    if (start != std::string_view::npos) {
      size_t e = s.size();
      size_t open = 0, close = 0;
      for (size_t k = start; k < e; ++k) open += s[k] == '(', close += s[k] == ')';
      while (e > start) {
        const std::string_view tail = s.substr(start, e - start);
        const UChar32 c = last_cp(tail);
        if (c == ')' && close > open) {
          --close;
          --e;
        } else if (c < 0x80 && std::string_view(".,;:!?'\"]}>").find(static_cast<char>(c)) !=
                                   std::string_view::npos) {
          --e;
        } else if (c == 0x201D || c == 0x2019 || c == 0xBB) {
          e -= U8_LENGTH(c);
        } else {
          break;
        }
      }
      return Span{r.begin + static_cast<uint32_t>(start), r.begin + static_cast<uint32_t>(e)};
    }
    // E-mail: local@domain.tld
    at = s.find('@');
    if (at == std::string_view::npos || at == 0) return std::nullopt;
    auto is_local = [&](char ch) {
      return is_url_char(ch) || ch == '.' || ch == '_' || ch == '%' || ch == '+' || ch == '-';
    };
    size_t b = at;
    while (b > 0 && is_local(s[b - 1])) --b;
    while (b < at && s[b] == '.') ++b;
    size_t e = at + 1;
    while (e < s.size() && (is_url_char(s[e]) || s[e] == '.' || s[e] == '-')) ++e;
    while (e > at + 1 && (s[e - 1] == '.' || s[e - 1] == '-')) --e;
    const size_t dot = s.substr(0, e).rfind('.');
    if (b == at || dot == std::string_view::npos || dot <= at + 1 || dot + 1 >= e)
      return std::nullopt;
    return Span{r.begin + static_cast<uint32_t>(b), r.begin + static_cast<uint32_t>(e)};
  }

  // One run of pieces with no white space between them.
  void chunk(const std::vector<Span>& pieces) {
    Span rest{pieces.front().begin, pieces.back().end};
    while (rest.begin < rest.end) {
      std::optional<Span> special = find_special(rest);
      if (!special) break;
      region(pieces, Span{rest.begin, special->begin});
      emit(special->begin, special->end);
      rest.begin = special->end;
    }
    if (rest.begin < rest.end) region(pieces, rest);
  }
};

// --- Sentences. ------------------------------------------------------------------------------

// Whether the text is hard-wrapped: it has at least two lines and at most one line in 20 is
// longer than kWrapWidth bytes. In such text a line break inside a sentence is common; in
// text with one paragraph a line (news as extracted from HTML or JSON) it is not.
constexpr size_t kWrapWidth = 100;
bool is_hard_wrapped(std::string_view text) {
  size_t lines = 0, long_lines = 0, begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin + 1) {
      ++lines;
      long_lines += end - begin > kWrapWidth;
    }
    begin = end + 1;
  }
  return lines >= 2 && long_lines * 20 <= lines;
}

struct SentenceContext {
  const SegmenterData& data;
  std::string_view text;
  const std::vector<Token>& tokens;
  bool hard_wrapped = false;

  std::string_view word(size_t i) const {
    return text.substr(tokens[i].span.begin, tokens[i].span.size());
  }

  // Line breaks between tokens i-1 and i: LF, CR not before LF, NEL, LS, PS (PS counts two).
  int line_breaks_before(size_t i) const {
    const std::string_view gap =
        text.substr(tokens[i - 1].span.end, tokens[i].span.begin - tokens[i - 1].span.end);
    int n = 0;
    for (size_t k = 0; k < gap.size(); ++k) {
      const char ch = gap[k];
      if (ch == '\n' || (ch == '\r' && (k + 1 == gap.size() || gap[k + 1] != '\n'))) ++n;
      if (ch == '\xC2' && k + 1 < gap.size() && gap[k + 1] == '\x85') ++n;
      if (ch == '\xE2' && k + 2 < gap.size() && gap[k + 1] == '\x80') {
        if (gap[k + 2] == '\xA8') ++n;
        if (gap[k + 2] == '\xA9') n += 2;
      }
    }
    return n;
  }

  // Whether the tokens up to `last` end a sentence, given that token `next` follows.
  bool ends_sentence(size_t last, size_t next) const {
    size_t j = last;
    while (j > 0 && is_closing(word(j))) --j;
    const std::string_view w = word(j);
    const UChar32 following = first_cp(word(next));
    if (is_terminal(w)) return !is_lower(following);
    if (w.size() > 1 && w.back() == '.') {
      const std::string_view stem = w.substr(0, w.size() - 1);
      if (data.titles.count(stem))  // "Hun Sen. The ..." but "Dr. A. Smith"
        return word(next).size() > 1 && data.sentence_starters.count(word(next)) > 0;
      if (is_digit(following) && (data.dates.count(stem) || data.before_number.count(stem)))
        return false;
      return data.sentence_starters.count(word(next)) > 0;
    }
    return false;
  }

  // Whether the line that token `last` ends looks like a headline, given the next token.
  bool is_headline(size_t last, size_t next) const {
    const UChar32 following = first_cp(word(next));
    if (!(is_upper(following) || is_digit(following) || is_opening_cp(following))) return false;
    const std::string_view lw = word(last);
    if (data.function_words.count(lw) || lw == "," || lw == ";" || lw == ":" || is_hyphen(lw) ||
        lw == "\xE2\x80\x93" || lw == "\xE2\x80\x94")
      return false;
    const size_t nl = text.find_last_of("\n\r", tokens[last].span.begin);
    const size_t line_begin = nl == std::string_view::npos ? 0 : nl + 1;
    int content = 0, capitalised = 0, count = 0;
    for (size_t k = last + 1; k-- > 0 && tokens[k].span.begin >= line_begin;) {
      if (++count > 40) return false;
      const std::string_view w = word(k);
      const UChar32 c = first_cp(w);
      if (!is_letter(c) || data.function_words.count(w)) continue;
      ++content;
      capitalised += is_upper(c);
    }
    return content > 0 && capitalised * 10 >= content * 6;
  }

  // Whether a proposed boundary before token i (i > 0) is a sentence boundary.
  bool keep(size_t i) const {
    const int breaks = line_breaks_before(i);
    if (breaks >= 2) return true;
    if (breaks == 1) {
      if (ends_sentence(i - 1, i)) return true;
      if (!hard_wrapped) return !is_lower(first_cp(word(i)));
      return is_headline(i - 1, i);
    }
    return ends_sentence(i - 1, i);
  }
};

// --- Title abbreviations that end a sentence. -------------------------------------------------

// "... with Cambodia's former leader Hun Sen. The call ...": a title abbreviation ("Sen.",
// "Gen.") took its period as a word, but a title never ends a sentence, so the period there is
// the sentence's full stop. Splits it off as a token of its own ("Sen", ".") so the name is
// "Hun Sen". `starts` (first token of each sentence, then the token count) is updated.
void split_final_title_periods(const SegmenterData& data, std::string_view text,
                               std::vector<Token>& tokens, std::vector<uint32_t>& starts) {
  auto is_final_title = [&](size_t k) {
    const Span sp = tokens[k].span;
    if (sp.size() < 3 || text[sp.end - 1] != '.') return false;
    return data.titles.count(text.substr(sp.begin, sp.size() - 1)) > 0;
  };
  size_t splits = 0;
  for (size_t s = 1; s < starts.size(); ++s)
    if (starts[s] > 0 && is_final_title(starts[s] - 1)) ++splits;
  if (splits == 0) return;
  std::vector<Token> out;
  out.reserve(tokens.size() + splits);
  size_t s = 1, shift = 0;
  for (size_t k = 0; k < tokens.size(); ++k) {
    while (s < starts.size() && starts[s] <= k) starts[s++] += static_cast<uint32_t>(shift);
    out.push_back(tokens[k]);
    const bool last_of_sentence = s < starts.size() && starts[s] == k + 1;
    if (last_of_sentence && is_final_title(k)) {
      Token stop = tokens[k];
      stop.span = {tokens[k].span.end - 1, tokens[k].span.end};
      out.back().span.end -= 1;
      out.back().space_after = false;
      out.push_back(stop);
      ++shift;
    }
  }
  while (s < starts.size()) starts[s++] += static_cast<uint32_t>(shift);
  tokens = std::move(out);
}

// --- The sentence-length cap. -----------------------------------------------------------------

// How good a break before token i is when an over-long sentence must be split: 3 after ";" or
// ":", 2 after a dash ("-", "--", en or em dash), 1 after a comma before a coordinating or
// subordinating conjunction, else 0.
int break_quality(const std::vector<Token>& tokens, std::string_view text, size_t i) {
  auto word = [&](size_t k) { return text.substr(tokens[k].span.begin, tokens[k].span.size()); };
  const std::string_view prev = word(i - 1);
  if (prev == ";" || prev == ":") return 3;
  if (is_hyphen(prev) || all_of_chars(prev, "-") || prev == "\xE2\x80\x93" ||
      prev == "\xE2\x80\x94")
    return 2;
  static constexpr std::string_view kConjunctions[] = {
      "and", "but", "or", "nor", "so", "yet", "while", "whereas", "although", "though",
      "because", "which", "who", "when", "where", "after", "before", "as", "since"};
  if (prev == "," && std::find(std::begin(kConjunctions), std::end(kConjunctions),
                               word(i)) != std::end(kConjunctions))
    return 1;
  return 0;
}

// Splits every sentence [starts[s], starts[s+1]) longer than kMaxSentenceTokens: the next piece
// ends at the best break (break_quality, the latest of equal ones) among the last 3/4 of the
// allowed length, else at exactly kMaxSentenceTokens tokens. Linear in the number of tokens.
std::vector<uint32_t> cap_sentences(const std::vector<uint32_t>& starts,
                                    const std::vector<Token>& tokens, std::string_view text) {
  std::vector<uint32_t> out;
  out.reserve(starts.size());
  for (size_t s = 0; s + 1 < starts.size(); ++s) {
    size_t first = starts[s];
    const size_t end = starts[s + 1];
    out.push_back(static_cast<uint32_t>(first));
    while (end - first > kMaxSentenceTokens) {
      size_t cut = first + kMaxSentenceTokens;
      int best = 0;
      for (size_t i = first + kMaxSentenceTokens / 4; i <= first + kMaxSentenceTokens; ++i) {
        const int q = break_quality(tokens, text, i);
        if (q > 0 && q >= best) {
          best = q;
          cut = i;
        }
      }
      first = cut;
      out.push_back(static_cast<uint32_t>(first));
    }
  }
  out.push_back(starts.back());
  return out;
}

}  // namespace

Segmenter make_segmenter() {
  auto data = std::make_shared<SegmenterData>();
  UErrorCode status = U_ZERO_ERROR;
  data->word.reset(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  assert(U_SUCCESS(status) && data->word);
  status = U_ZERO_ERROR;
  data->sentence.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  assert(U_SUCCESS(status) && data->sentence);
  data->titles = make_set(kTitles);
  data->abbreviations = make_set(kAbbreviations);
  data->before_number = make_set(kBeforeNumber);
  data->dates = make_set(kDates);
  data->sentence_starters = make_set(kSentenceStarters);
  data->function_words = make_set(kFunctionWords);
  return Segmenter{std::move(data)};
}

void segment(const Segmenter& segmenter, Document& doc) {
  assert(segmenter.data && "use make_segmenter()");
  const SegmenterData& data = *segmenter.data;
  const std::string_view text = doc.text;
  doc.tokens.clear();
  doc.sentences.clear();
  if (text.empty()) return;

  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  assert(U_SUCCESS(status));

  // Words.
  doc.tokens.reserve(text.size() / 5 + 1);
  WordContext words{data, text, doc.tokens};
  {
    std::unique_ptr<icu::BreakIterator> it(data.word->clone());
    it->setText(&ut, status);
    assert(U_SUCCESS(status));
    std::vector<Span> pieces;
    int32_t a = it->first();
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; a = b, b = it->next()) {
      const Span p{static_cast<uint32_t>(a), static_cast<uint32_t>(b)};
      if (is_space(first_cp(text.substr(p.begin, p.size())))) {
        if (!pieces.empty()) words.chunk(pieces);
        pieces.clear();
        continue;
      }
      pieces.push_back(p);
    }
    if (!pieces.empty()) words.chunk(pieces);
  }
  std::vector<Token>& tokens = doc.tokens;
  const size_t n = tokens.size();
  for (size_t k = 0; k < n; ++k) {
    tokens[k].space_after =
        k + 1 < n ? tokens[k + 1].span.begin > tokens[k].span.end : tokens[k].span.end < text.size();
  }
  if (n == 0) {
    utext_close(&ut);
    return;
  }

  // Sentences: ICU proposes, the news rules decide.
  std::vector<uint32_t> starts{0};
  {
    SentenceContext sentences{data, text, tokens, is_hard_wrapped(text)};
    std::unique_ptr<icu::BreakIterator> it(data.sentence->clone());
    it->setText(&ut, status);
    assert(U_SUCCESS(status));
    size_t i = 0;        // first token that begins at or after the proposed boundary
    size_t decided = 0;  // last token index a decision was made for
    for (int32_t p = it->next(); p != icu::BreakIterator::DONE; p = it->next()) {
      const auto pos = static_cast<uint32_t>(p);
      while (i < n && tokens[i].span.begin < pos) ++i;
      if (i >= n) break;
      if (i == 0 || i == decided || tokens[i - 1].span.end > pos) continue;
      decided = i;
      if (sentences.keep(i)) starts.push_back(static_cast<uint32_t>(i));
    }
  }
  utext_close(&ut);
  starts.push_back(static_cast<uint32_t>(n));
  split_final_title_periods(data, text, tokens, starts);
  starts = cap_sentences(starts, tokens, text);
  doc.sentences.reserve(starts.size() - 1);
  for (size_t s = 0; s + 1 < starts.size(); ++s) {
    Sentence sent;
    sent.first_token = starts[s];
    sent.end_token = starts[s + 1];
    sent.span = {tokens[sent.first_token].span.begin, tokens[sent.end_token - 1].span.end};
    doc.sentences.push_back(sent);
  }
}

}  // namespace newsgraph::extractor
