// The config file's schema (valibot), built from the rule list so that every rule id and rule
// option is known: `rules` accepts exactly the built-in ids, and a rule's options exactly the
// names and types of its defaults. scripts/build-config-schema.mjs turns it into the JSON Schema
// editors use (schema/pith-config.schema.json).

import * as v from 'valibot';
import { isSafePattern } from 'redos-detector';
import { builtinRules, CHROME_CATEGORIES, COMMENT_POLICIES, MAX_COUNT } from '../../src/index.js';
import type { Rule, RuleOptionValue } from '../../src/rules/rule.js';
import { languageChoices, languageProblem } from './language.js';

const PRESETS = ['precision', 'balanced', 'recall'] as const;
const RULE_ID = /^[a-z0-9][a-z0-9-]*$/;
/** Milliseconds the ReDoS detector may spend on one pattern; a pattern it cannot clear in time is refused. */
const REDOS_TIMEOUT_MS = 500;

/** valibot calls a message function with the issue; `expected: 'never'` is a key the object does not allow. */
function unknownKey(what: string): (issue: v.BaseIssue<unknown>) => string {
  return (issue) => (issue.expected === 'never' ? `unknown ${what}` : `expected an object, got ${issue.received}`);
}

function optionSchema(value: RuleOptionValue) {
  if (typeof value === 'number') return v.pipe(v.number('expected a number'), v.finite('expected a finite number'));
  if (typeof value === 'boolean') return v.boolean('expected true or false');
  if (typeof value === 'string') return v.string('expected a string');
  return v.array(v.string('expected a string'), 'expected a list of strings');
}

/** "on", "off", or (for a rule with options) an object of options, which also switches it on. */
function ruleSetting(rule: Rule) {
  const onOff = v.picklist(['on', 'off'], `expected "on", "off"${rule.options ? ' or an object of options' : ''}`);
  const defaults = rule.options
    ? ` Options (defaults): ${Object.entries(rule.options)
        .map(([name, value]) => `${name} ${JSON.stringify(value)}`)
        .join(', ')}.`
    : '';
  const description = `${rule.description} (${rule.phase}, ${rule.targets})${defaults}`;
  if (!rule.options) return v.pipe(onOff, v.description<v.InferOutput<typeof onOff>, string>(description));
  const entries = Object.fromEntries(Object.entries(rule.options).map(([name, value]) => [name, v.optional(optionSchema(value))]));
  const options = v.strictObject(entries, unknownKey(`option of ${rule.id} (its options: ${Object.keys(rule.options).join(', ')})`));
  const setting = v.union([onOff, options], `expected "on", "off" or an object of options`);
  return v.pipe(setting, v.description<v.InferOutput<typeof setting>, string>(description));
}

export function compiles(source: string): boolean {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}

/** A pattern that does not compile is the `compiles` check's to report; one the detector cannot parse is not proven safe. */
export function isSafeRegex(source: string): boolean {
  if (!compiles(source)) return true;
  try {
    return isSafePattern(source, { unicode: true, timeout: REDOS_TIMEOUT_MS }).safe;
  } catch {
    return false;
  }
}

const pattern = v.pipe(
  v.string('expected a string'),
  v.check(compiles, (issue) => `not a valid regular expression: /${String(issue.input)}/`),
  v.check(
    isSafeRegex,
    (issue) =>
      `unsafe regular expression /${String(issue.input)}/: it can backtrack catastrophically (ReDoS); anchor it or avoid nested and overlapping repeats`,
  ),
);

const memberName = v.pipe(v.string('expected a string'), v.nonEmpty('expected a member name'));

const customRule = v.strictObject(
  {
    id: v.pipe(v.string('expected a string'), v.regex(RULE_ID, 'expected a rule id in lower-case-with-dashes')),
    category: v.picklist(CHROME_CATEGORIES, `expected one of ${CHROME_CATEGORIES.join(', ')}`),
    description: v.optional(v.string('expected a string')),
    phrases: v.optional(
      v.array(v.pipe(v.string('expected a string'), v.nonEmpty('expected a non-empty phrase')), 'expected a list of phrases'),
    ),
    patterns: v.optional(v.array(pattern, 'expected a list of regular expressions')),
  },
  unknownKey('key of a custom rule (id, category, description, phrases, patterns)'),
);

export const configSchema = v.strictObject(
  {
    $schema: v.optional(v.string()),
    preset: v.optional(v.picklist(PRESETS, `expected one of ${PRESETS.join(', ')}`)),
    language: v.optional(
      v.pipe(
        v.picklist(languageChoices(), (issue) => languageProblem(issue.input)!),
        v.description(
          'The language of the text: auto (detect it per document, the default) or the ISO 639-1 code of a language pith has stopwords for. --lang wins over it.',
        ),
      ),
    ),
    comments: v.optional(
      v.pipe(
        v.picklist(COMMENT_POLICIES, `expected one of ${COMMENT_POLICIES.join(', ')}`),
        v.description(
          "Reader comments under an article: drop (the default) or keep, as role 'comment' (their Reply buttons and vote counts still go). --comments wins over it.",
        ),
      ),
    ),
    dedupeLines: v.optional(
      v.pipe(
        v.number('expected a number'),
        v.integer('expected a whole number'),
        v.minValue(2, 'expected at least 2 (a line in one document is not repeated)'),
        v.maxValue(MAX_COUNT, `expected at most ${MAX_COUNT}`),
        v.description(
          "Lines found in at least this many documents of a run (JSONL records, WET records, or files) are chrome of category 'repeated' (rule repeated-line), unless long prose. Off when absent; --dedupe-lines[=K] wins over it.",
        ),
      ),
    ),
    rules: v.optional(
      v.strictObject(
        Object.fromEntries(builtinRules.map((rule) => [rule.id, v.optional(ruleSetting(rule))])),
        unknownKey('rule id (see pith rules)'),
      ),
    ),
    customRules: v.optional(v.array(customRule, 'expected a list of rules')),
    allow: v.optional(
      v.array(v.pipe(v.string('expected a string'), v.nonEmpty('expected a non-empty phrase')), 'expected a list of phrases'),
    ),
    records: v.optional(
      v.pipe(
        v.strictObject(
          {
            textKey: v.optional(memberName),
            idKey: v.optional(memberName),
            outputKey: v.optional(memberName),
            maxDocChars: v.optional(
              v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(1, 'expected at least 1')),
            ),
          },
          unknownKey('key of records (textKey, idKey, outputKey, maxDocChars)'),
        ),
        v.description(
          'JSONL and WET streams (--jsonl): the member holding the text (default "text"), the id (default "id"), where the cleaned text goes (default: in place of the text), the longest text cleaned (longer ones pass through untouched). The flags --text-key, --id-key, --output-key and --max-doc-chars win over it.',
        ),
      ),
    ),
  },
  unknownKey('key (known: preset, language, comments, dedupeLines, rules, customRules, allow, records)'),
);

export type PithConfig = v.InferOutput<typeof configSchema>;
