// Cross-document repeated lines through the real CLI, on small generated documents: a footer in
// four documents goes (category repeated), a line in two stays, a paragraph of prose repeated in
// five stays; the map (line-hashes), reduce (--merge) and apply (--repeated-lines) route gives the
// bytes one --dedupe-lines run gives, with -j 2 and from standard input too; batch mode over files;
// the config key and --print-config; a bad counts file is one line and exit 2.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runPith, scratchDir } from '../helpers.js';
import { lineHashes } from '../../cli/line-counts.js';
import { translateFlags, withFlags } from '../../cli/config/translate.js';
import { emptyConfig } from '../../cli/config/resolved.js';
import { defaultCleanOptions } from '../../cli/options.js';

const TOPICS = ['harbour', 'library', 'orchard', 'railway', 'theatre', 'bakery'];
const FOOTER = (n: number): string => `Harbour Gazette newsroom, desk ${n}`;
const PAIR_LINE = 'Corrections are printed on Tuesdays';
const SYNDICATED =
  'The regional weather service expects a dry week after the storms, and farmers have been told that the ground should be firm enough for the harvest to begin. ' +
  'Roads closed by flooding on Monday have reopened, although drivers are asked to take care on the valley routes where mud is still being cleared.';

/** Six documents: each its own headline and paragraph; the footer in four, the pair line in two, the syndicated paragraph in five. */
function documentText(i: number): string {
  const topic = TOPICS[i]!;
  const lines = [
    `New ${topic} opens on the east side`,
    `The ${topic} on the east side opened this week after two years of work, and neighbours came to look around on the first morning.`,
  ];
  if (i < 5) lines.push(SYNDICATED);
  if (i < 2) lines.push(PAIR_LINE);
  if (i < 4) lines.push(FOOTER(10 + i));
  return lines.join('\n') + '\n';
}

const records = TOPICS.map((_, i) => JSON.stringify({ id: `doc-${i}`, text: documentText(i) })).join('\n') + '\n';

type Record = { id: string; text: string; pith: { spans: [number, number, string, string][] } };
const parse = (stdout: string): Record[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record);

/** `pith line-hashes`'s streams in this process: nothing on stdin, stderr's lines kept. */
function inProcess() {
  const errors: string[] = [];
  const io = {
    stdout: { write: () => true },
    stderr: { write: (text: string) => errors.push(text) },
    stdinStream: () => Readable.from([]),
  };
  return { io, errors };
}

