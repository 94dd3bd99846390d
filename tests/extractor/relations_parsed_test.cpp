// Relations over real tags and parses: runs the whole shipped pipeline on short texts in our own
// words and reads the typed relations that need a dependency parse.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extractor/document.h"
#include "pipeline_doc.h"

using newsgraph::extractor::Document;
using newsgraph::extractor::Relation;

namespace {

// True when the document holds "subject predicate object" (entity names), not negated.
bool holds(const std::string& text, const std::string& subject, const std::string& predicate,
           const std::string& object) {
  Document doc = newsgraph::testing::pipeline_doc(text, "2025-03-14");
  return std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
    return r.object >= 0 && !r.negated && r.predicate == predicate &&
           doc.entities[r.subject].name == subject && doc.entities[r.object].name == object;
  });
}

// The typed relations (no rel:*) as "subject predicate object", a literal in quotes, a past
// role marked [former]; sorted.
std::vector<std::string> typed(const std::string& text) {
  Document doc = newsgraph::testing::pipeline_doc(text, "2025-03-14");
  std::vector<std::string> v;
  for (const Relation& r : doc.relations) {
    if (r.predicate.rfind("rel:", 0) == 0) continue;
    std::string object = r.object >= 0 ? doc.entities[r.object].name : "\"" + r.object_literal + "\"";
    v.push_back(doc.entities[r.subject].name + " " + r.predicate + " " + object +
                (r.former ? " [former]" : ""));
  }
  std::sort(v.begin(), v.end());
  return v;
}
using V = std::vector<std::string>;

}  // namespace

TEST_CASE("relations parsed: an appointee before a relative clause still takes the title after 'as'") {
  CHECK(typed("Ana Ruiz named Lena Varga, who was trade minister until May, as finance minister.") ==
        V{"Lena Varga position_held \"Finance Minister\"",
          "Lena Varga position_held \"Trade Minister\" [former]"});
}

TEST_CASE("relations parsed: an appointee may take the title without 'as'") {
  CHECK(typed("The board named Anna Lindqvist interim chief executive on Friday.") ==
        V{"Anna Lindqvist position_held \"Chief Executive\""});
}

TEST_CASE("relations parsed: a portfolio named after a continent is no employer") {
  CHECK(typed("Tomas Brill, a former Europe minister, spoke on Monday.") ==
        V{"Tomas Brill position_held \"Minister\" [former]"});
}

TEST_CASE("relations parsed: a predecessor held the post, as former") {
  CHECK(typed("Ana Ruiz met Lena Varga, her predecessor as prime minister, on Monday.") ==
        V{"Ana Ruiz met_with Lena Varga", "Lena Varga position_held \"Prime Minister\" [former]"});
  CHECK(typed("Chilean President Ana Ruiz spoke. Ruiz's predecessor Lena Varga did not.") ==
        V{"Ana Ruiz leader_of Chile", "Ana Ruiz position_held \"President\"",
          "Lena Varga leader_of Chile [former]", "Lena Varga position_held \"President\" [former]"});
}

TEST_CASE("relations parsed: a noun before 'chief' names the post, 'Chief' stays in a longer title") {
  CHECK(typed("The party replaced its policy chief, Tomas Brill, on Friday.") ==
        V{"Tomas Brill position_held \"policy chief\""});
  CHECK(typed("Chief Cabinet Secretary Lena Varga spoke on Friday.") ==
        V{"Lena Varga position_held \"Chief Cabinet Secretary\""});
}

TEST_CASE("relations parsed: the title of a body the text does not name is a post, no country's leadership") {
  CHECK(typed("Tomas Brill, the embassy's acting head, was pushed. Chile protested.") ==
        V{"Tomas Brill position_held \"Head\""});
  CHECK(typed("Chile protested. Lena Varga, the council's president, spoke.") ==
        V{"Lena Varga position_held \"President\""});
}

