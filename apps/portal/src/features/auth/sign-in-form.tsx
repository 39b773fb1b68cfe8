import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { SignInInput } from '@preceptor/domain/auth/auth-schemas';
import { useMutation } from '@tanstack/react-query';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

interface SignInFormProps {
  onSignedIn: () => Promise<void> | void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const trpc = useTRPC();
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());
  const form = useForm<SignInInput>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    // The same schema the API parses with, so both sides agree on what is acceptable.
    validate: schemaResolver(SignInInput, { sync: true }),
  });

  const submit = form.onSubmit(
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

  return (
    <form onSubmit={submit} noValidate>
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
