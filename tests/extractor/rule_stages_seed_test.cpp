// The rule stages end to end on the seed article (../shared/seed/carney-china.txt), segmented
// by the real segmenter: the entities, relations, events and quotes of its gold file that these
// stages own. Skips with a warning when ../shared is absent.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "extractor/alias.h"
#include "extractor/coref.h"
#include "extractor/events.h"
#include "extractor/lexicon.h"
#include "extractor/ner_rules.h"
#include "extractor/quotes.h"
#include "extractor/relations.h"
#include "extractor/text.h"
#include "extractor/tokenize.h"
#include "tests/shared_dir.h"

using namespace newsgraph::extractor;

namespace {

using newsgraph::testing::shared_dir;

std::string name_of(const Document& doc, int32_t e) { return e >= 0 ? doc.entities[e].name : "?"; }

}  // namespace

TEST_CASE("rule stages: the seed article gives its gold entities, relations, events and quotes (reads ../shared/seed)") {
  std::ifstream in(shared_dir() + "/seed/carney-china.txt", std::ios::binary);
  if (!in) {
    WARN("../shared/seed/carney-china.txt not found; skipped");
    return;
  }
  std::stringstream raw;
  raw << in.rdbuf();
  Lexicon lex;
  REQUIRE_FALSE(load_lexicon(NEWSGRAPH_MODEL_DIR, &lex).has_value());
  Document doc;
  newsgraph::corpus::InputError error;
  REQUIRE(normalise_text(raw.str(), &doc.text, &doc.offsets, &error));
  segment(make_segmenter(), doc);
  find_rule_mentions(lex, doc);
  resolve_aliases(lex, doc);
  resolve_coreference(lex, doc);
  extract_relations(lex, doc);
  extract_events(lex, doc);
  extract_quotes(lex, doc);

  std::set<std::string> entities;
  for (const Entity& e : doc.entities)
    entities.insert(e.name + "/" + std::string(entity_type_name(e.type)));
  for (const char* want :
       {"Mark Carney/PERSON", "Xi Jinping/PERSON", "Li Qiang/PERSON", "Donald Trump/PERSON",
        "Meng Wanzhou/PERSON", "Huawei/ORG", "Asia-Pacific Economic Cooperation/ORG", "Canada/GPE",
        "China/GPE", "United States/GPE", "Beijing/GPE", "Ottawa/GPE",
        "Great Hall of the People/FAC", "Canadian/NORP", "American/NORP", "Western/NORP"})
    CHECK(entities.count(want) == 1);
  CHECK(entities.size() == 16);
  for (const Entity& e : doc.entities) {
    if (e.name == "Mark Carney") CHECK(e.aliases == std::vector<std::string>{"Mark Carney", "Carney"});
    if (e.name == "Xi Jinping") CHECK(e.aliases == std::vector<std::string>{"Xi Jinping", "Xi"});
  }

  std::set<std::string> relations;
  for (const Relation& r : doc.relations) {
    if (r.predicate.rfind("rel:", 0) == 0) continue;
    relations.insert(name_of(doc, r.subject) + " " + r.predicate + " " +
                     (r.object >= 0 ? name_of(doc, r.object) : r.object_literal));
  }
  CHECK(relations == std::set<std::string>{
                         "Mark Carney leader_of Canada", "Mark Carney position_held Prime Minister",
                         "Xi Jinping leader_of China", "Xi Jinping position_held President",
                         "Li Qiang leader_of China", "Li Qiang position_held Premier",
                         "Donald Trump leader_of United States",
                         "Donald Trump position_held President", "Meng Wanzhou works_for Huawei",
                         "Mark Carney met_with Xi Jinping", "Mark Carney met_with Li Qiang",
                         "Mark Carney visited Beijing",
                         "Great Hall of the People located_in Beijing"});

  std::vector<std::string> events;
  for (const Event& e : doc.events) {
    std::string s = e.type;
    for (const EventArgument& a : e.arguments) s += " " + a.role + "=" + name_of(doc, a.entity);
    if (e.place >= 0) s += " @" + name_of(doc, e.place);
    events.push_back(s);
  }
  CHECK(events == std::vector<std::string>{
                      "VISIT agent=Mark Carney recipient=China @Beijing",
                      "MEET agent=Mark Carney partner=Xi Jinping @Great Hall of the People",
                      "SANCTION agent=Donald Trump recipient=Canada",
                      "ARREST agent=Canada patient=Meng Wanzhou",
                      "ARREST agent=Beijing patient=Canadian",
                      "ACCUSE patient=China @Canada",
                      "MEET agent=Xi Jinping partner=Mark Carney",
                      "MEET agent=Mark Carney partner=Li Qiang @Beijing"});
  for (const Event& e : doc.events) {
    CHECK(e.date.empty());  // dating is date_events' job
    CHECK(e.timex == -1);
  }

  std::vector<std::string> quotes;
  for (const Quote& q : doc.quotes)
    quotes.push_back(name_of(doc, q.speaker) + ": " + std::string(doc.slice(q.span)).substr(0, 30));
  CHECK(quotes == std::vector<std::string>{"Mark Carney: new strategic partnership",
                                           "Mark Carney: adapted to new global realitie",
                                           "Xi Jinping: The healthy and stable develop"});
}
