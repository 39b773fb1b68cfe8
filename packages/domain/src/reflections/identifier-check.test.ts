import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingKey, findPatientIdentifiers, unconfirmedFindings } from './identifier-check.ts';
import { IDENTIFIER_CORPUS, type LabelledSpan, labelSpans } from './identifier-corpus.ts';
import { HOLDOUT_SENTENCES } from './identifier-corpus-holdout.ts';
import { IdentifierFinding, IdentifierKind } from './identifier-finding.ts';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Labelled identifiers the check does not find, each for a stated reason. The corpus test fails
 * on any miss not listed here, so a regression shows up by name rather than as a dip in a ratio.
 */
const KNOWN_MISSES = new Set([
  // A first name with no cue at all; only a dictionary of names could catch it.
  'name:Jane|I kept seeing Jane’s face when I closed my eyes that night.',
  'name:Eleanor|Eleanor squeezed my hand and asked if she would wake up.',
  // "Little" is too often part of a place ("Little Rock") to be a name cue.
  'name:Aiden|Little Aiden held the stuffed lion through the whole induction.',
]);

/*
 * The held-out batch (identifier-corpus-holdout.ts) on its first run, before any change made
 * after seeing it: precision 30/30 = 1.00, recall 30/33 = 0.91, 0 of 29 clean sentences flagged.
 * Two of its misses ("Friday, 10/17" and "She was 99") were then fixed as general rules.
 */

interface Tally {
  findings: number;
  truePositives: number;
  labels: number;
  labelsFound: number;
}

