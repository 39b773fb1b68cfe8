import type { Db, Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';

/*
 * Who may touch a reflection. Its text is the author's and the mentors' it is shared with —
 * nobody else's, staff included — so anyone else gets NOT_FOUND: they do not even learn that
 * the id exists.
 */

const NOT_FOUND = 'We could not find that reflection.';

export type ReaderRole = 'author' | 'mentor';

export interface ReflectionAccess {
  role: ReaderRole;
  authorId: string;
  /** The author's home hospital, for the audit entry of a mentor's read. */
  authorHospitalId: string | null;
  /**
   * For a mentor, the version the writer shared with them: the only text they may read. Edits
   * made afterwards (in "revision requested") reach them only when the writer shares again.
   */
  sharedVersion: number | null;
}

/**
 * Reflections this mentor may read now, as a query filter for lists: shared with them (share not
 * withdrawn) by a mentee they mentor in an active match — the same test `readerAccess` applies.
 */
export function readableByMentor(mentorId: string): Prisma.ReflectionWhereInput {
  return {
    shares: { some: { mentorId, revokedAt: null } },
    author: {
      memberships: {
        some: {
          active: true,
          matchesAsMentee: { some: { status: 'ACTIVE', mentor: { userId: mentorId, active: true } } },
        },
      },
    },
  };
}

/**
 * The author, or a mentor it is shared with (share not withdrawn) who mentors the author in an
 * active match right now; anyone else: NOT_FOUND. The match is checked on every read, not only
 * when it ends, so no path that ends a pairing (staff, "not a good fit", removal) leaves a
 * mentor reading on.
 */
export async function readerAccess(db: Db, userId: string, reflectionId: string): Promise<ReflectionAccess> {
  const row = await db.reflection.findUnique({
    where: { id: reflectionId },
    select: {
      authorId: true,
      author: { select: { hospitalId: true } },
      shares: { where: { mentorId: userId, revokedAt: null }, select: { version: true } },
    },
  });
  if (!row) throw new DomainError('NOT_FOUND', NOT_FOUND);
  const authorHospitalId = row.author.hospitalId;
  if (row.authorId === userId)
    return { role: 'author', authorId: row.authorId, authorHospitalId, sharedVersion: null };
  const share = row.shares[0];
  if (share && (await isCurrentMentorOf(db, userId, row.authorId)))
    return { role: 'mentor', authorId: row.authorId, authorHospitalId, sharedVersion: share.version };
  throw new DomainError('NOT_FOUND', NOT_FOUND);
}

/** Only the author; anyone else (the mentor included) gets NOT_FOUND for author-only actions. */
export async function assertAuthor(db: Db, userId: string, reflectionId: string): Promise<void> {
  const row = await db.reflection.findUnique({ where: { id: reflectionId }, select: { authorId: true } });
  if (!row || row.authorId !== userId) throw new DomainError('NOT_FOUND', NOT_FOUND);
}

/** The mentors of the author's active matches: the only people a reflection can be shared with. */
export async function currentMentors(
  db: Db,
  authorId: string,
): Promise<{ mentorId: string; name: string }[]> {
  const matches = await db.match.findMany({
    where: { status: 'ACTIVE', mentee: { userId: authorId, active: true } },
    select: { mentor: { select: { user: { select: { id: true, firstName: true, lastName: true } } } } },
  });
  const byId = new Map<string, string>();
  for (const match of matches) {
    const user = match.mentor.user;
    byId.set(user.id, `${user.firstName} ${user.lastName}`);
  }
  return [...byId].map(([mentorId, name]) => ({ mentorId, name }));
}

/** Does this mentor currently mentor this person in an active match? */
export async function isCurrentMentorOf(db: Db, mentorId: string, menteeId: string): Promise<boolean> {
  const count = await db.match.count({
    where: {
      status: 'ACTIVE',
      mentor: { userId: mentorId, active: true },
      mentee: { userId: menteeId, active: true },
    },
  });
  return count > 0;
}
