import { describe, expect, it } from 'vitest';
import { drillDownTitle } from './drill-down-title.ts';

describe('drillDownTitle', () => {
  it('names the list after the figure and its narrowing', () => {
    expect(drillDownTitle({ figure: 'assignments', assignment: 'overdue' })).toBe(
      'Overdue module assignments',
    );
    expect(drillDownTitle({ figure: 'members', role: 'MENTOR', membership: 'removed' })).toBe(
      'Removed mentors',
    );
    expect(drillDownTitle({ figure: 'matches', matchStatus: 'ACTIVE' })).toBe('Active matches');
    expect(drillDownTitle({ figure: 'reviews', level: 'CRITICAL_REFLECTION', month: '2027-01' })).toBe(
      'Mentees reviewed at critical reflection in 2027-01',
    );
    expect(drillDownTitle({ figure: 'mentorLoad', load: 'OVER' })).toBe('Mentors over capacity');
  });
});
