// @vitest-environment happy-dom
/**
 * The options page's "Your lists" section (CustomListsSection) as a person uses it: what a list
 * shows, remove with undo (keyboard focus moves to Undo), the on/off switch, and what it says while
 * Unmask's own lists are unavailable (never "you have no lists" then).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CustomListsSection, type ImportReply } from '../../../src/ui/components/CustomListsSection';
import { bundledFor, importCustomListText, type CustomListsView } from '../../../src/ui/custom-lists-model';
import { BUNDLED } from './own-list-fixtures';
import { useRenderContainer } from './render';

const VIEW: CustomListsView = {
  lists: [
    {
      index: 0,
      id: 'test-fixture-list',
      name: 'Test fixture list',
      enabled: true,
      indicators: 1,
      imported: 'November 21, 2026',
      sources: [
        {
          id: 'test-fixture-source',
          publisher: 'Unmask test fixtures',
          title: 'Test-only list',
          url: 'https://example.org/unmask-test-fixture',
        },
      ],
    },
  ],
  broken: [{ index: 1, name: 'Broken one', reason: 'The saved data of this list is damaged (its date).' }],
};

describe('CustomListsSection', () => {
  let container: HTMLElement;
  useRenderContainer((el) => {
    container = el;
  });

  const mount = (props: Partial<Parameters<typeof CustomListsSection>[0]> = {}) =>
    render(
      <CustomListsSection
        view={VIEW}
        maxBytes={8_000_000}
        onImport={async () => ({ ok: true, message: 'ok' })}
        onRemove={async () => async () => true}
        onToggle={async () => true}
        {...props}
      />,
      container,
    );
  const click = async (el: Element) =>
    act(async () => {
      (el as HTMLElement).click();
      await new Promise((r) => setTimeout(r, 10));
    });

  it('shows each list with its count, date, sources (https links) and labelled controls; a damaged one with why', () => {
    mount();
    const item = container.querySelector('li.custom-list')!;
    expect(item.querySelector('h3')!.textContent).toBe('Test fixture list');
    expect(item.textContent).toContain('Indicators: 1 · imported November 21, 2026');
    expect(item.querySelector('a')!.getAttribute('href')).toBe('https://example.org/unmask-test-fixture');
    expect(item.querySelector('button')!.getAttribute('aria-label')).toBe('Remove your list “Test fixture list”');
    for (const input of container.querySelectorAll('input'))
      expect(container.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
    expect(container.querySelector('.custom-broken-item')!.textContent).toContain(
      'Your list “Broken one” is not used: The saved data of this list is damaged (its date).',
    );
  });

  it('remove: says so, moves focus to Undo; Undo restores; a refused save is an alert', async () => {
    const undo = vi.fn(async () => true);
    const onRemove = vi.fn(async () => undo);
    mount({ onRemove });
    await click(container.querySelector('li.custom-list button')!);
    expect(onRemove).toHaveBeenCalledWith(0);
    expect(container.querySelector('#custom-list-note [role="status"]')!.textContent).toBe('Removed your list “Test fixture list”.');
    expect(document.activeElement?.id).toBe('custom-list-undo');
    await click(container.querySelector('#custom-list-undo')!);
    expect(undo).toHaveBeenCalledTimes(1);
    expect(container.querySelector('#custom-list-note [role="status"]')!.textContent).toBe('Your list “Test fixture list” is back.');
    expect(container.querySelector('#custom-list-undo')).toBeNull();

    mount({ onRemove: async () => null });
    await click(container.querySelector('.custom-broken-item button')!);
    expect(container.querySelector('#custom-list-note [role="alert"]')!.textContent).toBe(
      'The browser did not save the change, so nothing changed.',
    );
  });

  it('the switch reports the new state', async () => {
    const onToggle = vi.fn(async () => true);
    mount({ onToggle });
    await click(container.querySelector('#custom-list-test-fixture-list-use')!);
    expect(onToggle).toHaveBeenCalledWith(0, false);
  });

  it("while Unmask's lists are unavailable it says so (not 'no lists') and refuses an import without reading it", async () => {
    const onImport = vi.fn();
    mount({ view: null, unavailable: true, onImport });
    expect(container.textContent).toContain("Unmask's own lists could not be loaded");
    expect(container.textContent).not.toContain('You have not imported any lists.');
    const input = container.querySelector('#custom-list-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'x.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(onImport).not.toHaveBeenCalled();
    expect(container.querySelector('#custom-list-note [role="alert"]')!.textContent).toContain("Unmask's own lists could not be loaded");
    // While loading (not failed): neither message.
    mount({ view: null });
    expect(container.textContent).not.toContain('You have not imported any lists.');
  });

  it('an imported list is shown first (how it will be labelled, what it holds, whom it cites) and saved only on Import', async () => {
    // A list that calls itself Unmask and cites the US Department of Justice.
    const file = JSON.parse(readFileSync(join(__dirname, '../../fixtures/custom-lists/test-list.json'), 'utf8'));
    file.name = 'Unmask official';
    file.sources[0].publisher = 'US Department of Justice';
    const outcome = importCustomListText(JSON.stringify(file), bundledFor(BUNDLED), null);
    expect(outcome.ok).toBe(true);
    const saved = vi.fn(async (): Promise<ImportReply> => ({ ok: true, message: 'Imported.' }));
    const onImport = vi.fn(async (): Promise<ImportReply> =>
      outcome.ok
        ? { ok: true, message: outcome.message, review: { ...outcome.review, apply: saved } }
        : { ok: false, error: '', problems: [] },
    );
    mount({ onImport });
    const input = container.querySelector('#custom-list-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'x.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 10));
    });
    const review = container.querySelector('#custom-list-review')!;
    expect(review.querySelector('p')!.textContent).toBe('Check what the list “Unmask official” adds before you import it:');
    expect([...review.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Everything it finds will be shown as from your list, never as from Unmask’s lists, whatever the list calls itself.',
      '1 entries: 1 sites, 0 addresses, 0 accounts',
      'Operations it names: Fixture Campaign',
      'Sources it cites (as the list says; Unmask has not checked them): US Department of Justice',
    ]);
    expect(saved).not.toHaveBeenCalled();
    await click(container.querySelector('#custom-list-apply')!);
    expect(saved).toHaveBeenCalledTimes(1);
    expect(container.querySelector('#custom-list-review')).toBeNull();
    expect(container.querySelector('#custom-list-note [role="status"]')!.textContent).toBe('Imported.');
  });

  it('cancelling a reviewed list saves nothing', async () => {
    const saved = vi.fn(async (): Promise<ImportReply> => ({ ok: true, message: 'Imported.' }));
    mount({ onImport: async () => ({ ok: true, message: 'x', review: { title: 'Check', lines: ['a'], apply: saved } }) });
    const input = container.querySelector('#custom-list-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'x.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 10));
    });
    await click(container.querySelector('#custom-list-cancel')!);
    expect(container.querySelector('#custom-list-review')).toBeNull();
    expect(saved).not.toHaveBeenCalled();
  });
});
