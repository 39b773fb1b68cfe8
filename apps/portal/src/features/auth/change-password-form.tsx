import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ChangePasswordInput } from '@preceptor/domain/auth/auth-schemas';
import { useMutation } from '@tanstack/react-query';
import { useSchemaForm } from '../../components/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm() {
  const trpc = useTRPC();
  const changePassword = useMutation(trpc.auth.changePassword.mutationOptions());
  // A refusal that is about no single field (e.g. too many attempts) is shown above the form.
  const { form, submit, saving, formError } = useSchemaForm<ChangePasswordInput>({
    initialValues: { currentPassword: '', newPassword: '' },
    schema: ChangePasswordInput,
    fields: FIELDS,
    focusRefusedField: true,
    onSubmit: (values) => changePassword.mutateAsync(values),
    onSaved: () => {
      form.reset();
      notifications.show({
        color: 'green',
        title: 'Password changed',
        message: 'You are still signed in here; other devices will need the new password.',
      });
    },
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={420}>
        {formError ? (
          <Alert color="red" title="Your password was not changed">
            {formError}
          </Alert>
        ) : null}
        {/* Toggle labels avoid the word "password", so each field is the only thing its label names. */}
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': 'Show what you typed' }}
          key={form.key('currentPassword')}
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description="At least 12 characters. A short sentence is easy to remember and hard to guess."
          autoComplete="new-password"
          required
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': 'Show what you typed' }}
          key={form.key('newPassword')}
          {...form.getInputProps('newPassword')}
        />
        <Group>
          <Button type="submit" loading={saving}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
