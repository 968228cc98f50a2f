/**
 * A STIX 2.1 bundle for threat-intelligence tools (OpenCTI, MISP, TAXII feeds): one `indicator` per
 * flagged target the engine matched, the `campaign` it belongs to, a `threat-actor` per attributed
 * actor, `indicates` and `attributed-to` relationships, and `external_references` to the public
 * reports. The producer is an `identity` (Unmask).
 *
 * Ids are UUIDv5 of a fixed namespace and the object's natural key (the pattern, the campaign id,
 * the actor id, the relationship's ends), so exporting the same findings twice gives the same ids.
 * `created`/`modified` are the export time given by the caller (tests pass a fixed one).
 *
 * Patterns: a domain (or a hosted account such as `name.substack.com`) is `domain-name:value`; a
 * URL or a profile URL (`https://x.com/name`) is `url:value`. Both are STIX cyber-observable
 * properties that every STIX pattern engine supports; profile URLs are kept as URLs rather than
 * guessed `user-account` types, because the platforms (Telegram, TikTok...) are not in STIX's
 * account-type vocabulary. Heuristic findings (lookalikes, claimed names) are `anomalous-activity`
 * and not tied to a campaign unless the engine tied them; listed ones are `malicious-activity` +
 * `attribution`. Findings about a page's links (`info`) are not indicators of the page, and named
 * amplifiers (real accounts a source says spread a campaign's content) are not indicators at all.
 * A lookalike's references are the imitated outlet's earlier impersonations, labelled as context.
 *
 * A person's own lists (custom lists, src/lists/custom.ts) are not Unmask's intelligence, and the
 * bundle never presents them as such. What a finding from one of them says (its indicator, its
 * `indicates` relationship, a campaign only the list defines and that campaign's `attributed-to`
 * relationships) is `created_by_ref` an `identity` for the list (“NAME” (a person's own list
 * imported into Unmask), class `unknown`), not Unmask's; it carries the custom property
 * `x_unmask_lists` (the lists' names), and its description says "From your list “NAME”". Such an
 * indicator has an id of its own (the pattern and the lists), so it never merges with Unmask's
 * indicator for the same address (a lookalike Unmask found itself). Unmask's campaigns and threat
 * actors stay Unmask's when a list adds indicators to them.
 */
import { contextSources, evidenceSources } from '../../core/finding-sources';
import { fromYourList } from '../../core/summaries';
import type { Actor, Campaign, Finding, PartialDate, Source, SourceRef } from '../../core/types';
import { isOwnListId } from '../../lists/custom';
import { type BulkRow, type ExportLists } from '../bulk-rows';
import { uuidv5 } from '../uuid';

/** Unmask's fixed STIX namespace (a random v4 UUID chosen once; never change it). */
export const UNMASK_STIX_NAMESPACE = '4a5c7a2e-8a3f-4d0b-9c61-3f2b6e1d7a90';

export type StixObject = Record<string, unknown> & { type: string; id: string };
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

interface ExternalReference {
  source_name: string;
  url?: string;
  description?: string;
}

const LISTED = new Set(['listed-domain', 'listed-url', 'listed-account']);

function stixId(type: string, key: string): string {
  return `${type}--${uuidv5(UNMASK_STIX_NAMESPACE, `${type}:${key}`)}`;
}

/** RFC 3339 with milliseconds and Z, as STIX requires. */
export function stixTime(date: Date): string {
  return date.toISOString();
}

/** A partial date's first instant: `2024` -> 2024-01-01T00:00:00.000Z. Null when not a date. */
export function partialDateStart(date: PartialDate | undefined): string | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Escapes a value for a STIX pattern string literal: backslash and single quote. */
export function patternString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function patternFor(value: string): string {
  const isUrl = /^https?:\/\//i.test(value);
  return isUrl ? `[url:value = ${patternString(value)}]` : `[domain-name:value = ${patternString(value.toLowerCase())}]`;
}

function sourceRefOf(s: Source | SourceRef): ExternalReference {
  const description = [s.title, s.date, s.via ? `via ${s.via}` : undefined, s.list ? `cited in your list “${s.list}”` : undefined]
    .filter(Boolean)
    .join('; ');
  return { source_name: s.publisher, url: s.url, description };
}

function refsOf(ids: readonly string[], lists: ExportLists): ExternalReference[] {
  return ids.flatMap((id) => {
    const s = lists.sources.get(id);
    return s ? [sourceRefOf(s)] : [];
  });
}

export interface StixOptions {
  /** The export time: `created`, `modified`, and `valid_from` when no source date is known. */
  now: Date;
}

