/**
 * Pure rules of the options page's "Your lists" section: reading an imported file into the next
 * stored value (or a refusal that changes nothing), and what each stored list shows. The browser
 * calls (storage, file reading) are in entrypoints/options/main.tsx.
 */
import type { CompiledLists } from '../core/types';
import { listLabel } from '../core/summaries';
import {
  alreadyBundled,
  bundledContext,
  CUSTOM_LIMITS,
  parseCustomListText,
  type BundledContext,
  type CustomListData,
} from '../lists/custom';
import { readCustomLists, withImported, type BrokenList, type StoredCustomLists } from '../extension/custom-lists';
import { t, uiLang } from './i18n';

/** Unmask's index as the section needs it: the index itself and what a list may cite from it. */
export interface Bundled {
  compiled: CompiledLists;
  context: BundledContext;
}

export function bundledFor(compiled: CompiledLists): Bundled {
  return { compiled, context: bundledContext(compiled) };
}

export interface ListView {
  /** Position in the stored array (what remove and enable act on). */
  index: number;
  id: string;
  name: string;
  enabled: boolean;
  indicators: number;
  /** A date people read, in the UI language. */
  imported: string;
  sources: { id: string; publisher: string; title: string; url: string }[];
}

export interface CustomListsView {
  lists: ListView[];
  broken: BrokenList[];
}

function formatDate(iso: string): string {
  try {
    return new Date(iso).toLocaleDateString(uiLang(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  } catch {
    return iso.slice(0, 10);
  }
}

/** What the section shows for the stored value (lenient: damaged lists are listed as broken). */
export function customListsView(raw: unknown, bundled: Bundled, now?: Date): CustomListsView {
  const read = readCustomLists(raw, bundled.context, now);
  return {
    lists: read.lists.map(({ index, list }) => ({
      index,
      id: list.id,
      name: list.name,
      enabled: list.enabled,
      indicators: list.indicators.length,
      imported: formatDate(list.importedAt),
      sources: list.sources.map((s) => ({ id: s.id, publisher: s.publisher, title: s.title, url: s.url })),
    })),
    broken: read.broken,
  };
}

export type ImportOutcome =
  { ok: true; next: StoredCustomLists; message: string; review: ListReview } | { ok: false; error: string; problems: string[] };

/** What a list file would add, shown before it is saved. */
export interface ListReview {
  /** The sentence above the lines (names the list). */
  title: string;
  lines: string[];
}

/**
 * A checked list file in a few lines for the person to read before it is saved: how its findings
 * will be labelled (always as their own list, whatever it calls itself), what it holds by kind,
 * the operations it names and the sources it cites, and whether it replaces a list of theirs.
 */
export function listReview(list: CustomListData, replaced: boolean): ListReview {
  const n = (x: number) => x.toLocaleString(uiLang());
  const count = (kind: string) => list.indicators.filter((i) => i.kind === kind).length;
  const cut = (values: string[]) =>
    values.length > 5 ? t('importChangeMore', values.slice(0, 5).join(', '), values.length - 5) : values.join(', ');
  const own = new Map(list.campaigns.map((c) => [c.id, c.name]));
  const campaigns = [...new Set(list.indicators.map((i) => i.campaign))].map((id) => own.get(id) ?? id);
  const publishers = [...new Set(list.sources.map((s) => s.publisher))];
  const lines = [
    t('customListsSummaryLabel'),
    t('customListsSummaryIndicators', n(list.indicators.length), n(count('domain')), n(count('url')), n(count('handle'))),
  ];
  if (campaigns.length > 0) lines.push(t('customListsSummaryCampaigns', cut(campaigns)));
  if (publishers.length > 0) lines.push(t('customListsSummarySources', cut(publishers)));
  if (replaced) lines.push(t('customListsSummaryReplaces'));
  return { title: t('customListsReview', listLabel(list.name)), lines };
}

/**
 * An imported file's text against the stored lists: the next stored value and what to say, or a
 * refusal (the stored value is not touched either way: the caller saves `next` only on ok).
 */
export function importCustomListText(text: string, bundled: Bundled, raw: unknown, now: Date = new Date()): ImportOutcome {
  const parsed = parseCustomListText(text, bundled.context, now);
  if (!parsed.ok) {
    // One problem is the error itself; several are listed under it.
    return { ok: false, error: t('customListsRejected', parsed.error), problems: parsed.problems.length > 1 ? parsed.problems : [] };
  }
  const change = withImported(raw, parsed.list, now);
  if (!change.ok) return { ok: false, error: t('customListsRejected', change.error), problems: [] };
  const count = parsed.list.indicators.length.toLocaleString(uiLang());
  let message = change.replaced ? t('customListsReplaced', parsed.list.name, count) : t('customListsImported', parsed.list.name, count);
  const known = alreadyBundled(bundled.compiled, parsed.list);
  if (known > 0) message += ` ${t('customListsAlreadyBundled', known.toLocaleString(uiLang()))}`;
  return { ok: true, next: change.next, message, review: listReview(parsed.list, change.replaced) };
}

/** Files over this size are refused before they are read (the text limit, in bytes with room for UTF-8). */
export const MAX_LIST_FILE_BYTES = CUSTOM_LIMITS.textChars * 4;
