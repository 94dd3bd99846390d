// newsgraph-eval: measures the extractor against gold data, the way the field counts.
//   newsgraph-eval ner FILE...     conlleval span P/R/F1       (tools/eval/eval_ner.cpp)
//   newsgraph-eval timex DIR       TempEval-3 span/value/type  (tools/eval/eval_timex.cpp)
//   newsgraph-eval pos FILE        UPOS and lemma accuracy     (tools/eval/eval_syntax.cpp)
//   newsgraph-eval parse FILE      UAS/LAS (CoNLL 2018)        (tools/eval/eval_syntax.cpp)
//   newsgraph-eval meantime DIR    names, events, participants (tools/eval/eval_meantime.cpp)
//   newsgraph-eval redocred FILE   typed relations vs Wikidata (tools/eval/eval_redocred.cpp)
//   newsgraph-eval coref DIR       anaphors vs GUM coreference (tools/eval/eval_coref.cpp)
// Each verb's --help gives its options. Exit 0 on success, 1 on bad input, 2 on bad usage.
#include <cstdio>
#include <string_view>

int eval_ner_main(int argc, char** argv);
int eval_timex_main(int argc, char** argv);
int eval_pos_main(int argc, char** argv);
int eval_parse_main(int argc, char** argv);
int eval_meantime_main(int argc, char** argv);
int eval_redocred_main(int argc, char** argv);
int eval_coref_main(int argc, char** argv);

int main(int argc, char** argv) {
  const char* usage = "usage: newsgraph-eval ner|timex|pos|parse|meantime|redocred|coref [options] (--help for each)\n";
  if (argc < 2) { std::fputs(usage, stderr); return 2; }
  std::string_view verb = argv[1];
  if (verb == "ner") return eval_ner_main(argc - 1, argv + 1);
  if (verb == "timex") return eval_timex_main(argc - 1, argv + 1);
  if (verb == "pos") return eval_pos_main(argc - 1, argv + 1);
  if (verb == "parse") return eval_parse_main(argc - 1, argv + 1);
  if (verb == "meantime") return eval_meantime_main(argc - 1, argv + 1);
  if (verb == "redocred") return eval_redocred_main(argc - 1, argv + 1);
  if (verb == "coref") return eval_coref_main(argc - 1, argv + 1);
  if (verb == "--help" || verb == "-h") { std::fputs(usage, stdout); return 0; }
  std::fprintf(stderr, "newsgraph-eval: unknown verb '%s'\n%s", argv[1], usage);
  return 2;
}
