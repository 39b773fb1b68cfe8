import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { SignInInput } from '@preceptor/domain/auth/auth-schemas';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

type Schema = typeof SignInInput;

/**
 * The API's own schema, fetched when the person first focuses the form rather than with the page:
 * it brings zod (≈ 20 KB compressed), a tenth of what the sign-in page downloads otherwise. A
 * failed download is tried again on the next focus or submit.
 */
let schemaDownload: Promise<Schema> | null = null;
let loadedSchema: Schema | null = null;

function ensureSchema(): Promise<Schema> {
  schemaDownload ??= import('@preceptor/domain/auth/auth-schemas').then(
    (module) => {
      loadedSchema = module.SignInInput;
      return module.SignInInput;
    },
    (error: unknown) => {
      schemaDownload = null;
      throw error;
    },
  );
  return schemaDownload;
}

interface SignInFormProps {
  onSignedIn: () => Promise<void> | void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const trpc = useTRPC();
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());
  const form = useForm<SignInInput>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    // The same schema the API parses with, so both sides agree on what is acceptable. Submitting
    // waits for it (below), so it is always there when the form is validated.
    validate: (values) => (loadedSchema ? schemaResolver(loadedSchema, { sync: true })(values) : {}),
  });

  const validateAndSubmit = form.onSubmit(
    async (values) => {
      try {
        await signIn.mutateAsync(values);
      } catch (error) {
        form.setErrors(fieldErrors(error));
        return;
      }
      await onSignedIn();
    },
    (errors) => {
      // Put the keyboard where the first problem is.
      const first = Object.keys(errors)[0];
      if (first === 'email' || first === 'password') form.getInputNode(first)?.focus();
    },
  );
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await ensureSchema();
    } catch {
      // Offline or the file is gone: the API validates the same schema and answers field by field.
    }
    validateAndSubmit();
  };

  return (
    <form onSubmit={submit} onFocus={() => void ensureSchema().catch(() => undefined)} noValidate>
      <Stack gap="md">
        {signIn.isError ? (
          <Alert color="red" title="We could not sign you in">
            {errorMessage(signIn.error)}
          </Alert>
        ) : null}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          visibilityToggleFocusable
          // Mantine's default toggle label contains "password", which would make two things
          // answer to the label "Password" for assistive technology.
          visibilityToggleButtonProps={{ 'aria-label': 'Show what you typed' }}
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={signIn.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
