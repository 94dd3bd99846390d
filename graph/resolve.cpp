#include "graph/resolve.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "extractor/country_context.h"
#include "graph/sqlite.h"

namespace newsgraph::graph {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Title and honorific words dropped from the front of a PERSON name (person_key). Our own
// list; multi-word titles ("prime minister", "vice president") are runs of these words.
constexpr std::string_view kTitleWords[] = {
    "president", "vice", "prime", "minister", "premier", "chancellor", "deputy", "foreign",
    "finance", "defence", "defense", "trade", "secretary", "senator", "sen", "representative",
    "rep", "congressman", "congresswoman", "governor", "gov", "mayor", "king", "queen", "prince",
    "princess", "crown", "emperor", "sheikh", "emir", "sultan", "pope", "cardinal", "bishop",
    "rev", "reverend", "judge", "justice", "chief", "executive", "ceo", "chairman", "chairwoman",
    "chair", "general", "gen", "colonel", "col", "admiral", "commissioner", "ambassador",
    "former", "late", "mr", "mrs", "ms", "mx", "dr", "prof", "professor", "sir", "dame", "lord",
    "lady", "president-elect"};

bool is_title_word(std::string_view w) {
  return std::find(std::begin(kTitleWords), std::end(kTitleWords), w) != std::end(kTitleWords);
}

// Royal, noble and religious titles, which are followed by a given name ("Prince Harry",
// "Pope Leo", "Sister Mary", "Sir Keir"), unlike political ones ("President Xi"). Our own list.
constexpr std::string_view kGivenNameTitles[] = {
    "prince", "princess", "king", "queen", "crown", "emperor", "empress", "pope", "saint", "st",
    "sister", "brother", "sir", "dame"};

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

size_t word_count(std::string_view s) { return words(s).size(); }

// Head nouns and modifiers of generic government-body names (is_generic_body). Our own lists.
constexpr std::string_view kBodyHeads[] = {
    "ministry", "department", "court", "parliament", "cabinet", "treasury", "legislature",
    "government", "assembly", "senate", "chamber", "house", "party", "police"};
constexpr std::string_view kBodyModifiers[] = {
    "commerce", "foreign", "finance", "justice", "defence", "defense", "trade", "interior",
    "home", "health", "education", "labour", "labor", "agriculture", "energy", "environment",
    "transport", "state", "supreme", "constitutional", "high", "federal", "national",
    "central", "affairs", "economy", "industry", "security", "public", "of", "and", "for",
    "the", "bank", "representatives", "commons", "deputies", "democratic", "liberal",
    "conservative", "social", "socialist", "green", "progressive", "people's", "republican",
    "democrat"};

template <size_t N>
bool among(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

struct Candidate {
  int64_t id = 0;
  std::string name, type;
  int64_t mentions = 0;
  std::string kb;
};

// Columns of a candidate row: id, name, type, mention_count, kb.
// Places the store says entity `id` is located_in / headquartered_in / part_of, else the
// GPEs its aliases name by their first word ("china's commerce ministry" -> "china") or that
// stand right before its mentions ("China's Commerce Ministry"): the country a generic
// government body's articles state.
std::optional<std::string> stored_countries(sqlite3* db, int64_t id, std::set<std::string>* out);

constexpr const char* kCandidateCols = "e.id, e.name, e.type, e.mention_count, e.kb";

// Runs `st` (kCandidateCols) and keeps the type-compatible rows not yet in *out; with
// `linked_name` (the article entity's name, for alias links) alias_types_compatible().
std::optional<std::string> collect(Statement& st, std::string_view type,
                                   std::vector<Candidate>* out,
                                   std::optional<std::string_view> linked_name = std::nullopt) {
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    Candidate c{st.int64(0), st.text(1), st.text(2), st.int64(3), st.text(4)};
    bool ok = linked_name ? alias_types_compatible(type, *linked_name, c.type, c.name)
                          : types_compatible(type, c.type);
    if (!ok) continue;
    if (std::none_of(out->begin(), out->end(), [&](const Candidate& o) { return o.id == c.id; }))
      out->push_back(std::move(c));
  }
  if (rc != SQLITE_DONE) return st.error();
  return std::nullopt;
}

// Prefers the same type over a merely compatible one, then the most mentioned, then the oldest.
const Candidate& best(const std::vector<Candidate>& cands, std::string_view type) {
  return *std::min_element(cands.begin(), cands.end(), [&](const Candidate& a, const Candidate& b) {
    bool sa = a.type == type, sb = b.type == type;
    if (sa != sb) return sa;
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return a.id < b.id;
  });
}

std::string describe(const Candidate& c) { return entity_label(c.id, c.name); }

std::string join(const std::set<std::string>& names) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "'" : ", '") + n + "'";
  return s;
}

// Places the store says entity `id` is located_in / headquartered_in (their norm_names).
std::optional<std::string> stored_places(sqlite3* db, int64_t id, std::set<std::string>* out) {
  Statement st(db,
               "SELECT t.norm_name FROM edge_facts f JOIN entities t ON t.id = f.target_id "
               "WHERE f.source_id = ?1 AND f.kind = 'relation' "
               "AND f.predicate IN ('located_in', 'headquartered_in')");
  st.bind(1, id);
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) out->insert(st.text(0));
  if (rc != SQLITE_DONE) return st.error();
  return std::nullopt;
}

