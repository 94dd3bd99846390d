// merge_entities and split_entity (graph/corrections.h) on stores written from hand-built
// Documents: the rows that move, the overrides written, and what later ingests do.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "graph/corrections.h"
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

std::string edges(const Store& s) {
  std::string out;
  for (const auto& r : column(s, "SELECT source_id || '-' || target_id || ' ' || predicate || ' a' || "
                                 "article_id FROM edge_facts ORDER BY article_id, rowid"))
    out += r + "\n";
  return out;
}

}  // namespace

TEST_CASE("corrections: merge moves every row of B to A, recounts and leaves an override") {
  Store s = open_memory();
  write_doc(s, newsgraph::testing::sample_police_full());   // #1 police, #2 Meng, #3 Vancouver
  write_doc(s, newsgraph::testing::sample_police_short());  // #4 RCMP
  CorrectionResult r;
  REQUIRE_FALSE(merge_entities(s, {1, 4, "same police force"}, &r));
  CHECK(r.entity_id == 1);
  CHECK(r.other_id == 4);
  CHECK(r.other_name == "RCMP");
  CHECK(r.in_article_entities == 1);
  CHECK(r.mentions == 1);
  CHECK(r.quotes == 1);
  CHECK(r.relations == 0);
  CHECK(r.edge_facts == 1);
  CHECK(column(s, "SELECT id || ' ' || name || ' ' || mention_count || ' ' || article_count "
                  "FROM entities ORDER BY id") ==
        std::vector<std::string>{"1 Royal Canadian Mounted Police 2 2", "2 Meng 3 2",
                                 "3 Vancouver 1 1"});
  CHECK(column(s, "SELECT entity_id || ' ' || decision || ': ' || reason FROM entity_merges "
                  "WHERE article_id = 2 AND local_id = 'E1'") ==
        std::vector<std::string>{"1 manual: merged by hand from #4 'RCMP' into #1 'Royal Canadian "
                                 "Mounted Police': same police force; was new"});
  CHECK(column(s, "SELECT alias || ':' || article_count FROM aliases WHERE entity_id = 1 ORDER BY alias") ==
        std::vector<std::string>{"RCMP:1", "Royal Canadian Mounted Police:1"});
  CHECK(column(s, "SELECT speaker_id FROM quotes") == std::vector<std::string>{"1"});
  // The co-occurrence of Meng (#2) and the RCMP (#4) is now #1-#2, smaller id first.
  CHECK(edges(s) == "1-2 rel:arrest a1\n1-2 event:ARREST a1\n1-2 co_occurs a1\n1-3 co_occurs a1\n"
                    "2-3 co_occurs a1\n1-2 co_occurs a2\n");
  CHECK(column(s, "SELECT kind || ' ' || norm_alias || ' ' || type || ' #' || entity_id "
                  "FROM entity_overrides") ==
        std::vector<std::string>{"merge rcmp ORG #1"});

  // A later article's "RCMP" goes to #1 by the journalist's decision.
  write_doc(s, newsgraph::testing::sample_police_again("m3", "The RCMP opened an inquiry."));
  CHECK(column(s, "SELECT entity_id || ' ' || decision FROM entity_merges WHERE article_id = 3") ==
        std::vector<std::string>{"1 manual"});
}

TEST_CASE("corrections: merging two linked entities drops the link between them") {
  Store s = open_memory();
  for (auto b : {newsgraph::testing::sample_a1(), newsgraph::testing::sample_a2()}) write_doc(s, b);
  // Li Qiang (#5) hosted Carney (#1): one co_occurs fact between them.
  CorrectionResult r;
  REQUIRE_FALSE(merge_entities(s, {1, 5, ""}, &r));
  CHECK(column(s, "SELECT count(*) FROM edge_facts WHERE source_id = target_id") ==
        std::vector<std::string>{"0"});
  CHECK(column(s, "SELECT count(*) FROM entities WHERE id = 5") == std::vector<std::string>{"0"});
  CHECK(column(s, "SELECT reason FROM entity_merges WHERE article_id = 1 AND local_id = 'E5'") ==
        std::vector<std::string>{"merged by hand from #5 'Li Qiang' into #1 'Mark Carney'; was new"});
}

TEST_CASE("corrections: a merge that cannot be done says why and changes nothing") {
  Store s = open_memory();
  write_doc(s, newsgraph::testing::sample_police_full());
  CorrectionResult r;
  auto err = merge_entities(s, {1, 1, ""}, &r);
  REQUIRE(err);
  CHECK(err->kind == StoreErrorKind::kQuery);
  CHECK(err->message == "#1 'Royal Canadian Mounted Police' cannot be merged into itself");
  err = merge_entities(s, {1, 99, ""}, &r);
  REQUIRE(err);
  CHECK(err->message == "no entity #99");
  CHECK(column(s, "SELECT count(*) FROM entities") == std::vector<std::string>{"3"});
}

