// The correction verbs, merge and split (graph/corrections.h): a journalist's fixes to
// cross-article entity resolution, which later ingests obey. Each opens the store for
// writing, makes its change in one transaction and prints what moved (a summary, or with
// --json one JSON document). Exit 1 for an unknown or ambiguous name or article, a request
// that cannot be done or a database error (nothing is changed then); 2 for bad usage.
#include <cstdio>
#include <string>
#include <vector>

#include "graph/corrections.h"
#include "graph/queries.h"
#include "tools/newsgraph/cli.h"

namespace newsgraph::cli {
namespace {

json null_if_empty(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json moved_json(const graph::CorrectionResult& r) {
  return {{"in_article_entities", r.in_article_entities}, {"mentions", r.mentions},
          {"relations", r.relations},   {"events", r.events},
          {"quotes", r.quotes},         {"edge_facts", r.edge_facts}};
}

std::string moved_text(const graph::CorrectionResult& r) {
  auto n = [](int64_t v, const char* what) { return std::to_string(v) + " " + what; };
  return n(r.in_article_entities, "in-article entities, ") + n(r.mentions, "mentions, ") +
         n(r.relations, "relation ends, ") + n(r.events, "event places and participants, ") +
         n(r.quotes, "quotes, ") + n(r.edge_facts, "edge fact ends");
}

json overrides_json(const std::vector<graph::Override>& list) {
  json out = json::array();
  for (const auto& o : list)
    out.push_back({{"kind", o.kind}, {"name", o.norm_alias}, {"type", o.type},
                   {"entity", o.entity_id}, {"reason", o.reason}});
  return out;
}

void print_overrides(const std::vector<graph::Override>& list, const graph::EntityRef& entity) {
  for (const auto& o : list)
    std::printf("later articles: an entity named '%s' (%s) %s #%lld %s\n", o.norm_alias.c_str(),
                o.type.c_str(), o.kind == "merge" ? "goes to" : "never joins",
                static_cast<long long>(o.entity_id), entity.name.c_str());
}

// The entity `id` as it is now (counts after the change).
graph::EntityRef reread(const graph::Store& store, int64_t id, const graph::EntityRef& fallback) {
  std::vector<graph::EntityRef> found;
  if (graph::find_entity(store, "#" + std::to_string(id), &found) || found.size() != 1)
    return fallback;
  return found[0];
}

// ---- merge ----------------------------------------------------------------------------------
struct MergeArgs {
  Common common;
  std::string into, from, reason;
};

int run_merge(const MergeArgs& args) {
  const char* verb = "merge";
  graph::Store store;
  if (!open_db(verb, args.common, graph::OpenMode::kReadWrite, &store)) return kExitFailure;
  graph::EntityRef a, b;
  if (int rc = resolve_name(verb, store, args.common, args.into, &a); rc >= 0) return rc;
  if (int rc = resolve_name(verb, store, args.common, args.from, &b); rc >= 0) return rc;
  graph::CorrectionResult r;
  if (auto err = graph::merge_entities(store, {a.id, b.id, args.reason}, &r)) {
    print_error(verb, *err);
    return kExitFailure;
  }
  graph::EntityRef now = reread(store, a.id, a);
  if (args.common.json) {
    print_json({{"into", entity_json(now)},
                {"merged", {{"id", b.id}, {"name", b.name}, {"type", b.type}}},
                {"reason", null_if_empty(args.reason)},
                {"moved", moved_json(r)},
                {"overrides", overrides_json(r.overrides)}});
    return kExitOk;
  }
  std::printf("merged #%lld %s (%s) into #%lld %s (%s): now %lld mentions in %lld articles\n",
              static_cast<long long>(b.id), b.name.c_str(), b.type.c_str(),
              static_cast<long long>(now.id), now.name.c_str(), now.type.c_str(),
              static_cast<long long>(now.mention_count), static_cast<long long>(now.article_count));
  if (b.type != now.type)
    std::printf("note: the types differ; #%lld stays %s\n", static_cast<long long>(now.id),
                now.type.c_str());
  std::printf("moved: %s\n", moved_text(r).c_str());
  print_overrides(r.overrides, now);
  return kExitOk;
}

// ---- split ----------------------------------------------------------------------------------
struct SplitArgs {
  Common common;
  std::string name, article, alias, type, reason;
};

// Resolves --article to one stored article; else prints the error (and the candidates).
int resolve_article(const graph::Store& store, const SplitArgs& args, int64_t* id) {
  const char* verb = "split";
  std::vector<graph::ArticleRef> found;
  if (auto err = graph::find_article(store, args.article, &found)) {
    print_error(verb, *err);
    return kExitFailure;
  }
  if (found.size() == 1) {
    *id = found[0].id;
    return -1;
  }
  if (found.empty()) {
    print_error(verb, "no article '" + args.article + "'", store.path());
    return kExitFailure;
  }
  print_error(verb,
              "article '" + args.article + "' is ambiguous: " + std::to_string(found.size()) +
                  " articles match (name one as #ID)",
              store.path());
  if (args.common.json) {
    json c = json::array();
    for (const auto& a : found)
      c.push_back({{"id", a.id}, {"title", null_if_empty(a.title)}, {"date", null_if_empty(a.date)},
                   {"path", null_if_empty(a.path)}});
    print_json({{"ambiguous", args.article}, {"candidates", c}});
  } else {
    Table t({"id", "date", "title", "path"});
    for (const auto& a : found) t.add({"#" + std::to_string(a.id), a.date, a.title, a.path});
    t.print(stdout);
  }
  return kExitFailure;
}

int run_split(const SplitArgs& args) {
  const char* verb = "split";
  if (args.article.empty() && args.alias.empty()) {
    print_error(verb, "say which in-article entities to split out: --article ID and/or --alias NAME",
                "see newsgraph split --help");
    return kExitUsage;
  }
  graph::Store store;
  if (!open_db(verb, args.common, graph::OpenMode::kReadWrite, &store)) return kExitFailure;
  graph::EntityRef o;
  if (int rc = resolve_name(verb, store, args.common, args.name, &o); rc >= 0) return rc;
  graph::SplitRequest request{o.id, 0, args.alias, args.type, args.reason};
  if (!args.article.empty())
    if (int rc = resolve_article(store, args, &request.article); rc >= 0) return rc;
  graph::CorrectionResult r;
  if (auto err = graph::split_entity(store, request, &r)) {
    print_error(verb, *err);
    return kExitFailure;
  }
  graph::EntityRef now = reread(store, o.id, o);
  graph::EntityRef created = reread(store, r.other_id, {r.other_id, r.other_name, r.other_type});
  if (args.common.json) {
    print_json({{"from", entity_json(now)},
                {"new", entity_json(created)},
                {"reason", null_if_empty(args.reason)},
                {"moved", moved_json(r)},
                {"overrides", overrides_json(r.overrides)}});
    return kExitOk;
  }
  std::printf("split #%lld %s (%s, %lld mentions in %lld articles) out of #%lld %s (%lld mentions "
              "in %lld articles left)\n",
              static_cast<long long>(created.id), created.name.c_str(), created.type.c_str(),
              static_cast<long long>(created.mention_count),
              static_cast<long long>(created.article_count), static_cast<long long>(now.id),
              now.name.c_str(), static_cast<long long>(now.mention_count),
              static_cast<long long>(now.article_count));
  std::printf("moved: %s\n", moved_text(r).c_str());
  print_overrides(r.overrides, now);
  return kExitOk;
}

}  // namespace

void register_corrections(CLI::App& app, std::vector<Verb>* verbs) {
  {
    auto a = std::make_shared<MergeArgs>();
    auto* sub = app.add_subcommand(
        "merge",
        "Merge entity B into A (a journalist's correction): B's in-article entities, mentions, "
        "aliases, relations, events, quotes and links move to A, B is deleted, and later "
        "articles' entities named like B go to A.");
    sub->add_option("A", a->into, "the entity that stays: a name or alias, or #ID")->required();
    sub->add_option("B", a->from, "the entity merged into A: a name or alias, or #ID")->required();
    sub->add_option("--reason", a->reason, "why (kept with the decision, shown by `entity`)");
    add_common(sub, &a->common);
    verbs->push_back({sub, [a] { return run_merge(*a); }});
  }
  {
    auto a = std::make_shared<SplitArgs>();
    auto* sub = app.add_subcommand(
        "split",
        "Split in-article entities out of NAME into a new entity (a journalist's correction, "
        "e.g. undoing a merge): those of one article (--article) and/or those named ALIAS "
        "(--alias). Later articles' entities with a name taken out never join NAME again.");
    sub->add_option("NAME", a->name, "the entity to split: a name or alias, or #ID")->required();
    sub->add_option("--article", a->article,
                    "only the in-article entities of this article: #ID (as `entity` "
                    "lists), its ID header or file name");
    sub->add_option("--alias", a->alias, "only the in-article entities with this name");
    add_type_option(sub, &a->type, "the new entity's type (default: the in-article type)");
    sub->add_option("--reason", a->reason, "why (kept with the decision, shown by `entity`)");
    add_common(sub, &a->common);
    verbs->push_back({sub, [a] { return run_split(*a); }});
  }
}

}  // namespace newsgraph::cli