std::optional<std::string> stored_countries(sqlite3* db, int64_t id, std::set<std::string>* out) {
  Statement facts(db,
                  "SELECT t.norm_name FROM edge_facts f JOIN entities t ON t.id = f.target_id "
                  "WHERE f.source_id = ?1 AND f.kind = 'relation' "
                  "AND f.predicate IN ('located_in', 'headquartered_in', 'part_of')");
  facts.bind(1, id);
  int rc;
  while ((rc = facts.step()) == SQLITE_ROW) out->insert(facts.text(0));
  if (rc != SQLITE_DONE) return facts.error();
  if (!out->empty()) return std::nullopt;
  Statement gpe(db,
                "SELECT 1 FROM entities WHERE type = 'GPE' AND norm_name = ?1 UNION ALL "
                "SELECT 1 FROM aliases a JOIN entities e ON e.id = a.entity_id "
                "WHERE e.type = 'GPE' AND a.norm_alias = ?1 LIMIT 1");
  auto add_if_gpe = [&](const std::string& word) -> std::optional<std::string> {
    if (word.empty()) return std::nullopt;
    gpe.reset();
    gpe.bind(1, word);
    int g = gpe.step();
    if (g == SQLITE_ROW) out->insert(word);
    else if (g != SQLITE_DONE) return gpe.error();
    return std::nullopt;
  };
  Statement named(db, "SELECT norm_alias FROM aliases WHERE entity_id = ?1");
  named.bind(1, id);
  while ((rc = named.step()) == SQLITE_ROW)
    if (auto err = add_if_gpe(country_word_starting(named.text(0)))) return err;
  if (rc != SQLITE_DONE) return named.error();
  if (!out->empty()) return std::nullopt;
  // The word before each of its name mentions: "China's Commerce Ministry".
  Statement before(db,
                   "SELECT DISTINCT substr(a.text, max(m.start - 39, 1), min(m.start, 40)) "
                   "FROM mentions m JOIN articles a ON a.id = m.article_id "
                   "WHERE m.entity_id = ?1 AND m.source != 'coref'");
  before.bind(1, id);
  while ((rc = before.step()) == SQLITE_ROW)
    if (auto err = add_if_gpe(country_word_before(before.text(0)))) return err;
  if (rc != SQLITE_DONE) return before.error();
  return std::nullopt;
}

// The dateline places (dateline_places) of the articles that name entity `id`, when the store
// has a GPE of that name: "PARIS — ..." -> "paris".
std::optional<std::string> stored_datelines(sqlite3* db, int64_t id, std::set<std::string>* out) {
  Statement gpe(db,
                "SELECT 1 FROM entities WHERE type = 'GPE' AND norm_name = ?1 UNION ALL "
                "SELECT 1 FROM aliases a JOIN entities e ON e.id = a.entity_id "
                "WHERE e.type = 'GPE' AND a.norm_alias = ?1 LIMIT 1");
  Statement openings(db,
                     "SELECT substr(a.text, 1, 160) FROM articles a WHERE a.id IN "
                     "(SELECT article_id FROM mentions WHERE entity_id = ?1 AND source != 'coref')");
  openings.bind(1, id);
  int rc;
  while ((rc = openings.step()) == SQLITE_ROW) {
    for (const auto& place : dateline_places(openings.text(0))) {
      gpe.reset();
      gpe.bind(1, place);
      int g = gpe.step();
      if (g == SQLITE_ROW) out->insert(place);
      else if (g != SQLITE_DONE) return gpe.error();
    }
  }
  if (rc != SQLITE_DONE) return openings.error();
  return std::nullopt;
}

// The title words right before entity `id`'s stored name mentions ("prince" for "Prince
// Harry", when the extractor stored "Harry"), and those its stored name starts with.
std::optional<std::string> stored_titles(sqlite3* db, int64_t id, std::string_view name,
                                         std::set<std::string>* out) {
  for (const auto& w : words(normalise_name(name)))
    if (is_title_word(w) || among(kGivenNameTitles, w)) out->insert(w);
  Statement before(db,
                   "SELECT DISTINCT substr(a.text, max(m.start - 39, 1), min(m.start, 40)) "
                   "FROM mentions m JOIN articles a ON a.id = m.article_id "
                   "WHERE m.entity_id = ?1 AND m.source != 'coref'");
  before.bind(1, id);
  int rc;
  while ((rc = before.step()) == SQLITE_ROW) {
    std::string w = country_word_before(before.text(0));
    if (is_title_word(w) || among(kGivenNameTitles, w)) out->insert(w);
  }
  if (rc != SQLITE_DONE) return before.error();
  return std::nullopt;
}

