// @vitest-environment happy-dom
/**
 * Settings import and storage repair on arbitrary input:
 * - `parseSettings` (strict, for imports) never throws: either ok with a valid Settings, or an error
 *   string that names the problem (the field, the unknown key, or "JSON object");
 * - `repairSettings` (lenient, for storage) always returns a valid Settings and keeps every
 *   readable field;
 * - huge (10 MB) and hostile (deeply nested, `__proto__`/`constructor`) settings files are
 *   rejected with a clear message before JSON.parse where size is the problem, the previous
 *   settings are kept, and no prototype is polluted: through `importSettingsText` and through the
 *   options page itself (OptionsView's file input and paste box).
 */
import fc from 'fast-check';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ROLES } from '../../../src/core/types';
import { parseAllowEntry } from '../../../src/core/allowlist';
import { DEFAULT_SETTINGS, parseSettings, repairSettings, type Settings } from '../../../src/extension/settings';
import { OptionsView } from '../../../src/ui/components/OptionsView';
import { importSettingsText, MAX_IMPORT_BYTES } from '../../../src/ui/options-model';
import { LISTS } from '../ui/fixtures';
import { installMessages } from '../ui/messages';
import { useRenderContainer } from '../ui/render';

const RUNS = 3000;
const KEYS = Object.keys(DEFAULT_SETTINGS).sort();

/** Valid values per field, for generating valid and half-valid settings. */
const validField: { [K in keyof Settings]: fc.Arbitrary<Settings[K]> } = {
  version: fc.constant(1 as const),
  sensitivity: fc.constantFrom('documented', 'lookalikes', 'text'),
  disabledCampaigns: fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 5 }),
  disabledRoles: fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 4 }),
  warningBar: fc.constantFrom('off', 'high', 'medium'),
  linkMarkers: fc.boolean(),
  badgeOnly: fc.boolean(),
  ownListsOnPages: fc.boolean(),
  // Sites (domains that are not public suffixes: `a.pg` is one, under PSL's `*.pg`) and accounts.
  allowlist: fc.array(
    fc.oneof(
      fc.domain().filter((d) => parseAllowEntry(d) !== null),
      fc.constantFrom(
        'https://t.me/institute_ibi',
        'https://x.com/AlertChannel',
        'https://www.youtube.com/@SomeName',
        'https://name.substack.com/',
      ),
    ),
    { maxLength: 5 },
  ),
  trainingMode: fc.boolean(),
  listUpdates: fc.boolean(),
  language: fc.constantFrom('auto', 'en', 'de', 'fr', 'uk', 'pl', 'ru'),
};
const validSettings = fc.record(validField, { requiredKeys: [] });
/** A value of the wrong kind for any field. */
const wrong = fc.oneof(fc.anything(), fc.constantFrom(null, 0, '', 'HIGH', 2, [], [1], [''], ['a'.repeat(300)], {}, 'true', NaN));

/** A Settings object as the rest of the extension expects it (every key, every value valid). */
function expectValid(s: Settings): void {
  expect(Object.keys(s).sort()).toEqual(KEYS);
  const strict = parseSettings(JSON.parse(JSON.stringify(s)));
  expect(strict.ok, JSON.stringify(strict)).toBe(true);
}

/** An error a person can act on: it names a field, the unknown key(s), or what the file must be. */
function expectClearError(error: string, input: unknown): void {
  expect(error.length).toBeGreaterThan(10);
  expect(error.length).toBeLessThan(400);
  const names = KEYS.some((k) => error.includes(`"${k}"`));
  expect(
    names || /^Unknown setting/.test(error) || /must be a JSON object/.test(error),
    `${error} for ${JSON.stringify(input)?.slice(0, 200)}`,
  ).toBe(true);
}

