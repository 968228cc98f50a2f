/**
 * The list checks on fixture trees: the good tree passes, and each seeded mistake fails with the
 * exact line a list maintainer sees ("Checks" and "Seeded bad data").
 */
import { describe, expect, it } from 'vitest';
import { readListTree } from '../../../src/lists/load';
import { formatProblem, validateLists } from '../../../src/lists/validate';
import { GOOD, NOW, entry, goodTree, problemsOf, type Entry, type Tree } from './helpers';

const DOPP = 'indicators/doppelganger.json';
const META = 'meta-q2-2023-doppelganger-iocs';

/** A copy of the good tree with one mistake. */
function seeded(mistake: (tree: Tree) => void): Tree {
  const tree = goodTree();
  mistake(tree);
  return tree;
}

function indicator(fields: Partial<Entry>): Entry {
  return {
    value: 'example-clone.com',
    kind: 'domain',
    platform: 'web',
    role: 'operated-outlet',
    campaign: 'doppelganger',
    sources: [META],
    ...fields,
  };
}

/** Adds an indicator to the Doppelganger file. */
function addIndicator(fields: Partial<Entry>): Tree {
  return seeded((tree) => tree[DOPP]?.push(indicator(fields)));
}

/** A second campaign (with its file), for cross-file duplicates and contradictions. */
function withSecondCampaign(tree: Tree, indicators: Entry[]): void {
  const campaign = structuredClone(entry(tree, 'campaigns.json', 'doppelganger'));
  campaign.id = 'storm-1516';
  campaign.name = 'Storm-1516';
  tree['campaigns.json']?.push(campaign);
  tree['indicators/storm-1516.json'] = indicators.map((i) => ({ ...i, campaign: 'storm-1516' }));
}

describe('the good fixture tree', () => {
  it('passes every check, including formatting', () => {
    const result = validateLists(readListTree(GOOD), { now: NOW });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.lists.indicators).toHaveLength(4);
    expect(result.lists.outlets.map((o) => o.id)).toEqual(['bild', 'der-spiegel', 'washington-post']);
  });
});

