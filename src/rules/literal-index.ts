// Finds, in one pass over a block's text, which rules' required literals it contains (see
// rules/literals.ts): an Aho-Corasick automaton over all the rules' literals, compiled to a dense
// transition table over the literals' own characters, whose states carry a bit mask of the rules
// they complete a literal of. A scan is three array reads and an OR per character, with no allocation;
// packages on npm return the matched strings, which is more work than a yes/no per rule needs.

/** String.prototype.charCodeAt, called on a text: see text.ts. */
const charCodeAt = String.prototype.charCodeAt;

/** Bits per mask word: rule slot s is bit s % 32 of word s / 32. */
const WORD_BITS = 32;

/** A built index's tables (see the fields of LiteralIndex). */
export interface LiteralIndexTables {
  readonly words: number;
  /** The characters of the literals, in the order of their columns (the first is column 2). */
  readonly symbols: string;
  readonly table: Int32Array;
  readonly masks: Int32Array;
}

function isLiteralLists(source: readonly (readonly string[])[] | LiteralIndexTables): source is readonly (readonly string[])[] {
  return Array.isArray(source);
}

function columnsOf(symbols: string): Uint16Array {
  const columns = new Uint16Array(0x10000).fill(1);
  for (let i = 0; i < symbols.length; i++) columns[symbols.charCodeAt(i)] = i + 2;
  return columns;
}

export class LiteralIndex {
  /** Mask words per state (and per scanned text). */
  readonly words: number;
  /** `columns[code]`: the column of a character's symbol in a row of `table` (1 for characters in no literal). */
  private readonly columns: Uint16Array;
  /**
   * One row per state: `table[row]` is the state's mask (with more than one mask word: 1 when any
   * is set), `table[row + column]` the row of the state reached on that column's character. A step
   * is an add and a load, with no multiply on the chain from one character to the next, and the
   * mask sits at the start of the row. States are numbered breadth-first, so the shallow states a
   * scan spends its time in share a few cache lines.
   */
  private readonly table: Int32Array;
  /** Columns per row: the mask, then one per symbol. */
  private readonly stride: number;
  /** `masks[state * words + w]`, for indexes of more than 32 slots. */
  private readonly masks: Int32Array;

  /**
   * `literalsBySlot[s]`: the literals of rule slot s (lower case, as in the normalised text). Or
   * the tables of an index built before (`tables()`, which the build saves for the built-in rules:
   * engine/prebuilt.ts), taken as they are.
   */
  constructor(literalsBySlot: readonly (readonly string[])[] | LiteralIndexTables) {
    if (!isLiteralLists(literalsBySlot)) {
      const { words, symbols, table, masks } = literalsBySlot;
      this.words = words;
      this.stride = symbols.length + 2;
      this.columns = columnsOf(symbols);
      this.table = table;
      this.masks = masks;
      return;
    }
    this.words = Math.max(1, Math.ceil(literalsBySlot.length / WORD_BITS));
    // Column 0 holds the mask, column 1 every character that occurs in no literal.
    const columns = new Uint16Array(0x10000).fill(1);
    let stride = 2;
    for (const literals of literalsBySlot) {
      for (const literal of literals) {
        for (let i = 0; i < literal.length; i++) {
          const code = literal.charCodeAt(i);
          if (columns[code] === 1) columns[code] = stride++;
        }
      }
    }
    this.stride = stride;
    this.columns = columns;

    // The trie in typed arrays (a pith run on one file builds its indexes cold, in the
    // interpreter, where a Map per state and their iterators made the built-in rules' twelve
    // indexes take ~130-160 ms instead of ~50-70, and fed the GC): each
    // state's children as a list (first child, next sibling, the column stepped on), found by
    // walking it (the root has a few dozen children, other states a few), and per state the mask
    // of the slots whose literals end there. A literal adds at most a state per character.
    let characters = 0;
    for (const literals of literalsBySlot) for (const literal of literals) characters += literal.length;
    const firstChild = new Int32Array(characters + 1);
    const nextSibling = new Int32Array(characters + 1);
    const edgeColumn = new Int32Array(characters + 1);
    const endMask = new Int32Array((characters + 1) * this.words);
    let states = 1;
    literalsBySlot.forEach((literals, slot) => {
      for (const literal of literals) {
        let state = 0;
        for (let i = 0; i < literal.length; i++) {
          const column = columns[literal.charCodeAt(i)]!;
          let next = firstChild[state]!;
          while (next !== 0 && edgeColumn[next] !== column) next = nextSibling[next]!;
          if (next === 0) {
            next = states++;
            edgeColumn[next] = column;
            nextSibling[next] = firstChild[state]!;
            firstChild[state] = next;
          }
          state = next;
        }
        endMask[state * this.words + ((slot / WORD_BITS) | 0)]! |= 1 << (slot % WORD_BITS);
      }
    });

    // Breadth-first: each state's number, then its mask and its missing transitions from its
    // failure state (shallower, so numbered and filled in before it).
    const words = this.words;
    const queue = new Int32Array(states); // trie states in breadth-first order
    const number = new Int32Array(states); // breadth-first number of each trie state
    for (let head = 0, tail = 1; head < tail; head++) {
      number[queue[head]!] = head;
      for (let next = firstChild[queue[head]!]!; next !== 0; next = nextSibling[next]!) queue[tail++] = next;
    }
    const table = new Int32Array(states * stride);
    const masks = new Int32Array(states * words);
    const failure = new Int32Array(states); // by number
    for (let n = 0; n < states; n++) {
      const state = queue[n]!;
      const fail = failure[n]!;
      let any = 0;
      for (let w = 0; w < words; w++) any |= masks[n * words + w] = endMask[state * words + w]! | masks[fail * words + w]!;
      table[n * stride] = words === 1 ? any : any === 0 ? 0 : 1;
      // The failure state's transitions, then the state's own: the root's missing ones stay at the
      // root, and a child fails to where its parent's failure steps on the same character.
      if (n > 0) table.copyWithin(n * stride + 1, fail * stride + 1, (fail + 1) * stride);
      for (let next = firstChild[state]!; next !== 0; next = nextSibling[next]!) {
        const column = edgeColumn[next]!;
        table[n * stride + column] = number[next]! * stride;
        failure[number[next]!] = n === 0 ? 0 : table[fail * stride + column]! / stride;
      }
    }
    this.table = table;
    this.masks = masks;
  }

  /** What the index is made of: an index made from it finds the same slots. */
  tables(): LiteralIndexTables {
    const symbols: string[] = [];
    this.columns.forEach((column, code) => {
      if (column !== 1) symbols[column - 2] = String.fromCharCode(code);
    });
    return { words: this.words, symbols: symbols.join(''), table: this.table, masks: this.masks };
  }

  /** ORs into `hits` (from `offset`, `words` numbers) the slots whose literals occur in `text`. */
  scan(text: string, hits: Int32Array, offset: number): void {
    const { columns, table, words } = this;
    const length = text.length; // once, not per character (see text.ts)
    let row = 0;
    if (words === 1) {
      let mask = 0;
      for (let i = 0; i < length; i++) {
        row = table[row + columns[charCodeAt.call(text, i)]!]!;
        mask |= table[row]!;
      }
      hits[offset]! |= mask;
      return;
    }
    const { masks, stride } = this;
    for (let i = 0; i < length; i++) {
      row = table[row + columns[charCodeAt.call(text, i)]!]!;
      // Few states end a literal: the branch is rarely taken.
      if (table[row] !== 0) {
        const state = (row / stride) | 0;
        for (let w = 0; w < words; w++) hits[offset + w]! |= masks[state * words + w]!;
      }
    }
  }
}
