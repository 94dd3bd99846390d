#include <catch2/catch.hpp>

#include <cstdio>

#include "extractor/conllu.h"
#include "extractor/lemmatizer.h"

using namespace newsgraph::extractor;

namespace {

// A tiny treebank: regular plurals and past tenses, one irregular verb.
std::vector<ConlluSentence> tiny_treebank() {
  const char* text =
      "1\tcourts\tcourt\tNOUN\t_\t_\t0\troot\t_\t_\n2\tjudges\tjudge\tNOUN\t_\t_\t1\tdep\t_\t_\n"
      "3\tparties\tparty\tNOUN\t_\t_\t1\tdep\t_\t_\n4\tcities\tcity\tNOUN\t_\t_\t1\tdep\t_\t_\n"
      "5\twalked\twalk\tVERB\t_\t_\t1\tdep\t_\t_\n6\ttalked\ttalk\tVERB\t_\t_\t1\tdep\t_\t_\n"
      "7\twent\tgo\tVERB\t_\t_\t1\tdep\t_\t_\n8\tWas\tbe\tAUX\t_\t_\t1\tdep\t_\t_\n\n";
  std::vector<ConlluSentence> s;
  REQUIRE_FALSE(parse_conllu(text, "tiny", &s).has_value());
  return s;
}

}  // namespace

TEST_CASE("lemmatizer: learned suffix rules lemmatise unseen words") {
  Lemmatizer l = train_lemmatizer(tiny_treebank());
  CHECK(lemmatize(l, "armies", "NOUN") == "army");
  CHECK(lemmatize(l, "jumped", "VERB") == "jump");
  CHECK(lemmatize(l, "boats", "NOUN") == "boat");
}

TEST_CASE("lemmatizer: seen words use their treebank lemma, case-insensitively") {
  Lemmatizer l = train_lemmatizer(tiny_treebank());
  CHECK(lemmatize(l, "went", "VERB") == "go");
  CHECK(lemmatize(l, "was", "AUX") == "be");
  CHECK(lemmatize(l, "Went", "VERB") == "go");
}

TEST_CASE("lemmatizer: proper nouns are their own lemma") {
  Lemmatizer l = train_lemmatizer(tiny_treebank());
  CHECK(lemmatize(l, "Parties", "PROPN") == "Parties");
}

TEST_CASE("lemmatizer: the file format round-trips and a bad header is an error") {
  Lemmatizer l = train_lemmatizer(tiny_treebank());
  Lemmatizer back;
  REQUIRE_FALSE(parse_lemmatizer(serialize_lemmatizer(l), "lemma.tsv", &back).has_value());
  CHECK(back.exceptions == l.exceptions);
  CHECK(lemmatize(back, "armies", "NOUN") == "army");
  auto err = parse_lemmatizer("#newsgraph-lemma 9\n", "old.tsv", &back);
  REQUIRE(err.has_value());
  CHECK(err->file == "old.tsv");
  CHECK(err->line == 1);
}

TEST_CASE("lemmatizer: shipped exception list lemmatises common English words") {
  Lemmatizer l;
  std::string text;
  FILE* f = std::fopen(NEWSGRAPH_SOURCE_DIR "/extractor/models/lemma.tsv", "rb");
  if (!f) {
    WARN("extractor/models/lemma.tsv not found; skipped");
    return;
  }
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  std::fclose(f);
  REQUIRE_FALSE(parse_lemmatizer(text, "lemma.tsv", &l).has_value());
  CHECK(lemmatize(l, "nominated", "VERB") == "nominate");
  CHECK(lemmatize(l, "was", "AUX") == "be");
  CHECK(lemmatize(l, "courts", "NOUN") == "court");
  CHECK(lemmatize(l, "better", "ADJ") == "good");
  CHECK(lemmatize(l, "n't", "PART") == "not");
}

// Found on blind4: "signalled" (British spelling) was lemmatised "signall", so the timex stage
// did not see a verb of forecasting.
TEST_CASE("lemmatizer: a British doubled l becomes single when only that lemma is known") {
  const char* text =
      "1\tsignal\tsignal\tVERB\t_\t_\t0\troot\t_\t_\n2\tinstall\tinstall\tVERB\t_\t_\t1\tdep\t_\t_\n"
      "3\tcalled\tcall\tVERB\t_\t_\t1\tdep\t_\t_\n4\twalked\twalk\tVERB\t_\t_\t1\tdep\t_\t_\n\n";
  std::vector<ConlluSentence> s;
  REQUIRE_FALSE(parse_conllu(text, "tiny", &s).has_value());
  Lemmatizer l = train_lemmatizer(s);
  CHECK(lemmatize(l, "signalled", "VERB") == "signal");
  CHECK(lemmatize(l, "installed", "VERB") == "install");  // "instal" is no known word
  CHECK(lemmatize(l, "travelled", "VERB") == "travell");  // "travel" unknown here: left as is
}
