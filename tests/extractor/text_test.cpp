#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractor/text.h"

using namespace newsgraph;
using namespace newsgraph::extractor;

namespace {

struct Normalised {
  bool ok = false;
  std::string text;
  OffsetMap offsets;
  corpus::InputError error;
};

Normalised run(std::string_view input) {
  Normalised n;
  n.ok = normalise_text(input, &n.text, &n.offsets, &n.error);
  return n;
}

}  // namespace

TEST_CASE("text: NFC text is kept as is and maps bytes to code points") {
  // "Café" with a precomposed é (2 bytes), then " ok".
  auto n = run("Caf\xC3\xA9 ok");
  REQUIRE(n.ok);
  CHECK(n.text == "Caf\xC3\xA9 ok");
  CHECK(n.offsets.to_input == std::vector<uint32_t>{0, 1, 2, 3, 3, 4, 5, 6, 7});
}

TEST_CASE("text: a decomposed accent is composed and maps to the whole input character") {
  // "e" + U+0301 COMBINING ACUTE ACCENT (2 input code points) -> U+00E9 (1 code point, 2 bytes).
  auto n = run("Cafe\xCC\x81 ok");
  REQUIRE(n.ok);
  CHECK(n.text == "Caf\xC3\xA9 ok");
  REQUIRE(n.offsets.to_input.size() == n.text.size() + 1);
  // "é" is bytes [3,5) of the output and input code points [3,5).
  CHECK(n.offsets.to_input[3] == 3);
  CHECK(n.offsets.to_input[4] == 3);
  CHECK(n.offsets.to_input[5] == 5);
  // "ok" is bytes [6,8) of the output and input code points [6,8).
  CHECK(n.offsets.to_input[6] == 6);
  CHECK(n.offsets.to_input[8] == 8);
}

TEST_CASE("text: a singleton decomposition keeps one-to-one code points") {
  // U+212B ANGSTROM SIGN -> U+00C5 under NFC.
  auto n = run("1 \xE2\x84\xAB x");
  REQUIRE(n.ok);
  CHECK(n.text == "1 \xC3\x85 x");
  CHECK(n.offsets.to_input == std::vector<uint32_t>{0, 1, 2, 2, 3, 4, 5});
}

TEST_CASE("text: invalid UTF-8 is an error at the first bad byte") {
  auto n = run("abc\xC3(def");
  CHECK_FALSE(n.ok);
  CHECK(n.error.message == "invalid UTF-8");
  CHECK(n.error.offset == 3);
  CHECK(run("ok \xC0\xAF").error.offset == 3);        // overlong "/"
  CHECK(run("ok \xED\xA0\x80").error.offset == 3);    // surrogate U+D800
  CHECK(run("ok \xF4\x90\x80\x80").error.offset == 3);  // above U+10FFFF
  CHECK(run("ok \xE2\x82").error.offset == 3);        // truncated at the end
  CHECK(run("\x80 stray").error.offset == 0);
}

TEST_CASE("text: control bytes mark binary content") {
  auto n = run(std::string("PK\x03\x04zip", 7));
  CHECK_FALSE(n.ok);
  CHECK(n.error.message == "binary content (control byte 0x03)");
  CHECK(n.error.offset == 2);
  auto nul = run(std::string("a\0b", 3));
  CHECK(nul.error.message == "binary content (control byte 0x00)");
  CHECK(nul.error.offset == 1);
  CHECK(run("tab\there\r\nform\ffeed").ok);
}

TEST_CASE("text: empty and white-space-only input is an empty text") {
  CHECK(run("").error.message == "empty text");
  CHECK(run(" \n\t\r\n ").error.message == "empty text");
  CHECK(run("\xC2\xA0\xE2\x80\x83\n").error.message == "empty text");  // NBSP, EM SPACE
  CHECK(run("\xEF\xBB\xBF  ").error.message == "empty text");
  CHECK(run("").error.offset == -1);
}

TEST_CASE("text: a byte order mark is dropped and is not a code point of the text") {
  auto n = run("\xEF\xBB\xBFHi \xC3\xA9");
  REQUIRE(n.ok);
  CHECK(n.text == "Hi \xC3\xA9");
  CHECK(n.offsets.to_input == std::vector<uint32_t>{0, 1, 2, 3, 3, 4});
  // Error offsets still count the BOM's bytes.
  CHECK(run("\xEF\xBB\xBFHi \xFF").error.offset == 6);
}

TEST_CASE("text: code points are counted on well-formed UTF-8") {
  CHECK(code_point_length("") == 0);
  CHECK(code_point_length("abc") == 3);
  CHECK(code_point_length("\xE2\x80\x94\xF0\x9F\x98\x80") == 2);  // em dash, emoji
  CHECK(find_invalid_utf8("ok\x01\xFF") == 3);
  CHECK(find_invalid_utf8("ok") == std::string_view::npos);
}

TEST_CASE("text: a large mostly-ASCII text with one decomposed accent keeps exact offsets") {
  std::string big(3'000'000, 'a');
  big += "e\xCC\x81";  // decomposed é at input code point 3,000,000
  big += "z";
  auto n = run(big);
  REQUIRE(n.ok);
  REQUIRE(n.text.size() == 3'000'003);
  CHECK(n.offsets.to_input[3'000'000] == 3'000'000);
  CHECK(n.offsets.to_input[3'000'002] == 3'000'002);  // "z": after both input code points
  CHECK(n.offsets.to_input[3'000'003] == 3'000'003);
}
