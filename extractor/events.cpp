#include "extractor/events.h"

#include <algorithm>
#include <cstdio>
#include <cctype>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "extractor/alias.h"
#include "extractor/coref.h"
#include "extractor/dep_parser.h"
#include "extractor/factuality.h"
#include "extractor/ner_rules.h"
#include "extractor/relations.h"

namespace newsgraph::extractor {
namespace {

constexpr std::string_view kVerbCues[] = {"to",   "will", "would", "may",  "might", "could",
                                          "can",  "did",  "does",  "do",   "not",   "n't",
                                          "also", "has",  "have",  "had",  "never", "should"};
constexpr std::string_view kPassive[] = {"was", "were", "been", "being", "is", "are", "be"};
constexpr std::string_view kNegations[] = {"not", "n't", "never"};
constexpr std::string_view kModals[] = {"will", "would", "may", "might", "could", "should",
                                        "must", "can", "shall", "'ll"};
constexpr std::string_view kHedges[] = {"may", "might", "could", "would", "should", "plans",
                                        "planned", "expected", "reportedly", "allegedly"};
constexpr std::string_view kPossessivePronouns[] = {"his", "her", "its", "their"};
constexpr std::string_view kDefinite[] = {"the", "this", "that", "these", "those"};
constexpr std::string_view kDeterminers[] = {"the", "a", "an", "this", "that", "these", "those",
                                             "his", "her", "its", "their", "our"};
constexpr std::string_view kPrepositions[] = {
    "of", "in", "at", "from", "for", "with", "by", "to", "on", "into", "against", "between",
    "among", "about", "over", "under", "across", "through", "during", "after", "before",
    "like", "than", "toward", "towards", "near", "without", "within", "via", "since", "amid"};
constexpr std::string_view kNpBreaks[] = {",", ";", ".", ":", "(", ")", "which", "that", "who",
                                          "while", "but", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D",
                                          "if", "unless", "because", "although", "though", "whereas"};
constexpr std::string_view kIncludes[] = {"included", "includes", "include", "including"};
// Verbs that take an event noun as object ("raised tariffs", "held talks"): never modifiers.
constexpr std::string_view kLightVerbs[] = {
    "raise",   "raised",   "raising",  "raises",   "impose",   "imposed",  "imposing",
    "imposes", "hold",     "held",     "holding",  "holds",    "launch",   "launched",
    "face",    "faced",    "facing",   "faces",    "lift",     "lifted",   "make",
    "made",    "making",   "begin",    "began",    "begun",    "lower",    "lowered",
    "cut",     "slap",     "slapped",  "levy",     "levied",   "increase", "increased",
    "expand",  "expanded", "end",      "ended",    "start",    "started",  "resume",
    "resumed", "conduct",  "conducted", "order",   "ordered",  "seek",     "sought",
    "reject",  "rejected", "denied",   "deny",     "announce", "announced", "plan",
    "planned", "threaten", "threatened", "avoid",  "avoided",  "secure",   "secured",
    "included", "include", "includes", "including", "signed",  "sign",     "reached",
    "reach",   "pay",      "paid",     "mark",     "marked",   "marks",    "complete",
    "completed"};
// Verbs that undo a sanction ("lower tariffs", "lift sanctions"): no SANCTION event.
constexpr std::string_view kReversals[] = {
    "lower", "lowered", "lowering", "cut", "cutting", "lift", "lifted", "lifting", "remove",
    "removed", "removing", "reduce", "reduced", "reducing", "scrap", "scrapped", "suspend",
    "suspended", "ease", "eased", "easing", "drop", "dropped", "waive", "waived", "end",
    "ended", "criticise", "criticised", "criticize", "criticized", "oppose", "opposed",
    "lifts", "pause", "paused", "pauses", "pausing", "suspends", "removes", "waives", "lowers",
    "cuts", "reduces", "scraps", "eases", "drops", "ends", "opposes"};
// Verbs that ease a sanction in force (CAMEO 08, YIELD: "paused the tariffs on Canada").
constexpr std::string_view kEasings[] = {"pause", "lift", "suspend", "remove", "waive", "ease",
                                         "lower", "cut", "scrap", "drop", "reduce"};
// Words that make a clause a condition or a limit, not a fact ("until Washington lifts").
constexpr std::string_view kUnreal[] = {"until", "unless", "if", "whether", "before"};
// Verbs that make a sanction a threat or a plan, not yet imposed ("threatened tariffs",
// "proposed sanctions"); the verb itself may be a THREATEN event.
constexpr std::string_view kThreats[] = {
    "threaten", "threatens", "threatened", "threatening", "propose", "proposes", "proposed",
    "proposing", "consider", "considers", "considered", "considering", "weigh", "weighs",
    "weighed", "weighing"};
// Verbs that break off talks ("broke off trade negotiations", "suspended talks"): the talks
// are rejected (CAMEO 12), not held.
constexpr std::string_view kBreakOffs[] = {
    "broke", "break", "breaks", "breaking", "suspend", "suspended", "suspends", "halt", "halted",
    "halts", "end", "ended", "ends", "cancel", "cancelled", "canceled", "cancels", "abandon",
    "abandoned", "terminate", "terminated", "scrap", "scrapped", "called", "call", "calls",
    "walked", "quit"};
// Nouns for a state's institutions: "Canadian police" acts for Canada.
constexpr std::string_view kInstitutions[] = {
    "police", "authorities", "officials", "government", "troops", "forces", "prosecutors",
    "court", "courts", "military", "army", "navy", "regulators", "diplomats", "ministry",
    "lawmakers", "border", "customs", "agents", "officers", "judge", "judges",
    "administration", "cabinet", "leadership", "regime", "embassy", "consulate", "navy",
    "coast", "state", "media", "officials", "voters"};
// A country's people named by a nationality before these ("four Indian nationals").
constexpr std::string_view kNationals[] = {"nationals", "citizens"};
// Units of time, never the thing conceded or won ("conceded two days after the vote").
constexpr std::string_view kTimeUnits[] = {"minute", "hour", "day", "week", "month", "year"};
// Words that can open a clause as well as a phrase ("after Trump met Xi").
constexpr std::string_view kSubordinators[] = {"after", "before", "since", "until", "as", "while",
                                               "when", "once", "because", "although", "though"};
constexpr std::string_view kFrameOpeners[] = {"during", "at", "in", "after", "before",
                                              "amid", "following", "since", "into"};
constexpr std::string_view kFace[] = {"face", "faces", "faced", "facing"};
// Verbs that end an investigation ("closed a separate investigation into Apple").
constexpr std::string_view kClosings[] = {"close", "closes", "closed", "closing", "drop",
                                          "dropped", "end", "ended", "ends", "conclude",
                                          "concluded", "concludes", "abandon", "abandoned"};
// Adjectives that make an event noun a possibility, not an event ("possible duties").
constexpr std::string_view kIrrealisModifiers[] = {"possible", "potential", "hypothetical",
                                                   "prospective", "next", "upcoming", "future",
                                                   "forthcoming", "planned"};
// Objects that make a blocking verb an embargo (CAMEO 16, SANCTION): "blocked imports of
// canola", "banned shipments" (lemmas).
constexpr std::string_view kTradeFlows[] = {"import", "export", "shipment", "purchase", "sale",
                                            "trade", "investment", "cargo", "goods"};
// Objects that make "rejected" a judgment of a statement, not the rejection of a proposal,
// demand or offer that CAMEO 12 codes: "rejected the argument that" (lemmas).
constexpr std::string_view kStatementNouns[] = {"argument", "claim", "assertion", "notion",
                                                "idea", "view", "contention", "allegation",
                                                "suggestion", "characterization",
                                                "characterisation", "premise", "theory"};
// Verbs that judge or describe another's act rather than do it ("described the detentions as
// arbitrary", "condemned the arrest"): their subject is not the agent of the act they name.
// Not praise or defence, which as often concern one's own act ("Carney praised the new
// agreement with China", "Canada defended the arrest").
constexpr std::string_view kJudgingVerbs[] = {
    "described", "describe", "describes", "condemned", "condemn", "condemns", "denounced",
    "denounce", "denounces", "decried", "decry", "deplored", "deplore", "protested", "protest",
    "regretted", "questioned"};
// Words that open a subordinate clause and nothing else ("until the new leader is sworn in").
constexpr std::string_view kPureSubordinators[] = {"until", "unless", "if", "because", "whenever",
                                                   "although", "though", "whereas"};
// Words that make a call a meeting ("a phone call").
// Verbs of a deal whose object is the other party of an agreement to do them.
constexpr std::string_view kDealVerbs[] = {"buy", "acquire", "purchase", "merge", "take", "sell"};

// Verbs whose subject commits the attack named by their object.
constexpr std::string_view kPerpetratingVerbs[] = {"launch", "carry", "conduct", "stage", "mount",
                                                   "claim", "commit", "perpetrate", "unleash"};

// What is fired when firing is an attack (the object's lemma; "round" as in "artillery rounds").
constexpr std::string_view kWeapons[] = {"missile", "rocket", "shell", "round", "shot", "mortar",
                                         "bullet", "artillery", "projectile", "salvo", "torpedo",
                                         "drone", "gun", "weapon", "grenade", "tear", "gas"};

// Verbs whose subject takes part in the meeting that is their object ("attended a meeting").
constexpr std::string_view kAttendingVerbs[] = {"attend", "attended", "attends", "joined", "join",
                                                "held", "hold", "holds"};
// People who act for the organisation they belong to ("members of the CGT").
constexpr std::string_view kMemberNouns[] = {"members", "workers", "employees", "staff",
                                             "supporters", "activists", "pilots", "drivers"};
// Acts of courts, markets and streets that a modal makes a plan ("said it would appeal").
constexpr std::string_view kPlannedActs[] = {"appeal", "acquire", "march", "convict"};
// Verbs of saying: "refused to comment" is no rejection (lemmas).
constexpr std::string_view kSpeechVerbs[] = {"comment", "say", "discuss", "confirm", "disclose",
                                             "answer", "speak", "reveal", "elaborate", "identify",
                                             "name", "respond", "specify", "detail"};
constexpr std::string_view kCallModifiers[] = {"phone", "telephone", "video", "conference"};
// Plural nouns for the people of a meeting ("the two leaders met").
constexpr std::string_view kGroupNouns[] = {"leaders", "men", "women", "presidents", "ministers",
                                            "sides", "politicians", "officials"};
// Objects that make "win"/"lose" an election ("won the riding", "lost his seat").
constexpr std::string_view kElectoralObjects[] = {
    "seat", "seats", "riding", "election", "elections", "leadership", "race", "presidency",
    "nomination", "primary", "majority", "mandate", "runoff", "run-off", "ballot",
    "referendum", "poll", "polls"};  // not "vote": "lost a confidence vote" is no election
// Verbs that call something by a name ("called the tariffs unacceptable", "described the
// detentions as arbitrary") and the words of blame that make that a criticism (CAMEO 111).
constexpr std::string_view kNamingVerbs[] = {"call", "describe", "deem", "label", "brand",
                                             "denounce", "condemn"};
constexpr std::string_view kBlameWords[] = {
    "unacceptable", "arbitrary", "unfair", "illegal", "unlawful", "unjustified", "unjust",
    "discriminatory", "protectionist", "protectionism", "abusive", "outrageous", "baseless",
    "absurd", "insulting", "coercive", "bullying", "hypocritical", "irresponsible", "cowards",
    "criminals", "thugs", "regrettable", "deplorable", "reprehensible",
    // fourth round: words of blame common in news reactions
    "shortsighted", "short-sighted", "reckless", "misguided", "shameful", "disgraceful",
    "appalling", "unwarranted", "provocative", "irrational", "unconstitutional",
    "cruel", "inhumane", "barbaric", "heinous", "cowardly", "racist", "dishonest", "misleading",
    "unjustifiable", "counterproductive", "ill-advised", "destabilising", "destabilizing",
    "politically-motivated", "illegitimate", "hostile"};
// Trade flows (words, not lemmas): "blocked imports of Canadian canola" is an embargo (CAMEO 16), and the country
// after them ("tariffs on goods from China") is the one sanctioned.
constexpr std::string_view kTradeFlowWords[] = {"goods", "imports", "exports", "products",
                                            "shipments", "purchases", "sales"};
// What is signed or approved by one side of an agreement ("Biden signed the bill").
constexpr std::string_view kSignedTexts[] = {
    "law", "bill", "act", "agreement", "deal", "treaty", "accord", "pact", "legislation",
    "change", "amendment", "protocol", "declaration", "memorandum", "contract", "charter",
    "convention", "settlement", "text",
    // a company deal a regulator clears ("approved the takeover")
    "takeover", "merger", "acquisition", "purchase"};
// Verbs that act on another's deal or plan rather than make it ("approved the takeover",
// "blocked the merger", "sued to stop the merger"): their subject is not the buyer.
constexpr std::string_view kRulingVerbs[] = {
    "approve", "approved", "approves", "block", "blocked", "blocks", "clear", "cleared",
    "stop", "stopped", "challenge", "challenged", "oppose", "opposed", "reject", "rejected",
    "review", "reviewed", "investigate", "investigated", "sue", "sued", "allow", "allowed",
    "postpone", "postponed", "delay", "delayed", "cancel", "cancelled", "canceled", "fight",
    "fighting", "contest", "contesting", "deny", "denied", "denies"};
// Verbs that put off or call off what their object names ("postponed a state visit"): the
// object did not take place.
constexpr std::string_view kCallingOff[] = {"postpone", "postponed", "postpones", "delay", "delayed",
                                            "cancel", "cancelled", "canceled", "cancels",
                                            "scrap", "scrapped", "shelve", "shelved"};
// Words before "to" that put the verb after it in the future ("is expected to be sworn in").
constexpr std::string_view kFutureFrames[] = {"expected", "due", "set", "likely", "scheduled",
                                              "poised", "slated", "unlikely", "going"};
// Words before a "strike" that make it a work stoppage ("on strike", "a general strike"),
// not a military strike.
constexpr std::string_view kStrikeCues[] = {"on", "general", "national", "nationwide", "hunger",
                                            "rail", "union", "workers", "labour", "labor",
                                            "teachers", "doctors", "nurses", "pension"};
// Words that end a withdrawal from a contest ("withdrew from the race"): a resignation.
constexpr std::string_view kContests[] = {"race", "contest", "campaign", "election",
                                          "nomination", "primary", "presidential", "vote",
                                          "runoff", "run-off", "referendum", "ballot"};
// Verbs of travel whose "to" place is a visit ("flew to Florida") and whose purpose clause
// happened with them ("flew to Florida to meet Trump", "called Trump to concede").
// (Not "return": going home is no visit.)
constexpr std::string_view kTravelVerbs[] = {"fly", "travel", "go", "head", "come"};
constexpr std::string_view kContactVerbs[] = {"call", "phone", "telephone", "fly", "travel",
                                              "go", "head",
                                              // an attempt is an act: "tried to ban TikTok by
                                              // executive order"
                                              "try", "attempt"};
// Verbs that promise a sanction ("promised to impose tariffs on China"): a threat (CAMEO 13).
// ("threatened tariffs" is the verb's own THREATEN event.)
constexpr std::string_view kPromises[] = {"promise", "vow", "pledge"};
// Verbs under which a gerund is denied, refused or only proposed (lemmas).
constexpr std::string_view kUnrealGerundHeads[] = {
    "deny", "rule", "avoid", "refuse", "reject", "oppose", "recommend", "favour", "favor",
    "suggest", "consider", "propose", "resist", "stop", "prevent", "advocate"};
// Words after "protested" that make it a demonstration ("protested outside the embassy").
constexpr std::string_view kProtestPlaces[] = {"against", "outside", "in", "at", "near", "across",
                                               "over", "on"};
// Words before "strike(s)" that make it an attack from the air or afar ("air strikes").
constexpr std::string_view kAirStrikeCues[] = {"air", "missile", "drone", "rocket", "military",
                                               "retaliatory", "aerial", "artillery", "precision"};
// Triggers that are events only with a patient named ("requested Meng's extradition") and
// appointments only of a person ("succeeded Kuroda", "promoted Ruiz", "was inaugurated").
constexpr std::string_view kNeedsPatient[] = {"request"};
constexpr std::string_view kPersonAppointments[] = {"promote", "succeed", "hire", "inaugurate", "install",
                                                   "reinstate"};
// The verbs the phrase rules of force, promises, relations and yielding read (base forms).
constexpr std::string_view kPhraseVerbs[] = {
    "deploy", "mass", "station", "mobilise", "mobilize", "send", "dispatch", "move", "amass",
    "position", "redeploy", "reinforce", "scramble", "put", "place", "hold", "conduct", "stage",
    "launch", "begin", "start", "carry", "warn", "promise", "vow", "pledge", "commit",
    "retaliate", "hit", "sever", "cut", "downgrade", "suspend", "freeze", "rupture", "break",
    "recall", "expel", "halt", "withdraw", "pull", "hand", "back", "pause", "lift", "remove",
    "waive", "ease", "lower", "scrap", "drop", "reduce", "impose", "enforce", "crack", "seize",
    "take", "open", "arrive", "stand", "step", "defeat", "beat", "unseat"};
// Verbs of help and cooperation (lemmas): "called on X to send vaccines" is an appeal (CAMEO
// 02), not a demand; "pledged to help rebuild" an intent to cooperate (03).
constexpr std::string_view kHelpingVerbs[] = {
    "help", "send", "provide", "supply", "give", "donate", "contribute", "assist", "aid", "support",
    "fund", "finance", "deliver", "share", "cooperate", "work", "join", "rebuild", "protect",
    "invest", "boost", "strengthen", "deepen", "expand", "facilitate", "allow", "open"};
// What a pledge or a cut of help is about (lemmas and words).
constexpr std::string_view kAidWords[] = {
    "aid", "assistance", "help", "support", "relief", "funding", "fund", "loan", "loans", "grant",
    "grants", "dose", "doses", "vaccine", "vaccines", "supplies", "million", "billion",
    "$", "US$", "investment"};
// Relief that forces can carry ("a navy ship with tents and medical supplies"): aid (07).
constexpr std::string_view kReliefWords[] = {"tent", "tents", "medical", "medicine", "medicines",
                                             "food", "relief", "aid", "humanitarian", "rescue",
                                             "supplies", "blanket", "blankets", "water"};
// Hostile acts that a vow or a stated intention threatens (CAMEO 13: "vowed to retaliate").
constexpr std::string_view kRetaliations[] = {"retaliate", "hit", "strike", "punish", "attack",
                                              "respond", "fight", "destroy", "crush", "avenge"};
// Hostile acts a warning names ("warned of retaliation", "warned against any attack").
constexpr std::string_view kHostileActs[] = {
    "retaliation", "consequences", "consequence", "reprisal", "reprisals", "countermeasures",
    "countermeasure", "action", "response", "war", "attack", "attacks", "strike", "strikes",
    "sanctions", "sanction", "force", "measures", "invasion", "escalation"};
// Military posture (CAMEO 15): verbs that place forces, the forces placed, and exercises.
constexpr std::string_view kPostureVerbs[] = {"deploy", "mass", "station", "mobilise", "mobilize",
                                              "send", "dispatch", "move", "amass", "position",
                                              "redeploy", "reinforce", "scramble"};
constexpr std::string_view kForces[] = {
    "troop", "troops", "soldier", "soldiers", "warship", "warships", "tank", "tanks", "jet",
    "jets", "fighter", "fighters", "bomber", "bombers", "aircraft", "battalion", "battalions",
    "brigade", "brigades", "reservist", "reservists", "marine", "marines", "paratrooper",
    "paratroopers", "missile", "missiles", "army", "forces", "military", "navy", "destroyer",
    "destroyers", "carrier", "submarine", "submarines", "artillery", "division", "divisions"};
constexpr std::string_view kExerciseVerbs[] = {"hold", "conduct", "stage", "launch", "begin",
                                               "start", "carry"};
constexpr std::string_view kDrills[] = {"drill", "drills", "exercise", "exercises", "manoeuvre",
                                        "manoeuvres", "maneuver", "maneuvers", "game", "games"};
constexpr std::string_view kMilitaryWords[] = {"military", "naval", "army", "war", "live-fire",
                                               "air", "missile", "combat", "joint", "amphibious"};
// Cutting relations (CAMEO 16): the verbs, the ties and the envoys.
constexpr std::string_view kSeverVerbs[] = {"sever", "cut", "downgrade", "suspend", "freeze",
                                            "rupture"};
constexpr std::string_view kTies[] = {"tie", "ties", "relation", "relations"};
constexpr std::string_view kEnvoys[] = {"ambassador", "ambassadors", "envoy", "envoys",
                                        "diplomat", "diplomats"};
// What an easing lifts (CAMEO 08, 081 ease restrictions): "lifted the curfew".
constexpr std::string_view kRestrictions[] = {"restriction", "restrictions", "curfew", "lockdown",
                                              "blockade", "siege", "ban", "martial"};
// What "seized" takes that is no property seized by force ("seized power" is a coup, "seized
// the opportunity" no act at all).
constexpr std::string_view kNotSeized[] = {"power", "control", "initiative", "opportunity",
                                           "chance", "moment", "lead", "momentum", "upon", "on",
                                           "record", "title", "victory", "headlines"};
// What a coup overthrows ("toppled the government").
constexpr std::string_view kGovernments[] = {"government", "regime", "president", "king", "leader", "junta"};
// What a hack breaks into ("broke into Medibank's systems").
constexpr std::string_view kComputerWords[] = {"system", "systems", "network", "networks", "server",
                                               "servers", "computer", "computers", "database",
                                               "databases", "account", "accounts", "email", "emails"};
// Units of an ultimatum's short deadline ("gave X one week to"; "gave airlines six months to" is a
// grace period, not a threat: 2 of 2 wrong on TE3-silver).
constexpr std::string_view kDeadlineUnits[] = {"hours", "hour", "days", "day", "week", "weeks"};
// Vehicles that bring relief ("relief flights landed").
constexpr std::string_view kAidCarriers[] = {"flight", "flights", "plane", "planes", "aircraft", "convoy",
                                             "convoys", "ship", "ships", "trucks", "lorries"};
// Words that make "duty" a tariff when they come right before it ("import duties", "imposed duties").
constexpr std::string_view kDutyCues[] = {"import", "export", "customs", "anti-dumping", "countervailing",
                                          "impose", "levy", "slap", "raise", "retaliatory", "punitive",
                                          "steel", "tariff"};
// Words of trade in a sentence that make its "duties" tariffs.
constexpr std::string_view kTradeWords[] = {"tariff", "tariffs", "import", "imports", "imported", "export",
                                            "exports", "goods", "trade", "dumping", "customs"};
// What is declared in the passive as an announcement ("the outbreak was declared").
constexpr std::string_view kDeclaredStates[] = {"outbreak", "emergency", "epidemic", "pandemic", "famine"};
// Verbs whose subject imposes the sanction noun they take ("Trump imposed tariffs").
constexpr std::string_view kImposingVerbs[] = {"impose", "slap", "levy", "raise", "extend", "expand"};
// Verbs whose subject conducts the inquiry noun they take ("the court opened an inquiry").
constexpr std::string_view kOpeningVerbs[] = {"open", "launch", "begin", "start", "conduct"};
// Offices a party or a vote fills ("replaced Biden as the Democratic candidate").
constexpr std::string_view kContestedOffices[] = {"leader", "candidate", "nominee", "champion", "leadership"};
// Offices taken over ("Saito took over the trade ministry", "took over the presidency").
constexpr std::string_view kOffices[] = {"ministry", "portfolio", "post", "presidency", "premiership",
                                         "chairmanship", "helm", "department", "office", "role", "job"};
// Holders of offices ("replaced four cabinet ministers", "its policy chief") besides the titles
// of the lexicon (match_title).
constexpr std::string_view kOfficeHolders[] = {"ministers", "secretaries", "officials", "chiefs", "commanders",
                                               "ambassadors", "executives", "directors", "governors", "judges",
                                               "generals", "deputies", "advisers", "advisors", "chief",
                                               "head", "spokesman", "spokeswoman", "deputy"};
// Prepositions of place and direction: an institution after them is where an act happens.
constexpr std::string_view kPlacePrepositions[] = {"into", "in", "at", "to", "from", "on", "inside", "outside",
                                                   "near", "toward", "towards", "onto", "outside", "within"};
// What is stormed by force ("stormed the parliament", "stormed the embassy").
constexpr std::string_view kStormedPlaces[] = {"embassy", "parliament", "palace", "building", "compound",
                                               "consulate", "capitol", "headquarters", "congress", "prison"};
// Those who hold or question a suspect ("held by police", "prosecutors questioned").
constexpr std::string_view kCustodians[] = {"police", "authorities", "prosecutors", "investigators",
                                            "detectives", "officers", "agents", "security"};
// What a candidate is barred from ("was barred from running").
constexpr std::string_view kCandidacies[] = {"running", "standing", "contesting", "seeking", "participating"};
// What a call to a person is for when the call is the meeting ("called X to congratulate him").
constexpr std::string_view kCourtesies[] = {"congratulate", "thank", "discuss", "express", "offer",
                                            "wish", "invite", "apologise", "apologize"};
// Texts that concluded negotiations produce ("concluded negotiations on a trade agreement").
constexpr std::string_view kAgreementNouns[] = {"agreement", "deal", "treaty", "accord", "pact"};
// Verbs that put someone on a sanctions list ("added Huawei to a trade blacklist").
// Fourth round (argument_class_phrase): verb classes whose object, particle or subject decides
// the event (lemmas; the lists are the team's, after the CAMEO codebook's root categories).
// Verbs that make an agreement with an agreement noun as object ("reached an agreement").
constexpr std::string_view kSealingVerbs[] = {"reach", "strike", "seal", "clinch", "finalise",
                                              "finalize", "ink", "broker", "hammer"};
constexpr std::string_view kAgreementObjects[] = {
    "agreement", "deal", "accord", "pact", "treaty", "settlement", "memorandum", "compromise",
    "truce", "ceasefire", "cease-fire", "understanding", "partnership", "arrangement"};
// What a body endorses or backs as an agreement (AGREE: "the assembly endorsed the deployment").
constexpr std::string_view kApprovedPlans[] = {"deployment", "mission", "plan", "proposal",
                                               "resolution", "agreement", "deal", "accord",
                                               "treaty", "bill"};
// Missions a council or parliament approves as the object of its verb (AGREE).
constexpr std::string_view kApprovedMissions[] = {"mission", "deployment", "resolution"};
// Verbs that stop another's or one's own deal or plan (REJECT 12: "called off its merger",
// "a judge barred the deal"), and the deals and plans they stop.
// (Not one's own plan or visit: "scrapped plans to visit", "cancelled a planned visit".)
constexpr std::string_view kStoppingVerbs[] = {"halt", "scrap", "abandon", "terminate", "bar",
                                               "cancel", "axe", "ditch", "shelve"};
constexpr std::string_view kDealsAndPlans[] = {
    "merger", "deal", "takeover", "acquisition", "agreement", "contract", "deployment", "mission",
    "transaction", "tie-up", "buyout", "accord", "treaty"};
// What is turned down: a deal, or a proposal or offer made by another.
constexpr std::string_view kOffersMade[] = {"offer", "proposal", "bid", "plan", "request",
                                            "application", "appeal", "plea", "invitation"};
// Verbs that refuse a claim at law or a request (REJECT 12: "dismissed the lawsuit", "denied
// the request", "overturned the ruling"); not "denied the charges" (the accused's denial).
constexpr std::string_view kDismissingVerbs[] = {"dismiss", "deny", "overturn", "quash", "overrule",
                                                 "annul"};
constexpr std::string_view kClaimsAtLaw[] = {
    "case", "lawsuit", "suit", "appeal", "request", "motion", "petition", "application",
    "challenge", "bid", "ruling", "decision", "conviction", "verdict", "order", "injunction"};
// A ruling that voids its object ("ruled the deployment unconstitutional": REJECT 12).
constexpr std::string_view kVoidingWords[] = {"unconstitutional", "unlawful", "illegal", "invalid",
                                              "void", "null"};
// What is demanded of another (DEMAND 10: "is seeking damages", "sought his extradition").
constexpr std::string_view kDemandedThings[] = {
    "damages", "damage", "compensation", "fee", "payment", "apology", "refund", "reparation",
    "reparations", "ransom", "extradition", "resignation", "withdrawal", "injunction", "recount",
    "restitution", "explanation", "removal", "ouster"};
// Plans of action an announcement makes public (ANNOUNCE: "announced a share buyback").
constexpr std::string_view kAnnouncedActs[] = {
    "buyback", "plan", "programme", "program", "package", "withdrawal", "closure", "layoff",
    "layoffs", "reform", "stimulus", "bailout", "moratorium", "ceasefire", "truce", "boycott",
    "break", "split", "retirement", "candidacy", "lockdown", "restructuring", "spin-off",
    "spinoff", "dividend", "suspension", "freeze", "policy", "initiative", "strategy"};
// Cases at law brought or filed (ACCUSE 11, CAMEO 115: "the case was brought by X").
constexpr std::string_view kCasesAtLaw[] = {"case", "suit", "complaint", "petition", "action",
                                            "grievance"};
// Offices run for in a vote ("ran for president in 2017": ELECTION).
constexpr std::string_view kElectedOffices[] = {
    "president", "presidency", "office", "re-election", "reelection", "governor", "mayor",
    "parliament", "senate", "congress", "seat", "leader", "leadership", "prime", "chancellor",
    "premier", "election", "nomination", "senator", "legislature", "assembly"};
// What voters do with a proposal in a referendum ("Chilean voters rejected a constitution").
constexpr std::string_view kBallotVerbs[] = {"reject", "approve", "back", "endorse", "support",
                                             "vote", "choose", "ratify", "embrace"};
// Acts of protest a group stages ("staged a sit-in"), media a state shuts down (COERCE 175),
// armed groups that fight (with kForces).
// (Not "rally": "staged rallies to champion their candidates" campaign.)
constexpr std::string_view kProtestActs[] = {"demonstration", "sit-in", "vigil", "protest",
                                             "march", "walkout", "strike", "boycott"};
constexpr std::string_view kMediaOutlets[] = {"newspaper", "broadcaster", "station", "website",
                                              "channel", "outlet", "paper", "radio", "internet"};
constexpr std::string_view kArmedGroups[] = {"rebels", "militia", "militias", "fighters", "insurgents",
                                             "soldiers", "guerrillas", "militants"};
// Nouns of criticism that are an event only when faced ("faced criticism from lawmakers").
constexpr std::string_view kFacedOnlyNouns[] = {"criticism", "condemnation", "backlash", "censure",
                                                "objection"};
// Gatherings attended (MEET 04: "attended the summit").
constexpr std::string_view kGatherings[] = {"summit", "meeting", "conference", "talks", "forum",
                                            "gathering"};
// Personnel and help a state says it will send (INTENT_TO_COOPERATE 03).
constexpr std::string_view kPersonnel[] = {
    "troops", "troop", "personnel", "police", "officers", "officer", "soldiers", "soldier",
    "doctors", "doctor", "experts", "expert", "team", "teams", "engineers", "engineer", "medics",
    "medic", "firefighters", "firefighter", "aid", "assistance", "supplies", "help"};
constexpr std::string_view kListingVerbs[] = {"add", "put", "place"};
// Nouns for people a meeting can be with though unnamed ("met the pair"), by lemma.
constexpr std::string_view kPeopleNouns[] = {
    "pair", "man", "woman", "leader", "president", "minister", "official", "family", "relative",
    "delegation", "counterpart", "envoy", "diplomat", "representative", "survivor", "victim",
    "worker", "student", "protester", "lawmaker", "governor", "mayor", "ambassador"};
// "two" .. "six": how many people a plural subject ("All three") refers to.
constexpr std::string_view kSmallNumbers[] = {"two", "three", "four", "five", "six"};

template <size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

bool is_possessive(std::string_view w) {
  return w == "'s" || w == "\xE2\x80\x99s" || w == "'" || w == "\xE2\x80\x99";
}

bool is_place_type(EntityType t) {
  return t == EntityType::kGpe || t == EntityType::kLoc || t == EntityType::kFac;
}

struct Draft {
  int32_t agent = -1, patient = -1, recipient = -1, place = -1;
  std::vector<int32_t> partners;
  bool own_args = false;  // found anything beyond the clause subject
  // The parse gives a passive verb a subject that names no entity ("both men were being
  // investigated"): the patient is that noun phrase, not the nearest name to the left.
  bool unnamed_patient = false;
  // Likewise an active verb whose parsed subject (or, for a coordinated verb, its head's) names
  // no entity ("The academy bought land in Loudon County, Virginia, and asked for a permit").
  bool unnamed_agent = false;
};

class EventFinder {
 public:
  EventFinder(const Lexicon& lex, Document& doc) : lex_(lex), doc_(doc) {
    mention_of_.assign(doc.tokens.size(), -1);
    for (size_t i = 0; i < doc.mentions.size(); ++i)
      for (uint32_t t = doc.mentions[i].first_token; t < doc.mentions[i].end_token; ++t)
        mention_of_[t] = static_cast<int32_t>(i);
    hide_agency_credits();
    hide_datelines();
    event_at_.assign(doc.tokens.size(), -1);
    children_.resize(doc.tokens.size());
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      if (!doc.tokens[t].deprel.empty()) parsed_ = true;
      int32_t h = doc.tokens[t].head;
      if (h >= 0 && static_cast<size_t>(h) < doc.tokens.size()) children_[h].push_back(t);
    }
  }

