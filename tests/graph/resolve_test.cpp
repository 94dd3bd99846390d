// Cross-article entity resolution (graph/resolve.h) through write_article on hand-built
// Documents: which canonical entity each in-article entity became, with decision and reason.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/resolve.h"
#include "graph/sqlite.h"
#include "graph/store.h"
#include "tests/graph/sample_graph.h"
#include "tests/graph/store_rows.h"

using namespace newsgraph::graph;
using newsgraph::extractor::EntityType;
using newsgraph::testing::column;
using newsgraph::testing::DocBuilder;
using newsgraph::testing::open_memory;
using newsgraph::testing::write_doc;

namespace {

// One sentence, one entity named `name` of `type`.
DocBuilder one_entity(const std::string& id, const std::string& text, const std::string& name,
                      EntityType type, std::vector<std::string> aliases) {
  DocBuilder b(id, "2025-05-01", text);
  b.sentence(text);
  b.entity(name, type, std::move(aliases), {{name, 0}});
  return b;
}

// "<bank> in <city> ...": an ORG located_in a GPE.
DocBuilder bank_in(const std::string& id, const std::string& text, const std::string& bank,
                   const std::string& city) {
  DocBuilder b(id, "2025-05-01", text);
  b.sentence(text);
  int32_t org = b.entity(bank, EntityType::kOrg, {bank}, {{bank, 0}});
  if (!city.empty()) {
    int32_t gpe = b.entity(city, EntityType::kGpe, {city}, {{city, 0}});
    b.relation(org, "located_in", gpe, bank + " in " + city);
  }
  return b;
}

std::string decisions(const Store& s) {
  std::string out;
  for (const auto& row : column(s, "SELECT article_id || ' ' || local_id || ' ' || name || ' -> #' || "
                                   "entity_id || ' ' || decision || ': ' || reason "
                                   "FROM entity_merges ORDER BY article_id, local_id"))
    out += row + "\n";
  return out;
}

}  // namespace

TEST_CASE("resolve: leading titles are dropped from PERSON name keys only") {
  CHECK(person_key("president xi") == "xi");
  CHECK(person_key("prime minister mark carney") == "mark carney");
  CHECK(person_key("former us") == "us");
  CHECK(person_key("dr") == "dr");  // a title alone is kept
  CHECK(person_key("xi jinping") == "xi jinping");
  CHECK(name_key("President Xi", "PERSON") == "xi");
  CHECK(name_key("President Xi", "ORG") == "president xi");
}

TEST_CASE("resolve: 'President Xi' merges with Xi Jinping, titles stripped, by the family name") {
  Store s = open_memory();
  write_doc(s, one_entity("x1", "Xi Jinping spoke.", "Xi Jinping", EntityType::kPerson, {"Xi Jinping"}));
  write_doc(s, one_entity("x2", "President Xi spoke.", "President Xi", EntityType::kPerson,
                      {"President Xi"}));
  CHECK(decisions(s) ==
        "1 E1 Xi Jinping -> #1 new: no entity named 'xi jinping' or aliased so\n"
        "2 E1 President Xi -> #1 alias: name-word link between 'President Xi' and #1 'Xi Jinping'\n");
}

TEST_CASE("resolve: a titled short name seen first takes the full name whose article uses it") {
  Store s = open_memory();
  write_doc(s, one_entity("x1", "President Xi spoke.", "President Xi", EntityType::kPerson,
                      {"President Xi"}));
  write_doc(s, one_entity("x2", "Xi Jinping, or Xi, spoke.", "Xi Jinping", EntityType::kPerson,
                      {"Xi Jinping", "Xi"}));
  write_doc(s, one_entity("x3", "Xi Jinping spoke.", "Xi Jinping", EntityType::kPerson, {"Xi Jinping"}));
  CHECK(decisions(s) ==
        "1 E1 President Xi -> #1 new: no entity named 'xi' or aliased so\n"
        "2 E1 Xi Jinping -> #1 alias: alias link between 'Xi Jinping' and #1 'President Xi' "
        "(renamed to 'Xi Jinping')\n"
        "3 E1 Xi Jinping -> #1 name: same name 'xi jinping'\n");
}

