// Thin RAII helpers over the SQLite C API, used by every file of the graph layer.
//
// Statement owns one prepared statement (sqlite3_prepare_v2); parameters are bound by
// 1-based index, never spliced into SQL text, so no SQL is ever built from user strings.
//
//   Statement st(db, "SELECT name FROM entities WHERE id = ?1");
//   st.bind(1, id);
//   while (st.step() == SQLITE_ROW) use(st.text(0));
//   if (!st.done()) report(st.error());
//
// Thread safety: a Statement belongs to one connection and one thread at a time.
#ifndef NEWSGRAPH_GRAPH_SQLITE_H_
#define NEWSGRAPH_GRAPH_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace newsgraph::graph {

class Statement {
 public:
  Statement() = default;
  // Prepares `sql`. On failure ok() is false and error() says why.
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& o) noexcept;
  Statement& operator=(Statement&& o) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  // The connection's last error message ("no such table: x").
  std::string error() const;

  Statement& bind(int index, int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);  // bound as TEXT (copied)
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
  Statement& bind_null(int index);
  // Binds NULL for nullopt / an empty string.
  Statement& bind_optional(int index, std::optional<int64_t> value);
  Statement& bind_text_or_null(int index, std::string_view value);

  // Runs one step: SQLITE_ROW, SQLITE_DONE or an error code (remembered for done()).
  int step();
  // True when the last step() finished the statement without error.
  bool done() const { return last_ == SQLITE_DONE; }
  // Resets for another run and clears the bindings.
  void reset();

  int columns() const;
  std::string column_name(int col) const;
  int column_type(int col) const;  // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
  bool is_null(int col) const;
  int64_t int64(int col) const;
  double real(int col) const;
  std::string text(int col) const;  // "" for NULL

  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
  int last_ = SQLITE_OK;
};

// Prepared statements kept for reuse, one per SQL text, so that a loop that runs the same
// few queries per item prepares each once. Belongs to one connection and one thread.
//
//   StatementCache statements(db);
//   Statement& st = statements.get("SELECT id FROM entities WHERE norm_name = ?1");
//   st.bind(1, key);  // get() hands it back reset, bindings cleared
class StatementCache {
 public:
  explicit StatementCache(sqlite3* db) : db_(db) {}
  sqlite3* db() const { return db_; }
  // The statement for `sql`, prepared on first use (ok() is false when that failed).
  Statement& get(const std::string& sql);

 private:
  sqlite3* db_;
  std::unordered_map<std::string, std::unique_ptr<Statement>> statements_;
};

// Runs SQL that returns no rows (may hold several statements). Returns nullopt or the error.
std::optional<std::string> exec(sqlite3* db, const char* sql);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_SQLITE_H_
