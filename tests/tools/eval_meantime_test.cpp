// Tests the MEANTIME reader and counters of newsgraph-eval meantime (tools/eval/meantime_format.h)
// on a hand-made file, tests/data/eval/meantime/tiny.xml, whose counts were worked out by hand:
//
//   text  "Acme buys Zeta\n\nMay 2, 2011\n\nJohn Smith said Acme bought Zeta on Monday. He left the firm."
//   names  Acme[0,4) Zeta[10,14) "John Smith"[29,39) (head Smith[34,39)) Acme[45,49) Zeta[57,61)
//          (+ He, the firm)
//   events buys[5,9) said[40,44) bought[50,56) | left[76,80) in sentence 3
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <numeric>

#include "tools/eval/meantime_format.h"
#include "tests/shared_dir.h"

using namespace newsgraph;
using namespace newsgraph::eval;
using extractor::EntityType;

namespace {

const std::string kTiny = NEWSGRAPH_SOURCE_DIR "/tests/data/eval/meantime/tiny.xml";

using newsgraph::testing::shared_dir;

MeantimeDocument read_tiny() {
  MeantimeDocument doc;
  corpus::InputError error;
  bool ok = read_meantime(kTiny, &doc, &error);
  INFO(error.message);
  REQUIRE(ok);
  return doc;
}

const MeantimeMention& mention(const MeantimeDocument& d, const std::string& id) {
  for (const auto& m : d.mentions)
    if (m.id == id) return m;
  FAIL("no mention " << id);
  return d.mentions.front();
}

const MeantimeEvent& event(const MeantimeDocument& d, const std::string& id) {
  for (const auto& e : d.events)
    if (e.id == id) return e;
  FAIL("no event " << id);
  return d.events.front();
}

// What the extractor might have found in tiny.xml's text (ASCII: bytes = code points).
extractor::Document tiny_system_output(const std::string& text) {
  extractor::Document doc;
  doc.text = text;
  doc.offsets.to_input.resize(text.size() + 1);
  std::iota(doc.offsets.to_input.begin(), doc.offsets.to_input.end(), 0u);
  auto add_mention = [&](uint32_t b, uint32_t e, EntityType t, int entity) {
    extractor::Mention m;
    m.span = {b, e};
    m.type = t;
    m.entity = entity;
    doc.mentions.push_back(m);
  };
  add_mention(0, 4, EntityType::kOrg, 0);      // Acme: right
  add_mention(10, 14, EntityType::kPerson, 1); // Zeta: right span, wrong type
  add_mention(29, 39, EntityType::kPerson, 2); // John Smith: right
  add_mention(45, 49, EntityType::kOrg, 0);    // Acme: right
  add_mention(65, 71, EntityType::kNorp, 3);   // Monday: a type MEANTIME lacks, not counted
  add_mention(73, 75, EntityType::kPerson, 2); // He: after the scored sentences
  doc.entities = {{"Acme", EntityType::kOrg, {"Acme"}, {0, 3}, "", {}},
                  {"Zeta", EntityType::kPerson, {"Zeta"}, {1}, "", {}},
                  {"John Smith", EntityType::kPerson, {"John Smith"}, {2, 5}, "", {}},
                  {"Monday", EntityType::kNorp, {"Monday"}, {4}, "", {}}};
  auto add_event = [&](uint32_t b, uint32_t e, std::string type, std::string date,
                       std::vector<extractor::EventArgument> args) {
    extractor::Event v;
    v.trigger = {b, e};
    v.type = std::move(type);
    v.date = std::move(date);
    v.arguments = std::move(args);
    doc.events.push_back(v);
  };
  add_event(50, 56, "TRADE", "2011-05-02", {{0, "agent"}, {1, "agent"}});  // bought
  add_event(40, 44, "STATEMENT", "2011-05-01", {{2, "agent"}});            // said, wrong date
  add_event(65, 71, "OTHER", "", {});                                      // Monday: no event
  add_event(76, 80, "OTHER", "", {});                                      // left: sentence 3
  auto add_quote = [&](int32_t speaker, uint32_t cue_begin, uint32_t cue_end) {
    extractor::Quote q;
    q.speaker = speaker;
    q.cue = {cue_begin, cue_end};
    doc.quotes.push_back(q);
  };
  add_quote(2, 29, 44);   // "John Smith said": right
  add_quote(-1, 40, 44);  // "said", speaker unknown: counted, never right
  add_quote(2, 73, 80);   // "He left": after the scored sentences
  return doc;
}

}  // namespace