TEST_CASE("resolve: a one-word PERSON name links to the one stored name it ends, or starts after a title") {
  Store s = open_memory();
  write_doc(s, one_entity("g1", "Ernesto Guevara spoke.", "Ernesto Guevara", EntityType::kPerson,
                          {"Ernesto Guevara"}));
  write_doc(s, one_entity("g2", "Guevara left.", "Guevara", EntityType::kPerson, {"Guevara"}));
  write_doc(s, one_entity("g3", "Ernesto waved.", "Ernesto", EntityType::kPerson, {"Ernesto"}));
  write_doc(s, one_entity("g4", "Lee Jae-myung spoke.", "Lee Jae-myung", EntityType::kPerson,
                          {"Lee Jae-myung"}));
  write_doc(s, one_entity("g5", "Lee Kuan Yew spoke.", "Lee Kuan Yew", EntityType::kPerson,
                          {"Lee Kuan Yew"}));
  write_doc(s, one_entity("g6", "President Lee spoke.", "President Lee", EntityType::kPerson,
                          {"President Lee"}));
  CHECK(column(s, "SELECT article_id || ' #' || entity_id || ' ' || decision || ': ' || reason "
                  "FROM entity_merges ORDER BY article_id") ==
        std::vector<std::string>{
            "1 #1 new: no entity named 'ernesto guevara' or aliased so",
            "2 #1 alias: name-word link between 'Guevara' and #1 'Ernesto Guevara'",
            // A first word alone is a given name.
            "3 #2 new: no entity named 'ernesto' or aliased so",
            "4 #3 new: no entity named 'lee jae-myung' or aliased so",
            "5 #4 new: no entity named 'lee kuan yew' or aliased so",
            "6 #5 ambiguous: ambiguous alias 'President Lee': #3 'Lee Jae-myung' #4 'Lee Kuan Yew'"});
}

TEST_CASE("resolve: a stored one-word name does not take a longer name on a guess") {
  // The article of the longer name never uses the short one: "Bush" of one decade is not
  // "Jeb Bush" of the next.
  Store s = open_memory();
  write_doc(s, one_entity("y1", "Bush vetoed the bill.", "Bush", EntityType::kPerson, {"Bush"}));
  write_doc(s, one_entity("y2", "Jeb Bush campaigned.", "Jeb Bush", EntityType::kPerson, {"Jeb Bush"}));
  CHECK(decisions(s) == "1 E1 Bush -> #1 new: no entity named 'bush' or aliased so\n"
                        "2 E1 Jeb Bush -> #2 new: no entity named 'jeb bush' or aliased so\n");
}

TEST_CASE("resolve: a stored given name after a royal title does not take a longer name") {
  // The extractor stores "Prince Harry" as "Harry"; a later "Harry Kane" who is also called
  // "Harry" is someone else. After a political title the one word is a family name.
  Store s = open_memory();
  write_doc(s, one_entity("r1", "Prince Harry visited.", "Harry", EntityType::kPerson, {"Harry"}));
  write_doc(s, one_entity("r2", "Harry Kane, or Harry, scored.", "Harry Kane", EntityType::kPerson,
                          {"Harry Kane", "Harry"}));
  write_doc(s, one_entity("r3", "Harry waved.", "Harry", EntityType::kPerson, {"Harry"}));
  write_doc(s, one_entity("r4", "Harry Lime, or Harry, left.", "Harry Lime", EntityType::kPerson,
                          {"Harry Lime", "Harry"}));
  write_doc(s, one_entity("r5", "President Xi spoke.", "Xi", EntityType::kPerson, {"Xi"}));
  write_doc(s, one_entity("r6", "Xi Jinping, or Xi, spoke.", "Xi Jinping", EntityType::kPerson,
                          {"Xi Jinping", "Xi"}));
  CHECK(decisions(s) ==
        "1 E1 Harry -> #1 new: no entity named 'harry' or aliased so\n"
        "2 E1 Harry Kane -> #2 conflict: same name or alias, but #1 'Harry' is a given name "
        "('harry' with no family-name title)\n"
        "3 E1 Harry -> #1 name: same name 'harry'\n"
        "4 E1 Harry Lime -> #3 conflict: same name or alias, but #1 'Harry' is a given name "
        "('harry' with no family-name title)\n"
        "5 E1 Xi -> #4 new: no entity named 'xi' or aliased so\n"
        "6 E1 Xi Jinping -> #4 alias: alias link between 'Xi Jinping' and #4 'Xi' "
        "(renamed to 'Xi Jinping')\n");
}

