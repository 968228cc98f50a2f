/** Shared by the engine tests: the hand-built fixture lists (test/fixtures/engine/README.md). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../../../src/core/engine';
import type { CompiledLists, Finding, Verdict } from '../../../src/core/types';
import { parseCompiled } from '../../../src/lists/compiled';

const path = fileURLToPath(new URL('../../fixtures/engine/lists.json', import.meta.url));

export function loadFixture(): CompiledLists {
  return parseCompiled(readFileSync(path, 'utf8'));
}

export const lists = loadFixture();
export const engine = createEngine(lists);

/** A fixed "now" so that time-bound roles give the same level on any day. */
export const NOW = new Date('2026-11-21T00:00:00Z');

export function reasons(verdict: Verdict): string[] {
  return verdict.findings.map((f) => `${f.level}:${f.reason}`);
}

export function only(verdict: Verdict, reason: Finding['reason']): Finding {
  const found = verdict.findings.filter((f) => f.reason === reason);
  if (found.length !== 1) throw new Error(`expected one ${reason}, got ${JSON.stringify(reasons(verdict))}`);
  return found[0] as Finding;
}
