// Stream mode through the real CLI: the JSONL contract (one line out per line in, in order, ids and
// unknown members kept, bad lines in-band, exit 0), format detection, gzip, WET records, --stats,
// -j and GNU parallel giving the same bytes as one run.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { keptText, strip, type ChromeSpan } from '../../src/index.js';
import { BIN, runPith, scratchDir } from '../helpers.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'documents');
const articles = readdirSync(fixtures)
  .filter((name) => !name.startsWith('.'))
  .map((name) => ({ name, text: readFileSync(join(fixtures, name, 'input.txt'), 'utf8') }));
const CRAWL = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'wet',
  'dolma-test_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz',
);
const crawlIt = existsSync(CRAWL) ? it : it.skip;

interface Note {
  error?: string;
  spans?: ChromeSpan[];
  removed?: number;
}
type Line = Record<string, unknown> & { pith: Note };

const linesOf = (stdout: string): Line[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);

/** The fixture articles as JSONL records, `copies` times over, with members around the text. */
function recordsFile(copies = 1): { file: string; lines: string[] } {
  const lines: string[] = [];
  for (let copy = 0; copy < copies; copy++)
    for (const { name, text } of articles) lines.push(JSON.stringify({ id: `${name}-${copy}`, text, source: 'fixture', n: copy }));
  const file = join(scratchDir('pith-stream-'), 'in.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return { file, lines };
}

/** A WET file as Common Crawl writes one: each record its own gzip member, CRLF headers, Content-Length framing. */
function wetRecord(type: string, headers: Record<string, string>, body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  const head = Object.entries({ 'WARC-Type': type, ...headers, 'Content-Length': String(bytes.length) })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return gzipSync(Buffer.concat([Buffer.from(`WARC/1.0\r\n${head}\r\n`), bytes, Buffer.from('\r\n\r\n')]));
}

function conversion(n: number, text: string): Buffer {
  return wetRecord(
    'conversion',
    {
      'WARC-Target-URI': `https://example.org/${n}`,
      'WARC-Date': '2024-05-18T01:58:10Z',
      'WARC-Record-ID': `<urn:uuid:0000000${n}>`,
      'WARC-Identified-Content-Language': 'eng',
      'Content-Type': 'text/plain',
    },
    text,
  );
}

describe('the JSONL contract', () => {
  crawlIt(
    'on the 697 crawl pages with broken lines: one line out per line in, in order, members kept, errors in-band, exit 0',
    async () => {
      const pages = gunzipSync(readFileSync(CRAWL)).toString('utf8').split('\n').filter(Boolean);
      const broken = ['not json', '{"id":"n1","text":42}', '', '[1]', '{"id":"cut","text":"half a rec'];
      const input = [...pages];
      for (const [i, line] of broken.entries()) input.splice(100 * (i + 1), 0, line);
      const file = join(scratchDir('pith-stream-'), 'crawl.jsonl');
      writeFileSync(file, input.join('\n') + '\n');

      const run = await runPith(['--jsonl', file]);
      expect(run.code).toBe(0);
      const out = linesOf(run.stdout);
      expect(out).toHaveLength(input.length);
      const errorLines = run.stderr.split('\n').filter(Boolean);
      expect(errorLines).toHaveLength(broken.length);
      for (const [i, line] of input.entries()) {
        if (broken.includes(line)) {
          expect(out[i]!.pith.error).toEqual(expect.any(String));
          expect(errorLines).toContainEqual(expect.stringMatching(new RegExp(`^pith: ${file}:${i + 1}: `)));
          continue;
        }
        const record = JSON.parse(line) as Record<string, unknown>;
        const { pith, ...rest } = out[i]!;
        expect(pith.error).toBeUndefined();
        expect(Object.keys(rest)).toEqual(Object.keys(record));
        expect({ ...rest, text: undefined }).toEqual({ ...record, text: undefined });
      }
      expect(out[input.indexOf('{"id":"n1","text":42}')]!.id).toBe('n1');

      // The spans rebuild the cleaned text from the text as it was.
      let rebuilt = 0;
      for (const [i, line] of input.entries()) {
        if (broken.includes(line)) continue;
        const original = (JSON.parse(line) as { text: string }).text;
        expect(keptText(original, out[i]!.pith.spans!)).toBe(out[i]!.text);
        if (out[i]!.pith.spans!.length) rebuilt++;
      }
      expect(rebuilt).toBeGreaterThan(pages.length / 2);

      // --annotate (on the first pages, a broken line among them): the text as it was, the same spans.
      const head = input.slice(0, 150);
      writeFileSync(file, head.join('\n') + '\n');
      const annotated = await runPith(['--jsonl', '--annotate', file]);
      expect(annotated.code).toBe(0);
      const tagged = linesOf(annotated.stdout);
      expect(tagged).toHaveLength(head.length);
      for (const [i, line] of head.entries()) {
        if (broken.includes(line)) {
          expect(tagged[i]!.pith.error).toEqual(expect.any(String));
          continue;
        }
        expect(tagged[i]!.text).toBe((JSON.parse(line) as { text: string }).text);
        expect(tagged[i]!.pith.spans).toEqual(out[i]!.pith.spans);
      }
    },
    240_000,
  );

  it('cleans each text as `pith --view blocks` cleans it as a file', async () => {
    const { file } = recordsFile();
    const out = linesOf((await runPith(['--jsonl', file])).stdout);
    expect(out.map((record) => record.text)).toEqual(articles.map(({ text }) => strip(text, { view: 'blocks' }).text));
  });

  it('--text-key, --id-key, --output-key and --drop-empty; a config file sets the keys too', async () => {
    const dir = scratchDir('pith-stream-');
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [JSON.stringify({ key: 'a', body: articles[0]!.text }), JSON.stringify({ key: 'b', body: 'Share on Facebook\n' })].join('\n'),
    );
    const run = await runPith(['--jsonl', '--text-key', 'body', '--id-key', 'key', '--output-key', 'clean', file]);
    const out = linesOf(run.stdout);
    expect(out.map((record) => Object.keys(record))).toEqual([
      ['key', 'body', 'clean', 'pith'],
      ['key', 'body', 'clean', 'pith'],
    ]);
    expect(out[1]!.clean).toBe('');
    expect(linesOf((await runPith(['--jsonl', '--text-key', 'body', '--drop-empty', file])).stdout)).toHaveLength(1);

    writeFileSync(join(dir, '.pithrc.json'), JSON.stringify({ records: { textKey: 'body' } }));
    const configured = await runPith(['in.jsonl'], { cwd: dir });
    expect(linesOf(configured.stdout).map((record) => record.body)).toEqual(out.map((record) => record.clean));
  });

  it('--max-doc-chars passes a longer text through untouched; a line too long to hold is an error line', async () => {
    const dir = scratchDir('pith-stream-');
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [JSON.stringify({ id: 1, text: 'x'.repeat(50) }), JSON.stringify({ id: 2, text: 'y'.repeat(500) }), '{"id":3,"text":"ok"}'].join(
        '\n',
      ),
    );
    const run = await runPith(['--jsonl', '--max-doc-chars', '40', file]);
    expect(run.code).toBe(0);
    const out = linesOf(run.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ id: 1, text: 'x'.repeat(50), pith: { error: expect.stringMatching(/passed through untouched/) } });
    expect(out[1]!.pith.error).toMatch(/^line longer than 320 characters/);
    expect(out[2]!.pith.error).toBeUndefined();
  });

  it('--stats prints one JSON line on stderr; --stats=hadoop prints Hadoop Streaming counters', async () => {
    const { file } = recordsFile();
    const json = await runPith(['--jsonl', '--stats', file]);
    const stats = JSON.parse(json.stderr) as Record<string, number>;
    expect(stats).toMatchObject({ records: articles.length, cleaned: articles.length, errors: 0, dropped: 0 });
    expect(stats.removedBlocks).toBeGreaterThan(0);
    const hadoop = await runPith(['--jsonl', '--stats=hadoop', file]);
    expect(hadoop.stderr).toContain(`reporter:counter:pith,records,${articles.length}\n`);
    expect(hadoop.stderr).toContain(`reporter:counter:pith,removedBlocks,${stats.removedBlocks}\n`);
  });

  it('refuses the modes that do not write records', async () => {
    const { file } = recordsFile();
    for (const flag of ['--check', '--explain', '--write']) {
      const run = await runPith(['--jsonl', flag, file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^pith: --input-format jsonl writes one JSON line per record; it cannot be used with --/);
    }
  });
});

