import type { IndexedInstance, IndexedSolution } from './indexed-instance.ts';
import type { MatchingResult } from './instance-schema.ts';
import { toMatchingResult } from './result-format.ts';
import { capacityAfterPins, unmatchedReasons } from './unmatched-reasons.ts';
import { assertValidInstance } from './validate-instance.ts';

/**
 * The baseline the exact solver is measured against: pins first, then pairs in decreasing score
 * (ties by input order), each taken if its mentee is free and its mentor has room. This is what
 * a coordinator's spreadsheet does; it neither maximises the number matched nor the score.
 * O(E log E).
 */
export function greedyAssignment(input: unknown): MatchingResult {
  const { instance, indexed } = assertValidInstance(input);
  return toMatchingResult(instance, indexed, greedyIndexed(indexed));
}

export function greedyIndexed(inst: IndexedInstance): IndexedSolution {
  const { menteeCount, edgeMentee, edgeMentor, edgeScore, pinnedEdges } = inst;
  const edgeOf = new Int32Array(menteeCount).fill(-1);
  const capLeft = capacityAfterPins(inst);
  for (const e of pinnedEdges) edgeOf[edgeMentee[e] as number] = e;
  const room = capLeft.slice();
  const order = new Int32Array(edgeMentee.length);
  for (let e = 0; e < order.length; e++) order[e] = e;
  order.sort((a, b) => (edgeScore[b] as number) - (edgeScore[a] as number) || a - b);
  for (const e of order) {
    const i = edgeMentee[e] as number;
    const j = edgeMentor[e] as number;
    if (edgeOf[i] !== -1 || (room[j] as number) <= 0) continue;
    edgeOf[i] = e;
    room[j] = (room[j] as number) - 1;
  }
  let matched = 0;
  let totalScore = 0;
  for (let i = 0; i < menteeCount; i++) {
    const e = edgeOf[i] as number;
    if (e < 0) continue;
    matched++;
    totalScore += edgeScore[e] as number;
  }
  return {
    edgeOf,
    matched,
    totalScore,
    reason: unmatchedReasons(inst, edgeOf, capLeft),
    stats: {
      coveredMentees: 0,
      contestedMentees: 0,
      keptEdges: 0,
      usableEdges: edgeMentee.length,
      pricingRounds: 0,
      edgesAddedBack: 0,
      settledNodes: 0,
    },
  };
}