// `places` and, for each, the names and aliases of the stored entities it names and of the
// places those are located_in / part_of: one hop of what the store knows.
std::optional<std::string> widen(sqlite3* db, const std::set<std::string>& places,
                                 std::set<std::string>* out) {
  Statement st(db,
               "WITH ids AS (SELECT id FROM entities WHERE norm_name = ?1 "
               "             UNION SELECT entity_id FROM aliases WHERE norm_alias = ?1), "
               "hop AS (SELECT id FROM ids UNION SELECT f.target_id FROM edge_facts f "
               "        WHERE f.source_id IN ids AND f.kind = 'relation' "
               "        AND f.predicate IN ('located_in', 'part_of')) "
               "SELECT norm_name FROM entities WHERE id IN hop "
               "UNION SELECT norm_alias FROM aliases WHERE entity_id IN hop");
  for (const auto& p : places) {
    out->insert(p);
    st.reset();
    st.bind(1, p);
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) out->insert(st.text(0));
    if (rc != SQLITE_DONE) return st.error();
  }
  return std::nullopt;
}

bool intersects(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return b.count(x) > 0; });
}

// The country (ISO code) the extractor gave one in-article entity of a stored entity, what
// decided it (entity_merges.country_source: "dateline: SEOUL", "stated: South Korea 's"), and
// the countries its article names (articles.named_countries).
struct StoredCountry {
  std::string country, source;
  std::set<std::string> named;
  bool stated() const { return source.rfind("stated", 0) == 0; }
  bool datelined() const { return source.rfind("dateline", 0) == 0; }
};

std::set<std::string> split_words(std::string_view s) {
  std::set<std::string> out;
  for (auto& w : words(s)) out.insert(std::move(w));
  return out;
}

// The extractor's countries of the in-article entities of entity `id` (rows stored before
// schema version 3 have none).
std::optional<std::string> stored_country_codes(sqlite3* db, int64_t id,
                                                std::vector<StoredCountry>* out) {
  Statement st(db,
               "SELECT m.country, coalesce(m.country_source, ''), "
               "coalesce(a.named_countries, '') FROM entity_merges m "
               "JOIN articles a ON a.id = m.article_id "
               "WHERE m.entity_id = ?1 AND m.country IS NOT NULL AND m.country <> ''");
  st.bind(1, id);
  int rc;
  while ((rc = st.step()) == SQLITE_ROW)
    out->push_back({st.text(0), st.text(1), split_words(st.text(2))});
  if (rc != SQLITE_DONE) return st.error();
  return std::nullopt;
}

// "KR (dateline: SEOUL), HK (dateline: HONG KONG)": each country once, with its first source.
std::string describe_countries(const std::vector<StoredCountry>& rows) {
  std::string out;
  std::set<std::string> done;
  for (const auto& r : rows)
    if (done.insert(r.country).second)
      out += (out.empty() ? "" : ", ") + r.country + " (" + r.source + ")";
  return out;
}

// How a candidate's location evidence compares with the article's.
// kMaybe: not the same country, but one the article names (the extractor's countries only).
enum class Places : uint8_t { kUnknown, kAgree, kMaybe, kConflict };

// Resolves one in-article entity; see resolve_entity.
class Resolver {
 public:
  Resolver(StatementCache& statements, const extractor::Entity& entity,
           const PlaceEvidence& evidence)
      : statements_(statements), db_(statements.db()), entity_(entity),
        type_(extractor::entity_type_name(entity.type)),
        key_(name_key(entity.name, type_)),
        places_(evidence.locations.begin(), evidence.locations.end()),
        code_(evidence.country),
        named_(evidence.named_countries.begin(), evidence.named_countries.end()) {
    // The country of a generic body: its places, else the GPEs its mentions name.
    for (const auto* list : {&evidence.locations, &evidence.stated_country}) {
      if (!country_.empty()) break;
      country_.insert(list->begin(), list->end());
    }
    dateline_.insert(evidence.dateline.begin(), evidence.dateline.end());
    for (const auto& a : entity.aliases)
      if (auto k = name_key(a, type_); !k.empty() && !place_without_kind(k)) keys_.insert(k);
    if (!key_.empty()) keys_.insert(key_);
  }

  std::optional<std::string> run(MergeDecision* d) {
    if (auto err = read_overrides(d)) return err;
    if (d->entity_id == 0) {
      if (auto err = by_kb(d)) return err;
    }
    if (d->entity_id == 0 && d->decision.empty()) {
      if (auto err = by_name(d)) return err;
    }
    if (d->entity_id == 0 && d->decision.empty()) {
      if (auto err = by_alias(d)) return err;
    }
    if (d->entity_id == 0) {
      if (auto err = create(d)) return err;
    } else if (!entity_.kb.empty()) {
      Statement& up = statements_.get("UPDATE entities SET kb = ?1 WHERE id = ?2 AND kb IS NULL");
      up.bind(1, entity_.kb).bind(2, d->entity_id);
      if (up.step() != SQLITE_DONE) return up.error();
    }
    if (!conflicts_.empty()) d->reason += "; kept apart: " + conflicts_;
    if (!notes_.empty() && d->decision != "manual") d->reason += "; " + notes_;
    return add_aliases(d->entity_id);
  }

