/*
 * The solver works on dense integer indices and typed arrays: at 20,000 × 5,000 an instance has
 * millions of edges, and one object per edge would cost more memory and time than solving.
 */

export interface IndexedInstance {
  menteeCount: number;
  mentorCount: number;
  /** Per mentor; already validated to be an integer ≥ 0 (and clamped to menteeCount). */
  capacity: Int32Array;
  /** Per edge: the allowed pair and its score (finite, ≥ 0). Pairs are distinct. */
  edgeMentee: Int32Array;
  edgeMentor: Int32Array;
  edgeScore: Float64Array;
  /** Edge indices that must be in the result: one per pinned mentee, within capacities. */
  pinnedEdges: Int32Array;
}

/** Codes stored per mentee in `IndexedSolution.reason`; 0 means matched. */
export const REASON_MATCHED = 0;
export const REASON_NO_ALLOWED_MENTOR = 1;
export const REASON_NO_CAPACITY = 2;
export const REASON_FILLED_BY_PINS = 3;
export const REASON_AT_CAPACITY = 4;

export interface SolveStats {
  /** Mentees that every maximum matching covers, solved as "all of them must be matched". */
  coveredMentees: number;
  /** Mentees that some maximum matching leaves out, solved from the mentors' side. */
  contestedMentees: number;
  /** Edges the exact solver worked on after pruning, out of the usable ones. */
  keptEdges: number;
  usableEdges: number;
  /** Solves per half; more than 1 means the dual check found a dropped edge that mattered. */
  pricingRounds: number;
  /** Violations added back by the dual (reduced-cost) check, over all rounds. */
  edgesAddedBack: number;
  /** Nodes settled by all shortest-path searches: the solver's real work. */
  settledNodes: number;
}

export interface IndexedSolution {
  /** Per mentee: the edge index of its match, or -1. */
  edgeOf: Int32Array;
  matched: number;
  totalScore: number;
  /** Per mentee: one of the REASON_* codes. */
  reason: Uint8Array;
  stats: SolveStats;
}