describe('parseSettings and repairSettings on arbitrary input', () => {
  it('parseSettings never throws: ok with valid settings, or a clear error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.jsonValue(),
          fc.record(Object.fromEntries(KEYS.map((k) => [k, fc.oneof(wrong, validField[k as keyof Settings] as fc.Arbitrary<unknown>)])), {
            requiredKeys: [],
          }),
        ),
        (input) => {
          const result = parseSettings(input);
          if (result.ok) expectValid(result.settings);
          else expectClearError(result.error, input);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('parseSettings accepts every valid file, and names the one wrong field of an otherwise valid one', () => {
    fc.assert(
      fc.property(validSettings, fc.constantFrom(...(KEYS as (keyof Settings)[])), wrong, (valid, key, bad) => {
        const ok = parseSettings(valid);
        expect(ok).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, ...valid } });
        const broken = { ...valid, [key]: bad };
        const result = parseSettings(broken);
        if (result.ok) {
          // The "wrong" value happened to be valid for this field.
          expect(parseSettings({ [key]: bad }).ok).toBe(true);
          return;
        }
        expect(result.error).toContain(`"${key}"`);
      }),
      { numRuns: RUNS },
    );
  });

  it('repairSettings always returns valid settings and keeps every readable field', () => {
    const halfValid = fc.record(
      Object.fromEntries(
        KEYS.map((k) => [
          k,
          fc.record({ good: fc.boolean(), valid: validField[k as keyof Settings] as fc.Arbitrary<unknown>, bad: wrong }),
        ]),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything().map((a) => ({ raw: a })),
          halfValid.map((h) => ({ h })),
        ),
        (input) => {
          if ('raw' in input) {
            expectValid(repairSettings(input.raw));
            return;
          }
          const stored: Record<string, unknown> = {};
          for (const [k, v] of Object.entries(input.h as Record<string, { good: boolean; valid: unknown; bad: unknown }>))
            stored[k] = v.good ? v.valid : v.bad;
          const repaired = repairSettings(stored);
          expectValid(repaired);
          for (const [k, v] of Object.entries(input.h as Record<string, { good: boolean; valid: unknown }>)) {
            if (v.good) expect(repaired[k as keyof Settings], k).toEqual(v.valid);
          }
          for (const k of KEYS) if (!(k in stored)) expect(repaired[k as keyof Settings]).toEqual(DEFAULT_SETTINGS[k as keyof Settings]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('repairSettings returns a copy: changing it never changes the defaults', () => {
    const a = repairSettings(undefined);
    a.allowlist.push('example.org');
    a.disabledRoles.push('persona');
    expect(DEFAULT_SETTINGS.allowlist).toEqual([]);
    expect(repairSettings(null).allowlist).toEqual([]);
  });
});

describe('hostile settings files (importSettingsText)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
  });
  const polluted = () => ({}) as Record<string, unknown>;

  it('a 10 MB file is refused before JSON.parse, with the size message', () => {
    const huge = `{"allowlist":[${Array(800_000).fill('"example.org"').join(',')}]}`;
    expect(huge.length).toBeGreaterThan(10_000_000);
    const parse = vi.spyOn(JSON, 'parse');
    const result = importSettingsText(huge);
    expect(parse).not.toHaveBeenCalled();
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/too large|1 MB|megabyte/i) as unknown as string });
    // Just over the cap is refused; the cap is what the file input checks too.
    expect(importSettingsText(' '.repeat(MAX_IMPORT_BYTES + 1)).ok).toBe(false);
  });

  it('deeply nested JSON under the size cap is refused with a clear message, never a crash', () => {
    for (const text of [
      '['.repeat(400_000) + ']'.repeat(400_000),
      '{"a":'.repeat(150_000) + '1' + '}'.repeat(150_000),
      `{"allowlist":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      `{"disabledCampaigns":[${'{"x":'.repeat(50_000)}1${'}'.repeat(50_000)}]}`,
    ]) {
      expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
      const result = importSettingsText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    }
  });

  it('__proto__, constructor and prototype keys are refused by name, and pollute nothing', () => {
    const cases = [
      '{"__proto__":{"sensitivity":"text","linkMarkers":true}}',
      '{"sensitivity":"text","__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"allowlist":["example.org"],"prototype":{"polluted":true}}',
      '{"disabledRoles":["__proto__"]}',
      '{"allowlist":{"__proto__":["example.org"]}}',
    ];
    for (const text of cases) {
      const result = importSettingsText(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.error, text).toMatch(/__proto__|constructor|prototype|disabledRoles|allowlist/);
    }
    expect(polluted().polluted).toBeUndefined();
    expect(polluted().sensitivity).toBeUndefined();
    expect(({} as Record<string, unknown>).linkMarkers).toBeUndefined();
    // And repairSettings, reading the same from storage, keeps only the readable known fields.
    const fromStorage = repairSettings(JSON.parse('{"__proto__":{"sensitivity":"text"},"warningBar":"medium"}'));
    expect(fromStorage).toEqual({ ...DEFAULT_SETTINGS, warningBar: 'medium' });
  });
});

describe('the options page keeps the previous settings on a bad import', () => {
  let container: HTMLElement;
  // Registered first so that it runs after the container is unmounted (after-hooks run in reverse).
  afterEach(() => {
    vi.restoreAllMocks();
  });
  useRenderContainer((el) => {
    container = el;
  });

  const previous: Settings = { ...DEFAULT_SETTINGS, sensitivity: 'text', allowlist: ['example.org'] };

  function mount() {
    const onChange = vi.fn(async () => true);
    render(<OptionsView settings={previous} lists={LISTS} onChange={onChange} onExport={() => {}} />, container);
    return onChange;
  }

  async function choose(file: File) {
    const input = container.querySelector('#import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 20));
    });
  }

  const note = () => container.querySelector('#import-note')?.textContent ?? '';

  it('a 10 MB file: refused from its size (never read or parsed), settings unchanged', async () => {
    const onChange = mount();
    const text = vi.fn(async () => '{}');
    const big = new File(['x'], 'settings.json', { type: 'application/json' });
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 });
    Object.defineProperty(big, 'text', { value: text });
    await choose(big);
    // Never read, so never parsed.
    expect(text).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
    expect(note()).toMatch(/too large|1 MB|megabyte/i);
  });

  it('hostile files (nested, __proto__, wrong types, not JSON): a clear message each, settings unchanged', async () => {
    const onChange = mount();
    for (const [content, expected] of [
      ['{"__proto__":{"sensitivity":"documented"}}', /__proto__/],
      ['{"constructor":{"prototype":{"x":1}}}', /constructor/],
      ['{"warningBar":"always"}', /warningBar/],
      ['['.repeat(200_000) + ']'.repeat(200_000), /JSON object|Settings/i],
      ['{"sensitivity":', /JSON/],
    ] as const) {
      await choose(new File([content], 'settings.json', { type: 'application/json' }));
      expect(note(), content.slice(0, 40)).toMatch(expected);
    }
    expect(onChange).not.toHaveBeenCalled();
  });
});
