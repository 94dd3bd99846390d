// Tests the web and e-mail steps of the NER stage (extractor/ner_web.cpp, contracts in
// extractor/ner.h), with the shipped lexicon and gazetteer. Sentences written for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

#include "corpus/article.h"
#include "extractor/lexicon.h"
#include "extractor/ner.h"
#include "extractor/text.h"
#include "extractor/tokenize.h"
#include "ner_doc.h"

using namespace newsgraph;
using namespace newsgraph::extractor;
using newsgraph::testing::ner_models;
using newsgraph::testing::typed;
using newsgraph::testing::with_mentions;

// Found on UNER EWT dev: "going to Del Frisco's for dinner" tagged the person "Del Frisco".
TEST_CASE("ner web: a name with a possessive and no noun after it is a venue") {
  // Tokens: We(0) went(1) to(2) Dalto(3) Verri(4) 's(5) for(6) lunch(7) ,(8) then(9) to(10) Bruno(11) 's(12) .(13)
  //         Verri(14) 's(15) menu(16) is(17) short(18) .(19) Zorvex(20) won(21) a(22) bid(23) for(24) Kelm(25) 's(26) .(27)
  //         The(28) idea(29) was(30) Nilo(31) 's(32) .(33)
  Document doc = with_mentions(
      "We went to Dalto Verri's for lunch, then to Bruno's. Verri's menu is short. Zorvex won a bid for Kelm's. "
      "The idea was Nilo's.",
      {{3, 5, EntityType::kPerson}, {11, 12, EntityType::kPerson}, {14, 15, EntityType::kPerson},
       {20, 21, EntityType::kOrg}, {25, 26, EntityType::kOrg}, {31, 32, EntityType::kPerson}});
  REQUIRE(doc.slice(doc.tokens[5].span) == "'s");
  REQUIRE(doc.slice(doc.tokens[26].span) == "'s");
  REQUIRE(doc.slice(doc.tokens[32].span) == "'s");
  join_possessive_venues(ner_models().tagger.gazetteer, ner_models().lexicon, doc);
  CHECK(typed(doc) == std::vector<std::string>{"Dalto Verri's|FAC", "Bruno's|FAC", "Verri|PERSON", "Zorvex|ORG",
                                               "Kelm's|ORG", "Nilo|PERSON"});
  CHECK(doc.mentions[0].end_token == 6);
}

// Found on UNER EWT dev: EWT writes "McDonalds" as "McDonald s"; an ORG after "at" is the place.
TEST_CASE("ner web: a bare 's' possessive of web text and an organisation after 'at' make a venue") {
  // Tokens: Lunch(0) at(1) Kelmo(2) s(3) or(4) Tarvo(5) s(6) ?(7)
  Document doc = with_mentions("Lunch at Kelmo s or Tarvo s?", {{2, 3, EntityType::kOrg}, {5, 6, EntityType::kPerson}});
  REQUIRE(doc.slice(doc.tokens[3].span) == "s");
  join_possessive_venues(ner_models().tagger.gazetteer, ner_models().lexicon, doc);
  CHECK(typed(doc) == std::vector<std::string>{"Kelmo s|FAC", "Tarvo s|FAC"});
}

// Found on UNER EWT dev: "Townsend, George" <address> was split into an ORG and a PERSON.
TEST_CASE("ner web: an e-mail display name 'Surname, Given' is one person") {
  // Tokens: "(0) Osei(1) ,(2) Tarq(3) "(4) <(5) ...
  Document doc = with_mentions("\"Osei, Tarq\" <tarq.osei@example.com> wrote:",
                               {{1, 2, EntityType::kOrg}, {3, 4, EntityType::kPerson}});
  REQUIRE(doc.slice(doc.tokens[5].span) == "<");
  join_inverted_sender_names(ner_models().lexicon, doc);
  CHECK(typed(doc) == std::vector<std::string>{"Osei, Tarq|PERSON"});
}

TEST_CASE("ner web: a quoted 'Surname, Given' line is one person, a quoted greeting is not") {
  Document doc = with_mentions("\"Brask, Nilo\"\n\n\"Thanks, Nilo\"\n\n", {{1, 2, EntityType::kOrg}, {3, 4, EntityType::kPerson}});
  REQUIRE(doc.sentences.size() == 2);
  join_inverted_sender_names(ner_models().lexicon, doc);
  CHECK(typed(doc) == std::vector<std::string>{"Brask, Nilo|PERSON"});
}

