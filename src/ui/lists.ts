/**
 * What the extension's pages need from the compiled index: campaigns (aliases, attribution,
 * tactics), actors, sources, and the counts behind "what Unmask checked". Built once per page from
 * `/unmask-index.json`; pure, so tests build it from a fixture.
 */
import type { Actor, Campaign, CompiledLists, Source } from '../core/types';
import { localizeCampaign, type CompiledCampaignTranslations } from '../lists/campaign-i18n';

export interface UiLists {
  version: string;
  campaigns: ReadonlyMap<string, Campaign>;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  /** Campaigns in display order (by name), for the options page. */
  campaignList: readonly Campaign[];
  /**
   * Campaigns shown in English on a page in another language (no translation, or one of older
   * English): pages say so and mark the text `lang="en"`. Empty or absent on an English page.
   */
  inEnglish?: ReadonlySet<string>;
  counts: {
    /** Listed domains and URLs. */
    sites: number;
    /** Listed accounts (handles). */
    accounts: number;
    /** Protected outlets whose lookalikes are checked. */
    outlets: number;
  };
}

/** Accepts only what looks like a compiled index; anything else is treated as "lists unavailable". */
export function isCompiledLists(value: unknown): value is CompiledLists {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.format === 1 &&
    typeof v.version === 'string' &&
    ['sources', 'actors', 'campaigns', 'indicators', 'outlets'].every((k) => Array.isArray(v[k]))
  );
}

/**
 * The lists with campaign names and summaries in the page's language (lists/i18n/, compiled to
 * public/i18n/campaigns.<lang>.json), and the campaigns left in English. `translations` null on a
 * page in another language means none could be read: every campaign is then in English.
 */
export function localizeLists(
  compiled: CompiledLists,
  lang: string,
  translations: CompiledCampaignTranslations | null,
): { compiled: CompiledLists; inEnglish: Set<string> } {
  const inEnglish = new Set<string>();
  if (lang === 'en') return { compiled, inEnglish };
  const campaigns = compiled.campaigns.map((c) => {
    const local = localizeCampaign(c, translations);
    if (local.inEnglish) inEnglish.add(c.id);
    return local.campaign;
  });
  return { compiled: { ...compiled, campaigns }, inEnglish };
}

export function indexLists(compiled: CompiledLists, inEnglish?: ReadonlySet<string>): UiLists {
  let sites = 0;
  let accounts = 0;
  for (const indicator of compiled.indicators) {
    if (indicator.kind === 'handle') accounts++;
    else sites++;
  }
  return {
    version: compiled.version,
    campaigns: new Map(compiled.campaigns.map((c) => [c.id, c])),
    actors: new Map(compiled.actors.map((a) => [a.id, a])),
    sources: new Map(compiled.sources.map((s) => [s.id, s])),
    campaignList: [...compiled.campaigns].sort((a, b) => a.name.localeCompare(b.name)),
    counts: { sites, accounts, outlets: compiled.outlets.length },
    ...(inEnglish ? { inEnglish } : {}),
  };
}