  // "PARIS (Newsgraph) —", "(AP) —", "(Reuters) -": the news agency credited in a dateline
  // wrote the story and takes part in no event; its mention is hidden from the event rules.
  // "BRASÍLIA — A panel of Brazil's Supreme Federal Court convicted ...": the dateline
  // (extractor/dep_parser.h, dateline_length) says where the story was filed; its place is
  // never a participant.
  void hide_datelines() {
    for (const Sentence& s : doc_.sentences) {
      uint32_t n = dateline_length(doc_, s);
      for (uint32_t t = s.first_token; t < s.first_token + n && t < s.end_token; ++t) mention_of_[t] = -1;
    }
  }

  void hide_agency_credits() {
    auto word = [&](size_t k) { return k < doc_.tokens.size() ? text(static_cast<uint32_t>(k)) : std::string_view(); };
    for (const Mention& m : doc_.mentions) {
      uint32_t a = m.first_token, b = m.end_token;
      std::string_view dash = word(b + 1);
      if (a == 0 || word(a - 1) != "(" || word(b) != ")") continue;
      if (dash != "\xE2\x80\x94" && dash != "\xE2\x80\x93" && dash != "-" && dash != "--") continue;
      // The dateline's place ("NEW YORK (Newsgraph) —") is where the story was filed.
      uint32_t first = a - 1;
      while (first > 0 && doc_.tokens[first - 1].span.end <= m.span.begin &&
             !is_sentence_start(first))
        --first;
      for (uint32_t t = first; t < b; ++t) mention_of_[t] = -1;
    }
  }

  bool is_sentence_start(uint32_t t) const {
    for (const Sentence& s : doc_.sentences)
      if (s.first_token == t) return true;
    return false;
  }

