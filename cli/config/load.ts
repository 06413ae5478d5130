// Reading and validating one config file (found by ./resolver.ts): JSON, YAML, an ES module's
// default export, or package.json's "pith" key. A bad config (one that does not parse, is empty,
// holds something other than an object of settings, or has a bad setting) is one line naming the
// file, the key path and the reason.

import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinRules } from '../../src/index.js';
import type * as v from 'valibot';
import type { RuleOptions } from '../../src/rules/rule.js';
import { AUTO_LANGUAGE } from './language.js';
import { emptyConfig, type ResolvedConfig } from './resolved.js';
import { ConfigError, parseJsonFile } from './config-error.js';

function firstLine(error: unknown): string {
  // Parsers put a code frame after the first line ("... at line 1, column 17:\n  rules: [...").
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim().replace(/:$/, '');
}

type Format = 'json' | 'yaml' | 'module' | 'package.json';

const FORMATS: Readonly<Record<string, Format>> = {
  '.json': 'json',
  '': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.mjs': 'module',
  '.js': 'module',
  '.cjs': 'module',
};

/** What a file of each format must hold, for "found an array" and the like. */
const WANTED: Readonly<Record<Format, string>> = {
  json: 'must hold an object (a JSON object of settings)',
  yaml: 'must hold a mapping of settings (key: value lines)',
  module: 'must export an object of settings (export default { ... })',
  'package.json': '"pith" must hold an object of settings',
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown, format: Format): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return format === 'yaml' ? 'a list' : 'an array';
  return `a ${typeof value}`;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${file}: ${code === 'ENOENT' ? 'no such file' : firstLine(error)}`);
  }
}

async function parseYaml(file: string, content: string): Promise<unknown> {
  const { parseDocument } = await import('yaml');
  const document = parseDocument(content);
  if (document.errors.length) throw new ConfigError(`${file}: ${firstLine(document.errors[0])}`);
  // Comments alone are as empty as no text: no settings were written.
  if (document.contents === null) throw new ConfigError(`${file}: empty config file`);
  return document.toJS() as unknown;
}

/**
 * `file:line:column` for a syntax error in `file`, or undefined when the file itself parses (the
 * error is in a module it imports, or was thrown as it ran). Node's ESM loader keeps the position
 * off the error object (only an uncaught error prints it), so `node --check` parses the file again:
 * its report opens with `file:LINE`, then the source line and a caret under the column.
 */
function syntaxErrorAt(file: string): string | undefined {
  const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
  if (check.status === 0 || typeof check.stderr !== 'string') return undefined;
  // The report names the file by its real path (symbolic links resolved): only its line number is read.
  const [where = '', , caret = ''] = check.stderr.split('\n');
  const line = /:(\d+)$/.exec(where)?.[1];
  if (!line) return undefined;
  const column = caret.indexOf('^');
  return column >= 0 ? `${file}:${line}:${column + 1}` : `${file}:${line}`;
}

/**
 * An ES module's (or CommonJS module's) default export. Imported directly: lilconfig's loader
 * retried a failed import with require(), whose "not yet fully loaded" error hid the real one.
 */
async function importDefault(file: string): Promise<unknown> {
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    const where = error instanceof SyntaxError ? (syntaxErrorAt(file) ?? file) : file;
    throw new ConfigError(`${where}: ${String(error).split('\n')[0]!.trim()}`);
  }
  if (!('default' in module)) throw new ConfigError(`${file}: has no default export (export default { ... })`);
  return module.default;
}

/** The settings a config file holds, checked to be an object; throws a one-line ConfigError. */
async function readSettings(file: string): Promise<unknown> {
  const format: Format | undefined = basename(file) === 'package.json' ? 'package.json' : FORMATS[extname(file)];
  if (!format)
    throw new ConfigError(`${file}: unsupported config file type "${extname(file)}" (use .json, .yaml, .yml, .mjs, .js or package.json)`);
  const content = (await readText(file)).replace(/^\uFEFF/, '');
  let settings: unknown;
  if (format === 'package.json') {
    const packageJson = parseJsonFile(file, content);
    if (!isObject(packageJson) || !('pith' in packageJson)) throw new ConfigError(`${file}: no "pith" key`);
    settings = packageJson.pith;
  } else {
    if (content.trim() === '') throw new ConfigError(`${file}: empty config file`);
    if (format === 'module') settings = await importDefault(file);
    else if (format === 'yaml') settings = await parseYaml(file, content);
    else settings = parseJsonFile(file, content);
  }
  if (!isObject(settings)) throw new ConfigError(`${file}: ${WANTED[format]}, found ${kindOf(settings, format)}`);
  return settings;
}

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

/** Validates `data` (a config file's settings) and turns it into a ResolvedConfig; throws a one-line ConfigError. */
export async function resolveConfig(file: string, data: unknown): Promise<ResolvedConfig> {
  const { safeParse } = await import('valibot');
  const { configSchema } = await import('./schema.js');
  const parsed = safeParse(configSchema, data);
  if (!parsed.success) {
    const { message, keys } = explain(parsed.issues[0]);
    const path = keyPath(keys);
    throw new ConfigError(`${file}: ${path ? `${path}: ` : ''}${message}`);
  }
  const config = parsed.output;
  const builtinIds = new Set(builtinRules.map((rule) => rule.id));
  const seen = new Set<string>();
  for (const [i, rule] of (config.customRules ?? []).entries()) {
    if (builtinIds.has(rule.id) || seen.has(rule.id))
      throw new ConfigError(`${file}: customRules[${i}].id: "${rule.id}" is already a rule id`);
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
  if (config.comments) resolved.comments = config.comments;
  if (config.language && config.language !== AUTO_LANGUAGE) resolved.language = config.language;
  if (config.records) resolved.records = { ...config.records };
  if (config.dedupeLines !== undefined) resolved.dedupeLines = config.dedupeLines;
  return resolved;
}

/** Reads, validates and resolves one config file; throws a one-line ConfigError. */
export async function loadConfigFile(configFile: string): Promise<ResolvedConfig> {
  return resolveConfig(configFile, await readSettings(configFile));
}
