import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greedyAssignment } from './greedy.ts';
import type { MatchingInstance, MatchingResult } from './instance-schema.ts';
import { type SolverTuning, solveAssignment, solveIndexed } from './solver.ts';
import { validateInstance } from './validate-instance.ts';

/** Keeps one edge per node before pricing, so the dual check and warm re-solves do the work. */
const AGGRESSIVE: SolverTuning = {
  covered: { perP: 1, perQBase: 1, perQPerUnit: 0, addPerP: 1 },
  contested: { perP: 1, perQBase: 1, perQPerUnit: 0, addPerP: 1 },
};

/** Exhaustive search: the best (matched, score) over every assignment that keeps the pins. */
function bruteForce(inst: MatchingInstance): { matched: number; totalScore: number } {
  const capLeft = new Map(inst.mentors.map((m) => [m.id, m.capacity]));
  const pinnedMentee = new Map((inst.pinned ?? []).map(([e, m]) => [e, m]));
  const options = inst.mentees.map((m) => inst.edges.filter(([e]) => e === m.id));
  let best = { matched: -1, totalScore: Number.NEGATIVE_INFINITY };
  const go = (k: number, matched: number, score: number): void => {
    if (k === inst.mentees.length) {
      if (matched > best.matched || (matched === best.matched && score > best.totalScore + 1e-9)) {
        best = { matched, totalScore: score };
      }
      return;
    }
    const id = inst.mentees[k]?.id as string;
    const pin = pinnedMentee.get(id);
    if (pin === undefined) go(k + 1, matched, score);
    for (const [, mentor, s] of options[k] ?? []) {
      if (pin !== undefined && mentor !== pin) continue;
      const left = capLeft.get(mentor) ?? 0;
      if (left <= 0) continue;
      capLeft.set(mentor, left - 1);
      go(k + 1, matched + 1, score + s);
      capLeft.set(mentor, left);
    }
  };
  go(0, 0, 0);
  return best;
}

/**
 * Small random instances, biased towards the hard cases: scarce capacity, ties, zero scores,
 * mentees with no edges, mentors with capacity 0, and pins.
 */
const smallInstance: fc.Arbitrary<MatchingInstance> = fc
  .record({
    mentees: fc.integer({ min: 0, max: 7 }),
    caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
    density: fc.double({ min: 0.15, max: 1, noNaN: true }),
    seedEdges: fc.array(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 2.5, 10, 7.25, 100)),
      {
        minLength: 28,
        maxLength: 28,
      },
    ),
    pinWish: fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
  })
  .map(({ mentees, caps, density, seedEdges, pinWish }) => {
    const mentors = caps.map((capacity, j) => ({ id: `m${j}`, capacity }));
    const menteeList = Array.from({ length: mentees }, (_, i) => ({ id: `e${i}` }));
    const edges: Array<[string, string, number]> = [];
    for (let i = 0; i < mentees; i++) {
      for (let j = 0; j < mentors.length; j++) {
        const [u, s] = seedEdges[i * 4 + j] ?? [1, 0];
        if (u < density) edges.push([`e${i}`, `m${j}`, s]);
      }
    }
    // Pin some edges when the mentor still has room for a pin, so the instance stays valid.
    const pins: Array<[string, string]> = [];
    const pinsOn = new Map<string, number>();
    for (let i = 0; i < mentees; i++) {
      const wish = pinWish[i] ?? 0;
      if (wish % 5 !== 0) continue;
      const mine = edges.filter(([e]) => e === `e${i}`);
      const edge = mine[wish % Math.max(1, mine.length)];
      if (!edge) continue;
      const cap = mentors.find((m) => m.id === edge[1])?.capacity ?? 0;
      const used = pinsOn.get(edge[1]) ?? 0;
      if (used >= cap) continue;
      pinsOn.set(edge[1], used + 1);
      pins.push([edge[0], edge[1]]);
    }
    return { mentors, mentees: menteeList, edges, pinned: pins };
  });

function checkFeasible(inst: MatchingInstance, result: MatchingResult): void {
  const allowed = new Map(inst.edges.map(([e, m, s]) => [`${e}|${m}`, s]));
  const load = new Map<string, number>();
  const seen = new Set<string>();
  let total = 0;
  for (const [mentee, mentor] of result.matches) {
    const score = allowed.get(`${mentee}|${mentor}`);
    expect(score, `forbidden pair (${mentee}, ${mentor}) used`).toBeDefined();
    expect(seen.has(mentee), `mentee ${mentee} matched twice`).toBe(false);
    seen.add(mentee);
    load.set(mentor, (load.get(mentor) ?? 0) + 1);
    total += score ?? 0;
  }
  for (const m of inst.mentors) expect(load.get(m.id) ?? 0).toBeLessThanOrEqual(m.capacity);
  for (const [mentee, mentor] of inst.pinned ?? []) {
    expect(result.matches).toContainEqual([mentee, mentor]);
  }
  expect(result.matched).toBe(result.matches.length);
  expect(result.totalScore).toBeCloseTo(total, 6);
  expect(result.unmatched.length + result.matched).toBe(inst.mentees.length);
  for (const u of result.unmatched) expect(seen.has(u.mentee)).toBe(false);
}

