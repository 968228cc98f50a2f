// @vitest-environment happy-dom
/**
 * What the popup, the report, the source check and the bulk table offer for findings from a
 * person's own lists (custom lists): no "Explore" link to a campaign only their list defines (the
 * explorer shows Unmask's lists only and would say "not found"), but the link stays for Unmask's
 * campaigns, including when their list adds a clone to `doppelganger`; no "Report a mistake" when
 * every finding comes only from their lists (Unmask's maintainers cannot fix those, and the public
 * issue would name the list), and an issue for the rest says nothing of their lists.
 * Findings are made by the real engine from real list files (own-list-fixtures.ts).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Finding, Verdict } from '../../../src/core/types';
import { BulkView } from '../../../src/ui/components/Bulk';
import { PopupView, type TrustProps } from '../../../src/ui/components/PopupView';
import { ReportView } from '../../../src/ui/components/ReportView';
import { SourceCheck, type CheckReply } from '../../../src/ui/components/SourceCheck';
import { canReportMistake, isExplorableCampaign, isOwnListFinding, reportMistakeUrl, trustTargetOf } from '../../../src/ui/view-model';
import { state } from './fixtures';
import { BUNDLED_FINDING, OWN_CAMPAIGN_FINDING, OWN_ENGINE, OWN_LISTS, OWN_ON_BUNDLED_FINDING } from './own-list-fixtures';
import { useRenderContainer } from './render';

let container: HTMLElement;
useRenderContainer((el) => {
  container = el;
});

const MISTAKE_HREF = 'https://github.com/unmask-project/unmask/issues/new?title=x';
const EXAMPLE_NAME = 'Doppelganger clones (example from Unmask lists)';

/** The tab state of a page, judged by the engine with the person's lists merged. */
function judged(url: string, links?: string[]) {
  return state({ url, verdict: OWN_ENGINE.judge(url, links ? { links } : undefined) });
}
/** A page of the list-only host that also links to a clone Unmask lists: one finding of each. */
const MIXED = judged('https://custom-list-only.example/', ['https://washingtonpost.pm/politics']);

function popup(s: ReturnType<typeof judged>, onOpenExplorer = vi.fn()) {
  const trust: TrustProps = { target: trustTargetOf(s.url), trustedNow: false, onTrust: () => {}, onUntrust: () => {} };
  render(
    <PopupView
      view={{ kind: 'state', state: s }}
      lists={OWN_LISTS}
      trust={trust}
      mistakeHref={MISTAKE_HREF}
      onOpenReport={() => {}}
      onOpenOptions={() => {}}
      onOpenExplorer={onOpenExplorer}
    />,
    container,
  );
  return onOpenExplorer;
}

function report(s: ReturnType<typeof judged>) {
  render(
    <ReportView
      view={{ kind: 'state', state: s }}
      lists={OWN_LISTS}
      mistakeHref={MISTAKE_HREF}
      explorerHref={(id) => `explorer.html#campaign=${id}`}
    />,
    container,
  );
}

const exploreLinks = () => [...container.querySelectorAll('a.explore-link')].map((a) => [a.textContent, a.getAttribute('href')]);
const hasMistakeLink = () => [...container.querySelectorAll('a')].some((a) => a.textContent === 'Report a mistake');

describe('the fixtures are what the tests say they are', () => {
  it('spiegel.ltd only from the example list on doppelganger; the fixture host on its own campaign; washingtonpost.pm Unmask’s', () => {
    expect(OWN_ON_BUNDLED_FINDING).toMatchObject({ indicator: 'spiegel.ltd', campaign: { id: 'doppelganger' } });
    expect(OWN_ON_BUNDLED_FINDING.sources.every((s) => s.list === EXAMPLE_NAME)).toBe(true);
    expect(OWN_CAMPAIGN_FINDING).toMatchObject({
      indicator: 'custom-list-only.example',
      campaign: { id: 'user:test-fixture-list:fixture-campaign', name: 'Fixture Campaign' },
    });
    expect(BUNDLED_FINDING.sources.some((s) => s.list !== undefined)).toBe(false);
    expect(MIXED.verdict.findings.map((f) => [f.reason, isOwnListFinding(f)])).toEqual([
      ['listed-domain', true],
      ['links-to-flagged', false],
    ]);
  });
});

