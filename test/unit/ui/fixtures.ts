/**
 * UI fixtures: a compiled index and tab states built from documented facts in the shared source
 * material (data/campaigns.md, data/indicators.csv): washingtonpost.pm is listed by Meta's Q2 2023
 * Doppelganger indicator file and cited as the example in the US DOJ release of 4 Sep 2024; Meta
 * attributed Doppelganger to Social Design Agency in 2022; Microsoft calls it Storm-1099.
 */
import type { CompiledLists, Finding, SourceRef } from '../../../src/core/types';
import type { TabState } from '../../../src/extension/messages';
import { indexLists } from '../../../src/ui/lists';

export const META: SourceRef = {
  id: 'meta-q2-2023-doppelganger-iocs',
  publisher: 'Meta',
  title: 'Adversarial Threat Report, Q2 2023: Doppelganger (threat indicator file)',
  date: '2023-08',
  url: 'https://github.com/facebook/threat-research/blob/main/indicators/csv/Q2_2023%20/Q2_2023_Doppelganger_Russia_based_CIB_network_updated.csv',
  tier: 'primary-indicator-file',
};

export const DOJ: SourceRef = {
  id: 'us-doj-2024-09-04-doppelganger',
  publisher: 'US Department of Justice',
  title: 'Justice Department Disrupts Covert Russian Government-Sponsored Foreign Malign Influence Operation',
  date: '2024-09-04',
  url: 'https://www.justice.gov/opa/pr/justice-department-disrupts-covert-russian-government-sponsored-foreign-malign',
  tier: 'primary-report',
};

export const EU_DISINFOLAB: SourceRef = {
  id: 'eu-disinfolab-2022-doppelganger',
  publisher: 'EU DisinfoLab',
  title: 'Doppelganger: media clones serving Russian propaganda',
  date: '2022-09-27',
  url: 'https://www.disinfo.eu/doppelganger/',
  tier: 'primary-report',
};

export const COMPILED: CompiledLists = {
  format: 1,
  version: '2026.11.21',
  sources: [
    { ...META, licence: 'MIT' },
    { ...DOJ, licence: 'not stated' },
    { ...EU_DISINFOLAB, licence: 'not stated' },
  ],
  actors: [
    {
      id: 'social-design-agency',
      name: 'Social Design Agency',
      aliases: ['SDA'],
      country: 'RU',
      kind: 'contractor',
      sources: [META.id, DOJ.id],
    },
  ],
  campaigns: [
    {
      id: 'doppelganger',
      name: 'Doppelganger',
      aliases: [{ name: 'RRN' }, { name: 'Storm-1099', by: 'Microsoft' }],
      attribution: [
        { actor: 'social-design-agency', by: 'Meta', confidence: 'high', sources: [META.id] },
        { actor: 'social-design-agency', by: 'US Department of Justice', confidence: 'confirmed', sources: [DOJ.id] },
      ],
      origin: ['RU'],
      targets: { countries: ['DE', 'FR', 'US'], languages: ['de', 'fr', 'en'] },
      active: { from: '2022-05' },
      status: 'active',
      summary: 'Clones of real news sites carrying fake articles, spread through redirect links.',
      tactics: [
        {
          id: 'T0149.003',
          name: 'Lookalike Domain',
          note: 'Registers real outlets’ names on other domain endings.',
          basis: 'disarm-incident',
        },
      ],
      sources: [EU_DISINFOLAB.id, META.id, DOJ.id],
    },
  ],
  indicators: [
    {
      value: 'washingtonpost.pm',
      kind: 'domain',
      platform: 'web',
      role: 'impersonation',
      campaign: 'doppelganger',
      impersonates: 'washington-post',
      sources: [META.id, DOJ.id],
    },
    { value: 'spiegel.ltd', kind: 'domain', platform: 'web', role: 'impersonation', campaign: 'doppelganger', sources: [META.id] },
    {
      value: 'https://ca.pinterest.com/franolcadriw',
      kind: 'handle',
      platform: 'pinterest',
      role: 'persona',
      campaign: 'doppelganger',
      sources: [META.id],
    },
  ],
  outlets: [
    {
      id: 'washington-post',
      name: 'The Washington Post',
      names: ['Washington Post'],
      domains: ['washingtonpost.com', 'wapo.st'],
      country: 'US',
      kind: 'news',
    },
    { id: 'der-spiegel', name: 'DER SPIEGEL', names: ['Spiegel'], domains: ['spiegel.de'], country: 'DE', kind: 'news' },
  ],
  artifacts: [],
};

export const LISTS = indexLists(COMPILED);

export const WAPO_FINDING: Finding = {
  reason: 'listed-domain',
  level: 'high',
  summary: 'Listed by Meta and the US Department of Justice as a Doppelganger clone of The Washington Post.',
  indicator: 'washingtonpost.pm',
  role: 'impersonation',
  campaign: { id: 'doppelganger', name: 'Doppelganger' },
  actor: { id: 'social-design-agency', name: 'Social Design Agency', country: 'RU' },
  impersonates: 'washingtonpost.com',
  outlet: 'The Washington Post',
  evidence: { subject: 'washingtonpost.pm', lookalike: 'other-suffix' },
  sources: [META, DOJ],
};

export function state(partial: Partial<TabState> & Pick<TabState, 'verdict'>): TabState {
  return {
    tabId: 7,
    url: partial.verdict.target,
    phase: 'page',
    checked: { claimedNames: [{ source: 'og:site_name', value: 'The Washington Post' }], links: 212, handles: 0, text: 4000 },
    flagged: [],
    allowlisted: false,
    judgedAt: Date.UTC(2026, 10, 21, 9, 30),
    listsVersion: COMPILED.version,
    ...partial,
  };
}

export const HIGH_STATE = state({
  url: 'https://washingtonpost.pm/politics/2024/article.html?utm_source=x&token=secret#top',
  verdict: { target: 'https://washingtonpost.pm/politics/2024/article.html', level: 'high', findings: [WAPO_FINDING] },
});

export const CLEAN_STATE = state({
  url: 'https://www.washingtonpost.com/',
  verdict: { target: 'https://www.washingtonpost.com/', level: 'none', findings: [] },
});
