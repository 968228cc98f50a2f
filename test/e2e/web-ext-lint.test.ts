/**
 * `web-ext lint` on the Firefox build (0 errors, in CI). Runs scripts/web-ext-lint.sh,
 * which fails on any error and lists warnings; this file makes its result count in the suite's
 * "N passed, N failed" line (scripts/test-all.sh runs test/e2e after the build).
 *
 * The second test proves the check can fail: the same script on a copy of the build whose manifest
 * is broken must report errors and exit 1.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { requireBuild } from './harness';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SCRIPT = join(ROOT, 'scripts/web-ext-lint.sh');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

function lint(dir: string, report: string): { status: number | null; stdout: string; report: LintReport } {
  const run = spawnSync('bash', [SCRIPT, dir, report], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, report: JSON.parse(readFileSync(report, 'utf8')) as LintReport };
}

describe('web-ext lint (Firefox build)', () => {
  it('reports 0 errors on .output/firefox-mv3 (warnings are listed, not fatal)', () => {
    const dir = requireBuild('firefox');
    const { status, stdout, report } = lint(dir, join(ROOT, 'test-results/web-ext-lint.json'));
    console.log(stdout.trim());
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    expect(status).toBe(0);
  });

  it('fails on a build with a broken manifest (the check is real)', () => {
    const dir = requireBuild('firefox');
    const tmp = mkdtempSync(join(tmpdir(), 'unmask-weblint-'));
    try {
      const copy = join(tmp, 'ext');
      cpSync(dir, copy, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      delete manifest.name; // a required key
      manifest.manifest_version = 'three'; // a wrong type
      writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
      const { status, report } = lint(copy, join(tmp, 'report.json'));
      expect(report.summary.errors).toBeGreaterThan(0);
      expect(status).toBe(1);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
