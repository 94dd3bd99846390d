// Tests the NER stage's combination of the tagger and the rule stage (extractor/ner.cpp), with
// the shipped models (extractor/models).
#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

#include "corpus/article.h"
#include "extractor/lexicon.h"
#include "extractor/ner.h"
#include "extractor/text.h"
#include "extractor/tokenize.h"

using namespace newsgraph;
using namespace newsgraph::extractor;

namespace {

struct Models {
  NerTagger tagger;
  Lexicon lexicon;
  Segmenter segmenter = make_segmenter();
};

const Models& models() {
  static const Models* m = [] {
    auto* out = new Models;
    REQUIRE_FALSE(load_ner_tagger(NEWSGRAPH_MODEL_DIR, &out->tagger).has_value());
    REQUIRE_FALSE(load_lexicon(NEWSGRAPH_MODEL_DIR, &out->lexicon).has_value());
    return out;
  }();
  return *m;
}

// "text|TYPE" for each mention.
std::vector<std::string> mentions_of(const std::string& text, NerCombination combination) {
  Document doc;
  corpus::InputError error;
  REQUIRE(normalise_text(text, &doc.text, &doc.offsets, &error));
  segment(models().segmenter, doc);
  recognise_entities(models().tagger, models().lexicon, doc, combination);
  std::vector<std::string> out;
  for (const auto& m : doc.mentions)
    out.push_back(std::string(doc.slice(m.span)) + "|" + std::string(entity_type_name(m.type)));
  return out;
}

}  // namespace

TEST_CASE("ner: a longer tagged name wins over a lexicon place inside it") {
  auto got = mentions_of("The Bank of Canada raised its key rate on Wednesday.",
                         NerCombination::kRulesFirst);
  CHECK(got == std::vector<std::string>{"Bank of Canada|ORG"});
}

TEST_CASE("ner: lexicon organisations and places keep their type next to a person") {
  auto got = mentions_of("Canada arrested Huawei executive Meng Wanzhou in Vancouver.",
                         NerCombination::kRulesFirst);
  CHECK(got == std::vector<std::string>{"Canada|GPE", "Huawei|ORG", "Meng Wanzhou|PERSON",
                                        "Vancouver|GPE"});
}

TEST_CASE("ner: mentions come out sorted and non-overlapping in every combination") {
  const std::string text =
      "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris, where the "
      "European Central Bank's president, Christine Lagarde, also spoke.";
  for (auto c : {NerCombination::kRulesFirst, NerCombination::kModelFirst,
                 NerCombination::kModelOnly, NerCombination::kRulesOnly}) {
    Document doc;
    corpus::InputError error;
    REQUIRE(normalise_text(text, &doc.text, &doc.offsets, &error));
    segment(models().segmenter, doc);
    recognise_entities(models().tagger, models().lexicon, doc, c);
    for (size_t i = 1; i < doc.mentions.size(); ++i)
      CHECK(doc.mentions[i - 1].span.end <= doc.mentions[i].span.begin);
  }
}

TEST_CASE("ner: combination names parse") {
  CHECK(parse_ner_combination("rules-first") == NerCombination::kRulesFirst);
  CHECK(parse_ner_combination("model") == NerCombination::kModelOnly);
  CHECK_FALSE(parse_ner_combination("both").has_value());
}

