import { DomainError } from '@preceptor/domain/errors';
import { EMAIL_KIND_RULES, EmailKind } from '@preceptor/domain/notifications/email-kinds';
import type { ServiceContext } from '../service-context.ts';

const NOT_VALID = 'This unsubscribe link is not valid. Choose which emails you get on your account page.';

export interface UnsubscribeTarget {
  /** What the kind is called in the person's preferences. */
  label: string;
}

async function targetOf(ctx: ServiceContext, token: string) {
  const row = await ctx.db.emailUnsubscribeToken.findUnique({
    where: { token },
    select: { userId: true, kind: true, user: { select: { active: true } } },
  });
  const kind = EmailKind.safeParse(row?.kind);
  if (!row?.user.active || !kind.success || !EMAIL_KIND_RULES[kind.data].adjustable) {
    throw new DomainError('NOT_FOUND', NOT_VALID);
  }
  return { userId: row.userId, kind: kind.data };
}

/** What a one-click unsubscribe link would turn off, for its confirmation page; changes nothing. */
export async function describeUnsubscribe(ctx: ServiceContext, token: string): Promise<UnsubscribeTarget> {
  const { kind } = await targetOf(ctx, token);
  return { label: EMAIL_KIND_RULES[kind].label };
}

/**
 * RFC 8058 one-click unsubscribe: the token (unguessable, one person and one kind) is the whole
 * authority, so no sign-in is asked. That kind of email becomes in-app only; the person can turn
 * it back on in their preferences.
 */
export async function unsubscribeByToken(ctx: ServiceContext, token: string): Promise<UnsubscribeTarget> {
  const { userId, kind } = await targetOf(ctx, token);
  await ctx.db.emailPreference.upsert({
    where: { userId_kind: { userId, kind } },
    create: { userId, kind, delivery: 'in_app' },
    update: { delivery: 'in_app' },
  });
  return { label: EMAIL_KIND_RULES[kind].label };
}
