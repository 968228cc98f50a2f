// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Finding, Level } from '../../../src/core/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/extension/settings';
import type { PageView } from '../../../src/ui/components/common';
import { LevelBadge } from '../../../src/ui/components/LevelBadge';
import { OptionsView } from '../../../src/ui/components/OptionsView';
import { PopupView, type TrustProps } from '../../../src/ui/components/PopupView';
import { ReportView } from '../../../src/ui/components/ReportView';
import { SourceList } from '../../../src/ui/components/SourceList';
import type { UiLists } from '../../../src/ui/lists';
import { trustTargetOf, type TrustTarget } from '../../../src/ui/view-model';
import { CLEAN_STATE, HIGH_STATE, LISTS, META, WAPO_FINDING, state } from './fixtures';
import { useRenderContainer } from './render';

let container: HTMLElement;
useRenderContainer((el) => {
  container = el;
});

const site = (domain: string): TrustTarget => ({ entry: domain, kind: 'site', label: domain });
const noTrust: TrustProps = { target: site('washingtonpost.pm'), trustedNow: false, onTrust: () => {}, onUntrust: () => {} };

function popup(view: PageView, lists: UiLists | null = LISTS, trust: TrustProps = noTrust) {
  render(
    <PopupView
      view={view}
      lists={lists}
      trust={trust}
      mistakeHref="https://github.com/unmask-project/unmask/issues/new?title=x"
      onOpenReport={() => {}}
      onOpenOptions={() => {}}
    />,
    container,
  );
  return container;
}

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('PopupView', () => {
  it('shows level, headline, campaign with aliases, actor and attributor, evidence, advice, sources and tactics', () => {
    const root = popup({ kind: 'state', state: HIGH_STATE });
    expect(root.querySelector('main')!.getAttribute('data-level')).toBe('high');
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('Documented influence operation');
    expect(status.querySelector('svg')).not.toBeNull();
    expect(root.querySelector('h1')!.textContent).toBe(
      'This site imitates The Washington Post. It belongs to Doppelganger, an influence operation from Russia.',
    );
    const text = root.textContent!;
    expect(text).toContain('Also known as: RRN; Storm-1099 (Microsoft)');
    // The popup groups attributions by who made them.
    expect(text).toContain('Meta attributes it to Social Design Agency (Russia).');
    expect(text).toContain('US Department of Justice attributes it to Social Design Agency (Russia).');
    expect(root.querySelector('details.tactics-details summary')!.textContent).toBe('Tactics (DISARM): 1');
    expect(text).toContain('washingtonpost.pm uses the name of washingtonpost.com with another domain ending.');
    expect(text).toContain('T0149.003 Lookalike Domain');
    expect(text).toContain('Technique names from the DISARM Framework');
    expect(text).toContain('CC BY-SA 4.0');
    const official = [...root.querySelectorAll('a')].find((a) => a.getAttribute('href') === 'https://washingtonpost.com/')!;
    expect(official.textContent).toMatch(/^washingtonpost\.com/);
    expect(official.closest('li')!.textContent).toMatch(/^Read The Washington Post on its official address:/);
    const doj = [...root.querySelectorAll('a')].find((a) => a.getAttribute('href')?.startsWith('https://www.justice.gov/'))!;
    expect(doj.getAttribute('rel')).toBe('noopener noreferrer');
    expect(doj.getAttribute('target')).toBe('_blank');
    expect(text).toContain('September 4, 2024');
    const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toContain('Trust washingtonpost.pm');
    expect(buttons).toContain('Full report');
    expect([...root.querySelectorAll('a')].some((a) => a.textContent === 'Report a mistake')).toBe(true);
  });

  it('without the index still names the campaign and actor from the finding', () => {
    const root = popup({ kind: 'state', state: HIGH_STATE }, null);
    expect(root.textContent).toContain('Doppelganger');
    expect(root.textContent).toContain('Actor: Social Design Agency (Russia)');
    expect(root.textContent).not.toContain('Also known as');
  });

  it('a clean page: calm words and what was checked, no trust or mistake buttons', () => {
    const root = popup({ kind: 'state', state: CLEAN_STATE }, LISTS, { ...noTrust, target: site('washingtonpost.com') });
    expect(root.querySelector('main')!.getAttribute('data-level')).toBe('none');
    expect(root.querySelector('h1')!.textContent).toBe('No documented operation is known behind this site.');
    expect(root.textContent).toContain('The address, against 2 listed sites and 1 listed accounts.');
    expect(root.textContent).toContain('212 links on the page.');
    expect(root.textContent).toContain('Lists version 2026.11.21.');
    const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons.some((b) => b?.startsWith('Trust'))).toBe(false);
    expect(root.textContent).not.toContain('Report a mistake');
  });

  it('pages Unmask cannot see, and pages not judged, say so plainly', () => {
    expect(popup({ kind: 'unavailable', url: 'chrome://extensions/' }).textContent).toContain('Unmask cannot see this page.');
    expect(popup({ kind: 'not-judged', url: 'https://example.org/' }).textContent).toContain('Unmask has not looked at this page yet.');
    expect(container.querySelector('main')!.hasAttribute('data-level')).toBe(false);
  });

  it('trust on a documented site asks first; once trusted it says what is true, not "nothing known"', async () => {
    const onTrust = vi.fn();
    const onUntrust = vi.fn();
    const root = popup({ kind: 'state', state: HIGH_STATE }, LISTS, { ...noTrust, onTrust, onUntrust });
    const trust = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Trust washingtonpost.pm')!;
    await act(() => trust.click());
    // A `high` site: a question first, with the safe answer focused; nothing is trusted yet.
    expect(onTrust).not.toHaveBeenCalled();
    expect(root.querySelector('#trust-confirm')!.textContent).toContain(
      'Unmask lists washingtonpost.pm as “Documented influence operation”. Trust it anyway?',
    );
    expect(document.activeElement?.id).toBe('trust-confirm-cancel');
    await act(() => (root.querySelector('#trust-confirm-cancel') as HTMLButtonElement).click());
    expect(root.querySelector('#trust-confirm')).toBeNull();
    expect(onTrust).not.toHaveBeenCalled();
    await act(() => (root.querySelector('#trust-site') as HTMLButtonElement).click());
    await act(() => (root.querySelector('#trust-confirm-yes') as HTMLButtonElement).click());
    expect(onTrust).toHaveBeenCalledOnce();

    popup({ kind: 'state', state: HIGH_STATE }, LISTS, { ...noTrust, trustedNow: true, onTrust, onUntrust });
    expect(root.querySelector('main')!.getAttribute('data-trusted')).toBe('true');
    expect(root.querySelector('h1')!.textContent).toBe('You trust washingtonpost.pm.');
    const status = root.querySelector('[role="status"]')!.textContent!;
    expect(status).toContain('You trust this site');
    expect(status).not.toContain('Nothing known');
    expect(root.textContent).toContain(
      'Unmask knows it as “Documented influence operation”: This site imitates The Washington Post. It belongs to Doppelganger, an influence operation from Russia.',
    );
    expect(root.textContent).toContain('Documented by Meta and US Department of Justice.');
    const undo = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!;
    await act(() => undo.click());
    expect(onUntrust).toHaveBeenCalledWith('washingtonpost.pm');

    // Re-judged by the background: the verdict is `none` and keeps what the lists say in `trusted`.
    const { verdict } = HIGH_STATE;
    const trustedState = {
      ...HIGH_STATE,
      allowlisted: true,
      verdict: {
        target: verdict.target,
        level: 'none' as const,
        findings: [],
        trusted: { entry: 'washingtonpost.pm', level: verdict.level, findings: verdict.findings },
      },
    };
    popup({ kind: 'state', state: trustedState }, LISTS, { ...noTrust, onTrust, onUntrust });
    expect(root.querySelector('main')!.getAttribute('data-level')).toBe('none');
    expect(root.textContent).toContain('Unmask knows it as “Documented influence operation”: This site imitates The Washington Post.');
    expect(root.textContent).not.toContain('Nothing known');
    const stop = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Stop trusting this site')!;
    await act(() => stop.click());
    expect(onUntrust).toHaveBeenLastCalledWith('washingtonpost.pm');
  });

  it('trust on a site the lists do not document (medium, lookalike) needs no question', async () => {
    const onTrust = vi.fn();
    const lookalike = state({
      url: 'https://washingtonpost.ltd/',
      verdict: {
        target: 'https://washingtonpost.ltd/',
        level: 'medium',
        findings: [
          {
            ...WAPO_FINDING,
            reason: 'lookalike-domain',
            level: 'medium',
            role: undefined,
            campaign: undefined,
            actor: undefined,
            sources: [],
          },
        ],
      },
    });
    const root = popup({ kind: 'state', state: lookalike }, LISTS, { ...noTrust, target: site('washingtonpost.ltd'), onTrust });
    await act(() => (root.querySelector('#trust-site') as HTMLButtonElement).click());
    expect(onTrust).toHaveBeenCalledOnce();
    expect(root.querySelector('#trust-confirm')).toBeNull();
  });

  it('an account on a platform: named "@name on X" under the banner and in "Why", and trusted alone, never the platform', async () => {
    const url = 'https://ca.pinterest.com/franolcadriw/boards/';
    const persona: Finding = {
      ...WAPO_FINDING,
      reason: 'listed-account',
      role: 'persona',
      indicator: 'https://ca.pinterest.com/franolcadriw',
      impersonates: undefined,
      outlet: undefined,
      evidence: { subject: url },
    };
    const target = trustTargetOf(url)!;
    expect(target).toEqual({ entry: 'https://www.pinterest.com/franolcadriw', kind: 'account', label: 'franolcadriw on Pinterest' });
    const onTrust = vi.fn();
    const root = popup({ kind: 'state', state: state({ url, verdict: { target: url, level: 'high', findings: [persona] } }) }, LISTS, {
      ...noTrust,
      target,
      onTrust,
    });
    expect(root.querySelector('h1')!.textContent).toBe('This account is run by Doppelganger, an influence operation from Russia.');
    expect(root.querySelector('.level-subject')!.textContent).toBe('franolcadriw on Pinterest');
    expect(root.querySelector('#why-h')!.parentElement!.textContent).toContain(
      'The account franolcadriw on Pinterest is listed by Meta and US Department of Justice.',
    );
    expect(root.textContent).not.toContain('pinterest.com');
    expect(root.textContent).toContain('To check an account');
    expect(root.querySelector('#trust-site')!.textContent).toBe('Trust franolcadriw on Pinterest');
    await act(() => (root.querySelector('#trust-site') as HTMLButtonElement).click());
    await act(() => (root.querySelector('#trust-confirm-yes') as HTMLButtonElement).click());
    expect(onTrust).toHaveBeenCalledOnce();
    // Given a site target (what the popup offered before), an account's findings offer no trust at all.
    popup({ kind: 'state', state: state({ url, verdict: { target: url, level: 'high', findings: [persona] } }) }, LISTS, {
      ...noTrust,
      target: site('pinterest.com'),
    });
    expect(root.querySelector('#trust-site')).toBeNull();
  });

  it('a named amplifier gets wording of its own and no "who is behind it" with the state actor', () => {
    const url = 'https://x.com/AlertChannel/status/1';
    const amplifier: Finding = {
      ...WAPO_FINDING,
      reason: 'listed-account',
      level: 'medium',
      role: 'amplifier',
      indicator: 'https://x.com/AlertChannel',
      impersonates: undefined,
      outlet: undefined,
      evidence: { subject: url },
    };
    const root = popup({ kind: 'state', state: state({ url, verdict: { target: url, level: 'medium', findings: [amplifier] } }) }, LISTS, {
      ...noTrust,
      target: trustTargetOf(url),
    });
    const status = root.querySelector('[role="status"]')!.textContent!;
    expect(status).toContain('Named as spreading an operation’s content');
    expect(status).not.toContain('Likely imitation');
    expect(root.querySelector('.level-subject')!.textContent).toBe('@AlertChannel on X');
    expect(root.querySelector('h1')!.textContent).toBe(
      'Meta named this account as spreading content of Doppelganger. It does not say the account is run by the operation.',
    );
    const text = root.textContent!;
    expect(text).not.toContain('Who is behind it');
    expect(text).toContain('The content it spread');
    expect(text).not.toContain('attributes it to');
    expect(text).not.toContain('Social Design Agency');
    expect(text).toContain('The account @AlertChannel on X is listed by Meta and US Department of Justice.');
    expect(root.querySelector('#trust-site')!.textContent).toBe('Trust @AlertChannel on X');
  });

  it('renders page-derived strings as text, never HTML', () => {
    const finding: Finding = {
      ...WAPO_FINDING,
      reason: 'lookalike-domain',
      role: undefined,
      outlet: HOSTILE,
      evidence: { subject: HOSTILE, lookalike: 'other-suffix', claimedName: { source: 'title', value: HOSTILE } },
    };
    const hostile = state({
      url: 'https://washingtonpost.pm/',
      verdict: { target: 'https://washingtonpost.pm/', level: 'high', findings: [finding] },
      checked: { claimedNames: [{ source: 'title', value: HOSTILE }], links: 1, handles: 0, text: 10 },
      flagged: [{ href: `javascript:alert(1)//${HOSTILE}`, level: 'high', summary: HOSTILE }],
    });
    const root = popup({ kind: 'state', state: hostile });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(`The page calls itself “${HOSTILE}” (in its title).`);
    render(<ReportView view={{ kind: 'state', state: hostile }} lists={LISTS} mistakeHref={null} />, container);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(HOSTILE);
    // Flagged links are shown as text: a listed link is never one click away from the report.
    expect([...container.querySelectorAll('a')].some((a) => a.getAttribute('href')?.startsWith('javascript:'))).toBe(false);
    expect(container.querySelector('.flagged code')!.textContent).toBe(`javascript:alert(1)//${HOSTILE}`);
  });
});