describe('solveAssignment', () => {
  it('is optimal against brute force: most mentees matched, then highest score', () => {
    fc.assert(
      fc.property(smallInstance, (inst) => {
        const result = solveAssignment(inst);
        checkFeasible(inst, result);
        const best = bruteForce(inst);
        expect(result.matched).toBe(best.matched);
        expect(result.totalScore).toBeCloseTo(best.totalScore, 6);
        const check = validateInstance(inst);
        if (!check.ok) throw new Error('generated an invalid instance');
        const pruned = solveIndexed(check.indexed, AGGRESSIVE);
        expect(pruned.matched).toBe(best.matched);
        expect(pruned.totalScore).toBeCloseTo(best.totalScore, 6);
      }),
      { numRuns: 400, seed: 20240611 },
    );
  });

  it('is deterministic for the same input', () => {
    fc.assert(
      fc.property(smallInstance, (inst) => {
        expect(solveAssignment(structuredClone(inst))).toEqual(solveAssignment(inst));
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('never beats the optimum with the greedy baseline', () => {
    fc.assert(
      fc.property(smallInstance, (inst) => {
        const exact = solveAssignment(inst);
        const greedy = greedyAssignment(inst);
        checkFeasible(inst, greedy);
        expect(greedy.matched).toBeLessThanOrEqual(exact.matched);
        if (greedy.matched === exact.matched)
          expect(greedy.totalScore).toBeLessThanOrEqual(exact.totalScore + 1e-9);
      }),
      { numRuns: 100, seed: 11 },
    );
  });

  it('prefers one more matched mentee over a higher score', () => {
    // e1 alone would take m1 for 100; giving m1 to e2 and m2 to e1 matches both for 2.
    const result = solveAssignment({
      mentors: [
        { id: 'm1', capacity: 1 },
        { id: 'm2', capacity: 1 },
      ],
      mentees: [{ id: 'e1' }, { id: 'e2' }],
      edges: [
        ['e1', 'm1', 100],
        ['e1', 'm2', 1],
        ['e2', 'm1', 1],
      ],
    });
    expect(result.matched).toBe(2);
    expect(result.totalScore).toBe(2);
    expect(result.matches).toEqual([
      ['e1', 'm2'],
      ['e2', 'm1'],
    ]);
  });

  it('solves the example of the instance format, keeping the pin', () => {
    const result = solveAssignment({
      mentors: [
        { id: 'm1', capacity: 3 },
        { id: 'm2', capacity: 1 },
      ],
      mentees: [{ id: 'e1' }, { id: 'e2' }],
      edges: [
        ['e1', 'm1', 72.5],
        ['e2', 'm1', 40],
        ['e2', 'm2', 88],
      ],
      pinned: [['e1', 'm1']],
    });
    expect(result).toMatchObject({
      matches: [
        ['e1', 'm1'],
        ['e2', 'm2'],
      ],
      matched: 2,
      totalScore: 160.5,
    });
    expect(result.unmatched).toEqual([]);
  });

  it('explains each unmatched mentee', () => {
    const result = solveAssignment({
      mentors: [
        { id: 'full', capacity: 1 },
        { id: 'zero', capacity: 0 },
        { id: 'pinned', capacity: 1 },
      ],
      mentees: [{ id: 'lonely' }, { id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'p' }],
      edges: [
        ['a', 'full', 90],
        ['b', 'full', 10],
        ['c', 'zero', 50],
        ['d', 'pinned', 50],
        ['p', 'pinned', 1],
      ],
      pinned: [['p', 'pinned']],
    });
    const reasons = Object.fromEntries(result.unmatched.map((u) => [u.mentee, u.reason]));
    expect(reasons).toEqual({
      lonely: 'no-allowed-mentor',
      b: 'allowed-mentors-at-capacity',
      c: 'allowed-mentors-have-no-capacity',
      d: 'allowed-mentors-filled-by-pins',
    });
    expect(result.matches).toEqual([
      ['a', 'full'],
      ['p', 'pinned'],
    ]);
  });
});
