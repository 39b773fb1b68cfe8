import { describe, expect, it } from 'vitest';
import { accessStatusOf, mayBeInvited } from './access-status.ts';
import { InvitePeopleInput } from './invitation-schemas.ts';

const none = { hasPassword: false, lastSignedInAt: null, everInvited: false, openInvitationExpiresAt: null };

describe('accessStatusOf', () => {
  it('reads a person’s way in, furthest step first', () => {
    expect(accessStatusOf(none)).toBe('NEVER_INVITED');
    expect(accessStatusOf({ ...none, everInvited: true })).toBe('INVITATION_LAPSED');
    expect(accessStatusOf({ ...none, everInvited: true, openInvitationExpiresAt: new Date() })).toBe(
      'INVITED',
    );
    expect(accessStatusOf({ ...none, everInvited: true, hasPassword: true })).toBe('PASSWORD_SET');
    expect(accessStatusOf({ ...none, hasPassword: true, lastSignedInAt: new Date() })).toBe('SIGNED_IN');
  });

  it('invites only people without a password', () => {
    expect(mayBeInvited('NEVER_INVITED')).toBe(true);
    expect(mayBeInvited('INVITATION_LAPSED')).toBe(true);
    expect(mayBeInvited('INVITED')).toBe(true);
    expect(mayBeInvited('PASSWORD_SET')).toBe(false);
    expect(mayBeInvited('SIGNED_IN')).toBe(false);
  });
});

describe('InvitePeopleInput', () => {
  it('says so when nobody or too many are chosen', () => {
    expect(InvitePeopleInput.safeParse({ personIds: [] }).error?.issues[0]?.message).toBe(
      'Choose at least one person to invite.',
    );
    const many = Array.from({ length: 501 }, (_, i) => `p${i}`);
    expect(InvitePeopleInput.safeParse({ personIds: many }).error?.issues[0]?.message).toMatch(/at most 500/);
  });
});