  void run() {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      if (is_headline(doc_, s)) continue;
      const Sentence& sent = doc_.sentences[s];
      for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
        if (mention_of_[t] >= 0) continue;
        bool noun = false;
        const EventTrigger* trig = choose_trigger(t, sent, &noun);
        if (!trig || !noun)
          if (const EventTrigger* p = phrasal_trigger(t, sent)) {
            trig = p;
            noun = false;
          }
        if (trig) process(t, *trig, noun, s);
      }
    }
    add_event_relations();
  }

 private:
  std::string_view text(uint32_t t) const { return doc_.slice(doc_.tokens[t].span); }
  std::string lower(uint32_t t) const { return lower_text(text(t)); }
  std::string lemma(uint32_t t) const {
    const Token& k = doc_.tokens[t];
    return k.lemma.empty() ? lower(t) : lower_text(k.lemma);
  }
  std::string word_at(uint32_t k, const Sentence& s) const {
    return k >= s.first_token && k < s.end_token ? lower(k) : std::string();
  }

  // Verbs whose particle or complement decides the event (CAMEO verb phrases): "called on X
  // to" (DEMAND 10), "asked for" (APPEAL 02), "spoke with X" (MEET 04), "withdrew from the
  // race" (RESIGN), "flew to Florida" (VISIT 04), "called the tariffs unacceptable" (ACCUSE
  // 11). nullptr when `t` is none of them.
  const EventTrigger* phrasal_trigger(uint32_t t, const Sentence& s) const {
    const Token& tok = doc_.tokens[t];
    if (!tok.upos.empty() && tok.upos != "VERB") return nullptr;
    std::string l = lemma(t), next = word_at(t + 1, s);
    auto entity_after = [&](uint32_t k) {
      return k < s.end_token && mention_of_[k] >= 0 &&
             doc_.mentions[mention_of_[k]].type != EntityType::kNorp;
    };
    // "called on X to resign" demands (CAMEO 10); "called on X to send vaccines" asks for help
    // or cooperation, an appeal (CAMEO 02).
    if (l == "call" && (next == "on" || next == "upon"))
      return helping_purpose(t + 2, s) ? &kCalledOnToHelp : &kCalledOn;
    if (l == "ask" && next == "for") return &kAskedFor;
    // "asked the court to block the sale", "asked Japan to send doctors": a plea (CAMEO 02), not
    // "asked to leave" (no one asked) nor "asked him whether" (a question).
    if (l == "ask" && t + 2 < s.end_token && mention_of_[t + 1] >= 0 &&
        word_at(doc_.mentions[mention_of_[t + 1]].end_token, s) == "to")
      return &kAskedFor;
    // "asked donors for $71 million", "asked Washington for help": a plea to someone for something.
    uint32_t asked = t + 1;  // "asked foreign donors for": past adjectives
    while (asked < s.end_token && asked < t + 3 && doc_.tokens[asked].upos == "ADJ") ++asked;
    if (l == "ask" && entity_or_noun(asked, s))
      for (uint32_t k = asked + 1; k < s.end_token && k < asked + 4; ++k) {
        if (lower(k) == "for") return &kAskedFor;
        if (in(kNpBreaks, lower(k)) || lower(k) == "to") break;
      }
    // "ruled out a bailout", "ruled out putting in more money" (CAMEO 12).
    if (l == "rule" && next == "out" && past_form(t, s)) return &kRuledOut;
    // "took over from Kuroda": the new holder of an office replaces the old one.
    if (l == "take" && next == "over" && word_at(t + 2, s) == "from" && past_form(t, s)) return &kTookOverFrom;
    // "offered to supply doses", "offered loans to the banks": an offer of help (CAMEO 03).
    if (l == "offer" && past_form(t, s) &&
        (next == "to" || to_past_adjunct(t, s) || object_has(t, s, 4, {"loan", "aid", "help", "assistance", "support", "dose",
                                              "funding", "credit", "guarantee", "liquidity"})))
      return &kOffered;
    if ((l == "speak" || l == "talk") && (next == "with" || next == "to")) {
      std::vector<int32_t> ms;  // "spoken with Chinese President Xi Jinping"
      noun_phrase(t + 2, s.end_token, &ms);
      if (std::any_of(ms.begin(), ms.end(), [&](int32_t mi) { return !adjectival(mi); }))
        return &kSpokeWith;
    }
    // "named Katayama as finance minister": naming a person to an office is an appointment
    // (not "a man named X", which has no "as" and a title after it).
    // "Ruiz was named chief executive", "was named as the new coach": the passive of naming to
    // an office (the one named is the subject, the patient).
    if (l == "name" && t > s.first_token && in(kPassive, lower(t - 1)))
      for (uint32_t j = t + 1; j < s.end_token && j < t + 4; ++j) {
        if (match_title(lex_, doc_, j, s.end_token)) return &kNamedAs;
        std::string w = lower(j);
        if (w != "as" && w != "the" && w != "a" && w != "an" && w != "new" && w != "its" && w != "interim") break;
      }
    if ((l == "name" || l == "tap" || l == "pick" || l == "choose" || l == "select") && entity_after(t + 1) &&
        doc_.mentions[mention_of_[t + 1]].type == EntityType::kPerson) {
      uint32_t k = doc_.mentions[mention_of_[t + 1]].end_token;
      // "named Mira Murati, the chief technology officer, as interim chief executive": past a
      // comma-set appositive.
      if (word_at(k, s) == ",")
        for (uint32_t j = k + 1; j + 1 < s.end_token && j < k + 9; ++j)
          if (word_at(j, s) == ",") {
            if (word_at(j + 1, s) == "as") k = j + 1;
            break;
          }
      if (word_at(k, s) == "as")
        for (uint32_t j = k + 1; j < s.end_token && j < k + 5; ++j)
          if (match_title(lex_, doc_, j, s.end_token)) return &kNamedAs;
      // "named Mira Murati interim chief executive": the office right after the person.
      for (uint32_t j = k; l == "name" && j < s.end_token && j < k + 4; ++j) {
        if (match_title(lex_, doc_, j, s.end_token)) return &kNamedAs;
        std::string w = lower(j);
        if (w != "the" && w != "its" && w != "their" && w != "interim" && w != "new" && w != "acting") break;
      }
    }
    // "named the chief technology officer, Mira Murati, as interim chief": the person set off by
    // commas after an office named first.
    if (l == "name" && in(kDeterminers, next))
      for (uint32_t k = t + 2; k + 2 < s.end_token && k < t + 7; ++k) {
        if (word_at(k, s) != ",") continue;
        if (mention_of_[k + 1] < 0 || doc_.mentions[mention_of_[k + 1]].type != EntityType::kPerson) break;
        uint32_t e = doc_.mentions[mention_of_[k + 1]].end_token;
        if (word_at(e, s) == "," && word_at(e + 1, s) == "as")
          for (uint32_t j = e + 2; j < s.end_token && j < e + 6; ++j)
            if (match_title(lex_, doc_, j, s.end_token)) return &kNamedAs;
        break;
      }
    if (l == "withdraw" && next == "from")
      for (uint32_t k = t + 2; k < s.end_token && k < t + 6; ++k)
        if (in(kContests, lower(k))) return &kWithdrew;
    // "were flown to Germany": carried there, not a visit of one's own.
    bool carried = t > s.first_token && in(kPassive, lower(t - 1)) && !lower(t).ends_with("ing");
    if (in(kTravelVerbs, l) && next == "to" && entity_after(t + 2) && !carried &&
        is_place_type(doc_.mentions[mention_of_[t + 2]].type))
      return &kTravelled;
    // "appealed for calm", "appealed to the council to lift": a plea (CAMEO 02); a bare
    // "appealed" or "appealed the ruling" challenges a decision in court (ACCUSE, the lexicon).
    // (Past an adverb or a day: "appealed again to", "appealed here Friday for".)
    for (uint32_t k = t + 1; l == "appeal" && k < s.end_token && k < t + 4; ++k) {
      if (lower(k) == "for" || lower(k) == "to") return &kAskedFor;
      if (mention_of_[k] >= 0 || (doc_.tokens[k].upos != "ADV" && doc_.tokens[k].upos != "PROPN")) break;
    }
    if (const EventTrigger* c = coup_cyber_or_probe_phrase(t, s)) return c;
    if (const EventTrigger* c = force_or_pledge_phrase(t, s)) return c;
    if (const EventTrigger* c = relations_or_yield_phrase(t, s)) return c;
    if (const EventTrigger* c = court_or_office_phrase(t, s)) return c;
    if (const EventTrigger* c = contest_phrase(t, s)) return c;
    if (const EventTrigger* c = declaration_or_aid_phrase(t, s)) return c;
    if (const EventTrigger* c = argument_class_phrase(t, s)) return c;
    if (in(kNamingVerbs, l))
      for (uint32_t k = t + 1; k < s.end_token && k < t + 12; ++k) {
        std::string w = lower(k);
        // ("called that decision shortsighted": a determiner right after the verb.)
        if (w == "." || w == ";" || (w == "that" && k > t + 1) || w == "," || w == "and") break;
        if (in(kBlameWords, w)) return &kCriticised;
      }
    return nullptr;
  }
  // "offered in July to lead the force": the "to" of verb t past a short phrase of time.
  bool to_past_adjunct(uint32_t t, const Sentence& s) const {
    std::string w = word_at(t + 1, s);
    if (w != "in" && w != "on" && w != "last" && w != "earlier" && w != "again" && w != "then") return false;
    for (uint32_t k = t + 2; k < s.end_token && k < t + 6; ++k) {
      if (lower(k) == "to") return true;
      if (in(kNpBreaks, lower(k)) || doc_.tokens[k].upos == "VERB") return false;
    }
    return false;
  }
  // The head of verb t's object (object_words): the last common noun of its first run of common
  // nouns ("a planned visit" -> visit, "a share buyback" -> buyback, "a $600 million break-up
  // fee" -> fee, "the extradition of an Islamic militant" -> extradition, "a preliminary
  // agreement last year" -> agreement), else its last word.
  std::string object_head(uint32_t t, const Sentence& s, uint32_t n) const {
    std::string head, last;
    for (uint32_t k = t + 1; k < s.end_token && k <= t + n; ++k) {
      std::string w = lower(k);
      if (in(kPrepositions, w) || in(kNpBreaks, w) || w == "and") break;
      last = lemma(k);
      bool common_noun = doc_.tokens[k].upos == "NOUN" && mention_of_[k] < 0;
      if (common_noun) head = last;
      else if (!head.empty()) break;
    }
    return head.empty() ? last : head;
  }
  template <size_t N>
  bool object_head_in(uint32_t t, const Sentence& s, uint32_t n, const std::string_view (&words)[N]) const {
    return in(words, object_head(t, s, n));
  }
  bool object_head_has(uint32_t t, const Sentence& s, uint32_t n, std::initializer_list<std::string_view> words) const {
    std::string h = object_head(t, s, n);
    return std::find(words.begin(), words.end(), h) != words.end();
  }
  // A name or a common noun at k ("asked donors for").
  bool entity_or_noun(uint32_t k, const Sentence& s) const {
    return k < s.end_token && (mention_of_[k] >= 0 || doc_.tokens[k].upos == "NOUN");
  }

  // The lemmas of the words of verb t's object: up to the first preposition (other than "of"),
  // punctuation or clause word, at most `n` words ("declared three days of national mourning").
  std::vector<std::string> object_words(uint32_t t, const Sentence& s, uint32_t n) const {
    std::vector<std::string> out;
    for (uint32_t k = t + 1; k < s.end_token && k <= t + n; ++k) {
      std::string w = lower(k);
      if ((in(kPrepositions, w) && w != "of") || in(kNpBreaks, w) || w == "and") break;
      out.push_back(lemma(k));
    }
    return out;
  }
  bool object_has(uint32_t t, const Sentence& s, uint32_t n, std::initializer_list<std::string_view> words) const {
    for (const std::string& w : object_words(t, s, n))
      if (std::find(words.begin(), words.end(), w) != words.end()) return true;
    return false;
  }
  // Has verb t a tense of the past or a perfect ("took", "has taken"), not "takes", "will take"?
  bool past_form(uint32_t t, const Sentence& s) const {
    std::string w = lower(t);
    if (w.ends_with("ed") || w == "took" || w == "held" || w == "won" || w == "lost" ||
        w == "sent" || w == "found" || w == "gave" || w == "broke" || w == "overthrew" ||
        w == "put")
      return true;
    return w.ends_with("en") && t > s.first_token &&
           (lower(t - 1) == "has" || lower(t - 1) == "have" || lower(t - 1) == "had");
  }

  // Is the word at t a form of verb `base` ("took", "taken" for "take")? By Token::lemma when the
  // tagger set it, else by the regular endings and the irregular forms these phrases use.
  bool is_verb(uint32_t t, std::string_view base) const {
    if (lemma(t) == base) return true;
    std::string w = lower(t), b(base);
    if (w == b + "s" || w == b + "es" || w == b + "d" || w == b + "ed" || w == b + "ing") return true;
    if (b.ends_with("y") && w == b.substr(0, b.size() - 1) + "ied") return true;  // testified
    static constexpr std::pair<std::string_view, std::string_view> kIrregular[] = {
        {"took", "take"}, {"taken", "take"}, {"found", "find"}, {"held", "hold"}, {"won", "win"},
        {"lost", "lose"}, {"sent", "send"}, {"told", "tell"}, {"withdrew", "withdraw"},
        {"withdrawn", "withdraw"}, {"stood", "stand"}, {"froze", "freeze"}, {"frozen", "freeze"},
        {"broke", "break"}, {"broken", "break"}, {"began", "begin"}, {"begun", "begin"},
        {"beaten", "beat"}, {"seized", "seize"}, {"cracked", "crack"}};
    for (const auto& [form, verb] : kIrregular)
      if (w == form && verb == base) return true;
    return false;
  }

  // The verb after the first "to" within eight words of k helps or cooperates ("called on
  // drugmakers to send vaccines", "pledged to help rebuild"): kHelpingVerbs.
  bool helping_purpose(uint32_t k, const Sentence& s) const {
    for (uint32_t j = k; j + 1 < s.end_token && j < k + 8; ++j)
      if (lower(j) == "to") return in(kHelpingVerbs, lemma(j + 1));
    return false;
  }
  // "will", "would" or "'ll" among the three words before t, past adverbs ("would also retaliate").
  bool will_before(uint32_t t, const Sentence& s) const {
    for (uint32_t k = t; k > s.first_token && t - k < 3;) {
      --k;
      std::string w = lower(k);
      if (w == "will" || w == "would" || w == "'ll") return true;
      if (doc_.tokens[k].upos != "ADV") return false;
    }
    return false;
  }
  // The verb after "to" right after t (past an adverb) is one of `verbs` ("vowed to retaliate").
  template <size_t N>
  bool to_verb(uint32_t t, const Sentence& s, const std::string_view (&verbs)[N]) const {
    uint32_t k = t + 1;
    if (k < s.end_token && doc_.tokens[k].upos == "ADV") ++k;
    return k + 1 < s.end_token && lower(k) == "to" && in(verbs, lemma(k + 1));
  }
  template <size_t N>
  bool object_in(uint32_t t, const Sentence& s, uint32_t n, const std::string_view (&words)[N]) const {
    for (const std::string& w : object_words(t, s, n))
      if (in(words, w)) return true;
    return false;
  }

  // The base form of verb t among the verbs the phrases below read: Token::lemma when the tagger
  // set it, else the one of kPhraseVerbs that t is a form of (is_verb), else the lower word.
  std::string phrase_verb(uint32_t t) const {
    if (!doc_.tokens[t].lemma.empty()) return lemma(t);
    for (std::string_view v : kPhraseVerbs)
      if (is_verb(t, v)) return std::string(v);
    return lower(t);
  }

  // Personnel acts whose object is an office, not a name (APPOINT): "replaced four cabinet
  // ministers", "replaced its policy chief, X" (a finite verb, the object's head an office
  // holder: a lexicon title or a plural of kOfficeHolders, within the object noun phrase; not
  // "replaced the roof", not a party's "replaced its leader" chosen by vote), and "took over
  // the trade ministry" (an office of kOffices as object: the subject takes it).
  const EventTrigger* personnel_phrase(uint32_t t, const Sentence& s, const std::string& l,
                                       const std::string& next) const {
    if (!past_form(t, s) || (t > s.first_token && lower(t - 1) == "to")) return nullptr;
    if (l == "replace") {
      if (t + 1 < s.end_token && mention_of_[t + 1] >= 0) return nullptr;  // "replaced Calhoun as"
      // "replaced prime minister X with Y": kReplacedWith reads Y.
      for (uint32_t k = t + 1; k < s.end_token && k < t + 9 && !in(kNpBreaks, lower(k)); ++k)
        if (lower(k) == "with") return nullptr;
      for (uint32_t k = t + 1; k < s.end_token && k < t + 6; ++k) {
        std::string w = lower(k);
        if (in(kNpBreaks, w) || in(kPrepositions, w) || (mention_of_[k] >= 0 && !in(kPossessivePronouns, w))) break;
        if (in(kContestedOffices, w)) break;
        if (in(kOfficeHolders, w) || match_title(lex_, doc_, k, s.end_token)) return &kReplacedOffice;
      }
    }
    if (l == "take" && next == "over")
      for (uint32_t k = t + 2; k < s.end_token && k < t + 6; ++k) {
        std::string w = lower(k);
        if (in(kNpBreaks, w) || in(kPrepositions, w) || mention_of_[k] >= 0) break;
        if (in(kOffices, w)) return &kTookOverOffice;
      }
    return nullptr;
  }

  // Acts of courts, police and governments whose object or particle decides the event (CAMEO):
  // "granted (him) (political) asylum" AID (075); "declared X persona non grata" SANCTION (16,
  // expulsion); "has been held by police" ARREST (17, the one held a person, checked in
  // process); "prosecutors/police questioned X" INVESTIGATE (09); "was barred from running /
  // standing" COERCE (172, a ban on a candidate); "called X to congratulate/thank/discuss" MEET
  // (a phone call; "to concede" stays the concession of the purpose clause); "struck down" a
  // law or a decision REJECT (12); "dissolved the party" COERCE (172). Finite past forms only.
  const EventTrigger* state_act_phrase(uint32_t t, const Sentence& s, const std::string& l,
                                       const std::string& next) const {
    auto passive = [&]() { return t > s.first_token && in(kPassive, lower(t - 1)); };
    const bool past = past_form(t, s) || lower(t) == "struck" || passive();  // "was thrown"
    if (!past || (t > s.first_token && lower(t - 1) == "to")) return nullptr;
    if ((l == "grant" || l == "give") && object_has(t, s, 5, {"asylum"})) return &kGrantedAsylum;
    if (l == "declare")
      for (uint32_t k = t + 1; k + 2 < s.end_token && k < t + 10; ++k) {
        if (lower(k) == "persona" && lower(k + 1) == "non" && lower(k + 2) == "grata") return &kExpelled;
        if (lower(k) == "." || lower(k) == ";") break;
      }
    if (l == "hold" && passive() && next == "by")
      for (uint32_t k = t + 2; k < s.end_token && k < t + 5; ++k)
        if (in(kCustodians, lower(k))) return &kHeldInCustody;
    if (l == "question" && !passive()) {
      uint32_t k = t;
      while (k > s.first_token && (in(kVerbCues, lower(k - 1)) || in(kPassive, lower(k - 1)) ||
                                   lower(k - 1) == "also" || lower(k - 1) == "have" || lower(k - 1) == "has"))
        --k;
      if (k > s.first_token && in(kCustodians, lower(k - 1))) return &kQuestioned;
    }
    if ((l == "bar" || l == "ban" || l == "disqualify") && passive())
      for (uint32_t k = t + 1; k + 1 < s.end_token && k < t + 4; ++k)
        if (lower(k) == "from" && in(kCandidacies, lower(k + 1))) return &kBarredCandidate;
    if (l == "call" && t + 1 < s.end_token && mention_of_[t + 1] >= 0 &&
        doc_.mentions[mention_of_[t + 1]].type == EntityType::kPerson) {
      uint32_t k = doc_.mentions[mention_of_[t + 1]].end_token;
      if (k + 1 < s.end_token && lower(k) == "to" && in(kCourtesies, lemma(k + 1))) return &kCalledToCongratulate;
    }
    if (l == "strike" && next == "down") return &kStruckDown;
    // "police forced their way into the embassy", "stormed the parliament": entry by force.
    if (l == "force" && t + 3 < s.end_token && in(kPossessivePronouns, lower(t + 1)) && lower(t + 2) == "way" &&
        lower(t + 3) == "into")
      return &kStormed;
    if (l == "storm" && object_in(t, s, 4, kStormedPlaces)) return &kStormed;
    // "was thrown to the ground by officers": violence on a person (CAMEO 18).
    if ((l == "throw" || l == "push" || l == "shove" || l == "drag" || l == "knock") && passive())
      for (uint32_t k = t + 1; k + 2 < s.end_token && k < t + 4; ++k)
        if (lower(k) == "to" && lower(k + 1) == "the" && lower(k + 2) == "ground") return &kAssaulted;
    if (l == "dissolve" && object_has(t, s, 4, {"party", "movement", "group"})) return &kDissolvedParty;
    return nullptr;
  }

  // "Governments across Latin America, from Brazil to Colombia, condemned the raid", "Several
  // countries, including Peru and Chile, sent aid": a comma-set range ("from X to Y") or list of
  // examples ("including", "such as") right before the verb, after a plural common noun (its
  // lemma differs from its form), names the acting members. Empty when there is none.
  std::vector<int32_t> listed_members(uint32_t np_start, const Sentence& s) {
    std::vector<int32_t> out;
    if (np_start < s.first_token + 4 || text(np_start - 1) != ",") return out;
    uint32_t c = np_start - 1;
    while (c > s.first_token && np_start - c < 14) {
      --c;
      if (text(c) == ",") break;
    }
    if (text(c) != "," || c == s.first_token) return out;
    const std::string opener = lower(c + 1);
    bool range = opener == "from";
    if (!range && opener != "including" && !(opener == "such" && lower(c + 2) == "as")) return out;
    bool plural_head = false;
    for (uint32_t k = c; k > s.first_token && c - k < 6;) {
      --k;
      if (doc_.tokens[k].upos == "NOUN" && mention_of_[k] < 0 && lemma(k) != lower(k)) plural_head = true;
      if (verb_like(k)) break;
    }
    if (!plural_head) return out;
    bool to = false;
    for (uint32_t k = c + 2; k + 1 < np_start; ++k) {
      if (lower(k) == "to") to = true;
      int32_t mi = mention_of_[k];
      if (mi < 0 || adjectival(mi)) continue;
      int32_t e = participant(mi);
      if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
      k = doc_.mentions[mi].end_token - 1;
    }
    if (range && !to) out.clear();
    return out;
  }

  // "X took over the trade ministry, Y internal affairs and Z agriculture": the people of a
  // gapped list after the object (a name, then one to three lower-case words, joined by a
  // comma or "and") take over too.
  std::vector<int32_t> gapped_subjects(uint32_t t, const Sentence& s) {
    std::vector<int32_t> out;
    uint32_t k = t + 1;
    while (k < s.end_token && text(k) != ",") {
      if (in(kNpBreaks, lower(k)) || mention_of_[k] >= 0) return out;
      ++k;
    }
    while (k + 1 < s.end_token && (text(k) == "," || lower(k) == "and")) {
      int32_t mi = mention_of_[k + 1];
      if (mi < 0 || doc_.mentions[mi].type != EntityType::kPerson || doc_.mentions[mi].first_token != k + 1) break;
      uint32_t r = doc_.mentions[mi].end_token, words = 0;
      while (r < s.end_token && words < 4 && has_letter(doc_, r) && !is_capitalised(doc_, r) &&
             mention_of_[r] < 0 && lower(r) != "and" && !verb_like(r)) {
        ++r;
        ++words;
      }
      if (words == 0 || words > 3) break;
      out.push_back(participant(mi));
      k = r;
    }
    return out;
  }

  // Seizures of power, hacks, ultimatums, probes, relief arrivals, concluded deals and
  // successions (CAMEO 17, 18, 13, 09, 07, 05; APPOINT): "seized power" (a coup is COERCE),
  // "overthrew/toppled/deposed X", "sent troops into X" (FIGHT), "hacked X", "broke into X's
  // systems" (ATTACK), "gave X a week to <verb>", "threatened/warned ... use force" (THREATEN),
  // "placed X under investigation" (INVESTIGATE), "relief flights landed in X" (AID),
  // "concluded negotiations on a trade agreement" (AGREE), "replaced X as chief executive"
  // (APPOINT).
  const EventTrigger* coup_cyber_or_probe_phrase(uint32_t t, const Sentence& s) const {
    std::string l = phrase_verb(t), next = word_at(t + 1, s);
    if ((l == "seize" || l == "grab" || l == "usurp") && object_has(t, s, 2, {"power"})) return &kSeizedPower;
    if ((l == "overthrow" || l == "topple" || l == "depose") && past_form(t, s) && t + 1 < s.end_token &&
        (mention_of_[t + 1] >= 0 || object_in(t, s, 3, kGovernments)))
      return &kSeizedPower;
    if (in(kPostureVerbs, l) && object_in(t, s, 6, kForces))
      for (uint32_t k = t + 1; k + 1 < s.end_token && k < t + 8; ++k) {
        if (lower(k) == "into" && mention_of_[k + 1] >= 0 && is_place_type(doc_.mentions[mention_of_[k + 1]].type))
          return &kInvaded;
        if (in(kNpBreaks, lower(k))) break;
      }
    if ((l == "hack" || l == "breach") && past_form(t, s) && t + 1 < s.end_token && mention_of_[t + 1] >= 0)
      return &kHacked;
    if (l == "break" && next == "into")
      for (uint32_t k = t + 2; k < s.end_token && k < t + 7; ++k) {
        if (in(kComputerWords, lower(k))) return &kHacked;
        if (in(kNpBreaks, lower(k))) break;
      }
    // "gave the junta one week to release", "gave Iran 48 hours to": a deadline with a demand.
    if (l == "give" && past_form(t, s))
      for (uint32_t k = t + 2; k + 2 < s.end_token && k < t + 9; ++k) {
        if (in(kNpBreaks, lower(k))) break;
        if (in(kDeadlineUnits, lower(k)) && lower(k + 1) == "to" && doc_.tokens[k + 2].upos == "VERB")
          return &kUltimatum;
      }
    // "threatened military action", "warned that it could use force".
    if ((l == "warn" || l == "threaten") && !lower(t).ends_with("ing"))
      for (uint32_t k = t + 1; k + 1 < s.end_token && k < t + 9; ++k) {
        std::string w = lower(k), w2 = lower(k + 1);
        if ((w == "use" && (w2 == "force" || w2 == "military")) ||
            (w == "military" && (w2 == "action" || w2 == "intervention" || w2 == "force")))
          return &kThreatenedForce;
        if (w == ";" || w == "." || w == "if" || w == "unless") break;
      }
    // "placed the minister under formal investigation".
    if ((l == "place" || l == "put") && past_form(t, s))
      for (uint32_t k = t + 1; k + 1 < s.end_token && k < t + 9; ++k) {
        if (lower(k) == "under" && (lemma(k + 1) == "investigation" ||
                                    (k + 2 < s.end_token && lemma(k + 2) == "investigation")))
          return &kPlacedUnderInvestigation;
        if (in(kNpBreaks, lower(k)) && lower(k) != ",") break;
      }
    // "The first relief flights landed in Tonga", "an aid convoy reached Gaza".
    if ((l == "land" || l == "arrive" || l == "reach" || (l == "touch" && next == "down")) && past_form(t, s))
      for (uint32_t k = t; k > s.first_token && t - k < 4;) {
        --k;
        if (!in(kAidCarriers, lower(k))) continue;
        if (k > s.first_token && in(kReliefWords, lemma(k - 1))) return &kAidLanded;
        break;
      }
    // "concluded negotiations on a free trade agreement", "finalised a trade deal with Japan".
    if ((l == "conclude" || l == "finalise" || l == "finalize") && past_form(t, s))
      for (uint32_t k = t + 1; k < s.end_token && k < t + 9; ++k) {
        if (in(kAgreementNouns, lower(k))) return &kConcludedDeal;
        if (in(kNpBreaks, lower(k))) break;
      }
    if (const EventTrigger* p = personnel_phrase(t, s, l, next)) return p;
    if (const EventTrigger* p = state_act_phrase(t, s, l, next)) return p;
    // "replaced Calhoun as chief executive": the new holder (subject) and the old (object).
    if (l == "replace" && t + 1 < s.end_token && mention_of_[t + 1] >= 0 &&
        doc_.mentions[mention_of_[t + 1]].type == EntityType::kPerson) {
      uint32_t k = doc_.mentions[mention_of_[t + 1]].end_token;
      // Not "replaced Trudeau as Liberal leader", "as the Democratic candidate": a party's
      // choice is a contest, not an appointment (the team's gold codes none).
      bool chosen_by_vote = false;
      for (uint32_t j = k + 1; j < s.end_token && j < k + 6; ++j)
        if (in(kContestedOffices, lower(j))) chosen_by_vote = true;
      if (word_at(k, s) == "as" && !chosen_by_vote)
        for (uint32_t j = k + 1; j < s.end_token && j < k + 5; ++j)
          if (match_title(lex_, doc_, j, s.end_token)) return &kReplacedAs;
    }
    return nullptr;
  }

  // The last mention of `entity` before t in sentence s stands after "in" or after "and" in a
  // list that "in" opens ("workers in Washington state and Oregon").
  bool placed_in_phrase(int32_t entity, uint32_t t, const Sentence& s) const {
    for (uint32_t k = t; k > s.first_token;) {
      --k;
      int32_t mi = mention_of_[k];
      if (mi < 0 || doc_.mentions[mi].entity != entity) continue;
      uint32_t first = doc_.mentions[mi].first_token;
      if (first <= s.first_token) return false;
      if (lower(first - 1) == "in") return true;
      if (lower(first - 1) != "and") return false;
      for (uint32_t j = first - 1; j > s.first_token && first - j < 6;) {
        --j;
        if (lower(j) == "in") return true;
        if (!has_letter(doc_, j)) return false;
      }
      return false;
    }
    return false;
  }

  // The parse gives verb t a common-noun subject that the prepositional name at `name`
  // modifies ("workers in Ruritania and Borduria walked out").
  bool common_noun_subject(uint32_t t, uint32_t name) const {
    return std::any_of(children_[t].begin(), children_[t].end(), [&](uint32_t c) {
      return doc_.tokens[c].deprel == "nsubj" && doc_.tokens[c].upos == "NOUN" && mention_of_[c] < 0 &&
             doc_.tokens[name].head == static_cast<int32_t>(c);
    });
  }

  // An AID event was found in sentence s or the one before it.
  bool aid_just_sent(uint32_t s) const {
    for (auto e = doc_.events.rbegin(); e != doc_.events.rend() && e->sentence + 1 >= s; ++e)
      if (e->type == "AID") return true;
    return false;
  }

  // Force and promises (CAMEO 15, 13, 03): "deployed troops", "massed tanks", "put its forces
  // on alert", "held military drills" (MILITARY_POSTURE); "warned Russia", "warned of
  // retaliation", "vowed to retaliate", "said it would retaliate" (THREATEN); "pledged $50
  // million", "promised to help rebuild" (INTENT_TO_COOPERATE).
  const EventTrigger* force_or_pledge_phrase(uint32_t t, const Sentence& s) const {
    std::string l = phrase_verb(t), next = word_at(t + 1, s);
    if (in(kPostureVerbs, l) && object_in(t, s, 6, kForces)) {
      // "sent a navy ship with tents and medical supplies": forces that carry relief are aid.
      for (uint32_t k = t + 1; k < s.end_token && k < t + 12; ++k)
        if (in(kReliefWords, lemma(k))) return &kSentAid;
      // "New Zealand sent a plane with water. Australia sent a second aircraft.": a carrier
      // (not troops) sent right after aid was sent carries aid too.
      if (object_in(t, s, 4, kAidCarriers) && aid_just_sent(sentence_of(t))) return &kSentAid;
      return &kDeployed;
    }
    // "put its forces on high alert".
    if ((l == "put" || l == "place") && object_in(t, s, 5, kForces))
      for (uint32_t k = t + 2; k < s.end_token && k < t + 9; ++k)
        if (lower(k) == "alert") return &kDeployed;
    if (in(kExerciseVerbs, l)) {
      std::vector<std::string> o = object_words(t, s, 6);
      bool drill = false, military = false;
      for (const std::string& w : o) {
        if (in(kDrills, w)) drill = true;
        if (in(kMilitaryWords, w)) military = true;
      }
      if (drill && military) return &kDeployed;
    }
    if (l == "warn") {
      // "warned Moscow against", "warned Israel that": a named addressee is threatened; "warned
      // of retaliation": a hostile act named. Not "warned that prices may rise" (a forecast).
      // Not "..., warned Kargar" (the speaker after a quote) nor "warned he would" (a clause).
      bool inverted = t > s.first_token && !has_letter(doc_, t - 1);
      if (t + 1 < s.end_token && mention_of_[t + 1] >= 0 && !adjectival(mention_of_[t + 1]) &&
          doc_.mentions[mention_of_[t + 1]].type != EntityType::kNorp && !inverted) {
        uint32_t after = doc_.mentions[mention_of_[t + 1]].end_token;
        bool clause = after < s.end_token && (in(kModals, lower(after)) || in(kPassive, lower(after)) ||
                                              lower(after) == "had" || lower(after) == "has" ||
                                              doc_.tokens[after].upos == "VERB" || doc_.tokens[after].upos == "AUX");
        if (!clause) return &kWarned;
      }
      if ((next == "of" || next == "against") && t + 2 < s.end_token)
        for (uint32_t k = t + 2; k < s.end_token && k < t + 6; ++k) {
          if (in(kHostileActs, lemma(k))) return &kWarned;
          if (in(kNpBreaks, lower(k))) break;
        }
      return nullptr;
    }
    // "vowed to retaliate", "pledged to hit back": a promise of a hostile act.
    if (in(kPromises, l) && to_verb(t, s, kRetaliations)) return &kVowed;
    // "the bloc would also retaliate", "China will hit back": retaliation stated to come.
    // Not "fear that China could retaliate": "will"/"would" in a main or reported clause.
    if ((l == "retaliate" || (l == "hit" && next == "back")) && will_before(t, s)) {
      const Token& tok = doc_.tokens[t];
      bool embedded = tok.deprel == "ccomp" && tok.head >= 0 && !find_reporting_verb(lex_, text(static_cast<uint32_t>(tok.head)));
      if (!embedded) return &kVowed;
    }
    // "pledged $50 million in aid", "promised to help rebuild the city": a commitment to help.
    if ((in(kPromises, l) || l == "commit") && past_form(t, s)) {
      if (to_verb(t, s, kHelpingVerbs)) return &kPledged;
      if (in(kPromises, l) && object_in(t, s, 6, kAidWords)) return &kPledged;
    }
    return nullptr;
  }

  // Relations cut and conflicts eased (CAMEO 16, 08, 17, 18, 19): "severed ties with",
  // "recalled its ambassador", "froze the assets of", "cut aid to" (SANCTION); "withdrew its
  // troops", "handed over", "backed down", "lifted the curfew" (YIELD); "imposed a curfew",
  // "cracked down on", "seized the tanker" (COERCE); "took hostages" (ATTACK); "opened fire on"
  // (FIGHT); "taken into custody" (ARREST); "arrived in Beijing" (VISIT); "took to the streets"
  // (PROTEST); "stood down", "stepped aside" (RESIGN); "defeated X" in a contest (ELECTION).
  const EventTrigger* relations_or_yield_phrase(uint32_t t, const Sentence& s) const {
    std::string l = phrase_verb(t), next = word_at(t + 1, s);
    if (in(kSeverVerbs, l) && object_in(t, s, 4, kTies)) return &kCutTies;
    if (l == "break" && next == "off" && object_in(t + 1, s, 4, kTies)) return &kCutTies;
    if ((l == "recall" || l == "expel") && object_in(t, s, 4, kEnvoys)) return &kCutTies;
    if (l == "freeze" && object_has(t, s, 4, {"asset", "account"})) return &kCutTies;
    if ((l == "cut" || l == "suspend" || l == "halt" || l == "freeze") && object_has(t, s, 4, {"aid", "assistance"}))
      return &kCutTies;
    // "suspended its budget support and security cooperation with Niger" (CAMEO 16, reduce
    // relations); the cooperation noun under it is no cooperation (process).
    if ((l == "suspend" || l == "halt" || l == "freeze") && past_form(t, s))
      for (uint32_t k = t + 1; k + 1 < s.end_token && k < t + 8; ++k) {
        if (in(kNpBreaks, lower(k))) break;
        if ((lower(k) == "cooperation" || lower(k) == "support") &&
            (lower(k + 1) == "with" || lower(k + 1) == "to" || lower(k + 1) == "for"))
          return &kCutTies;
      }
    if ((l == "withdraw" || l == "pull") && object_in(t + (next == "out" ? 1 : 0), s, 5, kForces)) return &kWithdrewForces;
    // "handed over power", "backed down"; not "handing over 1.3 million" (a payment).
    if (((l == "hand" && next == "over") || (l == "back" && next == "down")) && !lower(t).ends_with("ing") &&
        !object_has(t + 1, s, 5, {"million", "billion", "$", "money", "cash"}))
      return &kHandedOver;
    if (in(kEasings, l) && object_in(t, s, 4, kRestrictions)) return &kHandedOver;
    // ("declared a curfew" is a declaration, ANNOUNCE, as the team's gold codes declarations.)
    if ((l == "impose" || l == "enforce") && object_has(t, s, 4, {"curfew", "lockdown", "martial"}))
      return &kCoerced;
    if (l == "crack" && next == "down") return &kCoerced;
    if (l == "seize" && !object_in(t, s, 4, kNotSeized)) {
      // "rebels seized Kisangani": taking a place by force occupies territory (CAMEO 192).
      uint32_t o = t + 1;
      while (o < s.end_token && in(kDeterminers, lower(o))) ++o;
      if (o < s.end_token && lower(o) == "capital") ++o;  // "seized the capital Mogadishu"
      if (o < s.end_token && mention_of_[o] >= 0 && is_place_type(doc_.mentions[mention_of_[o]].type))
        return &kOccupied;
      // Property seized ("seized computer sets", "seizing land") names its taker too seldom to
      // be kept: on 600 held-out TE3 articles one in four was right.
      return nullptr;
    }
    if (l == "take" && object_has(t, s, 4, {"hostage", "hostages"})) return &kTookHostage;
    if (l == "open" && next == "fire") return &kOpenedFire;
    if (l == "take")  // "was taken into custody", "took the two men into custody"
      for (uint32_t k = t + 1; k + 1 < s.end_token && k < t + 7; ++k)
        if (lower(k) == "into" && lower(k + 1) == "custody") return &kTakenIntoCustody;
    if (l == "arrive" && (next == "in" || next == "at") && t + 2 < s.end_token && mention_of_[t + 2] >= 0 &&
        is_place_type(doc_.mentions[mention_of_[t + 2]].type))
      return &kTravelled;
    if (l == "take" && next == "to" && (word_at(t + 3, s) == "streets" || word_at(t + 2, s) == "streets"))
      return &kTookToStreets;
    // "stood down", "would stand down"; not "suggested that Mobutu stand down" (a wish).
    if ((l == "stand" || l == "step") && (next == "down" || next == "aside") &&
        (past_form(t, s) || lower(t) == "stood" || modal_before(t, s)))
      return &kStoodDown;
    if ((l == "defeat" || l == "beat" || l == "unseat") && t + 1 < s.end_token && mention_of_[t + 1] >= 0 &&
        contest_nearby(sentence_of(t))) {
      EntityType type = doc_.mentions[mention_of_[t + 1]].type;
      if (type == EntityType::kPerson || type == EntityType::kOrg || type == EntityType::kNorp) return &kDefeated;
    }
    return nullptr;
  }

  // Courts and offices (CAMEO 17, 11, 12; APPOINT): "found X guilty", "revoked his bail",
  // "testified against X", "refused to grant an injunction", "took office", "replaced X with Y".
  const EventTrigger* court_or_office_phrase(uint32_t t, const Sentence& s) const {
    std::string next = word_at(t + 1, s);
    if (is_verb(t, "find"))
      for (uint32_t k = t + 1; k < s.end_token && k < t + 7; ++k) {
        if (lower(k) == "guilty") return &kFoundGuilty;
        if (in(kNpBreaks, lower(k)) && lower(k) != ",") break;
      }
    if (is_verb(t, "revoke") && object_has(t, s, 4, {"bail", "parole", "probation"})) return &kRevokedBail;
    if (is_verb(t, "testify") && next == "against") return &kTestified;
    // "told jurors that he had directed her": testimony in court accuses.
    if (is_verb(t, "tell") && object_has(t, s, 2, {"juror", "jury", "court", "judge", "prosecutor", "investigator"}))
      return &kTestified;
    // "refused to grant an injunction", not "refused to comment".
    if (is_verb(t, "refuse") && past_form(t, s))
      for (uint32_t k = t + 1; k + 1 < s.end_token && k < t + 5; ++k)
        if (lower(k) == "to") {  // "refused in July to grant"
          if (!in(kSpeechVerbs, lemma(k + 1))) return &kRefused;
          break;
        }
    // "refused a request for another adjournment", "before refusing their application" (CAMEO
    // 12, reject a request or proposal); a gerund only as an act after "before"/"after".
    if (is_verb(t, "refuse") &&
        (past_form(t, s) || (lower(t).ends_with("ing") && t > s.first_token &&
                             (lower(t - 1) == "before" || lower(t - 1) == "after"))) &&
        object_has(t, s, 3, {"request", "application", "appeal", "bid", "motion", "demand", "offer", "plea"}))
      return &kRefused;
    if (is_verb(t, "take") && next == "office" && past_form(t, s)) return &kTookOffice;
    // "... asked the president to call an election, but Rebelo de Sousa declined": a bare
    // refusal by a named person or state (not "declined to comment", not "sales declined 3%").
    if (lower(t) == "declined" && t > s.first_token && mention_of_[t - 1] >= 0 &&
        (next == "." || next == "," || next == ";") &&
        (doc_.mentions[mention_of_[t - 1]].type == EntityType::kPerson ||
         doc_.mentions[mention_of_[t - 1]].type == EntityType::kGpe))
      return &kRefused;
    // ("replaced his interior minister, A, with B": past an appositive.)
    if (is_verb(t, "replace"))
      for (uint32_t k = t + 1; k < s.end_token && k < t + 12; ++k) {
        if (in(kNpBreaks, lower(k)) && lower(k) != ",") break;
        if (lower(k) == "with" && k + 1 < s.end_token && mention_of_[k + 1] >= 0 &&
            doc_.mentions[mention_of_[k + 1]].type == EntityType::kPerson)
          return &kReplacedWith;
      }
    return nullptr;
  }

  // Contests (ELECTION): "won in Wayanad", "lost to Truss", "claimed victory in the
  // election", "held his seat". A place after "won in" and a person after "lost to"
  // ("Argentina lost to Saudi Arabia" is a match, not a vote); victory only in a sentence that
  // names an electoral word.
  const EventTrigger* contest_phrase(uint32_t t, const Sentence& s) const {
    std::string next = word_at(t + 1, s);
    auto is_a = [&](uint32_t k, EntityType type) {
      return k < s.end_token && mention_of_[k] >= 0 && doc_.mentions[mention_of_[k]].type == type;
    };
    if (is_verb(t, "win") && next == "in") {
      uint32_t k = t + 2;
      if (word_at(k, s) == "both" || word_at(k, s) == "the") ++k;
      if (is_a(k, EntityType::kGpe) || is_a(k, EntityType::kLoc)) return &kWonIn;
    }
    if (is_verb(t, "lose") && next == "to" && is_a(t + 2, EntityType::kPerson)) return &kLostTo;
    if ((is_verb(t, "claim") || is_verb(t, "declare")) && object_has(t, s, 2, {"victory", "win"}))
      for (uint32_t k = s.first_token; k < s.end_token; ++k)
        if (in(kContests, lower(k)) || in(kElectoralObjects, lower(k))) return &kClaimedVictory;
    if (is_verb(t, "hold") && past_form(t, s) && object_has(t, s, 4, {"seat"})) return &kHeldSeat;
    return nullptr;
  }

  // "declared three days of national mourning", "declared a state of emergency", "announced
  // the deal" (ANNOUNCE); "sent rescue teams", "accepted offers of aid" (AID, CAMEO 07);
  // "walked out" (PROTEST 14).
  const EventTrigger* declaration_or_aid_phrase(uint32_t t, const Sentence& s) const {
    std::string next = word_at(t + 1, s);
    if ((is_verb(t, "declare") || is_verb(t, "proclaim")) && object_has(t, s, 8, {"mourning", "emergency", "curfew", "martial", "independence"}))
      return &kDeclared;
    // "declared the spread of mpox in Africa a global health emergency": the state declared
    // after the object and its phrases (up to a clause break).
    if (is_verb(t, "declare") && past_form(t, s))
      for (uint32_t k = t + 1; k < s.end_token && k < t + 15; ++k) {
        std::string w = lower(k);
        if (w == "," || w == ";" || w == "." || w == "that" || w == "which" || w == "who") break;
        if (w == "emergency" || w == "pandemic" || w == "epidemic" || w == "disaster") return &kDeclared;
      }
    if (is_verb(t, "announce") && object_has(t, s, 5, {"deal", "takeover", "merger", "acquisition", "purchase"}))
      return &kDeclared;
    if ((is_verb(t, "send") || is_verb(t, "accept") || is_verb(t, "deliver") || is_verb(t, "dispatch") || is_verb(t, "deploy")) &&
        past_form(t, s) && object_has(t, s, 6, {"aid", "assistance", "relief", "rescuer", "help", "firefighter", "firefighters"}))
      return &kSentAid;
    // "provided food and tents", "flew in rescue teams", "airlifted medical supplies" (CAMEO 07;
    // not "gave humanitarian agencies an ultimatum").
    if ((is_verb(t, "provide") || is_verb(t, "supply") || is_verb(t, "airlift") || is_verb(t, "ship") ||
         ((is_verb(t, "fly") || lower(t) == "flew") && next == "in")) &&
        (past_form(t, s) || lower(t) == "flew")) {
      uint32_t base = next == "in" ? t + 1 : t;
      if (object_in(base, s, 6, kReliefWords) && !object_has(base, s, 6, {"water"})) return &kSentAid;
      std::vector<std::string> o = object_words(base, s, 6);
      for (size_t i = 0; i + 1 < o.size(); ++i)
        if ((o[i] == "rescue" || o[i] == "search" || o[i] == "medical") && (o[i + 1] == "team" || o[i + 1] == "teams"))
          return &kSentAid;
    }
    if ((is_verb(t, "send") || is_verb(t, "accept") || is_verb(t, "dispatch") || is_verb(t, "deploy")) && past_form(t, s)) {
      std::vector<std::string> o = object_words(t, s, 6);
      for (size_t i = 0; i + 1 < o.size(); ++i)
        if ((o[i] == "rescue" || o[i] == "search" || o[i] == "relief" || o[i] == "medical") &&
            (o[i + 1] == "team" || o[i + 1] == "worker"))
          return &kSentAid;
    }
    if (is_verb(t, "walk") && next == "out" && past_form(t, s)) return &kWalkedOut;
    // "sent a plane with drinking water and generators": a carrier of relief.
    if ((is_verb(t, "send") || is_verb(t, "dispatch")) && past_form(t, s) && object_in(t, s, 5, kAidCarriers))
      for (uint32_t k = t + 2; k < s.end_token && k < t + 10; ++k) {
        if (in(kReliefWords, lemma(k)) || lower(k) == "generators" || lower(k) == "shelter") return &kSentAid;
        if (lower(k) == "." || lower(k) == ";") break;
      }
    // "The outbreak was declared on Friday", "a state of emergency was declared".
    if (is_verb(t, "declare") && t > s.first_token + 1 && in(kPassive, lower(t - 1)))
      for (uint32_t k = t - 1; k > s.first_token && t - k < 5;) {
        --k;
        if (in(kDeclaredStates, lower(k))) return &kDeclared;
      }
    return nullptr;
  }

  // Fourth round, by verb class and argument rather than by phrase (CAMEO root classes whose
  // verb is too general to list alone; the object, the particle or the subject decides):
  //   AGREE 05    reach/strike/seal/clinch/finalise + an agreement noun ("reached an agreement
  //               in principle", "struck a deal"); endorse/back + a plan or a mission
  //   REJECT 12   call off/halt/scrap/abandon/bar/cancel + a deal or a plan ("called off its
  //               merger", "a judge barred the deal"); dismiss/deny/overturn/quash/throw out + a
  //               claim at law or a request ("dismissed the lawsuit", "denied the request");
  //               "ruled/declared X unconstitutional/unlawful/invalid"
  //   DEMAND 10   seek/demand/claim + what is owed or wanted from another ("is seeking damages",
  //               "sought his extradition")
  //   ANNOUNCE    announce/unveil + a plan of action ("announced a share buyback")
  //   ACCUSE 11   bring/file/lodge + a case at law, active or passive ("the case was brought by
  //               X", "filed a complaint against Y")
  //   ELECTION    "ran for president/office/re-election"; voters (or "N percent of" a people)
  //               who reject, approve or back a proposal in a vote (a referendum)
  //   MEET 04     attend + a summit, meeting or conference ("attended the summit")
  //   VISIT 04    "landed in" a place (as "arrived in")
  //   INTENT_TO_COOPERATE 03  "will send personnel/troops/aid" in a reported clause
  // nullptr when `t` is none of them.
  const EventTrigger* argument_class_phrase(uint32_t t, const Sentence& s) const {
    std::string l = lemma(t), next = word_at(t + 1, s);
    if (in(kSealingVerbs, l) && object_head_in(t, s, 5, kAgreementObjects)) return &kReachedDeal;
    if ((l == "endorse" || l == "back") && object_head_in(t, s, 4, kApprovedPlans)) return &kApprovedPlan;
    bool call_off = l == "call" && next == "off";
    if ((call_off || in(kStoppingVerbs, l)) && object_head_in(t + (call_off ? 1 : 0), s, 5, kDealsAndPlans))
      return &kCalledOffDeal;
    bool thrown_out = l == "throw" && next == "out";
    if ((thrown_out || in(kDismissingVerbs, l)) && object_head_in(t + (thrown_out ? 1 : 0), s, 4, kClaimsAtLaw))
      return &kCalledOffDeal;
    if ((l == "rule" || l == "declare") && voided_by_ruling(t, s)) return &kCalledOffDeal;
    // (Past an amount: "is seeking a $600 million break-up fee".)
    if ((l == "seek" || l == "demand" || l == "claim") && object_head_in(t, s, 8, kDemandedThings)) return &kSought;
    if ((l == "announce" || l == "unveil") && object_head_in(t, s, 5, kAnnouncedActs)) return &kDeclared;
    if ((l == "bring" || l == "file" || l == "lodge") && case_at_law(t, s)) return &kFiledCase;
    if (l == "run" && next == "for" && (lower(t) == "ran" || perfect(t, s)) &&
        object_head_in(t + 1, s, 4, kElectedOffices))
      return &kRanFor;
    if (in(kBallotVerbs, l) && voters_subject(t, s)) return &kReferendumVote;
    // ("Both leaders attended a meeting": the meeting noun has the pair, process.)
    if (l == "attend" && past_form(t, s) && object_head_in(t, s, 8, kGatherings) &&
        !(t > s.first_token && in(kGroupNouns, lower(t - 1))))
      return &kAttendedMeeting;
    if (l == "land" && (next == "in" || next == "at") && t + 2 < s.end_token && mention_of_[t + 2] >= 0 &&
        is_place_type(doc_.mentions[mention_of_[t + 2]].type) && past_form(t, s))
      return &kLanded;
    if (stated_help(t, s)) return &kOffered;
    return class_phrase_more(t, s, l, next);
  }
  //   REJECT 12   "turned down the offer/request/bid/plan"
  //   PROTEST 14  "staged a rally/demonstration/sit-in", "demonstrated in/outside/against"
  //   ATTACK 18   "shot X dead", "gunned down X"
  //   FIGHT 19    "fought alongside/against X" (a state, an armed group) in a sentence of forces
  //   SANCTION 16 "revoked the licence/visa/accreditation" of someone
  //   COERCE 17   "shut down the newspaper/broadcaster/website" (171, 175)
  //   RESIGN      "relinquished the post/office/leadership"
  //   MEET 04     "received/welcomed" a person (the object a named person)
  //   APPOINT     "was confirmed as" an office
  //   ELECTION    voters who "cast" ballots
  const EventTrigger* class_phrase_more(uint32_t t, const Sentence& s, const std::string& l,
                                        const std::string& next) const {
    if (l == "turn" && next == "down" &&
        (object_head_in(t + 1, s, 5, kDealsAndPlans) || object_head_in(t + 1, s, 5, kOffersMade)))
      return &kCalledOffDeal;
    if (l == "stage" && past_form(t, s) && object_head_in(t, s, 4, kProtestActs)) return &kProtestedAgainst;
    if (l == "demonstrate" && in(kProtestPlaces, next) && !lower(t).ends_with("ing")) return &kProtestedAgainst;
    if (l == "shoot" && object_head_has(t, s, 6, {"dead"})) return &kShotDead;
    if (l == "gun" && next == "down") return &kShotDead;
    if ((l == "fight" || l == "battle") && past_form_or_fought(t, s) &&
        (next == "alongside" || next == "against") && armed_party_at(t + 2, s) && forces_nearby(s))
      return &kFought;
    if (l == "revoke" && object_head_has(t, s, 5, {"licence", "license", "visa", "accreditation", "permit",
                                              "citizenship", "passport"}))
      return &kRevoked;
    if ((l == "shut" && next == "down") || l == "close")
      if (object_head_in(t + (next == "down" ? 1 : 0), s, 5, kMediaOutlets)) return &kCoerced;
    if (l == "relinquish" && object_head_in(t, s, 4, kOffices)) return &kStoodDown;
    if ((l == "receive" || l == "welcome") && past_form(t, s) && person_object(t)) return &kReceived;
    if (l == "confirm" && t > s.first_token && in(kPassive, lower(t - 1)) && next == "as")
      for (uint32_t j = t + 2; j < s.end_token && j < t + 5; ++j)
        if (match_title(lex_, doc_, j, s.end_token)) return &kNamedAs;
    if (l == "cast" && voters_subject(t, s)) return &kReferendumVote;
    return nullptr;
  }
  bool past_form_or_fought(uint32_t t, const Sentence& s) const {
    return past_form(t, s) || lower(t) == "fought";
  }
  // A state, a people or an organisation named at k ("fought alongside Ethiopian forces").
  bool armed_party_at(uint32_t k, const Sentence& s) const {
    if (k < s.end_token && (lower(k) == "the" || lower(k) == "government")) ++k;
    if (k >= s.end_token || mention_of_[k] < 0) return false;
    EntityType type = doc_.mentions[mention_of_[k]].type;
    return type == EntityType::kGpe || type == EntityType::kOrg || type == EntityType::kNorp;
  }
  // Does sentence s speak of armed forces ("troops", "rebels", "militia")?
  bool forces_nearby(const Sentence& s) const {
    for (uint32_t k = s.first_token; k < s.end_token; ++k)
      if (in(kForces, lower(k)) || in(kArmedGroups, lower(k))) return true;
    return false;
  }
  // The parsed object of verb t is (the head of) a person's name ("received Lula", not "received
  // a letter from Lula", not "welcomed Lula's release").
  bool person_object(uint32_t t) const {
    for (uint32_t c : children_[t]) {
      if (doc_.tokens[c].deprel != "obj") continue;
      if (mention_of_[c] < 0) return false;
      const Mention& m = doc_.mentions[mention_of_[c]];
      if (m.type != EntityType::kPerson) return false;
      return m.end_token >= doc_.tokens.size() || (lower(m.end_token) != "'s" && lower(m.end_token) != "'");
    }
    return false;
  }
  // "faced criticism", "is facing sharp criticism": a form of "face" right before noun t, past
  // adjectives.
  bool faced_noun(uint32_t t, const Sentence& s) const {
    for (uint32_t k = t; k > s.first_token && t - k < 3;) {
      --k;
      if (in(kFace, lower(k))) return true;
      if (doc_.tokens[k].upos != "ADJ" && doc_.tokens[k].upos != "ADV") return false;
    }
    return false;
  }
  // Is entity e a state, an organisation or a person who holds an office (a position_held or
  // leader_of relation of extractor/relations.h, found before events)?
  bool official(int32_t e) const {
    EntityType type = doc_.entities[e].type;
    if (type == EntityType::kGpe || type == EntityType::kOrg) return true;
    return std::any_of(doc_.relations.begin(), doc_.relations.end(), [&](const Relation& r) {
      return r.subject == e && !r.negated && (r.predicate == "position_held" || r.predicate == "leader_of");
    });
  }
  // A stated intent to help (INTENT_TO_COOPERATE 03) in a clause a reporting verb governs, under
  // "will"/"would": "said they will send personnel", "has said it will fly in supplies", "said
  // the government would keep working closely with the bank" (help sent names personnel or
  // aid; work and cooperation name a partner with "with"); not "said it would provide details".
  bool stated_help(uint32_t t, const Sentence& s) const {
    if (!will_before(t, s) || !reported_clause(t)) return false;
    std::string l = lemma(t);
    uint32_t base = word_at(t + 1, s) == "in" ? t + 1 : t;  // "fly in supplies"
    if ((l == "send" || l == "provide" || l == "supply" || l == "deliver" || l == "dispatch" ||
         l == "contribute" || (l == "fly" && base > t)) &&
        (object_head_in(base, s, 4, kPersonnel) || object_head_in(base, s, 4, kReliefWords)))
      return true;
    uint32_t k = t;
    if (l == "keep" || l == "continue") ++k;  // "would keep working with"
    if (k >= s.end_token || (lemma(k) != "work" && lemma(k) != "cooperate")) return false;
    if (word_at(k + 1, s) == "closely" || word_at(k + 1, s) == "together") ++k;
    return word_at(k + 1, s) == "with" && entity_or_noun(k + 2 + (word_at(k + 2, s) == "the" ? 1 : 0), s);
  }
  // "has run", "had run": a perfect of an irregular verb that past_form does not know.
  bool perfect(uint32_t t, const Sentence& s) const {
    return t > s.first_token && (lower(t - 1) == "has" || lower(t - 1) == "have" || lower(t - 1) == "had");
  }
  // "ruled the deployment unconstitutional", "declared the election invalid": a voiding word
  // within the verb's object (not after a clause break).
  bool voided_by_ruling(uint32_t t, const Sentence& s) const {
    for (uint32_t k = t + 1; k < s.end_token && k < t + 10; ++k) {
      std::string w = lower(k);
      if (in(kVoidingWords, w)) return true;
      if (w == "." || w == ";" || w == "that" || w == "," || w == "on" || w == "in") return false;
    }
    return false;
  }
  // "filed a lawsuit against X", "brought a case", "the case was brought by X" (a passive whose
  // subject is the case).
  bool case_at_law(uint32_t t, const Sentence& s) const {
    if (object_in(t, s, 4, kCasesAtLaw)) return true;
    if (t < s.first_token + 2 || !in(kPassive, lower(t - 1))) return false;
    for (uint32_t k = t - 1; k > s.first_token && t - k < 6;) {
      --k;
      if (in(kCasesAtLaw, lemma(k))) return true;
      if (in(kNpBreaks, lower(k))) break;
    }
    return false;
  }
  // The subject of verb t is voters ("Chilean voters rejected", "voters in Ruritania backed") or
  // a share of a people ("78 percent of Chileans backed"): a vote by ballot.
  bool voters_subject(uint32_t t, const Sentence& s) const {
    for (uint32_t k = t; k > s.first_token && t - k < 9;) {
      --k;
      std::string w = lower(k);
      if (w == "voters" || w == "electorate" || w == "electors") return true;
      if ((w == "percent" || w == "%" || w == "per") && k + 2 < t && lower(k + 1) == "of" && mention_of_[k + 2] >= 0)
        return true;
      if (in(kNpBreaks, w) && w != ",") return false;
      if (doc_.tokens[k].upos == "VERB") return false;
    }
    return false;
  }
  // Verb t is the clause a reporting verb governs ("they have said they will send personnel").
  bool reported_clause(uint32_t t) const {
    const Token& tok = doc_.tokens[t];
    if (tok.head < 0 || (tok.deprel != "ccomp" && tok.deprel != "parataxis")) return false;
    std::string h = lemma(static_cast<uint32_t>(tok.head));
    return h == "say" || h == "announce" || h == "confirm" || h == "state" || h == "tell";
  }

  // The duty noun at t is a tariff: "on" right after it ("duties on Chinese steel"), a trade
  // word within three words before it ("import duties", "anti-dumping duty", "imposed
  // duties"), or a word of trade in its sentence ("tariffs", "imports", "exports", "goods").
  bool trade_duty(uint32_t t, const Sentence& s) const {
    if (t + 1 < s.end_token && (lower(t + 1) == "on" || lower(t + 1) == "of")) return true;
    for (uint32_t k = t; k > s.first_token && t - k < 3;) {
      --k;
      if (in(kDutyCues, lemma(k)) || in(kDutyCues, lower(k))) return true;
    }
    for (uint32_t k = s.first_token; k < s.end_token; ++k)
      if (in(kTradeWords, lower(k))) return true;
    // "The duties were announced by X", "imposed new duties": the verb of a tariff.
    int32_t h = doc_.tokens[t].head;
    if (h < 0) return false;
    std::string verb = lemma(static_cast<uint32_t>(h));
    return in(kDutyCues, verb) || verb == "announce" || verb == "lift";
  }

  // "vetoed the sanctions", "blocked new tariffs": an event noun that a verb of rejection takes
  // as its object is what was stopped, not an act of the verb's subject.
  bool rejected_object(uint32_t t) const {
    const Token& tok = doc_.tokens[t];
    if (tok.deprel != "obj" || tok.head < 0) return false;
    std::string h = lemma(static_cast<uint32_t>(tok.head));
    // (Likewise a deal called off or a lawsuit dismissed: "halted the merger", "dismissed the
    // lawsuit"; not "denied the accusation", which stays made.)
    return h == "veto" || h == "block" || h == "drop" || h == "withdraw" || in(kStoppingVerbs, h) ||
           (h != "deny" && in(kDismissingVerbs, h));
  }

  // The strike noun at t is a work stoppage: a cue word right before it ("on strike", "a general
  // strike") or a protest noun coordinated with it ("strikes and protests").
  bool work_stoppage(uint32_t t, const Sentence& s) const {
    if (t > s.first_token && in(kStrikeCues, lower(t - 1))) return true;
    auto protest_at = [&](uint32_t k) {
      return k >= s.first_token && k < s.end_token && (lemma(k) == "protest" || lemma(k) == "demonstration");
    };
    return (t + 2 < s.end_token && lower(t + 1) == "and" && protest_at(t + 2)) ||
           (t >= s.first_token + 2 && lower(t - 1) == "and" && protest_at(t - 2));
  }

  // The event noun at t is the object of a verb that puts it off or calls it off ("postponed a
  // state visit by King Charles", "cancelled the talks"), a determiner and modifiers between.
  bool called_off(uint32_t t, const Sentence& s) const {
    uint32_t k = t;
    for (int i = 0; i < 4 && k > s.first_token; ++i) {
      --k;
      if (in(kCallingOff, lower(k))) return true;
      if (in(kPrepositions, lower(k)) || !has_letter(doc_, k) || mention_of_[k] >= 0) return false;
    }
    return false;
  }

  // "replaced him with Jeremy Hunt": the person after "with" is the one appointed.
  // "accepted offers of rescue teams from four countries: Spain, Britain and Qatar": the
  // countries after "from" (and a colon) are the partners who give the aid.
  void phrase_arguments(uint32_t t, const EventTrigger& trig, const Sentence& s, Draft* d) {
    bool after_from = false;
    for (uint32_t k = t + 1; k < s.end_token; ++k) {
      std::string w = lower(k);
      if (&trig == &kReplacedWith && w == "with" && k + 1 < s.end_token && mention_of_[k + 1] >= 0) {
        d->patient = participant(mention_of_[k + 1]);
        return;
      }
      if (w == "from") after_from = true;
      else if (w == ";" || w == "." || w == "which" || w == "who") break;
      if (after_from && mention_of_[k] >= 0 && doc_.mentions[mention_of_[k]].first_token == k &&
          !adjectival(mention_of_[k]))
        d->partners.push_back(participant(mention_of_[k]));
    }
  }

  // "seized power on Wednesday, detaining Bazoum": the one a coup detains or ousts is its
  // patient; "broke into Medibank's systems": the owner of the systems is a hack's patient;
  // "relief flights landed in Tonga": the country reached receives the aid.
  void seizure_arguments(uint32_t t, const EventTrigger& trig, const Sentence& s, Draft* d) {
    if (&trig == &kSeizedPower && d->patient < 0) {
      for (uint32_t k = t + 1; k + 1 < s.end_token; ++k) {
        std::string l = lemma(k);
        if (l != "detain" && l != "arrest" && l != "oust" && l != "depose" && l != "overthrow" && l != "topple")
          continue;
        for (uint32_t j = k + 1; j < s.end_token && j < k + 6; ++j)
          if (mention_of_[j] >= 0 && doc_.mentions[mention_of_[j]].type == EntityType::kPerson) {
            d->patient = participant(mention_of_[j]);
            return;
          }
      }
    }
    uint32_t from = t + 1;
    if (&trig == &kHacked && word_at(t + 1, s) == "into") from = t + 2;
    else if (&trig == &kHacked) return;
    for (uint32_t k = from; k < s.end_token && k < from + 4; ++k) {
      int32_t mi = mention_of_[k];
      if (mi < 0) continue;
      if (&trig == &kHacked && d->patient < 0) d->patient = participant(mi);
      if (&trig == &kAidLanded && doc_.mentions[mi].type == EntityType::kGpe && d->recipient < 0)
        d->recipient = participant(mi);
      return;
    }
  }

  // Sentence s or one of the two before it names an electoral contest ("leadership contest").
  bool contest_nearby(uint32_t s) const {
    for (uint32_t i = s >= 2 ? s - 2 : 0; i <= s; ++i)
      for (uint32_t k = doc_.sentences[i].first_token; k < doc_.sentences[i].end_token; ++k)
        if (in(kContests, lower(k)) || in(kElectoralObjects, lower(k)) || lower(k) == "vote" ||
            lower(k) == "voters" || lower(k) == "ballot")
          return true;
    return false;
  }

  // The participle at t follows the noun it modifies ("four people convicted of", "Aleksovski,
  // extradited to"), with no auxiliary before it: not a finite verb the parse hung on a noun
  // ("Caro had Thursday called on", "Annan, in a statement ..., called on").
  bool reduced_relative(uint32_t t, const Sentence& s) const {
    int32_t h = doc_.tokens[t].head;
    if (h < 0 || static_cast<uint32_t>(h) >= t || t - static_cast<uint32_t>(h) > 2) return false;
    // "President Paul Dube named Ana Ruiz": a name right before a verb is its subject.
    if (t > s.first_token && mention_of_[t - 1] >= 0) return false;
    for (uint32_t k = t; k > s.first_token && t - k < 3;) {
      --k;
      if (doc_.tokens[k].upos == "AUX" || in(kPassive, lower(k)) || lower(k) == "had" || lower(k) == "has")
        return false;
    }
    return true;
  }

  // A past participle that modifies a name underwent the act: "Zlatko Aleksovski, extradited
  // to The Hague" (patient).
  void reduced_relative_argument(uint32_t t, Draft* d) {
    int32_t h = doc_.tokens[t].head;
    if (h >= 0 && mention_of_[h] >= 0 && d->patient < 0) d->patient = participant(mention_of_[h]);
  }

  // "is in South Africa for a summit", "was in Paris for talks": the place (GPE) a present or
  // past "be in" puts the subject at, for the meeting noun phrase starting at np_start; -1 when
  // the noun is not so placed.
  int32_t place_for_meeting(uint32_t np_start, const Sentence& s) const {
    if (np_start < s.first_token + 4 || lower(np_start - 1) != "for") return -1;
    int32_t mi = mention_of_[np_start - 2];
    if (mi < 0 || doc_.mentions[mi].type != EntityType::kGpe) return -1;
    uint32_t first = doc_.mentions[mi].first_token;
    if (first < s.first_token + 2 || lower(first - 1) != "in") return -1;
    std::string be = lower(first - 2);
    if (be != "is" && be != "was" && be != "are" && be != "were") return -1;
    return doc_.mentions[mi].entity;
  }

  // "YYYY-MM" of the publication date, "" when unknown.
  std::string dct_month() const {
    if (!doc_.dct) return "";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u", static_cast<int>(doc_.dct->year()),
                  static_cast<unsigned>(doc_.dct->month()));
    return buf;
  }
  // The "be" before "in <place>" is present tense ("is in South Africa").
  bool in_present(const Sentence& s, int32_t place) const {
    for (uint32_t k = s.first_token + 2; k < s.end_token; ++k)
      if (mention_of_[k] >= 0 && doc_.mentions[mention_of_[k]].entity == place && lower(k - 1) == "in")
        return lower(k - 2) == "is" || lower(k - 2) == "are";
    return false;
  }

  uint32_t trigger_token(const Event& ev) const {
    for (uint32_t k = 0; k < doc_.tokens.size(); ++k)
      if (doc_.tokens[k].span.begin == ev.trigger.begin) return k;
    return UINT32_MAX;
  }

  // A modal among the three words before t, past adverbs ("would later tell the court").
  bool modal_before(uint32_t t, const Sentence& s) const {
    for (uint32_t k = t; k > s.first_token && t - k < 3;) {
      --k;
      if (in(kModals, lower(k))) return true;
      if (doc_.tokens[k].upos != "ADV" && doc_.tokens[k].upos != "AUX") return false;
    }
    return false;
  }

  // "its 69 billion dollar purchase": a possessive pronoun opens the noun phrase of t (at most
  // five words before it, no preposition, verb or punctuation between).
  bool owned_by_pronoun(uint32_t t, const Sentence& s) const {
    for (uint32_t k = t; k > s.first_token && t - k < 6;) {
      --k;
      if (in(kPossessivePronouns, lower(k))) return true;
      if (in(kPrepositions, lower(k)) || doc_.tokens[k].upos == "VERB" || !has_letter(doc_, k)) {
        if (has_letter(doc_, k) || !std::isdigit(static_cast<unsigned char>(text(k)[0]))) return false;
      }
    }
    return false;
  }

  bool phrasal(const EventTrigger& trig) const {
    return &trig == &kCalledOn || &trig == &kCalledOnToHelp || &trig == &kAskedFor || &trig == &kSpokeWith ||
           &trig == &kWithdrew || &trig == &kTravelled || &trig == &kCriticised ||
           &trig == &kTestified || &trig == &kLostTo || &trig == &kWonIn;
  }

  // The named subject of the reporting verb whose clause verb t heads ("the bloc would
  // retaliate, the Commission said" parsed ccomp or parataxis), or -1.
  int32_t reporter_of(uint32_t t) {
    const Token& tok = doc_.tokens[t];
    if (!parsed_ || tok.head < 0) return -1;
    uint32_t h = static_cast<uint32_t>(tok.head);
    if ((tok.deprel == "ccomp" || tok.deprel == "parataxis") && find_reporting_verb(lex_, text(h)))
      return parsed_subject(static_cast<int32_t>(h));
    for (uint32_t c : children_[t])
      if ((doc_.tokens[c].deprel == "parataxis" || doc_.tokens[c].deprel == "advcl") &&
          find_reporting_verb(lex_, text(c)))
        return parsed_subject(static_cast<int32_t>(c));
    return -1;
  }

  bool particle_phrase(const EventTrigger& trig) const {
    return &trig == &kHandedOver || &trig == &kCoerced || &trig == &kStoodDown;
  }

  // Prepositions whose object receives the act of a trigger (the recipient): aid, pledges and
  // forces go "to" someone ("sent troops to Poland", "donated $2 million to the Red Cross");
  // ties are cut "with" a country, envoys recalled "from" it, assets frozen "of" someone, troops
  // withdrawn "from" a place.
  bool reads_recipient(const EventTrigger& trig, std::string_view w) const {
    bool giving = trig.type == "AID" || trig.type == "MILITARY_POSTURE" ||
                  (trig.type == "INTENT_TO_COOPERATE" && trig.frame == EventFrame::kSanction);
    if (w == "to") return giving || &trig == &kCutTies;
    if (w == "into" || w == "near") return trig.type == "MILITARY_POSTURE" || &trig == &kInvaded;
    if (w == "with" || w == "of") return &trig == &kCutTies;
    if (w == "from") return &trig == &kCutTies || &trig == &kWithdrewForces;
    return false;
  }

  // "met the pair", "met the two men", "met families of the victims": the parsed object of a
  // meeting verb is people the sentence does not name.
  bool meets_people(uint32_t v) const {
    for (uint32_t c : children_[v])
      if (doc_.tokens[c].deprel == "obj" && mention_of_[c] < 0 && doc_.tokens[c].upos == "NOUN" &&
          in(kPeopleNouns, lemma(c)))
        return true;
    return false;
  }

  // "conceded", "conceded the election", "conceded defeat to X": conceding a contest; not
  // "conceded a penalty" (sport) or "conceded that ..." (a statement).
  bool concedes_contest(uint32_t v) const {
    // "the total conceded by England": a participle right after its noun is a score, not a
    // concession; "the candidate, Amadou Ba, conceded defeat" (a finite verb after an
    // appositive the parse may take for an acl) is one.
    if (doc_.tokens[v].deprel.starts_with("acl") && v > 0 && text(v - 1) != ",") return false;
    for (uint32_t c : children_[v]) {
      const std::string& rel = doc_.tokens[c].deprel;
      if (rel == "ccomp" || rel == "obl:agent") return false;  // "conceded by England"
      // "conceded two days after the vote": a span of time parsed as the object is none.
      if (rel == "obj" && mention_of_[c] < 0 && !in(kContests, lemma(c)) && lemma(c) != "defeat" &&
          !in(kTimeUnits, lemma(c)))
        return false;
    }
    return true;
  }

  // "he paused the tariffs on Canada": a finite verb that eases a sanction, not an
  // infinitive ("agreed to lower tariffs"), a gerund ("talks on lowering tariffs") or a
  // condition ("until Washington lifts its tariffs").
  bool eases(uint32_t k) const {
    const Token& v = doc_.tokens[k];
    if (v.upos != "VERB" || !in(kEasings, lemma(k))) return false;
    std::string w = lower(k);
    if (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) return false;
    if (k > 0 && lower(k - 1) == "to") return false;
    for (uint32_t c : children_[k]) {
      if (doc_.tokens[c].deprel == "mark" && in(kUnreal, lower(c))) return false;
      if (in(kNegations, lower(c))) return false;  // "will not lift the sanctions"
      // "before Washington will ease its embargo": an easing to come has not happened.
      if (doc_.tokens[c].deprel == "aux" && lower(c) != "has" && lower(c) != "have" &&
          lower(c) != "had" && lower(c) != "did")
        return false;
    }
    return true;
  }

  // "He has promised to carry out deportations and to impose tariffs": the promising verb a
  // noun is the object of, through infinitives and coordination (at most four steps); -1
  // when there is none.
  int32_t promise_verb(uint32_t t) const {
    // The parse of a long coordination is often wrong ("and to impose" hung on "and"), so any
    // relation but a relative or adverbial clause leads up, to a promise before the noun.
    uint32_t k = t;
    for (int step = 0; step < 5; ++step) {
      const Token& tok = doc_.tokens[k];
      if (tok.head < 0 || tok.deprel.starts_with("acl") || tok.deprel == "advcl") return -1;
      k = static_cast<uint32_t>(tok.head);
      if (k < t && doc_.tokens[k].upos == "VERB" && in(kPromises, lemma(k))) return static_cast<int32_t>(k);
    }
    return -1;
  }
  // The entity of the parsed nsubj of verb `v` (a resolved pronoun too), or -1.
  int32_t parsed_subject(int32_t v) {
    if (v < 0) return -1;
    for (uint32_t c : children_[static_cast<uint32_t>(v)]) {
      if (doc_.tokens[c].deprel != "nsubj") continue;
      const uint32_t h = name_head(c);
      if (mention_of_[h] >= 0) return participant(mention_of_[h]);
    }
    return -1;
  }

  // "West Africa's main regional bloc, ECOWAS, gave": the name in apposition to a common-noun
  // subject at token c (its mention index), or -1.
  int32_t appositive_name(uint32_t c) const {
    if (doc_.tokens[c].upos != "NOUN") return -1;
    for (uint32_t g : children_[c])
      if (doc_.tokens[g].deprel == "appos" && mention_of_[name_head(g)] >= 0 &&
          doc_.mentions[mention_of_[name_head(g)]].type != EntityType::kNorp) {
        // Set off by a comma or a bracket ("bloc, ECOWAS,"), not "are still in Zaire" misparsed.
        uint32_t first = doc_.mentions[mention_of_[name_head(g)]].first_token;
        if (first > 0 && (lower(first - 1) == "," || lower(first - 1) == "(")) return mention_of_[name_head(g)];
      }
    return -1;
  }

  // The last word of the name phrase headed by token c: the parser sometimes heads "Swiss
  // President Alain Berset" with "Swiss" and hangs the rest on it as flat; English names and
  // compounds end in their head, so the mention at the phrase's last flat/compound word wins.
  uint32_t name_head(uint32_t c) const {
    uint32_t last = c;
    for (uint32_t g : children_[c]) {
      const std::string& r = doc_.tokens[g].deprel;
      if ((r == "flat" || r.rfind("flat:", 0) == 0) && g > last) last = g;
    }
    return last;
  }

  // "signed it", "approved the deal", "agreed to a pause", not "signed the orders" (an
  // executive order binds no second party): the parsed object of an agreement verb is a text
  // both sides keep, a pronoun or a law, or there is none.
  bool signs_a_text(uint32_t v) const {
    // "the mission, approved by the Council": a participle's noun is what was approved.
    const Token& tok = doc_.tokens[v];
    if (tok.deprel == "acl" && tok.head >= 0) {
      uint32_t n = static_cast<uint32_t>(tok.head);
      return mention_of_[n] >= 0 ? doc_.mentions[mention_of_[n]].type == EntityType::kLaw
                                 : in(kSignedTexts, lemma(n));
    }
    for (uint32_t c : children_[v]) {
      if (doc_.tokens[c].deprel != "obj") continue;
      if (doc_.tokens[c].upos == "PRON") return true;
      if (mention_of_[c] >= 0) return doc_.mentions[mention_of_[c]].type == EntityType::kLaw;
      // "the Security Council approved the mission": a body approves a mission as a deal (not
      // "the mission, approved by the Council, began": a later mention of the approval).
      return in(kSignedTexts, lemma(c)) || in(kApprovedMissions, lemma(c));
    }
    return true;
  }

  // "flew to Florida to meet Trump", "called Trump to concede": the verb of a purpose clause
  // whose head is an act of travel or contact that took place; -1 when `t` is not one.
  int32_t purpose_head(uint32_t t) const {
    const Token& tok = doc_.tokens[t];
    if (tok.deprel != "advcl" && tok.deprel != "xcomp") return -1;
    if (tok.head < 0 || t == 0 || lower(t - 1) != "to") return -1;
    uint32_t h = static_cast<uint32_t>(tok.head);
    if (doc_.tokens[h].upos != "VERB" || !in(kContactVerbs, lemma(h))) return -1;
    if (h > 0 && lower(h - 1) == "to") return -1;  // "plans to fly to Ottawa to meet"
    if (lower(h) == "going") return -1;              // "is going to meet": a plan
    // "called Trump to concede", not "called on Mobutu to resign" or "called for him to go":
    // a call is contact only with a person called and a purpose clause.
    if (lemma(h) == "call") {
      bool person = false;
      for (uint32_t c : children_[h]) {
        std::string w = lower(c);
        if (w == "on" || w == "for" || w == "upon") return -1;
        if (doc_.tokens[c].deprel == "obj" && mention_of_[c] >= 0 &&
            doc_.mentions[mention_of_[c]].type == EntityType::kPerson)
          person = true;
      }
      if (!person || tok.deprel != "advcl" || word_at(h + 1, doc_.sentences[sentence_of(h)]) == "on")
        return -1;
    }
    for (uint32_t c : children_[h])                  // "will try to ban": not yet done
      if (doc_.tokens[c].deprel == "aux" && in(kModals, lower(c))) return -1;
    return static_cast<int32_t>(h);
  }

  // "Trump flew to London for talks with Starmer": a meeting noun after "for" whose head is a
  // trip that took place (a travel verb of kContactVerbs with no modal and no "to" before it)
  // is the traveller's meeting, so the clause subject is its agent.
  bool trip_purpose(uint32_t t, const EventTrigger& trig, uint32_t np_start) const {
    if (trig.frame != EventFrame::kMeet || np_start == 0 || lower(np_start - 1) != "for") return false;
    const Token& tok = doc_.tokens[t];
    if (tok.deprel != "obl" || tok.head < 0) return false;
    uint32_t h = static_cast<uint32_t>(tok.head);
    if (doc_.tokens[h].upos != "VERB" || !in(kContactVerbs, lemma(h)) || lemma(h) == "call" ||
        lemma(h) == "try" || lemma(h) == "attempt")
      return false;
    if (h > 0 && lower(h - 1) == "to") return false;  // "plans to fly to London for talks"
    for (uint32_t c : children_[h])
      if (doc_.tokens[c].deprel == "aux" && in(kModals, lower(c))) return false;
    return true;
  }

  const EventTrigger* choose_trigger(uint32_t t, const Sentence& s, bool* noun) const {
    const Token& tok = doc_.tokens[t];
    if (!tok.upos.empty()) {
      const EventTrigger* tr = find_trigger(lex_, doc_, t);
      if (tr) *noun = tr->noun;
      return tr;
    }
    const EventTrigger* as_noun = find_trigger(lex_, doc_, t, true);
    const EventTrigger* as_verb = find_trigger(lex_, doc_, t, false);
    if (!as_noun && !as_verb) return nullptr;
    if (as_noun && as_verb) {
      bool verb = false;
      if (t > s.first_token) {
        uint32_t p = t - 1;
        if (in(kVerbCues, lower(p)) || mention_of_[p] >= 0) verb = true;
        std::string w = lower(p);
        if (w == "he" || w == "she" || w == "they" || w == "it") verb = true;
      }
      *noun = !verb;
      return verb ? as_verb : as_noun;
    }
    *noun = as_noun != nullptr;
    return as_noun ? as_noun : as_verb;
  }

  // A verb form by the parse, or else by the word lists and a regular -ed ending.
  bool verb_like(uint32_t t) const {
    const Token& tok = doc_.tokens[t];
    if (!tok.upos.empty()) return tok.upos == "VERB" || tok.upos == "AUX";
    std::string w = lower(t);
    if (find_trigger(lex_, doc_, t, false) || find_reporting_verb(lex_, w) || in(kLightVerbs, w))
      return true;
    return w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && !is_capitalised(doc_, t);
  }

  // The first token of the noun phrase a mention heads: titles, nationality adjectives,
  // possessors and determiners before it ("Chinese President Xi Jinping").
  // "Meng Wanzhou, the chief financial officer of Huawei, was arrested": where the name
  // before a comma-enclosed appositive ending at token `end` (the verb's first token) ends,
  // else `end` itself. The appositive starts with a determiner and has no verb.
  uint32_t appositive_start(uint32_t end, uint32_t sentence_first) const {
    if (end < sentence_first + 4 || text(end - 1) != ",") return end;
    for (uint32_t k = end - 2; k > sentence_first && end - k < 14; --k) {
      // "the founder of the failed exchange FTX": a participle modifying a noun is no verb.
      if (doc_.tokens[k].upos == "VERB" && doc_.tokens[k].deprel != "amod") return end;
      if (text(k) != ",") continue;
      bool described = in(kDeterminers, lower(k + 1));
      bool named = mention_of_[k - 1] >= 0 && doc_.mentions[mention_of_[k - 1]].end_token == k;
      return described && named ? k : end;
    }
    return end;
  }

  // Whether the words from `k` (at most two modifiers, then a noun) name an institution
  // (kInstitutions: "foreign ministry", "police", "government") that heads its phrase, as
  // after a possessor.
  bool possessed_institution(uint32_t k, uint32_t end) const {
    for (uint32_t n = 0; k < end && n < 3; ++k, ++n) {
      // The institution heads its phrase: "Kuchma's state visit" is a visit, not a state.
      if (in(kInstitutions, lower(k)))
        return k + 1 >= end || !has_letter(doc_, k + 1) || verb_like(k + 1) ||
               in(kVerbCues, lower(k + 1)) || doc_.tokens[k + 1].upos == "VERB" ||
               doc_.tokens[k + 1].upos == "AUX";
      if (mention_of_[k] >= 0 || !has_letter(doc_, k) || verb_like(k)) return false;
    }
    return false;
  }

  // The PERSON mention that an institution noun at `inst` postmodifies ("Heather Holmes of the
  // Supreme Court of ..."): back over the institution's modifiers (at most five words) to "of"
  // right after a person's name; -1 when there is none.
  int32_t person_of_institution(uint32_t inst, uint32_t sentence_first) const {
    for (uint32_t k = inst, n = 0; k > sentence_first + 1 && n < 6; --k, ++n) {
      std::string w = lower(k - 1);
      if (w == "of") {
        int32_t mi = mention_of_[k - 2];
        return mi >= 0 && doc_.mentions[mi].type == EntityType::kPerson ? mi : -1;
      }
      if (text(k - 1) == "," || verb_like(k - 1)) return -1;
    }
    return -1;
  }

  // "Imports from Canada and Mexico now face": a name coordinated ("and", "or") with the
  // object of a preposition is one too, and no clause subject, when the parse gives the verb
  // after it a subject of its own ("and China then detained Kovrig" has none: China is it).
  bool coordinated_with_prepositional(uint32_t np, uint32_t sentence_first, uint32_t sentence_end) const {
    if (!parsed_ || np < sentence_first + 2 || (lower(np - 1) != "and" && lower(np - 1) != "or"))
      return false;
    int32_t mi = mention_of_[np - 2];
    if (mi < 0) return false;
    uint32_t first = phrase_start(doc_.mentions[mi].first_token, sentence_first);
    if (first <= sentence_first || !in(kPrepositions, lower(first - 1))) return false;
    int32_t self = mention_of_[np];
    if (self < 0) return false;
    uint32_t v = doc_.mentions[self].end_token;
    while (v < sentence_end && doc_.tokens[v].upos == "ADV") ++v;
    if (v >= sentence_end || doc_.tokens[v].upos != "VERB") return false;
    return std::any_of(children_[v].begin(), children_[v].end(), [&](uint32_t c) {
      return doc_.tokens[c].deprel.rfind("nsubj", 0) == 0 && mention_of_[c] != self;
    });
  }

  uint32_t phrase_start(uint32_t first, uint32_t sentence_first) const {
    uint32_t k = first;
    while (k > sentence_first) {
      uint32_t p = k - 1;
      if (int32_t mi = mention_of_[p]; mi >= 0) {
        k = doc_.mentions[mi].first_token;
        continue;
      }
      std::string w = lower(p);
      // "said that Peru would": a complementiser, not a determiner.
      if (w == "that" && (doc_.tokens[p].upos == "SCONJ" || mention_of_[k] >= 0)) break;
      if (is_possessive(text(p)) || in(kDeterminers, w) || match_title(lex_, doc_, p, k)) {
        --k;
        continue;
      }
      break;
    }
    return k;
  }

  // Entities of the noun phrase that starts at `start`; returns one past its end.
  uint32_t noun_phrase(uint32_t start, uint32_t limit, std::vector<int32_t>* mentions) const {
    uint32_t r = start, words = 0;
    while (r < limit && words < 10) {
      std::string w = lower(r);
      if (in(kNpBreaks, w) || (in(kPrepositions, w) && mention_of_[r] < 0)) break;
      // "a dinner hosted by Lee": a participle after the head starts its own phrase.
      if (r > start && doc_.tokens[r].upos == "VERB" && mention_of_[r] < 0) break;
      if (mention_of_[r] >= 0) {
        int32_t mi = mention_of_[r];
        if (mentions) mentions->push_back(mi);
        r = doc_.mentions[mi].end_token;
      } else {
        ++r;
      }
      ++words;
    }
    return r;
  }

  // The entity a participant mention stands for: a nationality adjective ("Canadian
  // exports") stands for its country, a plural nationality ("two Canadians") for the people.
  int32_t participant(int32_t mi) {
    const Mention& m = doc_.mentions[mi];
    if (m.type == EntityType::kNorp) {
      std::string_view w = doc_.slice(m.span);
      bool plural = !w.empty() && w.back() == 's';
      if (!plural) {
        int32_t c = linked_country(lex_, doc_, m.entity, false, true);
        if (c >= 0) return c;
      }
    }
    return m.entity;
  }

  // Picks one entity from a noun phrase: the first PERSON, else the last entity.
  // A nationality word used as an adjective ("a Canadian prime minister").
  bool adjectival(int32_t mi) const {
    const Mention& m = doc_.mentions[mi];
    if (m.type != EntityType::kNorp || m.end_token >= doc_.tokens.size()) return false;
    uint32_t after = m.end_token;
    return has_letter(doc_, after) && !is_capitalised(doc_, after) &&
           !in(kPrepositions, lower(after));
  }

  // Picks one entity from a noun phrase: the first PERSON, else the last entity that is not
  // an adjective; -1 when the phrase is headed by a common noun ("a Canadian prime minister").
  int32_t head_of(const std::vector<int32_t>& ms) {
    if (ms.empty()) return -1;
    for (int32_t mi : ms)
      if (doc_.mentions[mi].type == EntityType::kPerson) return participant(mi);
    for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
      if (!adjectival(*it)) return participant(*it);
      // "Canadian police": the institutions of a country act for it. "Indian nationals" are
      // its people: the nationality itself, as "two Canadians" is.
      uint32_t after = doc_.mentions[*it].end_token;
      if (in(kInstitutions, lower(after))) return participant(*it);
      if (in(kNationals, lower(after))) return doc_.mentions[*it].entity;
    }
    return -1;
  }


  // "a senior Huawei executive": a noun phrase without a person whose last word is a common
  // noun after a name describes someone unnamed; the name is a modifier, not the head.
  bool described(const std::vector<int32_t>& ms, uint32_t np_end) const {
    for (int32_t mi : ms)
      if (doc_.mentions[mi].type == EntityType::kPerson) return false;
    const Mention& last = doc_.mentions[ms.back()];
    if (np_end == 0 || last.end_token >= np_end || adjectival(ms.back())) return false;
    uint32_t k = last.end_token;
    uint32_t head = np_end - 1;  // a lower-case word: the tagger may call "executive" ADJ
    return !is_possessive(text(k)) && mention_of_[head] < 0 && has_letter(doc_, head) &&
           !is_capitalised(doc_, head) && doc_.tokens[head].upos != "VERB";
  }

  // The subject of the clause that contains token `from`: the nearest entity to the left
  // that is neither a possessor nor the object of a preposition, or a resolved he/she.
  // Some mention of `entity` stands right after "Justice" or "Judge" ("Justice Linda Chan").
  bool titled_judge(int32_t entity) const {
    for (const Mention& m : doc_.mentions)
      if (m.entity == entity && m.first_token > 0) {
        std::string w = lower(m.first_token - 1);
        if (w == "justice" || w == "judge") return true;
      }
    return false;
  }

  // Tokens [first, end) are a common noun phrase and nothing else ("prosecutors", "the
  // riot police"): no name, no comma, no verb, and a plural or mass common noun last.
  bool unnamed_subject_between(uint32_t first, uint32_t end) const {
    if (first >= end) return false;
    for (uint32_t k = first; k < end; ++k) {
      if (mention_of_[k] >= 0 || !has_letter(doc_, k) || verb_like(k)) return false;
      const std::string& u = doc_.tokens[k].upos;
      if (u != "NOUN" && u != "DET" && u != "ADJ" && u != "NUM") return false;
    }
    return doc_.tokens[end - 1].upos == "NOUN";
  }

  // Coordinated subjects each act ("Matsuno and Nishimura, the trade minister, handed in their
  // resignations", "A, B and C walked out"): names of the agent's type joined by "and" (and
  // commas before it) to the agent's mention nearest before t, left and right of it but before
  // t; and, for an act with no one acted on, names after "along with" / "together with" in
  // the sentence (", along with Suzuki and Miyashita"). Appended to extra_agents_.
  void coordinated_agents(uint32_t t, const Sentence& s, int32_t agent, bool acted_on) {
    const EntityType type = doc_.entities[agent].type;
    auto same_kind = [&](int32_t mi) { return mi >= 0 && doc_.mentions[mi].type == type && !adjectival(mi); };
    auto add = [&](int32_t mi) {
      int32_t e = participant(mi);
      if (e >= 0 && e != agent && std::find(extra_agents_.begin(), extra_agents_.end(), e) == extra_agents_.end())
        extra_agents_.push_back(e);
    };
    // The first name at or after k, past up to four title words ("Agriculture Minister X").
    auto name_at = [&](uint32_t k, uint32_t end) -> int32_t {
      for (uint32_t j = k; j < end && j < k + 5; ++j) {
        if (mention_of_[j] >= 0) return mention_of_[j];
        if (!is_capitalised(doc_, j)) return -1;
      }
      return -1;
    };
    // The agent's name nearest before t (not a pronoun: "a close associate of Saddam and his
    // former deputy" coordinates no subjects).
    int32_t am = -1;
    for (uint32_t k = t; k > s.first_token && am < 0;) {
      --k;
      if (mention_of_[k] >= 0 && doc_.mentions[mention_of_[k]].entity == agent && is_capitalised(doc_, k))
        am = mention_of_[k];
    }
    if (am >= 0) {
      uint32_t k = phrase_start(doc_.mentions[am].first_token, s.first_token);
      std::vector<int32_t> left;
      // "Peru, Chile and Brazil": a comma joins a list that an "and" closes.
      const uint32_t am_end = doc_.mentions[am].end_token;
      const bool listed = am_end < t && lower(am_end) == "and";
      while (k > s.first_token + 1 &&
             (lower(k - 1) == "and" || ((listed || !left.empty()) && text(k - 1) == ","))) {
        int32_t mi = mention_of_[k - 2];
        if (!same_kind(mi) || doc_.mentions[mi].end_token != k - 1) break;
        left.push_back(mi);
        k = phrase_start(doc_.mentions[mi].first_token, s.first_token);
      }
      // "accused Uganda, Rwanda and Burundi of": a list a verb or a preposition governs is no
      // list of subjects.
      const bool governed = k > s.first_token && (verb_like(k - 1) || (in(kPrepositions, lower(k - 1)) &&
                                                                       !in(kSubordinators, lower(k - 1))));
      if (!governed)
        for (int32_t mi : left) add(mi);
      for (uint32_t r = doc_.mentions[am].end_token; r + 1 < t && (lower(r) == "and" || text(r) == ",");) {
        int32_t mi = name_at(r + 1, t);
        if (!same_kind(mi)) break;
        if (text(r) == ",") {  // "A, B and C", not "A, the trade minister,"
          uint32_t e = doc_.mentions[mi].end_token;
          if (e >= t || (lower(e) != "and" && text(e) != ",")) break;
        }
        add(mi);
        r = doc_.mentions[mi].end_token;
      }
    }
    if (acted_on) return;
    for (uint32_t k = s.first_token; k + 2 < s.end_token; ++k) {
      if (lower(k + 1) != "with" || (lower(k) != "along" && lower(k) != "together")) continue;
      for (uint32_t r = k + 2; r < s.end_token;) {
        int32_t mi = name_at(r, s.end_token);
        if (!same_kind(mi)) break;
        add(mi);
        r = doc_.mentions[mi].end_token;
        if (r >= s.end_token || (lower(r) != "and" && text(r) != ",")) break;
        ++r;
      }
    }
  }

  int32_t clause_subject(uint32_t from, const Sentence& s, uint32_t* at = nullptr) {
    uint32_t steps = 0;
    for (uint32_t p = from; p > s.first_token && steps < 40; ++steps) {
      --p;
      std::string w = lower(p);
      if (w == ";" || w == "which") return -1;
      // "a crisis that began with the arrest of ...": a relative "that" (a pronoun, not the
      // complementiser of "said that") is the subject of its clause, a noun the text names
      // before it, not a name further left.
      if (w == "that" && doc_.tokens[p].upos == "PRON" && doc_.tokens[p].deprel.starts_with("nsubj")) return -1;
      // "stay in office until the new leader is sworn in": a subject before a subordinating
      // word belongs to the main clause, not to the clause it opens.
      if (in(kPureSubordinators, w)) return -1;
      // "Kishida replaced four ministers as prosecutors investigate ...": a clause of time or
      // reason with an unnamed subject of its own ("as prosecutors", "after police") does not
      // take the main clause's subject.
      if (in(kSubordinators, w) && verb_like(from) && unnamed_subject_between(p + 1, from)) return -1;
      // "people who have refused", "hardliners who refused": a relative clause on a common
      // noun has that unnamed subject.
      // "Castillo, a former rural schoolteacher who won": unless that noun is an apposition
      // to a person, who is then the subject.
      if (w == "who" && p > s.first_token && mention_of_[p - 1] < 0 && text(p - 1) != "," &&
          doc_.tokens[p - 1].upos == "NOUN") {
        for (uint32_t q = p - 1; q > s.first_token + 1 && p - q < 8; --q) {
          if (verb_like(q) || mention_of_[q] >= 0) break;
          if (text(q - 1) == ",") {
            const int32_t before = mention_of_[q - 2];
            const std::string det = lower(q);
            if (before >= 0 && doc_.mentions[before].type == EntityType::kPerson &&
                (det == "a" || det == "an" || det == "the")) {
              if (at) *at = doc_.mentions[before].first_token;
              return doc_.mentions[before].entity;
            }
            break;
          }
        }
        return -1;
      }
      if (w == "who" && p > s.first_token + 1 && text(p - 1) == ",") {
        int32_t mi = mention_of_[p - 2];
        // "Meng Wanzhou, Huawei's chief financial officer, who was arrested": past an
        // apposition without a verb, the person it describes.
        for (uint32_t q = p - 2; mi < 0 && q > s.first_token && p - q < 10; --q) {
          if (verb_like(q) && mention_of_[q] < 0) break;
          if (text(q) == ",") {
            int32_t before = mention_of_[q - 1];
            if (before >= 0 && doc_.mentions[before].type == EntityType::kPerson) mi = before;
            break;
          }
        }
        return mi >= 0 ? doc_.mentions[mi].entity : -1;
      }
      if ((w == "he" || w == "she") && !(p > s.first_token && in(kPrepositions, lower(p - 1)))) {
        if (at) *at = p;
        return entity_at(doc_, p);
      }
      int32_t mi = mention_of_[p];
      if (mi < 0) continue;
      // "forced their way into ... and arrested": a possessive pronoun is no verb's subject.
      if (in(kPossessivePronouns, w) && verb_like(from)) continue;
      const Mention& m = doc_.mentions[mi];
      p = m.first_token;
      uint32_t after = m.end_token;
      if (after < s.end_token && is_possessive(text(after))) {
        // "China's foreign ministry has accused ...": an institution of the possessor acts for it.
        if (possessed_institution(after + 1, s.end_token)) {
          if (at) *at = m.first_token;
          return participant(mi);
        }
        continue;
      }
      if (adjectival(mi)) {
        // "Canadian police arrested ...": an institution of the country acts for it; not a
        // place one goes to or acts in ("forced their way into the Mexican embassy and
        // arrested"), while "a ship of the Chinese navy", "rounded up by Jordanian police",
        // "with Greek police detaining" still act for their country.
        uint32_t np = m.first_token;
        while (np > s.first_token && in(kDeterminers, lower(np - 1))) --np;
        if (after < s.end_token && in(kInstitutions, lower(after)) &&
            !(np > s.first_token && in(kPlacePrepositions, lower(np - 1)))) {
          if (at) *at = m.first_token;
          return participant(mi);
        }
        continue;  // an adjective: "Canadian exports"
      }
      uint32_t np = phrase_start(m.first_token, s.first_token);
      // "paused the tariffs on Canada and Mexico": a name coordinated with another has its role.
      while (np > s.first_token + 1 && (lower(np - 1) == "and" || lower(np - 1) == "or") &&
             mention_of_[np - 2] >= 0)
        np = phrase_start(doc_.mentions[mention_of_[np - 2]].first_token, s.first_token);
      // The object of a verb ("Carney met Chinese President Xi") is not a subject.
      if (np > s.first_token && verb_like(np - 1)) {
        p = np;
        continue;
      }
      if (coordinated_with_prepositional(np, s.first_token, s.end_token)) {
        p = np;
        continue;
      }
      if (np > s.first_token && in(kPrepositions, lower(np - 1))) {
        // "with China also facing accusations": the subject of an absolute clause.
        bool absolute = false;
        if (lower(np - 1) == "with") {
          uint32_t k = after;
          while (k < s.end_token && (lower(k) == "also" || lower(k) == "now" || lower(k) == "still")) ++k;
          std::string v = k < s.end_token ? lower(k) : "";
          absolute = v.size() > 4 && v.compare(v.size() - 3, 3, "ing") == 0 &&
                     !in(kPrepositions, v);
        }
        // "The administration of US President Donald Trump raised ...": the institutions
        // of a leader or country act for them.
        if (!absolute && lower(np - 1) == "of" && np > s.first_token + 1 &&
            in(kInstitutions, lower(np - 2))) {
          absolute = true;
          // "Justice Heather Holmes of the Supreme Court of British Columbia released Meng":
          // the person the institution describes acts, not its country.
          if (int32_t person = person_of_institution(np - 2, s.first_token); person >= 0) {
            if (at) *at = doc_.mentions[person].first_token;
            return doc_.mentions[person].entity;
          }
        }
        // "Workers at Boeing have been on strike", "many of them members of the CGT": the
        // members of an organisation act for it.
        if (!absolute && members_act_ && (lower(np - 1) == "of" || lower(np - 1) == "at") && np > s.first_token + 1 &&
            in(kMemberNouns, lower(np - 2)) && m.type == EntityType::kOrg)
          absolute = true;
        if (!absolute) {
          p = np;
          continue;
        }
      }
      if (at) *at = m.first_token;
      return m.entity;
    }
    return -1;
  }

  // "X, which (also) included [trigger]": the event whose trigger ends X.
  int32_t including_event(uint32_t np_start, const Sentence& s) const {
    uint32_t p = np_start;
    auto back = [&]() -> std::string {
      if (p <= s.first_token) return "";
      --p;
      return lower(p);
    };
    std::string w = back();
    if (w == "also") w = back();
    if (!in(kIncludes, w)) return -1;
    w = back();
    if (w == "also") w = back();
    if (w != "which" && w != "that") return -1;
    w = back();
    if (w != ",") return -1;
    if (p <= s.first_token) return -1;
    return event_at_[p - 1];
  }

  int32_t previous_event(const std::string& type) const {
    for (int32_t e = static_cast<int32_t>(doc_.events.size()) - 1; e >= 0; --e)
      if (doc_.events[e].type == type) return e;
    return -1;
  }

  // Reads the prepositional complements right of `from`.
  void complements(uint32_t from, const Sentence& s, const EventTrigger& trig, Draft* d) {
    uint32_t r = from;
    bool after_phrase = false;
    while (r < s.end_token && r - from < 16) {
      std::string w = lower(r);
      // "accusations that Beijing had interfered": the subject of the content clause.
      if (w == "that" && r == from && trig.noun && trig.frame == EventFrame::kAccuse &&
          d->patient < 0 && r + 1 < s.end_token && mention_of_[r + 1] >= 0 &&
          !adjectival(mention_of_[r + 1])) {
        d->patient = participant(mention_of_[r + 1]);
        d->own_args = true;
      }
      if (in(kNpBreaks, w)) break;
      // "a dinner hosted by Lee": the phrases after another verb are that verb's.
      if (r > from && doc_.tokens[r].upos == "VERB" && mention_of_[r] < 0) break;
      if (!in(kPrepositions, w) || mention_of_[r] >= 0) {
        ++r;
        continue;
      }
      std::vector<int32_t> ms;
      uint32_t end = noun_phrase(r + 1, s.end_token, &ms);
      // "the arrest of Meng", "won the leadership of the party", not "arrested ... at the
      // request of the United States": an "of" phrase after another prepositional phrase
      // belongs to that phrase's noun.
      if (w == "of" && !after_phrase &&
          (trig.frame == EventFrame::kTransitive || trig.frame == EventFrame::kAccuse)) {
        if (d->patient < 0 && !ms.empty() && !described(ms, end)) d->patient = head_of(ms);
      } else if (w == "of" && !after_phrase && trig.noun && trig.type == "MEET" &&
                 (trig.lemma == "summit" || trig.lemma == "meeting")) {
        // "a summit of the BRICS group", "a meeting of NATO": the body that meets takes part.
        for (int32_t mi : ms)
          if (doc_.mentions[mi].type == EntityType::kOrg) d->partners.push_back(participant(mi));
      } else if (w == "from" && trig.lemma == "take over from") {
        // "took over from Kuroda": the predecessor (the patient, as "replaced X").
        if (d->patient < 0 && !ms.empty()) d->patient = head_of(ms);
      } else if (w == "into" && trig.type == "INVESTIGATE") {
        // "an investigation into Apple", "probing into the company".
        if (d->patient < 0 && !ms.empty() && !described(ms, end)) d->patient = head_of(ms);
      } else if (reads_recipient(trig, w)) {
        if (d->recipient < 0 && !ms.empty())
          d->recipient = head_of(ms) >= 0 ? head_of(ms) : participant(ms.front());
      } else if ((w == "on" || w == "against") && (is_violence(trig) || trig.type == "COERCE")) {
        // "an attack on the embassy", "airstrikes against rebel positions".
        if (d->patient < 0 && !ms.empty() && !described(ms, end)) d->patient = head_of(ms);
      } else if ((w == "with" || w == "between") && trig.frame == EventFrame::kMeet) {
        for (int32_t mi : ms)
          if (doc_.mentions[mi].type != EntityType::kNorp || w == "between")
            d->partners.push_back(participant(mi));
      } else if (w == "to" && trig.frame == EventFrame::kVisit) {
        for (int32_t mi : ms)
          if (is_place_type(doc_.mentions[mi].type) && d->place < 0) d->place = doc_.mentions[mi].entity;
      } else if ((w == "on" || w == "against") && trig.frame == EventFrame::kSanction) {
        // "tariffs on Canadian exports": the goods of a nationality are its country's.
        if (d->recipient < 0 && !ms.empty())
          d->recipient = head_of(ms) >= 0 ? head_of(ms) : participant(ms.front());
      } else if ((w == "from" || w == "of" || w == "to") && trig.frame == EventFrame::kSanction &&
                 in(kTradeFlowWords, lower(r - 1))) {
        // "tariffs on goods from China", "blocked imports of Canadian canola".
        if (d->recipient < 0 && !ms.empty())
          d->recipient = head_of(ms) >= 0 ? head_of(ms) : participant(ms.front());
      } else if (w == "by") {
        if (d->agent < 0 && !ms.empty()) d->agent = head_of(ms);
      } else if (w == "in" || w == "at") {
        for (int32_t mi : ms)
          if (is_place_type(doc_.mentions[mi].type) && d->place < 0) d->place = doc_.mentions[mi].entity;
      }
      if (!ms.empty()) d->own_args = true;
      if (w != "of") after_phrase = true;
      r = std::max(end, r + 1);
    }
  }

  // "won the leadership", "lost his seat": win and lose are elections only with an electoral
  // object before the next preposition or punctuation (not "won their share of the vote").
  bool electoral_object(uint32_t t, const Sentence& s) const {
    for (uint32_t k = t + 1; k < s.end_token && k <= t + 5; ++k) {
      std::string w = lower(k);
      if (in(kElectoralObjects, w)) return true;
      bool number = !w.empty() && std::isdigit(static_cast<unsigned char>(w[0]));  // "won 37 seats"
      if (in(kPrepositions, w) || (!has_letter(doc_, k) && !number)) return false;
    }
    return false;
  }

  // "All three were released", "Both were charged": the people who were the patients of the
  // events of the previous sentence, when a number is given exactly that many.
  std::vector<int32_t> plural_antecedents(uint32_t subject_end, uint32_t s) const {
    const Sentence& sent = doc_.sentences[s];
    if (s == 0 || subject_end <= sent.first_token || subject_end > sent.first_token + 3) return {};
    size_t count = 0;
    bool plural = false;
    for (uint32_t k = sent.first_token; k < subject_end; ++k) {
      std::string w = lower(k);
      if (w == "both") { plural = true; count = 2; continue; }
      if (auto n = std::find(std::begin(kSmallNumbers), std::end(kSmallNumbers), w);
          n != std::end(kSmallNumbers)) {
        plural = true;
        count = static_cast<size_t>(n - std::begin(kSmallNumbers)) + 2;
        continue;
      }
      if (w == "all" || w == "the") continue;
      if (mention_of_[k] >= 0 || !has_letter(doc_, k) || (is_capitalised(doc_, k) && k > sent.first_token))
        return {};
    }
    if (!plural) return {};
    std::vector<int32_t> people;
    for (const Event& e : doc_.events) {
      if (e.sentence + 1 != s) continue;
      for (const EventArgument& a : e.arguments)
        if (a.role == "patient" && doc_.entities[a.entity].type == EntityType::kPerson &&
            std::find(people.begin(), people.end(), a.entity) == people.end())
          people.push_back(a.entity);
    }
    if (count && people.size() != count) return {};
    return people;
  }

  // "the two leaders", "both men" right before `end` (adverbs such as "first" between): the
  // last two people named before them in this or the two previous sentences, earlier first.
  std::vector<int32_t> group_subject(uint32_t end, uint32_t s) const {
    const Sentence& sent = doc_.sentences[s];
    uint32_t k = end;
    while (k > sent.first_token && (lower(k - 1) == "first" || lower(k - 1) == "also" ||
                                    lower(k - 1) == "then" || lower(k - 1) == "later"))
      --k;
    if (k < sent.first_token + 2 || !in(kGroupNouns, lower(k - 1))) return {};
    std::string count = lower(k - 2);
    if (count != "two" && count != "both") return {};
    uint32_t first = doc_.sentences[s >= 2 ? s - 2 : 0].first_token;
    std::vector<int32_t> people;  // latest first
    for (uint32_t p = k - 2; p > first && people.size() < 2;) {
      --p;
      int32_t mi = mention_of_[p];
      if (mi < 0) continue;
      p = doc_.mentions[mi].first_token;
      int32_t e = doc_.mentions[mi].entity;
      if (doc_.mentions[mi].type == EntityType::kPerson && e >= 0 &&
          std::find(people.begin(), people.end(), e) == people.end())
        people.push_back(e);
    }
    if (people.size() != 2) return {};
    return {people[1], people[0]};
  }

  // "the two countries", "both countries", "the three nations" right before `end`: the last
  // that many countries named (a nationality or a capital stands for its country) in this or
  // the two previous sentences, earlier first; empty when fewer are named.
  std::vector<int32_t> group_countries(uint32_t end, uint32_t s) {
    const Sentence& sent = doc_.sentences[s];
    if (end < sent.first_token + 2) return {};
    std::string noun = lower(end - 1), count = lower(end - 2);
    if (noun != "countries" && noun != "nations") return {};
    size_t n = count == "two" || count == "both" ? 2 : count == "three" ? 3 : 0;
    if (n == 0) return {};
    uint32_t first = doc_.sentences[s >= 2 ? s - 2 : 0].first_token;
    std::vector<int32_t> found;  // latest first
    for (uint32_t p = end - 2; p > first && found.size() < n;) {
      --p;
      int32_t mi = mention_of_[p];
      if (mi < 0) continue;
      p = doc_.mentions[mi].first_token;
      EntityType type = doc_.mentions[mi].type;
      if (type != EntityType::kGpe && type != EntityType::kNorp) continue;
      int32_t c = linked_country(lex_, doc_, doc_.mentions[mi].entity, true, false);
      if (c >= 0 && std::find(found.begin(), found.end(), c) == found.end()) found.push_back(c);
    }
    if (found.size() != n) return {};
    return {found.rbegin(), found.rend()};
  }

  void process(uint32_t t, const EventTrigger& trig, bool noun, uint32_t s) {
    const Sentence& sent = doc_.sentences[s];
    members_act_ = trig.type == "PROTEST";
    extra_patients_.clear();
    extra_recipients_.clear();
    extra_agents_.clear();
    // "a phone call": a call is a meeting only by phone, telephone or video.
    // "calls with Trudeau and Sheinbaum": a call with someone is one too.
    if (noun && (trig.lemma == "call") &&
        !(t > sent.first_token && in(kCallModifiers, lower(t - 1))) &&
        !(t + 1 < sent.end_token && (lower(t + 1) == "with" || lower(t + 1) == "between")))
      return;
    // "workers protested outside the ministry", "the union protested against the reform": a
    // protest with a place or a target is a demonstration (PROTEST 14); the lexicon's bare
    // "protested the ruling" lodges a complaint (ACCUSE 11), as a state's protest does (emit).
    if (!noun && trig.lemma == "protest" && &trig != &kProtestedAgainst && t + 1 < sent.end_token &&
        in(kProtestPlaces, lower(t + 1))) {
      process(t, kProtestedAgainst, noun, s);
      return;
    }
    // "on strike", "a general strike", "strikes and protests"; "air strikes", "missile
    // strikes" are attacks with aerial weapons (CAMEO 195, FIGHT).
    if (noun && trig.type == "PROTEST" && trig.lemma == "strike" && !work_stoppage(t, sent)) {
      if (t > sent.first_token && in(kAirStrikeCues, lower(t - 1))) process(t, kAirStrike, noun, s);
      return;
    }
    // "postponed a state visit", "cancelled the talks": what is called off did not happen.
    if (noun && called_off(t, sent)) return;
    // "China blocked imports of Canadian canola": blocking trade is an embargo, not a rejection.
    if (!noun && trig.lemma == "block" && &trig != &kTradeBlock && t + 2 < sent.end_token &&
        (in(kTradeFlowWords, lower(t + 1)) || in(kTradeFlowWords, lower(t + 2)))) {
      process(t, kTradeBlock, noun, s);
      return;
    }
    // "took over the mayor's duties", "a duty to protect": a duty is a tariff only next to a
    // word of trade ("duties on steel", "import duties", "anti-dumping duty").
    if (noun && trig.lemma == "duty" && !trade_duty(t, sent)) return;
    // "had faced criticism from lawmakers": criticism is an event noun only when faced (the
    // subject its patient); "criticism of the plan grew" names no critic (dropped when listed alone).
    if (noun && in(kFacedOnlyNouns, trig.lemma) && !faced_noun(t, sent)) return;
    // "complaining of chest pains": a symptom, not a complaint against anyone.
    if (!noun && trig.lemma == "complain" && t + 1 < sent.end_token && lower(t + 1) == "of") return;
    // "suspended its security cooperation with Niger": cooperation cut is a sanction (the verb's).
    if (noun && trig.type == "COOPERATE" && t > sent.first_token)
      for (uint32_t k = t; k > sent.first_token && t - k < 7;) {
        --k;
        std::string l = lemma(k);
        if (l == "suspend" || l == "halt" || l == "freeze" || l == "end") return;
        if (in(kNpBreaks, lower(k)) || doc_.tokens[k].upos == "VERB") break;
      }
    if (noun && parsed_ && trig.type != "REJECT" && rejected_object(t)) return;
    // "take all necessary measures": measures are a threat only when taken.
    if (noun && trig.type == "THREATEN" && trig.lemma == "measure") {
      bool taken = false;
      for (uint32_t k = t; k > sent.first_token && t - k < 4;) {
        --k;
        if (lemma(k) == "take") taken = true;
      }
      if (!taken) return;
    }
    // "won control of the Senate": control of a body is an electoral object when won.
    bool won_control = !noun && trig.lemma == "win" && t + 3 < sent.end_token &&
                       lower(t + 1) == "control" && lower(t + 2) == "of";
    // Words that name an event only with their particle or object: "step down" (RESIGN),
    // "won the leadership", "lost his seat" (ELECTION).
    if (!noun && trig.lemma == "step" && !(t + 1 < sent.end_token && lower(t + 1) == "down")) return;
    // "marched against the plan", "marched in Paris", not "marched the country to the brink".
    if (!noun && trig.lemma == "march" && t + 1 < sent.end_token && has_letter(doc_, t + 1) &&
        !in(kPrepositions, lower(t + 1)) && lower(t + 1) != "and")
      return;
    // "lost to Truss in the summer" is a contest when the text around it is about one
    // ("a leadership contest"), not "lost to Park in the 50m freestyle".
    if (&trig == &kLostTo && !contest_nearby(s)) return;
    // "fired rockets at", "fired on the convoy", not "fired the coach" (dismissal).
    if (!noun && trig.lemma == "fire" && !fires_weapon(t, sent)) return;
    // "conceded the race", "called Trump to concede", not "conceded a penalty" or "conceded that".
    if (!noun && trig.lemma == "concede" && !concedes_contest(t)) return;
    if (!noun && (trig.lemma == "win" || trig.lemma == "lose") && !electoral_object(t, sent) &&
        !won_control)
      return;
    // "blocked imports of canola": an embargo; "rejected the argument that": no rejection.
    if (!noun && trig.type == "REJECT") {
      std::string object = object_lemma(t, sent);
      if (in(kTradeFlows, object)) {
        EventTrigger embargo = trig;
        embargo.type = "SANCTION";
        embargo.cameo = "16";
        embargo.frame = EventFrame::kSanction;
        process(t, embargo, noun, s);
        return;
      }
      if (in(kStatementNouns, object)) return;
    }
    // "called the snap election": calling an election announces it.
    if (noun && trig.type == "ELECTION") {
      uint32_t k = t;
      for (int i = 0; i < 4 && k > sent.first_token; ++i) {
        --k;
        std::string w = lower(k);
        if (w == "call" || w == "calls" || w == "called" || w == "calling") {
          EventTrigger announced = trig;
          announced.type = "ANNOUNCE";
          announced.cameo.clear();
          process(t, announced, noun, s);
          return;
        }
        if (mention_of_[k] >= 0 || !has_letter(doc_, k) || in(kPrepositions, w)) break;
      }
    }
    // "had almost reached an agreement", "nearly clashed": what almost happened did not (nor
    // the event noun such a verb takes).
    auto almost = [&](uint32_t v) {
      return v > sent.first_token && (lower(v - 1) == "almost" || lower(v - 1) == "nearly");
    };
    if (!noun && almost(t)) return;
    if (noun && doc_.tokens[t].deprel == "obj" && doc_.tokens[t].head >= 0 &&
        almost(static_cast<uint32_t>(doc_.tokens[t].head)))
      return;
    if (!noun && t > sent.first_token) {
      std::string prev = lower(t - 1);
      // "to visit", "agreed to meet": an intention, not an event (irrealis).
      if (prev == "to" && purpose_head(t) < 0) return;
      // "in charge of": a verb form after a preposition is a noun here.
      // ("after accusing the TPLF of", "before meeting Xi": a gerund of time is an act; the
      // parse makes it a verb.)
      bool timed_gerund = (prev == "after" || prev == "before") && lower(t).ends_with("ing") &&
                          doc_.tokens[t].upos == "VERB";
      if (in(kPrepositions, prev) && prev != "to" && !timed_gerund) return;
      // "his first elected office": a participle used as an adjective.
      // "Trump first signed the orders" is a verb all the same.
      bool adjective_first = prev == "first" && (doc_.tokens[t].upos != "VERB" ||
                                                 (t >= sent.first_token + 2 && in(kDeterminers, lower(t - 2))));
      if (in(kDeterminers, prev) || adjective_first || prev == "newly") return;
    }
    // "denies deploying troops", "ruled out sending troops", "recommend withdrawing brigades":
    // a gerund under a denial, refusal or proposal names no act that took place.
    // (A participle clause of manner is asserted: "refused to work with the BJP, accusing it of".)
    if (!noun && lower(t).ends_with("ing") && doc_.tokens[t].head >= 0 &&
        (doc_.tokens[t].deprel == "xcomp" || doc_.tokens[t].deprel == "ccomp" || doc_.tokens[t].deprel == "obj") &&
        in(kUnrealGerundHeads, lemma(static_cast<uint32_t>(doc_.tokens[t].head))))
      return;
    // "has never held elected office": the parse says the participle modifies a noun.
    if (!noun && doc_.tokens[t].deprel == "amod") return;
    // "the Canada-United States-Mexico Agreement": a capitalised noun inside a sentence is
    // part of a name, not an event.
    if (noun && t > sent.first_token && is_capitalised(doc_, t) && has_letter(doc_, t - 1) &&
        text(t - 1) != "\"" )
      return;
    // "the extradition case": an event noun that modifies another noun names no event.
    if (noun && doc_.tokens[t].deprel == "compound") return;
    // "more than 1,000 days in Chinese detention": a state, not an arrest.
    if (noun && trig.type == "ARREST") {
      uint32_t k = t;
      while (k > sent.first_token && k + 3 > t && mention_of_[k - 1] >= 0) --k;
      if (k > sent.first_token && (lower(k - 1) == "in" || lower(k - 1) == "under")) return;
    }
    if (noun && trig.type == "MEET") {
      // "Trump broke off trade negotiations with Ottawa": REJECT, with the same participants.
      uint32_t k = t;
      for (int i = 0; i < 4 && k > sent.first_token; ++i) {
        --k;
        if (in(kBreakOffs, lower(k)) && !(lower(k).starts_with("call") && lower(k + 1) != "off")) {
          EventTrigger rejected = trig;
          rejected.type = "REJECT";
          rejected.cameo = "12";
          process(t, rejected, noun, s);
          return;
        }
        if (in(kPrepositions, lower(k)) || text(k) == "," || mention_of_[k] >= 0) break;
      }
    }
    if (noun && trig.type == "INVESTIGATE") {
      // "closed an investigation into Apple": ending an investigation is not one.
      uint32_t k = t;
      for (int i = 0; i < 4 && k > sent.first_token; ++i) {
        --k;
        if (in(kClosings, lower(k))) return;
        if (in(kPrepositions, lower(k)) || text(k) == "," || mention_of_[k] >= 0) break;
      }
    }
    if (noun && trig.type == "SANCTION" && promise_verb(t) >= 0) {
      // "promised to impose tariffs on goods from China": a threat, by the one who promised.
      process(t, kPromisedSanction, noun, s);
      return;
    }
    if (noun && trig.type == "SANCTION") {
      // "lower tariffs", "lift sanctions": undoing a sanction is not one.
      uint32_t k = t;
      for (int i = 0; i < 4 && k > sent.first_token; ++i) {
        --k;
        if (in(kReversals, lower(k)) && &trig != &kEasedSanction && eases(k)) {
          process(t, kEasedSanction, noun, s);
          return;
        }
        if (in(kReversals, lower(k)) || in(kThreats, lower(k))) return;
        if (in(kPrepositions, lower(k)) || text(k) == ",") break;
      }
    }
    if (noun) {
      // "possible duties on batteries", "potential sanctions": an event noun that is only
      // contemplated names no event that took place.
      uint32_t k = t;
      for (int i = 0; i < 3 && k > sent.first_token; ++i) {
        --k;
        if (in(kIrrealisModifiers, lower(k))) return;
        if (mention_of_[k] >= 0 || !has_letter(doc_, k) || in(kPrepositions, lower(k))) break;
      }
    }
    if (noun) {
      // "any new agreement with Washington", "no trade agreement was signed": an event noun
      // under "any" or "no" names no event that took place.
      uint32_t k = t;
      for (int i = 0; i < 5 && k > sent.first_token; ++i) {
        --k;
        std::string w = lower(k);
        if (w == "any" || w == "no") return;
        if (mention_of_[k] >= 0 || !has_letter(doc_, k) || in(kPrepositions, w) ||
            in(kDeterminers, w) || is_possessive(text(k)))
          break;
      }
    }
    Draft d;
    bool definite = false, negated = false, hedged = false, passive = false;
    uint32_t np_start = t;
    bool agent_from_possessor = false;
    bool possessed_patient = false;  // "Meng's arrest": the possessor underwent the event
    if (noun) {
      // Modifiers, then a possessor or an entity right before the noun.
      uint32_t k = t, mods = 0;
      while (k > sent.first_token && mods < 3) {
        uint32_t p = k - 1;
        std::string_view w = text(p);
        if (mention_of_[p] >= 0 || is_possessive(w) || is_capitalised(doc_, p) ||
            !has_letter(doc_, p) || find_common_word(lex_, w) || in(kVerbCues, lower(p)) ||
            in(kLightVerbs, lower(p)) || find_reporting_verb(lex_, w))
          break;
        if (find_trigger(lex_, doc_, p, false) && !find_trigger(lex_, doc_, p, true)) break;
        --k;
        ++mods;
      }
      np_start = k;
      if (k > sent.first_token) {
        uint32_t p = k - 1;
        if (is_possessive(text(p)) && p > sent.first_token && mention_of_[p - 1] >= 0) {
          int32_t mi = mention_of_[p - 1];
          d.agent = participant(mi);
          agent_from_possessor = true;
          np_start = doc_.mentions[mi].first_token;
        } else if (in(kPossessivePronouns, lower(p)) && extractor::entity_at(doc_, p) >= 0) {
          // "Sunak tendered his resignation": the pronoun's person owns the act.
          d.agent = extractor::entity_at(doc_, p);
          agent_from_possessor = true;
        } else if (mention_of_[p] >= 0 && doc_.mentions[mention_of_[p]].end_token == k) {
          int32_t mi = mention_of_[p];
          // "the Bali bombing", "the Port Arthur massacre": a place names where violence
          // happened; a country, nationality or organisation ("a U.S. airstrike", "an Israeli
          // bombardment") names who did it.
          if (is_violence(trig) && names_site(mi)) d.place = doc_.mentions[mi].entity;
          else d.agent = participant(mi);
          d.own_args = true;
          np_start = doc_.mentions[mi].first_token;
        }
        if (np_start > sent.first_token && in(kDeterminers, lower(np_start - 1))) {
          definite = in(kDefinite, lower(np_start - 1));
          --np_start;
        }
      }
      complements(t + 1, sent, trig, &d);
      // "China may impose sanctions", "did not sign a deal": an event noun that is a verb's
      // object is negated or hedged with that verb.
      if (parsed_ && doc_.tokens[t].deprel == "obj" && doc_.tokens[t].head >= 0) {
        const uint32_t v = static_cast<uint32_t>(doc_.tokens[t].head);
        for (uint32_t c : children_[v]) {
          const std::string& rel = doc_.tokens[c].deprel;
          if (rel != "aux" && rel != "advmod") continue;
          if (in(kNegations, lower(c))) negated = true;
          else if (in(kHedges, lower(c))) hedged = true;
        }
      }
      // "He has promised to impose tariffs": the one who promised threatens.
      if (&trig == &kPromisedSanction && d.agent < 0) d.agent = parsed_subject(promise_verb(t));
      // "The United States added Huawei to a trade blacklist": the one who lists sanctions the
      // one listed.
      if (trig.lemma == "blacklist" && doc_.tokens[t].deprel == "obl" && doc_.tokens[t].head >= 0) {
        uint32_t h = static_cast<uint32_t>(doc_.tokens[t].head);
        if (in(kListingVerbs, lemma(h))) {
          if (d.agent < 0) d.agent = parsed_subject(static_cast<int32_t>(h));
          for (uint32_t c : children_[h])
            if (doc_.tokens[c].deprel == "obj" && mention_of_[c] >= 0 && d.recipient < 0)
              d.recipient = participant(mention_of_[c]);
        }
      }
      // "The duties were announced by Trump": the agent of the passive verb the noun is the
      // subject of.
      if (d.agent < 0 && doc_.tokens[t].deprel == "nsubj:pass" && doc_.tokens[t].head >= 0)
        for (uint32_t c : children_[static_cast<uint32_t>(doc_.tokens[t].head)])
          if (doc_.tokens[c].deprel == "obl:agent" && mention_of_[c] >= 0) {
            d.agent = participant(mention_of_[c]);
            d.own_args = true;
          }
      // "Sunak tendered his resignation", "Carney announced his visit": the object of a verb
      // right after a name is that name's act, whatever a longer sentence has before it.
      // Not an arrest or a release: "Trudeau welcomed his release" (his is another person).
      if (d.agent < 0 && np_start >= sent.first_token + 2 && in(kPossessivePronouns, lower(np_start)) &&
          verb_like(np_start - 1) && trig.type != "ARREST" && trig.type != "YIELD") {
        int32_t mi = mention_of_[np_start - 2];
        if (mi >= 0 && doc_.mentions[mi].type == EntityType::kPerson &&
            doc_.mentions[mi].end_token == np_start - 1) {
          d.agent = participant(mi);
          d.own_args = true;
        }
      }
      // "Meng's arrest", "Kovrig's release": a person who owns an arrest or release noun with
      // no "of" phrase is the one arrested or released, and the clause subject is not its agent.
      if (agent_from_possessor && d.patient < 0 && d.agent >= 0 &&
          (trig.type == "ARREST" || trig.type == "YIELD") &&
          doc_.entities[d.agent].type == EntityType::kPerson) {
        d.patient = d.agent;
        d.agent = -1;
        possessed_patient = true;
      }
    } else {
      // Auxiliaries before the verb: negation, hedging, passive.
      uint32_t k = t;
      while (k > sent.first_token) {
        std::string w = lower(k - 1);
        // "is expected to be sworn in", "is due to sign": an event still to come.
        if (w == "to" && k >= sent.first_token + 2 && in(kFutureFrames, lower(k - 2))) return;
        // "who will be inaugurated on Monday", "will be sworn in": an office not yet taken.
        if ((w == "will" || w == "'ll" || w == "shall") && trig.type == "APPOINT") return;
        if (in(kNegations, w)) negated = true;
        else if (in(kHedges, w)) hedged = true;
        else if (in(kPassive, w)) passive = true;
        else if (!in(kVerbCues, w) && w != "also" && w != "reportedly") break;
        --k;
      }
      np_start = k;
      if (parsed_) dependency_arguments(t, trig, &d, &passive);
      // The object right after the verb ("with" may come first): the head of its noun phrase,
      // and a list of names in apposition ("two Canadians, Michael Kovrig and Michael Spavor").
      uint32_t o = t + 1;
      if (o < sent.end_token && lower(o) == "with") ++o;
      // "called on Trudeau", "asked for his release", "spoke to Xi": the particle's object.
      if (phrasal(trig) && o < sent.end_token && trig.frame != EventFrame::kVisit &&
          (lower(o) == "on" || lower(o) == "for" || lower(o) == "to"))
        ++o;
      // "handed over the two men", "cracked down on dissidents": past the particle.
      if (particle_phrase(trig) && o < sent.end_token &&
          (lower(o) == "over" || lower(o) == "down" || lower(o) == "back"))
        ++o;
      std::vector<int32_t> object_mentions;
      uint32_t object_end = noun_phrase(o, sent.end_token, &object_mentions);
      int32_t head = -1;
      if (!object_mentions.empty()) {
        for (int32_t mi : object_mentions)
          if (doc_.mentions[mi].type == EntityType::kPerson) { head = mi; break; }
        // "recalled its ambassador from China": a possessive pronoun owns the object, it is
        // not the object.
        if (head < 0)
          for (int32_t mi : object_mentions)
            if (!adjectival(mi) && !in(kPossessivePronouns, lower_text(doc_.slice(doc_.mentions[mi].span)))) {
              head = mi;
              break;
            }
      }
      // Entities coordinated with the head ("fined Apple ... and Meta Platforms") share its role.
      std::vector<int32_t> coordinated;
      if (head >= 0 && !passive)
        for (int32_t mi : object_mentions)
          if (mi != head && !adjectival(mi) && doc_.mentions[mi].first_token > 0 &&
              lower(doc_.mentions[mi].first_token - 1) == "and" &&
              doc_.mentions[mi].type == doc_.mentions[head].type)
            coordinated.push_back(participant(mi));
      if (head >= 0 && !passive && object_end + 1 < sent.end_token && text(object_end) == ",") {
        std::vector<int32_t> appos;
        uint32_t k = object_end + 1;
        while (k < sent.end_token && mention_of_[k] >= 0 &&
               doc_.mentions[mention_of_[k]].type == EntityType::kPerson) {
          appos.push_back(doc_.mentions[mention_of_[k]].entity);
          k = doc_.mentions[mention_of_[k]].end_token;
          if (k < sent.end_token && (lower(k) == "and" || text(k) == ",")) ++k;
        }
        if (trig.frame == EventFrame::kTransitive || trig.frame == EventFrame::kAccuse)
          extra_patients_.insert(extra_patients_.end(), appos.begin(), appos.end());
      }
      if (head >= 0) {
        int32_t mi = head;
        int32_t e = participant(mi);
        if (passive) {
          // "was arrested in Beijing": no object.
        } else if (trig.frame == EventFrame::kMeet) {
          if (doc_.mentions[mi].type != EntityType::kLaw) d.partners.push_back(e);
          for (int32_t c : coordinated) d.partners.push_back(c);
        } else if (trig.frame == EventFrame::kVisit && is_place_type(doc_.mentions[mi].type)) {
          if (d.place < 0) d.place = doc_.mentions[mi].entity;
        } else if (trig.frame == EventFrame::kSanction) {
          if (d.recipient < 0) d.recipient = e;
          extra_recipients_ = coordinated;
        } else if (d.patient < 0) {
          d.patient = e;
          for (int32_t c : coordinated) extra_patients_.push_back(c);
        }
        d.own_args = true;
        complements(std::max(object_end, doc_.mentions[mi].end_token), sent, trig, &d);
      } else {
        complements(t + 1, sent, trig, &d);
      }
    }

    // An event "included" in another takes its agent and place.
    if (noun) {
      if (int32_t outer = including_event(np_start, sent); outer >= 0) {
        const Event& o = doc_.events[outer];
        for (const EventArgument& a : o.arguments)
          if (a.role == "agent" && d.agent < 0) d.agent = a.entity;
        if (d.place < 0) d.place = o.place;
        d.own_args = true;
      }
    }
    // A definite noun with nothing of its own, or a repeat of the same agent's event,
    // refers back to an earlier event.
    int32_t earlier = noun ? previous_event(trig.type) : -1;
    if (earlier >= 0) {
      const Event& e = doc_.events[earlier];
      bool same_agent = std::any_of(e.arguments.begin(), e.arguments.end(), [&](const EventArgument& a) {
        return a.role == "agent" && a.entity == d.agent;
      });
      bool nothing_new = d.partners.empty() && d.patient < 0 && d.recipient < 0 &&
                         (d.place < 0 || d.place == e.place);
      if ((definite && !d.own_args && d.agent < 0) ||
          (agent_from_possessor && same_agent && nothing_new)) {
        event_at_[t] = earlier;
        return;
      }
    }
    if (!noun && trig.frame == EventFrame::kMeet) {
      // "the two leaders agreed to meet", "The two leaders first met": the last two people
      // named before are the subject.
      std::vector<int32_t> pair = group_subject(np_start, s);
      if (pair.size() == 2) {
        d.agent = pair[0];
        d.partners.erase(std::remove(d.partners.begin(), d.partners.end(), pair[1]), d.partners.end());
        d.partners.insert(d.partners.begin(), pair[1]);
      } else if (d.agent < 0) {
        // "the three countries signed changes": the last three countries named.
        std::vector<int32_t> countries = group_countries(np_start, s);
        if (!countries.empty()) {
          d.agent = countries[0];
          d.partners.insert(d.partners.begin(), countries.begin() + 1, countries.end());
        }
      }
    }
    // "Both leaders attended a meeting of the alliance": the last two people named attended.
    if (noun && trig.frame == EventFrame::kMeet && np_start > sent.first_token &&
        in(kAttendingVerbs, lower(np_start - 1))) {
      std::vector<int32_t> pair = group_subject(np_start - 1, s);
      if (pair.size() == 2) {
        attended_.push_back(t);
        d.agent = pair[0];
        d.partners.erase(std::remove(d.partners.begin(), d.partners.end(), pair[1]), d.partners.end());
        d.partners.insert(d.partners.begin(), pair[1]);
      }
    }
    // The clause subject when the trigger has no agent of its own.
    // A noun inside a prepositional phrase ("on espionage charges") has no clause subject,
    // except in phrases of time and place ("during a visit", "at the talks").
    // "answered with tariffs": an instrument of the subject's act.
    bool instrument = trig.frame != EventFrame::kMeet && np_start > sent.first_token &&
                      lower(np_start - 1) == "with";
    // "Alphabet is under investigation", "remains under sanctions": the subject undergoes it.
    bool undergoes = noun && np_start > sent.first_token + 1 && lower(np_start - 1) == "under" &&
                     (in(kPassive, lower(np_start - 2)) || lower(np_start - 2) == "remains" ||
                      lower(np_start - 2) == "remain" || lower(np_start - 2) == "also");
    // "have been on strike": the subject is the one striking.
    bool on_strike = noun && trig.lemma == "strike" && np_start > sent.first_token && lower(np_start - 1) == "on";
    // "Modi, who is in South Africa for a summit": a meeting one is at a place for.
    int32_t visited = noun && trig.type == "MEET" ? place_for_meeting(np_start, sent) : -1;
    // "was barred because of a fraud conviction": a cause befell or was done by the subject.
    // (Only an arrest or a release, which befell the subject; "not allowed to leave because of
    // investigations of bank accounts" is no inquiry of hers.)
    uint32_t because_at = 0;
    for (uint32_t a = np_start; noun && a > sent.first_token + 1 && np_start - a < 3; --a)
      if (lower(a - 1) == "of" && lower(a - 2) == "because") because_at = a - 2;
    const bool because_of = because_at > 0 && (trig.type == "ARREST" || trig.type == "YIELD");
    bool embedded = noun && !on_strike && !because_of && visited < 0 && np_start > sent.first_token &&
                    in(kPrepositions, lower(np_start - 1)) &&
                    !in(kFrameOpeners, lower(np_start - 1)) && !instrument && !undergoes &&
                    !trip_purpose(t, trig, np_start);
    // "called the tariffs unacceptable", "described the arrests as arbitrary": the one who
    // names an act is not its actor.
    if (noun && np_start > sent.first_token && phrasal_trigger(np_start - 1, sent) == &kCriticised)
      embedded = true;
    if (noun && judged_by_verb(np_start, sent)) embedded = true;
    // "The regulator approved the takeover", "blocked the merger": not the buyer.
    if (noun && trig.type == "TRADE" && np_start > sent.first_token && in(kRulingVerbs, lower(np_start - 1)))
      embedded = true;
    // "to lower tariffs", "to criticise tariffs": the governing verb is an infinitive.
    if (noun && np_start > sent.first_token + 1 && lower(np_start - 2) == "to" &&
        !in(kPrepositions, lower(np_start - 1)))
      embedded = true;
    // "after the president withdrew": a verb right after a definite noun phrase that names no
    // one has that unnamed subject, not a name further left.
    bool unnamed_subject = !noun && np_start >= sent.first_token + 2 && mention_of_[np_start - 1] < 0 &&
                           doc_.tokens[np_start - 1].upos == "NOUN" &&
                           in(kDefinite, lower(np_start - 2));
    // "four people convicted of fraud": a participle modifying a noun has that noun, named or
    // not, as its patient and no clause subject. "in the takeover of Mannesmann": the buyer of a
    // company is named on the noun ("its purchase", "by Vodafone"), never the clause subject.
    std::string form = lower(t);
    bool past_participle_modifier = !noun && doc_.tokens[t].deprel == "acl" &&
                                    (form.ends_with("ed") || form.ends_with("en") || form.ends_with("wn")) &&
                                    reduced_relative(t, sent);
    // ("Microsoft completed its purchase of X": a possessive pronoun is the subject's own act.)
    if (past_participle_modifier ||
        (noun && trig.type == "TRADE" && !owned_by_pronoun(t, sent)))
      embedded = true;
    if (past_participle_modifier) reduced_relative_argument(t, &d);
    if (!embedded && !possessed_patient && !d.unnamed_patient && !unnamed_subject &&
        !(d.unnamed_agent && d.agent < 0) &&
        ((passive && d.patient < 0) || (!passive && d.agent < 0))) {
      uint32_t at = 0;
      int32_t subject = -1;
      // A name right before a verb is its subject, whatever precedes it ("after U.S.
      // President Donald Trump met Xi"), also across an appositive ("Meng, the chief
      // financial officer of Huawei, was arrested").
      if (!noun && np_start > sent.first_token) {
        // "in Vancouver and China then detained Kovrig": past an adverb.
        uint32_t adv = np_start;
        while (adv > sent.first_token + 1 && doc_.tokens[adv - 1].upos == "ADV" && mention_of_[adv - 1] < 0)
          --adv;
        uint32_t before = appositive_start(adv, sent.first_token);
        // "Rishi Sunak, the former chancellor, who lost to Truss", "Johnson, who resigned": the
        // antecedent of a relative "who".
        if (before == adv && adv >= sent.first_token + 3 && lower(adv - 1) == "who" && text(adv - 2) == ",") {
          uint32_t described = appositive_start(adv - 1, sent.first_token);
          before = described != adv - 1 ? described : adv - 2;
        }
        // "Costa, whose party has governed since 2015, stepped down": the name before a
        // relative "whose" clause set off by commas (no comma inside it).
        if (before == adv && adv >= sent.first_token + 4 && text(adv - 1) == ",")
          for (uint32_t k = adv - 2; k > sent.first_token + 1 && adv - k < 25; --k) {
            if (text(k) == ",") break;
            if (lower(k) == "whose") {
              if (text(k - 1) == ",") before = k - 1;
              break;
            }
          }
        int32_t mi = mention_of_[before - 1];
        uint32_t np = mi >= 0 ? phrase_start(doc_.mentions[mi].first_token, sent.first_token) : 0;
        // "workers in Ruritania and Borduria walked out": a name coordinated with a
        // prepositional object is one too when the parse gives the verb another subject.
        bool prepositional = mi >= 0 && ((np > sent.first_token && in(kPrepositions, lower(np - 1)) &&
                                          !in(kSubordinators, lower(np - 1))) ||
                                         (coordinated_with_prepositional(np, sent.first_token, sent.end_token) &&
                                          mention_of_[np - 2] >= 0 &&
                                          common_noun_subject(t, doc_.mentions[mention_of_[np - 2]].first_token)));
        if (mi >= 0 && doc_.mentions[mi].end_token == before && !adjectival(mi) && !prepositional) {
          subject = participant(mi);
          at = doc_.mentions[mi].first_token;
        }
      }
      // "Howard condemned the bombings", "Mezni said gunmen ambushed a convoy": violence is
      // never given to a name further left. Its agent is the parsed subject of the verb, or of
      // the verb that launched, carried out or claimed the attack noun; none when that subject
      // names no entity.
      if (subject < 0 && is_violence(trig) && parsed_ && !passive) {
        if (!noun) subject = subject_actor(t);
        else if (perpetrated_by_subject(t)) subject = subject_actor(static_cast<uint32_t>(doc_.tokens[t].head));
      } else if (subject < 0) {
        // "weeks after President Donald Trump imposed tariffs": a sanction noun that is the
        // object of a verb of imposing has that verb's parsed subject, however far left another
        // name stands; likewise an inquiry opened. (For any verb, on 2,730 TempEval-3 and Wikinews articles, it lost the
        // parties of talks and agreements and gave judges their acts: "denied the accusation".)
        if (noun && parsed_ && doc_.tokens[t].deprel == "obj" && doc_.tokens[t].head >= 0) {
          std::string verb = lemma(static_cast<uint32_t>(doc_.tokens[t].head));
          if ((trig.type == "SANCTION" && in(kImposingVerbs, verb)) ||
              (trig.type == "INVESTIGATE" && in(kOpeningVerbs, verb)))
            subject = parsed_subject(doc_.tokens[t].head);
        }
        if (subject < 0) subject = clause_subject(because_of ? because_at : np_start, sent, &at);
      }
      if (subject >= 0) {
        bool faces = noun && np_start > sent.first_token &&
                     (in(kFace, lower(np_start - 1)) || undergoes);
        if (faces && trig.frame == EventFrame::kSanction) {
          if (d.recipient < 0) d.recipient = subject;  // "Canada faces tariffs"
        } else if (passive || faces || (noun && owned_by_subject_as_undergoer(np_start, trig, subject))) {
          if (d.patient < 0) d.patient = subject;
        } else {
          d.agent = subject;
          // "Carney and Xi met": the first conjunct joins.
          if (trig.frame == EventFrame::kMeet && at > sent.first_token + 1 && lower(at - 1) == "and") {
            int32_t mi = mention_of_[at - 2];
            if (mi >= 0) d.partners.push_back(doc_.mentions[mi].entity);
          }
        }
      }
    }
    // "Carney won the leadership of the Liberal Party": the winner leads the organisation.
    if (!noun && trig.lemma == "win" && d.agent >= 0 && d.patient >= 0 &&
        doc_.entities[d.agent].type == EntityType::kPerson &&
        doc_.entities[d.patient].type == EntityType::kOrg && t + 2 < sent.end_token &&
        (lower(t + 1) == "leadership" || lower(t + 2) == "leadership") && !negated)
      leadership_won_.push_back({d.agent, d.patient, s});
    if (noun && trig.frame == EventFrame::kMeet && d.agent >= 0 && d.partners.empty() &&
        np_start > sent.first_token + 1 &&
        (lower(np_start - 1) == "in" || lower(np_start - 1) == "during")) {
      // "Trump congratulated Carney in a phone call": the person the clause's verb acts on.
      int32_t mi = mention_of_[np_start - 2];
      if (mi >= 0 && doc_.mentions[mi].type == EntityType::kPerson &&
          doc_.mentions[mi].entity != d.agent) {
        uint32_t np = phrase_start(doc_.mentions[mi].first_token, sent.first_token);
        if (np > sent.first_token && verb_like(np - 1)) d.partners.push_back(doc_.mentions[mi].entity);
      }
    }
    if (passive && d.patient < 0) {
      std::vector<int32_t> people = plural_antecedents(np_start, s);
      if (!people.empty()) {
        d.patient = people.front();
        extra_patients_.insert(extra_patients_.end(), people.begin() + 1, people.end());
      }
    }
    if (&trig == &kReplacedWith || &trig == &kSentAid) phrase_arguments(t, trig, sent, &d);
    // "78 percent of Chileans backed writing a new charter": the voters' country votes.
    if (&trig == &kReferendumVote && d.agent < 0)
      for (uint32_t k = t; k > sent.first_token + 1 && t - k < 9;) {
        --k;
        if (mention_of_[k] >= 0 && lower(k - 1) == "of") {
          int32_t e = doc_.mentions[mention_of_[k]].entity;
          int32_t c = doc_.mentions[mention_of_[k]].type == EntityType::kNorp ? linked_country(lex_, doc_, e, false, true) : -1;
          d.agent = c >= 0 ? c : e;
          break;
        }
      }
    // "faced objections from regulators and from Sony": the critic named after "from" is the
    // agent (the subject, who faced them, the patient).
    if (noun && in(kFacedOnlyNouns, trig.lemma) && d.agent < 0)
      for (uint32_t k = t + 1; k + 1 < sent.end_token && k < t + 14; ++k) {
        std::string w = lower(k);
        if (w == ";" || w == "." || w == "which" || w == "who" || w == "that") break;
        if (w == "from" && mention_of_[k + 1] >= 0 && !adjectival(mention_of_[k + 1])) {
          d.agent = participant(mention_of_[k + 1]);
          break;
        }
      }
    // "named the chief technology officer, Mira Murati, as interim chief": the person set off by
    // commas before "as" is the one appointed.
    if (&trig == &kNamedAs && d.patient < 0 && !noun)
      for (uint32_t k = t + 1; k < sent.end_token && k < t + 9; ++k) {
        if (lower(k) == "as" || lower(k) == "." || lower(k) == ";") break;
        if (mention_of_[k] >= 0 && doc_.mentions[mention_of_[k]].type == EntityType::kPerson) {
          d.patient = participant(mention_of_[k]);
          break;
        }
      }
    // "filed a complaint against Acme": the one the case is against is its patient.
    if (&trig == &kFiledCase && d.patient < 0)
      for (uint32_t k = t + 1; k + 1 < sent.end_token && k < t + 8; ++k) {
        if (in(kNpBreaks, lower(k))) break;
        if (lower(k) == "against" && mention_of_[k + 1] >= 0) {
          d.patient = participant(mention_of_[k + 1]);
          break;
        }
      }
    if (&trig == &kSeizedPower || &trig == &kHacked || &trig == &kAidLanded) seizure_arguments(t, trig, sent, &d);
    // "UBS agreed to buy Credit Suisse": the company a deal buys or merges with is the other
    // party to the agreement.
    if (!noun && trig.type == "AGREE" && parsed_ && d.partners.empty())
      for (uint32_t c : children_[t]) {
        if (doc_.tokens[c].deprel != "xcomp" || !in(kDealVerbs, lemma(c))) continue;
        for (uint32_t o : children_[c])
          if ((doc_.tokens[o].deprel == "obj" || doc_.tokens[o].deprel == "obl") && mention_of_[o] >= 0 &&
              doc_.mentions[mention_of_[o]].type == EntityType::kOrg && participant(mention_of_[o]) != d.agent)
            d.partners.push_back(participant(mention_of_[o]));
      }
    // "the bloc would also retaliate, the Commission said": a retaliation stated to come is a
    // threat made now, by the one who states it when the clause names no one.
    int32_t stated_by = -1;
    if (&trig == &kVowed) {
      hedged = false;
      stated_by = reporter_of(t);
      std::swap(stated_by, d.agent);  // the reporter first, the clause subject after it
      if (d.agent < 0) std::swap(stated_by, d.agent);
    }
    // "Google said it would appeal", "will acquire", "would later tell the court": a court or
    // business act under a modal is still a plan, not an event.
    // "Justice Linda Chan ... 'The company has run out of time,' she told the court": a judge
    // addressing the court testifies against no one.
    if (&trig == &kTestified && d.agent >= 0 && titled_judge(d.agent)) return;
    if (!noun && (in(kPlannedActs, trig.lemma) || &trig == &kTestified) && (hedged || modal_before(t, sent)))
      return;
    // "The 33,000 workers in Washington state and Oregon walked out": workers protest, the
    // places they work in do not.
    if (trig.type == "PROTEST" && !noun && parsed_ && d.agent >= 0 &&
        is_place_type(doc_.entities[d.agent].type) && placed_in_phrase(d.agent, t, sent))
      d.agent = -1;
    // "X, the embassy's acting head, was thrown to the ground": the one thrown (a passive
    // phrase, whatever subject relation the parse gives).
    if (&trig == &kAssaulted && d.patient < 0) std::swap(d.agent, d.patient);
    // "prosecutors investigate whether the largest faction of the party hid donations": the one
    // whose conduct a "whether"/"if" clause asks about is investigated (the first name of that
    // clause's subject, before its verb).
    if (!noun && trig.type == "INVESTIGATE" && d.patient < 0 && t + 2 < sent.end_token &&
        (lower(t + 1) == "whether" || lower(t + 1) == "if"))
      for (uint32_t k = t + 2; k < sent.end_token && k < t + 12; ++k) {
        if (in(kNpBreaks, lower(k)) || doc_.tokens[k].upos == "VERB" || doc_.tokens[k].upos == "AUX") break;
        int32_t mi = mention_of_[k];
        if (mi < 0 || adjectival(mi)) continue;
        d.patient = participant(mi);
        break;
      }
    // "the meeting was held by the authorities": custody holds a person.
    if (&trig == &kHeldInCustody &&
        (d.patient < 0 || doc_.entities[d.patient].type != EntityType::kPerson))
      return;
    // "replaced its policy chief, Koichi Hagiuda, and Tsuyoshi Takagi": the people the office
    // object lists are those replaced.
    if (&trig == &kReplacedOffice && parsed_)
      for (uint32_t c : children_[t]) {
        if (doc_.tokens[c].deprel != "obj") continue;
        for (uint32_t g : children_[c]) {
          const std::string& rel = doc_.tokens[g].deprel;
          int32_t mi = mention_of_[g];
          if ((rel == "conj" || rel == "appos") && mi >= 0 && doc_.mentions[mi].type == EntityType::kPerson) {
            if (d.patient < 0) d.patient = participant(mi);
            else extra_patients_.push_back(participant(mi));
          }
        }
      }
    if (!noun && !passive && d.agent < 0) {
      std::vector<int32_t> members = listed_members(np_start, sent);
      if (!members.empty()) {
        d.agent = members.front();
        extra_agents_.insert(extra_agents_.end(), members.begin() + 1, members.end());
      }
    }
    if (&trig == &kTookOverOffice && d.agent >= 0)
      for (int32_t e : gapped_subjects(t, sent))
        if (e != d.agent) extra_agents_.push_back(e);
    // (An event noun only with a possessive pronoun for its agent: "their resignations"; not
    // "won the House and the Senate in the elections".)
    const bool pronoun_owned = noun && ((np_start < t && in(kPossessivePronouns, lower(np_start))) ||
                                        (np_start > sent.first_token && in(kPossessivePronouns, lower(np_start - 1))));
    if (d.agent >= 0 && (!noun || pronoun_owned) && trig.frame != EventFrame::kMeet &&
        trig.type != "MEET" && trig.type != "AGREE")
      coordinated_agents(t, sent, d.agent, d.patient >= 0 || d.recipient >= 0 || !d.partners.empty());
    emit(t, trig, s, d, negated, hedged);
    if (stated_by >= 0 && event_at_[t] >= 0) {
      auto& args = doc_.events[event_at_[t]].arguments;
      if (std::none_of(args.begin(), args.end(), [&](const EventArgument& a) { return a.entity == stated_by; }))
        args.insert(args.begin() + 1, {stated_by, "agent"});
    }
    if (visited >= 0 && d.agent >= 0 && event_at_[t] >= 0) {
      // ... and a visit to that place by the one attending.
      int32_t meeting = event_at_[t];
      Draft trip;
      trip.agent = d.agent;
      trip.place = visited;
      emit(t, kInPlaceFor, s, trip, negated, hedged);
      // "is in South Africa for a summit": under way at publication; a stay of several days
      // is dated by its month (as the team's gold dates visits).
      std::string month = dct_month();
      if (!month.empty() && in_present(sent, visited))
        for (size_t e = static_cast<size_t>(meeting); e < doc_.events.size(); ++e)
          if (doc_.events[e].date.empty()) doc_.events[e].date = month;
      event_at_[t] = meeting;
    }
    if (int32_t h = purpose_head(t); h >= 0 && event_at_[t] >= 0)
      date_by_head(doc_.events[event_at_[t]], static_cast<uint32_t>(h));
  }

  // "Trudeau flew to Florida in late November to meet Trump": a purpose clause happened when
  // the act it serves did, the point-like timex ("2024-11", not "P3D") attached to that verb.
  void date_by_head(Event& ev, uint32_t head) const {
    for (size_t i = 0; i < doc_.timexes.size(); ++i) {
      const Timex& x = doc_.timexes[i];
      if (x.value.empty() || !std::isdigit(static_cast<unsigned char>(x.value[0]))) continue;
      // The timex's own tokens, found by binary search (tokens are in text order; a scan of
      // every token for every timex made this quadratic in the length of an article).
      auto first = std::partition_point(doc_.tokens.begin(), doc_.tokens.end(),
                                        [&](const Token& tok) { return tok.span.begin < x.span.begin; });
      for (auto it = first; it != doc_.tokens.end() && it->span.end <= x.span.end; ++it) {
        const Token& tok = *it;
        if (tok.head == static_cast<int32_t>(head)) {
          ev.timex = static_cast<int32_t>(i);
          ev.date = x.value;
          return;
        }
      }
    }
  }

  // The lemma of the head noun of verb t's object, lower case: the parse's obj when there is
  // one, else the first noun within four words after the verb ("" when none).
  // A "fire" verb at t shoots: its object is a weapon or a round ("fired two missiles",
  // "fired artillery rounds") or "at"/"on"/"into" follows ("troops fired on protesters").
  bool fires_weapon(uint32_t t, const Sentence& sent) const {
    if (t + 1 < sent.end_token && (lower(t + 1) == "at" || lower(t + 1) == "on" || lower(t + 1) == "into"))
      return true;
    return in(kWeapons, object_lemma(t, sent));
  }

  static bool is_violence(const EventTrigger& trig) {
    return trig.type == "ATTACK" || trig.type == "FIGHT" || trig.type == "MASS_VIOLENCE";
  }

  // A mention that names a site, not an actor: a place (GPE, LOC, FAC) that is not a country.
  bool names_site(int32_t mi) const {
    const Mention& m = doc_.mentions[mi];
    if (m.type != EntityType::kGpe && m.type != EntityType::kLoc && m.type != EntityType::kFac)
      return false;
    if (m.type != EntityType::kGpe || m.entity < 0) return true;
    const Place* place = find_place(lex_, doc_.entities[m.entity].name);
    return !place || !place->country.empty();
  }

  // Who acts as the parsed subject of verb v: the subject's entity, else the entity that
  // modifies it ("Israeli troops", "warplanes from the NATO-led force", "the group's
  // gunmen"); -1 when there is no subject or it names no one.
  int32_t subject_actor(uint32_t v) {
    for (uint32_t c : children_[v]) {
      if (doc_.tokens[c].deprel != "nsubj") continue;
      if (mention_of_[c] >= 0) return participant(mention_of_[c]);
      for (uint32_t g : children_[c]) {
        const std::string& r = doc_.tokens[g].deprel;
        if (mention_of_[g] >= 0 && (r == "amod" || r == "compound" || r == "nmod" || r == "nmod:poss"))
          return participant(mention_of_[g]);
      }
      return -1;
    }
    return -1;
  }

  // The noun at t is the object of a verb of perpetrating ("launched an attack", "carried out
  // the bombings", "claimed the attack", "staged an ambush").
  bool perpetrated_by_subject(uint32_t t) const {
    const int32_t h = doc_.tokens[t].head;
    if (h < 0 || doc_.tokens[t].deprel != "obj") return false;
    return in(kPerpetratingVerbs, lemma(static_cast<uint32_t>(h)));
  }

  std::string object_lemma(uint32_t t, const Sentence& sent) const {
    auto lemma_at = [&](uint32_t k) {
      std::string l = doc_.tokens[k].lemma.empty() ? lower(k) : doc_.tokens[k].lemma;
      for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return l;
    };
    if (parsed_)
      for (uint32_t c : children_[t])
        if (doc_.tokens[c].deprel == "obj") return lemma_at(c);
    for (uint32_t k = t + 1; k < sent.end_token && k <= t + 4; ++k)
      if (doc_.tokens[k].upos == "NOUN") return lemma_at(k);
    return "";
  }

  // "Canada described the detentions as arbitrary": an event noun that is the object of a
  // verb of judging or reporting (kJudgingVerbs) takes no clause subject.
  bool judged_by_verb(uint32_t np_start, const Sentence& sent) const {
    return np_start > sent.first_token && in(kJudgingVerbs, lower(np_start - 1));
  }

  // "Ruiz had lived in Lima since her arrest": an arrest or release noun owned by a personal
  // pronoun ("her", "his", "their") whose clause subject is a person was undergone by that
  // person (the pronoun's referent when coreference leaves it unresolved).
  // "Ruiz lived in Lima since her arrest", "was barred from running because of a fraud
  // conviction": an arrest or release noun owned by the subject's pronoun, or given as the
  // cause or time of the clause, befell that person.
  bool owned_by_subject_as_undergoer(uint32_t np_start, const EventTrigger& trig, int32_t subject) const {
    if (!(trig.type == "ARREST" || trig.type == "YIELD") || subject < 0 ||
        doc_.entities[subject].type != EntityType::kPerson)
      return false;
    const std::string first = lower(np_start);
    if (first == "his" || first == "her" || first == "their") return true;
    // The article may stand before modifiers the noun phrase left out ("a fraud conviction").
    uint32_t a = np_start;
    while (a >= 2 && np_start - a < 3 && lower(a) != "a" && lower(a) != "an") --a;
    if (a < 2 || (lower(a) != "a" && lower(a) != "an")) return false;
    const std::string before = lower(a - 1);
    return (before == "of" && lower(a - 2) == "because") || before == "after" ||
           before == "following" || before == "despite";
  }

  // Subject and object from a dependency parse of a verbal trigger.
  void dependency_arguments(uint32_t v, const EventTrigger& trig, Draft* d, bool* passive) {
    int32_t subject = -1;  // the token of the chosen subject
    for (uint32_t c : children_[v]) {
      const std::string& rel = doc_.tokens[c].deprel;
      // "Swiss President Alain Berset" headed by "Swiss": the name at the phrase's end.
      int32_t mi = mention_of_[rel.rfind("nsubj", 0) == 0 ? name_head(c) : c];
      if (mi < 0) mi = mention_of_[c];
      if (mi < 0 && rel == "nsubj") mi = appositive_name(c);
      // "Vadim Krasikov, whom a German court sentenced": the relative pronoun object stands for
      // the name the relative clause modifies.
      const bool whom = mi < 0 && (rel == "obj" || rel == "obl") && lower(c) == "whom" &&
                        doc_.tokens[v].deprel.rfind("acl", 0) == 0 && doc_.tokens[v].head >= 0;
      if (whom) mi = mention_of_[name_head(static_cast<uint32_t>(doc_.tokens[v].head))];
      // "attacked the French embassy": a nationality before an institution object stands for
      // its country (participant()).
      if (mi < 0 && rel == "obj" && in(kInstitutions, lower(c)))
        for (uint32_t g : children_[c])
          if (doc_.tokens[g].deprel == "amod" && mention_of_[g] >= 0 &&
              doc_.mentions[mention_of_[g]].type == EntityType::kNorp)
            mi = mention_of_[g];
      // "arrested four Indian nationals", "two Canadian citizens were detained": the
      // nationality names the people (not their country, unlike an institution).
      bool nationals = false;
      if (mi < 0 && (rel == "obj" || rel == "nsubj:pass") && in(kNationals, lower(c)))
        for (uint32_t g : children_[c])
          if (doc_.tokens[g].deprel == "amod" && mention_of_[g] >= 0 &&
              doc_.mentions[mention_of_[g]].type == EntityType::kNorp) {
            mi = mention_of_[g];
            nationals = true;
          }
      if (mi < 0 && rel == "nsubj:pass" && doc_.tokens[c].upos == "NOUN" &&
          std::none_of(children_[c].begin(), children_[c].end(),
                       [&](uint32_t g) { return mention_of_[g] >= 0; })) {
        *passive = true;
        d->unnamed_patient = true;
      }
      if (mi < 0) continue;
      int32_t e = nationals ? doc_.mentions[mi].entity : participant(mi);
      if (rel == "nsubj") {
        // Two subjects of one verb is a parse error, most often a dateline taken for a subject
        // ("GYEONGJU, South Korea — Carney met Xi"): the one nearest the verb wins.
        if (d->agent < 0 || c < v) {
          d->agent = e;
          subject = static_cast<int32_t>(c);
        }
      } else if (rel == "obl:agent") {
        if (d->agent < 0) d->agent = e;
      } else if (rel == "nsubj:pass") {
        *passive = true;
        if (d->patient < 0 || c < v) d->patient = e;
      } else if (rel == "obj" || whom) {
        // "arrested Huawei executive Meng Wanzhou" parsed with Huawei as the object: the
        // person the noun phrase names is the object.
        std::vector<int32_t> phrase;
        noun_phrase(doc_.mentions[mi].first_token, doc_.sentences[sentence_of(v)].end_token, &phrase);
        for (int32_t pm : phrase)
          if (doc_.mentions[pm].type == EntityType::kPerson) { mi = pm; e = participant(pm); break; }
        // "ratified the Ruritania Trade Agreement": a law or treaty signed is no party.
        if (trig.frame == EventFrame::kMeet) {
          if (doc_.mentions[mi].type != EntityType::kLaw) d->partners.push_back(e);
        }
        else if (trig.frame == EventFrame::kVisit && is_place_type(doc_.mentions[mi].type)) d->place = doc_.mentions[mi].entity;
        else if (trig.frame == EventFrame::kSanction) d->recipient = e;
        else if (d->patient < 0) d->patient = e;
      }
    }
    // "Duterte arrested on ICC warrant": a headline drops the passive's auxiliary; a transitive
    // act in its -ed form with a subject, no object and no auxiliary is done to that subject
    // (a user's trial: Duterte was the one arresting).
    if (!*passive && trig.frame == EventFrame::kTransitive && d->agent >= 0 && d->patient < 0 &&
        headline_like(sentence_of(v)) && lower(v).size() > 3 && lower(v).ends_with("ed") &&
        std::none_of(children_[v].begin(), children_[v].end(), [&](uint32_t c) {
          const std::string& r = doc_.tokens[c].deprel;
          return r == "obj" || r == "aux" || r == "aux:pass" || r == "ccomp";
        })) {
      d->patient = d->agent;
      d->agent = -1;
      *passive = true;
    }
    // "Trump and Xi met and agreed to a pause", "the group said it was concerned and asked
    // for his release": a verb coordinated with another shares its subject.
    if (d->agent < 0 && !*passive && doc_.tokens[v].deprel == "conj" && doc_.tokens[v].head >= 0) {
      uint32_t h = static_cast<uint32_t>(doc_.tokens[v].head);
      // "the day that Trump and Xi met over dinner and agreed", parsed with "agreed" joined to
      // the main verb: the nearest verb before with a named subject is the one coordinated.
      for (uint32_t u = v - 1; u > h && h < v; --u)
        if (doc_.tokens[u].upos == "VERB" &&
            std::any_of(children_[u].begin(), children_[u].end(), [&](uint32_t c) {
              return doc_.tokens[c].deprel == "nsubj" && mention_of_[c] >= 0;
            })) {
          h = u;
          break;
        }
      for (uint32_t c : children_[h]) {
        if (c >= v || doc_.tokens[c].deprel != "nsubj") continue;
        if (mention_of_[c] < 0 && doc_.tokens[c].upos == "NOUN" &&
            std::none_of(children_[c].begin(), children_[c].end(),
                         [&](uint32_t g) { return mention_of_[g] >= 0; }))
          d->unnamed_agent = true;
        int32_t s = static_cast<int32_t>(c);
        // "X said it was concerned and asked": an unresolved pronoun subject of a reported
        // clause is the reporter (Hobbs 1978, as in extractor/coref.h).
        if (mention_of_[c] < 0 && doc_.tokens[c].upos == "PRON" && doc_.tokens[h].deprel == "ccomp" &&
            doc_.tokens[h].head >= 0) {
          s = -1;
          for (uint32_t g : children_[static_cast<uint32_t>(doc_.tokens[h].head)])
            if (doc_.tokens[g].deprel == "nsubj" && mention_of_[g] >= 0) s = static_cast<int32_t>(g);
        }
        if (s >= 0 && mention_of_[s] >= 0) {
          d->agent = participant(mention_of_[s]);
          subject = s;
        }
      }
    }
    // "Trudeau flew to Florida to meet Trump", "Harris called Trump to concede": a purpose
    // clause of an act of travel or contact has that act's subject, and the object of the
    // contact is the one conceded to.
    if (int32_t h = purpose_head(v); h >= 0) {
      for (uint32_t c : children_[static_cast<uint32_t>(h)]) {
        if (mention_of_[c] < 0) continue;
        const std::string& rel = doc_.tokens[c].deprel;
        if (rel == "nsubj" && d->agent < 0) {
          d->agent = participant(mention_of_[c]);
          subject = static_cast<int32_t>(c);
        } else if (rel == "obj" && trig.frame == EventFrame::kTransitive && d->patient < 0 &&
                   doc_.mentions[mention_of_[c]].type == EntityType::kPerson) {
          d->patient = participant(mention_of_[c]);
        }
      }
    }
    // "Canada and China have agreed": a name coordinated with the subject is a partner; of
    // another act ("Egypt and Turkey flew in rescue teams"), an agent too.
    // ("the European Union and the South American bloc Mercosur": the name a conjunct's common
    // noun heads, as for a subject.)
    if (subject >= 0)
      for (uint32_t cc : children_[static_cast<uint32_t>(subject)]) {
        int32_t cm = mention_of_[cc] >= 0 ? mention_of_[cc] : mention_of_[name_head(cc)];
        if (doc_.tokens[cc].deprel.rfind("conj", 0) == 0 && cm >= 0 &&
            cm != mention_of_[static_cast<uint32_t>(subject)]) {
          if (trig.frame == EventFrame::kMeet) d->partners.push_back(participant(cm));
          else extra_agents_.push_back(participant(cm));
        }
      }
  }

  // Binary search (extractor/lexicon.h): a scan from the first sentence made event extraction
  // quadratic in the length of an article.
  uint32_t sentence_of(uint32_t t) const { return sentence_of_token(doc_, t); }
  // A title line, in title or sentence case: no sentence-final mark ("Duterte arrested on ICC
  // warrant"), or is_headline (ner_rules.h).
  bool headline_like(uint32_t s) const {
    const Sentence& sent = doc_.sentences[s];
    if (sent.end_token <= sent.first_token) return false;
    const std::string_view last = text(sent.end_token - 1);
    const bool final_mark = last == "." || last == "!" || last == "?" || last == "\"" ||
                            last == "\xE2\x80\x9D" || last == ":" || last == ",";
    return !final_mark || is_headline(doc_, s);
  }

  void emit(uint32_t t, const EventTrigger& trig, uint32_t s, Draft& d, bool negated, bool hedged) {
    Event ev;
    ev.type = trig.type;
    ev.cameo = trig.cameo;
    // "agreed to meet", "agreed to negotiate": an agreement to meet or talk expresses intent
    // to cooperate (CAMEO 036), not an agreement reached ("agreed to rebuild ties": AGREE).
    auto meeting_word = [&](uint32_t k) {
      std::string w = lower(k);
      const EventTrigger* tr = find_trigger(lex_, doc_, k, false);
      return (tr && (tr->type == "MEET" || tr->type == "VISIT")) || w == "negotiate" ||
             w == "talk" || w == "cooperate" || w == "work";
    };
    if (trig.type == "AGREE" && !trig.noun && t + 2 < doc_.tokens.size() && lower(t + 1) == "to" &&
        mention_of_[t + 2] < 0 && meeting_word(t + 2)) {
      ev.type = "INTENT_TO_COOPERATE";
      ev.cameo = "03";
    }
    ev.trigger = doc_.tokens[t].span;
    ev.sentence = s;
    ev.negated = negated;
    ev.hedged = hedged;
    // "demanded that Canada release Meng", "if Ottawa arrests Meng", "a law that requires X to
    // sell": only wanted, required or supposed, so no event (the demand is the event).
    // (A sanction promised is the promise's threat: "promised to impose tariffs", above.)
    if (&trig != &kPromisedSanction && irrealis(doc_, t)) return;
    std::vector<int32_t> seen;
    auto arg = [&](int32_t e, const char* role) {
      if (e < 0 || std::find(seen.begin(), seen.end(), e) != seen.end()) return;
      seen.push_back(e);
      ev.arguments.push_back({e, role});
    };
    arg(d.agent, "agent");
    if (d.agent >= 0)
      for (int32_t a : extra_agents_) arg(a, "agent");
    extra_agents_.clear();
    arg(d.patient, "patient");
    for (int32_t p : extra_patients_) arg(p, "patient");
    extra_patients_.clear();
    for (int32_t p : d.partners) arg(p, "partner");
    // A visit's recipient is the country of its destination.
    if (trig.frame == EventFrame::kVisit && d.place >= 0 && d.recipient < 0) {
      int32_t c = linked_country(lex_, doc_, d.place, true, false);
      if (c >= 0 && c != d.place) d.recipient = c;
    }
    arg(d.recipient, "recipient");
    for (int32_t r : extra_recipients_) arg(r, "recipient");
    extra_recipients_.clear();
    if (d.place >= 0 && std::find(seen.begin(), seen.end(), d.place) != seen.end() &&
        trig.frame != EventFrame::kVisit)
      d.place = -1;
    ev.place = d.place;
    // An election is won or lost by candidates and parties: a country alone ("Canadian
    // elections") names none. A release (YIELD) frees people, not statements.
    auto is_type = [&](std::initializer_list<EntityType> types) {
      return std::any_of(ev.arguments.begin(), ev.arguments.end(), [&](const EventArgument& a) {
        return std::find(types.begin(), types.end(), doc_.entities[a.entity].type) != types.end();
      });
    };
    // (Voters deciding a proposal in a referendum vote as their country: "Chilean voters".) A
    // referendum noun is held by a people or a place ("Scotland's referendum"), not won by a
    // person ("regained his rights in a 1987 referendum").
    bool referendum = trig.noun && (trig.lemma == "referendum" || trig.lemma == "plebiscite");
    if (ev.type == "ELECTION" && !referendum && &trig != &kReferendumVote &&
        !is_type({EntityType::kPerson, EntityType::kOrg, EntityType::kNorp}))
      return;
    if (referendum && !is_type({EntityType::kGpe, EntityType::kNorp})) return;
    // "China protested against the visit": a state's protest is a complaint (ACCUSE 11).
    if (&trig == &kProtestedAgainst && d.agent >= 0 && doc_.entities[d.agent].type == EntityType::kGpe) {
      ev.type = "ACCUSE";
      ev.cameo = "11";
    }
    // "13,000 Albanians have arrived in Italy": people of a nation arriving migrate; a visit is
    // made by a person, an organisation or a state.
    if (ev.type == "VISIT" && !is_type({EntityType::kPerson, EntityType::kOrg, EntityType::kGpe}))
      return;
    // "Xi landed in Riyadh" is a state visit; "Kovrig and Spavor landed in Calgary" (freed
    // prisoners flown home) is none: a landing is a visit when a state, an organisation or an
    // office holder (a position or leadership the relations stage found) lands.
    if (&trig == &kLanded &&
        !std::any_of(ev.arguments.begin(), ev.arguments.end(), [&](const EventArgument& a) {
          return a.role == "agent" && official(a.entity);
        }))
      return;
    // A takeover buys a company: "its purchase of Activision Blizzard", "acquired LinkedIn";
    // not "resume purchases of American soybeans" (a flow of trade: no company bought, the
    // patient is a country the gazetteer knows).
    if (ev.type == "TRADE" && trig.frame == EventFrame::kTransitive &&
        !std::any_of(ev.arguments.begin(), ev.arguments.end(), [&](const EventArgument& a) {
          const Entity& e = doc_.entities[a.entity];
          return a.role == "patient" && e.type != EntityType::kNorp && !find_place(lex_, e.name);
        }))
      return;
    // "requested Meng's extradition", not "a ban that Meng requested": a request needs the
    // one asked or what is asked for named; "promoted X", "succeeded X", "hired X" appoint only
    // a person ("succeeded in", "promoted the plan" do not).
    auto has_patient = [&](bool person) {
      return std::any_of(ev.arguments.begin(), ev.arguments.end(), [&](const EventArgument& a) {
        return a.role == "patient" && (!person || doc_.entities[a.entity].type == EntityType::kPerson);
      });
    };
    if (!trig.noun && in(kNeedsPatient, trig.lemma) && !has_patient(false)) return;
    // "Japan donated $5 million", "the coast guard rescued 40 people": aid (CAMEO 07) is given by
    // a state or an organisation; "was rescued by fishermen", "donated by a collector" are not.
    if (!trig.noun && (trig.lemma == "donate" || trig.lemma == "rescue") &&
        !std::any_of(ev.arguments.begin(), ev.arguments.end(), [&](const EventArgument& a) {
          EntityType type = doc_.entities[a.entity].type;
          return a.role == "agent" && (type == EntityType::kOrg || type == EntityType::kGpe);
        }))
      return;
    if (!trig.noun && in(kPersonAppointments, trig.lemma) && !has_patient(true)) return;
    // "Anwar's sodomy conviction", "barred because of a fraud conviction": a conviction noun is
    // an event only with the person convicted (not "convictions based on confessions", "the
    // convictions prove"; 3 of 10 right on TE3-silver/TBAQ without this).
    if (trig.noun && trig.lemma == "conviction" && !has_patient(true)) return;
    if (ev.type == "YIELD" && (trig.lemma == "release" || trig.lemma == "free")) {
      bool person_freed = std::any_of(ev.arguments.begin(), ev.arguments.end(), [&](const EventArgument& a) {
        return a.role == "patient" && doc_.entities[a.entity].type == EntityType::kPerson;
      });
      if (!person_freed) return;
    }
    // Meetings need two parties; an agreement a verb reports needs only its signer ("Biden
    // signed it", "Parliament approved the deal"), a noun ("a deal") still two.
    // (An agreement reached or a plan endorsed names what was agreed: "reached a truce".)
    bool signed_alone = ev.type == "AGREE" && !trig.noun && d.agent >= 0 && !ev.negated &&
                        !ev.hedged &&
                        (signs_a_text(t) || &trig == &kReachedDeal || &trig == &kApprovedPlan);
    // "He met the pair on the tarmac": a meeting with people the sentence does not name.
    bool met_unnamed = ev.type == "MEET" && !trig.noun && d.agent >= 0 && !ev.negated &&
                       !ev.hedged && meets_people(t);
    // "Xi attended the summit": an attendee meets the others of a gathering (no met_with).
    bool attended = &trig == &kAttendedMeeting && d.agent >= 0 && !ev.negated && !ev.hedged;
    size_t needed = (trig.frame == EventFrame::kMeet || ev.type == "MEET") && !signed_alone &&
                            !met_unnamed && !attended
                        ? 2
                        : 1;
    if (attended) attended_.push_back(t);
    if (ev.arguments.size() < needed) return;
    event_at_[t] = static_cast<int32_t>(doc_.events.size());
    doc_.events.push_back(std::move(ev));
  }

  void add_event_relations() {
    for (const Won& w : leadership_won_) {
      Relation r;
      r.subject = w.winner;
      r.predicate = "leader_of";
      r.object = w.organisation;
      r.sentence = w.sentence;
      r.evidence = doc_.sentences[w.sentence].span;
      r.confidence = 0.8f;
      r.extractor = "event";
      add_relation(doc_, std::move(r));
    }
    for (const Event& ev : doc_.events) {
      int32_t agent = -1;
      for (const EventArgument& a : ev.arguments)
        if (a.role == "agent") agent = a.entity;
      if (agent < 0) continue;
      Span evidence = doc_.sentences[ev.sentence].span;
      auto relate = [&](const char* predicate, int32_t object) {
        Relation r;
        r.subject = agent;
        r.predicate = predicate;
        r.object = object;
        r.sentence = ev.sentence;
        r.evidence = evidence;
        r.confidence = 0.8f;
        r.negated = ev.negated;
        r.hedged = ev.hedged;
        r.extractor = "event";
        add_relation(doc_, std::move(r));
      };
      // met_with links people, organisations and countries, not cities ("talks with
      // Washington" is a metonymy for a government the text does not name).
      auto party = [&](int32_t e) {
        const Entity& ent = doc_.entities[e];
        if (ent.type == EntityType::kPerson || ent.type == EntityType::kOrg) return true;
        if (ent.type != EntityType::kGpe) return false;
        const Place* p = find_place(lex_, ent.name);
        return !p || p->country.empty();
      };
      // A phone call is contact, not a meeting: no met_with.
      std::string trigger = lower_text(doc_.slice(ev.trigger));
      // Nor is a talk with someone ("had spoken with Xi"): it may have been by phone.
      // Nor is attending the same gathering ("Both leaders attended a meeting of the alliance").
      bool attended = std::find(attended_.begin(), attended_.end(), trigger_token(ev)) != attended_.end();
      bool by_phone = attended || trigger == "call" || trigger == "calls" || trigger == "called" ||
                      trigger == "phoned" || trigger == "spoke" ||
                      trigger == "spoken" || trigger == "speaks" || trigger == "speaking" ||
                      trigger == "talked";
      if (ev.type == "MEET" && !ev.hedged && !by_phone && party(agent))
        for (const EventArgument& a : ev.arguments)
          if (a.role == "partner" && a.entity != agent && party(a.entity)) relate("met_with", a.entity);
      if (ev.type == "VISIT" && !ev.hedged && ev.place >= 0 && ev.place != agent)
        relate("visited", ev.place);
    }
  }

  const EventTrigger kCalledOn{"call on", false, "DEMAND", "10", EventFrame::kTransitive};
  const EventTrigger kAskedFor{"ask for", false, "APPEAL", "02", EventFrame::kTransitive};
  const EventTrigger kSpokeWith{"speak with", false, "MEET", "04", EventFrame::kMeet};
  const EventTrigger kNamedAs{"name", false, "APPOINT", "", EventFrame::kTransitive};
  const EventTrigger kWithdrew{"withdraw", false, "RESIGN", "", EventFrame::kTransitive};
  const EventTrigger kTravelled{"travel", false, "VISIT", "04", EventFrame::kVisit};
  const EventTrigger kCriticised{"criticise", false, "ACCUSE", "11", EventFrame::kAccuse};
  const EventTrigger kTradeBlock{"block", false, "SANCTION", "16", EventFrame::kSanction};
  const EventTrigger kEasedSanction{"ease", true, "YIELD", "08", EventFrame::kSanction};
  const EventTrigger kPromisedSanction{"promise", true, "THREATEN", "13", EventFrame::kSanction};
  const EventTrigger kFoundGuilty{"find guilty", false, "ARREST", "17", EventFrame::kTransitive};
  const EventTrigger kRevokedBail{"revoke bail", false, "ARREST", "17", EventFrame::kTransitive};
  const EventTrigger kTestified{"testify against", false, "ACCUSE", "11", EventFrame::kAccuse};
  const EventTrigger kRefused{"refuse", false, "REJECT", "12", EventFrame::kTransitive};
  const EventTrigger kTookOffice{"take office", false, "APPOINT", "", EventFrame::kTransitive};
  const EventTrigger kReplacedWith{"replace with", false, "APPOINT", "", EventFrame::kTransitive};
  const EventTrigger kWonIn{"win in", false, "ELECTION", "", EventFrame::kTransitive};
  const EventTrigger kLostTo{"lose to", false, "ELECTION", "", EventFrame::kTransitive};
  const EventTrigger kClaimedVictory{"claim victory", false, "ELECTION", "", EventFrame::kTransitive};
  const EventTrigger kHeldSeat{"hold seat", false, "ELECTION", "", EventFrame::kTransitive};
  const EventTrigger kDeclared{"declare", false, "ANNOUNCE", "", EventFrame::kTransitive};
  const EventTrigger kSentAid{"send aid", false, "AID", "07", EventFrame::kSanction};
  const EventTrigger kInPlaceFor{"be in", true, "VISIT", "04", EventFrame::kVisit};
  const EventTrigger kRuledOut{"rule out", false, "REJECT", "12", EventFrame::kTransitive};
  const EventTrigger kTookOverFrom{"take over from", false, "APPOINT", "", EventFrame::kTransitive};
  const EventTrigger kOffered{"offer", false, "INTENT_TO_COOPERATE", "03", EventFrame::kSanction};
  const EventTrigger kWalkedOut{"walk out", false, "PROTEST", "14", EventFrame::kSanction};
  const EventTrigger kProtestedAgainst{"protest", false, "PROTEST", "14", EventFrame::kSanction};
  const EventTrigger kAirStrike{"strike", true, "FIGHT", "19", EventFrame::kTransitive};
  const EventTrigger kCalledOnToHelp{"call on", false, "APPEAL", "02", EventFrame::kTransitive};
  const EventTrigger kDeployed{"deploy", false, "MILITARY_POSTURE", "15", EventFrame::kSanction};
  const EventTrigger kWarned{"warn", false, "THREATEN", "13", EventFrame::kTransitive};
  const EventTrigger kVowed{"vow", false, "THREATEN", "13", EventFrame::kTransitive};
  const EventTrigger kPledged{"pledge", false, "INTENT_TO_COOPERATE", "03", EventFrame::kSanction};
  const EventTrigger kCutTies{"cut ties", false, "SANCTION", "16", EventFrame::kSanction};
  const EventTrigger kWithdrewForces{"withdraw forces", false, "YIELD", "08", EventFrame::kSanction};
  const EventTrigger kHandedOver{"hand over", false, "YIELD", "08", EventFrame::kTransitive};
  const EventTrigger kCoerced{"coerce", false, "COERCE", "17", EventFrame::kTransitive};
  const EventTrigger kOccupied{"seize", false, "FIGHT", "19", EventFrame::kTransitive};
  const EventTrigger kTookHostage{"take hostage", false, "ATTACK", "18", EventFrame::kTransitive};
  const EventTrigger kOpenedFire{"open fire", false, "FIGHT", "19", EventFrame::kTransitive};
  const EventTrigger kTakenIntoCustody{"take into custody", false, "ARREST", "17", EventFrame::kTransitive};
  const EventTrigger kTookToStreets{"take to the streets", false, "PROTEST", "14", EventFrame::kSanction};
  const EventTrigger kStoodDown{"stand down", false, "RESIGN", "", EventFrame::kTransitive};
  const EventTrigger kDefeated{"defeat", false, "ELECTION", "", EventFrame::kTransitive};
  const EventTrigger kSeizedPower{"seize power", false, "COERCE", "17", EventFrame::kTransitive};
  const EventTrigger kInvaded{"send troops into", false, "FIGHT", "19", EventFrame::kSanction};
  const EventTrigger kHacked{"hack", false, "ATTACK", "18", EventFrame::kTransitive};
  const EventTrigger kUltimatum{"give an ultimatum", false, "THREATEN", "13", EventFrame::kTransitive};
  const EventTrigger kThreatenedForce{"threaten force", false, "THREATEN", "13", EventFrame::kTransitive};
  const EventTrigger kPlacedUnderInvestigation{"place under investigation", false, "INVESTIGATE", "09", EventFrame::kTransitive};
  const EventTrigger kAidLanded{"aid land", false, "AID", "07", EventFrame::kSanction};
  const EventTrigger kConcludedDeal{"conclude", false, "AGREE", "05", EventFrame::kMeet};
  const EventTrigger kReplacedAs{"replace as", false, "APPOINT", "", EventFrame::kTransitive};
  const EventTrigger kGrantedAsylum{"grant asylum", false, "AID", "07", EventFrame::kTransitive};
  const EventTrigger kExpelled{"declare persona non grata", false, "SANCTION", "16", EventFrame::kTransitive};
  const EventTrigger kHeldInCustody{"hold by police", false, "ARREST", "17", EventFrame::kTransitive};
  const EventTrigger kQuestioned{"question", false, "INVESTIGATE", "09", EventFrame::kTransitive};
  const EventTrigger kBarredCandidate{"bar from running", false, "COERCE", "17", EventFrame::kTransitive};
  const EventTrigger kCalledToCongratulate{"call to", false, "MEET", "04", EventFrame::kMeet};
  const EventTrigger kStormed{"storm", false, "COERCE", "17", EventFrame::kTransitive};
  const EventTrigger kAssaulted{"throw to the ground", false, "ATTACK", "18", EventFrame::kTransitive};
  const EventTrigger kStruckDown{"strike down", false, "REJECT", "12", EventFrame::kTransitive};
  const EventTrigger kDissolvedParty{"dissolve party", false, "COERCE", "17", EventFrame::kTransitive};
  const EventTrigger kReplacedOffice{"replace office", false, "APPOINT", "", EventFrame::kTransitive};
  const EventTrigger kTookOverOffice{"take over office", false, "APPOINT", "", EventFrame::kTransitive};
  const EventTrigger kReachedDeal{"reach agreement", false, "AGREE", "05", EventFrame::kMeet};
  const EventTrigger kApprovedPlan{"endorse", false, "AGREE", "05", EventFrame::kMeet};
  const EventTrigger kCalledOffDeal{"call off", false, "REJECT", "12", EventFrame::kTransitive};
  const EventTrigger kSought{"seek", false, "DEMAND", "10", EventFrame::kTransitive};
  const EventTrigger kFiledCase{"file case", false, "ACCUSE", "11", EventFrame::kAccuse};
  const EventTrigger kRanFor{"run for", false, "ELECTION", "", EventFrame::kTransitive};
  const EventTrigger kReferendumVote{"vote", false, "ELECTION", "", EventFrame::kTransitive};
  const EventTrigger kShotDead{"shoot dead", false, "ATTACK", "18", EventFrame::kTransitive};
  const EventTrigger kFought{"fight", false, "FIGHT", "19", EventFrame::kTransitive};
  const EventTrigger kRevoked{"revoke", false, "SANCTION", "16", EventFrame::kTransitive};
  const EventTrigger kReceived{"receive", false, "MEET", "04", EventFrame::kMeet};
  const EventTrigger kLanded{"land", false, "VISIT", "04", EventFrame::kVisit};
  const EventTrigger kAttendedMeeting{"attend", false, "MEET", "04", EventFrame::kMeet};
  const Lexicon& lex_;
  Document& doc_;
  std::vector<int32_t> mention_of_, event_at_;
  std::vector<std::vector<uint32_t>> children_;
  bool parsed_ = false;
  struct Won {
    int32_t winner, organisation;
    uint32_t sentence;
  };
  std::vector<Won> leadership_won_;        // "won the leadership of" ORG -> leader_of
  std::vector<int32_t> extra_patients_;    // appositive or coordinated names of the object
  std::vector<int32_t> extra_recipients_;  // coordinated recipients of the object
  std::vector<int32_t> extra_agents_;      // names coordinated with the parsed subject
  bool members_act_ = false;
  std::vector<uint32_t> attended_;  // meeting nouns attended by a group ("both leaders")  // "members of the CGT" strike for the CGT (PROTEST only)
};

}  // namespace

