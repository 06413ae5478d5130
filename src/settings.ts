// The one place a run's settings are decided: presets, rules switched off and back on, rule options,
// the caller's rules, language, view, allow list and output. `strip`, `prepare`, `activeRules`, the
// CLI's --print-config and `pith rules` all read them from here, so what is printed is what runs.
// A JSONL record's settings (which members hold the text and id, annotate or clean) are decided
// here too (`resolveRecordSettings`), for `cleanRecord`.

import { builtinRules } from './rules/index.js';
import { PRESETS } from './rules/presets.js';
import type { Rule, RuleOptions } from './rules/rule.js';
import type { CommentPolicy, Preset, TextView } from './types.js';
import type { StripOptions } from './options.js';
import type { EnginePath } from './engine/tuning.js';
import type { RepeatedLines } from './records/line-counts.js';

export interface RunSettings {
  preset: Preset;
  /** The rules that run, in order, each with its options (defaults, then the preset's, then the caller's). */
  rules: Rule[];
  /** A language code, or undefined: detected from the text. */
  language: string | undefined;
  view: TextView | 'auto';
  allow: readonly string[];
  comments: CommentPolicy;
  markdown: boolean;
  originalLines: boolean;
  /** The engine's path (engine/tuning.ts): 'auto' unless pinned. */
  engine: EnginePath;
  /** Lines counted across documents (`StripOptions.repeatedLines`), or undefined. */
  repeatedLines: RepeatedLines | undefined;
}

export function resolveSettings(options: StripOptions = {}): RunSettings {
  const preset = options.preset ?? 'balanced';
  const presetSettings = PRESETS[preset];
  const disabled = new Set([...presetSettings.disable, ...(options.disable ?? [])]);
  for (const id of options.enable ?? []) disabled.delete(id);
  const settings: Record<string, RuleOptions> = { ...presetSettings.ruleOptions };
  for (const [id, own] of Object.entries(options.ruleOptions ?? {})) settings[id] = { ...settings[id], ...own };
  // The caller's rules first: within a phase the first rule to decide a block wins, and a user's house rules are more specific.
  const rules = [...(options.rules ?? []), ...builtinRules]
    .filter((rule) => !disabled.has(rule.id))
    .map((rule) => (settings[rule.id] ? { ...rule, options: { ...rule.options, ...settings[rule.id] } } : rule));
  return {
    preset,
    rules,
    language: options.language || undefined,
    view: options.view ?? 'auto',
    allow: options.allow ?? [],
    comments: options.comments ?? 'drop',
    markdown: options.markdown ?? false,
    originalLines: options.originalLines ?? false,
    engine: options.engine ?? 'auto',
    repeatedLines: options.repeatedLines,
  };
}

/** What a caller may say about JSONL records (`cleanRecord`); absent keys take the defaults below. */
export interface RecordOptions {
  /** The member holding the text; default "text". */
  textKey?: string;
  /** The member holding the record's id (for messages and error lines); default "id". */
  idKey?: string;
  /** Where the cleaned text goes; default: in place of the text. */
  outputKey?: string;
  /** Keep the text as it is and only add the spans (Dolma's attributes: tag, don't delete). */
  annotate?: boolean;
  /** No line for a record whose cleaned text is empty (alignment with the input is then lost). */
  dropEmpty?: boolean;
  /** A longer text is passed through untouched with an error note; default DEFAULT_MAX_DOC_CHARS. */
  maxDocChars?: number;
}

/**
 * Twice Common Crawl's truncation of a WARC payload (1 MiB): no real page is refused, and one
 * document's cost (time and memory) stays bounded.
 */
export const DEFAULT_MAX_DOC_CHARS = 2_000_000;

export type RecordSettings = Required<RecordOptions>;

export function resolveRecordSettings(options: RecordOptions = {}): RecordSettings {
  const textKey = options.textKey ?? 'text';
  return {
    textKey,
    idKey: options.idKey ?? 'id',
    outputKey: options.outputKey ?? textKey,
    annotate: options.annotate ?? false,
    dropEmpty: options.dropEmpty ?? false,
    maxDocChars: options.maxDocChars ?? DEFAULT_MAX_DOC_CHARS,
  };
}
