import type { Prisma, PrismaClient } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';

type Db = PrismaClient | Prisma.TransactionClient;

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
}

/** The author, or a mentor it is shared with (share not withdrawn); anyone else: NOT_FOUND. */
export async function readerAccess(db: Db, userId: string, reflectionId: string): Promise<ReflectionAccess> {
  const row = await db.reflection.findUnique({
    where: { id: reflectionId },
    select: {
      authorId: true,
      author: { select: { hospitalId: true } },
      shares: { where: { mentorId: userId, revokedAt: null }, select: { mentorId: true } },
    },
  });
  if (!row) throw new DomainError('NOT_FOUND', NOT_FOUND);
  if (row.authorId === userId)
    return { role: 'author', authorId: row.authorId, authorHospitalId: row.author.hospitalId };
  if (row.shares.length > 0)
    return { role: 'mentor', authorId: row.authorId, authorHospitalId: row.author.hospitalId };
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
    where: { status: 'ACTIVE', mentor: { userId: mentorId }, mentee: { userId: menteeId } },
  });
  return count > 0;
}
