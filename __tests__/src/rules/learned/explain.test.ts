// `--explain` reasons a person can read: the learned classifier names evidence in words (no
// thresholds, feature names or probabilities but a short "(model: ...)"), and the phrase rules
// quote the whole phrase they matched, cut at a word boundary.

import fc from 'fast-check';
import { strip } from '../../../../src/index.js';
import { FEATURE_NAMES, FIRST_STAGE_WIDTH, SECOND_STAGE_WIDTH, STAGE2_FEATURE_NAMES } from '../../../../src/rules/learned/features.js';
import { explainer } from '../../../../src/rules/learned/explain.js';
import { loadModel } from '../../../../src/rules/learned/model.js';
import { matchedPhrase, quote } from '../../../../src/rules/phrases.js';

/** What a reader should never see in a reason: the model's internals. */
function expectReadable(reason: string): void {
  expect(reason).not.toMatch(/<=|>=|\b0\.\d|probability|first-stage|stopword density|jusText|feature \d|NaN|undefined|Infinity/);
  for (const name of [...FEATURE_NAMES, ...STAGE2_FEATURE_NAMES]) if (name.includes(' ')) expect(reason).not.toContain(name);
  expect(reason.length).toBeLessThan(110);
}

// An invented page: a menu, a headline, three paragraphs, a comments marker and two short lines.
const page = [
  'Home',
  'World',
  'Weather',
  'Sport',
  'Lighthouse keeper retires after forty winters on the rock',
  'For forty winters the keeper of the Skerry light climbed the hundred and twelve steps every evening, trimmed the wick and watched the ships pass the reef, and on Friday he climbed them for the last time.',
  'The light was automated years ago, but the board that runs it kept him on because, as its chairman put it, a machine does not notice when a fishing boat is in trouble.',
  'He plans to move to the mainland, where his daughter runs a bakery, and says he will miss the storms more than anything else about the island.',
  'Comments',
  'Great story',
  'Loved it',
].join('\n');

describe('learned-classifier reasons', () => {
  it("name the evidence in words, with the model's confidence as a short suffix", () => {
    const reasons = strip(page)
      .blocks.filter((block) => block.rule === 'learned-classifier')
      .map((block) => block.reason);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) {
      expectReadable(reason);
      expect(reason).toMatch(/\(model: \d{1,3}% (article text|chrome)\)/);
    }
  });

  it('read as words for any leaves the forests reach, both ways', () => {
    const { first, second } = loadModel('blocks');
    const value = fc.oneof(fc.integer({ min: -60, max: 400 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.5, 1, 50));
    fc.assert(
      fc.property(fc.array(value, { minLength: SECOND_STAGE_WIDTH, maxLength: SECOND_STAGE_WIDTH }), fc.boolean(), (row, towardsBody) => {
        const values = Float64Array.from(row);
        const leaf = new Int32Array(1);
        second!.evaluate(values, SECOND_STAGE_WIDTH, Int32Array.of(0), new Float64Array(1), leaf);
        const reason = explainer(second!).reason(leaf[0]!, towardsBody);
        expect(reason.length).toBeGreaterThan(0);
        expectReadable(reason);
        // A leaf's reason is made once: the same string after.
        expect(explainer(second!).reason(leaf[0]!, towardsBody)).toBe(reason);
        // The first stage alone (a model without a second) words its leaves too.
        first.evaluate(values.subarray(0, FIRST_STAGE_WIDTH), FIRST_STAGE_WIDTH, Int32Array.of(0), new Float64Array(1), leaf);
        expectReadable(explainer(first).reason(leaf[0]!, towardsBody));
      }),
      { numRuns: 300 },
    );
  });
});

describe('phrase-rule quotes', () => {
  it('quote the whole phrase a legal footer matched, not a prefix of it', () => {
    const footer = strip(`${page}\n© 2024 Example Media. All rights reserved.`).blocks.at(-1)!;
    expect(footer.rule).toBe('legal-footer');
    expect(footer.reason).toBe('legal phrase "© 2024 example media"');
  });

  it('widen a match to whole words, and run a match that names nothing on to the end of its clause', () => {
    const text = '© 2024 example media. all rights reserved.';
    expect(matchedPhrase(text, 0, 3)).toBe('© 2024 example media');
    expect(matchedPhrase('copyright © 2012', 0, 13)).toBe('copyright © 2012');
    expect(matchedPhrase('sign up for our newsletter', 0, 15)).toBe('sign up for our');
    expect(matchedPhrase('please subscribe today', 9, 15)).toBe('subscribe');
  });

  it('cut long quotes at a word boundary', () => {
    expect(quote('privacy policy | terms of use | contact us | about us | careers')).toBe('"privacy policy | terms of use | contact us…"');
    expect(quote('short one')).toBe('"short one"');
    expect(quote('x'.repeat(60))).toBe(`"${'x'.repeat(49)}…"`);
  });
});
