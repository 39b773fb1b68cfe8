import type { Db } from '@preceptor/db';
import { MatchFactor } from '@preceptor/domain/matching/match-schemas';
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import { whyWeMatchedYou } from '@preceptor/domain/programme/match-welcome';
import { z } from 'zod';
import { queueEmails } from '../../mail/queue-emails.ts';
import { matchWelcome } from '../../mail/templates/match-welcome.ts';
import type { ServiceContext } from '../service-context.ts';
import { portalUrl } from './portal-url.ts';
import { loadSettingsOf } from './programme-settings.ts';

const Factors = z.array(MatchFactor).catch([]);
const side = { select: { user: { select: { id: true, firstName: true, lastName: true } } } } as const;

/**
 * The welcome email to both people of each newly published match, with "why we matched you":
 * the factor sentences the match page shows them, and the other's name — nothing more of the
 * other person. Runs inside the publishing transaction (the in-app notice is publishing's own);
 * a cohort may turn it off.
 */
export async function welcomeMatches(
  tx: Db,
  ctx: Pick<ServiceContext, 'clock' | 'config'>,
  cohort: { id: string; name: string },
  matchIds: readonly string[],
): Promise<void> {
  const settingsOf = await loadSettingsOf(tx, [cohort.id]);
  if (!settingsOf(cohort.id).matchWelcomeEnabled || matchIds.length === 0) return;
  const matches = await tx.match.findMany({
    where: { id: { in: [...matchIds] }, status: 'ACTIVE' },
    select: { id: true, factors: true, mentor: side, mentee: side },
  });
  const link = portalUrl(ctx.config, notificationLink('myMatches'));
  await queueEmails(
    tx,
    ctx,
    matches.flatMap((match) => {
      const reasons = whyWeMatchedYou(Factors.parse(match.factors));
      const mentor = match.mentor.user;
      const mentee = match.mentee.user;
      const email = (recipientId: string, other: typeof mentor, otherRole: 'mentor' | 'mentee') => ({
        recipientId,
        kind: 'programme.match_welcome' as const,
        idempotencyKey: `match-welcome:${match.id}:${recipientId}`,
        template: matchWelcome,
        data: {
          otherName: `${other.firstName} ${other.lastName}`,
          otherRole,
          cohortName: cohort.name,
          reasons,
          link,
        },
      });
      return [email(mentee.id, mentor, 'mentor'), email(mentor.id, mentee, 'mentee')];
    }),
  );
}
