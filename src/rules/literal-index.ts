// Finds, in one pass over a block's text, which rules' required literals it contains (see
// rules/literals.ts): an Aho-Corasick automaton over all the rules' literals, compiled to a dense
// transition table over the literals' own characters, whose states carry a bit mask of the rules
// they complete a literal of. A scan is two array reads and an OR per character, with no allocation;
// packages on npm return the matched strings, which is more work than a yes/no per rule needs.

/** Bits per mask word: rule slot s is bit s % 32 of word s / 32. */
const WORD_BITS = 32;

export class LiteralIndex {
  /** Mask words per state (and per scanned text). */
  readonly words: number;
  private readonly symbols: Uint16Array;
  private readonly alphabet: number;
  private readonly next: Int32Array;
  private readonly masks: Int32Array;

  /** `literalsBySlot[s]`: the literals of rule slot s (lower case, as in the normalised text). */
  constructor(literalsBySlot: readonly (readonly string[])[]) {
    this.words = Math.max(1, Math.ceil(literalsBySlot.length / WORD_BITS));
    // Symbol 0 stands for every character that occurs in no literal.
    this.symbols = new Uint16Array(0x10000);
    let alphabet = 1;
    for (const literals of literalsBySlot) {
      for (const literal of literals) {
        for (let i = 0; i < literal.length; i++) {
          const code = literal.charCodeAt(i);
          if (this.symbols[code] === 0) this.symbols[code] = alphabet++;
        }
      }
    }
    this.alphabet = alphabet;

    // The trie, one Map per state while building.
    const children: Map<number, number>[] = [new Map()];
    const slotsAt: number[][] = [[]];
    literalsBySlot.forEach((literals, slot) => {
      for (const literal of literals) {
        let state = 0;
        for (let i = 0; i < literal.length; i++) {
          const symbol = this.symbols[literal.charCodeAt(i)]!;
          let child = children[state]!.get(symbol);
          if (child === undefined) {
            child = children.length;
            children.push(new Map());
            slotsAt.push([]);
            children[state]!.set(symbol, child);
          }
          state = child;
        }
        slotsAt[state]!.push(slot);
      }
    });

    // Breadth-first: each state's missing transitions and its mask come from its failure state.
    const states = children.length;
    this.next = new Int32Array(states * alphabet);
    this.masks = new Int32Array(states * this.words);
    const failure = new Int32Array(states);
    const queue: number[] = [];
    for (const [symbol, child] of children[0]!) {
      this.next[symbol] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const slot of slotsAt[state]!) this.masks[state * this.words + ((slot / WORD_BITS) | 0)]! |= 1 << slot % WORD_BITS;
      for (let w = 0; w < this.words; w++) this.masks[state * this.words + w]! |= this.masks[failure[state]! * this.words + w]!;
      for (let symbol = 0; symbol < alphabet; symbol++) {
        const child = children[state]!.get(symbol);
        const fallback = this.next[failure[state]! * alphabet + symbol]!;
        if (child === undefined) this.next[state * alphabet + symbol] = fallback;
        else {
          this.next[state * alphabet + symbol] = child;
          failure[child] = fallback;
          queue.push(child);
        }
      }
    }
  }

  /** ORs into `hits` (from `offset`, `words` numbers) the slots whose literals occur in `text`. */
  scan(text: string, hits: Int32Array, offset: number): void {
    const { symbols, next, masks, alphabet, words } = this;
    let state = 0;
    if (words === 1) {
      let mask = 0;
      for (let i = 0; i < text.length; i++) {
        state = next[state * alphabet + symbols[text.charCodeAt(i)]!]!;
        mask |= masks[state]!;
      }
      hits[offset]! |= mask;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      state = next[state * alphabet + symbols[text.charCodeAt(i)]!]!;
      for (let w = 0; w < words; w++) hits[offset + w]! |= masks[state * words + w]!;
    }
  }
}
