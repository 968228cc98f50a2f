/**
 * A person's own list, end to end in the built extension (Chromium and Firefox), driven through the
 * options page like a person would:
 * - import test/fixtures/custom-lists/test-list.json with the file chooser: the list is shown, and
 *   `http://custom-list-only.example/` (the garden-club page, served there through
 *   test/fixtures/sites/aliases.json; a host ONLY that list names) becomes `high`, its popup and
 *   report saying "From your list “Test fixture list”"; the source check (ui-bg-judge-target, the
 *   background's engine) and the bulk check (its own engine, built with the usable lists) too;
 * - import a bad file (an official domain of a protected outlet; then not JSON): an alert says why,
 *   nothing is stored, the first list is still shown and still flags the host;
 * - remove it: the open tab is judged again, `none`; undo brings it back;
 * - the lists are kept in the extension's IndexedDB: lists in storage.local (where an earlier
 *   version kept them, and which content scripts can write) are never used by the background; the
 *   options page moves there only those that pass the checks.
 *
 * The fixture list is test-only (a reserved `.example` host, RFC 2606; see its README): it is not
 * data and never shipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { chooseFile, EXTENSION_DIRS, launch, poll, type BrowserKind, type Harness } from './harness';
import { ownListsDb } from '../support/own-lists-db';

const HOST_URL = 'http://custom-list-only.example/';
const FIXTURE = join(__dirname, '../fixtures/custom-lists/test-list.json');
const LIST_TEXT = readFileSync(FIXTURE, 'utf8');
const LIST_NAME = 'Test fixture list';

/** The fixture list with one more indicator: washingtonpost.com, an official domain of a protected outlet. */
function listNamingRealOutlet(): string {
  const data = JSON.parse(LIST_TEXT) as { name: string; indicators: Record<string, unknown>[] };
  data.name = 'A list naming a real outlet';
  data.indicators.push({ ...data.indicators[0], value: 'washingtonpost.com', note: undefined });
  return JSON.stringify(data);
}

/**
 * The stored value in the extension's IndexedDB (src/extension/own-lists-store.ts), or null; with
 * `write`, stores that value there and sets the marker the background reads, as the options page does.
 */
async function storedLists(h: Harness, write?: unknown): Promise<unknown> {
  const read = JSON.parse(
    await h.extEval(ownListsDb, write === undefined ? { action: 'get' } : { action: 'put', value: write }),
  ) as unknown;
  await h.extEval(async (put: boolean) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    if (put) await api.storage.local.set({ ownLists: { lists: 1, changed: new Date().toISOString() } });
    // Nothing is ever kept in storage.local (which content scripts can write).
    if ((await api.storage.local.get('customLists')).customLists !== undefined) throw new Error('lists in storage.local');
  }, write !== undefined);
  return read;
}

const browsers = (['chromium', 'firefox'] as BrowserKind[]).filter((kind) => existsSync(join(EXTENSION_DIRS[kind], 'manifest.json')));