TEST_CASE("resolve: Jordan the country and a person named Jordan stay apart by every rule") {
  Store s = open_memory();
  write_doc(s, one_entity("j1", "Jordan closed a border crossing.", "Jordan", EntityType::kGpe, {"Jordan"}));
  write_doc(s, one_entity("j2", "Jordan scored late.", "Jordan", EntityType::kPerson, {"Jordan"}));
  write_doc(s, one_entity("j3", "Michael Jordan retired.", "Michael Jordan", EntityType::kPerson,
                      {"Michael Jordan", "Jordan"}));
  write_doc(s, one_entity("j4", "Jordan hosted the talks.", "Jordan", EntityType::kGpe, {"Jordan"}));
  CHECK(decisions(s) ==
        "1 E1 Jordan -> #1 new: no entity named 'jordan' or aliased so\n"
        "2 E1 Jordan -> #2 new: no entity named 'jordan' or aliased so\n"
        "3 E1 Michael Jordan -> #2 alias: alias link between 'Michael Jordan' and #2 'Jordan' "
        "(renamed to 'Michael Jordan')\n"
        "4 E1 Jordan -> #1 name: same name 'jordan'\n");
  CHECK(column(s, "SELECT name || ' ' || type FROM entities ORDER BY id") ==
        std::vector<std::string>{"Jordan GPE", "Michael Jordan PERSON"});
}

TEST_CASE("resolve: same-name ORGs in different cities stay apart, with the conflict recorded") {
  Store s = open_memory();
  DocBuilder first = bank_in("b1", "First National Bank in Springfield, in Illinois, raised rates.",
                             "First National Bank", "Springfield");
  int32_t illinois = first.entity("Illinois", EntityType::kGpe, {"Illinois"}, {{"Illinois", 0}});
  first.relation(1, "located_in", illinois, "Springfield, in Illinois");
  write_doc(s, first);  // #1 the bank, #2 Springfield, #3 Illinois
  write_doc(s, bank_in("b2", "First National Bank in Portland cut jobs.", "First National Bank",
                   "Portland"));  // #4 a second bank, #5 Portland
  write_doc(s, bank_in("b3", "First National Bank in Portland hired.", "First National Bank",
                   "Portland"));
  write_doc(s, bank_in("b4", "First National Bank in Illinois grew.", "First National Bank",
                   "Illinois"));
  write_doc(s, bank_in("b5", "First National Bank reported a profit.", "First National Bank", ""));
  CHECK(column(s, "SELECT article_id || ' -> #' || entity_id || ' ' || decision || ': ' || reason "
                  "FROM entity_merges WHERE local_id = 'E1' ORDER BY article_id") ==
        std::vector<std::string>{
            "1 -> #1 new: no entity named 'first national bank' or aliased so",
            "2 -> #4 conflict: same name or alias, but #1 'First National Bank' is located in "
            "'springfield', this one in 'portland'",
            "3 -> #4 name: same name 'first national bank'; kept apart: #1 'First National Bank' "
            "is located in 'springfield', this one in 'portland'",
            // Springfield is in Illinois, as the store knows from the first article.
            "4 -> #1 name: same name 'first national bank'; kept apart: #4 'First National Bank' "
            "is located in 'portland', this one in 'illinois'",
            "5 -> #6 ambiguous: ambiguous name 'first national bank': #1 'First National Bank' "
            "#4 'First National Bank' (no location evidence tells them apart)"});
}

TEST_CASE("resolve: different knowledge-base ids keep same-name entities apart") {
  Store s = open_memory();
  DocBuilder a = one_entity("k1", "Georgia voted.", "Georgia", EntityType::kGpe, {"Georgia"});
  a.doc.entities[0].kb = "Q1428";
  DocBuilder b = one_entity("k2", "Georgia protested.", "Georgia", EntityType::kGpe, {"Georgia"});
  b.doc.entities[0].kb = "Q230";
  write_doc(s, a);
  write_doc(s, b);
  CHECK(column(s, "SELECT entity_id || ' ' || decision || ': ' || reason FROM entity_merges "
                  "WHERE article_id = 2") ==
        std::vector<std::string>{"2 conflict: same name or alias, but knowledge-base ids differ: "
                                 "#1 'Georgia' is Q1428, this one Q230"});
}

