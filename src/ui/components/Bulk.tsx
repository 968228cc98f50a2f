/**
 * The bulk check page (bulk.html): paste or drop a list (plain text or CSV), judge it in the page
 * in chunks (the entrypoint runs `runBulk`, which yields between chunks), and read a sortable,
 * filterable table; export CSV, Markdown with citations, or a STIX 2.1 bundle. The table shows 200
 * rows a page, so that thousands of rows never make the page slow.
 *
 * Targets, reasons and source titles are list- or user-derived: all rendered as text.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Level } from '../../core/types';
import { isOwnListId } from '../../lists/custom';
import type { BulkInput } from '../../tools/bulk-input';
import { type BulkRow, rowLevelRank, rowSummary, type RowLevel, type RowSummary } from '../../tools/bulk-rows';
import { t, uiLang } from '../i18n';
import { formatCount, levelName } from '../view-model';
import { LevelBadge } from './LevelBadge';
import { SourceLink } from './SourceList';

export type BulkStatus =
  { kind: 'idle' } | { kind: 'running'; done: number; total: number } | { kind: 'done'; total: number; cancelled: boolean; ms: number };

export type ExportKind = 'csv' | 'markdown' | 'stix';

export interface BulkProps {
  ready: boolean;
  error?: string;
  text: string;
  onText: (text: string) => void;
  parsed: BulkInput | null;
  status: BulkStatus;
  rows: readonly BulkRow[];
  onStart: () => void;
  onCancel: () => void;
  onFile: (file: File) => void;
  onExport: (kind: ExportKind, rows: readonly BulkRow[]) => void;
  explorerHref: (campaignId: string) => string;
}

type SortKey = 'line' | 'target' | 'level' | 'campaign' | 'actor' | 'reason';
const PAGE = 200;
const LEVEL_FILTERS: ('all' | 'flagged' | RowLevel)[] = ['all', 'flagged', 'high', 'medium', 'low', 'info', 'none', 'error'];

function levelLabel(level: RowLevel): string {
  return level === 'error' ? t('bulkLevelError') : levelName(level);
}

interface Item {
  row: BulkRow;
  s: RowSummary;
}

// Over 150 lines on purpose: a Preact view: its markup is most of its length;
// the work lives in src/tools (bulk-input, bulk-run, bulk-rows).
// eslint-disable-next-line max-lines-per-function
export function BulkView(props: BulkProps) {
  const { ready, error, text, onText, parsed, status, rows, onStart, onCancel, onFile, onExport, explorerHref } = props;
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'line', dir: 1 });
  const [level, setLevel] = useState<(typeof LEVEL_FILTERS)[number]>('all');
  const [campaign, setCampaign] = useState('');
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);
  const [dragging, setDragging] = useState(false);

  const items = useMemo<Item[]>(() => rows.map((row) => ({ row, s: rowSummary(row, uiLang()) })), [rows]);
  const counts = useMemo(() => {
    const c = new Map<RowLevel, number>();
    for (const i of items) c.set(i.s.level, (c.get(i.s.level) ?? 0) + 1);
    return c;
  }, [items]);
  const campaigns = useMemo(() => {
    const m = new Map<string, string>();
    for (const i of items) if (i.s.campaignId) m.set(i.s.campaignId, i.s.campaign);
    return [...m].sort((a, b) => a[1].localeCompare(b[1]));
  }, [items]);
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const out = items.filter(
      (i) =>
        (level === 'all' || (level === 'flagged' ? i.s.level !== 'none' && i.s.level !== 'error' : i.s.level === level)) &&
        (!campaign || i.s.campaignId === campaign) &&
        (!q || [i.row.target, i.s.campaign, i.s.actor, i.s.reason].some((v) => v.toLowerCase().includes(q))),
    );
    const key = sort.key;
    // Levels sort highest first, then targets that could not be judged.
    const value = (i: Item): string | number =>
      key === 'line'
        ? i.row.line
        : key === 'level'
          ? -rowLevelRank(i.s.level)
          : key === 'target'
            ? i.row.target.toLowerCase()
            : i.s[key].toLowerCase();
    return out.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      return (va < vb ? -1 : va > vb ? 1 : a.row.line - b.row.line) * sort.dir;
    });
  }, [items, level, campaign, filter, sort]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const current = Math.min(page, pages - 1);
  const running = status.kind === 'running';

  function header(key: SortKey, label: string) {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          class="sort-button"
          data-sort={key}
          onClick={() => setSort({ key, dir: active ? (sort.dir === 1 ? -1 : 1) : 1 })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  }

  return (
    <main id="bulk" class="bulk" data-status={status.kind} data-ready={ready ? 'true' : undefined}>
      <h1>{t('bulkTitle')}</h1>
      <p class="muted">{t('bulkIntro')}</p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <section aria-labelledby="bulk-input-h">
        <h2 id="bulk-input-h" class="visually-hidden">
          {t('bulkInputLabel')}
        </h2>
        <label for="bulk-input">{t('bulkInputLabel')}</label>
        <textarea
          id="bulk-input"
          class={dragging ? 'dragging' : undefined}
          rows={8}
          spellcheck={false}
          // One target a line, so nothing to wrap; and Chromium's soft-wrap layout of one
          // pathological line (millions of commas) held the page for seconds.
          wrap="off"
          value={text}
          aria-describedby="bulk-parsed"
          onInput={(e) => onText((e.target as HTMLTextAreaElement).value)}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer?.files[0];
            if (file) onFile(file);
          }}
        />
        <div class="bulk-row">
          <label class="file-label">
            {t('bulkFileLabel')}{' '}
            <input
              id="bulk-file"
              type="file"
              accept=".txt,.csv,.tsv,text/plain,text/csv"
              onChange={(e) => {
                const file = (e.target as HTMLInputElement).files?.[0];
                if (file) onFile(file);
              }}
            />
          </label>
        </div>
        <p id="bulk-parsed" class="muted" role="status">
          {parsed && parsed.targets.length > 0
            ? [
                parsed.format === 'csv'
                  ? t('bulkParsedCsv', formatCount(parsed.targets.length), parsed.column ?? '')
                  : t('bulkParsedText', formatCount(parsed.targets.length)),
                parsed.duplicates > 0 ? t('bulkDuplicates', formatCount(parsed.duplicates)) : '',
                parsed.truncated > 0 ? t('bulkTruncated', formatCount(parsed.truncated)) : '',
              ]
                .filter(Boolean)
                .join(' ')
            : ''}
        </p>
        <p class="actions">
          <button
            id="bulk-start"
            type="button"
            class="button-primary"
            disabled={!ready || running || !parsed || parsed.targets.length === 0}
            onClick={() => (setPage(0), onStart())}
          >
            {t('bulkStart')}
          </button>
          {running ? (
            <button id="bulk-cancel" type="button" class="button-secondary" onClick={onCancel}>
              {t('bulkCancel')}
            </button>
          ) : null}
        </p>
      </section>

      {status.kind !== 'idle' ? (
        <section class="bulk-progress" aria-labelledby="bulk-progress-label">
          <label id="bulk-progress-label" for="bulk-progress">
            {status.kind === 'running'
              ? t('bulkProgress', formatCount(status.done), formatCount(status.total))
              : status.cancelled
                ? t('bulkCancelled', formatCount(rows.length), formatCount(status.total))
                : t('bulkDone', formatCount(status.total), (status.ms / 1000).toFixed(1))}
          </label>
          <progress id="bulk-progress" max={status.total || 1} value={status.kind === 'running' ? status.done : rows.length} />
        </section>
      ) : null}

      {rows.length > 0 ? (
        <section aria-labelledby="bulk-results-h">
          <h2 id="bulk-results-h">{t('bulkResults')}</h2>
          <ul class="level-counts" id="bulk-counts">
            {(['high', 'medium', 'low', 'info', 'none', 'error'] as RowLevel[]).map((l) =>
              counts.get(l) ? (
                <li key={l} data-level={l}>
                  {l === 'error' ? <span class="level-badge level-error">{levelLabel(l)}</span> : <LevelBadge level={l as Level} />}{' '}
                  {formatCount(counts.get(l)!)}
                </li>
              ) : null,
            )}
          </ul>
          <div class="filters">
            <label>
              {t('bulkFilterLevel')}{' '}
              <select
                id="bulk-filter-level"
                value={level}
                onChange={(e) => (setLevel((e.target as HTMLSelectElement).value as typeof level), setPage(0))}
              >
                {LEVEL_FILTERS.map((l) => (
                  <option key={l} value={l}>
                    {l === 'all' ? t('bulkFilterAll') : l === 'flagged' ? t('bulkFilterFlagged') : levelLabel(l)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('bulkFilterCampaign')}{' '}
              <select
                id="bulk-filter-campaign"
                value={campaign}
                onChange={(e) => (setCampaign((e.target as HTMLSelectElement).value), setPage(0))}
              >
                <option value="">{t('bulkFilterAll')}</option>
                {campaigns.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('bulkFilterText')}{' '}
              <input
                id="bulk-filter-text"
                type="search"
                value={filter}
                onInput={(e) => (setFilter((e.target as HTMLInputElement).value), setPage(0))}
              />
            </label>
          </div>
          <p class="actions export-actions">
            <span>{t('bulkExportShown', formatCount(shown.length))}</span>
            <button
              id="export-csv"
              type="button"
              class="button-secondary"
              disabled={running || shown.length === 0}
              onClick={() =>
                onExport(
                  'csv',
                  shown.map((i) => i.row),
                )
              }
            >
              CSV
            </button>
            <button
              id="export-markdown"
              type="button"
              class="button-secondary"
              disabled={running || shown.length === 0}
              onClick={() =>
                onExport(
                  'markdown',
                  shown.map((i) => i.row),
                )
              }
            >
              {t('bulkExportMarkdown')}
            </button>
            <button
              id="export-stix"
              type="button"
              class="button-secondary"
              disabled={running || shown.length === 0}
              onClick={() =>
                onExport(
                  'stix',
                  shown.map((i) => i.row),
                )
              }
            >
              STIX 2.1
            </button>
          </p>
          <p id="bulk-shown" class="muted" role="status">
            {t('bulkShown', formatCount(shown.length), formatCount(rows.length))}
          </p>
          <div class="table-wrap">
            <table id="bulk-table" class="data-table">
              <thead>
                <tr>
                  {header('line', '#')}
                  {header('target', t('bulkColTarget'))}
                  {header('level', t('bulkColLevel'))}
                  {header('campaign', t('bulkColCampaign'))}
                  {header('actor', t('bulkColActor'))}
                  {header('reason', t('bulkColReason'))}
                  <th scope="col">{t('bulkColSources')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.slice(current * PAGE, (current + 1) * PAGE).map(({ row, s }) => (
                  <tr key={row.line} data-level={s.level}>
                    <td>{row.line}</td>
                    <td>
                      <code class="target">{row.target}</code>
                    </td>
                    <td>
                      {s.level === 'error' ? (
                        <span class="level-badge level-error">{levelLabel('error')}</span>
                      ) : (
                        <LevelBadge level={s.level} finding={s.finding} />
                      )}
                    </td>
                    {/* A campaign of the person's own list is not in the explorer (Unmask's lists only): no link. */}
                    <td>
                      {s.campaignId && !isOwnListId(s.campaignId) ? (
                        <a href={explorerHref(s.campaignId)} target="_blank" rel="noopener">
                          {s.campaign}
                        </a>
                      ) : (
                        s.campaign
                      )}
                    </td>
                    <td>{s.actor}</td>
                    <td>{s.reason}</td>
                    <td>
                      {s.sources.map((src, n) => (
                        <span key={src.id} title={src.title}>
                          {n > 0 ? '; ' : ''}
                          {/* Publisher and date: one publisher often has several reports. */}
                          <SourceLink url={src.url}>{src.date ? `${src.publisher} (${src.date})` : src.publisher}</SourceLink>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 ? (
            <nav class="pager" aria-label={t('explorerPager')}>
              <button type="button" id="bulk-prev" class="button-secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
                {t('explorerPrev')}
              </button>
              <span>{t('explorerPageOf', current + 1, pages)}</span>
              <button
                type="button"
                id="bulk-next"
                class="button-secondary"
                disabled={current >= pages - 1}
                onClick={() => setPage(current + 1)}
              >
                {t('explorerNext')}
              </button>
            </nav>
          ) : null}
        </section>
      ) : null}
    </main>
  );
}
