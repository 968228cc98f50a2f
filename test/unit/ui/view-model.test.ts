import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Finding } from '../../../src/core/types';
import {
  adviceFor,
  checkedItems,
  evidenceText,
  findingCitation,
  formatPartialDate,
  headline,
  isCheckableUrl,
  PROJECT_REPO_URL,
  reportMistakeUrl,
  safeHttpsUrl,
  sourcesHeading,
  accountNameOf,
  canTrust,
  levelName,
  pageSubject,
  trustDomainOf,
  trustTargetOf,
} from '../../../src/ui/view-model';
import { CLEAN_STATE, DOJ, HIGH_STATE, LISTS, META, WAPO_FINDING, state } from './fixtures';
import { installMessages } from './messages';

beforeEach(() => {
  fakeBrowser.reset();
  installMessages();
});

const DOPPEL = { id: 'doppelganger', name: 'Doppelganger' };
const SDA = { id: 'social-design-agency', name: 'Social Design Agency', country: 'RU' };
const f = (partial: Partial<Finding>): Finding => ({
  reason: 'listed-domain',
  level: 'high',
  summary: 'engine summary',
  evidence: {},
  sources: [META],
  ...partial,
});

describe('headline: careful wording by role', () => {
  it('impersonation names the outlet and the operation with its country', () => {
    expect(headline(WAPO_FINDING)).toBe(
      'This site imitates The Washington Post. It belongs to Doppelganger, an influence operation from Russia.',
    );
  });

  it('uses the campaign origin from the index when the finding has no actor', () => {
    const campaign = LISTS.campaigns.get('doppelganger');
    expect(headline(f({ role: 'operated-outlet', campaign: DOPPEL }), campaign)).toBe(
      'This site is run by Doppelganger, an influence operation from Russia.',
    );
    expect(headline(f({ role: 'operated-outlet', campaign: DOPPEL }))).toBe(
      'This site is run by Doppelganger, a documented influence operation.',
    );
  });

  it('names every origin of a campaign when the finding has no actor', () => {
    // As the lists hold it: Meta's 2025 network from Belarus with links to Russia.
    const name = 'Belarus/Russia-based CIB network targeting Poland (Meta, 2025)';
    const campaign = {
      ...LISTS.campaigns.get('doppelganger')!,
      id: 'belarus-russia-poland-2025',
      name,
      aliases: [],
      attribution: [],
      origin: ['BY', 'RU'],
    };
    expect(headline(f({ reason: 'listed-account', role: 'persona', campaign: { id: campaign.id, name } }), campaign)).toBe(
      `This account is run by ${name}, an influence operation from Belarus and Russia.`,
    );
  });

  it('redirectors and phishing hosts are "reported as", stale redirectors say they may have changed hands', () => {
    expect(headline(f({ role: 'redirector', campaign: DOPPEL, actor: SDA }))).toBe(
      'This address was reported as a redirect link used by Doppelganger, an influence operation from Russia.',
    );
    expect(headline(f({ role: 'redirector', level: 'low', campaign: DOPPEL, evidence: { stale: true } }))).toMatch(
      /reported long ago .* may have changed hands since\.$/,
    );
    const phishing = headline(
      f({
        role: 'phishing',
        campaign: { id: 'star-blizzard', name: 'Star Blizzard' },
        actor: { id: 'fsb', name: 'Federal Security Service of the Russian Federation', country: 'RU' },
      }),
    );
    expect(phishing).toBe('This site was reported as a password-phishing site used by Star Blizzard (Russia).');
  });

  it('an amplifier is named by its source and never said to be run by the operation', () => {
    const text = headline(f({ reason: 'listed-account', level: 'medium', role: 'amplifier', campaign: DOPPEL, sources: [DOJ] }));
    expect(text).toBe(
      'US Department of Justice named this account as spreading content of Doppelganger. It does not say the account is run by the operation.',
    );
    expect(text).not.toMatch(/is run by Doppelganger|belongs to/);
  });

  it('a persona account is run by the operation', () => {
    expect(headline(f({ reason: 'listed-account', role: 'persona', campaign: DOPPEL, actor: SDA }))).toBe(
      'This account is run by Doppelganger, an influence operation from Russia.',
    );
  });

  it('a placed article flags that article, never the outlet it sits on', () => {
    const text = headline(f({ reason: 'listed-url', level: 'medium', role: 'placed-article', campaign: DOPPEL, actor: SDA }));
    expect(text).toContain('This article was placed on this site by Doppelganger');
    expect(text).toContain('The rest of the site is not flagged.');
  });

  it('a medium lookalike says only that the address looks like the outlet', () => {
    const text = headline(
      f({
        reason: 'lookalike-domain',
        level: 'medium',
        impersonates: 'washingtonpost.com',
        outlet: 'The Washington Post',
        evidence: { subject: 'washingtonpost.pm', lookalike: 'other-suffix' },
      }),
    );
    expect(text).toBe('This address looks like washingtonpost.com but is not it.');
  });

  it('a high lookalike that claims the name says both', () => {
    const text = headline(
      f({
        reason: 'lookalike-domain',
        impersonates: 'washingtonpost.com',
        outlet: 'The Washington Post',
        evidence: {
          subject: 'washingtonpost.ltd',
          lookalike: 'other-suffix',
          claimedName: { source: 'og:site_name', value: 'The Washington Post' },
        },
      }),
    );
    expect(text).toBe('This site presents itself as The Washington Post, but its address only looks like washingtonpost.com.');
  });

  it('claimed names and brands, rewrite artifacts and links have their own calm sentences', () => {
    expect(
      headline(
        f({
          reason: 'claims-outlet-name',
          level: 'medium',
          impersonates: 'spiegel.de',
          outlet: 'DER SPIEGEL',
          evidence: { claimedName: { source: 'title', value: 'DER SPIEGEL' } },
        }),
      ),
    ).toBe("This page presents itself as DER SPIEGEL, but it is not on DER SPIEGEL's official address, spiegel.de.");
    expect(
      headline(
        f({
          reason: 'claims-campaign-brand',
          level: 'medium',
          campaign: DOPPEL,
          actor: SDA,
          evidence: { claimedName: { source: 'og:site_name', value: 'RRN' } },
        }),
      ),
    ).toBe('This page uses the name “RRN”, a brand of Doppelganger, an influence operation from Russia.');
    expect(headline(f({ reason: 'rewrite-artifact', level: 'low', evidence: { phrase: 'as an AI language model' } }))).toMatch(
      /weak signal\.$/,
    );
    expect(
      headline(
        f({ reason: 'links-to-flagged', level: 'info', evidence: { targets: ['https://washingtonpost.pm/a', 'https://spiegel.ltd/b'] } }),
      ),
    ).toBe('This page links to 2 listed sites or accounts. The page itself is not flagged.');
  });

  it('one listed link reads as one, not "1 sites"', () => {
    expect(headline(f({ reason: 'links-to-flagged', level: 'info', evidence: { targets: ['https://spiegel.ltd/b'] } }))).toBe(
      'This page links to a listed site or account. The page itself is not flagged.',
    );
  });

  it('is never alarmist', () => {
    const roles = [
      'impersonation',
      'operated-outlet',
      'redirector',
      'phishing',
      'persona',
      'amplifier',
      'placed-article',
      'infrastructure',
    ] as const;
    for (const role of roles) {
      const text = headline(f({ role, campaign: DOPPEL, actor: SDA, outlet: 'The Washington Post' }));
      expect(text).not.toMatch(/!|danger|warning|alert|fake news/i);
    }
  });
});

