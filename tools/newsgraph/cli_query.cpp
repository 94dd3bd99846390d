// The query verbs: entities, entity, neighbors, path, timeline, search, sql, stats.
// Each opens the store read-only (graph/queries.h does the work), prints a table or with
// --json one JSON document. Exit 1 for an unknown or ambiguous name, a bad query or a
// database that cannot be opened; 0 otherwise (also for "no path found").
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "graph/queries.h"
#include "tools/newsgraph/cli.h"

namespace newsgraph::cli {
namespace {


json null_if_empty(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json evidence_json(const graph::Evidence& e) {
  return {{"sentence", null_if_empty(e.text)},
          {"sentence_id", e.sentence_id ? json(e.sentence_id) : json(nullptr)},
          {"article_id", e.article_id},
          {"article_title", null_if_empty(e.article_title)},
          {"article_date", null_if_empty(e.article_date)}};
}

std::string evidence_text(const graph::Evidence& e) {
  std::string s = e.text.empty() ? "(article #" + std::to_string(e.article_id) + ")" : e.text;
  return s;
}

std::string source_text(const graph::Evidence& e) {
  std::string s = e.article_title.empty() ? "#" + std::to_string(e.article_id) : e.article_title;
  if (!e.article_date.empty()) s += ", " + e.article_date;
  return s;
}


// ---- entities -------------------------------------------------------------------------------
struct EntitiesArgs {
  Common common;
  graph::EntityFilter filter;
};

int run_entities(const EntitiesArgs& args) {
  const char* verb = "entities";
  graph::Store store;
  if (!open_db(verb, args.common, graph::OpenMode::kReadOnly, &store)) return kExitFailure;
  std::vector<graph::EntityRef> rows;
  if (auto err = graph::list_entities(store, args.filter, &rows)) {
    print_error(verb, *err);
    return kExitFailure;
  }
  if (args.common.json) {
    json list = json::array();
    for (const auto& e : rows) list.push_back(entity_json(e));
    print_json({{"entities", list}});
    return kExitOk;
  }
  print_entity_table(rows);
  return kExitOk;
}

// ---- entity ---------------------------------------------------------------------------------
struct EntityArgs {
  Common common;
  std::string name;
  int limit = 20;
};

json relation_json(const graph::RelationFact& r) {
  json j = {{"subject", entity_json(r.subject)},
            {"predicate", r.predicate},
            {"object", r.object ? entity_json(*r.object) : json(r.object_literal)},
            {"confidence", std::round(r.confidence * 1000) / 1000},
            {"evidence", evidence_json(r.evidence)}};
  if (r.negated) j["negated"] = true;
  if (r.hedged) j["hedged"] = true;
  if (r.former) j["former"] = true;
  return j;
}

json event_json(const graph::EventFact& e) {
  json parts = json::array();
  for (const auto& [ent, role] : e.participants) {
    json p = entity_json(ent);
    p["role"] = role;
    parts.push_back(p);
  }
  json j = {{"event_id", e.event_id},
            {"type", e.type},
            {"cameo", null_if_empty(e.cameo)},
            {"date", null_if_empty(e.date)},
            {"date_source", null_if_empty(e.date_source)},
            {"trigger", e.trigger},
            {"role", null_if_empty(e.role)},
            {"participants", parts},
            {"evidence", evidence_json(e.evidence)}};
  if (e.negated) j["negated"] = true;
  if (e.hedged) j["hedged"] = true;
  return j;
}

std::string others(const graph::EventFact& e, int64_t self) {
  std::string s;
  for (const auto& [ent, role] : e.participants)
    if (ent.id != self) s += (s.empty() ? "" : ", ") + ent.name + " (" + role + ")";
  return s;
}

// Why each in-article entity became this one, and the journalist's standing corrections.
void print_resolution(const graph::EntityProfile& p) {
  if (!p.resolution.empty()) {
    std::printf("\nmerge decisions\n");
    Table t({"article", "in-article entity", "decision", "reason"});
    for (const auto& m : p.resolution)
      t.add({"#" + std::to_string(m.article_id) + " " + m.article_title,
             m.local_id + " " + m.name + " (" + m.type + ")", m.decision, m.reason});
    t.print(stdout, 90);
  }
  if (!p.overrides.empty()) {
    std::printf("\ncorrections for later articles\n");
    Table t({"name", "type", "rule", "reason"});
    for (const auto& o : p.overrides)
      t.add({o.norm_alias, o.type, o.kind == "merge" ? "goes here" : "never joins", o.reason});
    t.print(stdout, 90);
  }
}

int run_entity(const EntityArgs& args) {
  const char* verb = "entity";
  graph::Store store;
  if (!open_db(verb, args.common, graph::OpenMode::kReadOnly, &store)) return kExitFailure;
  graph::EntityRef ref;
  if (int rc = resolve_name(verb, store, args.common, args.name, &ref); rc >= 0) return rc;
  graph::EntityProfile p;
  if (auto err = graph::entity_profile(store, ref.id, args.limit, &p)) {
    print_error(verb, *err);
    return kExitFailure;
  }
  if (args.common.json) {
    json j = entity_json(p.entity);
    j["kb"] = null_if_empty(p.kb);
    j["aliases"] = json::array();
    for (const auto& a : p.aliases) j["aliases"].push_back({{"alias", a.alias}, {"articles", a.article_count}});
    j["articles"] = json::array();
    for (const auto& a : p.articles)
      j["articles"].push_back({{"id", a.id}, {"title", null_if_empty(a.title)},
                               {"date", null_if_empty(a.date)}, {"path", null_if_empty(a.path)},
                               {"mentions", a.mentions}});
    j["relations_out"] = json::array();
    for (const auto& r : p.relations_out) j["relations_out"].push_back(relation_json(r));
    j["relations_in"] = json::array();
    for (const auto& r : p.relations_in) j["relations_in"].push_back(relation_json(r));
    j["events"] = json::array();
    for (const auto& e : p.events) j["events"].push_back(event_json(e));
    j["quotes"] = json::array();
    for (const auto& q : p.quotes)
      j["quotes"].push_back({{"text", q.text}, {"evidence", evidence_json(q.evidence)}});
    j["resolution"] = json::array();
    for (const auto& m : p.resolution)
      j["resolution"].push_back({{"article_id", m.article_id},
                                 {"article_title", null_if_empty(m.article_title)},
                                 {"article_date", null_if_empty(m.article_date)},
                                 {"local_id", m.local_id}, {"name", m.name}, {"type", m.type},
                                 {"decision", m.decision}, {"reason", m.reason}});
    j["overrides"] = json::array();
    for (const auto& o : p.overrides)
      j["overrides"].push_back({{"kind", o.kind}, {"name", o.norm_alias}, {"type", o.type},
                                {"reason", o.reason}});
    print_json(j);
    return kExitOk;
  }
  std::printf("%s  (%s, #%lld)  %lld mentions in %lld articles%s\n", p.entity.name.c_str(),
              p.entity.type.c_str(), static_cast<long long>(p.entity.id),
              static_cast<long long>(p.entity.mention_count),
              static_cast<long long>(p.entity.article_count),
              p.kb.empty() ? "" : ("  kb " + p.kb).c_str());
  std::string aliases;
  for (const auto& a : p.aliases) aliases += (aliases.empty() ? "" : ", ") + a.alias;
  std::printf("aliases: %s\n", aliases.c_str());
  auto relations = [&](const char* title, const std::vector<graph::RelationFact>& list) {
    if (list.empty()) return;
    std::printf("\n%s\n", title);
    // One row per (subject, predicate, object): "President" held in 9 articles is one line,
    // with its first evidence and how many facts say it (--json lists every fact).
    Table t({"subject", "predicate", "object", "facts", "evidence", "source"});
    std::vector<std::pair<std::string, size_t>> rows;  // key, index of its first fact
    std::map<std::string, int> count;
    for (size_t i = 0; i < list.size(); ++i) {
      const auto& r = list[i];
      std::string key = r.subject.name + '\x1f' + r.predicate + (r.negated ? "!" : "") +
                        (r.former ? "<" : "") + '\x1f' +
                        (r.object ? std::to_string(r.object->id) : r.object_literal);
      if (count[key]++ == 0) rows.emplace_back(key, i);
    }
    for (const auto& [key, i] : rows) {
      const auto& r = list[i];
      t.add({r.subject.name,
             r.predicate + (r.negated ? " (negated)" : "") + (r.former ? " (former)" : ""),
             r.object ? r.object->name : "\"" + r.object_literal + "\"",
             std::to_string(count[key]), evidence_text(r.evidence), source_text(r.evidence)});
    }
    t.print(stdout, 70);
  };
  relations("relations out", p.relations_out);
  relations("relations in", p.relations_in);
  if (!p.events.empty()) {
    std::printf("\nevents\n");
    Table t({"date", "type", "role", "with", "evidence"});
    for (const auto& e : p.events)
      t.add({e.date, e.type, e.role, others(e, p.entity.id), evidence_text(e.evidence)});
    t.print(stdout, 70);
  }
  if (!p.quotes.empty()) {
    std::printf("\nquotes\n");
    Table t({"quote", "source"});
    for (const auto& q : p.quotes) t.add({"\"" + q.text + "\"", source_text(q.evidence)});
    t.print(stdout, 90);
  }
  if (!p.articles.empty()) {
    std::printf("\narticles\n");
    Table t({"id", "date", "title", "mentions", "path"});
    for (const auto& a : p.articles)
      t.add({"#" + std::to_string(a.id), a.date, a.title, std::to_string(a.mentions), a.path});
    t.print(stdout);
  }
  print_resolution(p);
  return kExitOk;
}

// ---- neighbors ------------------------------------------------------------------------------
struct NeighborsArgs {
  Common common;
  std::string name;
  graph::NeighborOptions options;
};

int run_neighbors(const NeighborsArgs& args) {
  const char* verb = "neighbors";
  graph::Store store;
  if (!open_db(verb, args.common, graph::OpenMode::kReadOnly, &store)) return kExitFailure;
  graph::EntityRef ref;
  if (int rc = resolve_name(verb, store, args.common, args.name, &ref); rc >= 0) return rc;
  std::vector<graph::Neighbor> rows;
  if (auto err = graph::neighbors(store, ref.id, args.options, &rows)) {
    print_error(verb, *err);
    return kExitFailure;
  }
  if (args.common.json) {
    json list = json::array();
    for (const auto& n : rows) {
      json j = entity_json(n.entity);
      j["depth"] = n.depth;
      j["via"] = n.via;
      j["predicate"] = n.predicate;
      j["direction"] = n.direction;
      if (n.former) j["former"] = true;
      j["weight"] = n.weight;
      j["first_date"] = null_if_empty(n.first_date);
      j["last_date"] = null_if_empty(n.last_date);
      j["evidence"] = evidence_json(n.evidence);
      list.push_back(j);
    }
    print_json({{"entity", entity_json(ref)}, {"neighbors", list}});
    return kExitOk;
  }
  std::printf("%s (%s, #%lld)\n", ref.name.c_str(), ref.type.c_str(), static_cast<long long>(ref.id));
  Table t({"depth", "neighbor", "type", "link", "weight", "dates", "evidence"});
  for (const auto& n : rows) {
    const std::string predicate = n.predicate + (n.former ? " (former)" : "");
    std::string link = n.direction == "out" ? "-" + predicate + "->"
                       : n.direction == "in" ? "<-" + predicate + "-"
                                             : "-" + predicate + "-";
    std::string dates = n.first_date == n.last_date ? n.first_date : n.first_date + ".." + n.last_date;
    t.add({std::to_string(n.depth), n.entity.name, n.entity.type, link, std::to_string(n.weight),
           dates, evidence_text(n.evidence)});
  }
  t.print(stdout, 70);
  return kExitOk;
}

// ---- path -----------------------------------------------------------------------------------
struct PathArgs {
  Common common;
  std::string a, b;
  int max_depth = 4;
  int limit = 3;
  bool cooccurrence = false;    // --cooccurrence: every link from the start
  bool relations_only = false;  // --relations-only: never co-occurrence
};

int run_path(const PathArgs& args) {
  const char* verb = "path";
  graph::Store store;
  if (!open_db(verb, args.common, graph::OpenMode::kReadOnly, &store)) return kExitFailure;
  graph::EntityRef from, to;
  if (int rc = resolve_name(verb, store, args.common, args.a, &from); rc >= 0) return rc;
  if (int rc = resolve_name(verb, store, args.common, args.b, &to); rc >= 0) return rc;
  // Chains of relations and events first; when there is none, co-occurrence hops too (said so).
  std::vector<graph::Chain> chains;
  bool cooccurrence = args.cooccurrence;
  auto err = graph::shortest_paths(store, from.id, to.id, args.max_depth, args.limit, &chains,
                                   cooccurrence);
  const bool fallback = !err && chains.empty() && !cooccurrence && !args.relations_only;
  if (fallback) {
    cooccurrence = true;
    err = graph::shortest_paths(store, from.id, to.id, args.max_depth, args.limit, &chains, true);
  }
  if (err) {
    print_error(verb, *err);
    return kExitFailure;
  }
  if (args.common.json) {
    json paths = json::array();
    for (const auto& c : chains) {
      json hops = json::array();
      for (const auto& h : c) {
        json hop = {{"from", entity_json(h.from)},
                    {"to", entity_json(h.to)},
                    {"predicate", h.predicate},
                    {"direction", h.direction},
                    {"weight", h.weight},
                    {"evidence", evidence_json(h.evidence)}};
        hop["former"] = h.former;  // always, true or false, as the export and extraction JSON
        hops.push_back(std::move(hop));
      }
      paths.push_back({{"length", c.size()}, {"hops", hops}});
    }
    print_json({{"from", entity_json(from)},
                {"to", entity_json(to)},
                {"connected", !chains.empty()},
                {"max_depth", args.max_depth},
                {"cooccurrence", cooccurrence},
                {"fallback", fallback},
                {"paths", paths}});
    return kExitOk;
  }
  if (chains.empty()) {
    std::printf("no path from %s to %s within %d hops%s\n", from.name.c_str(), to.name.c_str(),
                args.max_depth, cooccurrence ? "" : " of relations and events");
    return kExitOk;
  }
  if (fallback)
    std::printf("no chain of relations and events within %d hops; through entities named in one "
                "sentence (co_occurs):\n\n", args.max_depth);
  if (from.id == to.id) {
    std::printf("%s (%s, #%lld) is itself: 0 hops\n", from.name.c_str(), from.type.c_str(),
                static_cast<long long>(from.id));
    return kExitOk;
  }
  for (size_t i = 0; i < chains.size(); ++i) {
    std::printf("%spath %zu: %zu hop%s\n", i ? "\n" : "", i + 1, chains[i].size(),
                chains[i].size() == 1 ? "" : "s");
    Table t({"from", "link", "to", "evidence", "source"});
    for (const auto& h : chains[i]) {
      const std::string predicate = h.predicate + (h.former ? " (former)" : "");
      std::string link = h.direction == "out" ? "-" + predicate + "->"
                         : h.direction == "in" ? "<-" + predicate + "-"
                                               : "-" + predicate + "-";
      t.add({h.from.name, link, h.to.name, evidence_text(h.evidence), source_text(h.evidence)});
    }
    t.print(stdout, 70);
  }
  return kExitOk;
}

// ---- timeline -------------------------------------------------------------------------------
struct TimelineArgs {
  Common common;
  std::string name, from, to;
  bool undated = false;
  bool all = false;  // also negated and hedged events
};

// "1 dated event", "2 dated events".
std::string count_of(size_t n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

int run_timeline(const TimelineArgs& args) {
  const char* verb = "timeline";
  graph::Store store;
  if (!open_db(verb, args.common, graph::OpenMode::kReadOnly, &store)) return kExitFailure;
  graph::EntityRef ref;
  if (int rc = resolve_name(verb, store, args.common, args.name, &ref); rc >= 0) return rc;
  std::vector<graph::EventFact> events;
  if (auto err = graph::timeline(store, ref.id, args.from, args.to, args.undated, &events)) {
    print_error(verb, *err);
    return kExitFailure;
  }
  // What did not happen ("did not meet") or is only wanted or feared ("may visit", "demanded
  // that X release Y") is not part of a timeline unless asked for.
  size_t left_out = 0;
  if (!args.all) {
    auto nonfact = [](const graph::EventFact& e) { return e.negated || e.hedged; };
    left_out = static_cast<size_t>(std::count_if(events.begin(), events.end(), nonfact));
    events.erase(std::remove_if(events.begin(), events.end(), nonfact), events.end());
  }
  if (args.common.json) {
    json list = json::array();
    for (const auto& e : events) list.push_back(event_json(e));
    print_json({{"entity", entity_json(ref)}, {"events", list}});
    return kExitOk;
  }
  std::string leftover =
      left_out ? "; " + count_of(left_out, "negated or hedged event") + " left out (--all)" : "";
  std::printf("%s (%s, #%lld): %s%s%s\n", ref.name.c_str(), ref.type.c_str(),
              static_cast<long long>(ref.id), count_of(events.size(), args.undated ? "event" : "dated event").c_str(),
              args.undated ? " (~ = dated by its article)" : "", leftover.c_str());
  Table t({"date", "event", "role", "with", "evidence"});
  for (const auto& e : events)
    t.add({(e.date_source == "article" ? "~" : "") + e.date,
           e.type + (e.negated ? " (negated)" : e.hedged ? " (hedged)" : ""), e.role,
           others(e, ref.id), evidence_text(e.evidence)});
  t.print(stdout, 70);
  return kExitOk;
}

// ---- search ---------------------------------------------------------------------------------
struct SearchArgs {
  Common common;
  std::string query;
  int limit = 20;
};

int run_search(const SearchArgs& args) {
  const char* verb = "search";
  graph::Store store;
  if (!open_db(verb, args.common, graph::OpenMode::kReadOnly, &store)) return kExitFailure;
  std::vector<graph::SearchHit> hits;
  if (auto err = graph::search(store, args.query, args.limit, &hits)) {
    print_error(verb, *err);
    return kExitFailure;
  }
  if (args.common.json) {
    json list = json::array();
    for (const auto& h : hits) {
      json ents = json::array();
      for (const auto& e : h.entities) ents.push_back(entity_json(e));
      json j = evidence_json(h.sentence);
      j["rank"] = h.rank;
      j["entities"] = ents;
      list.push_back(j);
    }
    print_json({{"query", args.query}, {"hits", list}});
    return kExitOk;
  }
  for (size_t i = 0; i < hits.size(); ++i) {
    const auto& h = hits[i];
    std::string ents;
    for (const auto& e : h.entities) ents += (ents.empty() ? "" : ", ") + e.name;
    std::printf("%zu. %s\n   %s\n", i + 1, h.sentence.text.c_str(), source_text(h.sentence).c_str());
    if (!ents.empty()) std::printf("   entities: %s\n", ents.c_str());
  }
  if (hits.empty()) std::printf("no sentence matches\n");
  return kExitOk;
}

// ---- sql ------------------------------------------------------------------------------------
struct SqlArgs {
  Common common;
  std::string sql;
  bool tsv = false;  // tab-separated, whole cells (the table cuts long cells for the eye)
};

// A TSV cell as the MySQL/PostgreSQL text formats write one: backslash, tab, newline and CR
// escaped, so that every row is one line and every cell is whole.
std::string tsv_cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  return out;
}

json value_json(const graph::SqlValue& v) {
  switch (v.kind) {
    case graph::SqlValue::kInteger: return v.integer;
    case graph::SqlValue::kReal: return v.real;
    case graph::SqlValue::kText: return v.text;
    case graph::SqlValue::kBlob: return "<blob " + std::to_string(v.text.size()) + " bytes>";
    default: return nullptr;
  }
}

int run_sql(const SqlArgs& args) {
  const char* verb = "sql";
  graph::Store store;
  if (!open_db(verb, args.common, graph::OpenMode::kReadOnly, &store)) return kExitFailure;
  graph::SqlResult result;
  if (auto err = graph::run_sql(store, args.sql, 0, &result)) {
    print_error(verb, *err);
    return kExitFailure;
  }
  if (args.common.json) {
    json rows = json::array();
    for (const auto& r : result.rows) {
      json o = json::object();
      for (size_t i = 0; i < r.size(); ++i) o[result.columns[i]] = value_json(r[i]);
      rows.push_back(o);
    }
    print_json(rows);
    return kExitOk;
  }
  auto cell = [](const graph::SqlValue& v) {
    json j = value_json(v);
    return j.is_string() ? j.get<std::string>() : j.is_null() ? "NULL" : j.dump();
  };
  if (args.tsv) {
    std::string out;
    for (size_t i = 0; i < result.columns.size(); ++i)
      out += (i ? "\t" : "") + tsv_cell(result.columns[i]);
    out += '\n';
    for (const auto& r : result.rows) {
      // NULL is \N, as MySQL's and PostgreSQL's text formats write it: not the string "NULL".
      for (size_t i = 0; i < r.size(); ++i)
        out += (i ? "\t" : "") + (r[i].kind == graph::SqlValue::kNull ? std::string("\\N") : tsv_cell(cell(r[i])));
      out += '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return kExitOk;
  }
  Table t(result.columns);
  bool cut = false;
  for (const auto& r : result.rows) {
    std::vector<std::string> cells;
    for (const auto& v : r) {
      cells.push_back(cell(v));
      cut = cut || shorten(cells.back(), 80) != cells.back();
    }
    t.add(cells);
  }
  t.print(stdout, 80);
  if (cut)
    std::fprintf(stderr, "newsgraph: sql: long cells were cut to 80 characters for the table; "
                         "--tsv or --json gives them whole\n");
  return kExitOk;
}

// ---- stats ----------------------------------------------------------------------------------
int run_stats(const Common& common) {
  const char* verb = "stats";
  graph::Store store;
  if (!open_db(verb, common, graph::OpenMode::kReadOnly, &store)) return kExitFailure;
  graph::StoreStats s;
  if (auto err = graph::store_stats(store, &s)) {
    print_error(verb, *err);
    return kExitFailure;
  }
  if (common.json) {
    json counts = json::object(), types = json::object(), extractors = json::object();
    for (const auto& [k, v] : s.counts) counts[k] = v;
    for (const auto& [k, v] : s.entity_types) types[k] = v;
    for (const auto& [k, v] : s.extractors) extractors[k] = v;
    print_json({{"db", store.path()},
                {"schema_version", s.schema_version},
                {"bytes", s.file_bytes},
                {"counts", counts},
                {"entity_types", types},
                {"extractors", extractors},
                {"first_date", null_if_empty(s.first_date)},
                {"last_date", null_if_empty(s.last_date)}});
    return kExitOk;
  }
  Table t({"", ""});
  t.add({"database", store.path()});
  t.add({"schema version", std::to_string(s.schema_version)});
  char size[32];
  std::snprintf(size, sizeof size, "%.1f MB", static_cast<double>(s.file_bytes) / 1e6);
  t.add({"size", size});
  for (const auto& [k, v] : s.counts) t.add({k, std::to_string(v)});
  for (const auto& [k, v] : s.entity_types) t.add({"entities " + k, std::to_string(v)});
  for (const auto& [k, v] : s.extractors) t.add({"articles by " + k, std::to_string(v)});
  if (!s.first_date.empty()) t.add({"article dates", s.first_date + " .. " + s.last_date});
  t.print(stdout, 80);
  return kExitOk;
}

}  // namespace

void register_queries(CLI::App& app, std::vector<Verb>* verbs) {
  {
    auto a = std::make_shared<EntitiesArgs>();
    auto* sub = app.add_subcommand("entities", "Canonical entities, most mentioned first.");
    add_type_option(sub, &a->filter.type, "only this type (PERSON, ORG, GPE, ...; any case)");
    sub->add_option("--match", a->filter.match, "name or alias contains TEXT (case-insensitive)");
    add_limit_option(sub, &a->filter.limit, "at most N rows (0: all)", true);
    add_common(sub, &a->common);
    verbs->push_back({sub, [a] { return run_entities(*a); }});
  }
  {
    auto a = std::make_shared<EntityArgs>();
    auto* sub = app.add_subcommand(
        "entity", "One entity's profile: aliases, articles, relations, events, quotes.");
    sub->add_option("NAME", a->name, "a name or alias (case-insensitive), or #ID")->required();
    add_limit_option(sub, &a->limit, "at most N rows per section (0: all)", true);
    add_common(sub, &a->common);
    sub->footer(
        "NAME finds the entity so named, else the one with that alias. Two or more matches are "
        "listed (#ID, type, mentions, articles) and exit 1: name one as #ID. An entity named "
        "NAME does not hide one with alias NAME unless it has as many mentions and articles "
        "(one with 3 times the mentions of each other and more articles is the answer); "
        "a lone first name (\"Michael\") lists every person whose name starts with it when "
        "there are two or more.");
    verbs->push_back({sub, [a] { return run_entity(*a); }});
  }
  {
    auto a = std::make_shared<NeighborsArgs>();
    auto* sub = app.add_subcommand(
        "neighbors", "Entities linked to NAME by relations, events and co-occurrence, with evidence.");
    sub->add_option("NAME", a->name, "a name or alias (case-insensitive), or #ID")->required();
    sub->add_option("--depth", a->options.depth, "levels of links to follow")->capture_default_str()
        ->check(CLI::Range(1, 5));
    sub->add_option("--predicate", a->options.predicate,
                    "only links with this predicate (leader_of, event:MEET, co_occurs, ...)");
    add_type_option(sub, &a->options.type, "only neighbours of this type (any case)");
    add_limit_option(sub, &a->options.limit, "at most N neighbours per level (0: all)", true);
    add_common(sub, &a->common);
    verbs->push_back({sub, [a] { return run_neighbors(*a); }});
  }
  {
    auto a = std::make_shared<PathArgs>();
    auto* sub = app.add_subcommand(
        "path", "The shortest chains of relations and events between A and B, with evidence.");
    sub->add_option("A", a->a, "first entity")->required();
    sub->add_option("B", a->b, "second entity")->required();
    sub->add_option("--max-depth", a->max_depth, "at most N hops")->capture_default_str()->check(CLI::Range(1, 8));
    sub->add_option("--limit", a->limit, "at most N chains")->capture_default_str()->check(CLI::Range(1, 100));
    sub->add_flag("--cooccurrence", a->cooccurrence,
                  "hop between entities named in one sentence (co_occurs) from the start. "
                  "Without it chains of relations and events are looked for first, and "
                  "co_occurs hops only when there is none (JSON \"fallback\": true)");
    sub->add_flag("--relations-only", a->relations_only,
                  "only relations and events, never co_occurs")
        ->excludes("--cooccurrence");
    add_common(sub, &a->common);
    verbs->push_back({sub, [a] { return run_path(*a); }});
  }
  {
    auto a = std::make_shared<TimelineArgs>();
    auto* sub = app.add_subcommand("timeline", "Dated events involving NAME, in time order.");
    sub->add_option("NAME", a->name, "a name or alias (case-insensitive), or #ID")->required();
    sub->add_option("--from", a->from, "earliest date (YYYY, YYYY-MM or YYYY-MM-DD)")->check(calendar_date());
    sub->add_option("--to", a->to, "latest date (YYYY, YYYY-MM or YYYY-MM-DD)")->check(calendar_date());
    sub->add_flag("--undated", a->undated,
                  "also events without a date of their own, at their article's date (marked ~)");
    sub->add_flag("--all", a->all,
                  "also negated and hedged events (\"did not meet\", \"may visit\"), marked so");
    add_common(sub, &a->common);
    verbs->push_back({sub, [a] { return run_timeline(*a); }});
  }
  {
    auto a = std::make_shared<SearchArgs>();
    auto* sub = app.add_subcommand(
        "search", "Full-text search over sentences (SQLite FTS5 syntax), with their entities.");
    sub->add_option("QUERY", a->query, "FTS5 query: words, \"a phrase\", a OR b, NEAR(a b)")->required();
    add_limit_option(sub, &a->limit, "at most N hits", false);
    add_common(sub, &a->common);
    verbs->push_back({sub, [a] { return run_search(*a); }});
  }
  {
    auto a = std::make_shared<SqlArgs>();
    auto* sub = app.add_subcommand("sql", "Run one read-only SQL statement over the store (graph/SCHEMA.md).");
    sub->add_option("SQL", a->sql, "one SELECT statement")->required();
    sub->add_flag("--tsv", a->tsv,
                  "tab-separated rows with whole cells (tab, newline and backslash escaped as "
                  "\\t \\n \\\\, NULL as \\N), a header line first; the table cuts cells at 80 "
                  "characters");
    add_common(sub, &a->common);
    verbs->push_back({sub, [a] { return run_sql(*a); }});
  }
  {
    auto c = std::make_shared<Common>();
    auto* sub = app.add_subcommand("stats", "Counts of everything, schema version, database size.");
    add_common(sub, c.get());
    verbs->push_back({sub, [c] { return run_stats(*c); }});
  }
}

}  // namespace newsgraph::cli