TEST_CASE("relations parsed: 'Its T, P' after a sentence that names one organisation leads it") {
  CHECK(typed("Trading in Zorvex Holdings' shares stopped on Monday. Its chief executive, Anna "
              "Lindqvist, apologised.") ==
        V{"Anna Lindqvist leader_of Zorvex Holdings",
          "Anna Lindqvist position_held \"Chief Executive\""});
}

TEST_CASE("relations parsed: the subject 'who' of a relative clause is the name it modifies") {
  CHECK(holds("Ana Ruiz, who leads the Green Party, criticised the plan on Monday.", "Ana Ruiz",
              "leader_of", "Green Party"));
}

TEST_CASE("relations parsed: an organisation bought is owned by the buyer, a planned purchase is not") {
  CHECK(holds("Microsoft acquired the Zenith Company in 2023.", "Zenith Company", "owned_by",
              "Microsoft"));
  CHECK_FALSE(holds("Microsoft plans to acquire the Zenith Company next year.", "Zenith Company",
                    "owned_by", "Microsoft"));
  CHECK_FALSE(holds("Microsoft did not acquire the Zenith Company.", "Zenith Company", "owned_by",
                    "Microsoft"));
}

TEST_CASE("relations parsed: a person who founded an organisation gives founded_by") {
  CHECK(holds("Ana Ruiz, who founded the Zenith Company in 1990, retired on Monday.",
              "Zenith Company", "founded_by", "Ana Ruiz"));
  CHECK(holds("Ana Ruiz founded the Zenith Company in 1990.", "Zenith Company", "founded_by",
              "Ana Ruiz"));
}

namespace {

// True when the document gives `person` the position `title` (the literal, exactly).
bool holds_title(const std::string& text, const std::string& person, const std::string& title) {
  Document doc = newsgraph::testing::pipeline_doc(text, "2025-03-14");
  return std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
    return r.object < 0 && r.predicate == "position_held" && r.object_literal == title &&
           doc.entities[r.subject].name == person;
  });
}

}  // namespace

TEST_CASE("relations parsed: a title's organisation named by an anaphor ('the authority's', 'of the agency', 'its')") {
  CHECK(holds("The Financial Conduct Authority ruled on Monday. \"The deal is fine,\" said Ana "
              "Ruiz, the authority's chief executive.",
              "Ana Ruiz", "leader_of", "Financial Conduct Authority"));
  // "agency" is not in the name: an ORG named as a public body ("Organisation") stands for it.
  CHECK(holds("Engineers at the Indian Space Research Organisation cheered. \"We did it,\" said "
              "Paolo Rossi, the chairman of the agency.",
              "Paolo Rossi", "leader_of", "Indian Space Research Organisation"));
  CHECK(holds("Tom Berg, a co-founder of Nvidia, and Lena Holm, its former director of "
              "engineering, testified on Monday.",
              "Lena Holm", "works_for", "Nvidia"));
  CHECK(holds_title("Tom Berg, a co-founder of Nvidia, and Lena Holm, its former director of "
                    "engineering, testified on Monday.",
                    "Lena Holm", "director of engineering"));
}

TEST_CASE("relations parsed: a founder founded the organisation and does not work for it") {
  const std::string text = "Tom Berg, a co-founder of Nvidia, testified on Monday.";
  CHECK(holds(text, "Nvidia", "founded_by", "Tom Berg"));
  CHECK_FALSE(holds(text, "Tom Berg", "works_for", "Nvidia"));
}

TEST_CASE("relations parsed: an organisation before a title, and the head of a part of a company") {
  CHECK(holds("NASA Administrator Maria Lopez praised the landing.", "Maria Lopez", "leader_of",
              "NASA"));
  // A lower-case administrator runs something for the organisation, not the organisation.
  CHECK(holds("The town was run by NASA administrator Maria Lopez for two years.", "Maria Lopez",
              "works_for", "NASA"));
  CHECK_FALSE(holds("The town was run by NASA administrator Maria Lopez for two years.",
                    "Maria Lopez", "leader_of", "NASA"));
  const std::string unit = "\"It is a good day,\" Paul Meyer, the head of Microsoft's cloud "
                           "business, wrote on Monday.";
  CHECK(holds(unit, "Paul Meyer", "works_for", "Microsoft"));
  CHECK_FALSE(holds(unit, "Paul Meyer", "leader_of", "Microsoft"));
  // A portfolio after the title names a part of the organisation too.
  const std::string portfolio = "Kent Walker, Google's president of global affairs, said so.";
  CHECK(holds(portfolio, "Kent Walker", "works_for", "Google"));
  CHECK_FALSE(holds(portfolio, "Kent Walker", "leader_of", "Google"));
}

