import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { PageHeader } from '../../components/page-header.tsx';
import { Section } from '../../components/section.tsx';
import { EmailPreferencesSection } from '../email/index.ts';
import { ChangePasswordForm } from './change-password-form.tsx';
import { useCurrentUser } from './current-user.ts';
import { fullName, roleSummary } from './roles.ts';

export function AccountPage() {
  const user = useCurrentUser();
  return (
    <Stack gap="xl">
      <PageHeader
        title="Your account"
        description="Your details, which emails you get, and how you sign in."
      />
      <Section title="Your details">
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
            <Detail term="Name" value={fullName(user)} />
            <Detail term="Email" value={user.email} />
            <Detail term="Hospital" value={user.hospitalName ?? 'Not attached to a hospital'} />
            <Detail term="Roles" value={roleSummary(user) || 'None yet'} />
          </SimpleGrid>
        </Paper>
      </Section>
      <EmailPreferencesSection />
      <Section title="Change password">
        <ChangePasswordForm />
      </Section>
    </Stack>
  );
}

function Detail({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
}
