// Tests extractor/ner_tagger.cpp and the pieces it is built from: extractor/ner_data.cpp,
// extractor/ner_features.cpp, extractor/ner_perceptron.cpp.
#include "extractor/ner_tagger.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "extractor/ner_data.h"

using namespace newsgraph::extractor;

namespace {

const std::string kData = NEWSGRAPH_SOURCE_DIR "/tests/data/ner/";
const std::string kModels = NEWSGRAPH_SOURCE_DIR "/extractor/models";

std::string spans_text(const Document& doc) {
  std::string out;
  for (const auto& m : doc.mentions) {
    if (!out.empty()) out += "; ";
    out += std::string(doc.slice(m.span)) + "/" + std::string(entity_type_name(m.type));
  }
  return out;
}

Document sentence_doc(const std::vector<std::string>& words) {
  NerDocument nd;
  nd.sentences.push_back({words, {}, false, {}});
  return document_from_ner(nd);
}

const NerTagger& shipped_tagger() {
  static NerTagger tagger;
  static bool loaded = false;
  if (!loaded) {
    auto err = load_ner_tagger(kModels, &tagger);
    if (err) FAIL(err->message + " (" + err->file + ")");
    loaded = true;
  }
  return tagger;
}

}  // namespace

TEST_CASE("ner data: IOB1 tags become spans, B- splitting adjacent names") {
  auto spans = spans_from_tags({"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"});
  REQUIRE(spans.size() == 4);
  CHECK(spans[0] == NerSpan{0, 2, "PER"});
  CHECK(spans[1] == NerSpan{2, 3, "PER"});
  CHECK(spans[2] == NerSpan{4, 5, "LOC"});
  CHECK(spans[3] == NerSpan{5, 6, "ORG"});
}

TEST_CASE("ner data: BILOU tags become spans") {
  auto spans = spans_from_tags({"U-LOC", "B-PER", "L-PER", "B-ORG", "I-ORG", "L-ORG"});
  REQUIRE(spans.size() == 3);
  CHECK(spans[0] == NerSpan{0, 1, "LOC"});
  CHECK(spans[1] == NerSpan{1, 3, "PER"});
  CHECK(spans[2] == NerSpan{3, 6, "ORG"});
}

TEST_CASE("ner data: CoNLL documents end at -DOCSTART- wherever it stands") {
  NerCorpus c;
  REQUIRE_FALSE(read_ner_corpus(kData + "mini.conll", NerFormat::kAuto, &c));
  REQUIRE(c.documents.size() == 2);
  CHECK(c.documents[0].sentences.size() == 2);
  CHECK(c.documents[1].sentences.size() == 2);
  CHECK(c.label_set == std::vector<std::string>{"LOC", "MISC", "ORG", "PER"});
  const auto& s = c.documents[1].sentences[1];
  REQUIRE(s.spans.size() == 2);  // "Smith" and "Jones" are two people (IOB1 B-)
  CHECK(s.spans[0] == NerSpan{0, 1, "PER"});
  CHECK(s.spans[1] == NerSpan{1, 2, "PER"});
}

TEST_CASE("ner data: UNER token-tag files keep documents and lower-case names") {
  NerCorpus c;
  REQUIRE_FALSE(read_ner_corpus(kData + "mini.iob2", NerFormat::kAuto, &c));
  REQUIRE(c.documents.size() == 2);
  const auto& s = c.documents[0].sentences[0];
  CHECK(s.words.size() == 6);
  REQUIRE(s.spans.size() == 1);
  CHECK(s.spans[0] == NerSpan{3, 5, "LOC"});
  CHECK(c.label_set == std::vector<std::string>{"LOC", "ORG", "PER"});
}

TEST_CASE("ner data: a line of white space ends a token-tag sentence, and a file without markers is one document") {
  // WNUT-17 train separates posts with a line holding one tab.
  const std::string text = "saw\tO\nPriya\tB-person\n\t\nlunch\tO\nin\tO\noslo\tB-location\n";
  NerCorpus c;
  REQUIRE_FALSE(parse_ner_corpus(text, "posts", NerFormat::kTokenTag, &c));
  CHECK_FALSE(c.document_markers);
  REQUIRE(c.documents.size() == 1);
  REQUIRE(c.documents[0].sentences.size() == 2);
  CHECK(c.documents[0].sentences[0].words == std::vector<std::string>{"saw", "Priya"});
  CHECK(c.documents[0].sentences[1].spans == std::vector<NerSpan>{{2, 3, "LOC"}});
  NerCorpus marked;
  REQUIRE_FALSE(read_ner_corpus(kData + "mini.iob2", NerFormat::kAuto, &marked));
  CHECK(marked.document_markers);
}

