import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndexedInstance } from './indexed-instance.ts';
import { type SolverTuning, solveIndexed } from './solver.ts';

/*
 * Medium instances (too big for brute force) checked against an independent textbook Hungarian
 * algorithm on the dense mentees × (mentor slots + one "unmatched" column per mentee) matrix.
 * Scores are integers so the big-M encoding of "match as many as possible first" is exact.
 */

const UNMATCHED = 1e6; // > mentees · max score: one more match always wins
const FORBIDDEN = 1e10; // > mentees · UNMATCHED: never chosen while any alternative exists

/** Dense O(n²·m) Hungarian (shortest augmenting path with potentials), n ≤ m. */
function hungarian(cost: Float64Array[], m: number): Int32Array {
  const n = cost.length;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j] = row (1-based) assigned to column j
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0] as number;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = (cost[i0 - 1]?.[j - 1] as number) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j] as number] = (u[p[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else minv[j] = (minv[j] as number) - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  const colOf = new Int32Array(n);
  for (let j = 1; j <= m; j++) if ((p[j] as number) > 0) colOf[(p[j] as number) - 1] = j - 1;
  return colOf;
}

function reference(inst: IndexedInstance): { matched: number; totalScore: number } {
  const { menteeCount: n, mentorCount, capacity, edgeMentee, edgeMentor, edgeScore, pinnedEdges } = inst;
  const slotMentor: number[] = [];
  for (let j = 0; j < mentorCount; j++) for (let c = 0; c < (capacity[j] as number); c++) slotMentor.push(j);
  const s = slotMentor.length;
  const score = new Map<number, number>();
  for (let e = 0; e < edgeMentee.length; e++)
    score.set((edgeMentee[e] as number) * mentorCount + (edgeMentor[e] as number), edgeScore[e] as number);
  const pinTo = new Map<number, number>();
  for (const e of pinnedEdges) pinTo.set(edgeMentee[e] as number, edgeMentor[e] as number);
  const cost = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(s + n).fill(FORBIDDEN);
    const pin = pinTo.get(i);
    for (let k = 0; k < s; k++) {
      const j = slotMentor[k] as number;
      const sc = score.get(i * mentorCount + j);
      if (sc !== undefined && (pin === undefined || pin === j)) row[k] = -sc;
    }
    row[s + i] = pin === undefined ? UNMATCHED : FORBIDDEN;
    return row;
  });
  const colOf = hungarian(cost, s + n);
  let matched = 0;
  let totalScore = 0;
  for (let i = 0; i < n; i++) {
    const k = colOf[i] as number;
    if (k >= s) continue;
    matched++;
    totalScore -= cost[i]?.[k] as number;
  }
  return { matched, totalScore };
}

/** A cohort in miniature: popular mentors, shared tastes, a few pins. */
const correlated: fc.Arbitrary<IndexedInstance> = fc
  .record({
    n: fc.integer({ min: 10, max: 45 }),
    m: fc.integer({ min: 3, max: 15 }),
    density: fc.double({ min: 0.15, max: 0.9, noNaN: true }),
    seed: fc.integer(),
  })
  .map(({ n, m, density, seed }) => {
    let state = seed >>> 0;
    const rand = (): number => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const quality = Array.from({ length: m }, () => rand());
    const capacity = Int32Array.from({ length: m }, () => Math.floor(rand() * 4.6));
    const em: number[] = [];
    const ej: number[] = [];
    const es: number[] = [];
    for (let i = 0; i < n; i++) {
      const taste = rand();
      for (let j = 0; j < m; j++) {
        if (rand() >= density) continue;
        em.push(i);
        ej.push(j);
        es.push(Math.round(60 * (quality[j] as number) + 25 * taste * (quality[j] as number) + 15 * rand()));
      }
    }
    const pinned: number[] = [];
    const pinsOn = new Int32Array(m);
    const pinnedMentee = new Uint8Array(n);
    for (let e = 0; e < em.length; e++) {
      const i = em[e] as number;
      const j = ej[e] as number;
      if (rand() < 0.03 && !pinnedMentee[i] && (pinsOn[j] as number) < (capacity[j] as number)) {
        pinned.push(e);
        pinnedMentee[i] = 1;
        pinsOn[j] = (pinsOn[j] as number) + 1;
      }
    }
    return {
      menteeCount: n,
      mentorCount: m,
      capacity,
      edgeMentee: Int32Array.from(em),
      edgeMentor: Int32Array.from(ej),
      edgeScore: Float64Array.from(es),
      pinnedEdges: Int32Array.from(pinned),
    };
  });

const AGGRESSIVE: SolverTuning = {
  covered: { perP: 1, perQBase: 1, perQPerUnit: 0, addPerP: 1 },
  contested: { perP: 1, perQBase: 1, perQPerUnit: 0, addPerP: 1 },
};
describe('solveIndexed on correlated medium instances', () => {
  it('matches an independent dense Hungarian, with default and with aggressive pruning', () => {
    let repriced = 0;
    fc.assert(
      fc.property(correlated, (inst) => {
        const want = reference(inst);
        for (const tuning of [undefined, AGGRESSIVE]) {
          const got = solveIndexed(inst, tuning);
          expect(got.matched).toBe(want.matched);
          expect(got.totalScore).toBe(want.totalScore);
          if (got.stats.pricingRounds > 1) repriced++;
        }
      }),
      { numRuns: 300, seed: 424242 },
    );
    // The aggressive setting must actually make the dual check add edges back.
    expect(repriced).toBeGreaterThan(20);
  });
});
