/**
 * The options page's "Your lists" section: the lists a person imported (name, indicator count,
 * sources, date, on/off, remove with undo), saved lists that cannot be used (with why, and a remove
 * button), and the import by file picker or drag-and-drop. A refused file's message and its
 * problems go to an alert region that stays in the DOM; nothing is saved unless the file passed.
 *
 * It renders what it is given and reports what the person did; main.tsx reads and writes storage.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CustomListsView } from '../custom-lists-model';
import { t } from '../i18n';
import { SourceLink } from './SourceList';

export type ImportReply =
  | {
      ok: true;
      message: string;
      /** A checked file not saved yet: what it adds, and how to save it once the person agrees. */
      review?: { title: string; lines: string[]; apply: () => Promise<ImportReply> };
    }
  | { ok: false; error: string; problems: string[] };

export interface CustomListsProps {
  /** Null while loading, or when Unmask's own lists could not be loaded. */
  view: CustomListsView | null;
  unavailable?: boolean;
  /** Checks and stores a file's text. */
  onImport: (text: string) => Promise<ImportReply>;
  /** Removes the stored entry at `index`; resolves to an undo, or null when storage refused. */
  onRemove: (index: number) => Promise<(() => Promise<boolean>) | null>;
  onToggle: (index: number, enabled: boolean) => Promise<boolean>;
  /** Files over this many bytes are refused before reading. */
  maxBytes: number;
}

type Note =
  | { kind: 'error'; text: string; problems: string[] }
  | { kind: 'ok'; text: string; undo?: { name: string; run: () => Promise<boolean> } }
  | null;

