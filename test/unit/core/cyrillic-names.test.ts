import { describe, expect, it } from 'vitest';
import { outletNameLabels } from '../../../src/core/detectors/lookalike';
import { createEngine } from '../../../src/core/engine';
import { latinize } from '../../../src/core/lookalike/latin';
import type { ClaimedName, ProtectedOutlet } from '../../../src/core/types';
import { NOW, lists } from './fixture';

// Entries as lists/protected-outlets.json holds them.
const rbcUkraine: ProtectedOutlet = {
  id: 'rbc-ukraine',
  name: 'RBC-Ukraine',
  names: ['РБК-Україна', 'РБК-Украина', 'RBK-Ukraine'],
  domains: ['rbc.ua'],
  country: 'UA',
  kind: 'news',
  weakLabels: ['rbc'],
};
const sbu: ProtectedOutlet = {
  id: 'sbu',
  name: 'Security Service of Ukraine',
  names: ['Служба безпеки України', 'СБУ'],
  domains: ['ssu.gov.ua'],
  country: 'UA',
  kind: 'government',
  weakLabels: ['ssu'],
};
const ukrainskaPravda: ProtectedOutlet = {
  id: 'ukrainska-pravda',
  name: 'Ukrainska Pravda',
  names: ['Українська правда', 'УП'],
  domains: ['pravda.com.ua'],
  country: 'UA',
  kind: 'news',
  weakLabels: ['pravda'],
};
const outlets = [...lists.outlets, rbcUkraine, sbu, ukrainskaPravda];
const engine = createEngine({ ...lists, outlets });
const judge = (host: string, claims?: ClaimedName[]) =>
  engine.judge(`https://${host}/`, claims ? { claimedNames: claims } : undefined, { now: NOW });

describe('Cyrillic names as addresses spell them', () => {
  it('transliterates Ukrainian, Russian and Bulgarian names', () => {
    expect(latinize('РБК-Україна')).toBe('rbk-ukraina');
    expect(latinize('Українська правда')).toBe('ukrainska pravda');
    // Ukrainian г is h when the name has a letter only Ukrainian writes.
    expect(latinize('Громадське Україна')).toBe('hromadske ukraina');
    expect(latinize('Българско национално радио')).toBe('balgarsko natsionalno radio');
    expect(latinize('Главком')).toBe('glavkom');
    expect(latinize('Новая газета')).toBe('novaya gazeta');
    expect(latinize('Le Monde')).toBe('le monde');
  });

  it("turns a news outlet's three-letter Cyrillic acronym and long Cyrillic names into labels", () => {
    const labels = outletNameLabels(outlets).map(([label, at]) => `${label}:${outlets[at]!.id}`);
    expect(labels).toContain('rbk:rbc-ukraine');
    expect(labels).toContain('ukrainskapravda:ukrainska-pravda');
    // A government body's acronym is shared by many bodies, universities and firms.
    expect(labels.filter((l) => l.startsWith('sbu:'))).toEqual([]);
  });
});

describe('addresses written in the outlet’s Cyrillic name', () => {
  it('RBK on another ending is a weak sign that names the outlet, not its address', () => {
    const v = judge('rbk.media');
    expect(v.level).toBe('low');
    const f = v.findings.find((x) => x.reason === 'lookalike-domain')!;
    expect(f.impersonates).toBe('rbc.ua');
    expect(f.evidence.commonName).toBe(true);
    expect(f.summary).toBe(
      'This address uses the name of RBC-Ukraine with another domain ending (.media); “rbk” is also a common word or short name: check whether the page claims to be RBC-Ukraine.',
    );
  });

  it('is high with a page that claims the outlet, and nothing on a page that names itself otherwise', () => {
    expect(judge('rbk.media', [{ source: 'og:site_name', value: 'RBC-Ukraine' }]).level).toBe('high');
    expect(judge('rbk.today', [{ source: 'og:site_name', value: 'RBK Logistics' }]).level).toBe('none');
  });

  it('a long transliterated name on another ending is medium', () => {
    const f = judge('ukrainskapravda.info').findings.find((x) => x.reason === 'lookalike-domain');
    expect(f?.level).toBe('medium');
    expect(f?.impersonates).toBe('pravda.com.ua');
  });

  it("a government body's Cyrillic acronym is not looked for", () => {
    expect(judge('sbu.com').level).toBe('none');
  });
});