TEST_CASE("corrections: split by alias undoes a merge, and later articles keep them apart") {
  Store s = open_memory();
  write_doc(s, newsgraph::testing::sample_police_full());
  write_doc(s, newsgraph::testing::sample_police_short());
  CorrectionResult r;
  REQUIRE_FALSE(merge_entities(s, {1, 4, ""}, &r));
  REQUIRE_FALSE(split_entity(s, {1, 0, "rcmp", "", "another force"}, &r));
  CHECK(r.other_id == 4);  // SQLite reuses the largest rowid + 1
  CHECK(r.other_name == "RCMP");
  CHECK(r.in_article_entities == 1);
  CHECK(r.mentions == 1);
  CHECK(r.quotes == 1);
  CHECK(r.edge_facts == 1);
  CHECK(column(s, "SELECT id || ' ' || name || ' ' || type || ' ' || mention_count || ' ' || "
                  "article_count FROM entities ORDER BY id") ==
        std::vector<std::string>{"1 Royal Canadian Mounted Police ORG 1 1", "2 Meng PERSON 3 2",
                                 "3 Vancouver GPE 1 1", "4 RCMP ORG 1 1"});
  CHECK(column(s, "SELECT entity_id || ' ' || decision || ': ' || reason FROM entity_merges "
                  "WHERE article_id = 2 AND local_id = 'E1'") ==
        std::vector<std::string>{
            "4 manual: split by hand from #1 'Royal Canadian Mounted Police' into #4 'RCMP': "
            "another force; was manual"});
  CHECK(column(s, "SELECT entity_id || ' ' || alias || ':' || article_count FROM aliases "
                  "ORDER BY entity_id, alias") ==
        std::vector<std::string>{"1 Royal Canadian Mounted Police:1", "2 Meng:2", "3 Vancouver:1",
                                 "4 RCMP:1"});
  CHECK(column(s, "SELECT speaker_id FROM quotes") == std::vector<std::string>{"4"});
  CHECK(edges(s) == "1-2 rel:arrest a1\n1-2 event:ARREST a1\n1-2 co_occurs a1\n1-3 co_occurs a1\n"
                    "2-3 co_occurs a1\n2-4 co_occurs a2\n");
  // The split replaced the merge's override for 'rcmp'.
  CHECK(column(s, "SELECT kind || ' ' || norm_alias || ' ' || type || ' #' || entity_id || ' ' || "
                  "reason FROM entity_overrides") ==
        std::vector<std::string>{"split rcmp ORG #1 split by hand from #1 'Royal Canadian Mounted "
                                 "Police' into #4 'RCMP': another force"});

  // A later "RCMP" goes to #4 by name and never to #1.
  write_doc(s, newsgraph::testing::sample_police_again("m3", "The RCMP opened an inquiry."));
  CHECK(column(s, "SELECT entity_id || ' ' || decision || ': ' || reason FROM entity_merges "
                  "WHERE article_id = 3") ==
        std::vector<std::string>{
            "4 name: same name 'rcmp'; kept apart from #1 'Royal Canadian Mounted Police' by "
            "hand: split by hand from #1 'Royal Canadian Mounted Police' into #4 'RCMP': another "
            "force"});
}

TEST_CASE("corrections: a split override bars the alias rule too") {
  Store s = open_memory();
  DocBuilder police("r1", "2025-01-01", "The Royal Canadian Mounted Police, or RCMP, arrested him.");
  police.sentence("The Royal Canadian Mounted Police, or RCMP, arrested him.");
  police.entity("Royal Canadian Mounted Police", EntityType::kOrg,
                {"Royal Canadian Mounted Police", "RCMP"},
                {{"Royal Canadian Mounted Police", 0}, {"RCMP", 0}});
  write_doc(s, police);                                             // #1, alias RCMP
  write_doc(s, newsgraph::testing::sample_police_again("r2", "RCMP shares rose."));            // a mining firm: alias -> #1
  CorrectionResult r;
  REQUIRE_FALSE(split_entity(s, {1, 0, "RCMP", "", ""}, &r));  // #2 RCMP
  CHECK(column(s, "SELECT entity_id || ' ' || alias || ':' || article_count FROM aliases "
                  "ORDER BY entity_id, alias") ==
        std::vector<std::string>{"1 RCMP:1", "1 Royal Canadian Mounted Police:1", "2 RCMP:1"});
  DocBuilder firm("r3", "2025-01-03", "Royal Colonial Mining Partners (RCMP) expanded.");
  firm.sentence("Royal Colonial Mining Partners (RCMP) expanded.");
  firm.entity("Royal Colonial Mining Partners", EntityType::kOrg,
              {"Royal Colonial Mining Partners", "RCMP"}, {{"Royal Colonial Mining Partners", 0}});
  write_doc(s, firm);  // #2 takes the longer name
  // Now 'rcmp' is an alias of #1 and #2 and the name of neither: without the split, ambiguous.
  write_doc(s, newsgraph::testing::sample_police_again("r4", "RCMP shares fell."));
  CHECK(column(s, "SELECT entity_id || ' ' || decision || ': ' || reason FROM entity_merges "
                  "WHERE article_id = 4") ==
        std::vector<std::string>{
            "2 alias: alias link between 'RCMP' and #2 'Royal Colonial Mining Partners'; kept "
            "apart from #1 'Royal Canadian Mounted Police' by hand: split by hand from #1 'Royal "
            "Canadian Mounted Police' into #2 'RCMP'"});
}