namespace {

// One sentence naming a generic government body and, unless empty, a country (a GPE).
DocBuilder body_in(const std::string& id, const std::string& text, const std::string& body,
                   const std::string& country) {
  DocBuilder b(id, "2025-05-01", text);
  b.sentence(text);
  b.entity(body, EntityType::kOrg, {body}, {{body, 0}});
  if (!country.empty()) b.entity(country, EntityType::kGpe, {country}, {{country, 0}});
  return b;
}

}  // namespace

TEST_CASE("resolve: generic government-body names are generic only when every word is") {
  CHECK(is_generic_body("commerce ministry"));
  CHECK(is_generic_body("department of justice"));
  CHECK(is_generic_body("supreme court"));
  CHECK(is_generic_body("parliament"));
  CHECK(is_generic_body("central bank"));
  CHECK_FALSE(is_generic_body("bank"));
  CHECK_FALSE(is_generic_body("us district court"));
  CHECK_FALSE(is_generic_body("canadian parliament"));
  CHECK_FALSE(is_generic_body("first national bank"));
}

TEST_CASE("resolve: same-name government bodies merge only when their stated countries agree") {
  CHECK(country_word_before("said that China's ") == "china");
  CHECK(country_word_before("the U.S. ") == "us");
  CHECK(country_word_before("the") == "");
  CHECK(country_word_starting("china's commerce ministry") == "china");
  CHECK(country_word_starting("health ministry") == "");
  CHECK(country_word_starting("first national bank") == "");
  Store s = open_memory();
  // #1 the body, #2 Freedonia: the country named right before the body.
  write_doc(s, body_in("g1", "Freedonia's Trade Ministry objected.", "Trade Ministry", "Freedonia"));
  // #3 Sylvania's body, #4 Sylvania.
  write_doc(s, body_in("g2", "Sylvania's Trade Ministry replied.", "Trade Ministry", "Sylvania"));
  write_doc(s, body_in("g3", "Freedonia's Trade Ministry answered.", "Trade Ministry", "Freedonia"));
  // No stated country: nothing tells the two apart.
  write_doc(s, body_in("g4", "The Trade Ministry was silent.", "Trade Ministry", ""));
  CHECK(column(s, "SELECT article_id || ' -> #' || entity_id || ' ' || decision || ': ' || reason "
                  "FROM entity_merges WHERE local_id = 'E1' ORDER BY article_id") ==
        std::vector<std::string>{
            "1 -> #1 new: no entity named 'trade ministry' or aliased so",
            "2 -> #3 conflict: same name or alias, but generic name 'trade ministry': #1 'Trade "
            "Ministry' is of 'freedonia', this one of 'sylvania'",
            "3 -> #1 name: same name 'trade ministry'; kept apart: generic name 'trade "
            "ministry': #3 'Trade Ministry' is of 'sylvania', this one of 'freedonia'",
            "4 -> #5 ambiguous: ambiguous name 'trade ministry': #1 'Trade Ministry' #3 'Trade "
            "Ministry' (no location evidence tells them apart)"});
}

TEST_CASE("resolve: legislatures and parties that many countries share are generic names") {
  CHECK(is_generic_body("national assembly"));
  CHECK(is_generic_body("senate"));
  CHECK(is_generic_body("house of commons"));
  CHECK(is_generic_body("democratic party"));
  CHECK(is_generic_body("liberal party"));
  CHECK(is_generic_body("conservative party"));
  CHECK(is_generic_body("social democrats"));
  CHECK(is_generic_body("national police"));  // a police force
  CHECK(is_generic_body("police"));
  // Not the one-word names of the US parties and Congress: most English news means those,
  // and a country stated wrongly once would split every later mention (measured).
  CHECK_FALSE(is_generic_body("republicans"));
  CHECK_FALSE(is_generic_body("democrats"));
  CHECK_FALSE(is_generic_body("congress"));
  CHECK_FALSE(is_generic_body("white house"));
  CHECK_FALSE(is_generic_body("national rally"));
  CHECK_FALSE(is_generic_body("freedonian democratic party"));
  CHECK(country_word_starting("freedonia's liberal party") == "freedonia");
}

