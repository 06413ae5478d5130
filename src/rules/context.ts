// Helpers for context rules: how the decisions so far classify a block, in jusText's terms.

import type { Decision } from './rule.js';

/** jusText's classes, read off a decision: kept/dropped and how sure. */
export type TextClass = 'good' | 'near-good' | 'short' | 'bad';

export function classOf(decision: Decision | undefined): TextClass {
  if (!decision) return 'short';
  const { kept } = decision.verdict;
  if (decision.certainty === 'unsure') return kept ? 'near-good' : 'short';
  return kept ? 'good' : 'bad';
}

/** A block decided, for now, as kept article text (body or standfirst) read with some confidence. */
export function isBody(decision: Decision | undefined): boolean {
  return decision !== undefined && classOf(decision) === 'good' && (decision.verdict.role === 'body' || decision.verdict.role === 'standfirst');
}