/** The names of the person's own lists among some sources (Source.list), in order, once each. */
function ownLists(sources: readonly (Source | SourceRef)[]): string[] {
  const names: string[] = [];
  for (const s of sources) if (typeof s.list === 'string' && !names.includes(s.list)) names.push(s.list);
  return names;
}

/** `text`, said to come from the person's lists ("From your list “NAME”: …") unless it already says so. */
function fromListsText(text: string, sources: readonly (Source | SourceRef)[]): string {
  const own = fromYourList(sources);
  if (own === null || text.toLowerCase().includes(own.toLowerCase())) return text;
  return text === '' ? `${own}.` : `${own}: ${text}`;
}

/**
 * The findings of a row that are about the target itself and name what matched. Not an amplifier:
 * a real account a source names as spreading a campaign's content is not the campaign's, and an
 * indicator would present it as one (with an `indicates` relationship to the campaign).
 */
function indicatorFindings(row: BulkRow): Finding[] {
  return (row.verdict?.findings ?? []).filter(
    (f) => f.level !== 'info' && f.role !== 'amplifier' && typeof f.indicator === 'string' && f.indicator !== '',
  );
}

/** A finding's references: its evidence, then the imitated outlet's earlier impersonations as context. */
function findingRefs(finding: Finding): ExternalReference[] {
  const context = contextSources(finding).map((s) => {
    const ref = sourceRefOf(s);
    return {
      ...ref,
      description:
        `Context, not about this indicator: a report that the imitated outlet was impersonated before. ${ref.description ?? ''}`.trim(),
    };
  });
  return [...evidenceSources(finding).map(sourceRefOf), ...context];
}

