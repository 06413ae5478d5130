// One JSONL record through pith: its text cleaned (or only annotated), every other member written
// back as it came, a `pith` member with counts and the removed spans. A bad record is data, not an
// exception: its line says what was wrong, so a stream of records never loses its alignment.

import type { StripResult } from '../types.js';
import { chromeSpans, type ChromeSpan } from './spans.js';
import { jsonMembers } from './json-members.js';
import type { RecordSettings } from '../settings.js';

/** What `pith` adds to a cleaned record. */
export interface RecordNote {
  language: string;
  view: StripResult['view'];
  blocks: number;
  kept: number;
  removed: number;
  removedChars: number;
  spans: ChromeSpan[];
}

export interface RecordOutcome {
  /** The output line, without its line ending; absent when --drop-empty dropped the record. */
  line?: string;
  /** Why the record was not cleaned (its line carries the same reason in `pith.error`). */
  error?: string;
  /** The record's id (`idKey`), where it could be read: for messages. */
  id?: string;
  /** Counts for --stats (zero for an error). */
  chars: number;
  blocks: number;
  removed: number;
  removedChars: number;
}

const NOTHING = { chars: 0, blocks: 0, removed: 0, removedChars: 0 };

function idOf(record: Record<string, unknown>, settings: RecordSettings): string | undefined {
  const id = record[settings.idKey];
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : undefined;
}

/** An error line: the record's id member as it came, when it has one, then `pith.error`. */
function errorLine(reason: string, idMember: string | undefined): string {
  return `{${idMember !== undefined ? `${idMember},` : ''}"pith":${JSON.stringify({ error: reason })}}`;
}

/** The id member of a record line, as written there (`"id":123`), for its error line. */
function idMemberOf(line: string, idKey: string): string | undefined {
  const member = jsonMembers(line).findLast((candidate) => candidate.key === idKey);
  return member ? line.slice(member.start, member.end) : undefined;
}

/**
 * The record with `replacements` (by key; a key the record lacks is added at the end) and `pith`
 * last. Members are written back as they came, so a value JSON.stringify would change (a long
 * integer, 1.0, an escape) stays as it was; a `pith` member from an earlier run is replaced.
 */
function rewrite(line: string, replacements: ReadonlyMap<string, string>, pith: string): string {
  const parts: string[] = [];
  const placed = new Set<string>();
  for (const member of jsonMembers(line)) {
    if (member.key === 'pith') continue;
    const value = replacements.get(member.key);
    if (value === undefined) parts.push(line.slice(member.start, member.end));
    else {
      parts.push(`${line.slice(member.start, member.valueStart)}${value}`);
      placed.add(member.key);
    }
  }
  for (const [key, value] of replacements) if (!placed.has(key)) parts.push(`${JSON.stringify(key)}:${value}`);
  parts.push(`"pith":${pith}`);
  return `{${parts.join(',')}}`;
}

/**
 * Cleans one JSONL line (without its line ending) with `clean` (the library's `strip` with the
 * run's options). Never throws for a bad record: invalid JSON, a value that is not an object, a
 * text that is missing or not a string, a text longer than `maxDocChars` (passed through
 * untouched) each give a line with `pith.error`.
 */
export function cleanRecord(line: string, settings: RecordSettings, clean: (text: string) => StripResult): RecordOutcome {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    const reason = line.trim() === '' ? 'blank line, not a JSON object' : `invalid JSON (${(error as Error).message})`;
    return { ...NOTHING, line: errorLine(reason, undefined), error: reason };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    const reason = `not a JSON object (${Array.isArray(record) ? 'an array' : record === null ? 'null' : `a ${typeof record}`})`;
    return { ...NOTHING, line: errorLine(reason, undefined), error: reason };
  }
  const fields = record as Record<string, unknown>;
  const id = idOf(fields, settings);
  const text = fields[settings.textKey];
  const withId = id !== undefined ? { id } : {};
  if (typeof text !== 'string') {
    const reason = `"${settings.textKey}" is ${text === undefined ? 'missing' : `not a string (${text === null ? 'null' : typeof text})`}`;
    return {
      ...NOTHING,
      ...withId,
      line: errorLine(reason, id !== undefined ? idMemberOf(line, settings.idKey) : undefined),
      error: reason,
    };
  }
  if (text.length > settings.maxDocChars) {
    const reason = `text of ${text.length} characters is longer than --max-doc-chars ${settings.maxDocChars}; passed through untouched`;
    return { ...NOTHING, ...withId, line: rewrite(line, new Map(), JSON.stringify({ error: reason })), error: reason };
  }
  const result = clean(text);
  if (settings.dropEmpty && result.text === '') return { ...NOTHING, ...withId, chars: text.length };
  const spans = chromeSpans(result);
  let removedChars = 0;
  for (const [start, end] of spans) removedChars += end - start;
  const note: RecordNote = {
    language: result.language,
    view: result.view,
    blocks: result.stats.blocks,
    kept: result.stats.kept,
    removed: result.stats.dropped,
    removedChars,
    spans,
  };
  const replacements = new Map<string, string>(settings.annotate ? [] : [[settings.outputKey, JSON.stringify(result.text)]]);
  return {
    ...withId,
    line: rewrite(line, replacements, JSON.stringify(note)),
    chars: text.length,
    blocks: result.stats.blocks,
    removed: result.stats.dropped,
    removedChars,
  };
}
