// Code-point spans of the input text: the unit of every offset at the edges (the extraction
// JSON and the store), as the contract (../shared/spec/interface.md section 3) requires.
//
// The extractor works in UTF-8 bytes of its normalised text; Document::offsets maps those bytes
// to code points of the text as read (corpus::Article::text). InputText answers the last step:
// which bytes of the input text a code-point span covers, so that the `text` stored with a
// span is exactly Python's `text[start:end]` of the input.
//
//   InputText input(article.text);
//   uint32_t start = doc.offsets.input_code_point(mention.span.begin);
//   uint32_t end = doc.offsets.input_code_point(mention.span.end);
//   std::string_view surface = input.slice(start, end);
//
// Input: UTF-8 (validated by the extractor before; a stray byte counts as one code point).
// Thread safety: immutable after construction.
#ifndef NEWSGRAPH_GRAPH_INPUT_TEXT_H_
#define NEWSGRAPH_GRAPH_INPUT_TEXT_H_

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extractor/document.h"

namespace newsgraph::graph {

class InputText {
 public:
  explicit InputText(std::string_view text) : text_(text) {
    starts_.reserve(text.size() + 1);
    for (uint32_t i = 0; i < text.size(); ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts_.push_back(i);
    starts_.push_back(static_cast<uint32_t>(text.size()));
  }
  // Number of code points.
  uint32_t size() const { return static_cast<uint32_t>(starts_.size() - 1); }
  // The bytes of code points [start, end), clamped to the text.
  std::string_view slice(uint32_t start, uint32_t end) const {
    start = std::min(start, size());
    end = std::min(std::max(end, start), size());
    return text_.substr(starts_[start], starts_[end] - starts_[start]);
  }

 private:
  std::string_view text_;
  std::vector<uint32_t> starts_;  // byte offset of each code point, then text.size()
};

// A span converted to input code points, half-open.
struct CodePointSpan {
  uint32_t start = 0;
  uint32_t end = 0;
};

// Converts a byte span of doc.text to input code points through doc.offsets.
inline CodePointSpan to_code_points(const extractor::Document& doc, extractor::Span span) {
  return {doc.offsets.input_code_point(span.begin), doc.offsets.input_code_point(span.end)};
}

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_INPUT_TEXT_H_
