// Events over real tags and parses: runs the whole shipped pipeline on short texts in our own
// words and reads each event's type, participants and date.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extractor/document.h"
#include "pipeline_doc.h"

using newsgraph::extractor::Document;
using newsgraph::extractor::Event;
using V = std::vector<std::string>;

namespace {

// "TYPE trigger: role=Entity ... date" for each event, in text order.
V events_of(const std::string& text) {
  Document doc = newsgraph::testing::pipeline_doc(text, "2025-03-14");
  V out;
  for (const Event& e : doc.events) {
    std::string s = e.type + " " + std::string(doc.slice(e.trigger)) + ":";
    for (const auto& a : e.arguments) s += " " + a.role + "=" + doc.entities[a.entity].name;
    if (!e.date.empty()) s += " " + e.date;
    out.push_back(s);
  }
  return out;
}

}  // namespace

TEST_CASE("events parsed: a signer alone makes an agreement, a noun agreement needs two") {
  CHECK(
      events_of(
          "The Senate passed the bill in May, and President Ana Ruiz signed it on June 2, 2024.") ==
      V{"AGREE signed: agent=Ana Ruiz 2024-06-02"});
}

TEST_CASE("events parsed: a verb coordinated with another shares its subject") {
  CHECK(events_of("Ana Ruiz and Paul Dube met in Lima on Monday and agreed to a ceasefire.") ==
        V{"MEET met: agent=Ana Ruiz partner=Paul Dube 2025-03-10",
          "AGREE agreed: agent=Ana Ruiz partner=Paul Dube 2025-03-10"});  // an "and" clause
                                                      // with the same actors: event_dating.h
}

TEST_CASE("events parsed: a particle decides the event") {
  CHECK(events_of("Dozens of lawmakers called on Ana Ruiz to resign.") ==
        V{"DEMAND called: patient=Ana Ruiz"});
  CHECK(events_of("The Red Cross asked for access to the prisoners.") ==
        V{"APPEAL asked: agent=Red Cross"});
  CHECK(events_of("Ana Ruiz said on Tuesday that she had spoken with Paul Dube about trade.") ==
        V{"MEET spoken: agent=Ana Ruiz partner=Paul Dube"});
  CHECK(events_of("Senator Paul Dube withdrew from the race in August.") ==
        V{"RESIGN withdrew: agent=Paul Dube 2024-08"});
}

TEST_CASE("events parsed: calling a measure unacceptable is a criticism") {
  CHECK(events_of("Ana Ruiz called the new duties unacceptable.") ==
        V{"ACCUSE called: agent=Ana Ruiz"});
  CHECK(events_of("Peru described the arrests as arbitrary.") == V{"ACCUSE described: agent=Peru"});
  // A name without blame is no criticism.
  CHECK(events_of("Ana Ruiz called the vote a turning point.") == V{});
}

TEST_CASE("events parsed: the purpose of a trip or a call happened with it") {
  CHECK(events_of("Ana Ruiz flew to Lima in late January to meet Paul Dube.") ==
        V{"VISIT flew: agent=Ana Ruiz 2025-01",
          "MEET meet: agent=Ana Ruiz partner=Paul Dube 2025-01"});
  CHECK(events_of("Ana Ruiz called Paul Dube on Wednesday to concede.") ==
        V{"YIELD concede: agent=Ana Ruiz patient=Paul Dube 2025-03-12"});
  // An intention stays none.
  CHECK(events_of("Ana Ruiz hopes to meet Paul Dube.") == V{});
}

TEST_CASE("events parsed: an unnamed subject right before the verb takes no name from the left") {
  CHECK(events_of("Ana Ruiz, who replaced Paul Dube in July after the senator withdrew from the "
                  "race, spoke.") == V{});
}

TEST_CASE("events parsed: a partner named with a nationality and title, a reporter's pronoun") {
  CHECK(events_of("Ana Ruiz said she had spoken with Peruvian President Paul Dube.") ==
        V{"MEET spoken: agent=Ana Ruiz partner=Paul Dube"});
  // "it" of the reported clause is the reporter, and so is the subject of the verb joined to it.
  CHECK(
      events_of(
          "Amnesty International said it was worried about Paul Dube and asked for his release.") ==
      V{"APPEAL asked: agent=Amnesty International"});
}

TEST_CASE("events parsed: an attempt is an act") {
  CHECK(events_of("In 2019, Ana Ruiz tried to ban Acme Corp by decree.") ==
        V{"SANCTION ban: agent=Ana Ruiz patient=Acme Corp 2019"});
}

TEST_CASE("events parsed: 'first' before a verb is an adverb, an executive order is no agreement") {
  CHECK(events_of("Ana Ruiz met Paul Dube in Lima. The two leaders first met in Quito in 2019.") ==
        V{"MEET met: agent=Ana Ruiz partner=Paul Dube",
          "MEET met: agent=Ana Ruiz partner=Paul Dube 2019"});
  CHECK(events_of("Ana Ruiz first signed the orders on Feb. 1.") == V{});
  CHECK(events_of("Ana Ruiz signed the bill on Feb. 1.") ==
        V{"AGREE signed: agent=Ana Ruiz 2025-02-01"});
}

TEST_CASE("events parsed: blocking trade is an embargo on the trading country") {
  CHECK(events_of("Peru blocked imports of Chilean copper in 2019.") ==
        V{"SANCTION blocked: agent=Peru recipient=Chile 2019"});
}

TEST_CASE("events parsed: winning control of a legislature is an election") {
  CHECK(events_of("The Liberal Party won control of the Senate.") ==
        V{"ELECTION won: agent=Liberal Party patient=Senate"});
}

// Bug: "that" after "said" was read as a determiner, so "Peru" looked like the verb's object.
TEST_CASE("events parsed: a threat is taking measures or promising a sanction") {
  CHECK(events_of(
            "A spokesman said that Peru would take all necessary measures to protect its firms.") ==
        V{"THREATEN measures: agent=Peru"});
  CHECK(events_of("The measures would protect jobs, Ana Ruiz said.") == V{});
  CHECK(events_of("Ana Ruiz has promised to impose tariffs on goods from Chile.") ==
        V{"THREATEN tariffs: agent=Ana Ruiz recipient=Chile"});
  // Through a coordination the parser gets wrong.
  CHECK(
      events_of("Ana Ruiz has promised to cut taxes for families and to impose tariffs of 10 to 20 "
                "percent on all imports, and 60 percent on goods from Chile.") ==
      V{"THREATEN tariffs: agent=Ana Ruiz"});  // complements stop at the comma: no recipient
}

TEST_CASE("events parsed: a call with someone is a meeting, and no met_with") {
  Document doc = newsgraph::testing::pipeline_doc(
      "Ana Ruiz paused the plan after calls with Paul Dube.", "2025-03-14");
  REQUIRE(doc.events.size() == 1);
  CHECK(doc.events[0].type == "MEET");
  for (const auto& r : doc.relations) CHECK(r.predicate != "met_with");
}

TEST_CASE("events parsed: the agent of a passive verb whose subject is an event noun") {
  CHECK(events_of("The duties were first announced by Ana Ruiz in March 2018.") ==
        V{"SANCTION duties: agent=Ana Ruiz 2018-03"});
}

