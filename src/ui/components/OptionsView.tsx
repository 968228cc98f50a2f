/**
 * The options page. Every control has a visible label; groups are fieldsets with legends; errors are
 * announced (role="alert") and tied to their input (aria-describedby). Every change goes through
 * `onChange(next)`, which saves; invalid input never reaches it.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ROLES, type Role, type Sensitivity } from '../../core/types';
import type { Settings, WarningBarLevel } from '../../extension/settings';
import { LANGUAGE_NAMES, LANGUAGE_SETTINGS, isLanguageSetting } from '../../extension/ui-language';
import type { UiLists } from '../lists';
import { t, type MessageKey } from '../i18n';
import {
  importSettingsText,
  settingsImportSummary,
  MAX_IMPORT_BYTES,
  parseTrustInput,
  withAllowed,
  withCampaign,
  withoutAllowed,
  withRole,
} from '../options-model';
import { aliasLine, describeTrustEntry, otherNames } from '../view-model';

const SENSITIVITY: { value: Sensitivity; label: MessageKey; help: MessageKey }[] = [
  { value: 'documented', label: 'sensitivityDocumented', help: 'sensitivityDocumentedHelp' },
  { value: 'lookalikes', label: 'sensitivityLookalikes', help: 'sensitivityLookalikesHelp' },
  { value: 'text', label: 'sensitivityText', help: 'sensitivityTextHelp' },
];

const WARNING: { value: WarningBarLevel; label: MessageKey }[] = [
  { value: 'off', label: 'warningBarOff' },
  { value: 'high', label: 'warningBarHigh' },
  { value: 'medium', label: 'warningBarMedium' },
];

const ROLE_KEYS: Record<Role, { label: MessageKey; help: MessageKey }> = {
  'operated-outlet': { label: 'roleOperatedOutlet', help: 'roleOperatedOutletHelp' },
  impersonation: { label: 'roleImpersonation', help: 'roleImpersonationHelp' },
  redirector: { label: 'roleRedirector', help: 'roleRedirectorHelp' },
  phishing: { label: 'rolePhishing', help: 'rolePhishingHelp' },
  persona: { label: 'rolePersona', help: 'rolePersonaHelp' },
  amplifier: { label: 'roleAmplifier', help: 'roleAmplifierHelp' },
  'placed-article': { label: 'rolePlacedArticle', help: 'rolePlacedArticleHelp' },
  infrastructure: { label: 'roleInfrastructure', help: 'roleInfrastructureHelp' },
};

/** The sections of the options page, for its navigation (each `id` is a section's). */
const OPTIONS_SECTIONS: readonly { id: string; key: MessageKey }[] = [
  { id: 'detect', key: 'optionsDetection' },
  { id: 'page', key: 'optionsInPage' },
  { id: 'campaigns', key: 'optionsCampaigns' },
  { id: 'custom-lists', key: 'customListsHeading' },
  { id: 'allow', key: 'optionsAllowlist' },
  { id: 'tools', key: 'optionsTools' },
  { id: 'io', key: 'optionsImportExport' },
];

/** Campaigns whose name or any alias contains the typed text (case-insensitive). */
export function filterCampaigns<T extends { name: string; aliases: { name: string }[] }>(campaigns: readonly T[], query: string): T[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...campaigns];
  return campaigns.filter((c) => [c.name, ...c.aliases.map((a) => a.name)].some((n) => n.toLowerCase().includes(q)));
}

export interface OptionsProps {
  settings: Settings;
  lists: UiLists | null;
  /** Saves; resolves false when storage refused. */
  onChange: (next: Settings) => Promise<boolean>;
  onExport: (settings: Settings) => void;
  /** The "Your lists" section (CustomListsSection), rendered after the campaigns and roles. */
  customLists?: ComponentChildren;
  /** The "Fresh lists" section (ListUpdatesSection), rendered before the person's own lists. */
  listUpdates?: ComponentChildren;
}

type Note = { kind: 'ok' | 'error'; text: string } | null;

/**
 * Two live regions that stay in the DOM (a region added together with its text is often not
 * announced): errors in an alert, confirmations in a polite status.
 */
function NoteView({ id, note }: { id: string; note: Note }) {
  return (
    <div id={id} class="note-area">
      <p class="note error" role="alert">
        {note?.kind === 'error' ? note.text : ''}
      </p>
      <p class="note ok" role="status">
        {note?.kind === 'ok' ? note.text : ''}
      </p>
    </div>
  );
}

