// Stopword sets per language from stopwords-iso (58 languages, MIT), loaded once on first use.

import { createRequire } from 'node:module';

type StopwordLists = Record<string, string[]>;

let lists: StopwordLists | undefined;
const sets = new Map<string, ReadonlySet<string>>();

function loadLists(): StopwordLists {
  // The package ships a single JSON file; require() keeps it cached and avoids an fs read here.
  lists ??= createRequire(import.meta.url)('stopwords-iso') as StopwordLists;
  return lists;
}

/** Languages with a stopword list (ISO 639-1 codes). */
export function stopwordLanguages(): string[] {
  return Object.keys(loadLists()).sort();
}

/** The stopword set of `language`, or an empty set when there is no list for it. */
export function stopwordsFor(language: string): ReadonlySet<string> {
  let set = sets.get(language);
  if (!set) {
    set = new Set((loadLists()[language] ?? []).map((word) => word.toLowerCase()));
    sets.set(language, set);
  }
  return set;
}