TEST_CASE("events parsed: a name coordinated with an object of a preposition is no subject") {
  // (Lifting a curfew eases a restriction: YIELD, CAMEO 081.)
  CHECK(events_of("Ana Ruiz lifted the curfew in Lima and Quito after talks with Paul Dube.") ==
        V{"YIELD lifted: agent=Ana Ruiz", "MEET talks: agent=Ana Ruiz partner=Paul Dube"});
  // A name, an adverb, then the verb: the name is the subject.
  CHECK(events_of("Tensions date back to 2018, when Chile arrested Paul Dube in Lima and Peru then "
                  "detained Ana Ruiz.") == V{"ARREST arrested: agent=Chile patient=Paul Dube 2018",
                                             "ARREST detained: agent=Peru patient=Ana Ruiz 2018"});
}

TEST_CASE(
    "events parsed: easing a sanction in force is a concession, an eased one to come is none") {
  CHECK(events_of("Ana Ruiz paused the tariffs on Chile for 30 days.") ==
        V{"YIELD tariffs: agent=Ana Ruiz recipient=Chile"});
  CHECK(events_of("The duties will stay until Chile lifts its tariffs.") == V{});
}

// Bug: "calls" (a plural noun) was read as a present-tense report and dated the clause with
// the publication date.
TEST_CASE("events parsed: a plural event noun is no present-tense report") {
  CHECK(events_of("Ana Ruiz paused the tariffs on Chile after calls with Paul Dube.") ==
        V{"YIELD tariffs: agent=Ana Ruiz recipient=Chile",
          "MEET calls: agent=Ana Ruiz partner=Paul Dube"});
}

TEST_CASE("events parsed: 'the three countries' are the last three countries named") {
  CHECK(events_of("Peru reached a deal with Chile in May 2019, and Ecuador joined in June 2019. In "
                  "July 2019, the three countries signed the treaty in Lima.") ==
        V{"AGREE reached: agent=Peru partner=Chile 2019-05",
          "AGREE signed: agent=Peru partner=Chile "
          "partner=Ecuador 2019-07"});
}

TEST_CASE("events parsed: an unnamed subject of a coordinated verb takes no name from the left") {
  CHECK(events_of("The school bought land in Loudoun County, Virginia, and asked for a permit.") ==
        V{});
}

TEST_CASE("events parsed: conceding a contest, not a penalty or a point") {
  CHECK(events_of("Ana Ruiz conceded the election on Tuesday.") ==
        V{"YIELD conceded: agent=Ana Ruiz 2025-03-11",
          "ELECTION election: agent=Ana Ruiz 2025-03-11"});
  CHECK(events_of("In the 62nd minute Paul Dube conceded a penalty.") == V{});
}

TEST_CASE("events parsed: a sanction not lifted is no concession") {
  CHECK(events_of("The Security Council will not lift the sanctions on Iraq.") == V{});
}

TEST_CASE(
    "events parsed: checked on unseen news: returning home, refusals, approvals, future easing") {
  CHECK(events_of("Paul Dube, who later returned to Lima, said the talks went well.") == V{});
  CHECK(events_of("Ana Ruiz said Peru would not sign the treaty.") == V{});
  CHECK(
      events_of("The mission, approved by the United Nations Security Council in March, began.") ==
      V{});
  CHECK(events_of("The cabinet of Peru approved measures to raise taxes.") == V{});
  CHECK(events_of("Peru set conditions before Chile will ease its embargo against Lima.") == V{});
}

TEST_CASE("events parsed: meeting people the sentence does not name") {
  CHECK(events_of("Ana Ruiz met the pair at the airport in Lima on Saturday.") ==
        V{"MEET met: agent=Ana Ruiz 2025-03-08"});
  CHECK(events_of("Ana Ruiz met the deadline.") == V{});
}

TEST_CASE("events parsed: putting a company on a blacklist sanctions it") {
  CHECK(events_of("Peru added Acme Corp to a trade blacklist in May 2019.") ==
        V{"SANCTION blacklist: agent=Peru recipient=Acme Corp 2019-05"});
}

TEST_CASE("events parsed: a purpose still to come is no event") {
  CHECK(events_of("Ana Ruiz is going to meet Paul Dube.") == V{});
  CHECK(events_of("Ana Ruiz will fly to Lima to meet Paul Dube.") ==
        V{"VISIT fly: agent=Ana Ruiz"});
}

TEST_CASE("events parsed: a call for someone to go is a demand, not their going") {
  CHECK(events_of("Ana Ruiz called for Paul Dube to resign.") == V{});
  CHECK(events_of("The time had come for Peruvian troops to quit Chile, Ana Ruiz said.") == V{});
  CHECK(events_of("The highest total conceded by Peru was 326.") == V{});
}

// The gold question "timeline Justin Trudeau" missed Canada's tariff that Trudeau announced.
TEST_CASE("events parsed: a leader announcing the act of the country they lead is its agent too") {
  CHECK(events_of("Peru will impose a 50 percent tariff on Chilean wine, Peruvian President Ana "
                  "Ruiz announced on Monday.") ==
        V{"SANCTION tariff: agent=Peru agent=Ana Ruiz recipient=Chile 2025-03-10"});
  // Not a leader of Peru: the announcer stays out.
  CHECK(events_of("Peru will impose a 50 percent tariff on Chilean wine, the economist Tom Reyes "
                  "announced on Monday.") ==
        V{"SANCTION tariff: agent=Peru recipient=Chile 2025-03-10"});
}

TEST_CASE("events parsed: talks that are the purpose of a trip that took place are the traveller's") {
  CHECK(events_of("Ana Ruiz flew to Lima on Monday for talks with President Paul Dube.") ==
        V{"VISIT flew: agent=Ana Ruiz recipient=Peru 2025-03-10",
          "MEET talks: agent=Ana Ruiz partner=Paul Dube 2025-03-10"});
}

TEST_CASE("events parsed: naming a person as a title holder is an appointment, 'a man named X' is not") {
  CHECK(events_of("President Paul Dube named Ana Ruiz as finance minister on Monday.") ==
        V{"APPOINT named: agent=Paul Dube patient=Ana Ruiz 2025-03-10"});
  CHECK(events_of("A man named Ana Ruiz spoke to reporters in Lima.") == V{});
}

// Found on wire news: violence was given to whoever spoke or acted elsewhere in the sentence
// ("Howard condemned the bombings" made Howard the bomber), and "fired" was always an attack.
TEST_CASE("events parsed: attacks take their agent from their own subject, never a name further left") {
  CHECK(events_of("Israeli troops shelled the village of Nahal on Tuesday.") ==
        V{"FIGHT shelled: agent=Israel patient=Nahal 2025-03-11"});
  CHECK(events_of("Warplanes from the Freedonian Air Force bombed the airport.") ==
        V{"ATTACK bombed: agent=Freedonian Air Force"});
  CHECK(events_of("Prime Minister Ana Ruiz condemned the bombings in Lima.") ==
        V{"ACCUSE condemned: agent=Ana Ruiz"});
  CHECK(events_of("Ana Ruiz said gunmen ambushed a convoy near Lima.") == V{});
  CHECK(events_of("The rebels launched an attack on Mali.") == V{"ATTACK attack: patient=Mali"});
  CHECK(events_of("Chad launched an attack on Mali.") == V{"ATTACK attack: agent=Chad patient=Mali"});
  CHECK(events_of("Freedonia fired two missiles at Chad on Monday.") ==
        V{"FIGHT fired: agent=Freedonia 2025-03-10"});
  CHECK(events_of("The club fired its coach on Monday.") == V{});
}

