import { describe, expect, it } from 'vitest';
import {
  type ScoringInput,
  type ScoringMentor,
  type ScoringPerson,
  scorePairs,
  topFactors,
} from './scorer.ts';
import { DEFAULT_MATCHING_WEIGHTS, MatchingWeights, weightsOrDefault } from './weights.ts';

const mentee: ScoringPerson = {
  membershipId: 'e1',
  userId: 'u-e1',
  hospitalId: 'h1',
  profession: 'PERFUSION',
  specialty: 'Pediatric cardiac perfusion',
  careerStage: 'EARLY_CAREER',
  yearsExperience: 2,
  expertiseTags: [],
  goalTags: ['ECMO', 'leadership', 'VAD support'],
  languages: ['English', 'Spanish'],
  remoteOk: true,
  monthlyAvailabilityHours: 4,
};

const mentor: ScoringMentor = {
  membershipId: 'm1',
  userId: 'u-m1',
  hospitalId: 'h1',
  profession: 'PERFUSION',
  specialty: 'pediatric cardiac perfusion',
  careerStage: 'SENIOR',
  yearsExperience: 14,
  expertiseTags: ['ecmo', 'Leadership', 'VAD support'],
  goalTags: [],
  languages: ['Spanish', 'English'],
  remoteOk: true,
  monthlyAvailabilityHours: 6,
  capacity: 2,
};

function run(
  overrides: Partial<ScoringInput> = {},
  who: { e?: Partial<ScoringPerson>; m?: Partial<ScoringMentor> } = {},
) {
  return scorePairs({
    mentees: [{ ...mentee, ...who.e }],
    mentors: [{ ...mentor, ...who.m }],
    weights: DEFAULT_MATCHING_WEIGHTS,
    managerOf: new Map(),
    preferences: new Map([['e1', ['m1']]]),
    ...overrides,
  });
}

function factor(result: ReturnType<typeof run>, name: string) {
  const found = result.allowed[0]?.factors.find((f) => f.factor === name);
  if (!found) throw new Error(`no ${name} factor`);
  return found;
}

describe('scorePairs: factors', () => {
  it('scores a pair that is perfect on every factor 100, explained in plain words', () => {
    const result = run();
    expect(result.allowed[0]?.score).toBe(100);
    expect(factor(result, 'specialty').detail).toBe('Both in pediatric cardiac perfusion');
    const acronym = run({}, { e: { specialty: 'cvor' }, m: { specialty: 'CVOR' } });
    expect(factor(acronym, 'specialty').detail).toBe('Both in CVOR');
    expect(factor(result, 'profession').detail).toBe('Both in perfusion');
    expect(factor(result, 'goals').detail).toBe('Shares 3 of 3 goals: ECMO, leadership, VAD support');
    expect(factor(result, 'site').detail).toBe('Same hospital');
    expect(factor(result, 'language').detail).toBe('Speaks Spanish');
    expect(factor(result, 'seniority').detail).toBe('Mentor has 12 more years of experience');
    expect(factor(result, 'preference').detail).toBe("Mentee's #1 choice");
  });

  it('gives partial credit for partly shared goals', () => {
    const goals = factor(run({}, { m: { expertiseTags: ['ECMO', 'leadership'] } }), 'goals');
    expect(goals.value).toBe(0.67);
    expect(goals.detail).toBe('Shares 2 of 3 goals: ECMO, leadership');
  });

  it('gives half credit for related specialties and none for unrelated ones', () => {
    expect(
      factor(run({}, { e: { specialty: 'CVOR' }, m: { specialty: 'Cardiac ICU' } }), 'specialty').value,
    ).toBe(0.5);
    expect(
      factor(run({}, { e: { specialty: 'Trauma' }, m: { specialty: 'Spine' } }), 'specialty').value,
    ).toBe(0);
    expect(factor(run({}, { e: { specialty: null } }), 'specialty').detail).toBe('Specialty not given');
  });

  it('scores profession, site, language and availability', () => {
    expect(factor(run({}, { m: { profession: 'NURSING' } }), 'profession').value).toBe(0);
    expect(factor(run({}, { m: { hospitalId: 'h2' } }), 'site').value).toBe(0.5);
    expect(factor(run({}, { m: { hospitalId: 'h2', remoteOk: false } }), 'site').value).toBe(0);
    const english = factor(run({}, { m: { languages: ['English'] } }), 'language');
    expect([english.value, english.detail]).toEqual([0.5, 'Both speak English']);
    expect(factor(run({}, { m: { languages: ['French'] } }), 'language').value).toBe(0);
    const hours = factor(run({}, { m: { monthlyAvailabilityHours: 2 } }), 'availability');
    expect([hours.value, hours.detail]).toEqual([0.5, 'Mentor offers 2 h a month; mentee hopes for 4']);
  });

  it('gives full seniority credit from a five-year gap, less below it', () => {
    expect(factor(run({}, { m: { yearsExperience: 7 } }), 'seniority').value).toBe(1);
    expect(factor(run({}, { m: { yearsExperience: 3 } }), 'seniority')).toMatchObject({
      value: 0.2,
      detail: 'Mentor has 1 more year of experience',
    });
  });

  it('credits the mentee’s ranked choices in order', () => {
    const ranked = (list: string[]) => factor(run({ preferences: new Map([['e1', list]]) }), 'preference');
    expect(ranked(['x', 'm1']).detail).toBe("Mentee's #2 choice");
    expect(ranked(['x', 'y', 'm1']).value).toBe(0.33);
    expect(ranked(['x']).value).toBe(0);
  });

  it('normalises weights so only their ratios matter, and a zero weight ignores the factor', () => {
    const weights = { ...DEFAULT_MATCHING_WEIGHTS, specialty: 0 };
    const result = run({ weights }, { e: { specialty: 'Trauma' } });
    expect(result.allowed[0]?.score).toBe(100);
    expect(factor(result, 'specialty').points).toBe(0);
    // Profession carries 3 of the default 23 weight points: missing it costs 13 of 100.
    expect(run({}, { m: { profession: 'NURSING' } }).allowed[0]?.score).toBe(87);
  });

  it('lists the top factors by points', () => {
    const top = topFactors(run().allowed[0]?.factors ?? [], 2);
    expect(top.map((f) => f.factor)).toEqual(['goals', 'specialty']);
  });
});

