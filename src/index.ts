// pith's library entry point: strip(text) runs input -> blocks -> features -> rules -> decisions
// -> output, all in memory. No file system, no process, no colour: the CLI adds those.

import { readSource, type Source } from './input/source.js';
import { masked, protectedLines, withProtected } from './input/protect.js';
import { segment } from './blocks/segment.js';
import { detectView, isHardWrapped } from './blocks/view.js';
import { DEFAULT_LANGUAGE, detectLanguage, surelyEnglish } from './features/language.js';
import { segmentWrapped } from './blocks/wrapped.js';
import { looksLikeMarkdown, markdownBlocks } from './input/markdown.js';
import { html2textBlocks, looksLikeHtml2text } from './input/html2text.js';
import { analyse, analyseUnlessCjk } from './features/features.js';
import { stopwordsFor } from './features/stopwords.js';
import { runRules, finalDecisions, applyAllowList } from './decisions/engine.js';
import { buildResult } from './output/result.js';
import type { Rule } from './rules/rule.js';
import { builtinRules } from './rules/index.js';
import { checkExamplesWith, ruleSetFor, type CheckOptions, type ExampleOutcome } from './rules/examples.js';
import { resolveSettings, type RunSettings } from './settings.js';
import { withEnginePath } from './engine/tuning.js';
import type { Block, StripResult, TextView } from './types.js';
import type { StripOptions } from './options.js';

export type * from './types.js';
export type { StripOptions } from './options.js';
export type {
  Rule,
  BlockRule,
  DocumentRule,
  PhraseRule,
  PhraseGroup,
  DocumentVerdicts,
  RuleVerdict,
  RuleContext,
  RuleExample,
  ExampleExpectation,
  RulePhase,
  Certainty,
  Decision,
  RuleOptions,
  RuleOptionValue,
} from './rules/rule.js';
export { builtinRules } from './rules/index.js';
export { PRESETS, type PresetSettings } from './rules/presets.js';
export { RULE_PHASES } from './rules/rule.js';
export { phraseRule, type PhraseRuleSpec } from './rules/phrases.js';
export { ENGINE_PATHS, type EnginePath } from './engine/tuning.js';
export { userRule, type UserRuleData } from './rules/user-rules.js';
export { ROLES, CHROME_CATEGORIES, PAGE_TYPES, COMMENT_POLICIES } from './types.js';
export { resolveSettings, type RunSettings } from './settings.js';

/** The rules a run uses: the built-in set plus the caller's, minus the disabled ones, with their options. */
export function activeRules(options: StripOptions = {}): Rule[] {
  return resolveSettings(options).rules;
}

/**
 * The first three stages (input, blocks, features): what the rules run on, without protected regions
 * (the dev corpus has none). Also used by scripts/fit.mjs.
 */
export function prepare(text: string, options: StripOptions = {}) {
  const settings = resolveSettings(options);
  return withEnginePath(settings.engine, () => prepareSource(text, readSource(text), settings));
}

// Markdown blocks are paragraphs and list items, one per HTML block as in the block view; the
// rules and the model read them in the view whose blocks they are most like.
const MARKDOWN_VIEW: TextView = 'blocks';
// Debian html2text wraps every paragraph at the terminal's width, without a blank line between
// paragraphs: a short page of it can look like one line per paragraph, which it never is.
const HTML2TEXT_VIEW: TextView = 'wrapped';

function prepareSource(text: string, source: Source, options: Pick<RunSettings, 'view' | 'language'>) {
  const markdown = looksLikeMarkdown(source.lines) ? markdownBlocks(text, source.lines) : undefined;
  const converted = !markdown && looksLikeHtml2text(source.lines);
  // Its headings without its wrapping (pith's own output of such a page, one paragraph per line) are
  // read in the view the lines have.
  const view =
    options.view !== 'auto'
      ? options.view
      : markdown
        ? MARKDOWN_VIEW
        : converted && isHardWrapped(source.lines)
          ? HTML2TEXT_VIEW
          : detectView(source.lines);
  const viewBlocks = markdown ?? (view === 'wrapped' ? segmentWrapped(text, source.lines, !converted) : segment(source.lines));
  // Debian html2text's output keeps the view's blocks; the rules read them without its marks.
  const html2text = converted ? html2textBlocks(viewBlocks) : undefined;
  const segmented = html2text?.blocks ?? viewBlocks;
  // A block-view block is a slice of the text: all of them are counted in one call (a Markdown or
  // html2text block's text is what it shows, not a slice).
  const document = view === 'blocks' && !markdown && !html2text ? text : undefined;
  const analysed = analysedBlocks(segmented, source, options.language, document);
  const shares = markdown ?? html2text?.readings;
  if (shares) {
    analysed.blocks.forEach((block, i) => {
      const { linkChars, visibleChars } = shares[i]!;
      block.features.linkShare = visibleChars ? linkChars / visibleChars : 0;
    });
  }
  // What is kept, and shown, is the view's own text.
  const originalTexts = html2text ? viewBlocks.map((block) => block.text) : undefined;
  return { source, view, markdown: markdown !== undefined, originalTexts, ...analysed };
}

