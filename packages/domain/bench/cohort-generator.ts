import type { IndexedInstance } from '../src/matching/indexed-instance.ts';
import { PROFESSIONS, type Profession } from './professions.ts';

/*
 * Synthetic but realistic matching instances: a health-system mentorship cohort.
 *
 * What makes real cohorts hard is correlation, so the generator builds it in:
 * - Hard constraints work like the product's: same profession, mentor at least 2 years more
 *   senior, an overlapping weekly slot, not the mentee's own manager chain, not excluded by an
 *   admin, and same specialty or same region (nobody is matched across the state in a different
 *   specialty). That leaves a few hundred candidates per mentee, 5–20 % of the mentors.
 * - Scores are the product's weighted factors (specialty, goals ↔ expertise, site, language,
 *   availability, seniority gap) plus a mentor reputation that every mentee sees the same way:
 *   a few "star" preceptors are everyone's first choice, as in real cohorts.
 * - Professions differ in mentor supply: nurses are short of mentors, physicians and
 *   pharmacists have spare ones, so both halves of the solver get real work.
 */

const GOALS = 6; // leadership, research, clinical skills, wellbeing, career transition, teaching
const SLOTS = 14; // weekly half-day slots people can meet in
const LANGUAGES = [0.12, 0.04, 0.03]; // share with a second preferred language (es, tl, vi)

/** sfc32: small, fast, seedable, good enough statistics for workloads. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

interface Person {
  profession: number;
  specialty: number;
  group: number;
  hospital: number;
  region: number;
  years: number;
  language: number; // -1: English only
  slots: number; // bitmask of SLOTS
  vector: Float64Array; // goals (mentee) or expertise (mentor), unit length
}

function pickWeighted(rand: () => number, weights: number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let u = rand() * total;
  for (let k = 0; k < weights.length; k++) {
    u -= weights[k] as number;
    if (u < 0) return k;
  }
  return weights.length - 1;
}

function makePeople(
  rand: () => number,
  count: number,
  mentor: boolean,
  hospitals: number,
  perRegion: number,
): Person[] {
  const shares = PROFESSIONS.map((p) => (mentor ? p.mentorShare : p.menteeShare));
  // Hospitals differ in size (a few large academic centres, many community hospitals).
  const hospitalWeights = Array.from({ length: hospitals }, (_, h) => 1 / (1 + 0.15 * h));
  const people: Person[] = [];
  for (let k = 0; k < count; k++) {
    const profession = pickWeighted(rand, shares);
    const prof = PROFESSIONS[profession] as Profession;
    const specialty = pickWeighted(
      rand,
      prof.specialties.map((s) => s.weight),
    );
    const hospital = pickWeighted(rand, hospitalWeights);
    let language = -1;
    const u = rand();
    let acc = 0;
    for (let l = 0; l < LANGUAGES.length; l++) {
      acc += LANGUAGES[l] as number;
      if (u < acc) {
        language = l;
        break;
      }
    }
    let slots = 0;
    const free = mentor ? 3 + Math.floor(rand() * 4) : 4 + Math.floor(rand() * 6);
    for (let s = 0; s < free; s++) slots |= 1 << Math.floor(rand() * SLOTS);
    const vector = new Float64Array(GOALS);
    let norm = 0;
    for (let g = 0; g < GOALS; g++) {
      // Mentees share goals: clinical skills and career transition dominate early careers.
      const base = mentor ? rand() : rand() * (g === 2 || g === 4 ? 1.6 : 0.8);
      vector[g] = base * base;
      norm += (vector[g] as number) ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let g = 0; g < GOALS; g++) vector[g] = (vector[g] as number) / norm;
    const years = mentor ? 4 + Math.floor(rand() * rand() * 32) : Math.floor(rand() * rand() * 10);
    people.push({
      profession,
      specialty,
      group: prof.specialties[specialty]?.group ?? 0,
      hospital,
      region: Math.floor(hospital / perRegion),
      years,
      language,
      slots,
      vector,
    });
  }
  return people;
}

export interface GeneratedCohort {
  instance: IndexedInstance;
  menteeIds: string[];
  mentorIds: string[];
}

export function generateCohort(mentees: number, mentors: number, seed: number): GeneratedCohort {
  const rand = prng(seed);
  const hospitals = Math.max(4, Math.round(mentors / 60));
  const perRegion = 5;
  const menteeList = makePeople(rand, mentees, false, hospitals, perRegion);
  const mentorList = makePeople(rand, mentors, true, hospitals, perRegion);
  // Reputation: heavy-tailed, so a few stars are everyone's first choice.
  const reputation = Float64Array.from({ length: mentors }, () => rand() ** 3);
  const capacity = Int32Array.from({ length: mentors }, () => 1 + pickWeighted(rand, [20, 35, 30, 15]));

  const byProfession: number[][] = PROFESSIONS.map(() => []);
  for (const [j, m] of mentorList.entries()) byProfession[m.profession]?.push(j);

  let size = 1 << 20;
  let em = new Int32Array(size);
  let ej = new Int32Array(size);
  let es = new Float64Array(size);
  let n = 0;
  for (const [i, a] of menteeList.entries()) {
    const candidates = byProfession[a.profession] ?? [];
    for (const j of candidates) {
      const b = mentorList[j] as Person;
      if (b.years < a.years + 2 || (a.slots & b.slots) === 0) continue;
      const sameSpecialty = a.specialty === b.specialty;
      if (!sameSpecialty && a.region !== b.region) continue;
      const u = rand();
      if (sameSpecialty && a.hospital === b.hospital && u < 0.1) continue; // own reporting line
      if (u > 0.998) continue; // excluded by an admin
      let cos = 0;
      for (let g = 0; g < GOALS; g++) cos += (a.vector[g] as number) * (b.vector[g] as number);
      const overlap = popcount(a.slots & b.slots) / Math.max(1, popcount(a.slots));
      const gap = b.years - a.years;
      const score =
        (sameSpecialty ? 25 : a.group === b.group ? 8 : 0) +
        20 * cos +
        (a.hospital === b.hospital ? 10 : a.region === b.region ? 5 : 0) +
        (a.language >= 0 && a.language === b.language ? 5 : 0) +
        8 * overlap +
        (gap >= 5 && gap <= 15 ? 7 : gap > 15 ? 3 : 0) +
        20 * (reputation[j] as number) +
        5 * rand();
      if (n === size) {
        size *= 2;
        em = grow(em, size);
        ej = grow(ej, size);
        const s2 = new Float64Array(size);
        s2.set(es);
        es = s2;
      }
      em[n] = i;
      ej[n] = j;
      es[n] = Math.round(score * 100) / 100;
      n++;
    }
  }
  return {
    instance: {
      menteeCount: mentees,
      mentorCount: mentors,
      capacity,
      edgeMentee: em.slice(0, n),
      edgeMentor: ej.slice(0, n),
      edgeScore: es.slice(0, n),
      pinnedEdges: new Int32Array(0),
    },
    menteeIds: Array.from({ length: mentees }, (_, i) => `e${i}`),
    mentorIds: Array.from({ length: mentors }, (_, j) => `m${j}`),
  };
}

function grow(a: Int32Array, size: number) {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
