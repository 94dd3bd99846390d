#include <catch2/catch.hpp>

#include "extractor/conllu.h"
#include "extractor/dep_parser.h"
#include "extractor/pos_tagger.h"
#include "extractor/tokenize.h"

using namespace newsgraph::extractor;

namespace {

const std::string kModels = NEWSGRAPH_SOURCE_DIR "/extractor/models";

const DependencyParser& shipped_parser() {
  static DependencyParser parser = [] {
    DependencyParser p;
    auto err = load_dependency_parser(kModels, &p);
    REQUIRE_FALSE(err.has_value());
    return p;
  }();
  return parser;
}

}  // namespace

TEST_CASE("dep_parser: shipped model finds subject, object and oblique of a news sentence") {
  std::vector<std::string_view> words = {"Carney", "met", "Xi", "on", "Friday", "."};
  std::vector<std::string_view> upos = {"PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"};
  std::vector<int> heads;
  std::vector<std::string> rels;
  parse_words(shipped_parser(), words, upos, &heads, &rels);
  CHECK(heads == std::vector<int>{2, 0, 2, 5, 2, 2});
  CHECK(rels == std::vector<std::string>{"nsubj", "root", "obj", "case", "obl", "punct"});
}

TEST_CASE("dep_parser: shipped model attaches an apposition and a title's organisation") {
  // "Ren Zhengfei , the chief executive of Huawei , spoke ."
  std::vector<std::string_view> words = {"Ren", "Zhengfei", ",", "the", "chief", "executive", "of",
                                         "Huawei", ",", "spoke", "."};
  std::vector<std::string_view> upos = {"PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP",
                                        "PROPN", "PUNCT", "VERB", "PUNCT"};
  std::vector<int> heads;
  std::vector<std::string> rels;
  parse_words(shipped_parser(), words, upos, &heads, &rels);
  CHECK(heads[0] == 10);
  CHECK(rels[0] == "nsubj");
  CHECK(heads[5] == 1);
  CHECK(rels[5] == "appos");
  CHECK(heads[7] == 6);
  CHECK(rels[7] == "nmod");
}

TEST_CASE("dep_parser: parse_dependencies writes document-level heads, -1 for each root") {
  std::vector<ConlluSentence> s;
  REQUIRE_FALSE(read_conllu_file(NEWSGRAPH_SOURCE_DIR "/tests/data/syntax/two_sentences.conllu", &s)
                    .has_value());
  Document doc = conllu_to_document(s);
  for (size_t k = 0, i = 0; i < s.size(); ++i)
    for (const ConlluWord& w : s[i].words) doc.tokens[k++].upos = w.upos;
  parse_dependencies(shipped_parser(), doc);
  // Sentence 2 "Xi met Carney ." starts at token 5.
  CHECK(doc.tokens[5].head == 6);
  CHECK(doc.tokens[6].head == -1);
  CHECK(doc.tokens[6].deprel == "root");
  CHECK(doc.tokens[7].head == 6);
  CHECK(doc.tokens[7].deprel == "obj");
  CHECK(doc.tokens[3].head == -1);  // "know"
  for (size_t i = 0; i < 5; ++i) CHECK(doc.tokens[i].head < 5);
}

TEST_CASE("dep_parser: projectivize lifts a crossing arc and deprojectivize restores it") {
  // "A hearing is scheduled on the issue today ." (the classic non-projective example):
  // "issue" (7) -> "hearing" (2) crosses "is scheduled" (3, 4 -> root).
  std::vector<int> heads = {2, 4, 4, 0, 7, 7, 2, 4, 4};
  std::vector<std::string> rels = {"det", "nsubj:pass", "aux:pass", "root", "case", "det", "nmod",
                                   "obl", "punct"};
  const std::vector<int> gold_heads = heads;
  const std::vector<std::string> gold_rels = rels;
  CHECK(projectivize(&heads, &rels) == 1);
  CHECK(heads[6] == 4);                   // lifted to "scheduled"
  CHECK(rels[6] == "nmod||nsubj:pass");  // remembers it came from the subject
  deprojectivize(&heads, &rels);
  CHECK(heads == gold_heads);
  CHECK(rels == gold_rels);
}

TEST_CASE("dep_parser: a projective tree is left alone") {
  std::vector<int> heads = {2, 0, 2, 2};
  std::vector<std::string> rels = {"nsubj", "root", "obj", "punct"};
  CHECK(projectivize(&heads, &rels) == 0);
  CHECK(heads == std::vector<int>{2, 0, 2, 2});
  CHECK(rels == std::vector<std::string>{"nsubj", "root", "obj", "punct"});
}

TEST_CASE("dep_parser: a bad model file is an error naming the file") {
  DependencyParser p;
  auto err = parse_dependency_parser("newsgraph-parser 2\n\x05", "parser.bin", &p);
  REQUIRE(err.has_value());
  CHECK(err->file == "parser.bin");
  CHECK(err->message == "truncated or corrupt parser model");
  err = load_dependency_parser(NEWSGRAPH_SOURCE_DIR "/tests/data/syntax", &p);
  REQUIRE(err.has_value());
  CHECK(err->file == NEWSGRAPH_SOURCE_DIR "/tests/data/syntax/parser.bin");
}

