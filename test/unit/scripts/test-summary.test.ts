/**
 * scripts/test-summary.mjs on synthetic vitest JSON reports (the shape vitest 4's json reporter
 * writes): the closing line counts every way a run can go wrong as a failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = new URL('../../../scripts/test-summary.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'unmask-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Status = 'passed' | 'failed' | 'skipped' | 'pending' | 'todo';
const file = (name: string, status: 'passed' | 'failed', tests: Status[]) => ({
  name: join(process.cwd(), name),
  status,
  message: '',
  assertionResults: tests.map((s, i) => ({ title: `test ${i}`, status: s, failureMessages: [] })),
});
/** A report as vitest writes it, top-level counts included (the script must not trust them alone). */
function report(name: string, files: ReturnType<typeof file>[]): string {
  const all = files.flatMap((f) => f.assertionResults);
  const path = join(dir, name);
  writeFileSync(
    path,
    JSON.stringify({
      numTotalTestSuites: files.length,
      numFailedTestSuites: files.filter((f) => f.status === 'failed').length,
      numTotalTests: all.length,
      numPassedTests: all.filter((t) => t.status === 'passed').length,
      numFailedTests: all.filter((t) => t.status === 'failed').length,
      numPendingTests: all.filter((t) => t.status === 'skipped' || t.status === 'pending').length,
      numTodoTests: all.filter((t) => t.status === 'todo').length,
      success: files.every((f) => f.status === 'passed'),
      testResults: files,
    }),
  );
  return path;
}

/** The script's output lines and exit code. */
function summary(...reports: string[]): { lines: string[]; code: number } {
  try {
    const out = execFileSync(process.execPath, [SCRIPT, ...reports], { encoding: 'utf8' });
    return { lines: out.trim().split('\n'), code: 0 };
  } catch (e) {
    const err = e as { stdout: string; status: number };
    return { lines: err.stdout.trim().split('\n'), code: err.status };
  }
}

describe('test-summary.mjs', () => {
  it('a clean run: passed and skipped tests, exit 0', () => {
    const r = report('clean.json', [
      file('test/unit/a.test.ts', 'passed', ['passed', 'passed', 'skipped']),
      file('test/unit/b.test.ts', 'passed', ['passed', 'todo']),
    ]);
    expect(summary(r)).toEqual({ lines: ['3 passed, 0 failed, 2 skipped'], code: 0 });
  });

  it('failed tests are counted, exit 1', () => {
    const r = report('failing.json', [file('test/unit/a.test.ts', 'failed', ['passed', 'failed', 'failed'])]);
    expect(summary(r)).toEqual({ lines: ['1 passed, 2 failed'], code: 1 });
  });

  it('a file whose beforeAll threw (a browser that is not installed) is a failure, its tests "not run", not "skipped"', () => {
    const e2e = report('e2e.json', [
      file('test/e2e/extension.test.ts', 'failed', ['skipped', 'skipped', 'skipped']),
      file('test/e2e/hostile.test.ts', 'failed', ['skipped', 'skipped']),
      file('test/e2e/harness.test.ts', 'passed', ['passed', 'skipped']),
    ]);
    const unit = report('unit.json', [file('test/unit/a.test.ts', 'passed', ['passed', 'passed'])]);
    expect(summary(unit, e2e)).toEqual({
      lines: [
        'failed outside its tests (did not load, or a hook threw): test/e2e/extension.test.ts (3 tests not run)',
        'failed outside its tests (did not load, or a hook threw): test/e2e/hostile.test.ts (2 tests not run)',
        '3 passed, 2 failed, 5 not run, 1 skipped',
      ],
      code: 1,
    });
  });

  it('a file that did not load (no tests in the report) is a failure', () => {
    const r = report('load.json', [file('test/unit/broken.test.ts', 'failed', []), file('test/unit/a.test.ts', 'passed', ['passed'])]);
    expect(summary(r)).toEqual({
      lines: ['failed outside its tests (did not load, or a hook threw): test/unit/broken.test.ts', '1 passed, 1 failed'],
      code: 1,
    });
  });

  it('a missing report (its runner died) is a failure', () => {
    const r = report('ok.json', [file('test/unit/a.test.ts', 'passed', ['passed'])]);
    const missing = join(dir, 'e2e-missing.json');
    const { lines, code } = summary(r, missing);
    expect(lines[0]).toMatch(/^missing report: .*e2e-missing\.json/);
    expect(lines.at(-1)).toBe('1 passed, 1 failed');
    expect(code).toBe(1);
  });
});
