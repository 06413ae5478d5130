// The crawl dev set's labels (dev/wet-labels.json, rebuilt into a corpus by scripts/wet-dev.mjs):
// every page's run-length labels must cover exactly its line count, with a known page type, or
// `npm run eval -- --wet` refuses the page. Checked without the crawl file, which is outside the repo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface WetDev {
  decodeRuns(runs: string): (0 | 1 | null)[];
}
interface LabelledPage {
  url: string;
  type: string;
  lang: string;
  lines: number;
  hash: string;
  labels: string;
}

const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'dev', 'wet-labels.json'), 'utf8')) as {
  types: Record<string, string>;
  pages: Record<string, LabelledPage>;
};
let wetDev: WetDev;
beforeAll(async () => {
  wetDev = (await import('../../scripts/wet-dev.mjs' as string)) as WetDev;
});

it('decodes runs: a value, an optional count, n for unsure', () => {
  expect(wetDev.decodeRuns('0x2,1,nx3,1x2')).toEqual([0, 0, 1, null, null, null, 1, 1]);
  expect(() => wetDev.decodeRuns('2x3')).toThrow(/bad run/);
});

it('labels every line of every page, with one of the page types', () => {
  const pages = Object.entries(file.pages);
  expect(pages.length).toBeGreaterThanOrEqual(80);
  for (const [id, page] of pages) {
    expect({ id, labels: wetDev.decodeRuns(page.labels).length }).toEqual({ id, labels: page.lines });
    expect(Object.keys(file.types)).toContain(page.type);
    expect(page.url).toMatch(/^https?:\/\//);
  }
});

it('keeps main text on every page (a page with nothing labelled 1 measures nothing)', () => {
  for (const [id, page] of Object.entries(file.pages))
    expect({ id, body: wetDev.decodeRuns(page.labels).includes(1) }).toEqual({ id, body: true });
});
