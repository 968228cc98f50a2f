// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { CompiledLists } from '../../../src/core/types';
import { buildExplorerModel } from '../../../src/tools/explorer-model';
import { ExplorerView } from '../../../src/ui/components/Explorer';
import { indexLists } from '../../../src/ui/lists';
import { COMPILED } from '../ui/fixtures';
import { useRenderContainer } from '../ui/render';
import { parseCompiled } from '../../../src/lists/compiled';

const HOSTILE = '<img src=x onerror=alert(1)>';
let container: HTMLElement;
useRenderContainer((el) => {
  container = el;
});

async function show(lists: CompiledLists, route: { campaign?: string; actor?: string; indicator?: string }) {
  await act(() => {
    render(
      <ExplorerView
        model={buildExplorerModel(lists)}
        uiLists={indexLists(lists)}
        route={route}
        onCheck={async () => ({ ok: false, error: 'x' })}
        onCopy={async () => true}
        campaignLink={(id) => `explorer.html#campaign=${id}`}
      />,
      container,
    );
  });
}

describe('ExplorerView', () => {
  it('list-derived text is rendered as text, and source links are https only', async () => {
    const lists: CompiledLists = {
      ...COMPILED,
      campaigns: [{ ...COMPILED.campaigns[0]!, summary: HOSTILE, aliases: [{ name: HOSTILE, by: HOSTILE }] }],
      indicators: [
        ...COMPILED.indicators,
        {
          value: HOSTILE,
          kind: 'domain',
          platform: 'web',
          role: 'operated-outlet',
          campaign: 'doppelganger',
          brands: [HOSTILE],
          sources: ['meta-q2-2023-doppelganger-iocs'],
          note: HOSTILE,
        },
      ],
      sources: [...COMPILED.sources.slice(1), { ...COMPILED.sources[0]!, url: 'javascript:alert(1)' }],
    };
    await show(lists, { campaign: 'doppelganger' });
    expect(container.querySelector('#campaign-view')).not.toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(HOSTILE);
    for (const a of container.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      expect(href.startsWith('https://') || href.startsWith('#'), href).toBe(true);
    }
  });
  it('a campaign page says what the lists lack for it, when the campaign records it', async () => {
    const gaps = 'Only one of its 123 sites is named in a source read so far.';
    await show({ ...COMPILED, campaigns: [{ ...COMPILED.campaigns[0]!, gaps }] }, { campaign: 'doppelganger' });
    expect(container.querySelector('#campaign-gaps')!.textContent).toBe(`What the lists lack: ${gaps}`);
    await show(COMPILED, { campaign: 'doppelganger' });
    expect(container.querySelector('#campaign-gaps')).toBeNull();
  });
  it('an indicator shows its first-seen date under the first report, only where a source documents one', async () => {
    const lists: CompiledLists = {
      ...COMPILED,
      indicators: COMPILED.indicators.map((i) =>
        i.value === 'spiegel.ltd' ? { ...i, firstReported: '2022-09-27', firstSeen: '2022-06-29' } : { ...i, firstReported: '2024-02-14' },
      ),
    };
    await show(lists, { campaign: 'doppelganger' });
    const dates = (value: string) =>
      [...container.querySelectorAll('.indicator-table tbody tr')].find((r) => r.querySelector('.indicator-value')!.textContent === value)!
        .children[2]!;
    expect(dates('spiegel.ltd').textContent).toBe('September 27, 2022first seen June 29, 2022');
    expect(dates('spiegel.ltd').querySelector('.first-seen')!.textContent).toBe('first seen June 29, 2022');
    expect(dates('washingtonpost.pm').textContent).toBe('February 14, 2024');
    expect(dates('washingtonpost.pm').querySelector('.first-seen')).toBeNull();
  });
  it('the overview and every campaign page link the coverage page, lists/COVERAGE.md in the repository', async () => {
    const expected = 'https://github.com/unmask-project/unmask/blob/main/lists/COVERAGE.md';
    await show(COMPILED, {});
    const overview = container.querySelector('#overview-coverage')!;
    expect(overview.textContent).toBe(
      `Every operation's figures, with what the lists lack, are on the coverage page: lists/COVERAGE.md (${expected})`,
    );
    expect(overview.querySelector('a')!.getAttribute('href')).toBe(expected);
    await show(COMPILED, { campaign: 'doppelganger' });
    expect(container.querySelector('#campaign-coverage a')!.getAttribute('href')).toBe(expected);
  });
  it('an unknown campaign says so and shows the overview', async () => {
    await show(COMPILED, { campaign: 'no-such' });
    expect(container.querySelector('.explorer-main [role="alert"]')!.textContent).toBe('This operation or actor is not in the lists.');
    expect(container.querySelector('#overview')).not.toBeNull();
  });
  it('an actor page lists the campaigns attributed to it and by whom', async () => {
    await show(COMPILED, { actor: 'social-design-agency' });
    const text = container.querySelector('#actor-view')!.textContent!;
    expect(text).toContain('Social Design Agency');
    expect(text).toContain('contractor');
    expect(text).toContain('Doppelganger (Meta and US Department of Justice)');
  });
  // A path, not a URL: under happy-dom the global URL is happy-dom's, which node:fs does not take.
  const INDEX = join(process.cwd(), 'public/unmask-index.json');
  it.skipIf(!existsSync(INDEX))('Doppelganger on the real lists renders one page of 100 indicators, not thousands', async () => {
    const lists = parseCompiled(readFileSync(INDEX, 'utf8'));
    await show(lists, { campaign: 'doppelganger' });
    expect(container.querySelectorAll('.indicator-table tbody tr')).toHaveLength(100);
    expect(container.querySelector('#indicator-count')!.textContent).toMatch(/^1–100 of [\d,]{5,}$/);
  });
});