namespace {

// A segmented document whose mentions are the given token ranges with the given types.
Document with_mentions(const std::string& text, const std::vector<std::tuple<uint32_t, uint32_t, EntityType>>& spans) {
  Document doc;
  corpus::InputError error;
  REQUIRE(normalise_text(text, &doc.text, &doc.offsets, &error));
  segment(models().segmenter, doc);
  for (const auto& [first, end, type] : spans) {
    Mention m;
    m.first_token = first;
    m.end_token = end;
    m.span = Span{doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
    m.type = type;
    m.source = "model";
    doc.mentions.push_back(m);
  }
  return doc;
}

}  // namespace

TEST_CASE("ner: a place before a hyphen and a lower-case word is the mention, not the compound") {
  // Tokens: She(0) ran(1) in(2) a(3) Toronto-area(4) riding(5) and(6) met(7) Japanese-born(8)
  // voters(9) and(10) Smith-style(11) critics(12) .(13)
  Document doc = with_mentions("She ran in a Toronto-area riding and met Japanese-born voters and Smith-style critics.",
                               {{4, 5, EntityType::kGpe}, {8, 9, EntityType::kProduct}, {11, 12, EntityType::kProduct}});
  REQUIRE(doc.slice(doc.tokens[4].span) == "Toronto-area");
  trim_compound_modifiers(models().tagger.gazetteer, doc);
  CHECK(doc.slice(doc.mentions[0].span) == "Toronto");
  CHECK(doc.mentions[0].type == EntityType::kGpe);
  CHECK(doc.slice(doc.mentions[1].span) == "Japanese");
  CHECK(doc.mentions[1].type == EntityType::kNorp);
  // "Smith" is no place or people: left alone.
  CHECK(doc.slice(doc.mentions[2].span) == "Smith-style");
  CHECK(doc.mentions[2].type == EntityType::kProduct);
}

TEST_CASE("ner: a lone surname typed as a product is the person whose full name the document has") {
  // Tokens: Ana(0) Lindqvist(1) resigned(2) .(3) Critics(4) praised(5) Lindqvist(6) and(7) Volvo(8) .(9)
  Document doc = with_mentions("Ana Lindqvist resigned. Critics praised Lindqvist and Volvo.",
                               {{0, 2, EntityType::kPerson}, {6, 7, EntityType::kProduct}, {8, 9, EntityType::kProduct}});
  REQUIRE(doc.slice(doc.tokens[6].span) == "Lindqvist");
  unify_surname_types(models().tagger.gazetteer, doc);
  CHECK(doc.mentions[1].type == EntityType::kPerson);
  CHECK(doc.mentions[2].type == EntityType::kProduct);
}

TEST_CASE("ner: an organisation's head word takes its 'of'/'for the' complement into the name") {
  // Tokens: The(0) High(1) Court(2) of(3) Ruritania(4) and(5) the(6) Appeal(7) Court(8) for(9)
  //         the(10) Western(11) Region(12) sat(13) ;(14) Acme(15) Labs(16) of(17) Ruritania(18) did(19) not(20) .(21)
  Document doc = with_mentions(
      "The High Court of Ruritania and the Appeal Court for the Western Region sat; Acme Labs of Ruritania did not.",
      {{1, 3, EntityType::kOrg}, {4, 5, EntityType::kGpe}, {7, 9, EntityType::kOrg}, {11, 13, EntityType::kLoc},
       {15, 17, EntityType::kOrg}, {18, 19, EntityType::kGpe}});
  REQUIRE(doc.slice(doc.tokens[16].span) == "Labs");
  join_organisation_complements(models().lexicon, doc);
  REQUIRE(doc.mentions.size() == 4);
  CHECK(doc.slice(doc.mentions[0].span) == "High Court of Ruritania");
  CHECK(doc.mentions[0].end_token == 5);
  CHECK(doc.slice(doc.mentions[1].span) == "Appeal Court for the Western Region");
  CHECK(doc.mentions[1].type == EntityType::kOrg);
  CHECK(doc.slice(doc.mentions[2].span) == "Acme Labs");  // "Labs" takes no complement
  CHECK(doc.slice(doc.mentions[3].span) == "Ruritania");
}

TEST_CASE("ner: interjections are trimmed off tagger mentions, and a mention of nothing else is dropped") {
  // Tokens: Hey(0) Dana(1) ,(2) FYI(3) the(4) Radio(5) Hello(6) Group(7) meets(8) .(9) Cheers(10)
  Document doc = with_mentions("Hey Dana, FYI the Radio Hello Group meets. Cheers",
                               {{0, 2, EntityType::kPerson}, {3, 4, EntityType::kOrg}, {5, 8, EntityType::kOrg},
                                {10, 11, EntityType::kOrg}});
  REQUIRE(doc.slice(doc.tokens[10].span) == "Cheers");
  drop_interjections(models().lexicon, doc);
  REQUIRE(doc.mentions.size() == 2);
  CHECK(doc.slice(doc.mentions[0].span) == "Dana");
  CHECK(doc.mentions[0].first_token == 1);
  // An interjection inside a name is kept; only the edges are trimmed.
  CHECK(doc.slice(doc.mentions[1].span) == "Radio Hello Group");
  // Two-letter interjections match only in lower or title case: "OK" may be Oklahoma.
  CHECK(find_common_word(models().lexicon, "OK") == std::nullopt);
  CHECK(find_common_word(models().lexicon, "Ok") == WordClass::kInterjection);
}

TEST_CASE("ner: a capitalised run ending in an organisation word, holding a tagged name, is one organisation") {
  // Tokens: The(0) Royal(1) Ruritanian(2) Mounted(3) Police(4) and(5) Jewish(6) West(7) Bank(8)
  //         settlers(9) met(10) Oslo-based(11) Nordic(12) Bank(13) and(14) Green(15) Agency(16) .(17)
  Document doc = with_mentions(
      "The Royal Ruritanian Mounted Police and Jewish West Bank settlers met Oslo-based Nordic Bank and Green Agency.",
      {{2, 3, EntityType::kNorp}, {6, 7, EntityType::kNorp}, {7, 9, EntityType::kLoc}, {11, 12, EntityType::kGpe},
       {12, 14, EntityType::kOrg}});
  REQUIRE(doc.slice(doc.tokens[16].span) == "Agency");
  join_organisation_runs(models().lexicon, doc);
  std::vector<std::string> got;
  for (const auto& m : doc.mentions)
    got.push_back(std::string(doc.slice(m.span)) + "|" + std::string(entity_type_name(m.type)));
  // "West Bank" is the tagger's place; "Oslo-based" is a modifier; "Green Agency" holds no
  // tagged name.
  CHECK(got == std::vector<std::string>{"Royal Ruritanian Mounted Police|ORG", "Jewish|NORP", "West Bank|LOC",
                                        "Oslo-based|GPE", "Nordic Bank|ORG"});
}

TEST_CASE("ner: a facility followed by a reporting verb is an organisation") {
  // Tokens: The(0) Kremlin(1) said(2) the(3) Grand(4) Palace(5) was(6) shut(7) .(8)
  Document doc = with_mentions("The Kremlin said the Grand Palace was shut.",
                               {{1, 2, EntityType::kFac}, {4, 6, EntityType::kFac}});
  type_speaking_facilities(models().lexicon, doc);
  CHECK(doc.mentions[0].type == EntityType::kOrg);
  CHECK(doc.mentions[1].type == EntityType::kFac);
}

TEST_CASE("ner: an unknown name typed a place that is coordinated with an organisation is an organisation") {
  // Tokens: Acme(0) ,(1) Zentrix(2) and(3) Paris(4) bought(5) Korvan(6) .(7)
  Document doc = with_mentions("Acme, Zentrix and Paris bought Korvan.",
                               {{0, 1, EntityType::kOrg}, {2, 3, EntityType::kGpe}, {4, 5, EntityType::kGpe},
                                {6, 7, EntityType::kGpe}});
  type_coordinated_organisations(models().tagger.gazetteer, doc);
  CHECK(doc.mentions[1].type == EntityType::kOrg);  // "Zentrix": unknown, coordinated
  CHECK(doc.mentions[2].type == EntityType::kGpe);  // "Paris": a city of the gazetteer
  CHECK(doc.mentions[3].type == EntityType::kGpe);  // "Korvan": not coordinated
  // Right to left: the organisation comes last.
  doc = with_mentions("Zentrix or Acme", {{0, 1, EntityType::kGpe}, {2, 3, EntityType::kOrg}});
  type_coordinated_organisations(models().tagger.gazetteer, doc);
  CHECK(doc.mentions[0].type == EntityType::kOrg);
}

TEST_CASE("ner: the untagged last member of a list of organisations is an organisation") {
  // Tokens: Suppliers(0) such(1) as(2) Acme(3) ,(4) Zentrix(5) and(6) Korvan(7) Labs(8) agreed(9) ;(10)
  //         Acme(11) and(12) Bravo(13) did(14) not(15) .(16)
  Document doc = with_mentions("Suppliers such as Acme, Zentrix and Korvan Labs agreed; Acme and Bravo did not.",
                               {{3, 4, EntityType::kOrg}, {5, 6, EntityType::kOrg}, {11, 12, EntityType::kOrg}});
  tag_coordinated_names(models().lexicon, doc);
  REQUIRE(doc.mentions.size() == 4);
  CHECK(doc.slice(doc.mentions[2].span) == "Korvan Labs");
  CHECK(doc.mentions[2].type == EntityType::kOrg);
  CHECK(doc.mentions[2].source == "rule");
  CHECK(doc.slice(doc.mentions[3].span) == "Acme");  // two conjuncts are no list: "Bravo" stays untagged
}

TEST_CASE("ner: a lone surname typed as a place is the person, unless the gazetteer knows the place") {
  // Tokens: Ana(0) Brightwater(1) met(2) Abraham(3) Lincoln(4) .(5) Brightwater(6) left(7) Lincoln(8) .(9)
  Document doc = with_mentions("Ana Brightwater met Abraham Lincoln. Brightwater left Lincoln.",
                               {{0, 2, EntityType::kPerson}, {3, 5, EntityType::kPerson},
                                {6, 7, EntityType::kGpe}, {8, 9, EntityType::kGpe}});
  REQUIRE(doc.slice(doc.tokens[6].span) == "Brightwater");
  unify_surname_types(models().tagger.gazetteer, doc);
  CHECK(doc.mentions[2].type == EntityType::kPerson);
  CHECK(doc.mentions[3].type == EntityType::kGpe);
}

TEST_CASE("ner: a name followed by a comma and a title is a person, unless the title precedes another name") {
  // Tokens: Judges(0) heard(1) Lan(2) Qiao(3) ,(4) Acme(5) 's(6) chief(7) financial(8) officer(9) ,(10)
  // and(11) Orlen(12) ,(13) chief(14) executive(15) Tom(16) Reyes(17) said(18) .(19)
  Document doc = with_mentions(
      "Judges heard Lan Qiao, Acme's chief financial officer, and Orlen, chief executive Tom Reyes said.",
      {{2, 4, EntityType::kGpe}, {5, 6, EntityType::kOrg}, {12, 13, EntityType::kOrg}, {16, 18, EntityType::kPerson}});
  REQUIRE(doc.slice(doc.tokens[6].span) == "'s");
  REQUIRE(doc.slice(doc.tokens[16].span) == "Tom");
  for (auto& m : doc.mentions) m.sentence = 0;
  type_appositive_people(models().lexicon, doc);
  CHECK(doc.mentions[0].type == EntityType::kPerson);
  CHECK(doc.mentions[1].type == EntityType::kOrg);
  CHECK(doc.mentions[2].type == EntityType::kOrg);
}

TEST_CASE("ner: a capitalised run ending in a law head is a LAW, and mentions inside it give way") {
  // Tokens: The(0) Northern(1) Fisheries(2) Act(3) replaced(4) the(5) Baltic(6) Salmon(7)
  // Agreement(8) ,(9) said(10) President(11) Bill(12) Ortiz(13) .(14)
  Document doc = with_mentions("The Northern Fisheries Act replaced the Baltic Salmon Agreement, said President Bill Ortiz.",
                               {{6, 7, EntityType::kLoc}, {12, 14, EntityType::kPerson}});
  REQUIRE(doc.slice(doc.tokens[8].span) == "Agreement");
  find_law_names(models().tagger.gazetteer, doc);
  std::vector<std::string> got;
  for (const auto& m : doc.mentions)
    got.push_back(std::string(doc.slice(m.span)) + "|" + std::string(entity_type_name(m.type)));
  // "Bill" is a law head, but "President Bill Ortiz" does not end in one.
  CHECK(got == std::vector<std::string>{"Northern Fisheries Act|LAW", "Baltic Salmon Agreement|LAW",
                                        "Bill Ortiz|PERSON"});
}
