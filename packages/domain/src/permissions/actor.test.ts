import { describe, expect, it } from 'vitest';
import { type Actor, assertCanAdministerHospital, isStaff, staffScope, visibleHospitalIds } from './actor.ts';

const admin: Actor = { userId: 'a', isNetworkAdmin: true, coordinatedHospitalIds: [] };
const coordinator: Actor = { userId: 'c', isNetworkAdmin: false, coordinatedHospitalIds: ['h1'] };
const mentee: Actor = { userId: 'm', isNetworkAdmin: false, coordinatedHospitalIds: [] };

describe('staff scope', () => {
  it('gives admins every hospital and coordinators only theirs', () => {
    expect(staffScope(admin)).toEqual({ kind: 'all' });
    expect(staffScope(coordinator)).toEqual({ kind: 'some', hospitalIds: ['h1'] });
    expect(staffScope(mentee)).toBeNull();
    expect(isStaff(mentee)).toBe(false);
  });

  it('filters a multi-hospital cohort down to the coordinator’s own hospitals', () => {
    expect(visibleHospitalIds(coordinator, ['h1', 'h2'])).toEqual(['h1']);
    expect(visibleHospitalIds(admin, ['h1', 'h2'])).toEqual(['h1', 'h2']);
  });

  it('refuses a coordinator of another hospital', () => {
    expect(() => assertCanAdministerHospital(coordinator, 'h2')).toThrowError(/do not coordinate/);
  });
});