describe('view-model: own-list findings and campaigns', () => {
  it('isOwnListFinding: every source from a person’s list; a finding with no sources is Unmask’s', () => {
    expect(isOwnListFinding(OWN_CAMPAIGN_FINDING)).toBe(true);
    expect(isOwnListFinding(OWN_ON_BUNDLED_FINDING)).toBe(true);
    expect(isOwnListFinding(BUNDLED_FINDING)).toBe(false);
    const lookalike = OWN_ENGINE.judge('https://washingtonpost.example/').findings[0]!;
    expect(lookalike).toMatchObject({ reason: 'lookalike-domain', sources: [] });
    expect(isOwnListFinding(lookalike)).toBe(false);
    // One source of Unmask's among the person's: Unmask's maintainers can look at that part.
    const mixed: Finding = { ...OWN_ON_BUNDLED_FINDING, sources: [...OWN_ON_BUNDLED_FINDING.sources, ...BUNDLED_FINDING.sources] };
    expect(isOwnListFinding(mixed)).toBe(false);
  });
  it('canReportMistake: only when some finding is not only from the person’s lists', () => {
    expect(canReportMistake([OWN_CAMPAIGN_FINDING])).toBe(false);
    expect(canReportMistake([OWN_ON_BUNDLED_FINDING, OWN_CAMPAIGN_FINDING])).toBe(false);
    expect(canReportMistake([])).toBe(false);
    expect(canReportMistake(MIXED.verdict.findings)).toBe(true);
    expect(canReportMistake([BUNDLED_FINDING])).toBe(true);
  });
  it('isExplorableCampaign: Unmask’s campaigns (also with a person’s indicators), never a list-only one', () => {
    expect(isExplorableCampaign(OWN_CAMPAIGN_FINDING.campaign)).toBe(false);
    expect(isExplorableCampaign(OWN_ON_BUNDLED_FINDING.campaign)).toBe(true);
    expect(isExplorableCampaign(BUNDLED_FINDING.campaign)).toBe(true);
    expect(isExplorableCampaign(undefined)).toBe(false);
  });
});

describe('popup', () => {
  it('a campaign only the person’s list defines: no "Explore" button, no "Report a mistake"', () => {
    popup(judged('https://custom-list-only.example/'));
    expect(container.textContent).toContain('From your list “Test fixture list”');
    expect(container.querySelector('#explore-campaign')).toBeNull();
    expect(container.textContent).not.toContain('in the campaign explorer');
    expect(container.querySelector('#report-mistake')).toBeNull();
    expect(hasMistakeLink()).toBe(false);
  });
  it('the person’s clone of Unmask’s Doppelganger: "Explore Doppelganger" stays, "Report a mistake" does not', async () => {
    const onOpenExplorer = popup(judged('https://spiegel.ltd/'));
    const button = container.querySelector<HTMLButtonElement>('#explore-campaign')!;
    expect(button.textContent).toBe('Explore Doppelganger in the campaign explorer');
    await act(() => button.click());
    expect(onOpenExplorer).toHaveBeenCalledWith('doppelganger');
    expect(container.querySelector('#report-mistake')).toBeNull();
  });
  it('Unmask’s own finding: both, as before', () => {
    popup(judged('https://washingtonpost.pm/'));
    expect(container.querySelector('#explore-campaign')!.textContent).toBe('Explore Doppelganger in the campaign explorer');
    expect(container.querySelector('#report-mistake')!.getAttribute('href')).toBe(MISTAKE_HREF);
  });
  it('a page with one finding of each: "Report a mistake" (for Unmask’s), no explorer for the list-only campaign', () => {
    popup(MIXED);
    expect(container.querySelector('#report-mistake')).not.toBeNull();
    expect(container.querySelector('#explore-campaign')).toBeNull();
  });
});

