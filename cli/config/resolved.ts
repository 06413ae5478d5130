// A config as the cleaning code needs it: plain data (it crosses to worker threads), turned into
// the library's StripOptions where a file is cleaned. Kept free of the loaders and the schema so
// that workers and the stdin path load nothing heavy.

import { userRule, type UserRuleData } from '../../src/rules/user-rules.js';
import type { RuleOptions } from '../../src/rules/rule.js';
import type { Preset, StripOptions, TextView } from '../../src/types.js';
import type { EnginePath } from '../../src/engine/tuning.js';
import { AUTO_LANGUAGE } from './language.js';

export interface ResolvedConfig {
  /** The config file, or null when none applies. */
  file: string | null;
  preset?: Preset;
  /** A language code pith has stopwords for (./language.ts); none means detect it. */
  language?: string;
  view?: TextView;
  disable: string[];
  enable: string[];
  ruleOptions: Record<string, RuleOptions>;
  customRules: UserRuleData[];
  allow: string[];
  /** The engine path pinned by PITH_ENGINE (no config file sets it). */
  engine?: EnginePath;
}

export function emptyConfig(): ResolvedConfig {
  return { file: null, disable: [], enable: [], ruleOptions: {}, customRules: [], allow: [] };
}

/** Settings given on the command line; they win over a config file. */
export interface CliOverrides {
  disable: readonly string[];
  preset?: Preset;
  /** A language code, or `auto`, which detects the language even when the config names one. */
  language?: string;
  view?: TextView;
  /** PITH_ENGINE: pins the engine's path (js, wasm; auto: the default). */
  engine?: EnginePath;
}

/** --disable, --preset, --lang and --view on the command line win over a config. */
export function withCliOverrides(config: ResolvedConfig, cli: CliOverrides): ResolvedConfig {
  const { disable, preset, language, view, engine } = cli;
  const merged: ResolvedConfig = {
    ...config,
    disable: [...new Set([...config.disable, ...disable])],
    enable: config.enable.filter((id) => !disable.includes(id)),
    ...(preset ? { preset } : {}),
    ...(language ? { language } : {}),
    ...(view ? { view } : {}),
    ...(engine ? { engine } : {}),
  };
  if (merged.language === AUTO_LANGUAGE) delete merged.language;
  return merged;
}

export function stripOptionsFor(config: ResolvedConfig): StripOptions {
  return {
    disable: config.disable,
    enable: config.enable,
    ruleOptions: config.ruleOptions,
    rules: config.customRules.map(userRule),
    allow: config.allow,
    ...(config.preset ? { preset: config.preset } : {}),
    ...(config.language ? { language: config.language } : {}),
    ...(config.view ? { view: config.view } : {}),
    ...(config.engine ? { engine: config.engine } : {}),
  };
}
