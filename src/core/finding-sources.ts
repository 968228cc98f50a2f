/**
 * A finding's sources: whose they are (Unmask's or only the person's own lists), and which are its
 * evidence and which are context. A lookalike or a claimed
 * outlet name that no campaign is known to own is Unmask's own finding: nobody documented this
 * address. Its `sources` are the reports in which the imitated outlet was impersonated before
 * (ProtectedOutlet.impersonatedIn): they say why the outlet is protected, not who runs this
 * address. Citing them as the finding's sources would make Meta or the Justice Department vouch for
 * a claim they never made, so every export and page labels them as context.
 */
import type { Finding, SourceRef } from './types';

/** True when a finding's sources are the imitated outlet's history, not evidence about the target. */
export function sourcesAreContext(finding: Pick<Finding, 'reason' | 'campaign'>): boolean {
  return (finding.reason === 'lookalike-domain' || finding.reason === 'claims-outlet-name') && !finding.campaign;
}

/** The sources that document the finding itself (empty for Unmask's own detection). */
export function evidenceSources(finding: Pick<Finding, 'reason' | 'campaign' | 'sources'>): SourceRef[] {
  return sourcesAreContext(finding) ? [] : finding.sources;
}

/** Reports that the imitated outlet was impersonated before: context, never evidence. */
export function contextSources(finding: Pick<Finding, 'reason' | 'campaign' | 'sources'>): SourceRef[] {
  return sourcesAreContext(finding) ? finding.sources : [];
}

/**
 * True when every source of a finding comes from the person's own lists (SourceRef.list, set when a
 * custom list is merged): the claim is theirs, not Unmask's, so Unmask's maintainers cannot correct
 * it. A finding with no sources (a lookalike of an outlet never imitated before) is Unmask's.
 */
export function isOwnListFinding(finding: Finding): boolean {
  return finding.sources.length > 0 && finding.sources.every((s) => typeof s.list === 'string');
}
