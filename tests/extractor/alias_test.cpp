#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractor/alias.h"
#include "extractor/lexicon.h"
#include "extractor/ner_rules.h"
#include "ner_doc.h"
#include "rule_doc.h"

using namespace newsgraph::extractor;

namespace {
const Lexicon& lexicon() { return newsgraph::testing::shipped_lexicon(); }

Document resolved(const std::string& text) {
  Document doc = newsgraph::testing::make_doc(text);
  find_rule_mentions(lexicon(), doc);
  resolve_aliases(lexicon(), doc);
  return doc;
}

const Entity* named(const Document& doc, const std::string& name) {
  for (const Entity& e : doc.entities)
    if (e.name == name) return &e;
  return nullptr;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("alias: a surname and a full name after a title are one person named by the full name") {
  Document doc = resolved(
      "Carney Visits China\n\nPrime Minister Mark Carney met President Xi Jinping. "
      "Xi said the talks went well, and Carney agreed.");
  const Entity* carney = named(doc, "Mark Carney");
  REQUIRE(carney != nullptr);
  CHECK(carney->type == EntityType::kPerson);
  CHECK(carney->aliases == V{"Mark Carney", "Carney"});
  CHECK(carney->mentions.size() == 3);
  const Entity* xi = named(doc, "Xi Jinping");
  REQUIRE(xi != nullptr);
  CHECK(xi->aliases == V{"Xi Jinping", "Xi"});
  CHECK(doc.entities.size() == 3);  // Carney, China, Xi
  for (const Mention& m : doc.mentions) CHECK(m.entity >= 0);
}

TEST_CASE("alias: country aliases group under the lexicon's canonical name") {
  Document doc = resolved("The US and Canada argued. The United States said the U.S. would win.");
  const Entity* us = named(doc, "United States");
  REQUIRE(us != nullptr);
  CHECK(us->aliases == V{"United States", "US", "U.S."});
  CHECK(us->mentions.size() == 3);
  CHECK(doc.entities.size() == 2);
}

TEST_CASE("alias: singular and plural nationality words are one NORP linked to their country") {
  Document doc = resolved("A Canadian firm hired two Canadians in Toronto.");
  const Entity* norp = named(doc, "Canadian");
  REQUIRE(norp != nullptr);
  CHECK(norp->type == EntityType::kNorp);
  CHECK(norp->aliases == V{"Canadian", "Canadians"});
  auto index = static_cast<int32_t>(norp - doc.entities.data());
  CHECK(linked_country(lexicon(), doc, index, false, false) == -1);  // Canada not named
  int32_t canada = linked_country(lexicon(), doc, index, false, true);
  REQUIRE(canada >= 0);
  CHECK(doc.entities[canada].name == "Canada");
  CHECK(doc.entities[canada].mentions.empty());
  int32_t toronto = -1;
  for (size_t i = 0; i < doc.entities.size(); ++i)
    if (doc.entities[i].name == "Toronto") toronto = static_cast<int32_t>(i);
  REQUIRE(toronto >= 0);
  CHECK(linked_country(lexicon(), doc, toronto, true, false) == canada);
  CHECK(linked_country(lexicon(), doc, toronto, false, false) == -1);
}

TEST_CASE("alias: an acronym defined in parentheses joins its organisation") {
  Document doc = resolved(
      "Members of the Regional Comprehensive Economic Partnership (RCEP) met. RCEP grew.");
  const Entity* rcep = named(doc, "Regional Comprehensive Economic Partnership");
  REQUIRE(rcep != nullptr);
  CHECK(rcep->aliases == V{"Regional Comprehensive Economic Partnership", "RCEP"});
  CHECK(rcep->mentions.size() == 3);
}

// Bug: "NAFTA" (typed ORG by the tagger) stayed apart from the "North American Free Trade
// Agreement" (LAW) it abbreviates.
TEST_CASE("alias: an ORG acronym joins the law whose initials it spells, across types") {
  Document doc = newsgraph::testing::make_doc(
      "The Northern Rivers Water Treaty took effect. Critics of NRWT were quiet.");
  auto add = [&](const std::string& first, uint32_t words, EntityType type) {
    uint32_t t = 0;
    while (doc.slice(doc.tokens[t].span) != first) ++t;
    Mention m;
    m.first_token = t;
    m.end_token = t + words;
    m.span = Span{doc.tokens[t].span.begin, doc.tokens[t + words - 1].span.end};
    m.type = type;
    doc.mentions.push_back(m);
  };
  add("Northern", 4, EntityType::kLaw);
  add("NRWT", 1, EntityType::kOrg);
  resolve_aliases(lexicon(), doc);
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.entities[0].name == "Northern Rivers Water Treaty");
  CHECK(doc.entities[0].type == EntityType::kLaw);
  CHECK(doc.entities[0].aliases == V{"Northern Rivers Water Treaty", "NRWT"});
}

TEST_CASE("alias: a tagger's mention with a title is trimmed to the name") {
  Document doc = newsgraph::testing::make_doc("President Xi Jinping spoke. Xi left.");
  Mention m;
  m.first_token = 0;
  m.end_token = 3;
  m.span = Span{doc.tokens[0].span.begin, doc.tokens[2].span.end};
  m.type = EntityType::kPerson;
  doc.mentions.push_back(m);
  find_rule_mentions(lexicon(), doc);
  resolve_aliases(lexicon(), doc);
  REQUIRE(doc.mentions.size() == 2);
  CHECK(doc.slice(doc.mentions[0].span) == "Xi Jinping");
  CHECK(doc.mentions[0].first_token == 1);
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.entities[0].aliases == V{"Xi Jinping", "Xi"});
}