// Found on UNER EWT dev: "we have a CPA, ..." and "that RFP." were organisations.
// Found on TE3 silver news: "He said that KFOR, UNMIK and ..." dropped KFOR.
TEST_CASE("ner web: an acronym after a clause-opening 'that' is kept") {
  // Tokens: He(0) said(1) that(2) QFOR(3) ,(4) ZMIK(5) and(6) police(7) met(8) .(9)
  Document doc = with_mentions("He said that QFOR, ZMIK and police met.", {{3, 4, EntityType::kOrg}, {5, 6, EntityType::kOrg}});
  drop_acronym_common_nouns(ner_models().tagger.gazetteer, ner_models().lexicon, doc);
  CHECK(typed(doc) == std::vector<std::string>{"QFOR|ORG", "ZMIK|ORG"});
}

TEST_CASE("ner web: an unknown acronym heading a noun phrase after 'a' or 'that' is no organisation") {
  // Tokens: We(0) hired(1) a(2) QPA(3) ,(4) then(5) lost(6) that(7) XRB(8) .(9) We(10) met(11) an(12)
  //         OSCX(13) member(14) and(15) a(16) BBC(17) .(18)
  Document doc = with_mentions("We hired a QPA, then lost that XRB. We met an OSCX member and a BBC.",
                               {{3, 4, EntityType::kOrg}, {8, 9, EntityType::kOrg}, {13, 14, EntityType::kOrg},
                                {17, 18, EntityType::kOrg}});
  REQUIRE(doc.slice(doc.tokens[17].span) == "BBC");
  drop_acronym_common_nouns(ner_models().tagger.gazetteer, ner_models().lexicon, doc);
  CHECK(typed(doc) == std::vector<std::string>{"OSCX|ORG", "BBC|ORG"});
}

// Found on UNER EWT dev: greeting lines "Renee," untagged, "Cindy," tagged ORG.
TEST_CASE("ner web: the one word of a greeting or signature line is a person") {
  // Sentences: "Tarvi," / "Kelmo" / "Thanks," / "Ottawa" / "Scorers:"
  Document doc = with_mentions("Tarvi,\n\nKelmo\n\nThanks,\n\nOttawa\n\nScorers:\n\n",
                               {{2, 3, EntityType::kOrg}, {5, 6, EntityType::kGpe}});
  REQUIRE(doc.sentences.size() == 5);
  REQUIRE(doc.slice(doc.tokens[2].span) == "Kelmo");
  type_salutation_names(ner_models().tagger.gazetteer, ner_models().lexicon, doc);
  CHECK(typed(doc) == std::vector<std::string>{"Tarvi|PERSON", "Kelmo|PERSON", "Ottawa|GPE"});
}

// Found on UNER EWT dev: "P.S. I am moving" tagged "I" ORG; a shouted "WHO WANTS TO HELP" line.
TEST_CASE("ner web: pronouns and shouted function words are no names, a capitalised function word may be") {
  // Tokens: I(0) met(1) Such(2) today(3) .(4) WHO(5) WANTS(6) US(7) TO(8) HELP(9) ?(10)
  Document doc = with_mentions("I met Such today. WHO WANTS US TO HELP?",
                               {{0, 1, EntityType::kOrg}, {2, 3, EntityType::kPerson}, {5, 6, EntityType::kOrg},
                                {7, 8, EntityType::kGpe}});
  REQUIRE(doc.slice(doc.tokens[7].span) == "US");
  drop_pronoun_mentions(ner_models().tagger.gazetteer, ner_models().lexicon, doc);
  CHECK(typed(doc) == std::vector<std::string>{"Such|PERSON", "US|GPE"});
}

// Found on UNER EWT dev: "code for males at Del Frisco's Philadelphia?" (the branch's city).
TEST_CASE("ner web: a venue's possessive before the city of its branch, after 'at'") {
  // Tokens: Dinner(0) at(1) Dalto(2) Verri(3) 's(4) Toronto(5) ?(6) Verri(7) 's(8) Toronto(9) team(10) won(11) .(12)
  Document doc = with_mentions("Dinner at Dalto Verri's Toronto? Verri's Toronto team won.",
                               {{2, 4, EntityType::kOrg}, {5, 6, EntityType::kGpe}, {7, 8, EntityType::kPerson},
                                {9, 10, EntityType::kGpe}});
  REQUIRE(doc.slice(doc.tokens[9].span) == "Toronto");
  join_possessive_venues(ner_models().tagger.gazetteer, ner_models().lexicon, doc);
  CHECK(typed(doc) == std::vector<std::string>{"Dalto Verri's|FAC", "Toronto|GPE", "Verri|PERSON", "Toronto|GPE"});
}

