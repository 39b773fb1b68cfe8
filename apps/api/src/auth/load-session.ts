import type { PrismaClient } from '@preceptor/db';
import type { Actor } from '@preceptor/domain/permissions/actor';
import type { ReadCache } from '../cache/read-cache.ts';
import { hashToken } from './session-token.ts';
import { renewedExpiry, type SessionRecord } from './sessions.ts';

export interface SignedInUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  hospitalId: string | null;
  hospitalName: string | null;
  staffRoles: {
    kind: 'COORDINATOR' | 'NETWORK_ADMIN';
    hospitalId: string | null;
    hospitalName: string | null;
  }[];
  isMentor: boolean;
  isMentee: boolean;
}

export interface LoadedSession {
  session: SessionRecord;
  /** The sliding expiry moved the session's end on this request (the cookie must follow it). */
  renewed: boolean;
  user: SignedInUser;
  actor: Actor;
}

/** One row of the query: the session's own columns, the person as SignedInUser, role validity. */
interface SessionRow extends Omit<SignedInUser, 'id' | 'staffRoles'> {
  id: string;
  userId: string;
  expiresAt: Date;
  absoluteExpiresAt: Date;
  active: boolean;
  staffRoles: (SignedInUser['staffRoles'][number] & { hospitalActive: boolean | null })[];
}

/**
 * The session behind a token with the person, their staff roles and whether they mentor or are
 * mentored in an open cohort — everything access rules need. The row comes from the process's
 * read cache when it has one (dropped within milliseconds of any change to the session, the
 * person, their roles, memberships or cohorts, or a hospital, in every process: see
 * cache/read-cache.ts), otherwise in one round trip. Its ends are checked against the clock on
 * every request. Writes only when the session has ended (deleted) or its sliding expiry is due.
 * Null when the token is unknown, the session has ended, or the person is deactivated.
 */
export async function loadSession(
  prisma: PrismaClient,
  token: string,
  cache?: ReadCache | null,
): Promise<LoadedSession | null> {
  const id = hashToken(token);
  const row = cache
    ? await cache.read(
        `session:${id}`,
        (found) => (found?.active ? found.userId : null),
        () => readSessionRow(prisma, id),
      )
    : await readSessionRow(prisma, id);
  return row ? signedIn(prisma, row) : null;
}

async function signedIn(prisma: PrismaClient, row: SessionRow): Promise<LoadedSession | null> {
  const id = row.id;
  const now = Date.now();
  const ended = now >= row.expiresAt.getTime() || now >= row.absoluteExpiresAt.getTime();
  if (ended || !row.active) {
    await prisma.session.deleteMany({ where: { id } });
    return null;
  }
  let expiresAt = row.expiresAt;
  const renewed = renewedExpiry(row, now);
  if (renewed) {
    expiresAt = renewed;
    await prisma.session.update({ where: { id }, data: { expiresAt } });
  }
  return {
    session: { id: row.id, userId: row.userId, expiresAt },
    renewed: renewed !== null,
    user: {
      id: row.userId,
      email: row.email,
      firstName: row.firstName,
      lastName: row.lastName,
      hospitalId: row.hospitalId,
      hospitalName: row.hospitalName,
      staffRoles: row.staffRoles.map(({ kind, hospitalId, hospitalName }) => ({
        kind,
        hospitalId,
        hospitalName,
      })),
      isMentor: row.isMentor,
      isMentee: row.isMentee,
    },
    actor: {
      userId: row.userId,
      isNetworkAdmin: row.staffRoles.some((role) => role.kind === 'NETWORK_ADMIN'),
      coordinatedHospitalIds: row.staffRoles
        .filter((role) => role.kind === 'COORDINATOR' && role.hospitalId !== null && role.hospitalActive)
        .map((role) => role.hospitalId as string),
    },
  };
}

/** One round trip: the session, the person, their roles (with hospitals) and open memberships. */
async function readSessionRow(prisma: PrismaClient, id: string): Promise<SessionRow | null> {
  const rows = await prisma.$queryRaw<SessionRow[]>`
    SELECT s."id", s."userId", s."expiresAt", s."absoluteExpiresAt",
           u."active", u."email", u."firstName", u."lastName", u."hospitalId", h."name" AS "hospitalName",
           COALESCE((
             SELECT json_agg(json_build_object(
                      'kind', r."kind", 'hospitalId', r."hospitalId",
                      'hospitalName', rh."name", 'hospitalActive', rh."active"
                    ) ORDER BY r."createdAt", r."id")
             FROM "StaffRole" r LEFT JOIN "Hospital" rh ON rh."id" = r."hospitalId"
             WHERE r."userId" = u."id"
           ), '[]'::json) AS "staffRoles",
           EXISTS (
             SELECT 1 FROM "Membership" m JOIN "Cohort" c ON c."id" = m."cohortId"
             WHERE m."userId" = u."id" AND m."active" AND c."status" <> 'CLOSED' AND m."role" = 'MENTOR'
           ) AS "isMentor",
           EXISTS (
             SELECT 1 FROM "Membership" m JOIN "Cohort" c ON c."id" = m."cohortId"
             WHERE m."userId" = u."id" AND m."active" AND c."status" <> 'CLOSED' AND m."role" = 'MENTEE'
           ) AS "isMentee"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "Hospital" h ON h."id" = u."hospitalId"
    WHERE s."id" = ${id}`;
  return rows[0] ?? null;
}
