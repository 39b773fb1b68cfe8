import { z } from 'zod';

/** How far a person has got into Preceptor, as staff see it on the people list. */
export const AccessStatus = z.enum([
  /** Has signed in at least once. */
  'SIGNED_IN',
  /** Chose a password but has not signed in yet. */
  'PASSWORD_SET',
  /** Holds an open invitation (unused, unexpired, not revoked). */
  'INVITED',
  /** Was invited, but every invitation expired or was revoked. */
  'INVITATION_LAPSED',
  'NEVER_INVITED',
]);
export type AccessStatus = z.infer<typeof AccessStatus>;

export const ACCESS_STATUS_LABELS: Record<AccessStatus, string> = {
  SIGNED_IN: 'Signed in',
  PASSWORD_SET: 'Password set, not signed in yet',
  INVITED: 'Invited',
  INVITATION_LAPSED: 'Invitation expired or revoked',
  NEVER_INVITED: 'Never invited',
};

export interface AccessFacts {
  hasPassword: boolean;
  lastSignedInAt: Date | null;
  /** Whether any set-password link was ever made for the person. */
  everInvited: boolean;
  /** The open invitation's expiry, or null when none is open. */
  openInvitationExpiresAt: Date | null;
}

export function accessStatusOf(facts: AccessFacts): AccessStatus {
  if (facts.lastSignedInAt) return 'SIGNED_IN';
  if (facts.hasPassword) return 'PASSWORD_SET';
  if (facts.openInvitationExpiresAt) return 'INVITED';
  return facts.everInvited ? 'INVITATION_LAPSED' : 'NEVER_INVITED';
}

/** Whether staff may (re)invite: only people who never chose a password are invited. */
export function mayBeInvited(status: AccessStatus): boolean {
  return status === 'INVITED' || status === 'INVITATION_LAPSED' || status === 'NEVER_INVITED';
}