 private:
  // True when this is a GPE or LOC named "X state" (or city, province, county, region,
  // district) and `alias_key` is its bare "X": the article used the bare name for it (one
  // sense per article, extractor/alias.h), but elsewhere "X" is another place ("Washington",
  // the city of 163 datelines, became "Washington State" through one apple-growing story's
  // alias link). No alias link is made through the bare name.
  bool place_without_kind(const std::string& alias_key) const {
    if (type_ != "GPE" && type_ != "LOC") return false;
    static constexpr std::string_view kKinds[] = {" state", " city", " province", " county",
                                                  " region", " district"};
    for (std::string_view kind : kKinds)
      if (key_.size() == alias_key.size() + kind.size() && key_.starts_with(alias_key) &&
          key_.ends_with(kind))
        return true;
    return false;
  }

  // Rule 0: a `merge` override decides; `split` overrides bar entities from rules 1-3.
  std::optional<std::string> read_overrides(MergeDecision* d) {
    Statement& st = statements_.get(
        "SELECT o.kind, o.type, o.reason, e.id, e.name FROM entity_overrides o "
        "JOIN entities e ON e.id = o.entity_id WHERE o.norm_alias = ?1 ORDER BY o.id DESC");
    st.bind(1, key_);
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      if (!types_compatible(type_, st.text(1))) continue;
      std::string who = entity_label(st.int64(3), st.text(4));
      if (st.text(0) == "split") {
        barred_.insert(st.int64(3));
        note("kept apart from " + who + " by hand: " + st.text(2));
      } else if (d->entity_id == 0) {
        *d = {st.int64(3), "manual", "'" + key_ + "' goes to " + who + " by hand: " + st.text(2),
              false};
      }
    }
    if (rc != SQLITE_DONE) return st.error();
    return std::nullopt;
  }

  std::optional<std::string> by_kb(MergeDecision* d) {
    if (entity_.kb.empty()) return std::nullopt;
    std::vector<Candidate> cands;
    Statement& st =
        statements_.get(std::string("SELECT ") + kCandidateCols + " FROM entities e WHERE e.kb = ?1");
    st.bind(1, entity_.kb);
    if (auto err = collect(st, type_, &cands)) return err;
    if (auto err = screen(&cands, false)) return err;
    if (!cands.empty())
      *d = {best(cands, type_).id, "kb", "same knowledge-base id " + entity_.kb, false};
    return std::nullopt;
  }

  // Rule 2; two or more same-name entities need location evidence to choose.
  std::optional<std::string> by_name(MergeDecision* d) {
    std::vector<Candidate> cands;
    Statement& st = statements_.get(std::string("SELECT ") + kCandidateCols +
                          " FROM entities e WHERE e.norm_name = ?1 ORDER BY e.id");
    st.bind(1, key_);
    if (auto err = collect(st, type_, &cands)) return err;
    if (auto err = screen(&cands, true)) return err;
    if (cands.empty()) return std::nullopt;
    std::string why = "same name '" + key_ + "'";
    const Candidate* chosen = &best(cands, type_);
    if (cands.size() > 1) {
      std::vector<const Candidate*> agree, maybe;
      for (const auto& c : cands) {
        if (agreeing_.count(c.id)) agree.push_back(&c);
        if (maybe_.count(c.id)) maybe.push_back(&c);
      }
      const bool by_named = agree.empty() && maybe.size() == 1;
      if (by_named) agree = maybe;  // the one whose country the article names
      if (agree.size() != 1) {
        std::string reason = "ambiguous name '" + key_ + "':";
        for (const auto& c : cands) reason += " " + describe(c);
        d->decision = "ambiguous";
        d->reason = reason + " (no location evidence tells them apart)";
        return std::nullopt;
      }
      chosen = agree[0];
      why += (by_named ? ", of a country the article names like " : ", located like ") +
             describe(*chosen);
    }
    if (chosen->type != type_) why += " (" + chosen->type + "~" + type_ + ")";
    *d = {chosen->id, "name", why, false};
    return std::nullopt;
  }

  // Rule 3: alias links in either direction, then PERSON name words; only one may remain.
  std::optional<std::string> by_alias(MergeDecision* d) {
    std::vector<Candidate> cands;
    if (auto err = given_name_persons(&cands)) return err;
    if (cands.size() >= 2) {
      std::string reason = "one-word name '" + entity_.name + "' is the first word of";
      for (const auto& c : cands) reason += " " + describe(c);
      d->decision = "ambiguous";
      d->reason = reason + " (no alias link to one of them)";
      return std::nullopt;
    }
    cands.clear();
    Statement& alias = statements_.get(std::string("SELECT ") + kCandidateCols +
                             " FROM aliases a JOIN entities e ON e.id = a.entity_id "
                             "WHERE a.norm_alias = ?1");
    alias.bind(1, key_);
    if (auto err = collect(alias, type_, &cands, entity_.name)) return err;
    // An accented name also looks for its key without accents: the stored entity may have been
    // written without them ("Jose Ramos-Horta" stored, "José Ramos-Horta" now).
    const std::string folded = fold_accents(key_);
    if (folded != key_) {
      alias.reset();
      alias.bind(1, folded);
      if (auto err = collect(alias, type_, &cands, entity_.name)) return err;
    }
    Statement& name = statements_.get(std::string("SELECT ") + kCandidateCols +
                            " FROM entities e WHERE e.norm_name = ?1");
    for (const auto& k : keys_) {
      for (const std::string& key : {k, fold_accents(k)}) {
        if (key == key_) continue;
        name.reset();
        name.bind(1, key);
        if (auto err = collect(name, type_, &cands, entity_.name)) return err;
      }
    }
    if (auto err = drop_given_names(&cands)) return err;
    if (auto err = screen(&cands, true)) return err;
    std::string link = "alias link";
    if (cands.empty() && type_ == "PERSON") {
      if (auto err = by_name_word(&cands)) return err;
      if (auto err = screen(&cands, true)) return err;
      link = "name-word link";
    }
    if (cands.size() == 1) return choose_alias(cands[0], link, d);
    if (cands.size() > 1) {
      std::string reason = "ambiguous alias '" + entity_.name + "':";
      for (const auto& c : cands) reason += " " + describe(c);
      d->decision = "ambiguous";
      d->reason = reason;
    }
    return std::nullopt;
  }

  // Drops a stored one-word PERSON name that is the first word of the article's longer one
  // ("Harry" -> "Harry Redknapp") unless a title that marks a family name stood before it
  // ("President Xi" -> "Xi Jinping"): untitled, or after a royal or religious title ("Prince
  // Harry"), a first word is a given name, which many people share.
  std::optional<std::string> drop_given_names(std::vector<Candidate>* cands) {
    if (type_ != "PERSON" || key_.find(' ') == std::string::npos) return std::nullopt;
    const std::string first = key_.substr(0, key_.find(' '));
    std::vector<Candidate> kept;
    for (auto& c : *cands) {
      if (c.type == "PERSON" && name_key(c.name, c.type) == first) {
        std::set<std::string> titles;
        if (auto err = stored_titles(db_, c.id, c.name, &titles)) return err;
        bool family = std::any_of(titles.begin(), titles.end(), [](const std::string& t) {
          return !among(kGivenNameTitles, t);
        });
        if (!family) {
          conflict(describe(c) + " is a given name ('" + first + "' with no family-name title)");
          continue;
        }
      }
      kept.push_back(std::move(c));
    }
    *cands = std::move(kept);
    return std::nullopt;
  }

  // PERSONs whose name ends with the article's one-word key after its first word ("Guevara"
  // -> "Che Guevara"), or, when the article put a title before it ("President Xi": a title
  // marks a family name), starts with it ("Xi Jinping": family names come first in Chinese
  // and Korean names). An untitled first word is a given name: on unseen news it joined
  // "George" to "George Moose". Not a stored one-word name inside the article's longer one:
  // that renames the stored entity, and joined "Bush" of 1990 to "Jeb Bush" of 2000; the
  // alias rule does it when the article itself uses the short name. Both lookups use an
  // index (entities_person_rest, entities_norm_name); "the rest" is the last word of a
  // two-word name, so "Carney" does not find "Mark Joseph Carney" this way.
  std::optional<std::string> by_name_word(std::vector<Candidate>* cands) {
    if (key_.empty() || key_.find(' ') != std::string::npos) return std::nullopt;
    Statement& rest = statements_.get(std::string("SELECT ") + kCandidateCols +
                                      " FROM entities e WHERE e.type = 'PERSON' AND "
                                      "substr(e.norm_name, instr(e.norm_name, ' ') + 1) = ?1 "
                                      "AND instr(e.norm_name, ' ') > 0");
    rest.bind(1, key_);
    if (auto err = collect(rest, type_, cands)) return err;
    if (key_ == normalise_name(entity_.name)) return std::nullopt;  // no title
    Statement& first = statements_.get(std::string("SELECT ") + kCandidateCols +
                                       " FROM entities e WHERE e.norm_name > ?1 || ' ' "
                                       "AND e.norm_name < ?1 || '!' AND e.type = 'PERSON'");
    first.bind(1, key_);
    return collect(first, type_, cands);
  }

  // For an untitled one-word PERSON name ("Michael"): the stored PERSONs whose names start
  // with it. Two or more make it a given name they share, which names none of them.
  std::optional<std::string> given_name_persons(std::vector<Candidate>* cands) {
    if (type_ != "PERSON" || key_.empty() || key_.find(' ') != std::string::npos ||
        key_ != normalise_name(entity_.name))
      return std::nullopt;
    Statement& first = statements_.get(std::string("SELECT ") + kCandidateCols +
                                       " FROM entities e WHERE e.norm_name > ?1 || ' ' "
                                       "AND e.norm_name < ?1 || '!' AND e.type = 'PERSON' "
                                       "ORDER BY e.id");
    first.bind(1, key_);
    if (auto err = collect(first, type_, cands)) return err;
    return screen(cands, false);
  }

  std::optional<std::string> choose_alias(const Candidate& c, const std::string& link,
                                          MergeDecision* d) {
    *d = {c.id, "alias", link + " between '" + entity_.name + "' and " + describe(c), false};
    // The canonical name is the longest proper name seen: "Carney" becomes "Mark Carney".
    if (word_count(key_) > word_count(name_key(c.name, c.type))) {
      // An acronym's guessed type gives way with its name: "NAFTA" (ORG) named by its full
      // name becomes "North American Free Trade Agreement" (LAW).
      Statement& up = statements_.get(
          "UPDATE entities SET name = ?1, norm_name = ?2, type = ?3 WHERE id = ?4");
      up.bind(1, entity_.name).bind(2, key_);
      up.bind(3, types_compatible(type_, c.type) ? c.type : type_).bind(4, c.id);
      if (up.step() != SQLITE_DONE) return up.error();
      d->reason += " (renamed to '" + entity_.name + "')";
    }
    return std::nullopt;
  }

  // Drops the candidates a `split` override bars or that evidence says are different.
  std::optional<std::string> screen(std::vector<Candidate>* cands, bool check_places) {
    std::vector<Candidate> kept;
    for (auto& c : *cands) {
      if (barred_.count(c.id)) continue;
      if (!entity_.kb.empty() && !c.kb.empty() && c.kb != entity_.kb) {
        conflict("knowledge-base ids differ: " + describe(c) + " is " + c.kb + ", this one " +
                 entity_.kb);
        continue;
      }
      Places p = Places::kUnknown;
      if (check_places) {
        if (auto err = compare_places(c, &p)) return err;
      }
      if (p == Places::kConflict) continue;
      if (check_places && p == Places::kUnknown) {
        if (auto err = compare_country(c, &p)) return err;
        if (p == Places::kConflict) continue;
      }
      if (p == Places::kAgree) agreeing_.insert(c.id);
      if (p == Places::kMaybe) maybe_.insert(c.id);
      kept.push_back(std::move(c));
    }
    *cands = std::move(kept);
    return std::nullopt;
  }

  // ORG and FAC only: the article's places against the candidate's stored ones.
  std::optional<std::string> compare_places(const Candidate& c, Places* out) {
    *out = Places::kUnknown;
    if ((type_ != "ORG" && type_ != "FAC") || places_.empty()) return std::nullopt;
    std::set<std::string> theirs, wide_ours, wide_theirs;
    if (auto err = stored_places(db_, c.id, &theirs)) return err;
    if (theirs.empty()) return std::nullopt;
    if (auto err = widen(db_, places_, &wide_ours)) return err;
    if (auto err = widen(db_, theirs, &wide_theirs)) return err;
    if (intersects(wide_ours, wide_theirs)) {
      *out = Places::kAgree;
      return std::nullopt;
    }
    *out = Places::kConflict;
    conflict(describe(c) + " is located in " + join(theirs) + ", this one in " + join(places_));
    return std::nullopt;
  }

  // Whether this entity and candidate `c` share a name that many countries' bodies share: an
  // ORG with a generic government-body name (is_generic_body) on either side, or an ORG or
  // NORP named by the members of a generic party ("Republicans": is_generic_party_member).
  bool generic_pair(const Candidate& c) const {
    if (type_ != "ORG" && type_ != "NORP") return false;
    if (is_generic_party_member(key_)) return true;
    return type_ == "ORG" && (is_generic_body(key_) || is_generic_body(name_key(c.name, c.type)));
  }

  // A generic name (generic_pair) against the candidate: their countries.
  std::optional<std::string> compare_country(const Candidate& c, Places* out) {
    *out = Places::kUnknown;
    if (!generic_pair(c)) return std::nullopt;
    bool decided = false;
    if (auto err = compare_codes(c, out, &decided)) return err;
    if (decided || type_ != "ORG") return std::nullopt;
    std::set<std::string> theirs;
    if (auto err = stored_countries(db_, c.id, &theirs)) return err;
    if (!country_.empty() && !theirs.empty()) return compare_sets(c, country_, theirs, "of", out);
    // No stated country on either side: the datelines of both, when both have one. A side
    // that states a country is not compared with the other's dateline: a WASHINGTON story
    // tells of "the Commerce Ministry" in Beijing that another story called China's.
    if (!country_.empty() || !theirs.empty() || dateline_.empty()) return std::nullopt;
    if (auto err = stored_datelines(db_, c.id, &theirs)) return err;
    if (theirs.empty()) return std::nullopt;
    return compare_sets(c, dateline_, theirs, "datelined", out);
  }

  // The extractor's country of this entity (code_) against those of the candidate's stored
  // in-article entities; *decided when both sides have one. The same country agrees. Another
  // is a conflict only when no country one side may mean is one the other may mean, where a
  // side whose country is only its article's context may mean any country that article
  // names: a WASHINGTON story about Beijing's Commerce Ministry names China; two stories
  // about Lebanon and China that both name the US may both mean the US State Department.
  std::optional<std::string> compare_codes(const Candidate& c, Places* out, bool* decided) {
    // The countries this side may mean: the stated one, else its article's context and every
    // country that article names.
    // A party, legislature or court of a story filed from a country is that country's: it is
    // not widened to every country the story names (a user's trial: the Democratic Party of a
    // SEOUL story that named the US became the US one). A country the story names most stays
    // widened ("the House" in a story about US elections told from Pakistan).
    const bool domestic = is_domestic_body(key_);
    std::set<std::string> ours = named_;
    if (code_.source == "stated" || (domestic && code_.source == "dateline")) ours.clear();
    if (!code_.country.empty()) ours.insert(code_.country);
    if (ours.empty()) return std::nullopt;
    std::vector<StoredCountry> theirs;
    if (auto err = stored_country_codes(db_, c.id, &theirs)) return err;
    if (theirs.empty()) return std::nullopt;
    *decided = true;
    auto same = [&](const StoredCountry& t) { return t.country == code_.country; };
    if (std::any_of(theirs.begin(), theirs.end(), same)) {
      *out = Places::kAgree;
      return std::nullopt;
    }
    auto named = [&](const StoredCountry& t) { return ours.count(t.country) > 0; };
    if (std::any_of(theirs.begin(), theirs.end(), named)) {
      *out = Places::kMaybe;  // the article names its country: chooses among unknowns
      return std::nullopt;
    }
    if (code_.country.empty()) {  // no country of our own: nothing against it
      *decided = false;
      return std::nullopt;
    }
    for (const auto& t : theirs)
      if (!t.stated() && !(domestic && t.datelined()) && intersects(ours, t.named)) return std::nullopt;
    *out = Places::kConflict;
    conflict("generic name '" + key_ + "': " + describe(c) + " is of " + describe_countries(theirs) +
             ", this one of " + code_.country + " (" + code_.source + ": " + code_.evidence + ")");
    return std::nullopt;
  }

  // Whether the article's places `ours` and the candidate's `theirs`, each widened, meet.
  std::optional<std::string> compare_sets(const Candidate& c, const std::set<std::string>& ours,
                                          const std::set<std::string>& theirs,
                                          const std::string& how, Places* out) {
    std::set<std::string> wide_ours, wide_theirs;
    if (auto err = widen(db_, ours, &wide_ours)) return err;
    if (auto err = widen(db_, theirs, &wide_theirs)) return err;
    if (intersects(wide_ours, wide_theirs)) {
      *out = Places::kAgree;
      return std::nullopt;
    }
    *out = Places::kConflict;
    conflict("generic name '" + key_ + "': " + describe(c) + " is " + how + " " + join(theirs) +
             ", this one " + how + " " + join(ours));
    return std::nullopt;
  }

  std::optional<std::string> create(MergeDecision* d) {
    Statement& ins =
        statements_.get("INSERT INTO entities(name, type, norm_name, kb) VALUES (?1, ?2, ?3, ?4)");
    ins.bind(1, entity_.name).bind(2, type_).bind(3, key_).bind_text_or_null(4, entity_.kb);
    if (ins.step() != SQLITE_DONE) return ins.error();
    d->entity_id = sqlite3_last_insert_rowid(db_);
    d->created = true;
    if (!d->decision.empty()) return std::nullopt;  // ambiguous, reason set
    if (!conflicts_.empty()) {
      d->decision = "conflict";
      d->reason = "same name or alias, but " + conflicts_;
      conflicts_.clear();
    } else if (!barred_.empty()) {
      d->decision = "manual";
      d->reason = notes_;
    } else {
      d->decision = "new";
      d->reason = "no entity named '" + key_ + "' or aliased so";
    }
    return std::nullopt;
  }

  // Aliases: every surface form of the in-article entity, once per article.
  std::optional<std::string> add_aliases(int64_t id) {
    Statement& alias = statements_.get(
        "INSERT INTO aliases(entity_id, alias, norm_alias) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(entity_id, norm_alias) DO UPDATE SET article_count = article_count + 1");
    std::set<std::string> done;
    auto insert = [&](const std::string& surface, const std::string& n) -> std::optional<std::string> {
      if (n.empty() || !done.insert(n).second) return std::nullopt;
      alias.reset();
      alias.bind(1, id).bind(2, surface).bind(3, n);
      if (alias.step() != SQLITE_DONE) return alias.error();
      return std::nullopt;
    };
    // An accented alias is also filed under its key without accents, so that a later article
    // that writes the name without them ("Luiz Inacio Lula da Silva", as wire copy often does)
    // finds it by alias link.
    auto add = [&](const std::string& surface) -> std::optional<std::string> {
      const std::string n = normalise_name(surface);
      // "Washington" of "Washington state" is not filed as its alias: a later story's bare
      // "Washington" (the city) would link to the state through it.
      if (place_without_kind(n)) return std::nullopt;
      if (auto err = insert(surface, n)) return err;
      return insert(surface, fold_accents(n));
    };
    if (auto err = add(entity_.name)) return err;
    for (const auto& a : entity_.aliases)
      if (auto err = add(a)) return err;
    return std::nullopt;
  }

  void note(const std::string& s) { notes_ += (notes_.empty() ? "" : "; ") + s; }
  void conflict(const std::string& s) {
    if (conflicts_.find(s) == std::string::npos) conflicts_ += (conflicts_.empty() ? "" : "; ") + s;
  }

  StatementCache& statements_;
  sqlite3* db_;
  const extractor::Entity& entity_;
  std::string type_, key_;
  std::set<std::string> keys_, places_, country_, dateline_;
  extractor::CountryEvidence code_;  // the extractor's country of this entity (PlaceEvidence)
  std::set<std::string> named_;      // the countries its article names
  std::set<int64_t> barred_, agreeing_, maybe_;
  std::string notes_, conflicts_;
};

}  // namespace

