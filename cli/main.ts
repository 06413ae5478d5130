// The process's entry (bin/pith.js loads its bundle): the real standard streams and signals around
// the command line (./cli.ts), whose functions return exit codes instead of exiting.

import { defaultCleanOptions } from './options.js';
import { clean, EXIT_OK, EXIT_SIGINT, EXIT_SIGTERM, EXIT_USAGE, type CliStreams } from './cli.js';
import { describe } from './read-input.js';
import { DescriptorOutput, isTerminal, readStandardInput } from './process-io.js';
import { readStdinHead } from './stream/input.js';

/** Runs pith with `argv` (without node and script) and resolves to the exit code. */
export async function run(argv: string[], io?: CliStreams): Promise<number> {
  if (io) return runCommand(argv, io);
  const streams = processStreams();
  const code = await runCommand(argv, streams.io);
  streams.settled();
  return code;
}

async function runCommand(argv: string[], io: CliStreams): Promise<number> {
  // `... | pith`, the commonest call, has nothing to parse: the parser (commander) loads only for arguments.
  if (argv.length === 0) return outputFailureCode(io, await clean([], defaultCleanOptions(), io));
  const { runProgram } = await import('./program.js');
  return outputFailureCode(io, await runProgram(argv, io));
}

/**
 * A failed standard output decides the exit code: `pith big.txt | head -1` (EPIPE, the reader went
 * away) ends quietly with 0; a full disk is exit 2, its one-line message already written.
 */
function outputFailureCode(io: CliStreams, code: number): number {
  const failure = io.stdout.failure;
  if (!failure) return code;
  return failure.code === 'EPIPE' ? EXIT_OK : EXIT_USAGE;
}

function stdoutFailureLine(error: NodeJS.ErrnoException): string {
  return `pith: stdout: ${describe(error)}\n`;
}

function processStreams(): { io: CliStreams; settled(): void } {
  let settled = false;
  const stderr = new DescriptorOutput(2, () => process.stderr);
  const onStdoutFailure = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') return;
    stderr.write(stdoutFailureLine(error));
    // A failure while the last buffered bytes flush, after the command chose its exit code.
    if (settled) process.exitCode = EXIT_USAGE;
  };
  const io: CliStreams = {
    readStdin: () => readStandardInput(() => process.stdin),
    readStdinHead,
    stdinStream: () => process.stdin,
    stdinIsTTY: isTerminal(0),
    stdout: new DescriptorOutput(1, () => process.stdout, onStdoutFailure),
    stderr,
    stderrStream: () => process.stderr,
    env: process.env,
    trapSignals(handler) {
      const listener = (signal: NodeJS.Signals): void => {
        // A second Ctrl-C while the first is being honoured: the user insists; go now.
        if (stopping) process.exit(signal === 'SIGINT' ? EXIT_SIGINT : EXIT_SIGTERM);
        stopping = true;
        handler(signal as 'SIGINT' | 'SIGTERM');
      };
      let stopping = false;
      process.on('SIGINT', listener).on('SIGTERM', listener);
      return () => void process.off('SIGINT', listener).off('SIGTERM', listener);
    },
  };
  return { io, settled: () => (settled = true) };
}