TEST_CASE("alias: two people who share a surname resolve the short form to the nearest before") {
  Document doc = resolved(
      "Hillary Clinton spoke first. Later Bill Clinton arrived, and Clinton smiled.");
  const Entity* bill = named(doc, "Bill Clinton");
  REQUIRE(bill != nullptr);
  CHECK(bill->aliases == V{"Bill Clinton", "Clinton"});
  CHECK(named(doc, "Hillary Clinton")->aliases == V{"Hillary Clinton"});
}

TEST_CASE("alias: an organisation's head word alone refers back to it") {
  Document doc = resolved("The European Commission fined Apple. Apple accused the Commission of bias.");
  const Entity* ec = named(doc, "European Commission");
  REQUIRE(ec != nullptr);
  CHECK(ec->aliases == V{"European Commission", "Commission"});
}

TEST_CASE("alias: a tagger's mention with a nationality and a title is trimmed to the name") {
  Document doc = newsgraph::testing::make_doc("Canadian Prime Minister Mark Carney spoke.");
  Mention m;
  m.first_token = 0;
  m.end_token = 5;
  m.span = Span{doc.tokens[0].span.begin, doc.tokens[4].span.end};
  m.type = EntityType::kPerson;
  doc.mentions.push_back(m);
  resolve_aliases(lexicon(), doc);
  REQUIRE(doc.mentions.size() == 2);
  CHECK(doc.slice(doc.mentions[0].span) == "Canadian");
  CHECK(doc.mentions[0].type == EntityType::kNorp);
  CHECK(doc.slice(doc.mentions[1].span) == "Mark Carney");
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[0].name == "Canadian");
  CHECK(doc.entities[1].name == "Mark Carney");
}

namespace {
// A document with the mentions a tagger would give: {first word, words, type}, in text order
// (each first word is searched from after the previous mention).
struct Given {
  std::string first;
  uint32_t words;
  EntityType type;
};
Document tagged(const std::string& text, const std::vector<Given>& given) {
  Document doc = newsgraph::testing::make_doc(text);
  uint32_t t = 0;
  for (const Given& g : given) {
    while (doc.slice(doc.tokens[t].span) != g.first) ++t;
    Mention m;
    m.first_token = t;
    m.end_token = t + g.words;
    m.span = Span{doc.tokens[t].span.begin, doc.tokens[t + g.words - 1].span.end};
    m.type = g.type;
    doc.mentions.push_back(m);
    t += g.words;
  }
  resolve_aliases(lexicon(), doc);
  return doc;
}
using T = EntityType;
}  // namespace