function analysedBlocks(segmented: readonly Block[], source: Source, language: string | undefined, document: string | undefined) {
  if (language) return { language, blocks: analyse(segmented, stopwordsFor(language), document) };
  // Most pages are English: their features, counted with the English list, also tell that they
  // are; other pages are detected from their lines and counted again with their own list.
  const english = analyseUnlessCjk(segmented, stopwordsFor(DEFAULT_LANGUAGE), document);
  const detected = english && surelyEnglish(english.map((block) => block.features)) ? DEFAULT_LANGUAGE : detectLanguage(source.lines);
  const blocks = detected === DEFAULT_LANGUAGE && english ? english : analyse(segmented, stopwordsFor(detected), document);
  return { language: detected, blocks };
}

/** Separates article text from chrome. Returns the cleaned text and a decision for every block. */
export function strip(text: string, options: StripOptions = {}): StripResult {
  return stripSettled(text, resolveSettings(options));
}

/**
 * `strip` with exactly these rules, in this order: no preset, `enable`, `disable` or rule options
 * apply (the examples' checker and `npm run mutate` run rule sets of their own, such as one with a
 * mutated rule).
 */
export function stripWithRules(text: string, options: StripOptions, rules: readonly Rule[]): StripResult {
  return stripSettled(text, { ...resolveSettings(options), rules: [...rules] });
}

function stripSettled(text: string, settings: RunSettings): StripResult {
  return withEnginePath(settings.engine, () => stripOnPath(text, settings));
}

function stripOnPath(text: string, settings: RunSettings): StripResult {
  const source = readSource(text);
  // Protected lines (front matter, fenced code, pith-ignore regions) are blank to the rules and
  // come back as kept blocks; the output is built from the original text and lines.
  const kinds = protectedLines(text, source.lines, settings.markdown);
  const hidden = kinds ? masked(text, source.lines, kinds) : undefined;
  const { view, language, blocks, markdown, originalTexts } = hidden
    ? prepareSource(hidden.text, { ...source, lines: hidden.lines }, settings)
    : prepareSource(text, source, settings);
  const { decisions, page } = runRules({
    blocks,
    rules: settings.rules,
    language,
    view,
    comments: settings.comments,
    ...(settings.repeatedLines ? { repeatedLines: settings.repeatedLines } : {}),
  });
  applyAllowList(blocks, decisions, settings.allow);
  const decided = finalDecisions(blocks, decisions);
  // The rules read a Markdown block's text without its syntax; what is kept, and shown, is its lines.
  if (markdown) for (const decision of decided) decision.text = text.slice(decision.start, decision.end);
  if (originalTexts) decided.forEach((decision, i) => (decision.text = originalTexts[i]!));
  return buildResult(text, source, kinds ? withProtected(decided, source.lines, kinds) : decided, language, page, {
    view,
    originalLines: settings.originalLines,
    wholeLines: markdown,
  });
}

/**
 * Runs a rule's examples through `strip` (every built-in rule on, the learned model included) in
 * each view they name, and compares each example's block with the outcome it states: for a `match`
 * example, decided by this rule, kept or dropped, with its role or category; for a `noMatch`
 * example, the stated outcome, decided by another rule. A rule that is not built in runs before
 * the built-in rules, as a config's own rules do; one with a built-in id replaces that rule.
 */
export function checkRuleExamples(rule: Rule, options: CheckOptions | readonly Rule[] = {}): ExampleOutcome[] {
  const settings: CheckOptions = Array.isArray(options) ? { rules: options as readonly Rule[] } : (options as CheckOptions);
  return checkExamplesWith(stripWithRules, rule, ruleSetFor(rule, builtinRules, settings.rules), settings);
}
export {
  expectationOf,
  viewsOf,
  normaliseExample,
  type CheckOptions,
  type ExampleOutcome,
  type ExpectedOutcome,
} from './rules/examples.js';
export { cleanRecord, type RecordOutcome, type RecordNote } from './records/record.js';
export { chromeSpans, keptText, type ChromeSpan } from './records/spans.js';
export {
  LineCounts,
  repeatedLineList,
  toBytes,
  fromBytes,
  hash64,
  DEFAULT_REPEATED_DOCUMENTS,
  DEFAULT_DEPTH,
  DEFAULT_WIDTH_BITS,
  MAX_COUNT,
  type LineCountsData,
  type RepeatedLines,
} from './records/line-counts.js';
export { lineKey } from './text.js';
export { resolveRecordSettings, DEFAULT_MAX_DOC_CHARS, type RecordOptions, type RecordSettings } from './settings.js';
