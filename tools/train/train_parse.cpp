// PLACEHOLDER: replaced by the work that owns this verb.
#include <cstdio>
int train_parse_main(int, char**) { std::fputs("not built yet\n", stderr); return 1; }
