import type { FlowState, WarmStart } from './flow-state.ts';

/**
 * Loads a previous optimum into a fresh state for a problem with more edges (the pricing loop of
 * pruned-transport.ts adds the edges whose reduced cost was negative), so a re-solve only has to
 * repair what the new edges change instead of starting over.
 *
 * The old duals fit every old arc. For each P node they must lie between its best unused edge's
 * value (piQ − cost, now possibly raised by a new edge) and its worst used edge's value; where a
 * new edge makes that interval empty, the used edges it beats are dropped. The P node gets the
 * units back as excess; a Q node priced below T keeps sending to T and so gets a deficit (it must
 * be refilled, as its positive price says), others send one unit less. No potential changes, so
 * nothing cascades, and the invariant of flow-state.ts holds for the shortest-path phase.
 * O(E).
 */
export function applyWarmStart(s: FlowState, warm: WarmStart, tolerance: number): void {
  const { tail, slotStart, holder, load, tflow, used, sent, piP, piQ } = s;
  const { pCount, start, head, cost } = s.t;
  piP.set(warm.piP);
  piQ.set(warm.piQ);
  s.piT = warm.piT;
  for (let e = 0; e < head.length; e++) {
    if (warm.used[e] !== 1) continue;
    const q = head[e] as number;
    holder[(slotStart[q] as number) + (load[q] as number)] = e;
    load[q] = (load[q] as number) + 1;
    used[e] = 1;
    const p = tail[e] as number;
    sent[p] = (sent[p] as number) + 1;
  }
  tflow.set(load);

  for (let p = 0; p < pCount; p++) {
    let [lo, hi] = bounds(s, p);
    if (lo > hi + tolerance) {
      for (let e = start[p] as number; e < (start[p + 1] as number); e++) {
        const q = head[e] as number;
        if (used[e] !== 1 || (piQ[q] as number) - (cost[e] as number) >= lo - tolerance) continue;
        const from = slotStart[q] as number;
        const last = from + (load[q] as number) - 1;
        let slot = from;
        while (holder[slot] !== e) slot++;
        holder[slot] = holder[last] as number;
        load[q] = (load[q] as number) - 1;
        used[e] = 0;
        sent[p] = (sent[p] as number) - 1;
        if ((piQ[q] as number) >= s.piT - tolerance) tflow[q] = (tflow[q] as number) - 1;
      }
      [lo, hi] = bounds(s, p);
    }
    const current = piP[p] as number;
    if (current < lo - tolerance || current > hi + tolerance)
      piP[p] = lo === Number.NEGATIVE_INFINITY ? hi : lo;
  }
}

/** The interval a P node's potential must lie in: [best unused edge's value, worst used one's]. */
function bounds(s: FlowState, p: number): [number, number] {
  const { start, head, cost } = s.t;
  const { used, piQ } = s;
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  for (let e = start[p] as number; e < (start[p + 1] as number); e++) {
    const v = (piQ[head[e] as number] as number) - (cost[e] as number);
    if (used[e] === 1) {
      if (v < hi) hi = v;
    } else if (v > lo) lo = v;
  }
  return [lo, hi];
}
