// @vitest-environment happy-dom
/**
 * The first-run page and the options' "Fresh lists" section render what they are given: the
 * issue's own wording, two equal buttons, the lists in use and why the last update failed.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ListUpdatesSection } from '../../../src/ui/components/ListUpdatesSection';
import { WelcomeView } from '../../../src/ui/components/WelcomeView';
import { useRenderContainer } from './render';

let container: HTMLElement;
useRenderContainer((c) => (container = c));

const PROMISE =
  'Unmask downloads the public list about once a day. Everyone downloads the same file; nothing about the pages you visit is sent.';

describe('first-run page', () => {
  it('asks with the issue wording and two equal buttons; nothing chosen yet', () => {
    const chosen: boolean[] = [];
    render(<WelcomeView hasMirrors choice={null} onChoose={(on) => chosen.push(on)} />, container);
    expect(container.querySelector('#welcome-choice-text')!.textContent).toBe(PROMISE);
    const yes = container.querySelector<HTMLButtonElement>('#welcome-yes')!;
    const no = container.querySelector<HTMLButtonElement>('#welcome-no')!;
    expect(yes.className).toBe(no.className);
    expect(container.querySelectorAll('.welcome-levels li')).toHaveLength(5);
    no.click();
    yes.click();
    expect(chosen).toEqual([false, true]);
  });

  it('does not ask when the build names no mirror', () => {
    render(<WelcomeView hasMirrors={false} choice={null} onChoose={() => undefined} />, container);
    expect(container.querySelector('#welcome-yes')).toBeNull();
  });
});

describe('options: fresh lists', () => {
  const base = {
    hasMirrors: true,
    onSwitch: async () => true,
    onUpdateNow: async () => undefined,
    onFile: async () => undefined,
    maxFileBytes: 1000,
  };

  it('shows the lists in use and why the last update was refused', () => {
    render(
      <ListUpdatesSection
        {...base}
        on={false}
        inUse={{ version: '0.1.1', date: '2026-11-21', updated: false }}
        status={{
          at: '2026-12-05T10:00:00.000Z',
          source: 'mirror',
          outcome: 'failed',
          reason: 'hash mismatch: unmask-index.json does not have the SHA-256 the manifest says',
        }}
      />,
      container,
    );
    expect(container.querySelector('#lists-in-use')!.textContent).toBe(
      'Lists in use: version 0.1.1, of 21 November 2026, as shipped with Unmask.',
    );
    expect(container.querySelector('#list-updates-status')!.textContent).toMatch(
      /no update \(hash mismatch: .*\)\. The lists in use were kept\.$/,
    );
    expect(container.querySelector<HTMLInputElement>('#list-updates-switch')!.checked).toBe(false);
  });

  it('without a mirror, offers the file only', () => {
    render(<ListUpdatesSection {...base} hasMirrors={false} on={false} inUse={null} status={null} />, container);
    expect(container.querySelector('#list-updates-switch')).toBeNull();
    expect(container.querySelector('#list-updates-file')).not.toBeNull();
    expect(container.querySelector('#list-updates-status')!.textContent).toBe('No check yet.');
  });
});