describe('format detection and gzip', () => {
  it('JSONL on stdin, gzip-compressed or not, is detected; an article that starts with "{" stays text', async () => {
    const { lines } = recordsFile();
    const plain = await runPith([], { stdin: lines.join('\n') });
    expect(linesOf(plain.stdout)).toHaveLength(lines.length);
    const zipped = await runPith(['-'], { stdin: gzipSync(lines.join('\n')) });
    expect(zipped.stdout).toBe(plain.stdout);
    const article = "{Editor's note} The harbour office now runs on solar power, the council said on Tuesday.\nShare on Facebook\n";
    const text = await runPith([], { stdin: article });
    expect(text.stdout).toBe(strip(article).text);
    const forced = await runPith(['--input-format', 'text'], { stdin: lines[0]! });
    expect(forced.stdout).toBe(strip(lines[0]!).text);
  });

  // Compression is the writer's last step, after the records are in order (-j 2 gives the same
  // records: the parallel streams' test below).
  it('--gzip writes the records compressed: the bytes of the plain run, gzipped', async () => {
    const { file, lines } = recordsFile();
    const zipped = spawnSync(process.execPath, [BIN, '--jsonl', '--gzip', file]);
    const plain = await runPith(['--jsonl', file]);
    expect(zipped.status).toBe(0);
    expect(linesOf(plain.stdout)).toHaveLength(lines.length);
    expect(gunzipSync(zipped.stdout).toString('utf8')).toBe(plain.stdout);
  });

  it('stops at once, quietly, when the reader goes away (| head)', () => {
    const { file, lines } = recordsFile(20);
    const run = spawnSync('sh', ['-c', `node "${BIN}" --jsonl --stats "${file}" | head -c 10`], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const stats = JSON.parse(run.stderr) as { records: number };
    expect(stats.records).toBeLessThan(lines.length);
  });
});

describe('parallel streams: the same bytes however the input is split', () => {
  const parallelFound = spawnSync('parallel', ['--version']).status === 0;

  it('-j 2 on one stream gives the bytes of -j 1, bad lines included', async () => {
    const { file, lines } = recordsFile(2);
    writeFileSync(file, [...lines.slice(0, 10), 'not json', ...lines.slice(10)].join('\n') + '\n');
    const one = await runPith(['--jsonl', file]);
    const two = await runPith(['--jsonl', '-j', '2', file]);
    expect(linesOf(one.stdout)).toHaveLength(lines.length + 1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });

  (parallelFound ? it : it.skip)(
    `GNU parallel --pipepart --block 40k -k gives the bytes of one run${parallelFound ? '' : ' (skipped: GNU parallel is not installed; .ci/run installs the Debian package "parallel")'}`,
    async () => {
      const { file, lines } = recordsFile();
      const single = await runPith(['--jsonl', file]);
      // Blocks of 40k: the fixture records are split among two or three pith processes, each cut at a line end.
      const split = spawnSync(
        'parallel',
        ['--will-cite', '--pipepart', '-a', file, '--block', '40k', '-k', `"${process.execPath}" "${BIN}" --jsonl`],
        { encoding: 'utf8' },
      );
      expect(split.status).toBe(0);
      expect(linesOf(single.stdout)).toHaveLength(lines.length);
      expect(split.stdout).toBe(single.stdout);
    },
    240_000,
  );
});

describe('WET input', () => {
  it('reads conversion records by Content-Length into JSONL documents; a truncated record is an error line', async () => {
    const dir = scratchDir('pith-wet-');
    const article = articles[0]!.text;
    const tricky = 'A page that quotes a WARC header line:\nWARC/1.0\nWARC-Type: conversion\nand goes on as text.\n';
    const whole = Buffer.concat([
      wetRecord('warcinfo', { 'WARC-Record-ID': '<urn:uuid:info>' }, 'software: test\r\n'),
      conversion(1, article),
      wetRecord('request', { 'WARC-Record-ID': '<urn:uuid:req>' }, 'GET / HTTP/1.1\r\n'),
      conversion(2, tricky),
    ]);
    const last = conversion(3, 'The last page is cut short in the middle of its text, as a broken download would be.\n'.repeat(20));
    const file = join(dir, 'crawl.warc.wet.gz');
    writeFileSync(file, Buffer.concat([whole, gunzipSync(last).subarray(0, 400)].map((part, i) => (i === 0 ? part : gzipSync(part)))));
    const run = await runPith([file]);
    expect(run.code).toBe(0);
    const out = linesOf(run.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({
      id: '<urn:uuid:00000001>',
      url: 'https://example.org/1',
      date: '2024-05-18T01:58:10Z',
      lang: 'eng',
      text: strip(article, { view: 'blocks' }).text,
    });
    expect(Object.keys(out[0]!)).toEqual(['id', 'url', 'date', 'lang', 'text', 'pith']);
    expect(out[1]!.pith.error).toBeUndefined();
    // Framed by Content-Length: the "WARC/1.0" line inside the page is text.
    expect(linesOf((await runPith(['--annotate', file])).stdout)[1]!.text).toBe(tricky);
    expect(out[2]).toMatchObject({ id: '<urn:uuid:00000003>', pith: { error: expect.stringMatching(/^truncated WARC record/) } });
    expect(run.stderr).toMatch(/: record 5: truncated WARC record/);
  });

  const WHIRLWIND = join(import.meta.dirname, '..', '..', '..', 'shared', 'wet', 'whirlwind.warc.wet.gz');
  (existsSync(WHIRLWIND) ? it : it.skip)('reads the genuine Common Crawl WET file', async () => {
    const out = linesOf((await runPith([WHIRLWIND])).stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ url: 'https://an.wikipedia.org/wiki/Escopete', lang: 'spa' });
    expect(out[0]!.pith.removed).toBeGreaterThan(0);
  });
});
