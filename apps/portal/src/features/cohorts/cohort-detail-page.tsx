import { Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { CohortDetail } from '@preceptor/domain/cohorts/cohort-admin-schemas';
import { useSuspenseQuery } from '@tanstack/react-query';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DownloadButton } from '../../components/download-buttons.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { cohortQuery, cohortSummaryPdfHref, useSetCohortStatus, useUpdateCohort } from './api.ts';
import { CohortFormModal, dayValue, toCohortInput } from './cohort-form.tsx';
import { CohortStatusBadge } from './cohort-status.tsx';
import { COHORT_TABS } from './cohort-tabs.tsx';

const STATUS_ACTION: Record<CohortDetail['status'], string> = {
  DRAFT: 'Move back to draft',
  ACTIVE: 'Activate cohort',
  CLOSED: 'Close cohort',
};

export function CohortDetailPage({ cohortId }: { cohortId: string }) {
  const { data: cohort } = useSuspenseQuery(cohortQuery(useTRPC(), cohortId));
  return <CohortView cohort={cohort} />;
}

function CohortView({ cohort }: { cohort: CohortDetail }) {
  const [editing, { open, close }] = useDisclosure(false);
  const [confirmingClose, confirmClose] = useDisclosure(false);
  const update = useUpdateCohort();
  const setStatus = useSetCohortStatus();

  const changeStatus = (status: CohortDetail['status']) => {
    const run = async () => {
      try {
        await setStatus.mutateAsync({ cohortId: cohort.id, status });
        notifications.show({ color: 'green', message: `${cohort.name} is now ${status.toLowerCase()}.` });
      } catch (error) {
        notifications.show({
          color: 'red',
          title: 'The status did not change',
          message: errorMessage(error),
        });
      }
    };
    if (status === 'CLOSED') confirmClose.open();
    else void run();
  };
  const closeCohort = async () => {
    confirmClose.close();
    try {
      await setStatus.mutateAsync({ cohortId: cohort.id, status: 'CLOSED' });
      notifications.show({ color: 'green', message: `${cohort.name} is now closed.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'The cohort was not closed', message: errorMessage(error) });
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={cohort.name}
        description={
          <Group gap="xs" component="span">
            <CohortStatusBadge status={cohort.status} />
            <Text span c="dimmed">
              {formatDate(cohort.startDate)} – {formatDate(cohort.endDate)} ·{' '}
              {cohort.hospitals.map((h) => h.name).join(', ')}
            </Text>
          </Group>
        }
        action={
          <Group gap="xs">
            <DownloadButton href={cohortSummaryPdfHref(cohort.id)} label="Download summary (PDF)" />
            {cohort.readOnly ? null : (
              <Button variant="default" onClick={open}>
                Edit cohort
              </Button>
            )}
            {cohort.nextStatuses.map((status) => (
              <Button
                key={status}
                variant={status === 'CLOSED' ? 'light' : 'filled'}
                color={status === 'CLOSED' ? 'red' : undefined}
                loading={setStatus.isPending}
                onClick={() => changeStatus(status)}
              >
                {STATUS_ACTION[status]}
              </Button>
            ))}
            <AnchorLink to="/cohorts/$cohortId/matching" params={{ cohortId: cohort.id }}>
              Matching
            </AnchorLink>
          </Group>
        }
      />
      {cohort.readOnly ? (
        <Text size="sm" c="dimmed">
          This cohort is closed and read-only.
        </Text>
      ) : null}
      {cohort.description ? <Text>{cohort.description}</Text> : null}
      <Tabs defaultValue={COHORT_TABS[0]?.value} keepMounted={false}>
        <Tabs.List>
          {COHORT_TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {COHORT_TABS.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="md">
            {tab.panel(cohort)}
          </Tabs.Panel>
        ))}
      </Tabs>
      <ConfirmDialog
        opened={confirmingClose}
        title={`Close ${cohort.name}?`}
        confirmLabel="Close cohort"
        cancelLabel="Keep it open"
        onClose={confirmClose.close}
        onConfirm={() => void closeCohort()}
      >
        A closed cohort is read-only: its members, matches and dates can no longer change.
      </ConfirmDialog>
      {editing ? (
        <CohortFormModal
          opened
          onClose={close}
          title={`Edit ${cohort.name}`}
          submitLabel="Save changes"
          initialValues={{
            name: cohort.name,
            description: cohort.description ?? '',
            hospitalIds: cohort.hospitals.map((h) => h.id),
            startDate: dayValue(cohort.startDate),
            endDate: dayValue(cohort.endDate),
          }}
          onSubmit={async (values) => {
            await update.mutateAsync({ cohortId: cohort.id, ...toCohortInput(values) });
            notifications.show({ color: 'green', message: 'Cohort saved.' });
          }}
        />
      ) : null}
    </Stack>
  );
}
