/**
 * Maximum-cardinality matching with mentor capacities (Hopcroft–Karp on mentor slots, without
 * materialising the slots), then the Gallai–Edmonds split of the mentees.
 *
 * Why the split: the solver must first maximise the number matched. Gallai–Edmonds says that in
 * every maximum matching (a) the "contested" mentees — those reachable from an unmatched mentee
 * by an alternating path — share exactly the mentors they can reach, and fill them completely,
 * and (b) every other mentee is matched, to a mentor outside that set. So the set of maximum
 * matchings is the product of two independent problems, each with one side fully saturated,
 * and each is a plain min-cost transportation problem: no big-M penalty for "unmatched" is
 * needed, which keeps the scores exact in floating point.
 */

export interface BipartiteCsr {
  menteeCount: number;
  mentorCount: number;
  /** Edges of mentee i are start[i] .. start[i+1]-1. */
  start: Int32Array;
  mentor: Int32Array;
  score: Float64Array;
  /** Remaining capacity per mentor. */
  cap: Int32Array;
}

export interface MaxMatching {
  /** Per mentee: the local edge index it is matched by, or -1. */
  mateEdge: Int32Array;
  size: number;
  /** Per mentee: 1 when some maximum matching leaves it unmatched. */
  contested: Uint8Array;
  /** Per mentor: 1 when it is reachable from a contested mentee (then it is full in every one). */
  contestedMentor: Uint8Array;
}