describe('SourceList', () => {
  it('only https sources become links; others stay text', () => {
    render(
      <SourceList
        sources={[
          META,
          { ...META, id: 'js', title: 'Script source', url: 'javascript:alert(1)' },
          { ...META, id: 'http', title: 'Plain http source', url: 'http://example.org/report' },
          { ...META, id: 'data', title: 'Data source', url: 'data:text/html,<b>x</b>' },
        ]}
      />,
      container,
    );
    const anchors = [...container.querySelectorAll('a')];
    expect(anchors).toHaveLength(1);
    expect(anchors[0]!.getAttribute('href')).toBe(META.url);
    expect(container.textContent).toContain('Script source');
    expect(container.textContent).toContain('Plain http source');
    expect(container.textContent).toContain('Data source');
    expect(container.textContent).toContain('primary: indicator file');
  });
});

describe('LevelBadge', () => {
  it('every level has words and a shape, never colour alone', () => {
    const words = new Set<string>();
    for (const level of ['high', 'medium', 'low', 'info', 'none'] as Level[]) {
      render(<LevelBadge level={level} />, container);
      expect(container.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
      const text = container.textContent!.trim();
      expect(text.length).toBeGreaterThan(3);
      words.add(text);
      // The shapes differ too: the inner markup of each icon is distinct.
      words.add(container.querySelector('svg')!.innerHTML);
    }
    expect(words.size).toBe(10);
  });
});

describe('ReportView (contract: data-level on the root)', () => {
  it('carries data-level of the verdict, every finding, the signals and flagged links', async () => {
    const second: Finding = {
      ...WAPO_FINDING,
      reason: 'links-to-flagged',
      level: 'info',
      role: undefined,
      evidence: { targets: ['https://spiegel.ltd/a'] },
    };
    const full = state({
      ...HIGH_STATE,
      verdict: { ...HIGH_STATE.verdict, findings: [WAPO_FINDING, second] },
      flagged: [
        {
          href: 'https://spiegel.ltd/a',
          level: 'high',
          campaign: { id: 'doppelganger', name: 'Doppelganger' },
          summary: 'Listed by Meta as a Doppelganger clone of DER SPIEGEL.',
        },
      ],
    });
    const copy = vi.fn(async () => true);
    render(
      <ReportView view={{ kind: 'state', state: full }} lists={LISTS} mistakeHref="https://github.com/x" onCopyCitation={copy} />,
      container,
    );
    const root = container.querySelector('main#report')!;
    expect(root.getAttribute('data-level')).toBe('high');
    expect(container.querySelectorAll('article.finding')).toHaveLength(2);
    expect(container.textContent).toContain('Findings (2)');
    expect(container.textContent).toContain('Name given in its site-name tag:');
    expect(container.textContent).toContain('Examined: 212 links, 0 accounts shown, 4,000 characters of text.');
    expect(container.textContent).toContain('Listed links on this page (1)');
    expect(container.querySelector('.flagged code')!.textContent).toBe('https://spiegel.ltd/a');
    // The campaign's other sources follow the finding's own, without repeating them.
    const first = container.querySelector('article.finding')!;
    const headings = [...first.querySelectorAll('h5')].map((h) => h.textContent);
    expect(headings).toContain('Sources about the operation');
    const campaignSources = first.querySelector('section.campaign ul.source-list')!;
    expect(campaignSources.textContent).toContain('EU DisinfoLab');
    expect(campaignSources.textContent).not.toContain('Meta');
    expect(container.textContent).toContain('Lists version');
    expect(container.textContent).toContain(HIGH_STATE.url);
    // Unique heading ids even with two findings from one campaign.
    const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const copyButton = container.querySelector('article.finding button')! as HTMLButtonElement;
    await act(async () => copyButton.click());
    expect(copy).toHaveBeenCalledWith(WAPO_FINDING);
    expect(container.querySelector('article.finding .copy-status')!.textContent).toBe('Citation copied.');
  });

  it('the full-address choice: off by default, the person can turn it on', async () => {
    const choose = vi.fn();
    render(
      <ReportView
        view={{ kind: 'state', state: HIGH_STATE }}
        lists={LISTS}
        mistakeHref="https://github.com/x"
        fullAddress={false}
        onFullAddress={choose}
      />,
      container,
    );
    const box = container.querySelector('#full-address') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.closest('label')!.textContent).toContain('full address');
    await act(async () => box.click());
    expect(choose).toHaveBeenCalledWith(true);
  });

  it('no state: data-level="none" and a message; while loading: no data-level yet', () => {
    render(<ReportView view={{ kind: 'not-judged' }} lists={null} mistakeHref={null} />, container);
    expect(container.querySelector('main#report')!.getAttribute('data-level')).toBe('none');
    expect(container.textContent).toContain('Unmask has no verdict for this tab.');
    render(<ReportView view={{ kind: 'loading' }} lists={null} mistakeHref={null} />, container);
    expect(container.querySelector('main#report')!.hasAttribute('data-level')).toBe(false);
  });

  it('a clean state: data-level="none" and what was checked', () => {
    render(<ReportView view={{ kind: 'state', state: CLEAN_STATE }} lists={LISTS} mistakeHref={null} />, container);
    expect(container.querySelector('main#report')!.getAttribute('data-level')).toBe('none');
    expect(container.textContent).toContain('What Unmask checked');
    expect(container.textContent).not.toContain('Report a mistake');
  });

  it('a trusted site: the person\'s choice and what the lists know about it, never "nothing known"', () => {
    const { verdict } = HIGH_STATE;
    const trusted = {
      ...HIGH_STATE,
      allowlisted: true,
      verdict: {
        target: verdict.target,
        level: 'none' as const,
        findings: [],
        trusted: { entry: 'washingtonpost.pm', level: verdict.level, findings: verdict.findings },
      },
    };
    render(<ReportView view={{ kind: 'state', state: trusted }} lists={LISTS} mistakeHref={null} />, container);
    expect(container.querySelector('main#report')!.getAttribute('data-level')).toBe('none');
    const status = container.querySelector('[role="status"]')!.textContent!;
    expect(status).toContain('You trust this site');
    expect(status).not.toContain('Nothing known');
    expect(container.textContent).toContain('Unmask knows it as “Documented influence operation”: This site imitates The Washington Post.');
    expect(container.textContent).toContain('Documented by Meta and US Department of Justice.');
  });
});

