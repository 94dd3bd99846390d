#include <catch2/catch.hpp>

#include "extractor/conllu.h"

using namespace newsgraph::extractor;

namespace {
const std::string kDir = NEWSGRAPH_SOURCE_DIR "/tests/data/syntax/";
}

TEST_CASE("conllu: reader keeps words, skips multiword ranges and empty nodes") {
  std::vector<ConlluSentence> s;
  REQUIRE_FALSE(read_conllu_file(kDir + "two_sentences.conllu", &s).has_value());
  REQUIRE(s.size() == 2);
  CHECK(s[0].sent_id == "s1");
  CHECK(s[0].text == "I don't know.");
  REQUIRE(s[0].words.size() == 5);
  CHECK(s[0].words[1].form == "do");
  CHECK(s[0].words[2].form == "n't");
  CHECK(s[0].words[2].lemma == "not");
  CHECK(s[0].words[3].head == 0);
  CHECK(s[0].words[3].deprel == "root");
  REQUIRE(s[1].words.size() == 4);  // 2.1 is an empty node
  CHECK(s[1].words[2].form == "Carney");
  CHECK(s[1].words[2].head == 2);
}

TEST_CASE("conllu: words inside a multiword token have no space after them") {
  std::vector<ConlluSentence> s;
  REQUIRE_FALSE(read_conllu_file(kDir + "two_sentences.conllu", &s).has_value());
  CHECK_FALSE(s[0].words[1].space_after);  // "do" in "don't"
  CHECK(s[0].words[2].space_after);        // "n't": the range's SpaceAfter
  CHECK_FALSE(s[0].words[3].space_after);  // "know" SpaceAfter=No
  Document doc = conllu_to_document(s);
  CHECK(doc.text == "I don't know.\nXi met Carney.");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.slice(doc.sentences[1].span) == "Xi met Carney.");
  CHECK(doc.slice(doc.tokens[2].span) == "n't");
  CHECK(doc.tokens[5].span.begin == 14);  // "Xi"
}

TEST_CASE("conllu: a line without ten columns is an error with its line number") {
  std::vector<ConlluSentence> s;
  auto err = parse_conllu("1\tA\ta\tDET\n", "bad.conllu", &s);
  REQUIRE(err.has_value());
  CHECK(err->file == "bad.conllu");
  CHECK(err->line == 1);
  auto err2 = parse_conllu("# text = x\n1\tx\tx\tX\t_\t_\t0\troot\t_\t_\n3\ty\ty\tX\t_\t_\t1\tdep\t_\t_\n",
                           "gap.conllu", &s);
  REQUIRE(err2.has_value());
  CHECK(err2->line == 3);
  CHECK(err2->message == "CoNLL-U word id out of sequence");
}

TEST_CASE("conllu: a missing file is an error naming it") {
  std::vector<ConlluSentence> s;
  auto err = read_conllu_file(kDir + "no_such_file.conllu", &s);
  REQUIRE(err.has_value());
  CHECK(err->file == kDir + "no_such_file.conllu");
}

TEST_CASE("conllu: to_conllu writes 1-based ids, heads within the sentence and SpaceAfter=No") {
  std::vector<ConlluSentence> s;
  REQUIRE_FALSE(read_conllu_file(kDir + "two_sentences.conllu", &s).has_value());
  Document doc = conllu_to_document(s);
  // Fill the second sentence as a parser would: document-level heads, -1 for the root.
  const char* upos[] = {"PROPN", "VERB", "PROPN", "PUNCT"};
  const int32_t heads[] = {6, -1, 6, 6};
  const char* rels[] = {"nsubj", "root", "obj", "punct"};
  for (int i = 0; i < 4; ++i) {
    doc.tokens[5 + i].upos = upos[i];
    doc.tokens[5 + i].head = heads[i];
    doc.tokens[5 + i].deprel = rels[i];
  }
  doc.tokens[6].lemma = "meet";
  std::string out = to_conllu(doc);
  const std::string second =
      "# sent_id = 2\n# text = Xi met Carney.\n"
      "1\tXi\t_\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
      "2\tmet\tmeet\tVERB\t_\t_\t0\troot\t_\t_\n"
      "3\tCarney\t_\tPROPN\t_\t_\t2\tobj\t_\tSpaceAfter=No\n"
      "4\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
  REQUIRE(out.size() > second.size());
  CHECK(out.substr(out.size() - second.size()) == second);
  // The unparsed first sentence has "_" heads.
  const std::string first = "# sent_id = 1\n# text = I don't know.\n1\tI\t_\t_\t_\t_\t_\t_\t_\t_\n";
  CHECK(out.substr(0, first.size()) == first);
}

TEST_CASE("conllu: universal_deprel drops the subtype") {
  CHECK(universal_deprel("nsubj:pass") == "nsubj");
  CHECK(universal_deprel("obj") == "obj");
  CHECK(universal_deprel("") == "");
}
