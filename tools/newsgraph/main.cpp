// newsgraph: news articles in, a queryable SQLite knowledge graph out.
// The verbs and their contract: ../shared/spec/interface.md section 1; `newsgraph VERB --help`.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "extractor/pipeline.h"
#include "tools/newsgraph/cli.h"

namespace {

// `args` (argv, program name first) with a "--db PATH" or "--db=PATH" given before the verb
// moved to just after it; otherwise unchanged.
std::vector<std::string> db_after_verb(std::vector<std::string> args) {
  std::vector<std::string> db;
  size_t i = 1;
  while (i < args.size() && !args[i].empty() && args[i][0] == '-') {
    if (args[i] == "--db" && i + 1 < args.size()) {
      db = {args[i], args[i + 1]};
      args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
    } else if (args[i].rfind("--db=", 0) == 0) {
      db = {args[i]};
      args.erase(args.begin() + static_cast<long>(i));
    } else {
      ++i;
    }
  }
  if (db.empty() || i >= args.size()) return args;  // no --db first, or no verb after it
  args.insert(args.begin() + static_cast<long>(i) + 1, db.begin(), db.end());
  return args;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph::cli;
  CLI::App app{"newsgraph: news articles in, a queryable SQLite knowledge graph out.\n"
               "The database is --db PATH, else $NEWSGRAPH_DB, else ./newsgraph.db.",
               "newsgraph"};
  app.require_subcommand(1);
  app.fallthrough(false);
  app.set_version_flag("--version", newsgraph::extractor::extractor_version());
  std::vector<Verb> verbs;
  register_extract(app, &verbs);
  register_ingest(app, &verbs);
  register_queries(app, &verbs);
  register_corrections(app, &verbs);
  register_export(app, &verbs);

  // "newsgraph --db news.db stats": the database may be named before the verb too; it is
  // moved after the verb, where the verb's own --db option reads it.
  std::vector<std::string> args = db_after_verb(std::vector<std::string>(argv, argv + argc));
  std::vector<char*> arg_ptrs;
  for (std::string& a : args) arg_ptrs.push_back(a.data());
  argc = static_cast<int>(arg_ptrs.size());
  argv = arg_ptrs.data();

  // The verb named on the command line, for error lines ("newsgraph: ingest: ...").
  std::string verb = "usage";
  if (argc == 2 && std::string(argv[1]) == "--version") verb = "version";
  for (int i = 1; i < argc && verb == "usage"; ++i) {
    std::string a = argv[i];
    if (!a.empty() && a[0] != '-') {
      verb = a;
      break;
    }
  }
  bool known = verb == "usage" || verb == "version";
  for (const Verb& v : verbs) known = known || v.app->get_name() == verb;
  if (!known) {
    print_error(verb, "unknown verb", "see newsgraph --help");
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (argc == 1) {
      std::fputs(app.help().c_str(), stderr);
      return kExitUsage;
    }
    print_error(verb, e.what(), "see newsgraph " + (verb == "usage" ? std::string() : verb + " ") +
                                    "--help");
    return kExitUsage;
  }
  for (const Verb& v : verbs)
    if (v.app->parsed()) return v.run();
  std::fputs(app.help().c_str(), stderr);
  return kExitUsage;
}