TEST_CASE("events parsed: courts convict, find guilty, revoke bail, hear testimony and refuse") {
  CHECK(events_of("A jury in Boston found Paul Dube guilty of bribery on Monday.") ==
        V{"ARREST found: patient=Paul Dube 2025-03-10"});
  // A participle inside an appositive ("the failed bank") does not hide the subject.
  CHECK(events_of("Ana Ruiz, the founder of the failed bank Norvik, was convicted on Tuesday of fraud.") ==
        V{"ARREST convicted: patient=Ana Ruiz 2025-03-11"});
  CHECK(events_of("Judge Maria Costa revoked his bail in January after Paul Dube contacted a witness.") ==
        V{"ARREST revoked: agent=Maria Costa 2025-01"});
  CHECK(events_of("Lena Fischer, a former aide, told jurors that Paul Dube had ordered the payments.") ==
        V{"ACCUSE told: agent=Lena Fischer"});
  CHECK(events_of("Judge Maria Costa refused in June to grant an injunction. The spokesman refused to comment.") ==
        V{"REJECT refused: agent=Maria Costa 2024-06"});
}

TEST_CASE("events parsed: a company bought is a TRADE, a flow of goods or a modal appeal is none") {
  CHECK(events_of("Orbis Telecom completed its purchase of Velta Networks on Friday.") ==
        V{"TRADE purchase: agent=Orbis Telecom patient=Velta Networks 2025-03-14"});
  CHECK(events_of("The company said it would appeal. Farmers want to resume purchases of Brazilian beef.").empty());
}

TEST_CASE("events parsed: seats won and held, a contest lost to a person, victory claimed") {
  CHECK(events_of("The Labour Party won 41 seats in the north, and its leader Tom Reed held his seat in Leeds.") ==
        V{"ELECTION won: agent=Labour Party", "ELECTION held: agent=Tom Reed"});
  // A contest named in the sentences before makes "lost to" a defeat in it.
  CHECK(events_of("The leadership contest ends on Friday. Ana Ruiz, the former finance minister, "
                  "who lost to Paul Dube in the spring, is now the favourite.") ==
        V{"ELECTION lost: agent=Ana Ruiz patient=Paul Dube 2025-SP"});
  CHECK(events_of("Prime Minister Ana Ruiz claimed victory in the general election on Sunday.") ==
        V{"ELECTION claimed: agent=Ana Ruiz 2025-03-09"});
}

TEST_CASE("events parsed: emergencies declared, aid accepted, offices taken, ministers replaced") {
  CHECK(events_of("President Paul Dube declared a state of emergency on Monday after the floods.") ==
        V{"ANNOUNCE declared: agent=Paul Dube 2025-03-10"});
  CHECK(events_of("Chile had accepted offers of rescue teams from three countries: Peru, Brazil and Spain.") ==
        V{"AID accepted: agent=Chile partner=Peru partner=Brazil partner=Spain"});
  CHECK(events_of("Ana Ruiz took office on March 3. Paul Dube is expected to be sworn in on Friday.") ==
        V{"APPOINT took: agent=Ana Ruiz 2025-03-03"});
  CHECK(events_of("Last week Ana Ruiz fired her interior minister and replaced him with Tom Reed.") ==
        V{"APPOINT replaced: agent=Ana Ruiz patient=Tom Reed 2025-W10"});
}

TEST_CASE("events parsed: marches and strikes, the dateline's agency is no marcher") {
  CHECK(events_of("LISBON (Newsgraph) \xE2\x80\x94 Thousands of people marched against Prime Minister Ana Ruiz's plan on Thursday.") ==
        V{"PROTEST marched: recipient=Ana Ruiz 2025-03-13"});
  // Members of an organisation on strike act for it; strikes by an army are no protest.
  CHECK(events_of("Workers at Boeing have been on strike since Monday. Israeli strikes hit the port.") ==
        V{"PROTEST strike: agent=Boeing"});
}

TEST_CASE("events parsed: readiness, a visit put off and a future swearing-in are no events") {
  CHECK(events_of("Peru said its teams were ready to fly as soon as Chile asked for them.").empty());
  CHECK(events_of("The storm led the government to postpone a state visit by Paul Dube.").empty());
}

TEST_CASE("events parsed: pleas are appeals, a court appeal accuses, common-noun relatives have no named subject") {
  CHECK(events_of("Bishop Tom Reed appealed for calm on Sunday.") ==
        V{"APPEAL appealed: agent=Tom Reed 2025-03-09"});
  CHECK(events_of("Orbis Telecom appealed the ruling on Monday.") ==
        V{"ACCUSE appealed: agent=Orbis Telecom 2025-03-10"});
  // "landowners who refused" is not the minister's refusal.
  CHECK(events_of("Minister Ana Ruiz met farmers in Lima, where landowners who have refused to sell the land still live.") ==
        V{});
  // A participle right after a common noun: those people, unnamed, were convicted, not the
  // clause subject.
  CHECK(events_of("Ana Ruiz praised four bankers convicted of fraud in 2019.").empty());
}

TEST_CASE("events parsed: being in a country for a summit is a visit and a meeting, dated by the month") {
  CHECK(events_of("President Ana Ruiz, who is in Kenya for a summit of the African Union, spoke by video.") ==
        V{"MEET summit: agent=Ana Ruiz partner=African Union 2025-03",
          "VISIT summit: agent=Ana Ruiz 2025-03"});  // the place is Kenya (Event::place)
}

TEST_CASE("events parsed: both leaders attending a meeting meet there") {
  CHECK(events_of("Ana Ruiz spoke to reporters on Monday. Paul Dube stayed in Lima. "
                  "Both leaders attended a meeting of the council on Tuesday.") ==
        V{"MEET meeting: agent=Ana Ruiz partner=Paul Dube 2025-03-11"});
}

TEST_CASE("events parsed: an appeal past an adverb is a plea, a court act after a modal and an adverb is a plan") {
  CHECK(events_of("Peru appealed again to the United Nations on Monday.") ==
        V{"APPEAL appealed: agent=Peru 2025-03-10"});
  CHECK(events_of("Paul Dube would later tell the court about the payments.").empty());
}

// Found on the fresh set: "X, a former schoolteacher who won the presidency" lost its winner
// when relative clauses on common nouns stopped taking a subject from further left.
TEST_CASE("events parsed: a 'who' clause on a noun in apposition to a person is that person's") {
  CHECK(events_of("Ana Ruiz, a former rural schoolteacher who won the presidency in 2021, "
                  "spoke on Monday.") == V{"ELECTION won: agent=Ana Ruiz 2021"});
  CHECK(events_of("Farmers who won the lottery in 2021 spoke on Monday.") == V{});
}

// Found on the fresh set: the parser heads "Swiss President Alain Berset" with "Swiss" (the rest
// hangs on it as flat), and the nationality became the agent.
TEST_CASE("events parsed: a subject name phrase headed by its first word still gives the person") {
  CHECK(events_of("Swiss President Alain Berset met Xi Jinping on Sunday.") ==
        V{"MEET met: agent=Alain Berset partner=Xi Jinping 2025-03-09"});
}

