#!/usr/bin/env bash
# The unit and end-to-end tests on the other LTS lines of Node (README "Development"):
# Node 22 and 24 from the npm registry (the `node` package), each running vitest itself.
# With --print, only prints their paths, separated by ":" (for XIESHANG_TEST_NODES).
set -euo pipefail
cd "$(dirname "$0")/.."
bins=()
for major in 22 24; do
  bins+=("$(npx --yes --package="node@$major" -- which node)")
done
if [ "${1:-}" = "--print" ]; then
  (IFS=:; echo "${bins[*]}")
  exit 0
fi
for bin in "${bins[@]}"; do
  echo "== Node $("$bin" --version): unit and e2e"
  PATH="$(dirname "$bin"):$PATH" "$bin" node_modules/vitest/vitest.mjs run --project unit --project e2e
done
