/**
 * pnpm bench:matching [MENTEESxMENTORS ...]
 *
 * One JSON line per size: the exact solver's time and optimum beside the greedy baseline, on
 * generated health-system cohorts (see cohort-generator.ts; fixed seed, so runs are comparable).
 * - `seconds`: median of 3 runs of the solver on the indexed instance (the work a service does
 *   once it has scored pairs); `endToEndSeconds`: `solveAssignment` on the id-based instance
 *   (validation, solve, result with ids). At millions of edges that instance is most of the heap
 *   and the solve's garbage collections have to walk it, which is most of the difference.
 * - Default sizes: the cohort shape (4 mentees per mentor, capacities 1–4, so mentors are
 *   short), plus "balanced" cohorts with about one mentor slot per mentee, the hardest regime
 *   for assignment because nearly everyone competes for the same popular mentors.
 */

import { greedyIndexed } from '../src/matching/greedy.ts';
import type { IndexedInstance } from '../src/matching/indexed-instance.ts';
import type { MatchingInstance } from '../src/matching/instance-schema.ts';
import { solveAssignment, solveIndexed } from '../src/matching/solver.ts';
import { generateCohort } from './cohort-generator.ts';

const SEED = 20_240_611;

interface Size {
  scenario: string;
  mentees: number;
  mentors: number;
}

const DEFAULT_SIZES: Size[] = [
  { scenario: 'cohort', mentees: 200, mentors: 50 },
  { scenario: 'cohort', mentees: 2_000, mentors: 500 },
  { scenario: 'cohort', mentees: 5_000, mentors: 1_250 },
  { scenario: 'cohort', mentees: 20_000, mentors: 5_000 },
  { scenario: 'balanced', mentees: 2_000, mentors: 830 },
  { scenario: 'balanced', mentees: 20_000, mentors: 8_300 },
];

function parseSizes(args: string[]): Size[] {
  if (args.length === 0) return DEFAULT_SIZES;
  return args.map((arg) => {
    const m = /^(\d+)x(\d+)$/.exec(arg);
    if (!m) throw new Error(`size must look like 2000x500, got "${arg}"`);
    return { scenario: 'custom', mentees: Number(m[1]), mentors: Number(m[2]) };
  });
}

function time<T>(fn: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = fn();
  return { value, seconds: (performance.now() - started) / 1000 };
}

function toJsonInstance(inst: IndexedInstance, menteeIds: string[], mentorIds: string[]): MatchingInstance {
  const edges: MatchingInstance['edges'] = new Array(inst.edgeMentee.length);
  for (let e = 0; e < edges.length; e++) {
    edges[e] = [
      menteeIds[inst.edgeMentee[e] as number] as string,
      mentorIds[inst.edgeMentor[e] as number] as string,
      inst.edgeScore[e] as number,
    ];
  }
  return {
    mentors: mentorIds.map((id, j) => ({ id, capacity: inst.capacity[j] as number })),
    mentees: menteeIds.map((id) => ({ id })),
    edges,
  };
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

function benchOne(size: Size): Record<string, unknown> {
  const { instance, menteeIds, mentorIds } = generateCohort(size.mentees, size.mentors, SEED);
  let slots = 0;
  for (const c of instance.capacity) slots += c;

  const runs = [0, 1, 2].map(() => time(() => solveIndexed(instance)));
  const first = runs[0]?.value;
  if (!first) throw new Error('no run');
  for (const r of runs) {
    if (r.value.totalScore !== first.totalScore || r.value.matched !== first.matched) {
      throw new Error('solver is not deterministic');
    }
  }
  const seconds = runs.map((r) => r.seconds).sort((a, b) => a - b)[1] as number;
  const greedy = time(() => greedyIndexed(instance));
  const json = toJsonInstance(instance, menteeIds, mentorIds);
  const e2e = time(() => solveAssignment(json));
  if (e2e.value.matched !== first.matched || Math.abs(e2e.value.totalScore - first.totalScore) > 1e-6) {
    throw new Error('id-based solve disagrees with the indexed solve');
  }

  return {
    scenario: size.scenario,
    mentees: size.mentees,
    mentors: size.mentors,
    edges: instance.edgeMentee.length,
    mentorSlots: slots,
    seconds: round(seconds, 3),
    matched: first.matched,
    totalScore: round(first.totalScore, 2),
    greedy: {
      matched: greedy.value.matched,
      totalScore: round(greedy.value.totalScore, 2),
      seconds: round(greedy.seconds, 3),
    },
    scoreGainOverGreedyPct: round(
      (100 * (first.totalScore - greedy.value.totalScore)) / greedy.value.totalScore,
      2,
    ),
    endToEndSeconds: round(e2e.seconds, 3),
    keptEdges: first.stats.keptEdges,
    pricingRounds: first.stats.pricingRounds,
    edgesAddedBack: first.stats.edgesAddedBack,
    contestedMentees: first.stats.contestedMentees,
  };
}

for (const size of parseSizes(process.argv.slice(2))) {
  process.stdout.write(`${JSON.stringify(benchOne(size))}\n`);
}
