/** Goals keep target dates as PostgreSQL `date`: Prisma hands them over as UTC midnight. */
export function toDbDay(day: string | null): Date | null {
  return day === null ? null : new Date(`${day}T00:00:00Z`);
}

export function fromDbDay(date: Date | null): string | null {
  return date === null ? null : date.toISOString().slice(0, 10);
}
