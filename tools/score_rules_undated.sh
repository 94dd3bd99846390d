#!/usr/bin/env bash
# Scores the rule stages (build/bench_rules) against gold files with event dates ignored:
# copies every X.txt + X.gold.json of FOLDER (default corpus/) to a temporary folder with the
# gold events' dates set to null, runs bench_rules with BENCH_RULES_UNDATED=1 (no event dating)
# and prints ../shared/tools/score_gold.py's summary. This measures the events stage apart
# from event dating (extractor/event_dating.h); the dated score is score_gold.py's own.
#   tools/score_rules_undated.sh [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-corpus}
shared=${NEWSGRAPH_SHARED:-../shared}
bin=${NEWSGRAPH_BUILD_DIR:-build}/bench_rules
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for gold in "$src"/*.gold.json; do
  base=$(basename "$gold" .gold.json)
  cp "$src/$base.txt" "$out/"
  python3 - "$gold" "$out/$base.gold.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for v in d.get('events') or []:
    v['date'] = None
json.dump(d, open(sys.argv[2], 'w'))
PY
done
BENCH_RULES_UNDATED=1 python3 "$shared/tools/score_gold.py" --bin "$bin" --dir "$out" 2>/dev/null |
  grep -E '^(entities|relations|events|quotes) '
