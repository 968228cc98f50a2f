/**
 * Times extractSignals on the generated heavy pages in happy-dom. NOT a browser: happy-dom's DOM
 * is JavaScript (its querySelectorAll, baseURI and TreeWalker are slower than Chromium's native
 * ones), so this is an indication, not the content script's cost in a real page.
 * Run: npx tsx bench/extract-happy-dom.ts
 */
import { Window } from 'happy-dom';
import { extractSignals } from '../src/signals/extract';
import { heavyPageHtml } from '../test/support/heavy-page';

async function measure(label: string, html: string): Promise<void> {
  const window = new Window({ url: 'https://heavy.example.com/' });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  const anchors = doc.querySelectorAll('a[href]').length;
  const chars = doc.body.textContent?.length ?? 0;
  const times: number[] = [];
  let last = extractSignals(doc, 'https://heavy.example.com/'); // warm-up
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    last = extractSignals(doc, 'https://heavy.example.com/');
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number): string => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(2);
  console.log(`${label}: ${anchors} links, ${chars} characters of body text`);
  console.log(
    `  extractSignals in happy-dom ${'(Node ' + process.versions.node + ')'}: median ${q(0.5)} ms, p90 ${q(0.9)} ms, min ${q(0)} ms over ${times.length} runs`,
  );
  console.log(
    `  out: ${last.links?.length ?? 0} links, ${last.handles?.length ?? 0} handles, ${last.text?.length ?? 0} text chars, ${last.claimedNames?.length ?? 0} names`,
  );
  await window.happyDOM.close();
}

await measure('heavy page', heavyPageHtml());
await measure('worst case (5,000 distinct same-site links)', heavyPageHtml({ oneHost: true }));
