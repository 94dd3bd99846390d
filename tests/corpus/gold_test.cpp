// Checks the team's sample articles (corpus/*.txt, corpus/varied/*.txt, corpus/fresh/*.txt,
// corpus/blind/*.txt, corpus/blind2/*.txt, corpus/blind3/*.txt and corpus/blind4/*.txt, read
// recursively) and their gold annotations (X.gold.json beside X.txt, the format of
// ../shared/seed/carney-china.gold.json) for consistency: everything a gold file names must be
// findable in its article and use the contract's types.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "corpus/reader.h"

using namespace newsgraph::corpus;
using Json = nlohmann::json;

namespace {

const std::string kCorpus = NEWSGRAPH_SOURCE_DIR "/corpus";

std::map<std::string, Article> read_corpus() {
  std::map<std::string, Article> by_stem;
  read_articles(
      kCorpus,
      [&](Article&& a) {
        by_stem[std::filesystem::path(a.path).stem().string()] = std::move(a);
      },
      [](InputError&& e) { FAIL("corpus read error: " << e.file << ": " << e.message); });
  return by_stem;
}

int count_words(const std::string& text) {
  std::istringstream in(text);
  std::string w;
  int n = 0;
  while (in >> w) ++n;
  return n;
}

}  // namespace

TEST_CASE("corpus: every sample article has a full header and 250 to 600 words") {
  auto articles = read_corpus();
  REQUIRE(articles.size() >= 14);
  std::set<std::string> ids;
  for (const auto& [stem, a] : articles) {
    INFO(stem);
    CHECK(a.id == stem);
    CHECK_FALSE(a.title.empty());
    CHECK(a.date.size() == 10);
    CHECK(a.source == "Newsgraph sample");
    int words = count_words(a.text);
    CHECK(words >= 250);
    CHECK(words <= 600);
    ids.insert(a.id);
  }
  CHECK(ids.size() == articles.size());
}

TEST_CASE("corpus: every gold file names only what its article says, in contract types") {
  static const std::set<std::string> kEntityTypes = {
      "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART",
      "LANGUAGE"};
  static const std::set<std::string> kTimexTypes = {"DATE", "TIME", "DURATION", "SET"};
  static const std::set<std::string> kPredicates = {
      "leader_of", "position_held", "works_for", "member_of", "citizen_of", "located_in",
      "headquartered_in", "part_of", "met_with", "visited", "spouse", "founded_by", "owned_by"};
  static const std::set<std::string> kEventTypes = {
      "STATEMENT", "APPEAL", "INTENT_TO_COOPERATE", "MEET", "VISIT", "COOPERATE", "AGREE",
      "TRADE", "AID", "YIELD", "INVESTIGATE", "DEMAND", "ACCUSE", "REJECT", "THREATEN",
      "PROTEST", "MILITARY_POSTURE", "SANCTION", "ARREST", "COERCE", "ATTACK", "FIGHT",
      "MASS_VIOLENCE", "ELECTION", "APPOINT", "RESIGN", "ANNOUNCE", "OTHER"};

  auto articles = read_corpus();
  int annotated = 0;
  for (const auto& [stem, a] : articles) {
    std::filesystem::path gold_path =
        std::filesystem::path(a.path).parent_path() / (stem + ".gold.json");
    if (!std::filesystem::exists(gold_path)) continue;
    ++annotated;
    INFO(gold_path.string());
    std::ifstream in(gold_path);
    Json gold = Json::parse(in);
    CHECK(gold.at("date") == a.date);

    std::set<std::string> names;
    for (const auto& e : gold.at("entities")) {
      std::string name = e.at("name");
      INFO("entity " << name);
      CHECK(names.insert(name).second);
      CHECK(kEntityTypes.count(e.at("type")) == 1);
      REQUIRE_FALSE(e.at("aliases").empty());
      for (const auto& alias : e.at("aliases")) {
        CHECK(a.text.find(alias.get<std::string>()) != std::string::npos);
      }
    }
    for (const auto& t : gold.at("timexes")) {
      INFO("timex " << t.dump());
      CHECK(kTimexTypes.count(t.at("type")) == 1);
      CHECK(a.text.find(t.at("text").get<std::string>()) != std::string::npos);
      CHECK_FALSE(t.at("value").get<std::string>().empty());
    }
    for (const auto& r : gold.at("relations")) {
      INFO("relation " << r.dump());
      CHECK(kPredicates.count(r.at("predicate")) == 1);
      CHECK(names.count(r.at("subject")) == 1);
      if (r.at("predicate") != "position_held") CHECK(names.count(r.at("object")) == 1);
    }
    for (const auto& v : gold.at("events")) {
      INFO("event " << v.dump());
      CHECK(kEventTypes.count(v.at("type")) == 1);
      CHECK_FALSE(v.at("participants").empty());
      for (const auto& p : v.at("participants")) CHECK(names.count(p) == 1);
      if (!v.at("place").is_null()) CHECK(names.count(v.at("place")) == 1);
    }
    for (const auto& q : gold.at("quotes")) {
      INFO("quote " << q.dump());
      CHECK(names.count(q.at("speaker")) == 1);
      CHECK(a.text.find(q.at("starts_with").get<std::string>()) != std::string::npos);
    }
    size_t questions = gold.at("questions").size();
    CHECK(questions >= 3);
    CHECK(questions <= 5);
  }
  CHECK(annotated >= 51);
}

namespace {

// Counts the articles in one sub-folder of corpus/ and checks that each has its gold file.
int count_annotated_in(const std::map<std::string, Article>& articles, const std::string& folder) {
  int n = 0;
  for (const auto& [stem, a] : articles) {
    std::filesystem::path path(a.path);
    if (path.parent_path().filename() != folder) continue;
    INFO(a.path);
    CHECK(std::filesystem::exists(path.parent_path() / (stem + ".gold.json")));
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("corpus: the varied set has eight annotated articles of its own") {
  CHECK(count_annotated_in(read_corpus(), "varied") == 8);
}

TEST_CASE("corpus: the fresh set has five annotated articles of its own") {
  CHECK(count_annotated_in(read_corpus(), "fresh") == 5);
}

TEST_CASE("corpus: the blind set has six annotated articles of its own") {
  CHECK(count_annotated_in(read_corpus(), "blind") == 6);
}

TEST_CASE("corpus: the blind2 set has five annotated articles of its own") {
  CHECK(count_annotated_in(read_corpus(), "blind2") == 5);
}

TEST_CASE("corpus: the blind3 set has five annotated articles of its own") {
  CHECK(count_annotated_in(read_corpus(), "blind3") == 5);
}

TEST_CASE("corpus: the blind4 set has five annotated articles of its own") {
  CHECK(count_annotated_in(read_corpus(), "blind4") == 5);
}