// Found on UNER EWT dev: "traveling to lourdes for a day" was missed.
TEST_CASE("ner web: a lower-case place after a preposition in a lower-case sentence is a place") {
  // Sentence 1: we(0) flew(1) to(2) lourdes(3) for(4) a(5) day(6) and(7) then(8) to(9) nice(10) beaches(11) .(12)
  // Sentence 2: We(13) flew(14) to(15) lourdes(16) and(17) Paris(18) .(19)
  Document doc = with_mentions("we flew to lourdes for a day and then to nice beaches. We flew to lourdes and Paris.",
                               {{18, 19, EntityType::kGpe}});
  REQUIRE(doc.slice(doc.tokens[16].span) == "lourdes");
  tag_lower_case_places(ner_models().tagger.gazetteer, ner_models().lexicon, doc);
  CHECK(typed(doc) == std::vector<std::string>{"lourdes|GPE", "Paris|GPE"});
  CHECK(doc.mentions[0].first_token == 3);
}

// Found on UNER EWT dev: "Adobe Acrobat Reader 4.0" typed ORG, "Adobe Acrobat" LOC.
TEST_CASE("ner web: a name before a version number is a product, with its other mentions") {
  // Tokens: Install(0) Zorvo(1) Viewer(2) 4.0(3) ;(4) Zorvo(5) Viewer(6) is(7) free(8) .(9)
  //         Kelm(10) 2.5(11) 3.1(12) .(13) Acme(14) 3.5(15) billion(16) .(17)
  Document doc = with_mentions("Install Zorvo Viewer 4.0; Zorvo Viewer is free. Kelm 2.5 3.1. Acme 3.5 billion.",
                               {{1, 3, EntityType::kOrg}, {5, 7, EntityType::kLoc}, {10, 11, EntityType::kPerson},
                                {14, 15, EntityType::kOrg}});
  REQUIRE(doc.slice(doc.tokens[3].span) == "4.0");
  REQUIRE(doc.slice(doc.tokens[11].span) == "2.5");
  REQUIRE(doc.slice(doc.tokens[16].span) == "billion");
  type_versioned_products(ner_models().lexicon, doc);
  CHECK(typed(doc) == std::vector<std::string>{"Zorvo Viewer|PRODUCT", "Zorvo Viewer|PRODUCT", "Kelm|PERSON", "Acme|ORG"});
}

TEST_CASE("ner web: a name's tagger mentions take the type most of them have") {
  // Tokens: Kelmo(0) beat(1) Tarvo(2) .(3) Kelmo(4) won(5) ;(6) Kelmo(7) lost(8) and(9) Tarvo(10) drew(11) .(12)
  Document doc = with_mentions("Kelmo beat Tarvo. Kelmo won; Kelmo lost and Tarvo drew.",
                               {{0, 1, EntityType::kOrg}, {2, 3, EntityType::kLoc}, {4, 5, EntityType::kOrg},
                                {7, 8, EntityType::kPerson}, {10, 11, EntityType::kOrg}});
  REQUIRE(doc.slice(doc.tokens[10].span) == "Tarvo");
  unify_name_types(doc);
  // Kelmo: two ORG of three; Tarvo: one LOC, one ORG, no majority.
  CHECK(typed(doc) == std::vector<std::string>{"Kelmo|ORG", "Tarvo|LOC", "Kelmo|ORG", "Kelmo|ORG", "Tarvo|ORG"});
}

