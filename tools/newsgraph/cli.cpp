#include "tools/newsgraph/cli.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <regex>

#include "extractor/document.h"

namespace newsgraph::cli {
namespace {

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

void add_common(CLI::App* sub, Common* common, bool with_db) {
  if (with_db)
    sub->add_option("--db", common->db,
                    "database file (default: $NEWSGRAPH_DB, else ./newsgraph.db)");
  sub->add_flag("--json", common->json, "print one JSON document (JSON Lines when streaming)");
}

bool is_calendar_date(std::string_view s) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i)
      if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
  };
  if (!(s.size() == 4 || s.size() == 7 || s.size() == 10) || !digits(0, 4)) return false;
  int y = std::stoi(std::string(s.substr(0, 4)));
  if (s.size() == 4) return true;
  if (s[4] != '-' || !digits(5, 2)) return false;
  unsigned m = static_cast<unsigned>(std::stoi(std::string(s.substr(5, 2))));
  if (s.size() == 7) return m >= 1 && m <= 12;
  if (s[7] != '-' || !digits(8, 2)) return false;
  unsigned d = static_cast<unsigned>(std::stoi(std::string(s.substr(8, 2))));
  return std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m),
                                     std::chrono::day(d)).ok();
}

CLI::Validator calendar_date() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        if (is_calendar_date(value)) return {};
        return "'" + value + "' is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)";
      },
      "DATE");
}

CLI::Option* add_type_option(CLI::App* sub, std::string* type, const std::string& help) {
  std::vector<std::string> names;
  for (int i = 0; i < extractor::kEntityTypeCount; ++i)
    names.emplace_back(extractor::entity_type_name(static_cast<extractor::EntityType>(i)));
  return sub->add_option("--type", *type, help)
      ->transform(CLI::IsMember(names, CLI::ignore_case))
      ->type_name("TYPE");
}

CLI::Option* add_limit_option(CLI::App* sub, int* limit, const std::string& help,
                              bool zero_means_all) {
  const int least = zero_means_all ? 0 : 1;
  return sub->add_option("--limit", *limit, help)
      ->capture_default_str()
      ->type_name("N")
      ->check(CLI::Validator(
          [least](std::string& value) -> std::string {
            try {
              size_t used = 0;
              if (std::stoll(value, &used) >= least && used == value.size()) return {};
            } catch (const std::exception&) {
            }
            return "'" + value + "' is not a whole number of " + std::to_string(least) +
                   " or more" + (least == 0 ? " (0: all)" : "");
          },
          ""));
}

std::string db_path(const Common& common) {
  if (!common.db.empty()) return common.db;
  if (const char* env = std::getenv("NEWSGRAPH_DB"); env && *env) return env;
  return "newsgraph.db";
}

void print_error(std::string_view verb, std::string_view what, std::string_view where) {
  std::string line = "newsgraph: ";
  line += verb;
  line += ": ";
  for (char c : what) line += (c == '\n' || c == '\r') ? ' ' : c;  // always one line
  if (!where.empty()) {
    line += " (";
    line += where;
    line += ")";
  }
  line += "\n";
  std::fputs(line.c_str(), stderr);
}

std::string where(const corpus::InputError& error) {
  std::string w = error.file.empty() ? "-" : error.file;
  if (error.line > 0) w += ":" + std::to_string(error.line);
  if (error.offset >= 0) w += (error.line > 0 ? ", byte " : ":byte ") + std::to_string(error.offset);
  return w;
}

void print_error(std::string_view verb, const corpus::InputError& error) {
  // A JSON Lines reader says "invalid JSON (byte 35 of the line)": one parenthesis, not two.
  static const std::regex kByteOfLine(R"((.*) \(byte (\d+) of the line\)$)");
  std::smatch m;
  if (error.line > 0 && error.offset < 0 && std::regex_match(error.message, m, kByteOfLine)) {
    corpus::InputError moved = error;
    moved.message = m[1];
    moved.offset = std::stoll(m[2]);
    print_error(verb, moved.message, where(moved));
    return;
  }
  print_error(verb, error.message, where(error));
}

void print_error(std::string_view verb, const graph::StoreError& error) {
  print_error(verb, error.message, error.file);
}

