// Mutants of a rule, for the mutation check (scripts/mutate.mjs, __tests__/src/rules/mutation.test.ts): the rule
// with its verdicts flipped (kept <-> dropped) or relabelled (another role or chrome category). A
// test suite that pins behaviour fails on each; one that only asks "did the rule say something"
// does not.

import type { ChromeCategory, Role } from '../types.js';
import type { BlockRule, DocumentVerdicts, Rule, RuleVerdict } from './rule.js';
import { phraseVerdict } from '../engine/phrase-matcher.js';

export type MutationKind = 'flip' | 'relabel';
export const MUTATION_KINDS: readonly MutationKind[] = ['flip', 'relabel'];

const OTHER_ROLE: Readonly<Record<Exclude<Role, 'chrome'>, Exclude<Role, 'chrome'>>> = {
  title: 'body',
  standfirst: 'body',
  byline: 'dateline',
  dateline: 'byline',
  caption: 'body',
  body: 'caption',
  comment: 'body',
};

function otherCategory(category: ChromeCategory | undefined): ChromeCategory {
  return category === 'other' ? 'navigation' : 'other';
}

export function mutateVerdict(verdict: RuleVerdict, kind: MutationKind): RuleVerdict {
  const reason = `${verdict.reason} (mutant: ${kind})`;
  if (kind === 'flip') {
    return verdict.kept
      ? { ...verdict, kept: false, role: 'chrome', category: 'other', reason }
      : { kept: true, role: 'body', reason, ...(verdict.certainty ? { certainty: verdict.certainty } : {}) };
  }
  if (verdict.kept) return { ...verdict, role: OTHER_ROLE[verdict.role as Exclude<Role, 'chrome'>] ?? 'body', reason };
  return { ...verdict, category: otherCategory(verdict.category), reason };
}

/**
 * `rule` with every verdict it gives mutated; same id, phase and limits (a phrase rule's mutant is a
 * block rule around its compiled form).
 */
export function mutant(rule: Rule, kind: MutationKind): Rule {
  if (rule.kind === 'phrase') {
    const { phrases: _phrases, ...meta } = rule;
    const mutated: BlockRule = {
      ...meta,
      kind: 'block',
      test(block) {
        const verdict = phraseVerdict(rule, block);
        return verdict && mutateVerdict(verdict, kind);
      },
    };
    return mutated;
  }
  if (rule.kind === 'block') {
    return {
      ...rule,
      test(block, context) {
        const verdict = rule.test(block, context);
        return verdict && mutateVerdict(verdict, kind);
      },
    };
  }
  return {
    ...rule,
    apply(context) {
      const verdicts = rule.apply(context);
      const mutated: DocumentVerdicts = {
        get: (index) => {
          const verdict = verdicts.get(index);
          return verdict && mutateVerdict(verdict, kind);
        },
        forEach: (callback) => verdicts.forEach((verdict, index) => callback(mutateVerdict(verdict, kind), index)),
      };
      return mutated;
    },
  };
}

/** The rule set with `id`'s rule replaced by its mutant. */
export function mutatedSet(rules: readonly Rule[], id: string, kind: MutationKind): Rule[] {
  return rules.map((rule) => (rule.id === id ? mutant(rule, kind) : rule));
}
