// Stopword sets per language from stopwords-iso (58 languages, MIT), loaded once on first use.
// The build splits the package's single JSON file into one file per language
// (scripts/split-stopwords.mjs, dist/stopwords/), reached through package.json "imports"
// (#stopwords/*) from wherever this module runs: a run parses only the lists it uses, where
// parsing all of them cost ~4 ms of every start-up.

import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
let languages: readonly string[] | undefined;
const sets = new Map<string, ReadonlySet<string>>();

function listedLanguages(): readonly string[] {
  languages ??= load('#stopwords/languages.json') as string[];
  return languages;
}

/** Languages with a stopword list (ISO 639-1 codes), sorted. */
export function stopwordLanguages(): string[] {
  return [...listedLanguages()];
}

/** The stopword set of `language` (lower case), or an empty set when there is no list for it. */
export function stopwordsFor(language: string): ReadonlySet<string> {
  let set = sets.get(language);
  if (!set) {
    // Only listed codes reach require(): `language` may come from --lang or a config file.
    set = new Set(listedLanguages().includes(language) ? (load(`#stopwords/${language}.json`) as string[]) : []);
    sets.set(language, set);
  }
  return set;
}
