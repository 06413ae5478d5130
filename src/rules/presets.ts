// The one knob: --preset precision|balanced|recall. A preset is rule settings, nothing more: how sure
// the learned trees must be before a block counts as article text, and which kept roles are worth
// the risk. Figures for each are in README.md ("Presets").

import type { Preset } from '../types.js';
import type { RuleOptions } from './rule.js';

export interface PresetSettings {
  description: string;
  /** Rules switched off (a user's `enable` switches them back on). */
  disable: readonly string[];
  /** Rule options; a user's own settings for a rule win over these. */
  ruleOptions: Readonly<Record<string, RuleOptions>>;
}

export const PRESETS: Readonly<Record<Preset, PresetSettings>> = {
  balanced: {
    description: 'the best F1: keeps what is more likely article text than not',
    disable: [],
    ruleOptions: {},
  },
  precision: {
    description: 'keeps only what is very likely article text; drops bylines, datelines and standfirsts',
    disable: ['standfirst', 'article-metadata'],
    ruleOptions: { 'learned-classifier': { good: 0.85, nearGood: 0.7, short: 0.5 } },
  },
  recall: {
    description: 'keeps anything that might be article text',
    disable: [],
    ruleOptions: { 'learned-classifier': { good: 0.45, nearGood: 0.3, short: 0.1 } },
  },
};
