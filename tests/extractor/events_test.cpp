#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractor/alias.h"
#include "extractor/coref.h"
#include "extractor/events.h"
#include "extractor/lexicon.h"
#include "extractor/ner_rules.h"
#include "extractor/relations.h"
#include "rule_doc.h"

using namespace newsgraph::extractor;

namespace {
const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    auto err = load_lexicon(NEWSGRAPH_MODEL_DIR, &l);
    if (err) FAIL(err->file << ":" << err->line << ": " << err->message);
    return l;
  }();
  return lex;
}

Document run(const std::string& text) {
  Document doc = newsgraph::testing::make_doc(text);
  find_rule_mentions(lexicon(), doc);
  resolve_aliases(lexicon(), doc);
  resolve_coreference(lexicon(), doc);
  extract_events(lexicon(), doc);
  return doc;
}

// "TYPE trigger: role=Entity ... @Place" for each event.
std::vector<std::string> events_of(const std::string& text) {
  Document doc = run(text);
  std::vector<std::string> out;
  for (const Event& e : doc.events) {
    std::string s = e.type + " " + std::string(doc.slice(e.trigger)) + ":";
    for (const EventArgument& a : e.arguments) s += " " + a.role + "=" + doc.entities[a.entity].name;
    if (e.place >= 0) s += " @" + doc.entities[e.place].name;
    if (e.negated) s += " [neg]";
    if (e.hedged) s += " [hedge]";
    out.push_back(s);
  }
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("events: a nominal arrest takes the possessor as agent and the 'of' phrase as patient") {
  CHECK(events_of("Relations soured after Canada's arrest of Huawei executive Meng Wanzhou "
                  "and Beijing's retaliatory detention of two Canadians on espionage charges.") ==
        V{"ARREST arrest: agent=Canada patient=Meng Wanzhou",
          "ARREST detention: agent=Beijing patient=Canadian"});
}

TEST_CASE("events: a visit during which the subject acts takes the clause subject, place and recipient") {
  CHECK(events_of("Canadian Prime Minister Mark Carney declared a partnership with China during "
                  "a state visit to Beijing.") ==
        V{"VISIT visit: agent=Mark Carney recipient=China @Beijing"});
}

TEST_CASE("events: talks included in a visit inherit its agent; a definite repeat adds no event") {
  Document doc = run(
      "Prime Minister Mark Carney made a state visit to Beijing. The visit, which included "
      "talks with President Xi Jinping in the Great Hall of the People, was long. Carney's "
      "visit, which also included a meeting with Premier Li Qiang, ended.");
  REQUIRE(doc.events.size() == 3);
  CHECK(doc.events[0].type == "VISIT");
  CHECK(doc.events[1].type == "MEET");
  CHECK(doc.slice(doc.events[1].trigger) == "talks");
  CHECK(doc.entities[doc.events[1].arguments[0].entity].name == "Mark Carney");
  CHECK(doc.events[1].arguments[0].role == "agent");
  CHECK(doc.entities[doc.events[1].arguments[1].entity].name == "Xi Jinping");
  CHECK(doc.events[1].arguments[1].role == "partner");
  CHECK(doc.entities[doc.events[1].place].name == "Great Hall of the People");
  CHECK(doc.events[2].type == "MEET");
  CHECK(doc.entities[doc.events[2].arguments[1].entity].name == "Li Qiang");
  CHECK(doc.entities[doc.events[2].place].name == "Beijing");  // inherited from the visit
  std::vector<std::string> rels;
  for (const Relation& r : doc.relations)
    if (r.extractor == "event")
      rels.push_back(doc.entities[r.subject].name + " " + r.predicate + " " + doc.entities[r.object].name);
  CHECK(rels == V{"Mark Carney visited Beijing", "Mark Carney met_with Xi Jinping",
                  "Mark Carney met_with Li Qiang"});
}

TEST_CASE("events: tariffs raised by a subject on a nationality's goods target that country") {
  CHECK(events_of("The administration of US President Donald Trump has raised tariffs on "
                  "key Canadian exports.") ==
        V{"SANCTION tariffs: agent=Donald Trump recipient=Canada"});
}

TEST_CASE("events: facing accusations makes the subject the patient") {
  CHECK(events_of("Disputes soured the mood, with China also facing accusations of interference "
                  "in Canada.") ==
        V{"ACCUSE accusations: patient=China @Canada"});
}

TEST_CASE("events: verbal triggers read subject and object, passive and negation") {
  CHECK(events_of("Police in Vancouver arrested Meng Wanzhou in 2018.") ==
        V{"ARREST arrested: patient=Meng Wanzhou"});
  CHECK(events_of("Japan did not sanction Iran.") ==
        V{"SANCTION sanction: agent=Japan recipient=Iran [neg]"});
  CHECK(events_of("Meng Wanzhou was arrested by Canada.") ==
        V{"ARREST arrested: agent=Canada patient=Meng Wanzhou"});
  CHECK(events_of("Emmanuel Macron and Olaf Scholz met in Berlin on Monday.") ==
        V{"MEET met: agent=Olaf Scholz partner=Emmanuel Macron @Berlin"});
  // The destination's country is a recipient only when the text names it.
  CHECK(events_of("President Joe Biden visited Kyiv.") == V{"VISIT visited: agent=Joe Biden @Kyiv"});
  CHECK(events_of("President Joe Biden visited Kyiv to support Ukraine.") ==
        V{"VISIT visited: agent=Joe Biden recipient=Ukraine @Kyiv"});
}

TEST_CASE("events: triggers without participants, and meetings with one party, are dropped") {
  CHECK(events_of("Officials are in talks to lower tariffs, but a formal agreement remains elusive.") == V{});
  CHECK(events_of("They met on the sidelines of the APEC summit in October.") == V{});
}

TEST_CASE("events: a pronoun subject resolves to the nearest person before it") {
  CHECK(events_of("Xi Jinping spoke first. Then he met Mark Carney.") ==
        V{"MEET met: agent=Xi Jinping partner=Mark Carney"});
}

TEST_CASE("events: headlines yield no events") {
  CHECK(events_of("Carney Visits Beijing For Talks With Xi\n\nNothing else happened.") == V{});
}

TEST_CASE("events: the object of a verb is the head of its phrase, not a title's nationality") {
  CHECK(events_of("Canadian Prime Minister Mark Carney met Chinese President Xi Jinping on Friday.") ==
        V{"MEET met: agent=Mark Carney partner=Xi Jinping"});
  CHECK(events_of("China detained two Canadians, Michael Kovrig and Michael Spavor, in 2018.") ==
        V{"ARREST detained: agent=China patient=Canadian patient=Michael Kovrig patient=Michael Spavor"});
}

TEST_CASE("events: a nation's police act for the nation") {
  CHECK(events_of("Canadian police arrested Huawei executive Meng Wanzhou in Vancouver.") ==
        V{"ARREST arrested: agent=Canada patient=Meng Wanzhou @Vancouver"});
}

TEST_CASE("events: intentions are not the events they intend; undone sanctions are none") {
  CHECK(events_of("Donald Trump and Mark Carney agreed to meet soon.") ==
        V{"INTENT_TO_COOPERATE agreed: agent=Mark Carney partner=Donald Trump"});
  CHECK(events_of("Donald Trump agreed to lower tariffs on Chinese goods.") == V{});
  CHECK(events_of("Xi invited Carney to visit China.") == V{});
}

TEST_CASE("events: a pronoun subject follows the subject of the previous sentences") {
  CHECK(events_of("Mark Carney met Chinese President Xi Jinping on Friday. He also held talks "
                  "with Premier Li Qiang.") ==
        V{"MEET met: agent=Mark Carney partner=Xi Jinping",
          "MEET talks: agent=Mark Carney partner=Li Qiang"});
}

TEST_CASE("events: an embassy acts for its country; 'with tariffs' is the subject's instrument") {
  CHECK(events_of("The Chinese embassy in Ottawa accused Canada of spying.") ==
        V{"ACCUSE accused: agent=China patient=Canada"});
  CHECK(events_of("China answered in March with tariffs on Canadian canola.") ==
        V{"SANCTION tariffs: agent=China recipient=Canada"});
  CHECK(events_of("Dominic LeBlanc remains in charge of relations with Washington.") == V{});
}

TEST_CASE("events: a name right before a verb is its subject, even after a conjunction") {
  CHECK(events_of("The meeting came a day after U.S. President Donald Trump met Xi Jinping in Busan.") ==
        V{"MEET met: agent=Donald Trump partner=Xi Jinping"});
}

TEST_CASE("events: facing charges or tariffs makes the subject the one they fall on") {
  CHECK(events_of("Daniel Montalvo now faces charges in Florida.") ==
        V{"ARREST charges: patient=Daniel Montalvo @Florida"});
  CHECK(events_of("Canada faces tariffs on steel.") == V{"SANCTION tariffs: recipient=Canada"});
}

TEST_CASE("events: agreeing to meet is intent; agreeing to other things is agreement") {
  CHECK(events_of("Canada and China agreed to rebuild their relationship.") ==
        V{"AGREE agreed: agent=China partner=Canada"});
  CHECK(events_of("Canada and China agreed to negotiate.") ==
        V{"INTENT_TO_COOPERATE agreed: agent=China partner=Canada"});
}

TEST_CASE("events: fines and swearing-in have their types") {
  CHECK(events_of("The European Commission fined Apple on Wednesday.") ==
        V{"SANCTION fined: agent=European Commission recipient=Apple"});
  CHECK(events_of("Mark Carney was sworn in by Governor General Mary Simon at Rideau Hall.") ==
        V{"APPOINT sworn: agent=Mary Simon patient=Mark Carney @Rideau Hall"});
}

TEST_CASE("events: coordinated objects share the head's role; lawsuits accuse") {
  CHECK(events_of("The European Commission on Wednesday fined Apple 500 million euros and Meta "
                  "Platforms 200 million euros.") ==
        V{"SANCTION fined: agent=European Commission recipient=Apple recipient=Meta"});
  CHECK(events_of("The Justice Department sued Google in October 2020.") ==
        V{"ACCUSE sued: agent=Justice Department patient=Google"});
}

TEST_CASE("events: breaking off talks rejects them; barring and excluding sanction") {
  CHECK(events_of("Donald Trump broke off trade negotiations with Canada last week.") ==
        V{"REJECT negotiations: agent=Donald Trump partner=Canada"});
  CHECK(events_of("Australia excluded Huawei from its networks in 2018.") ==
        V{"SANCTION excluded: agent=Australia patient=Huawei"});
  CHECK(events_of("New Zealand blocked a proposal from Huawei.") ==
        V{"REJECT blocked: agent=New Zealand"});
}

TEST_CASE("events: threatened or proposed sanctions are not imposed") {
  CHECK(events_of("Donald Trump threatened tariffs on Canada.") ==
        V{"THREATEN threatened: agent=Donald Trump"});
}

TEST_CASE("events: a participle the parse calls an adjective is no event") {
  Document doc = newsgraph::testing::make_doc("Mark Carney held elected office.");
  find_rule_mentions(lexicon(), doc);
  resolve_aliases(lexicon(), doc);
  // Mark(0) Carney(1) held(2) elected(3) office(4) .(5)
  const int32_t heads[] = {1, 2, -1, 4, 2, 2};
  const char* rels[] = {"compound", "nsubj", "root", "amod", "obj", "punct"};
  const char* upos[] = {"PROPN", "PROPN", "VERB", "VERB", "NOUN", "PUNCT"};
  for (uint32_t t = 0; t < 6; ++t) {
    doc.tokens[t].head = heads[t];
    doc.tokens[t].deprel = rels[t];
    doc.tokens[t].upos = upos[t];
  }
  doc.tokens[3].lemma = "elect";
  resolve_coreference(lexicon(), doc);
  extract_events(lexicon(), doc);
  CHECK(doc.events.empty());
}

TEST_CASE("events: an event noun under 'any' or 'no' is no event") {
  CHECK(events_of("Mark Carney said any new economic and security agreement with Canada must be fair.") ==
        V{});
  CHECK(events_of("Mark Carney said no trade agreement with China was signed.") == V{});
  // Without "any"/"no" the same phrase is an event.
  CHECK(events_of("Mark Carney praised a new trade agreement with China.") ==
        V{"AGREE agreement: agent=Mark Carney partner=China"});
}
