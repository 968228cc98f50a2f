/**
 * Hand-curated facts about the sources: the ones the CSV names (keyed by its `source_url`) and the
 * ones it does not (reports behind attributions, naming maps, DISARM incidents, DIMA databases,
 * the pages where we read text artifacts).
 *
 * Tier rule (data/README.md "Trust tiers"): a structured IOC file published by the reporting
 * organisation is `primary-indicator-file`; an official report or statement, also when read
 * through press coverage that quotes it, is `primary-report` with `via`; anything we saw only in a
 * third-party compilation is `secondary`, with `via` naming the compilation.
 *
 * Meta's IOC files are not listed here one by one: the importer derives their id, title and date
 * from the CSV (see `metaSource` in shared.ts), with the date overrides below.
 */
import type { Source } from '../../src/core/types';

const COMPILATION_OPENAI =
  'quoted in a third-party research compilation (ref. 68638705549, "Synthetic corroboration at scale"); the OpenAI page itself was not read';
const COMPILATION_RU =
  'quoted in a third-party research compilation (ref. 68781440362, "Sub-cases: Russian-linked covert influence operations, 2023-2026"); the report itself was not read';

/** CSV `source_url` -> the source entry (non-Meta sources). */
export const CSV_SOURCES: Record<string, Source> = {
  'https://openai.com/index/disrupting-malicious-uses-of-ai-doppelganger': {
    id: 'openai-2024-05-doppelganger',
    publisher: 'OpenAI',
    title: 'Disrupting malicious uses of AI: Doppelganger (case study)',
    date: '2024-05',
    url: 'https://openai.com/index/disrupting-malicious-uses-of-ai-doppelganger',
    tier: 'secondary',
    via: COMPILATION_OPENAI,
    licence: 'not stated',
  },
  'https://www.justice.gov/opa/pr/justice-department-disrupts-covert-russian-government-sponsored-foreign-malign': {
    id: 'us-doj-2024-09-04-doppelganger',
    publisher: 'US Department of Justice',
    title: 'Justice Department Disrupts Covert Russian Government-Sponsored Foreign Malign Influence Operation',
    date: '2024-09-04',
    url: 'https://www.justice.gov/opa/pr/justice-department-disrupts-covert-russian-government-sponsored-foreign-malign',
    tier: 'primary-report',
    via: 'as quoted by The Jerusalem Post, MyChesCo and Cybernoz; the press release itself was not read directly',
    licence: 'US government work (public domain)',
  },
  'https://www.infodocket.com/2019/05/14/report-typosquatting-campaign-imitated-news-outlets-to-spread-propaganda-for-years/': {
    id: 'citizen-lab-2019-05-14-endless-mayfly',
    publisher: 'Citizen Lab',
    title: "Burned After Reading: Endless Mayfly's Ephemeral Disinformation Campaign",
    date: '2019-05-14',
    url: 'https://www.infodocket.com/2019/05/14/report-typosquatting-campaign-imitated-news-outlets-to-spread-propaganda-for-years/',
    tier: 'primary-report',
    via: 'as quoted by infoDOCKET (with CyberScoop coverage), 14 May 2019',
    licence: 'CC BY-SA 4.0 (the report)',
  },
  'https://github.com/GraphikaReports/Graphika-Technical-Report-Data/blob/main/GlassOnion/Glass_Onion_STIX_bundle.json': {
    id: 'graphika-2025-01-13-glass-onion-stix',
    publisher: 'Graphika',
    title: 'Glass Onion: Peeling Back the Layers of a Pro-China Online Ecosystem (STIX 2.1 bundle)',
    date: '2025-01-13',
    url: 'https://github.com/GraphikaReports/Graphika-Technical-Report-Data/blob/main/GlassOnion/Glass_Onion_STIX_bundle.json',
    tier: 'primary-indicator-file',
    licence: 'not stated (Graphika Technologies Inc.): indicator facts and citation only, no descriptions copied',
  },
  'https://complianceconcourse.willkie.com/articles/news-alerts-2020-11-november-20201106-doj-seizes-27-additional-domain-names/': {
    id: 'us-doj-2020-11-irgc-domain-seizures',
    publisher: 'US Department of Justice',
    title: 'Seizure of 27 additional domain names used by the Islamic Revolutionary Guard Corps',
    date: '2020-11',
    url: 'https://complianceconcourse.willkie.com/articles/news-alerts-2020-11-november-20201106-doj-seizes-27-additional-domain-names/',
    tier: 'primary-report',
    via: "as summarised by Willkie Farr & Gallagher's Compliance Concourse, 6 Nov 2020",
    licence: 'US government work (public domain)',
  },
  'https://openai.com/index/disrupting-malicious-uses-of-ai-iuvm': {
    id: 'openai-2024-05-iuvm',
    publisher: 'OpenAI',
    title: 'Disrupting malicious uses of AI: IUVM (case study)',
    date: '2024-05',
    url: 'https://openai.com/index/disrupting-malicious-uses-of-ai-iuvm',
    tier: 'secondary',
    via: COMPILATION_OPENAI,
    licence: 'not stated',
  },
  'https://openai.com/index/disrupting-malicious-uses-of-ai-iranian-influence-nexus': {
    id: 'openai-2025-02-iranian-influence-nexus',
    publisher: 'OpenAI',
    title: 'Disrupting malicious uses of AI: Iranian influence nexus (case study)',
    date: '2025-02',
    url: 'https://openai.com/index/disrupting-malicious-uses-of-ai-iranian-influence-nexus',
    tier: 'secondary',
    via: COMPILATION_OPENAI,
    licence: 'not stated',
  },
  'https://www.zerohedge.com/political/over-100-chinese-websites-pose-local-news-outlets-30-countries-report': {
    id: 'citizen-lab-2024-02-07-paperwall',
    publisher: 'Citizen Lab',
    title: 'PAPERWALL: Chinese Websites Posing as Local News Outlets Target Global Audiences with Pro-Beijing Content',
    date: '2024-02-07',
    url: 'https://www.zerohedge.com/political/over-100-chinese-websites-pose-local-news-outlets-30-countries-report',
    tier: 'primary-report',
    via: 'as reported by The Epoch Times, republished by ZeroHedge; the report and its appendix were not read directly',
    licence: 'not stated',
  },
  'https://github.com/CheckFirstHQ/pravda-network': {
    id: 'checkfirst-pravda-network-data',
    publisher: 'CheckFirst',
    title: 'Pravda Network Data Collection (one data file per Pravda-network domain)',
    url: 'https://github.com/CheckFirstHQ/pravda-network',
    tier: 'primary-indicator-file',
    licence: 'not stated ("provided for research and analysis purposes", citation requested): facts and citation only',
  },
  'https://github.com/CheckFirstHQ/Pravda-links-extractor': {
    id: 'checkfirst-pravda-links-extractor',
    publisher: 'CheckFirst',
    title: 'Pravda News Extractor (README; its usage example targets pravda-fi.com)',
    url: 'https://github.com/CheckFirstHQ/Pravda-links-extractor',
    tier: 'primary-report',
    licence: 'Creative Commons (variant not named in the README)',
  },
  'https://www.cnews.fr/monde/2024-02-12/la-france-revele-un-reseau-structure-et-coordonne-de-propagande-russe-visant-europe': {
    id: 'viginum-2024-02-12-portal-kombat',
    publisher: 'VIGINUM (SGDSN)',
    title: 'Portal Kombat: a structured and coordinated pro-Russian propaganda network',
    date: '2024-02-12',
    url: 'https://www.cnews.fr/monde/2024-02-12/la-france-revele-un-reseau-structure-et-coordonne-de-propagande-russe-visant-europe',
    tier: 'primary-report',
    via: 'as reported by CNews, 12 Feb 2024',
    licence: 'not stated',
  },
  'https://openai.com/index/disrupting-malicious-uses-of-ai-spamouflage': {
    id: 'openai-2024-05-spamouflage',
    publisher: 'OpenAI',
    title: 'Disrupting malicious uses of AI: Spamouflage (case study)',
    date: '2024-05',
    url: 'https://openai.com/index/disrupting-malicious-uses-of-ai-spamouflage',
    tier: 'secondary',
    via: COMPILATION_OPENAI,
    licence: 'not stated',
  },
  'https://github.com/Azure/Azure-Sentinel/blob/master/Sample%20Data/Feeds/SEABORGIUMIOC.csv': {
    id: 'microsoft-2022-08-15-seaborgium-iocs',
    publisher: 'Microsoft',
    title: 'SEABORGIUMIOC.csv (Microsoft Sentinel feed behind the rule "Star Blizzard C2 Domains August 2022")',
    date: '2022-08-15',
    url: 'https://github.com/Azure/Azure-Sentinel/blob/master/Sample%20Data/Feeds/SEABORGIUMIOC.csv',
    tier: 'primary-indicator-file',
    licence: 'not verified (the Azure-Sentinel repository licence was not read)',
  },
  'https://github.com/Insikt-Group/Research/blob/master/Exposing%20TAG-53%E2%80%99s%20Credential%20Harvesting%20Infrastructure%20Used%20for%20Russia-Aligned%20Espionage%20Operations/Exposing%20TAG-53%E2%80%99s%20Credential%20Harvesting%20Infrastructure%20Used%20for%20Russia-Aligned%20Espionage%20Operations%20-%20Indicators.csv': {
    id: 'recorded-future-2022-12-tag-53-iocs',
    publisher: 'Recorded Future (Insikt Group)',
    title: "Exposing TAG-53's Credential Harvesting Infrastructure Used for Russia-Aligned Espionage Operations (indicators)",
    date: '2022-12',
    url: 'https://github.com/Insikt-Group/Research/blob/master/Exposing%20TAG-53%E2%80%99s%20Credential%20Harvesting%20Infrastructure%20Used%20for%20Russia-Aligned%20Espionage%20Operations/Exposing%20TAG-53%E2%80%99s%20Credential%20Harvesting%20Infrastructure%20Used%20for%20Russia-Aligned%20Espionage%20Operations%20-%20Indicators.csv',
    tier: 'primary-indicator-file',
    licence: 'MIT (Recorded Future)',
  },
  'https://github.com/Insikt-Group/Research/blob/master/BlueCharlie%2C%20Previously%20Tracked%20as%20TAG-53%2C%20Continues%20to%20Deploy%20New%20Infrastructure%20in%202023/BlueCharlie%2C%20Previously%20Tracked%20as%20TAG-53%2C%20Continues%20to%20Deploy%20New%20Infrastructure%20in%202023.csv': {
    id: 'recorded-future-2023-bluecharlie-iocs',
    publisher: 'Recorded Future (Insikt Group)',
    title: 'BlueCharlie, Previously Tracked as TAG-53, Continues to Deploy New Infrastructure in 2023 (indicators)',
    date: '2023',
    url: 'https://github.com/Insikt-Group/Research/blob/master/BlueCharlie%2C%20Previously%20Tracked%20as%20TAG-53%2C%20Continues%20to%20Deploy%20New%20Infrastructure%20in%202023/BlueCharlie%2C%20Previously%20Tracked%20as%20TAG-53%2C%20Continues%20to%20Deploy%20New%20Infrastructure%20in%202023.csv',
    tier: 'primary-indicator-file',
    licence: 'MIT (Recorded Future)',
  },
  'https://openai.com/index/disrupting-malicious-uses-of-ai-stop-news-2024': {
    id: 'openai-2024-10-stop-news',
    publisher: 'OpenAI',
    title: 'Disrupting malicious uses of AI: "Stop News" (case study)',
    date: '2024-10',
    url: 'https://openai.com/index/disrupting-malicious-uses-of-ai-stop-news-2024',
    tier: 'secondary',
    via: COMPILATION_OPENAI,
    licence: 'not stated',
  },
  'https://info.alethea.com/case-studies-storm-1516': {
    id: 'alethea-storm-1516',
    publisher: 'Alethea',
    title: 'Case study: Storm-1516',
    url: 'https://info.alethea.com/case-studies-storm-1516',
    tier: 'secondary',
    via: COMPILATION_RU,
    licence: 'not stated',
  },
  'https://www.sgdsn.gouv.fr/files/files/Publications/20250507_TLP-CLEAR_NP_SGDSN_VIGINUM_Technical%20report_Storm-1516.pdf': {
    id: 'viginum-2025-05-07-storm-1516',
    publisher: 'VIGINUM (SGDSN)',
    title: 'Storm-1516: technical report',
    date: '2025-05-07',
    url: 'https://www.sgdsn.gouv.fr/files/files/Publications/20250507_TLP-CLEAR_NP_SGDSN_VIGINUM_Technical%20report_Storm-1516.pdf',
    tier: 'secondary',
    via: COMPILATION_RU,
    licence: 'not stated',
  },
  'https://www.sgdsn.gouv.fr/files/files/Publications/20260206_NP_TLP-CLEAR_SGDSN_VIGINUM_Fiche-Technique-Storm-1516_0.pdf': {
    id: 'viginum-2026-02-06-storm-1516',
    publisher: 'VIGINUM (SGDSN)',
    title: 'Storm-1516: fiche technique',
    date: '2026-02-06',
    url: 'https://www.sgdsn.gouv.fr/files/files/Publications/20260206_NP_TLP-CLEAR_SGDSN_VIGINUM_Fiche-Technique-Storm-1516_0.pdf',
    tier: 'secondary',
    via: COMPILATION_RU,
    licence: 'not stated',
  },
  'https://openai.com/index/disrupting-a-covert-iranian-influence-operation': {
    id: 'openai-2024-08-16-storm-2035',
    publisher: 'OpenAI',
    title: 'Disrupting a covert Iranian influence operation',
    date: '2024-08-16',
    url: 'https://openai.com/index/disrupting-a-covert-iranian-influence-operation',
    tier: 'secondary',
    via: 'domain spellings quoted in a third-party research compilation (ref. 68638705549); the site names are corroborated by news coverage of the OpenAI and Microsoft reports',
    licence: 'not stated',
  },
  'https://openai.com/index/disrupting-malicious-uses-of-ai-zero-zeno': {
    id: 'openai-2024-05-zero-zeno',
    publisher: 'OpenAI',
    title: 'Disrupting malicious uses of AI: Zero Zeno (case study)',
    date: '2024-05',
    url: 'https://openai.com/index/disrupting-malicious-uses-of-ai-zero-zeno',
    tier: 'secondary',
    via: COMPILATION_OPENAI,
    licence: 'not stated',
  },
};

