#!/usr/bin/env bash
# Installs the Debian 12 packages Newsgraph builds and runs with. Idempotent, non-interactive:
# packages already present are not touched, so a second run does nothing.
set -euo pipefail
packages=(
  build-essential cmake pkg-config python3
  libicu-dev libre2-dev libsqlite3-dev sqlite3 catch2
  libcli11-dev nlohmann-json3-dev libxxhash-dev libgumbo-dev zlib1g-dev
  iso-codes
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
