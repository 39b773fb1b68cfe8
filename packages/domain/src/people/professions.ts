/**
 * The professions and their labels, without zod: the portal shows labels and reads professions
 * from URLs on pages that need nothing else of the schemas (`Profession`, the zod enum the API
 * validates with, is built from this list in people-schemas.ts).
 */
export const PROFESSIONS = [
  'PERFUSION',
  'NEUROMONITORING',
  'SURGICAL_ASSISTING',
  'ANESTHESIA',
  'NURSING',
  'SURGICAL_TECHNOLOGY',
  'OTHER',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const PROFESSION_LABELS: Record<Profession, string> = {
  PERFUSION: 'Perfusion',
  NEUROMONITORING: 'Neuromonitoring',
  SURGICAL_ASSISTING: 'Surgical assisting',
  ANESTHESIA: 'Anesthesia',
  NURSING: 'Nursing',
  SURGICAL_TECHNOLOGY: 'Surgical technology',
  OTHER: 'Other',
};

/** The label of a profession code, or the code itself when it is not one (an older value). */
export function professionLabel(code: string): string {
  return (PROFESSIONS as readonly string[]).includes(code) ? PROFESSION_LABELS[code as Profession] : code;
}