/**
 * Dates of Meta IOC files whose CSV title has no publication month. Where only the year is known
 * for sure (the file was committed that year and the quarter it covers was over), the year alone.
 */
export const META_DATE_OVERRIDES: Record<string, string> = {
  // H2 2025 IOC pages were committed in 2026, but they belong to the H2 2025 report, whose CSV
  // files were committed on 2025-12-11: the report's year is 2025.
  'https://github.com/facebook/threat-research/blob/main/indicators/meta-h2-2025-belarus-based-cib-network.md': '2025',
  'https://github.com/facebook/threat-research/blob/main/indicators/meta-h2-2025-moldova-based-cib-network.md': '2025',
  'https://github.com/facebook/threat-research/blob/main/indicators/meta-h2-2025-russia-based-cib-network-2.md': '2025',
  'https://github.com/facebook/threat-research/blob/main/indicators/csv/2022_04_metas_adversarial_threat_report_q1.csv': '2022-04',
  'https://github.com/facebook/threat-research/blob/main/indicators/csv/2022_09_removing_coordinated_inauthentic_behavior_from_china_and_russia.csv': '2022-09-27',
};

const MIT_META = 'MIT (Meta Platforms, facebook/threat-research)';
const DISARM_LICENCE = 'CC BY-SA 4.0 (DISARM Foundation)';
const DIMA_LICENCE = 'Apache-2.0 (DIMA, M82 Project)';
const DIMA_DB = 'https://github.com/M82-project/DIMA/blob/main/plugin/plugin_chrome/releases/Plugin-dima/data/databases/';

