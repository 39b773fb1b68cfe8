import type { Prisma, PrismaClient } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type { ProfileFields } from '@preceptor/domain/people/person-schemas';
import { type Actor, canAdministerHospital } from '@preceptor/domain/permissions/actor';
import { peopleInScope } from '../scope.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The person if the staff member administers their hospital; others read as not found. */
export async function personForStaff(db: Db, actor: Actor, id: string) {
  const person = await db.user.findFirst({
    where: { AND: [{ id }, peopleInScope(actor)] },
    select: { id: true, email: true, firstName: true, lastName: true, hospitalId: true, active: true },
  });
  if (!person) throw new DomainError('NOT_FOUND', 'No such person among the people you administer.');
  return person;
}

export async function assertHospitalForPeople(db: Db, actor: Actor, hospitalId: string): Promise<void> {
  const hospital = await db.hospital.findUnique({ where: { id: hospitalId }, select: { active: true } });
  if (!hospital) throw fieldError('hospitalId', 'Choose a hospital from the list.');
  if (!canAdministerHospital(actor, hospitalId)) {
    throw new DomainError('FORBIDDEN', 'You do not administer this hospital.', {
      fieldErrors: { hospitalId: ['Choose one of the hospitals you administer.'] },
    });
  }
  if (!hospital.active) throw fieldError('hospitalId', 'This hospital is deactivated; choose another.');
}

export async function assertEmailFree(db: Db, email: string, exceptUserId?: string): Promise<void> {
  const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (taken && taken.id !== exceptUserId) {
    throw new DomainError('CONFLICT', 'Someone already has this email address.', {
      fieldErrors: { email: ['Someone already has this email address.'] },
    });
  }
}

export function fieldError(field: string, message: string): DomainError {
  return new DomainError('BAD_INPUT', message, { fieldErrors: { [field]: [message] } });
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
