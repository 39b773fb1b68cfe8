import { fillDeficit } from './backward-search.ts';
import { createFlowState, type FlowState, type WarmStart } from './flow-state.ts';
import { augment, createSearchContext, type SearchContext, updatePotentials } from './search-context.ts';
import { applyWarmStart } from './warm-start.ts';

/**
 * A bipartite transportation problem in which every supply unit must be sent:
 * each P node p sends exactly supply[p] units, one per distinct edge, each Q node q receives at
 * most cap[q], and the total edge cost is minimised. The matching solver reduces both of its
 * halves to this shape (mentees → mentors, and mentors → mentees), so no dummy "unmatched"
 * nodes with a big-M cost are needed and scores keep their full floating-point precision.
 */
export interface TransportProblem {
  pCount: number;
  qCount: number;
  /** CSR by P node: the edges of p are start[p] .. start[p+1]-1. */
  start: Int32Array;
  /** Q endpoint of each edge. */
  head: Int32Array;
  cost: Float64Array;
  supply: Int32Array;
  cap: Int32Array;
}

export interface TransportFlow {
  /** Per edge: 1 when the edge carries a unit. */
  used: Uint8Array;
  /**
   * Final potentials: every residual arc has a non-negative reduced cost, which certifies the
   * flow optimal. An edge left out of the problem may be added without changing the optimum iff
   * its reduced cost cost + piP[p] − piQ[q] is non-negative too.
   */
  piP: Float64Array;
  piQ: Float64Array;
  piT: number;
  /** Nodes settled over all searches: the real work done, for the benchmark. */
  settled: number;
}

/**
 * Successive shortest paths on the residual network source → P → Q → sink T, one unit at a time
 * (the augmentation step of Jonker–Volgenant, generalised to capacities and to a warm start).
 * Each search is Dijkstra on reduced costs from a P node with unsent supply to the nearest of T
 * and the Q nodes that are short (only warm starts leave any). Potentials move only for the
 * nodes a search settled, by d − D, so a search costs what it explores; a Q node with room is
 * one step from T, so a cold search ends as soon as it pops one. Units a warm start leaves at T
 * are then moved to the short Q nodes by backward searches (backward-search.ts).
 *
 * Correctness is the Hungarian invariant (flow-state.ts): reduced costs stay ≥ 0 on all residual
 * arcs and each augmentation follows a shortest path, so when nothing is left to send the flow
 * is a minimum-cost flow that sends every supply unit.
 *
 * Time: O(U · (E + V) log V) worst case for U units, E edges, V nodes; in practice a search
 * explores a small neighbourhood. Memory O(E + V). Throws if the problem is infeasible.
 */
export function solveTransport(
  t: TransportProblem,
  warm: WarmStart | null,
  tolerance: number,
): TransportFlow {
  const state = createFlowState(t);
  if (warm) applyWarmStart(state, warm, tolerance);
  const settled = shortestPaths(state);
  return { used: state.used, piP: state.piP, piQ: state.piQ, piT: state.piT, settled };
}

function shortestPaths(s: FlowState): number {
  const { pCount, qCount, supply } = s.t;
  const c = createSearchContext(s);
  // Phase 1: send every unit of supply. T accepts any number of units here; if it gets more than
  // the supply (only after a warm start), phase 2 passes the surplus on to the Q nodes that are
  // short, which is also a sequence of shortest augmenting paths.
  for (let p = 0; p < pCount; p++) {
    while ((s.sent[p] as number) < (supply[p] as number)) sendUnit(s, c, p);
  }
  let short = 0;
  for (let q = 0; q < qCount; q++) short += (s.tflow[q] as number) - (s.load[q] as number);
  if (short > 0) {
    const { qStart, qEdges } = edgesByQ(s);
    const succ = new Int32Array(pCount + qCount + 1);
    const succArc = new Int32Array(pCount + qCount + 1);
    for (let q = 0; q < qCount; q++) {
      while ((s.tflow[q] as number) > (s.load[q] as number))
        fillDeficit(s, c, q, qStart, qEdges, succ, succArc);
    }
  }
  return c.settledTotal;
}

