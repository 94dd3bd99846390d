#include <catch2/catch.hpp>

#include "extractor/conllu.h"
#include "extractor/pipeline.h"
#include "extractor/pos_tagger.h"

using namespace newsgraph::extractor;

namespace {

const std::string kModels = NEWSGRAPH_SOURCE_DIR "/extractor/models";

// Tags the words of `text` (split on spaces) with one sentence.
std::vector<std::string> tag(const PosTagger& tagger, const std::vector<std::string_view>& words) {
  std::vector<uint16_t> tags;
  tag_words(tagger, words, &tags);
  std::vector<std::string> out;
  for (uint16_t t : tags) out.push_back(tagger.tags[t]);
  return out;
}

const PosTagger& shipped_tagger() {
  static PosTagger tagger = [] {
    PosTagger t;
    auto err = load_pos_tagger(kModels, &t);
    REQUIRE_FALSE(err.has_value());
    return t;
  }();
  return tagger;
}

}  // namespace

TEST_CASE("pos_tagger: shipped model tags a news sentence") {
  std::vector<std::string> expected = {"DET", "ADJ", "NOUN", "VERB", "PROPN", "PROPN", "ADP",
                                       "PROPN", "ADP", "PROPN", "PUNCT"};
  CHECK(tag(shipped_tagger(), {"The", "prime", "minister", "met", "Xi", "Jinping", "in", "Beijing",
                               "on", "Friday", "."}) == expected);
}

TEST_CASE("pos_tagger: shipped model tells auxiliary from main verb and particle from adposition") {
  std::vector<std::string> expected = {"PRON", "AUX", "PART", "VERB", "PART", "VERB", "DET",
                                       "NOUN", "PUNCT"};
  CHECK(tag(shipped_tagger(), {"They", "did", "n't", "want", "to", "sign", "the", "deal", "."}) ==
        expected);
}

TEST_CASE("pos_tagger: tag_pos fills upos and lemma of every token of a Document") {
  std::vector<ConlluSentence> s;
  REQUIRE_FALSE(parse_conllu("1\tCanada\t_\t_\t_\t_\t_\t_\t_\t_\n2\tsigned\t_\t_\t_\t_\t_\t_\t_\t_\n"
                             "3\ttwo\t_\t_\t_\t_\t_\t_\t_\t_\n4\tagreements\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
                             "5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n",
                             "t", &s)
                    .has_value());
  Document doc = conllu_to_document(s);
  tag_pos(shipped_tagger(), doc);
  REQUIRE(doc.tokens.size() == 5);
  CHECK(doc.tokens[0].upos == "PROPN");
  CHECK(doc.tokens[0].lemma == "Canada");
  CHECK(doc.tokens[1].upos == "VERB");
  CHECK(doc.tokens[1].lemma == "sign");
  CHECK(doc.tokens[2].upos == "NUM");
  CHECK(doc.tokens[3].upos == "NOUN");
  CHECK(doc.tokens[3].lemma == "agreement");
  CHECK(doc.tokens[4].upos == "PUNCT");
}

TEST_CASE("pos_tagger: a model round-trips through its bytes") {
  std::string bytes = serialize_pos_tagger(shipped_tagger());
  PosTagger back;
  REQUIRE_FALSE(parse_pos_tagger(bytes, "pos.bin", &back).has_value());
  std::vector<std::string_view> words = {"Officials", "said", "talks", "would", "resume", "."};
  CHECK(tag(back, words) == tag(shipped_tagger(), words));
}

TEST_CASE("pos_tagger: a truncated or foreign model file is an error naming the file") {
  std::string bytes = serialize_pos_tagger(shipped_tagger());
  PosTagger back;
  auto err = parse_pos_tagger(std::string_view(bytes).substr(0, bytes.size() / 2), "pos.bin", &back);
  REQUIRE(err.has_value());
  CHECK(err->file == "pos.bin");
  CHECK(err->message == "truncated or corrupt POS tagger model");
  err = parse_pos_tagger("newsgraph-pos 0\n", "old.bin", &back);
  REQUIRE(err.has_value());
  CHECK(err->message == "not a version-1 POS tagger model (bad header)");
  err = load_pos_tagger(NEWSGRAPH_SOURCE_DIR "/tests/data/syntax", &back);
  REQUIRE(err.has_value());
  CHECK(err->file == NEWSGRAPH_SOURCE_DIR "/tests/data/syntax/pos.bin");
}

TEST_CASE("pos_tagger: training on a tiny treebank learns its tags") {
  std::vector<ConlluSentence> train;
  REQUIRE_FALSE(parse_conllu("1\tdogs\tdog\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tbark\tbark\tVERB\t_\t_\t0\troot\t_\t_\n\n"
                             "1\tcats\tcat\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tsleep\tsleep\tVERB\t_\t_\t0\troot\t_\t_\n\n",
                             "tiny", &train)
                    .has_value());
  PosTrainOptions options;
  options.epochs = 3;
  PosTagger t = train_pos_tagger(train, {}, options, nullptr);
  CHECK(t.tags == std::vector<std::string>{"NOUN", "VERB"});
  CHECK(tag(t, {"cats", "bark"}) == std::vector<std::string>{"NOUN", "VERB"});
  CHECK(lemmatize(t.lemmatizer, "dogs", "NOUN") == "dog");
}
