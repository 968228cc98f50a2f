/**
 * The judgement core, for the background, the CLI and tests: build an engine once from the
 * compiled lists, then ask it for verdicts. Pure TypeScript, no browser APIs.
 */
export { createEngine, TargetError, targetUrl } from './engine';
export { parseProfile, type ProfileRef } from './handles';
export { describeProfile } from './summaries';
export { levelRank, maxLevel, atLeast, verdictLevel, sortFindings } from './levels';
export type * from './types';
export { LEVELS, ROLES } from './types';
