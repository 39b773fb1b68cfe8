import type { Db } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type { ProfileFields } from '@preceptor/domain/people/person-schemas';

export async function assertEmailFree(db: Db, email: string, exceptUserId?: string): Promise<void> {
  const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (taken && taken.id !== exceptUserId) {
    throw new DomainError('CONFLICT', 'Someone already has this email address.', {
      fieldErrors: { email: ['Someone already has this email address.'] },
    });
  }
}

export function profileData(profile: ProfileFields) {
  return {
    profession: profile.profession,
    specialty: profile.specialty || null,
    careerStage: profile.careerStage,
    yearsExperience: profile.yearsExperience,
    expertiseTags: dedupe(profile.expertiseTags),
    goalTags: dedupe(profile.goalTags),
    languages: dedupe(profile.languages),
    remoteOk: profile.remoteOk,
    monthlyAvailabilityHours: profile.monthlyAvailabilityHours,
    bio: profile.bio || null,
  };
}

function dedupe(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const PROFILE_SELECT = {
  profession: true,
  specialty: true,
  careerStage: true,
  yearsExperience: true,
  expertiseTags: true,
  goalTags: true,
  languages: true,
  remoteOk: true,
  monthlyAvailabilityHours: true,
  bio: true,
} as const;
