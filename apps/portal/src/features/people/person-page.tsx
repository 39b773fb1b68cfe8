import { Alert, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PersonDetail, SetupLink } from '@preceptor/domain/people/person-schemas';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { Section } from '../../components/section.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { personQuery, useIssueSetupLink, useSetPersonActive, useUpdatePerson } from './api.ts';
import { InvitationControls } from './invitation-controls.tsx';
import { PersonForm, toPersonInput } from './person-form.tsx';
import { profileFormValues } from './profile-fields.tsx';
import { SetupLinkAlert } from './setup-link-alert.tsx';

export function PersonPage({ personId }: { personId: string }) {
  const { data: person } = useSuspenseQuery(personQuery(useTRPC(), personId));
  return <PersonView key={person.id} person={person} />;
}

function PersonView({ person }: { person: PersonDetail }) {
  const update = useUpdatePerson();
  const setActive = useSetPersonActive();
  const issue = useIssueSetupLink();
  const [link, setLink] = useState<SetupLink | null>(null);
  const name = `${person.firstName} ${person.lastName}`;

  const toggleActive = async () => {
    try {
      await setActive.mutateAsync({ personId: person.id, active: !person.active });
      notifications.show({
        message: person.active
          ? `${name} is deactivated: they cannot sign in, and their history is kept.`
          : `${name} can sign in again.`,
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Nothing changed', message: errorMessage(error) });
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={name}
        description={
          <Group gap="xs" component="span">
            <Text span c="dimmed">
              {person.email} · {person.hospitalName ?? 'No hospital'} · added {formatDate(person.createdAt)}
            </Text>
            {person.active ? null : (
              <Badge color="gray" variant="light">
                Deactivated {formatDate(person.deactivatedAt)}
              </Badge>
            )}
          </Group>
        }
        action={
          person.mayChange ? (
            <Group gap="xs">
              {person.active && person.hasPassword ? (
                <Button
                  variant="default"
                  loading={issue.isPending}
                  onClick={async () => {
                    try {
                      setLink(await issue.mutateAsync({ personId: person.id }));
                    } catch (error) {
                      notifications.show({
                        color: 'red',
                        title: 'No reset email sent',
                        message: errorMessage(error),
                      });
                    }
                  }}
                >
                  Email a password reset
                </Button>
              ) : null}
              <Button
                variant={person.active ? 'light' : 'filled'}
                color={person.active ? 'red' : undefined}
                loading={setActive.isPending}
                onClick={() => void toggleActive()}
              >
                {person.active ? 'Deactivate' : 'Reactivate'}
              </Button>
            </Group>
          ) : null
        }
      />
      <InvitationControls person={person} />
      {person.mayChange ? null : (
        <Alert color="gray" title="Only a network admin can change this account">
          <Text size="sm">
            {name} is a coordinator or network admin, so their account is kept from other staff.
          </Text>
        </Alert>
      )}
      {link ? <SetupLinkAlert link={link} name={name} /> : null}
      {person.mayChange ? (
        <Section title="Details and profile">
          <Paper withBorder p="md">
            <PersonForm
              submitLabel="Save changes"
              initialValues={{
                email: person.email,
                firstName: person.firstName,
                lastName: person.lastName,
                hospitalId: person.hospitalId ?? '',
                withProfile: person.profile !== null,
                profile: profileFormValues(person.profile),
              }}
              onSubmit={async (values) => {
                await update.mutateAsync({ personId: person.id, ...toPersonInput(values) });
                notifications.show({ color: 'green', message: `${name} is saved.` });
              }}
            />
          </Paper>
        </Section>
      ) : null}
      <Section title="Cohorts">
        {person.memberships.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not a member of any cohort.
          </Text>
        ) : (
          <Table aria-label={`Cohorts of ${name}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Cohort</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {person.memberships.map((m) => (
                <Table.Tr key={m.cohortId}>
                  <Table.Td>
                    <AnchorLink to="/cohorts/$cohortId" params={{ cohortId: m.cohortId }}>
                      {m.cohortName}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{m.role === 'MENTOR' ? `Mentor (up to ${m.capacity ?? 0})` : 'Mentee'}</Table.Td>
                  <Table.Td>{m.active ? 'Member' : 'Removed'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
    </Stack>
  );
}
