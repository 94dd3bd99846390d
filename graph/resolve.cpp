#include "graph/resolve.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "graph/sqlite.h"

namespace newsgraph::graph {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

struct Candidate {
  int64_t id = 0;
  std::string name, type;
  int64_t mentions = 0;
};

// Runs `st` (columns: id, name, type, mention_count) and keeps the type-compatible rows.
std::optional<std::string> collect(Statement& st, std::string_view type,
                                   std::vector<Candidate>* out) {
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    Candidate c{st.int64(0), st.text(1), st.text(2), st.int64(3)};
    if (!types_compatible(type, c.type)) continue;
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

size_t word_count(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    if (is_space(c)) in = false;
    else if (!in) { in = true; ++n; }
  }
  return n;
}

}  // namespace

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

bool types_compatible(std::string_view a, std::string_view b) {
  if (a == b) return true;
  auto geo = [](std::string_view t) { return t == "GPE" || t == "LOC"; };
  return geo(a) && geo(b);
}

std::optional<std::string> resolve_entity(sqlite3* db, const extractor::Entity& entity,
                                          MergeDecision* decision) {
  *decision = MergeDecision{};
  const std::string type(extractor::entity_type_name(entity.type));
  const std::string norm = normalise_name(entity.name);
  std::set<std::string> norm_aliases;
  for (const auto& a : entity.aliases)
    if (auto n = normalise_name(a); !n.empty()) norm_aliases.insert(n);
  if (!norm.empty()) norm_aliases.insert(norm);

  std::vector<Candidate> cands;
  // 1. Same knowledge-base id.
  if (!entity.kb.empty()) {
    Statement st(db, "SELECT id, name, type, mention_count FROM entities WHERE kb = ?1");
    st.bind(1, entity.kb);
    if (auto err = collect(st, type, &cands)) return err;
    if (!cands.empty()) {
      const Candidate& c = best(cands, type);
      *decision = {c.id, "kb", "same knowledge-base id " + entity.kb, false};
    }
  }
  // 2. Same normalised name, compatible type.
  if (decision->entity_id == 0) {
    Statement st(db, "SELECT id, name, type, mention_count FROM entities WHERE norm_name = ?1");
    st.bind(1, norm);
    if (auto err = collect(st, type, &cands)) return err;
    if (!cands.empty()) {
      const Candidate& c = best(cands, type);
      *decision = {c.id, "name",
                   "same name '" + norm + "'" + (c.type == type ? "" : " (" + c.type + "~" + type + ")"),
                   false};
    }
  }
  // 3. Alias links in either direction; only an unambiguous one merges.
  if (decision->entity_id == 0) {
    Statement by_alias(db,
                       "SELECT e.id, e.name, e.type, e.mention_count FROM aliases a "
                       "JOIN entities e ON e.id = a.entity_id WHERE a.norm_alias = ?1");
    by_alias.bind(1, norm);
    if (auto err = collect(by_alias, type, &cands)) return err;
    Statement by_name(db, "SELECT id, name, type, mention_count FROM entities WHERE norm_name = ?1");
    for (const auto& a : norm_aliases) {
      if (a == norm) continue;
      by_name.reset();
      by_name.bind(1, a);
      if (auto err = collect(by_name, type, &cands)) return err;
    }
    if (cands.size() == 1) {
      const Candidate& c = cands[0];
      *decision = {c.id, "alias", "alias link between '" + entity.name + "' and #" +
                                      std::to_string(c.id) + " '" + c.name + "'",
                   false};
      // The canonical name is the longest proper name seen: "Carney" becomes "Mark Carney".
      if (word_count(entity.name) > word_count(c.name)) {
        Statement up(db, "UPDATE entities SET name = ?1, norm_name = ?2 WHERE id = ?3");
        up.bind(1, entity.name).bind(2, norm).bind(3, c.id);
        if (up.step() != SQLITE_DONE) return up.error();
        decision->reason += " (renamed to '" + entity.name + "')";
      }
    } else if (cands.size() > 1) {
      std::string reason = "ambiguous alias '" + entity.name + "':";
      for (const auto& c : cands) reason += " #" + std::to_string(c.id) + " '" + c.name + "'";
      decision->decision = "ambiguous";
      decision->reason = reason;
    }
  }
  // 4. A new canonical entity.
  if (decision->entity_id == 0) {
    Statement ins(db, "INSERT INTO entities(name, type, norm_name, kb) VALUES (?1, ?2, ?3, ?4)");
    ins.bind(1, entity.name).bind(2, type).bind(3, norm).bind_text_or_null(4, entity.kb);
    if (ins.step() != SQLITE_DONE) return ins.error();
    decision->entity_id = sqlite3_last_insert_rowid(db);
    decision->created = true;
    if (decision->decision.empty()) {
      decision->decision = "new";
      decision->reason = "no entity named '" + norm + "' or aliased so";
    }
  } else if (!entity.kb.empty()) {
    Statement up(db, "UPDATE entities SET kb = ?1 WHERE id = ?2 AND kb IS NULL");
    up.bind(1, entity.kb).bind(2, decision->entity_id);
    if (up.step() != SQLITE_DONE) return up.error();
  }

  // Aliases: every surface form of the in-article entity, once per article.
  Statement alias(db,
                  "INSERT INTO aliases(entity_id, alias, norm_alias) VALUES (?1, ?2, ?3) "
                  "ON CONFLICT(entity_id, norm_alias) DO UPDATE SET article_count = article_count + 1");
  std::set<std::string> done;
  auto add_alias = [&](const std::string& surface) -> std::optional<std::string> {
    std::string n = normalise_name(surface);
    if (n.empty() || !done.insert(n).second) return std::nullopt;
    alias.reset();
    alias.bind(1, decision->entity_id).bind(2, surface).bind(3, n);
    if (alias.step() != SQLITE_DONE) return alias.error();
    return std::nullopt;
  };
  if (auto err = add_alias(entity.name)) return err;
  for (const auto& a : entity.aliases)
    if (auto err = add_alias(a)) return err;
  return std::nullopt;
}

}  // namespace newsgraph::graph