namespace {

int32_t agent_of(const Event& e);

// The reporting verb that attributes the clause of verb v: its head when v is the reported
// clause ("Trudeau announced that Canada will impose"), or a reporting verb hung on v after it
// ("Canada will impose ..., Trudeau announced", parsed advcl or parataxis). -1 when none.
int64_t attributing_verb(const Lexicon& lex, const Document& doc, uint32_t v) {
  const Token& tok = doc.tokens[v];
  if ((tok.deprel == "ccomp" || tok.deprel == "parataxis") && tok.head >= 0 &&
      find_reporting_verb(lex, doc.slice(doc.tokens[tok.head].span)))
    return tok.head;
  const Sentence& s = doc.sentences[sentence_of_token(doc, v)];
  for (uint32_t c = v + 1; c < s.end_token; ++c)
    if (doc.tokens[c].head == static_cast<int32_t>(v) &&
        (doc.tokens[c].deprel == "advcl" || doc.tokens[c].deprel == "parataxis") &&
        find_reporting_verb(lex, doc.slice(doc.tokens[c].span)))
      return c;
  return -1;
}

int32_t subject_entity(const Document& doc, uint32_t v) {
  const Sentence& s = doc.sentences[sentence_of_token(doc, v)];
  for (uint32_t c = s.first_token; c < s.end_token; ++c)
    if (doc.tokens[c].head == static_cast<int32_t>(v) && doc.tokens[c].deprel == "nsubj")
      return entity_at(doc, c);
  return -1;
}

bool leads(const Document& doc, int32_t person, int32_t place) {
  for (const Relation& r : doc.relations)
    if (r.predicate == "leader_of" && r.subject == person && r.object == place && !r.negated)
      return true;
  return false;
}

// "Canada will impose a tariff on Chinese cars, Prime Minister Justin Trudeau announced": the
// leader who announces the act of the country they lead (leader_of) is its agent too, so that
// the act is on the leader's timeline. Needs the parse; only for a GPE agent.
void add_announcing_leaders(const Lexicon& lex, Document& doc) {
  for (Event& e : doc.events) {
    int32_t country = agent_of(e);
    if (country < 0 || doc.entities[country].type != EntityType::kGpe) continue;
    const Sentence& s = doc.sentences[e.sentence];
    uint32_t v = s.first_token;
    while (v < s.end_token && doc.tokens[v].span.begin < e.trigger.begin) ++v;
    if (v >= s.end_token || doc.tokens[v].span.begin != e.trigger.begin ||
        doc.tokens[v].deprel.empty())
      continue;
    if (doc.tokens[v].upos == "NOUN" && doc.tokens[v].head >= 0) v = doc.tokens[v].head;
    int64_t r = attributing_verb(lex, doc, v);
    if (r < 0) continue;
    int32_t leader = subject_entity(doc, static_cast<uint32_t>(r));
    if (leader < 0 || doc.entities[leader].type != EntityType::kPerson || !leads(doc, leader, country))
      continue;
    auto& args = e.arguments;
    if (std::any_of(args.begin(), args.end(), [&](const EventArgument& a) { return a.entity == leader; }))
      continue;
    auto after_country = std::find_if(args.begin(), args.end(),
                                      [&](const EventArgument& a) { return a.entity == country; });
    args.insert(after_country + 1, {leader, "agent"});
  }
}

}  // namespace

