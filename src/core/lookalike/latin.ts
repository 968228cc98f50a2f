/**
 * Cyrillic names as Latin addresses spell them: clones of Ukrainian, Russian, Bulgarian and Serbian
 * outlets register the outlet's name transliterated (`rbk.media` for РБК-Україна, whose own domain
 * is `rbc.ua`). One common spelling per letter, the one domain names use most: Ukrainian `г` is `h`
 * when the text has a letter only Ukrainian writes (і, ї, є, ґ), `g` otherwise.
 */
const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  ђ: 'dj',
  е: 'e',
  ё: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  џ: 'dz',
  ш: 'sh',
  щ: 'shch',
  ъ: 'a',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  "'": '',
  '\u2019': '',
};

const CYRILLIC = /[\u0400-\u04ff]/;
const UKRAINIAN = /[іїєґ]/;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** `text` lower-cased with its Cyrillic letters in Latin; other characters unchanged. */
export function latinize(text: string): string {
  const lower = text.toLowerCase();
  if (!CYRILLIC.test(lower)) return lower;
  const ukrainian = UKRAINIAN.test(lower);
  let out = '';
  for (const ch of lower) {
    if (ch === 'г') out += ukrainian ? 'h' : 'g';
    else if (ch === 'и' && ukrainian) out += 'y';
    else out += COMMON[ch] ?? ch;
  }
  return out;
}
