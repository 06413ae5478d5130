// A config file that cannot be read or is invalid is one line naming it (exit 2). Shared by the
// search (./resolver.ts) and the loaders (./load.ts), which the search loads only when it finds a file.

/** A config that cannot be read or is invalid: one line naming the file (exit 2). */
export class ConfigError extends Error {}

/** A JSON file's content, parsed; one that does not parse is a ConfigError naming it. */
export function parseJsonFile(file: string, content: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    // V8 quotes the text around the error, newlines and all ("Unexpected token 'x', "{\n  "a": x..."): one line.
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `${file}: ${message
        .split('\n')
        .map((part) => part.trim())
        .join(' ')
        .trim()}`,
    );
  }
}
