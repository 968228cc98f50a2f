/**
 * Small edits between a visited label and a protected one, found through a deletion
 * neighbourhood (SymSpell) instead of an edit distance against every protected label.
 *
 * At load, every protected label P (5+ characters, not weak) puts each single deletion of itself
 * into `deletions` (`washingtonpost` -> `ashingtonpost`, `wshingtonpost`, ...). A visited label L
 * is then within one edit of P exactly when one of these holds, each a Map lookup:
 * - L is in `deletions`                   -> omission (L lacks one character of P);
 * - L minus one character is P            -> repetition or insertion (L has one more);
 * - L minus character i is in `deletions` with P minus the same i -> replacement at i;
 *   with P minus i±1 and the two characters swapped                -> transposition.
 * So a check costs about 2 x len(L) Map lookups, whatever the number of outlets.
 *
 * Guards, after Chromium's lookalike checks (components/lookalikes), because one edit from a short
 * word is usually another word:
 * - an edit of a short label (`tank`/`bank`, `delfi`/`delft`) is another word or name far too often:
 *   the detector (detectors/lookalike.ts) counts it only when the page also claims the outlet;
 * - the first character must stay the same (`hank` vs `tank`); repeating the first character
 *   keeps it, so `wwashingtonpost` still counts;
 * - labels that differ only in trailing digits do not count (`news24` vs `news25`, `spiegel1`), nor
 *   a final plural `s` (`20minute` vs `20minutes`);
 * - weak labels (common words) never enter the index at all.
 */

export type EditKind = 'omission' | 'repetition' | 'insertion' | 'replacement' | 'transposition';

/**
 * Edits of labels from this length are found. Edits of labels up to `SHORT_EDIT_LABEL`
 * (detectors/lookalike.ts) count only together with the page's claim of the outlet.
 */
export const MIN_EDIT_LABEL = 3;

export interface DeletionEntry {
  /** The protected label. */
  label: string;
  /** The index of the deleted character. */
  pos: number;
}

/**
 * Every single-character deletion of a label but the first character's, with its position. A
 * deletion at 0 can only yield matches that change the first character, which the guards reject
 * anyway (when the first two characters are equal, position 1 gives the same string).
 */
export function deletions(label: string): { text: string; pos: number }[] {
  const out: { text: string; pos: number }[] = [];
  for (let i = 1; i < label.length; i++) out.push({ text: label.slice(0, i) + label.slice(i + 1), pos: i });
  return out;
}

function stripTrailingDigits(label: string): string {
  return label.replace(/\d+$/, '');
}

/** The guards above, applied to a found pair. */
export function editAllowed(visited: string, target: string): boolean {
  if (visited.length < MIN_EDIT_LABEL - 1 || target.length < MIN_EDIT_LABEL) return false;
  if (visited === target) return false;
  if (visited[0] !== target[0]) return false;
  if (stripTrailingDigits(visited) === stripTrailingDigits(target)) return false;
  // The same name in singular or plural is another ordinary name (`20minute`, `secretservices`).
  if (visited === `${target}s` || target === `${visited}s`) return false;
  return true;
}

/** The "shape" of a protected label for the quick reject above: first character and length. */
export function shapeKey(first: string, length: number): string {
  return `${first}${length}`;
}

export interface EditMatch {
  label: string;
  edit: EditKind;
}

function pushEdit(out: EditMatch[], visited: string, label: string, edit: EditKind): void {
  if (out.some((m) => m.label === label) || !editAllowed(visited, label)) return;
  out.push({ label, edit });
}

/**
 * Protected labels within one edit of `visited`, with the kind of edit. `labels` holds the
 * protected labels; `deletionIndex` maps each deletion to the labels (and positions) it came from.
 */
export function findEdits(
  visited: string,
  labels: ReadonlyMap<string, unknown>,
  deletionIndex: ReadonlyMap<string, readonly DeletionEntry[]>,
  shapes?: ReadonlySet<string>,
): EditMatch[] {
  const out: EditMatch[] = [];
  if (visited.length < MIN_EDIT_LABEL - 1 || visited.length > 63) return out;
  // One edit changes the length by at most one and (guard) never the first character: a label
  // with no protected label of the same first character and a neighbouring length (random
  // redirect names, long compounds) costs three Set lookups and nothing more.
  if (shapes !== undefined) {
    const c = visited[0] as string;
    const n = visited.length;
    if (!shapes.has(shapeKey(c, n - 1)) && !shapes.has(shapeKey(c, n)) && !shapes.has(shapeKey(c, n + 1))) return out;
  }

  // Omission: the visited label is a deletion of a protected label.
  for (const entry of deletionIndex.get(visited) ?? []) pushEdit(out, visited, entry.label, 'omission');

  // From 1: removing the first character of the visited label changes its first character
  // (repeating the first character is found at position 1).
  for (let i = 1; i < visited.length; i++) {
    const without = visited.slice(0, i) + visited.slice(i + 1);
    // One character more than a protected label.
    if (labels.has(without)) {
      const ch = visited[i];
      pushEdit(out, visited, without, ch === visited[i - 1] || ch === visited[i + 1] ? 'repetition' : 'insertion');
    }
    // Same length: replacement or transposition.
    for (const entry of deletionIndex.get(without) ?? []) {
      if (entry.label.length !== visited.length) continue;
      if (entry.pos === i) {
        pushEdit(out, visited, entry.label, 'replacement');
      } else if (Math.abs(entry.pos - i) === 1) {
        const a = Math.min(i, entry.pos);
        const swapped = visited.slice(0, a) + visited[a + 1] + visited[a] + visited.slice(a + 2);
        if (swapped === entry.label) pushEdit(out, visited, entry.label, 'transposition');
      }
    }
  }
  return out;
}
