import { z } from 'zod';
import { ListPeopleInput } from './people-schemas.ts';

/** The most people one request invites; larger groups are invited by filter or cohort, in turns. */
export const MAX_INVITATIONS_PER_REQUEST = 500;

export const InvitePeopleInput = z.object({
  personIds: z
    .array(z.string().min(1).max(100))
    .min(1, 'Choose at least one person to invite.')
    .max(MAX_INVITATIONS_PER_REQUEST, `Invite at most ${MAX_INVITATIONS_PER_REQUEST} people at a time.`),
});
export type InvitePeopleInput = z.infer<typeof InvitePeopleInput>;

/** Everyone the people list shows with these filters who has not chosen a password yet. */
export const InviteMatchingInput = ListPeopleInput.pick({
  search: true,
  hospitalId: true,
  profession: true,
  specialty: true,
  cohortRole: true,
}).extend({
  /** Only people never invited (the default), or also those whose invitation lapsed. */
  include: z.enum(['NEVER_INVITED', 'NOT_YET_IN']).default('NEVER_INVITED'),
});
export type InviteMatchingInput = z.infer<typeof InviteMatchingInput>;

export const InviteCohortInput = z.object({
  cohortId: z.string().min(1).max(100),
  include: InviteMatchingInput.shape.include,
});
export type InviteCohortInput = z.infer<typeof InviteCohortInput>;

export const InvitationTarget = z.object({ personId: z.string().min(1).max(100) });
export type InvitationTarget = z.infer<typeof InvitationTarget>;

export const InvitationSkipReason = z.enum(['HAS_PASSWORD', 'INACTIVE', 'NOT_YOURS', 'STAFF']);
export type InvitationSkipReason = z.infer<typeof InvitationSkipReason>;

export const INVITATION_SKIP_LABELS: Record<InvitationSkipReason, string> = {
  HAS_PASSWORD: 'already has a password',
  INACTIVE: 'is deactivated',
  NOT_YOURS: 'is not among the people you administer',
  STAFF: 'holds a staff role; only a network admin invites staff',
};

export const InvitationOutcome = z.object({
  invited: z.number().int(),
  skipped: z.array(z.object({ personId: z.string(), name: z.string(), reason: InvitationSkipReason })),
  /** False when no mail server is set up: the invitations wait in the outbox. */
  emailConfigured: z.boolean(),
});
export type InvitationOutcome = z.infer<typeof InvitationOutcome>;
