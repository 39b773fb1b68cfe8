import { describe, expect, it } from 'vitest';
import { SignInSearch } from '../features/auth/safe-redirect.ts';
import { PeopleSearch } from '../features/people/people-search.ts';
import { DrillDownSearch, ReportSearch } from '../features/reports/report-search.ts';
import { flagParam, intParam, isoDateParam, textParam } from './search-params.ts';

describe('search parameter readers', () => {
  it('keeps what fits and drops what does not, leaving absent keys out', () => {
    expect(
      PeopleSearch({
        q: '  smith  ',
        profession: 'NURSING',
        status: 'SOMETIMES',
        desc: 'true',
        page: '3',
        unknown: 'x',
      }),
    ).toEqual({ q: 'smith', profession: 'NURSING', desc: true, page: 3 });
    expect(PeopleSearch({})).toEqual({});
  });

  it('reads numbers the router parsed from hand-typed text as text', () => {
    expect(textParam(4)(123456)).toBe('1234');
    expect(textParam(10)('   ')).toBeUndefined();
  });

  it('accepts whole numbers in range only', () => {
    const page = intParam(2, 10);
    expect([page(2), page('10'), page(1), page(11), page(2.5), page(''), page('x'), page(true)]).toEqual([
      2,
      10,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('accepts calendar dates that exist', () => {
    expect(isoDateParam('2024-02-29')).toBe('2024-02-29');
    expect(isoDateParam('2025-02-29')).toBeUndefined();
    expect(isoDateParam('2025-13-01')).toBeUndefined();
    expect(isoDateParam('2025-1-01')).toBeUndefined();
  });

  it('treats only true as a set flag', () => {
    expect([flagParam(true), flagParam('true'), flagParam('yes'), flagParam(false)]).toEqual([
      true,
      true,
      undefined,
      undefined,
    ]);
  });

  it('gives the drill-down its default figure and checks ids and months', () => {
    expect(DrillDownSearch({ figure: 'nonsense', cohortId: 'not-a-guid', month: '2025-13' })).toEqual({
      figure: 'members',
    });
    const cohortId = '0190a7e2-1b2c-7d3e-8f40-123456789abc';
    expect(ReportSearch({ cohortId, quietDays: 6, from: '2025-01-31' })).toEqual({
      cohortId,
      from: '2025-01-31',
    });
  });

  it('accepts only redirects to this site', () => {
    expect(SignInSearch({ redirect: '/journal?x=1' })).toEqual({ redirect: '/journal?x=1' });
    expect(SignInSearch({ redirect: '//evil.example' })).toEqual({});
    expect(SignInSearch({ redirect: 'https://evil.example' })).toEqual({});
  });
});