TEST_CASE("resolve: an article's dateline places are the capitalised words before its dash") {
  CHECK(dateline_places("RIVERTON \xE2\x80\x94 The vote was held.") ==
        std::vector<std::string>{"riverton"});
  CHECK(dateline_places("  PORT ELLIS, Freedonia \xE2\x80\x93 Ships docked.") ==
        std::vector<std::string>{"port ellis", "freedonia"});
  CHECK(dateline_places("RIVERTON (Wire) - Rain fell.") == std::vector<std::string>{"riverton"});
  CHECK(dateline_places("Riverton \xE2\x80\x94 The vote was held.").empty());
  CHECK(dateline_places("The vote \xE2\x80\x94 a close one \xE2\x80\x94 was held.").empty());
  CHECK(dateline_places("").empty());
}

TEST_CASE("resolve: generic bodies with no stated country are told apart by their datelines") {
  Store s = open_memory();
  // #1 the assembly, #2 Riverton.
  write_doc(s, body_in("d1", "RIVERTON \xE2\x80\x94 The National Assembly voted.",
                       "National Assembly", "RIVERTON"));
  // #3 Capitola's assembly, #4 Capitola: another dateline, another country's assembly.
  write_doc(s, body_in("d2", "CAPITOLA \xE2\x80\x94 The National Assembly voted.",
                       "National Assembly", "CAPITOLA"));
  // The same dateline: the same assembly.
  write_doc(s, body_in("d3", "RIVERTON \xE2\x80\x94 The National Assembly adjourned.",
                       "National Assembly", "RIVERTON"));
  // #5: a stated country on one side is not weighed against the other's dateline.
  write_doc(s, body_in("d4", "Freedonia's Trade Ministry objected.", "Trade Ministry", "Freedonia"));
  write_doc(s, body_in("d5", "CAPITOLA \xE2\x80\x94 The Trade Ministry answered.",
                       "Trade Ministry", "CAPITOLA"));
  CHECK(column(s, "SELECT article_id || ' -> #' || entity_id || ' ' || decision || ': ' || reason "
                  "FROM entity_merges WHERE local_id = 'E1' ORDER BY article_id") ==
        std::vector<std::string>{
            "1 -> #1 new: no entity named 'national assembly' or aliased so",
            "2 -> #3 conflict: same name or alias, but generic name 'national assembly': #1 "
            "'National Assembly' is datelined 'riverton', this one datelined 'capitola'",
            "3 -> #1 name: same name 'national assembly'; kept apart: generic name 'national "
            "assembly': #3 'National Assembly' is datelined 'capitola', this one datelined "
            "'riverton'",
            "4 -> #5 new: no entity named 'trade ministry' or aliased so",
            "5 -> #5 name: same name 'trade ministry'"});
}

TEST_CASE("resolve: a generic body with no stated country merges by name as before") {
  Store s = open_memory();
  write_doc(s, body_in("h1", "Freedonia's Supreme Court ruled.", "Supreme Court", "Freedonia"));
  write_doc(s, body_in("h2", "The Supreme Court ruled again.", "Supreme Court", ""));
  CHECK(column(s, "SELECT article_id || ' -> #' || entity_id || ' ' || decision "
                  "FROM entity_merges WHERE local_id = 'E1' ORDER BY article_id") ==
        std::vector<std::string>{"1 -> #1 new", "2 -> #1 name"});
}

TEST_CASE("resolve: a one-word name that starts two stored PERSON names links to neither") {
  Store s = open_memory();
  DocBuilder a("p1", "2025-05-01", "Michael Kovrig and Michael Spavor were held.");
  a.sentence("Michael Kovrig and Michael Spavor were held.");
  a.entity("Michael Kovrig", EntityType::kPerson, {"Michael Kovrig"}, {{"Michael Kovrig", 0}});
  // The extractor's in-article coreference gave the lone given name to one of them.
  a.entity("Michael Spavor", EntityType::kPerson, {"Michael Spavor", "Michael"},
           {{"Michael Spavor", 0}});
  write_doc(s, a);
  write_doc(s, one_entity("p2", "Michael wrote home.", "Michael", EntityType::kPerson,
                          {"Michael"}));
  CHECK(decisions(s) ==
        "1 E1 Michael Kovrig -> #1 new: no entity named 'michael kovrig' or aliased so\n"
        "1 E2 Michael Spavor -> #2 new: no entity named 'michael spavor' or aliased so\n"
        "2 E1 Michael -> #3 ambiguous: one-word name 'Michael' is the first word of #1 "
        "'Michael Kovrig' #2 'Michael Spavor' (no alias link to one of them)\n");
}

