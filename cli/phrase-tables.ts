// Where the build's phrase tables are (src/engine/prebuilt.ts; scripts/literal-facts.mjs writes them
// into dist/src/engine/, scripts/bundle-cli.mjs copies them beside the bundle's chunks): the core
// reads no files, so the command line tells it. A missing file (the test runner runs cli/ from the
// sources) only means the engine builds its own tables.

import { readFileSync } from 'node:fs';
import { readPhraseTablesWith } from '../src/engine/prebuilt.js';

// The bundle says at build time where the tables are beside its chunks; dist/cli finds them in dist/src/engine.
declare const PITH_PHRASE_TABLES: string | undefined;
const PHRASE_TABLES = typeof PITH_PHRASE_TABLES === 'string' ? PITH_PHRASE_TABLES : '../src/engine/phrase-tables.bin';

readPhraseTablesWith(() => readFileSync(new URL(PHRASE_TABLES, import.meta.url)));