/** O(E·√V) worst case (Hopcroft–Karp); the greedy start leaves few phases in practice. */
export function maxCardinalityMatching(g: BipartiteCsr): MaxMatching {
  const { menteeCount, mentorCount, start, mentor, score, cap } = g;
  const slotStart = new Int32Array(mentorCount + 1);
  for (let j = 0; j < mentorCount; j++) slotStart[j + 1] = (slotStart[j] as number) + (cap[j] as number);
  const holder = new Int32Array(slotStart[mentorCount] as number); // mentee in each slot
  const slotOf = new Int32Array(menteeCount).fill(-1);
  const load = new Int32Array(mentorCount);
  const mateEdge = new Int32Array(menteeCount).fill(-1);
  let size = 0;

  const take = (i: number, e: number): void => {
    const j = mentor[e] as number;
    const slot = (slotStart[j] as number) + (load[j] as number);
    load[j] = (load[j] as number) + 1;
    holder[slot] = i;
    slotOf[i] = slot;
    mateEdge[i] = e;
  };

  // Greedy start: each mentee takes its best mentor that still has room.
  for (let i = 0; i < menteeCount; i++) {
    let best = -1;
    for (let e = start[i] as number; e < (start[i + 1] as number); e++) {
      const j = mentor[e] as number;
      if (
        (load[j] as number) < (cap[j] as number) &&
        (best < 0 || (score[e] as number) > (score[best] as number))
      ) {
        best = e;
      }
    }
    if (best >= 0) {
      take(i, best);
      size++;
    }
  }

  const INF = 0x7fffffff;
  const layer = new Int32Array(menteeCount);
  const queue = new Int32Array(menteeCount);
  const edgeIt = new Int32Array(menteeCount);
  const holderIt = new Int32Array(menteeCount);
  const stack = new Int32Array(menteeCount);
  const stackSlot = new Int32Array(menteeCount);

  for (;;) {
    // BFS layers from all free mentees, stopping at the first layer that sees a free slot.
    let qHead = 0;
    let qTail = 0;
    for (let i = 0; i < menteeCount; i++) {
      if (mateEdge[i] === -1 && (start[i + 1] as number) > (start[i] as number)) {
        layer[i] = 0;
        queue[qTail++] = i;
      } else layer[i] = INF;
    }
    let limit = INF;
    while (qHead < qTail) {
      const a = queue[qHead++] as number;
      const la = layer[a] as number;
      if (la >= limit) break;
      const own = mateEdge[a] === -1 ? -1 : (mentor[mateEdge[a] as number] as number);
      for (let e = start[a] as number; e < (start[a + 1] as number); e++) {
        const j = mentor[e] as number;
        if (j === own) continue;
        if ((load[j] as number) < (cap[j] as number)) {
          if (la < limit) limit = la;
          continue;
        }
        for (let s = slotStart[j] as number; s < (slotStart[j + 1] as number); s++) {
          const b = holder[s] as number;
          if (layer[b] === INF) {
            layer[b] = la + 1;
            queue[qTail++] = b;
          }
        }
      }
    }
    if (limit === INF) break;

    // DFS along the layers for vertex-disjoint shortest augmenting paths.
    for (let i = 0; i < menteeCount; i++) {
      edgeIt[i] = start[i] as number;
      holderIt[i] = 0;
    }
    let augmented = 0;
    for (let root = 0; root < menteeCount; root++) {
      if (mateEdge[root] !== -1 || layer[root] !== 0) continue;
      let depth = 0;
      stack[0] = root;
      while (depth >= 0) {
        const a = stack[depth] as number;
        const end = start[a + 1] as number;
        if ((edgeIt[a] as number) >= end) {
          layer[a] = INF; // dead end for the rest of this phase
          depth--;
          continue;
        }
        const e = edgeIt[a] as number;
        const j = mentor[e] as number;
        if (mateEdge[a] !== -1 && mentor[mateEdge[a] as number] === j) {
          edgeIt[a] = (edgeIt[a] as number) + 1;
          continue;
        }
        if ((load[j] as number) < (cap[j] as number)) {
          if (layer[a] !== limit) {
            edgeIt[a] = (edgeIt[a] as number) + 1;
            continue;
          }
          // Augment: the deepest mentee takes the free slot and each mentee above it the slot its
          // successor held. A mentee's edge iterator still points at the edge it descended by.
          take(a, e);
          for (let k = depth - 1; k >= 0; k--) {
            const m = stack[k] as number;
            const slot = stackSlot[k] as number;
            holder[slot] = m;
            slotOf[m] = slot;
            mateEdge[m] = edgeIt[m] as number;
          }
          for (let k = 0; k <= depth; k++) layer[stack[k] as number] = INF;
          size++;
          augmented++;
          break;
        }
        const h = holderIt[a] as number;
        if (h >= (load[j] as number)) {
          edgeIt[a] = (edgeIt[a] as number) + 1;
          holderIt[a] = 0;
          continue;
        }
        holderIt[a] = h + 1;
        const slot = (slotStart[j] as number) + h;
        const b = holder[slot] as number;
        if (layer[b] === (layer[a] as number) + 1 && layer[b] !== INF) {
          stackSlot[depth] = slot;
          stack[++depth] = b;
        }
      }
    }
    if (augmented === 0) break;
  }

  const { contested, contestedMentor } = gallaiEdmonds(g, mateEdge, slotStart, holder, load);
  return { mateEdge, size, contested, contestedMentor };
}

function gallaiEdmonds(
  g: BipartiteCsr,
  mateEdge: Int32Array,
  slotStart: Int32Array,
  holder: Int32Array,
  load: Int32Array,
): { contested: Uint8Array; contestedMentor: Uint8Array } {
  const { menteeCount, mentorCount, start, mentor } = g;
  const contested = new Uint8Array(menteeCount);
  const contestedMentor = new Uint8Array(mentorCount);
  const queue = new Int32Array(menteeCount);
  let qTail = 0;
  for (let i = 0; i < menteeCount; i++) {
    if (mateEdge[i] === -1) {
      contested[i] = 1;
      queue[qTail++] = i;
    }
  }
  for (let qHead = 0; qHead < qTail; qHead++) {
    const a = queue[qHead] as number;
    for (let e = start[a] as number; e < (start[a + 1] as number); e++) {
      const j = mentor[e] as number;
      if (contestedMentor[j] === 1 || e === mateEdge[a]) continue;
      contestedMentor[j] = 1;
      const end = (slotStart[j] as number) + (load[j] as number);
      for (let s = slotStart[j] as number; s < end; s++) {
        const b = holder[s] as number;
        if (contested[b] === 0) {
          contested[b] = 1;
          queue[qTail++] = b;
        }
      }
    }
  }
  return { contested, contestedMentor };
}
