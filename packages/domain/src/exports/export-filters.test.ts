import { describe, expect, it } from 'vitest';
import { EXPORT_FILTERS } from './export-filters.ts';
import { exportHref } from './export-links.ts';

describe('export links', () => {
  it('leave out empty filters and write dates as ISO', () => {
    expect(
      exportHref('audit', 'csv', { action: 'match.end', actor: '', from: new Date('2026-01-02T00:00:00Z') }),
    ).toBe('/exports/audit.csv?action=match.end&from=2026-01-02T00%3A00%3A00.000Z');
    expect(exportHref('report-people', 'xlsx', {})).toBe('/exports/report-people.xlsx');
  });

  it('parse back into the list filters', () => {
    const href = exportHref('people', 'csv', { search: 'ana', profession: 'NURSING', descending: true });
    const query = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(EXPORT_FILTERS.people.parse(query)).toEqual({
      search: 'ana',
      profession: 'NURSING',
      descending: true,
      status: 'ACTIVE',
      sort: 'name',
    });
    const audit = EXPORT_FILTERS.audit.parse({ from: '2026-01-02T00:00:00.000Z' });
    expect(audit.from).toEqual(new Date('2026-01-02T00:00:00Z'));
  });

  it('refuse a bad value with a message', () => {
    expect(EXPORT_FILTERS.people.safeParse({ profession: 'PILOT' }).success).toBe(false);
    expect(EXPORT_FILTERS.audit.safeParse({ from: 'yesterday' }).success).toBe(false);
    expect(EXPORT_FILTERS['cohort-members'].safeParse({}).success).toBe(false);
  });
});
