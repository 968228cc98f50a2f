import { describe, expect, it } from 'vitest';
import { buildLookalikeIndex, findLookalikes } from '../../../src/core/detectors/lookalike';
import { siteClaims } from '../../../src/core/detectors/names';
import { deletions, editAllowed, findEdits } from '../../../src/core/lookalike/edits';
import { skeleton } from '../../../src/core/lookalike/skeleton';
import type { ClaimedName } from '../../../src/core/types';
import { NOW, engine, lists, only } from './fixture';
import { variants } from './variants';

const index = buildLookalikeIndex(lists.outlets);
const kinds = (host: string, claims: ClaimedName[] = []) =>
  findLookalikes(index, host, siteClaims(claims)).map(
    (h) => `${h.outlet.id}:${h.kind}${h.edit ? `:${h.edit}` : ''}${h.weak ? ':weak' : ''}`,
  );
const judge = (url: string, claims?: ClaimedName[]) => engine.judge(url, claims ? { claimedNames: claims } : undefined, { now: NOW });

describe('skeleton', () => {
  it('folds Unicode confusables, diacritics and ASCII tricks', () => {
    const target = skeleton('washingtonpost');
    expect(skeleton('xn--wshingtonpost-w1k')).toBe(target); // Cyrillic а
    expect(skeleton('wáshingtonpost')).toBe(target);
    expect(skeleton('washingt0npost')).toBe(target);
    expect(skeleton('vvashingtonpost')).toBe(target);
    expect(skeleton('nytirnes')).toBe(skeleton('nytimes'));
    expect(skeleton('lemoncle')).toBe(skeleton('lemonde'));
    expect(skeleton('spiege1')).toBe(skeleton('spiegel'));
  });
  it('reads palochka as l and kappa and ka as k, as an address bar shows them', () => {
    expect(skeleton('a\u04CFjazeera')).toBe(skeleton('aljazeera'));
    expect(skeleton('vol\u03BAskrant')).toBe(skeleton('volkskrant'));
    expect(skeleton('vol\u043Askrant')).toBe(skeleton('volkskrant'));
    expect(skeleton('a\u04CFjazeera')).not.toBe(skeleton('aijazeera'));
  });
  it('folds plain ASCII and Unicode labels the same way', () => {
    for (const [a, b] of [
      ['c1oud', 'cloud'],
      ['vvorld', 'world'],
      ['rnonde', 'monde'],
      ['w0rld', 'world'],
      ['xn--wrld-5qa', 'wörld'],
    ]) {
      expect(skeleton(a as string), `${a} ~ ${b}`).toBe(skeleton(b as string));
    }
  });
  it('keeps different words apart', () => {
    expect(skeleton('washingtontimes')).not.toBe(skeleton('washingtonpost'));
    expect(skeleton('spiegel')).not.toBe(skeleton('spiegle'));
  });
});

describe('edits (SymSpell neighbourhood + Chromium guards)', () => {
  const labels = new Map([
    ['washingtonpost', 1],
    ['spiegel', 1],
  ]);
  const dels = new Map<string, { label: string; pos: number }[]>();
  for (const l of labels.keys()) for (const d of deletions(l)) dels.set(d.text, [...(dels.get(d.text) ?? []), { label: l, pos: d.pos }]);
  const edit = (v: string) => findEdits(v, labels, dels).map((m) => `${m.label}:${m.edit}`);
  it('classifies each single edit', () => {
    expect(edit('washingtonpst')).toEqual(['washingtonpost:omission']);
    expect(edit('washingtonpoost')).toEqual(['washingtonpost:repetition']);
    expect(edit('washingtonpoxst')).toEqual(['washingtonpost:insertion']);
    expect(edit('washingtonpozt')).toEqual(['washingtonpost:replacement']);
    expect(edit('washingtonpsot')).toEqual(['washingtonpost:transposition']);
    expect(edit('spiegle')).toEqual(['spiegel:transposition']);
  });
  it('ignores first-character edits, trailing digits, short labels and two edits', () => {
    expect(edit('hashingtonpost')).toEqual([]);
    expect(edit('ashingtonpost')).toEqual([]);
    expect(edit('spiegel1')).toEqual([]);
    expect(edit('washingtonpxxt')).toEqual([]);
    expect(editAllowed('bank', 'tank')).toBe(false);
    expect(editAllowed('news24', 'news25')).toBe(false);
  });
});

