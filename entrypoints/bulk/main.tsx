/**
 * Bulk check wiring: loads the compiled index once from the extension's own files (with the
 * person's own lists merged in, as the background does), builds the engine in this page (so thousands of targets never queue behind the background's tab work), and
 * judges with the user's settings, 200 targets per chunk with a yield between chunks (runBulk).
 * Exports are built by the pure functions in src/tools/export/ and saved as files (Blob).
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createEngine } from '../../src/core/engine';
import type { Engine, JudgeOptions } from '../../src/core/types';
import { loadStoredCustomLists, withCustomLists } from '../../src/extension/own-lists-store';
import { judgeOptions } from '../../src/extension/settings';
import { BULK_LIMITS, type BulkInput } from '../../src/tools/bulk-input';
import type { BulkRow } from '../../src/tools/bulk-rows';
import { runBulk } from '../../src/tools/bulk-run';
import { toCsv } from '../../src/tools/export/csv';
import { toMarkdown } from '../../src/tools/export/markdown';
import { toStixJson } from '../../src/tools/export/stix';
import type { ExportLanguage } from '../../src/tools/export/words';
import { BulkView, type BulkStatus, type ExportKind } from '../../src/ui/components/Bulk';
import { fetchBundledLists, loadSettings } from '../../src/ui/extension-api';
import { initI18n, t, uiLang } from '../../src/ui/i18n';
import { indexLists, type UiLists } from '../../src/ui/lists';
import '../../src/ui/styles/base.css';
import '../../src/ui/styles/bulk.css';

/** A file over this is refused before it is read (a UTF-8 file this size has at most BULK_LIMITS.chars characters). */
const MAX_FILE_BYTES = BULK_LIMITS.chars;

function download(name: string, type: string, text: string) {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function stamp(now: Date): string {
  return now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
}

function Bulk() {
  const [engine, setEngine] = useState<{ engine: Engine; lists: UiLists; options: JudgeOptions } | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<readonly BulkRow[]>([]);
  const [status, setStatus] = useState<BulkStatus>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // Parsed in a worker (src/tools/bulk-parse.worker.ts), shortly after typing stops: a pathological
  // file must not freeze the page. Only the answer to the latest text counts.
  const [parsed, setParsed] = useState<BulkInput | null>(null);
  const parser = useRef<Worker | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    const id = ++latest.current;
    const tooLarge = t('bulkInputTooLarge');
    setError((e) => (e === tooLarge ? undefined : e));
    if (!text.trim()) {
      setParsed(null);
      return;
    }
    if (text.length > BULK_LIMITS.chars) {
      setParsed(null);
      setError(t('bulkInputTooLarge'));
      return;
    }
    if (parser.current === null) {
      parser.current = new Worker(new URL('../../src/tools/bulk-parse.worker.ts', import.meta.url), { type: 'module' });
      parser.current.onmessage = (event: MessageEvent<{ id: number; parsed: BulkInput }>) => {
        if (event.data.id !== latest.current) return;
        if (event.data.parsed.tooLarge) setError(t('bulkInputTooLarge'));
        setParsed(event.data.parsed.tooLarge ? null : event.data.parsed);
      };
    }
    const worker = parser.current;
    const timer = setTimeout(() => worker.postMessage({ id, text }), 150);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    void (async () => {
      try {
        const [data, settings] = await Promise.all([fetchBundledLists(), loadSettings()]);
        // With the person's own usable lists, as the background judges (src/extension/own-lists-store.ts).
        const merged = await withCustomLists(data, loadStoredCustomLists());
        setEngine({ engine: createEngine(merged), lists: indexLists(merged), options: judgeOptions(settings) });
      } catch (e) {
        setError(t('bulkListsError', e instanceof Error ? e.message : String(e)));
      }
    })();
  }, []);

  async function start() {
    if (!engine || !parsed) return;
    controller.current?.abort();
    const mine = new AbortController();
    controller.current = mine;
    const started = performance.now();
    const total = parsed.targets.length;
    setRows([]);
    setStatus({ kind: 'running', done: 0, total });
    const result = await runBulk(engine.engine, parsed.targets, {
      chunkSize: 200,
      signal: mine.signal,
      judgeOptions: engine.options,
      onProgress: (done, all, sofar) => {
        if (mine.signal.aborted) return;
        setStatus({ kind: 'running', done, total: all });
        // The table grows as the list is judged; a copy, so Preact sees a new array.
        if (done === all || done % 1000 === 0) setRows([...sofar]);
      },
    });
    if (controller.current !== mine) return;
    setRows(result.rows);
    setStatus({ kind: 'done', total, cancelled: result.cancelled, ms: performance.now() - started });
  }

  function exportRows(kind: ExportKind, selected: readonly BulkRow[]) {
    if (!engine) return;
    const now = new Date();
    // CSV and Markdown are for people: in the language the page speaks. STIX stays as the standard writes it.
    const language: ExportLanguage = { lang: uiLang(), t: (key, ...subs) => t(key, ...subs) };
    if (kind === 'csv') download(`unmask-${stamp(now)}.csv`, 'text/csv;charset=utf-8', toCsv(selected, language));
    else if (kind === 'markdown') {
      const intro = t('exportMdIntro', engine.lists.version, now.toISOString().slice(0, 10));
      download(`unmask-${stamp(now)}.md`, 'text/markdown;charset=utf-8', toMarkdown(selected, { intro, language }));
    } else download(`unmask-${stamp(now)}.stix.json`, 'application/stix+json;version=2.1', toStixJson(selected, engine.lists, { now }));
  }

  return (
    <BulkView
      ready={engine !== null}
      error={error}
      text={text}
      onText={setText}
      parsed={parsed}
      status={status}
      rows={rows}
      onStart={() => void start()}
      onCancel={() => controller.current?.abort()}
      onFile={(file) => {
        if (file.size > MAX_FILE_BYTES) return setError(t('bulkFileTooLarge'));
        setError(undefined);
        void file.text().then(setText);
      }}
      onExport={exportRows}
      explorerHref={(id) => `explorer.html#campaign=${encodeURIComponent(id)}`}
    />
  );
}

// The chosen language (options) is loaded before the first word is rendered.
void initI18n().then(() => {
  document.title = `${t('bulkTitle')}: ${t('extName')}`;
  render(<Bulk />, document.getElementById('app')!);
});
