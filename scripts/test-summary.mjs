// Reads vitest JSON reports and prints one final line: "N passed, N failed".
//
// Every way a run can go wrong counts as a failure, so that the closing line is never "0 failed"
// for a run that did not test what it should:
// - a report that is missing (the runner died before writing it): one failure;
// - a test file that failed without a failed test: one failure. That is a file that did not load,
//   or whose beforeAll threw (a browser that is not installed): vitest then reports its tests as
//   skipped, and they are counted as not run rather than as skipped.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
let notRun = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`missing report: ${file} (its runner stopped before writing it: see its output above)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const suite of report.testResults ?? []) {
    const tests = suite.assertionResults ?? [];
    const count = (status) => tests.filter((t) => t.status === status).length;
    passed += count('passed');
    failed += count('failed');
    if (suite.status === 'failed' && count('failed') === 0) {
      failed += 1;
      const unrun = tests.length - count('passed');
      notRun += unrun;
      const name = suite.name ? relative(process.cwd(), suite.name) : '(unnamed test file)';
      console.log(`failed outside its tests (did not load, or a hook threw): ${name}${unrun ? ` (${unrun} tests not run)` : ''}`);
    } else {
      skipped += count('skipped') + count('pending') + count('todo');
    }
  }
}
const extras = [notRun ? `${notRun} not run` : '', skipped ? `${skipped} skipped` : ''].filter(Boolean);
console.log(`${passed} passed, ${failed} failed${extras.map((e) => `, ${e}`).join('')}`);
process.exit(failed > 0 ? 1 : 0);