describe('lookalike detector: positives', () => {
  it('same label on another suffix: the Doppelganger signature', () => {
    expect(kinds('washingtonpost.ltd')).toEqual(['washington-post:other-suffix']);
    expect(kinds('nytimes.work')).toEqual(['new-york-times:other-suffix']);
    expect(kinds('news.lemonde.pm')).toEqual(['le-monde:other-suffix']);
    expect(kinds('nato.ws')).toEqual(['nato:other-suffix']);
  });
  it('Unicode confusables, in punycode or Unicode', () => {
    expect(kinds('xn--wshingtonpost-w1k.com')).toEqual(['washington-post:confusable']);
    expect(kinds(new URL('https://nytimés.com/').hostname)).toEqual(['new-york-times:confusable']);
  });
  it('edits, hyphenation and embedding', () => {
    expect(kinds('washingtonpots.com')).toEqual(['washington-post:edit:transposition']);
    expect(kinds('spiegle.info')).toEqual(['der-spiegel:edit:transposition']);
    expect(kinds('washington-post.info')).toEqual(['washington-post:hyphenation']);
    expect(kinds('washingtonpost.com-news.ru')).toEqual(['washington-post:embedded']);
    // "Spiegel Online", the outlet's name written as one word, is a name label of its own.
    expect(kinds('spiegel-online.info')).toEqual(['der-spiegel:hyphenation']);
    expect(kinds('washingtonpost-news.info')).toEqual(['washington-post:embedded']);
  });
  it('a confusable summary shows the address in both forms', () => {
    expect(only(judge('https://xn--wshingtonpost-w1k.com/'), 'lookalike-domain').summary).toBe(
      'This address (w\u0430shingtonpost.com, written xn--wshingtonpost-w1k.com) imitates washingtonpost.com with look-alike characters.',
    );
  });
  it('level medium, impersonates the main domain, evidence records kind and edit', () => {
    const f = only(judge('https://washingtonpots.com/'), 'lookalike-domain');
    expect(f).toMatchObject({
      level: 'medium',
      impersonates: 'washingtonpost.com',
      outlet: 'The Washington Post',
      evidence: { subject: 'washingtonpots.com', lookalike: 'edit', edit: 'transposition' },
    });
    expect(only(judge('https://washingtonpost.ltd/'), 'lookalike-domain').summary).toBe(
      'This address uses the name of washingtonpost.com with another domain ending (.ltd).',
    );
  });
  it('high when the page also claims to be the outlet', () => {
    const f = only(judge('https://washingtonpost.ltd/a', [{ source: 'og:site_name', value: 'The Washington Post' }]), 'lookalike-domain');
    expect(f.level).toBe('high');
    expect(f.evidence.claimedName).toEqual({ source: 'og:site_name', value: 'The Washington Post' });
    expect(f.summary).toBe(
      'This address uses the name of washingtonpost.com with another domain ending (.ltd), and the page presents itself as “The Washington Post”.',
    );
  });
  it('weak labels: low by address, saying the name is a common word; high with a claim of the outlet', () => {
    expect(judge('https://bild.pm/').level).toBe('low');
    expect(judge('https://bild.eu.com/').level).toBe('low');
    expect(only(judge('https://bild.pm/'), 'lookalike-domain').evidence.commonName).toBe(true);
    const f = only(judge('https://bild.pm/', [{ source: 'og:site_name', value: 'BILD' }]), 'lookalike-domain');
    expect(f.level).toBe('high');
    expect(f.impersonates).toBe('bild.de');
    // Claiming some other outlet does not wake up a weak label.
    expect(judge('https://bild.pm/', [{ source: 'og:site_name', value: 'Le Monde' }]).findings.map((x) => x.reason)).toEqual([
      'claims-outlet-name',
    ]);
  });
  it('dnstwist-style variants of protected outlets: >= 95% flagged, and every miss is a documented guard', () => {
    const cases: [string, string, boolean][] = [
      ['washingtonpost', 'com', true],
      ['spiegel', 'de', true],
      ['nytimes', 'com', true],
      ['lemonde', 'fr', true],
      ['nato', 'int', false],
      ['cnn', 'com', false],
      ['bbc', 'co.uk', false],
    ];
    let total = 0;
    const misses: string[] = [];
    // A common-word name's clone is recognised with the page's claim (the address alone is a weak
    // sign at most): its variants are judged with the outlet's name as the page's site name.
    const WEAK_CLAIM: Record<string, ClaimedName[]> = { spiegel: [{ source: 'og:site_name', value: 'DER SPIEGEL' }] };
    for (const [label, suffix, edits] of cases) {
      for (const v of variants(label, suffix, edits)) {
        // Nobody but the entitled can register under `.int`: such variants cannot exist.
        if (/(^|\.)(int|gov|edu|mil)$/.test(v.host)) continue;
        total++;
        const verdict = judge(`https://${v.host}/`, WEAK_CLAIM[label]);
        if (!verdict.findings.some((f) => f.reason === 'lookalike-domain' || f.reason === 'listed-domain')) {
          misses.push(`${v.fuzzer}:${v.host}`);
          // Allowed misses: an edit that changes the first character (Chromium's tank/hank guard),
          // or a name of under 5 characters inside a longer host (too many words contain "cnn").
          const firstChanged = !v.host.startsWith(label[0] as string);
          const shortEmbedded = label.length < 5 && v.fuzzer === 'dictionary';
          // The same name in singular or plural is another ordinary name (`spiegels`).
          const plural = v.host.startsWith(`${label}s.`) || (label.endsWith('s') && v.host.startsWith(`${label.slice(0, -1)}.`));
          // Under an ending only the entitled can register (`.int`), nothing is a lookalike.
          const entitled = /(^|\.)(int|gov|edu|mil)$/.test(v.host);
          expect(firstChanged || shortEmbedded || plural || entitled, `unexpected miss ${v.fuzzer}:${v.host}`).toBe(true);
        }
      }
    }
    const rate = 1 - misses.length / total;
    expect(total).toBeGreaterThan(850);
    expect(rate, `missed ${misses.length}/${total}: ${misses.join(' ')}`).toBeGreaterThanOrEqual(0.95);
  });
});

