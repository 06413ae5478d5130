// The one place a run's settings are decided: presets, rules switched off and back on, rule options,
// the caller's rules, language, view, allow list and output. `strip`, `prepare`, `activeRules`, the
// CLI's --print-config and `pith rules` all read them from here, so what is printed is what runs.

import { builtinRules } from './rules/index.js';
import { PRESETS } from './rules/presets.js';
import type { Rule, RuleOptions } from './rules/rule.js';
import type { CommentPolicy, Preset, TextView } from './types.js';
import type { StripOptions } from './options.js';
import type { EnginePath } from './engine/tuning.js';

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
  };
}
