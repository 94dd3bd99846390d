#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractor/alias.h"
#include "extractor/coref.h"
#include "extractor/lexicon.h"
#include "extractor/ner_rules.h"
#include "extractor/quotes.h"
#include "extractor/relations.h"
#include "rule_doc.h"

using namespace newsgraph::extractor;

namespace {
const Lexicon& lexicon() { return newsgraph::testing::shipped_lexicon(); }

Document coref_doc(const std::string& text) {
  Document doc = newsgraph::testing::make_doc(text);
  find_rule_mentions(lexicon(), doc);
  resolve_aliases(lexicon(), doc);
  resolve_coreference(lexicon(), doc);
  return doc;
}

// "anaphor -> entity name" for every coref mention, in text order.
std::vector<std::string> links_of(const std::string& text) {
  Document doc = coref_doc(text);
  std::vector<std::string> out;
  for (const Mention& m : doc.mentions)
    if (is_coref_mention(m))
      out.push_back(std::string(doc.slice(m.span)) + " -> " + doc.entities[m.entity].name);
  return out;
}

// The token index of the n-th (0-based) token whose text is `word`.
uint32_t token_of(const Document& doc, std::string_view word, int n = 0) {
  for (uint32_t t = 0; t < doc.tokens.size(); ++t)
    if (doc.slice(doc.tokens[t].span) == word && n-- == 0) return t;
  FAIL("no token " << word);
  return 0;
}

std::string name_at(const Document& doc, std::string_view word, int n = 0) {
  int32_t e = entity_at(doc, token_of(doc, word, n));
  return e < 0 ? "-1" : doc.entities[e].name;
}

using V = std::vector<std::string>;
}  // namespace

TEST_CASE("coref: he and his take the person of the previous sentence") {
  CHECK(links_of("Mark Carney landed in Beijing. He said his spokesman would brief reporters.") ==
        V{"He -> Mark Carney", "his -> Mark Carney"});
  // A possessive is linked only before a title, where a relation needs it.
  CHECK(links_of("Mark Carney landed in Beijing. He said his visit would be short.") ==
        V{"He -> Mark Carney"});
}

TEST_CASE("coref: a subject in the same sentence beats the previous sentence's subject") {
  Document doc = coref_doc("Mark Carney spoke first. Xi Jinping said he would visit Ottawa.");
  CHECK(name_at(doc, "he") == "Xi Jinping");
}

TEST_CASE("coref: she never resolves to an organisation or a man") {
  CHECK(links_of("Huawei Technologies denied the claims. She said nothing.") == V{});
  CHECK(links_of("Mr. Hugh Hill arrived. She said nothing.") == V{});
  CHECK(links_of("Mrs. Ada Lund met Mr. Hugh Hill. She said the talks went well.") ==
        V{"She -> Ada Lund"});
}

TEST_CASE("coref: a person's pronoun fixes the gender for later pronouns") {
  CHECK(links_of("Ada Lund met Hugh Hill. She said little. Later he said more.") ==
        V{"She -> Ada Lund", "he -> Hugh Hill"});
}

TEST_CASE("coref: it and its take an organisation or country, only with a reporting or event verb") {
  CHECK(links_of("Huawei Technologies lost the case. It said the ruling was wrong.") ==
        V{"It -> Huawei"});
  CHECK(links_of("Huawei Technologies lost the case. It is expected to appeal.") == V{});
  CHECK(links_of("Canada raised tariffs. Its finance minister said more would come.") ==
        V{"Its -> Canada"});
}

TEST_CASE("coref: they takes a group, never a single person") {
  CHECK(links_of("Many Canadians protested. They said prices were too high.") ==
        V{"They -> Canadian"});
  CHECK(links_of("Mark Carney arrived. They said prices were too high.") == V{});
}