TEST_CASE("eval meantime: reader rebuilds the text with title and dateline paragraphs") {
  auto d = read_tiny();
  CHECK(d.id == "1");
  CHECK(d.name == "tiny_acme_buys_zeta");
  CHECK(d.dct == "2011-05-02");
  CHECK(d.text ==
        "Acme buys Zeta\n\nMay 2, 2011\n\nJohn Smith said Acme bought Zeta on Monday. He left the "
        "firm.");
  REQUIRE(d.tokens.size() == 21);
  CHECK(d.tokens[3].span == CharSpan{16, 19});   // May
  CHECK(d.tokens[5].span == CharSpan{21, 22});   // ,
  CHECK(d.tokens[16].span == CharSpan{73, 75});  // He
  CHECK(d.tokens[16].sentence == 3);
}

TEST_CASE("eval meantime: reader links mentions to instance types, heads and participants") {
  auto d = read_tiny();
  REQUIRE(d.mentions.size() == 7);
  const auto& smith = mention(d, "3");
  CHECK(smith.span == CharSpan{29, 39});
  CHECK(smith.head == CharSpan{34, 39});  // head="Smith"
  CHECK(smith.type == "PER");
  CHECK(smith.instance == "42");
  CHECK(smith.syntactic_type == "NAM");
  CHECK(mention(d, "6").instance == "42");
  CHECK(mention(d, "7").instance.empty());
  CHECK(mention(d, "7").head == CharSpan{85, 89});  // head="firm" inside "the firm"
  REQUIRE(d.events.size() == 4);
  CHECK(event(d, "22").event_class == "OTHER");
  CHECK(event(d, "21").event_class == "SPEECH_COGNITIVE");
  // IS_INCLUDED Monday, and the DCT INCLUDES "said"; BEFORE the DCT is no anchor.
  CHECK(event(d, "22").anchor_values == std::vector<std::string>{"2011-05-02"});
  CHECK(event(d, "21").anchor_values == std::vector<std::string>{"2011-05-02"});
  CHECK(event(d, "23").anchor_values.empty());
  CHECK(d.participants.size() == 7);
  CHECK(d.timexes.size() == 2);
}

TEST_CASE("eval meantime: counts on the first three sentences match the hand count") {
  auto gold = read_tiny();
  auto doc = tiny_system_output(gold.text);
  MeantimeScores s;
  score_meantime(gold, doc, MeantimeScoreOptions{3}, &s);
  CHECK(s.documents == 1);
  // Names: 5 gold; ours Acme, Zeta(PER), John Smith, Acme (Monday NORP and He not counted).
  CHECK(s.names_typed == Counts{3, 4, 5});
  CHECK(s.names_untyped == Counts{4, 4, 5});
  CHECK(s.names_exact == Counts{3, 4, 5});
  CHECK(s.names_by_type["ORG"] == Counts{2, 2, 4});
  CHECK(s.names_by_type["PER"] == Counts{1, 2, 1});
  CHECK(s.names_by_type["LOC"] == Counts{0, 0, 0});
  // Events: gold buys, said, bought; ours bought, said, Monday.
  CHECK(s.events == Counts{2, 3, 3});
  CHECK(s.events_typed == Counts{2, 2, 3});
  CHECK(s.events_by_type["TRADE"] == Counts{1, 1, 0});
  CHECK(s.events_by_type["OTHER"] == Counts{0, 1, 0});
  CHECK(s.events_by_class["OTHER"] == Counts{1, 0, 2});
  CHECK(s.events_by_class["SPEECH_COGNITIVE"] == Counts{1, 0, 1});
  // Dates: gold bought and said are anchored; ours bought right, said wrong.
  CHECK(s.event_dates == Counts{1, 2, 2});
  // Participants: gold (bought, Acme) (bought, Zeta) (bought, the firm) (said, Smith = He)
  // (buys, Acme); ours (bought, Acme) (bought, Zeta: through the title mention) (said, Smith).
  CHECK(s.participants == Counts{3, 3, 5});
  CHECK(s.participants_named == Counts{3, 3, 4});      // "the firm" has no name
  CHECK(s.participants_role == Counts{2, 3, 5});       // Zeta is Arg1, not agent
  // Quote speakers: gold "said" with Arg0 John Smith; ours one right, one unknown speaker.
  CHECK(s.quote_speakers == Counts{1, 2, 1});
}

TEST_CASE("eval meantime: an event's place is a participant whose role is Argm-LOC") {
  auto gold = read_tiny();
  gold.participants.push_back({"22", "2", "Argm-LOC"});  // joins the (bought, Zeta) pair
  auto doc = tiny_system_output(gold.text);
  MeantimeScores before;
  score_meantime(gold, doc, MeantimeScoreOptions{3}, &before);
  CHECK(before.participants_role == Counts{2, 3, 5});  // Zeta is agent: no gold role fits
  doc.events[0].place = 1;                             // bought ... place Zeta
  MeantimeScores after;
  score_meantime(gold, doc, MeantimeScoreOptions{3}, &after);
  CHECK(after.participants == Counts{3, 3, 5});        // still one pair (bought, Zeta)
  CHECK(after.participants_role == Counts{3, 3, 5});
}

