// `newsgraph extract FILE|- [--date YYYY-MM-DD] [--json] [--jsonl] [--conllu]`: extraction only, no
// database. Prints the extraction JSON (tools/newsgraph/extraction_json.h) with --json, one
// object per line with --jsonl or for JSON Lines input; with --conllu the syntax as CoNLL-U; a readable
// summary otherwise.
// Exit: 0 when at least one article was extracted; 1 when none was (each failure is one
// error line); 2 for bad usage.
#include <cstdio>
#include <string>

#include "corpus/reader.h"
#include "extractor/conllu.h"
#include "extractor/pipeline.h"
#include "tools/newsgraph/cli.h"
#include "tools/newsgraph/extraction_json.h"
#include "tools/newsgraph/input.h"

namespace newsgraph::cli {
namespace {

struct ExtractArgs {
  Common common;
  std::string file;
  std::string date;
  bool jsonl = false;
  bool conllu = false;
};

std::string entity_name(const extractor::Document& doc, int32_t i) {
  if (i < 0 || static_cast<size_t>(i) >= doc.entities.size()) return "-";
  return doc.entities[static_cast<size_t>(i)].name;
}

void print_summary(const corpus::Article& article, const extractor::Document& doc) {
  const nlohmann::ordered_json j = extraction_json(article, doc);
  std::printf("%s  %s  %s\n", article.path.c_str(),
              j["article"]["date"].is_null() ? "(no date)" : j["article"]["date"].get<std::string>().c_str(),
              article.title.c_str());
  std::printf("%zu sentences, %zu entities, %zu timexes, %zu relations, %zu events, %zu quotes\n",
              doc.sentences.size(), doc.entities.size(), doc.timexes.size(),
              doc.relations.size(), doc.events.size(), doc.quotes.size());
  if (!doc.entities.empty()) {
    std::printf("\nentities\n");
    Table t({"id", "type", "name", "mentions", "aliases"});
    for (const auto& e : j["entities"]) {
      std::string aliases;
      for (const auto& a : e["aliases"]) aliases += (aliases.empty() ? "" : ", ") + a.get<std::string>();
      t.add({e["id"], e["type"], e["name"], std::to_string(e["mentions"].size()), aliases});
    }
    t.print(stdout);
  }
  if (!doc.timexes.empty()) {
    std::printf("\ntimexes\n");
    Table t({"text", "type", "value", "sentence"});
    for (const auto& x : j["timexes"])
      t.add({x["text"], x["type"], x["value"], std::to_string(x["sentence"].get<int>())});
    t.print(stdout);
  }
  if (!doc.relations.empty()) {
    std::printf("\nrelations\n");
    Table t({"subject", "predicate", "object", "sentence"});
    for (const auto& r : doc.relations)
      t.add({entity_name(doc, r.subject), r.predicate,
             r.object >= 0 ? entity_name(doc, r.object) : "\"" + r.object_literal + "\"",
             std::to_string(r.sentence)});
    t.print(stdout);
  }
  if (!doc.events.empty()) {
    std::printf("\nevents\n");
    Table t({"id", "type", "date", "trigger", "participants"});
    for (const auto& e : j["events"]) {
      std::string who;
      for (const auto& p : e["participants"]) {
        std::string id = p["entity"];
        who += (who.empty() ? "" : ", ") + entity_name(doc, std::stoi(id.substr(1)) - 1) + " (" +
               p["role"].get<std::string>() + ")";
      }
      t.add({e["id"], e["type"], e["time"].is_null() ? "" : e["time"]["value"].get<std::string>(),
             e["trigger"]["text"], who});
    }
    t.print(stdout);
  }
  if (!doc.quotes.empty()) {
    std::printf("\nquotes\n");
    Table t({"speaker", "quote"});
    for (size_t i = 0; i < doc.quotes.size(); ++i)
      t.add({entity_name(doc, doc.quotes[i].speaker), j["quotes"][i]["text"]});
    t.print(stdout, 100);
  }
}

int run_extract(const ExtractArgs& args) {
  const char* verb = "extract";
  if (!args.date.empty() && !corpus::normalize_iso_date(args.date)) {
    print_error(verb, "invalid --date '" + args.date + "' (expected YYYY-MM-DD)",
                "see newsgraph extract --help");
    return kExitUsage;
  }
  extractor::Pipeline pipeline;
  if (auto err = extractor::load_pipeline(extractor::model_dir(), &pipeline)) {
    print_error(verb, "cannot load models: " + err->message, err->file);
    return kExitFailure;
  }
  int ok = 0, failed = 0;
  auto on_error = [&](const corpus::InputError& e) {
    ++failed;
    print_error(verb, e);
  };
  auto files = list_inputs({args.file}, on_error);
  bool first = true;
  for (const auto& f : files) {
    corpus::ReadOptions options;
    options.date_override = args.date;
    read_file(f, options, [&](corpus::Article&& article) {
      extractor::Document doc;
      corpus::InputError error;
      if (!extractor::extract(pipeline, article, &doc, &error)) {
        on_error(error);
        return;
      }
      ++ok;
      const bool lines = args.jsonl || article.line > 0;
      if (args.conllu) {
        std::string out = "# newdoc id = " + article.id + "\n" + extractor::to_conllu(doc);
        std::fwrite(out.data(), 1, out.size(), stdout);
      } else if (args.common.json || args.jsonl) {
        std::string out = extraction_json(article, doc).dump(lines ? -1 : 2) + "\n";
        std::fwrite(out.data(), 1, out.size(), stdout);
      } else {
        if (!first) std::printf("\n");
        print_summary(article, doc);
      }
      first = false;
      std::fflush(stdout);
    }, on_error);
  }
  return ok > 0 ? kExitOk : kExitFailure;
}

}  // namespace

void register_extract(CLI::App& app, std::vector<Verb>* verbs) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* sub = app.add_subcommand(
      "extract", "Extract entities, timexes, relations, events and quotes from one article "
                 "(no database); --json prints the extraction JSON.");
  sub->add_option("FILE", args->file,
                  "article file (.txt, .html, .jsonl, .jsonl.gz), a folder (read recursively, "
                  "files of other extensions skipped) or - for stdin")
      ->required();
  sub->add_option("--date", args->date, "publication date YYYY-MM-DD (overrides the header)");
  sub->add_flag("--jsonl", args->jsonl,
                "print the extraction JSON, one article per line (JSON Lines output; implies "
                "--json). JSON Lines input (.jsonl, or stdin starting with '{') prints this "
                "way with --json too");
  sub->add_flag("--conllu", args->conllu,
                "print the tokens with UPOS, lemma, head and relation as CoNLL-U (UD v2) "
                "instead of the extraction");
  add_common(sub, &args->common, /*with_db=*/false);
  verbs->push_back({sub, [args] { return run_extract(*args); }});
}

}  // namespace newsgraph::cli
