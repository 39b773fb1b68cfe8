import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { SetPasswordInput } from '@preceptor/domain/people/person-schemas';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { AnchorLink } from '../../components/router-links.tsx';
import { useSchemaForm } from '../../components/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

/** The public page a one-time link opens: choose a password, then sign in with it. */
export function SetPasswordPage({ token }: { token: string }) {
  usePageTitle('Set your password');
  const trpc = useTRPC();
  const setPassword = useMutation(trpc.auth.setPassword.mutationOptions());
  const [done, setDone] = useState(false);
  const { form, submit, saving, formError } = useSchemaForm<SetPasswordInput>({
    initialValues: { token, password: '' },
    schema: SetPasswordInput,
    fields: ['password'],
    hiddenFields: ['token'],
    focusRefusedField: true,
    onSubmit: (values) => setPassword.mutateAsync(values),
    onSaved: () => setDone(true),
  });
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" w="100%" maw={440} component="main">
        <Stack gap="md">
          <Title order={1} size="h2">
            Set your password
          </Title>
          {done ? (
            <>
              <Text>Your password is set.</Text>
              <AnchorLink to="/sign-in">Sign in</AnchorLink>
            </>
          ) : (
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                {formError ? (
                  <Alert color="red" title="Your password was not set">
                    {formError}
                  </Alert>
                ) : null}
                <PasswordInput
                  label="New password"
                  description="At least 12 characters. A short sentence is easy to remember and hard to guess."
                  autoComplete="new-password"
                  required
                  visibilityToggleButtonProps={{ 'aria-label': 'Show password' }}
                  key={form.key('password')}
                  {...form.getInputProps('password')}
                />
                <Button type="submit" loading={saving}>
                  Set password
                </Button>
                <Text size="xs" c="dimmed">
                  Already set it?{' '}
                  <AnchorLink to="/sign-in" underline="always">
                    Sign in
                  </AnchorLink>
                  .
                </Text>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