// Found on UNER EWT dev: "on Fri, Sat, or Sun" tagged "Sat" PERSON and "Sun" LOC.
TEST_CASE("ner web: weekday abbreviations in a list are no names, a lone 'Sun' is kept") {
  // Tokens: Open(0) Fri(1) ,(2) Sat(3) ,(4) or(5) Sun(6) .(7) The(8) Sun(9) reported(10) it(11) .(12)
  Document doc = with_mentions("Open Fri, Sat, or Sun. The Sun reported it.",
                               {{3, 4, EntityType::kPerson}, {6, 7, EntityType::kLoc}, {9, 10, EntityType::kOrg}});
  REQUIRE(doc.slice(doc.tokens[9].span) == "Sun");
  drop_listed_weekdays(ner_models().lexicon, doc);
  CHECK(typed(doc) == std::vector<std::string>{"Sun|ORG"});
  CHECK(doc.mentions[0].first_token == 9);
}

// Found on UNER EWT dev: "3,40 Euros" tagged ORG, "Mercury and Venus are conjunct" PERSON.
TEST_CASE("ner web: currency names and planets are no names, unless a longer person name has the word") {
  // Tokens: Tickets(0) cost(1) 5(2) Euro(3) or(4) 7(5) Euros(6) .(7) Six(8) Euro(9) ties(10) .(11)
  //         Venus(12) and(13) Mercury(14) shone(15) .(16)
  Document doc = with_mentions(
      "Tickets cost 5 Euro or 7 Euros. Six Euro ties. Venus and Mercury shone.",
      {{3, 4, EntityType::kOrg}, {6, 7, EntityType::kOrg}, {9, 10, EntityType::kProduct},
       {12, 13, EntityType::kPerson}, {14, 15, EntityType::kPerson}});
  drop_currency_and_planet_names(doc);
  CHECK(typed(doc) == std::vector<std::string>{"Euro|PRODUCT"});
  // Tokens: Venus(0) Williams(1) won(2) ,(3) and(4) Venus(5) smiled(6) .(7)
  Document tennis = with_mentions("Venus Williams won, and Venus smiled.",
                                  {{0, 2, EntityType::kPerson}, {5, 6, EntityType::kPerson}});
  drop_currency_and_planet_names(tennis);
  CHECK(typed(tennis) == std::vector<std::string>{"Venus Williams|PERSON", "Venus|PERSON"});
}

// Found on UNER EWT dev: "Doctor Hank is amazing" gave the person "Doctor Hank".
TEST_CASE("ner web: an honorific opening a person's name is cut from it") {
  // Tokens: Doctor(0) Hank(1) Mills(2) and(3) Aunt(4) Toni(5) came(6) .(7) Doctor(8) spoke(9) .(10)
  Document doc = with_mentions("Doctor Hank Mills and Aunt Toni came. Doctor spoke.",
                               {{0, 3, EntityType::kPerson}, {4, 6, EntityType::kPerson},
                                {8, 9, EntityType::kPerson}});
  trim_person_honorifics(ner_models().lexicon, doc);
  CHECK(typed(doc) == std::vector<std::string>{"Hank Mills|PERSON", "Toni|PERSON", "Doctor|PERSON"});
}

// Found on UNER EWT dev: "Miramar California is a bit north" was one ORG.
TEST_CASE("ner web: a US city and its state without a comma are two places") {
  // Tokens: Miramar(0) California(1) is(2) sunny(3) .(4) Kansas(5) City(6) Chiefs(7) won(8) .(9)
  //         New(10) York(11) is(12) big(13) .(14)
  Document doc = with_mentions("Miramar California is sunny. Kansas City Chiefs won. New York is big.",
                               {{0, 2, EntityType::kOrg}, {5, 8, EntityType::kOrg}, {10, 12, EntityType::kGpe}});
  split_city_state_names(ner_models().tagger.gazetteer, doc);
  CHECK(typed(doc) == std::vector<std::string>{"Miramar|GPE", "California|GPE", "Kansas City Chiefs|ORG",
                                               "New York|GPE"});
}

// Found by a fresh user: "WADA" (the World Anti-Doping Agency) was a PERSON.
TEST_CASE("ner typing: an acronym the tagger typed PERSON is an organisation, outside shouted lines") {
  // Tokens: WADA(0) appealed(1) the(2) ruling(3) .(4) ZICO(5) SCORES(6) TWICE(7) .(8)
  Document doc = with_mentions("WADA appealed the ruling. ZICO SCORES TWICE.",
                               {{0, 1, EntityType::kPerson}, {5, 6, EntityType::kPerson}});
  type_acronym_people(ner_models().tagger.gazetteer, doc);
  CHECK(typed(doc) == std::vector<std::string>{"WADA|ORG", "ZICO|PERSON"});
}