TEST_CASE("dep_parser: training on a tiny treebank reproduces its trees") {
  std::vector<ConlluSentence> train;
  REQUIRE_FALSE(parse_conllu("1\tdogs\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tchase\t_\tVERB\t_\t_\t0\troot\t_\t_\n3\tcats\t_\tNOUN\t_\t_\t2\tobj\t_\t_\n\n"
                             "1\tcats\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tsleep\t_\tVERB\t_\t_\t0\troot\t_\t_\n\n",
                             "tiny", &train)
                    .has_value());
  ParseTrainOptions options;
  options.epochs = 5;
  options.prune = 0.0f;  // weights of a five-sentence run are small
  DependencyParser p = train_dependency_parser(train, {}, options, nullptr);
  CHECK(p.labels == std::vector<std::string>{"nsubj", "obj", "root"});
  std::vector<int> heads;
  std::vector<std::string> rels;
  parse_words(p, std::vector<std::string_view>{"dogs", "chase", "cats"},
              std::vector<std::string_view>{"NOUN", "VERB", "NOUN"}, &heads, &rels);
  CHECK(heads == std::vector<int>{2, 0, 2});
  CHECK(rels == std::vector<std::string>{"nsubj", "root", "obj"});
}

TEST_CASE("dep_parser: segmented, tagged and parsed news text gets the expected tree") {
  // The path the pipeline takes: segment -> tag_pos -> parse_dependencies.
  PosTagger tagger;
  REQUIRE_FALSE(load_pos_tagger(kModels, &tagger).has_value());
  Document doc;
  doc.text = "Canada's prime minister met Xi Jinping on Friday.";
  segment(make_segmenter(), doc);
  tag_pos(tagger, doc);
  parse_dependencies(shipped_parser(), doc);
  REQUIRE(doc.tokens.size() == 10);
  std::vector<std::string> got;
  for (const Token& t : doc.tokens)
    got.push_back(std::string(doc.slice(t.span)) + "/" + t.upos + "/" + t.lemma + "/" +
                  std::to_string(t.head) + "/" + t.deprel);
  CHECK(got == std::vector<std::string>{
                   "Canada/PROPN/Canada/3/nmod:poss", "'s/PART/'s/0/case", "prime/ADJ/prime/3/amod",
                   "minister/NOUN/minister/4/nsubj", "met/VERB/meet/-1/root",
                   "Xi/PROPN/Xi/4/obj", "Jinping/PROPN/Jinping/5/flat", "on/ADP/on/8/case",
                   "Friday/PROPN/Friday/4/obl", "./PUNCT/./4/punct"});
}

namespace {

// `text` segmented and tagged as the pipeline does (models loaded once).
Document segmented(const std::string& text) {
  static const Segmenter segmenter = make_segmenter();
  static const PosTagger tagger = [] {
    PosTagger t;
    REQUIRE_FALSE(load_pos_tagger(kModels, &t).has_value());
    return t;
  }();
  Document doc;
  doc.text = text;
  segment(segmenter, doc);
  tag_pos(tagger, doc);
  return doc;
}

}  // namespace

// Found by a user: "SAN FRANCISCO — The board of OpenAI fired Sam Altman" was parsed with
// "SAN" as the subject of "fired", so the city fired him.
TEST_CASE("dep_parser: a dateline is parsed apart from the sentence it opens") {
  Document doc = segmented("SAN FRANCISCO — The board of Zenith fired Tom Reyes on Friday.");
  REQUIRE(!doc.sentences.empty());
  CHECK(dateline_length(doc, doc.sentences[0]) == 3);
  parse_dependencies(shipped_parser(), doc);
  CHECK(doc.tokens[0].deprel == "dep");
  CHECK(doc.tokens[1].deprel == "flat");
  CHECK(doc.tokens[2].deprel == "punct");
  CHECK(doc.tokens[4].deprel == "nsubj");  // "board"
  CHECK(doc.tokens[4].head == 7);          // "fired"
  CHECK(doc.tokens[0].head == 7);

  Document credit = segmented("PRETORIA, South Africa (Reuters) — The two sides signed a truce.");
  CHECK(dateline_length(credit, credit.sentences[0]) == 8);
  // No dateline: a sentence that opens with an acronym, a dash inside a sentence.
  Document plain = segmented("NATO said on Monday that the talks — the first in years — went well.");
  CHECK(dateline_length(plain, plain.sentences[0]) == 0);
  Document later = segmented("Shares rose. SEOUL — Markets fell.");
  REQUIRE(later.sentences.size() == 2);
  CHECK(dateline_length(later, later.sentences[1]) == 0);  // not at a paragraph's start
}
