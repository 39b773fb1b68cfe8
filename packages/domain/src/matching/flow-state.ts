import type { TransportProblem } from './transport.ts';

/**
 * A partial flow of a transportation problem with node potentials, shared by the warm start
 * (warm-start.ts) and the shortest-path phase (transport.ts).
 *
 * Each Q node q sends tflow[q] units on to the sink T; normally tflow = load, and a Q node with
 * tflow > load has a deficit (it must be filled). Invariant (what makes the shortest-path phase
 * exact): every residual arc has a non-negative reduced cost cost(a,b) + pi(a) − pi(b):
 * - unused edge p→q:               cost + piP[p] − piQ[q] ≥ 0
 * - used edge, reversed q→p:       −cost + piQ[q] − piP[p] ≥ 0   (so used edges are tight)
 * - q→T while tflow < room:        piQ[q] − piT ≥ 0
 * - T→q while tflow > 0:           piT − piQ[q] ≥ 0
 * so a Q node that is neither empty nor full has piQ = piT, and one priced below T is full.
 */
export interface FlowState {
  t: TransportProblem;
  /** P node of each edge. */
  tail: Int32Array;
  /** Usable capacity per Q: min(cap, in-degree), so slot arrays stay O(E). */
  room: Int32Array;
  /** Q's holders (edges sending into it) live in holder[slotStart[q] .. slotStart[q] + load[q]). */
  slotStart: Int32Array;
  holder: Int32Array;
  load: Int32Array;
  /** Units each Q node passes on to T. */
  tflow: Int32Array;
  used: Uint8Array;
  /** Units each P node currently sends. */
  sent: Int32Array;
  piP: Float64Array;
  piQ: Float64Array;
  piT: number;
}

/** A previous optimum on a subset of the edges: its flow (indexed like the new edges) and duals. */
export interface WarmStart {
  used: Uint8Array;
  piP: Float64Array;
  piQ: Float64Array;
  piT: number;
}

export function createFlowState(t: TransportProblem): FlowState {
  const { pCount, qCount, start, head, cap } = t;
  const edgeCount = head.length;
  const tail = new Int32Array(edgeCount);
  const degreeQ = new Int32Array(qCount);
  for (let p = 0; p < pCount; p++) {
    for (let e = start[p] as number; e < (start[p + 1] as number); e++) {
      tail[e] = p;
      const q = head[e] as number;
      degreeQ[q] = (degreeQ[q] as number) + 1;
    }
  }
  const room = new Int32Array(qCount);
  const slotStart = new Int32Array(qCount + 1);
  for (let q = 0; q < qCount; q++) {
    room[q] = Math.min(cap[q] as number, degreeQ[q] as number);
    slotStart[q + 1] = (slotStart[q] as number) + (room[q] as number);
  }
  return {
    t,
    tail,
    room,
    slotStart,
    holder: new Int32Array(slotStart[qCount] as number),
    load: new Int32Array(qCount),
    tflow: new Int32Array(qCount),
    used: new Uint8Array(edgeCount),
    sent: new Int32Array(pCount),
    piP: new Float64Array(pCount),
    piQ: new Float64Array(qCount),
    piT: 0,
  };
}
