import { Stack, Text, Title } from '@mantine/core';
import { EmptyNote } from '../../components/empty-note.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { rolesOf, useCurrentUser } from '../auth/index.ts';
import { CohortsSection } from '../cohorts/index.ts';
import { HospitalsSection } from '../hospitals/index.ts';
import { MyMenteesSection, MyMentorsSection } from '../matching/index.ts';
import { MyModulesSection } from '../modules/index.ts';
import { MyJournalSection, ReviewQueueSection } from '../reflections/index.ts';
import { RoleGroup } from './role-group.tsx';

/**
 * One home page for everyone: a block per role the person holds, each section loading on its
 * own. Someone who is a mentee in one cohort and a mentor in another sees both blocks.
 */
export function HomePage() {
  usePageTitle('Home');
  const user = useCurrentUser();
  const roles = rolesOf(user);
  const several = [roles.mentee, roles.mentor, roles.staff].filter(Boolean).length > 1;

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Welcome, {user.firstName}
        </Title>
        {user.hospitalName ? <Text c="dimmed">{user.hospitalName}</Text> : null}
      </Stack>

      {roles.mentee ? (
        <RoleGroup label={several ? 'As a mentee' : null}>
          <MyMentorsSection />
          <MyModulesSection limit={5} />
          <MyJournalSection limit={5} />
        </RoleGroup>
      ) : null}

      {roles.mentor ? (
        <RoleGroup label={several ? 'As a mentor' : null}>
          <MyMenteesSection limit={4} />
          <ReviewQueueSection limit={5} />
        </RoleGroup>
      ) : null}

      {roles.staff ? (
        <RoleGroup label={several ? 'Program administration' : null}>
          <HospitalsSection withLink />
          <CohortsSection withLink />
          <Text size="sm">
            Looking for someone? <AnchorLink to="/people">Browse and search people</AnchorLink>
          </Text>
        </RoleGroup>
      ) : null}

      {!roles.mentee && !roles.mentor && !roles.staff ? (
        <EmptyNote title="You are not in a program yet">
          Once a coordinator adds you to a cohort as a mentor or mentee, your mentorship, modules and journal
          appear here.
        </EmptyNote>
      ) : null}
    </Stack>
  );
}
