/**
 * dnstwist-style permutations of a domain, for tests only: the engine never pre-generates them
 * (ENGINEERING-NOTES, "Lookalike detection facts"). Fuzzers after dnstwist's: omission, repetition,
 * transposition, replacement and insertion with QWERTY neighbours, hyphenation, addition, vowel
 * swap, homoglyph (ASCII and Unicode), subdomain, dictionary, and other suffixes (including the
 * ones dnstwist lacks and Doppelganger used: pm, ltd, work, top, cfd).
 */
const QWERTY: Record<string, string> = {
  '1': '2q',
  '2': '3wq1',
  '3': '4ew2',
  '4': '5re3',
  '5': '6tr4',
  '6': '7yt5',
  '7': '8uy6',
  '8': '9iu7',
  '9': '0oi8',
  '0': 'po9',
  q: '12wa',
  w: '3esaq2',
  e: '4rdsw3',
  r: '5tfde4',
  t: '6ygfr5',
  y: '7uhgt6',
  u: '8ijhy7',
  i: '9okju8',
  o: '0plki9',
  p: 'lo0',
  a: 'qwsz',
  s: 'edxzaw',
  d: 'rfcxse',
  f: 'tgvcdr',
  g: 'yhbvft',
  h: 'ujnbgy',
  j: 'ikmnhu',
  k: 'olmji',
  l: 'kop',
  z: 'asx',
  x: 'zsdc',
  c: 'xdfv',
  v: 'cfgb',
  b: 'vghn',
  n: 'bhjm',
  m: 'njk',
};
const GLYPHS: Record<string, string[]> = {
  a: ['à', 'á', 'â', 'ä', 'å', 'ɑ', 'а'],
  b: ['ḃ', 'ḅ'],
  c: ['с', 'ç', 'ć'],
  d: ['cl', 'ď', 'ḍ'],
  e: ['é', 'è', 'ê', 'ë', 'е'],
  g: ['ġ', 'ǵ'],
  h: ['һ', 'ḥ'],
  i: ['1', 'í', 'ì', 'ï', 'ı', 'і'],
  l: ['1', 'ł', 'ḷ'],
  m: ['rn', 'ṁ', 'ṃ'],
  n: ['ń', 'ñ', 'ṅ'],
  o: ['0', 'ο', 'о', 'ó', 'ö', 'ø'],
  p: ['р', 'ṗ'],
  r: ['ŕ', 'ṛ'],
  s: ['ѕ', 'ś', 'ş'],
  t: ['ţ', 'ṭ'],
  u: ['ü', 'ú', 'ù', 'υ'],
  w: ['vv', 'ŵ', 'ẁ'],
  y: ['у', 'ý', 'ÿ'],
};
const SUFFIXES = [
  'pm',
  'ltd',
  'work',
  'top',
  'cfd',
  'info',
  'net',
  'org',
  'ru',
  'co',
  'io',
  'news',
  'online',
  'live',
  'site',
  'ws',
  'in',
  'us',
  'co.uk',
  'eu.com',
];
const VOWELS = 'aeiou';

export interface Variant {
  fuzzer: string;
  host: string;
}

/** Variants of `label.suffix`. `withEdits` is false for labels under 5 characters (no edit rule). */
export function variants(label: string, suffix: string, withEdits: boolean): Variant[] {
  const out: Variant[] = [];
  const add = (fuzzer: string, l: string, s = suffix) => {
    if (l !== label && l.length > 0) out.push({ fuzzer, host: `${l}.${s}` });
  };
  for (const s of SUFFIXES) {
    if (s !== suffix) {
      add('tld-swap', label, s);
      out.push({ fuzzer: 'tld-swap', host: `${label}.${s}` });
    }
  }
  for (let i = 0; i < label.length; i++) {
    for (const g of GLYPHS[label[i] as string] ?? []) add('homoglyph', label.slice(0, i) + g + label.slice(i + 1));
  }
  for (let i = 1; i < label.length; i++) add('hyphenation', `${label.slice(0, i)}-${label.slice(i)}`);
  add('dictionary', `${label}-news`);
  add('dictionary', `${label}-online`, 'info');
  add('dictionary', `news-${label}`);
  out.push({ fuzzer: 'dictionary', host: `${label}.${suffix}-news.ru` });
  if (label.length > 5) {
    for (let i = 2; i < label.length - 1; i++) out.push({ fuzzer: 'subdomain', host: `${label.slice(0, i)}.${label.slice(i)}.${suffix}` });
  }
  if (!withEdits) return dedupe(out);
  for (let i = 0; i < label.length; i++) add('omission', label.slice(0, i) + label.slice(i + 1));
  for (let i = 0; i < label.length; i++) add('repetition', label.slice(0, i + 1) + label[i] + label.slice(i + 1));
  for (let i = 0; i < label.length - 1; i++) add('transposition', label.slice(0, i) + label[i + 1] + label[i] + label.slice(i + 2));
  for (let i = 0; i < label.length; i++) {
    for (const k of QWERTY[label[i] as string] ?? '') add('replacement', label.slice(0, i) + k + label.slice(i + 1));
  }
  for (let i = 1; i < label.length - 1; i++) {
    for (const k of QWERTY[label[i] as string] ?? '') {
      add('insertion', label.slice(0, i) + k + label.slice(i));
      add('insertion', label.slice(0, i + 1) + k + label.slice(i + 1));
    }
  }
  for (const ch of 'abcdefghijklmnopqrstuvwxyz') add('addition', label + ch);
  for (let i = 0; i < label.length; i++) {
    if (!VOWELS.includes(label[i] as string)) continue;
    for (const v of VOWELS) if (v !== label[i]) add('vowel-swap', label.slice(0, i) + v + label.slice(i + 1));
  }
  return dedupe(out);
}

function dedupe(list: Variant[]): Variant[] {
  const seen = new Set<string>();
  return list.filter((v) => (seen.has(v.host) ? false : (seen.add(v.host), true)));
}