// Over 150 lines on purpose: a Preact view: its markup is most of its length;
// the work lives in src/lists/custom.ts and src/ui/custom-lists-model.ts.
// eslint-disable-next-line max-lines-per-function
export function CustomListsSection({ view, unavailable = false, onImport, onRemove, onToggle, maxBytes }: CustomListsProps) {
  const [note, setNote] = useState<Note>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  /** A checked file waiting for the person to read what it adds (nothing is saved before Import). */
  const [review, setReview] = useState<NonNullable<Extract<ImportReply, { ok: true }>['review']> | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // The removed list's button is gone: keyboard focus goes to Undo rather than to the page's top.
  const hasUndo = note?.kind === 'ok' && note.undo !== undefined;
  useEffect(() => {
    if (hasUndo) undoButton.current?.focus();
  }, [hasUndo, note]);

  async function importFile(file: File | undefined | null) {
    if (!file || busy) return;
    if (unavailable || view === null) {
      setNote({ kind: 'error', text: t('customListsUnavailable'), problems: [] });
      return;
    }
    if (file.size > maxBytes) {
      setNote({ kind: 'error', text: t('customListsTooLarge'), problems: [] });
      return;
    }
    setBusy(true);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        setNote({ kind: 'error', text: t('customListsReadFailed'), problems: [] });
        return;
      }
      const reply = await onImport(text);
      setReview(reply.ok && reply.review ? reply.review : null);
      if (reply.ok && reply.review) setNote(null);
      else setNote(reply.ok ? { kind: 'ok', text: reply.message } : { kind: 'error', text: reply.error, problems: reply.problems });
    } finally {
      setBusy(false);
    }
  }

  async function remove(index: number, name: string | null) {
    const undo = await onRemove(index);
    if (undo === null) {
      setNote({ kind: 'error', text: t('customListsSaveFailed'), problems: [] });
      return;
    }
    setNote(
      name === null
        ? { kind: 'ok', text: t('customListsBrokenRemoved') }
        : { kind: 'ok', text: t('customListsRemoved', name), undo: { name, run: undo } },
    );
  }

  const lists = view?.lists ?? [];
  const broken = view?.broken ?? [];
  return (
    <section aria-labelledby="custom-lists-h" id="custom-lists">
      <h2 id="custom-lists-h">{t('customListsHeading')}</h2>
      <p class="muted">{t('customListsIntro')}</p>

      {broken.length > 0 ? (
        <ul class="custom-broken">
          {broken.map((b) => (
            <li key={`broken-${b.index ?? 'all'}`} class="custom-broken-item">
              <p>{b.name !== null ? t('customListsBrokenNamed', b.name, b.reason) : t('customListsBroken', b.reason)}</p>
              <button
                type="button"
                class="button-secondary"
                aria-label={b.name !== null ? t('customListsRemoveLabel', b.name) : t('customListsBrokenRemoveLabel')}
                onClick={() => remove(b.index ?? -1, null)}
              >
                {t('customListsBrokenRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      {view === null ? (
        unavailable ? (
          <p class="muted custom-lists-unavailable">{t('customListsUnavailable')}</p>
        ) : null
      ) : lists.length > 0 ? (
        <ul class="custom-lists">
          {lists.map((list) => (
            <li key={list.id} class="custom-list" data-list={list.id}>
              <h3 id={`custom-list-${list.id}-h`}>{list.name}</h3>
              <p class="muted">{t('customListsCount', list.indicators.toLocaleString(), list.imported)}</p>
              <p class="custom-list-sources">
                {t('customListsSources')}{' '}
                {list.sources.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 ? '; ' : ''}
                    {s.publisher}
                    {': '}
                    <SourceLink url={s.url}>{s.title}</SourceLink>
                  </span>
                ))}
              </p>
              <div class="custom-list-actions">
                <span class="choice-inline">
                  <input
                    type="checkbox"
                    id={`custom-list-${list.id}-use`}
                    checked={list.enabled}
                    onChange={async (e) => {
                      const ok = await onToggle(list.index, (e.currentTarget as HTMLInputElement).checked);
                      if (!ok) setNote({ kind: 'error', text: t('customListsSaveFailed'), problems: [] });
                    }}
                  />
                  <label for={`custom-list-${list.id}-use`}>{t('customListsUse')}</label>
                </span>
                <button
                  type="button"
                  class="button-secondary custom-list-remove"
                  aria-label={t('customListsRemoveLabel', list.name)}
                  onClick={() => remove(list.index, list.name)}
                >
                  {t('customListsRemove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p class="custom-lists-empty">{t('customListsEmpty')}</p>
      )}

      <div
        class={`dropzone${dragging ? ' dragging' : ''}`}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void importFile(e.dataTransfer?.files?.[0]);
        }}
      >
        <label for="custom-list-file">{t('customListsFileLabel')}</label>
        <input
          id="custom-list-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="custom-list-note custom-list-drop"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            void importFile(file);
          }}
        />
        <p class="help" id="custom-list-drop">
          {t('customListsDrop')}
        </p>
      </div>

      {review ? (
        <div id="custom-list-review" class="field">
          <p>{review.title}</p>
          <ul>
            {review.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <p>
            <button
              type="button"
              id="custom-list-apply"
              class="button-primary"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  const reply = await review.apply();
                  setReview(null);
                  setNote(reply.ok ? { kind: 'ok', text: reply.message } : { kind: 'error', text: reply.error, problems: reply.problems });
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t('customListsApply')}
            </button>{' '}
            <button type="button" id="custom-list-cancel" class="button-secondary" onClick={() => setReview(null)}>
              {t('importCancel')}
            </button>
          </p>
        </div>
      ) : null}

      <div id="custom-list-note" class="note-area">
        <div class="note error" role="alert">
          {note?.kind === 'error' ? (
            <>
              <p>{note.text}</p>
              {note.problems.length > 0 ? (
                <ul class="problems">
                  {note.problems.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : null}
        </div>
        <p class="note ok" role="status">
          {note?.kind === 'ok' ? note.text : ''}
        </p>
        {note?.kind === 'ok' && note.undo ? (
          <button
            type="button"
            class="button-secondary"
            id="custom-list-undo"
            ref={undoButton}
            onClick={async () => {
              const undo = note.undo!;
              const ok = await undo.run();
              setNote(
                ok
                  ? { kind: 'ok', text: t('customListsRestored', undo.name) }
                  : { kind: 'error', text: t('customListsSaveFailed'), problems: [] },
              );
            }}
          >
            {t('customListsUndo')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