// Found on the fresh set: pleas, refusals, offers and successions in other words than the
// lexicon's.
TEST_CASE("events parsed: asked X for, ruled out, offered help, took over from") {
  CHECK(events_of("The United Nations asked donors for $40 million on Monday.") ==
        V{"APPEAL asked: agent=United Nations 2025-03-10"});
  CHECK(events_of("Greece ruled out a withdrawal of its troops on Tuesday.") ==
        V{"REJECT ruled: agent=Greece 2025-03-11"});
  CHECK(events_of("Japan offered loans to Peru on Monday.") ==
        V{"INTENT_TO_COOPERATE offered: agent=Japan recipient=Peru 2025-03-10"});
  CHECK(events_of("Ana Ruiz took over from Tom Hale in April 2023.") ==
        V{"APPOINT took: agent=Ana Ruiz patient=Tom Hale 2023-04"});
  // Not an offer of help, not a ruling out.
  CHECK(events_of("Ana Ruiz offered her condolences on Monday.") == V{});
  CHECK(events_of("The judge ruled on Monday.") == V{});
}

// Found on the fresh set: "UBS agreed to buy Credit Suisse" named only the buyer.
TEST_CASE("events parsed: the company an agreement buys is the agreement's other party") {
  CHECK(events_of("Zorvex Holdings agreed to buy Acme Corp. for $3 billion.") ==
        V{"AGREE agreed: agent=Zorvex Holdings partner=Acme Corp."});
}

// The fifth session's widening, class by class after CAMEO's sub-categories: one sentence per
// class of our own words, with the expected type and participants, and the near misses that
// must stay none. (DCT 2025-03-14, a Friday.)
TEST_CASE("events parsed: appeals, and a call on someone to help is an appeal, not a demand") {
  CHECK(events_of("Ana Ruiz urged Paul Dube to reopen the border.") ==
        V{"APPEAL urged: agent=Ana Ruiz patient=Paul Dube"});
  CHECK(events_of("Ana Ruiz called on Chile to send doctors.") ==
        V{"APPEAL called: agent=Ana Ruiz patient=Chile"});
  CHECK(events_of("Ana Ruiz called on Paul Dube to resign.") ==
        V{"DEMAND called: agent=Ana Ruiz patient=Paul Dube"});
  // A request needs the one asked or what is asked for named.
  CHECK(events_of("The court upheld a ban that Ana Ruiz requested.") == V{});
}

TEST_CASE("events parsed: military posture, threats and pledges") {
  CHECK(events_of("Peru deployed troops to the border in January.") ==
        V{"MILITARY_POSTURE deployed: agent=Peru 2025-01"});
  CHECK(events_of("Chile held military drills near Peru in February.") ==
        V{"MILITARY_POSTURE held: agent=Chile recipient=Peru 2025-02"});
  // Ships that carry relief are aid.
  CHECK(events_of("Italy sent a navy ship with tents and medical supplies.") ==
        V{"AID sent: agent=Italy"});
  CHECK(events_of("Chile warned Peru of serious consequences.") ==
        V{"THREATEN warned: agent=Chile patient=Peru"});
  CHECK(events_of("Peru vowed to retaliate.") == V{"THREATEN vowed: agent=Peru"});
  CHECK(events_of("Japan pledged $20 million in aid to Peru.") ==
        V{"INTENT_TO_COOPERATE pledged: agent=Japan recipient=Peru"});
  // A forecast is no threat, a fear no retaliation, a denied deployment none.
  CHECK(events_of("Ana Ruiz warned that prices may rise.") == V{});
  CHECK(events_of("Farmers in Peru fear that Chile could retaliate.") == V{});
  CHECK(events_of("Chile denied deploying troops near Peru.") == V{});
}

TEST_CASE("events parsed: relations cut, forces withdrawn, coercion and legal action") {
  CHECK(events_of("Peru severed diplomatic ties with Chile in January.") ==
        V{"SANCTION severed: agent=Peru recipient=Chile 2025-01"});
  CHECK(events_of("Chile withdrew its troops from Peru in January.") ==
        V{"YIELD withdrew: agent=Chile recipient=Peru 2025-01"});
  CHECK(events_of("Peru deported Paul Dube in February.") ==
        V{"COERCE deported: agent=Peru patient=Paul Dube 2025-02"});
  CHECK(events_of("A court sentenced Paul Dube to five years in prison.") ==
        V{"ARREST sentenced: patient=Paul Dube"});
  CHECK(events_of("Paul Dube was taken into custody in Lima.") ==
        V{"ARREST taken: patient=Paul Dube"});
  CHECK(events_of("A Chilean air strike hit a depot.") == V{"FIGHT strike: agent=Chile"});
  // A promise of deportations is a plan, not an act.
  CHECK(events_of("Ana Ruiz promised to carry out mass deportations.") == V{});
}

TEST_CASE("events parsed: elections, successions, resignations and arrivals") {
  CHECK(events_of("Ana Ruiz was re-elected in 2024.") == V{"ELECTION re-elected: patient=Ana Ruiz 2024"});
  CHECK(events_of("Ana Ruiz succeeded Paul Dube as governor in May 2023.") ==
        V{"APPOINT succeeded: agent=Ana Ruiz patient=Paul Dube 2023-05"});
  CHECK(events_of("Paul Dube stood down as party leader in January.") ==
        V{"RESIGN stood: agent=Paul Dube 2025-01"});
  // (As "flew to Lima" above: the gazetteer links no country to Lima.)
  CHECK(events_of("Ana Ruiz arrived in Lima on Monday.") == V{"VISIT arrived: agent=Ana Ruiz 2025-03-10"});
  // Succeeding at something appoints no one; a wish that someone stand down is no resignation.
  CHECK(events_of("Ana Ruiz succeeded in passing the bill.") == V{});
  CHECK(events_of("Ana Ruiz suggested that Paul Dube stand down.") == V{});
}

TEST_CASE("events parsed: criticism, vetoes, cooperation, donations, probes and boycotts") {
  CHECK(events_of("Ana Ruiz denounced Paul Dube.") == V{"ACCUSE denounced: agent=Ana Ruiz patient=Paul Dube"});
  CHECK(events_of("Ana Ruiz vetoed the bill.") == V{"REJECT vetoed: agent=Ana Ruiz"});
  CHECK(events_of("Peru and Chile cooperated on border security.") ==
        V{"COOPERATE cooperated: agent=Peru partner=Chile"});
  CHECK(events_of("Japan donated $5 million to the Red Cross.") ==
        V{"AID donated: agent=Japan recipient=Red Cross"});
  CHECK(events_of("Prosecutors in Peru are probing Paul Dube.") ==
        V{"INVESTIGATE probing: patient=Paul Dube"});
  CHECK(events_of("The Green Party boycotted the vote.") == V{"PROTEST boycotted: agent=Green Party"});
}

// Found on the team's corpus: "agreed to Trudeau's request to prorogue Parliament until March
// 24" was dated March 24, the end of the prorogation.
TEST_CASE("events parsed: an until timex ends a state and dates no event") {
  CHECK(events_of("Ana Ruiz agreed to close the border until May 2.") == V{"AGREE agreed: agent=Ana Ruiz"});
}

TEST_CASE("events parsed: relief flown in, a passive naming to an office, probes into someone") {
  CHECK(events_of("Egypt and Turkey flew in rescue teams on Tuesday.") ==
        V{"AID flew: agent=Egypt agent=Turkey 2025-03-11"});
  CHECK(events_of("Ana Ruiz was named chief executive in January.") ==
        V{"APPOINT named: patient=Ana Ruiz 2025-01"});
  CHECK(events_of("Peru opened an investigation into Paul Dube.") ==
        V{"INVESTIGATE investigation: agent=Peru patient=Paul Dube"});
  // An ultimatum given is no aid, nor a rescue by unnamed fishermen.
  CHECK(events_of("Paul Dube gave the aid agencies a deadline.") == V{});
  CHECK(events_of("Paul Dube was rescued by fishermen in January.") == V{});
}

