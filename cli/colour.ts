// Colour for human-facing output, decided once: --no-color, --color, NO_COLOR and the terminal.
// chalk is ESM-only and costs start-up time, so it is loaded only when something is coloured.

import type { ChalkInstance } from 'chalk';

export interface ColourChoice {
  /** true for --color, false for --no-color, undefined when not given. */
  flag: boolean | undefined;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

export function colourLevel({ flag, env, isTTY }: ColourChoice): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === undefined && env.NO_COLOR) return 0; // chalk ignores NO_COLOR; we honour it (no-color.org)
  if (flag === undefined && (!isTTY || env.TERM === 'dumb')) return 0;
  const forced = env.FORCE_COLOR === undefined ? NaN : Number(env.FORCE_COLOR);
  if (forced >= 1 && forced <= 3) return forced as 1 | 2 | 3;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return env.TERM?.includes('256') ? 2 : 1;
}

export async function makeChalk(level: 0 | 1 | 2 | 3): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}