bool open_db(std::string_view verb, const Common& common, graph::OpenMode mode,
             graph::Store* store) {
  graph::OpenOptions options;
  options.mode = mode;
  if (const char* ms = std::getenv("NEWSGRAPH_BUSY_TIMEOUT_MS"); ms && *ms)
    options.busy_timeout_ms = std::max(0, std::atoi(ms));
  if (auto err = graph::open_store(db_path(common), options, store)) {
    print_error(verb, *err);
    return false;
  }
  return true;
}

json entity_json(const graph::EntityRef& e) {
  return {{"id", e.id}, {"name", e.name}, {"type", e.type}, {"mentions", e.mention_count},
          {"articles", e.article_count}};
}

void print_json(const json& j) { std::printf("%s\n", j.dump(2).c_str()); }

void print_entity_table(const std::vector<graph::EntityRef>& list) {
  Table t({"id", "name", "type", "mentions", "articles"});
  for (const auto& e : list)
    t.add({"#" + std::to_string(e.id), e.name, e.type, std::to_string(e.mention_count),
           std::to_string(e.article_count)});
  t.print(stdout);
}

int resolve_name(const char* verb, const graph::Store& store, const Common& common,
                 const std::string& name, graph::EntityRef* out) {
  std::vector<graph::EntityRef> found;
  if (auto err = graph::find_entity(store, name, &found)) {
    print_error(verb, *err);
    return kExitFailure;
  }
  if (found.empty()) {
    print_error(verb, "no entity named '" + name + "'", store.path());
    return kExitFailure;
  }
  if (found.size() > 1) {
    print_error(verb,
                "'" + name + "' is ambiguous: " + std::to_string(found.size()) +
                    " entities match (name one as #ID)",
                store.path());
    // Each candidate with its countries (graph::entity_countries), which tell same-name
    // bodies of several countries apart; the table's column only when one has a country.
    json c = json::array();
    std::vector<std::string> joined;
    for (const auto& e : found) {
      std::vector<std::string> countries;
      if (auto err = graph::entity_countries(store, e.id, &countries)) {
        print_error(verb, *err);
        return kExitFailure;
      }
      json j = entity_json(e);
      j["countries"] = countries;
      c.push_back(j);
      std::string codes;
      for (const auto& k : countries) codes += (codes.empty() ? "" : " ") + k;
      joined.push_back(codes);
    }
    if (common.json) {
      print_json({{"ambiguous", name}, {"candidates", c}});
    } else if (std::all_of(joined.begin(), joined.end(), [](const auto& k) { return k.empty(); })) {
      print_entity_table(found);
    } else {
      Table t({"id", "name", "type", "mentions", "articles", "countries"});
      for (size_t i = 0; i < found.size(); ++i)
        t.add({"#" + std::to_string(found[i].id), found[i].name, found[i].type,
               std::to_string(found[i].mention_count), std::to_string(found[i].article_count),
               joined[i]});
      t.print(stdout);
    }
    return kExitFailure;
  }
  *out = found[0];
  return -1;
}

std::string shorten(std::string_view s, size_t max) {
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (n == max) {
        while (!out.empty() && code_points(out) > max - 3) {
          // drop one code point
          size_t j = out.size() - 1;
          while (j > 0 && (static_cast<unsigned char>(out[j]) & 0xC0) == 0x80) --j;
          out.resize(j);
        }
        return out + "...";
      }
      ++n;
    }
    out += (s[i] == '\n' || s[i] == '\t') ? ' ' : s[i];
  }
  return out;
}

void Table::print(std::FILE* out, size_t max_cell) const {
  std::vector<std::vector<std::string>> cells;
  cells.push_back(header_);
  for (const auto& r : rows_) {
    std::vector<std::string> row;
    for (const auto& c : r) row.push_back(shorten(c, max_cell));
    cells.push_back(std::move(row));
  }
  std::vector<size_t> width(header_.size(), 0);
  for (const auto& r : cells)
    for (size_t i = 0; i < r.size() && i < width.size(); ++i)
      width[i] = std::max(width[i], code_points(r[i]));
  for (size_t k = 0; k < cells.size(); ++k) {
    std::string line;
    for (size_t i = 0; i < width.size(); ++i) {
      std::string c = i < cells[k].size() ? cells[k][i] : "";
      line += c;
      if (i + 1 < width.size()) line += std::string(width[i] - code_points(c) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    std::fprintf(out, "%s\n", line.c_str());
  }
}

}  // namespace newsgraph::cli
