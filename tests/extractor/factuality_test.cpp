#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractor/factuality.h"
#include "rule_doc.h"

using namespace newsgraph::extractor;

namespace {
// A document with a hand-written parse: heads (-1 = root), relations, UPOS and lemmas.
Document parsed(const std::string& text, const std::vector<int32_t>& heads,
                const std::vector<const char*>& rels, const std::vector<const char*>& upos,
                const std::vector<const char*>& lemmas) {
  Document doc = newsgraph::testing::make_doc(text);
  REQUIRE(doc.tokens.size() == heads.size());
  for (size_t t = 0; t < heads.size(); ++t) {
    doc.tokens[t].head = heads[t];
    doc.tokens[t].deprel = rels[t];
    doc.tokens[t].upos = upos[t];
    doc.tokens[t].lemma = lemmas[t];
  }
  return doc;
}
}  // namespace

TEST_CASE("factuality: the clausal complement of a demand is irrealis, the demand is not") {
  // Peru(0) demanded(1) that(2) Chile(3) release(4) Ana(5) Ruiz(6) .(7)
  Document doc = parsed("Peru demanded that Chile release Ana Ruiz.", {1, -1, 4, 4, 1, 4, 5, 1},
                        {"nsubj", "root", "mark", "nsubj", "ccomp", "obj", "flat", "punct"},
                        {"PROPN", "VERB", "SCONJ", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"},
                        {"Peru", "demand", "that", "Chile", "release", "Ana", "Ruiz", "."});
  CHECK(irrealis(doc, 4));
  CHECK_FALSE(irrealis(doc, 1));
  CHECK_FALSE(irrealis(doc, 99));  // out of range
}

TEST_CASE("factuality: 'called for' a release is irrealis, 'called' an election is not") {
  // Peru(0) called(1) for(2) the(3) release(4) of(5) Ruiz(6) and(7) called(8) an(9) election(10) .(11)
  Document doc = parsed("Peru called for the release of Ruiz and called an election.",
                        {1, -1, 4, 4, 1, 6, 4, 8, 1, 10, 8, 1},
                        {"nsubj", "root", "case", "det", "obl", "case", "nmod", "cc", "conj", "det",
                         "obj", "punct"},
                        {"PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "VERB", "DET",
                         "NOUN", "PUNCT"},
                        {"Peru", "call", "for", "the", "release", "of", "Ruiz", "and", "call", "a",
                         "election", "."});
  CHECK(irrealis(doc, 4));
  CHECK_FALSE(irrealis(doc, 10));
}

TEST_CASE("factuality: a conditional clause and a question are irrealis, the main clause is not") {
  // If(0) Chile(1) arrests(2) Ruiz(3) ,(4) Peru(5) will(6) protest(7) .(8)
  Document doc = parsed("If Chile arrests Ruiz, Peru will protest.", {2, 2, 7, 2, 2, 7, 7, -1, 7},
                        {"mark", "nsubj", "advcl", "obj", "punct", "nsubj", "aux", "root", "punct"},
                        {"SCONJ", "PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "AUX", "VERB", "PUNCT"},
                        {"if", "Chile", "arrest", "Ruiz", ",", "Peru", "will", "protest", "."});
  CHECK(irrealis(doc, 2));
  CHECK_FALSE(irrealis(doc, 7));
  // Did(0) Chile(1) arrest(2) Ruiz(3) ?(4)
  Document q = parsed("Did Chile arrest Ruiz?", {2, 2, -1, 2, 2},
                      {"aux", "nsubj", "root", "obj", "punct"},
                      {"AUX", "PROPN", "VERB", "PROPN", "PUNCT"}, {"do", "Chile", "arrest", "Ruiz", "?"});
  CHECK(irrealis(q, 2));
}

TEST_CASE("factuality: a relative clause is asserted even under a demand") {
  // Peru(0) urged(1) Chile(2) ,(3) which(4) arrested(5) Ruiz(6) ,(7) to(8) talk(9) .(10)
  Document doc = parsed("Peru urged Chile, which arrested Ruiz, to talk.",
                        {1, -1, 1, 5, 5, 2, 5, 5, 9, 1, 1},
                        {"nsubj", "root", "obj", "punct", "nsubj", "acl:relcl", "obj", "punct", "mark",
                         "xcomp", "punct"},
                        {"PROPN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT", "PART",
                         "VERB", "PUNCT"},
                        {"Peru", "urge", "Chile", ",", "which", "arrest", "Ruiz", ",", "to", "talk", "."});
  CHECK_FALSE(irrealis(doc, 5));
  CHECK(irrealis(doc, 9));
}

TEST_CASE("factuality: what a law requires is irrealis, also with the infinitive parsed on the object") {
  // A(0) rule(1) requires(2) Acme(3) to(4) sell(5) Zeta(6) or(7) see(8) the(9) firm(10) banned(11) .(12)
  // The parse of the shipped model: Acme as xcomp, "to sell" an acl of Acme, "banned" an acl of
  // the object of "see".
  Document doc = parsed("A rule requires Acme to sell Zeta or see the firm banned.",
                        {1, 2, -1, 2, 5, 3, 5, 8, 5, 10, 8, 10, 2},
                        {"det", "nsubj", "root", "xcomp", "mark", "acl", "obj", "cc", "conj", "det",
                         "obj", "acl", "punct"},
                        {"DET", "NOUN", "VERB", "PROPN", "PART", "VERB", "PROPN", "CCONJ", "VERB", "DET",
                         "NOUN", "VERB", "PUNCT"},
                        {"a", "rule", "require", "Acme", "to", "sell", "Zeta", "or", "see", "the", "firm",
                         "ban", "."});
  CHECK(irrealis(doc, 5));
  CHECK(irrealis(doc, 11));
  CHECK_FALSE(irrealis(doc, 2));
}

TEST_CASE("factuality: the threat of tariffs and an agreement being explored are irrealis") {
  // Peru(0) answered(1) the(2) threat(3) of(4) tariffs(5) .(6)
  Document threat = parsed("Peru answered the threat of tariffs.", {1, -1, 3, 1, 5, 3, 1},
                           {"nsubj", "root", "det", "obj", "case", "nmod", "punct"},
                           {"PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"},
                           {"Peru", "answer", "the", "threat", "of", "tariff", "."});
  CHECK(irrealis(threat, 5));
  // Peru(0) answered(1) the(2) start(3) of(4) tariffs(5) .(6): a start is no threat.
  Document start = parsed("Peru answered the start of tariffs.", {1, -1, 3, 1, 5, 3, 1},
                          {"nsubj", "root", "det", "obj", "case", "nmod", "punct"},
                          {"PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"},
                          {"Peru", "answer", "the", "start", "of", "tariff", "."});
  CHECK_FALSE(irrealis(start, 5));
  // Peru(0) was(1) exploring(2) a(3) trade(4) agreement(5) .(6)
  Document explore = parsed("Peru was exploring a trade agreement.", {2, 2, -1, 5, 5, 2, 2},
                            {"nsubj", "aux", "root", "det", "compound", "obj", "punct"},
                            {"PROPN", "AUX", "VERB", "DET", "NOUN", "NOUN", "PUNCT"},
                            {"Peru", "be", "explore", "a", "trade", "agreement", "."});
  CHECK(irrealis(explore, 5));
}

TEST_CASE("factuality: a 'while' clause is asserted even when parsed under an order") {
  // Peru(0) ordered(1) Chile(2) to(3) free(4) Ruiz(5) ,(6) while(7) Bolivia(8) blocked(9) a(10) plan(11) .(12)
  Document doc = parsed("Peru ordered Chile to free Ruiz, while Bolivia blocked a plan.",
                        {1, -1, 1, 4, 1, 4, 9, 9, 9, 4, 11, 9, 1},
                        {"nsubj", "root", "obj", "mark", "advcl", "obj", "punct", "mark", "nsubj",
                         "advcl", "det", "obj", "punct"},
                        {"PROPN", "VERB", "PROPN", "PART", "VERB", "PROPN", "PUNCT", "SCONJ", "PROPN",
                         "VERB", "DET", "NOUN", "PUNCT"},
                        {"Peru", "order", "Chile", "to", "free", "Ruiz", ",", "while", "Bolivia", "block",
                         "a", "plan", "."});
  CHECK(irrealis(doc, 4));
  CHECK_FALSE(irrealis(doc, 9));
}