describe('OptionsView', () => {
  function options(settings: Settings, onChange = vi.fn(async () => true)) {
    render(<OptionsView settings={settings} lists={LISTS} onChange={onChange} onExport={() => {}} />, container);
    return onChange;
  }
  const byLabel = (text: string) => {
    const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text)!;
    return container.querySelector(`#${label.getAttribute('for')}`) as HTMLInputElement;
  };

  it('every control has a label', () => {
    options(DEFAULT_SETTINGS);
    for (const control of container.querySelectorAll('input, textarea, select')) {
      expect(container.querySelector(`label[for="${control.id}"]`), `label for #${control.id}`).not.toBeNull();
    }
    for (const button of container.querySelectorAll('button')) {
      expect((button.getAttribute('aria-label') ?? button.textContent)!.trim()).not.toBe('');
    }
    expect(container.textContent).toContain('Doppelganger');
    expect(container.textContent).toContain('Also known as: RRN; Storm-1099');
  });

  it('changing sensitivity saves the new value', async () => {
    const onChange = options(DEFAULT_SETTINGS);
    await act(async () => byLabel('Documented only').click());
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, sensitivity: 'documented' });
  });

  it('badge only: saved, and the bar and marker choices are then disabled', async () => {
    const onChange = options(DEFAULT_SETTINGS);
    await act(async () => byLabel('Badge only: never change pages').click());
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, badgeOnly: true });
    options({ ...DEFAULT_SETTINGS, badgeOnly: true });
    expect(byLabel('Mark links to listed sites').disabled).toBe(true);
    expect(byLabel('Also show the bar and markers for findings only from your own lists').disabled).toBe(true);
    expect([...container.querySelectorAll('input[name="warningBar"]')].every((r) => (r as HTMLInputElement).disabled)).toBe(true);
  });

  it('own lists on pages: off by default, saved when chosen, with a plain warning of what a site learns', async () => {
    const onChange = options(DEFAULT_SETTINGS);
    const box = byLabel('Also show the bar and markers for findings only from your own lists');
    expect(box.checked).toBe(false);
    const help = container.querySelector(`#${box.getAttribute('aria-describedby')}`)!.textContent!;
    expect(help).toMatch(/^Warning: a site sees the bar or a marker\..*learn that it is on your list/);
    await act(async () => box.click());
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, ownListsOnPages: true });
  });

  it('switching a campaign off adds it to disabledCampaigns', async () => {
    const onChange = options(DEFAULT_SETTINGS);
    await act(async () => byLabel('Doppelganger').click());
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, disabledCampaigns: ['doppelganger'] });
  });

  async function paste(text: string) {
    const area = byLabel('Or paste settings JSON') as unknown as HTMLTextAreaElement;
    await act(async () => {
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => (container.querySelector('#import-text')!.closest('form')!.querySelector('button') as HTMLButtonElement).click());
  }

  it('import rejects invalid JSON and invalid settings with a message, and changes nothing', async () => {
    const onChange = options(DEFAULT_SETTINGS);
    await paste('{ not json');
    expect(container.querySelector('#import-note [role="alert"]')!.textContent).toBe('This is not valid JSON. Nothing changed.');
    await paste('{"sensitivity":"max"}');
    expect(container.querySelector('#import-note [role="alert"]')!.textContent).toBe(
      'These settings cannot be imported: "sensitivity" must be one of documented, lookalikes, text. Nothing changed.',
    );
    await paste('[]');
    expect(container.querySelector('#import-note [role="alert"]')!.textContent).toContain('Settings must be a JSON object.');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('import of valid settings shows what it changes, and saves them only once the person applies it', async () => {
    const onChange = options(DEFAULT_SETTINGS);
    await paste(JSON.stringify({ version: 1, sensitivity: 'text', allowlist: ['example.org'] }));
    expect(onChange).not.toHaveBeenCalled();
    const summary = [...container.querySelectorAll('#import-summary li')].map((li) => li.textContent);
    expect(summary).toEqual([
      'Sensitivity: Plus lookalikes and claimed names (recommended) → Plus text signals',
      'Trusts 1 more sites and accounts: example.org',
    ]);
    await act(async () => {
      (container.querySelector('#import-apply') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, sensitivity: 'text', allowlist: ['example.org'] });
    expect(container.querySelector('#import-note [role="status"]')!.textContent).toBe('Settings imported.');
    expect(container.querySelector('#import-summary')).toBeNull();
  });

  it('a settings file that trusts 10,000 sites says so, names a few, and changes nothing when cancelled', async () => {
    const onChange = options(DEFAULT_SETTINGS);
    const many = Array.from({ length: 10_000 }, (_, i) => `site${i}.example`);
    await paste(JSON.stringify({ ...DEFAULT_SETTINGS, allowlist: many, warningBar: 'off', disabledCampaigns: ['doppelganger'] }));
    const text = container.querySelector('#import-summary')!.textContent!;
    expect(text).toContain(
      'Trusts 10000 more sites and accounts: site0.example, site1.example, site2.example, site3.example, site4.example and 9995 more',
    );
    expect(text).toContain('Warning bar on the page: ');
    expect(text).toContain('Stops looking for 1 operations: Doppelganger');
    await act(async () => (container.querySelector('#import-cancel') as HTMLButtonElement).click());
    expect(container.querySelector('#import-summary')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('a settings file equal to the current settings changes nothing, and says so', async () => {
    const onChange = options(DEFAULT_SETTINGS);
    await paste(JSON.stringify(DEFAULT_SETTINGS));
    expect(container.querySelector('#import-summary')).toBeNull();
    expect(container.querySelector('#import-note [role="status"]')!.textContent).toBe(
      'This file changes nothing: your settings are already the same.',
    );
    expect(onChange).not.toHaveBeenCalled();
  });

  async function addDomain(text: string) {
    const input = byLabel('Add a site (for example example.org) or an account (its profile address, for example https://x.com/name)');
    await act(async () => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      input.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
  }

  it('allowlist: invalid input gets a message and changes nothing; a valid one is added as its registrable domain', async () => {
    const onChange = options(DEFAULT_SETTINGS);
    await addDomain('not a domain');
    expect(container.querySelector('#allow-note [role="alert"]')!.textContent).toBe(
      '“not a domain” is not a site or profile address. Type a domain such as example.org, or paste a profile address such as https://x.com/name.',
    );
    await addDomain('co.uk');
    expect(container.querySelector('#allow-note [role="alert"]')!.textContent).toContain('co.uk is shared by many sites');
    await addDomain('   ');
    expect(container.querySelector('#allow-note [role="alert"]')!.textContent).toBe("Type a site's address first.");
    expect(onChange).not.toHaveBeenCalled();
    await addDomain('https://news.example.co.uk/path');
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, allowlist: ['example.co.uk'] });
  });

  it('allowlist: a platform is refused; a profile or post address adds that account, listed as "@name on X"', async () => {
    const onChange = options(DEFAULT_SETTINGS);
    for (const input of ['t.me', 'https://x.com/home', 'www.reddit.com']) {
      await addDomain(input);
      expect(container.querySelector('#allow-note [role="alert"]')!.textContent, input).toContain('hosts many people’s accounts');
    }
    expect(onChange).not.toHaveBeenCalled();
    await addDomain('https://t.me/Institute_IBI/45');
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, allowlist: ['https://t.me/Institute_IBI'] });
    expect(container.querySelector('#allow-note')!.textContent).toContain('Institute_IBI on Telegram added.');

    options({ ...DEFAULT_SETTINGS, allowlist: ['example.org', 'https://x.com/AlertChannel', 'https://www.reddit.com/user/someone'] });
    const items = [...container.querySelectorAll('ul.allowlist li')].map((li) => li.textContent!.replace(/Remove$/, '').trim());
    expect(items).toEqual([
      'example.org',
      '@AlertChannel on X (https://x.com/AlertChannel)',
      'u/someone on Reddit (https://www.reddit.com/user/someone)',
    ]);
    expect(container.querySelector('button[aria-label="Remove @AlertChannel on X"]')).not.toBeNull();
  });

  it('allowlist entries can be removed', async () => {
    const onChange = options({ ...DEFAULT_SETTINGS, allowlist: ['example.org', 'example.com'] });
    const remove = container.querySelector('button[aria-label="Remove example.org"]') as HTMLButtonElement;
    await act(async () => remove.click());
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, allowlist: ['example.com'] });
  });
});

