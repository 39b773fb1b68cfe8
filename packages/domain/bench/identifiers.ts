/**
 * pnpm bench:identifiers — times the identifier check on a 20,000-character reflection made of
 * the evaluation corpus and on hostile inputs, and prints one JSON object:
 *   { chars, runs, medianMs, p95Ms, hostileWorstMs, budgetMs }
 * The budget is 20 ms for a 20,000-character reflection (issue 12).
 */
import { readFileSync } from 'node:fs';
import { findPatientIdentifiers } from '../src/reflections/identifier-check.ts';
import { parseLabelledLines } from '../src/reflections/identifier-evaluation.ts';

const source = readFileSync(new URL('../src/reflections/identifier-eval/dev.txt', import.meta.url), 'utf8');
const lines = parseLabelledLines(source).map((l) => l.text);
let text = '';
for (let i = 0; text.length < 20_000; i++) text += `${lines[i % lines.length]} `;
text = text.slice(0, 20_000);

const time = (input: string) => {
  const t0 = performance.now();
  findPatientIdentifiers(input);
  return performance.now() - t0;
};

// Each run checks a text it has not seen (the last word differs), as a real edit is: the check
// remembers its last text's words, and re-checking the same text would not pay for them.
const variant = (i: number) => `${text.slice(0, 19_990)} shift ${String(i).padStart(3, '0')}`;
for (let i = 0; i < 5; i++) time(variant(i));
const runs = 50;
const times = Array.from({ length: runs }, (_, i) => time(variant(100 + i))).sort((a, b) => a - b);
const hostile = [
  `Mr. A${'b'.repeat(60_000)} was here.`,
  'Mr. Aa '.repeat(3_000),
  'Ab '.repeat(7_000),
  '1/'.repeat(10_000),
  'the only '.repeat(2_500),
];
const round = (n: number) => Math.round(n * 100) / 100;
console.log(
  JSON.stringify({
    chars: text.length,
    runs,
    medianMs: round(times[Math.floor(runs / 2)] ?? 0),
    p95Ms: round(times[Math.floor(runs * 0.95)] ?? 0),
    hostileWorstMs: round(Math.max(...hostile.map(time))),
    budgetMs: 20,
  }),
);