TEST_CASE("events parsed: asking someone to act, talks on a topic, a declared independence") {
  CHECK(events_of("Ana Ruiz asked Chile to reopen the border.") ==
        V{"APPEAL asked: agent=Ana Ruiz patient=Chile"});
  CHECK(events_of("Ana Ruiz discussed trade with Paul Dube in January.") ==
        V{"MEET discussed: agent=Ana Ruiz partner=Paul Dube 2025-01"});
  CHECK(events_of("Ruritania declared independence in 1991.") ==
        V{"ANNOUNCE declared: agent=Ruritania 1991"});
  // A report discusses no one; a question asked is no plea.
  CHECK(events_of("The report discussed trade.") == V{});
  CHECK(events_of("Ana Ruiz asked whether the border would reopen.") == V{});
}

TEST_CASE("events parsed: a protest in a place or against something is a demonstration, a state's a complaint") {
  CHECK(events_of("Members of the Green Party protested in Lima on Tuesday.") ==
        V{"PROTEST protested: agent=Green Party 2025-03-11"});
  CHECK(events_of("Chile protested against the visit of Ana Ruiz.") ==
        V{"ACCUSE protested: agent=Chile"});
  CHECK(events_of("The Green Party protested the ruling.") == V{"ACCUSE protested: agent=Green Party"});
}

namespace {

// "TYPE trigger: hedged|negated|asserted" for each event, in text order.
V modality_of(const std::string& text) {
  Document doc = newsgraph::testing::pipeline_doc(text, "2025-03-14");
  V out;
  for (const Event& e : doc.events)
    out.push_back(e.type + " " + std::string(doc.slice(e.trigger)) + ": " +
                  (e.negated ? "negated" : e.hedged ? "hedged" : "asserted"));
  return out;
}

}  // namespace

// Found by a user: nouns under a modal were stored as facts, while the verb was hedged.
TEST_CASE("events parsed: an event noun that is a verb's object shares the verb's modal or negation") {
  CHECK(modality_of("Spain may impose sanctions on Peru next week.") ==
        V{"SANCTION sanctions: hedged"});
  CHECK(modality_of("Spain imposed sanctions on Peru on Monday.") ==
        V{"SANCTION sanctions: asserted"});
}

TEST_CASE("events parsed: what a denial says did not happen is no event") {
  CHECK(modality_of("Pakistan denied that it had attacked the town of Uri.").empty());
  CHECK(modality_of("Pakistan attacked the town of Uri on Monday.") == V{"ATTACK attacked: asserted"});
}

// Second round on unseen news (corpus/blind, a fresh user's trial): classes still missed.
TEST_CASE("events parsed: a seizure of power is a coup (COERCE), with the one it detains") {
  CHECK(events_of("Officers of the army seized power on Monday, detaining President Ana Ruiz.") ==
        V{"COERCE seized: patient=Ana Ruiz 2025-03-10", "ARREST detaining: patient=Ana Ruiz 2025-03-10"});
  CHECK(events_of("The rebels toppled President Ana Ruiz in 2019.") ==
        V{"COERCE toppled: patient=Ana Ruiz 2019"});
  // Power as a thing held or a chance taken is no coup.
  CHECK(events_of("Ruritania seized the moment on Monday.") == V{});
  CHECK(events_of("The party toppled the record in 2019.") == V{});
}

TEST_CASE("events parsed: troops sent into a place fight there, sent to it stand ready") {
  CHECK(events_of("Ruritania sent troops into Borduria in 2020.") ==
        V{"FIGHT sent: agent=Ruritania recipient=Borduria 2020"});
  CHECK(events_of("Ruritania sent troops to Borduria in 2020.") ==
        V{"MILITARY_POSTURE sent: agent=Ruritania recipient=Borduria 2020"});
}

TEST_CASE("events parsed: a hack is an attack on the one whose systems were entered") {
  CHECK(events_of("Hackers broke into Acme Bank's systems in May 2022.") ==
        V{"ATTACK broke: patient=Acme Bank 2022-05"});
  CHECK(events_of("Thieves broke into the museum in May 2022.") == V{});
}

TEST_CASE("events parsed: an ultimatum and a warning of force are threats") {
  CHECK(events_of("The bloc, the African Union, gave the junta one week to release the president.") ==
        V{"THREATEN gave: agent=African Union"});
  CHECK(events_of("Ruritania warned that it could use force against Borduria.") ==
        V{"THREATEN warned: agent=Ruritania"});
  CHECK(events_of("Ruritania gave Borduria a loan of $5 million.") == V{});
}

TEST_CASE("events parsed: a minister placed under investigation") {
  CHECK(events_of("Prosecutors placed Finance Minister Ana Ruiz under formal investigation.") ==
        V{"INVESTIGATE placed: patient=Ana Ruiz"});
  CHECK(events_of("Prosecutors placed Ana Ruiz under guard.") == V{});
}

TEST_CASE("events parsed: relief flights that land bring aid to the country") {
  CHECK(events_of("The first relief flights landed in Ruritania on Thursday.") ==
        V{"AID landed: recipient=Ruritania 2025-03-13"});
  CHECK(events_of("The first flights landed in Ruritania on Thursday.") == V{});
}

TEST_CASE("events parsed: greeting someone is meeting them") {
  CHECK(events_of("Ana Ruiz greeted Jo Reyes at the airport on Monday.") ==
        V{"MEET greeted: agent=Ana Ruiz partner=Jo Reyes 2025-03-10"});
}

TEST_CASE("events parsed: concluded negotiations on an agreement, a successor named or replacing") {
  CHECK(events_of("Ruritania and Borduria concluded negotiations on a free trade agreement on Friday.") ==
        V{"AGREE concluded: agent=Ruritania partner=Borduria 2025-03-14",
          "MEET negotiations: agent=Borduria partner=Ruritania 2025-03-14"});
  CHECK(events_of("The board named Ana Ruiz interim chief executive.") ==
        V{"APPOINT named: patient=Ana Ruiz"});
  CHECK(events_of("Jo Reyes, who replaced Ana Ruiz as chief executive in January, spoke.") ==
        V{"APPOINT replaced: agent=Jo Reyes patient=Ana Ruiz 2025-01"});
  // A party's leader or candidate is chosen by a contest, not appointed.
  CHECK(events_of("Jo Reyes, who replaced Ana Ruiz as party leader in May, spoke.") == V{});
}

TEST_CASE("events parsed: people flown somewhere do not visit it") {
  CHECK(events_of("The freed prisoners were flown to Germany.") == V{});
}

TEST_CASE("events parsed: a main clause under 'would' with an 'if' clause is no event") {
  CHECK(events_of("Ruritania would veto the sanctions against Borduria if Lima did not act.") == V{});
  CHECK(events_of("Ruritania vetoed the sanctions against Borduria on Monday.") ==
        V{"REJECT vetoed: agent=Ruritania 2025-03-10"});
}

TEST_CASE("events parsed: duties are tariffs only among words of trade") {
  CHECK(events_of("Jo Reyes will take over the mayor's duties.") == V{});
  CHECK(events_of("Ruritania had a duty to protect its citizens.") == V{});
  CHECK(events_of("Ruritania imposed duties on Borduria's steel on Monday.") ==
        V{"SANCTION duties: agent=Ruritania recipient=Borduria 2025-03-10"});
}

