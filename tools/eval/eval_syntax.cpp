// PLACEHOLDER: replaced by the syntax work (issue 5).
#include <cstdio>
int eval_pos_main(int, char**) { std::fputs("newsgraph-eval: pos: not built yet\n", stderr); return 1; }
int eval_parse_main(int, char**) { std::fputs("newsgraph-eval: parse: not built yet\n", stderr); return 1; }
