// The fixed train/test split of the dev corpus: 70 % fits the model, 30 % measures it. Documents
// are split by web site (URL host), so that no site is in both halves: a figure on the test half
// says how the model does on sites it has never seen. FNV-1a, so the split never depends on file
// order or on the machine.

export function siteOf(doc) {
  try {
    return new URL(doc.url).hostname.replace(/^www\./, '');
  } catch {
    return `${doc.dataset}/${doc.id}`;
  }
}

export function isTestDocument(doc) {
  let hash = 0x811c9dc5;
  for (const char of siteOf(doc)) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 10 >= 7;
}

/** split: 'train', 'test' or 'all'; doc: a row of the corpus index (dataset, id, url). */
export function inSplit(split, doc) {
  if (split === 'all') return true;
  return (split === 'test') === isTestDocument(doc);
}
