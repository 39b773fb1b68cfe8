import type { Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import {
  type InvitationOutcome,
  type InvitationSkipReason,
  MAX_INVITATIONS_PER_REQUEST,
} from '@preceptor/domain/people/invitation-schemas';
import type { EmailToQueue } from '../../mail/queue-email.ts';
import { queueEmails } from '../../mail/queue-emails.ts';
import { type AccountInvitationData, accountInvitation } from '../../mail/templates/account-invitation.ts';
import { reachRefusal } from '../access/person-access.ts';
import { writeAudit } from '../audit-log.ts';
import { issueSetupToken } from '../people/setup-links.ts';
import type { ActorContext } from '../service-context.ts';

/*
 * An invitation is a set-password link sent by email through the outbox: single-use, expiring,
 * and never shown to staff. Only people who have not chosen a password are invited; everyone
 * else is skipped with the reason, so one bad row never stops a cohort's invitations.
 */

const NO_ORIGIN =
  'Invitations need the portal’s public address to make their links: set PUBLIC_ORIGIN on the server.';

const EXPIRY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'UTC',
});

interface Invitee {
  id: string;
  firstName: string;
  lastName: string;
  hospitalId: string | null;
  active: boolean;
  hasPassword: boolean;
  holdsStaffRole: boolean;
}

type InvitedVia = 'people' | 'filter' | 'cohort' | 'import' | 'resend';

/**
 * Invites these people (ids the caller found in scope, or that the caller named), a batch per
 * transaction, so a large import's invitations neither hold locks for long nor time out.
 */
export async function sendInvitations(
  ctx: ActorContext,
  personIds: readonly string[],
  via: InvitedVia,
): Promise<InvitationOutcome> {
  const origin = ctx.config.publicOrigin;
  if (!origin) throw new DomainError('PRECONDITION_FAILED', NO_ORIGIN);
  const ids = [...new Set(personIds)];
  const total: InvitationOutcome = { invited: 0, skipped: [], emailConfigured: ctx.mailer !== null };
  for (let start = 0; start < ids.length; start += MAX_INVITATIONS_PER_REQUEST) {
    const batch = await inviteBatch(ctx, origin, ids.slice(start, start + MAX_INVITATIONS_PER_REQUEST), via);
    total.invited += batch.invited;
    total.skipped.push(...batch.skipped);
  }
  return total;
}

async function inviteBatch(
  ctx: ActorContext,
  origin: string,
  ids: string[],
  via: InvitedVia,
): Promise<Omit<InvitationOutcome, 'emailConfigured'>> {
  const actorId = ctx.actor.userId;
  return ctx.db.$transaction(
    async (tx) => {
      // Locked: a password chosen meanwhile (setPasswordWithToken updates the row) is seen here.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "User" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
      const people = await loadInvitees(
        tx,
        locked.map((row) => row.id),
      );
      const byId = new Map(people.map((person) => [person.id, person]));
      const inviter = await tx.user.findUniqueOrThrow({
        where: { id: actorId },
        select: { firstName: true, lastName: true },
      });
      const invitedBy = `${inviter.firstName} ${inviter.lastName}`;
      const now = ctx.clock.now();
      const skipped: InvitationOutcome['skipped'] = [];
      const emails: EmailToQueue<AccountInvitationData>[] = [];

      for (const id of ids) {
        const person = byId.get(id);
        const reason = person ? skipReason(ctx, person) : 'NOT_YOURS';
        if (reason) {
          skipped.push({
            personId: id,
            name: person ? `${person.firstName} ${person.lastName}` : 'Unknown person',
            reason,
          });
          continue;
        }
        if (!person) continue;
        const link = await issueSetupToken(tx, person.id, actorId, now);
        emails.push({
          recipientId: person.id,
          kind: 'account.invitation',
          idempotencyKey: `setup-link:${link.id}`,
          template: accountInvitation,
          data: {
            link: new URL(link.path, origin).toString(),
            expiresAt: `${EXPIRY_FORMAT.format(link.expiresAt)} UTC`,
            invitedBy,
          },
        });
        await writeAudit(tx, actorId, ctx.meta, {
          action: 'person.invited',
          entityType: 'User',
          entityId: person.id,
          hospitalIds: person.hospitalId ? [person.hospitalId] : [],
          metadata: { via, expiresAt: link.expiresAt.toISOString() },
        });
      }
      // One statement for the batch's emails, with the same preference and once-per-key rules.
      await queueEmails(tx, ctx, emails);
      return { invited: emails.length, skipped };
    },
    // A cohort's worth of tokens, emails and audit entries: more than the default 5 s.
    { timeout: 60_000 },
  );
}

async function loadInvitees(tx: Prisma.TransactionClient, ids: string[]): Promise<Invitee[]> {
  const rows = await tx.user.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      hospitalId: true,
      active: true,
      passwordHash: true,
      staffRoles: { select: { id: true }, take: 1 },
    },
  });
  return rows.map(({ passwordHash, staffRoles, ...person }) => ({
    ...person,
    hasPassword: passwordHash !== null,
    holdsStaffRole: staffRoles.length > 0,
  }));
}

function skipReason(ctx: ActorContext, person: Invitee): InvitationSkipReason | null {
  const refusal = reachRefusal(ctx.actor, person);
  if (refusal === 'OUT_OF_SCOPE') return 'NOT_YOURS';
  if (refusal === 'STAFF') return 'STAFF';
  if (!person.active) return 'INACTIVE';
  if (person.hasPassword) return 'HAS_PASSWORD';
  return null;
}
