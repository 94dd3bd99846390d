// newsgraph-train: trains the extractor's statistical models from files in ../shared/data.
//   newsgraph-train ner   ...   (tools/train/train_ner.cpp)
//   newsgraph-train pos   ...   (tools/train/train_pos.cpp)
//   newsgraph-train parse ...   (tools/train/train_parse.cpp)
// Each verb's --help gives its options. Exit 0 on success, 1 on bad input, 2 on bad usage.
#include <cstdio>
#include <cstring>
#include <string_view>

int train_ner_main(int argc, char** argv);
int train_pos_main(int argc, char** argv);
int train_parse_main(int argc, char** argv);

int main(int argc, char** argv) {
  const char* usage = "usage: newsgraph-train ner|pos|parse [options] (--help for each)\n";
  if (argc < 2) { std::fputs(usage, stderr); return 2; }
  std::string_view verb = argv[1];
  if (verb == "ner") return train_ner_main(argc - 1, argv + 1);
  if (verb == "pos") return train_pos_main(argc - 1, argv + 1);
  if (verb == "parse") return train_parse_main(argc - 1, argv + 1);
  if (verb == "--help" || verb == "-h") { std::fputs(usage, stdout); return 0; }
  std::fprintf(stderr, "newsgraph-train: unknown verb '%s'\n%s", argv[1], usage);
  return 2;
}
