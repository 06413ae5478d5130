// A short news article of our own, shared by the rules' examples so that each example shows only
// the chrome it is about.

import type { RuleExample } from './rule.js';

export const STORM_TITLE = 'Storm closes schools across the county';

export const STORM_PARAGRAPHS: readonly string[] = [
  'All schools in the county will be closed on Monday after the storm brought down trees and power lines across the region, officials said on Sunday evening.',
  'The council said that buses would not run until the roads had been cleared and checked, which could take until the middle of the week according to its engineers.',
  'Parents were told to check the council website for updates, and to keep children away from fallen lines and flooded roads until further notice.',
  'The storm, the third this winter, brought gusts of more than ninety miles an hour to the coast and left thousands of homes without power overnight.',
  'Engineers expected to reconnect most of them by Tuesday, although some farms in the hills could wait until the end of the week for their supply to return.',
];

/** More of the storm article, for examples that need a longer one. */
export const STORM_MORE_PARAGRAPHS: readonly string[] = [
  'Farmers in the hills said that the roads to the higher villages were still blocked by fallen trees on Sunday night, and that some of them had not seen a council vehicle since Friday.',
  'The council promised to send more crews from the neighbouring districts on Monday morning, and asked drivers to stay off the roads in the meantime unless their journey was essential.',
  'At the harbour the lifeboat crew was called out twice on Saturday, once to a yacht that had dragged its anchor and once to a walker cut off by the tide below the cliffs.',
  'The forecasters expect the wind to drop on Tuesday, but they warned that more rain was on its way for the end of the week and that the rivers would stay high until then.',
];

/** A thread of two signed readers' comments under the storm article, with its heading. */
export const STORM_COMMENTS: readonly string[] = [
  'Comments',
  'Anna — March 18, 2024, 4:09 pm',
  'We lost power for two days and the school bus still has not come back, so the children walk along the main road with no pavement.',
  'Tom — March 18, 2024, 6:30 pm',
  'The crews were on our street by Sunday lunchtime, so credit where it is due to the people who worked through the night.',
];

/** An example page, one block per line, whose block `block` is kept as body text. */
export function keptBody(lines: readonly string[], block = 5): RuleExample {
  return { document: lines.join('\n'), block, kept: true, role: 'body' };
}

/** `text` as the line under the title and the first three paragraphs: where chrome under an article sits. */
export function underStory(text: string): { document: string; block: number } {
  return { document: [...stormArticle(3), text].join('\n'), block: 4 };
}

/** The title and the first `paragraphs` paragraphs, one block per line. */
export function stormArticle(paragraphs: number): string[] {
  return [STORM_TITLE, ...STORM_PARAGRAPHS.slice(0, paragraphs)];
}

/** The storm story with a donation box (blocks 5-8) before its last paragraph (block 9), a paywall notice and prompts under it. */
export function storyPastDonationBox(): string[] {
  return [
    ...stormArticle(4),
    'Our reporting is free for everyone. That is only possible thanks to readers like you.',
    'If you value what we do, support us with a monthly gift. Every pound goes to our reporting.',
    'Give monthly',
    'Make a one-time donation',
    STORM_PARAGRAPHS[4]!,
    'This article is for subscribers only.',
    "You've reached your limit of free stories. Subscribe for unlimited access.",
    'Log in or create an account to comment',
    'Comments (14)',
    'Recommended for you',
    'Most read',
  ];
}

/** The storm story with a box of other stories (blocks 6-9) under its first five paragraphs, and three more below it. */
export function stormWithStoryBox(): string[] {
  return [
    ...stormArticle(5),
    'Related stories',
    'Harbour wall repairs to start in spring',
    'Ferry timetable changes for the winter season',
    'Library reopens after two years of building work',
    ...STORM_MORE_PARAGRAPHS.slice(0, 3),
  ];
}

/** A ballad archive's records (title, first line, printer, shelfmark), for the examples of a page of records. */
const BALLADS: readonly (readonly [string, string, string, string])[] = [
  ['The miller of the dee', 'There dwelt a miller hale and bold', 'Harker, Leeds', 'BA 12/7'],
  ['Home from the fair', 'We walked the road from Skipton town', 'Walton, Bradford', 'BA 3/41'],
  ['The lass of the mill', 'Down by the weir where the water runs', 'Harker, Leeds', 'BA 12/9'],
  ['The new railway', 'The iron road has come at last', 'Walton, Bradford', 'BA 3/44'],
  ['A sailor’s return', 'Come all you maids of Whitby town', 'Pybus, Whitby', 'BA 7/2'],
  ['Winter in the dales', 'When snow lies deep on Pen-y-ghent', 'Harker, Leeds', 'BA 12/15'],
];

/** The first `count` ballads as the archive prints them: four fields each, under a numbered header when asked. */
export function balladRecords(count: number, numbered = false): string[] {
  return BALLADS.slice(0, count).flatMap(([title, firstLine, printer, shelfmark], i) => [
    ...(numbered ? [`${i + 1}. Ballad`] : []),
    `Title: ${title}`,
    `First line: ${firstLine}`,
    `Printer: ${printer}`,
    `Shelfmark: ${shelfmark}`,
  ]);
}