describe('evidenceText', () => {
  it('says why in words: listed by whom, and the lookalike kind', () => {
    expect(evidenceText(WAPO_FINDING)).toEqual([
      'washingtonpost.pm is listed by Meta and US Department of Justice.',
      'washingtonpost.pm uses the name of washingtonpost.com with another domain ending.',
    ]);
  });

  it('names the claimed name and where the page gave it, and the spelling change', () => {
    const lines = evidenceText(
      f({
        reason: 'lookalike-domain',
        impersonates: 'washingtonpost.com',
        evidence: {
          subject: 'washingtonpst.com',
          lookalike: 'edit',
          edit: 'omission',
          claimedName: { source: 'og:site_name', value: 'The Washington Post' },
        },
      }),
    );
    expect(lines).toEqual([
      'washingtonpst.com differs from washingtonpost.com by a small spelling change (a letter left out).',
      'The page calls itself “The Washington Post” (in its site-name tag).',
    ]);
  });

  it('flags a secondary-only finding and stale reports', () => {
    const lines = evidenceText(
      f({
        role: 'redirector',
        indicator: 'redirect.example',
        evidence: { stale: true },
        sources: [{ ...META, publisher: 'DIMA (M82 Project)', tier: 'secondary' }],
      }),
    );
    expect(lines).toContain('It was reported long ago; such addresses often change hands.');
    expect(lines).toContain('This comes from a secondary compilation (DIMA (M82 Project)), not from the original report.');
    expect(evidenceText(WAPO_FINDING).join(' ')).not.toContain('secondary');
  });

  it('a listed URL says other pages on the site are not listed', () => {
    expect(evidenceText(f({ reason: 'listed-url', role: 'placed-article' }))).toEqual([
      'This exact page address is listed by Meta. Other pages on this site are not.',
    ]);
  });
});

