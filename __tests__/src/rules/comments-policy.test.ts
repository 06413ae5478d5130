// `comments: 'drop' | 'keep'` (CLI --comments, config key `comments`): reader comments are a policy.
// Dropped by default; kept as role `comment` on request, their widgets still dropped; on a forum
// thread the posts are the content either way.

import { strip, type StripResult } from '../../../src/index.js';
import { stormArticle } from '../../../src/rules/example-article.js';

const FIRST_COMMENT = 'Thanks for the update, we were wondering whether the school bus would come tomorrow morning.';
const SECOND_COMMENT = 'Our road is still blocked by a fallen oak, so the council should send a crew up the valley first.';

// An article, then its comments: a heading, signed comments with their buttons, "Load more".
const withComments = (marker: string) =>
  [
    ...stormArticle(5),
    marker,
    'Anna — March 18, 2024, 4:09 pm',
    FIRST_COMMENT,
    'Reply',
    'Tom — March 18, 2024, 5:12 pm',
    SECOND_COMMENT,
    'Reply',
    'Load more comments',
  ].join('\n');

const block = (result: StripResult, text: string) => result.blocks.find((candidate) => candidate.text === text)!;

describe.each(['3 Comments', 'Leave a comment'])('an article with comments under "%s"', (marker) => {
  const text = withComments(marker);

  it('drops the comments by default', () => {
    const result = strip(text);
    for (const comment of [FIRST_COMMENT, SECOND_COMMENT])
      expect(block(result, comment)).toMatchObject({ kept: false, role: 'chrome', category: 'comments' });
    expect(result.text).not.toContain('school bus');
  });

  it("keeps the comments' texts and signatures as role comment with comments: keep, and drops their widgets", () => {
    const result = strip(text, { comments: 'keep' });
    for (const comment of [FIRST_COMMENT, SECOND_COMMENT, 'Anna — March 18, 2024, 4:09 pm'])
      expect(block(result, comment)).toMatchObject({ kept: true, role: 'comment' });
    for (const widget of ['Reply', 'Load more comments', marker]) expect(block(result, widget)).toMatchObject({ kept: false });
    expect(result.text).toContain(FIRST_COMMENT);
    // The article itself is untouched by the policy.
    expect(result.blocks.filter((decision) => decision.role === 'body').map((decision) => decision.text)).toEqual(
      strip(text)
        .blocks.filter((decision) => decision.role === 'body')
        .map((decision) => decision.text),
    );
  });
});

it("keeps a forum thread's posts as its content under either policy", () => {
  const thread = [
    'Damp patch above the window - Fixit Forum',
    'tarn_house',
    'Joined: Apr 2, 2020',
    'Messages: 88',
    'A damp patch has appeared above our bedroom window after the last two storms. It dries out within a week. Any ideas?',
    'Reply',
    'millstone_mick',
    'Joined: Jan 9, 2012',
    'Messages: 3,415',
    'Check the window head first. On houses of that age the drip groove is often filled with paint, so the water runs back in.',
    'Reply',
  ].join('\n');
  for (const comments of ['drop', 'keep'] as const) {
    const result = strip(thread, { comments });
    expect(result.page.type).toBe('discussion');
    expect(block(result, thread.split('\n')[9]!)).toMatchObject({ kept: true, role: 'body' });
  }
});
