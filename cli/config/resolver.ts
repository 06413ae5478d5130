// Which config applies to each input, the way ESLint and prettier find it: the config nearest to
// each file (.pithrc.json, .pithrc.yaml, .pithrc.yml, pith.config.mjs, pith.config.js,
// package.json#pith), or one given with --config, or none with --no-config.
// Finding is a directory listing per folder; the loaders and the schema (./load.ts: YAML, valibot)
// are loaded only when a config file is found, so a run without one never pays for them.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { emptyConfig, type ResolvedConfig } from './resolved.js';
import { withFlags, type FlagSettings } from './translate.js';
import { ConfigError, parseJsonFile } from './config-error.js';

export { ConfigError };

export const SEARCH_PLACES = ['package.json', '.pithrc.json', '.pithrc.yaml', '.pithrc.yml', 'pith.config.mjs', 'pith.config.js'];

/**
 * Whether a package.json holds a "pith" key. One that does not parse is an error, as in prettier:
 * its "pith" key, if it has one, is the nearest config, and passing over it would silently apply
 * a config from further up, or none.
 */
function hasPithKey(packageJson: string): boolean {
  let content: string;
  try {
    content = readFileSync(packageJson, 'utf8');
  } catch {
    return false; // unreadable (a folder of that name, no permission): as a folder we cannot list
  }
  const data = parseJsonFile(packageJson, content);
  return typeof data === 'object' && data !== null && 'pith' in data;
}

export type ConfigChoice = { kind: 'search' } | { kind: 'none' } | { kind: 'file'; file: string };

/**
 * Gives each input the index of its config in `configs` (plain data, shared with the workers).
 * Searches once per folder.
 */
export class ConfigResolver {
  readonly configs: ResolvedConfig[] = [];
  private readonly byFile = new Map<string, Promise<number>>();
  private readonly nearestByFolder = new Map<string, string | null>();

  constructor(
    private readonly choice: ConfigChoice,
    private readonly flags: FlagSettings,
  ) {}

  /** The index of the config for `file` ("-" for stdin: searched from the current folder). */
  forFile(file: string): Promise<number> {
    if (this.choice.kind === 'none') return this.register('<none>', async () => emptyConfig());
    const configFile =
      this.choice.kind === 'file' ? resolve(this.choice.file) : this.nearest(file === '-' ? process.cwd() : dirname(resolve(file)));
    return configFile
      ? this.register(configFile, async () => (await import('./load.js')).loadConfigFile(configFile))
      : this.register('<none>', async () => emptyConfig());
  }

  /**
   * The nearest config file at or above `folder`, or null. One directory listing per folder, cached:
   * a batch over thousands of folders must not probe every search place in each.
   */
  private nearest(folder: string): string | null {
    const cached = this.nearestByFolder.get(folder);
    if (cached !== undefined) return cached;
    let names: Set<string>;
    try {
      names = new Set(readdirSync(folder));
    } catch {
      names = new Set();
    }
    const place = SEARCH_PLACES.find((name) => names.has(name) && (name !== 'package.json' || hasPithKey(join(folder, name))));
    const parent = dirname(folder);
    const found = place ? join(folder, place) : parent === folder ? null : this.nearest(parent);
    this.nearestByFolder.set(folder, found);
    return found;
  }

  private register(key: string, make: () => Promise<ResolvedConfig>): Promise<number> {
    let index = this.byFile.get(key);
    if (!index) {
      index = make().then((config) => this.configs.push(withFlags(config, this.flags)) - 1);
      this.byFile.set(key, index);
    }
    return index;
  }
}
