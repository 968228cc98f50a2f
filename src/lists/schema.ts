/**
 * The shape of every list file, as data: which fields each entry has, in which order, which are
 * optional, and what each value must look like.
 *
 * One description serves three jobs: the validator checks entries against it, the formatter writes
 * keys in its order (the order `src/core/types.ts` declares them) and drops empty optional keys, and
 * the type assertions at the bottom make `tsc` fail when `types.ts` gains or loses a field that this
 * file does not know about. Pure TypeScript, no Node APIs.
 */
import type {
  Actor,
  ActorKind,
  Attribution,
  Campaign,
  CampaignAlias,
  CampaignStatus,
  Confidence,
  Indicator,
  IndicatorKind,
  IndicatorState,
  OutletKind,
  Platform,
  LabelOverride,
  ProtectedOutlet,
  Role,
  Source,
  SourceVerification,
  Tactic,
  TextArtifact,
  Tier,
} from '../core/types';
import { ROLES } from '../core/types';

// ---------------------------------------------------------------------------------------------
// Enumerations (typed against types.ts so that a new member there is a compile error here)
// ---------------------------------------------------------------------------------------------

/** Lists every member of a string union exactly once, or fails to type-check. */
function members<T extends string>() {
  return <const A extends readonly T[]>(
    values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : { missing: Exclude<T, A[number]> }),
  ): readonly T[] => values;
}

export const TIERS = members<Tier>()(['primary-indicator-file', 'primary-report', 'secondary']);
export const ACTOR_KINDS = members<ActorKind>()([
  'state-agency',
  'state-directed-company',
  'contractor',
  'individual',
  'group',
]);
export const CONFIDENCES = members<Confidence>()(['confirmed', 'high', 'medium', 'low', 'reported']);
export const TACTIC_BASES = members<Tactic['basis']>()(['disarm-incident', 'graphika-stix', 'mapping']);
export const CAMPAIGN_STATUSES = members<CampaignStatus>()(['active', 'disrupted', 'dormant', 'unknown']);
export const INDICATOR_KINDS = members<IndicatorKind>()(['domain', 'url', 'handle']);
export const ROLE_VALUES: readonly Role[] = ROLES;
export const INDICATOR_STATES = members<IndicatorState>()(['active', 'seized', 'defunct', 'unknown']);
export const PLATFORMS = members<Platform>()([
  'web',
  'x',
  'telegram',
  'youtube',
  'tiktok',
  'facebook',
  'instagram',
  'threads',
  'bluesky',
  'reddit',
  'medium',
  'substack',
  'vk',
  'rumble',
  'pinterest',
  'tumblr',
  'quora',
  'linkedin',
  'other',
]);
export const OUTLET_KINDS = members<OutletKind>()([
  'news',
  'government',
  'international',
  'fact-checker',
  'research',
  'other',
]);

// ---------------------------------------------------------------------------------------------
// Field descriptions
// ---------------------------------------------------------------------------------------------

/**
 * String formats, each with one check in validate.ts:
 * - `text`: any non-empty string (trimmed: no leading or trailing whitespace).
 * - `id`: kebab-case id.
 * - `country`: ISO 3166-1 alpha-2, upper case.
 * - `outlet-country`: as `country`, or `INT`.
 * - `https-url`: an absolute `https://` URL.
 * - `disarm`: a DISARM technique id, `T0000` or `T0000.000`.
 * - `lang`: a BCP 47 language tag (basic shape).
 * - `date`: YYYY, YYYY-MM or YYYY-MM-DD, a real date, not in the future.
 * - `ref-*`: an id that must resolve to an entry of another file (checked in validate.ts).
 * - `value`: an indicator value (checked per kind in validate.ts).
 * - `domain`: a normalised host (checked in validate.ts).
 * - `label`: a lower-case DNS label.
 */