TEST_CASE("ner data: GUM names are trimmed to their proper nouns") {
  NerCorpus c;
  REQUIRE_FALSE(read_ner_corpus(kData + "mini.conllu", NerFormat::kAuto, &c));
  REQUIRE(c.documents.size() == 1);
  const auto& s = c.documents[0].sentences[0];
  REQUIRE(s.spans.size() == 2);
  CHECK(s.spans[0] == NerSpan{1, 3, "LOC"});  // "United States", without "The"
  CHECK(s.spans[1] == NerSpan{5, 6, "PER"});  // "Obama", without "President"
  CHECK(s.upos[0] == "DET");
  CHECK_FALSE(s.partial);
  const auto& trump = c.documents[0].sentences.at(1);
  REQUIRE(trump.spans.size() == 1);
  CHECK(trump.spans[0] == NerSpan{2, 4, "PER"});  // "Donald Trump", without "US President"
}

TEST_CASE("ner data: conlleval counts exact spans per type") {
  NerScore score;
  add_ner_counts({{0, 2, "PER"}, {3, 4, "LOC"}}, {{0, 2, "PER"}, {3, 4, "ORG"}, {5, 6, "LOC"}}, &score);
  CHECK(score.overall.gold == 2);
  CHECK(score.overall.predicted == 3);
  CHECK(score.overall.correct == 1);
  CHECK(score.overall.f1() == Approx(0.4));
  CHECK(score.type("LOC").gold == 1);
  CHECK(score.type("LOC").correct == 0);
}

TEST_CASE("ner features: shapes and lower-casing") {
  CHECK(word_shape("Carney") == "Xx");
  CHECK(word_shape("U.S.") == "X.X.");
  CHECK(word_shape("1996-08-22") == "d-d-d");
  CHECK(word_shape("Évariste") == "Xx");
  CHECK(ner_lower("ÉVARISTE") == "évariste");
  CHECK(ner_lower("G7") == "g0");
}

TEST_CASE("ner perceptron: BILOU transitions") {
  const int b_per = bilou_label(0, BilouPosition::kBegin), l_per = bilou_label(0, BilouPosition::kLast);
  const int i_org = bilou_label(1, BilouPosition::kInside), u_loc = bilou_label(2, BilouPosition::kUnit);
  CHECK(bilou_allowed(-1, b_per));
  CHECK_FALSE(bilou_allowed(-1, l_per));
  CHECK(bilou_allowed(b_per, l_per));
  CHECK_FALSE(bilou_allowed(b_per, i_org));
  CHECK_FALSE(bilou_allowed(b_per, -1));
  CHECK(bilou_allowed(u_loc, -1));
  CHECK(bilou_allowed(0, u_loc));
}

TEST_CASE("ner perceptron: learns a toy tagging and survives a save/load round trip") {
  // Feature rows: 0 = "capitalised", 1 = "lower-case". Sentences: "X x X" with X = U-PER.
  NerPerceptronTrainer trainer({"PER"}, kNerFeatureVersion, 2);
  const uint32_t rows[] = {0, 1, 0};
  const uint32_t offsets[] = {0, 1, 2, 3};
  const int u = bilou_label(0, BilouPosition::kUnit);
  std::vector<int> gold = {u, 0, u}, predicted;
  for (int i = 0; i < 5; ++i) {
    trainer.decode(rows, offsets, 3, &predicted);
    if (predicted != gold) trainer.update(rows, offsets, gold, predicted);
    trainer.tick();
  }
  NerModel m = trainer.averaged({101, 202}, 0.0f);
  std::vector<float> scores;
  const uint64_t feats[] = {101, 202, 101};
  ner_emissions(m, feats, offsets, 3, &scores);
  std::vector<int> labels;
  ner_viterbi(m, scores, 3, &labels);
  CHECK(labels == gold);

  const std::string path = std::filesystem::temp_directory_path() / "ner_tagger_test.model";
  REQUIRE_FALSE(save_ner_model(m, path));
  NerModel loaded;
  REQUIRE_FALSE(load_ner_model(path, &loaded));
  CHECK(loaded.types == m.types);
  CHECK(loaded.feature_count() == m.feature_count());
  REQUIRE(loaded.row(101) != nullptr);
  CHECK(loaded.row(101)[u] == m.row(101)[u]);

  // Truncated: an error naming the file.
  std::filesystem::resize_file(path, std::filesystem::file_size(path) - 3);
  auto err = load_ner_model(path, &loaded);
  REQUIRE(err);
  CHECK(err->file == path);
  CHECK(err->message == "truncated or corrupt NER model");
  // Wrong version.
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(6);
    const uint32_t version = 99;
    f.write(reinterpret_cast<const char*>(&version), 4);
  }
  err = load_ner_model(path, &loaded);
  REQUIRE(err);
  CHECK(err->message == "NER model format version 99, expected 1");
  std::filesystem::remove(path);
}

