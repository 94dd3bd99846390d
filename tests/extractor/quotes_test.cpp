#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractor/alias.h"
#include "extractor/coref.h"
#include "extractor/events.h"
#include "extractor/lexicon.h"
#include "extractor/ner_rules.h"
#include "extractor/quotes.h"
#include "extractor/relations.h"
#include "rule_doc.h"

using namespace newsgraph::extractor;

namespace {
const Lexicon& lexicon() { return newsgraph::testing::shipped_lexicon(); }

// "Speaker: text" for each quote ("?" for an unknown speaker).
std::vector<std::string> quotes_of(const std::string& text) {
  Document doc = newsgraph::testing::make_doc(text);
  find_rule_mentions(lexicon(), doc);
  resolve_aliases(lexicon(), doc);
  resolve_coreference(lexicon(), doc);
  extract_relations(lexicon(), doc);
  extract_quotes(lexicon(), doc);
  std::vector<std::string> out;
  for (const Quote& q : doc.quotes)
    out.push_back((q.speaker >= 0 ? doc.entities[q.speaker].name : std::string("?")) + ": " +
                  std::string(doc.slice(q.span)));
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("quotes: a quote followed by 'X said' or 'said X' is X's, without the marks") {
  CHECK(quotes_of("President Xi Jinping spoke. \xE2\x80\x9CThe development serves our interests,\xE2\x80\x9D "
                  "Xi said, smiling.") ==
        V{"Xi Jinping: The development serves our interests,"});
  CHECK(quotes_of("\"We will not back down,\" said Hugh Hill.") ==
        V{"Hugh Hill: We will not back down,"});
}

TEST_CASE("quotes: an apposition between the name and the verb is skipped") {
  CHECK(quotes_of("\"The ward is full again,\" Hugh Hill, a doctor, said.") ==
        V{"Hugh Hill: The ward is full again,"});
}

TEST_CASE("quotes: attribution before the quote, and split quotes around one attribution") {
  CHECK(quotes_of("Mark Carney told reporters: \"We are open for business.\"") ==
        V{"Mark Carney: We are open for business."});
  CHECK(quotes_of("\"Trade is good,\" Mark Carney said, \"and it will grow.\"") ==
        V{"Mark Carney: Trade is good,", "Mark Carney: and it will grow."});
}

TEST_CASE("quotes: pronoun and title speakers resolve to the person") {
  CHECK(quotes_of("Mark Carney arrived late. \"It was a long flight,\" he said.") ==
        V{"Mark Carney: It was a long flight,"});
  CHECK(quotes_of("Canadian Prime Minister Mark Carney met Li Qiang. \"Canada is ready to "
                  "work together,\" the prime minister said.") ==
        V{"Mark Carney: Canada is ready to work together,"});
  CHECK(quotes_of("Canadian Prime Minister Mark Carney met Li Qiang. \"We are ready now,\" "
                  "the Canadian leader said.") ==
        V{"Mark Carney: We are ready now,"});
}

TEST_CASE("quotes: 'according to' and organisations as speakers") {
  CHECK(quotes_of("\"Output fell sharply in the third quarter,\" according to the World Bank.") ==
        V{"World Bank: Output fell sharply in the third quarter,"});
}

TEST_CASE("quotes: a quoted phrase goes to the subject of the sentence's reporting verb") {
  CHECK(quotes_of("Canadian Prime Minister Mark Carney has declared a \"new strategic "
                  "partnership\" with China.") ==
        V{"Mark Carney: new strategic partnership"});
  CHECK(quotes_of("Mark Carney arrived. Carney stated that the nations must build a "
                  "relationship \"adapted to new global realities.\"") ==
        V{"Mark Carney: adapted to new global realities."});
}

TEST_CASE("quotes: a scare quote without a reporting verb is not a quote, a long unattributed one is") {
  CHECK(quotes_of("The so-called \"peace plan\" failed.") == V{});
  CHECK(quotes_of("\"Nobody knows what happens next in this town.\"") ==
        V{"?: Nobody knows what happens next in this town."});
}

TEST_CASE("quotes: 'he said' follows the subject chain, not the last person named") {
  CHECK(quotes_of("In a speech, Mark Carney said Canada would not yield. On Friday he told "
                  "reporters he was ready to meet Donald Trump. \"We are stronger together,\" he said.") ==
        V{"Mark Carney: We are stronger together,"});
}

TEST_CASE("quotes: a quote over a line break stays one quote, a colon hands it to the clause subject") {
  CHECK(quotes_of("Harry Kane said, \"In the first half it felt good.\nWe could have scored twice.\" "
                  "Then Nabil Maaloul said, \"We were playing a fine team.\"") ==
        V{"Harry Kane: In the first half it felt good.\nWe could have scored twice.",
          "Nabil Maaloul: We were playing a fine team."});
  CHECK(quotes_of("Rishi Sunak defended the record of Suella Braverman: \"We are working as fast as we can.\"") ==
        V{"Rishi Sunak: We are working as fast as we can."});
  CHECK(quotes_of("Boswell stating: \"People need quicker decisions from this government.\"").size() == 1);
}

TEST_CASE("quotes: a paragraph that reopens a quote ends the previous part and keeps its speaker") {
  CHECK(quotes_of("Mark Carney said: \"We will act now and act firmly.\n\"We will not wait for others.\"") ==
        V{"Mark Carney: We will act now and act firmly.", "Mark Carney: We will not wait for others."});
}

TEST_CASE("quotes: odd input passes through every rule stage without harm") {
  for (const char* text : {"", "\"", "\xE2\x80\x9D\xE2\x80\x9C", "\" \" \" \"", "He said \"",
                           "\xE2\x80\x9CUnclosed quote runs to the end of the text with no speaker",
                           "WORDS IN CAPITALS ONLY, SAID NOBODY \xE2\x80\x94 FRIDAY.",
                           "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
                           "'s 's 's , , ( ) ( APEC ) (", "the the the of of of Ministry of"}) {
    Document doc = newsgraph::testing::make_doc(text);
    find_rule_mentions(lexicon(), doc);
    resolve_aliases(lexicon(), doc);
    resolve_coreference(lexicon(), doc);
    extract_relations(lexicon(), doc);
    extract_events(lexicon(), doc);
    extract_quotes(lexicon(), doc);
    for (const Mention& m : doc.mentions) {
      CHECK(m.entity >= 0);
      CHECK(m.end_token <= doc.tokens.size());
    }
    for (const Quote& q : doc.quotes) CHECK(q.span.end <= doc.text.size());
  }
  Document empty;
  extract_quotes(lexicon(), empty);
  extract_events(lexicon(), empty);
  extract_relations(lexicon(), empty);
  resolve_aliases(lexicon(), empty);
  resolve_coreference(lexicon(), empty);
  find_rule_mentions(lexicon(), empty);
  CHECK(empty.entities.empty());
}

// Found on wire news: "the agency quoted X as saying" gave the quote no speaker.
TEST_CASE("quotes: the person a medium quotes 'as saying' is the speaker, before or after the quote") {
  CHECK(quotes_of("\"The road stays closed,\" the Daily Ledger quoted Hugh Hill as saying.") ==
        V{"Hugh Hill: The road stays closed,"});
  CHECK(quotes_of("The Daily Ledger quoted Hugh Hill as saying: \"The road stays closed.\"") ==
        V{"Hugh Hill: The road stays closed."});
}

// Found on the varied set: a second quotation after an attributed one had no speaker.
TEST_CASE("quotes: a quotation that follows an attributed one in the same paragraph keeps its speaker") {
  CHECK(quotes_of("\"The road stays closed,\" Hugh Hill said. \"We will reopen it in May.\"") ==
        V{"Hugh Hill: The road stays closed,", "Hugh Hill: We will reopen it in May."});
  // Another name between them: no guess.
  CHECK(quotes_of("\"The road stays closed,\" Hugh Hill said. Anna Lindqvist disagreed. "
                  "\"We will reopen it in May.\"") ==
        V{"Hugh Hill: The road stays closed,", "?: We will reopen it in May."});
  // A place after a preposition is no new speaker (found on blind2).
  CHECK(quotes_of("\"The road stays closed,\" Hugh Hill told drivers in Ottawa. \"We will reopen it in May.\"") ==
        V{"Hugh Hill: The road stays closed,", "Hugh Hill: We will reopen it in May."});
  // A new paragraph: no guess either.
  CHECK(quotes_of("\"The road stays closed,\" Hugh Hill said.\n\n\"We will reopen it in May and "
                  "then again in June.\"") ==
        V{"Hugh Hill: The road stays closed,", "?: We will reopen it in May and then again in June."});
}