TEST_CASE("events parsed: workers in a place walk out, the place does not") {
  CHECK(events_of("The 30,000 workers in Ruritania and Borduria walked out on Friday.") == V{});
}

TEST_CASE("events parsed: a name before a 'whose' clause is the subject of the verb after it") {
  CHECK(events_of("Ruiz, whose Green Party has governed since 2015, stepped down on Tuesday.") ==
        V{"RESIGN stepped: agent=Ruiz 2025-03-11"});
}

TEST_CASE("events parsed: a second carrier sent after aid, a declared outbreak, a bare refusal") {
  CHECK(events_of("Ruritania sent a plane with drinking water. Borduria sent a second aircraft.") ==
        V{"AID sent: agent=Ruritania", "AID sent: agent=Borduria"});
  CHECK(events_of("Borduria sent a second aircraft.") == V{"MILITARY_POSTURE sent: agent=Borduria"});
  CHECK(events_of("The outbreak was declared on Friday by the Ministry of Health.") ==
        V{"ANNOUNCE declared: agent=Ministry of Health 2025-03-14"});
  CHECK(events_of("Ana Ruiz asked the president to call an election, but Jo Reyes declined.") ==
        V{"REJECT declined: agent=Jo Reyes"});
  CHECK(events_of("Jo Reyes declined to comment.") == V{});
}

TEST_CASE("events parsed: the dateline's city takes part in no event") {
  CHECK(events_of("LIMA — A panel of the Supreme Court on Thursday convicted Ana Ruiz of fraud.") ==
        V{"ARREST convicted: patient=Ana Ruiz 2025-03-13"});
}

TEST_CASE("events parsed: the one who imposes tariffs or opens an inquiry is that verb's subject") {
  CHECK(events_of("Jo Reyes spoke weeks after President Ana Ruiz imposed tariffs on Borduria.") ==
        V{"SANCTION tariffs: agent=Ana Ruiz recipient=Borduria"});
  CHECK(events_of("Prosecutors said the Supreme Court had opened an inquiry into Ana Ruiz.") ==
        V{"INVESTIGATE inquiry: agent=Supreme Court patient=Ana Ruiz"});
}

TEST_CASE("events parsed: naming past an appositive, a place where workers work does not walk out") {
  CHECK(events_of("The board named Ana Ruiz, the finance chief, as interim chief executive.") ==
        V{"APPOINT named: patient=Ana Ruiz"});
  CHECK(events_of("The 30,000 workers in Lima state and Borduria walked out on Friday.") == V{});
}

TEST_CASE("events parsed: 'whom' as a verb's object stands for the name it follows") {
  CHECK(events_of("Among those freed was Jo Reyes, whom a court in Lima sentenced to life in 2021.") ==
        V{"ARREST sentenced: patient=Jo Reyes 2021"});
}

TEST_CASE("events parsed: a gerund after 'after' or 'before' is an act, cooperation suspended is a sanction") {
  CHECK(events_of("Jo Reyes left Lima after accusing Ana Ruiz of fraud.") ==
        V{"ACCUSE accusing: agent=Jo Reyes patient=Ana Ruiz"});
  CHECK(events_of("Ana Ruiz was taken to hospital after complaining of chest pains.") == V{});
  CHECK(events_of("Ruritania suspended its security cooperation with Borduria on Saturday.") ==
        V{"SANCTION suspended: agent=Ruritania recipient=Borduria 2025-03-08"});
}

TEST_CASE("events parsed: a nationality before an institution object stands for its country") {
  CHECK(events_of("Protesters attacked the French embassy on Sunday.") ==
        V{"ATTACK attacked: patient=France 2025-03-09"});
}

TEST_CASE("events parsed: a conjunct subject headed by a common noun names its partner") {
  CHECK(events_of("Ruritania and the northern bloc Mercosur concluded negotiations on a trade agreement.") ==
        V{"AGREE concluded: agent=Ruritania partner=Mercosur"});
}

TEST_CASE("events parsed: coordinated subjects and 'along with' names each act") {
  CHECK(events_of("Ana Ruiz and Paul Dube, the trade minister, handed in their resignations on "
                  "Monday, along with Jo Reyes.") ==
        V{"RESIGN resignations: agent=Paul Dube agent=Ana Ruiz agent=Jo Reyes 2025-03-10"});
  // A name coordinated inside an appositive's prepositional phrase is no subject.
  CHECK(events_of("Ana Ruiz, a close ally of Tomas Vidal and his deputy, resigned on Monday.") ==
        V{"RESIGN resigned: agent=Ana Ruiz 2025-03-10"});
}

TEST_CASE("events parsed: a personnel verb with an office as object appoints") {
  CHECK(events_of("Prime Minister Ana Ruiz replaced three cabinet ministers on Friday.") ==
        V{"APPOINT replaced: agent=Ana Ruiz 2025-03-14"});
  // A gapped list after the office taken over: each person takes one.
  CHECK(events_of("Paul Dube took over the finance ministry, Jo Reyes health and Luis Mora defence.") ==
        V{"APPOINT took: agent=Paul Dube agent=Jo Reyes agent=Luis Mora"});
  // The names listed with the office replaced are those replaced.
  CHECK(events_of("The party also replaced its policy chief, Jo Reyes, and Luis Mora.") ==
        V{"APPOINT replaced: patient=Jo Reyes patient=Luis Mora"});
  CHECK(events_of("The city replaced the roof of the station.") == V{});
  CHECK(events_of("The Labour Party replaced its leader in June.") == V{});  // chosen by vote
}

TEST_CASE("events parsed: an act in an 'after' or 'as' clause takes that clause's subject") {
  CHECK(events_of("Peru recalled its envoy after Chilean police forced their way into its embassy "
                  "and arrested a diplomat.") ==
        V{"SANCTION recalled: agent=Peru", "COERCE forced: agent=Chile", "ARREST arrested: agent=Chile"});
  // An unnamed subject of its own ("as prosecutors investigate") takes no name from the left.
  CHECK(events_of("Ana Ruiz dismissed two aides as prosecutors investigate the ministry.") == V{});
}

TEST_CASE("events parsed: a past clause under a future main clause keeps its own tense") {
  CHECK(events_of("Paul Dube is set to become president after his rival, former minister Ana Ruiz, "
                  "conceded defeat on Monday.") ==
        V{"YIELD conceded: agent=Ana Ruiz 2025-03-10"});
  CHECK(events_of("The total conceded by the visitors was high.") == V{});
}

TEST_CASE("events parsed: acts of courts, police and states read by their object or particle") {
  CHECK(events_of("Peru granted Jo Reyes asylum on Monday.") ==
        V{"AID granted: agent=Peru patient=Jo Reyes 2025-03-10"});
  CHECK(events_of("Chile declared the envoy, Ana Ruiz, persona non grata on Tuesday.") ==
        V{"SANCTION declared: agent=Chile 2025-03-11"});
  CHECK(events_of("The founder, Jo Reyes, has been held by police since June.") ==
        V{"ARREST held: patient=Jo Reyes 2024-06"});
  CHECK(events_of("The summit was held by the authorities in Lima.") == V{});  // no one held
  CHECK(events_of("Lima prosecutors have questioned several lawmakers.") ==
        V{"INVESTIGATE questioned: agent=Lima"});
  CHECK(events_of("Jo Reyes was barred from running in March.") ==
        V{"COERCE barred: patient=Jo Reyes 2025-03"});
  // DCT 2025-03-14: a past verb's "in May" is last May (the timex stage reads "in May" parsed
  // onto the object as the verb's time).
  CHECK(events_of("The Supreme Court struck down the law in May.") ==
        V{"REJECT struck: agent=Supreme Court 2024-05"});
  // A call to congratulate is the contact itself (MEET); a call to concede is the concession.
  CHECK(events_of("Ana Ruiz said she had called Paul Dube to congratulate him.") ==
        V{"MEET called: agent=Ana Ruiz partner=Paul Dube"});
  CHECK(events_of("Ana Ruiz called Paul Dube a liar.") == V{});
}