TEST_CASE("eval meantime: a name inside the gold extent matches on the head only") {
  auto gold = read_tiny();
  auto doc = tiny_system_output(gold.text);
  doc.mentions[2].span = {34, 39};  // "Smith" of "John Smith", head "Smith"
  MeantimeScores head;
  score_meantime(gold, doc, MeantimeScoreOptions{3}, &head);
  CHECK(head.names_typed == Counts{3, 4, 5});
  CHECK(head.names_exact == Counts{2, 4, 5});

  doc.mentions[2].span = {29, 33};  // "John": inside the extent, off the head
  MeantimeScores off;
  score_meantime(gold, doc, MeantimeScoreOptions{3}, &off);
  CHECK(off.names_typed == Counts{2, 4, 5});
}

TEST_CASE("eval meantime: sentences 0 scores whole documents") {
  auto gold = read_tiny();
  auto doc = tiny_system_output(gold.text);
  MeantimeScores s;
  score_meantime(gold, doc, MeantimeScoreOptions{0}, &s);
  CHECK(s.names_typed == Counts{3, 5, 5});  // "He" now counts, and is no name
  CHECK(s.events == Counts{3, 4, 4});       // "left" found
}

TEST_CASE("eval meantime: malformed files are errors with their byte offset") {
  MeantimeDocument d;
  corpus::InputError error;
  std::string dangling =
      "<Document doc_id=\"9\"><token t_id=\"1\" sentence=\"0\">A</token><Markables>"
      "<ENTITY_MENTION m_id=\"1\"><token_anchor t_id=\"7\"/></ENTITY_MENTION></Markables></Document>";
  CHECK_FALSE(parse_meantime(dangling, "x.xml", &d, &error));
  CHECK(error.message == "token_anchor names no token in ENTITY_MENTION");
  CHECK(error.file == "x.xml");
  CHECK(error.offset == 70);

  std::string unclosed = "<Document><token t_id=\"1\" sentence=\"0\">A</token>";
  CHECK_FALSE(parse_meantime(unclosed, "y.xml", &d, &error));
  CHECK(error.message == "unclosed <Document>");

  std::string crossed = "<Document><token t_id=\"1\" sentence=\"0\">A</Document>";
  CHECK_FALSE(parse_meantime(crossed, "z.xml", &d, &error));
  CHECK(error.message == "unexpected </Document>");
  CHECK(error.offset == 40);

  CHECK_FALSE(parse_meantime("<Document></Document>", "e.xml", &d, &error));
  CHECK(error.message == "no <token> elements (not a MEANTIME file?)");
  CHECK_FALSE(read_meantime(NEWSGRAPH_SOURCE_DIR "/tests/data/eval/meantime/absent.xml", &d, &error));
  CHECK(error.message == "cannot read file");
}

TEST_CASE("eval meantime: entities and character references are decoded") {
  MeantimeDocument d;
  corpus::InputError error;
  std::string xml =
      "<?xml version=\"1.0\"?><Document doc_name=\"a&amp;b\"><token t_id=\"1\" sentence=\"0\">AT&amp;T"
      "</token><token t_id=\"2\" sentence=\"0\">caf&#233;</token></Document>";
  REQUIRE(parse_meantime(xml, "x.xml", &d, &error));
  CHECK(d.name == "a&b");
  CHECK(d.text == "AT&T caf\xC3\xA9");
  CHECK(d.tokens[1].span == CharSpan{5, 9});  // code points, not bytes
}

TEST_CASE("eval meantime: the shared MEANTIME Apple files read with their published counts (../shared/data)") {
  std::string dir = shared_dir() + "/data/meantime/intra_cross-doc_annotation/corpus_apple";
  if (!std::filesystem::is_directory(dir)) {
    WARN("MEANTIME not found at " << dir << "; skipped");
    return;
  }
  size_t files = 0, tokens = 0, mentions = 0, events = 0, timexes = 0, participants = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".xml") continue;
    MeantimeDocument d;
    corpus::InputError error;
    INFO(e.path().string() << ": " << error.message);
    REQUIRE(read_meantime(e.path().string(), &d, &error));
    CHECK(d.dct.size() == 10);
    ++files;
    tokens += d.tokens.size();
    mentions += d.mentions.size();
    events += d.events.size();
    timexes += d.timexes.size();
    participants += d.participants.size();
  }
  // SOURCE.md: 30 docs, 10,343 tokens, 1,048 entity mentions, 600 event mentions, 116 TIMEX3,
  // 501 HAS_PARTICIPANT of which 8 point at a VALUE, not an entity.
  CHECK(files == 30);
  CHECK(tokens == 10343);
  CHECK(mentions == 1048);
  CHECK(events == 600);
  CHECK(timexes == 116);
  CHECK(participants == 493);
}