TEST_CASE("corrections: split by article separates two same-name banks, later ones need evidence") {
  Store s = open_memory();
  for (const auto& [id, text] : std::vector<std::pair<std::string, std::string>>{
           {"f1", "First National Bank raised rates."}, {"f2", "First National Bank cut fees."}}) {
    DocBuilder b(id, "2025-01-01", text);
    b.sentence(text);
    b.entity("First National Bank", EntityType::kOrg, {"First National Bank"},
             {{"First National Bank", 0}});
    write_doc(s, b);
  }
  REQUIRE(column(s, "SELECT count(*) FROM entities") == std::vector<std::string>{"1"});
  CorrectionResult r;
  REQUIRE_FALSE(split_entity(s, {1, 2, "", "", "the Portland bank"}, &r));
  CHECK(r.other_id == 2);
  CHECK(r.overrides.empty());  // both keep the name: no name-wide rule
  CHECK(column(s, "SELECT id || ' ' || mention_count || ' ' || article_count FROM entities") ==
        std::vector<std::string>{"1 1 1", "2 1 1"});
  DocBuilder later("f3", "2025-02-01", "First National Bank cut jobs.");
  later.sentence("First National Bank cut jobs.");
  later.entity("First National Bank", EntityType::kOrg, {"First National Bank"},
               {{"First National Bank", 0}});
  write_doc(s, later);
  CHECK(column(s, "SELECT entity_id || ' ' || decision FROM entity_merges WHERE article_id = 3") ==
        std::vector<std::string>{"3 ambiguous"});
}

TEST_CASE("corrections: a split that cannot be done lists the names it could take") {
  Store s = open_memory();
  write_doc(s, newsgraph::testing::sample_police_full());
  write_doc(s, newsgraph::testing::sample_police_short());
  CorrectionResult r;
  REQUIRE_FALSE(merge_entities(s, {1, 4, ""}, &r));
  auto err = split_entity(s, {1, 0, "Mounties", "", ""}, &r);
  REQUIRE(err);
  CHECK(err->message ==
        "no in-article entity of #1 'Royal Canadian Mounted Police' is named 'Mounties' (its "
        "names: 'RCMP' (article #2), 'Royal Canadian Mounted Police' (article #1))");
  err = split_entity(s, {2, 0, "Meng", "", ""}, &r);
  REQUIRE(err);
  CHECK(err->message == "every in-article entity of #2 'Meng' would move: nothing would be left "
                        "(its names: 'Meng' (articles #1, #2))");
  err = split_entity(s, {1, 7, "", "", ""}, &r);
  REQUIRE(err);
  CHECK(err->message.rfind("no in-article entity of #1 'Royal Canadian Mounted Police' in article #7", 0) == 0);
  CHECK(column(s, "SELECT count(*) FROM entities") == std::vector<std::string>{"3"});
}

TEST_CASE("corrections: in an article where some in-article entities stay, facts follow their sentence") {
  Store s = open_memory();
  // The resolver put two in-article entities of one article into #1: the senator and her
  // namesake the coach, mentioned in different sentences.
  DocBuilder b("p1", "2025-03-01", "Senator Ann Lee met Ottawa. Coach Lee met Boston.");
  b.sentence("Senator Ann Lee met Ottawa.");
  b.sentence("Coach Lee met Boston.");
  int32_t ann = b.entity("Ann Lee", EntityType::kPerson, {"Ann Lee"}, {{"Ann Lee", 0}});
  int32_t ottawa = b.entity("Ottawa", EntityType::kGpe, {"Ottawa"}, {{"Ottawa", 0}});
  int32_t coach = b.entity("Lee", EntityType::kPerson, {"Lee"}, {{"Lee", 1}});
  int32_t boston = b.entity("Boston", EntityType::kGpe, {"Boston"}, {{"Boston", 0}});
  b.relation(ann, "rel:meet", ottawa, "Ann Lee met Ottawa");
  b.relation(coach, "rel:meet", boston, "Lee met Boston");
  write_doc(s, b);
  REQUIRE(column(s, "SELECT local_id || ' #' || entity_id FROM entity_merges ORDER BY local_id") ==
          std::vector<std::string>{"E1 #1", "E2 #2", "E3 #1", "E4 #3"});
  CorrectionResult r;
  REQUIRE_FALSE(split_entity(s, {1, 0, "Lee", "", ""}, &r));
  CHECK(r.other_id == 4);
  CHECK(column(s, "SELECT subject_id || ' ' || predicate || ' ' || object_id FROM relations ORDER BY id") ==
        std::vector<std::string>{"1 rel:meet 2", "4 rel:meet 3"});
  CHECK(edges(s) == "1-2 rel:meet a1\n4-3 rel:meet a1\n1-2 co_occurs a1\n3-4 co_occurs a1\n");
  CHECK(column(s, "SELECT name || ' ' || mention_count FROM entities WHERE id IN (1, 4) ORDER BY id") ==
        std::vector<std::string>{"Ann Lee 1", "Lee 1"});
}
