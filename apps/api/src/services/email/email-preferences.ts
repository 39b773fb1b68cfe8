import { EMAIL_KIND_RULES, EmailKind } from '@preceptor/domain/notifications/email-kinds';
import type {
  MyEmailPreferences,
  SetEmailPreferenceInput,
} from '@preceptor/domain/notifications/email-schemas';
import type { ActorContext } from '../service-context.ts';

const ADJUSTABLE = EmailKind.options.filter((kind) => EMAIL_KIND_RULES[kind].adjustable);

/** How each adjustable kind of email reaches the signed-in person: their choice, else the default. */
export async function myEmailPreferences(ctx: ActorContext): Promise<MyEmailPreferences> {
  const chosen = await ctx.db.emailPreference.findMany({
    where: { userId: ctx.actor.userId },
    select: { kind: true, delivery: true },
  });
  const byKind = new Map(chosen.map((row) => [row.kind, row.delivery]));
  return ADJUSTABLE.map((kind) => {
    const delivery = byKind.get(kind);
    return {
      kind,
      label: EMAIL_KIND_RULES[kind].label,
      delivery: delivery ?? EMAIL_KIND_RULES[kind].defaultDelivery,
      isDefault: delivery === undefined,
    };
  });
}

/** The person's own choice for one adjustable kind; applies to emails queued from now on. */
export async function setEmailPreference(
  ctx: ActorContext,
  input: SetEmailPreferenceInput,
): Promise<MyEmailPreferences> {
  const userId = ctx.actor.userId;
  await ctx.db.emailPreference.upsert({
    where: { userId_kind: { userId, kind: input.kind } },
    create: { userId, kind: input.kind, delivery: input.delivery },
    update: { delivery: input.delivery },
  });
  return myEmailPreferences(ctx);
}
