// What a caller can ask of `strip`. Apart from src/types.ts because it names rules, whose module
// (rules/rule.ts) builds on the pipeline's shapes there.

import type { EnginePath } from './engine/tuning.js';
import type { Rule, RuleOptions } from './rules/rule.js';
import type { CommentPolicy, Preset, TextView } from './types.js';
import type { RepeatedLines } from './records/line-counts.js';

export interface StripOptions {
  /** Rule ids to switch off. */
  disable?: readonly string[];
  /** Extra rules (for example built from a user's config). They run with the built-in ones. */
  rules?: readonly Rule[];
  /**
   * Code of the document's language (picks the stopword list and its thresholds), such as 'en' or
   * 'de'. Not given: detected per document (`StripResult.language` says which), 'en' when the text
   * is too short to tell.
   */
  language?: string;
  /** Rule ids to keep on even where the preset or `disable` would switch them off. */
  enable?: readonly string[];
  /** Trade-off between removing too little and too much (see issue 4); default 'balanced'. */
  preset?: Preset;
  /** Per rule id, settings that override the rule's default `options` (e.g. thresholds). */
  ruleOptions?: Readonly<Record<string, RuleOptions>>;
  /**
   * Reader comments under an article: 'drop' (default) or 'keep', as role `comment` (their
   * "Reply" and "Report" buttons, vote counts and "Load more comments" still go). On a page that
   * is a discussion (a forum thread) the posts are the content either way.
   */
  comments?: CommentPolicy;
  /** Phrases never removed: a block that contains one (case and spacing ignored) is always kept. */
  allow?: readonly string[];
  /**
   * How the input is laid out: 'blocks' (one block per line: scraper output, WET), 'wrapped' (a
   * terminal dump such as `w3m -dump`: hard-wrapped paragraphs), or 'auto' (default): detected.
   */
  view?: 'auto' | TextView;
  /**
   * The cleaned text of a wrapped document keeps the original lines of the kept paragraphs, as
   * they were, instead of one line per paragraph (what `--write` uses). No effect on the block view.
   */
  originalLines?: boolean;
  /**
   * The text is Markdown: its YAML front matter and fenced code are protected, passed through as
   * kept blocks (rule `protected`) that the rules never judge. Lines between
   * `<!-- pith-ignore-start -->` and `<!-- pith-ignore-end -->` are protected in any text.
   */
  markdown?: boolean;
  /**
   * Which of the engine's equivalent paths to take (the decisions are the same on each):
   * 'auto' (default) switches to WebAssembly kernels, lookup tables and literal indexes once a run
   * has done enough work to pay for them; 'js' never does; 'wasm' does from the first document.
   * For tests and debugging (the CLI reads PITH_ENGINE).
   */
  engine?: EnginePath;
  /**
   * How many documents of a collection each line occurs in (counted by the caller, e.g. the CLI's
   * `--dedupe-lines` or `--repeated-lines counts.bin`): a line found in at least `threshold` of
   * them is chrome of category `repeated` (rule repeated-line), unless it is long prose. Absent:
   * no line is judged by its repetition.
   */
  repeatedLines?: RepeatedLines;
}