std::string fold_accents(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString decomposed = nfd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
      status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

std::string normalise_name(std::string_view name) {

  std::string folded;
  icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())))
      .foldCase()
      .toUTF8String(folded);
  // Typographic apostrophe -> ASCII, dots removed, white space collapsed.
  std::string s;
  s.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\xE2\x80\x99") == 0) { s += '\''; i += 2; continue; }
    char c = folded[i];
    if (c == '.') continue;
    if (is_space(c)) {
      if (!s.empty() && s.back() != ' ') s += ' ';
      continue;
    }
    s += c;
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  if (s.rfind("the ", 0) == 0 && s.size() > 4) s.erase(0, 4);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, "'s") == 0) s.resize(s.size() - 2);
  else if (s.size() > 1 && s.back() == '\'') s.pop_back();
  return s;
}

std::string person_key(std::string_view norm) {
  std::vector<std::string> w = words(norm);
  size_t first = 0;
  while (first + 1 < w.size() && is_title_word(w[first])) ++first;
  std::string key;
  for (size_t i = first; i < w.size(); ++i) key += (key.empty() ? "" : " ") + w[i];
  return key;
}

std::string entity_label(int64_t id, std::string_view name) {
  // Appends: GCC 12 warns (-Wrestrict, a false positive) on "#" + std::to_string(id) + ...
  std::string s = "#";
  s += std::to_string(id);
  s += " '";
  s += name;
  s += '\'';
  return s;
}

