/**
 * pnpm match:solve [instance.json]
 *
 * Solves a matching instance (format: shared/design/matching-instance.md) read from the file
 * given, or from standard input, and prints
 *   { matches, matched, totalScore, unmatched: [{ mentee, reason, detail }], seconds }
 * where `seconds` is the solve time (validation included, JSON parsing not).
 * Any input error — unreadable file, malformed JSON, invalid instance — prints a message on
 * standard error, nothing on standard output, and exits with code 2.
 */
import { readFileSync } from 'node:fs';
import type { IndexedInstance } from '../src/matching/indexed-instance.ts';
import type { MatchingInstance } from '../src/matching/instance-schema.ts';
import { toMatchingResult } from '../src/matching/result-format.ts';
import { solveIndexed } from '../src/matching/solver.ts';
import { validateInstance } from '../src/matching/validate-instance.ts';

const INPUT_ERROR = 2;

function fail(message: string): void {
  process.stderr.write(`match:solve: ${message}\n`);
  process.exitCode = INPUT_ERROR;
}

function readInput(path: string | undefined): string | null {
  try {
    // File descriptor 0 reads standard input to the end, including from a pipe.
    return readFileSync(path ?? 0, 'utf8');
  } catch (err) {
    fail(`cannot read ${path ?? 'standard input'}: ${(err as Error).message}`);
    return null;
  }
}

function main(args: string[]): void {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('usage: pnpm match:solve [instance.json]   (reads standard input without a file)\n');
    return;
  }
  if (args.length > 1) {
    fail(`expected at most one file argument, got ${args.length}`);
    return;
  }
  const parsed = parseAndValidate(args[0]);
  if (parsed === null) return;
  const started = performance.now();
  const solution = solveIndexed(parsed.indexed);
  const result = toMatchingResult(parsed.names, parsed.indexed, solution);
  const seconds = (performance.now() - started) / 1000 + parsed.validateSeconds;
  process.stdout.write(`${JSON.stringify({ ...result, seconds: Number(seconds.toFixed(4)) })}\n`);
}

/**
 * Reads, parses and validates, keeping only the indexed instance and the ids: at millions of
 * edges the parsed JSON is most of the heap, and keeping it alive makes every garbage collection
 * during the solve slower than the solve itself.
 */
function parseAndValidate(
  path: string | undefined,
): { indexed: IndexedInstance; names: MatchingInstance; validateSeconds: number } | null {
  const text = readInput(path);
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    fail(`input is not valid JSON: ${(err as Error).message}`);
    return null;
  }
  const started = performance.now();
  const check = validateInstance(json);
  if (!check.ok) {
    const lines = check.issues.map((issue) => `  ${issue.path}: ${issue.message}`);
    fail(`invalid matching instance:\n${lines.join('\n')}`);
    return null;
  }
  const { mentors, mentees } = check.instance;
  return {
    indexed: check.indexed,
    names: { mentors, mentees, edges: [] },
    validateSeconds: (performance.now() - started) / 1000,
  };
}

main(process.argv.slice(2));