function disarmIncident(id: string, title: string, date?: string): Source {
  return {
    id: `disarm-incident-${id.toLowerCase()}`,
    publisher: 'DISARM Foundation',
    title: `DISARM incident ${id}: ${title}`,
    ...(date !== undefined ? { date } : {}),
    url: `https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/incidents/${id}.md`,
    tier: 'secondary',
    licence: DISARM_LICENCE,
  };
}

/** Sources that no CSV row names. */
export const EXTRA_SOURCES: Source[] = [
  {
    id: 'meta-h2-2025-iran-endless-mayfly',
    publisher: 'Meta',
    title: 'Updating Attribution of Persistent Iranian Influence Operation to "Endless Mayfly" (Adversarial Threat Report H2 2025, IOC page)',
    date: '2025',
    url: 'https://github.com/facebook/threat-research/blob/main/indicators/meta-h2-2025-iran-based-cib-network.md',
    tier: 'primary-report',
    licence: MIT_META,
  },
  {
    id: 'meta-h1-2026-ruposters-eastern-europe',
    publisher: 'Meta',
    title: 'Russia-Based Influence Operation Network Targeting Eastern Europe (Adversarial Threat Report H1 2026, IOC page)',
    date: '2026',
    url: 'https://github.com/facebook/threat-research/blob/main/indicators/meta-h1-2026-russia-based-cib-network-2.md',
    tier: 'primary-report',
    licence: MIT_META,
  },
  {
    id: 'microsoft-threat-actor-naming',
    publisher: 'Microsoft',
    title: 'Microsoft threat actor naming: MicrosoftMapping.json',
    url: 'https://github.com/microsoft/mstic/blob/master/PublicFeeds/ThreatActorNaming/MicrosoftMapping.json',
    tier: 'primary-report',
    licence: 'CC BY 4.0 (Microsoft, mstic)',
  },
  {
    id: 'misp-galaxy-threat-actor',
    publisher: 'MISP Project',
    title: 'MISP galaxy: threat-actor clusters',
    url: 'https://github.com/MISP/misp-galaxy/blob/main/clusters/threat-actor.json',
    tier: 'secondary',
    licence: 'CC0 1.0 or BSD-2-Clause (MISP galaxy)',
  },
  {
    id: 'eu-disinfolab-2022-09-27-doppelganger',
    publisher: 'EU DisinfoLab',
    title: 'Doppelganger: Media clones serving Russian propaganda',
    date: '2022-09-27',
    url: 'https://nsarchive.gwu.edu/media/32110/ocr',
    tier: 'primary-report',
    via: 'OCR copy held by the National Security Archive',
    licence: 'not stated',
  },
  {
    id: 'microsoft-mtac-2024-08-09-iran',
    publisher: 'Microsoft Threat Analysis Center (MTAC)',
    title: 'Iran targeting 2024 US election',
    date: '2024-08-09',
    url: 'https://menafn.com/1108541642/Microsoft-claims-Iran-is-looking-to-meddle-in-American-elections',
    tier: 'primary-report',
    via: 'as reported by MENAFN, 11 Aug 2024',
    licence: 'not stated',
  },
  {
    id: 'microsoft-doj-2024-10-star-blizzard-seizures',
    publisher: 'Microsoft and US Department of Justice',
    title: 'Star Blizzard domain seizures: Microsoft civil action and DOJ seizure warrant',
    date: '2024-10-03',
    url: 'https://www.helpnetsecurity.com/2024/10/04/star-blizzard-domains-seized/',
    tier: 'primary-report',
    via: 'as reported by Help Net Security, 4 Oct 2024',
    licence: 'not stated',
  },
  {
    id: 'sdny-2024-09-04-rt-tenet-media-indictment',
    publisher: 'US Department of Justice (Southern District of New York)',
    title: 'Indictment of RT employees Kostiantyn Kalashnikov and Elena Afanasyeva (unsealed 4 Sep 2024)',
    date: '2024-09-04',
    url: 'https://cbsnews.com/amp/news/russia-tenet-media-right-wing-influencers-justice-department',
    tier: 'primary-report',
    via: 'as reported by CBS News; the indictment text was not read directly',
    licence: 'US government work (public domain)',
  },
  disarmIncident('I00065', 'Ghostwriter'),
  disarmIncident('I00088', 'China-linked inauthentic network (FDD, March 2024)', '2024-03'),
  disarmIncident('I00093', 'Spamouflage posing as Canadian politicians (Canada RRM, Oct 2023)', '2023-10'),
  disarmIncident('I00096', 'China-linked AI-generated content (Microsoft MTAC, April 2024)', '2024-04'),
  disarmIncident('I00107', 'Doppelganger (Thomas Rid, Foreign Affairs, 30 Sep 2024)', '2024-09-30'),
  disarmIncident('I00121', 'Operation Overload (CheckFirst and Reset.Tech, 4 June 2024)', '2024-06-04'),
  // Pages where the CopyCop leftover rewriting prompt can be read as published (text artifacts).
  {
    id: 'copycop-page-franceencolere-2024-03-15',
    publisher: 'franceencolere.fr (a site listed as CopyCop in the DIMA compilation citing Recorded Future)',
    title: 'Article as published, opening with the leftover rewriting prompt',
    date: '2024-03-15',
    url: 'https://franceencolere.fr/2024/03/15/la-securite-des-francais-depend-de-la-defaite-de-la-russie-en-ukraine-2',
    tier: 'primary-report',
    via: 'the campaign page itself, read through a stored copy: evidence that the phrase appears, not a report',
    licence: 'not stated',
  },
  {
    id: 'copycop-page-veritecachee-2024-03-07',
    publisher: 'veritecachee.fr (a site listed as Storm-1516/CopyCop in the DIMA compilation citing VIGINUM)',
    title: 'Article as published, opening with the leftover rewriting prompt',
    date: '2024-03-07',
    url: 'https://veritecachee.fr/2024/03/07/aucune-limite-dans-le-soutien-de-la-france-a-lukraine-selon-macron/',
    tier: 'primary-report',
    via: 'the campaign page itself, read through a stored copy: evidence that the phrase appears, not a report',
    licence: 'not stated',
  },
];

