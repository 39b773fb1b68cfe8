/**
 * One tag vocabulary shared by mentors' expertise and mentees' goals. Matching compares
 * the two sets, so drawing both from the same words is what gives the demo real signal.
 */
import type { Profession } from '../generated/prisma/enums.ts';

export const CLINICAL_TAGS = {
  PERFUSION: [
    'cardiopulmonary bypass',
    'pediatric bypass',
    'ECMO management',
    'myocardial protection',
    'blood management',
    'VAD support',
  ],
  NEUROMONITORING: [
    'MEP interpretation',
    'SSEP interpretation',
    'EMG & pedicle screw testing',
    'EEG monitoring',
    'remote neurophysiology oversight',
  ],
  SURGICAL_ASSISTING: [
    'vein harvesting',
    'robotic surgery',
    'spine exposure',
    'trauma exposure',
    'wound closure',
  ],
  ANESTHESIA: [
    'cardiac anesthesia',
    'airway management',
    'TEE basics',
    'regional anesthesia',
    'TIVA for neuromonitoring',
  ],
  NURSING: [
    'CVOR circulating',
    'ICU post-op care',
    'neuro ICU care',
    'ECMO management',
    'rapid response',
    'handoff communication',
  ],
  SURGICAL_TECHNOLOGY: ['CVOR scrub', 'instrumentation', 'spine instrumentation', 'trauma exposure'],
} as const satisfies Record<Exclude<Profession, 'OTHER'>, readonly string[]>;

/** Professional growth that crosses disciplines: the ethics and professionalism side of mentoring. */
export const PROFESSIONAL_TAGS = [
  'speaking up',
  'difficult conversations',
  'error disclosure',
  'handoff communication',
  'leadership',
  'teaching & precepting',
  'career planning',
  'certification exam prep',
  'research & publishing',
  'work-life balance',
  'ethics consults',
] as const;

export type SeedProfession = keyof typeof CLINICAL_TAGS;
export type Tag = (typeof CLINICAL_TAGS)[SeedProfession][number] | (typeof PROFESSIONAL_TAGS)[number];

/** Specialty strings are compared for equality by the matcher, so they come from this list only. */
const SPECIALTIES = [
  'Cardiac surgery',
  'Pediatric cardiac surgery',
  'ECMO',
  'CVOR',
  'Cardiac ICU',
  'Cardiac anesthesia',
  'Spine',
  'Neurosurgery',
  'Neuroanesthesia',
  'Neuro ICU',
  'Trauma',
] as const;
export type Specialty = (typeof SPECIALTIES)[number];
