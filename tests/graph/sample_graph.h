// Hand-built Documents for the graph tests: three short articles whose every sentence, mention,
// entity, timex, relation, event and quote is set by hand, so the store and the queries are
// tested without the extractor. Offsets are found by searching the text, as a reader would.
//
//   A1 (2026-01-16)  Canada’s Prime Minister Mark Carney met Xi Jinping in Beijing on Friday.
//                    Carney said “a new strategic partnership” had begun. Li Qiang hosted Carney
//                    at dinner.
//   A2 (2018-12-06)  Huawei executive Meng Wanzhou was arrested in Vancouver in December 2018.
//                    Carney raised Meng’s case with Beijing.
//   A3 (2021-09-25)  Meng Wanzhou returned to China in September 2021 after a deal.
//
// Canonical entity ids when written in order A1, A2, A3 into an empty store:
//   1 Mark Carney, 2 Canada, 3 Xi Jinping, 4 Beijing, 5 Li Qiang, 6 Huawei, 7 Meng Wanzhou,
//   8 Vancouver, 9 China.
#ifndef NEWSGRAPH_TESTS_GRAPH_SAMPLE_GRAPH_H_
#define NEWSGRAPH_TESTS_GRAPH_SAMPLE_GRAPH_H_

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/article.h"
#include "extractor/document.h"

namespace newsgraph::testing {

using extractor::Document;
using extractor::EntityType;
using extractor::Span;

// Builds one article and its Document by naming substrings of the text.
class DocBuilder {
 public:
  DocBuilder(std::string id, std::string date, std::string text) {
    article.id = std::move(id);
    article.date = std::move(date);
    article.text = std::move(text);
    article.path = article.id + ".txt";
    article.title = article.id;
    doc.id = article.id;
    doc.title = article.title;
    doc.path = article.path;
    doc.text = article.text;
    uint32_t cp = 0;
    doc.offsets.to_input.resize(doc.text.size() + 1);
    for (size_t i = 0; i <= doc.text.size(); ++i) {
      doc.offsets.to_input[i] = cp;
      if (i < doc.text.size() && (static_cast<unsigned char>(doc.text[i]) & 0xC0) != 0x80) ++cp;
    }
  }

  // The byte span of the n-th occurrence (0-based) of `needle`.
  Span span(std::string_view needle, int nth = 0) const {
    size_t pos = doc.text.find(needle);
    for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = doc.text.find(needle, pos + 1);
    assert(pos != std::string::npos);
    return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + needle.size())};
  }
  uint32_t sentence_of(Span s) const {
    for (uint32_t i = 0; i < doc.sentences.size(); ++i)
      if (doc.sentences[i].span.contains(s)) return i;
    assert(false && "span outside every sentence");
    return 0;
  }

  void sentence(std::string_view text) {
    extractor::Sentence s;
    s.span = span(text);
    doc.sentences.push_back(s);
  }
  // An entity with mentions given as (surface, occurrence) pairs.
  int32_t entity(std::string name, EntityType type, std::vector<std::string> aliases,
                 std::vector<std::pair<std::string, int>> mentions) {
    extractor::Entity e;
    e.name = std::move(name);
    e.type = type;
    e.aliases = std::move(aliases);
    int32_t index = static_cast<int32_t>(doc.entities.size());
    for (auto& [surface, nth] : mentions) {
      extractor::Mention m;
      m.span = span(surface, nth);
      m.sentence = sentence_of(m.span);
      m.type = type;
      m.entity = index;
      m.source = "test";
      e.mentions.push_back(static_cast<uint32_t>(doc.mentions.size()));
      doc.mentions.push_back(m);
    }
    doc.entities.push_back(std::move(e));
    return index;
  }
  int32_t timex(std::string_view surface, extractor::TimexType type, std::string value,
                extractor::TimexAnchor anchor) {
    extractor::Timex t;
    t.span = span(surface);
    t.sentence = sentence_of(t.span);
    t.type = type;
    t.value = std::move(value);
    t.anchor = anchor;
    doc.timexes.push_back(t);
    return static_cast<int32_t>(doc.timexes.size() - 1);
  }
  void relation(int32_t subject, std::string predicate, int32_t object, std::string_view evidence,
                std::string literal = "") {
    extractor::Relation r;
    r.subject = subject;
    r.predicate = std::move(predicate);
    r.object = object;
    r.object_literal = std::move(literal);
    r.evidence = span(evidence);
    r.sentence = sentence_of(r.evidence);
    r.confidence = 0.9f;
    r.extractor = "test";
    doc.relations.push_back(std::move(r));
  }
  void event(std::string type, std::string cameo, std::string_view trigger, int32_t timex,
             std::string date, std::vector<extractor::EventArgument> arguments, int32_t place) {
    extractor::Event e;
    e.type = std::move(type);
    e.cameo = std::move(cameo);
    e.trigger = span(trigger);
    e.sentence = sentence_of(e.trigger);
    e.timex = timex;
    e.date = std::move(date);
    e.arguments = std::move(arguments);
    e.place = place;
    doc.events.push_back(std::move(e));
  }
  void quote(int32_t speaker, std::string_view text, std::string_view cue) {
    extractor::Quote q;
    q.speaker = speaker;
    q.span = span(text);
    q.sentence = sentence_of(q.span);
    q.cue = span(cue);
    doc.quotes.push_back(q);
  }

  corpus::Article article;
  Document doc;
};