/** Dijkstra from P node `source` to the nearest of T and the Q nodes that are short, then augment. */
function sendUnit(s: FlowState, c: SearchContext, source: number): void {
  const { tail, room, slotStart, holder, load, tflow, used, sent, piP, piQ } = s;
  const { pCount, start, head, cost } = s.t;
  const { T, dist, pred, stamp, heap } = c;
  if (sent[source] === 0) {
    // A fresh source has no incoming residual arc, so only its out-arcs bound its potential:
    // take the lowest value that keeps them non-negative.
    let best = Number.NEGATIVE_INFINITY;
    for (let e = start[source] as number; e < (start[source + 1] as number); e++) {
      const v = (piQ[head[e] as number] as number) - (cost[e] as number);
      if (v > best) best = v;
    }
    piP[source] = best;
  }
  c.search++;
  const seen = 2 * c.search;
  const done = seen + 1;
  c.settledCount = 0;
  let target = -1;
  let targetDist = 0;
  stamp[source] = seen;
  dist[source] = 0;
  heap.push(source, 0);
  while (heap.size > 0) {
    const d = heap.minKey();
    const v = heap.pop();
    stamp[v] = done;
    c.settledList[c.settledCount++] = v;
    if (v < pCount) {
      const base = d + (piP[v] as number);
      const end = start[v + 1] as number;
      for (let e = start[v] as number; e < end; e++) {
        if (used[e] === 1) continue;
        const q = head[e] as number;
        const node = pCount + q;
        const st = stamp[node] as number;
        if (st === done) continue;
        let nd = base + (cost[e] as number) - (piQ[q] as number);
        if (nd < d) nd = d; // rounding can make a zero reduced cost slightly negative
        if (st !== seen || nd < (dist[node] as number)) {
          stamp[node] = seen;
          dist[node] = nd;
          pred[node] = e;
          heap.push(node, nd);
        }
      }
    } else if (v < T) {
      const q = v - pCount;
      if ((tflow[q] as number) > (load[q] as number)) {
        target = v;
        targetDist = d;
        break;
      }
      const base = d + (piQ[q] as number);
      const end = (slotStart[q] as number) + (load[q] as number);
      for (let slot = slotStart[q] as number; slot < end; slot++) {
        const e = holder[slot] as number;
        const p = tail[e] as number;
        const st = stamp[p] as number;
        if (st === done) continue;
        let nd = base - (cost[e] as number) - (piP[p] as number);
        if (nd < d) nd = d;
        if (st !== seen || nd < (dist[p] as number)) {
          stamp[p] = seen;
          dist[p] = nd;
          pred[p] = slot;
          heap.push(p, nd);
        }
      }
      if ((tflow[q] as number) < (room[q] as number)) {
        // A Q node with room passes the unit on to T. After a cold start it has piQ = piT, so T
        // gets the same key and the search ends right after it.
        let nd = base - s.piT;
        if (nd < d) nd = d;
        if (stamp[T] !== seen || nd < (dist[T] as number)) {
          stamp[T] = seen;
          dist[T] = nd;
          pred[T] = q;
          heap.push(T, nd);
        }
      }
    } else {
      target = T;
      targetDist = d;
      break;
    }
  }
  heap.clear();
  if (target < 0) throw new Error('transport: a supply unit cannot be sent (infeasible problem)');
  updatePotentials(s, c, targetDist, 1);
  augment(s, source, target, pred);
}

function edgesByQ(s: FlowState): { qStart: Int32Array; qEdges: Int32Array } {
  const { qCount, head } = s.t;
  const qStart = new Int32Array(qCount + 1);
  for (let e = 0; e < head.length; e++) {
    const q = (head[e] as number) + 1;
    qStart[q] = (qStart[q] as number) + 1;
  }
  for (let q = 0; q < qCount; q++) qStart[q + 1] = (qStart[q + 1] as number) + (qStart[q] as number);
  const fill = qStart.slice(0, qCount);
  const qEdges = new Int32Array(head.length);
  for (let e = 0; e < head.length; e++) {
    const q = head[e] as number;
    qEdges[fill[q] as number] = e;
    fill[q] = (fill[q] as number) + 1;
  }
  return { qStart, qEdges };
}