TEST_CASE("ner tagger: a missing model directory is an error naming the file") {
  NerTagger tagger;
  auto err = load_ner_tagger("/nonexistent", &tagger);
  REQUIRE(err);
  CHECK(err->file == "/nonexistent/ner.model");
}

TEST_CASE("ner tagger: model types map to OntoNotes types with the gazetteer") {
  Gazetteer gaz;
  REQUIRE_FALSE(load_gazetteer(kModels + "/gazetteers/gazetteer.tsv", &gaz));
  CHECK(refine_entity_type(gaz, "LOC", {"Ottawa"}) == EntityType::kGpe);
  CHECK(refine_entity_type(gaz, "LOC", {"Middle", "East"}) == EntityType::kLoc);
  CHECK(refine_entity_type(gaz, "LOC", {"Heathrow", "Airport"}) == EntityType::kFac);
  CHECK(refine_entity_type(gaz, "LOC", {"Mississippi", "River"}) == EntityType::kLoc);
  CHECK(refine_entity_type(gaz, "MISC", {"Canadian"}) == EntityType::kNorp);
  CHECK(refine_entity_type(gaz, "MISC", {"Muslims"}) == EntityType::kNorp);
  CHECK(refine_entity_type(gaz, "MISC", {"World", "Cup"}) == EntityType::kEvent);
  CHECK(refine_entity_type(gaz, "MISC", {"Clean", "Air", "Act"}) == EntityType::kLaw);
  CHECK(refine_entity_type(gaz, "MISC", {"Russian-born"}) == EntityType::kNorp);
  CHECK(refine_entity_type(gaz, "MISC", {"Windows", "95"}) == EntityType::kProduct);
  CHECK(refine_entity_type(gaz, "PER", {"Mark", "Carney"}) == EntityType::kPerson);
}

// From a user's trial: "Sabina Shoal" came out a PERSON, "Strait of Hormuz" and "Bay of
// Bengal" organisations, "Red Sea" a GPE (a Sudanese state has the name).
TEST_CASE("ner tagger: names of seas and features at sea are LOC whatever the model said") {
  Gazetteer gaz;
  REQUIRE_FALSE(load_gazetteer(kModels + "/gazetteers/gazetteer.tsv", &gaz));
  CHECK(refine_entity_type(gaz, "PER", {"Sabina", "Shoal"}) == EntityType::kLoc);
  CHECK(refine_entity_type(gaz, "ORG", {"Strait", "of", "Hormuz"}) == EntityType::kLoc);
  CHECK(refine_entity_type(gaz, "ORG", {"Bay", "of", "Bengal"}) == EntityType::kLoc);
  CHECK(refine_entity_type(gaz, "ORG", {"Taiwan", "Strait"}) == EntityType::kLoc);
  CHECK(refine_entity_type(gaz, "LOC", {"Red", "Sea"}) == EntityType::kLoc);
  CHECK(refine_entity_type(gaz, "PER", {"Kelvin", "Atoll"}) == EntityType::kLoc);
  // Surnames and towns that end like landforms stay what they were.
  CHECK(refine_entity_type(gaz, "PER", {"Michael", "Bay"}) == EntityType::kPerson);
  CHECK(refine_entity_type(gaz, "LOC", {"Green", "Bay"}) == EntityType::kGpe);
  CHECK(refine_entity_type(gaz, "ORG", {"Bank", "of", "Canada"}) == EntityType::kOrg);
  CHECK(refine_entity_type(gaz, "PER", {"Sea"}) == EntityType::kPerson);  // one word: no feature name
  // A party named "Rally" is no event (the word was an event head).
  CHECK(refine_entity_type(gaz, "MISC", {"National", "Rally"}) != EntityType::kEvent);
}