describe('--dedupe-lines and the line-hashes route', () => {
  const dir = scratchDir('pith-dedupe-');
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, records);
  const lines = records.split('\n');
  writeFileSync(join(dir, 'a.jsonl'), lines.slice(0, 2).join('\n') + '\n');
  writeFileSync(join(dir, 'b.jsonl'), lines.slice(2).join('\n'));
  let oneRun = '';

  beforeAll(async () => {
    const run = await runPith(['--jsonl', '--dedupe-lines', input]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    oneRun = run.stdout;
  });

  it("drops a line in four documents as repeated; a line in two and prose repeated in five are not the rule's", () => {
    const out = parse(oneRun);
    expect(out).toHaveLength(6);
    // Only the footer is the rule's: the line in two documents and the prose in five are left to the other rules.
    const byRule = out.flatMap((record, i) =>
      record.pith.spans.filter(([, , , rule]) => rule === 'repeated-line').map(([from, to]) => documentText(i).slice(from, to)),
    );
    expect(byRule).toEqual([10, 11, 12, 13].map(FOOTER));
    for (const [i, record] of out.entries()) {
      expect(record.text.includes('Harbour Gazette newsroom')).toBe(false);
      if (i < 4) expect(record.pith.spans.some(([, , category, rule]) => category === 'repeated' && rule === 'repeated-line')).toBe(true);
      if (i < 5) expect(record.text).toContain(SYNDICATED);
      expect(record.text).toContain(`The ${TOPICS[i]} on the east side opened`);
    }
  });

  it('map, merge and apply give the bytes of one run', async () => {
    // The map and reduce steps in this process (lineHashes is what `pith line-hashes` runs); the apply step through the CLI.
    const { io, errors } = inProcess();
    expect(await lineHashes([join(dir, 'a.jsonl')], { output: join(dir, 'a.bin'), widthBits: 16 }, io)).toBe(0);
    expect(await lineHashes([join(dir, 'b.jsonl')], { output: join(dir, 'b.bin'), widthBits: 16, jsonl: true }, io)).toBe(0);
    expect(await lineHashes([join(dir, 'a.bin'), join(dir, 'b.bin')], { output: join(dir, 'all.bin'), merge: true }, io)).toBe(0);
    expect(errors).toEqual([]);
    const header = readFileSync(join(dir, 'all.bin')).subarray(0, 32);
    expect(header.subarray(0, 8).toString('latin1')).toBe('PITHLINE');
    expect(header.readUInt32LE(24)).toBe(6); // documents counted
    const applied = await runPith(['--jsonl', '--repeated-lines', join(dir, 'all.bin'), input]);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toBe(oneRun);
  });

  it('line-hashes refuses tables of different sizes in one line', async () => {
    const { io, errors } = inProcess();
    expect(await lineHashes([join(dir, 'a.jsonl')], { output: join(dir, 'wide.bin'), widthBits: 17 }, io)).toBe(0);
    expect(await lineHashes([join(dir, 'a.bin'), join(dir, 'wide.bin')], { output: join(dir, 'x.bin'), merge: true }, io)).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^pith: line-hashes: .*wide\.bin: tables of different sizes[^\n]*\n$/);
  });

  it('gives the same bytes from standard input (counted from a temporary copy) and with -j 2', async () => {
    const run = await runPith(['--jsonl', '--dedupe-lines=3', '-j', '2'], { stdin: records });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(oneRun);
  });

  it('leaves the footer to the other rules when K is above its four documents', async () => {
    const run = await runPith(['--jsonl', '--dedupe-lines=5', input]);
    const spans = parse(run.stdout).flatMap((record) => record.pith.spans);
    expect(spans.filter(([, , category, rule]) => category === 'repeated' || rule === 'repeated-line')).toEqual([]);
  });

  it('counts files as documents in batch mode', async () => {
    const folder = join(dir, 'files');
    mkdirSync(folder, { recursive: true });
    for (const [i] of TOPICS.entries()) writeFileSync(join(folder, `${i}.txt`), documentText(i));
    const run = await runPith(['--dedupe-lines', '--format', 'ndjson', '-q', folder]);
    expect(run.code).toBe(0);
    const files = parse(run.stdout) as unknown as { file: string; blocks: { rule: string; text: string }[] }[];
    expect(files).toHaveLength(6);
    const repeated = files.flatMap((file) => file.blocks.filter((block) => block.rule === 'repeated-line').map((block) => block.text));
    expect(repeated.sort()).toEqual([10, 11, 12, 13].map(FOOTER));
  });

  it('a counts file that is not one is a one-line error with exit 2', async () => {
    writeFileSync(join(dir, 'bad.bin'), 'not a table');
    const run = await runPith(['--jsonl', '--repeated-lines', join(dir, 'bad.bin'), input]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^pith: .*bad\.bin: not a pith line-hashes file[^\n]*\n$/);
  });

  it('the config key dedupeLines, the flag over it, and --print-config agree', async () => {
    const flags = (extra: object) => translateFlags({ ...defaultCleanOptions(), ...extra });
    const config = { ...emptyConfig(), dedupeLines: 4 };
    expect(withFlags(config, flags({})).dedupeLines).toBe(4);
    expect(withFlags(config, flags({ dedupeLines: true })).dedupeLines).toBe(4);
    expect(withFlags(emptyConfig(), flags({ dedupeLines: true })).dedupeLines).toBe(3);
    expect(withFlags(config, flags({ dedupeLines: true, dedupeDocuments: 6 })).dedupeLines).toBe(6);
    expect(withFlags(emptyConfig(), flags({ repeatedLines: 'counts.bin' })).dedupeLines).toBe(3);
    writeFileSync(join(dir, '.pithrc.json'), JSON.stringify({ dedupeLines: 4 }));
    const printed = await runPith(['--dedupe-lines=7', '--print-config', 'x.txt'], { cwd: dir });
    expect(JSON.parse(printed.stdout)).toMatchObject({ dedupeLines: 7 });
  });
});
