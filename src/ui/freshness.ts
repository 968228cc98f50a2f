/**
 * How old the lists in use are, as the popup, the report and the options say it: "Lists of
 * 3 December 2026", and past OLD_AFTER_DAYS one plain sentence more (said once, without
 * alarm). Pure: the date of the lists comes in as data.
 */
export const OLD_AFTER_DAYS = 60;

export interface ListsDate {
  version: string;
  /** YYYY-MM-DD or a full ISO date-time (an update's `created`); null when unknown. */
  date: string | null;
  /** True for an installed update, false for the lists shipped with the extension. */
  updated: boolean;
}

export interface Freshness {
  /** "3 December 2026", in the UI's language; null when the date is unknown. */
  dateText: string | null;
  old: boolean;
}

function parseDate(date: string | null): Date | null {
  if (date === null) return null;
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
  return Number.isNaN(time) ? null : new Date(time);
}

/** Day, month in words, year: "3 December 2026" in English (en-GB order, never the US one). */
export function formatListsDate(date: Date, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : lang;
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

export function freshness(lists: ListsDate, now: Date, lang: string): Freshness {
  const date = parseDate(lists.date);
  if (date === null) return { dateText: null, old: false };
  return { dateText: formatListsDate(date, lang), old: now.getTime() - date.getTime() > OLD_AFTER_DAYS * 86_400_000 };
}
