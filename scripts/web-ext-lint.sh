#!/usr/bin/env bash
# web-ext lint on the Firefox build (the only build it is meaningful for). Fails (exit 1) on any
# error; lists every warning and notice. The JSON report is written to
# test-results/web-ext-lint.json. Run after `npx wxt build -b firefox`.
# Usage: scripts/web-ext-lint.sh [SOURCE_DIR [REPORT.json]] (defaults: the Firefox build).
# CI runs it through test/e2e/web-ext-lint.test.ts, so its result counts in the final summary.
set -uo pipefail
cd "$(dirname "$0")/.."
dir=${1:-.output/firefox-mv3}
if [ ! -f "$dir/manifest.json" ]; then
  echo "web-ext lint: $dir is missing: run \`npx wxt build -b firefox\` first" >&2
  exit 2
fi
mkdir -p test-results
out=${2:-test-results/web-ext-lint.json}
# web-ext exits non-zero on errors; the JSON report is what we read either way.
npx --no-install web-ext lint --source-dir "$dir" --output json >"$out" 2>"${out%.json}.log"
node -e '
const fs = require("fs");
let report;
try { report = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); }
catch (e) { console.error("web-ext lint: no JSON report (" + e.message + "); see the .log beside it"); process.exit(2); }
for (const kind of ["errors", "warnings", "notices"]) {
  for (const m of report[kind] ?? []) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ""}${m.line ? ":" + m.line : ""}: ${m.message}`);
}
const s = report.summary ?? {};
console.log(`web-ext lint: ${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices`);
process.exit(s.errors === 0 ? 0 : 1);
' "$out"
