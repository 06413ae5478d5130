// The phrase tables the build writes (scripts/literal-facts.mjs -> dist/src/engine/phrase-tables.bin):
// a run with the default settings takes them instead of building its own, so they must be
// exactly what the engine would build from the rules in src/, and a default run must find them.

import { existsSync, readFileSync } from 'node:fs';
import { builtinRules, normaliseExample, resolveSettings } from '../../../src/index.js';
import { compilePhraseRule } from '../../../src/engine/phrase-matcher.js';
import { tablesKey, type PhraseTables } from '../../../src/engine/prebuilt.js';
import { computeFacts } from '../../../src/rules/literals.js';
import { LiteralIndex } from '../../../src/rules/literal-index.js';

const engine = new URL('../../../dist/src/engine/', import.meta.url);
const built = existsSync(new URL('phrase-tables.bin', engine));
const phraseRules = resolveSettings().rules.flatMap((rule) => (rule.kind === 'phrase' ? [rule] : []));
const slots = phraseRules.map(compilePhraseRule);

(built ? describe : describe.skip)('the phrase tables the build writes', () => {
  const bytes = readFileSync(new URL('phrase-tables.bin', engine));
  const jsonLength = bytes.readUInt32LE(0);
  const tables = JSON.parse(bytes.toString('utf8', 4, 4 + jsonLength)) as PhraseTables;
  const numbers = new Int32Array(bytes.buffer.slice(bytes.byteOffset + 4 + jsonLength, bytes.byteOffset + bytes.byteLength));

  it("are keyed by the default rule set's phrase patterns, and hold each group's literals and facts", () => {
    expect(tables.key).toBe(tablesKey(slots));
    // Starts only for patterns without literals: the only ones a gate reads them for.
    const expected = phraseRules.map((rule, slot) =>
      rule.phrases.map((group, g) => ({
        literals: slots[slot]!.compiled()[g]!.literals,
        facts: group.patterns.map(computeFacts).map((fact) => ({ literals: fact.literals, starts: fact.literals ? null : fact.starts })),
      })),
    );
    expect(tables.groups).toEqual(expected);
  });

  it('hold the literal index the engine builds from those literals', () => {
    const fresh = new LiteralIndex(slots.map((slot) => slot.literals())).tables();
    expect({ words: tables.index.words, symbols: tables.index.symbols }).toEqual({ words: fresh.words, symbols: fresh.symbols });
    expect([...numbers.subarray(0, tables.index.tableLength)]).toEqual([...fresh.table]);
    expect([...numbers.subarray(tables.index.tableLength)]).toEqual([...fresh.masks]);
  });

  it("are what a default run of the built engine takes, told where they are, and its index finds what one built from the rules' literals finds", async () => {
    const dist = (path: string) => new URL(path, new URL('../../../dist/src/', import.meta.url)).href;
    const library = (await import(dist('index.js'))) as typeof import('../../../src/index.js');
    const matcher = (await import(dist('engine/phrase-matcher.js'))) as typeof import('../../../src/engine/phrase-matcher.js');
    const prebuilt = (await import(dist('engine/prebuilt.js'))) as typeof import('../../../src/engine/prebuilt.js');
    const distSlots = library
      .resolveSettings()
      .rules.filter((rule) => rule.kind === 'phrase')
      .map(matcher.compilePhraseRule);
    prebuilt.readPhraseTablesWith(() => readFileSync(new URL('phrase-tables.bin', engine)));
    const index = prebuilt.prebuiltIndex(distSlots);
    expect(index).toBeDefined();
    const fresh = new LiteralIndex(slots.map((slot) => slot.literals()));
    const texts = builtinRules.flatMap((rule) =>
      [...rule.examples.match, ...rule.examples.noMatch].flatMap((example) => normaliseExample(example).document.toLowerCase().split('\n')),
    );
    for (const text of texts) {
      const [got, want] = [new Int32Array(index!.words), new Int32Array(fresh.words)];
      index!.scan(text, got, 0);
      fresh.scan(text, want, 0);
      expect([text, [...got]]).toEqual([text, [...want]]);
    }
  });
});