TEST_CASE("resolve: an ORG acronym and the LAW it abbreviates join across articles, either order") {
  const std::string full = "Atlantic Fisheries Accord";
  Store s = open_memory();
  write_doc(s, one_entity("x1", "The AFA expired.", "AFA", EntityType::kOrg, {"AFA"}));
  write_doc(s, one_entity("x2", full + " (AFA) was signed.", full, EntityType::kLaw, {full, "AFA"}));
  write_doc(s, one_entity("x3", "The AFA was replaced.", "AFA", EntityType::kOrg, {"AFA"}));
  CHECK(decisions(s) ==
        "1 E1 AFA -> #1 new: no entity named 'afa' or aliased so\n"
        "2 E1 " + full + " -> #1 alias: alias link between '" + full + "' and #1 'AFA' "
        "(renamed to '" + full + "')\n"
        "3 E1 AFA -> #1 alias: alias link between 'AFA' and #1 '" + full + "'\n");
  CHECK(column(s, "SELECT name || ' ' || type FROM entities") ==
        std::vector<std::string>{full + " LAW"});
}

TEST_CASE("resolve: only an all-capitals ORG name links to a LAW, types stay apart otherwise") {
  CHECK(alias_types_compatible("ORG", "NAFTA", "LAW", "North American Free Trade Agreement"));
  CHECK(alias_types_compatible("EVENT", "Conference of the Parties", "ORG", "COP"));
  CHECK_FALSE(alias_types_compatible("ORG", "Nafta", "LAW", "North American Free Trade Agreement"));
  CHECK_FALSE(alias_types_compatible("ORG", "NAFTA", "PERSON", "Nafta Smith"));
  CHECK_FALSE(alias_types_compatible("PERSON", "JFK", "FAC", "JFK Airport"));
  CHECK(alias_types_compatible("GPE", "Beijing", "LOC", "Beijing"));
}

TEST_CASE("resolve: an acronym left on its own joins the full name when a later article defines it") {
  const std::string full = "Atlantic Fisheries Accord";
  Store s = open_memory();
  write_doc(s, one_entity("x1", full + " expired.", full, EntityType::kLaw, {full}));
  write_doc(s, one_entity("x2", "The AFA expired.", "AFA", EntityType::kOrg, {"AFA"}));
  write_doc(s, one_entity("x3", "An AFA person spoke.", "AFA", EntityType::kPerson, {"AFA"}));
  write_doc(s, one_entity("x4", full + " (AFA) was signed.", full, EntityType::kLaw, {full, "AFA"}));
  CHECK(decisions(s) ==
        "1 E1 " + full + " -> #1 new: no entity named 'atlantic fisheries accord' or aliased so\n"
        "2 E1 AFA -> #1 alias: alias link made later: article x4 names 'AFA' as an alias of '" +
        full + "', so #2 'AFA' joined #1; was new\n"
        "3 E1 AFA -> #3 new: no entity named 'afa' or aliased so\n"
        "4 E1 " + full + " -> #1 name: same name 'atlantic fisheries accord'\n");
  CHECK(column(s, "SELECT id || ' ' || name || ' ' || type || ' ' || mention_count || ' ' || "
                  "article_count FROM entities ORDER BY id") ==
        std::vector<std::string>{"1 " + full + " LAW 3 3", "3 AFA PERSON 1 1"});
}

namespace {

// A generic body in an article whose extractor gave it country context `country` (source
// `source`: "dateline", "named" or, for the body itself, "stated") and named `named`.
DocBuilder body_of(const std::string& id, const std::string& body, const std::string& country,
                   const std::string& source, std::vector<std::string> named) {
  const std::string text = "The " + body + " met, story " + id + ".";  // texts differ
  DocBuilder b(id, "2025-05-01", text);
  b.sentence(text);
  b.entity(body, EntityType::kOrg, {body}, {{body, 0}});
  const newsgraph::extractor::CountryEvidence c{country, source, country};
  if (source == "stated") b.doc.entities[0].country = c;
  else b.doc.country = c;
  b.doc.named_countries = std::move(named);
  return b;
}

std::vector<std::string> body_rows(const Store& s) {
  return column(s, "SELECT article_id || ' -> #' || entity_id || ' ' || decision || "
                   "coalesce(' ' || country || ' (' || country_source || ')', '') "
                   "FROM entity_merges ORDER BY article_id");
}

}  // namespace

