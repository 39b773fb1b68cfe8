import { describe, expect, it } from 'vitest';
import { DEMO_STAFF } from './network.ts';
import { DEMO_ACTIVE_MATCHES, DEMO_PREFERENCES } from './pairings.ts';
import { cohortForHospital, demoPeople, personByEmail } from './people.ts';
import { CLINICAL_TAGS, PROFESSIONAL_TAGS } from './vocabulary.ts';

const people = demoPeople();
const vocabulary = new Set<string>([...Object.values(CLINICAL_TAGS).flat(), ...PROFESSIONAL_TAGS]);

describe('demo people', () => {
  it('have unique, lower-case emails across staff and people', () => {
    const emails = [...DEMO_STAFF.map((staff) => staff.email), ...people.map((person) => person.email)];
    expect(new Set(emails).size).toBe(emails.length);
    expect(
      emails.every((email) => email === email.toLowerCase() && /^[a-z0-9.]+@[a-z0-9.-]+$/.test(email)),
    ).toBe(true);
  });

  it('draw expertise and goals from one vocabulary', () => {
    for (const person of people) {
      for (const tag of [...person.expertiseTags, ...person.goalTags]) expect(vocabulary.has(tag)).toBe(true);
    }
    expect(people.filter((p) => p.role === 'MENTOR').every((p) => p.expertiseTags.length > 0)).toBe(true);
    expect(people.filter((p) => p.role === 'MENTEE').every((p) => p.goalTags.length > 0)).toBe(true);
  });

  it('make mentors more senior than any mentee', () => {
    const mentors = people.filter((p) => p.role === 'MENTOR');
    const mentees = people.filter((p) => p.role === 'MENTEE');
    const leastSeniorMentor = Math.min(...mentors.map((p) => p.yearsExperience));
    expect(Math.max(...mentees.map((p) => p.yearsExperience))).toBeLessThan(leastSeniorMentor);
  });

  it('point every reporting line at a demo person', () => {
    const managed = people.filter((person) => person.managerEmail !== null);
    expect(managed.length).toBeGreaterThan(3);
    for (const person of managed) expect(() => personByEmail(person.managerEmail ?? '')).not.toThrow();
  });

  it('pair only allowed people: same cohort, within capacity, outside the reporting line', () => {
    const load = new Map<string, number>();
    for (const pair of DEMO_ACTIVE_MATCHES) {
      const mentor = personByEmail(pair.mentor);
      const mentee = personByEmail(pair.mentee);
      expect([mentor.role, mentee.role]).toEqual(['MENTOR', 'MENTEE']);
      expect(cohortForHospital(mentor.hospital)).toBe(cohortForHospital(mentee.hospital));
      expect(mentee.managerEmail).not.toBe(mentor.email);
      load.set(mentor.email, (load.get(mentor.email) ?? 0) + 1);
      expect(load.get(mentor.email)).toBeLessThanOrEqual(mentor.capacity ?? 0);
    }
    for (const preference of DEMO_PREFERENCES) {
      const cohort = cohortForHospital(personByEmail(preference.mentee).hospital);
      for (const mentor of preference.mentors)
        expect(cohortForHospital(personByEmail(mentor).hospital)).toBe(cohort);
    }
  });

  it('come out the same on every call (deterministic)', () => {
    expect(JSON.stringify(demoPeople())).toBe(JSON.stringify(people));
  });
});