TEST_CASE("alias: a name suffix (Jr., III) does not stop a surname joining the full name") {
  Document doc = tagged("Ana Duarte Jr. opened the session. Later Duarte left, and Lee Park III "
                        "met Park.",
                        {{"Ana", 3, T::kPerson}, {"Duarte", 1, T::kPerson},
                         {"Lee", 3, T::kPerson}, {"Park", 1, T::kPerson}});
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[0].aliases == V{"Ana Duarte Jr.", "Duarte"});
  CHECK(doc.entities[1].aliases == V{"Lee Park III", "Park"});
}

TEST_CASE("alias: a country's abbreviation inside an organisation's name equals the full name") {
  Document doc = tagged(
      "United States Aluminum cut jobs. U.S. Aluminum said UK Fisheries and United Kingdom "
      "Fisheries agreed.",
      {{"United", 3, T::kOrg}, {"U.S.", 2, T::kOrg}, {"UK", 2, T::kOrg}, {"United", 3, T::kOrg}});
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[0].aliases == V{"United States Aluminum", "U.S. Aluminum"});
  CHECK(doc.entities[1].aliases == V{"United Kingdom Fisheries", "UK Fisheries"});
}

TEST_CASE("alias: 'X, as Y is known' and 'Y, known as X' make X a name of Y, with Y's type") {
  Document doc = tagged(
      "Vanto, as the Northern Farmers League is known, backed the bill. The Coastal Fishers "
      "Guild (known as Marel) did not. Vanto and Marel met.",
      {{"Vanto", 1, T::kGpe}, {"Northern", 3, T::kOrg}, {"Coastal", 3, T::kOrg},
       {"Marel", 1, T::kPerson}, {"Vanto", 1, T::kGpe}, {"Marel", 1, T::kPerson}});
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[0].name == "Northern Farmers League");
  CHECK(doc.entities[0].type == T::kOrg);
  CHECK(doc.entities[0].aliases == V{"Northern Farmers League", "Vanto"});
  CHECK(doc.entities[0].mentions.size() == 3);
  CHECK(doc.entities[1].aliases == V{"Coastal Fishers Guild", "Marel"});
  CHECK(doc.entities[1].mentions.size() == 3);
  for (const Mention& m : doc.mentions) CHECK(m.type == T::kOrg);
}

TEST_CASE("alias: one surface with two types takes the majority type, ties the lexicon's") {
  Document doc = tagged(
      "Brindle County issued a warning. Brindle County officials said Brindle County was "
      "flooded. OTTAWA - Ottawa agreed.",
      {{"Brindle", 2, T::kGpe}, {"Brindle", 2, T::kOrg}, {"Brindle", 2, T::kGpe},
       {"OTTAWA", 1, T::kOrg}, {"Ottawa", 1, T::kGpe}});
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[0].name == "Brindle County");
  CHECK(doc.entities[0].type == T::kGpe);
  CHECK(doc.entities[0].mentions.size() == 3);
  CHECK(doc.entities[1].name == "Ottawa");
  CHECK(doc.entities[1].type == T::kGpe);
  for (const Mention& m : doc.mentions) CHECK(m.type == T::kGpe);
}

TEST_CASE("alias: a tie without a lexicon entry takes the surer tagger's type, else the first") {
  Document doc = tagged("Zorvex sued Lumo. Zorvex said it would appeal.",
                        {{"Zorvex", 1, T::kOrg}, {"Lumo", 1, T::kOrg}, {"Zorvex", 1, T::kPerson}});
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[0].type == T::kOrg);
  CHECK(doc.entities[0].mentions.size() == 2);
  // The same mentions, the tagger surer of the PERSON one.
  Document again = newsgraph::testing::make_doc("Zorvex sued Lumo. Zorvex said it would appeal.");
  for (uint32_t t : {0u, 4u}) {
    Mention m;
    m.first_token = t;
    m.end_token = t + 1;
    m.span = again.tokens[t].span;
    m.type = t == 0 ? T::kOrg : T::kPerson;
    m.confidence = t == 0 ? 0.6f : 0.9f;
    again.mentions.push_back(m);
  }
  REQUIRE(again.slice(again.tokens[4].span) == "Zorvex");
  resolve_aliases(lexicon(), again);
  REQUIRE(again.entities.size() == 1);
  CHECK(again.entities[0].type == T::kPerson);
}