void extract_events(const Lexicon& lex, Document& doc) {
  if (doc.tokens.empty() || doc.sentences.empty()) return;
  EventFinder(lex, doc).run();
  add_announcing_leaders(lex, doc);
}

namespace {

int32_t agent_of(const Event& e) {
  for (const EventArgument& a : e.arguments)
    if (a.role == "agent") return a.entity;
  return -1;
}

// Two events of one sentence that one real-world event explains: same type, polarity and
// date, the same agent (or one without), and no place that differs.
bool same_occurrence(const Event& a, const Event& b) {
  if (a.sentence != b.sentence || a.type != b.type || a.date != b.date ||
      a.negated != b.negated || a.hedged != b.hedged)
    return false;
  if (a.place >= 0 && b.place >= 0 && a.place != b.place) return false;
  int32_t x = agent_of(a), y = agent_of(b);
  return x >= 0 && y >= 0 && x == y;
}

// The entities of an event's arguments, sorted, whatever their roles.
std::vector<int32_t> participants_of(const Event& e) {
  std::vector<int32_t> out;
  for (const EventArgument& a : e.arguments) out.push_back(a.entity);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Two mentions of one event: same type and polarity, the participants of one among those of
// the other, both dated, one date a prefix of the other ("2018-12" and "2018-12-01"), no
// differing place.
bool same_event_again(const Event& a, const Event& b) {
  if (a.type != b.type || a.negated != b.negated || a.hedged != b.hedged) return false;
  if (a.date.empty() || b.date.empty()) return false;
  if (!a.date.starts_with(b.date) && !b.date.starts_with(a.date)) return false;
  if (a.place >= 0 && b.place >= 0 && a.place != b.place) return false;
  std::vector<int32_t> x = participants_of(a), y = participants_of(b);
  if (x.empty() || y.empty()) return false;
  return std::includes(x.begin(), x.end(), y.begin(), y.end()) ||
         std::includes(y.begin(), y.end(), x.begin(), x.end());
}

}  // namespace

void merge_coreferent_events(Document& doc) {
  std::vector<Event> kept;
  for (Event& e : doc.events) {
    auto same = std::find_if(kept.begin(), kept.end(),
                             [&](const Event& k) { return same_event_again(k, e); });
    if (same == kept.end()) {
      kept.push_back(std::move(e));
      continue;
    }
    if (e.date.size() > same->date.size()) {
      same->date = e.date;
      same->timex = e.timex;
    }
    if (same->place < 0) same->place = e.place;
    for (const EventArgument& a : e.arguments)
      if (std::none_of(same->arguments.begin(), same->arguments.end(),
                       [&](const EventArgument& b) { return b.entity == a.entity; }))
        same->arguments.push_back(a);
  }
  doc.events = std::move(kept);
}

void merge_repeated_events(Document& doc) {
  std::vector<Event> kept;
  for (Event& e : doc.events) {
    auto same = std::find_if(kept.begin(), kept.end(),
                             [&](const Event& k) { return same_occurrence(k, e); });
    if (same == kept.end()) {
      kept.push_back(std::move(e));
      continue;
    }
    for (const EventArgument& a : e.arguments)
      if (std::none_of(same->arguments.begin(), same->arguments.end(),
                       [&](const EventArgument& b) { return b.entity == a.entity; }))
        same->arguments.push_back(a);
    if (same->place < 0) same->place = e.place;
  }
  doc.events = std::move(kept);
}

}  // namespace newsgraph::extractor