describe.each(browsers)('custom lists in %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('import flags a host only that list names (popup, report, source check say so); a bad file changes nothing; remove unflags it', async () => {
    // Before: Unmask's own lists know nothing about the host.
    const site = await h.open(HOST_URL);
    const tabId = await h.tabIdOf(site);
    const before = await h.waitForTabState(tabId, (s) => s?.phase === 'page');
    expect(before?.verdict.level).toBe('none');

    // Import by the file chooser.
    const options = await h.openExtensionPage('options.html');
    await options.waitFor('#custom-lists .custom-lists-empty');
    await chooseFile(options, '#custom-list-file', 'test-list.json', LIST_TEXT);
    // What it adds is shown first; nothing is saved until Import is pressed.
    await options.waitFor('#custom-list-review');
    expect(await options.text('#custom-list-review')).toContain(`Check what the list “${LIST_NAME}” adds before you import it:`);
    await options.click('#custom-list-apply');
    await poll(
      () => options.text('#custom-list-note [role="status"]'),
      (t) => t === `Imported your list “${LIST_NAME}”. Indicators in it: 1.`,
      10_000,
      'import confirmation',
    );
    await options.waitFor('#custom-lists li.custom-list');
    const shown = (await options.text('#custom-lists li.custom-list'))!;
    expect(shown).toContain(LIST_NAME);
    expect(shown).toContain('Indicators: 1');
    expect(shown).toContain('Unmask test fixtures');
    const stored = (await storedLists(h)) as { version: number; lists: { name: string; enabled: boolean }[] };
    expect(stored.version).toBe(1);
    expect(stored.lists.map((l) => [l.name, l.enabled])).toEqual([[LIST_NAME, true]]);
    await options.evaluate(() => document.querySelector('#custom-lists')!.scrollIntoView());
    await options.screenshot('options-custom-lists');

    // The open tab is judged again with the new engine: high, from the list.
    const flagged = await h.waitForTabState(tabId, (s) => s?.verdict.level === 'high', 15_000);
    const finding = flagged!.verdict.findings[0]!;
    expect(finding.summary).toBe(
      `From your list “${LIST_NAME}”: Unmask test fixtures lists custom-list-only.example as a site run by Fixture Campaign.`,
    );
    expect(finding.sources.map((s) => s.list)).toEqual([LIST_NAME]);
    await h.waitForBadge(tabId, (b) => b.text !== '');

    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor('main#popup[data-level="high"]');
    const popupText = (await popup.text('main#popup'))!;
    // Said first under "Why", and again by the source.
    expect(popupText).toContain(`From your list “${LIST_NAME}”, not from Unmask's own lists.`);
    expect(popupText).toContain(`primary: report · From your list “${LIST_NAME}”`);
    // A campaign only the list defines is not in the explorer, and Unmask's maintainers cannot fix
    // a person's list: neither link is offered.
    expect(
      await popup.evaluate(() =>
        [document.querySelector('#explore-campaign'), document.querySelector('#report-mistake')].map((e) => e !== null),
      ),
    ).toEqual([false, false]);
    await popup.screenshot('popup-custom-list');
    await popup.close();
    const report = await h.openExtensionPage(`report.html?tab=${tabId}`);
    await report.waitFor('main#report[data-level="high"]');
    const reportText = (await report.text('main#report'))!;
    expect(reportText).toContain(
      `From your list “${LIST_NAME}”: Unmask test fixtures lists custom-list-only.example as a site run by Fixture Campaign.`,
    );
    expect(reportText).toContain(`From your list “${LIST_NAME}”, not from Unmask's own lists.`);
    expect(reportText).toContain('https://example.org/unmask-test-fixture');
    await report.close();

    // The source check (popup, explorer) asks the background, which judges with the same engine.
    const judged = await options.evaluate(async (target: string) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.runtime.sendMessage({ type: 'ui-bg-judge-target', target });
    }, 'custom-list-only.example');
    expect(judged).toMatchObject({ ok: true, verdict: { level: 'high' } });
    // The bulk check builds its own engine in its page, from Unmask's lists and the usable own lists.
    const bulk = await h.openExtensionPage('bulk.html');
    await bulk.waitFor('main#bulk[data-ready="true"]', 30_000);
    await bulk.evaluate((value: string) => {
      const area = document.querySelector('#bulk-input') as HTMLTextAreaElement;
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, 'custom-list-only.example\nclean.example');
    await poll(
      () => bulk.text('#bulk-parsed'),
      (t) => t?.includes('2 addresses') ?? false,
      5_000,
      'parsed count',
    );
    await bulk.click('#bulk-start');
    await bulk.waitFor('main#bulk[data-status="done"]', 30_000);
    const rows = await bulk.evaluate(() =>
      [...document.querySelectorAll('#bulk-table tbody tr')].map((r) => [
        r.querySelector('code.target')?.textContent,
        r.getAttribute('data-level'),
      ]),
    );
    expect(rows).toEqual([
      ['custom-list-only.example', 'high'],
      ['clean.example', 'none'],
    ]);
    await bulk.close();

    // A bad file: refused with the reason in the alert, nothing stored, the first list still works.
    const storedBefore = JSON.stringify(await storedLists(h));
    await chooseFile(options, '#custom-list-file', 'bad-list.json', listNamingRealOutlet());
    await options.waitFor('#custom-list-note [role="alert"]:not(:empty)');
    const alert = (await options.text('#custom-list-note [role="alert"]'))!;
    expect(alert).toContain('This list was not imported');
    expect(alert).toContain(
      'indicators[1]: "washingtonpost.com" is an official domain of the protected outlet "washington-post" (The Washington Post)',
    );
    expect(alert).toContain('Your lists are unchanged.');
    await options.screenshot('options-custom-list-refused');
    await chooseFile(options, '#custom-list-file', 'broken.json', '{ "unmask": "custom-list", ');
    await poll(
      () => options.text('#custom-list-note [role="alert"]'),
      (t) => Boolean(t?.startsWith('This list was not imported: the file is not valid JSON')),
      5_000,
      'invalid-JSON message',
    );
    expect(JSON.stringify(await storedLists(h))).toBe(storedBefore);
    expect(await options.evaluate(() => document.querySelectorAll('#custom-lists li.custom-list').length)).toBe(1);
    await site.goto(HOST_URL);
    await h.waitForTabState(tabId, (s) => s?.phase === 'page' && s.verdict.level === 'high', 15_000);

    // Every control of the section has a label.
    const unlabelled = await options.evaluate(() =>
      [...document.querySelectorAll('#custom-lists input')].filter((el) => !(el as HTMLInputElement).labels?.length).map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);

    // Remove: the tab is judged again without the list; undo restores it.
    await options.click('#custom-lists .custom-list-remove');
    await poll(
      () => options.text('#custom-list-note [role="status"]'),
      (t) => t === `Removed your list “${LIST_NAME}”.`,
      5_000,
      'removed',
    );
    expect(await storedLists(h)).toBeNull();
    await h.waitForTabState(tabId, (s) => s?.verdict.level === 'none', 15_000);
    await options.waitFor('#custom-lists .custom-lists-empty');
    await options.click('#custom-list-undo');
    await h.waitForTabState(tabId, (s) => s?.verdict.level === 'high', 15_000);
    expect(JSON.stringify(await storedLists(h))).toBe(storedBefore);

    // Switched off: kept, but not used.
    await options.waitFor('#custom-lists li.custom-list input[type="checkbox"]:checked');
    await options.click('#custom-lists li.custom-list input[type="checkbox"]');
    await h.waitForTabState(tabId, (s) => s?.verdict.level === 'none', 15_000);
    expect((await storedLists(h)) as { lists: { enabled: boolean }[] }).toMatchObject({ lists: [{ enabled: false }] });
    await options.close();
    await site.close();
  });

  it('a damaged stored list is ignored (Unmask lists keep working), the options page says so and removes it; a dropped file is imported', async () => {
    await storedLists(h, { version: 1, lists: [{ id: 'x', name: 'Broken one', importedAt: 'yesterday', enabled: true }] });
    // Unmask's own lists still flag the listed Doppelganger clone.
    const spoof = await h.open('http://washingtonpost.pm/');
    const spoofId = await h.tabIdOf(spoof);
    await h.waitForTabState(spoofId, (s) => s?.verdict.level === 'high', 15_000);
    const options = await h.openExtensionPage('options.html');
    await options.waitFor('#custom-lists .custom-broken-item');
    expect(await options.text('#custom-lists .custom-broken-item')).toContain('Your list “Broken one” is not used');
    await options.click('#custom-lists .custom-broken-item button');
    await poll(
      () => storedLists(h),
      (v) => v === null,
      5_000,
      'broken list removed',
    );
    await options.waitFor('#custom-lists .custom-lists-empty');

    // Drag-and-drop: a file dropped on the box (a real DragEvent with a DataTransfer) is imported.
    const dropped = await options.evaluate((text: string) => {
      const zone = document.querySelector('#custom-lists .dropzone')!;
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      const event = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
      zone.dispatchEvent(event);
      return event.defaultPrevented;
    }, LIST_TEXT);
    expect(dropped).toBe(true);
    // Reviewed first, then imported.
    await options.waitFor('#custom-list-review');
    expect(await storedLists(h)).toBeNull();
    await options.click('#custom-list-apply');
    await options.waitFor('#custom-lists li.custom-list');
    expect((await storedLists(h)) as { lists: { name: string }[] }).toMatchObject({ lists: [{ name: LIST_NAME }] });
    await options.close();
    await spoof.close();
  });

  it('lists an earlier version kept in storage.local (which content scripts can write) are never used by the background; the options page keeps those that pass the checks', async () => {
    await h.extEval(ownListsDb, { action: 'delete' });
    await h.extEval(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.remove('ownLists');
    });
    const file = JSON.parse(LIST_TEXT) as Record<string, any>;
    const good = {
      id: 'test-fixture-list',
      name: LIST_NAME,
      importedAt: '2026-11-21T00:00:00.000Z',
      enabled: true,
      sources: file.sources,
      campaigns: file.campaigns,
      indicators: file.indicators,
    };
    const forged = { ...good, id: 'forged', name: 'Forged', indicators: [{ ...file.indicators[0], value: 'washingtonpost.com' }] };
    await h.extEval(
      async (value: unknown) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.storage.local.set({ customLists: value, ownLists: { lists: 2, changed: 'now' } });
      },
      { version: 1, lists: [good, forged] },
    );
    const site = await h.open(HOST_URL);
    const tabId = await h.tabIdOf(site);
    await h.waitForTabState(tabId, (s) => s?.phase === 'page');
    expect((await h.tabState(tabId))?.verdict.level).toBe('none');

    const options = await h.openExtensionPage('options.html');
    await options.waitFor('#custom-lists li.custom-list');
    expect(await options.evaluate(() => document.querySelectorAll('#custom-lists li.custom-list').length)).toBe(1);
    expect(await options.text('#custom-lists li.custom-list')).toContain(LIST_NAME);
    await poll(
      () => storedLists(h),
      (v) => (v as { lists?: { name: string }[] } | null)?.lists?.map((l) => l.name).join() === LIST_NAME,
      10_000,
      'the list that passes moved to the database, storage.local emptied',
    );
    await h.waitForTabState(tabId, (s) => s?.verdict.level === 'high', 15_000);
    await options.close();
    await site.close();
  });
});

it.skipIf(browsers.length > 0)('needs a build', () => {
  throw new Error('no build in .output/: run `npx wxt build` (and `npx wxt build -b firefox`) first');
});