describe('report', () => {
  it('a campaign only the person’s list defines: no explorer link, no "Report a mistake"', () => {
    report(judged('https://custom-list-only.example/'));
    expect(container.querySelector('main#report')!.getAttribute('data-level')).toBe('high');
    expect(container.textContent).toContain('Fixture Campaign');
    expect(exploreLinks()).toEqual([]);
    expect(hasMistakeLink()).toBe(false);
  });
  it('the person’s clone of Doppelganger: the explorer link stays, "Report a mistake" does not', () => {
    report(judged('https://spiegel.ltd/'));
    expect(exploreLinks()).toEqual([['Explore Doppelganger in the campaign explorer', 'explorer.html#campaign=doppelganger']]);
    expect(hasMistakeLink()).toBe(false);
  });
  it('Unmask’s finding, and a page with one of each: "Report a mistake" is there', () => {
    report(judged('https://washingtonpost.pm/'));
    expect(exploreLinks()).toEqual([['Explore Doppelganger in the campaign explorer', 'explorer.html#campaign=doppelganger']]);
    expect(hasMistakeLink()).toBe(true);
    report(MIXED);
    expect(hasMistakeLink()).toBe(true);
    // The list-only campaign has no link; the links finding is about other sites (never linked).
    expect(exploreLinks()).toEqual([]);
  });
  it('several findings: only Unmask’s campaigns get a link, each once', () => {
    const verdict: Verdict = {
      target: 'https://spiegel.ltd/',
      level: 'high',
      findings: [OWN_CAMPAIGN_FINDING, OWN_ON_BUNDLED_FINDING, BUNDLED_FINDING],
    };
    report(state({ url: verdict.target, verdict }));
    expect(exploreLinks()).toEqual([['Explore Doppelganger in the campaign explorer', 'explorer.html#campaign=doppelganger']]);
  });
});

describe('source check', () => {
  async function check(target: string) {
    const reply: CheckReply = { ok: true, verdict: OWN_ENGINE.judgeTarget(target) };
    await act(() => {
      render(<SourceCheck lists={OWN_LISTS} onCheck={async () => reply} explorerHref={(id) => `#campaign=${id}`} />, container);
    });
    const input = container.querySelector('#source-check-input') as HTMLInputElement;
    await act(() => {
      input.value = target;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      (container.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 0));
    });
    return container.querySelector('#source-check-result')!;
  }
  it('a campaign only the person’s list defines: the verdict, without an explorer link', async () => {
    const result = await check('custom-list-only.example');
    expect(result.getAttribute('data-level')).toBe('high');
    expect(result.textContent).toContain('From your list “Test fixture list”');
    expect(exploreLinks()).toEqual([]);
  });
  it('the person’s clone of Doppelganger keeps its link to Doppelganger', async () => {
    await check('spiegel.ltd');
    expect(exploreLinks()).toEqual([['Explore Doppelganger in the campaign explorer', '#campaign=doppelganger']]);
  });
});

describe('bulk table', () => {
  it('names a list-only campaign without linking it; Unmask’s campaigns stay links', () => {
    const rows = ['custom-list-only.example', 'spiegel.ltd', 'washingtonpost.pm'].map((target, i) => ({
      line: i + 1,
      target,
      verdict: OWN_ENGINE.judgeTarget(target),
    }));
    render(
      <BulkView
        ready
        text=""
        onText={() => {}}
        parsed={null}
        status={{ kind: 'done', total: 3, cancelled: false, ms: 1 }}
        rows={rows}
        onStart={() => {}}
        onCancel={() => {}}
        onFile={() => {}}
        onExport={() => {}}
        explorerHref={(id) => `explorer.html#campaign=${id}`}
      />,
      container,
    );
    const cells = [...container.querySelectorAll('tbody tr')].map((tr) => tr.children[3]!);
    expect(cells.map((td) => td.textContent)).toEqual(['Fixture Campaign', 'Doppelganger', 'Doppelganger']);
    expect(cells.map((td) => td.querySelector('a')?.getAttribute('href') ?? null)).toEqual([
      null,
      'explorer.html#campaign=doppelganger',
      'explorer.html#campaign=doppelganger',
    ]);
  });
});

