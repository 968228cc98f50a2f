/**
 * Our own encoding of the STIX 2.1 rules (OASIS STIX 2.1, sections 2-7) that the bundles we export
 * rely on. It is not the OASIS `stix2-validator` (a Python tool not installable here): it checks the
 * rules written below, and nothing else. Returns a list of errors; empty means valid.
 */

const SDO_SRO_TYPES = new Set(['identity', 'indicator', 'campaign', 'intrusion-set', 'threat-actor', 'relationship']);

/** Required properties per type (common + type-specific, STIX 2.1 sections 3, 4, 5). */
const REQUIRED: Record<string, string[]> = {
  identity: ['name'],
  indicator: ['pattern', 'pattern_type', 'valid_from'],
  campaign: ['name'],
  'intrusion-set': ['name'],
  'threat-actor': ['name'],
  relationship: ['relationship_type', 'source_ref', 'target_ref'],
};
const COMMON_REQUIRED = ['type', 'spec_version', 'id', 'created', 'modified'];

/** Open vocabularies we use: values must come from them (we use no custom values). */
const INDICATOR_TYPES = new Set([
  'anomalous-activity',
  'anonymization',
  'benign',
  'compromised',
  'malicious-activity',
  'attribution',
  'unknown',
]);
const THREAT_ACTOR_TYPES = new Set([
  'activist',
  'competitor',
  'crime-syndicate',
  'criminal',
  'hacker',
  'insider-accidental',
  'insider-disgruntled',
  'nation-state',
  'sensationalist',
  'spy',
  'terrorist',
  'unknown',
]);
const IDENTITY_CLASSES = new Set(['individual', 'group', 'system', 'organization', 'class', 'unknown']);
/** Relationship types the spec defines between the types we emit (section 4 "Relationships"). */
const RELATIONSHIPS: Record<string, [string, string][]> = {
  indicates: [
    ['indicator', 'campaign'],
    ['indicator', 'intrusion-set'],
    ['indicator', 'threat-actor'],
  ],
  'attributed-to': [
    ['campaign', 'intrusion-set'],
    ['campaign', 'threat-actor'],
    ['intrusion-set', 'threat-actor'],
  ],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** RFC 3339, UTC "Z", with milliseconds (STIX timestamps; we always emit millisecond precision). */
const TIMESTAMP = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)\.\d{3}Z$/;
const CUSTOM_PROPERTY = /^x_[a-z0-9_]{1,247}$/;
const PROPERTY_NAME = /^[a-z0-9_]{3,250}$/;

function idOk(id: unknown, type?: string): boolean {
  if (typeof id !== 'string') return false;
  const m = /^([a-z0-9-]+)--(.+)$/.exec(id);
  return Boolean(m && UUID.test(m[2]!) && (type === undefined || m[1] === type));
}

/**
 * STIX patterning (section 9), for the comparison expressions we emit:
 * `[object-type:path = 'string']` joined by AND/OR inside one observation, observations joined by
 * AND/OR/FOLLOWEDBY. Checks balanced brackets outside strings, quoted values with only `\'` and
 * `\\` escapes, and an object path on the left of every comparison.
 */
export function validatePattern(pattern: string): string[] {
  const errors: string[] = [];
  let depth = 0;
  let i = 0;
  const tokens: string[] = [];
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      let j = i + 1;
      let closed = false;
      while (j < pattern.length) {
        if (pattern[j] === '\\') {
          if (pattern[j + 1] !== "'" && pattern[j + 1] !== '\\') errors.push(`bad escape at ${j}`);
          j += 2;
          continue;
        }
        if (pattern[j] === "'") {
          closed = true;
          break;
        }
        j++;
      }
      if (!closed) errors.push('unterminated string literal');
      tokens.push('STRING');
      i = j + 1;
      continue;
    }
    if (ch === '[' || ch === '(') depth++;
    if (ch === ']' || ch === ')') depth--;
    if (depth < 0) errors.push(`unbalanced ${ch} at ${i}`);
    if ('[]()'.includes(ch)) tokens.push(ch);
    else if (/\s/.test(ch)) {
      /* whitespace */
    } else {
      let j = i;
      while (j < pattern.length && !/[\s[\]()']/.test(pattern[j]!)) j++;
      tokens.push(pattern.slice(i, j));
      i = j;
      continue;
    }
    i++;
  }
  if (depth !== 0) errors.push('unbalanced brackets');
  if (tokens[0] !== '[') errors.push('a pattern starts with an observation expression [');
  // Every comparison: PATH OP STRING, with PATH = object-type:property(.property)*
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k] === '=' || tokens[k] === '!=') {
      const path = tokens[k - 1] ?? '';
      if (!/^[a-z0-9-]+:[a-z0-9_]+(\.[a-z0-9_]+)*$/.test(path)) errors.push(`bad object path "${path}"`);
      if (tokens[k + 1] !== 'STRING') errors.push(`comparison on ${path} needs a quoted string`);
    }
  }
  const ops = tokens.filter((t) => t !== '[' && t !== ']' && t !== '(' && t !== ')' && t !== 'STRING');
  for (const op of ops) {
    if (/^[a-z0-9-]+:/.test(op) || ['=', '!=', 'AND', 'OR', 'FOLLOWEDBY'].includes(op)) continue;
    errors.push(`unknown token "${op}"`);
  }
  return errors;
}

