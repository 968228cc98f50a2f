/**
 * The legitimate corpus of `npm run eval:generalise` (scripts/eval/generalise.ts), judged on the
 * real lists as the done-when of the lookalike work asks: by address alone nothing at `medium` or
 * higher, `low` only for common-word names and on at most 2% of the corpus; with a page that shows
 * the site's own name, nothing at `low` or higher. The recall figures are printed by the eval
 * itself (ARCHITECTURE.md "How well it generalises").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine';
import { atLeast } from '../../../src/core/levels';
import { parseCompiled } from '../../../src/lists/compiled';
import { ownPage, readLegitCorpus } from '../../../scripts/eval/generalise';

const lists = parseCompiled(readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8'));
const engine = createEngine(lists);
const sites = readLegitCorpus(lists);

describe('the legitimate corpus (10,000+ domains, 200+ namesakes)', () => {
  it('is as large as promised', () => {
    expect(sites.length).toBeGreaterThanOrEqual(10_000);
    expect(sites.filter((s) => s.group.startsWith('namesake')).length).toBeGreaterThanOrEqual(200);
  });

  it('by address: nothing at medium or higher; low only for common-word names, on at most 2%', () => {
    const medium: string[] = [];
    const strongLow: string[] = [];
    let low = 0;
    for (const s of sites) {
      const v = engine.judge(`https://${s.domain}/`);
      if (atLeast(v.level, 'medium')) medium.push(`${s.domain}: ${v.findings.map((f) => f.summary).join(' | ')}`);
      else if (v.level === 'low') {
        low++;
        if (!v.findings.every((f) => f.level !== 'low' || f.evidence.commonName === true)) strongLow.push(s.domain);
      }
    }
    expect(medium).toEqual([]);
    expect(strongLow).toEqual([]);
    expect(low / sites.length).toBeLessThanOrEqual(0.02);
  });

  it('with a page that shows its own name: nothing at low or higher', () => {
    const flagged = sites
      .map((s) => ({ s, v: engine.judge(`https://${s.domain}/`, ownPage(s.name)) }))
      .filter(({ v }) => atLeast(v.level, 'low'))
      .map(({ s, v }) => `${s.domain} "${s.name}": ${v.level}: ${v.findings.map((f) => f.summary).join(' | ')}`);
    expect(flagged).toEqual([]);
  });
});
