/**
 * Where the next page of a person's notifications starts: just after the last one shown, in
 * newest-first order (creation time, then id to break ties). Keyed by values rather than by row,
 * so a notification marked read or removed meanwhile never shifts or breaks the pages after it.
 */
export interface NotificationCursor {
  createdAt: Date;
  id: string;
}

const CURSOR = /^(\d{1,15})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function encodeNotificationCursor(cursor: NotificationCursor): string {
  return `${cursor.createdAt.getTime()}.${cursor.id}`;
}

/** The cursor a page handed out, or null for anything else. */
export function decodeNotificationCursor(text: string): NotificationCursor | null {
  const match = CURSOR.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const createdAt = new Date(Number(match[1]));
  if (Number.isNaN(createdAt.getTime())) return null;
  return { createdAt, id: match[2] };
}
