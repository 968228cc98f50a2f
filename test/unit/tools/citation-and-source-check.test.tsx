// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { SourceCheck, type CheckReply } from '../../../src/ui/components/SourceCheck';
import { campaignCitation } from '../../../src/ui/view-model';
import { COMPILED, LISTS, WAPO_FINDING } from '../ui/fixtures';
import { useRenderContainer } from '../ui/render';

describe('campaignCitation', () => {
  it('names, attributions with who and confidence, period, every source with its link, and the explorer link', () => {
    const campaign = COMPILED.campaigns[0]!;
    expect(campaignCitation(campaign, LISTS, 'chrome-extension://x/explorer.html#campaign=doppelganger')).toBe(
      [
        'Doppelganger, also known as RRN; Storm-1099, by Microsoft',
        'Clones of real news sites carrying fake articles, spread through redirect links.',
        'Attributed to Social Design Agency by Meta (high).',
        'Attributed to Social Design Agency by US Department of Justice (confirmed).',
        'Active since 2022-05.',
        'Sources:',
        '- EU DisinfoLab, "Doppelganger: media clones serving Russian propaganda", 2022-09-27. https://www.disinfo.eu/doppelganger/',
        `- Meta, "Adversarial Threat Report, Q2 2023: Doppelganger (threat indicator file)", 2023-08. ${COMPILED.sources[0]!.url}`,
        '- US Department of Justice, "Justice Department Disrupts Covert Russian Government-Sponsored Foreign Malign Influence Operation", 2024-09-04. https://www.justice.gov/opa/pr/justice-department-disrupts-covert-russian-government-sponsored-foreign-malign',
        'Listed in Unmask: chrome-extension://x/explorer.html#campaign=doppelganger',
      ].join('\n'),
    );
  });
  it('an end date is given as the sources give it, and no attribution is invented', () => {
    const text = campaignCitation(
      { ...COMPILED.campaigns[0]!, attribution: [], active: { from: '2022', to: '2024-09' }, sources: [] },
      LISTS,
    );
    expect(text).toContain('Active from 2022 to 2024-09.');
    expect(text).not.toContain('Attributed');
    expect(text).not.toContain('Sources:');
  });
});

describe('SourceCheck component', () => {
  let container: HTMLElement;
  useRenderContainer((el) => {
    container = el;
  });
  const HOSTILE = '<img src=x onerror=alert(1)>';

  async function check(value: string, reply: CheckReply) {
    const asked: string[] = [];
    await act(() => {
      render(
        <SourceCheck lists={LISTS} onCheck={async (t) => (asked.push(t), reply)} explorerHref={(id) => `#campaign=${id}`} />,
        container,
      );
    });
    const input = container.querySelector('#source-check-input') as HTMLInputElement;
    await act(() => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      (container.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 0));
    });
    return asked;
  }

  it('sends the trimmed target and renders the verdict with its campaign link', async () => {
    const asked = await check('  washingtonpost.pm ', {
      ok: true,
      verdict: { target: 'washingtonpost.pm', level: 'high', findings: [WAPO_FINDING] },
    });
    expect(asked).toEqual(['washingtonpost.pm']);
    const result = container.querySelector('#source-check-result')!;
    expect(result.getAttribute('data-level')).toBe('high');
    expect(result.textContent).toContain('Documented influence operation');
    expect(result.textContent).toContain('Doppelganger');
    expect([...result.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('#campaign=doppelganger');
  });
  it('a target the person trusts: "You trust this site" and what the lists say, not "nothing known"', async () => {
    await check('washingtonpost.pm', {
      ok: true,
      verdict: {
        target: 'washingtonpost.pm',
        level: 'none',
        findings: [],
        trusted: { entry: 'washingtonpost.pm', level: 'high', findings: [WAPO_FINDING] },
      },
    });
    const result = container.querySelector('#source-check-result')!;
    expect(result.querySelector('[role="status"]')!.textContent).toContain('You trust this site');
    expect(result.textContent).not.toContain('Nothing known');
    expect(result.textContent).toContain('Doppelganger');
    expect([...result.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('#campaign=doppelganger');
  });
  it('shows the error in an alert, as text', async () => {
    await check(HOSTILE, { ok: false, error: `cannot parse "${HOSTILE}"` });
    const alert = container.querySelector('#source-check-result [role="alert"]')!;
    expect(alert.textContent).toBe(`Unmask could not check this: cannot parse "${HOSTILE}"`);
    expect(container.querySelector('img')).toBeNull();
  });
  it('an empty input asks for an address and sends nothing', async () => {
    const asked = await check('   ', { ok: false, error: 'x' });
    expect(asked).toEqual([]);
    expect(container.querySelector('[role="alert"]')!.textContent).toBe('Type an address first.');
  });
  it('nothing known: says so without calling it trustworthy; a hostile target stays text', async () => {
    await check(HOSTILE, { ok: true, verdict: { target: HOSTILE, level: 'none', findings: [] } });
    expect(container.textContent).toContain(`Nothing known about ${HOSTILE}`);
    expect(container.textContent).toContain('does not prove it is trustworthy');
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('SourceCheck limits', () => {
  let container: HTMLElement;
  useRenderContainer((el) => {
    container = el;
  });
  it('a target longer than the background accepts is refused here, with the reason', async () => {
    const asked: string[] = [];
    await act(() => {
      render(<SourceCheck lists={LISTS} onCheck={async (t) => (asked.push(t), { ok: false, error: 'x' })} />, container);
    });
    const input = container.querySelector('#source-check-input') as HTMLInputElement;
    await act(() => {
      input.value = `https://example.org/${'a'.repeat(2100)}`;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      (container.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(asked).toEqual([]);
    expect(container.querySelector('[role="alert"]')!.textContent).toBe(
      'This is too long to be an address: Unmask checks addresses of up to 2048 characters.',
    );
  });
});