std::string name_key(std::string_view name, std::string_view type) {
  std::string norm = normalise_name(name);
  return type == "PERSON" ? person_key(norm) : norm;
}

bool types_compatible(std::string_view a, std::string_view b) {
  if (a == b) return true;
  auto geo = [](std::string_view t) { return t == "GPE" || t == "LOC"; };
  return geo(a) && geo(b);
}

bool is_acronym(std::string_view n) {
  return n.size() >= 2 && n.size() <= 8 &&
         std::all_of(n.begin(), n.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool alias_types_compatible(std::string_view a_type, std::string_view a_name,
                            std::string_view b_type, std::string_view b_name) {
  if (types_compatible(a_type, b_type)) return true;
  auto named_thing = [](std::string_view t) { return t == "LAW" || t == "EVENT" || t == "FAC"; };
  return (a_type == "ORG" && is_acronym(a_name) && named_thing(b_type)) ||
         (b_type == "ORG" && is_acronym(b_name) && named_thing(a_type));
}

std::string country_word_before(std::string_view text) {
  size_t end = text.size();
  while (end > 0 && is_space(text[end - 1])) --end;
  if (end == text.size()) return "";  // the mention is glued to the word before it
  size_t begin = end;
  while (begin > 0 && !is_space(text[begin - 1])) --begin;
  return normalise_name(text.substr(begin, end - begin));
}

std::vector<std::string> dateline_places(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& part : extractor::dateline_place_texts(text))
    if (std::string n = normalise_name(part); !n.empty()) out.push_back(n);
  return out;
}

std::string country_word_starting(std::string_view alias) {
  size_t sp = alias.find(' ');
  if (sp == std::string_view::npos || is_generic_body(alias) || !is_generic_body(alias.substr(sp + 1)))
    return "";
  std::string first(alias.substr(0, sp));
  if (first.size() > 2 && first.compare(first.size() - 2, 2, "'s") == 0) first.resize(first.size() - 2);
  return first;
}

bool is_generic_body(std::string_view key) {
  bool head = false, central = false, bank = false;
  const std::vector<std::string> ws = words(key);
  for (const auto& w : ws) {
    // "Democrats" heads a generic name only after a modifier: "Social Democrats".
    if (among(kBodyHeads, w) || (w == "democrats" && ws.size() > 1)) head = true;
    else if (!among(kBodyModifiers, w)) return false;
    central = central || w == "central";
    bank = bank || w == "bank";
  }
  return head || (central && bank);
}

bool is_domestic_body(std::string_view key) {
  if (!is_generic_body(key)) return false;
  static constexpr std::string_view kDomestic[] = {"party", "parliament", "legislature", "assembly",
                                                   "senate", "chamber", "house", "court", "democrats"};
  for (const auto& w : words(key))
    if (among(kDomestic, w)) return true;
  return false;
}

bool is_generic_party_member(std::string_view key) {
  if (key.empty() || key.find(' ') != std::string_view::npos) return false;
  std::string stem(key);
  if (stem.size() > 1 && stem.back() == 's') stem.pop_back();
  return is_generic_body(stem + " party");
}

std::optional<std::string> resolve_entity(StatementCache& statements,
                                          const extractor::Entity& entity,
                                          const PlaceEvidence& evidence,
                                          MergeDecision* decision) {
  *decision = MergeDecision{};
  return Resolver(statements, entity, evidence).run(decision);
}

}  // namespace newsgraph::graph
