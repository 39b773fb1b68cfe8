import {
  type IndexedInstance,
  REASON_AT_CAPACITY,
  REASON_FILLED_BY_PINS,
  REASON_MATCHED,
  REASON_NO_ALLOWED_MENTOR,
  REASON_NO_CAPACITY,
} from './indexed-instance.ts';

/**
 * Per mentee, why it has no mentor (REASON_* codes; REASON_MATCHED when it has one). The first
 * three reasons hold in every assignment; the last one says the mentee lost to others.
 * `capLeft` is each mentor's capacity after pins. O(E).
 */
export function unmatchedReasons(inst: IndexedInstance, edgeOf: Int32Array, capLeft: Int32Array): Uint8Array {
  const { menteeCount, capacity, edgeMentee, edgeMentor } = inst;
  // Bits per mentee: 1 = has an edge, 2 = to a mentor with capacity, 4 = with capacity after pins.
  const seen = new Uint8Array(menteeCount);
  for (let e = 0; e < edgeMentee.length; e++) {
    const j = edgeMentor[e] as number;
    const i = edgeMentee[e] as number;
    seen[i] =
      (seen[i] as number) | 1 | ((capacity[j] as number) > 0 ? 2 : 0) | ((capLeft[j] as number) > 0 ? 4 : 0);
  }
  const reason = new Uint8Array(menteeCount);
  for (let i = 0; i < menteeCount; i++) {
    if ((edgeOf[i] as number) >= 0) {
      reason[i] = REASON_MATCHED;
      continue;
    }
    const f = seen[i] as number;
    if ((f & 1) === 0) reason[i] = REASON_NO_ALLOWED_MENTOR;
    else if ((f & 2) === 0) reason[i] = REASON_NO_CAPACITY;
    else if ((f & 4) === 0) reason[i] = REASON_FILLED_BY_PINS;
    else reason[i] = REASON_AT_CAPACITY;
  }
  return reason;
}

/** Capacity left per mentor once the pins are placed. */
export function capacityAfterPins(inst: IndexedInstance): Int32Array {
  const capLeft = inst.capacity.slice();
  for (const e of inst.pinnedEdges) {
    const j = inst.edgeMentor[e] as number;
    capLeft[j] = (capLeft[j] as number) - 1;
  }
  return capLeft;
}