TEST_CASE("alias: a titled person and a place of the same name stay apart") {
  Document doc = tagged("Mr. Jordan flew to Jordan.",
                        {{"Jordan", 1, T::kPerson}, {"Jordan", 1, T::kGpe}});
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[0].type == T::kPerson);
  CHECK(doc.entities[1].type == T::kGpe);
}

TEST_CASE("alias: 'Y, known as X's ...' names no alias: X must be a whole phrase") {
  Document doc = tagged("Korvell, known as Tansy's biggest supplier, hired staff.",
                        {{"Korvell", 1, T::kOrg}, {"Tansy", 1, T::kOrg}});
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[0].aliases == V{"Korvell"});
  CHECK(doc.entities[1].aliases == V{"Tansy"});
}

// Found on blind2: "China Evergrande Group" and "Evergrande" stayed two entities. Names invented.
TEST_CASE("alias: an organisation's word after a leading country is its short form") {
  // Tokens: China(0) Zentra(1) Group(2) must(3) pay(4) .(5) Zentra(6) appealed(7) .(8)
  Document doc = newsgraph::testing::with_mentions("China Zentra Group must pay. Zentra appealed.",
                                                   {{0, 3, EntityType::kOrg}, {6, 7, EntityType::kOrg}});
  resolve_aliases(lexicon(), doc);
  const Entity* zentra = named(doc, "China Zentra Group");
  REQUIRE(zentra != nullptr);
  CHECK(zentra->aliases == V{"China Zentra Group", "Zentra"});
  CHECK(doc.entities.size() == 1);
}

// Found by a fresh user: "Ford's government" after "Premier Doug Ford" stayed the company.
TEST_CASE("alias: a company-named surname with a politician's possession is the person") {
  // Tokens: Premier(0) Jo(1) Ford(2) spoke(3) .(4) Ford(5) 's(6) government(7) fell(8) .(9)
  //         Ford(10) 's(11) shares(12) rose(13) .(14)
  Document doc = newsgraph::testing::with_mentions(
      "Premier Jo Ford spoke. Ford's government fell. Ford's shares rose.",
      {{1, 3, EntityType::kPerson}, {5, 6, EntityType::kOrg}, {10, 11, EntityType::kOrg}});
  resolve_aliases(lexicon(), doc);
  REQUIRE(doc.mentions.size() == 3);
  CHECK(doc.mentions[1].type == EntityType::kPerson);
  CHECK(doc.mentions[1].entity == doc.mentions[0].entity);
  CHECK(doc.mentions[2].type == EntityType::kOrg);
}

// Found by a fresh user: "BRASÍLIA" was named "BrasÍlia", then "Brasilia" without its accent.
TEST_CASE("alias: a city in capitals with an accent is named as the lexicon writes it") {
  Document doc = resolved("BRAS\xC3\x8DLIA \xE2\x80\x94 Officials met in Brasilia.");
  REQUIRE(!doc.entities.empty());
  CHECK(doc.entities[0].name == "Bras\xC3\xADlia");
  CHECK(doc.entities[0].mentions.size() == 2);
}

// Found merging the branch that names "Washington state": the bare "Washington" later in the
// same article stayed the city's entity, two entities for one state.
TEST_CASE("alias: a bare name in an article that names 'X state' is the state") {
  // Tokens: Judges(0) in(1) Washington(2) state(3) ruled(4) .(5) Washington(6) appealed(7) .(8)
  Document doc = newsgraph::testing::with_mentions(
      "Judges in Washington state ruled. Washington appealed.",
      {{2, 4, EntityType::kGpe}, {6, 7, EntityType::kGpe}});
  resolve_aliases(lexicon(), doc);
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.entities[0].name == "Washington state");
  CHECK(doc.entities[0].aliases == V{"Washington state", "Washington"});
  // Without "state" in the article the name is the lexicon's place.
  Document plain = newsgraph::testing::with_mentions("Washington appealed.", {{0, 1, EntityType::kGpe}});
  resolve_aliases(lexicon(), plain);
  REQUIRE(plain.entities.size() == 1);
  CHECK(plain.entities[0].name == "Washington");
}

