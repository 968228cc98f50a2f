/**
 * Findings from a person's own lists (custom lists, src/lists/custom.ts), made by the real code:
 * the files are read and checked with `parseCustomListText` against the UI fixture index, merged
 * with `mergeCustomLists`, and judged by `createEngine`, so the findings carry exactly what the
 * extension's do (`user:` campaign ids, `SourceRef.list`, "From your list “NAME”").
 *
 * - `docs/examples/custom-list.json` (real, cited entries of Unmask's lists: spiegel.ltd and
 *   washingtonpost.pm of Doppelganger, with Meta's and the US DOJ's sources). The UI fixture index
 *   here leaves spiegel.ltd out, as Unmask's lists would before an update: so spiegel.ltd is found
 *   ONLY through the person's list, on Unmask's campaign `doppelganger`; washingtonpost.pm stays
 *   Unmask's (an indicator Unmask holds is left to Unmask).
 * - `test/fixtures/custom-lists/test-list.json`: a reserved `.example` host of a campaign that only
 *   that list defines ("Fixture Campaign", id `user:test-fixture-list:fixture-campaign`).
 */
import { readFileSync } from 'node:fs';
import { createEngine } from '../../../src/core/engine';
import type { CompiledLists, Finding } from '../../../src/core/types';
import { bundledContext, mergeCustomLists, parseCustomListText, type CustomList } from '../../../src/lists/custom';
import { indexLists } from '../../../src/ui/lists';
import { COMPILED } from './fixtures';

const NOW = new Date('2026-11-21T00:00:00Z');

/** The UI fixture index without spiegel.ltd: a clone Unmask's lists do not hold yet. */
export const BUNDLED: CompiledLists = { ...COMPILED, indicators: COMPILED.indicators.filter((i) => i.value !== 'spiegel.ltd') };

function read(path: string, id: string): CustomList {
  const text = readFileSync(new URL(path, import.meta.url), 'utf8');
  const result = parseCustomListText(text, bundledContext(BUNDLED), NOW);
  if (!result.ok) throw new Error(`${path}: ${result.error} ${result.problems.join('; ')}`);
  return { ...result.list, id };
}

export const EXAMPLE_LIST = read('../../../docs/examples/custom-list.json', 'doppelganger-clones-example');
export const FIXTURE_LIST = read('../../fixtures/custom-lists/test-list.json', 'test-fixture-list');

export const OWN_COMPILED: CompiledLists = mergeCustomLists(BUNDLED, [EXAMPLE_LIST, FIXTURE_LIST]);
export const OWN_LISTS = indexLists(OWN_COMPILED);
export const OWN_ENGINE = createEngine(OWN_COMPILED);

function only(target: string): Finding {
  const findings = OWN_ENGINE.judge(target).findings;
  if (findings.length !== 1) throw new Error(`${target}: expected one finding, got ${findings.length}`);
  return findings[0]!;
}

/** spiegel.ltd: only from the person's list "Doppelganger clones (example from Unmask lists)", on Unmask's `doppelganger`. */
export const OWN_ON_BUNDLED_FINDING = only('https://spiegel.ltd/');
/** custom-list-only.example: only from "Test fixture list", on that list's own campaign. */
export const OWN_CAMPAIGN_FINDING = only('https://custom-list-only.example/');
/** washingtonpost.pm: Unmask's own finding (the person's list names it too, and is left out). */
export const BUNDLED_FINDING = only('https://washingtonpost.pm/');
