// A config as the cleaning code needs it: plain data (it crosses to worker threads), turned into
// the library's StripOptions where a file is cleaned. Kept free of the loaders and the schema so
// that workers and the stdin path load nothing heavy.

import { userRule, type UserRuleData } from '../../src/rules/user-rules.js';
import type { RuleOptions } from '../../src/rules/rule.js';
import type { Preset, StripOptions } from '../../src/types.js';

export interface ResolvedConfig {
  /** The config file, or null when none applies. */
  file: string | null;
  preset?: Preset;
  language?: string;
  disable: string[];
  enable: string[];
  ruleOptions: Record<string, RuleOptions>;
  customRules: UserRuleData[];
  allow: string[];
}

export function emptyConfig(): ResolvedConfig {
  return { file: null, disable: [], enable: [], ruleOptions: {}, customRules: [], allow: [] };
}

/** --disable on the command line wins over a config that switches the rule on. */
export function withCliDisable(config: ResolvedConfig, cliDisable: readonly string[]): ResolvedConfig {
  if (cliDisable.length === 0) return config;
  return { ...config, disable: [...new Set([...config.disable, ...cliDisable])], enable: config.enable.filter((id) => !cliDisable.includes(id)) };
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
  };
}
