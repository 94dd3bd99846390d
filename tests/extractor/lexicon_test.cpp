#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "extractor/lexicon.h"
#include "rule_doc.h"

using namespace newsgraph::extractor;

namespace {
const Lexicon& shipped() {
  static const Lexicon lex = [] {
    Lexicon l;
    auto err = load_lexicon(NEWSGRAPH_MODEL_DIR, &l);
    if (err) FAIL(err->file << ":" << err->line << ": " << err->message);
    return l;
  }();
  return lex;
}
}  // namespace

TEST_CASE("lexicon: the shipped lists load and map aliases to canonical names") {
  const Lexicon& lex = shipped();
  REQUIRE(find_place(lex, "U.S.") != nullptr);
  CHECK(find_place(lex, "U.S.")->name == "United States");
  CHECK(find_place(lex, "US")->name == "United States");
  CHECK(find_place(lex, "Beijing")->country == "China");
  CHECK(find_place(lex, "us") == nullptr);
  REQUIRE(find_nationality(lex, "Canadians") != nullptr);
  CHECK(find_nationality(lex, "Canadians")->group == "Canadian");
  CHECK(find_nationality(lex, "Canadians")->place == "Canada");
  REQUIRE(find_organisation(lex, "APEC") != nullptr);
  CHECK(find_organisation(lex, "APEC")->name == "Asia-Pacific Economic Cooperation");
  REQUIRE(find_title(lex, "Prime Minister") != nullptr);
  CHECK(find_title(lex, "prime minister")->canonical == "Prime Minister");
  CHECK(find_title(lex, "PM")->canonical == "Prime Minister");
  CHECK(is_leader_role(find_title(lex, "premier")->role));
  CHECK(is_executive_role(find_title(lex, "chief financial officer")->role));
  REQUIRE(find_reporting_verb(lex, "Said") != nullptr);
  CHECK(*find_reporting_verb(lex, "told") == "tell");
}

TEST_CASE("lexicon: common words match lower and capitalised forms, not all-caps acronyms") {
  const Lexicon& lex = shipped();
  CHECK(find_common_word(lex, "The") == WordClass::kFunction);
  CHECK(find_common_word(lex, "us") == WordClass::kPronoun);
  CHECK_FALSE(find_common_word(lex, "US").has_value());
  CHECK(find_common_word(lex, "Friday") == WordClass::kWeekday);
}

TEST_CASE("lexicon: kind words are found by their use, lead words as written, nouns in lower case") {
  const Lexicon& lex = shipped();
  REQUIRE(find_kind_word(lex, "Palacio", KindCue::kLead) != nullptr);
  CHECK(find_kind_word(lex, "Palacio", KindCue::kLead)->type == EntityType::kFac);
  CHECK(find_kind_word(lex, "Real", KindCue::kLead)->type == EntityType::kOrg);
  CHECK(find_kind_word(lex, "palacio", KindCue::kLead) == nullptr);
  CHECK(find_kind_word(lex, "Palacio", KindCue::kNoun) == nullptr);
  REQUIRE(find_kind_word(lex, "party", KindCue::kNoun) != nullptr);
  CHECK(find_kind_word(lex, "party", KindCue::kNoun)->type == EntityType::kOrg);
  CHECK(find_kind_word(lex, "Party", KindCue::kNoun) == nullptr);  // "Green Party" is a name
  CHECK(find_kind_word(lex, "shares", KindCue::kOwned) != nullptr);
  CHECK(find_kind_word(lex, "shares", KindCue::kNoun) == nullptr);
}

TEST_CASE("lexicon: triggers are found by form, and verb or noun is chosen") {
  const Lexicon& lex = shipped();
  Document doc = newsgraph::testing::make_doc("They held talks and visited Ottawa on a visit.");
  const EventTrigger* talks = find_trigger(lex, doc, 2);
  REQUIRE(talks != nullptr);
  CHECK(talks->type == "MEET");
  CHECK(talks->cameo == "04");
  CHECK(talks->frame == EventFrame::kMeet);
  const EventTrigger* visit = find_trigger(lex, doc, 8, true);
  REQUIRE(visit != nullptr);
  CHECK(visit->noun);
  CHECK(visit->type == "VISIT");
  CHECK(find_trigger(lex, doc, 0) == nullptr);
}

TEST_CASE("lexicon: phrase_text joins tokens as written and straightens apostrophes") {
  Document doc = newsgraph::testing::make_doc("the People\xE2\x80\x99s Republic of  China, today");
  CHECK(phrase_text(doc, 1, 6) == "People's Republic of China");
  REQUIRE(doc.tokens.size() == 8);
  CHECK(phrase_text(doc, 5, 7) == "China,");
}

TEST_CASE("lexicon: a malformed line is an error naming the file and line") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "newsgraph_lexicon_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "lexicon");
  for (const auto& entry : fs::directory_iterator(fs::path(NEWSGRAPH_MODEL_DIR) / "lexicon"))
    fs::copy_file(entry.path(), dir / "lexicon" / entry.path().filename());
  {
    std::ofstream out(dir / "lexicon" / "titles.tsv", std::ios::app);
    out << "# comment\n\nforeman\tForeman\n";
  }
  Lexicon lex;
  auto err = load_lexicon(dir.string(), &lex);
  REQUIRE(err.has_value());
  CHECK(err->file == (dir / "lexicon" / "titles.tsv").string());
  CHECK(err->message == "expected 3 tab-separated columns, found 2");
  int64_t lines = 0;
  {
    std::ifstream in(dir / "lexicon" / "titles.tsv");
    std::string l;
    while (std::getline(in, l)) ++lines;
  }
  CHECK(err->line == lines);
  fs::remove(dir / "lexicon" / "common_words.tsv");
  fs::copy_file(fs::path(NEWSGRAPH_MODEL_DIR) / "lexicon" / "titles.tsv", dir / "lexicon" / "titles.tsv",
                fs::copy_options::overwrite_existing);
  err = load_lexicon(dir.string(), &lex);
  REQUIRE(err.has_value());
  CHECK(err->message == "cannot open lexicon file");
  CHECK(err->line == 0);
  fs::remove_all(dir);
}
