/**
 * Detector 5: machine-rewrite leftovers in the page text ("As an AI language model", a prompt
 * echoed into a CopyCop article). A weak sign on its own: `low`, and only with sensitivity `text`.
 *
 * One pass: the text sample (capped at 300 KB) is lower-cased and whitespace-collapsed once, then
 * each phrase (normalised the same way at load) is an `indexOf`. With tens of phrases this is a few
 * hundred µs on 300 KB; should the phrase list grow to thousands, an Aho-Corasick automaton would
 * replace the loop without changing this interface.
 * The extractor excludes quotes and code, so a research page quoting a leftover does not carry it
 * in `signals.text`; and `low` never becomes more than `low`.
 */
import type { Finding, JudgeOptions, TextArtifact } from '../types';
import { artifactSummary } from '../summaries';
import { type Catalog, campaignRef, sourceRefs, withCampaign } from './catalog';

export const MAX_TEXT = 300 * 1024;

export interface ArtifactIndex {
  phrases: { artifact: TextArtifact; needle: string }[];
}

export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

export function buildArtifactIndex(artifacts: readonly TextArtifact[]): ArtifactIndex {
  const phrases: ArtifactIndex['phrases'] = [];
  for (const artifact of artifacts) {
    if (!artifact || typeof artifact.phrase !== 'string') continue;
    const needle = normalizeText(artifact.phrase).trim();
    // Very short phrases would match ordinary prose.
    if (needle.length >= 8) phrases.push({ artifact, needle });
  }
  return { phrases };
}

export function detectArtifacts(index: ArtifactIndex, catalog: Catalog, text: unknown, options: JudgeOptions): Finding[] {
  if (typeof text !== 'string' || text === '' || index.phrases.length === 0) return [];
  const haystack = normalizeText(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  const out: Finding[] = [];
  for (const { artifact, needle } of index.phrases) {
    if (haystack.indexOf(needle) < 0) continue;
    const campaigns = (artifact.campaigns ?? []).filter((c) => !options.disabledCampaigns?.includes(c));
    if (artifact.campaigns?.length && campaigns.length === 0) continue;
    const sources = sourceRefs(catalog, artifact.sources);
    const campaignId = campaigns[0];
    const finding: Finding = {
      reason: 'rewrite-artifact',
      level: 'low',
      summary: artifactSummary(artifact.phrase, campaignId ? campaignRef(catalog, campaignId).name : 'influence operation', sources),
      evidence: { phrase: artifact.phrase },
      sources,
    };
    out.push(campaignId ? withCampaign(catalog, finding, campaignId) : finding);
  }
  return out;
}
