#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extractor/alias.h"
#include "extractor/coref.h"
#include "extractor/lexicon.h"
#include "extractor/ner_rules.h"
#include "extractor/relations.h"
#include "rule_doc.h"

using namespace newsgraph::extractor;

namespace {
const Lexicon& lexicon() { return newsgraph::testing::shipped_lexicon(); }

// "subject predicate object" for each relation, sorted.
std::vector<std::string> relations_of(const std::string& text, Document* out = nullptr) {
  Document doc = newsgraph::testing::make_doc(text);
  find_rule_mentions(lexicon(), doc);
  resolve_aliases(lexicon(), doc);
  resolve_coreference(lexicon(), doc);
  extract_relations(lexicon(), doc);
  std::vector<std::string> v;
  for (const Relation& r : doc.relations) {
    std::string object = r.object >= 0 ? doc.entities[r.object].name : "\"" + r.object_literal + "\"";
    std::string flags = std::string(r.negated ? " [neg]" : "") + (r.hedged ? " [hedge]" : "") +
                        (r.former ? " [former]" : "");
    v.push_back(doc.entities[r.subject].name + " " + r.predicate + " " + object + flags);
  }
  std::sort(v.begin(), v.end());
  if (out) *out = std::move(doc);
  return v;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("relations: a nationality and a leader title before a name give leader_of and position_held") {
  Document doc;
  CHECK(relations_of("In a shift, Canadian Prime Minister Mark Carney declared a partnership.", &doc) ==
        V{"Mark Carney leader_of Canada", "Mark Carney position_held \"Prime Minister\""});
  const Relation& r = doc.relations[1];
  CHECK(r.extractor == "title");
  CHECK(doc.slice(r.evidence) == "Canadian Prime Minister Mark Carney");
}

TEST_CASE("relations: an organisation before an executive title gives works_for") {
  CHECK(relations_of("Canada arrested Huawei executive Meng Wanzhou in 2018.") ==
        V{"Canada rel:arrest Huawei", "Meng Wanzhou works_for Huawei"});
  CHECK(relations_of("Police questioned Zorvex chief financial officer Anna Lindqvist.") ==
        V{"Anna Lindqvist position_held \"Chief Financial Officer\"",
          "Anna Lindqvist works_for Zorvex"});
}

TEST_CASE("relations: appositions, copulas and of phrases attach titles to people") {
  CHECK(relations_of("Meng Wanzhou, Huawei's chief financial officer, was freed.") ==
        V{"Meng Wanzhou position_held \"Chief Financial Officer\"", "Meng Wanzhou works_for Huawei"});
  CHECK(relations_of("Mark Carney is Canada's prime minister.") ==
        V{"Mark Carney leader_of Canada", "Mark Carney position_held \"Prime Minister\""});
  CHECK(relations_of("He met the president of France, Emmanuel Macron, in Paris.") ==
        V{"Emmanuel Macron leader_of France", "Emmanuel Macron position_held \"President\""});
}

TEST_CASE("relations: a former office is kept at a lower confidence and takes no office away") {
  Document doc;
  CHECK(relations_of("Former Australian Prime Minister Kevin Rudd spoke.", &doc) ==
        V{"Kevin Rudd leader_of Australia [former]",
          "Kevin Rudd position_held \"Prime Minister\" [former]"});
  for (const Relation& r : doc.relations) CHECK(r.confidence == Approx(r.predicate == "leader_of" ? 0.6 : 0.7));
  // Rudd is a former prime minister: Prime Minister Anthony Albanese still resolves to Australia.
  CHECK(relations_of("Former Australian Prime Minister Kevin Rudd met Prime Minister Anthony "
                     "Albanese in Sydney.") ==
        V{"Anthony Albanese leader_of Australia", "Anthony Albanese position_held \"Prime Minister\"",
          "Kevin Rudd leader_of Australia [former]",
          "Kevin Rudd position_held \"Prime Minister\" [former]",
          "Kevin Rudd rel:meet Anthony Albanese"});
}

TEST_CASE("relations: a pronoun subject of a copula takes the title") {
  CHECK(relations_of("Mark Carney won. Before politics he had been governor of the Bank of Canada.") ==
        V{"Mark Carney leader_of Bank of Canada", "Mark Carney position_held \"Governor\""});
}

TEST_CASE("relations: nationality words next to names give citizen_of") {
  CHECK(relations_of("China detained two Canadians, Michael Kovrig and Michael Spavor.") ==
        V{"Michael Kovrig citizen_of Canada", "Michael Spavor citizen_of Canada"});
  CHECK(relations_of("Police questioned Canadian businessman Michael Spavor.") ==
        V{"Michael Spavor citizen_of Canada"});
}

TEST_CASE("relations: a lower-case portfolio after an organisation's title extends it") {
  // The president of a part of Google (its global affairs) works for Google; he does not lead it.
  CHECK(relations_of("Kent Walker, Google's president of global affairs, disagreed.") ==
        V{"Kent Walker position_held \"president of global affairs\"", "Kent Walker works_for Google"});
}

TEST_CASE("relations: a bare leader title resolves only to the one country left that has the office") {
  // Trump holds the US presidency explicitly, so President Xi can only be China's president.
  CHECK(relations_of("President Xi Jinping met officials in Beijing. "
                     "US President Donald Trump was in Washington.") ==
        V{"Donald Trump leader_of United States", "Donald Trump position_held \"President\"",
          "Xi Jinping leader_of China", "Xi Jinping position_held \"President\""});
  // Two countries with a presidency and nothing to tell them apart: no leader_of.
  CHECK(relations_of("President Ana Duarte spoke about Brazil and Argentina.") ==
        V{"Ana Duarte position_held \"President\""});
  // Canada has no premier among its national offices: a provincial premier is not Canada's
  // leader; "of Ontario" after the name makes him Ontario's.
  CHECK(relations_of("Premier Doug Ford of Ontario criticised Canada's budget.") ==
        V{"Doug Ford leader_of Ontario", "Doug Ford position_held \"Premier\""});
}

TEST_CASE("relations: facilities are located by 'in', by 'City, Country' and by the lexicon") {
  CHECK(relations_of("They met at the Palace of Culture in Kyiv.") ==
        V{"Palace of Culture located_in Kyiv"});
  CHECK(relations_of("Shelling hit Kharkiv, Ukraine, on Monday.") ==
        V{"Kharkiv located_in Ukraine"});
  CHECK(relations_of("Talks in the Great Hall of the People lasted hours. Beijing was cold.") ==
        V{"Great Hall of the People located_in Beijing"});
}

TEST_CASE("relations: open relations keep negation and hedging") {
  CHECK(relations_of("Canada did not sanction Venezuela.") ==
        V{"Canada rel:sanction Venezuela [neg]"});
  CHECK(relations_of("Japan may sign the deal, and Kenya reportedly hosted Uganda.") ==
        V{"Kenya rel:host Uganda [hedge]"});
  CHECK(relations_of("Mexico raised Canada's tariffs.") == V{"Mexico rel:raise Canada"});
}

TEST_CASE("relations: a dependency parse, when present, gives subject-verb-object relations") {
  Document doc = newsgraph::testing::make_doc("Yesterday Canada detained two men and Chile.");
  find_rule_mentions(lexicon(), doc);
  resolve_aliases(lexicon(), doc);
  // Yesterday(0) Canada(1) detained(2) two(3) men(4) and(5) Chile(6) .(7)
  const int32_t heads[] = {2, 2, -1, 4, 2, 6, 4, 2};
  const char* rels[] = {"advmod", "nsubj", "root", "nummod", "obj", "cc", "conj", "punct"};
  for (uint32_t t = 0; t < 8; ++t) {
    doc.tokens[t].head = heads[t];
    doc.tokens[t].deprel = rels[t];
    doc.tokens[t].upos = t == 2 ? "VERB" : "X";
  }
  doc.tokens[2].lemma = "detain";
  doc.tokens[4].deprel = "obj";
  // Make Chile the object instead of "men": Chile is a direct obj in this hand parse.
  doc.tokens[6].head = 2;
  doc.tokens[6].deprel = "obj";
  resolve_coreference(lexicon(), doc);
  extract_relations(lexicon(), doc);
  REQUIRE(doc.relations.size() == 1);
  CHECK(doc.relations[0].predicate == "rel:detain");
  CHECK(doc.entities[doc.relations[0].subject].name == "Canada");
  CHECK(doc.entities[doc.relations[0].object].name == "Chile");
  CHECK(doc.relations[0].extractor == "dep");
}

TEST_CASE("relations: verb lemmas without a lemmatiser") {
  Document doc = newsgraph::testing::make_doc("raised met told detained banned passes carries");
  CHECK(verb_lemma(lexicon(), doc, 0) == "raise");
  CHECK(verb_lemma(lexicon(), doc, 1) == "meet");
  CHECK(verb_lemma(lexicon(), doc, 2) == "tell");
  CHECK(verb_lemma(lexicon(), doc, 3) == "detain");
  CHECK(verb_lemma(lexicon(), doc, 4) == "ban");
  CHECK(verb_lemma(lexicon(), doc, 5) == "pass");
  CHECK(verb_lemma(lexicon(), doc, 6) == "carry");
}

TEST_CASE("relations: the head of an organisation leads it, a portfolio belongs to the title") {
  CHECK(relations_of("Zorvex chief executive Anna Lindqvist resigned.") ==
        V{"Anna Lindqvist leader_of Zorvex", "Anna Lindqvist position_held \"Chief Executive\""});
  CHECK(relations_of("Public Safety Minister Marco Mendicino announced the ban.") ==
        V{"Marco Mendicino position_held \"Public Safety Minister\""});
}

TEST_CASE("relations: 'X, led by P' makes P the leader of X") {
  CHECK(relations_of("The Conservatives, led by Pierre Poilievre, gained seats.") ==
        V{"Pierre Poilievre leader_of Conservative"});
}

TEST_CASE("relations: a bare title with several candidate countries gives no leader_of") {
  CHECK(relations_of("President George Bush warned Iraq. Iraq and Iran answered, and Iraq fired.") ==
        V{"George Bush position_held \"President\""});
}

TEST_CASE("relations: a dateline locates its city in the country or region after it") {
  CHECK(relations_of("GYEONGJU, South Korea \xE2\x80\x94 Leaders met on Friday.") ==
        V{"Gyeongju located_in South Korea"});
  CHECK(relations_of("HALIFAX, Nova Scotia \xE2\x80\x94 Ships sailed.") ==
        V{"Halifax located_in Nova Scotia"});
  CHECK(relations_of("They toured Ottawa, Toronto and Vancouver.") == V{});
}

TEST_CASE("relations: a party's people are its members, possessives are not verbs") {
  CHECK(relations_of("The Civic Party's Jeremy Tam won.") == V{"Jeremy Tam member_of Civic Party"});
  CHECK(relations_of("Kestrel Holdings's Anna Lindqvist won.") == V{"Anna Lindqvist works_for Kestrel Holdings"});
}

TEST_CASE("relations: a party word before a title gives leader_of or member_of the party") {
  CHECK(relations_of("The Liberal Party won. Liberal leader Mark Carney spoke, and Liberal "
                     "candidate Bruce Fanjoy won Carleton.") ==
        V{"Bruce Fanjoy member_of Liberal Party", "Mark Carney leader_of Liberal Party"});
}

TEST_CASE("relations: a passive appointment reads like a copula, an ordinal is no part of the title") {
  CHECK(relations_of("Mark Carney was sworn in as Canada's 24th prime minister on Friday.") ==
        V{"Mark Carney leader_of Canada", "Mark Carney position_held \"Prime Minister\""});
  CHECK(relations_of("Anna Lindqvist was named chief executive of Huawei.") ==
        V{"Anna Lindqvist leader_of Huawei", "Anna Lindqvist position_held \"Chief Executive\""});
}

TEST_CASE("relations: an organisation under a person is led by that person, a country is not") {
  CHECK(relations_of("Polls favoured the Conservatives under Pierre Poilievre.") ==
        V{"Pierre Poilievre leader_of Conservative"});
  CHECK(relations_of("Tariffs on Canada under Donald Trump rose.") == V{});
}

TEST_CASE("relations: a title of two coordinated organisations holds for both") {
  CHECK(relations_of("It heard Sundar Pichai, the chief executive of Google and Alphabet, on "
                     "Monday.") ==
        V{"Sundar Pichai leader_of Alphabet", "Sundar Pichai leader_of Google",
          "Sundar Pichai position_held \"Chief Executive\""});
}

TEST_CASE("relations: a unit of, the owner of: owned_by") {
  CHECK(relations_of("It found that Google, a unit of Alphabet, had acted illegally.") ==
        V{"Google owned_by Alphabet"});
  CHECK(relations_of("Alphabet, the owner of Google, fell.") == V{"Google owned_by Alphabet"});
}

TEST_CASE("relations: an 'of' phrase after a titled name names the title's organisation") {
  CHECK(relations_of("President Emmanuel Macron of France spoke.") ==
        V{"Emmanuel Macron leader_of France", "Emmanuel Macron position_held \"President\""});
}

namespace {
// Sets a hand-made parse: heads (-1 = root), deprels, and the VERB tokens' lemmas.
void set_parse(Document& doc, const std::vector<int32_t>& heads, const std::vector<std::string>& rels,
               const std::vector<std::pair<uint32_t, std::string>>& verbs) {
  REQUIRE(heads.size() == doc.tokens.size());
  for (uint32_t t = 0; t < heads.size(); ++t) {
    doc.tokens[t].head = heads[t];
    doc.tokens[t].deprel = rels[t];
    doc.tokens[t].upos = "X";
  }
  for (const auto& [t, lemma] : verbs) {
    doc.tokens[t].upos = "VERB";
    doc.tokens[t].lemma = lemma;
  }
}
}  // namespace

TEST_CASE("relations: a person who leads an organisation is its leader, a pronoun subject too") {
  Document doc = newsgraph::testing::make_doc("Mark Carney spoke. He led the Bank of Canada.");
  find_rule_mentions(lexicon(), doc);
  resolve_aliases(lexicon(), doc);
  // Mark(0) Carney(1) spoke(2) .(3) He(4) led(5) the(6) Bank(7) of(8) Canada(9) .(10)
  set_parse(doc, {1, 2, -1, 2, 5, -1, 7, 5, 9, 7, 5},
            {"compound", "nsubj", "root", "punct", "nsubj", "root", "det", "obj", "case", "nmod",
             "punct"},
            {{2, "speak"}, {5, "lead"}});
  resolve_coreference(lexicon(), doc);
  extract_relations(lexicon(), doc);
  std::vector<std::string> v;
  for (const Relation& r : doc.relations)
    v.push_back(doc.entities[r.subject].name + " " + r.predicate + " " + doc.entities[r.object].name);
  std::sort(v.begin(), v.end());
  CHECK(v == V{"Mark Carney leader_of Bank of Canada", "Mark Carney rel:lead Bank of Canada"});
}

TEST_CASE("relations: of two parsed subjects of one verb the nearer one wins (dateline)") {
  Document doc = newsgraph::testing::make_doc("OTTAWA \xE2\x80\x94 Mark Carney met Xi Jinping.");
  find_rule_mentions(lexicon(), doc);
  resolve_aliases(lexicon(), doc);
  // OTTAWA(0) —(1) Mark(2) Carney(3) met(4) Xi(5) Jinping(6) .(7)
  set_parse(doc, {4, 0, 3, 4, -1, 6, 4, 4},
            {"nsubj", "punct", "compound", "nsubj", "root", "compound", "obj", "punct"},
            {{4, "meet"}});
  resolve_coreference(lexicon(), doc);
  extract_relations(lexicon(), doc);
  REQUIRE(doc.relations.size() == 1);
  CHECK(doc.entities[doc.relations[0].subject].name == "Mark Carney");
  CHECK(doc.relations[0].predicate == "rel:meet");
  CHECK(doc.entities[doc.relations[0].object].name == "Xi Jinping");
}

TEST_CASE("relations: who replaced whom as what: both held the title") {
  CHECK(relations_of("The Liberal Party won. Mark Carney, who replaced Justin Trudeau as Liberal "
                     "leader in March, spoke.") ==
        V{"Justin Trudeau leader_of Liberal Party [former]", "Mark Carney leader_of Liberal Party"});
}

TEST_CASE("relations: a place in a region or country it belongs to is located there") {
  CHECK(relations_of("Protesters rallied in Halifax in Canada.") == V{"Halifax located_in Canada"});
  CHECK(relations_of("Trade grew in Canada in Asia.") == V{});
}

TEST_CASE("relations: 'and then of' continues a title's organisations, a minister's portfolio") {
  CHECK(relations_of("Mark Carney had been governor of the Bank of Canada and then of the Bank "
                     "of England.") ==
        V{"Mark Carney leader_of Bank of Canada", "Mark Carney leader_of Bank of England",
          "Mark Carney position_held \"Governor\""});
  CHECK(relations_of("Chrystia Freeland stays on as minister of transport and internal trade.") ==
        V{"Chrystia Freeland position_held \"minister of transport and internal trade\""});
}

TEST_CASE("relations: a place after 'of' or a determiner is not located by a following 'in'") {
  CHECK(relations_of("He visited the embassy of Halifax in Canada.") == V{});
}

TEST_CASE("relations: an oblique of place, or beside a direct object, is no open-relation object") {
  Document doc = newsgraph::testing::make_doc("Mark Carney held talks with Li Qiang at Rideau Hall.");
  find_rule_mentions(lexicon(), doc);
  resolve_aliases(lexicon(), doc);
  // Mark(0) Carney(1) held(2) talks(3) with(4) Li(5) Qiang(6) at(7) Rideau(8) Hall(9) .(10)
  set_parse(doc, {1, 2, -1, 2, 6, 6, 2, 9, 9, 2, 2},
            {"compound", "nsubj", "root", "obj", "case", "compound", "obl", "case", "compound",
             "obl", "punct"},
            {{2, "hold"}});
  resolve_coreference(lexicon(), doc);
  extract_relations(lexicon(), doc);
  CHECK(doc.relations.empty());
  // Without the object "talks", "with Li Qiang" is the object; "at Rideau Hall" never is.
  Document doc2 = newsgraph::testing::make_doc("Mark Carney sided with Li Qiang at Rideau Hall.");
  find_rule_mentions(lexicon(), doc2);
  resolve_aliases(lexicon(), doc2);
  // Mark(0) Carney(1) sided(2) with(3) Li(4) Qiang(5) at(6) Rideau(7) Hall(8) .(9)
  set_parse(doc2, {1, 2, -1, 5, 5, 2, 8, 8, 2, 2},
            {"compound", "nsubj", "root", "case", "compound", "obl", "case", "compound", "obl",
             "punct"},
            {{2, "side"}});
  resolve_coreference(lexicon(), doc2);
  extract_relations(lexicon(), doc2);
  REQUIRE(doc2.relations.size() == 1);
  CHECK(doc2.relations[0].predicate == "rel:side");
  CHECK(doc2.entities[doc2.relations[0].object].name == "Li Qiang");
}

TEST_CASE("relations: 'Its leader, P' gives leader_of the organisation that opens the previous sentence") {
  CHECK(relations_of("The Green Party lost ground. Its leader, Ana Ruiz, lost her seat.") ==
        V{"Ana Ruiz leader_of Green Party"});
  // Not when the previous sentence opens with a person.
  CHECK(relations_of("Paul Dube lost ground. Its leader, Ana Ruiz, lost her seat.") == V{});
}

TEST_CASE("relations: an open relation under a demand is hedged, the demander's is not") {
  Document doc = newsgraph::testing::make_doc("Peru demanded that Chile release Ana Ruiz.");
  find_rule_mentions(lexicon(), doc);
  resolve_aliases(lexicon(), doc);
  // Peru(0) demanded(1) that(2) Chile(3) release(4) Ana(5) Ruiz(6) .(7)
  set_parse(doc, {1, -1, 4, 4, 1, 4, 5, 1},
            {"nsubj", "root", "mark", "nsubj", "ccomp", "obj", "flat", "punct"},
            {{1, "demand"}, {4, "release"}});
  extract_relations(lexicon(), doc);
  std::vector<std::string> v;
  for (const Relation& r : doc.relations)
    v.push_back(doc.entities[r.subject].name + " " + r.predicate + " " + doc.entities[r.object].name +
                (r.hedged ? " hedged" : ""));
  CHECK(v == V{"Chile rel:release Ana Ruiz hedged"});
}

TEST_CASE("relations: 'resigned as' / 'stepped down as' T of M gives the title held, as former") {
  CHECK(relations_of("Ana Ruiz resigned as prime minister of Peru on Monday.") ==
        V{"Ana Ruiz leader_of Peru [former]", "Ana Ruiz position_held \"Prime Minister\" [former]"});
  CHECK(relations_of("Ana Ruiz stepped down as prime minister of Peru.") ==
        V{"Ana Ruiz leader_of Peru [former]", "Ana Ruiz position_held \"Prime Minister\" [former]"});
}

TEST_CASE("relations: a relative clause gives a title, 'until' and 'served as' make it former") {
  CHECK(relations_of("Lena Varga, who was trade minister until May, spoke.") ==
        V{"Lena Varga position_held \"Trade Minister\" [former]"});
  CHECK(relations_of("Tomas Brill, who served as vice president under Ana Ruiz, fled.") ==
        V{"Tomas Brill position_held \"Vice President\" [former]"});
  CHECK(relations_of("Tomas Brill, who is the finance minister, fled.") ==
        V{"Tomas Brill position_held \"Finance Minister\""});
}

TEST_CASE("relations: a country's minister or ambassador works for the country") {
  CHECK(relations_of("On Friday, Chile's foreign minister, Lena Varga, left Lima.") ==
        V{"Lena Varga position_held \"Foreign Minister\"", "Lena Varga works_for Chile"});
  CHECK(relations_of("On Friday the Chilean ambassador, Tomas Brill, left.") ==
        V{"Tomas Brill citizen_of Chile", "Tomas Brill position_held \"Ambassador\"",
          "Tomas Brill works_for Chile"});
}

TEST_CASE("relations: a bare title takes no country its own sentence contradicts") {
  // The only country named is the dateline's, but the White House is the United States'.
  CHECK(relations_of("KIGALI, Rwanda - A fever outbreak killed six people. President Joe Biden "
                     "offered help, the White House said.") ==
        V{"Joe Biden position_held \"President\"", "Kigali located_in Rwanda"});
  // Ecuador's presidency is Noboa's (his sentence names Ecuador): the other president, under the
  // QUITO dateline, does not take it.
  CHECK(relations_of("QUITO, Ecuador - Police entered the embassy. Ecuador's government, led by "
                     "President Daniel Noboa, defended it. Mexico and Brazil protested. \"This is "
                     "an outrage,\" said President Ana Ruiz.") ==
        V{"Ana Ruiz position_held \"President\"", "Daniel Noboa leader_of Ecuador",
          "Daniel Noboa position_held \"President\"", "Quito located_in Ecuador"});
}

TEST_CASE("relations: an appointing verb's object before 'as' T holds the title, not a planned one") {
  std::vector<std::string> v = relations_of("Ana Ruiz named Paul Dube as finance minister on Tuesday.");
  CHECK(std::find(v.begin(), v.end(), "Paul Dube position_held \"Finance Minister\"") != v.end());
  CHECK(std::find(v.begin(), v.end(), "Ana Ruiz position_held \"Finance Minister\"") == v.end());
  // Not yet done.
  v = relations_of("Ana Ruiz plans to name Paul Dube as finance minister.");
  CHECK(std::find(v.begin(), v.end(), "Paul Dube position_held \"Finance Minister\"") == v.end());
}

TEST_CASE("relations: ORG completed its acquisition of ORG2 gives ORG2 owned_by ORG, a blocked one does not") {
  std::vector<std::string> v =
      relations_of("The Acme Corporation completed its acquisition of the Zenith Company in May.");
  CHECK(std::find(v.begin(), v.end(), "Zenith Company owned_by Acme Corporation") != v.end());
  // An amount before the deal noun.
  v = relations_of("The Acme Corporation completed its $2.5 billion purchase of the Zenith Company.");
  CHECK(std::find(v.begin(), v.end(), "Zenith Company owned_by Acme Corporation") != v.end());
  v = relations_of("Peru blocked the acquisition of the Zenith Company by the Acme Corporation.");
  CHECK(std::find(v.begin(), v.end(), "Zenith Company owned_by Acme Corporation") == v.end());
}

TEST_CASE("relations: lower-case words between 'the' and the organisation of a title are skipped") {
  CHECK(relations_of("Ana Ruiz, the leader of the opposition Green Party, spoke.") ==
        V{"Ana Ruiz leader_of Green Party"});
}

TEST_CASE("relations: a team before a coach's title gives works_for") {
  // "coach" names a post (position_held), unlike the staff nouns "executive" and "official".
  CHECK(relations_of("Acme Corporation coach Ana Ruiz left on Monday.") ==
        V{"Ana Ruiz position_held \"Coach\"", "Ana Ruiz works_for Acme Corporation"});
  CHECK(relations_of("Ana Ruiz, the head coach of the Zenith Company, spoke.") ==
        V{"Ana Ruiz position_held \"Head Coach\"", "Ana Ruiz works_for Zenith Company"});
}

// Bug found by a user: a prime minister became the UK's leader because the article named
// London in another paragraph.
TEST_CASE("relations: a country named only by a city counts for a bare title in its sentence or dateline") {
  CHECK(relations_of("Prime Minister Ana Duarte took office on Tuesday. Markets in London rose.") ==
        V{"Ana Duarte position_held \"Prime Minister\""});
  CHECK(relations_of("Prime Minister Ana Duarte spoke in London on Tuesday.") ==
        V{"Ana Duarte leader_of United Kingdom", "Ana Duarte position_held \"Prime Minister\""});
  CHECK(relations_of("LONDON \xE2\x80\x94 Stocks fell. Later, Prime Minister Ana Duarte spoke.") ==
        V{"Ana Duarte leader_of United Kingdom", "Ana Duarte position_held \"Prime Minister\""});
}

// A user's bug: "Vice Premier" was read as "Premier" after an unknown word, which made a
// Chinese vice premier the leader of China.
TEST_CASE("relations: a deputy's title leads nothing") {
  CHECK(relations_of("Chinese Vice Premier Zhang Wei met the delegation.") ==
        V{"Zhang Wei citizen_of China", "Zhang Wei position_held \"Vice Premier\""});
  CHECK(relations_of("Ontario Deputy Premier Anna Lindqvist spoke first.") ==
        V{"Anna Lindqvist position_held \"Deputy Premier\""});
  CHECK(relations_of("Chinese Premier Zhang Wei met the delegation.") ==
        V{"Zhang Wei leader_of China", "Zhang Wei position_held \"Premier\""});
}