TEST_CASE("events parsed: a range or list of members after a plural subject names the actors") {
  CHECK(events_of("Governments across South America, from Peru to Chile, condemned the raid.") ==
        V{"ACCUSE condemned: agent=Peru agent=Chile"});
  CHECK(events_of("Several countries, including Peru and Chile, sent aid to Bolivia.") ==
        V{"AID sent: agent=Peru agent=Chile recipient=Bolivia"});
  CHECK(events_of("Governments across South America condemned the raid.") == V{});
}

TEST_CASE("events parsed: a reported clause takes its reporting verb's date, a perfect does not") {
  CHECK(events_of("Peru condemned the raid, and Chile said on Saturday that it was recalling its "
                  "ambassador from Bolivia.") ==
        V{"ACCUSE condemned: agent=Peru", "SANCTION recalling: agent=Chile recipient=Bolivia 2025-03-08"});
  CHECK(events_of("Peru condemned the raid, and Chile said on Saturday that it had recalled its "
                  "ambassador from Bolivia.") ==
        V{"ACCUSE condemned: agent=Peru", "SANCTION recalled: agent=Chile recipient=Bolivia"});
}

TEST_CASE("events parsed: a conviction given as a cause befell the subject, entry by force, assault") {
  CHECK(events_of("Jo Reyes was barred from running because of a fraud conviction.") ==
        V{"COERCE barred: patient=Jo Reyes", "ARREST conviction: patient=Jo Reyes"});
  // A conviction with no one convicted is no event.
  CHECK(events_of("Critics said the convictions were based on forced confessions.") == V{});
  CHECK(events_of("Chilean police forced their way into the Peruvian embassy on Friday.") ==
        V{"COERCE forced: agent=Chile 2025-03-14"});
  CHECK(events_of("Chilean troops stormed the parliament on Friday.") ==
        V{"COERCE stormed: agent=Chile 2025-03-14"});
  CHECK(events_of("The striker stormed to victory in Lima.") == V{});
  CHECK(events_of("Ana Ruiz, the acting envoy, was thrown to the ground by officers.") ==
        V{"ATTACK thrown: patient=Ana Ruiz"});
  CHECK(events_of("Its chief executive, Jo Reyes, called the ruling regrettable.") ==
        V{"ACCUSE called: agent=Jo Reyes"});
}

TEST_CASE("events parsed: an inquiry into whether someone acted has that one as patient") {
  CHECK(events_of("Police are investigating whether Jo Reyes took bribes.") ==
        V{"INVESTIGATE investigating: patient=Jo Reyes"});
  CHECK(events_of("Ana Ruiz replaced four ministers on Thursday, as prosecutors investigate whether "
                  "the largest faction of the Liberal Democratic Party hid donations.") ==
        V{"APPOINT replaced: agent=Ana Ruiz 2025-03-13",
          "INVESTIGATE investigate: patient=Liberal Democratic Party"});
  CHECK(events_of("Prosecutors are investigating the case.") == V{});  // no one named
}

TEST_CASE("events parsed: refusing a request rejects it, refusing to comment does not") {
  CHECK(events_of("The judge, Ana Ruiz, ruled on Monday, before refusing a request by the lawyers "
                  "for another delay.") ==
        V{"REJECT refusing: agent=Ana Ruiz 2025-03-10"});
  CHECK(events_of("Ana Ruiz refused to comment.") == V{});
}

TEST_CASE("events parsed: a judge telling the court testifies against no one") {
  CHECK(events_of("Justice Ana Ruiz of the High Court spoke on Monday. \"The firm has run out of "
                  "time,\" she told the court.") == V{});
  CHECK(events_of("Jo Reyes told the court that Paul Dube had paid him.") ==
        V{"ACCUSE told: agent=Jo Reyes"});
}

// Found by a fresh user: "won Poland's presidential runoff" and "conceded two days after the
// vote" gave no event ("two days" parsed as the object of "conceded").
TEST_CASE("events parsed: a runoff or referendum won is an election, a concession needs no object") {
  CHECK(events_of("Ana Ruiz won the presidential runoff on Sunday.") ==
        V{"ELECTION won: agent=Ana Ruiz 2025-03-09"});
  CHECK(events_of("Paul Dube lost a referendum on his rule.") == V{"ELECTION lost: agent=Paul Dube"});
  CHECK(events_of("Paul Dube conceded two days after the vote.") == V{"YIELD conceded: agent=Paul Dube"});
  // A vote in a parliament is no election.
  CHECK(events_of("Paul Dube lost a confidence vote.").empty());
}

// Found by a fresh user: "Four Indian nationals were arrested" gave no arrest.
TEST_CASE("events parsed: a nationality's nationals or citizens are its people") {
  CHECK(events_of("Four Indian nationals were arrested on Friday.") ==
        V{"ARREST arrested: patient=Indian 2025-03-14"});
  CHECK(events_of("Police arrested two Peruvian citizens on Friday.") ==
        V{"ARREST arrested: patient=Peruvian 2025-03-14"});
  CHECK(events_of("Police announced the arrest of four Indian nationals on Friday.") ==
        V{"ARREST arrest: patient=Indian 2025-03-14"});
  CHECK(events_of("Four Indian students were arrested on Friday.").empty());
}

// Fourth round, by verb class and argument (corpus/blind3's misses): the object, the particle or
// the subject of a general verb decides the event.
TEST_CASE("events parsed: reaching or striking an agreement is an agreement, whatever the verb") {
  CHECK(events_of("Ruritania reached a ceasefire agreement with Borduria on Monday.") ==
        V{"AGREE reached: agent=Ruritania partner=Borduria 2025-03-10"});
  CHECK(events_of("Acme Corp struck a deal with Globex on Monday.") ==
        V{"AGREE struck: agent=Acme Corp partner=Globex 2025-03-10"});
  CHECK(events_of("The index reached a record high on Monday.").empty());
}

TEST_CASE("events parsed: a body that approves or endorses a mission agrees to it") {
  CHECK(events_of("The Senate of Ruritania endorsed the deployment on Monday.") ==
        V{"AGREE endorsed: agent=Senate of Ruritania 2025-03-10"});
  CHECK(events_of("The Security Council approved the mission in October.") ==
        V{"AGREE approved: agent=United Nations Security Council 2024-10"});
  // Approving measures is no agreement.
  CHECK(events_of("The cabinet of Peru approved new measures.").empty());
}

TEST_CASE("events parsed: calling off or barring a deal rejects it") {
  CHECK(events_of("Acme Corp called off its merger with Globex on Monday.") ==
        V{"REJECT called: agent=Acme Corp 2025-03-10"});
  CHECK(events_of("Judge Ana Ruiz barred the deal on Monday.") ==
        V{"REJECT barred: agent=Ana Ruiz 2025-03-10"});
  CHECK(events_of("Judge Ana Ruiz dismissed the lawsuit on Monday.") ==
        V{"REJECT dismissed: agent=Ana Ruiz 2025-03-10"});
  // Dismissing a person (a firing) fits no type; halting production rejects no deal.
  CHECK(events_of("Acme Corp dismissed its finance director, Jo Reyes, on Monday.").empty());
  CHECK(events_of("Acme Corp halted production in Lima on Monday.").empty());
}

