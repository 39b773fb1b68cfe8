import type { ImportPersonRow, ImportProblem } from '@preceptor/domain/people/people-import';
import type { ImportPeopleResult } from '@preceptor/domain/people/person-schemas';
import { careerStageForYears } from '@preceptor/domain/people/person-schemas';
import type { Prisma, PrismaClient, Profession } from '../generated/prisma/client.ts';

/*
 * Writes a checked people CSV (see domain/people/people-import) in one transaction: people are
 * matched by email, so importing the same file twice creates nobody new. Who may touch the people
 * already there is the caller's rule (vetExisting), checked on locked rows inside the transaction;
 * nobody changes hospital unless the import is asked to move people. Inserts and changes each
 * go through one INSERT/UPDATE … FROM unnest(…) per table: 10,000 rows are a handful of statements
 * (about half a second on PostgreSQL here), not 30,000 round trips.
 */

interface ExistingUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  hospitalId: string | null;
  hospitalCode: string | null;
  holdsStaffRole: boolean;
}

/** Someone a row names who already has an account. */
export interface ExistingPerson {
  line: number;
  email: string;
  hospitalId: string | null;
  /** Coordinator or network admin anywhere. */
  holdsStaffRole: boolean;
}

interface ExistingProfile {
  userId: string;
  profession: Profession;
  specialty: string | null;
  yearsExperience: number;
}

/**
 * Ids like the schema's `@default(uuid(7))` (RFC 9562: 48-bit milliseconds, then random bits),
 * made here because the bulk insert bypasses Prisma's client-side default.
 */
function uuidv7(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let ms = Date.now();
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export class PeopleImportRefused extends Error {
  override name = 'PeopleImportRefused';
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map((p) => (p.line === null ? p.message : `line ${p.line}: ${p.message}`)).join('\n'));
  }
}

export interface ImportPeopleOptions {
  /** Also make everyone with a role a member of this cohort (id). */
  cohortId?: string | null;
  /** Move existing people to the hospital their row names; without it such rows are refused. */
  movePeople?: boolean;
  /** Problems with rows naming existing people (e.g. people the importer may not change); any refuses all. */
  vetExisting?: (existing: readonly ExistingPerson[]) => ImportProblem[];
  /** Runs inside the import's transaction, e.g. to write the audit entry. */
  onImported?: (tx: Prisma.TransactionClient, result: ImportPeopleResult) => Promise<void>;
}

export async function importPeople(
  prisma: PrismaClient,
  people: readonly ImportPersonRow[],
  options: ImportPeopleOptions = {},
): Promise<ImportPeopleResult> {
  return prisma.$transaction(
    async (tx) => {
      const hospitalIds = await hospitalIdsByCode(tx, people);
      const cohort = options.cohortId
        ? await cohortForImport(tx, options.cohortId, people, hospitalIds)
        : null;

      const emails = people.map((p) => p.email);
      // Locked, so nobody's hospital or staff role changes between the checks below and the writes.
      const existing = await tx.$queryRaw<ExistingUser[]>`
        SELECT u.id, u.email, u."firstName", u."lastName", u."hospitalId", h.code AS "hospitalCode",
          EXISTS (SELECT 1 FROM "StaffRole" s WHERE s."userId" = u.id) AS "holdsStaffRole"
        FROM "User" u LEFT JOIN "Hospital" h ON h.id = u."hospitalId"
        WHERE u.email = ANY(${emails}::text[])
        FOR UPDATE OF u`;
      const byEmail = new Map(existing.map((user) => [user.email, user]));
      refuseExisting(people, byEmail, hospitalIds, options);
      const fresh = people.filter((p) => !byEmail.has(p.email));
      const created = fresh.map((p) => ({ id: uuidv7(), email: p.email }));
      if (fresh.length > 0) {
        await tx.$executeRaw`
          INSERT INTO "User" (id, email, "firstName", "lastName", "hospitalId", "createdAt", "updatedAt")
          SELECT v.id, v.email, v.first, v.last, v.hospital, now(), now()
          FROM unnest(${created.map((c) => c.id)}::text[], ${fresh.map((p) => p.email)}::text[],
            ${fresh.map((p) => p.firstName)}::text[], ${fresh.map((p) => p.lastName)}::text[],
            ${fresh.map((p) => hospitalIds.get(p.hospitalCode) ?? null)}::text[])
            AS v(id, email, first, last, hospital)`;
      }
      const idOf = new Map([...existing, ...created].map((user) => [user.email, user.id]));
      const userId = (p: ImportPersonRow) => idOf.get(p.email) as string;

      const changedUsers = people.filter((p) => {
        const user = byEmail.get(p.email);
        return (
          user &&
          (user.firstName !== p.firstName ||
            user.lastName !== p.lastName ||
            user.hospitalId !== hospitalIds.get(p.hospitalCode))
        );
      });
      if (changedUsers.length > 0) {
        await tx.$executeRaw`
          UPDATE "User" AS u SET "firstName" = v.first, "lastName" = v.last, "hospitalId" = v.hospital,
            "updatedAt" = now()
          FROM unnest(${changedUsers.map(userId)}::text[], ${changedUsers.map((p) => p.firstName)}::text[],
            ${changedUsers.map((p) => p.lastName)}::text[],
            ${changedUsers.map((p) => hospitalIds.get(p.hospitalCode) ?? null)}::text[])
            AS v(id, first, last, hospital)
          WHERE u.id = v.id`;
      }

      const changedProfiles = await writeProfiles(tx, people, userId);
      const memberships = cohort
        ? await writeMemberships(tx, cohort, people, userId)
        : { added: 0, updated: 0 };

      const updatedEmails = new Set([...changedUsers.map((p) => p.email), ...changedProfiles]);
      for (const p of fresh) updatedEmails.delete(p.email);
      const result: ImportPeopleResult = {
        created: created.length,
        updated: updatedEmails.size,
        unchanged: people.length - created.length - updatedEmails.size,
        membershipsAdded: memberships.added,
        membershipsUpdated: memberships.updated,
      };
      await options.onImported?.(tx, result);
      return result;
    },
    // One transaction for the whole file, however large: all or nothing.
    { timeout: 120_000, maxWait: 10_000 },
  );
}

