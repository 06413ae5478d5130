// Loading pith's WebAssembly kernels (the learned forest's walk, countWords over a document's
// blocks; scripts/wasm.mjs assembles them). Their binaries ship as base64 in TypeScript modules,
// so neither the bundle nor the library needs a file beside it. Where WebAssembly is missing
// (node --jitless) the callers keep their JavaScript paths, which give the same answers.

import { enginePath, warm } from './engine/tuning.js';

/** A module's linear memory. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** The part of the WebAssembly API used here (TypeScript's ES lib has no types for it). */
interface WasmApi {
  Module: new (bytes: ArrayBuffer) => object;
  Instance: new (module: object, imports?: object) => { exports: object };
}

interface NodeBuffer {
  from(text: string, encoding: 'base64'): Uint8Array;
  from(
    buffer: ArrayBuffer,
    byteOffset: number,
    length: number,
  ): { write(text: string, offset: number, length: number, encoding: 'utf16le'): number };
}

const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;

/** The bytes of a base64 string: natively where Node's Buffer is there (fast at start-up), else with atob. */
export function decodeBase64(base64: string): ArrayBuffer {
  if (nodeBuffer) {
    // A copy: a small Buffer is a view into a shared pool (its .buffer is the whole pool), and the
    // typed arrays over it must start at offset 0, aligned.
    return new Uint8Array(nodeBuffer.from(base64, 'base64')).buffer;
  }
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** The exports of the module `base64` holds, instantiated with `imports`; undefined without WebAssembly. */
export function instantiate<Exports>(base64: string, imports?: object): Exports | undefined {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api) return undefined;
  return new api.Instance(new api.Module(decodeBase64(base64)), imports).exports as Exports;
}

const PAGE = 65536;

/**
 * A module whose memory grew past this for one large document is dropped after it and made again
 * when next needed (in a millisecond): WebAssembly memory never shrinks, and a process that
 * met one huge input would otherwise hold its size for good.
 */
export const KEEP_MEMORY_BYTES = 64 * 1024 * 1024;

/** Grows `memory` to hold at least `bytes` (views over its old buffer are then detached). */
export function reserve(memory: WasmMemory, bytes: number): void {
  const missing = bytes - memory.buffer.byteLength;
  if (missing > 0) memory.grow(Math.ceil(missing / PAGE));
}

/**
 * A WebAssembly kernel and its JavaScript twin: a run uses JavaScript until it has done `after`
 * units of work (a short run does not pay for making the kernel), then the kernel, made once by
 * `make` (undefined: no WebAssembly, JavaScript for good); the engine path (engine/tuning.ts) may
 * pin either. A kernel whose memory grew past KEEP_MEMORY_BYTES is dropped after the call and made
 * again when next needed.
 */
export class LazyKernel<Kernel extends { readonly memory: WasmMemory }> {
  private kernel: Kernel | null | undefined;
  private done = 0;

  constructor(
    private readonly make: () => Kernel | undefined,
    private readonly after: number,
  ) {}

  /** The kernel for `units` more work, or undefined when JavaScript is to do it. */
  use(units: number): Kernel | undefined {
    if (enginePath() === 'js') return undefined;
    if (this.kernel === undefined) {
      if (!warm((this.done += units), this.after)) return undefined;
      this.kernel = this.make() ?? null;
    }
    return this.kernel ?? undefined;
  }

  /** After a call of the kernel: drops it when its memory grew past what is kept. True when dropped. */
  release(): boolean {
    if (!this.kernel || this.kernel.memory.buffer.byteLength <= KEEP_MEMORY_BYTES) return false;
    this.kernel = undefined;
    return true;
  }
}

/** Rounds a byte offset up to a multiple of 8. */
export function align8(bytes: number): number {
  return (bytes + 7) & ~7;
}

/** Writes `text`'s UTF-16 code units at byte offset `at` (even) of `memory`, which must hold them. */
export function writeUtf16(memory: WasmMemory, at: number, text: string): void {
  if (nodeBuffer) {
    // One native copy, where a loop would read the string a character at a time.
    nodeBuffer.from(memory.buffer, at, text.length * 2).write(text, 0, text.length * 2, 'utf16le');
    return;
  }
  const units = new Uint16Array(memory.buffer, at, text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
}
