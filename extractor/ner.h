// The named-entity stage of the pipeline: the statistical tagger and the rule stage combined.
//
// Two recognisers find names (OntoNotes types, extractor/document.h):
//   - the trained tagger (extractor/ner_tagger.h): an averaged perceptron over BILOU tags,
//     trained on CoNLL-2003 and GUM; broad recall, but it knows only 1996 Reuters' world;
//   - the rule stage (extractor/ner_rules.h): the team's lexicon of places, demonyms, titles and
//     organisations, acronym definitions and title-before-name patterns; narrow but precise on
//     current news ("Huawei executive Meng Wanzhou", "Great Hall of the People").
//
// How they combine is measured, not assumed. kRulesFirst (the pipeline's): the rule stage's
// lexicon mentions (source "gazetteer") are taken first, unless a longer tagger mention contains
// them ("Bank of Canada" over "Canada"); the tagger's mentions fill every gap; the rule stage's
// pattern mentions (source "rule") are dropped. Entity F1 (conlleval exact spans on CoNLL and
// UNER; ../shared/tools/score_gold.py on news with OntoNotes types), 2026-11-29, round-2 models:
//
//   combination   CoNLL-2003 dev   UNER EWT dev   team corpus (17)   seed
//   model         92.31            62.73          -                  -
//   rules         62.21            46.68          0.898              1.000
//   model-first   91.16            61.71          0.838              0.848
//   rules-first   92.23            63.63          0.901              0.970
//
// Round 3 (models of extractor/models/NER_MODELS.md, and the steps below): model 92.62 / 65.54;
// rules-first 92.07 / 65.70, team corpus 0.926, seed 0.970. Round 4 (same models; the tagger
// drops addresses and file names, and the steps below up to tag_coordinated_names were added):
// model 92.62 / 65.92; rules-first 92.11 / 66.54, team corpus 0.948, seed 0.970. Round 5 (same
// models; the steps from type_names_by_first_word, drop_lower_case_names and the storm names):
// rules-first 92.53 / 67.09, team corpus 0.954, seed 0.970 (NER_MODELS.md, round 5). Round 6
// (same models; the web and e-mail steps of ner_web.cpp and one sense per discourse): rules-first
// 92.61 / 69.20 (UNER dev half 1, tuned on: 63.96 -> 68.74; half 2, held out: 69.76 -> 69.58),
// team corpus 0.954, seed 0.970 (NER_MODELS.md, round 6). Round 7 (same models; the gazetteer
// gains compass regions, "West Africa"; the steps for dateline places, islands, "the X",
// unknown acronyms, appositive organisations, speaking surnames, law complements, currency
// codes and units, found on corpus/blind2): rules-first 92.65 / 70.40, team corpus 0.954,
// blind2 0.897 -> 0.977, blind 0.919 -> 0.935, fresh 0.911 -> 0.924.
//
// Commands: `newsgraph-eval ner FILE --combine NAME [--half 1|2]`; score_gold.py as in README.
// kRulesFirst then drops interjections, pronouns, listed weekdays and lower-case names, joins e-mail display
// names, drops acronyms used as common nouns, tags lower-case places, finds law names, trims
// compound modifiers, types names by their first word, joins venues with a possessive, types
// versioned software, countries and greeting lines, facilities by their last
// word, types appositive people, completes person names, joins organisation runs and complements
// and team names, types speaking facilities, organisations by their context and coordinated
// organisations, tags untagged conjuncts, appositive organisations and speaking surnames,
// unifies surname types and then the types of each name (below), in that order (dateline
// places, islands, unknown acronyms and "the X" are typed right after countries).
// kModelFirst, kModelOnly and kRulesOnly are there for the evaluation tools.
//
// Input: a segmented Document (tokens, sentences). Output: Document::mentions, sorted by begin
// offset, non-overlapping; Mention::source says which recogniser found each ("model",
// "gazetteer", "rule"). Thread safety: reads the tagger and lexicon only; share them.
#ifndef NEWSGRAPH_EXTRACTOR_NER_H_
#define NEWSGRAPH_EXTRACTOR_NER_H_

#include <optional>
#include <string_view>

