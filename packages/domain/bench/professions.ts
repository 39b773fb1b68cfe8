/*
 * The professions of a health-system mentorship cohort, with their share of mentees and mentors
 * and their specialties. Shares are what make some professions short of mentors (nurses) and
 * others long (physicians, pharmacists); specialty weights make a few units much larger.
 */

export interface Profession {
  name: string;
  menteeShare: number;
  mentorShare: number;
  /** Relative sizes of the specialties; specialties in the same group count as related. */
  specialties: Array<{ name: string; weight: number; group: number }>;
}

export const PROFESSIONS: Profession[] = [
  {
    name: 'registered nurse',
    menteeShare: 0.52,
    mentorShare: 0.4,
    specialties: [
      { name: 'medical-surgical', weight: 5, group: 0 },
      { name: 'intensive care', weight: 3, group: 1 },
      { name: 'emergency', weight: 2.5, group: 1 },
      { name: 'perioperative', weight: 2, group: 2 },
      { name: 'cardiac step-down', weight: 1.5, group: 1 },
      { name: 'oncology', weight: 1.5, group: 0 },
      { name: 'pediatrics', weight: 1.2, group: 3 },
      { name: 'NICU', weight: 0.8, group: 3 },
      { name: 'labor and delivery', weight: 1, group: 3 },
      { name: 'behavioral health', weight: 0.8, group: 4 },
    ],
  },
  {
    name: 'physician',
    menteeShare: 0.1,
    mentorShare: 0.2,
    specialties: [
      { name: 'internal medicine', weight: 3, group: 0 },
      { name: 'general surgery', weight: 1.5, group: 1 },
      { name: 'pediatrics', weight: 1.2, group: 2 },
      { name: 'emergency medicine', weight: 1.2, group: 3 },
      { name: 'anesthesiology', weight: 1, group: 1 },
      { name: 'family medicine', weight: 1.5, group: 0 },
      { name: 'psychiatry', weight: 0.8, group: 4 },
      { name: 'obstetrics and gynecology', weight: 0.8, group: 2 },
    ],
  },
  {
    name: 'nurse practitioner / physician assistant',
    menteeShare: 0.08,
    mentorShare: 0.08,
    specialties: [
      { name: 'primary care', weight: 3, group: 0 },
      { name: 'acute care', weight: 2, group: 1 },
      { name: 'surgical', weight: 1, group: 1 },
      { name: 'psychiatric', weight: 0.7, group: 2 },
      { name: 'pediatric', weight: 0.8, group: 3 },
    ],
  },
  {
    name: 'pharmacist',
    menteeShare: 0.06,
    mentorShare: 0.08,
    specialties: [
      { name: 'clinical', weight: 2, group: 0 },
      { name: 'critical care', weight: 1, group: 0 },
      { name: 'oncology', weight: 0.7, group: 1 },
      { name: 'ambulatory', weight: 1, group: 2 },
    ],
  },
  {
    name: 'physical / occupational therapist',
    menteeShare: 0.08,
    mentorShare: 0.09,
    specialties: [
      { name: 'acute care', weight: 2, group: 0 },
      { name: 'orthopedic', weight: 1.5, group: 1 },
      { name: 'neurologic', weight: 1, group: 2 },
      { name: 'pediatric', weight: 0.7, group: 3 },
    ],
  },
  {
    name: 'respiratory therapist',
    menteeShare: 0.06,
    mentorShare: 0.06,
    specialties: [
      { name: 'adult critical care', weight: 2, group: 0 },
      { name: 'neonatal / pediatric', weight: 1, group: 1 },
      { name: 'pulmonary diagnostics', weight: 0.5, group: 2 },
    ],
  },
  {
    name: 'medical laboratory scientist',
    menteeShare: 0.04,
    mentorShare: 0.04,
    specialties: [
      { name: 'microbiology', weight: 1, group: 0 },
      { name: 'blood bank', weight: 1, group: 1 },
      { name: 'clinical chemistry', weight: 1, group: 2 },
    ],
  },
  {
    name: 'clinical perfusionist',
    menteeShare: 0.02,
    mentorShare: 0.025,
    specialties: [
      { name: 'adult cardiac surgery', weight: 2, group: 0 },
      { name: 'pediatric cardiac surgery', weight: 0.6, group: 1 },
      { name: 'ECMO', weight: 0.8, group: 0 },
    ],
  },
  {
    name: 'midwife',
    menteeShare: 0.02,
    mentorShare: 0.015,
    specialties: [{ name: 'midwifery', weight: 1, group: 0 }],
  },
  {
    name: 'social worker',
    menteeShare: 0.02,
    mentorShare: 0.015,
    specialties: [
      { name: 'medical', weight: 2, group: 0 },
      { name: 'behavioral health', weight: 1, group: 1 },
    ],
  },
];