describe('seeded mistakes fail with a message naming the file and the entry', () => {
  it('unknown campaign id', () => {
    const tree = seeded((tree) => {
      entry(tree, 'text-artifacts.json', 'fixture-rewrite-prompt').campaigns = ['doppelgänger'];
    });
    expect(problemsOf(tree)).toEqual([
      'lists/text-artifacts.json: fixture-rewrite-prompt: campaigns[0] "doppelgänger" must be kebab-case (a-z, 0-9, single hyphens)',
      'lists/text-artifacts.json: fixture-rewrite-prompt: campaigns[0]: unknown campaign "doppelgänger" (not in lists/campaigns.json)',
    ]);
    const tree2 = seeded((tree) => {
      entry(tree, 'text-artifacts.json', 'fixture-rewrite-prompt').campaigns = ['doppelgangers'];
    });
    expect(problemsOf(tree2)).toEqual([
      'lists/text-artifacts.json: fixture-rewrite-prompt: campaigns[0]: unknown campaign "doppelgangers" (not in lists/campaigns.json)',
    ]);
  });

  it('an indicator file for a campaign that does not exist', () => {
    const tree = seeded((tree) => {
      tree['indicators/rrn.json'] = [indicator({ campaign: 'rrn', value: 'rrn.media' })];
    });
    expect(problemsOf(tree)).toEqual([
      'lists/indicators/rrn.json: rrn.media: campaign: unknown campaign "rrn" (not in lists/campaigns.json)',
      'lists/indicators/rrn.json: no campaign "rrn" in lists/campaigns.json: add the campaign first, or rename the file',
    ]);
  });

  it("an indicator whose campaign is not its file's campaign", () => {
    const tree = seeded((tree) => withSecondCampaign(tree, []));
    tree[DOPP]?.push(indicator({ campaign: 'storm-1516' }));
    expect(problemsOf(tree)).toEqual([
      'lists/indicators/doppelganger.json: example-clone.com: campaign "storm-1516" does not match the file\'s campaign "doppelganger": move the entry to lists/indicators/storm-1516.json or fix its campaign',
    ]);
  });

  it('unknown actor and unknown source', () => {
    const tree = seeded((tree) => {
      const campaign = entry(tree, 'campaigns.json', 'doppelganger');
      (campaign.attribution as Entry[])[0]!.actor = 'sda';
      entry(tree, DOPP, 'bild.work').sources = ['meta-q2-2023'];
    });
    expect(problemsOf(tree)).toEqual([
      'lists/campaigns.json: doppelganger: attribution[0].actor: unknown actor "sda" (not in lists/actors.json)',
      'lists/indicators/doppelganger.json: bild.work: sources[0]: unknown source "meta-q2-2023" (not in lists/sources.json)',
    ]);
  });

  it('an http source', () => {
    const tree = seeded((tree) => {
      entry(tree, 'sources.json', META).url = 'http://github.com/facebook/threat-research';
    });
    expect(problemsOf(tree)).toEqual([
      'lists/sources.json: meta-q2-2023-doppelganger-iocs: url "http://github.com/facebook/threat-research" must start with https://',
    ]);
  });

  it('a public suffix from the private section (blogspot.com) and from the ICANN section (co.uk)', () => {
    expect(problemsOf(addIndicator({ value: 'blogspot.com' }))).toEqual([
      'lists/indicators/doppelganger.json: blogspot.com: "blogspot.com" is a public suffix (Public Suffix List, private section included): it would flag every site under it; list the one site\'s host instead (e.g. name.blogspot.com)',
    ]);
    expect(problemsOf(addIndicator({ value: 'co.uk' }))).toEqual([
      'lists/indicators/doppelganger.json: co.uk: "co.uk" is a public suffix (Public Suffix List, private section included): it would flag every site under it; list the one site\'s host instead (e.g. name.co.uk)',
    ]);
    // A site on a private-section suffix is a site of its own and fine.
    expect(problemsOf(addIndicator({ value: 'thlhasa.blogspot.com' }))).toEqual([]);
  });

  it('a www. prefix, upper case, a scheme, a path, and an IDN not in punycode', () => {
    expect(problemsOf(addIndicator({ value: 'www.spiegel.pm' }))).toEqual([
      'lists/indicators/doppelganger.json: www.spiegel.pm: domain is not normalised (starts with "www."): write "spiegel.pm"',
    ]);
    expect(problemsOf(addIndicator({ value: 'Spiegel.PM' }))).toEqual([
      'lists/indicators/doppelganger.json: Spiegel.PM: domain is not normalised (has upper-case letters): write "spiegel.pm"',
    ]);
    expect(problemsOf(addIndicator({ value: 'https://spiegel.pm' }))).toEqual([
      'lists/indicators/doppelganger.json: https://spiegel.pm: domain must be a bare host without a scheme: write "spiegel.pm"',
    ]);
    expect(problemsOf(addIndicator({ value: 'spiegel.pm/politik' }))).toEqual([
      'lists/indicators/doppelganger.json: spiegel.pm/politik: domain must be a bare host without a path: write "spiegel.pm"',
    ]);
    expect(problemsOf(addIndicator({ value: 'wаshingtonpost.com' }))).toEqual([
      'lists/indicators/doppelganger.json: wаshingtonpost.com: domain is not normalised (is not punycode): write "xn--wshingtonpost-w1k.com"',
    ]);
  });

  it("a protected outlet's official domain (or a sub-domain of one) listed as an indicator", () => {
    expect(problemsOf(addIndicator({ value: 'washingtonpost.com' }))).toEqual([
      'lists/indicators/doppelganger.json: washingtonpost.com: "washingtonpost.com" is an official domain of the protected outlet "washington-post" (The Washington Post): never list a real outlet; list the lookalike domain, or the placed item\'s exact URL as kind "url" with role "placed-article"',
    ]);
    expect(problemsOf(addIndicator({ value: 'politik.spiegel.de' }))).toEqual([
      'lists/indicators/doppelganger.json: politik.spiegel.de: "politik.spiegel.de" is under "spiegel.de", an official domain of the protected outlet "der-spiegel" (DER SPIEGEL): never list a real outlet; list the lookalike domain, or the placed item\'s exact URL as kind "url" with role "placed-article"',
    ]);
    // A placed article on a real outlet is listed as that one URL, and that is fine...
    expect(
      problemsOf(addIndicator({ value: 'https://www.washingtonpost.com/opinions/1', kind: 'url', role: 'placed-article' })),
    ).toEqual([]);
    // ...but a URL on a real outlet cannot be anything else.
    expect(problemsOf(addIndicator({ value: 'https://www.washingtonpost.com/opinions/1', kind: 'url' }))).toEqual([
      'lists/indicators/doppelganger.json: https://www.washingtonpost.com/opinions/1: is on "washingtonpost.com", an official domain of the protected outlet "washington-post" (The Washington Post): a URL on a real outlet can only be role "placed-article"',
    ]);
  });

  it('a whole platform listed as a domain', () => {
    expect(problemsOf(addIndicator({ value: 'x.com' }))).toEqual([
      'lists/indicators/doppelganger.json: x.com: "x.com" is the platform x itself: listing it would flag everyone there; list the account (kind "handle") or the one URL (kind "url")',
    ]);
    expect(problemsOf(addIndicator({ value: 'm.facebook.com' }))).toEqual([
      'lists/indicators/doppelganger.json: m.facebook.com: "m.facebook.com" is part of the platform facebook (facebook.com), not a site of its own: listing it would flag everyone there; list the account (kind "handle") or the one URL (kind "url")',
    ]);
    expect(problemsOf(addIndicator({ value: 'change.org' }))).toEqual([
      'lists/indicators/doppelganger.json: change.org: "change.org" is a platform that hosts other people\'s sites and pages: listing it would flag everyone there; list the account (kind "handle") or the one URL (kind "url")',
    ]);
    expect(problemsOf(addIndicator({ value: 'ca.pinterest.com' }))[0]).toContain(
      '"ca.pinterest.com" is part of the platform pinterest (pinterest.com), not a site of its own',
    );
    expect(problemsOf(addIndicator({ value: 'pinterest.co.uk' }))[0]).toContain('"pinterest.co.uk" is the platform pinterest itself');
    // A site of its own on a platform is fine.
    expect(problemsOf(addIndicator({ value: 'rrn.substack.com' }))).toEqual([]);
    expect(problemsOf(addIndicator({ value: 'alinari.tilda.ws', role: 'redirector', firstReported: '2023-11-30' }))).toEqual([]);
  });

  it('a redirector or phishing host without a date', () => {
    const { firstReported: _, ...undated } = indicator({ value: 'jiraboom.pro', role: 'redirector' });
    void _;
    expect(problemsOf(seeded((tree) => tree[DOPP]?.push(undated)))).toEqual([
      'lists/indicators/doppelganger.json: jiraboom.pro: role "redirector" is time-bound: give "firstReported" (when the source first reported it; the source\'s own date if it gives none)',
    ]);
    expect(problemsOf(addIndicator({ value: 'jiraboom.pro', role: 'phishing', firstReported: '2023-11-30' }))).toEqual([]);
  });

  it('a placed article listed as a whole domain', () => {
    expect(problemsOf(addIndicator({ value: 'iol.co.za', role: 'placed-article' }))).toEqual([
      'lists/indicators/doppelganger.json: iol.co.za: role "placed-article" needs kind "url": flag that one URL, never the whole site or account',
    ]);
  });

  it('a duplicate, in one file and across files', () => {
    const inFile = addIndicator({ value: 'spiegel.ltd', role: 'impersonation', impersonates: 'der-spiegel' });
    expect(problemsOf(inFile)).toEqual([
      'lists/indicators/doppelganger.json: spiegel.ltd: duplicate: the same domain is already listed in lists/indicators/doppelganger.json: keep one entry',
    ]);
    // The same account spelled two ways (twitter.com and x.com, other case) is one account.
    const handles = seeded((tree) => {
      tree[DOPP]?.push(indicator({ value: 'https://twitter.com/RRN_Media', kind: 'handle', platform: 'x', role: 'persona' }));
      tree[DOPP]?.push(indicator({ value: 'https://x.com/rrn_media', kind: 'handle', platform: 'x', role: 'persona' }));
    });
    expect(problemsOf(handles)).toEqual([
      'lists/indicators/doppelganger.json: https://x.com/rrn_media: duplicate: the same account ("https://twitter.com/RRN_Media") is already listed in lists/indicators/doppelganger.json: keep one entry',
    ]);
    // A host listed as a domain and as a hosted account is one site.
    const hosted = seeded((tree) => {
      tree[DOPP]?.push(indicator({ value: 'thlhasa.blogspot.com', role: 'persona' }));
      tree[DOPP]?.push(indicator({ value: 'thlhasa.blogspot.com', kind: 'handle', platform: 'other', role: 'persona' }));
    });
    expect(problemsOf(hosted)).toEqual([
      'lists/indicators/doppelganger.json: thlhasa.blogspot.com: duplicate: the same host ("thlhasa.blogspot.com", kind "domain") is already listed in lists/indicators/doppelganger.json: keep one entry',
    ]);
  });

  it('a contradiction: the same value for two campaigns, or with two roles', () => {
    const campaigns = seeded((tree) =>
      withSecondCampaign(tree, [indicator({ value: 'spiegel.ltd', role: 'impersonation', impersonates: 'der-spiegel' })]),
    );
    expect(problemsOf(campaigns)).toEqual([
      'lists/indicators/storm-1516.json: spiegel.ltd: contradiction: lists/indicators/doppelganger.json lists the same domain for campaign "doppelganger" as "impersonation", here it is campaign "storm-1516" as "impersonation": a value has one campaign and one role; keep the one its source supports',
    ]);
    const roles = addIndicator({ value: 'bild.work', role: 'redirector', firstReported: '2022-10-11' });
    expect(problemsOf(roles)).toEqual([
      'lists/indicators/doppelganger.json: bild.work: contradiction: lists/indicators/doppelganger.json lists the same domain for campaign "doppelganger" as "impersonation", here it is campaign "doppelganger" as "redirector": a value has one campaign and one role; keep the one its source supports',
    ]);
  });

  it("a url on a host that the same campaign lists as its own domain", () => {
    const tree = addIndicator({ value: 'https://news.bild.work/article/1', kind: 'url', role: 'placed-article' });
    expect(problemsOf(tree)).toEqual([
      'lists/indicators/doppelganger.json: https://news.bild.work/article/1: its host is covered by the domain "bild.work" of the same campaign (lists/indicators/doppelganger.json): a url entry means the operator does not control the host; remove the url entry or the domain entry',
    ]);
  });

  it('a missing source, and an empty source list', () => {
    const missing = seeded((tree) => {
      delete entry(tree, DOPP, 'spiegel.ltd').sources;
    });
    expect(problemsOf(missing)).toEqual([
      'lists/indicators/doppelganger.json: spiegel.ltd: missing required field "sources"',
    ]);
    const empty = seeded((tree) => {
      entry(tree, 'campaigns.json', 'doppelganger').sources = [];
    });
    expect(problemsOf(empty)).toEqual([
      'lists/campaigns.json: doppelganger: sources is empty: cite at least one source',
    ]);
  });

  it('a source nothing cites', () => {
    const tree = seeded((tree) => {
      tree['sources.json']?.push({ ...entry(tree, 'sources.json', META), id: 'meta-q3-2023-unused' });
    });
    expect(problemsOf(tree)).toEqual([
      'lists/sources.json: meta-q3-2023-unused: not cited by any entry: cite it where it is the evidence, or remove it',
    ]);
  });

  it('bad dates: not a date, not a real date, in the future, out of order', () => {
    expect(problemsOf(seeded((t) => void (entry(t, DOPP, 'bild.work').firstReported = '11/10/2022')))).toEqual([
      'lists/indicators/doppelganger.json: bild.work: firstReported "11/10/2022" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
    expect(problemsOf(seeded((t) => void (entry(t, DOPP, 'bild.work').firstReported = '2023-02-29')))).toEqual([
      'lists/indicators/doppelganger.json: bild.work: firstReported "2023-02-29" is not a real date (no such day in that month)',
    ]);
    expect(problemsOf(seeded((t) => void (entry(t, DOPP, 'bild.work').firstReported = '2024-02-29')))).toEqual([]);
    expect(problemsOf(seeded((t) => void (entry(t, 'sources.json', META).date = '2026-12')))).toEqual([
      'lists/sources.json: meta-q2-2023-doppelganger-iocs: date "2026-12" is in the future (today is 2026-11-21)',
    ]);
    expect(
      problemsOf(seeded((t) => void (entry(t, 'campaigns.json', 'doppelganger').active = { from: '2023-05', to: '2022' }))),
    ).toEqual(['lists/campaigns.json: doppelganger: active.from "2023-05" is after active.to "2022"']);
  });

  it('a bad DISARM id', () => {
    const tree = seeded((tree) => {
      const tactics = entry(tree, 'campaigns.json', 'doppelganger').tactics as Entry[];
      tactics[0]!.id = 'T149.3';
    });
    expect(problemsOf(tree)).toEqual([
      'lists/campaigns.json: doppelganger: tactics[0].id "T149.3" is not a DISARM technique id (T0000 or T0000.000)',
    ]);
  });

  it('an unknown key, with a suggestion for a typo', () => {
    const tree = seeded((tree) => {
      const e = entry(tree, DOPP, 'spiegel.ltd');
      e.sorces = e.sources;
      delete e.sources;
    });
    expect(problemsOf(tree)).toEqual([
      'lists/indicators/doppelganger.json: spiegel.ltd: unknown field "sorces" (did you mean "sources"?)',
      'lists/indicators/doppelganger.json: spiegel.ltd: missing required field "sources"',
    ]);
    const nested = seeded((tree) => {
      (entry(tree, 'campaigns.json', 'doppelganger').targets as Entry).langs = ['de'];
    });
    expect(problemsOf(nested)).toEqual([
      'lists/campaigns.json: doppelganger: unknown field "targets.langs" (did you mean "languages"?)',
    ]);
  });

  it('bad enums, ids, country codes and types', () => {
    const tree = seeded((tree) => {
      entry(tree, 'sources.json', META).tier = 'primary';
      entry(tree, 'actors.json', 'social-design-agency').country = 'ru';
      entry(tree, 'protected-outlets.json', 'bild').country = 'GER';
      entry(tree, DOPP, 'spiegel.ltd').role = 'outlet';
      entry(tree, DOPP, 'bild.work').brands = 'BILD';
    });
    expect(problemsOf(tree)).toEqual([
      'lists/actors.json: social-design-agency: country "ru" must be an ISO 3166-1 alpha-2 code in upper case (e.g. "US")',
      'lists/indicators/doppelganger.json: bild.work: brands must be an array, not a string',
      'lists/indicators/doppelganger.json: spiegel.ltd: role "outlet" is not one of: operated-outlet, impersonation, redirector, phishing, persona, amplifier, placed-article, infrastructure',
      'lists/protected-outlets.json: bild: country "GER" must be an ISO 3166-1 alpha-2 code in upper case (e.g. "US"), or "INT"',
      'lists/sources.json: meta-q2-2023-doppelganger-iocs: tier "primary" is not one of: primary-indicator-file, primary-report, secondary',
    ]);
    const ids = seeded((tree) => {
      entry(tree, 'protected-outlets.json', 'washington-post').id = 'Washington_Post';
    });
    expect(problemsOf(ids)).toEqual([
      'lists/protected-outlets.json: Washington_Post: id "Washington_Post" must be kebab-case (a-z, 0-9, single hyphens)',
    ]);
  });

  it('duplicate ids', () => {
    const tree = seeded((tree) => {
      tree['actors.json']?.push(structuredClone(entry(tree, 'actors.json', 'social-design-agency')));
    });
    expect(problemsOf(tree)).toEqual([
      'lists/actors.json: social-design-agency: duplicate actor id (first defined in lists/actors.json): ids must be unique',
    ]);
  });

  it('protected outlets: an override of a label it does not have; hand-written weakLabels', () => {
    const tree = seeded((t) => void (entry(t, 'protected-outlets.json', 'bild').labelOverrides = [{ label: 'bilt', is: 'weak', reason: 'x' }]));
    expect(problemsOf(tree)).toEqual([
      'lists/protected-outlets.json: bild: labelOverrides[0] "bilt" is not the name part of any of its domains (bild)',
    ]);
    const hand = seeded((t) => void (entry(t, 'protected-outlets.json', 'der-spiegel').weakLabels = ['spiegel']));
    expect(problemsOf(hand)).toEqual([
      'lists/protected-outlets.json: der-spiegel: weakLabels is generated by `npm run lists` from the weak-label rule: remove it, and write a labelOverrides entry with a reason where the rule is wrong',
    ]);
  });

  it('protected outlets: registrable, unique domains', () => {
    const sub = seeded((t) => void (entry(t, 'protected-outlets.json', 'bild').domains = ['bild.de', 'm.bild.de']));
    expect(problemsOf(sub)).toEqual([
      'lists/protected-outlets.json: bild: domains[1] "m.bild.de" is not a registrable domain: list "bild.de" (its sub-domains are covered)',
    ]);
    const shared = seeded((t) => void (entry(t, 'protected-outlets.json', 'bild').domains = ['bild.de', 'spiegel.de']));
    expect(problemsOf(shared)).toEqual([
      'lists/protected-outlets.json: der-spiegel: domains[0] "spiegel.de" is also an official domain of outlet "bild": a domain belongs to one outlet',
    ]);
    const suffix = seeded((t) => {
      const bild = entry(t, 'protected-outlets.json', 'bild');
      bild.domains = ['gov.uk'];
      delete bild.labelOverrides;
    });
    expect(problemsOf(suffix)).toEqual([
      'lists/protected-outlets.json: bild: domains[0] "gov.uk" is a public suffix: an outlet\'s domain must be a registrable domain',
    ]);
  });

  it('accounts that are not profile URLs of their platform', () => {
    const check = (value: string, platform: string): string[] =>
      problemsOf(addIndicator({ value, kind: 'handle', platform, role: 'persona' }));
    expect(check('https://x.com/search', 'x')).toEqual([
      'lists/indicators/doppelganger.json: https://x.com/search: account "/search" is a page of the platform, not an account',
    ]);
    expect(check('https://t.me/rrn_media', 'x')).toEqual([
      'lists/indicators/doppelganger.json: https://t.me/rrn_media: account "t.me" is not a host of the platform "x" (x.com, twitter.com): fix the platform or the value',
    ]);
    expect(check('https://x.com/rrn/status/1', 'x')).toEqual([
      'lists/indicators/doppelganger.json: https://x.com/rrn/status/1: account "/rrn/status/1" is not a profile path on x (a post or a page?): give the account\'s profile URL',
    ]);
    expect(check('https://www.reddit.com/r/worldnews', 'reddit')).toEqual([
      'lists/indicators/doppelganger.json: https://www.reddit.com/r/worldnews: account "/r/worldnews" is not a profile path on reddit (a post or a page?): give the account\'s profile URL',
    ]);
    // The engine's own parser decides whether an entry can ever match.
    expect(check('https://t.me/ab', 'telegram')).toEqual([
      'lists/indicators/doppelganger.json: https://t.me/ab: account cannot be read by the engine as a telegram account, so it would never match: write it as https://t.me/name',
    ]);
    expect(check('rrn.substack.com', 'medium')).toEqual([
      'lists/indicators/doppelganger.json: rrn.substack.com: account "rrn.substack.com" is not on medium.com, the platform "medium": fix the platform or the value',
    ]);
    expect(check('https://t.me/rrn_media', 'web')).toEqual([
      'lists/indicators/doppelganger.json: https://t.me/rrn_media: account a handle needs its platform ("x", "telegram", ... or "other"), not "web"',
    ]);
    // Accepted forms.
    expect(check('https://t.me/s/rrn_media', 'telegram')).toEqual([]);
    expect(check('https://www.youtube.com/@rrn', 'youtube')).toEqual([]);
    expect(check('https://www.youtube.com/@All%C3%B4Afrique', 'youtube')).toEqual([]);
    expect(check('rrn.substack.com', 'substack')).toEqual([]);
    expect(check('https://www.facebook.com/profile.php?id=100087', 'facebook')).toEqual([]);
  });

  it('file-level mistakes: unknown file, not an array, missing file, invalid JSON', () => {
    const tree = seeded((tree) => {
      tree['indicator/doppelganger.json'] = [];
      tree['actors.json'] = { id: 'x' } as unknown as unknown[];
      delete tree['text-artifacts.json'];
    });
    expect(problemsOf(tree)).toEqual([
      'lists/actors.json: must be a JSON array of entries, not an object',
      'lists/campaigns.json: doppelganger: attribution[0].actor: unknown actor "social-design-agency" (not in lists/actors.json)',
      'lists/indicator/doppelganger.json: not a list file: lists/ holds sources.json, actors.json, campaigns.json, protected-outlets.json, text-artifacts.json and indicators/<campaign-id>.json',
      'lists/text-artifacts.json: missing: lists/ must hold text-artifacts.json (the artifacts); an empty list is []',
    ]);
    const broken = validateLists([{ name: 'sources.json', text: '[{"id": "x",]' }], { now: NOW });
    expect(broken.problems.map(formatProblem)).toContain(
      'lists/sources.json: not valid JSON: ' + errorOf('[{"id": "x",]'),
    );
  });
});

function errorOf(text: string): string {
  try {
    JSON.parse(text);
  } catch (err) {
    return (err as Error).message;
  }
  return '';
}

describe('formatting as part of validation', () => {
  it('an unformatted file fails with the line of the first difference', () => {
    const files = readListTree(GOOD).map((f) =>
      f.name === 'actors.json' ? { ...f, text: (f.text ?? '').replace('"name": "Social Design Agency",\n', '"name":"Social Design Agency",\n') } : f,
    );
    const problems = validateLists(files, { now: NOW }).problems.map(formatProblem);
    expect(problems).toEqual([
      'lists/actors.json: not in canonical format (first difference at line 4): run `npm run lists:format`',
    ]);
  });

  it('entries out of order are unformatted too', () => {
    const files = readListTree(GOOD).map((f) => {
      if (f.name !== 'indicators/doppelganger.json') return f;
      const lines = (f.text ?? '').split('\n');
      [lines[1], lines[2]] = [lines[2]!.replace(/,$/, '') + ',', lines[1]!];
      return { ...f, text: lines.join('\n') };
    });
    expect(validateLists(files, { now: NOW }).problems.map(formatProblem)).toEqual([
      'lists/indicators/doppelganger.json: not in canonical format (first difference at line 2): run `npm run lists:format`',
    ]);
  });
});

describe('speed', () => {
  it('validates 8,000 indicators well under a second (reported, not asserted tightly)', () => {
    const tree = goodTree();
    const many: Entry[] = [];
    for (let i = 0; i < 8000; i++) many.push(indicator({ value: `clone-${i}.example-news.com`, role: 'redirector', firstReported: '2023-11-30' }));
    tree[DOPP] = many;
    const started = performance.now();
    const problems = problemsOf(tree);
    const ms = performance.now() - started;
    expect(problems).toEqual([]);
    // A loose bound so the test cannot flake on a busy machine; the measured figure is printed.
    expect(ms).toBeLessThan(5000);
    console.log(`validated 8,000 indicators in ${ms.toFixed(0)} ms`);
  });
});