export type StringFormat =
  | 'text'
  | 'id'
  | 'country'
  | 'outlet-country'
  | 'https-url'
  | 'disarm'
  | 'lang'
  | 'date'
  | 'ref-source'
  | 'ref-actor'
  | 'ref-campaign'
  | 'ref-outlet'
  | 'value'
  | 'domain'
  | 'label';

export type FieldType =
  | { type: 'string'; format: StringFormat }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'array'; of: FieldType; nonEmpty?: boolean; unique?: boolean }
  | { type: 'object'; fields: readonly Field[] };

export interface Field {
  key: string;
  optional?: boolean;
  spec: FieldType;
}

const str = (format: StringFormat): FieldType => ({ type: 'string', format });
const oneOf = (values: readonly string[]): FieldType => ({ type: 'enum', values });
const list = (of: FieldType, opts: { nonEmpty?: boolean; unique?: boolean } = {}): FieldType => ({
  type: 'array',
  of,
  ...opts,
});
const obj = (fields: readonly Field[]): FieldType => ({ type: 'object', fields });
const sourcesField: Field = { key: 'sources', spec: list(str('ref-source'), { nonEmpty: true, unique: true }) };

export const VERIFIED_FIELDS = [
  { key: 'date', spec: str('date') },
  { key: 'how', spec: str('text') },
] as const satisfies readonly (Field & { key: keyof SourceVerification })[];

export const SOURCE_FIELDS = [
  { key: 'id', spec: str('id') },
  { key: 'publisher', spec: str('text') },
  { key: 'title', spec: str('text') },
  { key: 'date', optional: true, spec: str('date') },
  { key: 'url', spec: str('https-url') },
  { key: 'tier', spec: oneOf(TIERS) },
  { key: 'via', optional: true, spec: str('text') },
  { key: 'licence', spec: str('text') },
  { key: 'verified', optional: true, spec: obj(VERIFIED_FIELDS) },
] as const satisfies readonly (Field & { key: keyof Source })[];

export const ACTOR_FIELDS = [
  { key: 'id', spec: str('id') },
  { key: 'name', spec: str('text') },
  { key: 'aliases', spec: list(str('text'), { unique: true }) },
  { key: 'country', spec: str('country') },
  { key: 'kind', spec: oneOf(ACTOR_KINDS) },
  { key: 'description', optional: true, spec: str('text') },
  sourcesField as Field & { key: 'sources' },
] as const satisfies readonly (Field & { key: keyof Actor })[];

export const ALIAS_FIELDS = [
  { key: 'name', spec: str('text') },
  { key: 'by', optional: true, spec: str('text') },
] as const satisfies readonly (Field & { key: keyof CampaignAlias })[];

export const ATTRIBUTION_FIELDS = [
  { key: 'actor', spec: str('ref-actor') },
  { key: 'by', spec: str('text') },
  { key: 'confidence', spec: oneOf(CONFIDENCES) },
  { key: 'note', optional: true, spec: str('text') },
  sourcesField as Field & { key: 'sources' },
] as const satisfies readonly (Field & { key: keyof Attribution })[];

export const TACTIC_FIELDS = [
  { key: 'id', spec: str('disarm') },
  { key: 'name', spec: str('text') },
  { key: 'note', spec: str('text') },
  { key: 'basis', spec: oneOf(TACTIC_BASES) },
] as const satisfies readonly (Field & { key: keyof Tactic })[];

export const TARGETS_FIELDS = [
  { key: 'countries', spec: list(str('country'), { unique: true }) },
  { key: 'languages', spec: list(str('lang'), { unique: true }) },
] as const satisfies readonly (Field & { key: keyof Campaign['targets'] })[];

export const ACTIVE_FIELDS = [
  { key: 'from', optional: true, spec: str('date') },
  { key: 'to', optional: true, spec: str('date') },
] as const satisfies readonly (Field & { key: keyof Campaign['active'] })[];

