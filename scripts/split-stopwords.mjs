#!/usr/bin/env node
// Build step: splits stopwords-iso's single JSON file (58 languages, 200 KB) into one small file per
// language under dist/stopwords/, plus languages.json, the sorted list of codes. pith reads only the
// lists it uses (src/features/stopwords.ts, through package.json "imports": #stopwords/*): parsing
// them all cost ~4 ms of every start-up, and a run needs English and at most a few others.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, 'dist', 'stopwords');
const lists = createRequire(import.meta.url)('stopwords-iso');

fs.rmSync(outdir, { recursive: true, force: true });
fs.mkdirSync(outdir, { recursive: true });
const languages = Object.keys(lists).sort();
for (const language of languages) {
  const words = [...new Set(lists[language].map((word) => word.toLowerCase()))];
  fs.writeFileSync(path.join(outdir, `${language}.json`), JSON.stringify(words));
}
fs.writeFileSync(path.join(outdir, 'languages.json'), JSON.stringify(languages));
