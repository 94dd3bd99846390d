// PLACEHOLDER: the newsgraph CLI (tools/newsgraph) is being written.
#include <cstdio>
int main() { std::fputs("newsgraph: not built yet\n", stderr); return 1; }
