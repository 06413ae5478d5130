// schema/pith-output.schema.json describes what the built CLI prints: `--format json` and
// `--check --format json` on the document fixtures (and on a wrapped table, for `parts`, and a
// missing file, for `error`) validate against it, every file entry validates on its own against
// `#/$defs/file` (one `--format ndjson` line) or `#/$defs/checkFile`, and nothing pith prints is
// missing from it: the published schema allows new properties (README: new fields may be added),
// so the test validates against a strict copy that refuses any property the schema does not name.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { CHROME_CATEGORIES, ROLES } from '../../src/types.js';
import { runPith, scratchDir } from '../helpers.js';

const schemaPath = join(import.meta.dirname, '..', '..', 'schema', 'pith-output.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown> & { $defs: Record<string, { enum?: unknown[] }> };
const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'documents');
const inputs = readdirSync(fixtures)
  .sort()
  .map((name) => join(fixtures, name, 'input.txt'));

/** A copy of a schema in which every object that lists its properties refuses any other. */
function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict);
  if (node === null || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, strict(value)]));
  // unevaluatedProperties (not additionalProperties) sees the properties named in if/then/else too.
  if ('properties' in copy && 'type' in copy) copy.unevaluatedProperties = false;
  return copy;
}

function validators(source: object): { output: ValidateFunction; file: ValidateFunction; checkFile: ValidateFunction } {
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addSchema(source, 'pith-output');
  const get = (ref: string): ValidateFunction => {
    const validate = ajv.getSchema(ref);
    if (!validate) throw new Error(`no schema at ${ref}`);
    return validate;
  };
  return { output: get('pith-output'), file: get('pith-output#/$defs/file'), checkFile: get('pith-output#/$defs/checkFile') };
}

const published = validators(schema);
const exact = validators(strict(schema) as object);

function expectValid(validate: ValidateFunction, data: unknown): void {
  const valid = validate(data);
  expect(valid ? [] : validate.errors).toEqual([]);
}

/** A wrapped page whose right column's paragraph spans two lines shared with the left column (a block with `parts`). */
function wrappedTable(): string {
  const file = join(scratchDir('pith-schema-'), 'table.txt');
  writeFileSync(
    file,
    [
      'Home          The council met on Tuesday to decide on the flood defences for',
      'News          the lower town, and voted to start work in the spring.',
      'Sport',
      '',
      'Share on Facebook',
      '',
    ].join('\n'),
  );
  return file;
}

describe('schema/pith-output.schema.json', () => {
  it("is a valid draft 2020-12 schema whose roles and categories are the library's", () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$defs.role!.enum).toEqual([...ROLES]);
    expect(schema.$defs.category!.enum).toEqual([...CHROME_CATEGORIES]);
  });

  it('describes `pith --format json`, and each file entry is `#/$defs/file` (an ndjson line)', async () => {
    const table = wrappedTable();
    const runs = [await runPith(['--format', 'json', ...inputs]), await runPith(['--format', 'json', '--view', 'wrapped', table])];
    for (const { code, stdout, stderr } of runs) {
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const output = JSON.parse(stdout) as { files: object[] };
      for (const validators of [published, exact]) {
        expectValid(validators.output, output);
        for (const file of output.files) expectValid(validators.file, file);
      }
    }
    const [fixtureFiles, tableFiles] = runs.map(
      (run) => (JSON.parse(run.stdout) as { files: { blocks: { kept: boolean; parts?: unknown }[] }[] }).files,
    );
    expect(fixtureFiles).toHaveLength(inputs.length);
    // The fixtures exercise both branches of the kept/dropped conditions; the table, `parts`.
    expect(fixtureFiles!.flatMap((file) => file.blocks.map((block) => block.kept))).toEqual(expect.arrayContaining([true, false]));
    expect(tableFiles![0]!.blocks.some((block) => block.parts !== undefined)).toBe(true);
  });

  it('describes `pith --check --format json`, files with chrome, without, and that could not be read', async () => {
    const clean = join(scratchDir('pith-schema-'), 'clean.txt');
    writeFileSync(clean, 'The council met on Tuesday to decide on the flood defences for the lower town.\n');
    const missing = join(scratchDir('pith-schema-'), 'missing.txt');
    const runs = [
      await runPith(['--check', '--format', 'json', ...inputs, clean]),
      await runPith(['--check', '--format', 'json', '--view', 'wrapped', wrappedTable(), missing]),
    ];
    expect(runs.map((run) => run.code)).toEqual([1, 2]);
    const entries: { chrome?: unknown[]; changed?: boolean; error?: string }[] = [];
    for (const { stdout } of runs) {
      const output = JSON.parse(stdout) as { files: typeof entries };
      for (const validators of [published, exact]) {
        expectValid(validators.output, output);
        for (const file of output.files) expectValid(validators.checkFile, file);
      }
      entries.push(...output.files);
    }
    expect(entries.some((entry) => entry.changed === true && entry.chrome!.length > 0)).toBe(true);
    expect(entries.some((entry) => entry.changed === false)).toBe(true);
    expect(entries.some((entry) => typeof entry.error === 'string')).toBe(true);
  });

  it('refuses what pith does not print', () => {
    const block = {
      index: 0,
      text: 'Share',
      start: 0,
      end: 5,
      line: 1,
      endLine: 1,
      column: 1,
      split: false,
      kept: false,
      role: 'chrome',
      category: 'share',
      rule: 'share-bar',
      reason: 'share',
    };
    const file = {
      file: 'a.txt',
      schemaVersion: 1,
      text: '',
      eol: '\n',
      language: 'en',
      view: 'blocks',
      page: { type: 'other', reason: 'too little prose to read it as an article' },
      stats: { blocks: 1, kept: 0, dropped: 1, inputChars: 6, keptChars: 0 },
      blocks: [block],
    };
    expectValid(exact.file, file);
    expect(published.file({ ...file, blocks: [{ ...block, category: null }] })).toBe(false); // dropped: a category
    expect(published.file({ ...file, blocks: [{ ...block, kept: true }] })).toBe(false); // kept: not chrome, no category
    expect(published.file({ ...file, eol: '\t' })).toBe(false);
    expect(published.file({ ...file, page: { type: 'blog', reason: 'x' } })).toBe(false);
    expect(published.file({ ...file, schemaVersion: 2 })).toBe(false);
    expect(published.output({ schemaVersion: 1, pith: '0.1.0', files: [file, { file: 'b.txt', changed: true, chrome: [] }] })).toBe(false); // one kind per output
    expect(published.file({ ...file, future: 'field' })).toBe(true);
    expect(exact.file({ ...file, future: 'field' })).toBe(false);
  });
});
