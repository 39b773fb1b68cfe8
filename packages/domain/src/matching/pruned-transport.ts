import type { WarmStart } from './flow-state.ts';
import { solveTransport, type TransportFlow, type TransportProblem } from './transport.ts';

export interface PruningOptions {
  /** Cheapest edges kept per P node. */
  perP: number;
  /** Cheapest edges kept per Q node: perQBase + perQPerUnit · cap[q]. */
  perQBase: number;
  perQPerUnit: number;
  /** Most violating edges added back per P node and round. */
  addPerP: number;
}

export interface PrunedFlow extends TransportFlow {
  keptEdges: number;
  rounds: number;
  addedBack: number;
}

/**
 * Solves a transportation problem on a pruned copy of its edges and proves the answer exact for
 * all of them. An edge is kept when it is among the cheapest for either of its ends, or when the
 * caller marks it (a known feasible solution, so the pruned problem is never infeasible).
 *
 * Exactness: the flow is optimal for the kept edges, certified by potentials under which every
 * residual arc has a non-negative reduced cost. A dropped edge carries no flow, so its only
 * residual arc is the forward one; if cost + piP − piQ ≥ 0 for every dropped edge, the same
 * potentials certify the flow on the full edge set (no negative cycle exists). Otherwise the
 * violating edges are added back and the problem re-solved; edges are only ever added, so this
 * ends, at worst with every edge kept.
 *
 * Pruning from both sides matters: with correlated scores everyone's top few mentors are the same
 * popular ones, and a mentee-side cut alone would remove most of the edges the optimum needs.
 *
 * Time: O(E) per round for selection and pricing, plus the solve on the kept edges.
 */
export function solvePrunedTransport(
  t: TransportProblem,
  mustKeep: Uint8Array,
  options: PruningOptions,
  tolerance: number,
): PrunedFlow {
  const edgeCount = t.head.length;
  // One scratch buffer for selection and pricing: at millions of edges every O(E) allocation
  // can trigger a full garbage collection of the caller's heap.
  const scratch = new Float64Array(edgeCount);
  const keep = selectCheapest(t, options, scratch);
  for (let e = 0; e < edgeCount; e++) if (mustKeep[e] === 1) keep[e] = 1;

  let rounds = 0;
  let addedBack = 0;
  let settled = 0;
  // Each round starts from the previous optimum: the added edges only change a few assignments.
  let previous: WarmStart | null = null;
  const usedA = new Uint8Array(edgeCount);
  const usedB = new Uint8Array(edgeCount);
  for (;;) {
    rounds++;
    const { sub, orig } = restrict(t, keep);
    let warm: WarmStart | null = null;
    if (previous) {
      const used = new Uint8Array(orig.length);
      for (let k = 0; k < orig.length; k++) used[k] = previous.used[orig[k] as number] as number;
      warm = { used, piP: previous.piP, piQ: previous.piQ, piT: previous.piT };
    }
    const flow = solveTransport(sub, warm, tolerance);
    const { piP, piQ } = flow;
    settled += flow.settled;
    const usedFull: Uint8Array = previous === null || previous.used === usedB ? usedA : usedB;
    usedFull.fill(0);
    for (let k = 0; k < orig.length; k++) if (flow.used[k] === 1) usedFull[orig[k] as number] = 1;
    previous = { used: usedFull, piP, piQ, piT: flow.piT };

    const added = addViolators(t, keep, piP, piQ, tolerance, options.addPerP, scratch);
    if (added === 0) {
      return { used: usedFull, piP, piQ, piT: flow.piT, settled, keptEdges: orig.length, rounds, addedBack };
    }
    addedBack += added;
  }
}

/**
 * Marks dropped edges whose reduced cost is negative. Per P node only the `addPerP` most negative
 * are added in one round (column generation): on correlated scores a P node can have hundreds of
 * violators of which the optimum uses one or two, and each added edge slows every later search.
 * Returns how many edges it added; 0 means there is no violator, so the flow is proved optimal.
 */
