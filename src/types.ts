// The shapes that flow through the pipeline: input -> blocks -> features -> rules -> decisions -> output.
// Everything here is plain data so that the JSON output is the library result, serialised.

/**
 * What a kept block is to the article. `comment` is a reader's comment, kept only when comments
 * are asked for (`StripOptions.comments`). `chrome` is the role of every dropped block.
 */
export type Role = 'title' | 'standfirst' | 'byline' | 'dateline' | 'caption' | 'body' | 'comment' | 'chrome';

/** What kind of chrome a dropped block is. */
export type ChromeCategory =
  | 'donation'
  | 'subscribe'
  | 'newsletter'
  | 'comments'
  | 'share'
  | 'cookie'
  | 'navigation'
  | 'related'
  | 'advertising'
  | 'legal'
  | 'login'
  | 'repeated'
  | 'other';

export const ROLES: readonly Role[] = ['title', 'standfirst', 'byline', 'dateline', 'caption', 'body', 'comment', 'chrome'];

/**
 * What kind of page a document is, read from its text: the context rules hold a page that is not
 * an article to other terms (a forum thread's posts are its content; a listing keeps its entries).
 */
export type PageType = 'article' | 'discussion' | 'product' | 'listing' | 'other';
export const PAGE_TYPES: readonly PageType[] = ['article', 'discussion', 'product', 'listing', 'other'];

export interface PageKind {
  type: PageType;
  /** The evidence, in words ("5 paragraphs of prose (412 words)"). */
  reason: string;
}

/** Reader comments under an article: dropped (the default), or kept with role `comment`. */
export type CommentPolicy = 'drop' | 'keep';
export const COMMENT_POLICIES: readonly CommentPolicy[] = ['drop', 'keep'];
export const CHROME_CATEGORIES: readonly ChromeCategory[] = [
  'donation',
  'subscribe',
  'newsletter',
  'comments',
  'share',
  'cookie',
  'navigation',
  'related',
  'advertising',
  'legal',
  'login',
  'repeated',
  'other',
];

/** One unit of text that is kept or dropped as a whole: a line, or part of a line split at a glued boundary. */
export interface Block {
  index: number;
  /** The block's text exactly as in the input (no line ending). */
  text: string;
  /** UTF-16 offsets into the input string: input.slice(start, end) === text. */
  start: number;
  end: number;
  /** 1-based line of the input the block starts on, and the line it ends on. */
  line: number;
  endLine: number;
  /** 1-based column (UTF-16 units) of the block's first character on its line. */
  column: number;
  /** True when the block was cut out of a longer line at a glued sentence boundary. */
  split: boolean;
  /**
   * Wrapped view only: a paragraph in one column of a layout table printed side by side shares its
   * lines with other columns, so it is not one span of the input. `parts` are its pieces, one per
   * line; `text` is their texts joined by "\n", and `start`/`end` run from the first piece's start
   * to the last piece's end.
   */
  parts?: BlockPart[];
}

/** One line's piece of a block that lies in a table column (see `Block.parts`). */
export interface BlockPart {
  start: number;
  end: number;
  line: number;
  column: number;
}

/** Shallow text features of one block, computed once and shared by every rule. */
export interface Features {
  chars: number;
  /** Word tokens (letters/digits runs; each CJK character counts as one). */
  words: number;
  /** Share of word tokens found in the document language's stopword list. */
  stopwordDensity: number;
  /** Ends with sentence punctuation (. ! ? ” " ' … ) */
  endsWithPunctuation: boolean;
  /** Number of sentence-like units. */
  sentences: number;
  /** Share of word tokens that start with an upper-case letter. */
  capitalisedRatio: number;
  /** Share of characters that are letters. */
  letterRatio: number;
  /** Share of characters that are ASCII digits. */
  digitRatio: number;
  /** URLs, e-mail addresses, separators such as | » · that mark link lists. */
  linkMarkers: number;
  /**
   * Share of the block's characters (spaces aside) that are link text, where the input's markup
   * says which words were links (Markdown's `[text](url)`); 0 where it does not.
   */
  linkShare: number;
  /** Lower-cased text with collapsed whitespace, for phrase rules. */
  normalized: string;
  /**
   * Bits of the character classes the block holds (`CHARACTER_CLASSES`: ASCII digits, ".", link
   * arrows and separators, code symbols), for a rule to skip a pattern that needs one of them.
   */
  characters: number;
}

/** A block together with its features, as rules see it. */
export interface AnalysedBlock extends Block {
  features: Features;
}

/** What a rule says about one block. */
export interface Verdict {
  kept: boolean;
  role: Role;
  /** Set when the verdict drops the block. */
  category?: ChromeCategory;
  /** A short human reason, e.g. "donation appeal: 'your support helps us'". */
  reason: string;
}

/** The decision pith made for one block, as printed by `--format json`. */
export interface BlockDecision extends Block {
  kept: boolean;
  role: Role;
  category: ChromeCategory | null;
  /** Id of the rule that decided. */
  rule: string;
  reason: string;
}

export type Preset = 'precision' | 'balanced' | 'recall';

/** The layout of an input: one block per line, or hard-wrapped paragraphs. */
export type TextView = 'blocks' | 'wrapped';

/** The result of `strip`: what `pith --format json` prints for each input. */
export interface StripResult {
  /** Version of this shape; bumped on any incompatible change. */
  schemaVersion: 1;
  /**
   * The cleaned text: kept blocks in input order, one per line, with the input's line ending. In
   * the wrapped view a kept paragraph is one line, its line breaks unwrapped to spaces (or, with
   * `originalLines`, its original lines).
   */
  text: string;
  /** The line ending detected in the input and used in `text`. */
  eol: '\n' | '\r\n' | '\r';
  /** Code of the language the document was read in, such as 'en' (given, or detected). */
  language: string;
  /** The view the input was read in (given, or detected). */
  view: TextView;
  /** What kind of page it is, and why (the context rules' reading). */
  page: PageKind;
  stats: {
    blocks: number;
    kept: number;
    dropped: number;
    inputChars: number;
    keptChars: number;
  };
  blocks: BlockDecision[];
}
