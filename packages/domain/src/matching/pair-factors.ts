import { PROFESSION_LABELS } from '../people/people-schemas.ts';
import type { ScoringPerson } from './scorer.ts';

/*
 * The eight factors of a mentee–mentor pair, each a value in [0, 1] and, when asked, the
 * sentence that explains it ("Both in CVOR"). The scorer weighs them; these only measure.
 */

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const norm = (text: string) => text.trim().toLowerCase();

// Specialties in one family earn half credit: a CVOR nurse learns a lot from a cardiac ICU mentor.
const SPECIALTY_FAMILIES: readonly (readonly string[])[] = [
  ['cardiac surgery', 'pediatric cardiac surgery', 'ecmo', 'cvor', 'cardiac icu', 'cardiac anesthesia'],
  ['spine', 'neurosurgery', 'neuroanesthesia', 'neuro icu'],
];

/** Seniority gap that earns full credit: enough distance to teach. */
const FULL_CREDIT_GAP_YEARS = 5;

/** A person's lists, normalised once rather than once per pair. */
export interface Prepared {
  person: ScoringPerson;
  specialty: string | null;
  goals: string[];
  goalSet: Set<string>;
  expertise: Set<string>;
  wantedLanguages: string[];
  spoken: Set<string>;
}

export function prepare(person: ScoringPerson): Prepared {
  const goals = [...new Set(person.goalTags.map(norm))];
  return {
    person,
    specialty: person.specialty ? norm(person.specialty) : null,
    goals,
    goalSet: new Set(goals),
    expertise: new Set(person.expertiseTags.map(norm)),
    wantedLanguages: [...new Set(person.languages.map((l) => l.trim()).filter(Boolean))],
    spoken: new Set(person.languages.map(norm)),
  };
}

export const years = (n: number) => (n === 1 ? '1 year' : `${n} years`);

export function seniorityValue(mentee: ScoringPerson, mentor: ScoringPerson): number {
  return clamp01((mentor.yearsExperience - mentee.yearsExperience) / FULL_CREDIT_GAP_YEARS);
}

export function preferenceValue(ranked: readonly string[], mentorId: string): number {
  const rank = ranked.indexOf(mentorId);
  return rank < 0 ? 0 : (3 - rank) / 3;
}

export type Valued = { value: number; detail: string };

export function specialtyFactor(mentee: Prepared, mentor: Prepared, explain: boolean): Valued {
  const a = mentee.specialty;
  const b = mentor.specialty;
  if (!a || !b) return { value: 0, detail: 'Specialty not given' };
  // Said as the mentor wrote it ("CVOR", "ECMO"), not in its compared lower-case form.
  if (a === b) return { value: 1, detail: explain ? `Both in ${mentor.person.specialty?.trim()}` : '' };
  const their = `${mentor.person.specialty} and ${mentee.person.specialty}`;
  if (SPECIALTY_FAMILIES.some((family) => family.includes(a) && family.includes(b))) {
    return { value: 0.5, detail: explain ? `Related specialties: ${their}` : '' };
  }
  return { value: 0, detail: explain ? `Different specialties: ${their}` : '' };
}

export function professionFactor(mentee: ScoringPerson, mentor: ScoringPerson, explain: boolean): Valued {
  if (!mentee.profession || !mentor.profession) return { value: 0, detail: 'Profession not given' };
  if (mentee.profession === mentor.profession) {
    return {
      value: 1,
      detail: explain ? `Both in ${PROFESSION_LABELS[mentor.profession].toLowerCase()}` : '',
    };
  }
  return {
    value: 0,
    detail: explain
      ? `${PROFESSION_LABELS[mentor.profession]} mentor, ${PROFESSION_LABELS[mentee.profession].toLowerCase()} mentee`
      : '',
  };
}

export function goalsFactor(mentee: Prepared, mentor: Prepared, explain: boolean): Valued {
  if (mentee.goals.length === 0) return { value: 0, detail: 'Mentee has not listed goals' };
  let count = 0;
  for (const goal of mentee.goals) if (mentor.expertise.has(goal)) count++;
  if (count === 0) return { value: 0, detail: "No goal matches the mentor's expertise" };
  if (!explain) return { value: count / mentee.goals.length, detail: '' };
  // The mentee's own wording, first spelling of each goal.
  const seen = new Set<string>();
  const shared = mentee.person.goalTags.filter((goal) => {
    const key = norm(goal);
    if (seen.has(key) || !mentor.expertise.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    value: count / mentee.goals.length,
    detail: `Shares ${count} of ${mentee.goals.length} goals: ${shared.join(', ')}`,
  };
}

export function siteFactor(mentee: ScoringPerson, mentor: ScoringPerson): Valued {
  if (mentee.hospitalId !== null && mentee.hospitalId === mentor.hospitalId) {
    return { value: 1, detail: 'Same hospital' };
  }
  if (mentee.remoteOk && mentor.remoteOk) {
    return { value: 0.5, detail: 'Different hospitals; both open to meeting remotely' };
  }
  return { value: 0, detail: 'Different hospitals, and one of them prefers to meet in person' };
}

/** The share of the mentee's languages the mentor speaks: a Spanish speaker is best served in Spanish too. */
export function languageFactor(mentee: Prepared, mentor: Prepared, explain: boolean): Valued {
  const wanted = mentee.wantedLanguages;
  if (wanted.length === 0) return { value: 0, detail: 'Mentee has not listed languages' };
  const shared = wanted.filter((language) => mentor.spoken.has(norm(language)));
  if (shared.length === 0) return { value: 0, detail: 'No shared language listed' };
  const value = shared.length / wanted.length;
  if (!explain) return { value, detail: '' };
  const beyondEnglish = shared.filter((language) => norm(language) !== 'english');
  const detail =
    beyondEnglish.length > 0 ? `Speaks ${beyondEnglish.join(', ')}` : `Both speak ${shared.join(', ')}`;
  return { value, detail };
}

export function availabilityFactor(mentee: ScoringPerson, mentor: ScoringPerson, explain: boolean): Valued {
  const wanted = Math.max(1, mentee.monthlyAvailabilityHours);
  return {
    value: clamp01(mentor.monthlyAvailabilityHours / wanted),
    detail: explain
      ? `Mentor offers ${mentor.monthlyAvailabilityHours} h a month; mentee hopes for ${mentee.monthlyAvailabilityHours}`
      : '',
  };
}

export function seniorityFactor(mentee: ScoringPerson, mentor: ScoringPerson): Valued {
  const gap = mentor.yearsExperience - mentee.yearsExperience;
  if (gap <= 0) return { value: 0, detail: 'Same years of experience; mentor is at a later career stage' };
  return {
    value: clamp01(gap / FULL_CREDIT_GAP_YEARS),
    detail: gap === 1 ? 'Mentor has 1 more year of experience' : `Mentor has ${gap} more years of experience`,
  };
}

export function preferenceFactor(ranked: readonly string[], mentorId: string): Valued {
  const rank = ranked.indexOf(mentorId);
  if (rank < 0) {
    return {
      value: 0,
      detail: ranked.length > 0 ? "Not among the mentee's choices" : 'Mentee ranked no mentors',
    };
  }
  return { value: (3 - rank) / 3, detail: `Mentee's #${rank + 1} choice` };
}
