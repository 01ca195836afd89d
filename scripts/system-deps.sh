#!/usr/bin/env bash
# Installs the Debian packages that the tests need beyond Python packages.
#   build: what compiles PyICU (a test-only dependency, through nomenklatura)
#   all:   build, plus PostgreSQL and Chromium for the storage and browser tests
set -euo pipefail
want=(libicu-dev pkg-config)
if [ "${1:-all}" = all ]; then
  want+=(postgresql chromium fonts-dejavu-core)
fi
missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "These Debian packages are missing: ${missing[*]}. Install them as root (apt-get install ${missing[*]})." >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