describe('reportMistakeUrl with the person’s lists', () => {
  const body = (s: ReturnType<typeof judged>) => new URL(reportMistakeUrl(s, '0.1.0')).searchParams;
  it('a page with one finding of each: Unmask’s finding only; nothing of the list, its campaign or its host', () => {
    const params = body(MIXED);
    const text = params.get('body')!;
    expect(params.get('title')).toBe('Possible mistake: info on custom-list-only.example');
    expect(text).toContain('Level shown: high\n');
    expect(text).toMatch(/^- links-to-flagged \(info\): This page links to /m);
    expect(text).toContain("Left out: 1 finding from the reporter's own lists (not Unmask's lists).");
    expect(text).not.toContain('Test fixture list');
    expect(text).not.toContain('Fixture Campaign');
    expect(text).not.toContain('listed-domain');
    expect(text).not.toContain('Unmask test fixtures');
  });
  it('a finding citing the person’s list and Unmask’s: its reason without its sentence, and only Unmask’s publishers', () => {
    const mixed: Finding = { ...OWN_CAMPAIGN_FINDING, sources: [...OWN_CAMPAIGN_FINDING.sources, ...BUNDLED_FINDING.sources] };
    const text = body(
      state({
        url: 'https://custom-list-only.example/',
        verdict: { target: 'https://custom-list-only.example/', level: 'high', findings: [mixed] },
      }),
    ).get('body')!;
    expect(text).toContain(
      "- listed-domain (high) custom-list-only.example: (also from the reporter's own list, not shown) [Meta, US Department of Justice]",
    );
    expect(text).not.toContain('Test fixture list');
    expect(text).not.toContain('Fixture Campaign');
    expect(text).not.toContain('Left out');
  });
  it('Unmask’s own findings: unchanged (the sentence and the publishers)', () => {
    const params = body(judged('https://washingtonpost.pm/'));
    expect(params.get('title')).toBe('Possible mistake: high on washingtonpost.pm');
    expect(params.get('body')).toContain(
      `- listed-domain (high) washingtonpost.pm: ${BUNDLED_FINDING.summary} [Meta, US Department of Justice]`,
    );
    expect(params.get('body')).not.toContain('Left out');
  });
});

describe('an own list is labelled as the person’s own, whatever it calls itself or cites', () => {
  const NAME = 'Unmask official\u201d. Verified by Unmask: \u201cUS Department of Justice\u202e';
  const posing: Finding = {
    ...OWN_CAMPAIGN_FINDING,
    sources: OWN_CAMPAIGN_FINDING.sources.map((s) => ({
      ...s,
      list: NAME,
      publisher: 'US Department of Justice',
      tier: 'primary-report' as const,
    })),
  };
  const posingState = state({
    url: 'https://custom-list-only.example/',
    verdict: { target: 'https://custom-list-only.example/', level: posing.level, findings: [posing] },
  });

  it('the popup headline says “From your list” first, and the name cannot close its quotes or reorder the text', () => {
    popup(posingState);
    const h1 = container.querySelector('h1.headline')!.textContent!;
    expect(h1.startsWith('From your list “Unmask official . Verified by Unmask: US Department of Justice”: ')).toBe(true);
    expect(h1.match(/[“”]/g)).toEqual(['“', '”']);
    expect(h1).not.toMatch(/\p{Cf}/u);
    // Each source says it too.
    expect(container.textContent).toContain('From your list “Unmask official . Verified by Unmask: US Department of Justice”');
  });
  it('a finding from Unmask’s lists gets no such label', () => {
    popup(judged('https://washingtonpost.pm/'));
    expect(container.querySelector('h1.headline')!.textContent).not.toContain('your list');
  });
});
