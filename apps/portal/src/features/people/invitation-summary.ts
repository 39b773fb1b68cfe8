import { INVITATION_SKIP_LABELS, type InvitationOutcome } from '@preceptor/domain/people/invitation-schemas';

const SHOWN_SKIPS = 5;

/** What an invitation run did, in sentences staff can act on. */
export function invitationSummary(outcome: InvitationOutcome): { title: string; message: string } {
  const title =
    outcome.invited === 0
      ? 'Nobody was invited'
      : `${outcome.invited} ${outcome.invited === 1 ? 'invitation' : 'invitations'} on the way`;
  const parts: string[] = [];
  if (outcome.invited > 0) {
    parts.push(
      outcome.emailConfigured
        ? 'Each person gets an email with a link to choose their password; it works once, for 7 days.'
        : 'No mail server is set up, so the emails wait in the outbox, where a network admin can see them.',
    );
  }
  const skips = outcome.skipped
    .slice(0, SHOWN_SKIPS)
    .map((s) => `${s.name} ${INVITATION_SKIP_LABELS[s.reason]}`);
  if (outcome.skipped.length > SHOWN_SKIPS) skips.push(`${outcome.skipped.length - SHOWN_SKIPS} more`);
  if (skips.length > 0) parts.push(`Not invited: ${skips.join('; ')}.`);
  return { title, message: parts.join(' ') };
}
