import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { useInviteCohort } from './api.ts';
import { invitationSummary } from './invitation-summary.ts';

/** Invites a cohort's members (at the hospitals this staff member administers) who are not in yet. */
export function InviteCohortButton({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const invite = useInviteCohort();
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    invite.reset();
  };
  return (
    <>
      <Button variant="default" onClick={() => setConfirming(true)}>
        Invite members
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={`Invite ${cohortName}'s members?`}
        confirmLabel="Send invitations"
        color="blue"
        cancelLabel="Not now"
        pending={invite.isPending}
        error={invite.error}
        onClose={close}
        onConfirm={async () => {
          try {
            const outcome = await invite.mutateAsync({ cohortId, include: 'NEVER_INVITED' });
            close();
            notifications.show({ color: 'green', ...invitationSummary(outcome) });
          } catch {
            // Shown in the dialog.
          }
        }}
      >
        Every member at your hospitals who has never been invited gets an email with a one-time link to choose
        their password. Members who already have a password are left out.
      </ConfirmDialog>
    </>
  );
}