TEST_CASE("ner tagger: the shipped model finds the people and places of a news sentence") {
  Document doc = sentence_doc({"Canadian", "Prime", "Minister", "Mark", "Carney", "met", "President", "Xi", "Jinping",
                               "in", "Beijing", "on", "Friday", "."});
  tag_entities(shipped_tagger(), doc);
  CHECK(spans_text(doc) == "Canadian/NORP; Mark Carney/PERSON; Xi Jinping/PERSON; Beijing/GPE");
  for (const auto& m : doc.mentions) {
    CHECK(m.source == "model");
    CHECK(m.sentence == 0);
    CHECK(m.confidence >= 0.5f);
    CHECK(m.confidence <= 1.0f);
  }
}

TEST_CASE("ner tagger: e-mail addresses, URLs and file names are never names") {
  CHECK(is_address_or_file_name("kim.lee@example.org"));
  CHECK(is_address_or_file_name("Budget_Draft.XLS"));
  CHECK(is_address_or_file_name("minutes.pdf"));
  CHECK(is_address_or_file_name("http://example.org/a"));
  CHECK(is_address_or_file_name("www.example.org"));
  CHECK_FALSE(is_address_or_file_name("Smith@ACME"));   // a Lotus Notes name
  CHECK_FALSE(is_address_or_file_name("example.com"));  // a web site may be an organisation
  CHECK_FALSE(is_address_or_file_name("Toronto"));
  CHECK_FALSE(is_address_or_file_name(".pdf"));
  CHECK_FALSE(is_address_or_file_name("a@b.c"));
  // The smallest inputs of the bug: the model tagged attachments ORG and LOC (GPE).
  Document doc = sentence_doc({"-", "Maria_resume.doc"});
  tag_entities(shipped_tagger(), doc);
  CHECK(spans_text(doc) == "");
  doc = sentence_doc({"(", "See", "attached", "file", ":", "Sam2201.doc", ")"});
  tag_entities(shipped_tagger(), doc);
  CHECK(spans_text(doc) == "");
}

TEST_CASE("ner tagger: a document without sentences gets no mentions") {
  Document doc;
  doc.text = "Mark Carney";
  Token mark, carney;
  mark.span = {0, 4};
  carney.span = {5, 11};
  doc.tokens = {mark, carney};
  doc.mentions.push_back({});
  tag_entities(shipped_tagger(), doc);
  CHECK(doc.mentions.empty());
}

TEST_CASE("ner tagger: a long document is tagged to its last sentence") {
  NerDocument nd;
  for (int i = 0; i < 5000; ++i)
    nd.sentences.push_back({{"The", "talks", "ended", "."}, {}, false, {}});
  nd.sentences.push_back({{"Angela", "Merkel", "flew", "to", "Paris", "."}, {}, false, {}});
  Document doc = document_from_ner(nd);
  tag_entities(shipped_tagger(), doc);
  REQUIRE(doc.mentions.size() == 2);
  CHECK(doc.mentions[0].sentence == 5000);
  CHECK(doc.mentions[0].first_token == 20000);
  CHECK(spans_text(doc) == "Angela Merkel/PERSON; Paris/GPE");
}

TEST_CASE("ner data: the halves of a file are whole documents split at the middle sentence") {
  // Three documents of 2, 1 and 2 sentences: 5 sentences, the middle is sentence 2 (from 0);
  // the first document starts before it, the second starts at it.
  const std::string content =
      "-DOCSTART- -X- O O\n\nAda NNP I-NP I-PER\n\nran VBD I-VP O\n\n"
      "-DOCSTART- -X- O O\n\nOslo NNP I-NP I-LOC\n\n"
      "-DOCSTART- -X- O O\n\nwe PRP I-NP O\n\nwon VBD I-VP O\n\n";
  NerCorpus c;
  REQUIRE_FALSE(parse_ner_corpus(content, "halves", NerFormat::kConll, &c));
  REQUIRE(c.documents.size() == 3);
  REQUIRE(c.sentence_count() == 5);
  CHECK(documents_in_half(c, 1) == std::vector<bool>{true, false, false});
  CHECK(documents_in_half(c, 2) == std::vector<bool>{false, true, true});
  CHECK(documents_in_half(c, 0) == std::vector<bool>{true, true, true});
}
