#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, ingests corpus/ into
# newsgraph.db (or $NEWSGRAPH_DB) and shows what a user wants to see first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
bash tools/build.sh
ng=${NEWSGRAPH_BUILD_DIR:-build}/newsgraph
export NEWSGRAPH_DB=${NEWSGRAPH_DB:-newsgraph.db}
"$ng" ingest corpus/
echo; echo "== Top entities";                     "$ng" entities --limit 15
echo; echo "== newsgraph neighbors \"Mark Carney\""; "$ng" neighbors "Mark Carney"
echo; echo "== newsgraph timeline \"Meng Wanzhou\""; "$ng" timeline "Meng Wanzhou"
echo; echo "Database: $NEWSGRAPH_DB — try: $ng --help"
