// The progress bar for batch runs: files done, total, rate and ETA, on stderr. The caller decides
// whether to show one at all (a terminal, not --quiet, not CI).

import type { Writable } from 'node:stream';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

export const noProgress: Progress = { update() {}, stop() {} };

export async function progressBar(total: number, stream: Writable): Promise<Progress> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'pith {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(total, 0, { rate: '0' });
  return {
    update(done) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(0) : '0' });
    },
    stop() {
      bar.stop();
    },
  };
}

/** CI=true and friends: no bar, even when a CI runner gives us a pseudo-terminal. */
export function inCI(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
}
