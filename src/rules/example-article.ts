// A short news article of our own, shared by the rules' examples so that each example shows only
// the chrome it is about.

export const STORM_TITLE = 'Storm closes schools across the county';

export const STORM_PARAGRAPHS: readonly string[] = [
  'All schools in the county will be closed on Monday after the storm brought down trees and power lines across the region, officials said on Sunday evening.',
  'The council said that buses would not run until the roads had been cleared and checked, which could take until the middle of the week according to its engineers.',
  'Parents were told to check the council website for updates, and to keep children away from fallen lines and flooded roads until further notice.',
  'The storm, the third this winter, brought gusts of more than ninety miles an hour to the coast and left thousands of homes without power overnight.',
  'Engineers expected to reconnect most of them by Tuesday, although some farms in the hills could wait until the end of the week for their supply to return.',
];

/** `text` as the line under the title and the first three paragraphs: where chrome under an article sits. */
export function underStory(text: string): { document: string; block: number } {
  return { document: [...stormArticle(3), text].join('\n'), block: 4 };
}

/** The title and the first `paragraphs` paragraphs, one block per line. */
export function stormArticle(paragraphs: number): string[] {
  return [STORM_TITLE, ...STORM_PARAGRAPHS.slice(0, paragraphs)];
}
