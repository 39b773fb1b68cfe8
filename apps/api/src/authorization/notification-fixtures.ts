import type { PrismaClient } from '@preceptor/db';
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import { ACTOR_EMAILS, type ActorName } from './actors.ts';

/**
 * An unread notification of the acting person's own (mentee@'s for anonymous, who has none),
 * so marking it read succeeds for everyone signed in and is refused only at the door.
 */
export async function freshNotificationOf(prisma: PrismaClient, actor: ActorName): Promise<string> {
  const email = actor === 'anonymous' ? ACTOR_EMAILS.mentee : ACTOR_EMAILS[actor];
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const notification = await prisma.notification.create({
    data: {
      userId: user.id,
      kind: 'match.published',
      title: 'A notification for the harness',
      link: notificationLink('myMatches'),
    },
    select: { id: true },
  });
  return notification.id;
}
