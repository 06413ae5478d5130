// The fitted forests, one per view (wrapped paragraphs read differently from one-line blocks).
// They are data files written by scripts/fit.mjs (npm run fit) and loaded on first use, so that
// starting pith (pith --version, a pre-commit hook on one file) does not pay for parsing them.

import { createRequire } from 'node:module';
import type { TextView } from '../../types.js';
import { Forest, type EncodedForest } from './tree.js';

export interface FittedModel {
  /** The fit command that made it. */
  fitted: string;
  trainDocuments: number;
  forest: EncodedForest;
  /** The second stage (stacking), which also reads the first stage's probabilities around a block. */
  stage2?: EncodedForest;
}

export interface LoadedModel {
  first: Forest;
  second: Forest | undefined;
}

const models = new Map<TextView, LoadedModel>();

export function loadModel(view: TextView): LoadedModel {
  let model = models.get(view);
  if (!model) {
    const data = createRequire(import.meta.url)(`./model-${view}.json`) as FittedModel;
    models.set(view, (model = { first: new Forest(data.forest), second: data.stage2 ? new Forest(data.stage2) : undefined }));
  }
  return model;
}