TEST_CASE("resolve: generic bodies merge by the extractor's country and stay apart across countries") {
  Store s = open_memory();
  write_doc(s, body_of("c1", "Democratic Party", "KR", "dateline", {"KR"}));
  write_doc(s, body_of("c2", "Democratic Party", "HK", "dateline", {"HK"}));
  write_doc(s, body_of("c3", "Democratic Party", "KR", "stated", {}));
  write_doc(s, body_of("c4", "Democratic Party", "US", "named", {"US"}));
  write_doc(s, body_of("c5", "Democratic Party", "US", "dateline", {"US"}));
  CHECK(body_rows(s) == std::vector<std::string>{
                            "1 -> #1 new KR (dateline: KR)", "2 -> #2 conflict HK (dateline: HK)",
                            "3 -> #1 name KR (stated: KR)", "4 -> #3 conflict US (named: US)",
                            "5 -> #3 name US (dateline: US)"});
  CHECK(column(s, "SELECT reason FROM entity_merges WHERE article_id = 2") ==
        std::vector<std::string>{"same name or alias, but generic name 'democratic party': #1 "
                                 "'Democratic Party' is of KR (dateline: KR), this one of HK "
                                 "(dateline: HK)"});
}

TEST_CASE("resolve: a country context is no conflict with a country its article also names") {
  Store s = open_memory();
  // Stories about two countries that both name a third may both mean the third's body.
  write_doc(s, body_of("n1", "Foreign Ministry", "CN", "named", {"CN", "US"}));
  write_doc(s, body_of("n2", "Foreign Ministry", "LB", "named", {"LB", "US"}));
  // A story naming no country of the candidate's, and stating its own: a conflict.
  write_doc(s, body_of("n3", "Foreign Ministry", "FD", "stated", {"FD"}));
  // No context of its own, but it names FD: of the two, the one of FD.
  write_doc(s, body_of("n4", "Foreign Ministry", "", "named", {"FD", "SY"}));
  CHECK(body_rows(s) == std::vector<std::string>{
                            "1 -> #1 new CN (named: CN)", "2 -> #1 name LB (named: LB)",
                            "3 -> #2 conflict FD (stated: FD)", "4 -> #2 name"});
  CHECK(column(s, "SELECT reason FROM entity_merges WHERE article_id = 4") ==
        std::vector<std::string>{"same name 'foreign ministry', of a country the article names like "
                                 "#2 'Foreign Ministry'"});
}

// From a user's trial: the Democratic Party of a SEOUL story that named the US merged with
// the one of a WASHINGTON story.
TEST_CASE("resolve: a party, legislature or court is of its story's country, whatever else it names") {
  CHECK(is_domestic_body("democratic party"));
  CHECK(is_domestic_body("supreme court"));
  CHECK(is_domestic_body("national assembly"));
  CHECK_FALSE(is_domestic_body("foreign ministry"));
  CHECK_FALSE(is_domestic_body("central bank"));
  Store s = open_memory();
  write_doc(s, body_of("d1", "Democratic Party", "KR", "dateline", {"KR", "US"}));
  write_doc(s, body_of("d2", "Democratic Party", "US", "dateline", {"GE", "US"}));
  write_doc(s, body_of("d3", "Democratic Party", "US", "named", {"US"}));
  write_doc(s, body_of("d4", "Supreme Court", "CL", "dateline", {"CL", "US"}));
  write_doc(s, body_of("d5", "Supreme Court", "US", "dateline", {"US"}));
  // A story whose country is only the one it names most may still mean another it names.
  write_doc(s, body_of("d6", "Supreme Court", "PK", "named", {"PK", "US"}));
  CHECK(body_rows(s) == std::vector<std::string>{
                            "1 -> #1 new KR (dateline: KR)", "2 -> #2 conflict US (dateline: US)",
                            "3 -> #2 name US (named: US)", "4 -> #3 new CL (dateline: CL)",
                            "5 -> #4 conflict US (dateline: US)", "6 -> #4 name PK (named: PK)"});
}

TEST_CASE("resolve: one-word names of a generic party's members are checked by country") {
  CHECK(is_generic_party_member("republicans"));  // the French party and the US one
  CHECK(is_generic_party_member("republican"));
  CHECK(is_generic_party_member("democrats"));
  CHECK(is_generic_party_member("greens"));
  CHECK(is_generic_party_member("labour"));
  CHECK_FALSE(is_generic_party_member("canadians"));
  CHECK_FALSE(is_generic_party_member("muslims"));
  CHECK_FALSE(is_generic_party_member("republican party"));  // an ORG name: is_generic_body
}

