// @vitest-environment happy-dom
/**
 * own-api.ts: the scripts in a page's frame take the browser's own namespace, never an element
 * that named access puts on `window` under the same name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ownApi } from '../../../src/extension/content/own-api';

const g = globalThis as { browser?: unknown; chrome?: unknown };
const real = { runtime: { id: 'abc', sendMessage: () => Promise.resolve() } };

/** `<form id="browser"><input name="runtime" id="x"></form>`, as named access would show it. */
function clobberingForm(): HTMLFormElement {
  document.body.innerHTML = '<form id="browser"><input name="runtime" id="x"><input name="sendMessage"></form>';
  const form = document.getElementById('browser') as HTMLFormElement;
  Object.defineProperty(form, 'runtime', { value: form.querySelector('[name=runtime]'), configurable: true });
  return form;
}

describe('ownApi', () => {
  afterEach(() => {
    delete g.browser;
    delete g.chrome;
  });

  it('takes `browser` where the browser defines it (Firefox)', () => {
    g.browser = real;
    g.chrome = { runtime: { id: 'abc', sendMessage: () => undefined } };
    expect(ownApi()).toBe(real);
  });

  it('takes `chrome` where `browser` is absent (Chrome)', () => {
    g.chrome = real;
    expect(ownApi()).toBe(real);
  });

  it('takes `chrome` when a page element stands in for `browser`, even one with a runtime.id', () => {
    const form = clobberingForm();
    expect((form as unknown as { runtime: { id: string } }).runtime.id).toBe('x');
    g.browser = form;
    g.chrome = real;
    expect(ownApi()).toBe(real);
    g.browser = document.getElementsByTagName('input'); // duplicate ids: a collection
    expect(ownApi()).toBe(real);
    g.browser = window; // a frame's window (<iframe name="browser">)
    expect(ownApi()).toBe(real);
  });

  it("takes Chrome's API where Chrome put it on a page element named `chrome`", () => {
    document.body.innerHTML = '<img name="chrome">';
    const img = document.querySelector('img') as HTMLImageElement & { runtime?: unknown };
    img.runtime = real.runtime;
    g.chrome = img;
    expect(ownApi()).toBe(img);
  });

  it('gives nothing when neither is the extension API (a page, or an extension context gone)', () => {
    g.browser = clobberingForm();
    expect(ownApi()).toBeUndefined();
    g.chrome = { runtime: {} };
    expect(ownApi()).toBeUndefined();
    g.chrome = {
      get runtime() {
        throw new Error('cross-origin');
      },
    };
    expect(ownApi()).toBeUndefined();
  });
});
