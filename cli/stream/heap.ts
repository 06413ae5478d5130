// Keeps a long stream's heap near its live set. The cleaning's live set is small and does not grow
// with the stream, but V8 lets the heap grow well past it between major collections, and those
// growth spurts, not what is held, make a long stream's peak resident memory. The heap's limits
// cannot be set once node runs (V8 reads --max-old-space-size at start-up), and a worker thread
// with bounded limits costs a second isolate and the copies of every record: more than it saves.
// A full collection can still be asked for, by reaching V8's `gc` the way --expose-gc does; one
// every few megabytes of input text costs little next to cleaning them.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Characters of input cleaned between two full collections. */
export const COLLECT_EVERY_CHARS = 4_000_000;

/** V8's full collection, or undefined where it cannot be reached (then the heap grows as V8 decides). */
export function fullCollection(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as () => void;
  try {
    // The flag makes new contexts carry `gc`; it is turned off again at once, so nothing else sees it.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

let collect: (() => void) | undefined | null = null;
let sinceCollection = 0;

/** Counts `chars` of input cleaned in this thread, and collects when enough has been since the last time. */
export function cleaned(chars: number): void {
  sinceCollection += chars;
  if (sinceCollection < COLLECT_EVERY_CHARS) return;
  sinceCollection = 0;
  if (collect === null) collect = fullCollection();
  collect?.();
}
