// newsgraph: news articles in, a queryable SQLite knowledge graph out.
// The verbs and their contract: ../shared/spec/interface.md section 1; `newsgraph VERB --help`.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "extractor/pipeline.h"
#include "tools/newsgraph/cli.h"

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