describe('filterCampaigns', () => {
  it('matches any name or alias, case-insensitively', async () => {
    const { filterCampaigns } = await import('../../../src/ui/components/OptionsView');
    const list = [...LISTS.campaignList, { name: 'Spamouflage', aliases: [{ name: 'Dragonbridge' }] }];
    expect(filterCampaigns(list, 'storm-1099').map((c) => c.name)).toEqual(['Doppelganger']);
    expect(filterCampaigns(list, 'DRAGON').map((c) => c.name)).toEqual(['Spamouflage']);
    expect(filterCampaigns(list, '  ')).toHaveLength(2);
    expect(filterCampaigns(list, 'nothing like this')).toEqual([]);
  });
});

describe('CampaignDetails in the report', () => {
  it('lists each attribution with its confidence, and never repeats the campaign name as an alias', async () => {
    const { CampaignDetails } = await import('../../../src/ui/components/CampaignDetails');
    const campaign = LISTS.campaigns.get('doppelganger')!;
    const lists = {
      ...LISTS,
      campaigns: new Map([
        ['doppelganger', { ...campaign, aliases: [{ name: 'Doppelganger', by: 'EU DisinfoLab' }, ...campaign.aliases] }],
      ]),
    };
    render(<CampaignDetails finding={WAPO_FINDING} lists={lists} headingLevel={3} />, container);
    const text = container.textContent!;
    expect(text).toContain('Attributed to Social Design Agency (Russia) by Meta (high confidence)');
    expect(text).toContain('Attributed to Social Design Agency (Russia) by US Department of Justice (confirmed)');
    expect(text).toContain('Also known as: RRN; Storm-1099 (Microsoft)');
    expect(text).not.toContain('Doppelganger (EU DisinfoLab)');
    expect(container.querySelector('details')).toBeNull();
  });
});

