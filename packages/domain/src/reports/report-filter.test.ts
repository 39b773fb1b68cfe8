import { describe, expect, it } from 'vitest';
import { ReportFilter, reportPeriod } from './report-filter.ts';

describe('ReportFilter', () => {
  it('refuses a start after the end, on the end date', () => {
    const result = ReportFilter.safeParse({ from: '2027-02-01', to: '2027-01-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['to']);
  });

  it('reads quiet days from a URL string and refuses a too-short one', () => {
    expect(ReportFilter.parse({ quietDays: '45' }).quietDays).toBe(45);
    expect(ReportFilter.safeParse({ quietDays: '3' }).success).toBe(false);
  });
});

describe('reportPeriod', () => {
  const now = new Date('2027-03-15T12:00:00Z');

  it('covers the year up to now by default', () => {
    expect(reportPeriod({}, now)).toEqual({ from: new Date('2026-03-15T12:00:00Z'), to: now });
  });

  it('covers whole days, the end day included', () => {
    expect(reportPeriod({ from: '2027-01-01', to: '2027-01-31' }, now)).toEqual({
      from: new Date('2027-01-01T00:00:00.000Z'),
      to: new Date('2027-01-31T23:59:59.999Z'),
    });
  });
});