describe('lookalike detector: false positives', () => {
  it('official domains and their sub-domains are never lookalikes', () => {
    for (const host of [
      'edition.cnn.com',
      'cnn.com',
      'www.spiegel.de',
      'spiegel.de',
      'bild.de',
      'm.bild.de',
      'amp.theguardian.com',
      'guardian.co.uk',
      'news.bbc.co.uk',
      'bbc.com',
      'wapo.st',
      'nyti.ms',
      'www.nytimes.com',
      'nato.int',
      'www.lemonde.fr',
      'www.washingtonpost.com',
      'theguardian.pe.ca',
    ]) {
      expect(kinds(host), host).toEqual([]);
      const claims: ClaimedName[] = [{ source: 'og:site_name', value: 'The Washington Post' }];
      expect(judge(`https://${host}/`, claims).level, host).toBe('none');
    }
  });
  it('near-miss real outlets are not lookalikes', () => {
    for (const host of [
      'washingtontimes.com',
      'nypost.com',
      'latimes.com',
      'lemondeinformatique.fr',
      'lemon.de',
      'bildung.de',
      'spiegelei.de',
      'cnbc.com',
      'mytimes.com',
      'welt.de',
    ]) {
      expect(kinds(host), host).toEqual([]);
      expect(judge(`https://${host}/`).level, host).toBe('none');
    }
  });
  it('a weak label wakes up only as a weak sign, and a page that names itself otherwise silences it', () => {
    expect(kinds('guardian.ltd')).toEqual(['the-guardian:other-suffix:weak']);
    expect(judge('https://guardian.ltd/').level).toBe('low');
    expect(judge('https://guardian.ltd/', [{ source: 'og:site_name', value: 'Guardian Pharmacy' }]).level).toBe('none');
    // `theguardian` is distinctive: a lookalike of both papers that use it, the London one first.
    const v = judge('https://theguardian.ltd/');
    expect(v.findings.map((f) => f.impersonates)).toEqual(['theguardian.com', 'theguardian.pe.ca']);
  });
  it("names on developer and blog platforms need a claim: they may be the outlet's own accounts", () => {
    for (const host of [
      'nytimes.github.io',
      'washingtonpost.github.io',
      'spiegel.blogspot.com',
      'washingtonpost.substack.com',
      'lemonde.wordpress.com',
    ]) {
      expect(judge(`https://${host}/`).level, host).toBe('none');
    }
    const f = only(
      judge('https://washingtonpost.substack.com/p/x', [{ source: 'og:site_name', value: 'The Washington Post' }]),
      'lookalike-domain',
    );
    expect(f.level).toBe('high');
  });
  it('translation proxies and archives show real outlets under their own host', () => {
    expect(kinds('www-washingtonpost-com.translate.goog')).toEqual([]);
    expect(kinds('www-nytimes-com.cdn.ampproject.org')).toEqual([]);
    expect(kinds('web.archive.org')).toEqual([]);
    const claims: ClaimedName[] = [{ source: 'og:site_name', value: 'The Washington Post' }];
    expect(judge('https://web.archive.org/web/2024/https://www.washingtonpost.com/', claims).level).toBe('none');
    expect(judge('https://www-washingtonpost-com.translate.goog/?_x_tr_sl=en', claims).level).toBe('none');
  });
  it('the documented sensitivity turns lookalikes off', () => {
    expect(engine.judge('https://washingtonpost.ltd/', undefined, { sensitivity: 'documented' }).level).toBe('none');
  });
});

describe('skeleton fast path', () => {
  it('punycode labels are decoded even when their ASCII form looks plain', () => {
    const host = new URL('https://wàshingtonpost.com/').hostname;
    expect(host.startsWith('xn--')).toBe(true);
    expect(skeleton(host.split('.')[0] as string)).toBe('washingtonpost');
  });
});