inline DocBuilder sample_a1() {
  using extractor::TimexAnchor;
  using extractor::TimexType;
  DocBuilder b("a1", "2026-01-16",
               "Canada\u2019s Prime Minister Mark Carney met Xi Jinping in Beijing on Friday. "
               "Carney said \u201ca new strategic partnership\u201d had begun. "
               "Li Qiang hosted Carney at dinner.");
  b.sentence("Canada\u2019s Prime Minister Mark Carney met Xi Jinping in Beijing on Friday.");
  b.sentence("Carney said \u201ca new strategic partnership\u201d had begun.");
  b.sentence("Li Qiang hosted Carney at dinner.");
  int32_t carney = b.entity("Mark Carney", EntityType::kPerson, {"Mark Carney", "Carney"},
                            {{"Mark Carney", 0}, {"Carney", 1}, {"Carney", 2}});
  int32_t canada = b.entity("Canada", EntityType::kGpe, {"Canada"}, {{"Canada", 0}});
  int32_t xi = b.entity("Xi Jinping", EntityType::kPerson, {"Xi Jinping"}, {{"Xi Jinping", 0}});
  int32_t beijing = b.entity("Beijing", EntityType::kGpe, {"Beijing"}, {{"Beijing", 0}});
  b.entity("Li Qiang", EntityType::kPerson, {"Li Qiang"}, {{"Li Qiang", 0}});
  int32_t friday = b.timex("Friday", TimexType::kDate, "2026-01-16", TimexAnchor::kDct);
  b.relation(carney, "leader_of", canada, "Canada\u2019s Prime Minister Mark Carney");
  b.relation(carney, "position_held", -1, "Prime Minister Mark Carney", "Prime Minister");
  b.event("MEET", "04", "met", friday, "2026-01-16", {{carney, "agent"}, {xi, "partner"}}, beijing);
  b.quote(carney, "a new strategic partnership", "Carney said");
  return b;
}

inline DocBuilder sample_a2() {
  using extractor::TimexAnchor;
  using extractor::TimexType;
  DocBuilder b("a2", "2018-12-06",
               "Huawei executive Meng Wanzhou was arrested in Vancouver in December 2018. "
               "Carney raised Meng\u2019s case with Beijing.");
  b.sentence("Huawei executive Meng Wanzhou was arrested in Vancouver in December 2018.");
  b.sentence("Carney raised Meng\u2019s case with Beijing.");
  int32_t huawei = b.entity("Huawei", EntityType::kOrg, {"Huawei"}, {{"Huawei", 0}});
  int32_t meng = b.entity("Meng Wanzhou", EntityType::kPerson, {"Meng Wanzhou", "Meng"},
                          {{"Meng Wanzhou", 0}, {"Meng", 1}});
  int32_t vancouver = b.entity("Vancouver", EntityType::kGpe, {"Vancouver"}, {{"Vancouver", 0}});
  b.entity("Carney", EntityType::kPerson, {"Carney"}, {{"Carney", 0}});
  b.entity("Beijing", EntityType::kLoc, {"Beijing"}, {{"Beijing", 0}});
  int32_t december = b.timex("December 2018", TimexType::kDate, "2018-12", TimexAnchor::kText);
  b.relation(meng, "works_for", huawei, "Huawei executive Meng Wanzhou");
  b.event("ARREST", "17", "arrested", december, "2018-12", {{meng, "patient"}}, vancouver);
  return b;
}

inline DocBuilder sample_a3() {
  using extractor::TimexAnchor;
  using extractor::TimexType;
  DocBuilder b("a3", "2021-09-25",
               "Meng Wanzhou returned to China in September 2021 after a deal.");
  b.sentence("Meng Wanzhou returned to China in September 2021 after a deal.");
  int32_t meng = b.entity("Meng Wanzhou", EntityType::kPerson, {"Meng Wanzhou"}, {{"Meng Wanzhou", 0}});
  int32_t china = b.entity("China", EntityType::kGpe, {"China"}, {{"China", 0}});
  int32_t september = b.timex("September 2021", TimexType::kDate, "2021-09", TimexAnchor::kText);
  b.event("AGREE", "05", "deal", september, "2021-09", {{meng, "agent"}}, -1);
  b.event("VISIT", "04", "returned", september, "2021-09", {{meng, "agent"}}, china);
  return b;
}

