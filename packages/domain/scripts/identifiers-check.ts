/**
 * pnpm identifiers:check [FILE]
 *
 * Screens exported text for patient identifiers with the same check the journal runs before a
 * reflection is shared. Reads FILE, or standard input, as either
 *   - plain text: each line is one input, printed as {"line": n, "findings": [...]}, or
 *   - JSON lines {"id", "text"} (when the first non-empty line starts with "{"), printed as
 *     {"id": ..., "findings": [...]},
 * one JSON line per input, each finding as {kind, start, end, text} with UTF-16 offsets into
 * that input. Unreadable input (a missing file, bytes that are not UTF-8 text, a malformed JSON
 * line) prints a message on standard error, nothing on standard output, and exits with code 2.
 */
import { readFileSync } from 'node:fs';
import { findPatientIdentifiers } from '../src/reflections/identifier-check.ts';

const INPUT_ERROR = 2;

class InputError extends Error {}

interface Screened {
  findings: { kind: string; start: number; end: number; text: string }[];
}

const screen = (text: string): Screened['findings'] =>
  findPatientIdentifiers(text).map(({ kind, start, end, text: found }) => ({
    kind,
    start,
    end,
    text: found,
  }));

function readInput(path: string | undefined): string {
  let bytes: Buffer;
  try {
    // File descriptor 0 reads standard input to the end, including from a pipe.
    bytes = readFileSync(path ?? 0);
  } catch (err) {
    throw new InputError(`cannot read ${path ?? 'standard input'}: ${(err as Error).message}`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) throw new Error('it contains NUL bytes');
    return text;
  } catch (err) {
    throw new InputError(`${path ?? 'standard input'} is not UTF-8 text (${(err as Error).message})`);
  }
}

function screenJsonLines(lines: string[]): string[] {
  return lines.flatMap((line, index) => {
    if (line.trim() === '') return [];
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      throw new InputError(`line ${index + 1} is not valid JSON: ${(err as Error).message}`);
    }
    const { id, text } = (record ?? {}) as { id?: unknown; text?: unknown };
    if (typeof text !== 'string' || typeof record !== 'object' || Array.isArray(record)) {
      throw new InputError(`line ${index + 1} must be an object with a "text" string`);
    }
    return [JSON.stringify({ id: id ?? null, findings: screen(text) })];
  });
}

/** The output lines for an input, or an InputError. */
export function screenInput(input: string): string[] {
  const lines = input.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const first = lines.find((l) => l.trim() !== '');
  if (first?.trimStart().startsWith('{')) return screenJsonLines(lines);
  if (input === '') return [];
  return lines.map((line, index) => JSON.stringify({ line: index + 1, findings: screen(line) }));
}

function main(): void {
  try {
    const output = screenInput(readInput(process.argv[2]));
    if (output.length > 0) process.stdout.write(`${output.join('\n')}\n`);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`identifiers:check: ${err.message}\n`);
    process.exitCode = INPUT_ERROR;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
