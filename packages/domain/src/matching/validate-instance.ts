import { z } from 'zod';
import { DomainError } from '../errors.ts';
import type { IndexedInstance } from './indexed-instance.ts';
import { checkEdgeShapes, formatPath, MAX_ISSUES, shapeMessage } from './instance-messages.ts';
import { type MatchingEdge, MatchingInstance } from './instance-schema.ts';

export interface InstanceIssue {
  /** Where in the input, e.g. `edges[3]` or `mentors[0].capacity`. */
  path: string;
  message: string;
}

export type InstanceCheck =
  | { ok: true; instance: MatchingInstance; indexed: IndexedInstance }
  | { ok: false; issues: InstanceIssue[] };

// Edges are checked by hand: zod would copy every tuple, which costs seconds at millions of edges.
const Shape = MatchingInstance.extend({ edges: z.array(z.unknown()) });

/**
 * Checks an instance the way `pnpm match:solve` reads it and, when it is valid, returns its
 * indexed form. Never throws on bad input: every problem becomes an issue with a sentence.
 */
export function validateInstance(input: unknown): InstanceCheck {
  const parsed = Shape.safeParse(input);
  const issues: InstanceIssue[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, MAX_ISSUES)) {
      issues.push({ path: formatPath(issue.path), message: shapeMessage(issue.path, issue.message, input) });
    }
  }
  const rawEdges = (input as { edges?: unknown } | null)?.edges;
  if (Array.isArray(rawEdges)) checkEdgeShapes(rawEdges, issues);
  if (!parsed.success || issues.length > 0) return { ok: false, issues };

  const instance = { ...parsed.data, edges: parsed.data.edges as MatchingEdge[] };
  const report = (path: string, message: string): boolean => {
    issues.push({ path, message });
    return issues.length >= MAX_ISSUES;
  };
  const indexed = indexInstance(instance, report);
  if (issues.length > 0 || indexed === null) return { ok: false, issues };
  return { ok: true, instance, indexed };
}

/** Throws `DomainError('BAD_INPUT')` listing the issues; returns the indexed instance. */
export function assertValidInstance(input: unknown): {
  instance: MatchingInstance;
  indexed: IndexedInstance;
} {
  const check = validateInstance(input);
  if (!check.ok) {
    const lines = check.issues.map((i) => `${i.path}: ${i.message}`);
    throw new DomainError('BAD_INPUT', `invalid matching instance:\n  ${lines.join('\n  ')}`, {
      issues: check.issues,
    });
  }
  return { instance: check.instance, indexed: check.indexed };
}

type Report = (path: string, message: string) => boolean;

function indexInstance(instance: MatchingInstance, report: Report): IndexedInstance | null {
  const { mentors, mentees, edges } = instance;
  const pinned = instance.pinned ?? [];
  const menteeIndex = new Map<string, number>();
  const mentorIndex = new Map<string, number>();
  for (const [i, m] of mentees.entries()) {
    const first = menteeIndex.get(m.id);
    if (first !== undefined) {
      if (report(`mentees[${i}]`, `duplicate mentee id "${m.id}" (first at mentees[${first}])`)) return null;
    } else menteeIndex.set(m.id, i);
  }
  const capacity = new Int32Array(mentors.length);
  for (const [j, m] of mentors.entries()) {
    const first = mentorIndex.get(m.id);
    if (first !== undefined) {
      if (report(`mentors[${j}]`, `duplicate mentor id "${m.id}" (first at mentors[${first}])`)) return null;
    } else mentorIndex.set(m.id, j);
    if (!Number.isInteger(m.capacity) || m.capacity < 0) {
      const msg = `capacity of mentor "${m.id}" must be an integer ≥ 0, got ${m.capacity}`;
      if (report(`mentors[${j}].capacity`, msg)) return null;
    }
    // A mentor can never take more than every mentee, so clamping keeps Int32 and changes nothing.
    capacity[j] = Math.min(Math.max(0, Math.floor(m.capacity)), mentees.length);
  }

  const edgeCount = edges.length;
  const edgeMentee = new Int32Array(edgeCount);
  const edgeMentor = new Int32Array(edgeCount);
  const edgeScore = new Float64Array(edgeCount);
  let bad = false;
  let lastMenteeId: string | undefined;
  let lastMentee: number | undefined;
  for (let e = 0; e < edgeCount; e++) {
    const [menteeId, mentorId, score] = edges[e] as [string, string, number];
    // Edge lists usually come grouped by mentee; skipping the repeated lookup is a measurable win.
    const i = menteeId === lastMenteeId ? lastMentee : menteeIndex.get(menteeId);
    lastMenteeId = menteeId;
    lastMentee = i;
    const j = mentorIndex.get(mentorId);
    let ok = true;
    if (i === undefined) {
      ok = false;
      if (report(`edges[${e}]`, `unknown mentee id "${menteeId}"`)) return null;
    }
    if (j === undefined) {
      ok = false;
      if (report(`edges[${e}]`, `unknown mentor id "${mentorId}"`)) return null;
    }
    if (!Number.isFinite(score) || score < 0) {
      ok = false;
      const msg = `score of (${menteeId}, ${mentorId}) must be a finite number ≥ 0, got ${score}`;
      if (report(`edges[${e}]`, msg)) return null;
    }
    if (!ok) {
      bad = true;
      continue;
    }
    edgeMentee[e] = i as number;
    edgeMentor[e] = j as number;
    edgeScore[e] = score;
  }
  if (bad) return null;

  // Duplicate pairs: bucket edges by mentee, then a per-mentor stamp finds repeats in O(E).
  const byMentee = bucketByMentee(edgeMentee, mentees.length);
  const lastSeen = new Int32Array(mentors.length).fill(-1);
  const firstEdge = new Int32Array(mentors.length);
  for (let i = 0; i < mentees.length; i++) {
    for (let k = byMentee.start[i] as number; k < (byMentee.start[i + 1] as number); k++) {
      const e = byMentee.edges[k] as number;
      const j = edgeMentor[e] as number;
      if (lastSeen[j] === i) {
        const pair = `(${mentees[i]?.id}, ${mentors[j]?.id})`;
        if (report(`edges[${e}]`, `duplicate pair ${pair}, first listed at edges[${firstEdge[j]}]`))
          return null;
        bad = true;
      } else {
        lastSeen[j] = i;
        firstEdge[j] = e;
      }
    }
  }
  if (bad) return null;

  const pinnedEdges = indexPins(
    pinned,
    menteeIndex,
    mentorIndex,
    byMentee,
    edgeMentor,
    capacity,
    mentors,
    report,
  );
  if (pinnedEdges === null) return null;
  return {
    menteeCount: mentees.length,
    mentorCount: mentors.length,
    capacity,
    edgeMentee,
    edgeMentor,
    edgeScore,
    pinnedEdges,
  };
}

