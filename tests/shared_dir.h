// Test-only: where the team's shared folder (datasets, seed, scorer) is: $NEWSGRAPH_SHARED
// when set and not empty, else ../shared beside the source tree. Tests that read it say so in
// their name and skip with a WARN when the file they need is absent (the core suite passes
// without ../shared).
#ifndef NEWSGRAPH_TESTS_SHARED_DIR_H_
#define NEWSGRAPH_TESTS_SHARED_DIR_H_

#include <cstdlib>
#include <string>

namespace newsgraph::testing {

inline std::string shared_dir() {
  if (const char* env = std::getenv("NEWSGRAPH_SHARED"); env && *env) return env;
  return NEWSGRAPH_SOURCE_DIR "/../shared";
}

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_SHARED_DIR_H_
