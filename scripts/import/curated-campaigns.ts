/**
 * Campaigns: names across vendors, attribution, origin, targets, period, a summary for voters in our
 * own words, DISARM tactics (ids checked against DISARM.json by the importer, which also fills in
 * the DISARM names), and documented events without citable indicators.
 *
 * `labels` are the `campaign` strings of indicators.csv that belong to the campaign. A campaign's
 * `sources` in the list are these curated ones plus every source of its indicators, attributions
 * and events (the importer adds them).
 *
 * Decisions recorded here:
 * - Doppelganger folds in Meta's "original Sept 2022 takedown" rows: Meta, the DOJ and EU DisinfoLab
 *   describe one operation from 2022 on, and the 2022 domains (bild.*, spiegel.*) are the same
 *   clones later files list.
 * - The SDA / ANO Dialog offshoots (Meta H2 2026) are their own campaign: Meta reports them as
 *   separate campaigns by the same actors, with their own brands and targets (Armenia, Moldova,
 *   EU/Ukraine). Filing them under Doppelganger would tell a reader that a site is a Doppelganger
 *   clone when Meta says something narrower: run by SDA or ANO Dialog.
 * - PAPERWALL is separate from Glass Onion: Citizen Lab attributes PAPERWALL to one company
 *   (Haimai) with its own site list, while Graphika's Glass Onion is a wider ecosystem of 30
 *   companies that it says overlaps PAPERWALL. Each keeps the attribution its own source makes.
 * - BayBridge (from DIMA, citing Tadaweb) is separate for the same reason: a different source and
 *   site list, linked by Graphika only as an overlap.
 * - OpenAI's "Stop News" and "Zero Zeno" are the same networks as Meta's Q2 2024 Russia #2 and
 *   Q1 2024 Israel files (campaigns.md); each is one campaign with both names.
 * - Meta's Q2-Q3 2025 "Allô Afrique" file and its H2 2025 "Russian use of authentic operators"
 *   page describe the same RT-linked case study: one campaign.
 * - The "Iranian influence nexus" rows (OpenAI, Feb 2025) go to IUVM: OpenAI ties them to IUVM.
 * - The IRGC-seized American Herald Tribune is its own campaign: the DOJ attributes it to the
 *   IRGC, not to IUVM, and we keep each attribution with its source.
 */
import type { Attribution, Campaign, CampaignAlias, Tactic } from '../../src/core/types';

export type CuratedTactic = Omit<Tactic, 'name'>;
export interface CuratedCampaign extends Omit<Campaign, 'tactics'> {
  tactics: CuratedTactic[];
  /** indicators.csv `campaign` labels that map here. */
  labels: string[];
}

const t = (id: string, note: string, basis: Tactic['basis'] = 'mapping'): CuratedTactic => ({ id, note, basis });
const a = (name: string, by?: string): CampaignAlias => (by === undefined ? { name } : { name, by });

interface MetaSpec {
  id: string;
  name: string;
  labels: string[];
  origin: string[];
  countries: string[];
  languages: string[];
  summary: string;
  from?: string;
  to?: string;
  aliases?: CampaignAlias[];
  attribution?: Attribution[];
  tactics?: CuratedTactic[];
  sources?: string[];
}

/** A Meta CIB network: Meta removed it, so its status is "disrupted" (what Meta's report says). */
function meta(s: MetaSpec): CuratedCampaign {
  return {
    id: s.id,
    name: s.name,
    aliases: s.aliases ?? [],
    attribution: s.attribution ?? [],
    origin: s.origin,
    targets: { countries: s.countries, languages: s.languages },
    active: { ...(s.from !== undefined ? { from: s.from } : {}), ...(s.to !== undefined ? { to: s.to } : {}) },
    status: 'disrupted',
    summary: s.summary,
    tactics: s.tactics ?? [],
    sources: s.sources ?? [],
    labels: s.labels,
  };
}

const FAKE_ACCOUNTS = t('T0143.002', 'Meta removed the network for running fake accounts that posed as people who do not exist.');
const NEWS_FRONTS = t('T0097.202', 'Runs pages or websites that present themselves as independent news outlets.');
const NEWS_SITES = t('T0098.001', 'Registers its own domains for websites that look like news outlets.');

