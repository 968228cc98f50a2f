import { describe, expect, it } from 'vitest';
import { buildAccountIndex, matchAccount } from '../../../src/core/detectors/listed-account';
import { NOW, engine, lists, only } from './fixture';

const index = buildAccountIndex(lists.indicators);

describe('listed-account detector (index level)', () => {
  it('matches every spelling of a listed account', () => {
    for (const url of [
      'https://x.com/bd_politico',
      'https://mobile.twitter.com/BD_Politico',
      'https://twitter.com/bd_politico/status/17',
      'x.com/bd_politico',
    ]) {
      expect(matchAccount(index, url)?.indicators[0]?.value, url).toBe('https://twitter.com/bd_politico');
    }
  });
  it('does not match other accounts, reserved paths or other platforms with the same name', () => {
    expect(matchAccount(index, 'https://x.com/bd_politico2')).toBeNull();
    expect(matchAccount(index, 'https://x.com/search?q=bd_politico')).toBeNull();
    expect(matchAccount(index, 'https://www.instagram.com/bd_politico')).toBeNull();
    expect(matchAccount(index, 'https://t.me/bd_politico')).toBeNull();
  });
});

describe('listed accounts through the engine', () => {
  it('a persona on X: high, with its campaign', () => {
    const v = engine.judge('https://x.com/Institute_IBI/status/1', undefined, { now: NOW });
    const f = only(v, 'listed-account');
    expect(f).toMatchObject({
      level: 'high',
      role: 'persona',
      campaign: { id: 'burke-institute' },
      evidence: { subject: 'https://x.com/Institute_IBI/status/1' },
    });
    expect(f.summary).toBe('Meta lists @Institute_IBI on X as an account run by International Burke Institute.');
  });
  it('Telegram /s/ preview, TikTok and YouTube channel', () => {
    expect(engine.judge('https://t.me/s/institute_ibi', undefined, { now: NOW }).level).toBe('high');
    expect(engine.judge('https://www.tiktok.com/@camille_lefevre_fr/video/1', undefined, { now: NOW }).level).toBe('high');
    expect(engine.judge('https://youtube.com/channel/UCHa42HrKBenuE2BdmOHqlfA/videos', undefined, { now: NOW }).level).toBe('high');
    // Channel ids are case-sensitive.
    expect(engine.judge('https://youtube.com/channel/UCHA42HRKBENUE2BDMOHQLFA', undefined, { now: NOW }).level).toBe('none');
  });
  it('a hosted sub-domain handle matches its whole site', () => {
    const v = engine.judge('https://burkeinstitute.substack.com/p/some-post', undefined, { now: NOW });
    expect(v.findings).toHaveLength(1);
    expect(only(v, 'listed-account').level).toBe('high');
  });
  it("an amplifier named only by a secondary source: medium, with the source's own words", () => {
    const f = only(engine.judge('https://twitter.com/alertchannel', undefined, { now: NOW }), 'listed-account');
    expect(f.level).toBe('medium');
    expect(f.summary).toBe('Named by VIGINUM (via a secondary compilation) as an amplifier of Storm-1516 narratives.');
    // The campaign, but not its state actor: an amplifier is not said to be run by anyone.
    expect(f.campaign).toEqual({ id: 'storm-1516', name: 'Storm-1516' });
    expect(f.actor).toBeUndefined();
  });
  it('the platform itself is never flagged', () => {
    for (const url of ['https://x.com/', 'https://x.com/home', 'https://t.me/', 'https://www.youtube.com/', 'https://substack.com/']) {
      expect(engine.judge(url, undefined, { now: NOW }).level, url).toBe('none');
    }
  });
});