function scoreCorpus() {
  const perKind = new Map<IdentifierKind, Tally>(
    IdentifierKind.options.map((k) => [k, { findings: 0, truePositives: 0, labels: 0, labelsFound: 0 }]),
  );
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  let clean = 0;
  let cleanQuiet = 0;
  for (const sentence of IDENTIFIER_CORPUS) {
    const findings = findPatientIdentifiers(sentence.text);
    const labels: LabelledSpan[] = labelSpans(sentence);
    if (labels.length === 0) {
      clean++;
      if (findings.length === 0) cleanQuiet++;
    }
    for (const f of findings) {
      const t = perKind.get(f.kind) as Tally;
      t.findings++;
      if (labels.some((l) => l.kind === f.kind && overlaps(l, f))) t.truePositives++;
      else falseAlarms.push(`${f.kind}:${f.text}|${sentence.text}`);
    }
    for (const l of labels) {
      const t = perKind.get(l.kind) as Tally;
      t.labels++;
      if (findings.some((f) => f.kind === l.kind && overlaps(l, f))) t.labelsFound++;
      else misses.push(`${l.kind}:${sentence.text.slice(l.start, l.end)}|${sentence.text}`);
    }
  }
  const total = [...perKind.values()].reduce(
    (a, t) => ({
      findings: a.findings + t.findings,
      truePositives: a.truePositives + t.truePositives,
      labels: a.labels + t.labels,
      labelsFound: a.labelsFound + t.labelsFound,
    }),
    { findings: 0, truePositives: 0, labels: 0, labelsFound: 0 },
  );
  return { perKind, total, misses, falseAlarms, clean, cleanQuiet };
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

describe('labelled corpus', () => {
  it('is big enough and its labels are where they say', () => {
    expect(IDENTIFIER_CORPUS.length).toBeGreaterThanOrEqual(120);
    expect(IDENTIFIER_CORPUS.filter((s) => s.identifiers.length === 0).length).toBeGreaterThanOrEqual(60);
    for (const s of IDENTIFIER_CORPUS) expect(() => labelSpans(s)).not.toThrow();
    const kinds = new Set(IDENTIFIER_CORPUS.flatMap((s) => s.identifiers.map((l) => l.kind)));
    // The soft kind added by issue 12 is scored on the evaluation corpus (identifier-eval/).
    expect([...kinds].sort()).toEqual(IdentifierKind.options.filter((k) => k !== 'unique_detail').sort());
    expect(HOLDOUT_SENTENCES.length).toBeGreaterThan(50);
  });

  it('meets the precision and recall floors (printed per kind)', () => {
    const { perKind, total, misses, falseAlarms, clean, cleanQuiet } = scoreCorpus();
    const rows = [...perKind.entries(), ['ALL', total] as const].map(([kind, t]) => ({
      kind,
      labels: t.labels,
      found: t.labelsFound,
      findings: t.findings,
      precision: ratio(t.truePositives, t.findings).toFixed(3),
      recall: ratio(t.labelsFound, t.labels).toFixed(3),
    }));
    console.log(
      [
        `Identifier check on ${IDENTIFIER_CORPUS.length} sentences (${clean} clean):`,
        'kind            labels found findings precision recall',
        ...rows.map(
          (r) =>
            `${String(r.kind).padEnd(15)} ${String(r.labels).padStart(6)} ${String(r.found).padStart(5)} ` +
            `${String(r.findings).padStart(8)} ${r.precision.padStart(9)} ${r.recall.padStart(6)}`,
        ),
        `clean sentences with no finding: ${cleanQuiet}/${clean} = ${ratio(cleanQuiet, clean).toFixed(3)}`,
        `misses: ${misses.length ? misses.join('\n        ') : 'none'}`,
        `false alarms: ${falseAlarms.length ? falseAlarms.join('\n              ') : 'none'}`,
      ].join('\n'),
    );

    expect(misses.filter((m) => !KNOWN_MISSES.has(m))).toEqual([]);
    expect(ratio(total.labelsFound, total.labels)).toBeGreaterThanOrEqual(0.975);
    expect(ratio(total.truePositives, total.findings)).toBeGreaterThanOrEqual(0.98);
    expect(ratio(cleanQuiet, clean)).toBeGreaterThanOrEqual(0.98);
    for (const [kind, t] of perKind) {
      expect(ratio(t.labelsFound, t.labels), `recall of ${kind}`).toBeGreaterThanOrEqual(
        kind === 'name' ? 0.9 : 1,
      );
      expect(ratio(t.truePositives, t.findings), `precision of ${kind}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe('findings', () => {
  it('are sorted, disjoint, match their slice and parse with the API schema', () => {
    const text = IDENTIFIER_CORPUS.map((s) => s.text).join('\n');
    const findings = findPatientIdentifiers(text);
    expect(findings.length).toBeGreaterThan(100);
    findings.forEach((f, i) => {
      expect(IdentifierFinding.parse(f)).toEqual(f);
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.message).toContain(f.text.slice(0, 20));
      const next = findings[i + 1];
      if (next !== undefined) expect(next.start).toBeGreaterThanOrEqual(f.end);
    });
  });

  it('hold those invariants for any text (property)', () => {
    const pieces = fc.constantFrom(
      ...'Mr. ,patient ,his wife ,on ,3/14,/2025, 555-,0199,@, x.com, 92-year-old, MRN , 123 Oak St, ZIP ,02139,Apt 4B, the 14th,Ana, , ,\n,.,’s'.split(
        ',',
      ),
    );
    const textArb = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(textArb, (text) => {
        const findings = findPatientIdentifiers(text);
        let lastEnd = 0;
        for (const f of findings) {
          if (f.start < lastEnd || f.end <= f.start || text.slice(f.start, f.end) !== f.text) return false;
          lastEnd = f.end;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('prefers the more specific kind when two claim the same text', () => {
    expect(findPatientIdentifiers('email jane.doe@gmail.com now').map((f) => f.kind)).toEqual(['email']);
    expect(findPatientIdentifiers('born 03-14-1931 in').map((f) => f.kind)).toEqual(['date']);
    expect(findPatientIdentifiers('cell 555-867-5309 ok').map((f) => f.kind)).toEqual(['phone']);
  });
});

describe('confirmations', () => {
  it('keys ignore case, spacing, punctuation and position', () => {
    const [a] = findPatientIdentifiers('Mr. Alvarez was scared.');
    const [b] = findPatientIdentifiers('Later that week, mr  Alvarez was scared.');
    expect(a && b && findingKey(a)).toBe(b && findingKey(b));
    expect(findingKey({ kind: 'phone', text: '(555) 123-4567' })).toBe(
      findingKey({ kind: 'phone', text: '555.123.4567' }),
    );
    expect(findingKey({ kind: 'name', text: 'Mrs. O’Neil' })).toBe(
      findingKey({ kind: 'name', text: "Mrs O'Neil" }),
    );
    expect(findingKey({ kind: 'name', text: 'May' })).not.toBe(findingKey({ kind: 'date', text: 'May' }));
  });

  it('survive edits that move the text, and cover every occurrence', () => {
    const draft = 'Pt Jones was on ECMO for nine days.';
    const keys = findPatientIdentifiers(draft).map(findingKey);
    expect(keys).toEqual(['name:jones']);
    const edited = `I want to write about a hard week. ${draft} Jones thanked us. Call 555-867-5309.`;
    expect(unconfirmedFindings(edited, keys).map((f) => f.kind)).toEqual(['phone']);
    expect(unconfirmedFindings(edited, []).length).toBe(3);
  });
});

describe('performance', () => {
  it('checks a 20,000-character reflection quickly (time printed, generous bound)', () => {
    let text = '';
    for (let i = 0; text.length < 20_000; i++)
      text += `${IDENTIFIER_CORPUS[i % IDENTIFIER_CORPUS.length]?.text} `;
    text = text.slice(0, 20_000);
    findPatientIdentifiers(text);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      findPatientIdentifiers(text);
      times.push(performance.now() - t0);
    }
    const median = [...times].sort((a, b) => a - b)[2] ?? 0;
    console.log(`20,000-character reflection: median ${median.toFixed(1)} ms over 5 runs`);
    expect(median).toBeLessThan(500);
  });

  it('stays linear on hostile input (no catastrophic backtracking)', () => {
    const n = 50_000;
    const hostile = [
      'a'.repeat(n),
      '1'.repeat(n),
      'a.'.repeat(n / 2),
      '1-'.repeat(n / 2),
      '1/'.repeat(n / 2),
      '@'.repeat(n),
      'a@'.repeat(n / 2),
      'ab:'.repeat(n / 3),
      'Ab'.repeat(n / 2),
      'Mr. Aa '.repeat(n / 7),
      'patient Aa Bb Cc Dd '.repeat(n / 20),
      '12 Aa Bb Cc Dd '.repeat(n / 15),
      `http://${'a'.repeat(n)}`,
    ];
    const timings = hostile.map((text) => {
      const t0 = performance.now();
      findPatientIdentifiers(text);
      return performance.now() - t0;
    });
    console.log(`hostile 50,000-character inputs: slowest ${Math.max(...timings).toFixed(1)} ms`);
    expect(Math.max(...timings)).toBeLessThan(1000);
  });
});