describe('a page that only links to listed sites (a research article)', () => {
  it('is never described as belonging to the operation', () => {
    const finding: Finding = {
      reason: 'links-to-flagged',
      level: 'info',
      summary: 'This page links to 2 sites or accounts in the lists (Doppelganger); the page itself is not listed.',
      campaign: { id: 'doppelganger', name: 'Doppelganger' },
      actor: { id: 'social-design-agency', name: 'Social Design Agency', country: 'RU' },
      evidence: { targets: ['https://washingtonpost.pm/', 'https://spiegel.ltd/'] },
      sources: [META],
    };
    const research = state({
      url: 'https://www.disinfo.eu/doppelganger/',
      verdict: { target: 'https://www.disinfo.eu/doppelganger/', level: 'info', findings: [finding] },
    });
    const root = popup({ kind: 'state', state: research }, LISTS, { ...noTrust, target: site('disinfo.eu') });
    expect(root.querySelector('main')!.getAttribute('data-level')).toBe('info');
    expect(root.querySelector('h1')!.textContent).toBe('This page links to 2 listed sites or accounts. The page itself is not flagged.');
    const headings = [...root.querySelectorAll('h2, h3')].map((h) => h.textContent);
    expect(headings).toContain('Who is behind the listed links');
    expect(headings).toContain('Sources for the listed links');
    expect(headings).not.toContain('Who is behind it');
    expect(root.textContent).not.toMatch(/belongs to|is run by|imitates/);
  });
});