// Over 150 lines on purpose: the bundle's objects in STIX order, top to
// bottom, with the ids that link them in scope: read as one recipe.
// eslint-disable-next-line max-lines-per-function
export function toStixBundle(rows: readonly BulkRow[], lists: ExportLists, options: StixOptions): StixBundle {
  const now = stixTime(options.now);
  const identity: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: stixId('identity', 'unmask'),
    created: now,
    modified: now,
    name: 'Unmask',
    identity_class: 'organization',
    description: `Unmask browser extension, lists version ${lists.version}. Indicators restate what the cited public reports say.`,
  };
  const objects = new Map<string, StixObject>([[identity.id, identity]]);
  const common = { spec_version: '2.1', created: now, modified: now, created_by_ref: identity.id };

  /** The identity of a person's own list: the creator of what only that list says. */
  const listIdentity = (name: string): string => {
    const id = stixId('identity', `list:${name}`);
    if (!objects.has(id)) {
      objects.set(id, {
        type: 'identity',
        spec_version: '2.1',
        id,
        created: now,
        modified: now,
        name: `“${name}” (a person's own list imported into Unmask)`,
        // Who wrote the list is not known to Unmask: a person, a newsroom, a research group.
        identity_class: 'unknown',
        description: `A list of indicators imported into Unmask by the person who made this export. It is not one of Unmask's lists: Unmask checked its format, not its claims.`,
        x_unmask_list: name,
      });
    }
    return id;
  };
  /** Created by Unmask, or (with `lists`) by the person's (first) list. */
  const by = (lists: readonly string[]) => (lists.length === 0 ? common : { ...common, created_by_ref: listIdentity(lists[0]!) });
  /** The names of the person's lists an object restates, for tools that filter on them. */
  const marked = (lists: readonly string[]) => (lists.length === 0 ? {} : { x_unmask_lists: [...lists] });

  /** `fromLists`: the lists of the finding that names the campaign (a list-only campaign is theirs). */
  const campaignObject = (campaign: Campaign, fromLists: readonly string[]): string => {
    const id = stixId('campaign', campaign.id);
    if (objects.has(id)) return id;
    const aliases = [...new Set(campaign.aliases.map((a) => a.name).filter((n) => n !== campaign.name))];
    // A campaign only a person's list defines (a `user:` id) is the list's word, not Unmask's; one
    // of Unmask's campaigns stays Unmask's even when a list adds indicators to it.
    const ownSources = isOwnListId(campaign.id) ? campaign.sources.flatMap((s) => lists.sources.get(s) ?? []) : [];
    const own = !isOwnListId(campaign.id) ? [] : ownSources.length > 0 ? ownLists(ownSources) : fromLists;
    const obj: StixObject = {
      type: 'campaign',
      id,
      ...by(own),
      name: campaign.name,
      description: fromListsText(campaign.summary, ownSources),
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(partialDateStart(campaign.active.from) ? { first_seen: partialDateStart(campaign.active.from) } : {}),
      ...(partialDateStart(campaign.active.to) ? { last_seen: partialDateStart(campaign.active.to) } : {}),
      external_references: refsOf(campaign.sources, lists),
      ...marked(own),
    };
    if ((obj.external_references as unknown[]).length === 0) delete obj.external_references;
    objects.set(id, obj);
    for (const attribution of campaign.attribution) {
      const actor = lists.actors.get(attribution.actor);
      if (!actor) continue;
      const actorId = actorObject(actor);
      const relId = stixId('relationship', `${id}|attributed-to|${actorId}`);
      const existing = objects.get(relId);
      const said = `Attributed by ${attribution.by} (${attribution.confidence})${attribution.note ? `: ${attribution.note}` : '.'}`;
      const refs = refsOf(attribution.sources, lists);
      if (existing) {
        // One relationship per campaign and actor; each attributor's words and sources are added.
        existing.description = `${String(existing.description)} ${said}`;
        const known = (existing.external_references as ExternalReference[] | undefined) ?? [];
        const more = refs.filter((r) => !known.some((k) => k.url === r.url && k.source_name === r.source_name));
        if (known.length + more.length > 0) existing.external_references = [...known, ...more];
        continue;
      }
      objects.set(relId, {
        type: 'relationship',
        id: relId,
        ...by(own),
        relationship_type: 'attributed-to',
        source_ref: id,
        target_ref: actorId,
        description: fromListsText(said, ownSources),
        ...(refs.length > 0 ? { external_references: refs } : {}),
        ...marked(own),
      });
    }
    return id;
  };

  const actorObject = (actor: Actor): string => {
    const id = stixId('threat-actor', actor.id);
    if (objects.has(id)) return id;
    const refs = refsOf(actor.sources, lists);
    objects.set(id, {
      type: 'threat-actor',
      id,
      ...common,
      name: actor.name,
      ...(actor.description ? { description: actor.description } : {}),
      // Only a state agency is called a nation-state: for companies, contractors and groups the
      // sources describe state direction or funding, which STIX's vocabulary has no word for.
      threat_actor_types: [actor.kind === 'state-agency' ? 'nation-state' : 'unknown'],
      ...(actor.aliases.length > 0 ? { aliases: [...new Set(actor.aliases)] } : {}),
      ...(refs.length > 0 ? { external_references: refs } : {}),
    });
    return id;
  };

  for (const row of rows) {
    for (const finding of indicatorFindings(row)) {
      const value = finding.indicator!;
      const pattern = patternFor(value);
      const own = ownLists(finding.sources);
      // What a person's list says is a separate indicator from Unmask's for the same address.
      const id = stixId('indicator', own.length === 0 ? pattern : `${pattern}|lists:${own.join('\n')}`);
      const listed = LISTED.has(finding.reason);
      const dates = evidenceSources(finding)
        .map((s) => partialDateStart(s.date))
        .filter((d): d is string => d !== null)
        .sort();
      const description = fromListsText(finding.summary, finding.sources);
      const existing = objects.get(id);
      if (!existing) {
        objects.set(id, {
          type: 'indicator',
          id,
          ...by(own),
          name: value,
          description,
          indicator_types: listed ? ['malicious-activity', 'attribution'] : ['anomalous-activity'],
          pattern,
          pattern_type: 'stix',
          valid_from: dates[0] ?? now,
          ...(finding.sources.length > 0 ? { external_references: findingRefs(finding) } : {}),
          x_unmask_level: finding.level,
          x_unmask_reason: finding.reason,
          ...(finding.role ? { x_unmask_role: finding.role } : {}),
          ...marked(own),
        });
      }
      const campaign = finding.campaign ? lists.campaigns.get(finding.campaign.id) : undefined;
      if (campaign) {
        const campaignId = campaignObject(campaign, own);
        const relId = stixId('relationship', `${id}|indicates|${campaignId}`);
        if (!objects.has(relId)) {
          objects.set(relId, {
            type: 'relationship',
            id: relId,
            ...by(own),
            relationship_type: 'indicates',
            source_ref: id,
            target_ref: campaignId,
            description,
            ...marked(own),
          });
        }
      }
    }
  }

  // A stable order (by type, then id) so that the same findings give byte-identical files.
  const order = ['identity', 'threat-actor', 'campaign', 'indicator', 'relationship'];
  const list = [...objects.values()].sort(
    (a, b) => order.indexOf(a.type) - order.indexOf(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { type: 'bundle', id: stixId('bundle', list.map((o) => o.id).join(',')), objects: list };
}

export function toStixJson(rows: readonly BulkRow[], lists: ExportLists, options: StixOptions): string {
  return `${JSON.stringify(toStixBundle(rows, lists, options), null, 2)}\n`;
}