TEST_CASE("relations parsed: ownership by a possessive firm and by a dated past acquisition") {
  CHECK(holds("Prosecutors said Tom Berg moved deposits from Amazon to Intel, his trading firm, "
              "in 2021.",
              "Intel", "owned_by", "Tom Berg"));
  CHECK(holds("The deal dwarfs Samsung's acquisition of Nvidia in 2016.", "Nvidia", "owned_by",
              "Samsung"));
  // Without a past year the deal may be a bid.
  CHECK_FALSE(holds("Tesla's acquisition of Intel was announced on Monday.", "Intel", "owned_by",
                    "Tesla"));
}

TEST_CASE("relations parsed: 'X, which is based in Y' and 'X, based in Y' give headquartered_in") {
  const std::string text =
      "Amazon, which is based in Seattle, bought the firm. Nvidia, based in Santa Clara, objected.";
  CHECK(holds(text, "Amazon", "headquartered_in", "Seattle"));
  CHECK(holds(text, "Nvidia", "headquartered_in", "Santa Clara"));
}

TEST_CASE("relations parsed: party and alliance membership") {
  CHECK(holds("Ana Ruiz said her Labour Party would win.", "Ana Ruiz", "member_of",
              "Labour Party"));
  // A name that modifies a noun is not what the possessor belongs to.
  CHECK_FALSE(holds("The Labour Party had hoped for more, Ana Ruiz said of her Labour Party "
                    "executive team.",
                    "Ana Ruiz", "member_of", "Labour Party"));
  CHECK(holds("The Democratic Alliance, led by the Labour Party, won 200 seats.", "Labour Party",
              "member_of", "Democratic Alliance"));
  CHECK(holds("The gains went to the Green Party of Ana Ruiz, who leads the city.", "Ana Ruiz",
              "leader_of", "Green Party"));
}

TEST_CASE("relations parsed: a bare royal title leads the dateline's country when others have the office") {
  CHECK(holds("RABAT, Morocco (Newsgraph) — Morocco counted the dead on Sunday. Morocco accepted "
              "teams from Spain and Britain. King Hassan declared a day of mourning.",
              "Hassan", "leader_of", "Morocco"));
  // Without a dateline Spain and Britain have kings too: nothing is guessed.
  CHECK_FALSE(holds("Morocco counted the dead on Sunday. Morocco accepted teams from Spain and "
                    "Britain. King Hassan declared a day of mourning.",
                    "Hassan", "leader_of", "Morocco"));
}

TEST_CASE("relations parsed: a title before the name, set off by a comma") {
  const std::string text =
      "After the match, Qatar's emir, Sheikh Ali Hamad, gave a speech. He fired his finance "
      "minister and old friend, Tom Berg, on Friday. A federal judge in Boston, Lena Holm, "
      "refused the request. France coach Paul Meyer praised his side.";
  CHECK(holds(text, "Ali Hamad", "leader_of", "Qatar"));
  CHECK(holds_title(text, "Ali Hamad", "Emir"));
  CHECK(holds_title(text, "Tom Berg", "Finance Minister"));
  CHECK(holds_title(text, "Lena Holm", "Judge"));
  CHECK(holds_title(text, "Paul Meyer", "Coach"));
}

