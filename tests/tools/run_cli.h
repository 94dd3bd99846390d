// Runs the built `newsgraph` binary (NEWSGRAPH_BINARY) from a test and captures what it says.
#ifndef NEWSGRAPH_TESTS_TOOLS_RUN_CLI_H_
#define NEWSGRAPH_TESTS_TOOLS_RUN_CLI_H_

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/temp_dir.h"

namespace newsgraph::testing {

struct CliResult {
  int status = -1;  // exit status, or -1 when it did not exit normally
  std::string out, err;
};

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `newsgraph ARGS...` with `env` ("NAME=value" words) and `stdin_file` (or /dev/null).
inline CliResult run_cli(const TempDir& dir, const std::vector<std::string>& args,
                         const std::string& env = "", const std::string& stdin_file = "") {
  std::string cmd = env.empty() ? "" : env + " ";
  cmd += shell_quote(NEWSGRAPH_BINARY);
  for (const auto& a : args) {
    cmd += ' ';
    cmd += shell_quote(a);
  }
  std::string out = dir.file(".cli-out"), err = dir.file(".cli-err");
  cmd += " <";
  cmd += shell_quote(stdin_file.empty() ? "/dev/null" : stdin_file);
  cmd += " >";
  cmd += shell_quote(out);
  cmd += " 2>";
  cmd += shell_quote(err);
  int raw = std::system(cmd.c_str());
  CliResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_TOOLS_RUN_CLI_H_
