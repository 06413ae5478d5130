// Finding, reading and validating config files, the way ESLint and prettier do: the config nearest
// to each file (.pithrc.json, .pithrc.yaml, .pithrc.yml, pith.config.mjs, pith.config.js,
// package.json#pith), or one given with --config, or none with --no-config. lilconfig loads them
// (its loaders, plus YAML); a bad config is one line naming the file, the key path and the reason.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { LilconfigResult, Loader } from 'lilconfig';

// lilconfig is CommonJS: require() skips the ESM loader's export scan (start-up time).
const { defaultLoaders, lilconfig } = createRequire(import.meta.url)('lilconfig') as typeof import('lilconfig');
import { builtinRules } from '../../src/index.js';
import type * as v from 'valibot';
import type { RuleOptions } from '../../src/rules/rule.js';
import { emptyConfig, withCliOverrides, type CliOverrides, type ResolvedConfig } from './resolved.js';

export const SEARCH_PLACES = ['package.json', '.pithrc.json', '.pithrc.yaml', '.pithrc.yml', 'pith.config.mjs', 'pith.config.js'];

export class ConfigError extends Error {}

function firstLine(error: unknown): string {
  // Parsers put a code frame after the first line ("... at line 1, column 17:\n  rules: [...").
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim().replace(/:$/, '');
}

const loadYaml: Loader = async (_file, content) => (await import('yaml')).parse(content) as unknown;

/** A loader whose failure (bad JSON, bad YAML, a throwing .mjs) is a one-line error naming the file. */
function naming(loader: Loader): Loader {
  return async (file, content) => {
    try {
      return await loader(file, content);
    } catch (error) {
      throw new ConfigError(`${file}: ${firstLine(error)}`);
    }
  };
}

const explorer = lilconfig('pith', {
  searchPlaces: SEARCH_PLACES,
  loaders: { '.json': naming(defaultLoaders['.json']!), '.mjs': naming(defaultLoaders['.mjs']!), '.js': naming(defaultLoaders['.js']!), '.yaml': naming(loadYaml), '.yml': naming(loadYaml) },
});

/** `customRules[0].patterns[1]` from valibot's path keys. */
function keyPath(keys: readonly unknown[]): string {
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

/**
 * The issue to report and its full key path. A union's own message is vague ("expected a or b");
 * the branch that got furthest into the value (its path is relative to the union's) says what is wrong.
 */
function explain(issue: v.BaseIssue<unknown>, parentKeys: readonly unknown[] = []): { message: string; keys: unknown[] } {
  const keys = [...parentKeys, ...(issue.path?.map((item) => item.key) ?? [])];
  const inner = issue.issues?.reduce((best, candidate) => ((candidate.path?.length ?? 0) > (best.path?.length ?? 0) ? candidate : best));
  return inner?.path?.length ? explain(inner, keys) : { message: issue.message, keys };
}

/** Validates `data` (a config file's content) and turns it into a ResolvedConfig; throws a one-line ConfigError. */
export async function resolveConfig(file: string, data: unknown): Promise<ResolvedConfig> {
  const { safeParse } = await import('valibot');
  const { configSchema } = await import('./schema.js');
  const parsed = safeParse(configSchema, data ?? {});
  if (!parsed.success) {
    const { message, keys } = explain(parsed.issues[0]);
    const path = keyPath(keys);
    throw new ConfigError(`${file}: ${path ? `${path}: ` : ''}${message}`);
  }
  const config = parsed.output;
  const builtinIds = new Set(builtinRules.map((rule) => rule.id));
  const seen = new Set<string>();
  for (const [i, rule] of (config.customRules ?? []).entries()) {
    if (builtinIds.has(rule.id) || seen.has(rule.id)) throw new ConfigError(`${file}: customRules[${i}].id: "${rule.id}" is already a rule id`);
    if (!rule.phrases?.length && !rule.patterns?.length) throw new ConfigError(`${file}: customRules[${i}]: give phrases or patterns`);
    seen.add(rule.id);
  }
  const resolved = emptyConfig();
  resolved.file = file;
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (setting === 'off') resolved.disable.push(id);
    else resolved.enable.push(id);
    if (typeof setting === 'object') resolved.ruleOptions[id] = setting as RuleOptions;
  }
  resolved.customRules = (config.customRules ?? []).map((rule) => ({ ...rule }));
  resolved.allow = config.allow ?? [];
  if (config.preset) resolved.preset = config.preset;
  if (config.language) resolved.language = config.language;
  return resolved;
}

async function fromResult(result: LilconfigResult): Promise<ResolvedConfig> {
  if (!result) return emptyConfig();
  return resolveConfig(result.filepath, result.isEmpty ? {} : result.config);
}

function hasPithKey(packageJson: string): boolean {
  try {
    return (JSON.parse(readFileSync(packageJson, 'utf8')) as { pith?: unknown }).pith !== undefined;
  } catch {
    return false; // a broken package.json is not ours to report
  }
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
    private readonly cli: CliOverrides,
  ) {}

  /** The index of the config for `file` ("-" for stdin: searched from the current folder). */
  forFile(file: string): Promise<number> {
    if (this.choice.kind === 'none') return this.register('<none>', async () => emptyConfig());
    const configFile = this.choice.kind === 'file' ? resolve(this.choice.file) : this.nearest(file === '-' ? process.cwd() : dirname(resolve(file)));
    return configFile ? this.register(configFile, () => this.load(configFile)) : this.register('<none>', async () => emptyConfig());
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

  private async load(configFile: string): Promise<ResolvedConfig> {
    let result: LilconfigResult;
    try {
      result = await explorer.load(configFile);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new ConfigError(`${configFile}: ${code === 'ENOENT' ? 'no such file' : firstLine(error)}`);
    }
    return fromResult(result);
  }

  private register(key: string, make: () => Promise<ResolvedConfig>): Promise<number> {
    let index = this.byFile.get(key);
    if (!index) {
      index = make().then((config) => this.configs.push(withCliOverrides(config, this.cli)) - 1);
      this.byFile.set(key, index);
    }
    return index;
  }
}
