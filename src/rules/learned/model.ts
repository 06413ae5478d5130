// The fitted forests, one per view (wrapped paragraphs read differently from one-line blocks).
// They are data files written by scripts/fit.mjs (npm run fit) and loaded on first use, so that
// starting pith (pith --version, a pre-commit hook on one file) does not pay for parsing them.

import { createRequire } from 'node:module';
import type { TextView } from '../../types.js';
import { Forest, type EncodedForest } from './tree.js';

export interface FittedModel extends EncodedForest {
  /** The fit command that made it. */
  fitted: string;
  trainDocuments: number;
}

const forests = new Map<TextView, Forest>();

export function loadForest(view: TextView): Forest {
  let forest = forests.get(view);
  if (!forest) {
    const model = createRequire(import.meta.url)(`./model-${view}.json`) as FittedModel;
    forests.set(view, (forest = new Forest(model)));
  }
  return forest;
}
