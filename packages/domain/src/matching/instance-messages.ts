import type { InstanceIssue } from './validate-instance.ts';

/*
 * Turning shape problems into sentences a coordinator or a script author can act on: zod's own
 * messages name types, not the mentee, mentor or edge at fault.
 */

/** Enough to fix an input by hand; a broken generator would otherwise print millions of lines. */
export const MAX_ISSUES = 20;

/** The shape of each edge; the other lists are small enough for zod. */
export function checkEdgeShapes(edges: unknown[], issues: InstanceIssue[]): void {
  for (let e = 0; e < edges.length && issues.length < MAX_ISSUES; e++) {
    const t = edges[e];
    if (!Array.isArray(t) || t.length !== 3 || typeof t[0] !== 'string' || typeof t[1] !== 'string') {
      issues.push({
        path: `edges[${e}]`,
        message: `an edge is [menteeId, mentorId, score], got ${describe(t)}`,
      });
    } else if (typeof t[2] !== 'number') {
      issues.push({
        path: `edges[${e}]`,
        message: `score must be a finite number ≥ 0, got ${describe(t[2])}`,
      });
    }
  }
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path)
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out === '' ? '(root)' : out;
}

export function shapeMessage(path: ReadonlyArray<PropertyKey>, zodMessage: string, input: unknown): string {
  const value = valueAt(input, path);
  if (value === undefined && path.length > 0) {
    const key = path[path.length - 1];
    return typeof key === 'number'
      ? `missing value (${zodMessage})`
      : `"${String(key)}" is missing (${zodMessage})`;
  }
  if (path[0] === 'mentors' && path[2] === 'capacity') {
    return `capacity must be an integer ≥ 0, got ${describe(value)}`;
  }
  if (path[0] === 'pinned' && path.length === 2)
    return `a pin is [menteeId, mentorId], got ${describe(value)}`;
  return zodMessage;
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