describe('sourcesHeading', () => {
  it('says what the sources are about', () => {
    expect(sourcesHeading(WAPO_FINDING)).toBe('Sources');
    expect(sourcesHeading(f({ reason: 'links-to-flagged', level: 'info' }))).toBe('Sources for the listed links');
    expect(sourcesHeading(f({ reason: 'lookalike-domain', level: 'medium', impersonates: 'washingtonpost.com' }))).toBe(
      'Context: reports that this outlet has been imitated',
    );
  });
});

describe('adviceFor', () => {
  it('sends readers of an imitation to the real outlet over https', () => {
    const [first] = adviceFor(WAPO_FINDING);
    expect(first).toEqual({
      text: 'Read The Washington Post on its official address:',
      href: 'https://washingtonpost.com/',
      linkText: 'washingtonpost.com',
    });
  });

  it('tells people never to enter credentials on a phishing host, and how to check an account', () => {
    expect(
      adviceFor(f({ role: 'phishing' }))
        .map((a) => a.text)
        .join(' '),
    ).toMatch(/Do not enter a password/);
    expect(
      adviceFor(f({ reason: 'listed-account', role: 'persona' }))
        .map((a) => a.text)
        .join(' '),
    ).toMatch(/To check an account/);
    expect(
      adviceFor(f({ role: 'operated-outlet' }))
        .map((a) => a.text)
        .join(' '),
    ).not.toMatch(/password/);
  });
});

describe('safeHttpsUrl', () => {
  it('keeps https only', () => {
    expect(safeHttpsUrl('https://www.justice.gov/opa/pr/x')).toBe('https://www.justice.gov/opa/pr/x');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'http://example.org/',
      'data:text/html,x',
      'ftp://x.org/',
      'not a url',
      '',
      undefined,
    ]) {
      expect(safeHttpsUrl(bad)).toBeNull();
    }
  });
});

