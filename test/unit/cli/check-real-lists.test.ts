/**
 * The check CLI on the real compiled index (public/unmask-index.json, `npm run lists`): a sample of
 * the PAPERWALL sites and Pravda-network portals transcribed for issue 14 is judged as its role
 * says, with the citation it was added with.
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
    expect(verdicts[0]!.findings[0]!.sources.map((s) => s.publisher)).toEqual(['CheckFirst']);
    expect(verdicts[1]!.findings[0]!.sources.map((s) => s.publisher)).toEqual(['CheckFirst', 'DIMA (M82 Project)']);
  });

  it('a PAPERWALL site that BayBridge reuses stays with BayBridge (one campaign per value)', async () => {
    const [v] = await judge(['eiffelpost.com']);
    expect(v!.findings[0]!.campaign?.id).toBe('baybridge');
  });
});
