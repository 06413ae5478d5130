// Colour for human-facing output, decided once: --no-color, --color, NO_COLOR and the terminal.
// chalk is ESM-only and costs start-up time, so it is loaded only when something is coloured.

import type { ChalkInstance } from 'chalk';

export interface ColourChoice {
  /** true for --color, false for --no-color, undefined when not given. */
  flag: boolean | undefined;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

type Level = 0 | 1 | 2 | 3;

/**
 * FORCE_COLOR as chalk (supports-color) reads it: set and empty or "true" is level 1, "false" is
 * 0, a number is that level (at most 3); undefined when it is not set or says nothing we know.
 */
function forcedLevel(value: string | undefined): Level | undefined {
  if (value === undefined) return undefined;
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const level = Number(value);
  return Number.isInteger(level) && level >= 0 ? (Math.min(level, 3) as Level) : undefined;
}

/** The level the terminal supports, from the environment as chalk does. */
function terminalLevel(env: NodeJS.ProcessEnv): Level {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return env.TERM?.includes('256') ? 2 : 1;
}

/**
 * --no-color and --color win; then FORCE_COLOR (chalk's meaning, also on a pipe); then NO_COLOR
 * (no-color.org: set and not empty; chalk ignores it, we honour it); then whether the output is a
 * terminal that is not "dumb".
 */
export function colourLevel({ flag, env, isTTY }: ColourChoice): Level {
  if (flag === false) return 0;
  const forced = forcedLevel(env.FORCE_COLOR);
  if (flag === true) return forced || terminalLevel(env);
  if (forced !== undefined) return forced;
  if (env.NO_COLOR) return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return terminalLevel(env);
}

export async function makeChalk(level: 0 | 1 | 2 | 3): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}