describe('reportMistakeUrl', () => {
  it('prefills an issue on the project tracker with the page, level and reasons, without the query string', () => {
    const url = new URL(reportMistakeUrl(HIGH_STATE, '0.1.0'));
    expect(`${url.origin}${url.pathname}`).toBe(`${PROJECT_REPO_URL}/issues/new`);
    expect(url.searchParams.get('title')).toBe('Possible mistake: high on washingtonpost.pm');
    const body = url.searchParams.get('body')!;
    // The site only: the path says what the person read, the query and fragment may carry tokens.
    expect(body).toContain('Page: https://washingtonpost.pm/ (path left out)\n');
    expect(body).not.toContain('politics');
    expect(body).toContain('Level shown: high');
    expect(body).toContain('listed-domain (high) washingtonpost.pm');
    expect(body).toContain('[Meta, US Department of Justice]');
    expect(body).toContain('Unmask version: 0.1.0');
    expect(body).not.toContain('token=secret');
    expect(body).not.toContain('utm_source');
  });
  it('carries the full address only when the person asks for it', () => {
    const body = new URL(reportMistakeUrl(HIGH_STATE, '0.1.0', 'full')).searchParams.get('body')!;
    expect(body).toContain(`Page: ${HIGH_STATE.url}\n`);
  });
});

describe('checkedItems', () => {
  it('says what was checked, with counts from the lists', () => {
    expect(checkedItems(CLEAN_STATE, LISTS)).toEqual([
      'The address, against 2 listed sites and 1 listed accounts.',
      'Lookalikes of 2 protected news outlets and institutions.',
      'The name the page gives itself: The Washington Post.',
      '212 links on the page.',
      'Lists version 2026.11.21.',
    ]);
  });
  it('says when only the address was judged, and works without the lists', () => {
    const lines = checkedItems(state({ ...CLEAN_STATE, phase: 'url', checked: undefined }), null);
    expect(lines).toEqual([
      'The address, against the listed sites and accounts.',
      "Only the address so far: the page's content has not been read (yet).",
      'Lists version 2026.11.21.',
    ]);
  });
});

describe('small helpers', () => {
  it('trustDomainOf gives the registrable domain, or null for pages without one', () => {
    expect(trustDomainOf('https://news.example.co.uk/a?b')).toBe('example.co.uk');
    expect(trustDomainOf('https://someone.github.io/x')).toBe('someone.github.io');
    expect(trustDomainOf('chrome://extensions/')).toBeNull();
    expect(trustDomainOf('about:blank')).toBeNull();
  });
  it('isCheckableUrl refuses browser pages and extension stores', () => {
    expect(isCheckableUrl('https://washingtonpost.pm/')).toBe(true);
    expect(isCheckableUrl('chrome://newtab/')).toBe(false);
    expect(isCheckableUrl('about:addons')).toBe(false);
    expect(isCheckableUrl('https://chromewebstore.google.com/detail/x')).toBe(false);
    expect(isCheckableUrl('https://addons.mozilla.org/en-US/firefox/')).toBe(false);
    expect(isCheckableUrl(undefined)).toBe(false);
  });
  it('formatPartialDate keeps the precision the source gives', () => {
    expect(formatPartialDate('2024-09-04')).toBe('September 4, 2024');
    expect(formatPartialDate('2023-08')).toBe('August 2023');
    expect(formatPartialDate('2022')).toBe('2022');
    expect(formatPartialDate('sometime')).toBe('sometime');
  });
  it('findingCitation is plain text with the links', () => {
    const text = findingCitation(WAPO_FINDING, 'https://washingtonpost.pm/');
    expect(text).toContain('Page: https://washingtonpost.pm/');
    // Query and fragment left out unless the person asks for the full address.
    const page = 'https://washingtonpost.pm/politics/a.html?session=abc#comments';
    expect(findingCitation(WAPO_FINDING, page)).toContain('Page: https://washingtonpost.pm/politics/a.html\n');
    expect(findingCitation(WAPO_FINDING, page)).not.toMatch(/session|comments/);
    expect(findingCitation(WAPO_FINDING, page, 'full')).toContain(`Page: ${page}\n`);
    expect(text).toContain(`- Meta, "${META.title}", 2023-08. ${META.url}`);
    expect(text).toContain(DOJ.url);
  });
});