TEST_CASE("relations parsed: the chancellor of the Exchequer is a title, not a leader of the Exchequer") {
  const std::string text = "Tom Berg, the former chancellor of the Exchequer, is the favourite.";
  CHECK(holds_title(text, "Tom Berg", "Chancellor of the Exchequer"));
  Document doc = newsgraph::testing::pipeline_doc(text, "2025-03-14");
  CHECK(std::none_of(doc.relations.begin(), doc.relations.end(),
                     [](const Relation& r) { return r.predicate == "leader_of"; }));
}

TEST_CASE("relations parsed: a nationality among the words before the organisation of a title") {
  CHECK(holds("Police arrested Ana Ruiz, the chief financial officer of the Chinese "
              "telecommunications company Huawei, on Saturday.",
              "Ana Ruiz", "works_for", "Huawei"));
}

TEST_CASE("relations parsed: a spokesman holds a post, a country's ministry is not the country") {
  const std::string text =
      "Tom Berg, a spokesman for China's foreign ministry, told reporters the men were held.";
  CHECK(holds_title(text, "Tom Berg", "Spokesman"));
  Document doc = newsgraph::testing::pipeline_doc(text, "2025-03-14");
  CHECK(std::none_of(doc.relations.begin(), doc.relations.end(),
                     [](const Relation& r) { return r.predicate == "leader_of"; }));
}

TEST_CASE("relations parsed: two titles joined by 'and' share the organisation") {
  const std::string text = "Ana Ruiz, the deputy chairman and chief executive of Nvidia, said so.";
  CHECK(holds_title(text, "Ana Ruiz", "Deputy Chairman"));
  CHECK(holds_title(text, "Ana Ruiz", "Chief Executive"));
  CHECK(holds(text, "Ana Ruiz", "leader_of", "Nvidia"));
  CHECK(holds_title("On Monday, Ana Ruiz quit as finance minister and deputy prime minister.",
                    "Ana Ruiz", "Deputy Prime Minister"));
}

TEST_CASE("relations parsed: a title 'at' an organisation works for it, 'at' a place says nothing") {
  CHECK(holds("Ana Ruiz, a spokesman at Nvidia, said rates would fall.", "Ana Ruiz", "works_for",
              "Nvidia"));
  CHECK_FALSE(holds("Ana Ruiz, a spokesman at Madrid, said rates would fall.", "Ana Ruiz",
                    "works_for", "Madrid"));
}

// Found on the fresh set: "reported in Burundi, Kenya, Rwanda and Uganda" gave Burundi
// located_in Kenya, a list read as "city, country".
TEST_CASE("relations parsed: a list of places is no 'place, country' pair") {
  CHECK_FALSE(holds("Cases were reported in Burundi, Kenya, Rwanda and Uganda on Monday.", "Burundi",
                    "located_in", "Kenya"));
  CHECK_FALSE(holds("Cases were reported in Burundi, Kenya, Rwanda and Uganda on Monday.", "Kenya",
                    "located_in", "Rwanda"));
  CHECK(holds("Talks in Leduc, Canada, ended on Monday.", "Leduc", "located_in", "Canada"));
}

TEST_CASE("relations parsed: a demonym the team's list lacks still names its country (gazetteer)") {
  // nationalities.tsv has no "Albanian" or "Eritrean": the gazetteer's demonym links it, so
  // the premier leads Albania, not a political group called "Albanian".
  CHECK(holds("Albanian Premier Edi Kola met European officials in Brussels on Thursday.",
              "Edi Kola", "leader_of", "Albania"));
  CHECK_FALSE(holds("Albanian Premier Edi Kola met European officials in Brussels on Thursday.",
                    "Edi Kola", "leader_of", "Albanian"));
  CHECK(holds("Eritrean President Tesfay Berhe blamed the neighbours for the fighting.",
              "Tesfay Berhe", "leader_of", "Eritrea"));
}

TEST_CASE("relations parsed: a bare title is not given to a listed country when the article is about an unlisted one") {
  // Gabon is not in places.tsv; before the gazetteer's countries were added, France (the one
  // listed country named) got the president.
  const std::string text =
      "The Gabonese opposition held a large rally on Saturday. \"We need change, Gabon needs "
      "change. Bongo has been president for nearly 40 years,\" said a driver in Libreville.\n\n"
      "Gabon has been calm since its independence from France.";
  CHECK_FALSE(holds(text, "Bongo", "leader_of", "France"));
}