function indexPins(
  pinned: ReadonlyArray<readonly [string, string]>,
  menteeIndex: Map<string, number>,
  mentorIndex: Map<string, number>,
  byMentee: { start: Int32Array; edges: Int32Array },
  edgeMentor: Int32Array,
  capacity: Int32Array,
  mentors: MatchingInstance['mentors'],
  report: Report,
): Int32Array | null {
  const out = new Int32Array(pinned.length);
  const pinOf = new Map<number, number>();
  const pinsOnMentor = new Int32Array(capacity.length);
  let bad = false;
  for (const [p, [menteeId, mentorId]] of pinned.entries()) {
    const i = menteeIndex.get(menteeId);
    const j = mentorIndex.get(mentorId);
    const path = `pinned[${p}]`;
    if (i === undefined || j === undefined) {
      const msg = i === undefined ? `unknown mentee id "${menteeId}"` : `unknown mentor id "${mentorId}"`;
      if (report(path, msg)) return null;
      bad = true;
      continue;
    }
    const earlier = pinOf.get(i);
    if (earlier !== undefined) {
      if (report(path, `mentee "${menteeId}" is already pinned at pinned[${earlier}]`)) return null;
      bad = true;
      continue;
    }
    let edge = -1;
    for (let k = byMentee.start[i] as number; k < (byMentee.start[i + 1] as number); k++) {
      const e = byMentee.edges[k] as number;
      if (edgeMentor[e] === j) edge = e;
    }
    if (edge < 0) {
      if (report(path, `pinned pair (${menteeId}, ${mentorId}) is forbidden: it is not among the edges`)) {
        return null;
      }
      bad = true;
      continue;
    }
    pinOf.set(i, p);
    out[p] = edge;
    pinsOnMentor[j] = (pinsOnMentor[j] as number) + 1;
  }
  for (let j = 0; j < capacity.length; j++) {
    const cap = mentors[j]?.capacity ?? 0;
    if ((pinsOnMentor[j] as number) > cap) {
      const msg = `mentor "${mentors[j]?.id}" has ${pinsOnMentor[j]} pinned mentees but capacity ${cap}`;
      if (report(`mentors[${j}]`, msg)) return null;
      bad = true;
    }
  }
  return bad ? null : out;
}

/** Edge indices grouped by mentee (counting sort, stable: input order within a mentee). */
function bucketByMentee(
  edgeMentee: Int32Array,
  menteeCount: number,
): { start: Int32Array; edges: Int32Array } {
  const start = new Int32Array(menteeCount + 1);
  for (let e = 0; e < edgeMentee.length; e++) {
    const at = (edgeMentee[e] as number) + 1;
    start[at] = (start[at] as number) + 1;
  }
  for (let i = 0; i < menteeCount; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, menteeCount);
  const edges = new Int32Array(edgeMentee.length);
  for (let e = 0; e < edgeMentee.length; e++) {
    const i = edgeMentee[e] as number;
    edges[fill[i] as number] = e;
    fill[i] = (fill[i] as number) + 1;
  }
  return { start, edges };
}