#include "extractor/document.h"
#include "extractor/lexicon.h"
#include "extractor/ner_tagger.h"

namespace newsgraph::extractor {

enum class NerCombination { kRulesFirst, kModelFirst, kModelOnly, kRulesOnly };

// "rules-first", "model-first", "model", "rules" -> the combination; nullopt otherwise.
std::optional<NerCombination> parse_ner_combination(std::string_view name);

// Replaces doc.mentions with the combined mentions of the tagger and the rule stage.
void recognise_entities(const NerTagger& tagger, const Lexicon& lexicon, Document& doc,
                        NerCombination combination = NerCombination::kRulesFirst);

// Compound modifiers: a one-token mention "X-word" whose part after the last hyphen is a
// lower-case ASCII word ("Ottawa-area riding", "Beijing-based", "Russian-born") names X: when X
// is a country, subdivision or city of the gazetteer the mention is trimmed to X and typed GPE,
// when X is a demonym or religious/political group, NORP. Other mentions are left alone.
// Byte offsets: Mention::span.end moves to the hyphen; the token range is unchanged.
void trim_compound_modifiers(const Gazetteer& gazetteer, Document& doc);

// Names of laws and treaties: a run of capitalised words (joined by "of", "the", "and", "on",
// "for"; a leading "The" left out) of two or more words whose last word is a law head of the
// gazetteer ("Digital Markets Act", "North American Free Trade Agreement", "Paris Agreement")
// is a LAW mention (source "rule"); so is such a run whose first law head (after a capitalised
// word of the run, or first after "the") is followed by "on", "of" or "for" and more of the run:
// "Vienna Convention on Diplomatic Relations", "the Treaty of Rome" (not "Faculty of Law of X").
// Mentions inside it give way, one crossing its edges wins.
void find_law_names(const Gazetteer& gazetteer, Document& doc);

// Appositive titles: a tagger mention not typed PERSON followed by a comma, an optional
// article, capitalised words with their possessive and a title of the lexicon that no name
// follows ("Meng Wanzhou, Huawei's chief financial officer, ...") names a person: PERSON.
void type_appositive_people(const Lexicon& lexicon, Document& doc);

// Organisations named by a head word and a complement: an ORG mention whose last word is an
// organisation word of the lexicon that takes a complement (org_words.tsv position "head" or
// "both": "Court", "Office", "Ministry") followed by "of" or "for", an optional "the", and a
// GPE, LOC or ORG mention, is one ORG mention over both ("Supreme Court of British Columbia",
// "District Court for the District of Columbia"); the complement's mention is dropped. Repeats
// while a merged mention can take a further complement. Byte offsets and tokens are joined.
// A complement the tagger left untagged, a run of capitalised words (joined by "and", "of" or
// "for") that ends before a lower-case word or punctuation, not before a name and not at a
// title, is taken as well ("Centres for Disease Control and Prevention", "Ministry of
// Defence" but not "... and Prime Minister X"); such a run also after "on" ("National
// Institute on Aging"; a weekday is no run), and after a mention that is a head with its "of"
// complement already ("Court of Arbitration" + "for Sport").
void join_organisation_complements(const Lexicon& lexicon, Document& doc);

// Organisations named by a capitalised run ending in an organisation word: a run of two or more
// capitalised words in one sentence (a leading "The" left out) whose last word is an ORG word
// of the lexicon that may end a name (org_words.tsv position "suffix" or "both": "Police",
// "Agency", "Bank") and which already holds a mention typed NORP, GPE, LOC or ORG (or a
// PERSON it is named after, "Omar Al-Mukhtar University", when the person does not end it), with no
// mention crossing its edges ("Royal Canadian Mounted Police": the tagger found only
// "Canadian"), becomes one ORG mention (source "rule") in place of the mentions inside it.
void join_organisation_runs(const Lexicon& lexicon, Document& doc);

// Facilities that speak are organisations (metonymy, as OntoNotes types "the White House
// said"): a FAC mention followed directly by a reporting verb of the lexicon ("said", "says",
// "announced") becomes ORG.
void type_speaking_facilities(const Lexicon& lexicon, Document& doc);

// Interjections are not names: the words of the lexicon's interjection class (greetings and
// sign-offs of e-mail and web text, common_words.tsv: "Cheers", "FYI", "Hey", "P.S.") at either
// edge of a tagger mention are trimmed off it ("Hey Dana" -> "Dana"), and a mention of nothing
// else is dropped. Byte offsets and tokens move together.
void drop_interjections(const Lexicon& lexicon, Document& doc);

// Coordinated names share a kind: a tagger mention typed GPE or LOC whose text the gazetteer
// knows as no country, subdivision, city or region (the tagger's LOC for an unknown word) that
// is coordinated with an ORG mention (only ",", "and", "or", ", and" or ", or" between them, in
// one sentence: "Meta's Facebook and Instagram", "carriers Rogers, Bell and Telus") becomes ORG.
void type_coordinated_organisations(const Gazetteer& gazetteer, Document& doc);

// Untagged conjuncts: in a list of organisations "A, B and X" (or ", and", "or"; A and B ORG
// mentions of one sentence, a comma between them), a run of capitalised words X that no mention
// covers and that holds no common word of the lexicon is an ORG mention, source "rule" ("Apple,
// Google and Oracle": the tagger missed "Oracle").
void tag_coordinated_names(const Lexicon& lexicon, Document& doc);

// Whether the gazetteer knows `text` (tokens separated by single spaces) as a country,
// subdivision, city or region.
bool is_known_place(const Gazetteer& gazetteer, std::string_view text);

// Names typed by their first word: a tagger mention of two or more tokens, not typed ORG, whose
// first word is a lead word of the lexicon (kind_words.tsv: facilities and clubs named head-first
// in French, Spanish, Italian, ...) takes that word's type: "Hôtel Matignon", "Palacio de la
// Moncloa", "Notre-Dame de Paris" FAC (the tagger said PERSON or GPE), "Real Madrid" ORG. A
// tagger mention right after a lead word typed EVENT ("Hurricane", "Typhoon", "Storm") is the
// storm's name, EVENT, its mention widened over the lead word ("Hurricane Rita", the OntoNotes
// extent), and so is every PERSON mention of the same text in the document ("Rita").
void type_names_by_first_word(const Lexicon& lexicon, Document& doc);

// Countries the tagger took for organisations: a model mention typed ORG whose whole text the
// gazetteer lists as a country (GazetteerKind::kCountry: iso-codes names and aliases,
// "Democratic Republic of Congo"), a leading "The" left out ("The Philippines"), becomes GPE.
void type_countries_by_gazetteer(const Gazetteer& gazetteer, Document& doc);

// Facilities named by their last word: a tagger mention of two or more tokens typed GPE or LOC
// (the tagger's LOC) that no gazetteer or lexicon knows as a place and whose last word is a
// facility word of the lexicon that may end a name (org_words.tsv FAC "suffix" or "both":
// "Cottage", "Residence", "Plant", "Hospital") becomes FAC: "Rideau Cottage".
void type_facilities_by_last_word(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc);

// "the Vikram lander", "the Luna-25 probe", "the rover Pragyan": a model mention (ORG, PERSON,
// GPE, LOC, FAC or EVENT) right before a noun for a made thing, or right after "the/a/its" and
// such a noun (kind_words.tsv rows typed PRODUCT: lander, probe, console, vaccine, jet, ...),
// becomes PRODUCT, with every other mention of the same text in the document; not a name the
// lexicon or the gazetteer knows as an organisation ("a Boeing jetliner") or as a place.
void type_products_by_kind_noun(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc);

// Organisations named by their context. A tagger mention typed EVENT, PRODUCT or FAC, GPE or LOC
// that no gazetteer or lexicon knows as a place, or PERSON that starts with no given name of the
// gazetteer and shares no word with a person's name of two or more words in the document that
// does,
// and is no modifier ("New York-based"), becomes ORG when a cue of its sentence says so:
//   - an organisation noun of the lexicon (kind_words.tsv) before it or before the list it ends
//     or starts: "carmaker X", "the company X", "carriers such as Y and X", "carriers, X and Y";
//   - such a noun in apposition: "X, the video game company, ..." (not "X, the company's founder");
//   - an executive or leader title after it, before a name or after "'s": "X chief executive Jo
//     Reyes", "X leader Jo Reyes", "X's chief executive";
//   - such a title, or "member(s)", or a person, before "of (the)" X: "leader of the X", "Jo
//     Reyes of the X" (not before X's possessive: "members of X's party");
//   - something only organisations own (kind_words.tsv "owned"): "X shares", "X's headquarters",
//     "shares of X" (a person's "X shares the prize", "X's shares" are no cue);
//   - for EVENT and PRODUCT with no nationality word, a reporting verb after it: "X said";
//   - "and"/"or" (", and", ", or") joining it to an ORG mention: "Ubisoft and X" (not for a
//     one-word person: the tagger's ORG for one surname of a list would spread).
// Then every other mention of the same text that may be retyped becomes ORG too (one sense per
// discourse: "Telus said ..." follows "Telus shares fell"). Mentions of the rule stage are kept.
void type_organisations_by_context(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc);

// Team names: a mention typed GPE, LOC or ORG that starts with a place the gazetteer or the
// lexicon knows, in a sentence that is not in title case (is_headline of ner_rules.h, or a
// capitalised function word after its first word and outside quotation marks: "Ottawa Raises
// Tariffs On Steel", not 'his book "The Art of Pricing"'), is one ORG mention over the place and
// the team's name when
//   - the mention is the place alone and is followed by one to three free capitalised name words
//     of three letters or more (no common, title, organisation, kind, head, nationality or place
//     word; no capitalised word after them) that end in a plural ("Ottawa" + "Senators") or the tagger typed the place ORG
//     ("Oklahoma City" ORG + "Thunder"): the mention grows over them;
//   - the mention (GPE or LOC) is the place and such words, the last a plural: "Toronto Maple
//     Leafs" GPE -> ORG.
void join_team_names(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc);

// Person names the tagger cut: a tagger PERSON mention whose words end or begin the words of a
// longer PERSON mention of the document, with the missing words next to it and in no mention,
// grows over them ("Aung Hlaing" after "Min Aung Hlaing"). Else, in a sentence not in title case,
// it grows over one free name word (as in join_team_names; a hyphenated title "Major-General" is
// none) directly before it, when the word before that is neither capitalised nor an opening quote
// or bracket ("junta leader Min" + "Aung Hlaing"; at the start of a sentence: when the word is a
// given name of the gazetteer); or, for a mention of two or more words, over one directly after
// it when the word after that is not capitalised ("Min Aung" + "Hlaing"). Byte offsets and tokens
// move together.
void complete_person_names(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc);

// Lower-case words are no name of a person or organisation on their own: a tagger mention typed
// PERSON or ORG whose text has no capital letter, digit or non-ASCII letter ("lens", "the mighty
// corporation" of web text) is dropped, unless the gazetteer knows it, matched without its case
// guards, as a whole given name, person or organisation ("max", "air asia"). On UNER EWT dev 21
// of 26 such mentions were wrong, on CoNLL-2003 dev 3 of 4 ORG. Places are kept: lower-case place
// names are right more often than not ("kerala", "tampa bay": 27 of 31).
void drop_lower_case_names(const Gazetteer& gazetteer, Document& doc);

// ---- Web and e-mail text (extractor/ner_web.cpp, round 6 of NER_MODELS.md). ----
// Hand-written rules for conventions of e-mail and web text, found on the first half of UNER
// EWT dev (Mayhew et al. 2024) and checked on its second half, CoNLL-2003 dev and the team's
// news gold sets. Each reads tokens, the lexicon and the gazetteer only; byte offsets and tokens
// of a mention always move together; rule mentions have source "rule".

// Venues named after their owner: a tagger mention typed PERSON or ORG followed by a possessive
// ("'s", or EWT's bare "s" of "McDonald s") that has no noun of its own (the sentence ends, or
// punctuation other than a bracket or quotation mark, a lower-case function word of the lexicon
// follows, or after "at" or "to" a city of the gazetteer that ends the phrase so: "going to Del
// Frisco's for dinner", "at Lord's, London", "at Del Frisco's Philadelphia?") grows over the
// possessive, as UNER and CoNLL-2003 span it. A PERSON after "at" or "to", or before EWT's bare
// "s", becomes FAC (the place one goes to: "X's place"; a person's possessive otherwise is left
// alone: "The idea was Reyes's."); an ORG after "at" or "to" becomes FAC, other ORGs stay ORG
// ("a bid for Boatmen's."). Byte offsets and tokens move together.
void join_possessive_venues(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc);

// E-mail display names: an opening quotation mark, one to three capitalised words, a comma, one
// to three capitalised words and a closing quotation mark (no word a common word of the
// lexicon: not "Thanks, Jo"), followed by "<" or a token with "@" (a From: or To: line:
// "Osei, Tarq" <t.osei@example.com>) or making the whole sentence, is one PERSON mention over
// the words between the quotation marks, comma included (UNER's span; source "rule"). Tagger
// mentions inside it give way; one crossing its edges wins.
void join_inverted_sender_names(const Lexicon& lexicon, Document& doc);

// Acronyms used as common nouns: a one-token tagger ORG of two to six ASCII letters, the first
// two capitals ("CPA", "RFP"), right after an indefinite or demonstrative determiner ("a", "an",
// "any", "another", "each", "every", "this", "that"), heading its noun phrase (the sentence
// ends, or punctuation or a lower-case function word of the lexicon follows; after "this" or
// "that", which may open a clause, "said that KFOR, UNMIK and ...", only the sentence's end or
// its final punctuation) and unknown to the
// gazetteer and the lexicon as an organisation or place, is dropped: "we have a CPA, ...",
// "getting that RFP." name a kind of thing. An acronym before a noun is kept: "an OSCE member",
// "a FIFA decision" (organisations the gazetteer does not list). "the" is no cue ("the ANC").
void drop_acronym_common_nouns(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc);

// One sense per discourse (label consistency, Krishnan and Manning 2006): the tagger's mentions
// of one text in a document take the type that more than half of them have ("Somerset" ORG
// three times, LOC once: ORG), after every other step. Mentions of the rule stage are kept.
// On CoNLL-2003 dev +0.08 (clubs and companies typed PER or LOC once), UNER dev and the team's
// gold sets unchanged.
void unify_name_types(Document& doc);

// Days in a list are no names: a one-token tagger mention that is a weekday (the lexicon's
// weekday class) or its abbreviation ("Mon", "Tues", "Sat", "Sun", with or without a period)
// next to another one across one or two of ",", "or", "and", "-", "/", "&" ("open Fri, Sat, or
// Sun": "Sat" PERSON, "Sun" LOC) is dropped; "the Sun reported" is kept.
void drop_listed_weekdays(const Lexicon& lexicon, Document& doc);

// Greeting and signature lines: a sentence of one capitalised word (not in capitals, letters
// only), alone or before ",", "-", "--", ":" or "!", that is no common word, place, organisation,
// nationality, title or organisation word of the lexicon or the gazetteer, names the person the
// e-mail greets or who signs it: a tagger mention of that word becomes PERSON ("Cindy," tagged
// ORG), and the word before a comma that the tagger left untagged is a PERSON mention (source
// "rule": "Renee,"). CoNLL's one-word lines are "Scorers:", months and places: none changes.
void type_salutation_names(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc);

// Places written in lower case: in a sentence without any capital, its first word and "i"
// included (a news sentence without names, "The deal ... to deal with", is no cue), a run of
// lower-case words that the gazetteer knows, without its case guards, as a city, subdivision or
// country of mixed case (not "US"), no word a common word of the lexicon ("may") or ending in
// "ing" ("from banning", "to reading": verbs), one word of four letters or more, no mention over
// it, after "in", "to", "from", "near", "between", "around" or "and" and before the end,
// punctuation or a function word, is a GPE mention (source "rule"): "i m traveling to lourdes for
// a day". The tagger misses most of them; text without capitals is web text, not news.
void tag_lower_case_places(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc);

// Software by its version: a tagger mention directly followed by a version number (digits with
// dots, "4.0", "2.1.3", or "v" and digits) that stands before the end of the sentence,
// punctuation, a capitalised word or a common word of the lexicon (not before another number, a
// time or score of a results table, nor before "billion" or "percent": an amount) is a PRODUCT,
// and so is every tagger mention of the same text in the document: "Adobe Acrobat 4.0 and ...".
void type_versioned_products(const Lexicon& lexicon, Document& doc);

// Pronouns are no names: a one-token tagger mention whose word is a pronoun of the lexicon ("P.S.
// I am moving": "I" ORG) is dropped (a capitalised function word may be a name: the cricketer
// "Such"); in a shouted sentence (three or more words with letters, none with a lower-case
// letter) so is one whose lower-cased word is a pronoun or function word ("WHO WANTS TO HELP"),
// unless it is a known place ("US").
void drop_pronoun_mentions(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc);

// Names of things that are no entities of ours: a one-token tagger mention that is a currency's
// name in the plural ("3,40 Euros", "in Dollars") or in the singular after a number ("5 Euro";
// "six Euro ties" are European cup games) is dropped, and so is a one-token PERSON that is a planet's
// name ("Mercury and Venus are conjunct") unless a longer PERSON mention of the document begins
// or ends with it ("Venus Williams", "Freddie Mercury"). Planets are LOC in OntoNotes; the
// tagger never types them so, and a graph of news has no use for them. Also dropped: a one-token
// tagger mention not typed GPE, LOC or NORP before a lower-case currency word ("the CFA franc":
// no organisation "CFA"; "Swiss francs", "Singapore dollars" stay), and one right after "degree"
// or "degrees" ("44 degrees Celsius" is a unit, not a product).
void drop_currency_and_planet_names(Document& doc);

// A US city and its state written without a comma ("Miramar California", "San Rafael
// California"), read as one name by the tagger, are two places: a mention of two or more tokens
// (not a PERSON) whose first part is a city of the gazetteer in the United States and whose
// rest is a US state (gazetteer subdivision, country US) becomes two GPE mentions.
void split_city_state_names(const Gazetteer& gazetteer, Document& doc);

// "WADA said": a one-token tagger PERSON of three to five capital letters, in a sentence with
// lower-case words (not a shouted headline) and not a given name of the gazetteer, is an ORG.
void type_acronym_people(const Gazetteer& gazetteer, Document& doc);

// An honorific of the lexicon (titles.tsv role honorific: "Doctor", "Aunt", "Mr.") that opens a
// PERSON mention of two or more tokens is cut from it ("Doctor Hank" -> "Hank"), as the alias
// stage would: the mention is the name.
void trim_person_honorifics(const Lexicon& lexicon, Document& doc);

// Document-level consistency of people: a one-token tagger mention typed PRODUCT (the fallback
// for MISC) or ORG that is the last or the first word of a PERSON mention of two or more tokens
// in the same document ("Freeland" after "Chrystia Freeland", "Meng" after "Meng Wanzhou") is
// that person's family name and becomes PERSON. So does one typed GPE or LOC when the gazetteer
// knows no country, subdivision, city or region of that name (the tagger's LOC for an unknown
// word defaults to GPE; "Lincoln" after "Abraham Lincoln" stays a city). Mentions of the rule
// stage are kept as found.
void unify_surname_types(const Gazetteer& gazetteer, Document& doc);

// Unknown single names typed by their shape (the tagger's PERSON for a capitalised word):
//
// A dateline's place is a place: the tagger mention that the capitals opening a dateline
// (dateline_length of dep_parser.h: "RHODES, Greece (Reuters) —", with a comma or a credit
// after the capitals: not a headline "RUGBY LEAGUE - ...") begin and hold, typed PERSON,
// PRODUCT or EVENT, becomes GPE, with every tagger mention of the same text (ignoring case)
// and the same type ("Rhodes" later on). An ORG stays ("UNITED NATIONS (AP) —").
void type_dateline_places(Document& doc);

// Islands are LOC (OntoNotes; GeoNames lists "Corfu" as a town): a mention typed GPE, PERSON or
// ORG right after "island of"/"islands of" or before a lower-case "island(s)" or "river" ("the
// Greek island of Rhodes", "Corfu island", "the Indus river") becomes LOC, with every mention of the same text, ignoring case,
// of those types; not an island the gazetteer lists as a country or subdivision ("the island of
// Okinawa", "Bali island": governed, GPE) nor the place of a dateline (dateline_length of
// dep_parser.h: "RHODES, Greece —" names the town the story was filed from). On 500 TE3-silver articles: 14 islands retyped, the
// 3 provinces among them kept by that check.
void type_island_names(const Gazetteer& gazetteer, Document& doc);

// A LOC mention of two or more tokens ending in a landform head of the gazetteer ("Shoal",
// "Reef", "Island") takes in a capitalised ordinal right before it that no other mention covers,
// also at the start of a sentence (a sentence adverb "Second," has its comma): "near Second
// Thomas Shoal" is one name, not an ordinal and "Thomas Shoal" (the tagger leaves it out).
void join_ordinal_feature_names(const Gazetteer& gazetteer, Document& doc);

// A tagger mention (PERSON, GPE or ORG) followed by up to three capitalised words that end in a
// facility head of the gazetteer ("Airport", "Stadium", "Bridge", "Oval") takes them in and is
// that FAC: "John F. Kennedy" + "International Airport". Words another mention covers stop it;
// the head must end the capitalised run ("Trump House Republicans" is no facility).
void join_facility_heads(const Gazetteer& gazetteer, Document& doc);

// A PERSON mention takes in the initials right before it that no other mention covers, in its
// sentence: capital letters each with a period, as one token ("A.M. Amin Uddin", "J. Smith");
// the tagger leaves them out. Not after "the": "the E.U. Smith said" names the EU.
void join_person_initials(Document& doc);

// "the Acropolis", "the Guardian said", "the Senkakus": a one-token tagger PERSON right after
// "the", capitalised (not in capitals), neither a given name of the gazetteer nor a word of a
// PERSON mention of two or more tokens in the document, and not followed by a noun, a proper
// noun, a capitalised word or a possessive ("the Clinton administration", "the Mobutu regime":
// a person as a modifier) is no person: ORG before a reporting verb of the lexicon, LOC when it
// is a plural ("-s", not "-ss" or "-is": "the Senkakus", not "the Acropolis"), else FAC; every
// one-token tagger PERSON of that word follows.
// Found on a wildfire story; on 500 TE3-silver articles the six such mentions were 2 newspapers,
// 2 island groups, a fragment and one person (the surname of a longer name, which is kept).
void type_definite_single_names(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc);

// An acronym is no place the gazetteer does not know: a one-token tagger mention typed GPE or
// LOC of three to five ASCII capitals ("TUI", the tour operator; two are mostly place codes:
// "HK" in CoNLL), that does not open a dateline
// and that the lexicon does not know as a place nor the gazetteer as a country, subdivision,
// region or city of 100,000 people or more (GeoNames' "Tui" is a town of 17,000), becomes ORG.
void type_unknown_acronym_places(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc);

// Names without an organisation word: one to four capitalised words that no mention covers,
// not opening the sentence and not after a capitalised word, the first no function word,
// pronoun, nationality or title of the lexicon (nor, for one word alone, any common word:
// "Monday, the company said"), followed by an apposition whose head is an organisation
// noun of kind_words.tsv ("Pastef, the party Sonko founded", "X, a company that ...", as in
// type_organisations_by_context) are an ORG mention (source "rule").
void tag_appositive_organisations(const Lexicon& lexicon, Document& doc);

// Surnames that speak: the last word of a PERSON mention of two or more tokens, repeated alone
// right before a reporting verb of the lexicon or right after one (and before no capitalised
// word), is that person: a PERSON mention (source "rule") where no mention covers it, and a
// one-token NORP mention becomes PERSON ('"...," Tory told reporters' after "John Tory": the
// tagger left it untagged; the gazetteer lists "Tory" as a political group).
void tag_speaking_surnames(const Lexicon& lexicon, Document& doc);

// A state named like a city: a GPE mention that the gazetteer lists as a subdivision and the
// lexicon as a city (a place with a country), followed by the lower-case word "state"
// and no noun or adjective after it ("Washington state", "New York state"; not "Oregon
// state", not "the Ankara state security prosecutor"),
// grows over "state", so that the store keeps the state apart from the city and from
// "Washington" the US government (a fresh user's three Washingtons were one entity).
void join_state_names(const Gazetteer& gazetteer, const Lexicon& lexicon, Document& doc);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_NER_H_
