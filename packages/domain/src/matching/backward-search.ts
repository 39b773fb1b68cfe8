import type { FlowState } from './flow-state.ts';
import { augment, type SearchContext, updatePotentials } from './search-context.ts';

/**
 * Fills one unit of a Q node's deficit from T's excess, by Dijkstra on the reversed residual
 * arcs from q back to T. Only warm starts need this: they leave Q nodes that must be full (priced
 * below T) one short. Searching backwards keeps it local — "who can move into q most cheaply" —
 * while a forward search from T would first fan out to every Q node at once.
 * `qStart`/`qEdges` list the edges into each Q node. Returns the change in total flow into T.
 */
export function fillDeficit(
  s: FlowState,
  c: SearchContext,
  deficitQ: number,
  qStart: Int32Array,
  qEdges: Int32Array,
  succ: Int32Array,
  succArc: Int32Array,
): number {
  const { tail, slotStart, holder, tflow, used, piP, piQ } = s;
  const { pCount, start, head, cost } = s.t;
  const { T, dist, stamp, heap } = c;
  c.search++;
  const seen = 2 * c.search;
  const done = seen + 1;
  c.settledCount = 0;
  const from = pCount + deficitQ;
  stamp[from] = seen;
  dist[from] = 0;
  heap.push(from, 0);
  let reached = false;
  let targetDist = 0;
  // succ[v] is the next node towards deficitQ, succArc[v] describes the arc v → succ[v].
  const relax = (v: number, nd: number, d: number, next: number, arc: number): void => {
    const st = stamp[v] as number;
    if (st === done) return;
    const key = Math.max(nd, d);
    if (st !== seen || key < (dist[v] as number)) {
      stamp[v] = seen;
      dist[v] = key;
      succ[v] = next;
      succArc[v] = arc;
      heap.push(v, key);
    }
  };
  while (heap.size > 0) {
    const d = heap.minKey();
    const v = heap.pop();
    stamp[v] = done;
    c.settledList[c.settledCount++] = v;
    if (v === T) {
      reached = true;
      targetDist = d;
      break;
    }
    if (v < pCount) {
      // Arcs into p: from each Q node p sends to (giving that unit up).
      for (let e = start[v] as number; e < (start[v + 1] as number); e++) {
        if (used[e] !== 1) continue;
        const q = head[e] as number;
        relax(pCount + q, d - (cost[e] as number) + (piQ[q] as number) - (piP[v] as number), d, v, e);
      }
    } else {
      const q = v - pCount;
      // Arcs into q: unused edges p → q, and T → q while q sends to T.
      for (let k = qStart[q] as number; k < (qStart[q + 1] as number); k++) {
        const e = qEdges[k] as number;
        if (used[e] === 1) continue;
        const p = tail[e] as number;
        relax(p, d + (cost[e] as number) + (piP[p] as number) - (piQ[q] as number), d, v, e);
      }
      if ((tflow[q] as number) > 0) relax(T, d + s.piT - (piQ[q] as number), d, v, -1);
    }
  }
  heap.clear();
  if (!reached) throw new Error('transport: a deficit cannot be filled (infeasible problem)');
  updatePotentials(s, c, targetDist, -1);

  // Turn the successor chain T → … → deficitQ into the predecessor form augment() reads.
  const pred = c.pred;
  let y = T;
  while (y !== from) {
    const x = succ[y] as number;
    const arc = succArc[y] as number;
    if (x >= pCount)
      pred[x] = arc; // Q entered by edge `arc` from a P node, or −1 from T
    else {
      // P entered from the Q node it held `arc` at: record that holder slot.
      const q = head[arc] as number;
      let slot = slotStart[q] as number;
      while (holder[slot] !== arc) slot++;
      pred[x] = slot;
    }
    y = x;
  }
  return augment(s, T, from, pred);
}
