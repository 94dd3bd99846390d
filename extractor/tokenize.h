// Sentence and word segmentation for English news.
//
// Input: a Document whose `text` is set (NFC UTF-8, extractor/text.h). Output:
// Document::tokens and Document::sentences (both replaced), as UTF-8 byte spans into `text`,
// in text order. Every token belongs to exactly one sentence; Sentence::first_token and
// Sentence::end_token give its token range [first_token, end_token); a sentence's span runs
// from its first token's begin to its last token's end. White space is never a token and a
// token never contains a line break. Token::space_after is true iff white space follows the
// token in the text (false for the text's last token).
//
//   Segmenter segmenter = make_segmenter();   // once; share it
//   Document doc;
//   doc.text = "Mr. Carney met Xi in Beijing. Canada's exports fell 4%.";
//   segment(segmenter, doc);
//   // tokens: Mr. | Carney | met | Xi | in | Beijing | . | Canada | 's | exports | fell | 4 | % | .
//   // sentences: [0, 7), [7, 14)
//
// Method. Words: ICU's word BreakIterator (UAX #29 word boundaries, run over the UTF-8 text
// through a UText, so every script is segmented by Unicode's rules) gives the pieces; news rules
// then glue and split them, Penn Treebank style (Marcus et al. 1993), as UD English EWT
// tokenises:
//   - glued: abbreviations with their period ("Mr.", "Gen.", "Inc.", "Jan.", "vs.", and "No.",
//     "Vol.", "p." only before a number), initials ("J."), dotted acronyms ("U.S.", "p.m.",
//     "e.g."), hyphenated words ("Hewlett-Packard", "U.S.-China", "2026-01-16"), times and
//     scores ("14:30"), digit slashes ("1/16/2026"), dot runs ("..."), dash runs ("--"),
//     URLs (scheme:// or www.) and e-mail addresses (trailing punctuation stays outside),
//     hashtags and handles ("#MeToo", "@POTUS").
//   - split: clitics "'s", "'re", "'ve", "'ll", "'d", "'m" and "n't" with straight or curly
//     apostrophes ("Canada's" -> Canada 's, "don't" -> do n't, "can't" -> ca n't); a bare
//     possessive apostrophe ("Reuters'") is its own token; "cannot" -> can not; "%", "$",
//     quotes, brackets and dashes are tokens of their own.
//   Numbers such as "1,000.50" and "3.5" are one token, as UAX #29 keeps them.
// Sentences: ICU's sentence BreakIterator (UAX #29) proposes boundaries; each is kept or
// dropped by these rules, in order:
//   1. a blank line (two line breaks with only white space between) is always a boundary;
//   2. a single line break is a boundary when the line before ends a sentence (rule 3 or 4
//      below says yes). Otherwise it depends on the text's layout:
//      - one paragraph a line (news from HTML or JSON: more than one line in 20 is longer
//        than 100 bytes): a boundary unless the next line starts in lower case. Such lines
//        are headlines (also in sentence case), datelines, captions, "... said:" before a
//        quote;
//      - hard-wrapped text (any other text of two lines or more): a boundary only when the
//        line looks like a headline: most content words capitalised, not ending in a function
//        word, comma or dash, and the next line starts with an upper-case letter, digit or
//        opening quote. Otherwise it is a wrapped line inside a sentence: no boundary;
//   3. after "?" or "!" (closing quotes and brackets stay with the sentence) the boundary is
//      kept unless the next word starts in lower case ('"Why now?" he asked');
//   4. after an abbreviation with a period: never before a number after "Jan.", "No.", "p."
//      and the like; otherwise only when the next word is a common sentence starter ("The",
//      "It", "But", "In", ...; after titles such as "Mr.", "Gen.", "Sen." not a one-letter
//      one, so "Dr. A. Smith" stays whole while "... met Hun Sen. The talks ..." splits).
//      So "the U.S. economy" and "U.S. President Trump" stay one sentence, "... trade with
//      the U.S. The talks ..." is split, and "... the U.S. Canada said ..." is (wrongly) not:
//      a capitalised name after an acronym is taken to continue the sentence, the more
//      frequent case in news. A line break after the acronym is judged by rule 2 as well.
//   Any other proposed boundary (after ".", "...", "…") is kept, unless the next word starts
//   in lower case.
// Length cap: a sentence of more than kMaxSentenceTokens tokens (a list, a run-on text without
// full stops, a table flattened to one line) is split, as spaCy and Stanza cap sentence length,
// so that the later per-sentence stages (tagger, parser, clause rules) stay linear in the text.
// Each piece ends at the best break among its last 3/4: after ";" or ":", else after a dash,
// else after a comma before a conjunction ("and", "but", "while", "which", ...), the latest of
// equal breaks; with none it is cut at exactly kMaxSentenceTokens tokens. No sentence of the 17
// team articles (longest: 52 tokens) or of the 2,730 news_texts articles (longest: 108) is
// that long, so the cap changes nothing on ordinary news.
//
// Data: the abbreviation, title and sentence-starter lists are in tokenize.cpp, written for
// this project from AP style (titles, months, US state abbreviations). ICU data: Unicode licence.
//
// Thread safety: a Segmenter is immutable after make_segmenter(); share one across threads and
// call segment() concurrently on different Documents (each call clones the ICU iterators).
#ifndef NEWSGRAPH_EXTRACTOR_TOKENIZE_H_
#define NEWSGRAPH_EXTRACTOR_TOKENIZE_H_

#include <memory>

#include "extractor/document.h"

namespace newsgraph::extractor {

// The longest sentence segment() makes, in tokens (see "Length cap" above).
inline constexpr size_t kMaxSentenceTokens = 200;

struct SegmenterData;  // defined in tokenize.cpp: ICU iterator prototypes and word lists

// What segmentation needs that is costly to build. Copying it is cheap (shared, read-only).
struct Segmenter {
  std::shared_ptr<const SegmenterData> data;
};

// Builds the ICU word and sentence iterators (English rules) and the word lists. ICU's break
// rules are compiled into the ICU data library, so this cannot fail on a correctly installed
// ICU; a broken ICU installation is a bug (asserted), not an input error. Takes about a
// millisecond; build one and share it.
Segmenter make_segmenter();

// Fills doc.tokens and doc.sentences from doc.text, as described at the top of this file.
// `segmenter` must come from make_segmenter() (a default-constructed one is a bug, asserted).
// Other fields are untouched. An empty or all-white-space text gives no tokens and no sentences.
// Linear in the text size. Thread-safe for distinct Documents.
void segment(const Segmenter& segmenter, Document& doc);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_TOKENIZE_H_