TEST_CASE("relations parsed: an oblique is no object of 'head' or 'lead', a place in a prepositional phrase names no citizens") {
  CHECK_FALSE(holds("Japanese skater Rina Sato is heading to Russia to defend her title after "
                    "winning on Friday.",
                    "Rina Sato", "leader_of", "Russia"));
  CHECK(holds("Rina Sato heads the Japan Skating Federation.", "Rina Sato", "leader_of",
              "Japan Skating Federation"));
  CHECK_FALSE(holds("\"On behalf of all Americans, Laura and I send our condolences,\" the "
                    "president said.",
                    "Laura", "citizen_of", "United States"));
  CHECK(holds("Two Canadians, Tom Berg and Lena Holm, were detained on Monday.", "Tom Berg",
              "citizen_of", "Canada"));
}

TEST_CASE("relations parsed: ', a spokesman said' attributes the sentence, the name before it holds no title") {
  CHECK_FALSE(holds("The blast took place near the Zenith Company, a police spokesman said.",
                    "Zenith Company", "works_for", "police"));
  Document doc = newsgraph::testing::pipeline_doc(
      "The blast took place near Islamia College, a BSF spokesman said.", "2025-03-14");
  for (const Relation& r : doc.relations) CHECK(r.predicate != "works_for");
}

TEST_CASE("relations parsed: descriptive appositions give citizenship, employer and location") {
  CHECK(holds("Pavel Orlov, a 41-year-old Russian citizen, was sanctioned on Tuesday.",
              "Pavel Orlov", "citizen_of", "Russia"));
  CHECK(holds("Lena Moore, a reporter for The Boston Globe, covered the trial.", "Lena Moore",
              "works_for", "Boston Globe"));
  CHECK(holds("Leaders met in Abuja, the Nigerian capital, on Sunday.", "Abuja", "located_in",
              "Nigeria"));
  // A lawyer for someone represents them and works for nobody named.
  CHECK_FALSE(holds("Lena Moore, a lawyer for the Zenith Company, declined to comment.",
                    "Lena Moore", "works_for", "Zenith Company"));
}

TEST_CASE("relations parsed: 'who holds X and Y passports' gives both citizenships") {
  const std::string text =
      "Mark Tan, a journalist who holds Canadian and British passports, was freed on Monday.";
  CHECK(holds(text, "Mark Tan", "citizen_of", "Canada"));
  CHECK(holds(text, "Mark Tan", "citizen_of", "United Kingdom"));
}

TEST_CASE("relations parsed: a second title in an apposition has its own body ('X's president and the bloc's chairman')") {
  const std::string text =
      "The Economic Community of West African States (ECOWAS) met in Abuja on Sunday. Bola "
      "Tinubu, Nigeria's president and the bloc's chairman, spoke first.";
  CHECK(holds(text, "Bola Tinubu", "leader_of", "Nigeria"));
  CHECK(holds(text, "Bola Tinubu", "leader_of", "Economic Community of West African States"));
  CHECK(holds_title(text, "Bola Tinubu", "Chairman"));
}

TEST_CASE("relations parsed: a military rank is no position held, a command is") {
  const std::string text =
      "General Amadou Sow, the commander of the presidential guard, seized power on Wednesday.";
  CHECK_FALSE(holds_title(text, "Amadou Sow", "General"));
  CHECK(holds_title(text, "Amadou Sow", "Commander"));
}

TEST_CASE("relations parsed: a company's 'president and chief executive' or a body's 'parliament president' leads no country") {
  CHECK_FALSE(holds("Zenith Inc. reported record sales in Canada on Tuesday. The company said "
                    "its founder will direct the restructuring, assisted by Karl Brandt, "
                    "president and chief executive.",
                    "Karl Brandt", "leader_of", "Canada"));
  CHECK_FALSE(holds("Germany's parliament met on Friday. The parliament president Rita Vogel "
                    "said the rules were clear.",
                    "Rita Vogel", "leader_of", "Germany"));
}

