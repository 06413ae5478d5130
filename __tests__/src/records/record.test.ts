// One JSONL record through `cleanRecord`: members kept byte for byte and in order, bad records as
// error lines, the spans that rebuild the cleaned text.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { chromeSpans, cleanRecord, keptText, resolveRecordSettings, strip, type RecordOptions } from '../../../src/index.js';
import { jsonMembers } from '../../../src/records/json-members.js';

const blocksView = (text: string) => strip(text, { view: 'blocks' });
const ARTICLE = 'Solar panels on the harbour roof now cover half of the port office power needs, the council said.\nShare on Facebook\n';
const CLEANED = 'Solar panels on the harbour roof now cover half of the port office power needs, the council said.\n';

function run(line: string, options: RecordOptions = {}) {
  return cleanRecord(line, resolveRecordSettings(options), blocksView);
}

function parsed(line: string | undefined): Record<string, unknown> {
  return JSON.parse(line!) as Record<string, unknown>;
}

describe('cleanRecord', () => {
  it('replaces the text, keeps every other member as written and in order, adds pith last', () => {
    const line = `{"2":"first","id":12345678901234567890,"text":${JSON.stringify(ARTICLE)},"score":1.0,"meta":{"u":"\\u00e9","list":[1,{"a":"}"}]}}`;
    const outcome = run(line);
    expect(outcome.error).toBeUndefined();
    // JSON.parse + JSON.stringify would move "2" first, round the id and write 1.0 as 1.
    expect(outcome.line).toBe(
      `{"2":"first","id":12345678901234567890,"text":${JSON.stringify(CLEANED)},"score":1.0,"meta":{"u":"\\u00e9","list":[1,{"a":"}"}]},"pith":${JSON.stringify(
        parsed(outcome.line).pith,
      )}}`,
    );
    const pith = parsed(outcome.line).pith as { removed: number; spans: unknown[] };
    expect(pith.removed).toBe(1);
    expect(pith.spans).toEqual([[ARTICLE.indexOf('Share'), ARTICLE.length - 1, 'share', 'share-bar']]);
  });

  it('--output-key puts the cleaned text beside the original; --annotate leaves the text and only adds spans', () => {
    const line = JSON.stringify({ id: 'a', text: ARTICLE });
    expect(parsed(run(line, { outputKey: 'clean' }).line)).toMatchObject({ text: ARTICLE, clean: CLEANED });
    const annotated = parsed(run(line, { annotate: true }).line);
    expect(annotated.text).toBe(ARTICLE);
    expect(Object.keys(annotated)).toEqual(['id', 'text', 'pith']);
    expect((annotated.pith as { spans: unknown[] }).spans).toHaveLength(1);
  });

  it('reads the text and id from the keys given and replaces a pith member from an earlier run', () => {
    const line = JSON.stringify({ doc_id: 'x', content: ARTICLE, pith: { old: true } });
    const out = parsed(run(line, { textKey: 'content', idKey: 'doc_id' }).line);
    expect(out.content).toBe(CLEANED);
    expect(out.pith).not.toHaveProperty('old');
  });

  it.each([
    ['not json', /^invalid JSON/],
    ['', /^blank line/],
    ['[1,2]', /^not a JSON object \(an array\)/],
    ['"text"', /^not a JSON object \(a string\)/],
    ['{"id":"b"}', /^"text" is missing/],
    ['{"id":7,"text":null}', /^"text" is not a string \(null\)/],
  ])('a bad record %j is an error line, never an exception', (line, reason) => {
    const outcome = run(line);
    expect(outcome.error).toMatch(reason);
    expect(parsed(outcome.line).pith).toEqual({ error: outcome.error });
    expect(outcome.line).not.toContain('\n');
  });

  it('an error line keeps the id as it was written', () => {
    expect(run('{"id":7,"text":false}').line).toBe('{"id":7,"pith":{"error":"\\"text\\" is not a string (boolean)"}}');
  });

  it('a text over maxDocChars passes through untouched with an error note', () => {
    const line = JSON.stringify({ id: 'big', text: ARTICLE });
    const outcome = run(line, { maxDocChars: 20 });
    expect(outcome.error).toMatch(/longer than --max-doc-chars 20/);
    expect(parsed(outcome.line)).toMatchObject({ id: 'big', text: ARTICLE });
  });

  it('--drop-empty gives no line for a record with nothing left; without it the text is ""', () => {
    const line = JSON.stringify({ id: 'e', text: 'Share on Facebook\n' });
    expect(parsed(run(line).line).text).toBe('');
    expect(run(line, { dropEmpty: true }).line).toBeUndefined();
  });
});

describe('jsonMembers', () => {
  it('finds top-level members across escaped quotes, nested values and spaces', () => {
    const line = ' { "a\\"b" : "x\\\\" , "c":[{"d":"]}"}], "e" :null,"f":-1.5e3 } ';
    expect(jsonMembers(line).map((member) => [member.key, line.slice(member.valueStart, member.end)])).toEqual([
      ['a"b', '"x\\\\"'],
      ['c', '[{"d":"]}"}]'],
      ['e', 'null'],
      ['f', '-1.5e3'],
    ]);
  });
});

describe('keptText: the spans rebuild the cleaned text (block view)', () => {
  const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'documents');

  const names = readdirSync(fixtures).filter((name) => !name.startsWith('.'));
  const resultOf = (name: string) => {
    const text = readFileSync(join(fixtures, name, 'input.txt'), 'utf8');
    return { text, result: blocksView(text) };
  };

  it.each(names)('%s', (name) => {
    const { text, result } = resultOf(name);
    expect(keptText(text, chromeSpans(result))).toBe(result.text);
  });

  it('the fixtures have chrome to remove (the test above is not about empty span lists)', () => {
    const withChrome = names.filter((name) => resultOf(name).result.blocks.some((block) => !block.kept));
    expect(withChrome.length).toBeGreaterThan(names.length * 0.8);
  });

  it('on any text: line endings of every kind, blank lines, glued sentences, a byte-order mark', () => {
    const line = fc.constantFrom(
      'Share on Facebook',
      'Subscribe to our newsletter',
      'The council approved the budget on Tuesday after a long debate about schools.',
      'It rained.Then the sun came out over the harbour and the boats went out again.',
      '   ',
      '',
      'Home | News | Sport',
    );
    const ending = fc.constantFrom('\n', '\r\n', '\r');
    const documents = fc.tuple(fc.boolean(), fc.array(fc.tuple(line, ending), { maxLength: 12 }), fc.boolean());
    fc.assert(
      fc.property(documents, ([bom, lines, lastEnding]) => {
        let text = (bom ? '\uFEFF' : '') + lines.map(([content, eol]) => content + eol).join('');
        if (!lastEnding) text = text.replace(/(\r\n|\r|\n)$/, '');
        const result = blocksView(text);
        expect(keptText(text, chromeSpans(result))).toBe(result.text);
      }),
      { numRuns: 200 },
    );
  });
});