function addViolators(
  t: TransportProblem,
  keep: Uint8Array,
  piP: Float64Array,
  piQ: Float64Array,
  tolerance: number,
  addPerP: number,
  scratch: Float64Array,
): number {
  let added = 0;
  for (let p = 0; p < t.pCount; p++) {
    const lo = t.start[p] as number;
    const hi = t.start[p + 1] as number;
    let n = 0;
    for (let e = lo; e < hi; e++) {
      if (keep[e] === 1) continue;
      const reduced = (t.cost[e] as number) + (piP[p] as number) - (piQ[t.head[e] as number] as number);
      if (reduced < -tolerance) scratch[lo + n++] = reduced;
    }
    if (n === 0) continue;
    const threshold = n <= addPerP ? 0 : kthSmallest(scratch, lo, lo + n, addPerP - 1);
    for (let e = lo; e < hi; e++) {
      if (keep[e] === 1) continue;
      const reduced = (t.cost[e] as number) + (piP[p] as number) - (piQ[t.head[e] as number] as number);
      if (reduced < -tolerance && reduced <= threshold) {
        keep[e] = 1;
        added++;
      }
    }
  }
  return added;
}

function restrict(t: TransportProblem, keep: Uint8Array): { sub: TransportProblem; orig: Int32Array } {
  let kept = 0;
  for (let e = 0; e < keep.length; e++) kept += keep[e] as number;
  const orig = new Int32Array(kept);
  const head = new Int32Array(kept);
  const cost = new Float64Array(kept);
  const start = new Int32Array(t.pCount + 1);
  let k = 0;
  for (let p = 0; p < t.pCount; p++) {
    for (let e = t.start[p] as number; e < (t.start[p + 1] as number); e++) {
      if (keep[e] !== 1) continue;
      orig[k] = e;
      head[k] = t.head[e] as number;
      cost[k] = t.cost[e] as number;
      k++;
    }
    start[p + 1] = k;
  }
  const sub = { pCount: t.pCount, qCount: t.qCount, start, head, cost, supply: t.supply, cap: t.cap };
  return { sub, orig };
}

/** Marks each edge that is among the `perP` cheapest of its P node or the cheapest of its Q node. */
function selectCheapest(t: TransportProblem, o: PruningOptions, scratch: Float64Array): Uint8Array {
  const { pCount, qCount, start, head, cost, cap } = t;
  const edgeCount = head.length;
  const keep = new Uint8Array(edgeCount);

  for (let p = 0; p < pCount; p++) {
    const lo = start[p] as number;
    const n = (start[p + 1] as number) - lo;
    if (n === 0) continue;
    if (n <= o.perP) {
      keep.fill(1, lo, lo + n);
      continue;
    }
    scratch.set(cost.subarray(lo, lo + n), 0);
    const threshold = kthSmallest(scratch, 0, n, o.perP - 1);
    for (let e = lo; e < lo + n; e++) if ((cost[e] as number) <= threshold) keep[e] = 1;
  }

  // Group costs by Q node (counting sort) to select each one's cheapest.
  const qStart = new Int32Array(qCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    const at = (head[e] as number) + 1;
    qStart[at] = (qStart[at] as number) + 1;
  }
  for (let q = 0; q < qCount; q++) qStart[q + 1] = (qStart[q + 1] as number) + (qStart[q] as number);
  const fill = qStart.slice(0, qCount);
  for (let e = 0; e < edgeCount; e++) {
    const q = head[e] as number;
    scratch[fill[q] as number] = cost[e] as number;
    fill[q] = (fill[q] as number) + 1;
  }
  const thresholdQ = new Float64Array(qCount);
  for (let q = 0; q < qCount; q++) {
    const lo = qStart[q] as number;
    const n = (qStart[q + 1] as number) - lo;
    const want = o.perQBase + o.perQPerUnit * (cap[q] as number);
    thresholdQ[q] = n <= want ? Number.POSITIVE_INFINITY : kthSmallest(scratch, lo, lo + n, want - 1);
  }
  for (let e = 0; e < edgeCount; e++)
    if ((cost[e] as number) <= (thresholdQ[head[e] as number] as number)) keep[e] = 1;
  return keep;
}

/** The k-th smallest (0-based) of a[lo..hi), reordering that range. Average O(n) (Hoare select). */
function kthSmallest(a: Float64Array, lo: number, hi: number, k: number): number {
  let left = lo;
  let right = hi - 1;
  const target = lo + k;
  while (left < right) {
    const pivot = a[(left + right) >>> 1] as number;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const tmp = a[i] as number;
        a[i] = a[j] as number;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (target <= j) right = j;
    else if (target >= i) left = i;
    else break;
  }
  return a[target] as number;
}