export const CAMPAIGNS: CuratedCampaign[] = [
  {
    id: 'doppelganger',
    name: 'Doppelganger',
    aliases: [
      a('Doppelganger', 'EU DisinfoLab'),
      a('RRN', 'the campaign itself ("Reliable Recent News")'),
      a('Reliable Recent News', 'the campaign itself'),
      a('Storm-1099', 'Microsoft (MISP galaxy)'),
    ],
    attribution: [
      {
        actor: 'social-design-agency',
        by: 'US Department of Justice',
        confidence: 'high',
        note: 'The DOJ said in Sept 2024 that Social Design Agency ran the operation, with Structura and ANO Dialog, directed by the Russian Presidential Administration.',
        sources: ['us-doj-2024-09-04-doppelganger'],
      },
      {
        actor: 'structura',
        by: 'US Department of Justice',
        confidence: 'high',
        note: 'Named by the DOJ (Sept 2024) with Social Design Agency and ANO Dialog.',
        sources: ['us-doj-2024-09-04-doppelganger'],
      },
      {
        actor: 'ano-dialog',
        by: 'US Department of Justice',
        confidence: 'high',
        note: 'Named by the DOJ (Sept 2024) with Social Design Agency and Structura.',
        sources: ['us-doj-2024-09-04-doppelganger'],
      },
      {
        actor: 'russian-presidential-administration',
        by: 'US Department of Justice',
        confidence: 'high',
        note: 'The DOJ said the companies acted at the direction of the Presidential Administration, naming First Deputy Chief of Staff Sergei Kiriyenko.',
        sources: ['us-doj-2024-09-04-doppelganger'],
      },
      {
        actor: 'social-design-agency',
        by: 'Meta',
        confidence: 'high',
        note: 'Meta attributed Doppelganger to Social Design Agency in 2022, as its H2 2026 report restates.',
        sources: ['meta-h2-2026-russia-cib-based-network-4-page'],
      },
    ],
    origin: ['RU'],
    targets: {
      countries: ['DE', 'FR', 'US', 'UA', 'PL', 'IL', 'IT', 'GB', 'LV'],
      languages: ['de', 'fr', 'en', 'uk', 'pl', 'he', 'it', 'lv'],
    },
    active: { from: '2022-05' },
    status: 'active',
    summary:
      'Doppelganger copies the look of real news sites and government pages on lookalike web addresses and fills them with invented articles that favour Russian positions, mostly against support for Ukraine. Links to these copies are spread through throwaway social media accounts and chains of redirect domains. Meta and the US Department of Justice attribute it to Russian companies working for the Kremlin.',
    tactics: [
      t('T0149.003', 'Clones of real news and government sites on lookalike domains such as spiegel.ltd or washingtonpost.pm.', 'disarm-incident'),
      t('T0143.003', 'The clones present themselves as the real outlets they copy.', 'disarm-incident'),
      t('T0152.003', 'The clones and own brands are hosted on rented web hosting.', 'disarm-incident'),
      t('T0097.202', 'Own-brand sites such as RRN present themselves as independent news outlets.'),
      t('T0149.004', 'Thousands of short-lived domains that only redirect visitors to the clones (Meta kill-chain 9.5.3).'),
      t('T0098.001', 'Runs its own news-like brands (RRN and others Meta lists as "websites and brands").'),
      t('T0097.208', 'Fake petitions on change.org and Avaaz in 2022.'),
      t('T0114', 'Paid ads pointing to its content, which Meta says were mostly blocked.'),
      t('T0085.001', 'OpenAI reported the use of its models to write comments and translate articles (May 2024).'),
    ],
    sources: ['eu-disinfolab-2022-09-27-doppelganger', 'misp-galaxy-threat-actor', 'disarm-incident-i00107'],
    events: [
      {
        date: '2024-09-04',
        what: 'The US Department of Justice seized 32 internet domains it said the operation used; washingtonpost.pm was the example the announcement named. The full list was not available to us.',
        sources: ['us-doj-2024-09-04-doppelganger'],
      },
    ],
    labels: ['Doppelganger (a.k.a. RRN / Recent Reliable News; Microsoft: Storm-1099)', 'Doppelganger (original Sept 2022 takedown)'],
  },
  {
    id: 'sda-ano-dialog-offshoots',
    name: 'Social Design Agency and ANO Dialog offshoot campaigns',
    aliases: [a('Doppelganger offshoots', 'Meta (H2 2026)')],
    attribution: [
      {
        actor: 'social-design-agency',
        by: 'Meta',
        confidence: 'high',
        note: 'Meta (H2 2026) describes these as campaigns run by Social Design Agency and ANO Dialog, the Doppelganger operators.',
        sources: ['meta-h2-2026-russia-cib-based-network-4-page'],
      },
      {
        actor: 'ano-dialog',
        by: 'Meta',
        confidence: 'high',
        note: 'Meta (H2 2026) says ANO Dialog is taking a more active role, including a campaign run with the PR firm US-Media.',
        sources: ['meta-h2-2026-russia-cib-based-network-4-page'],
      },
      {
        actor: 'us-media',
        by: 'Meta',
        confidence: 'medium',
        note: 'Meta (H2 2026) says ANO Dialog coordinated one campaign with US-Media.',
        sources: ['meta-h2-2026-russia-cib-based-network-4-page'],
      },
    ],
    origin: ['RU'],
    targets: { countries: ['AM', 'MD', 'UA'], languages: [] },
    active: {},
    status: 'active',
    summary:
      'Smaller campaigns by the companies behind Doppelganger, aimed at Armenia, Moldova and audiences in the EU and Ukraine. They run their own news-style sites and video accounts rather than copies of real outlets. Meta reported them in its H2 2026 threat report.',
    tactics: [NEWS_SITES, t('T0097.202', 'Its sites and channels present themselves as local news outlets.')],
    sources: [],
    labels: ['Doppelganger offshoots (Social Design Agency & ANO Dialog campaigns; Armenia, Moldova, EU/Ukraine)'],
  },
  {
    id: 'storm-1516',
    name: 'Storm-1516 / CopyCop',
    aliases: [
      a('Storm-1516', 'Microsoft'),
      a('Neva Flood', 'Microsoft'),
      a('CopyCop', 'Recorded Future (Insikt Group)'),
    ],
    attribution: [
      {
        actor: 'gru-unit-29155',
        by: 'VIGINUM (SGDSN, France)',
        confidence: 'reported',
        note: 'VIGINUM (May 2025) links Storm-1516 to GRU unit 29155 working with the Center for Geopolitical Expertise; we read this through a research compilation, not the report itself.',
        sources: ['viginum-2025-05-07-storm-1516'],
      },
      {
        actor: 'center-for-geopolitical-expertise',
        by: 'VIGINUM (SGDSN, France)',
        confidence: 'reported',
        note: 'As above: named by VIGINUM with GRU unit 29155, read through a research compilation.',
        sources: ['viginum-2025-05-07-storm-1516'],
      },
      {
        actor: 'john-mark-dougan',
        by: 'VIGINUM and Recorded Future (via research compilations)',
        confidence: 'reported',
        note: 'Research compilations citing VIGINUM and Recorded Future say CopyCop sites are administered by John Mark Dougan.',
        sources: ['viginum-2025-05-07-storm-1516', 'dima-storm-1516-viginum-2025'],
      },
    ],
    origin: ['RU'],
    targets: { countries: ['US', 'FR', 'DE', 'GB', 'UA', 'CA', 'AM', 'MD'], languages: ['en', 'fr', 'de'] },
    active: { from: '2023-08' },
    status: 'active',
    summary:
      'Storm-1516, also tracked as CopyCop, builds websites that look like local news outlets or fact-checkers and publishes made-up stories on them, often rewritten by AI from real articles, and sometimes staged videos. The stories are then pushed by paid or sympathetic accounts so that they reach a wider audience. French and US researchers link it to Russian state actors.',
    tactics: [
      t('T0098.001', 'Hundreds of sites posing as local news outlets in the US, France, Germany and elsewhere.'),
      t('T0097.202', 'Its sites present themselves as local newspapers and TV stations.'),
      t('T0097.203', 'Some sites pose as fact-checkers.'),
      t('T0085.001', 'Articles are rewritten from real reporting with large language models.'),
      t('T0087.001', 'Staged or AI-made "whistleblower" videos.'),
      t('T0088.001', 'Faked audio of public figures (for example an Obama-Axelrod deepfake, Aug 2024).'),
    ],
    sources: ['microsoft-threat-actor-naming', 'misp-galaxy-threat-actor'],
    labels: ['Storm-1516 / CopyCop (fake local-news sites, AI-rewritten articles)'],
  },
  {
    id: 'storm-2035',
    name: 'Storm-2035',
    aliases: [a('Storm-2035', 'Microsoft'), a('Storm-2035', 'OpenAI')],
    attribution: [],
    origin: ['IR'],
    targets: { countries: ['US'], languages: ['en', 'es'] },
    active: { from: '2020' },
    status: 'disrupted',
    summary:
      'An Iranian network that ran websites posing as American news outlets for readers on both the left and the right, such as Nio Thinker and Savannah Time. Microsoft reported it in August 2024, and OpenAI said it used ChatGPT to write articles and social media comments. Its posts drew little engagement.',
    tactics: [
      t('T0098.001', 'Websites posing as partisan US news outlets.'),
      t('T0097.202', 'The sites present themselves as independent news media.'),
      t('T0085.001', 'OpenAI says the operators used ChatGPT to write and rewrite articles.'),
      t('T0143.002', 'Invented English- and Spanish-speaking commenters on X and Instagram.'),
    ],
    sources: ['microsoft-mtac-2024-08-09-iran'],
    labels: ['Storm-2035 (Iranian covert news sites targeting US voters)'],
  },
  {
    id: 'portal-kombat',
    name: 'Portal Kombat (Pravda network)',
    aliases: [a('Portal Kombat', 'VIGINUM'), a('Pravda network', 'CheckFirst, DFRLab'), a('Pravda ecosystem', 'VIGINUM')],
    attribution: [],
    origin: ['RU'],
    targets: {
      countries: ['FR', 'DE', 'PL', 'ES', 'GB', 'US', 'UA', 'MD', 'FI'],
      languages: ['fr', 'de', 'pl', 'es', 'en', 'uk', 'ru', 'fi'],
    },
    active: { from: '2013' },
    status: 'active',
    summary:
      'A large network of automated news portals, many named "Pravda" plus a country or city, that republish posts from Russian state media and pro-Kremlin Telegram channels in many languages. It writes little of its own; researchers say the sheer volume is meant to push these stories into search results and AI chatbot answers. France\'s VIGINUM exposed it in February 2024 and says it is run from Russia.',
    tactics: [
      t('T0049.007', 'Hundreds of portals republish the same material to amplify it.'),
      t('T0098.001', 'The portals are built to look like news sites for each country or city.'),
    ],
    sources: [],
    labels: ['Portal Kombat / "Pravda" network (pro-Kremlin aggregator portals)'],
  },
  {
    id: 'spamouflage',
    name: 'Spamouflage',
    aliases: [
      a('Spamouflage', 'Graphika'),
      a('Spamouflage Dragon', 'MISP galaxy'),
      a('Dragonbridge', 'Google TAG / Mandiant'),
      a('Taizi Flood', 'Microsoft'),
    ],
    attribution: [],
    origin: ['CN'],
    targets: { countries: ['CA', 'US'], languages: ['en', 'zh'] },
    active: { from: '2019' },
    status: 'active',
    summary:
      'A long-running pro-China network that posts the same messages from very large numbers of fake or hijacked accounts on dozens of platforms, often attacking critics of the Chinese government. Meta links it to individuals associated with Chinese law enforcement. Most of its posts get little genuine engagement.',
    tactics: [
      t('T0146.001', 'Very large numbers of free accounts on more than 50 platforms, from Medium and Reddit to small forums.'),
      t('T0097.111', 'Posed as Canadian politicians in 2023 (Canada RRM).', 'disarm-incident'),
      t('T0088.001', 'AI-generated audio and news-anchor videos (Microsoft MTAC, April 2024).', 'disarm-incident'),
      t('T0085.008', 'Machine-translated posts (FDD, March 2024).', 'disarm-incident'),
      t('T0145.002', 'AI-generated profile pictures.', 'disarm-incident'),
    ],
    sources: ['microsoft-threat-actor-naming', 'misp-galaxy-threat-actor', 'disarm-incident-i00088', 'disarm-incident-i00093', 'disarm-incident-i00096'],
    labels: ['Spamouflage (a.k.a. Dragonbridge; Microsoft: Taizi Flood)', 'Spamouflage (amplifying Glass Onion domain weeklytimesnet.com)'],
  },
  {
    id: 'glass-onion',
    name: 'Glass Onion',
    aliases: [a('Glass Onion', 'Graphika')],
    attribution: [
      {
        actor: 'haimai',
        by: 'Graphika',
        confidence: 'medium',
        note: 'Graphika links the network to 30 Chinese PR and marketing companies and 3 individuals; Shenzhen Haimai Yunxiang Media is one of them.',
        sources: ['graphika-2025-01-13-glass-onion-stix'],
      },
    ],
    origin: ['CN'],
    targets: { countries: [], languages: [] },
    active: {},
    status: 'unknown',
    summary:
      'A pro-China web of news-like sites and paid press-release platforms run through Chinese PR and marketing firms, some with names that echo well-known Western newspapers. Graphika reported it in January 2025 and says accounts of the Spamouflage network amplified its articles.',
    tactics: [
      t('T0002', 'Spreads material aligned with Chinese state messaging.', 'graphika-stix'),
      t('T0023', 'Distorts facts in the articles it carries.', 'graphika-stix'),
      t('T0085.003', 'Writes inauthentic news articles.', 'graphika-stix'),
      t('T0049.007', 'Its sites republish and amplify each other.', 'graphika-stix'),
      t('T0098.002', 'Uses existing inauthentic news sites.', 'graphika-stix'),
      t('T0095', 'Builds owned media assets.', 'graphika-stix'),
      t('T0115', 'Posts content on its sites and accounts.', 'graphika-stix'),
      t('T0049.003', 'Automated reposting by amplifier accounts.', 'graphika-stix'),
      t('T0149.003', 'A few domains echo real outlets, such as newyorkdailynet.com and losangelestimesnet.com.'),
    ],
    sources: [],
    labels: ['Glass Onion (pro-China spoofed-media ecosystem; overlaps HaiEnergy, Paperwall, Spamouflage)'],
  },
  {
    id: 'paperwall',
    name: 'PAPERWALL',
    aliases: [a('PAPERWALL', 'Citizen Lab')],
    attribution: [
      {
        actor: 'haimai',
        by: 'Citizen Lab',
        confidence: 'high',
        note: 'Citizen Lab attributes the PAPERWALL network of 123 sites in 30 countries to Shenzhen Haimaiyunxiang Media ("Haimai").',
        sources: ['citizen-lab-2024-02-07-paperwall'],
      },
    ],
    origin: ['CN'],
    targets: { countries: ['US', 'FR', 'IT', 'GB', 'JP', 'KR'], languages: [] },
    active: { from: '2019-07' },
    status: 'unknown',
    summary:
      'More than a hundred websites in about 30 countries that pose as local news outlets and mix ordinary news with pro-Beijing content and attacks on critics. Citizen Lab reported it in February 2024 and attributes it to a Shenzhen PR company. Only one of its domains could be read in our sources.',
    tactics: [NEWS_SITES, t('T0097.202', 'The sites present themselves as local newspapers.')],
    sources: [],
    labels: ['PAPERWALL (PRC-linked fake local news sites; Haimai)'],
  },
  {
    id: 'baybridge',
    name: 'BayBridge',
    aliases: [a('BAYBRIDGE', 'Tadaweb and Paul Charon'), a('BayBridge', 'Graphika (as an overlap of Glass Onion)')],
    attribution: [
      {
        actor: 'haimai',
        by: 'Tadaweb and Paul Charon (via the DIMA compilation)',
        confidence: 'reported',
        note: 'The DIMA compilation, citing Tadaweb and Paul Charon, places commercial sites of Haimai and Shanghai Haixun at the centre of the network.',
        sources: ['dima-baybridge-tadaweb-2025'],
      },
      {
        actor: 'haixun',
        by: 'Tadaweb and Paul Charon (via the DIMA compilation)',
        confidence: 'reported',
        note: 'As above, for Shanghai Haixun Technology.',
        sources: ['dima-baybridge-tadaweb-2025'],
      },
    ],
    origin: ['CN'],
    targets: { countries: ['FR', 'GB', 'DE', 'NL', 'AU', 'JP', 'RU'], languages: [] },
    active: {},
    status: 'unknown',
    summary:
      'A network of look-alike local news sites fed by Chinese paid-content distribution companies, which a 2025 study found carrying pro-Kremlin as well as pro-Beijing material. Some site names imitate European newspapers. We know it only through a secondary compilation.',
    tactics: [NEWS_SITES, t('T0049.007', 'Content from a few providers is republished across many end sites.')],
    sources: [],
    labels: [],
  },
  {
    id: 'star-blizzard',
    name: 'Star Blizzard',
    aliases: [
      a('Star Blizzard', 'Microsoft'),
      a('SEABORGIUM', 'Microsoft (former name)'),
      a('COLDRIVER', 'Microsoft mapping, MISP galaxy'),
      a('Callisto Group', 'Microsoft mapping, MISP galaxy'),
      a('BlueCharlie', 'Recorded Future'),
      a('TAG-53', 'Recorded Future (former name)'),
      a('TA446', 'MISP galaxy'),
      a('GOSSAMER BEAR', 'MISP galaxy'),
      a('UNC4057', 'MISP galaxy'),
      a('IRON FRONTIER', 'MISP galaxy'),
    ],
    attribution: [
      {
        actor: 'fsb',
        by: 'Microsoft and US Department of Justice',
        confidence: 'high',
        note: 'Coverage of the October 2024 seizures reports that Microsoft and the DOJ attribute Star Blizzard to the FSB.',
        sources: ['microsoft-doj-2024-10-star-blizzard-seizures'],
      },
    ],
    origin: ['RU'],
    targets: { countries: ['GB', 'US'], languages: ['en'] },
    active: { from: '2017' },
    status: 'unknown',
    summary:
      'A Russian espionage group that sends targeted emails leading to fake login pages on look-alike document-sharing domains, to steal passwords from officials, researchers and journalists. It is not a news operation, but stolen material has been leaked to influence debate. Do not enter passwords on sites from this list.',
    tactics: [t('T0149.003', 'Registers look-alike domains for credential-phishing pages.')],
    sources: ['microsoft-threat-actor-naming', 'misp-galaxy-threat-actor'],
    events: [
      {
        date: '2024-10-03',
        what: 'Microsoft took over 66 domains through a civil action and the US Department of Justice seized 41 more; Microsoft counted 82 customers targeted since January 2023. The seized domain lists were not available to us.',
        sources: ['microsoft-doj-2024-10-star-blizzard-seizures'],
      },
    ],
    labels: [
      'Star Blizzard (SEABORGIUM) phishing infrastructure, Aug 2022',
      'Star Blizzard credential-phishing infrastructure (TAG-53 / BlueCharlie)',
    ],
  },
  {
    id: 'storm-1679',
    name: 'Storm-1679',
    aliases: [a('Storm-1679', 'Microsoft'), a('Oka Flood', 'Microsoft')],
    attribution: [
      {
        actor: 'internet-research-agency',
        by: 'MISP galaxy (citing Microsoft)',
        confidence: 'reported',
        note: 'MISP describes Storm-1679 as a spin-off of the Internet Research Agency.',
        sources: ['misp-galaxy-threat-actor'],
      },
    ],
    origin: ['RU'],
    targets: { countries: ['FR'], languages: [] },
    active: {},
    status: 'unknown',
    summary:
      'A Russian influence group known for fake videos, including a fabricated documentary about the 2024 Paris Olympics. We have no citable list of its sites or accounts yet, so Unmask shows it only as background.',
    tactics: [t('T0087.001', 'Fabricated videos, including deepfakes of well-known people.')],
    sources: ['microsoft-threat-actor-naming', 'misp-galaxy-threat-actor'],
    labels: [],
  },
  {
    id: 'iuvm',
    name: 'IUVM / Endless Mayfly',
    aliases: [
      a('Endless Mayfly', 'Citizen Lab'),
      a('Liberty Front Press', 'Meta (2018 takedown)'),
      a('International Union of Virtual Media', 'Meta, OpenAI'),
    ],
    attribution: [
      {
        actor: 'iuvm',
        by: 'Meta',
        confidence: 'high',
        note: 'Meta (H2 2025) attributes the multi-year operation, from Liberty Front Press to sites aimed at the 2024 US election, to IUVM.',
        sources: ['meta-h2-2025-iran-endless-mayfly'],
      },
    ],
    origin: ['IR'],
    targets: { countries: ['US', 'FR', 'IL', 'GB'], languages: ['en', 'fr', 'es'] },
    active: { from: '2013' },
    status: 'active',
    summary:
      'A long-running Iranian operation that first imitated well-known news sites on look-alike addresses and later ran its own outlets, with fake journalist profiles to match. Citizen Lab called it Endless Mayfly in 2019 (with medium confidence that it is Iran-aligned), and Meta attributes it to the International Union of Virtual Media.',
    tactics: [
      t('T0149.003', 'Typosquatted news domains such as theatlatnic.com.'),
      t('T0097.102', 'Fake journalist and student personas with matching bylines.'),
      t('T0117', 'Pitched its stories to real journalists.'),
    ],
    sources: ['citizen-lab-2019-05-14-endless-mayfly'],
    labels: [
      'Endless Mayfly (Iran-aligned typosquatting of news outlets)',
      'IUVM (International Union of Virtual Media) covert news site',
      'Iranian influence nexus (IUVM <-> Storm-2035 overlap)',
    ],
  },
  {
    id: 'irgc-news-sites',
    name: 'IRGC covert news sites (US seizures, 2020)',
    aliases: [],
    attribution: [
      {
        actor: 'irgc',
        by: 'US Department of Justice',
        confidence: 'high',
        note: 'The DOJ seized domains in Oct and Nov 2020 that it said the IRGC used; four of them, including ahtribune.com, targeted US audiences.',
        sources: ['us-doj-2020-11-irgc-domain-seizures'],
      },
    ],
    origin: ['IR'],
    targets: { countries: ['US'], languages: ['en'] },
    active: {},
    status: 'disrupted',
    summary:
      'News websites that the US Department of Justice said were used by Iran\'s Revolutionary Guard and seized in 2020, among them the American Herald Tribune. Only one domain could be cited from our sources.',
    tactics: [t('T0097.202', 'Sites presented as independent news outlets.')],
    sources: [],
    labels: ['IRGC-controlled covert news sites seized by US DOJ (Oct/Nov 2020)'],
  },
  {
    id: 'tenet-media-rt',
    name: 'Tenet Media / RT covert funding',
    aliases: [],
    attribution: [
      {
        actor: 'rt',
        by: 'US Department of Justice (SDNY indictment)',
        confidence: 'reported',
        note: 'The indictment charges two RT employees with conspiracies to violate FARA and to launder money; these are allegations, not findings.',
        sources: ['sdny-2024-09-04-rt-tenet-media-indictment'],
      },
    ],
    origin: ['RU'],
    targets: { countries: ['US'], languages: ['en'] },
    active: {},
    status: 'disrupted',
    summary:
      'US prosecutors allege that two employees of the Russian state broadcaster RT secretly paid about 10 million dollars to a Tennessee company matching Tenet Media, which paid well-known online commentators. The commentators say they did not know. No site or account is listed here because no citable source names them.',
    tactics: [t('T0143.001', 'Covert funding of real commentators who posted under their own names.')],
    sources: [],
    events: [
      {
        date: '2024-09-04',
        what: 'An indictment in the Southern District of New York against RT employees Kostiantyn Kalashnikov and Elena Afanasyeva was unsealed.',
        sources: ['sdny-2024-09-04-rt-tenet-media-indictment'],
      },
    ],
    labels: [],
  },
  {
    id: 'operation-overload',
    name: 'Operation Overload',
    aliases: [a('Operation Overload', 'CheckFirst and Reset.Tech'), a('Matriochka', 'VIGINUM')],
    attribution: [],
    origin: ['RU'],
    targets: { countries: [], languages: [] },
    active: {},
    status: 'unknown',
    summary:
      'A pro-Russian operation that floods journalists and fact-checkers with emails and posts asking them to verify fake stories, to waste their time and draw attention to the fakes. We have no citable list of its accounts yet.',
    tactics: [
      t('T0143.002', 'Invented personas on social media.', 'disarm-incident'),
      t('T0146.001', 'Free accounts on social platforms.', 'disarm-incident'),
      t('T0153.001', 'Mass emails to newsrooms.', 'disarm-incident'),
    ],
    sources: ['disarm-incident-i00121'],
    labels: [],
  },
  {
    id: 'ghostwriter',
    name: 'Ghostwriter',
    aliases: [
      a('Ghostwriter', 'MISP galaxy'),
      a('UNC1151', 'MISP galaxy'),
      a('TA445', 'MISP galaxy'),
      a('PUSHCHA', 'MISP galaxy'),
      a('Storm-0257', 'MISP galaxy'),
      a('UAC-0057', 'MISP galaxy'),
    ],
    attribution: [],
    origin: ['BY'],
    targets: { countries: [], languages: [] },
    active: {},
    status: 'unknown',
    summary:
      'A Belarus-linked operation that hacks accounts and websites and uses them to publish forged statements, often attributed to politicians. We have no citable list of its sites or accounts yet.',
    tactics: [t('T0097.110', 'Posts forged statements in the name of party officials.', 'disarm-incident')],
    sources: ['misp-galaxy-threat-actor', 'disarm-incident-i00065'],
    labels: [],
  },

  // ------------------------------------------------------------------------------------------
  // Other Meta CIB networks, one campaign each, named as Meta describes them.
  // ------------------------------------------------------------------------------------------
  meta({
    id: 'cr-sv-cib-2022',
    name: 'Costa Rica/El Salvador-based CIB network (Meta, Q1 2022)',
    labels: ['Costa Rica/El Salvador-based CIB network (Meta Q1 2022)'],
    origin: ['CR', 'SV'],
    countries: [],
    languages: ['es'],
    summary:
      'A network that Meta removed in early 2022 and traced to Costa Rica and El Salvador. Its indicator file lists two news-style websites. Meta does not name who ran it.',
    tactics: [NEWS_SITES],
  }),
  meta({
    id: 'ru-ua-cib-2022',
    name: 'Russia/Ukraine-based CIB network targeting Ukraine (Meta, Q1 2022)',
    labels: ['Russia/Ukraine-based CIB network targeting Ukraine (Meta Q1 2022)'],
    origin: ['RU', 'UA'],
    countries: ['UA'],
    languages: ['uk', 'ru'],
    from: '2022',
    summary:
      'A network run from Russia and Ukraine that Meta removed in early 2022, around the start of the full-scale invasion. It ran news-style websites aimed at Ukrainian readers. Meta does not name who ran it in its indicator file.',
    tactics: [NEWS_SITES],
  }),
  meta({
    id: 'cn-us-czech-cib-2022',
    name: 'China-based CIB network targeting the US and Czech Republic (Meta, Sept 2022)',
    labels: ['China-based CIB network (Sept 2022; US midterms & Czech Republic)'],
    origin: ['CN'],
    countries: ['US', 'CZ'],
    languages: ['en', 'cs'],
    summary:
      'A China-based network that Meta removed in September 2022; it posted about US politics before the midterm elections and about the Czech Republic. The indicators here are two online petitions it created.',
    tactics: [FAKE_ACCOUNTS],
  }),
  meta({
    id: 'cn-northeast-union-2023',
    name: 'China-based CIB network #1 ("Northeast Union"; Meta, Q1 2023)',
    labels: ['China-based CIB network #1 ("Northeast Union" news brand; targeting India/Tibet)'],
    origin: ['CN'],
    countries: ['IN'],
    languages: ['en'],
    summary:
      'A China-based network that Meta removed in early 2023, aimed at audiences in India and at the Tibet issue. It ran a news brand called "Northeast Union" on YouTube and other platforms.',
    tactics: [FAKE_ACCOUNTS, NEWS_FRONTS],
  }),
  meta({
    id: 'cn-new-europe-observation-2023',
    name: 'China-based CIB network #2 ("New Europe Observation"; Meta, Q1 2023)',
    labels: ['China-based CIB network #2 ("New Europe Observation" / London New Europe Media Ltd)'],
    origin: ['CN'],
    countries: [],
    languages: ['en'],
    attribution: [
      {
        actor: 'london-new-europe-media',
        by: 'Meta',
        confidence: 'medium',
        note: "Meta's indicator file names London New Europe Media Ltd as a front company of the network.",
        sources: ['meta-q1-2023-china-based-cib-network-2'],
      },
    ],
    summary:
      'A China-based network that Meta removed in early 2023. It ran a media brand called "New Europe Observation" through a London-registered front company, blogs and social accounts, and advertised for freelance writers and paid protesters.',
    tactics: [NEWS_FRONTS, t('T0097.207', 'Presented itself as an independent European media organisation.')],
  }),
  meta({
    id: 'georgia-cib-2023',
    name: 'Georgia-based CIB network (pro-government personas; Meta, Q1 2023)',
    labels: ['Georgia-based CIB network (pro-government personas)'],
    origin: ['GE'],
    countries: ['GE'],
    languages: ['ka'],
    summary:
      'A domestic network in Georgia that Meta removed in 2023; its fake accounts posted in support of the government. The indicators here are TikTok accounts.',
    tactics: [FAKE_ACCOUNTS],
  }),
  meta({
    id: 'iran-hacktivist-personas-2023',
    name: 'Iran-based CIB network posing as hacktivists (Meta, Q1 2023)',
    labels: ['Iran-based CIB network posing as hacktivists (Holy Souls, Altoufan Team, Generous Thief, Black Magic, AMC239, Sangkancil)'],
    origin: ['IR'],
    countries: ['IL'],
    languages: [],
    summary:
      'An Iran-based network that posed as independent hacker groups such as "Holy Souls" and "Black Magic", claimed hacks of Israeli organisations and offered the data. Meta removed it in 2023. MISP lists "Holy Souls" as an alias of the Iranian group Cotton Sandstorm (Emennet Pasargad); Meta\'s file does not say so.',
    tactics: [t('T0097.104', 'Personas posing as hacktivist groups.'), FAKE_ACCOUNTS],
    sources: ['misp-galaxy-threat-actor'],
  }),
  meta({
    id: 'togo-burkina-faso-cib-2023',
    name: 'Togo/Burkina Faso-based CIB network (fictitious pan-African news sites; Meta, Q1 2023)',
    labels: ['Togo/Burkina Faso-based CIB network (fictitious pan-African news sites)'],
    origin: ['TG', 'BF'],
    countries: [],
    languages: ['fr'],
    attribution: [
      {
        actor: 'aimons-notre-afrique',
        by: 'Meta',
        confidence: 'medium',
        note: 'Meta assesses the network as a comeback of one it attributed in April 2021 to Aimons Notre Afrique, an NGO in the Central African Republic.',
        sources: ['meta-q1-2023-togo-burkina-faso-based-cib-network'],
      },
    ],
    summary:
      'A network based in Togo and Burkina Faso that ran dozens of made-up pan-African news websites. Meta removed it in 2023 and sees it as the return of a network it linked in 2021 to a Central African NGO.',
    tactics: [NEWS_SITES, NEWS_FRONTS],
  }),
  meta({
    id: 'predictvia-cib-2023',
    name: 'Venezuela/US-based CIB network (Predictvia; Meta, Q1 2023)',
    labels: ['Venezuela/US-based CIB network (Predictvia; "Catracho News", "HondurasLeaks")'],
    origin: ['VE', 'US'],
    countries: ['HN', 'GT'],
    languages: ['es'],
    attribution: [
      {
        actor: 'predictvia',
        by: 'Meta',
        confidence: 'high',
        note: "Meta's indicator file names Predictvia, a Florida-registered firm, as behind the network.",
        sources: ['meta-q1-2023-venezuela-us-based-cib-network'],
      },
    ],
    summary:
      'A network run from Venezuela and the US that posted about politics in Honduras and Guatemala through news-style brands such as "Catracho News" and "HondurasLeaks". Meta removed it in 2023 and links it to a Florida-registered firm.',
    tactics: [NEWS_SITES, NEWS_FRONTS],
  }),
  meta({
    id: 'turkiye-news-media-cib-2023',
    name: 'Türkiye-based CIB network #1 ("news media" websites; Meta, Q2 2023)',
    labels: ['Türkiye-based CIB network #1 ("news media" websites)'],
    origin: ['TR'],
    countries: ['TR'],
    languages: ['tr'],
    summary:
      'A domestic network in Türkiye that ran a set of news-style websites with matching social media accounts. Meta removed it in 2023.',
    tactics: [NEWS_SITES, NEWS_FRONTS],
  }),
  meta({
    id: 'turkiye-buyuk-turkiye-cib-2023',
    name: 'Türkiye-based CIB network #2 (Büyük Türkiye, Marginale; Meta, Q2 2023)',
    labels: ['Türkiye-based CIB network #2 (Büyük Türkiye, Marginale brands)'],
    origin: ['TR'],
    countries: ['TR'],
    languages: ['tr'],
    summary:
      'A second domestic network in Türkiye, removed by Meta in 2023, that used brands such as "Büyük Türkiye" and "Marginale" across several platforms.',
    tactics: [FAKE_ACCOUNTS, NEWS_FRONTS],
  }),
  meta({
    id: 'turkiye-iran-cib-2023',
    name: 'Türkiye/Iran-based CIB network (7Sabah, İsrail Post, Amerika Gözlemi; Meta, Q2 2023)',
    labels: ['Türkiye/Iran-based CIB network (7Sabah, İsrail Post, Amerika Gözlemi, YediNot, Taha, Ülkede Değişim)'],
    origin: ['TR', 'IR'],
    countries: ['TR'],
    languages: ['tr'],
    summary:
      'A network run from Türkiye and Iran that addressed Turkish readers through news brands such as "7Sabah", "İsrail Post" and "Amerika Gözlemi". Meta removed it in 2023.',
    tactics: [NEWS_SITES, NEWS_FRONTS],
  }),
  meta({
    id: 'cn-india-tibet-personas-2023',
    name: 'China-based CIB network #1 (India/Tibet/US; Meta, Q3 2023)',
    labels: ['China-based CIB network #1 (India/Tibet/US-targeting fake journalists & activists)'],
    origin: ['CN'],
    countries: ['IN', 'US'],
    languages: ['en'],
    summary:
      'A China-based network that posed as journalists and activists to post about India, Tibet and the US. Meta removed it in 2023; some of its X accounts were likely fake accounts used only to amplify.',
    tactics: [FAKE_ACCOUNTS, t('T0097.102', 'Personas posing as journalists.')],
  }),
  meta({
    id: 'cn-india-tibet-x-accounts-2023',
    name: 'China-based CIB network #2 (India/Tibet/US personas; Meta, Q3 2023)',
    labels: ['China-based CIB network #2 (India/Tibet/US-targeting personas)'],
    origin: ['CN'],
    countries: ['IN', 'US'],
    languages: ['en'],
    summary:
      'A second China-based network removed by Meta in 2023 that posted about India, Tibet and the US. The indicators here are 70 X accounts.',
    tactics: [FAKE_ACCOUNTS],
  }),
  meta({
    id: 'iran-sgt-news-2023',
    name: 'Iran-based inauthentic behaviour cluster ("SGT News Network"; Meta, Q3 2023)',
    labels: ['Iran-based inauthentic behaviour cluster (fake US veteran persona / "SGT News Network")'],
    origin: ['IR'],
    countries: ['US'],
    languages: ['en'],
    summary:
      'A small Iran-based cluster that posed as a US military veteran running "SGT News Network" on several platforms. Meta removed it in 2023.',
    tactics: [t('T0097.105', 'A persona posing as a US veteran.'), NEWS_FRONTS],
  }),
  meta({
    id: 'iran-afghanistan-cib-2023',
    name: 'Iran-based recidivist CIB cluster (Afghanistan; Meta, Q3 2023)',
    labels: ['Iran-based recidivist CIB cluster (Afghanistan-focused: "Afg Review", "Tahlilroz")'],
    origin: ['IR'],
    countries: ['AF'],
    languages: [],
    summary:
      'An Iran-based group, removed by Meta before and again in 2023, that ran Afghanistan-focused news brands such as "Afg Review" and "Tahlilroz".',
    tactics: [NEWS_SITES, NEWS_FRONTS],
  }),
  meta({
    id: 'ru-people-say-2023',
    name: 'Russia-based CIB network ("People Say", "Military Wave"; Meta, Q3 2023)',
    labels: ['Russia-based CIB network ("People Say", "Military Wave", "The People\'s Press")'],
    origin: ['RU'],
    countries: [],
    languages: [],
    summary:
      'A Russia-based network that ran channels branded "People Say", "Military Wave" and "The People\'s Press". Meta removed it in 2023.',
    tactics: [NEWS_FRONTS],
  }),
  meta({
    id: 'cn-anti-war-personas-2023',
    name: 'China-based CIB network (anti-war activists and military families; Meta, Q4 2023)',
    labels: ['China-based CIB network (posing as anti-war activists / military family members)'],
    origin: ['CN'],
    countries: ['US'],
    languages: ['en'],
    summary:
      'A China-based network that posed as American anti-war activists and relatives of military personnel, including with an online petition. Meta removed it in late 2023.',
    tactics: [t('T0097.103', 'Personas posing as activists.'), FAKE_ACCOUNTS],
  }),
  meta({
    id: 'myanmar-military-cib-2023',
    name: 'Myanmar-based CIB network (pro-military; Meta, Q4 2023)',
    labels: ['Myanmar-based CIB network (pro-military, posing as ethnic minorities)'],
    origin: ['MM'],
    countries: ['MM'],
    languages: ['my'],
    summary:
      'A Myanmar-based network supporting the military that posed as members of ethnic minorities and ran news-style channels. Meta removed it in late 2023.',
    tactics: [t('T0097.101', 'Personas posing as local members of ethnic minorities.'), NEWS_FRONTS],
  }),
  meta({
    id: 'bangladesh-awami-league-cib-2024',
    name: 'Bangladesh-based CIB network (pro-Awami League news outlets; Meta, Q1 2024)',
    labels: ['Bangladesh-based CIB network (pro-Awami League fictitious news outlets)'],
    origin: ['BD'],
    countries: ['BD'],
    languages: ['bn'],
    summary:
      'A domestic network in Bangladesh that ran made-up news outlets supporting the Awami League. Meta removed it in 2024.',
    tactics: [NEWS_SITES, NEWS_FRONTS],
  }),
  meta({
    id: 'cn-sikh-personas-2024',
    name: 'China-based CIB network (posing as Sikh activists; Meta, Q1 2024)',
    labels: ['China-based CIB network (posing as Sikh activists)'],
    origin: ['CN'],
    countries: ['IN'],
    languages: [],
    summary: 'A China-based network that posed as Sikh activists to post about India. Meta removed it in 2024.',
    tactics: [t('T0097.103', 'Personas posing as activists.'), FAKE_ACCOUNTS],
  }),
  meta({
    id: 'iran-israel-haredi-cib-2024',
    name: 'Iran-based CIB network targeting Israel (Meta, Q1 2024)',
    labels: ['Iran-based CIB network (targeting Israel; Haredi-community fictitious news channel)'],
    origin: ['IR'],
    countries: ['IL'],
    languages: ['he'],
    summary:
      'An Iran-based network that aimed at Israelis, including a made-up news channel for the Haredi community, on Telegram, X and TikTok. Meta removed it in 2024.',
    tactics: [NEWS_FRONTS, FAKE_ACCOUNTS],
  }),
  meta({
    id: 'zero-zeno',
    name: 'Zero Zeno (Israel-based CIB network targeting the US and Canada)',
    labels: [
      'Israel-based CIB network (targeting US/Canada; same four sites OpenAI attributed to "Zero Zeno"/STOIC)',
      'Zero Zeno (Israel; STOIC per press)',
    ],
    origin: ['IL'],
    countries: ['US', 'CA'],
    languages: ['en'],
    aliases: [a('Zero Zeno', 'OpenAI')],
    attribution: [
      {
        actor: 'stoic',
        by: 'OpenAI',
        confidence: 'reported',
        note: 'OpenAI attributes the "Zero Zeno" activity to STOIC, a Tel Aviv political marketing firm (read through a research compilation); Meta\'s file gives only Israel as the origin.',
        sources: ['openai-2024-05-zero-zeno'],
      },
    ],
    summary:
      'An Israel-based network that Meta removed in 2024; it ran websites and accounts posting about the war in Gaza for audiences in the US and Canada. OpenAI reported the same four websites under the name "Zero Zeno" and named a Tel Aviv marketing firm.',
    tactics: [NEWS_SITES, FAKE_ACCOUNTS],
  }),
  meta({
    id: 'moldova-madagascar-cib-2024',
    name: 'CIB network targeting Moldova and Madagascar (Meta, Q1 2024)',
    labels: ['CIB network targeting Moldova & Madagascar'],
    origin: [],
    countries: ['MD', 'MG'],
    languages: [],
    summary:
      'A network that Meta removed in 2024 which targeted Moldova and Madagascar; its indicator file does not state where it was run from. The indicators here are a Telegram channel and an online petition.',
    tactics: [FAKE_ACCOUNTS],
  }),
  meta({
    id: 'ru-yerli-media-2024',
    name: 'Russia-based CIB network #1 (Georgia, Armenia, Azerbaijan; Meta, Q2 2024)',
    labels: ['Russia-based CIB network #1 (targeting Georgia, Armenia, Azerbaijan; "yerli-media")'],
    origin: ['RU'],
    countries: ['GE', 'AM', 'AZ'],
    languages: [],
    summary:
      'A Russia-based network that ran news-style sites aimed at Georgia, Armenia and Azerbaijan. Meta removed it in 2024.',
    tactics: [NEWS_SITES, NEWS_FRONTS],
  }),
  meta({
    id: 'stop-news',
    name: 'Stop News (Russia-based CIB network #2; Meta, Q2 2024)',
    labels: [
      'Russia-based CIB network #2 ("Euro Top News"/"EU NEWS TOP"/"Newstop:Afrique"; OpenAI: "Stop News")',
      'Stop News (Russia; OpenAI name) = Meta Q2 2024 Russia-based network #2',
    ],
    origin: ['RU'],
    countries: ['GB'],
    languages: ['en', 'fr'],
    aliases: [a('Stop News', 'OpenAI')],
    summary:
      'A Russia-based network that ran news brands such as "Euro Top News" and "Newstop:Afrique" for audiences in Europe and Africa. Meta removed it in 2024, and OpenAI reported the same network as "Stop News".',
    tactics: [NEWS_SITES, NEWS_FRONTS, t('T0085.001', 'OpenAI says the network used its models to write articles.')],
  }),
  meta({
    id: 'ru-ukrainian-european-front-2024',
    name: 'Russia-based CIB network #3 ("Ukrainian European Front"; Meta, Q2 2024)',
    labels: ['Russia-based CIB network #3 ("Ukrainian European Front"; real-world stunts in Europe)'],
    origin: ['RU'],
    countries: [],
    languages: [],
    summary:
      'A Russia-based network that posed as a Ukrainian group, the "Ukrainian European Front", and publicised staged stunts in Europe. Meta removed it in 2024.',
    tactics: [t('T0097.208', 'Posed as a Ukrainian activist group.')],
  }),
  meta({
    id: 'us-patriots-run-project-2024',
    name: 'US-based CIB network ("Patriots Run Project"; Meta, Q2 2024)',
    labels: ['US-based CIB network ("Patriots Run Project")'],
    origin: ['US'],
    countries: ['US'],
    languages: ['en'],
    summary:
      'A US-based network that ran the "Patriots Run Project" websites, one for each of several states, ahead of the 2024 elections. Meta removed it in 2024.',
    tactics: [NEWS_SITES, t('T0097.208', 'Presented itself as a grassroots political movement.')],
  }),
  meta({
    id: 'vietnam-cib-2024',
    name: 'Vietnam-based CIB network ("It\'s in Your Hands"; Meta, Q2 2024)',
    labels: ['Vietnam-based CIB network ("It\'s in Your Hands" and other campaigns)'],
    origin: ['VN'],
    countries: [],
    languages: [],
    summary:
      'A Vietnam-based network that ran several campaigns, among them "It\'s in Your Hands", through websites, petitions and social media accounts. Meta removed it in 2024.',
    tactics: [NEWS_SITES, t('T0097.208', 'Campaign brands presented as causes.')],
  }),
  meta({
    id: 'iran-zeus-hack-and-leak-2024',
    name: 'Iran-based CIB network ("Zeus"/"NetHunt3r"; Meta, Q3 2024)',
    labels: ['Iran-based CIB network ("Zeus"/"NetHunt3r" hack-and-leak personas; jerusalem-news impersonation)'],
    origin: ['IR'],
    countries: ['IL'],
    languages: [],
    summary:
      'An Iran-based network whose personas, such as "Zeus" and "NetHunt3r", posted allegedly hacked material about Israeli individuals and institutions on Telegram and hacking forums. Meta removed it in 2024.',
    tactics: [t('T0097.104', 'Personas posing as hackers.'), t('T0089.001', 'Posted documents it said were hacked.')],
  }),
  meta({
    id: 'lebanon-cib-2024',
    name: 'Lebanon-based CIB network ("Dofek", "Israel in a Minute"; Meta, Q3 2024)',
    labels: ['Lebanon-based CIB network ("Dofek", "Israel in a Minute", "Halalom Israel")'],
    origin: ['LB'],
    countries: ['IL'],
    languages: ['he'],
    summary:
      'A Lebanon-based network that ran Hebrew-language news brands such as "Dofek" and "Israel in a Minute" for Israeli audiences. Meta removed it in 2024.',
    tactics: [NEWS_SITES, NEWS_FRONTS],
  }),
  meta({
    id: 'moldova-fictitious-outlets-2024',
    name: 'Moldova-targeting CIB network (fictitious outlets; Meta, Q3 2024)',
    labels: ['Moldova-targeting CIB network (fictitious outlets "Insider Moldova", "Moldova Online", etc.)'],
    origin: [],
    countries: ['MD'],
    languages: ['ro', 'ru'],
    summary:
      'A network aimed at Moldova that ran made-up outlets such as "Insider Moldova" and "Moldova Online", mainly on Telegram, before the 2024 elections. Meta removed it in 2024.',
    tactics: [NEWS_FRONTS],
  }),
  meta({
    id: 'benin-cib-2024',
    name: 'Benin-based CIB network (targeting France and the US; Meta, Q4 2024)',
    labels: ['Benin-based CIB network (targeting France and US)'],
    origin: ['BJ'],
    countries: ['FR', 'US'],
    languages: [],
    summary: 'A Benin-based network aimed at France and the US, with one website and an X account. Meta removed it in early 2025.',
    tactics: [FAKE_ACCOUNTS],
  }),
  meta({
    id: 'cn-tibet-dalai-lama-2024',
    name: 'China-based CIB network (India and Tibet; Meta, Q4 2024)',
    labels: ['China-based CIB network (targeting India/Tibet; anti-Dalai Lama)'],
    origin: ['CN'],
    countries: ['IN'],
    languages: [],
    summary:
      'A China-based network that posted against the Dalai Lama and about India, including with online petitions and blogs. Meta removed it in early 2025.',
    tactics: [FAKE_ACCOUNTS],
  }),
  meta({
    id: 'ghana-empowering-ghana-2024',
    name: 'Ghana-based CIB network ("Empowering Ghana"; Meta, Q4 2024)',
    labels: ['Ghana-based CIB network ("Empowering Ghana")'],
    origin: ['GH'],
    countries: ['GH'],
    languages: ['en'],
    summary: 'A domestic network in Ghana that ran the "Empowering Ghana" brand before the 2024 elections. Meta removed it in early 2025.',
    tactics: [t('T0097.208', 'Presented itself as a civic initiative.')],
  }),
  meta({
    id: 'cn-myanmar-taiwan-japan-2025',
    name: 'China-based CIB network (Myanmar, Taiwan, Japan; Meta, Q1 2025)',
    labels: ['China-based CIB network (targeting Myanmar, Taiwan, Japan)'],
    origin: ['CN'],
    countries: ['MM', 'TW', 'JP'],
    languages: [],
    summary: 'A China-based network aimed at Myanmar, Taiwan and Japan. Meta removed it in 2025.',
    tactics: [FAKE_ACCOUNTS],
  }),
  meta({
    id: 'iran-azeri-journalists-2025',
    name: 'Iran-based CIB network (Azeri-language; Meta, Q1 2025)',
    labels: ['Iran-based CIB network (Azeri-language; fake female journalists)'],
    origin: ['IR'],
    countries: ['AZ'],
    languages: ['az'],
    summary:
      'An Iran-based network that posed as female journalists writing in Azeri and ran pro-Palestinian websites. Meta removed it in 2025. A research compilation reports that Meta attributed it to Storm-2035; we could not confirm that in Meta\'s file.',
    tactics: [t('T0097.102', 'Personas posing as journalists.'), NEWS_SITES],
  }),
  meta({
    id: 'romania-cib-2025',
    name: 'Romania-based CIB network (Meta, Q1 2025)',
    labels: ['Romania-based CIB network'],
    origin: ['RO'],
    countries: ['RO'],
    languages: ['ro'],
    summary: 'A domestic network in Romania whose fake accounts posted about politics on TikTok, X and YouTube. Meta removed it in 2025.',
    tactics: [FAKE_ACCOUNTS],
  }),
  meta({
    id: 'belarus-russia-poland-2025',
    name: 'Belarus/Russia-based CIB network targeting Poland (Meta, 2025)',
    labels: ['Belarus/Russia-based CIB network targeting Poland'],
    origin: ['BY', 'RU'],
    countries: ['PL'],
    languages: ['pl'],
    summary:
      'A network from Belarus with links to Russia that targeted Poland, falsely presented itself as the governing Civic Coalition in ads, and amplified material from a hack-and-leak against a Polish member of the European Parliament. Meta removed it in 2025.',
    tactics: [t('T0097.110', 'Ads falsely presented as coming from a governing party.'), FAKE_ACCOUNTS],
  }),
  meta({
    id: 'moldova-voice-of-gagauzia-2025',
    name: 'Moldova-based CIB network ("Voice of Gagauzia"; Meta, 2025)',
    labels: ['Moldova-based CIB network ("Voice of Gagauzia")'],
    origin: ['MD'],
    countries: ['MD'],
    languages: ['ru'],
    summary:
      'A domestic network in Moldova that ran the "Voice of Gagauzia" brand in support of the Heart of Moldova party. Meta removed it in 2025 and found direct links to people associated with the Gagauz Executive Committee.',
    tactics: [t('T0097.208', 'A brand presented as a grassroots local initiative.'), NEWS_FRONTS],
  }),
  meta({
    id: 'ru-govorit-md-2025',
    name: 'Russia-based CIB network targeting Moldova ("Govorit MD"; Meta, 2025)',
    labels: ['Russia-based CIB network targeting Moldova ("Govorit MD")'],
    origin: ['RU'],
    countries: ['MD'],
    languages: ['ru'],
    summary: 'A Russia-based network aimed at Moldova under the "Govorit MD" brand. Meta removed it in 2025.',
    tactics: [NEWS_SITES, NEWS_FRONTS],
  }),
  meta({
    id: 'ru-allo-afrique-2025',
    name: 'RT-linked network in Africa ("Allô Afrique", "Derniere Minute"; Meta, 2025)',
    labels: [
      'Russia-based CIB network ("Allô Afrique", "Derniere Minute")',
      'Russia-linked CIB network using authentic operators in Sub-Saharan Africa',
    ],
    origin: ['RU'],
    countries: [],
    languages: ['fr'],
    attribution: [
      {
        actor: 'rt',
        by: 'Meta',
        confidence: 'medium',
        note: 'Meta (H2 2025) says a Cameroon-based freelancer ran the brands, likely on behalf of employees of RT.',
        sources: ['meta-h2-2025-russia-based-cib-network-2-page'],
      },
    ],
    summary:
      'Two French-language brands, "Allô Afrique" and "Derniere Minute", that presented themselves as independent African media and at times shared RT material without saying so. Meta says a freelancer in Cameroon ran them, likely for RT employees, and removed them in 2025.',
    tactics: [NEWS_FRONTS, t('T0143.001', 'Operated by a real local freelancer rather than fake accounts.')],
  }),
  meta({
    id: 'cn-taiwan-gossip-2026',
    name: 'China-based CIB network targeting Taiwan ("Taiwan Gossip Net"; Meta, H1 2026)',
    labels: ['China-based CIB network targeting Taiwan ("Taiwan Gossip Net", "New Generation Rebellion")'],
    origin: ['CN'],
    countries: ['TW'],
    languages: ['zh-Hant'],
    summary:
      'A China-based network that ran pages and websites such as "Taiwan Gossip Net" and "New Generation Rebellion", claiming to be run by Taiwanese volunteers, and asked people to send in grievances about public affairs. Meta removed it in 2026.',
    tactics: [t('T0097.101', 'Claimed to be run by local Taiwanese volunteers.'), NEWS_SITES],
  }),
  meta({
    id: 'iran-azerbaijan-2026',
    name: 'Iran-based CIB network targeting Azerbaijan (Meta, H1 2026)',
    labels: ['Iran-based CIB network targeting Azerbaijan'],
    origin: ['IR'],
    countries: ['AZ'],
    languages: ['az', 'ru'],
    from: '2022',
    summary:
      'A multi-year operation aimed at Azerbaijan with detailed fake personas and news-style websites. Meta attributes it to Azerbaijani individuals located in Iran and Germany and removed it in 2026.',
    tactics: [FAKE_ACCOUNTS, NEWS_SITES],
  }),
  meta({
    id: 'iran-us-iraq-2026',
    name: 'Iran-based early-stage CIB network targeting the US and Iraq (Meta, H1 2026)',
    labels: ['Iran-based early-stage CIB network targeting US & Iraq'],
    origin: ['IR'],
    countries: ['US', 'IQ'],
    languages: ['en', 'ar'],
    from: '2024',
    summary:
      'An Iran-based network of invented American personas, with AI-generated profile pictures, that Meta caught early and removed in 2026 before it built a real audience.',
    tactics: [FAKE_ACCOUNTS, t('T0145.002', 'AI-generated profile pictures.')],
  }),
  meta({
    id: 'pakistan-balochistan-diaries-2026',
    name: 'Pakistan-based CIB network ("The Balochistan Diaries"; Meta, H1 2026)',
    labels: ['Pakistan-based CIB network ("Balochistan Diaries")'],
    origin: ['PK'],
    countries: ['PK'],
    languages: ['en', 'ur'],
    attribution: [
      {
        actor: 'ispr',
        by: 'Meta',
        confidence: 'high',
        note: "Meta (H1 2026) attributes the network to the Pakistani military's Inter-Services Public Relations wing.",
        sources: ['meta-h1-2026-pakistan-based-cib-network-page'],
      },
    ],
    summary:
      'A domestic Pakistani network built around a blog called "The Balochistan Diaries", with fake personas posing as people from Balochistan and AI-generated "journalist" videos. Meta attributes it to the Pakistani military\'s media wing and removed it in 2026.',
    tactics: [t('T0097.101', 'Personas posing as local people from Balochistan.'), t('T0087.001', 'AI-generated video journalists.'), NEWS_SITES],
  }),
  meta({
    id: 'ru-sub-saharan-africa-2026',
    name: 'Russia-based CIB network targeting Sub-Saharan Africa (Meta, H1 2026)',
    labels: ['Russia-based CIB network targeting Sub-Saharan Africa'],
    origin: ['RU'],
    countries: ['AO', 'GH', 'KE', 'ZA'],
    languages: ['en', 'pt'],
    from: '2025-08',
    summary:
      'A Russia-based network of pages posing as local African news sources that promoted anti-Western opinion pieces, some placed in real African outlets under false or invented bylines. Meta removed it in 2026. Only those single articles are listed, never the outlets that published them.',
    tactics: [NEWS_FRONTS, t('T0117', 'Opinion pieces placed in real local outlets.')],
  }),
  meta({
    id: 'ruposters-2026',
    name: 'Russia-based CIB network targeting Eastern Europe (Ruposters; Meta, H1 2026)',
    labels: ['Russia-based CIB network targeting Eastern Europe'],
    origin: ['RU'],
    countries: ['UA', 'MD', 'AM'],
    languages: [],
    from: '2025',
    attribution: [
      {
        actor: 'ruposters',
        by: 'Meta',
        confidence: 'high',
        note: 'Meta (H1 2026) attributes the network "with high confidence" to Ruposters, a Moscow news aggregator.',
        sources: ['meta-h1-2026-ruposters-eastern-europe'],
      },
    ],
    summary:
      'A Russia-based network of short-video channels posing as local media in about 20 countries, including Ukraine, Moldova and Armenia, that also impersonated bodies such as the UN. Meta attributes it to Ruposters, a Moscow news aggregator, and removed it in 2026.',
    tactics: [NEWS_FRONTS, t('T0152.006', 'Short videos on TikTok and YouTube.')],
  }),
  meta({
    id: 'international-burke-institute-2026',
    name: '"International Burke Institute" fabricated think tank (Meta, H2 2026)',
    labels: ['"International Burke Institute" fabricated think tank (Russia; targeting France/Western audiences)'],
    origin: ['RU'],
    countries: ['FR'],
    languages: ['fr', 'en'],
    summary:
      'A made-up think tank, the "International Burke Institute", with invented French commentators on TikTok and YouTube. Meta links it to actors in Russia and found it after a tip from OpenAI.',
    tactics: [t('T0097.204', 'Presents itself as a think tank.'), FAKE_ACCOUNTS],
  }),
  meta({
    id: 'ru-telegram-ukrainian-politicians-2026',
    name: 'Russia-based CIB network impersonating Ukrainian politicians on Telegram (Meta, H2 2026)',
    labels: ['Russia-based CIB network targeting Europe, the Middle East and Africa (Telegram channels impersonating Ukrainian politicians)'],
    origin: ['RU'],
    countries: [],
    languages: [],
    attribution: [
      {
        actor: 'internet-research-agency',
        by: 'Meta',
        confidence: 'low',
        note: 'Meta (H2 2026) says the operators were Russian individuals, some previously suspected of ties to the Internet Research Agency.',
        sources: ['meta-h2-2026-russia-cib-based-network-page'],
      },
    ],
    summary:
      'A Russia-based network that ran Telegram channels impersonating Ukrainian politicians, for audiences in Europe, the Middle East and Africa. Meta removed it in 2026.',
    tactics: [t('T0143.003', 'Channels impersonating real Ukrainian politicians.')],
  }),
  meta({
    id: 'ru-hungary-election-2026',
    name: 'Russia-based CIB network targeting Hungary (Meta, H2 2026)',
    labels: ['Russia-based CIB network targeting Hungary (fake Hungarian/Ukrainian media; 2026 election)'],
    origin: ['RU'],
    countries: ['HU'],
    languages: ['hu'],
    summary:
      'A network linked to individuals in Russia that ran fake Hungarian and Ukrainian media sites before Hungary\'s 2026 election. Meta removed it in 2026.',
    tactics: [NEWS_SITES, NEWS_FRONTS],
  }),
  meta({
    id: 'iran-azerbaijan-h2-2026',
    name: 'Iran-based CIB network targeting Azerbaijan (Meta, H2 2026)',
    labels: ['Iran-based CIB network targeting Azerbaijan (H2 2026)'],
    origin: ['IR'],
    countries: ['AZ'],
    languages: ['az'],
    summary: 'A network of Azerbaijani individuals in Iran that targeted Azerbaijan on Telegram, TikTok and X. Meta removed it in 2026.',
    tactics: [FAKE_ACCOUNTS],
  }),
  meta({
    id: 'iran-sub-saharan-africa-2026',
    name: 'Iran-based CIB network targeting Sub-Saharan Africa (Meta, H2 2026)',
    labels: ['Iran-based CIB network targeting Sub-Saharan Africa'],
    origin: ['IR'],
    countries: [],
    languages: [],
    summary: 'A network linked to actors in Iran that targeted audiences in Sub-Saharan Africa with fake X accounts. Meta removed it in 2026.',
    tactics: [FAKE_ACCOUNTS],
  }),
  meta({
    id: 'israel-influence-for-hire-2026',
    name: 'Israel-based influence-for-hire CIB network (Meta, H2 2026)',
    labels: ['Israel-based influence-for-hire CIB network (France, UK, Australia, Iran, Togo, Gabon, Angola, US)'],
    origin: ['IL'],
    countries: ['FR', 'GB', 'AU', 'IR', 'TG', 'GA', 'AO', 'US'],
    languages: [],
    summary:
      'An influence-for-hire operation run by individuals based in Israel, with websites and campaigns aimed at several countries including France. Meta removed it in 2026.',
    tactics: [NEWS_SITES, FAKE_ACCOUNTS],
  }),
  meta({
    id: 'ukraine-bulgaria-local-news-2026',
    name: 'Ukraine/Bulgaria-based CIB network (pro-Ukraine fake local news; Meta, H2 2026)',
    labels: ['Ukraine/Bulgaria-based CIB network (pro-Ukraine fake local news sites in EU/US)'],
    origin: ['UA', 'BG'],
    countries: [],
    languages: [],
    summary:
      'A pro-Ukraine network of fake local news sites in several EU countries and the US, such as britpanorama.co.uk and klarfocus.de. Meta attributes it to a Ukrainian expatriate in Bulgaria and removed it in 2026.',
    tactics: [NEWS_SITES, NEWS_FRONTS],
  }),
];