TEST_CASE("relations parsed: a regnal name after a royal title is not another person's surname") {
  const std::string text =
      "Iraqi President Saddam Hussein met envoys on Monday. King Hussein of Jordan flew to "
      "Washington on Tuesday.";
  CHECK_FALSE(holds(text, "Saddam Hussein", "leader_of", "Jordan"));
  CHECK(holds(text, "Saddam Hussein", "leader_of", "Iraq"));
}

TEST_CASE("relations parsed: a police rank is stripped from the name like an honorific") {
  CHECK(holds("Detective Joseph Rossi, a Police Department spokesman, said no one was hurt.",
              "Joseph Rossi", "works_for", "Police Department"));
}

// Blind2: the tagger took the dateline's island in capitals for a surname, and the bare title
// lost the dateline's country.
TEST_CASE("relations parsed: a dateline 'PLACE, Country' gives the country whatever the place's type") {
  CHECK(holds("HARDING, Portugal (Newsgraph) — A fire burned on the island for a week. Spain and "
              "Italy sent planes to Portugal. Prime Minister Rui Costa said lives came first.",
              "Rui Costa", "leader_of", "Portugal"));
}

// The guidelines follow the seed: a bare head-of-state or government title leads the country
// the article makes clear, a past holder too (as former), beside the present holder.
TEST_CASE("relations parsed: a bare former title leads the article's country, as former") {
  const V v = typed("DAKAR, Senegal (Newsgraph) — Former Prime Minister Ana Diop conceded defeat "
                    "on Monday. President Omar Fall congratulated the winner, and France praised "
                    "the calm vote in Senegal.");
  CHECK(std::find(v.begin(), v.end(), "Ana Diop leader_of Senegal [former]") != v.end());
  CHECK(std::find(v.begin(), v.end(), "Omar Fall leader_of Senegal") != v.end());
  // A former holder does not take the office from the present one.
  const V w = typed("TOKYO (Newsgraph) — Japanese Prime Minister Ken Oda replaced four ministers "
                    "of the faction once led by the late former prime minister Jun Sato.");
  CHECK(std::find(w.begin(), w.end(), "Jun Sato leader_of Japan [former]") != w.end());
  CHECK(std::find(w.begin(), w.end(), "Ken Oda leader_of Japan") != w.end());
}

// Blind3: "BOISE, Idaho" and "in Portland, Oregon": a US state after a city.
TEST_CASE("relations parsed: a city before a US state is located in the state") {
  CHECK(holds("BOISE, Idaho (Newsgraph) — The grocer sued its rival on Wednesday.", "Boise",
              "located_in", "Idaho"));
  CHECK(holds("On Tuesday a judge in Salem, Oregon, halted the merger.", "Salem", "located_in",
              "Oregon"));
}

// Blind3: "the kingdom's prime minister" after Saudi Arabia was named.
TEST_CASE("relations parsed: 'the country's T' or 'the kingdom's T' is the title of the country named last") {
  CHECK(typed("Talks were held in Morocco on Monday. Omar Idrissi, the kingdom's prime minister, "
              "attended them.") ==
        V{"Omar Idrissi leader_of Morocco", "Omar Idrissi position_held \"Prime Minister\""});
  CHECK(typed("Ships reached Chile on Monday. The country's foreign minister, Lena Varga, "
              "welcomed them.") ==
        V{"Lena Varga position_held \"Foreign Minister\"", "Lena Varga works_for Chile"});
  // France has no king: "the kingdom" is not France.
  CHECK(typed("Talks were held in France on Monday. Omar Idrissi, the kingdom's prime minister, "
              "attended them.") ==
        V{"Omar Idrissi position_held \"Prime Minister\""});
}

