// Shared pieces of the `newsgraph` command line (../shared/spec/interface.md section 1).
//
// Each verb group (cli_extract.cpp, cli_ingest.cpp, cli_query.cpp) registers its CLI11
// subcommands with a run function; main.cpp parses and runs the chosen one.
//
// Output conventions: human-readable tables on stdout, or with --json one JSON document (JSON
// Lines where a verb streams). Errors: one line on stderr,
//   newsgraph: <verb>: <what went wrong> (<file>:<line>) or (<file>:byte <offset>)
//   or (<file>:<line>, byte <offset in the line>)
// and exit status 1 for bad input or a failed query, 2 for bad usage.
#ifndef NEWSGRAPH_TOOLS_NEWSGRAPH_CLI_H_
#define NEWSGRAPH_TOOLS_NEWSGRAPH_CLI_H_

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/article.h"
#include "graph/queries.h"
#include "graph/store.h"

namespace newsgraph::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // bad input, failed query
inline constexpr int kExitUsage = 2;    // bad usage

// Options every database verb has.
struct Common {
  std::string db;     // --db; empty: $NEWSGRAPH_DB, else ./newsgraph.db
  bool json = false;  // --json
};
void add_common(CLI::App* sub, Common* common, bool with_db = true);
std::string db_path(const Common& common);

// A registered verb: its subcommand and what runs it.
struct Verb {
  CLI::App* app = nullptr;
  std::function<int()> run;
};
void register_extract(CLI::App& app, std::vector<Verb>* verbs);
void register_ingest(CLI::App& app, std::vector<Verb>* verbs);
void register_queries(CLI::App& app, std::vector<Verb>* verbs);
void register_corrections(CLI::App& app, std::vector<Verb>* verbs);
void register_export(CLI::App& app, std::vector<Verb>* verbs);

// True for a valid calendar date of year, month or day precision: "2018", "2025-10",
// "2024-02-29" (not "2025-02-30", "2025-1", "banana").
bool is_calendar_date(std::string_view s);
// A CLI11 check of is_calendar_date() whose message names the accepted forms.
CLI::Validator calendar_date();

// Adds --type T: an entity type of ../shared/spec/interface.md section 3 (PERSON, ORG, GPE ...),
// accepted in any case and stored upper-cased; an unknown type is bad usage (exit 2) whose
// message lists the valid types.
CLI::Option* add_type_option(CLI::App* sub, std::string* type, const std::string& help);
// Adds --limit N: a count of rows, at least 1, or at least 0 when `zero_means_all`
// (0: no limit); anything else is bad usage (exit 2).
CLI::Option* add_limit_option(CLI::App* sub, int* limit, const std::string& help,
                              bool zero_means_all);

// Prints "newsgraph: <verb>: <what> (<where>)" (the parenthesis only when `where` is set).
void print_error(std::string_view verb, std::string_view what, std::string_view where = {});
// Where an input error is: "file:line", "file:byte N" (a byte offset into the file),
// "file:line, byte N" (a byte of that line) or "file".
std::string where(const corpus::InputError& error);
void print_error(std::string_view verb, const corpus::InputError& error);
void print_error(std::string_view verb, const graph::StoreError& error);

// Opens the store of `common` (read-only for queries); prints the error line on failure.
// $NEWSGRAPH_BUSY_TIMEOUT_MS overrides how long to wait for another writer's lock (5000).
bool open_db(std::string_view verb, const Common& common, graph::OpenMode mode,
             graph::Store* store);

using json = nlohmann::ordered_json;

// {"id", "name", "type", "mentions", "articles"} of an entity.
json entity_json(const graph::EntityRef& e);
// Prints `j` indented by 2, and a newline, on stdout.
void print_json(const json& j);

// Prints entities as a table: id (#ID), name, type, mentions, articles.
void print_entity_table(const std::vector<graph::EntityRef>& list);

// Resolves NAME (any alias, case-insensitive, or #ID: graph::find_entity) to one entity.
// Returns -1 when it did (*out is set), else the exit status after printing the error line
// ("no entity named 'x'", "'x' is ambiguous: 2 entities match (name one as #ID)") and, when
// ambiguous, the candidates with their #ID on stdout (a table, or with --json
// {"ambiguous": NAME, "candidates": [...]}).
int resolve_name(const char* verb, const graph::Store& store, const Common& common,
                 const std::string& name, graph::EntityRef* out);

// A plain text table: columns padded to their widest cell (in code points).
class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  bool empty() const { return rows_.empty(); }
  void print(std::FILE* out, size_t max_cell = 60) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// Cuts `s` to at most `max` code points, marking the cut with "...".
std::string shorten(std::string_view s, size_t max);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_TOOLS_NEWSGRAPH_CLI_H_
