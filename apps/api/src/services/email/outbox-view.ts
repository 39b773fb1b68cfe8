import type { Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import { EMAIL_KIND_RULES, EmailKind } from '@preceptor/domain/notifications/email-kinds';
import type {
  GetOutboxEmailInput,
  ListOutboxInput,
  OutboxEmailView,
  OutboxPage,
  OutboxRow,
} from '@preceptor/domain/notifications/email-schemas';
import type { ActorContext } from '../service-context.ts';

/*
 * The admin outbox: every email, as it arrives, for network admins only (routers/email.ts). It
 * exists so a newcomer to a demo without mail sees each email Preceptor sends. Staff must never
 * hold a live link to an account that has a password, so a set-password link is hidden in any
 * email whose recipient has a password now (a reset, or an old invitation since used); unsubscribe
 * tokens are hidden in all, since they act for the person.
 */

const SET_PASSWORD_TOKEN = /(set-password\?token=)[A-Za-z0-9_-]+/g;
const UNSUBSCRIBE_TOKEN = /(email\/unsubscribe\?token=)[a-z2-7]+/g;
const HIDDEN = '$1hidden-from-staff';

const ROW_FIELDS = {
  id: true,
  kind: true,
  toAddress: true,
  subject: true,
  status: true,
  attempts: true,
  lastError: true,
  queuedAt: true,
  nextAttemptAt: true,
  sentAt: true,
  recipient: { select: { firstName: true, lastName: true, passwordHash: true } },
} satisfies Prisma.OutboxEmailSelect;

type RowRecord = Prisma.OutboxEmailGetPayload<{ select: typeof ROW_FIELDS }>;

function assertNetworkAdmin(ctx: ActorContext): void {
  if (!ctx.actor.isNetworkAdmin) throw new DomainError('FORBIDDEN', 'This is for network administrators.');
}

function kindLabel(kind: string): string {
  const known = EmailKind.safeParse(kind);
  return known.success ? EMAIL_KIND_RULES[known.data].label : kind;
}

function toRow({ recipient, ...row }: RowRecord): OutboxRow {
  return {
    ...row,
    kindLabel: kindLabel(row.kind),
    recipientName: recipient ? `${recipient.firstName} ${recipient.lastName}` : null,
  };
}

/** Newest first, optionally one status. */
export async function listOutbox(ctx: ActorContext, input: ListOutboxInput): Promise<OutboxPage> {
  assertNetworkAdmin(ctx);
  const where: Prisma.OutboxEmailWhereInput = input.status ? { status: input.status } : {};
  const [total, rows] = await Promise.all([
    ctx.db.outboxEmail.count({ where }),
    ctx.db.outboxEmail.findMany({
      where,
      orderBy: [{ queuedAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: ROW_FIELDS,
    }),
  ]);
  return { rows: rows.map(toRow), total, page: input.page, pageSize: input.pageSize };
}

/** One email with its text and HTML, live links staff may not hold hidden. */
export async function outboxEmail(ctx: ActorContext, input: GetOutboxEmailInput): Promise<OutboxEmailView> {
  assertNetworkAdmin(ctx);
  const email = await ctx.db.outboxEmail.findUnique({
    where: { id: input.id },
    select: { ...ROW_FIELDS, text: true, html: true },
  });
  if (!email) throw new DomainError('NOT_FOUND', 'There is no such email in the outbox.');
  const hideSetPassword = email.kind === 'account.password_reset' || Boolean(email.recipient?.passwordHash);
  const hide = (body: string) => {
    const withoutUnsubscribe = body.replace(UNSUBSCRIBE_TOKEN, HIDDEN);
    return hideSetPassword ? withoutUnsubscribe.replace(SET_PASSWORD_TOKEN, HIDDEN) : withoutUnsubscribe;
  };
  const { text, html, ...row } = email;
  return {
    ...toRow(row),
    text: hide(text),
    html: hide(html),
    linksHidden: hideSetPassword && text.includes('set-password?token='),
  };
}
