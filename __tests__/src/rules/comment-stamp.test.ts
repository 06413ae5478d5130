// What signs a post or a comment (src/rules/builtin/comment-thread.ts): the stamps that start a
// comment thread and make a page a discussion, and the dated lines that sign nothing.

import { prepare } from '../../../src/index.js';
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
