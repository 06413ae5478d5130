// The languages `--lang` and a config's `language` accept: the codes pith has a stopword list for
// (src/features/stopwords.ts; every language the detector knows has one), or `auto` to detect.
// Any other value used to run silently with no stopwords at all, which no one asks for on purpose
// ("english", "en-GB", a typo).

import { stopwordLanguages } from '../../src/features/stopwords.js';

/** The language setting that means "detect it per document", as giving none does. */
export const AUTO_LANGUAGE = 'auto';

/** A language code for the input that `code` most likely meant ("en" for "en-GB", "EN" or "english"). */
function meant(code: string, languages: readonly string[]): string | undefined {
  const lower = code.trim().toLowerCase();
  const base = lower.split(/[-_]/)[0]!;
  if (languages.includes(base)) return base;
  if (lower.length <= 3) return undefined;
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  return languages.find((language) => names.of(language)?.toLowerCase() === lower);
}

/**
 * Why `value` is not a language setting pith accepts, or undefined when it is one: the one check
 * behind `--lang` (cli/program.ts) and the config's `language` key (./schema.ts).
 */
export function languageProblem(value: unknown): string | undefined {
  const languages = stopwordLanguages();
  if (value === AUTO_LANGUAGE || (typeof value === 'string' && languages.includes(value))) return undefined;
  const guess = typeof value === 'string' ? meant(value, languages) : undefined;
  return `expected ${AUTO_LANGUAGE} (detect) or the code of a language pith has stopwords for: ${languages.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`;
}

/** Every accepted value, for the config's JSON Schema. */
export function languageChoices(): string[] {
  return [AUTO_LANGUAGE, ...stopwordLanguages()];
}
