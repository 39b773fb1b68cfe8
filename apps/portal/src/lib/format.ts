import dayjs from 'dayjs';

/** "12 Mar 2026": unambiguous across the US and international partner hospitals. */
export function formatDate(date: Date | null | undefined): string {
  return date ? dayjs(date).format('D MMM YYYY') : '—';
}

export function formatDateTime(date: Date | null | undefined): string {
  return date ? dayjs(date).format('D MMM YYYY, HH:mm') : '—';
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-US').format(value);
}