// From a user's trial: "Le Pen" (typed ORG by the tagger) stayed apart from "Marine Le Pen".
TEST_CASE("alias: a two-word ending of a longer person's name is that person, even typed ORG") {
  // Tokens: Marine(0) Kelvaux(1) Le(2) Pen(3) spoke(4) .(5) Le(6) Pen(7) left(8) .(9)
  //         Kelvaux(10) Le(11) Pen(12) waved(13) .(14)
  Document doc = newsgraph::testing::with_mentions(
      "Marine Kelvaux Le Pen spoke. Le Pen left. Kelvaux Le Pen waved.",
      {{0, 4, EntityType::kPerson}, {6, 8, EntityType::kOrg}, {10, 13, EntityType::kPerson}});
  resolve_aliases(lexicon(), doc);
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.entities[0].name == "Marine Kelvaux Le Pen");
  CHECK(doc.entities[0].type == EntityType::kPerson);
  CHECK(doc.entities[0].aliases == V{"Marine Kelvaux Le Pen", "Le Pen", "Kelvaux Le Pen"});
  for (const Mention& m : doc.mentions) CHECK(m.type == EntityType::kPerson);
  // An ending two people share names neither.
  Document two = newsgraph::testing::with_mentions(
      "Ana da Silva and Joao da Silva met. Then da Silva left.",
      {{0, 3, EntityType::kPerson}, {4, 7, EntityType::kPerson}, {9, 11, EntityType::kPerson}});
  resolve_aliases(lexicon(), two);
  CHECK(two.entities.size() == 3);
}

// From a user's trial: "Bongo" and "Oligui" stayed apart from "Ali Bongo Ondimba" and "Brice
// Oligui Nguema" (news calls them by the middle word).
TEST_CASE("alias: a one-word name that only a middle word matches joins the nearest name before it") {
  // Tokens: Ali(0) Kelvo(1) Ondimba(2) met(3) Brice(4) Rami(5) Nguema(6) .(7) Kelvo(8) left(9)
  //         .(10) Rami(11) stayed(12) .(13)
  Document doc = newsgraph::testing::with_mentions(
      "Ali Kelvo Ondimba met Brice Rami Nguema. Kelvo left. Rami stayed.",
      {{0, 3, EntityType::kPerson}, {4, 7, EntityType::kPerson}, {8, 9, EntityType::kPerson},
       {11, 12, EntityType::kPerson}});
  resolve_aliases(lexicon(), doc);
  REQUIRE(doc.entities.size() == 2);
  CHECK(doc.entities[0].aliases == V{"Ali Kelvo Ondimba", "Kelvo"});
  CHECK(doc.entities[1].aliases == V{"Brice Rami Nguema", "Rami"});
  // A first or last word wins over a middle one: "Nguema" is Brice Rami Nguema's, not a middle.
  Document last = newsgraph::testing::with_mentions(
      "Ali Nguema Ondimba met Brice Rami Nguema. Nguema left.",
      {{0, 3, EntityType::kPerson}, {4, 7, EntityType::kPerson}, {8, 9, EntityType::kPerson}});
  resolve_aliases(lexicon(), last);
  REQUIRE(last.entities.size() == 2);
  CHECK(last.entities[1].aliases == V{"Brice Rami Nguema", "Nguema"});
  // Two people share the middle word: it names neither (an adversarial test).
  Document shared = newsgraph::testing::with_mentions(
      "Ali Kelvo Ondimba met Noor Kelvo Valentin. Kelvo left.",
      {{0, 3, EntityType::kPerson}, {4, 7, EntityType::kPerson}, {8, 9, EntityType::kPerson}});
  resolve_aliases(lexicon(), shared);
  CHECK(shared.entities.size() == 3);
}

// From a user's trial: "Chido" was a PERSON of its own beside "Cyclone Chido".
TEST_CASE("alias: a storm's name alone joins the storm named with its kind word") {
  // Tokens: Cyclone(0) Kelvra(1) hit(2) land(3) .(4) Kelvra(5) killed(6) many(7) .(8)
  Document doc = newsgraph::testing::with_mentions(
      "Cyclone Kelvra hit land. Kelvra killed many.",
      {{0, 2, EntityType::kEvent}, {5, 6, EntityType::kEvent}});
  resolve_aliases(lexicon(), doc);
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.entities[0].aliases == V{"Cyclone Kelvra", "Kelvra"});
}
