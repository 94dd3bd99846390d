// Relations between the entities of one article: typed predicates from titles, appositions,
// possessives, "of" phrases and copulas, and open relations rel:<verb lemma> between the
// subject and the object of one verb.
//
// Typed patterns (M is a GPE, NORP or ORG mention, T a title of extractor/lexicon.h, P a
// PERSON mention; evidence = the tokens of the pattern):
//
//   title       [M ('s)?] T P       "Canadian Prime Minister Mark Carney", "Huawei executive
//                                   Meng Wanzhou", "China's President Xi Jinping"
//   appos       P , (the|a)? [M ('s)?] T (of M)? ,|.
//                                   "Meng Wanzhou, Huawei's chief financial officer,"
//   copula      P is|was|became|served as|stays on as (the|a)? [M ('s)?] (ordinal)? T (of M)?
//                                   "Carney is Canada's prime minister"; passive appointments
//                                   read alike: "Carney was sworn in as Canada's 24th prime
//                                   minister", "X was named|elected|appointed (as)? T"; so does
//                                   leaving it: "P resigned|quit|stepped down as T (of M)?"
//                                   (former) or "P will resign as T" (current)
//   relative    P , who was|is|served as|had served as (then)? T   "Yoshimasa Hayashi, who was
//                                   foreign minister until September," (a copula; "served",
//                                   "then", "until", "from Y1 to Y2" make it former)
//   now         P , now (the|a)? T  "Freeland, now the deputy prime minister,"
//   return      P (to|will|would) return as T, P returned as T (a copula): "for Sam Altman to
//               return as chief executive"; a head's title with no organisation stated (copula
//               or "as") heads the ORG that opens the sentence as the subject of its verb, after
//               a dateline ("OpenAI said ... for Altman to return as chief executive")
//   whose       M , whose (former)? T , P   "Washington, whose attorney general, Bob Ferguson,"
//               (M an ORG or GPE; a place's government post gives works_for the place, a US
//               state's as a country's)
//   relative-leader P , who (previously|formerly|once|now)? runs|ran|leads|led|heads|headed|
//               chairs|chaired (the (descriptor){0,3})? ORG -> leader_of ORG ("Vivek Sankaran,
//               who runs Albertsons"; "previously" makes it former; no preposition among the
//               descriptors: "the troops from Kilo Company" is no company led)
//   role-as     POSS role|post|position|job as (the|a)? (interim|acting)? T -> position_held T
//               for the possessor (a "his"/"her" left open by coreference: the person named
//               last before it in the sentence); stripped|removed|resigned|quit|left|lost|
//               relieved|ousted before it makes it former ("stripped of his role as chairman")
//   appointment V P|him|her as (the|a)? [M ('s)?] T (of M)?   V = named, appointed, nominated,
//                                   tapped, picked, chose: "Takaichi named Katayama as finance
//                                   minister" (the appointee holds T; not after to, a modal or a
//                                   negation: "plans to name X as"); a relative clause may stand
//                                   between: "named X, who was ... until May, as T"; so may the
//                                   appointee's present title: "named the chief technology
//                                   officer, Mira Murati, as interim chief" ("interim" or
//                                   "acting" before a staff noun makes a post: "interim chief")
//               (appos and copula: "T of M and (then)? (of)? M" holds for both organisations,
//               "the chief executive of Google and Alphabet"; a minister's lower-case
//               portfolio belongs to the title: "minister of transport and internal trade")
//   title-of    T P of M            "Judge Amit Mehta of the U.S. District Court"
//   succession  P1 (, who)? replaced|succeeded P2 as [M] T
//                                   both hold T, P2 as former: "Carney, who replaced Justin
//                                   Trudeau as Liberal leader"
//   predecessor P1 's|his|her predecessor (as T)? ,? P2   P2 held T, or without "as T" the
//                                   posts and leadership the article gave P1 so far, as former:
//                                   "Villepin's predecessor as prime minister, Jean-Pierre
//                                   Raffarin", "Lula's predecessor Fernando Henrique Cardoso"
//   ownership   ORG , (a|the)? unit|subsidiary|division|affiliate|arm of ORG2 -> owned_by ORG2;
//               ORG , the owner|parent (company)? of ORG2 -> ORG2 owned_by ORG;
//               ORG 's PRODUCT -> owned_by ORG ("Microsoft's Bing" when Bing is a PRODUCT)
//   acquisition ORG (has|had)? completed|finalised|closed its|the acquisition|purchase|takeover
//               of ORG2 -> ORG2 owned_by ORG (a proposed or blocked deal gives nothing; an
//               amount may stand before the noun: "its $14.9 billion acquisition of")
// (appos and copula: up to three lower-case words or nationalities between "the" and the
// organisation after "of" are skipped: "the leader of the opposition Democratic Party", "the
// chief financial officer of the Chinese telecommunications company Huawei"; "T of|for GPE 's
// (lower-case){1,3}" is a body of the country, "a spokesman for China's foreign ministry", and
// gives no leader_of; "T1 and T2 (of M)?" gives both titles, "deputy chairman and chief
// executive of Neptune")
//   of          (the)? T of M , P   "the president of France, Emmanuel Macron"
//   title-comma (the|a|POSS|M 's|the NORP) (ADJ|acting|interim){0,2} T (in GPE | and (ADJ)?
//               NOUN)? , (honorific)? P
//               "Qatar's emir, Sheikh Tamim", "her finance minister and close ally, Kwasi
//               Kwarteng", "a federal judge in San Francisco, Jacqueline Corley", "the Mexican
//               ambassador, Raquel Serur" (POSS is his/her/its/their resolved by
//               extractor/coref.h; a person possessor adds nothing); a lower-case noun between
//               the article and the title names a body the text does not name: "A government
//               spokesman, Isaac Mwaura", "a state judge in Seattle, X" (position_held only)
//   chief       a lower-case noun before the bare title "chief" names the post: "its policy
//               chief, X", "the party's policy chief" (position_held "policy chief"); "ORG chief
//               P" works_for ORG ("IAEA chief Mohamed ElBaradei"); "Chief" stays part of a
//               capitalised portfolio ("Chief Cabinet Secretary")
//   unnamed     "the embassy's acting head," "P, the council's president," and a POSS coref
//               left open: position_held only, never a bare title's country (the holder's body
//               is not named); but a country word (country, nation, kingdom, republic, emirate,
//               sultanate) stands for the country (GPE of the lexicon) named last before it in
//               its sentence or the two before, a kingdom's with a king or queen among its
//               offices: "Mohammed bin Salman, the kingdom's prime minister" after Saudi Arabia
//   anaphors    the M of appos and copula may be an anaphor coref resolved: "Sarah Cardell, the
//               authority's chief executive", "S. Somanath, the chairman of the agency",
//               "Nishad Singh, its former director of engineering"; in appositions up to two
//               adjectives stand before a title that is not a staff noun ("a regional director");
//               "T at ORG" is read as "T of ORG" ("an economist at Natexis"; not at a place);
//               a title of the lexicon that begins with a name is no modifier ("the U.S.
//               attorney in Manhattan": position_held only, the place after "in" skipped)
//   unit        T of ORG 's (lower-case){0,2} business|division|unit|arm|... and ORG 's T of
//               (lower-case portfolio): works_for ORG, never leader_of ("the head of
//               Microsoft's gaming business", "Google's president of global affairs")
//   founder     founder|co-founder (of) ORG -> ORG founded_by P (no position_held, no works_for)
//   firm        ORG , his|her|its (lower-case){0,3} firm|company|business|fund -> ORG owned_by
//               the possessor ("Alameda Research, his cryptocurrency trading firm")
//   past deal   ORG 's|its (amount|year)* acquisition|purchase|takeover of ORG2 with a year
//               before the publication year ("its 2016 acquisition of LinkedIn", "... of
//               LinkedIn in 2016") -> ORG2 owned_by ORG; without a year it may be a bid: nothing
//   maker       ORG , the maker|manufacturer|developer|publisher|creator of (the)? PRODUCT ->
//               PRODUCT owned_by ORG ("Sony, the maker of the PlayStation")
//   seat        ORG (,)? ((which|that) (is|was))? based|headquartered in GPE -> headquartered_in
//               ("Microsoft, which is based in Redmond"; ORG may be "the company" resolved); a
//               court, government or legislature (court, tribunal, government, parliament,
//               assembly, congress or senate in its name) "in" a city or a place the lexicon
//               does not know: "the High Court in Nairobi" (not a country: "the National
//               Assembly in Kenya" says whose it is)
//   membership  his|her|its ORG, when ORG's name has party|alliance|coalition|bloc|front|league|
//               union and heads its phrase -> the possessor member_of ORG ("her Conservative
//               Party"; not "his EU counterparts"); ORG , led by (the)? ORG2 -> ORG2 member_of
//               ORG; the ORG (parenthesis)? of P -> P leader_of ORG ("the Janata Dal (United) of
//               Nitish Kumar"; not a name with "of" already, nor a title taken for a name)
//   possessive  ORG 's P            "Huawei's Meng" (works_for, lower confidence)
//   its-title   [ORG|GPE opens sentence s-1] ... . Its|Their T , P   "The New Democratic
//               Party suffered a collapse. Its leader, Jagmeet Singh, lost" (the title's
//               relations with the organisation or place that opens the previous sentence;
//               when none opens it and coreference left "Its" open, the one ORG or GPE the
//               previous sentence names: "Trading in Evergrande's shares was suspended. Its
//               chief executive, Shawn Siu, ...")
//   located     FAC in|at GPE; GPE in GPE2 when GPE2 is a region or country the lexicon knows and
//               GPE is unknown or lies in GPE2 ("Burnaby Central in British Columbia");
//               city , country ("Kherson, Ukraine"); city , region, the region of places.tsv or
//               a first-level subdivision of the gazetteer (Lexicon::subdivision_countries:
//               "BOISE, Idaho", "Portland, Oregon", "Surabaya, East Java"); a facility of the lexicon
//               whose city the article names ("Great Hall of the People" -> Beijing)
//   led-by      ORG|NORP|GPE (,)? led by P ("The Conservatives, led by Pierre Poilievre,");
//               ORG|NORP under P ("the Conservatives under Pierre Poilievre"; not a country:
//               "tariffs on Canada under Trump")
//   nationality NORP , P (and P)*   "two Canadians, Michael Kovrig and Michael Spavor"
//               NORP noun P         "Canadian businessman Michael Spavor"   (citizen_of the
//               nationality's country; also a nationality before a non-government title:
//               "Afghan Ambassador X"; never "NORP P" alone, which too often is an
//               institution mistyped as a person: "Canadian Air Force")
//
// What a title yields: position_held with the title's canonical form as the literal object
// ("Prime Minister"), except for a lower-case one-word staff noun ("executive", "official");
// leader_of M when the title's role is a leader role (president, prime minister, premier, king,
// ...) and M is a place or nationality (a nationality stands for its country: "Canadian" ->
// Canada, an entity with no mentions is added if the text never names the country); leader_of
// M when M is an organisation and the title heads one (chief executive, chairman: Wikidata
// P488), works_for M for other titles (an organisation's present president leads it unless the
// article names another head of it by a title: "OpenAI's president, Greg Brockman" beside its
// chief executive works for it); a minister or envoy of a country (M a GPE or a
// nationality) works_for the country (the guidelines: "the U.S. ambassador" gives works_for
// United States; a nationality before an envoy also gives citizen_of). Past roles: "former",
// "ex-", "late", "then", "onetime", "outgoing" before the title, the predecessor of a
// succession, "resigned|quit|stepped down as T", "who was T until ...", "who served as T":
// every relation of the title is marked Relation::former (still a fact: the gold guidelines
// count past positions; the store keeps it apart, graph/SCHEMA.md); a bare former title infers
// its country as a present one does (below), as former, and shares the office with the present
// holder ("the late former prime minister Shinzo Abe" beside Prime Minister Kishida). Capitalised words before a minister's title name the portfolio and belong
// to the literal ("Public Safety Minister"). "X, led by P" gives leader_of X. A political group's
// word before a title ("Liberal leader Mark Carney", "Liberal candidate Bruce Fanjoy") gives
// leader_of or member_of the group's party (its ORG entity when named, "Liberal Party").
//
// Bare titles ("President Xi Jinping", no country stated): leader_of is inferred only when
// the text makes the country unambiguous (corpus/README.md follows the seed: a bare head-of-state
// or government title leads the country the article makes clear). The rule: the candidates are the countries the
// article names (directly, by a nationality word, or by one of their cities when that city is
// the dateline or is named in the title's own sentence) whose national
// offices (places.tsv, column offices) include the title; a country whose office of that title
// the article already gives to another person by an explicit pattern is removed; exactly one
// candidate left -> leader_of it, confidence 0.6, extractor "title-bare". Several left: the
// country of the dateline (a place in capitals opening the text, "MARRAKECH, Morocco —", "LONDON
// (Newsgraph) —") when it is a candidate and the article names no other candidate more often,
// confidence 0.5 ("King Mohammed VI" with Spain and Britain named once as donors; "Prime
// Minister Modi, who is in South Africa" under a BENGALURU dateline; "PLACE, Country" gives the
// country whatever type the tagger gave the place, "BOISE, Idaho" the state's country); not
// when the title's
// own sentence names an institution of another candidate ("President Joe Biden offered help,
// the White House said" under a KIGALI dateline: the White House is the United States', by
// the lexicon's organisations and places; "Peru's Congress" is no institution of Washington).
// One office, one holder: when two bare titles would take the same country's office, only
// those whose own sentence names that country keep it ("Ecuador's government, led by
// President Daniel Noboa" keeps it; a second president quoted under the QUITO dateline does
// not take it). Else the country the story is about: a candidate the article names by its own
// name (not a coreferent) at least three times and twice as often as every other candidate,
// confidence 0.45 ("Prime Minister Mark Carney" in a story on Canada and China that names South
// Korea once), unless the title's own sentence names that country itself after the holder, as
// the object of the act ("President Bush warned Iraq. Iraq and Iran answered, and Iraq fired.":
// Bush is not Iraq's). Otherwise none (a name opening the first sentence is no dateline:
// "Tibet's exiled leader ... President Bill Clinton").
//
// Open relations: with a dependency parse (Token::head set), rel:<lemma> between an nsubj and
// an obj (or obl) entity of one verb, the passive read back (nsubj:pass -> object, obl:agent ->
// subject; of two nsubj of one verb, a parse error most often caused by a dateline, the one
// nearest before the verb; a pronoun resolved by entity_at of extractor/coref.h);
// without one, the surface pattern "E1 (aux|adverb)* verb (det)? E2". Negation
// ("not", "n't", "never") and hedging (may, might, could, would, should, reportedly,
// allegedly) are marked on the Relation, never dropped; with a parse, a verb that irrealis()
// of extractor/factuality.h finds wanted, supposed or asked about ("demanded that Canada
// release Meng", "if Ottawa arrests Meng", a question) is hedged too. A few verbs also give a typed relation
// when neither negated nor hedged: a PERSON who leads, heads or chairs an ORG or GPE is its
// leader_of ("Carney led the Liberal Party to a fourth term"; extractor "dep"); an ORG that an
// ORG or PERSON acquires, buys or purchases (a finite verb, not "to buy") is owned_by it
// ("Microsoft acquired Activision"); an ORG that a PERSON founded (any form but the bare
// "found", the past of "find") is founded_by them. The subject "who"/"which" of a relative clause (acl:relcl)
// is the name the clause modifies ("Le Pen, who leads the National Rally"). The lemma is
// Token::lemma when set, else from the lexicon's verb lists, else the form with a regular
// -s/-ed/-ing suffix removed.
//
// The relations met_with and visited come from events: extract_events (extractor/events.h)
// adds them when it finds MEET and VISIT events.
//
// Input: doc.tokens, doc.sentences, doc.mentions with Mention::entity set, doc.entities
// (extractor/alias.h). Output: doc.relations appended, one per distinct (subject, predicate,
// object), the highest confidence kept; Relation::extractor names the pattern ("title",
// "appos", "copula", "of", "possessive", "title-bare", "led-by", "nationality", "located",
// "succession", "predecessor", "appointment", "acquisition", "headquarters",
// "possessive-pronoun", "lexicon", "relative", "role-as", "dep", "surface").
// May append entities with no mentions (countries of nationality words).
// Thread safety: reads only the Lexicon; call concurrently on different Documents.
#ifndef NEWSGRAPH_EXTRACTOR_RELATIONS_H_
#define NEWSGRAPH_EXTRACTOR_RELATIONS_H_

#include "extractor/document.h"
#include "extractor/lexicon.h"

namespace newsgraph::extractor {

void extract_relations(const Lexicon& lex, Document& doc);

// Appends a relation unless one with the same subject, predicate, object (and literal) and
// negation exists (met_with is symmetric: either direction is the same); then keeps the higher
// confidence. Shared with the events stage.
void add_relation(Document& doc, Relation relation);

// The lemma of a verb token: Token::lemma when set, else the lexicon's lemma (reporting
// verbs, event triggers), else the lower-cased form without a regular -s/-ed/-ing ending.
std::string verb_lemma(const Lexicon& lex, const Document& doc, uint32_t token);

}  // namespace newsgraph::extractor

#endif  // NEWSGRAPH_EXTRACTOR_RELATIONS_H_