describe('scorePairs: the score and its explanation agree', () => {
  it('scores every pair as the sum of its explained points', () => {
    const variants: Partial<ScoringMentor>[] = [
      {},
      { specialty: 'CVOR', languages: ['English'] },
      { profession: 'NURSING', hospitalId: 'h9', monthlyAvailabilityHours: 1, yearsExperience: 4 },
      { expertiseTags: ['ECMO'], remoteOk: false, hospitalId: 'h2', yearsExperience: 3 },
    ];
    const result = scorePairs({
      mentees: [mentee, { ...mentee, membershipId: 'e2', userId: 'u-e2', goalTags: [], languages: [] }],
      mentors: variants.map((v, i) => ({ ...mentor, membershipId: `m${i}`, userId: `u-m${i}`, ...v })),
      weights: { ...DEFAULT_MATCHING_WEIGHTS, seniority: 7, language: 4 },
      managerOf: new Map(),
      preferences: new Map([['e1', ['m2', 'm0']]]),
    });
    expect(result.allowed).toHaveLength(8);
    for (const pair of result.allowed) {
      const sum = Math.round(pair.factors.reduce((total, f) => total + f.points, 0) * 10) / 10;
      expect(pair.score).toBe(Math.min(100, sum));
    }
  });
});

describe('scorePairs: hard constraints keep their reason', () => {
  it('removes a mentor with no room left', () => {
    const result = run({}, { m: { capacity: 0 } });
    expect(result.allowed).toEqual([]);
    expect(result.removed[0]).toMatchObject({
      menteeId: 'e1',
      mentorId: 'm1',
      reason: 'mentor-has-no-capacity',
    });
  });

  it('removes a mentor who is not more senior (years first, career stage breaks a tie)', () => {
    expect(run({}, { m: { yearsExperience: 2, careerStage: 'EARLY_CAREER' } }).removed[0]?.reason).toBe(
      'mentor-not-more-senior',
    );
    expect(run({}, { m: { yearsExperience: 1, careerStage: 'LEADER' } }).removed[0]?.detail).toBe(
      'Mentor has 1 year of experience, mentee 2 years',
    );
    const tie = run({}, { m: { yearsExperience: 2, careerStage: 'SENIOR' } });
    expect(tie.allowed).toHaveLength(1);
    expect(factor(tie, 'seniority').value).toBe(0);
  });

  it('removes pairs in one reporting line, up or down the chain', () => {
    const up = new Map([
      ['u-e1', 'u-boss'],
      ['u-boss', 'u-m1'],
    ]);
    expect(run({ managerOf: up }).removed[0]).toMatchObject({ reason: 'same-reporting-line' });
    const down = new Map([['u-m1', 'u-e1']]);
    expect(run({ managerOf: down }).removed[0]?.detail).toBe(
      "Mentee is in the mentor's reporting line (a manager above them)",
    );
    const cycle = new Map([
      ['u-e1', 'u-x'],
      ['u-x', 'u-e1'],
    ]);
    expect(run({ managerOf: cycle }).allowed).toHaveLength(1);
  });

  it('removes pairs staff excluded', () => {
    expect(run({ excluded: [['e1', 'm1']] }).removed[0]).toMatchObject({
      reason: 'excluded-by-staff',
      detail: 'Staff excluded this pair',
    });
  });
});

describe('MatchingWeights', () => {
  it('refuses all-zero and out-of-range weights with a message, and falls back to defaults on bad stored data', () => {
    const zero = Object.fromEntries(Object.keys(DEFAULT_MATCHING_WEIGHTS).map((k) => [k, 0]));
    expect(MatchingWeights.safeParse(zero).error?.issues[0]?.message).toBe(
      'Give at least one factor a weight above 0.',
    );
    expect(
      MatchingWeights.safeParse({ ...DEFAULT_MATCHING_WEIGHTS, goals: 11 }).error?.issues[0]?.message,
    ).toBe('Goals cannot be above 10.');
    expect(weightsOrDefault({ nonsense: true })).toEqual(DEFAULT_MATCHING_WEIGHTS);
  });
});
