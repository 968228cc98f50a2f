/**
 * The check CLI on the real compiled index (public/unmask-index.json, `npm run lists`): a sample of
 * the PAPERWALL sites, Pravda-network portals and Operation Overload accounts transcribed from their reports
 * is judged as its role says, with the citation it was added with.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io, type JsonVerdict } from '../../../src/cli/check';

const REPO = resolve(__dirname, '../../..');
const INDEX = 'public/unmask-index.json';

async function judge(targets: string[]): Promise<JsonVerdict[]> {
  const out: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: () => {}, env: { UNMASK_INDEX: INDEX }, cwd: REPO };
  expect(await main(['--json', ...targets], io)).toBe(0);
  return out.map((l) => JSON.parse(l) as JsonVerdict);
}

describe.skipIf(!existsSync(resolve(REPO, INDEX)))('check on the real lists', () => {
  it("PAPERWALL's sites from Citizen Lab's appendix: listed, high, run by the campaign, citing Citizen Lab", async () => {
    const verdicts = await judge(['nihondaily.com', 'https://www.incheonfocus.com/news/1', 'romajournal.org', 'wdpp.org']);
    for (const v of verdicts) {
      expect(v.level, v.target).toBe('high');
      const f = v.findings[0]!;
      expect(f.reason).toBe('listed-domain');
      expect(f.campaign).toEqual({ id: 'paperwall', name: 'PAPERWALL' });
      expect(f.summary).toMatch(/as a site run by PAPERWALL/);
      expect(f.sources.map((s) => s.publisher)).toContain('Citizen Lab');
      expect(f.sources.every((s) => s.url.startsWith('https://'))).toBe(true);
    }
  });

  it('Pravda-network portals: listed, high, Portal Kombat, citing CheckFirst', async () => {
    const verdicts = await judge(['ukraine.news-pravda.com', 'https://lithuania.news-pravda.com/world/2025/01/01/1.html', 'pravda-fr.com']);
    for (const v of verdicts) {
      expect(v.level, v.target).toBe('high');
      const f = v.findings[0]!;
      expect(f.reason).toBe('listed-domain');
      expect(f.campaign?.id).toBe('portal-kombat');
    }
    expect(verdicts[0]!.findings[0]!.indicator).toBe('ukraine.news-pravda.com');
    expect(verdicts[0]!.findings[0]!.sources.map((s) => s.publisher)).toEqual(['CheckFirst', 'VIGINUM (SGDSN)']);
    expect(verdicts[1]!.findings[0]!.sources.map((s) => s.publisher).sort()).toEqual([
      'CheckFirst',
      'DIMA (M82 Project)',
      'VIGINUM (SGDSN)',
    ]);
  });

  it("pravda-XX.com country portals from VIGINUM's domain file: listed, high, run by Portal Kombat, citing VIGINUM", async () => {
    const portals = ['pravda-it.com', 'pravda-se.com', 'pravda-bf.com', 'pravda-ko.com', 'https://pravda-nl.com/world/1.html'];
    const verdicts = await judge(portals);
    for (const v of verdicts) {
      expect(v.level, v.target).toBe('high');
      const f = v.findings[0]!;
      expect(f.reason).toBe('listed-domain');
      expect(f.campaign?.id).toBe('portal-kombat');
      expect(f.summary).toMatch(/VIGINUM \(SGDSN\) lists .* as a site run by Portal Kombat/);
      expect(f.sources.map((s) => s.publisher)).toEqual(['VIGINUM (SGDSN)']);
      expect(f.sources[0]!.url).toMatch(/^https:\/\/github\.com\/VIGINUM-FR\/Rapports-Techniques\/blob\/[0-9a-f]{40}\//);
    }
  });

  it("Operation Overload's X accounts from VIGINUM's Matriochka data: listed, high, accounts the campaign runs", async () => {
    const verdicts = await judge(['https://x.com/sumanadevi97142', 'https://twitter.com/LingvetsDe10091']);
    for (const v of verdicts) {
      expect(v.level, v.target).toBe('high');
      const f = v.findings[0]!;
      expect(f.campaign?.id).toBe('operation-overload');
      expect(f.summary).toMatch(/as an account run by Operation Overload/);
      expect(f.sources.map((s) => s.publisher)).toEqual(['VIGINUM (SGDSN)']);
    }
  });

  it('a PAPERWALL site that BayBridge reuses stays with BayBridge (one campaign per value)', async () => {
    const [v] = await judge(['eiffelpost.com']);
    expect(v!.findings[0]!.campaign?.id).toBe('baybridge');
  });
});