// Blind3: "Washington, whose attorney general, Bob Ferguson, had sued".
TEST_CASE("relations parsed: 'M, whose T, P' gives P the title of M") {
  CHECK(typed("A judge barred the deal in Oregon, whose attorney general, Lena Holm, had sued "
              "to stop it.") ==
        V{"Lena Holm position_held \"Attorney General\"", "Lena Holm works_for Oregon"});
}

// Blind3: "who runs Albertsons", "who previously ran the streaming site Twitch".
TEST_CASE("relations parsed: 'P, who runs|ran|leads ORG' leads it") {
  CHECK(typed("Tom Berg, who runs Acme Corporation, said the stores would stay open.") ==
        V{"Tom Berg leader_of Acme Corporation"});
  CHECK(typed("The board chose Ana Ruiz, who previously ran the video site Zenith Company.") ==
        V{"Ana Ruiz leader_of Zenith Company [former]"});
  // Running for an office is no organisation led.
  CHECK(typed("Tom Berg, who ran for president in 2017, lost.") == V{});
  // Troops from a unit are not the unit.
  CHECK(typed("Tom Berg, who led the troops from Acme Corporation, was charged.") == V{});
}

// Blind3: "was stripped of his role as chairman", "named the chief technology officer, Mira
// Murati, as interim chief", "for Sam Altman to return as chief executive".
TEST_CASE("relations parsed: titles in clauses: a role as T, an appointee in apposition, a return as T") {
  CHECK(typed("Tom Berg was stripped of his role as chairman on Friday.") ==
        V{"Tom Berg position_held \"Chairman\" [former]"});
  CHECK(typed("The board fired Tom Berg and named the chief technology officer, Ana Ruiz, as "
              "interim chief.") ==
        V{"Ana Ruiz position_held \"Chief Technology Officer\"",
          "Ana Ruiz position_held \"interim chief\""});
  CHECK(typed("Acme Corporation said it had reached a deal for Tom Berg to return as chief "
              "executive.") ==
        V{"Tom Berg leader_of Acme Corporation", "Tom Berg position_held \"Chief Executive\""});
}

// Blind3: "OpenAI's president, Greg Brockman" works for it: the company has a chief executive.
TEST_CASE("relations parsed: a company's president leads it only when no other head is named") {
  CHECK(typed("Acme Corporation's president, Ana Ruiz, spoke. Its chief executive, Tom Berg, "
              "did not.") ==
        V{"Ana Ruiz position_held \"President\"", "Ana Ruiz works_for Acme Corporation",
          "Tom Berg leader_of Acme Corporation", "Tom Berg position_held \"Chief Executive\""});
  CHECK(typed("Acme Corporation's president, Ana Ruiz, spoke on Monday.") ==
        V{"Ana Ruiz leader_of Acme Corporation", "Ana Ruiz position_held \"President\""});
}

// Blind3: "A government spokesman, Isaac Mwaura", "a state judge in Seattle, Marshall Ferguson",
// "a former co-chief executive of Salesforce", "Ilya Sutskever, the chief scientist".
TEST_CASE("relations parsed: a noun between the article and the title, co-chief and chief scientist") {
  CHECK(typed("A government spokesman, Isaac Ode, said the state would appeal.") ==
        V{"Isaac Ode position_held \"Spokesman\""});
  CHECK(typed("On Tuesday a state judge in Boston, Lena Holm, barred the deal.") ==
        V{"Lena Holm position_held \"Judge\""});
  // The noun names the body led, which is no country.
  CHECK(typed("LONDON (Newsgraph) \xE2\x80\x94 The club president, Ana Ruiz, spoke on Monday.") ==
        V{"Ana Ruiz position_held \"President\""});
  CHECK(typed("Tom Berg, a former co-chief executive of Acme Corporation, will chair the board.") ==
        V{"Tom Berg leader_of Acme Corporation [former]",
          "Tom Berg position_held \"Co-Chief Executive\" [former]"});
  CHECK(typed("Among the signers was Ana Ruiz, the chief scientist, who had sat on the board.") ==
        V{"Ana Ruiz position_held \"Chief Scientist\""});
}

