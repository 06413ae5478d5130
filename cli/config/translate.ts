// From command-line flags to settings in a config file's terms (ESLint's translate-cli-options):
// the one place a flag that reaches the engine is named. A flag's setting wins over the same key in
// a config file (./resolver.ts applies it on top of each file's config).

import type { CleanOptions } from '../options.js';
import type { ResolvedConfig } from './resolved.js';
import { AUTO_LANGUAGE } from './language.js';
import { ENGINE_PATHS } from '../../src/engine/tuning.js';

/** The settings the command line gives; absent keys leave a config file's value. */
export type FlagSettings = Partial<Pick<ResolvedConfig, 'preset' | 'language' | 'view' | 'comments' | 'disable' | 'engine'>>;

/** `env`: PITH_ENGINE=js|wasm|auto pins the engine's path (for tests and debugging; the decisions are the same). */
export function translateFlags(flags: CleanOptions, env: Readonly<Record<string, string | undefined>> = {}): FlagSettings {
  const engine = ENGINE_PATHS.find((path) => path === env.PITH_ENGINE);
  return {
    ...(engine ? { engine } : {}),
    ...(flags.disable?.length ? { disable: flags.disable } : {}),
    ...(flags.preset ? { preset: flags.preset } : {}),
    ...(flags.lang ? { language: flags.lang } : {}),
    ...(flags.view && flags.view !== 'auto' ? { view: flags.view } : {}),
    ...(flags.comments ? { comments: flags.comments } : {}),
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
  };
  if (merged.language === AUTO_LANGUAGE) delete merged.language; // --lang auto: detect, whatever the config says
  return merged;
}
