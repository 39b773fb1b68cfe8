import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PersonDetail } from '@preceptor/domain/people/person-schemas';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { AccessBadge } from './access-badge.tsx';
import { useInvitePeople, useResendInvitation, useRevokeInvitation } from './api.ts';
import { invitationSummary } from './invitation-summary.ts';

/**
 * A person's way in, and what staff can do about it: invite someone never invited (or whose
 * invitation lapsed), send a fresh invitation, or withdraw an open one. No link is ever shown.
 */
export function InvitationControls({ person }: { person: PersonDetail }) {
  const invite = useInvitePeople();
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const [confirmingRevoke, setConfirmingRevoke] = useState(false);
  const name = `${person.firstName} ${person.lastName}`;

  const run = async (send: () => Promise<Parameters<typeof invitationSummary>[0]>) => {
    try {
      const outcome = await send();
      notifications.show({ color: outcome.invited > 0 ? 'green' : 'yellow', ...invitationSummary(outcome) });
    } catch (error) {
      notifications.show({ color: 'red', title: 'No invitation sent', message: errorMessage(error) });
    }
  };

  const canAct = person.mayChange && person.active && !person.hasPassword;
  return (
    <Group gap="sm" wrap="wrap">
      <AccessBadge access={person.access} />
      {person.invitationExpiresAt ? (
        <Text size="sm" c="dimmed">
          Link works until {formatDateTime(person.invitationExpiresAt)}
        </Text>
      ) : null}
      {canAct && person.access === 'INVITED' ? (
        <>
          <Button
            size="xs"
            variant="default"
            loading={resend.isPending}
            onClick={() => void run(() => resend.mutateAsync({ personId: person.id }))}
          >
            Resend invitation
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => setConfirmingRevoke(true)}>
            Revoke invitation
          </Button>
        </>
      ) : null}
      {canAct && person.access !== 'INVITED' ? (
        <Button
          size="xs"
          loading={invite.isPending}
          onClick={() => void run(() => invite.mutateAsync({ personIds: [person.id] }))}
        >
          Invite {person.firstName}
        </Button>
      ) : null}
      <ConfirmDialog
        opened={confirmingRevoke}
        title={`Revoke ${name}'s invitation?`}
        confirmLabel="Revoke invitation"
        pending={revoke.isPending}
        error={revoke.error}
        onClose={() => {
          setConfirmingRevoke(false);
          revoke.reset();
        }}
        onConfirm={async () => {
          try {
            await revoke.mutateAsync({ personId: person.id });
            setConfirmingRevoke(false);
            notifications.show({ message: `${name}'s invitation is revoked; its link no longer works.` });
          } catch {
            // The dialog shows the refusal (revoke.error) and stays open.
          }
        }}
      >
        The link in their email stops working at once. You can invite them again later.
      </ConfirmDialog>
    </Group>
  );
}
