#!/usr/bin/env bash
# Runs pytest against a throwaway PostgreSQL cluster; "no tests collected" counts as a failure.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$here/test-output"
"$here/scripts/with-postgres.sh" "$here/.venv/bin/pytest" -n 2 --dist loadgroup "$@"
status=$?
if [ $status -eq 5 ]; then
  echo "pytest collected no tests: that is a failure here." >&2
  exit 1
fi
exit $status
