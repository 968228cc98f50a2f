/**
 * Text we show inside a page without putting it in the page's DOM.
 *
 * A closed shadow root hides its nodes from the page's scripts, but not its text: `window.find()`
 * searches rendered text in closed shadow trees, and a prefix search recovers a whole sentence
 * (a page can read what the extension adds to it).
 * CSS generated content (`::before { content: "…" }`) is drawn and read by
 * screen readers, yet it is no text node: find-in-page, selections and `innerText` do not see it,
 * and the stylesheet that carries it lives in the closed root, out of the page's reach. Both the
 * warning bar and the link markers write every word they show this way.
 */

/** A CSS string literal of `text`: every character but letters, digits and space escaped. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\${(ch.codePointAt(0) as number).toString(16)} `;
  return `${out}"`;
}

/** A rule that shows `text` before the content of the elements `selector` matches. */
export function textRule(selector: string, text: string): string {
  return `${selector}::before{content:${cssString(text)}}`;
}
