/**
 * Every action code the product writes to the audit log, with how the readable log says it.
 * `sentence` gets the record's name as the API resolved it for the viewer ("the match between
 * Ana Diaz and Ben Ode", "Spring 2026 perfusion cohort"); it never sees a reflection's words.
 * Adding an action without wording here fails `tsc` (writeAudit takes an `AuditAction`) and the
 * scan in `apps/api/src/services/audit/audit-wording.test.ts`.
 */
interface Wording {
  /** Short name of the kind of event, for the action filter. */
  readonly label: string;
  readonly sentence: (record: string) => string;
}

const said =
  (text: string): Wording['sentence'] =>
  () =>
    text;

export const AUDIT_ACTION_WORDING = {
  'auth.sign_in': { label: 'Signed in', sentence: said('Signed in') },
  'auth.password_change': { label: 'Changed own password', sentence: said('Changed their password') },
  'auth.password_set': {
    label: 'Set a password from a link',
    sentence: said('Set their password from a link'),
  },
  'profile.update': { label: 'Updated own profile', sentence: said('Updated their profile') },

  'person.create': { label: 'Added a person', sentence: (r) => `Added ${r}` },
  'person.update': { label: 'Changed a person', sentence: (r) => `Changed the details of ${r}` },
  'person.deactivate': { label: 'Deactivated a person', sentence: (r) => `Deactivated ${r}` },
  'person.reactivate': { label: 'Reactivated a person', sentence: (r) => `Reactivated ${r}` },
  'person.invited': { label: 'Invited a person', sentence: (r) => `Invited ${r} to Preceptor by email` },
  'person.invitation_revoked': {
    label: 'Revoked an invitation',
    sentence: (r) => `Revoked the invitation of ${r}`,
  },
  'person.setup_link': {
    label: 'Sent a set-password link',
    sentence: (r) => `Sent a set-password link to ${r}`,
  },
  'people.import': { label: 'Imported people', sentence: (r) => `Imported people${r ? ` into ${r}` : ''}` },

  'hospital.create': { label: 'Added a hospital', sentence: (r) => `Added the hospital ${r}` },
  'hospital.update': { label: 'Changed a hospital', sentence: (r) => `Changed the hospital ${r}` },
  'hospital.deactivate': {
    label: 'Deactivated a hospital',
    sentence: (r) => `Deactivated the hospital ${r}`,
  },
  'hospital.reactivate': {
    label: 'Reactivated a hospital',
    sentence: (r) => `Reactivated the hospital ${r}`,
  },
  'staff_role.grant': { label: 'Granted a staff role', sentence: (r) => `Granted ${r}` },
  'staff_role.revoke': { label: 'Revoked a staff role', sentence: (r) => `Revoked ${r}` },
  'role.grant': { label: 'Granted a staff role (set-up)', sentence: (r) => `Granted ${r} at set-up` },

  'cohort.create': { label: 'Created a cohort', sentence: (r) => `Created the cohort ${r}` },
  'cohort.update': { label: 'Changed a cohort', sentence: (r) => `Changed the cohort ${r}` },
  'cohort.status': {
    label: 'Changed a cohort’s status',
    sentence: (r) => `Changed the status of the cohort ${r}`,
  },
  'cohort.members_add': {
    label: 'Added cohort members',
    sentence: (r) => `Added members to the cohort ${r}`,
  },
  'cohort.member_update': {
    label: 'Changed a cohort member',
    sentence: (r) => `Changed the membership of ${r}`,
  },
  'cohort.member_remove': { label: 'Removed a cohort member', sentence: (r) => `Removed ${r}` },
  'cohort.reminders.update': {
    label: 'Changed a cohort’s reminders',
    sentence: (r) => `Changed the reminders and check-ins of ${r}`,
  },
  'programme.reminders.scan': {
    label: 'Sent the daily reminders',
    sentence: said('Ran the daily reminders (the system)'),
  },
  'programme.checkins.scan': {
    label: 'Opened due check-ins',
    sentence: said('Opened the check-ins that were due (the system)'),
  },
  'checkin.concern.handle': {
    label: 'Handled a check-in concern',
    sentence: said('Marked a check-in concern as handled'),
  },
  'cohort.curriculum.update': {
    label: 'Changed a curriculum',
    sentence: (r) => `Changed the curriculum of ${r}`,
  },
  'cohort.matching-weights.update': {
    label: 'Changed matching weights',
    sentence: (r) => `Changed the matching weights of ${r}`,
  },

  'matching.run': { label: 'Ran matching', sentence: (r) => `Ran matching for ${r}` },
  'matching.publish': { label: 'Published matches', sentence: (r) => `Published the matches of ${r}` },
  'matching.preferences.set': {
    label: 'Ranked mentors',
    sentence: (r) => `Ranked preferred mentors for ${r}`,
  },
  'match.publish': { label: 'Started a match', sentence: (r) => `Started the match between ${r}` },
  'match.activate': {
    label: 'Started a match (set-up)',
    sentence: (r) => `Started the match between ${r} at set-up`,
  },
  'match.pin': { label: 'Pinned a pair', sentence: (r) => `Pinned the pair ${r}` },
  'match.exclude': { label: 'Excluded a pair', sentence: (r) => `Excluded the pair ${r}` },
  'match.unpin': { label: 'Unpinned a pair', sentence: (r) => `Unpinned the pair ${r}` },
  'match.unexclude': {
    label: 'Allowed an excluded pair',
    sentence: (r) => `Allowed the excluded pair ${r} again`,
  },
  'match.end': { label: 'Ended a match', sentence: (r) => `Ended the match between ${r}` },
  'match.not-a-good-fit': {
    label: 'Reported not a good fit',
    sentence: (r) => `Reported that the match between ${r} is not a good fit`,
  },

  'meeting.log': { label: 'Logged a meeting', sentence: (r) => `Logged a meeting of ${r}` },
  'meeting.edit': { label: 'Changed a meeting', sentence: (r) => `Changed a meeting of ${r}` },
  'meeting.delete': { label: 'Deleted a meeting', sentence: (r) => `Deleted a meeting of ${r}` },

  'module.draft.create': { label: 'Started a module draft', sentence: (r) => `Started a new draft of ${r}` },
  'module.draft.update': { label: 'Edited a module draft', sentence: (r) => `Edited the draft of ${r}` },
  'module.publish': { label: 'Published a module', sentence: (r) => `Published ${r}` },
  'module.import': { label: 'Imported a module', sentence: (r) => `Imported ${r}` },
  'module.complete': { label: 'Completed a module', sentence: (r) => `Completed ${r}` },
  'quiz.attempt.start': { label: 'Started a quiz', sentence: (r) => `Started the quiz of ${r}` },
  'quiz.attempt.submit': { label: 'Submitted a quiz', sentence: (r) => `Submitted the quiz of ${r}` },

  'reflection.create': { label: 'Started a reflection', sentence: (r) => `Started ${r}` },
  'reflection.identifier_confirmed': {
    label: 'Kept a flagged passage',
    sentence: (r) => `Confirmed a passage flagged as a possible patient identifier in ${r}`,
  },
  'reflection.share': { label: 'Shared a reflection', sentence: (r) => `Shared ${r}` },
  'reflection.unshare': { label: 'Stopped sharing a reflection', sentence: (r) => `Stopped sharing ${r}` },
  'reflection.read': { label: 'Read a reflection', sentence: (r) => `Read ${r}` },
  'reflection.review': { label: 'Reviewed a reflection', sentence: (r) => `Reviewed ${r}` },
  'reflection.shares_revoked': {
    label: 'Shares ended with a match',
    sentence: (r) => `Ended the mentor’s access to shared reflections when the match between ${r} ended`,
  },

  'export.download': { label: 'Exported a list', sentence: (r) => `Exported ${r}` },
  'export.cohort_summary': {
    label: 'Downloaded a cohort summary',
    sentence: (r) => `Downloaded the one-page summary of ${r}`,
  },
} as const satisfies Record<string, Wording>;

export type AuditAction = keyof typeof AUDIT_ACTION_WORDING;

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_WORDING) as AuditAction[];

export function isAuditAction(code: string): code is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_WORDING, code);
}

/**
 * The readable sentence of an entry. An old entry whose code this version no longer writes is
 * still shown, by its code, rather than hidden.
 */
export function auditSentence(action: string, record: string): string {
  return isAuditAction(action) ? AUDIT_ACTION_WORDING[action].sentence(record) : `${action} (${record})`;
}
