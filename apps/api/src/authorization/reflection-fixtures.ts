import type { PrismaClient } from '@preceptor/db';
import { ACTOR_EMAILS } from './actors.ts';

/** A sentence only the demo mentee's fixture reflections contain, to search responses for. */
export const PRIVATE_SENTENCE = 'I froze when the pump alarm sounded and felt ashamed afterwards.';

async function idOf(prisma: PrismaClient, email: string): Promise<string> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return user.id;
}

export interface FreshReflectionOptions {
  /** Shared with mentor@ (the demo mentee's mentor), waiting for review. */
  shared?: boolean;
  body?: string;
}

/**
 * A new reflection by mentee@ for one harness call, so a share, review or save in one row never
 * changes what another row sees.
 */
export async function freshReflection(
  prisma: PrismaClient,
  options: FreshReflectionOptions = {},
): Promise<string> {
  const authorId = await idOf(prisma, ACTOR_EMAILS.mentee);
  const body = options.body ?? `<p>${PRIVATE_SENTENCE}</p>`;
  const title = 'After the pump alarm';
  const sharedAt = options.shared ? new Date() : null;
  const reflection = await prisma.reflection.create({
    data: {
      authorId,
      title,
      body,
      status: options.shared ? 'SHARED' : 'DRAFT',
      sharedAt,
      versions: { create: { version: 1, title, body } },
      ...(options.shared
        ? {
            shares: {
              create: { mentorId: await idOf(prisma, ACTOR_EMAILS.mentor), version: 1, sharedAt: new Date() },
            },
          }
        : {}),
    },
    select: { id: true },
  });
  return reflection.id;
}

/** A review by mentor@ of a fresh reflection shared with them, for rows acting on a review. */
export async function freshReview(prisma: PrismaClient): Promise<string> {
  const reflectionId = await freshReflection(prisma, { shared: true });
  const review = await prisma.review.create({
    data: {
      reflectionId,
      reflectionVersion: 1,
      mentorId: await idOf(prisma, ACTOR_EMAILS.mentor),
      level: 'THOUGHTFUL_ACTION',
      derivedLevel: 'THOUGHTFUL_ACTION',
      strengthQuote: 'I froze when the pump alarm sounded',
      strengthNote: 'You name what happened to you.',
      furtherQuestion: 'What did the shame make you do next?',
      generalComment: '',
      outcome: 'REVIEWED',
      ratings: {
        create: (['WRITING_SPECTRUM', 'PRESENCE', 'DILEMMA', 'EMOTIONS', 'MEANING_MAKING'] as const).map(
          (criterion) => ({ criterion, level: 'THOUGHTFUL_ACTION' as const }),
        ),
      },
    },
    select: { id: true },
  });
  return review.id;
}
