import type { Db } from '@preceptor/db';
import { EMAIL_KIND_RULES, type EmailKind } from '@preceptor/domain/notifications/email-kinds';
import { generateSessionToken } from '../auth/session-token.ts';

/** The path of the one-click unsubscribe endpoint (http/unsubscribe-route.ts). */
export const UNSUBSCRIBE_PATH = '/email/unsubscribe';

/**
 * The person's unsubscribe token for one kind of email, made on first use. 160 random bits: it
 * cannot be guessed, and it can do one thing only — turn that kind into in-app only for them.
 */
export async function unsubscribeTokenFor(tx: Db, userId: string, kind: EmailKind): Promise<string> {
  await tx.emailUnsubscribeToken.createMany({
    data: [{ token: generateSessionToken(), userId, kind }],
    skipDuplicates: true,
  });
  const row = await tx.emailUnsubscribeToken.findUniqueOrThrow({
    where: { userId_kind: { userId, kind } },
    select: { token: true },
  });
  return row.token;
}

/** The absolute unsubscribe URL for this person and kind, or null when the kind cannot be turned off. */
export async function unsubscribeUrlFor(
  tx: Db,
  origin: string | null,
  userId: string,
  kind: EmailKind,
): Promise<string | null> {
  if (!origin || !EMAIL_KIND_RULES[kind].adjustable) return null;
  const url = new URL(UNSUBSCRIBE_PATH, origin);
  url.searchParams.set('token', await unsubscribeTokenFor(tx, userId, kind));
  return url.toString();
}

/**
 * Unsubscribe URLs for many people and kinds at once (the daily scans), keyed `userId:kind`:
 * tokens are made where missing, in two statements however many emails a scan queues.
 */
export async function unsubscribeUrlsFor(
  tx: Db,
  origin: string | null,
  pairs: readonly { userId: string; kind: EmailKind }[],
): Promise<Map<string, string>> {
  const wanted = new Map<string, { userId: string; kind: EmailKind }>();
  for (const pair of pairs) {
    if (EMAIL_KIND_RULES[pair.kind].adjustable) wanted.set(`${pair.userId}:${pair.kind}`, pair);
  }
  const urls = new Map<string, string>();
  if (!origin || wanted.size === 0) return urls;
  const list = [...wanted.values()];
  await tx.$executeRaw`
    INSERT INTO "EmailUnsubscribeToken" (token, "userId", kind, "createdAt")
    SELECT t, u, k, now() FROM unnest(${list.map(() => generateSessionToken())}::text[],
      ${list.map((p) => p.userId)}::text[], ${list.map((p) => p.kind)}::text[]) AS x(t, u, k)
    ON CONFLICT ("userId", kind) DO NOTHING`;
  const rows = await tx.$queryRaw<{ token: string; userId: string; kind: string }[]>`
    SELECT e.token, e."userId", e.kind FROM "EmailUnsubscribeToken" e
    JOIN unnest(${list.map((p) => p.userId)}::text[], ${list.map((p) => p.kind)}::text[]) AS x(u, k)
      ON e."userId" = x.u AND e.kind = x.k`;
  for (const row of rows) {
    const url = new URL(UNSUBSCRIBE_PATH, origin);
    url.searchParams.set('token', row.token);
    urls.set(`${row.userId}:${row.kind}`, url.toString());
  }
  return urls;
}

/**
 * RFC 8058 one-click headers: a mail client POSTs `List-Unsubscribe=One-Click` to the URL,
 * without the person opening anything.
 */
export function unsubscribeHeaders(url: string | null): Record<string, string> {
  if (!url) return {};
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
