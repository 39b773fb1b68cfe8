import { Alert, Group, NumberInput, Paper, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  type CohortProgrammeSettings,
  ProgrammeSettings,
  REMINDER_SETTING_ROWS,
} from '@preceptor/domain/programme/programme-settings';
import { useSuspenseQuery } from '@tanstack/react-query';
import { SchemaForm } from '../../components/schema-form.tsx';
import { useSchemaForm } from '../../components/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { programmeSettingsQuery, useUpdateProgrammeSettings } from './api.ts';

const FIELDS = REMINDER_SETTING_ROWS.flatMap((row) => (row.days ? [row.enabled, row.days] : [row.enabled]));

/** The cohort page's Reminders tab: which reminders the cohort sends, and when. */
export function ReminderSettingsTab({ cohortId }: { cohortId: string }) {
  const { data } = useSuspenseQuery(programmeSettingsQuery(useTRPC(), cohortId));
  return <ReminderSettingsForm current={data} />;
}

function ReminderSettingsForm({ current }: { current: CohortProgrammeSettings }) {
  const update = useUpdateProgrammeSettings();
  const state = useSchemaForm<ProgrammeSettings>({
    initialValues: current.settings,
    schema: ProgrammeSettings,
    fields: FIELDS,
    mode: 'controlled',
    focusRefusedField: true,
    onSubmit: (settings) => update.mutateAsync({ cohortId: current.cohortId, settings }),
    onSaved: () => notifications.show({ color: 'green', message: 'Reminder settings saved.' }),
  });
  const { form } = state;

  return (
    <Stack gap="md">
      <Text>
        Preceptor sends these on its own, each in the portal and by email (people choose per kind how email
        reaches them). Times are in days.
        {current.customised ? null : ' This cohort uses the defaults.'}
      </Text>
      {current.readOnly ? (
        <Alert color="gray">This cohort is closed, so its reminders can no longer change.</Alert>
      ) : null}
      <SchemaForm
        state={state}
        failedTitle="The reminder settings were not saved"
        submitLabel="Save reminders"
      >
        <Stack gap="sm">
          {REMINDER_SETTING_ROWS.map((row) => (
            <Paper key={row.enabled} withBorder p="sm">
              <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
                <Switch
                  label={row.label}
                  disabled={current.readOnly}
                  key={form.key(row.enabled)}
                  {...form.getInputProps(row.enabled, { type: 'checkbox' })}
                />
                {row.days && row.daysLabel ? (
                  <NumberInput
                    label={row.daysLabel}
                    min={1}
                    max={365}
                    w={200}
                    allowDecimal={false}
                    disabled={current.readOnly || !form.getValues()[row.enabled]}
                    key={form.key(row.days)}
                    {...form.getInputProps(row.days)}
                  />
                ) : null}
              </Group>
            </Paper>
          ))}
        </Stack>
      </SchemaForm>
    </Stack>
  );
}
