import { z } from 'zod';

export const HospitalOverview = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  city: z.string(),
  state: z.string(),
  active: z.boolean(),
  peopleCount: z.number().int(),
  cohortCount: z.number().int(),
  activeMatchCount: z.number().int(),
});
export type HospitalOverview = z.infer<typeof HospitalOverview>;

export const NetworkOverview = z.object({
  hospitals: z.array(HospitalOverview),
  totals: z.object({
    people: z.number().int(),
    cohorts: z.number().int(),
    activeMatches: z.number().int(),
  }),
});
export type NetworkOverview = z.infer<typeof NetworkOverview>;
