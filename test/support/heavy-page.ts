/**
 * A generated heavy page for the bounds test and the timing script: 5,000 links (same-site
 * links, 600 external hosts, 140 social profiles, one CDN) and 300 KB of text in paragraphs.
 * `oneHost` makes every link a distinct same-site link: the worst case for the link budget.
 * Deterministic: the same page every time.
 */
export function heavyPageHtml(options: { oneHost?: boolean } = {}): string {
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Heavy page - Example Heavy</title>',
    '<meta property="og:site_name" content="Example Heavy"></head><body><header><img class="logo" alt="Example Heavy"></header><main>',
  ];
  const sentence = 'The quick brown fox jumps over the lazy dog while the council debates the budget again. ';
  let links = 0;
  let text = 0;
  for (let i = 0; links < 5000; i++) {
    const kind = i % 5;
    const href = options.oneHost
      ? `/story-${i}.html`
      : kind === 0 || kind === 1
        ? `/section/${i % 40}/story-${i}.html`
        : kind === 2
          ? `https://site${Math.floor(i / 5) % 600}.example.org/article/${i}`
          : kind === 3
            ? `https://x.com/account_${i % 700}`
            : `https://cdn.example.net/asset/${i}`;
    const p = sentence.slice(0, 52);
    parts.push(`<p>${p}<a href="${href}">link ${i}</a></p>`);
    links++;
    text += p.length + `link ${i}`.length;
  }
  while (text < 300_000) {
    parts.push(`<p>${sentence}</p>`);
    text += sentence.length;
  }
  parts.push('</main><footer>© 2024 Example Heavy</footer></body></html>');
  return parts.join('\n');
}
