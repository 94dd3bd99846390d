// Text normalisation: validates an article's UTF-8, puts it in Unicode Normalization Form C
// (UAX #15) and keeps the map from the normalised text back to the input.
//
// Every later stage works on Document::text, the NFC text, with UTF-8 *byte* spans. What a
// user sees (JSON, the store) are *code-point* offsets into the text as it was read. This file
// owns that conversion: normalise_text() fills an OffsetMap whose `to_input[b]` is the input
// code-point offset for normalised byte offset b.
//
//   std::string text;
//   OffsetMap offsets;
//   corpus::InputError error;
//   if (!normalise_text(article.text, &text, &offsets, &error)) {
//     ...report error.message at byte error.offset of the input...
//   }
//   Span s = ...;                                   // bytes of `text`
//   uint32_t start = offsets.to_input[s.begin];     // code points of the input
//   uint32_t end = offsets.to_input[s.end];
//
// Method. The input is checked for well-formed UTF-8 (Unicode 15, ch. 3, table 3-7: no
// overlong forms, no surrogates, nothing above U+10FFFF) and for binary control bytes. Most
// news is already NFC: then ICU's Normalizer2::isNormalizedUTF8 says so and the text is copied
// as is. Otherwise ICU's Normalizer2::normalizeUTF8 rewrites it and records its changes in an
// icu::Edits; each changed segment of the output maps to the whole segment of the input it came
// from, so a span of normalised bytes always covers whole input characters. Linear time and
// memory: the map is 4 bytes per byte of text.
//
// The data is ICU's (Unicode Character Database, Unicode licence), nothing of our own.
#ifndef NEWSGRAPH_EXTRACTOR_TEXT_H_
#define NEWSGRAPH_EXTRACTOR_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus/article.h"
#include "extractor/document.h"

namespace newsgraph::extractor {

// Validates `input` (UTF-8 bytes as read) and writes its NFC form to *text and the map back to
// the input to *offsets (both replaced). Returns true on success.
//
// Output contract:
//   - offsets->to_input.size() == text->size() + 1.
//   - For a span [b, e) of bytes of *text that starts and ends on character boundaries, the
//     input characters are the code points [to_input[b], to_input[e]) of the input.
//   - Where NFC changed a segment (composed "e" + U+0301 into U+00E9, or split a singleton),
//     every byte of the output segment maps to the start of the input segment and the byte
//     after it to the input segment's end. Unchanged text maps one to one.
//   - A UTF-8 byte order mark (EF BB BF) at the very start of the input is dropped and is NOT
//     a code point of the text: input code point 0 is the character after the BOM (as
//     Python's "utf-8-sig" codec reads it). Error offsets still count the BOM's bytes, since
//     they are byte offsets into `input`.
//   - Line ends and other whitespace are kept as they are (no CRLF rewriting), so offsets
//     into the input stay exact.
//
// Errors (false, *error filled: message, offset = byte offset into `input`, file/line untouched):
//   "invalid UTF-8"                      offset of the first byte of the ill-formed sequence
//   "binary content (control byte 0x00)" a byte < 0x20 other than \t \n \r \f (hex, two digits)
//   "empty text"                         nothing but white space (Unicode White_Space), or
//                                        nothing at all; offset -1
//   "text too large"                     input of 2 GiB or more (ICU indexes with int32_t); -1
// *text and *offsets are unspecified after an error.
//
// Thread safety: a pure function; call it from any number of threads.
bool normalise_text(std::string_view input, std::string* text, OffsetMap* offsets,
                    corpus::InputError* error);

// The number of code points in `utf8`, which must be well-formed UTF-8 (as Document::text is):
// the count of bytes that are not continuation bytes (10xxxxxx). Linear, no allocation.
uint32_t code_point_length(std::string_view utf8);

// The byte offset of the first ill-formed UTF-8 sequence in `bytes`, or std::string_view::npos
// when all of it is well-formed. Same rules as normalise_text().
size_t find_invalid_utf8(std::string_view bytes);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_TEXT_H_
