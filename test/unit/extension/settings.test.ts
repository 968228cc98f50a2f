import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, judgeOptions, parseSettings, repairSettings } from '../../../src/extension/settings';

describe('parseSettings (strict, for imports)', () => {
  it('accepts a full valid object and an empty one (defaults)', () => {
    const full = { ...DEFAULT_SETTINGS, sensitivity: 'text', allowlist: ['example.org'] };
    expect(parseSettings(full)).toEqual({ ok: true, settings: full });
    expect(parseSettings({})).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('rejects non-objects, unknown keys and invalid values with a message naming the problem', () => {
    expect(parseSettings([])).toEqual({ ok: false, error: 'Settings must be a JSON object.' });
    expect(parseSettings(null)).toEqual({ ok: false, error: 'Settings must be a JSON object.' });
    expect(parseSettings({ sensitivty: 'text' })).toEqual({ ok: false, error: 'Unknown setting: sensitivty.' });
    expect(parseSettings({ sensitivity: 'max' })).toMatchObject({
      ok: false,
      error: '"sensitivity" must be one of documented, lookalikes, text.',
    });
    expect(parseSettings({ disabledRoles: ['villain'] })).toMatchObject({ ok: false });
    expect(parseSettings({ allowlist: [''] })).toMatchObject({ ok: false });
    // Trusted entries are sites or accounts, nothing else: a public suffix, a page or junk is refused.
    for (const entry of ['co.uk', 'https://example.org/page', 'x.com/name', 'not a domain', 'https://t.me/share', 5]) {
      expect(parseSettings({ allowlist: ['example.org', entry] }), String(entry)).toMatchObject({ ok: false });
    }
    expect(parseSettings({ linkMarkers: 'yes' })).toEqual({ ok: false, error: '"linkMarkers" must be true or false.' });
    expect(parseSettings({ badgeOnly: 1 })).toEqual({ ok: false, error: '"badgeOnly" must be true or false.' });
    expect(parseSettings({ ownListsOnPages: 'on' })).toEqual({ ok: false, error: '"ownListsOnPages" must be true or false.' });
  });

  it('takes badge-only mode and the opt-in for own lists on pages, both off by default', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ badgeOnly: false, ownListsOnPages: false });
    expect(parseSettings({ badgeOnly: true, ownListsOnPages: true })).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, badgeOnly: true, ownListsOnPages: true },
    });
    // An export from before these settings existed still imports, with both off.
    const { badgeOnly: _b, ownListsOnPages: _o, ...older } = DEFAULT_SETTINGS;
    expect(parseSettings({ ...older, linkMarkers: true })).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, linkMarkers: true } });
  });
});

it('parseSettings accepts trusted accounts as profile URLs beside trusted sites', () => {
  const allowlist = ['example.org', 'https://t.me/institute_ibi', 'https://x.com/AlertChannel', 'https://name.substack.com/'];
  expect(parseSettings({ allowlist })).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, allowlist } });
});

describe('repairSettings (lenient, for stored values)', () => {
  it('keeps a stored allowlist of sites and accounts; one unreadable entry makes it unreadable, as for every field', () => {
    const allowlist = ['example.org', 'https://t.me/institute_ibi'];
    expect(repairSettings({ allowlist }).allowlist).toEqual(allowlist);
    expect(repairSettings({ allowlist: [...allowlist, 'https://t.me/'] }).allowlist).toEqual([]);
  });
  it('keeps readable fields and defaults the rest', () => {
    const repaired = repairSettings({ sensitivity: 'documented', allowlist: 42, linkMarkers: true, junk: 1 });
    expect(repaired).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'documented', linkMarkers: true });
  });
  it('returns defaults for garbage and never shares the default arrays', () => {
    const a = repairSettings('corrupt');
    expect(a).toEqual(DEFAULT_SETTINGS);
    a.allowlist.push('x.org');
    expect(DEFAULT_SETTINGS.allowlist).toEqual([]);
  });
});

it('judgeOptions passes the judging settings through', () => {
  const s = { ...DEFAULT_SETTINGS, disabledRoles: ['redirector' as const] };
  expect(judgeOptions(s)).toMatchObject({ sensitivity: 'lookalikes', disabledRoles: ['redirector'] });
});