export function validateBundle(bundle: unknown): string[] {
  const errors: string[] = [];
  if (typeof bundle !== 'object' || bundle === null) return ['bundle is not an object'];
  const b = bundle as Record<string, unknown>;
  if (b.type !== 'bundle') errors.push('bundle.type must be "bundle"');
  if (!idOk(b.id, 'bundle')) errors.push(`bundle.id "${String(b.id)}" is not bundle--<uuid>`);
  if ('spec_version' in b) errors.push('a 2.1 bundle has no spec_version');
  if (!Array.isArray(b.objects) || b.objects.length === 0) return [...errors, 'bundle.objects must be a non-empty list'];
  const byId = new Map<string, Record<string, unknown>>();
  for (const raw of b.objects) {
    const o = raw as Record<string, unknown>;
    const where = `${String(o.type)} ${String(o.id)}`;
    if (!SDO_SRO_TYPES.has(String(o.type))) errors.push(`${where}: unknown or unexpected type`);
    for (const p of [...COMMON_REQUIRED, ...(REQUIRED[String(o.type)] ?? [])]) {
      if (o[p] === undefined || o[p] === '' || (Array.isArray(o[p]) && (o[p] as unknown[]).length === 0))
        errors.push(`${where}: missing ${p}`);
    }
    if (o.spec_version !== '2.1') errors.push(`${where}: spec_version must be "2.1"`);
    if (!idOk(o.id, String(o.type))) errors.push(`${where}: id is not <type>--<uuid>`);
    if (byId.has(String(o.id))) errors.push(`${where}: duplicate id`);
    byId.set(String(o.id), o);
    for (const p of ['created', 'modified', 'valid_from', 'valid_until', 'first_seen', 'last_seen']) {
      if (o[p] !== undefined && (typeof o[p] !== 'string' || !TIMESTAMP.test(o[p] as string)))
        errors.push(`${where}: ${p} "${String(o[p])}" is not RFC 3339 with ms and Z`);
    }
    if (typeof o.created === 'string' && typeof o.modified === 'string' && o.modified < o.created)
      errors.push(`${where}: modified before created`);
    if (typeof o.first_seen === 'string' && typeof o.last_seen === 'string' && o.last_seen < o.first_seen)
      errors.push(`${where}: last_seen before first_seen`);
    for (const key of Object.keys(o)) {
      if (!PROPERTY_NAME.test(key) && key !== 'id') errors.push(`${where}: property name "${key}"`);
      if (key.startsWith('x_') && !CUSTOM_PROPERTY.test(key)) errors.push(`${where}: custom property "${key}"`);
    }
    if (o.created_by_ref !== undefined && !idOk(o.created_by_ref, 'identity'))
      errors.push(`${where}: created_by_ref is not an identity id`);
    if (o.external_references !== undefined) {
      if (!Array.isArray(o.external_references)) errors.push(`${where}: external_references must be a list`);
      else
        for (const ref of o.external_references as Record<string, unknown>[]) {
          if (typeof ref.source_name !== 'string' || ref.source_name === '')
            errors.push(`${where}: external reference without source_name`);
          if (ref.description === undefined && ref.url === undefined && ref.external_id === undefined)
            errors.push(`${where}: external reference needs description, url or external_id`);
          if (ref.url !== undefined && !/^https:\/\/\S+$/.test(String(ref.url)))
            errors.push(`${where}: external reference url "${String(ref.url)}"`);
        }
    }
    for (const list of ['aliases', 'labels']) {
      if (o[list] !== undefined && (!Array.isArray(o[list]) || (o[list] as unknown[]).some((v) => typeof v !== 'string' || v === '')))
        errors.push(`${where}: ${list} must be a list of strings`);
    }
    switch (o.type) {
      case 'indicator': {
        if (o.pattern_type !== 'stix') errors.push(`${where}: pattern_type must be "stix"`);
        for (const e of validatePattern(String(o.pattern ?? ''))) errors.push(`${where}: pattern: ${e}`);
        const types = o.indicator_types as unknown;
        if (types !== undefined && (!Array.isArray(types) || types.some((x) => !INDICATOR_TYPES.has(x as string))))
          errors.push(`${where}: indicator_types outside indicator-type-ov`);
        if (typeof o.valid_from === 'string' && typeof o.valid_until === 'string' && o.valid_until <= o.valid_from)
          errors.push(`${where}: valid_until not after valid_from`);
        break;
      }
      case 'threat-actor': {
        const types = o.threat_actor_types as unknown;
        if (types !== undefined && (!Array.isArray(types) || types.some((x) => !THREAT_ACTOR_TYPES.has(x as string))))
          errors.push(`${where}: threat_actor_types outside threat-actor-type-ov`);
        break;
      }
      case 'identity':
        if (o.identity_class !== undefined && !IDENTITY_CLASSES.has(o.identity_class as string))
          errors.push(`${where}: identity_class outside identity-class-ov`);
        break;
    }
  }
  // References resolve within the bundle, and relationships connect the types the spec allows.
  for (const o of byId.values()) {
    const where = `${String(o.type)} ${String(o.id)}`;
    if (typeof o.created_by_ref === 'string' && !byId.has(o.created_by_ref)) errors.push(`${where}: created_by_ref does not resolve`);
    if (o.type !== 'relationship') continue;
    const source = byId.get(String(o.source_ref));
    const target = byId.get(String(o.target_ref));
    if (!source) errors.push(`${where}: source_ref ${String(o.source_ref)} does not resolve`);
    if (!target) errors.push(`${where}: target_ref ${String(o.target_ref)} does not resolve`);
    const allowed = RELATIONSHIPS[String(o.relationship_type)];
    if (!allowed) errors.push(`${where}: relationship_type "${String(o.relationship_type)}" not one we encode`);
    else if (source && target && !allowed.some(([s, t]) => s === source.type && t === target.type)) {
      errors.push(`${where}: ${String(source.type)} ${String(o.relationship_type)} ${String(target.type)} is not a spec relationship`);
    }
  }
  return errors;
}
