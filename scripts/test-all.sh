#!/usr/bin/env bash
# The whole test suite: list checks, type checks, lint and format, unit tests, the build, then
# real-browser tests.
# Each runner writes a JSON report to test-results/; scripts/test-summary.mjs reads them and prints
# the final "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/*.json
status=0

step() { echo; echo "== $*"; }

step "lists: validate and compile"
npm run --silent lists || status=1

step "typecheck"
npx tsc --noEmit || status=1

step "lint (eslint: typescript-eslint and the layer rules)"
npx eslint . || status=1

step "format (prettier --check)"
npx prettier --check . >test-results/format.log 2>&1 || { tail -n 20 test-results/format.log; echo "not formatted: run npm run format"; status=1; }

step "unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1

step "build (chrome-mv3, firefox-mv3)"
if npx wxt build >test-results/build-chrome.log 2>&1 && npx wxt build -b firefox >test-results/build-firefox.log 2>&1; then
  echo "built .output/chrome-mv3 and .output/firefox-mv3"
  step "real-browser tests (vitest + Chromium, firefox-esr)"
  npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json || status=1
else
  cat test-results/build-*.log; status=1
fi

node scripts/test-summary.mjs test-results/unit.json test-results/e2e.json || status=1
exit $status
