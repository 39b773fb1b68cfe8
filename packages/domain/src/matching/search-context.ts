import type { FlowState } from './flow-state.ts';
import { IndexedMinHeap } from './min-heap.ts';

/*
 * Scratch space shared by the forward and backward shortest-path searches, allocated once per
 * solve. Node ids: P nodes 0..pCount-1, Q nodes pCount..pCount+qCount-1, then T.
 */
export interface SearchContext {
  T: number;
  dist: Float64Array;
  /**
   * How the augmenting path enters each node, going from source to target. Q node: the edge it
   * is entered by, or −1 if entered from T. P node: the holder slot of the edge it gives up.
   * T: the Q node it is entered from.
   */
  pred: Int32Array;
  /** stamp[v] === 2·search: seen in this search; 2·search + 1: settled. Avoids clearing arrays. */
  stamp: Int32Array;
  search: number;
  settledList: Int32Array;
  settledCount: number;
  settledTotal: number;
  heap: IndexedMinHeap;
}

export function createSearchContext(s: FlowState): SearchContext {
  const T = s.t.pCount + s.t.qCount;
  const n = T + 1;
  return {
    T,
    dist: new Float64Array(n),
    pred: new Int32Array(n),
    stamp: new Int32Array(n),
    search: 0,
    settledList: new Int32Array(n),
    settledCount: 0,
    settledTotal: 0,
    heap: new IndexedMinHeap(n),
  };
}

/**
 * After a search that reached its target at distance D, moves each node settled before it by
 * sign·(d − D): sign +1 for a forward search (potentials fall), −1 for a backward search, which
 * is a forward search on the reversed arcs with negated potentials. Unsettled nodes keep theirs.
 */
export function updatePotentials(s: FlowState, c: SearchContext, targetDist: number, sign: 1 | -1): void {
  const { piP, piQ } = s;
  const pCount = s.t.pCount;
  for (let k = 0; k < c.settledCount - 1; k++) {
    const v = c.settledList[k] as number;
    const delta = sign * ((c.dist[v] as number) - targetDist);
    if (v < pCount) piP[v] = (piP[v] as number) + delta;
    else if (v < c.T) piQ[v - pCount] = (piQ[v - pCount] as number) + delta;
    else s.piT += delta;
  }
  c.settledTotal += c.settledCount;
}

/**
 * Pushes one unit along the path given by `pred` from `source` to `target`, walking it backwards.
 * A Q node on the path is entered and left once, so its holder list changes by one replace,
 * append or removal. Returns the change in total flow into T.
 */
export function augment(s: FlowState, source: number, target: number, pred: Int32Array): number {
  const { tail, slotStart, holder, load, tflow, used, sent } = s;
  const { pCount, qCount, head } = s.t;
  const T = pCount + qCount;
  let dT = 0;
  let v = target;
  let leftBySlot = -1; // for a Q node: the holder slot its out-arc cancels
  for (;;) {
    if (v < pCount) {
      if (v === source) {
        sent[v] = (sent[v] as number) + 1;
        return dT;
      }
      const slot = pred[v] as number;
      used[holder[slot] as number] = 0;
      leftBySlot = slot;
      v = pCount + (head[holder[slot] as number] as number);
    } else if (v < T) {
      const q = v - pCount;
      const e = pred[v] as number;
      if (e >= 0) {
        used[e] = 1;
        if (leftBySlot >= 0) holder[leftBySlot] = e;
        else {
          holder[(slotStart[q] as number) + (load[q] as number)] = e;
          load[q] = (load[q] as number) + 1;
        }
        v = tail[e] as number;
      } else {
        tflow[q] = (tflow[q] as number) - 1;
        dT--;
        if (leftBySlot >= 0) {
          const last = (slotStart[q] as number) + (load[q] as number) - 1;
          holder[leftBySlot] = holder[last] as number;
          load[q] = (load[q] as number) - 1;
        }
        v = T;
      }
      leftBySlot = -1;
    } else {
      if (v === source) return dT;
      const q = pred[T] as number;
      tflow[q] = (tflow[q] as number) + 1;
      dT++;
      v = pCount + q;
    }
  }
}