// Corpus: "Prime Minister Mark Carney" in a story on Canada and China that names South Korea
// once as a summit's host; no dateline of a candidate.
TEST_CASE("relations parsed: a bare title leads the country the story names far most often") {
  const V v = typed("BEIJING (Newsgraph) \xE2\x80\x94 Canada and China agreed on Friday to rebuild "
                    "ties, Prime Minister Ana Duarte said. Canada will cut its tariffs, and Canada "
                    "and China will meet again in South Korea. Canada sells grain.");
  CHECK(std::find(v.begin(), v.end(), "Ana Duarte leader_of Canada") != v.end());
  // Not the country the holder acts on in the title's own sentence.
  const V w = typed("President Tom Berg warned Peru on Monday. Peru answered, and Peru and Chile "
                    "held talks. Peru fired.");
  CHECK(std::find(w.begin(), w.end(), "Tom Berg leader_of Peru") == w.end());
}

// Blind3: "the High Court in Nairobi"; fresh: "the Government of National Unity in Tripoli".
TEST_CASE("relations parsed: a court, government or legislature 'in' a city sits there") {
  CHECK(holds("Justice Ana Ruiz of the High Court in Nairobi ruled on Friday.", "High Court",
              "headquartered_in", "Nairobi"));
  // A country after "in" says whose body it is, not its seat.
  CHECK_FALSE(holds("The National Assembly in Kenya endorsed the plan.", "National Assembly",
                    "headquartered_in", "Kenya"));
  // A company is not placed this way.
  CHECK_FALSE(holds("Sales at Acme Corporation in Boston fell.", "Acme Corporation",
                    "headquartered_in", "Boston"));
}

// Blind3: "John Kirby, a White House spokesman": the building the lexicon lists as an
// institution stands for it; TE3 silver: "a Daewoo spokesman, Kim Hyung-Soo".
TEST_CASE("relations parsed: an institution or organisation between the article and the title") {
  CHECK(typed("Tom Berg, a White House spokesman, said the talks went well.") ==
        V{"Tom Berg position_held \"Spokesman\"", "Tom Berg works_for White House"});
  CHECK(typed("Sales fell, said an Acme Corporation spokesman, Tom Berg.") ==
        V{"Tom Berg position_held \"Spokesman\"", "Tom Berg works_for Acme Corporation"});
}

// From blind4: "Imran Khan, a former prime minister who was removed by a vote in April," gave
// nothing: the relative clause on the title broke the apposition.
TEST_CASE("relations parsed: an apposition whose title opens a relative clause") {
  const V got = typed("Tom Berg, a former prime minister who was removed in April, held a rally.");
  CHECK(std::find(got.begin(), got.end(), "Tom Berg position_held \"Prime Minister\" [former]") != got.end());
  CHECK(typed("Ana Ruiz, the chief executive of Acme Corporation who founded it, spoke.") ==
        V{"Ana Ruiz leader_of Acme Corporation", "Ana Ruiz position_held \"Chief Executive\""});
}

// From an adversarial test: "Bolsonaro, who led Brazil from 2019 to 2022" was a current leader.
TEST_CASE("relations parsed: led with the end of its term after it is a past role") {
  CHECK(typed("Tom Berg, who led Ruritania from 2019 to 2022, denied the charges.") ==
        V{"Tom Berg leader_of Ruritania [former]"});
  CHECK(typed("Ana Ruiz led the Ruritanian Liberal Party to a fourth term.") ==
        V{"Ana Ruiz leader_of Ruritanian Liberal Party"});
}

// From blind4: "Prime Minister Sheikh Hasina" gave no relation: the honorific "Sheikh" stood
// between the title and the name (so did "Prime Minister Sir Julius Chan" on TE3-silver).
TEST_CASE("relations parsed: an honorific between a title and the name gives way to the title") {
  CHECK(typed("Prime Minister Sir Tom Berg of Ruritania opened the session.") ==
        V{"Tom Berg leader_of Ruritania", "Tom Berg position_held \"Prime Minister\""});
}
