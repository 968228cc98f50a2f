/**
 * What every language's catalogue needs besides words: plural forms (Intl.PluralRules), numbers
 * and dates (Intl), and the few list-joining rules the sentences share. Pure: Intl only, which
 * Node, the extension's pages and its service worker all have.
 */
import type { Lang } from './types';

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * The form for `n` among a language's plural forms: `forms` maps Intl.PluralRules categories
 * (`one`, `few`, `many`, `other`) to words; `other` is the fallback.
 */
export function plural(lang: Lang, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  let rules = pluralRules.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return forms[rules.select(n)] ?? forms.other;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function number(lang: Lang, n: number): string {
  let format = numberFormats.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang);
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

/** "(A, B, C, ...)": at most three campaign names; empty when there are none. */
export function campaignsInBrackets(campaigns: readonly string[]): string {
  if (campaigns.length === 0) return '';
  return ` (${campaigns.slice(0, 3).join(', ')}${campaigns.length > 3 ? ', ...' : ''})`;
}

export interface PartialDateParts {
  year: number;
  /** 1-12 */
  month?: number;
  day?: number;
}

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD); null when unreadable. */
export function dateParts(date: string): PartialDateParts | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (m === null) return null;
  const out: PartialDateParts = { year: Number(m[1]) };
  if (m[2]) out.month = Number(m[2]);
  if (m[3]) out.day = Number(m[3]);
  return out;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, what: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${lang} ${what}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(
      lang,
      what === 'day' ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' },
    );
    dateFormats.set(key, format);
  }
  return format;
}

/** A day as the language writes it in full ("4. September 2024", "4 вересня 2024 р."). */
export function longDay(lang: Lang, p: PartialDateParts): string {
  return dateFormat(lang, 'day').format(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
}

/** A month and year ("September 2024", "septembre 2024"). */
export function monthYear(lang: Lang, p: PartialDateParts): string {
  return dateFormat(lang, 'month').format(Date.UTC(p.year, (p.month ?? 1) - 1, 1));
}

/** Quotation marks per language. */
export function quoted(lang: Lang, text: string): string {
  switch (lang) {
    case 'de':
      return `„${text}“`;
    case 'fr':
      return `« ${text} »`;
    case 'uk':
    case 'ru':
      return `«${text}»`;
    case 'pl':
      return `„${text}”`;
    default:
      return `“${text}”`;
  }
}

/** "A, B and C" with the language's own "and" (names only: no Intl.ListFormat, for the same output everywhere). */
export function joinAnd(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A name as the lists write it for English prose ("the US Department of Justice"), without the English article. */
export function bareName(name: string): string {
  return name.replace(/^the\s+/i, '');
}