TEST_CASE("events parsed: seeking what another owes is a demand") {
  CHECK(events_of("Acme Corp is seeking damages from Globex.") == V{"DEMAND seeking: agent=Acme Corp"});
  CHECK(events_of("Acme Corp is seeking new markets.").empty());
}

TEST_CASE("events parsed: announcing a plan of action is an announcement") {
  CHECK(events_of("Acme Corp announced a share buyback on Monday.") ==
        V{"ANNOUNCE announced: agent=Acme Corp 2025-03-10"});
  CHECK(events_of("Acme Corp announced its results on Monday.").empty());
}

TEST_CASE("events parsed: a case brought or filed is an accusation, the by-agent its author") {
  CHECK(events_of("The case was brought by Jo Reyes in March.") == V{"ACCUSE brought: agent=Jo Reyes 2025-03"});
  CHECK(events_of("Jo Reyes filed a complaint against Acme Corp on Monday.") ==
        V{"ACCUSE filed: agent=Jo Reyes patient=Acme Corp 2025-03-10"});
  CHECK(events_of("Jo Reyes brought a cake to the party.").empty());
}

TEST_CASE("events parsed: running for office, and voters deciding a proposal, are elections") {
  CHECK(events_of("Jo Reyes, who ran for president in 2017, spoke on Monday.") ==
        V{"ELECTION ran: agent=Jo Reyes 2017"});
  CHECK(events_of("Peruvian voters approved the new charter on Sunday.") ==
        V{"ELECTION approved: agent=Peru 2025-03-09"});
  CHECK(events_of("Jo Reyes ran for the bus.").empty());
}

TEST_CASE("events parsed: criticism is an accusation only when faced") {
  CHECK(events_of("Jo Reyes had faced criticism from lawmakers.") == V{"ACCUSE criticism: patient=Jo Reyes"});
  CHECK(events_of("Criticism of the plan grew in Ruritania.").empty());
  CHECK(events_of("Acme Corp faced objections from regulators and from Globex.") ==
        V{"ACCUSE objections: agent=Globex patient=Acme Corp"});
  CHECK(events_of("Objections to the plan grew in Lima.").empty());
}

TEST_CASE("events parsed: attending a summit meets its gathering, landing in a city visits it") {
  CHECK(events_of("Ana Ruiz attended the regional summit on Friday.") ==
        V{"MEET attended: agent=Ana Ruiz 2025-03-14"});
  CHECK(events_of("Chilean President Ana Ruiz landed in Lima on Wednesday.") ==
        V{"VISIT landed: agent=Ana Ruiz 2025-03-12"});
  // A landing by someone who holds no office is no visit (freed prisoners flown home).
  CHECK(events_of("Jo Reyes landed in Lima on Wednesday.").empty());
  CHECK(events_of("Ana Ruiz attended the school in Lima.").empty());
}

TEST_CASE("events parsed: an offer past a phrase of time, personnel a state says it will send") {
  CHECK(events_of("Ruritania offered in July to lead the force.") ==
        V{"INTENT_TO_COOPERATE offered: agent=Ruritania 2024-07"});
  CHECK(events_of("Borduria has said it will send police officers.") ==
        V{"INTENT_TO_COOPERATE send: agent=Borduria"});
  CHECK(events_of("Borduria will send its answer.").empty());
  CHECK(events_of("Borduria has said it will fly in medical supplies.") ==
        V{"INTENT_TO_COOPERATE fly: agent=Borduria"});
  CHECK(events_of("Acme Corp said it would keep working with the police.") ==
        V{"INTENT_TO_COOPERATE keep: agent=Acme Corp"});
  CHECK(events_of("Peru said it would provide details later.").empty());
}

TEST_CASE("events parsed: what almost happened did not, a referendum is a people's vote") {
  CHECK(events_of("Peru and Chile had almost reached an agreement on Monday.").empty());
  CHECK(events_of("Jo Reyes regained his rights in a 1987 referendum.").empty());
}

TEST_CASE("events parsed: more verb classes read by their object or particle") {
  CHECK(events_of("Peru turned down the offer from Chile on Monday.") ==
        V{"REJECT turned: agent=Peru 2025-03-10"});
  CHECK(events_of("Workers of Acme Corp staged a sit-in outside the ministry on Monday.") ==
        V{"PROTEST staged: agent=Acme Corp 2025-03-10"});
  CHECK(events_of("Supporters of Acme Corp staged rallies across Peru to back their candidates.").empty());
  CHECK(events_of("Jo Reyes and Paul Dube dropped their lawsuits against Acme Corp.").empty());
  CHECK(events_of("Gunmen gunned down Jo Reyes in Lima on Monday.") ==
        V{"ATTACK gunned: patient=Jo Reyes 2025-03-10"});
  CHECK(events_of("Eritrea fought alongside Ethiopian forces in Tigray.") == V{"FIGHT fought: agent=Eritrea"});
  CHECK(events_of("Acme Corp fought against Globex in court.").empty());  // no armed forces
  CHECK(events_of("Peru revoked the licence of Acme Corp on Monday.") ==
        V{"SANCTION revoked: agent=Peru patient=Acme Corp 2025-03-10"});
  CHECK(events_of("President Ana Ruiz received Paul Dube at the palace on Monday.") ==
        V{"MEET received: agent=Ana Ruiz partner=Paul Dube 2025-03-10"});
  CHECK(events_of("President Ana Ruiz received a letter from Paul Dube.").empty());
  CHECK(events_of("Jo Reyes was confirmed as defence minister on Monday.") ==
        V{"APPOINT confirmed: patient=Jo Reyes 2025-03-10"});
  CHECK(events_of("Peruvian voters cast their ballots on Sunday.") == V{"ELECTION cast: agent=Peru 2025-03-09"});
}

TEST_CASE("events parsed: an office named first, the person set off by commas, then 'as'") {
  CHECK(events_of("Acme Corp named the firm's lawyer, Jo Reyes, as its chief executive on Monday.") ==
        V{"APPOINT named: agent=Acme Corp patient=Jo Reyes 2025-03-10"});
  CHECK(events_of("Acme Corp named the new product, a small phone, as its best seller.").empty());
}

TEST_CASE("events parsed: declaring something an emergency, past its object's phrases") {
  CHECK(events_of("The agency declared the spread of the virus in Asia a global health emergency on "
                  "Wednesday.") == V{});  // no named agent
  CHECK(events_of("The World Health Organization declared the spread of the virus in Asia a global "
                  "health emergency on Wednesday.") ==
        V{"ANNOUNCE declared: agent=World Health Organization 2025-03-12"});
  CHECK(events_of("The World Health Organization declared that the virus was spreading.").empty());
}

// From a user's trial: the headline "Duterte arrested on ICC warrant" made Duterte the arrester.
TEST_CASE("events parsed: a headline's bare -ed act is done to its subject") {
  CHECK(events_of("Tom Berg arrested on fraud warrant\n\nThe police said little.") ==
        V{"ARREST arrested: patient=Tom Berg"});
  // A sentence with its full stop keeps the active reading.
  CHECK(events_of("Police arrested Tom Berg on Monday.") ==
        V{"ARREST arrested: patient=Tom Berg 2025-03-10"});
}