TEST_CASE("coref: role nouns take the holder of the title or the entity of the type") {
  CHECK(links_of("Prime Minister Mark Carney met Xi Jinping. The prime minister said the "
                 "talks were useful.") == V{"prime minister -> Mark Carney"});
  CHECK(links_of("Canadian Prime Minister Mark Carney met Li Qiang. The Canadian leader said "
                 "trade would grow.") == V{"leader -> Mark Carney"});
  CHECK(links_of("Huawei Technologies lost the case. The company said it would sue.") ==
        V{"company -> Huawei", "it -> Huawei"});
  CHECK(links_of("The Supreme Court heard the case. The court said the law stands.") ==
        V{"court -> Supreme Court"});
}

TEST_CASE("coref: a role noun with no holder or entity of its kind, and an apposition, stay unlinked") {
  CHECK(links_of("Mark Carney met Xi Jinping. The president said little.") == V{});
  CHECK(links_of("The Supreme Court heard the case. The company said nothing.") == V{});
  CHECK(links_of("Mark Carney, the prime minister, met Xi Jinping.") == V{});
}

TEST_CASE("coref: a cataphor or a pronoun without antecedent gives -1") {
  Document doc = coref_doc("When he arrived, Mark Carney met Xi Jinping.");
  CHECK(name_at(doc, "he") == "-1");
  Document none = coref_doc("He said the talks went well.");
  CHECK(name_at(none, "He") == "-1");
  CHECK(entity_at(none, 999) == -1);
}

TEST_CASE("coref: pronouns inside a quotation are the speaker's words and stay unlinked") {
  Document doc = coref_doc("Mark Carney met Xi Jinping. \"I think we agree, and he knows it,\" "
                           "Carney said.");
  CHECK(name_at(doc, "I") == "-1");
  CHECK(name_at(doc, "we") == "-1");
  CHECK(name_at(doc, "he") == "-1");
  CHECK(name_at(doc, "Carney", 1) == "Mark Carney");
}

TEST_CASE("coref: coref mentions join their entity without becoming aliases or names") {
  Document doc = coref_doc("Mark Carney landed. He said the visit went well.");
  REQUIRE(doc.entities.size() == 1);
  const Entity& e = doc.entities[0];
  CHECK(e.name == "Mark Carney");
  CHECK(e.aliases == V{"Mark Carney"});
  REQUIRE(e.mentions.size() == 2);
  const Mention& he = doc.mentions[e.mentions[1]];
  CHECK(doc.slice(he.span) == "He");
  CHECK(he.source == "coref");
  CHECK(he.type == EntityType::kPerson);
  // A second run replaces, never duplicates.
  resolve_coreference(lexicon(), doc);
  CHECK(doc.entities[0].mentions.size() == 2);
  CHECK(doc.mentions.size() == 2);
}

// Bug found by a user: "Vice Premier He Lifeng" was read as the pronoun "He" and linked to
// the person before it, which gave that person the title and a meeting with himself.
TEST_CASE("coref: a capitalised He inside a sentence is a name, not a pronoun") {
  CHECK(links_of("Mark Carney met Vice Premier He Lifeng in May.").empty());
  CHECK(links_of("Mark Carney landed in Beijing. He met the press.") == V{"He -> Mark Carney"});
}

TEST_CASE("coref: 'the country' takes the article's main country, not the last one named") {
  // Vietnam is named twice in the lead; Laos once, in a side sentence three sentences back.
  CHECK(links_of("HANOI, Vietnam - Floods hit northern Vietnam on Monday. Rescuers reached "
                 "villages near Hanoi. In Laos, officials closed a road. Rescuers searched the "
                 "rubble overnight. Roads stayed shut. The country said it would rebuild.") ==
        V{"country -> Vietnam"});
  // A country named in the previous sentence still wins over one named once in the lead.
  CHECK(links_of("Floods hit Vietnam on Monday. Rescuers reached villages. Laos closed a road. "
                 "The country said it would help.") == V{"country -> Laos"});
}
