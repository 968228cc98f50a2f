/** How much of a page `extractSignals` reads: every part is bounded, so a huge page costs what a normal one does. */
export interface Limits {
  /** Link targets returned. */
  maxLinks: number;
  /** Social-platform URLs returned as handles. */
  maxHandles: number;
  /** Characters of page text. */
  maxText: number;
  /** Claimed names returned. */
  maxNames: number;
  /** Characters per claimed name and per byline. */
  maxNameLength: number;
  /** Bylines returned. */
  maxBylines: number;
  /** Anchors examined, in document order: bounds the work on pages with thousands of links. */
  maxScan: number;
  /** ld+json scripts read, and characters per script (larger ones are skipped unparsed). */
  maxJsonLdScripts: number;
  maxJsonLdChars: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxLinks: 300,
  maxHandles: 100,
  maxText: 20_000,
  maxNames: 20,
  maxNameLength: 200,
  maxBylines: 10,
  maxScan: 3_000,
  maxJsonLdScripts: 8,
  maxJsonLdChars: 100_000,
});