// For merge and split (graph/corrections.h): one police force named two ways.
//   m1 (2018-12-01)  The Royal Canadian Mounted Police arrested Meng in Vancouver.
//   m2 (2018-12-02)  “Meng was released,” the RCMP said. Meng left.
// Written in order into an empty store: 1 Royal Canadian Mounted Police, 2 Meng, 3 Vancouver,
// 4 RCMP.
// m1: the police force by its full name arrests Meng in Vancouver.
inline DocBuilder sample_police_full() {
  DocBuilder b("m1", "2018-12-01",
               "The Royal Canadian Mounted Police arrested Meng in Vancouver.");
  b.sentence("The Royal Canadian Mounted Police arrested Meng in Vancouver.");
  int32_t police = b.entity("Royal Canadian Mounted Police", EntityType::kOrg,
                            {"Royal Canadian Mounted Police"},
                            {{"Royal Canadian Mounted Police", 0}});
  int32_t meng = b.entity("Meng", EntityType::kPerson, {"Meng"}, {{"Meng", 0}});
  int32_t city = b.entity("Vancouver", EntityType::kGpe, {"Vancouver"}, {{"Vancouver", 0}});
  b.relation(police, "rel:arrest", meng, "Royal Canadian Mounted Police arrested Meng");
  b.event("ARREST", "17", "arrested", -1, "", {{police, "agent"}, {meng, "patient"}}, city);
  return b;
}

// m2: the same force by its abbreviation, quoted.
inline DocBuilder sample_police_short() {
  DocBuilder b("m2", "2018-12-02", "\u201cMeng was released,\u201d the RCMP said. Meng left.");
  b.sentence("\u201cMeng was released,\u201d the RCMP said.");
  b.sentence("Meng left.");
  int32_t police = b.entity("RCMP", EntityType::kOrg, {"RCMP"}, {{"RCMP", 0}});
  b.entity("Meng", EntityType::kPerson, {"Meng"}, {{"Meng", 0}, {"Meng", 1}});
  b.quote(police, "Meng was released,", "the RCMP said");
  return b;
}

inline DocBuilder sample_police_again(const std::string& id, const std::string& text) {
  DocBuilder b(id, "2018-12-03", text);
  b.sentence(text);
  b.entity("RCMP", EntityType::kOrg, {"RCMP"}, {{"RCMP", 0}});
  return b;
}

// A succession: Ortberg leads Boeing now, Calhoun led it before (the relation marked former),
// and a third sentence states Calhoun's role without marking it.
//   "Ortberg replaced Calhoun as chief executive of Boeing. Ortberg leads Boeing. Calhoun once
//    led Boeing."
// Entities: 0 Kelly Ortberg, 1 David Calhoun, 2 Boeing.
inline DocBuilder sample_succession() {
  DocBuilder b("boeing", "2025-03-14",
               "Ortberg replaced Calhoun as chief executive of Boeing. Ortberg leads Boeing. "
               "Calhoun once led Boeing.");
  b.sentence("Ortberg replaced Calhoun as chief executive of Boeing.");
  b.sentence("Ortberg leads Boeing.");
  b.sentence("Calhoun once led Boeing.");
  int32_t ortberg = b.entity("Kelly Ortberg", EntityType::kPerson, {"Ortberg"},
                             {{"Ortberg", 0}, {"Ortberg", 1}});
  int32_t calhoun = b.entity("David Calhoun", EntityType::kPerson, {"Calhoun"},
                             {{"Calhoun", 0}, {"Calhoun", 1}});
  int32_t boeing = b.entity("Boeing", EntityType::kOrg, {"Boeing"},
                            {{"Boeing", 0}, {"Boeing", 1}, {"Boeing", 2}});
  b.relation(ortberg, "leader_of", boeing, "Ortberg replaced Calhoun as chief executive of Boeing");
  b.relation(calhoun, "leader_of", boeing, "Ortberg replaced Calhoun as chief executive of Boeing");
  b.doc.relations.back().former = true;
  b.relation(ortberg, "leader_of", boeing, "Ortberg leads Boeing");
  b.relation(calhoun, "leader_of", boeing, "Calhoun once led Boeing");
  return b;
}

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_GRAPH_SAMPLE_GRAPH_H_
