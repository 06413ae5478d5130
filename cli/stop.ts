// Stopping a run cleanly: Ctrl-C, or a standard output that failed. The signal is shared with the
// worker threads, which check it before each file, so a file is never left half-written.

/** Asks a run to stop starting files. */
export class StopSignal {
  readonly cell = new Int32Array(new SharedArrayBuffer(4));

  request(): void {
    Atomics.store(this.cell, 0, 1);
  }

  get requested(): boolean {
    return stopRequested(this.cell);
  }
}

export function stopRequested(cell: Int32Array | undefined): boolean {
  return cell !== undefined && Atomics.load(cell, 0) === 1;
}
