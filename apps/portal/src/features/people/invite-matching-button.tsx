import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { useInviteMatching } from './api.ts';
import { invitationSummary } from './invitation-summary.ts';
import type { PeopleSearch } from './people-search.ts';

/**
 * Invites, by email, everyone the current filters show who was never invited: the way to bring
 * a hospital's or a profession's people in at once, without copying links.
 */
export function InviteMatchingButton({ search }: { search: PeopleSearch }) {
  const invite = useInviteMatching();
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    invite.reset();
  };
  return (
    <>
      <Button variant="light" onClick={() => setConfirming(true)}>
        Invite people shown
      </Button>
      <ConfirmDialog
        opened={confirming}
        title="Invite everyone shown who was never invited?"
        confirmLabel="Send invitations"
        color="blue"
        cancelLabel="Not now"
        pending={invite.isPending}
        error={invite.error}
        onClose={close}
        onConfirm={async () => {
          try {
            const outcome = await invite.mutateAsync({
              search: search.q,
              hospitalId: search.hospitalId,
              profession: search.profession,
              specialty: search.specialty,
              cohortRole: search.cohortRole,
              include: 'NEVER_INVITED',
            });
            close();
            notifications.show({ color: 'green', ...invitationSummary(outcome) });
          } catch {
            // Shown in the dialog.
          }
        }}
      >
        Each active person on this list (all its pages) who has never been invited gets an email with a
        one-time link to choose their password, up to 500 at a time. People who already have a password and
        staff accounts are left out.
      </ConfirmDialog>
    </>
  );
}
