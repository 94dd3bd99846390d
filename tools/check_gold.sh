#!/usr/bin/env bash
# Scores the newsgraph binary against gold-annotated articles with ../shared/tools/score_gold.py
# and fails when a score falls below its floor. Used by ctest to keep the seed (and the team's
# annotated corpus articles) from regressing.
#
#   tools/check_gold.sh BIN DIR entity_f1=0.9 timex_value_f1=1 ...
#
# Floors name fields of score_gold.py's last line ("gold: entity_f1=... questions=...").
# Exit 0 when every floor holds, 1 when one does not, 77 (ctest: skipped) when the scorer or
# the gold folder is absent (the core suite passes without ../shared).
set -uo pipefail
bin=$1; dir=$2; shift 2
here=$(cd "$(dirname "$0")/.." && pwd)
scorer=${NEWSGRAPH_SHARED:-$here/../shared}/tools/score_gold.py
if [ ! -f "$scorer" ] || [ ! -d "$dir" ] || ! command -v python3 >/dev/null; then
  echo "check_gold: scorer or gold folder absent; skipped"; exit 77
fi
out=$(python3 "$scorer" --bin "$bin" --dir "$dir" 2>&1)
echo "$out"
line=$(echo "$out" | grep '^gold: ' | tail -n 1)
[ -n "$line" ] || { echo "check_gold: no summary line from the scorer"; exit 1; }
status=0
for floor in "$@"; do
  key=${floor%%=*}; want=${floor#*=}
  got=$(echo "$line" | tr ' ' '\n' | sed -n "s/^$key=//p")
  if [ -z "$got" ]; then echo "check_gold: no field $key"; status=1; continue; fi
  if python3 -c "import sys; sys.exit(0 if float('$got') + 1e-9 >= float('$want') else 1)"; then
    echo "check_gold: $key=$got >= $want ok"
  else
    echo "check_gold: $key=$got is below its floor $want"; status=1
  fi
done
exit $status
