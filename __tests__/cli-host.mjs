// A long-lived node process that runs the built command line (dist/bundle/cli.js, the module
// bin/pith.js loads) once per request, for the CLI tests: each run is `run(argv, io)` with the
// request's arguments, working folder, environment and standard input, exactly as bin/pith.js
// calls it, less the process around it (signals, real descriptors, exit). Starting node and
// loading the bundle for every one of the suite's hundreds of runs cost most of its time.
// Tests of what the process itself does (signals, a closed pipe, the --version shim) still spawn
// bin/pith.js (helpers.ts: runPithProcess).
//
// Protocol (IPC): {id, args, cwd, env, stdin (base64)} in, {id, code, stdout, stderr} or
// {id, error} out. Runs go one at a time: the working folder and environment are the process's.

import { Readable, Writable } from 'node:stream';
import { run } from '../dist/bundle/cli.js';

/** What cli/stream/input.ts's readStdinHead reads at most before the format is known. */
const HEAD_BYTES = 256 * 1024;

class Collected {
  text = '';
  isTTY = false;
  write(chunk) {
    this.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }
}

/** Standard input as the CLI sees it from a pipe: a first piece (the format sniff), then the rest. */
function standardInput(bytes) {
  let rest = bytes;
  return {
    readStdinHead() {
      const head = rest.subarray(0, HEAD_BYTES);
      rest = rest.subarray(head.length);
      return { head, ended: rest.length === 0 };
    },
    async readStdin() {
      const all = rest;
      rest = Buffer.alloc(0);
      return all;
    },
    stdinStream() {
      const all = rest;
      rest = Buffer.alloc(0);
      return Readable.from(all.length > 0 ? [all] : []);
    },
  };
}

async function runOnce({ args, cwd, env, stdin }) {
  const stdout = new Collected();
  const stderr = new Collected();
  const home = process.cwd();
  const processEnv = process.env;
  process.chdir(cwd);
  // Worker threads (-j) start with a copy of process.env: they see the run's environment too.
  process.env = { ...env };
  // Anything written to the process's own streams (a warning, a worker's error) is the run's output too.
  const writes = [process.stdout.write, process.stderr.write];
  process.stdout.write = (chunk) => stdout.write(chunk);
  process.stderr.write = (chunk) => stderr.write(chunk);
  try {
    const code = await run(args, {
      ...standardInput(Buffer.from(stdin, 'base64')),
      stdinIsTTY: false,
      stdout,
      stderr,
      stderrStream: () =>
        new Writable({
          write(chunk, _encoding, done) {
            stderr.write(chunk);
            done();
          },
        }),
      env: process.env,
      trapSignals: () => () => {},
    });
    return { code, stdout: stdout.text, stderr: stderr.text };
  } finally {
    [process.stdout.write, process.stderr.write] = writes;
    process.env = processEnv;
    process.chdir(home);
  }
}

let queue = Promise.resolve();
process.on('message', (request) => {
  queue = queue.then(async () => {
    try {
      process.send({ id: request.id, ...(await runOnce(request)) });
    } catch (error) {
      process.send({ id: request.id, error: String(error?.stack ?? error) });
    }
  });
});
process.on('disconnect', () => process.exit(0));
