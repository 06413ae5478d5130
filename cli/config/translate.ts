// From command-line flags to settings in a config file's terms (ESLint's translate-cli-options):
// the one place a flag that reaches the engine is named. A flag's setting wins over the same key in
// a config file (./resolver.ts applies it on top of each file's config).

import type { CleanOptions } from '../options.js';
import type { ResolvedConfig } from './resolved.js';
import { AUTO_LANGUAGE } from './language.js';
import { ENGINE_PATHS } from '../../src/engine/tuning.js';
import type { RecordOptions } from '../../src/settings.js';
import { DEFAULT_REPEATED_DOCUMENTS } from '../../src/records/line-counts.js';

/** The settings the command line gives; absent keys leave a config file's value. */
export type FlagSettings = Partial<Pick<ResolvedConfig, 'preset' | 'language' | 'view' | 'comments' | 'disable' | 'engine' | 'records'>> & {
  /** --dedupe-lines=K, or true for a bare --dedupe-lines (or --repeated-lines): the config's K, else the default. */
  dedupeLines?: number | true;
};

/** The record flags given (--text-key, --annotate...): each wins over the config's `records` key of the same name. */
function recordFlags(flags: CleanOptions): RecordOptions | undefined {
  const records: RecordOptions = {
    ...(flags.textKey !== undefined ? { textKey: flags.textKey } : {}),
    ...(flags.idKey !== undefined ? { idKey: flags.idKey } : {}),
    ...(flags.outputKey !== undefined ? { outputKey: flags.outputKey } : {}),
    ...(flags.maxDocChars !== undefined ? { maxDocChars: flags.maxDocChars } : {}),
    ...(flags.annotate ? { annotate: true } : {}),
    ...(flags.dropEmpty ? { dropEmpty: true } : {}),
  };
  return Object.keys(records).length ? records : undefined;
}

/** `env`: PITH_ENGINE=js|wasm|auto pins the engine's path (for tests and debugging; the decisions are the same). */
export function translateFlags(flags: CleanOptions, env: Readonly<Record<string, string | undefined>> = {}): FlagSettings {
  const engine = ENGINE_PATHS.find((path) => path === env.PITH_ENGINE);
  const records = recordFlags(flags);
  const dedupe = flags.dedupeDocuments ?? (flags.dedupeLines || flags.repeatedLines !== undefined ? true : undefined);
  return {
    ...(records ? { records } : {}),
    ...(engine ? { engine } : {}),
    ...(flags.disable?.length ? { disable: flags.disable } : {}),
    ...(flags.preset ? { preset: flags.preset } : {}),
    ...(flags.lang ? { language: flags.lang } : {}),
    ...(flags.view && flags.view !== 'auto' ? { view: flags.view } : {}),
    ...(flags.comments ? { comments: flags.comments } : {}),
    ...(dedupe !== undefined ? { dedupeLines: dedupe } : {}),
  };
}

/** `config` with the command line's settings on top: flags win; --disable also undoes a config's enable. */
export function withFlags(config: ResolvedConfig, flags: FlagSettings): ResolvedConfig {
  const disable = flags.disable ?? [];
  const merged: ResolvedConfig = {
    ...config,
    disable: [...new Set([...config.disable, ...disable])],
    enable: config.enable.filter((id) => !disable.includes(id)),
    ...(flags.preset ? { preset: flags.preset } : {}),
    ...(flags.language ? { language: flags.language } : {}),
    ...(flags.view ? { view: flags.view } : {}),
    ...(flags.comments ? { comments: flags.comments } : {}),
    ...(flags.engine ? { engine: flags.engine } : {}),
    ...(flags.records ? { records: { ...config.records, ...flags.records } } : {}),
    ...(flags.dedupeLines !== undefined
      ? { dedupeLines: flags.dedupeLines === true ? (config.dedupeLines ?? DEFAULT_REPEATED_DOCUMENTS) : flags.dedupeLines }
      : {}),
  };
  if (merged.language === AUTO_LANGUAGE) delete merged.language; // --lang auto: detect, whatever the config says
  return merged;
}
