import type { Db } from '@preceptor/db';
import { isNotificationLink } from '@preceptor/domain/notifications/notification-links';
import { v7 as uuidv7 } from 'uuid';
import type { NewNotification } from './notify.ts';

/**
 * `notify` for the scheduled scans, which tell thousands of people at once: the same rules (a
 * link must open a portal page), one INSERT over arrays instead of Prisma's createMany, whose
 * per-row work in the query compiler cost more CPU than everything else a scan does.
 */
export async function notifyMany(tx: Db, notices: readonly NewNotification[]): Promise<void> {
  for (const notice of notices) {
    if (notice.link !== null && !isNotificationLink(notice.link)) {
      throw new Error(`A ${notice.kind} notification links to ${notice.link}, which is no portal page.`);
    }
  }
  if (notices.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Notification" (id, "userId", kind, title, body, link)
    SELECT * FROM unnest(
      ${notices.map(() => uuidv7())}::text[], ${notices.map((n) => n.userId)}::text[],
      ${notices.map((n) => n.kind)}::text[], ${notices.map((n) => n.title)}::text[],
      ${notices.map((n) => n.body ?? null)}::text[], ${notices.map((n) => n.link)}::text[])`;
}