type CampaignEvent = NonNullable<Campaign['events']>[number];
export const EVENT_FIELDS = [
  { key: 'date', spec: str('date') },
  { key: 'what', spec: str('text') },
  sourcesField as Field & { key: 'sources' },
] as const satisfies readonly (Field & { key: keyof CampaignEvent })[];

export const CAMPAIGN_FIELDS = [
  { key: 'id', spec: str('id') },
  { key: 'name', spec: str('text') },
  { key: 'aliases', spec: list(obj(ALIAS_FIELDS)) },
  { key: 'attribution', spec: list(obj(ATTRIBUTION_FIELDS)) },
  { key: 'origin', spec: list(str('country'), { unique: true }) },
  { key: 'targets', spec: obj(TARGETS_FIELDS) },
  { key: 'active', spec: obj(ACTIVE_FIELDS) },
  { key: 'status', spec: oneOf(CAMPAIGN_STATUSES) },
  { key: 'summary', spec: str('text') },
  { key: 'tactics', spec: list(obj(TACTIC_FIELDS)) },
  sourcesField as Field & { key: 'sources' },
  { key: 'gaps', optional: true, spec: str('text') },
  { key: 'events', optional: true, spec: list(obj(EVENT_FIELDS)) },
] as const satisfies readonly (Field & { key: keyof Campaign })[];

type IndicatorStatus = NonNullable<Indicator['status']>;
export const STATUS_FIELDS = [
  { key: 'state', spec: oneOf(INDICATOR_STATES) },
  { key: 'date', optional: true, spec: str('date') },
  { key: 'by', optional: true, spec: str('text') },
] as const satisfies readonly (Field & { key: keyof IndicatorStatus })[];

export const INDICATOR_FIELDS = [
  { key: 'value', spec: str('value') },
  { key: 'kind', spec: oneOf(INDICATOR_KINDS) },
  { key: 'platform', spec: oneOf(PLATFORMS) },
  { key: 'role', spec: oneOf(ROLE_VALUES) },
  { key: 'campaign', spec: str('ref-campaign') },
  { key: 'brands', optional: true, spec: list(str('text'), { unique: true }) },
  { key: 'impersonates', optional: true, spec: str('ref-outlet') },
  { key: 'firstReported', optional: true, spec: str('date') },
  { key: 'firstSeen', optional: true, spec: str('date') },
  { key: 'status', optional: true, spec: obj(STATUS_FIELDS) },
  sourcesField as Field & { key: 'sources' },
  { key: 'note', optional: true, spec: str('text') },
] as const satisfies readonly (Field & { key: keyof Indicator })[];

export const LABEL_OVERRIDE_FIELDS = [
  { key: 'label', spec: str('label') },
  { key: 'is', spec: oneOf(['weak', 'distinctive']) },
  { key: 'reason', spec: str('text') },
] as const satisfies readonly (Field & { key: keyof LabelOverride })[];

export const OUTLET_FIELDS = [
  { key: 'id', spec: str('id') },
  { key: 'name', spec: str('text') },
  { key: 'names', spec: list(str('text'), { unique: true }) },
  { key: 'domains', spec: list(str('domain'), { nonEmpty: true, unique: true }) },
  { key: 'country', spec: str('outlet-country') },
  { key: 'kind', spec: oneOf(OUTLET_KINDS) },
  // Generated into the compiled index by `npm run lists`; the validator refuses it in lists/.
  { key: 'weakLabels', optional: true, spec: list(str('label'), { unique: true }) },
  { key: 'labelOverrides', optional: true, spec: list(obj(LABEL_OVERRIDE_FIELDS), { nonEmpty: true }) },
  { key: 'impersonatedIn', optional: true, spec: list(str('ref-source'), { unique: true }) },
] as const satisfies readonly (Field & { key: keyof ProtectedOutlet })[];

