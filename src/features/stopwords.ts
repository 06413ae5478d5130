// Stopword sets per language from stopwords-iso (58 languages, MIT), loaded once on first use.
// The build splits the package's single JSON file into one file per language
// (scripts/split-stopwords.mjs, dist/stopwords/), reached through package.json "imports"
// (#stopwords/*) from wherever this module runs: a run parses only the lists it uses, where
// parsing all of them cost ~4 ms of every start-up.

import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
// The CLI bundle (scripts/bundle-cli.mjs) sits at a known place beside the lists and says so at build
// time, which saves resolving package.json "imports" (~1 ms of a one-line run); elsewhere (dist/src,
// jest) "#stopwords/" finds them.
declare const PITH_STOPWORDS_DIR: string | undefined;
const STOPWORDS_DIR = typeof PITH_STOPWORDS_DIR === 'string' ? PITH_STOPWORDS_DIR : '#stopwords/';
let languages: readonly string[] | undefined;
const sets = new Map<string, ReadonlySet<string>>();

function listedLanguages(): readonly string[] {
  languages ??= load(`${STOPWORDS_DIR}languages.json`) as string[];
  return languages;
}

/** A language's list, or none. Only a plain code reaches require(): `language` may come from --lang or a config. */
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

function listOf(language: string): string[] {
  if (!LANGUAGE_CODE.test(language)) return [];
  try {
    return load(`${STOPWORDS_DIR}${language}.json`) as string[];
  } catch (error) {
    // No list for this language (asking languages.json first would cost every start-up a file).
    if ((error as { code?: string }).code === 'MODULE_NOT_FOUND') return [];
    throw error;
  }
}

/** Languages with a stopword list (ISO 639-1 codes), sorted. */
export function stopwordLanguages(): string[] {
  return [...listedLanguages()];
}

/** The stopword set of `language` (lower case), or an empty set when there is no list for it. */
export function stopwordsFor(language: string): ReadonlySet<string> {
  let set = sets.get(language);
  if (!set) {
    set = new Set(listOf(language));
    sets.set(language, set);
  }
  return set;
}

/** The patterns above, for the ReDoS check in the test suite. */
export const STOPWORD_PATTERNS: readonly RegExp[] = [LANGUAGE_CODE];
