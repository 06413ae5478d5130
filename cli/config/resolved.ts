// A config as the cleaning code needs it: plain data (it crosses to worker threads), turned into
// the library's StripOptions where a file is cleaned. Kept free of the loaders and the schema so
// that workers and the stdin path load nothing heavy.

import { userRule, type UserRuleData } from '../../src/rules/user-rules.js';
import type { RuleOptions } from '../../src/rules/rule.js';
import type { CommentPolicy, Preset, TextView } from '../../src/types.js';
import type { StripOptions } from '../../src/options.js';
import type { EnginePath } from '../../src/engine/tuning.js';
import type { RecordOptions } from '../../src/settings.js';
import type { LineCounts } from '../../src/records/line-counts.js';

export interface ResolvedConfig {
  /** The config file, or null when none applies. */
  file: string | null;
  preset?: Preset;
  /** A language code pith has stopwords for (./language.ts); none means detect it. */
  language?: string;
  view?: TextView;
  /** Reader comments: drop (the library's default) or keep. */
  comments?: CommentPolicy;
  disable: string[];
  enable: string[];
  ruleOptions: Record<string, RuleOptions>;
  customRules: UserRuleData[];
  allow: string[];
  /** The engine's path, pinned by PITH_ENGINE (no config file sets it). */
  engine?: EnginePath;
  /** JSONL records: which members hold the text and id, where the cleaned text goes (config `records`, --text-key...). */
  records?: RecordOptions;
  /** Lines in at least this many documents of the run are chrome (config `dedupeLines`, --dedupe-lines[=K]); absent: off. */
  dedupeLines?: number;
}

export function emptyConfig(): ResolvedConfig {
  return { file: null, disable: [], enable: [], ruleOptions: {}, customRules: [], allow: [] };
}

/** `counts`: the run's line counts (--dedupe-lines, --repeated-lines), read where the config asks for them. */
export function stripOptionsFor(config: ResolvedConfig, counts?: LineCounts): StripOptions {
  return {
    ...(config.dedupeLines !== undefined && counts ? { repeatedLines: counts.repeatedFrom(config.dedupeLines) } : {}),
    disable: config.disable,
    enable: config.enable,
    ruleOptions: config.ruleOptions,
    rules: config.customRules.map(userRule),
    allow: config.allow,
    ...(config.preset ? { preset: config.preset } : {}),
    ...(config.language ? { language: config.language } : {}),
    ...(config.view ? { view: config.view } : {}),
    ...(config.comments ? { comments: config.comments } : {}),
    ...(config.engine ? { engine: config.engine } : {}),
  };
}
