// UTF-8 validation and NFC normalisation with the map back to input code points; see text.h.
#include "extractor/text.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cassert>
#include <cstdio>
#include <limits>

namespace newsgraph::extractor {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Control bytes that mark a file as binary rather than text: C0 controls other than
// tab, line feed, carriage return and form feed.
bool is_binary_control(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

// Checks well-formedness and control bytes in one pass. Returns npos when `bytes` is clean,
// else the offset of the first problem and sets *binary when it is a control byte.
size_t find_problem(std::string_view bytes, bool* binary) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      if (is_binary_control(c)) {
        *binary = true;
        return i;
      }
      ++i;
      continue;
    }
    // Table 3-7 of the Unicode Standard: well-formed UTF-8 byte sequences.
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;           // no overlong forms
      if (c == 0xED) hi = 0x9F;           // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;           // no overlong forms
      if (c == 0xF4) hi = 0x8F;           // nothing above U+10FFFF
    } else {
      return i;                           // C0, C1, F5..FF, or a stray continuation byte
    }
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (size_t k = 2; k < len; ++k)
      if (!is_continuation(s[i + k])) return i;
    i += len;
  }
  return std::string_view::npos;
}

// True when `text` (well-formed UTF-8) has a code point that is not White_Space.
bool has_non_space(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      unsigned char c = s[i++];
      if (!(c == ' ' || (c >= '\t' && c <= '\r'))) return true;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (!u_isUWhiteSpace(c)) return true;
  }
  return false;
}

// Appends the one-to-one map of an unchanged stretch: every byte of `src` maps to the code
// point it belongs to, counting from *cp; advances *cp past the stretch.
void map_unchanged(std::string_view src, uint32_t* cp, uint32_t* out) {
  uint32_t k = *cp;
  for (size_t b = 0; b < src.size(); ++b) {
    if (!is_continuation(static_cast<unsigned char>(src[b]))) {
      out[b] = k++;
    } else {
      out[b] = k - 1;
    }
  }
  *cp = k;
}

}  // namespace

uint32_t code_point_length(std::string_view utf8) {
  uint32_t n = 0;
  for (char c : utf8) n += !is_continuation(static_cast<unsigned char>(c));
  return n;
}

size_t find_invalid_utf8(std::string_view bytes) {
  // Same scan as normalise_text, with control bytes allowed.
  size_t base = 0;
  while (true) {
    bool binary = false;
    size_t at = find_problem(bytes.substr(base), &binary);
    if (at == std::string_view::npos) return at;
    if (!binary) return base + at;
    base += at + 1;
  }
}

bool normalise_text(std::string_view input, std::string* text, OffsetMap* offsets,
                    corpus::InputError* error) {
  auto fail = [&](std::string message, int64_t offset) {
    error->message = std::move(message);
    error->offset = offset;
    return false;
  };
  if (input.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max()))
    return fail("text too large", -1);  // ICU break iterators index with int32_t

  bool binary = false;
  if (size_t at = find_problem(input, &binary); at != std::string_view::npos) {
    if (!binary) return fail("invalid UTF-8", static_cast<int64_t>(at));
    char buf[48];
    std::snprintf(buf, sizeof buf, "binary content (control byte 0x%02X)",
                  static_cast<unsigned>(static_cast<unsigned char>(input[at])));
    return fail(buf, static_cast<int64_t>(at));
  }
  std::string_view body = input;
  if (body.size() >= 3 && body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  if (!has_non_space(body)) return fail("empty text", -1);

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return fail("ICU NFC data unavailable", -1);
  const icu::StringPiece piece(body.data(), static_cast<int32_t>(body.size()));

  std::vector<uint32_t>& map = offsets->to_input;
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
    // The common case: already NFC.
    text->assign(body);
    map.resize(text->size() + 1);
    uint32_t cp = 0;
    map_unchanged(body, &cp, map.data());
    map[text->size()] = cp;
    return true;
  }

  status = U_ZERO_ERROR;
  text->clear();
  text->reserve(body.size() + body.size() / 8);
  icu::StringByteSink<std::string> sink(text);
  icu::Edits edits;
  nfc->normalizeUTF8(0, piece, sink, &edits, status);
  if (U_FAILURE(status)) return fail("NFC normalisation failed", -1);

  map.assign(text->size() + 1, 0);
  uint32_t cp = 0;  // code points of `body` consumed so far
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    const auto src_begin = static_cast<size_t>(it.sourceIndex());
    const auto src_len = static_cast<size_t>(it.oldLength());
    const auto dst_begin = static_cast<size_t>(it.destinationIndex());
    const auto dst_len = static_cast<size_t>(it.newLength());
    if (!it.hasChange()) {
      assert(src_len == dst_len);
      map_unchanged(body.substr(src_begin, src_len), &cp, map.data() + dst_begin);
    } else {
      for (size_t b = 0; b < dst_len; ++b) map[dst_begin + b] = cp;
      cp += code_point_length(body.substr(src_begin, src_len));
    }
  }
  if (U_FAILURE(status)) return fail("NFC normalisation failed", -1);
  map[text->size()] = cp;
  return true;
}

}  // namespace newsgraph::extractor
