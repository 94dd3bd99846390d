#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "extractor/conllu.h"
#include "tools/eval/coref_format.h"
#include "tests/shared_dir.h"

using namespace newsgraph;

namespace {

// Our own two-entity text with GUM-style brackets: Ada Lund (1) ... She (1) ... It (2).
const char* kConllu =
    "1\tAda\tAda\tPROPN\t_\t_\t3\tnsubj\t_\tEntity=(1-person-new-x\n"
    "2\tLund\tLund\tPROPN\t_\t_\t1\tflat\t_\tEntity=1)\n"
    "3\twon\twin\tVERB\t_\t_\t0\troot\t_\t_\n"
    "4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tShe\tshe\tPRON\t_\t_\t2\tnsubj\t_\tEntity=(1-person-giv-x)\n"
    "2\tthanked\tthank\tVERB\t_\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\tEntity=(2-organization-new-x\n"
    "4\tparty\tparty\tNOUN\t_\t_\t2\tobj\t_\tEntity=2)|SpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tIt\tit\tPRON\t_\t_\t2\tnsubj\t_\tEntity=(2-organization-giv-x)\n"
    "2\tgrew\tgrow\tVERB\t_\t_\t0\troot\t_\t_\n"
    "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
    "\n";

using newsgraph::testing::shared_dir;

extractor::Mention mention(uint32_t first, uint32_t end, int32_t entity, const char* source) {
  extractor::Mention m;
  m.first_token = first;
  m.end_token = end;
  m.entity = entity;
  m.source = source;
  return m;
}

}  // namespace

TEST_CASE("eval coref: GUM Entity brackets become word spans with their entity ids") {
  std::vector<extractor::ConlluSentence> sentences;
  REQUIRE_FALSE(extractor::parse_conllu(kConllu, "t.conllu", &sentences));
  std::vector<eval::GumMention> gold;
  REQUIRE_FALSE(eval::read_gum_mentions(sentences, "t.conllu", &gold));
  REQUIRE(gold.size() == 4);
  CHECK((gold[0].first_word == 0 && gold[0].end_word == 2 && gold[0].entity == "1"));
  CHECK((gold[1].first_word == 4 && gold[1].end_word == 5 && gold[1].entity == "1"));
  CHECK((gold[2].first_word == 6 && gold[2].end_word == 8 && gold[2].entity == "2"));
  CHECK((gold[3].first_word == 9 && gold[3].end_word == 10 && gold[3].entity == "2"));

  std::vector<extractor::ConlluSentence> bad;
  REQUIRE_FALSE(extractor::parse_conllu("1\tx\tx\tX\t_\t_\t0\troot\t_\tEntity=5)\n\n", "b.conllu", &bad));
  auto err = eval::read_gum_mentions(bad, "b.conllu", &gold);
  REQUIRE(err);
  CHECK(err->message == "Entity 5 closed but never opened in sentence 1, word 1");
}

TEST_CASE("eval coref: an anaphor is right when its entity's name lies in the gold chain") {
  std::vector<extractor::ConlluSentence> sentences;
  REQUIRE_FALSE(extractor::parse_conllu(kConllu, "t.conllu", &sentences));
  std::vector<eval::GumMention> gold;
  REQUIRE_FALSE(eval::read_gum_mentions(sentences, "t.conllu", &gold));
  extractor::Document doc = extractor::conllu_to_document(sentences);
  doc.entities.resize(1);
  doc.entities[0].name = "Ada Lund";
  doc.mentions = {mention(0, 2, 0, "model"), mention(4, 5, 0, "coref"), mention(9, 10, 0, "coref")};
  for (auto& m : doc.mentions)
    m.span = extractor::Span{doc.tokens[m.first_token].span.begin, doc.tokens[m.end_token - 1].span.end};
  eval::CorefScores scores;
  eval::score_coref(gold, doc, &scores);
  // "She" -> Ada Lund is right and in gold; "It" -> Ada Lund is wrong, and "It" is not in gold
  // (its entity, "the party", has no name of ours).
  CHECK(scores.by_kind["he/she"].tp == 1);
  CHECK(scores.by_kind["he/she"].pred == 1);
  CHECK(scores.by_kind["he/she"].gold == 1);
  CHECK(scores.by_kind["it"].tp == 0);
  CHECK(scores.by_kind["it"].pred == 1);
  CHECK(scores.by_kind["it"].gold == 0);
  CHECK(scores.pronouns.tp == 1);
  CHECK(scores.pronouns.pred == 2);
  CHECK(eval::anaphor_kind("Their") == "possessive");
  CHECK(eval::anaphor_kind("company") == "role noun");
}

TEST_CASE("eval coref: the shared GUM dev files read with their published mention count (../shared/data)") {
  std::string dir = shared_dir() + "/data/gum/dep/dev";
  if (!std::filesystem::is_directory(dir)) {
    WARN("GUM not found at " << dir << "; skipped");
    return;
  }
  size_t files = 0, words = 0, mentions = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".conllu") continue;
    std::vector<extractor::ConlluSentence> sentences;
    std::vector<eval::GumMention> gold;
    REQUIRE_FALSE(extractor::read_conllu_file(e.path().string(), &sentences));
    auto err = eval::read_gum_mentions(sentences, e.path().string(), &gold);
    INFO(e.path().string() << ": " << (err ? err->message : ""));
    REQUIRE_FALSE(err);
    ++files;
    for (const auto& s : sentences) words += s.words.size();
    mentions += gold.size();
  }
  // SOURCE.md: dev 30 docs, 28,119 tokens, 7,897 mentions.
  CHECK(files == 30);
  CHECK(words == 28119);
  CHECK(mentions == 7897);
}
