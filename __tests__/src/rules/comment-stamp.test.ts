// What signs a post or a comment (src/rules/builtin/comment-thread.ts): the stamps that start a
// comment thread and make a page a discussion, and the dated lines that sign nothing.

import { prepare, strip } from '../../../src/index.js';
import { isCommentStamp } from '../../../src/rules/builtin/comment-thread.js';

function onlyBlock(text: string) {
  const { blocks } = prepare(text, { view: 'blocks', language: 'en' });
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
}

it.each([
  'Anna — March 18, 2024, 4:09 pm',
  'Posted October 28, 2012 at 10:31 pm | Permalink',
  '31/05/2006, 10:22',
  'answered 2024-04-03 08:15:52 +0100',
])('reads %p as a stamp', (line) => {
  expect(isCommentStamp(onlyBlock(line))).toBe(true);
});

// A table's row (psql's output, a terminal dump's bordered table) and a query's quoted literal hold a
// date and a time and sign nothing: read as stamps, they cut a tutorial at its first result table.
it.each(['2024-06-01 09:02:00+00 │ 200    │ 1184', "WHERE created > '2024-06-01 09:00 UTC'::timestamptz"])(
  'does not read %p as a stamp',
  (line) => {
    expect(isCommentStamp(onlyBlock(line))).toBe(false);
  },
);

// A text browser prints a table one cell a line: a column of dates is a run of stamps one under the
// other, which signs no post. Two such columns were read as a thread of two comments and cut the
// tutorial from its first table on.
it('reads a column of dates printed one a line as no comment thread', () => {
  const column = ['period', '2024-06-01 09:02:00+00', '2024-06-01 09:01:00+00', '2024-06-01 09:00:00+00', '2024-06-01 08:59:00+00'];
  const page = [
    'Counting errors per minute in plain SQL',
    'Most teams learn about a broken release from their users. With nothing more than the database they already run, they could learn about it from their own logs a few minutes after the deploy, before anyone writes in.',
    'Our web server writes one row per request into a log table, with the time, the path and the status code. A first query counts the requests per minute, and a text browser prints its result one cell a line:',
    ...column,
    'A minute in which a status code never came back has no row at all, so the counts have gaps where there should be zeros. The next query fills them in from a series of minutes.',
    ...column,
    'With the gaps filled, the mean and the spread of each status code can be computed over the last hour and compared with the current minute.',
  ].join('\n');
  const { blocks } = strip(page, { view: 'blocks' });
  expect(blocks.filter((block) => block.rule === 'comment-thread')).toEqual([]);
  expect(blocks[8]).toMatchObject({ kept: true, role: 'body' });
});
