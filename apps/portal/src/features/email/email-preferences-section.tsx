import { Group, Paper, Radio, Stack, Text } from '@mantine/core';
import type { EmailDelivery } from '@preceptor/domain/notifications/email-kinds';
import type { EmailPreferenceRow } from '@preceptor/domain/notifications/email-schemas';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { emailPreferencesQuery, useSetEmailPreference } from './api.ts';

const CHOICES: { value: EmailDelivery; label: string }[] = [
  { value: 'in_app', label: 'In Preceptor only' },
  { value: 'email', label: 'Email at once' },
  { value: 'digest', label: 'Daily digest email' },
];

/**
 * How each kind of email reaches the person. Account emails (invitations, password resets) are
 * not listed: they always go by email, because without them nobody can get in.
 */
export function EmailPreferencesSection() {
  const trpc = useTRPC();
  const query = useQuery(emailPreferencesQuery(trpc));
  return (
    <Section title="Emails">
      <Text size="sm" c="dimmed">
        Everything also appears under Notifications in Preceptor. Choose which of it you want by email: at
        once, gathered into one email a day, or not at all.
      </Text>
      <QueryState query={query} what="your email choices">
        {(preferences) => (
          <Paper withBorder p="md">
            <Stack gap="lg">
              {preferences.map((preference) => (
                <PreferenceChoice key={preference.kind} preference={preference} />
              ))}
            </Stack>
          </Paper>
        )}
      </QueryState>
    </Section>
  );
}

function PreferenceChoice({ preference }: { preference: EmailPreferenceRow }) {
  const save = useSetEmailPreference();
  const shown =
    save.isPending && save.variables?.kind === preference.kind
      ? save.variables.delivery
      : preference.delivery;
  return (
    <Radio.Group
      label={preference.label}
      value={shown}
      onChange={(value) => save.mutate({ kind: preference.kind, delivery: value as EmailDelivery })}
    >
      <Group gap="lg" mt="xs" wrap="wrap">
        {CHOICES.map((choice) => (
          <Radio key={choice.value} value={choice.value} label={choice.label} disabled={save.isPending} />
        ))}
      </Group>
    </Radio.Group>
  );
}