describe('level words for an undocumented high finding', () => {
  it('an unlisted lookalike that claims the outlet is called an imitation, never "documented"', () => {
    const finding: Finding = {
      reason: 'lookalike-domain',
      level: 'high',
      summary:
        'This address uses the name of washingtonpost.com with another domain ending (.ltd), and the page calls itself The Washington Post.',
      indicator: 'washingtonpost.ltd',
      impersonates: 'washingtonpost.com',
      outlet: 'The Washington Post',
      evidence: {
        subject: 'washingtonpost.ltd',
        lookalike: 'other-suffix',
        claimedName: { source: 'og:site_name', value: 'The Washington Post' },
      },
      sources: [],
    };
    const lookalike = state({
      url: 'https://washingtonpost.ltd/',
      verdict: { target: 'https://washingtonpost.ltd/', level: 'high', findings: [finding] },
    });
    const root = popup({ kind: 'state', state: lookalike }, LISTS, { ...noTrust, target: site('washingtonpost.ltd') });
    expect(root.querySelector('[role="status"]')!.textContent).toContain('Imitation of a real outlet');
    expect(root.textContent).not.toContain('Documented influence operation');
    render(<ReportView view={{ kind: 'state', state: lookalike }} lists={LISTS} mistakeHref={null} />, container);
    expect(container.querySelector('main#report')!.getAttribute('data-level')).toBe('high');
    expect(container.textContent).not.toContain('Documented influence operation');
    // A listed impersonation keeps the documented name.
    popup({ kind: 'state', state: HIGH_STATE });
    expect(container.querySelector('[role="status"]')!.textContent).toContain('Documented influence operation');
  });
});