export const ARTIFACT_FIELDS = [
  { key: 'id', spec: str('id') },
  { key: 'phrase', spec: str('text') },
  { key: 'lang', spec: str('lang') },
  { key: 'note', spec: str('text') },
  { key: 'campaigns', spec: list(str('ref-campaign'), { nonEmpty: true, unique: true }) },
  sourcesField as Field & { key: 'sources' },
] as const satisfies readonly (Field & { key: keyof TextArtifact })[];

// ---------------------------------------------------------------------------------------------
// Compile-time guarantee: every key of each interface is described above, and nothing else.
// ---------------------------------------------------------------------------------------------

type Keys<F extends readonly { key: string }[]> = F[number]['key'];
type Covers<T, F extends readonly { key: string }[]> = [Exclude<keyof T, Keys<F>>] extends [never]
  ? true
  : { missingFromSchema: Exclude<keyof T, Keys<F>> };
const schemaCoversTypes: [
  // `list` is set by the merge of a person's own lists (custom.ts), never written in a file.
  Covers<Omit<Source, 'list'>, typeof SOURCE_FIELDS>,
  Covers<SourceVerification, typeof VERIFIED_FIELDS>,
  Covers<Actor, typeof ACTOR_FIELDS>,
  Covers<CampaignAlias, typeof ALIAS_FIELDS>,
  Covers<Attribution, typeof ATTRIBUTION_FIELDS>,
  Covers<Tactic, typeof TACTIC_FIELDS>,
  Covers<Campaign['targets'], typeof TARGETS_FIELDS>,
  Covers<Campaign['active'], typeof ACTIVE_FIELDS>,
  Covers<CampaignEvent, typeof EVENT_FIELDS>,
  Covers<Campaign, typeof CAMPAIGN_FIELDS>,
  Covers<IndicatorStatus, typeof STATUS_FIELDS>,
  Covers<Indicator, typeof INDICATOR_FIELDS>,
  Covers<ProtectedOutlet, typeof OUTLET_FIELDS>,
  Covers<LabelOverride, typeof LABEL_OVERRIDE_FIELDS>,
  Covers<TextArtifact, typeof ARTIFACT_FIELDS>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void schemaCoversTypes;

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

export type ListKind = 'sources' | 'actors' | 'campaigns' | 'outlets' | 'artifacts' | 'indicators';

export const FIELDS_BY_KIND: Record<ListKind, readonly Field[]> = {
  sources: SOURCE_FIELDS,
  actors: ACTOR_FIELDS,
  campaigns: CAMPAIGN_FIELDS,
  outlets: OUTLET_FIELDS,
  artifacts: ARTIFACT_FIELDS,
  indicators: INDICATOR_FIELDS,
};

/** The fixed files of `lists/`, by the key of `ListsData` they fill. */
export const FIXED_FILES: Record<Exclude<ListKind, 'indicators'>, string> = {
  sources: 'sources.json',
  actors: 'actors.json',
  campaigns: 'campaigns.json',
  outlets: 'protected-outlets.json',
  artifacts: 'text-artifacts.json',
};

export const INDICATORS_DIR = 'indicators';

/**
 * Files in `lists/` that are not list data and are allowed to be there: the generated weak-label
 * answers, the maintainers' guide, the changelog and the generated coverage page.
 */
export const NON_LIST_FILES: readonly string[] = ['weak-labels.json', 'README.md', 'CHANGELOG.md', 'COVERAGE.md'];

export { ID_PATTERN } from './primitives';

/**
 * Which list a file name (relative to `lists/`, with `/` separators) holds, and for an indicator
 * file the campaign id its name declares; null when the name is not a list file.
 */
export function listKindOf(name: string): { kind: ListKind; campaign?: string } | null {
  for (const [kind, file] of Object.entries(FIXED_FILES) as [ListKind, string][]) {
    if (name === file) return { kind };
  }
  const m = /^indicators\/([^/]+)\.json$/.exec(name);
  if (m && m[1] !== undefined) return { kind: 'indicators', campaign: m[1] };
  return null;
}
