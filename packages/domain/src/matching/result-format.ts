import {
  type IndexedInstance,
  type IndexedSolution,
  REASON_AT_CAPACITY,
  REASON_FILLED_BY_PINS,
  REASON_MATCHED,
  REASON_NO_ALLOWED_MENTOR,
  REASON_NO_CAPACITY,
} from './indexed-instance.ts';
import type {
  MatchingInstance,
  MatchingResult,
  UnmatchedMentee,
  UnmatchedReason,
} from './instance-schema.ts';

const REASONS: Record<number, UnmatchedReason> = {
  [REASON_NO_ALLOWED_MENTOR]: 'no-allowed-mentor',
  [REASON_NO_CAPACITY]: 'allowed-mentors-have-no-capacity',
  [REASON_FILLED_BY_PINS]: 'allowed-mentors-filled-by-pins',
  [REASON_AT_CAPACITY]: 'allowed-mentors-at-capacity',
};

/** Turns an indexed solution back into ids, with a sentence per unmatched mentee. */
export function toMatchingResult(
  instance: MatchingInstance,
  indexed: IndexedInstance,
  solution: IndexedSolution,
): MatchingResult {
  const allowed = new Int32Array(indexed.menteeCount);
  for (let e = 0; e < indexed.edgeMentee.length; e++) {
    const i = indexed.edgeMentee[e] as number;
    allowed[i] = (allowed[i] as number) + 1;
  }
  const matches: Array<[string, string]> = [];
  const unmatched: UnmatchedMentee[] = [];
  for (let i = 0; i < indexed.menteeCount; i++) {
    const menteeId = instance.mentees[i]?.id as string;
    const e = solution.edgeOf[i] as number;
    const code = solution.reason[i] as number;
    if (code === REASON_MATCHED) {
      matches.push([menteeId, instance.mentors[indexed.edgeMentor[e] as number]?.id as string]);
      continue;
    }
    const reason = REASONS[code] as UnmatchedReason;
    unmatched.push({ mentee: menteeId, reason, detail: detail(reason, allowed[i] as number) });
  }
  return { matches, matched: solution.matched, totalScore: solution.totalScore, unmatched };
}

function detail(reason: UnmatchedReason, allowed: number): string {
  const mentors = allowed === 1 ? '1 allowed mentor' : `${allowed} allowed mentors`;
  switch (reason) {
    case 'no-allowed-mentor':
      return 'no allowed mentor: every pair with this mentee is excluded by the hard constraints';
    case 'allowed-mentors-have-no-capacity':
      return `the ${mentors} all have capacity 0`;
    case 'allowed-mentors-filled-by-pins':
      return `the ${mentors} are all full with pinned mentees`;
    case 'allowed-mentors-at-capacity':
      return (
        `the ${mentors} are all at capacity: matching this mentee would unmatch another, ` +
        'and the optimum keeps the pairs with the higher total score'
      );
  }
}