/** DIMA databases: one source per (database, cited report). */
export interface DimaSourceSpec {
  source: Source;
  /** The cited report's date when the data states it (for `firstReported`), never DIMA's own dates. */
  reportDate?: string;
}

function dima(id: string, db: string, citing: string, reportDate?: string): DimaSourceSpec {
  return {
    source: {
      id,
      publisher: 'DIMA (M82 Project)',
      title: `DIMA (M82 Project) compilation citing ${citing}`,
      date: '2025-10',
      url: `${DIMA_DB}${db}.js`,
      tier: 'secondary',
      licence: DIMA_LICENCE,
    },
    ...(reportDate !== undefined ? { reportDate } : {}),
  };
}

/** Keyed by `<database>|<reportUrl or source>`. */
export const DIMA_SOURCES: Record<string, DimaSourceSpec> = {
  'Doppelganger|https://www.qurium.org/alerts/under-the-hood-of-a-doppelganger/': dima(
    'dima-doppelganger-qurium',
    'Doppelganger',
    'Qurium Media Foundation, "Under the hood of a Doppelganger"',
  ),
  'Doppelganger|https://www.justice.gov/opa/pr/justice-department-disrupts-covert-russian-government-sponsored-foreign-malign': dima(
    'dima-doppelganger-us-doj',
    'Doppelganger',
    'the US Department of Justice, 4 Sep 2024',
    '2024-09-04',
  ),
  'Doppelganger|https://www.disinfo.eu/doppelganger-operation/': dima(
    'dima-doppelganger-eu-disinfolab',
    'Doppelganger',
    'EU DisinfoLab and the French government',
  ),
  'RRN|https://www.sgdsn.gouv.fr/files/files/20230619_NP_VIGINUM_RAPPORT-CAMPAGNE-RRN_VF_0.pdf': dima(
    'dima-rrn-viginum-2023',
    'RRN',
    "VIGINUM's RRN report (19 June 2023)",
    '2023-06-19',
  ),
  'PortalKombat|https://www.sgdsn.gouv.fr/files/files/20240212_NP_SGDSN_VIGINUM_RAPPORT-RESEAU-PORTAL-KOMBAT_VF.pdf': dima(
    'dima-portal-kombat-viginum-2024',
    'PortalKombat',
    "VIGINUM's Portal Kombat report (12 Feb 2024)",
    '2024-02-12',
  ),
  'Pravda|https://dfrlab.org/2025/04/18/introducing-the-pravda-dashboard/': dima(
    'dima-pravda-dfrlab-2025-04-18',
    'Pravda',
    'DFRLab and CheckFirst, "Introducing the Pravda Dashboard" (18 Apr 2025)',
    '2025-04-18',
  ),
  'Pravda|https://dfrlab.org/2025/02/24/russia-pravda-network-expands-worldwide/': dima(
    'dima-pravda-dfrlab-2025-02-24',
    'Pravda',
    'DFRLab and CheckFirst, "Russia\'s Pravda network expands worldwide" (24 Feb 2025)',
    '2025-02-24',
  ),
  'Pravda|https://dfrlab.org/2025/03/12/pravda-network-wikipedia-llm-x/': dima(
    'dima-pravda-dfrlab-2025-03-12',
    'Pravda',
    'DFRLab and CheckFirst, "Pravda network cited on Wikipedia, LLMs and X" (12 Mar 2025)',
    '2025-03-12',
  ),
  'Pravda|https://www.sgdsn.gouv.fr/files/files/20240212_NP_SGDSN_VIGINUM_PORTAL-KOMBAT-NETWORK_ENG_VF.pdf': dima(
    'dima-pravda-viginum-2024',
    'Pravda',
    "VIGINUM's Portal Kombat report (12 Feb 2024)",
    '2024-02-12',
  ),
  'Pravda|https://edmo.eu/publications/russian-disinformation-network-pravda-tries-a-new-route-to-influence-eu-public-opinions-few-days-ahead-of-the-vote/': dima(
    'dima-pravda-edmo',
    'Pravda',
    'EDMO, "Russian disinformation network Pravda tries a new route to influence EU public opinions"',
  ),
  'Pravda|https://github.com/CheckFirstHQ/pravda-network': dima('dima-pravda-checkfirst', 'Pravda', "CheckFirst's pravda-network repository"),
  'Pravda|https://www.nordishub.eu/nordis-investigation/': dima('dima-pravda-nordis', 'Pravda', 'a NORDIS investigation'),
  'Copycop|https://assets.recordedfuture.com/insikt-report-pdfs/2025/cta-ru-2025-0917.pdf': dima(
    'dima-copycop-recorded-future-2025',
    'Copycop',
    'Recorded Future Insikt Group (2025 CopyCop report)',
    '2025',
  ),
  'Storm1516|VIGINUM - Rapport Storm-1516 Mai 2025': dima(
    'dima-storm-1516-viginum-2025',
    'Storm1516',
    "VIGINUM's Storm-1516 report (May 2025)",
    '2025-05',
  ),
  'Baybridge|https://www.tadaweb.com/hub/68e3e66e4f7350000150899b': dima(
    'dima-baybridge-tadaweb-2025',
    'Baybridge',
    'Tadaweb and Paul Charon, "Focus BAYBRIDGE" (2025)',
    '2025',
  ),
};
