/**
 * Actors: the organisations and people that sources name as behind a campaign. Only with a citation
 * from the shared data; descriptions are ours and say no more than the cited source does.
 */
import type { Actor } from '../../src/core/types';

export const ACTORS: Actor[] = [
  {
    id: 'social-design-agency',
    name: 'Social Design Agency',
    aliases: ['SDA'],
    country: 'RU',
    kind: 'state-directed-company',
    description:
      'A Moscow company that Meta named in 2022 as behind Doppelganger, and that the US Department of Justice in 2024 said ran the operation at the direction of the Russian Presidential Administration.',
    sources: ['us-doj-2024-09-04-doppelganger', 'meta-h2-2026-russia-cib-based-network-4-page'],
  },
  {
    id: 'structura',
    name: 'Structura National Technology',
    aliases: ['Structura'],
    country: 'RU',
    kind: 'state-directed-company',
    description:
      'A Russian company that the US Department of Justice (Sept 2024) named alongside Social Design Agency and ANO Dialog as running Doppelganger.',
    sources: ['us-doj-2024-09-04-doppelganger'],
  },
  {
    id: 'ano-dialog',
    name: 'ANO Dialog',
    aliases: [],
    country: 'RU',
    kind: 'state-directed-company',
    description:
      'A Russian non-profit organisation that the US Department of Justice (Sept 2024) named as part of the Doppelganger operation; Meta (H2 2026) says it runs campaigns of its own, one of them with the PR firm US-Media.',
    sources: ['us-doj-2024-09-04-doppelganger', 'meta-h2-2026-russia-cib-based-network-4-page'],
  },
  {
    id: 'russian-presidential-administration',
    name: 'Russian Presidential Administration',
    aliases: [],
    country: 'RU',
    kind: 'state-agency',
    description:
      'The US Department of Justice (Sept 2024) said Doppelganger was directed by the Presidential Administration, naming First Deputy Chief of Staff Sergei Kiriyenko.',
    sources: ['us-doj-2024-09-04-doppelganger'],
  },
  {
    id: 'us-media',
    name: 'US-Media',
    aliases: ['us-media.ru'],
    country: 'RU',
    kind: 'contractor',
    description: 'A Russian PR firm that Meta (H2 2026) says ANO Dialog worked with on one of its campaigns.',
    sources: ['meta-h2-2026-russia-cib-based-network-4-page'],
  },
  {
    id: 'gru-unit-29155',
    name: 'GRU unit 29155',
    aliases: ['Unit 29155'],
    country: 'RU',
    kind: 'state-agency',
    description:
      "A unit of Russia's military intelligence service. VIGINUM (May 2025), as quoted in a research compilation, links Storm-1516 to it.",
    sources: ['viginum-2025-05-07-storm-1516'],
  },
  {
    id: 'center-for-geopolitical-expertise',
    name: 'Center for Geopolitical Expertise',
    aliases: ['CGE'],
    country: 'RU',
    kind: 'group',
    description:
      'A Moscow organisation that VIGINUM (May 2025), as quoted in a research compilation, links to Storm-1516 together with GRU unit 29155.',
    sources: ['viginum-2025-05-07-storm-1516'],
  },
  {
    id: 'john-mark-dougan',
    name: 'John Mark Dougan',
    aliases: [],
    country: 'RU',
    kind: 'individual',
    description:
      'A former US police officer who, as the DIMA compilation citing VIGINUM puts it, has lived in Russia since 2016. Research compilations citing VIGINUM say he administers sites of the CopyCop network; we state only what those sources say.',
    sources: ['viginum-2025-05-07-storm-1516', 'dima-storm-1516-viginum-2025'],
  },
  {
    id: 'fsb',
    name: 'Federal Security Service of the Russian Federation',
    aliases: ['FSB'],
    country: 'RU',
    kind: 'state-agency',
    description: "Russia's domestic security service; Microsoft and the US Department of Justice attribute Star Blizzard to it.",
    sources: ['microsoft-doj-2024-10-star-blizzard-seizures'],
  },
  {
    id: 'internet-research-agency',
    name: 'Internet Research Agency',
    aliases: ['IRA'],
    country: 'RU',
    kind: 'contractor',
    description:
      'A St Petersburg troll farm. MISP describes Storm-1679 as a spin-off of it, and Meta (H2 2026) says some operators of a Telegram network were previously suspected of ties to it.',
    sources: ['misp-galaxy-threat-actor', 'meta-h2-2026-russia-cib-based-network-page'],
  },
  {
    id: 'ruposters',
    name: 'Ruposters',
    aliases: [],
    country: 'RU',
    kind: 'contractor',
    description:
      'A Moscow news aggregator that, in Meta\'s words, has a public history of servicing government-related contracts; Meta attributes a 2025-2026 network to it with high confidence.',
    sources: ['meta-h1-2026-ruposters-eastern-europe', 'meta-h1-2026-russia-based-cib-network-2'],
  },
  {
    id: 'rt',
    name: 'RT',
    aliases: [],
    country: 'RU',
    kind: 'state-directed-company',
    description:
      'A Russian state-controlled broadcaster. Two of its employees were charged in the US in Sept 2024 over the funding of Tenet Media; Meta (H2 2025) links an Africa-focused network to RT employees.',
    sources: ['sdny-2024-09-04-rt-tenet-media-indictment', 'meta-h2-2025-russia-based-cib-network-2-page'],
  },
  {
    id: 'iuvm',
    name: 'International Union of Virtual Media',
    aliases: ['IUVM'],
    country: 'IR',
    kind: 'group',
    description:
      'A sanctioned Iranian propaganda group; Meta (H2 2025) attributes the multi-year Endless Mayfly / Liberty Front Press operation to it.',
    sources: ['meta-h2-2025-iran-endless-mayfly', 'openai-2024-05-iuvm'],
  },
  {
    id: 'irgc',
    name: 'Islamic Revolutionary Guard Corps',
    aliases: ['IRGC'],
    country: 'IR',
    kind: 'state-agency',
    description: 'A branch of the Iranian armed forces. The US Department of Justice seized news domains it said the IRGC used (2020).',
    sources: ['us-doj-2020-11-irgc-domain-seizures'],
  },
  {
    id: 'haimai',
    name: 'Shenzhen Haimaiyunxiang Media Co., Ltd.',
    aliases: ['Haimai', 'Shenzhen Haimai Yunxiang Media Co. Ltd.'],
    country: 'CN',
    kind: 'contractor',
    description:
      'A Shenzhen PR and marketing company. Citizen Lab attributes the PAPERWALL sites to it, and Graphika lists it among the companies in the Glass Onion network.',
    sources: ['citizen-lab-2024-02-07-paperwall', 'graphika-2025-01-13-glass-onion-stix', 'dima-baybridge-tadaweb-2025'],
  },
  {
    id: 'haixun',
    name: 'Shanghai Haixun Technology Co., Ltd.',
    aliases: ['Haixun'],
    country: 'CN',
    kind: 'contractor',
    description: 'A Shanghai content-distribution company that a research compilation (DIMA, citing Tadaweb) places in the BayBridge network.',
    sources: ['dima-baybridge-tadaweb-2025'],
  },
  {
    id: 'stoic',
    name: 'STOIC',
    aliases: [],
    country: 'IL',
    kind: 'contractor',
    description: 'A Tel Aviv political marketing firm that OpenAI named as behind the "Zero Zeno" operation (read through a research compilation).',
    sources: ['openai-2024-05-zero-zeno'],
  },
  {
    id: 'predictvia',
    name: 'Predictvia',
    aliases: [],
    country: 'US',
    kind: 'contractor',
    description: "A Florida-registered firm that Meta's Q1 2023 indicator file names as behind a Venezuela/US-based network.",
    sources: ['meta-q1-2023-venezuela-us-based-cib-network'],
  },
  {
    id: 'ispr',
    name: 'Inter-Services Public Relations',
    aliases: ['ISPR'],
    country: 'PK',
    kind: 'state-agency',
    description: "The Pakistani military's media wing; Meta (H1 2026) attributes the \"Balochistan Diaries\" network to it.",
    sources: ['meta-h1-2026-pakistan-based-cib-network-page', 'meta-h1-2026-pakistan-based-cib-network'],
  },
  {
    id: 'london-new-europe-media',
    name: 'London New Europe Media Ltd',
    aliases: [],
    country: 'GB',
    kind: 'contractor',
    description: "A London-registered company that Meta's Q1 2023 indicator file describes as a front for a China-based network.",
    sources: ['meta-q1-2023-china-based-cib-network-2'],
  },
  {
    id: 'aimons-notre-afrique',
    name: 'Aimons Notre Afrique',
    aliases: ['ANA'],
    country: 'CF',
    kind: 'group',
    description:
      'An NGO in the Central African Republic to which Meta attributed a network in April 2021; Meta assesses a 2023 Togo/Burkina Faso-based network as its comeback.',
    sources: ['meta-q1-2023-togo-burkina-faso-based-cib-network'],
  },
];