// Over 150 lines on purpose: a Preact view: its markup is most of its length;
// the settings logic lives in src/ui/options-model.ts.
// eslint-disable-next-line max-lines-per-function
export function OptionsView({ settings, lists, onChange, onExport, customLists, listUpdates }: OptionsProps) {
  const [saved, setSaved] = useState<Note>(null);
  const [domainInput, setDomainInput] = useState('');
  const [domainNote, setDomainNote] = useState<Note>(null);
  const [importText, setImportText] = useState('');
  const [importNote, setImportNote] = useState<Note>(null);
  /** A read settings file waiting for the person to review what it changes (settingsImportSummary). */
  const [pendingImport, setPendingImport] = useState<{ settings: Settings; changes: string[] } | null>(null);
  const [campaignFilter, setCampaignFilter] = useState('');

  async function save(next: Settings): Promise<boolean> {
    const ok = await onChange(next);
    setSaved(ok ? { kind: 'ok', text: t('optionsSaved') } : { kind: 'error', text: t('optionsSaveFailed') });
    return ok;
  }

  async function addDomain(e: Event) {
    e.preventDefault();
    const result = parseTrustInput(domainInput);
    if (!result.ok) {
      setSaved(null);
      setDomainNote({ kind: 'error', text: result.error });
      return;
    }
    if (settings.allowlist.includes(result.entry)) {
      setDomainNote({ kind: 'ok', text: t('allowlistAlready', result.label) });
      return;
    }
    if (await save(withAllowed(settings, result.entry))) {
      setDomainInput('');
      setDomainNote({ kind: 'ok', text: t('allowlistAdded', result.label) });
    }
  }

  async function importText_(text: string) {
    const result = importSettingsText(text);
    if (!result.ok) {
      setSaved(null);
      setImportNote({ kind: 'error', text: result.error });
      return;
    }
    const changes = settingsImportSummary(settings, result.settings, {
      campaign: (id) => lists?.campaigns.get(id)?.name ?? id,
      role: (role) => (ROLE_KEYS[role] ? t(ROLE_KEYS[role].label) : role),
    });
    setPendingImport(null);
    if (changes.length === 0) {
      setImportNote({ kind: 'ok', text: t('importNoChange') });
      setImportText('');
      return;
    }
    // Nothing is applied until the person has read what changes.
    setImportNote(null);
    setPendingImport({ settings: result.settings, changes });
  }

  async function applyImport() {
    if (!pendingImport) return;
    if (await save(pendingImport.settings)) {
      setPendingImport(null);
      setImportNote({ kind: 'ok', text: t('importDone') });
      setImportText('');
    }
  }

  async function importFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    if (file.size > MAX_IMPORT_BYTES) {
      setImportNote({ kind: 'error', text: t('importErrorTooLarge') });
      return;
    }
    await importText_(await file.text());
  }

  return (
    <main id="options" class="options">
      <header>
        <p class="brand">{t('extName')}</p>
        <h1>{t('optionsTitle')}</h1>
        <p class="muted">{t('optionsIntro')}</p>
        {/* Each language under its own name, so a reader finds theirs whatever the page's language. */}
        <p class="language-choice">
          <label for="language">{t('languageLabel')}</label>{' '}
          <select
            id="language"
            value={settings.language}
            onChange={async (e) => {
              const value = (e.currentTarget as HTMLSelectElement).value;
              if (isLanguageSetting(value)) await save({ ...settings, language: value });
            }}
          >
            {LANGUAGE_SETTINGS.map((lang) => (
              <option key={lang} value={lang} lang={lang === 'auto' ? undefined : lang}>
                {lang === 'auto' ? t('languageAuto') : LANGUAGE_NAMES[lang]}
              </option>
            ))}
          </select>
        </p>
      </header>

      {/* The page is long: a short table of contents, in the order of the sections below. */}
      <nav class="options-nav" aria-label={t('optionsSectionsNav')}>
        <ul>
          {OPTIONS_SECTIONS.filter((section) => section.id !== 'custom-lists' || customLists).map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{t(section.key)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="detect-h" id="detect">
        <h2 id="detect-h">{t('optionsDetection')}</h2>
        <fieldset>
          <legend>{t('sensitivityLegend')}</legend>
          {SENSITIVITY.map((s) => (
            <div class="choice" key={s.value}>
              <input
                type="radio"
                id={`sensitivity-${s.value}`}
                name="sensitivity"
                value={s.value}
                checked={settings.sensitivity === s.value}
                aria-describedby={`sensitivity-${s.value}-help`}
                onChange={() => save({ ...settings, sensitivity: s.value })}
              />
              <label for={`sensitivity-${s.value}`}>{t(s.label)}</label>
              <p class="help" id={`sensitivity-${s.value}-help`}>
                {t(s.help)}
              </p>
            </div>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="page-h" id="page">
        <h2 id="page-h">{t('optionsInPage')}</h2>
        <fieldset>
          <legend>{t('warningBarLegend')}</legend>
          {WARNING.map((w) => (
            <div class="choice" key={w.value}>
              <input
                type="radio"
                id={`warning-${w.value}`}
                name="warningBar"
                value={w.value}
                checked={settings.warningBar === w.value}
                disabled={settings.badgeOnly}
                onChange={() => save({ ...settings, warningBar: w.value })}
              />
              <label for={`warning-${w.value}`}>{t(w.label)}</label>
            </div>
          ))}
        </fieldset>
        <div class="choice">
          <input
            type="checkbox"
            id="link-markers"
            checked={settings.linkMarkers}
            disabled={settings.badgeOnly}
            aria-describedby="link-markers-help"
            onChange={(e) => save({ ...settings, linkMarkers: (e.currentTarget as HTMLInputElement).checked })}
          />
          <label for="link-markers">{t('linkMarkersLabel')}</label>
          <p class="help" id="link-markers-help">
            {t('linkMarkersHelp')}
          </p>
        </div>
        <div class="choice">
          <input
            type="checkbox"
            id="own-lists-on-pages"
            checked={settings.ownListsOnPages}
            disabled={settings.badgeOnly}
            aria-describedby="own-lists-on-pages-help"
            onChange={(e) => save({ ...settings, ownListsOnPages: (e.currentTarget as HTMLInputElement).checked })}
          />
          <label for="own-lists-on-pages">{t('ownListsOnPagesLabel')}</label>
          <p class="help" id="own-lists-on-pages-help">
            {t('ownListsOnPagesHelp')}
          </p>
        </div>
        <div class="choice">
          <input
            type="checkbox"
            id="badge-only"
            checked={settings.badgeOnly}
            aria-describedby="badge-only-help"
            onChange={(e) => save({ ...settings, badgeOnly: (e.currentTarget as HTMLInputElement).checked })}
          />
          <label for="badge-only">{t('badgeOnlyLabel')}</label>
          <p class="help" id="badge-only-help">
            {t('badgeOnlyHelp')}
          </p>
        </div>
        <div class="choice">
          <input
            type="checkbox"
            id="training-mode"
            checked={settings.trainingMode}
            aria-describedby="training-mode-help"
            onChange={(e) => save({ ...settings, trainingMode: (e.currentTarget as HTMLInputElement).checked })}
          />
          <label for="training-mode">{t('trainingModeLabel')}</label>
          <p class="help" id="training-mode-help">
            {t('trainingModeHelp')}
          </p>
          {settings.trainingMode ? (
            <p class="help">
              <a id="open-training" href="training.html" target="_blank" rel="noopener">
                {t('trainingOptionsLink')}
              </a>
            </p>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="campaigns-h" id="campaigns">
        <h2 id="campaigns-h">{t('optionsCampaigns')}</h2>
        {lists ? (
          <fieldset>
            <legend>{t('campaignsLegend')}</legend>
            <p class="help">
              {t(
                'campaignsCount',
                lists.campaignList.length,
                lists.campaignList.filter((c) => settings.disabledCampaigns.includes(c.id)).length,
              )}
            </p>
            <div class="field">
              <label for="campaign-filter">{t('campaignsFilterLabel')}</label>
              <input
                id="campaign-filter"
                type="search"
                autoComplete="off"
                value={campaignFilter}
                onInput={(e) => setCampaignFilter((e.currentTarget as HTMLInputElement).value)}
              />
            </div>
            <div class="campaign-grid">
              {filterCampaigns(lists.campaignList, campaignFilter).map((c) => (
                <div class="choice" key={c.id}>
                  <input
                    type="checkbox"
                    id={`campaign-${c.id}`}
                    checked={!settings.disabledCampaigns.includes(c.id)}
                    aria-describedby={otherNames(c).length > 0 ? `campaign-${c.id}-aliases` : undefined}
                    onChange={(e) => save(withCampaign(settings, c.id, (e.currentTarget as HTMLInputElement).checked))}
                  />
                  <label for={`campaign-${c.id}`}>{c.name}</label>
                  {otherNames(c).length > 0 ? (
                    <p class="help" id={`campaign-${c.id}-aliases`}>
                      {t('alsoKnownAs')} {aliasLine(c)}
                    </p>
                  ) : null}
                </div>
              ))}
            </div>
          </fieldset>
        ) : (
          <p class="muted">{t('campaignsUnavailable')}</p>
        )}
        <fieldset>
          <legend>{t('rolesLegend')}</legend>
          {ROLES.map((role) => (
            <div class="choice" key={role}>
              <input
                type="checkbox"
                id={`role-${role}`}
                checked={!settings.disabledRoles.includes(role)}
                aria-describedby={`role-${role}-help`}
                onChange={(e) => save(withRole(settings, role, (e.currentTarget as HTMLInputElement).checked))}
              />
              <label for={`role-${role}`}>{t(ROLE_KEYS[role].label)}</label>
              <p class="help" id={`role-${role}-help`}>
                {t(ROLE_KEYS[role].help)}
              </p>
            </div>
          ))}
        </fieldset>
      </section>

      {listUpdates ?? null}
      {customLists ?? null}

      <section aria-labelledby="allow-h" id="allow">
        <h2 id="allow-h">{t('optionsAllowlist')}</h2>
        <p class="muted">{t('allowlistIntro')}</p>
        {settings.allowlist.length > 0 ? (
          <ul class="allowlist">
            {settings.allowlist.map((entry) => {
              // An account reads as "@name on X"; its stored address stays visible beside it.
              const label = describeTrustEntry(entry)?.label ?? entry;
              return (
                <li key={entry}>
                  <span class="domain">{label}</span>
                  {label !== entry ? <span class="muted allow-entry"> ({entry})</span> : null}{' '}
                  <button
                    type="button"
                    class="button-secondary"
                    aria-label={t('allowlistRemoveLabel', label)}
                    onClick={async () => {
                      if (await save(withoutAllowed(settings, entry))) {
                        setDomainNote({ kind: 'ok', text: t('allowlistRemoved', label) });
                      }
                    }}
                  >
                    {t('allowlistRemove')}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{t('allowlistEmpty')}</p>
        )}
        <form class="inline-form" onSubmit={addDomain} noValidate>
          <label for="allow-input">{t('allowlistAddLabel')}</label>
          <input
            id="allow-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={domainInput}
            aria-invalid={domainNote?.kind === 'error'}
            aria-describedby="allow-note"
            onInput={(e) => setDomainInput((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="button-primary">
            {t('allowlistAdd')}
          </button>
        </form>
        <NoteView id="allow-note" note={domainNote} />
      </section>

      <section aria-labelledby="tools-h" id="tools">
        <h2 id="tools-h">{t('optionsTools')}</h2>
        <ul class="tool-links">
          <li>
            <a id="open-explorer" href="explorer.html" target="_blank" rel="noopener">
              {t('openExplorer')}
            </a>
          </li>
          <li>
            <a id="open-bulk" href="bulk.html" target="_blank" rel="noopener">
              {t('openBulk')}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="io-h" id="io">
        <h2 id="io-h">{t('optionsImportExport')}</h2>
        <p>
          <button type="button" class="button-secondary" onClick={() => onExport(settings)}>
            {t('exportSettings')}
          </button>
        </p>
        <div class="field">
          <label for="import-file">{t('importFileLabel')}</label>
          <input id="import-file" type="file" accept="application/json,.json" aria-describedby="import-note" onChange={importFile} />
        </div>
        <form
          class="field"
          onSubmit={(e) => {
            e.preventDefault();
            void importText_(importText);
          }}
        >
          <label for="import-text">{t('importPasteLabel')}</label>
          <textarea
            id="import-text"
            rows={4}
            spellcheck={false}
            value={importText}
            aria-describedby="import-note"
            onInput={(e) => setImportText((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <button type="submit" class="button-secondary">
            {t('importButton')}
          </button>
        </form>
        {pendingImport ? (
          <div id="import-summary" class="field">
            <p>{t('importSummaryTitle')}</p>
            <ul>
              {pendingImport.changes.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            <p>
              <button type="button" id="import-apply" class="button-primary" onClick={() => void applyImport()}>
                {t('importApply')}
              </button>{' '}
              <button type="button" id="import-cancel" class="button-secondary" onClick={() => setPendingImport(null)}>
                {t('importCancel')}
              </button>
            </p>
          </div>
        ) : null}
        <NoteView id="import-note" note={importNote} />
      </section>

      <p class={`note saved ${saved?.kind ?? ''}`} role="status">
        {saved?.text ?? ''}
      </p>
    </main>
  );
}