// From a user's trial: "Washington" (the city of 163 datelines) was renamed "Washington State"
// and took the state in, through one story that called the state both "Washington State" and
// "Washington".
TEST_CASE("resolve: a place named 'X state' makes no alias link through its bare name 'X'") {
  Store s = open_memory();
  write_doc(s, one_entity("w1", "Washington said no.", "Washington", EntityType::kGpe, {"Washington"}));
  write_doc(s, one_entity("w2", "Washington State grows apples.", "Washington State", EntityType::kGpe,
                          {"Washington State", "Washington"}));
  write_doc(s, one_entity("w3", "Georgia Province voted.", "Georgia Province", EntityType::kGpe,
                          {"Georgia Province", "Georgia"}));
  // A person's alias link is unaffected ("Carney" -> "Mark Carney" through the alias).
  write_doc(s, one_entity("p1", "Carney spoke.", "Carney", EntityType::kPerson, {"Carney"}));
  write_doc(s, one_entity("p2", "Mark Carney spoke.", "Mark Carney", EntityType::kPerson,
                          {"Mark Carney", "Carney"}));
  CHECK(column(s, "SELECT article_id || ' #' || entity_id || ' ' || decision FROM entity_merges "
                  "ORDER BY article_id") ==
        std::vector<std::string>{"1 #1 new", "2 #2 new", "3 #3 new", "4 #4 new", "5 #4 alias"});
  CHECK(column(s, "SELECT name FROM entities ORDER BY id") ==
        std::vector<std::string>{"Washington", "Washington State", "Georgia Province", "Mark Carney"});
  // The other order (an adversarial test): the state first, then a story of the city.
  Store t = open_memory();
  write_doc(t, one_entity("v1", "Washington State grows apples.", "Washington State", EntityType::kGpe,
                          {"Washington State", "Washington"}));
  write_doc(t, one_entity("v2", "Washington said no.", "Washington", EntityType::kGpe, {"Washington"}));
  CHECK(column(t, "SELECT article_id || ' #' || entity_id || ' ' || decision FROM entity_merges "
                  "ORDER BY article_id") == std::vector<std::string>{"1 #1 new", "2 #2 new"});
}

// From a user's trial: "Luiz Inácio Lula da Silva" became a new entity beside the stored "Luiz
// Inacio Lula da Silva", and "José Ramos-Horta" beside "Jose Ramos-Horta".
TEST_CASE("resolve: a name with and without its accents is one entity, in either order") {
  Store s = open_memory();
  write_doc(s, one_entity("a1", "Jose Ramos-Horta spoke.", "Jose Ramos-Horta", EntityType::kPerson,
                          {"Jose Ramos-Horta"}));
  write_doc(s, one_entity("a2", "José Ramos-Horta spoke.", "José Ramos-Horta", EntityType::kPerson,
                          {"José Ramos-Horta"}));
  write_doc(s, one_entity("a3", "Luiz Inácio Lula da Silva spoke.", "Luiz Inácio Lula da Silva",
                          EntityType::kPerson, {"Luiz Inácio Lula da Silva"}));
  write_doc(s, one_entity("a4", "Luiz Inacio Lula da Silva spoke.", "Luiz Inacio Lula da Silva",
                          EntityType::kPerson, {"Luiz Inacio Lula da Silva"}));
  // Different names stay apart.
  write_doc(s, one_entity("a5", "Jose Ramos spoke.", "Jose Ramos", EntityType::kPerson, {"Jose Ramos"}));
  CHECK(column(s, "SELECT article_id || ' #' || entity_id || ' ' || decision FROM entity_merges "
                  "ORDER BY article_id") ==
        std::vector<std::string>{"1 #1 new", "2 #1 alias", "3 #2 new", "4 #2 alias", "5 #3 new"});
  // The accented alias is filed under both keys; the plain one once.
  CHECK(column(s, "SELECT norm_alias FROM aliases WHERE entity_id = 2 ORDER BY norm_alias") ==
        std::vector<std::string>{"luiz inacio lula da silva", "luiz inácio lula da silva"});
}