function refuseExisting(
  people: readonly ImportPersonRow[],
  byEmail: ReadonlyMap<string, ExistingUser>,
  hospitalIds: ReadonlyMap<string, string>,
  options: ImportPeopleOptions,
): void {
  const named = people.flatMap((p) => {
    const user = byEmail.get(p.email);
    return user ? [{ row: p, user }] : [];
  });
  const problems =
    options.vetExisting?.(
      named.map(({ row, user }) => ({
        line: row.line,
        email: user.email,
        hospitalId: user.hospitalId,
        holdsStaffRole: user.holdsStaffRole,
      })),
    ) ?? [];
  const refusedLines = new Set(problems.map((p) => p.line));
  if (!options.movePeople) {
    for (const { row, user } of named) {
      if (refusedLines.has(row.line) || user.hospitalId === hospitalIds.get(row.hospitalCode)) continue;
      problems.push({
        line: row.line,
        message: `${user.email} belongs to ${user.hospitalCode ?? 'no hospital'}, not ${row.hospitalCode}; an import moves people between hospitals only when asked to.`,
      });
    }
  }
  if (problems.length > 0) {
    throw new PeopleImportRefused(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  }
}

async function hospitalIdsByCode(tx: Prisma.TransactionClient, people: readonly ImportPersonRow[]) {
  const codes = [...new Set(people.map((p) => p.hospitalCode))];
  const hospitals = await tx.hospital.findMany({
    where: { code: { in: codes } },
    select: { id: true, code: true },
  });
  const ids = new Map(hospitals.map((h) => [h.code, h.id]));
  const problems = people
    .filter((p) => !ids.has(p.hospitalCode))
    .map((p) => ({ line: p.line, message: `"${p.hospitalCode}" is not a partner hospital’s short code.` }));
  if (problems.length > 0) throw new PeopleImportRefused(problems);
  return ids;
}

async function cohortForImport(
  tx: Prisma.TransactionClient,
  cohortId: string,
  people: readonly ImportPersonRow[],
  hospitalIds: ReadonlyMap<string, string>,
) {
  const cohort = await tx.cohort.findUnique({
    where: { id: cohortId },
    select: { id: true, name: true, status: true, hospitals: { select: { hospitalId: true } } },
  });
  if (!cohort) throw new PeopleImportRefused([{ line: null, message: 'There is no such cohort.' }]);
  if (cohort.status === 'CLOSED') {
    throw new PeopleImportRefused([
      { line: null, message: `${cohort.name} is closed, so its members are read-only.` },
    ]);
  }
  const cohortHospitals = new Set(cohort.hospitals.map((h) => h.hospitalId));
  const problems = people
    .filter((p) => p.role !== null && !cohortHospitals.has(hospitalIds.get(p.hospitalCode) ?? ''))
    .map((p) => ({ line: p.line, message: `${p.hospitalCode} is not one of ${cohort.name}’s hospitals.` }));
  if (problems.length > 0) throw new PeopleImportRefused(problems);
  return cohort;
}

/** Creates missing profiles and updates changed ones; returns the emails whose profile changed. */
async function writeProfiles(
  tx: Prisma.TransactionClient,
  people: readonly ImportPersonRow[],
  userId: (p: ImportPersonRow) => string,
): Promise<string[]> {
  const withProfile = people.filter((p) => p.profession !== null);
  if (withProfile.length === 0) return [];
  const existing = await tx.$queryRaw<ExistingProfile[]>`
    SELECT "userId", profession::text AS profession, specialty, "yearsExperience" FROM "Profile"
    WHERE "userId" = ANY(${withProfile.map(userId)}::text[])`;
  const byUser = new Map(existing.map((profile) => [profile.userId, profile]));
  const fresh = withProfile.filter((p) => !byUser.has(userId(p)));
  if (fresh.length > 0) {
    const years = fresh.map((p) => p.yearsExperience ?? 0);
    await tx.$executeRaw`
      INSERT INTO "Profile" ("userId", profession, specialty, "careerStage", "yearsExperience",
        "expertiseTags", "goalTags", languages, "updatedAt")
      SELECT v.user_id, v.profession::"Profession", v.specialty, v.stage::"CareerStage", v.years,
        '{}', '{}', '{}', now()
      FROM unnest(${fresh.map(userId)}::text[], ${fresh.map((p) => p.profession)}::text[],
        ${fresh.map((p) => p.specialty)}::text[], ${years.map(careerStageForYears)}::text[], ${years}::int[])
        AS v(user_id, profession, specialty, stage, years)`;
  }
  // An empty cell keeps what the person already entered rather than erasing it.
  const changed = withProfile.flatMap((p) => {
    const profile = byUser.get(userId(p));
    if (!profile) return [];
    const next = {
      profession: p.profession ?? profile.profession,
      specialty: p.specialty ?? profile.specialty,
      yearsExperience: p.yearsExperience ?? profile.yearsExperience,
    };
    const differs =
      next.profession !== profile.profession ||
      next.specialty !== profile.specialty ||
      next.yearsExperience !== profile.yearsExperience;
    return differs ? [{ email: p.email, userId: profile.userId, ...next }] : [];
  });
  if (changed.length > 0) {
    await tx.$executeRaw`
      UPDATE "Profile" AS p SET "profession" = v.profession::"Profession", "specialty" = v.specialty,
        "yearsExperience" = v.years, "updatedAt" = now()
      FROM unnest(${changed.map((c) => c.userId)}::text[], ${changed.map((c) => c.profession)}::text[],
        ${changed.map((c) => c.specialty)}::text[], ${changed.map((c) => c.yearsExperience)}::int[])
        AS v(user_id, profession, specialty, years)
      WHERE p."userId" = v.user_id`;
  }
  return changed.map((c) => c.email);
}

async function writeMemberships(
  tx: Prisma.TransactionClient,
  cohort: { id: string },
  people: readonly ImportPersonRow[],
  userId: (p: ImportPersonRow) => string,
): Promise<{ added: number; updated: number }> {
  const withRole = people.filter((p) => p.role !== null);
  if (withRole.length === 0) return { added: 0, updated: 0 };
  const existing = await tx.membership.findMany({
    where: { cohortId: cohort.id, userId: { in: withRole.map(userId) } },
    select: { id: true, userId: true, role: true, capacity: true, active: true },
  });
  const byUser = new Map(existing.map((m) => [m.userId, m]));
  const added = await tx.membership.createMany({
    data: withRole
      .filter((p) => !byUser.has(userId(p)))
      .map((p) => ({
        cohortId: cohort.id,
        userId: userId(p),
        role: p.role ?? 'MENTEE',
        capacity: p.capacity,
      })),
  });
  const changed = withRole.flatMap((p) => {
    const m = byUser.get(userId(p));
    return m && (m.role !== p.role || m.capacity !== p.capacity || !m.active)
      ? [{ id: m.id, role: p.role as string, capacity: p.capacity }]
      : [];
  });
  if (changed.length > 0) {
    await tx.$executeRaw`
      UPDATE "Membership" AS m SET "role" = v.role::"MembershipRole", "capacity" = v.capacity,
        "active" = true, "removedAt" = NULL
      FROM unnest(${changed.map((c) => c.id)}::text[], ${changed.map((c) => c.role)}::text[],
        ${changed.map((c) => c.capacity)}::int[]) AS v(id, role, capacity)
      WHERE m.id = v.id`;
  }
  return { added: added.count, updated: changed.length };
}