describe('accounts in words, and what "trust" trusts', () => {
  it('names an account the way each platform writes it', () => {
    const cases: [string, string][] = [
      ['https://twitter.com/AlertChannel/status/1', '@AlertChannel on X'],
      ['https://t.me/institute_ibi/45', 'institute_ibi on Telegram'],
      ['https://www.tiktok.com/@camille_lefevre_fr', '@camille_lefevre_fr on TikTok'],
      ['https://www.youtube.com/@SomeName/videos', '@SomeName on YouTube'],
      ['https://www.youtube.com/channel/UCHa42HrKBenuE2BdmOHqlfA', 'UCHa42HrKBenuE2BdmOHqlfA on YouTube'],
      ['https://old.reddit.com/user/Some_Name/comments', 'u/Some_Name on Reddit'],
      ['https://www.instagram.com/some.name/', '@some.name on Instagram'],
      ['https://www.facebook.com/profile.php?id=1234', '1234 on Facebook'],
      ['https://burkeinstitute.substack.com/p/a', 'burkeinstitute on Substack'],
      ['https://bsky.app/profile/name.bsky.social', '@name.bsky.social on Bluesky'],
      ['https://vk.com/somename', 'somename on VK'],
    ];
    for (const [url, words] of cases) expect(accountNameOf(url), url).toBe(words);
    expect(accountNameOf('https://x.com/home')).toBeNull();
    expect(accountNameOf('https://example.org/')).toBeNull();
  });

  it('the banner names the account on a platform and the site elsewhere, never just "x.com"', () => {
    expect(pageSubject('https://x.com/AlertChannel/status/1')).toBe('@AlertChannel on X');
    expect(pageSubject('https://news.washingtonpost.pm/a')).toBe('washingtonpost.pm');
    expect(pageSubject('https://x.com/home')).toBe('x.com');
  });

  it('"Why" names a listed account in words, not as its URL', () => {
    const lines = evidenceText(
      f({ reason: 'listed-account', role: 'persona', evidence: { subject: 'https://t.me/institute_ibi/45' }, sources: [META] }),
    );
    expect(lines[0]).toBe('The account institute_ibi on Telegram is listed by Meta.');
    expect(lines.join(' ')).not.toContain('https://');
  });

  it('trust on a platform is the account (its profile URL), never the platform; a feed offers none', () => {
    expect(trustTargetOf('https://t.me/Institute_IBI/45')).toEqual({
      entry: 'https://t.me/Institute_IBI',
      kind: 'account',
      label: 'Institute_IBI on Telegram',
    });
    expect(trustTargetOf('https://name.substack.com/p/post')).toEqual({
      entry: 'https://name.substack.com/',
      kind: 'account',
      label: 'name on Substack',
    });
    for (const url of ['https://t.me/', 'https://x.com/home', 'https://www.reddit.com/r/news/', 'https://www.youtube.com/watch?v=1']) {
      expect(trustTargetOf(url), url).toBeNull();
    }
    expect(trustTargetOf('https://news.washingtonpost.pm/a')).toEqual({
      entry: 'washingtonpost.pm',
      kind: 'site',
      label: 'washingtonpost.pm',
    });
    // A site whose findings are about an account on it (a platform Unmask cannot read) is not offered.
    const persona = f({ reason: 'listed-url', role: 'persona' });
    expect(canTrust(trustTargetOf('https://gab.com/someone'), [persona])).toBe(false);
    expect(canTrust(trustTargetOf('https://t.me/someone'), [persona])).toBe(true);
    expect(canTrust(null, [persona])).toBe(false);
  });

  it('an amplifier has a level name of its own, never "likely imitation" or "documented influence operation"', () => {
    const amplifier = f({ reason: 'listed-account', level: 'medium', role: 'amplifier' });
    expect(levelName('medium', amplifier)).toBe('Named as spreading an operation’s content');
    expect(levelName('high', { ...amplifier, level: 'high' })).toBe('Named as spreading an operation’s content');
    expect(levelName('medium', f({ reason: 'lookalike-domain', level: 'medium' }))).toBe('Likely imitation or secondary report');
    // Links to an amplifier are about the links.
    expect(levelName('info', f({ reason: 'links-to-flagged', level: 'info', role: 'amplifier' }))).toBe(levelName('info'));
  });
});
