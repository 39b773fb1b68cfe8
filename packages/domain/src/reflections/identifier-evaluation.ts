import type { IdentifierFinding } from './identifier-finding.ts';
import { IdentifierKind } from './identifier-finding.ts';

/*
 * Scores the identifier check on labelled lines written as `[[kind:text]]` inline marks
 * (identifier-eval/README.md). A label counts as found when a finding of the same kind overlaps
 * it; a finding counts as right when it overlaps a label of its kind; a clean line (no labels)
 * with any finding is a false alarm.
 */

export interface LabelledLine {
  text: string;
  labels: { kind: IdentifierKind; start: number; end: number }[];
}

const MARK = /\[\[([a-z_0-9]+):([^\]]+)\]\]/g;

export function parseLabelledLines(source: string): LabelledLine[] {
  const lines: LabelledLine[] = [];
  for (const raw of source.split('\n')) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    let text = '';
    let last = 0;
    const labels: LabelledLine['labels'] = [];
    for (const m of raw.matchAll(MARK)) {
      const kind = IdentifierKind.parse(m[1]);
      text += raw.slice(last, m.index);
      labels.push({ kind, start: text.length, end: text.length + (m[2] ?? '').length });
      text += m[2];
      last = m.index + m[0].length;
    }
    text += raw.slice(last);
    lines.push({ text: text.trimEnd(), labels });
  }
  return lines;
}

export interface KindScore {
  labels: number;
  found: number;
  findings: number;
  right: number;
  /** Clean lines with at least one finding of this kind. */
  cleanFlagged: number;
}

export interface Evaluation {
  perKind: Map<IdentifierKind, KindScore>;
  total: KindScore;
  cleanLines: number;
  cleanLinesFlagged: number;
  misses: string[];
  falseAlarms: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function evaluate(lines: LabelledLine[], check: (text: string) => IdentifierFinding[]): Evaluation {
  const perKind = new Map<IdentifierKind, KindScore>(
    IdentifierKind.options.map((k) => [k, { labels: 0, found: 0, findings: 0, right: 0, cleanFlagged: 0 }]),
  );
  const total: KindScore = { labels: 0, found: 0, findings: 0, right: 0, cleanFlagged: 0 };
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  let cleanLines = 0;
  let cleanLinesFlagged = 0;
  for (const line of lines) {
    const findings = check(line.text);
    if (line.labels.length === 0) {
      cleanLines++;
      if (findings.length > 0) {
        cleanLinesFlagged++;
        total.cleanFlagged++;
      }
      for (const kind of new Set(findings.map((f) => f.kind)))
        (perKind.get(kind) as KindScore).cleanFlagged++;
    }
    for (const f of findings) {
      const score = perKind.get(f.kind) as KindScore;
      const right = line.labels.some((l) => l.kind === f.kind && overlaps(l, f));
      score.findings++;
      total.findings++;
      if (right) {
        score.right++;
        total.right++;
      } else falseAlarms.push(`${f.kind}:${f.text} | ${line.text}`);
    }
    for (const l of line.labels) {
      const score = perKind.get(l.kind) as KindScore;
      score.labels++;
      total.labels++;
      if (findings.some((f) => f.kind === l.kind && overlaps(l, f))) {
        score.found++;
        total.found++;
      } else misses.push(`${l.kind}:${line.text.slice(l.start, l.end)} | ${line.text}`);
    }
  }
  return { perKind, total, cleanLines, cleanLinesFlagged, misses, falseAlarms };
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
export const recall = (s: KindScore) => ratio(s.found, s.labels);
export const precision = (s: KindScore) => ratio(s.right, s.findings);

/** A plain-text table: per kind precision and recall, and the false-alarm rate on clean lines. */
export function formatEvaluation(name: string, e: Evaluation): string {
  const row = (kind: string, s: KindScore) =>
    `${kind.padEnd(16)} ${String(s.labels).padStart(6)} ${String(s.found).padStart(6)} ${String(s.findings).padStart(8)} ${precision(s).toFixed(3).padStart(9)} ${recall(s).toFixed(3).padStart(6)} ${ratio(s.cleanFlagged, e.cleanLines).toFixed(3).padStart(11)}`;
  return [
    `${name}: ${e.cleanLines} clean lines, ${e.total.labels} labelled identifiers`,
    'kind             labels  found findings precision recall false-alarm',
    ...[...e.perKind.entries()].filter(([, s]) => s.labels + s.findings > 0).map(([k, s]) => row(k, s)),
    row('ALL', e.total),
    `false alarms on clean lines: ${e.cleanLinesFlagged}/${e.cleanLines} = ${ratio(e.cleanLinesFlagged, e.cleanLines).toFixed(3)}`,
  ].join('\n');
}
