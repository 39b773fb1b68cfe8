import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { MatchingInstance } from './instance-schema.ts';
import { solveAssignment } from './solver.ts';
import { validateInstance } from './validate-instance.ts';

const base = (): MatchingInstance => ({
  mentors: [
    { id: 'm1', capacity: 2 },
    { id: 'm2', capacity: 1 },
  ],
  mentees: [{ id: 'e1' }, { id: 'e2' }],
  edges: [
    ['e1', 'm1', 10],
    ['e2', 'm1', 5],
    ['e2', 'm2', 7],
  ],
});

function issuesOf(input: unknown): string[] {
  const check = validateInstance(input);
  return check.ok ? [] : check.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('validateInstance', () => {
  it('accepts a valid instance and indexes it', () => {
    const check = validateInstance({ ...base(), pinned: [['e2', 'm2']] });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.indexed.menteeCount).toBe(2);
    expect(Array.from(check.indexed.capacity)).toEqual([2, 1]);
    expect(Array.from(check.indexed.pinnedEdges)).toEqual([2]);
  });

  it.each<[string, (i: MatchingInstance) => unknown, string]>([
    [
      'unknown mentee',
      (i) => ({ ...i, edges: [...i.edges, ['e9', 'm1', 1]] }),
      'edges[3]: unknown mentee id "e9"',
    ],
    [
      'unknown mentor',
      (i) => ({ ...i, edges: [...i.edges, ['e1', 'm9', 1]] }),
      'edges[3]: unknown mentor id "m9"',
    ],
    [
      'duplicate pair',
      (i) => ({ ...i, edges: [...i.edges, ['e2', 'm1', 3]] }),
      'edges[3]: duplicate pair (e2, m1), first listed at edges[1]',
    ],
    [
      'negative score',
      (i) => ({ ...i, edges: [['e1', 'm1', -1]] }),
      'edges[0]: score of (e1, m1) must be a finite number ≥ 0, got -1',
    ],
    [
      'infinite score',
      (i) => ({ ...i, edges: [['e1', 'm1', Number.POSITIVE_INFINITY]] }),
      'edges[0]: score of (e1, m1) must be a finite number ≥ 0, got Infinity',
    ],
    [
      'NaN score',
      (i) => ({ ...i, edges: [['e1', 'm1', Number.NaN]] }),
      'edges[0]: score of (e1, m1) must be a finite number ≥ 0, got NaN',
    ],
    [
      'fractional capacity',
      (i) => ({ ...i, mentors: [{ id: 'm1', capacity: 1.5 }, i.mentors[1]] }),
      'mentors[0].capacity: capacity of mentor "m1" must be an integer ≥ 0, got 1.5',
    ],
    [
      'negative capacity',
      (i) => ({ ...i, mentors: [i.mentors[0], { id: 'm2', capacity: -1 }] }),
      'mentors[1].capacity: capacity of mentor "m2" must be an integer ≥ 0, got -1',
    ],
    [
      'duplicate mentee id',
      (i) => ({ ...i, mentees: [...i.mentees, { id: 'e1' }] }),
      'mentees[2]: duplicate mentee id "e1" (first at mentees[0])',
    ],
    [
      'duplicate mentor id',
      (i) => ({ ...i, mentors: [...i.mentors, { id: 'm2', capacity: 1 }] }),
      'mentors[2]: duplicate mentor id "m2" (first at mentors[1])',
    ],
    [
      'pinned forbidden pair',
      (i) => ({ ...i, pinned: [['e1', 'm2']] }),
      'pinned[0]: pinned pair (e1, m2) is forbidden: it is not among the edges',
    ],
    [
      'more pins than capacity',
      (i) => ({
        ...i,
        mentors: [{ id: 'm1', capacity: 1 }, i.mentors[1]],
        pinned: [
          ['e1', 'm1'],
          ['e2', 'm1'],
        ],
      }),
      'mentors[0]: mentor "m1" has 2 pinned mentees but capacity 1',
    ],
    [
      'mentee pinned twice',
      (i) => ({
        ...i,
        pinned: [
          ['e2', 'm1'],
          ['e2', 'm2'],
        ],
      }),
      'pinned[1]: mentee "e2" is already pinned at pinned[0]',
    ],
    ['pin with unknown id', (i) => ({ ...i, pinned: [['e7', 'm1']] }), 'pinned[0]: unknown mentee id "e7"'],
    [
      'score of the wrong type',
      (i) => ({ ...i, edges: [['e1', 'm1', '3']] }),
      'edges[0]: score must be a finite number ≥ 0, got "3"',
    ],
    [
      'edge of the wrong shape',
      (i) => ({ ...i, edges: [['e1', 'm1']] }),
      'edges[0]: an edge is [menteeId, mentorId, score], got ["e1","m1"]',
    ],
    ['missing list', (i) => ({ mentors: i.mentors, edges: i.edges }), 'mentees: "mentees" is missing'],
  ])('reports %s', (_name, mutate, expected) => {
    const issues = issuesOf(mutate(base()));
    expect(
      issues.some((m) => m.startsWith(expected)),
      `${issues.join('\n')}`,
    ).toBe(true);
  });

  it('reports every problem at once, up to a cap', () => {
    const edges = Array.from({ length: 50 }, (_, k): [string, string, number] => [`x${k}`, 'm1', 1]);
    const issues = issuesOf({ ...base(), edges });
    expect(issues).toHaveLength(20);
  });

  it('makes solveAssignment throw a BAD_INPUT DomainError with the issues', () => {
    const bad = { ...base(), edges: [['e1', 'nobody', 1]] };
    expect(() => solveAssignment(bad)).toThrow(DomainError);
    try {
      solveAssignment(bad);
    } catch (err) {
      expect(err).toMatchObject({ code: 'BAD_INPUT' });
      expect((err as DomainError).message).toContain('edges[0]: unknown mentor id "nobody"');
    }
  });
});
