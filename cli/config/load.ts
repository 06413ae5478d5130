// Reading and validating one config file (found by ./resolver.ts): lilconfig's loaders, plus YAML;
// a bad config is one line naming the file, the key path and the reason.

import { createRequire } from 'node:module';
import type { LilconfigResult, Loader } from 'lilconfig';

// lilconfig is CommonJS: require() skips the ESM loader's export scan (start-up time).
const { defaultLoaders, lilconfig } = createRequire(import.meta.url)('lilconfig') as typeof import('lilconfig');
import { builtinRules } from '../../src/index.js';
import type * as v from 'valibot';
import type { RuleOptions } from '../../src/rules/rule.js';
import { emptyConfig, type ResolvedConfig } from './resolved.js';
import { ConfigError, SEARCH_PLACES } from './resolver.js';

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

/** Reads, validates and resolves one config file; throws a one-line ConfigError. */
export async function loadConfigFile(configFile: string): Promise<ResolvedConfig> {
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
