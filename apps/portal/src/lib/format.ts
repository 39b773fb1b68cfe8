import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';

dayjs.extend(relativeTime);

/** "12 Mar 2026": unambiguous across the US and international partner hospitals. */
export function formatDate(date: Date | null | undefined): string {
  return date ? dayjs(date).format('D MMM YYYY') : '—';
}

export function formatDateTime(date: Date | null | undefined): string {
  return date ? dayjs(date).format('D MMM YYYY, HH:mm') : '—';
}

/** "08:20": a time today, e.g. when figures were counted. */
export function formatTime(date: Date): string {
  return dayjs(date).format('HH:mm');
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-US').format(value);
}

/** "3 hours ago": for recent events, where the exact date matters less than how fresh it is. */
export function formatRelativeTime(date: Date, now: Date = new Date()): string {
  return dayjs(date).from(now);
}
