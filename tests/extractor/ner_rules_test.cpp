#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractor/lexicon.h"
#include "extractor/ner_rules.h"
#include "rule_doc.h"

using namespace newsgraph::extractor;

namespace {
const Lexicon& lexicon() { return newsgraph::testing::shipped_lexicon(); }

// "text/TYPE" for each mention, in order.
std::vector<std::string> tagged(const std::string& text) {
  Document doc = newsgraph::testing::make_doc(text);
  find_rule_mentions(lexicon(), doc);
  std::vector<std::string> out;
  for (const Mention& m : doc.mentions)
    out.push_back(std::string(doc.slice(m.span)) + "/" + std::string(entity_type_name(m.type)));
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("ner_rules: a title before a name is not part of the PERSON mention") {
  CHECK(tagged("In a shift, Canadian Prime Minister Mark Carney has declared a partnership.") ==
        V{"Canadian/NORP", "Mark Carney/PERSON"});
  CHECK(tagged("The deal was praised by German Chancellor Friedrich Merz on Monday.") ==
        V{"German/NORP", "Friedrich Merz/PERSON"});
}

TEST_CASE("ner_rules: countries by alias, cities, and possessives split off") {
  CHECK(tagged("The administration of US President Donald Trump raised tariffs on Canada's steel.") ==
        V{"US/GPE", "Donald Trump/PERSON", "Canada/GPE"});
  CHECK(tagged("Officials in Nairobi and the U.S. disagreed.") == V{"Nairobi/GPE", "U.S./GPE"});
}

TEST_CASE("ner_rules: an unknown word before an executive title is an organisation") {
  CHECK(tagged("Police detained Zorvex executive Anna Lindqvist at the airport.") ==
        V{"Zorvex/ORG", "Anna Lindqvist/PERSON"});
  CHECK(tagged("He met Kestrel's chief executive Omar Haddad.") ==
        V{"Kestrel/ORG", "Omar Haddad/PERSON"});
}

TEST_CASE("ner_rules: organisation and facility words type capitalised runs") {
  CHECK(tagged("Shares of Northwind Holdings fell after the Ministry of Finance spoke.") ==
        V{"Northwind Holdings/ORG", "Ministry of Finance/ORG"});
  CHECK(tagged("The plane landed at Pearson Airport near Toronto.") ==
        V{"Pearson Airport/FAC", "Toronto/GPE"});
  CHECK(tagged("They spoke in the Great Hall of the People.") ==
        V{"Great Hall of the People/FAC"});
  CHECK(tagged("A spokesman for the Justice Department declined to comment.") ==
        V{"Justice Department/ORG"});
}

TEST_CASE("ner_rules: a name with an acronym in parentheses is an organisation, and so is the acronym") {
  CHECK(tagged("Leaders of the Regional Comprehensive Economic Partnership (RCEP) met.") ==
        V{"Regional Comprehensive Economic Partnership/ORG", "RCEP/ORG"});
}

TEST_CASE("ner_rules: sentence-initial common words do not start names") {
  CHECK(tagged("Relations between Canada and China soured. The relations improved.") ==
        V{"Canada/GPE", "China/GPE"});
  CHECK(tagged("However, Ottawa disagreed.") == V{"Ottawa/GPE"});
  CHECK(tagged("On Friday, Beijing replied.") == V{"Beijing/GPE"});
}

TEST_CASE("ner_rules: a single word that is part of a known person's name is that person") {
  CHECK(tagged("Premier Li Qiang spoke. Li said trade grew. Later Li left.") ==
        V{"Li Qiang/PERSON", "Li/PERSON", "Li/PERSON"});
  CHECK(tagged("Carney stated his aims. Prime Minister Mark Carney then left.") ==
        V{"Carney/PERSON", "Mark Carney/PERSON"});
}

TEST_CASE("ner_rules: headlines yield gazetteer names and names found in the body only") {
  CHECK(tagged("Canada PM Carney Hails New Partnership with China\n\nMark Carney spoke.") ==
        V{"Canada/GPE", "Carney/PERSON", "China/GPE", "Mark Carney/PERSON"});
}

TEST_CASE("ner_rules: compounds of place names and month dates are not names") {
  CHECK(tagged("The China-Canada relations improved in October 2025.") == V{});
}

TEST_CASE("ner_rules: mentions of another tagger are kept and not overlapped") {
  Document doc = newsgraph::testing::make_doc("Canadian Prime Minister Mark Carney visited Beijing.");
  Mention m;
  m.first_token = 0;
  m.end_token = 1;
  m.span = doc.tokens[0].span;
  m.type = EntityType::kNorp;
  m.source = "model";
  doc.mentions.push_back(m);
  find_rule_mentions(lexicon(), doc);
  REQUIRE(doc.mentions.size() == 3);
  CHECK(doc.mentions[0].source == "model");
  CHECK(doc.slice(doc.mentions[1].span) == "Mark Carney");
  CHECK(doc.mentions[1].source == "rule");
  CHECK(doc.slice(doc.mentions[2].span) == "Beijing");
  CHECK(doc.mentions[2].source == "gazetteer");
  CHECK(doc.mentions[2].sentence == 0);
}

TEST_CASE("ner_rules: capitalised words before a minister's title are the portfolio, not a name") {
  CHECK(tagged("Public Safety Minister Marco Mendicino announced the ban.") ==
        V{"Marco Mendicino/PERSON"});
}

TEST_CASE("ner_rules: an upper-case dateline place is a GPE") {
  CHECK(tagged("GYEONGJU, South Korea \xE2\x80\x94 Leaders met on Friday.") ==
        V{"GYEONGJU/GPE", "South Korea/GPE"});
}
