import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  type MyProfile,
  type ProfileFields,
  UpdateMyProfileInput,
} from '@preceptor/domain/people/person-schemas';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { myProfileQuery, useUpdateMyProfile } from './api.ts';
import { PROFILE_FIELD_NAMES, ProfileInputs, profileFormValues } from './profile-fields.tsx';

export function MyProfilePage() {
  const trpc = useTRPC();
  const query = useQuery(myProfileQuery(trpc));
  return (
    <Stack gap="lg">
      <PageHeader
        title="Your profile"
        description="Matching reads it to suggest mentors and mentees who fit; your coordinator sees it."
      />
      <QueryState query={query} what="your profile">
        {(me) => <ProfileForm me={me} />}
      </QueryState>
    </Stack>
  );
}

function ProfileForm({ me }: { me: MyProfile }) {
  const save = useUpdateMyProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ProfileFields>({
    mode: 'uncontrolled',
    initialValues: profileFormValues(me.profile),
    validate: schemaResolver(UpdateMyProfileInput, { sync: true }),
  });
  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      try {
        await save.mutateAsync(values);
        notifications.show({ color: 'green', message: 'Your profile is saved.' });
      } catch (error) {
        const byField = fieldErrors(error);
        form.setErrors(byField);
        if (!PROFILE_FIELD_NAMES.some((name) => byField[name])) setFormError(errorMessage(error));
      }
    },
    (errors) => {
      const first = PROFILE_FIELD_NAMES.find((name) => errors[name]);
      if (first) form.getInputNode(first)?.focus();
    },
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={720}>
        <Text size="sm" c="dimmed">
          {me.firstName} {me.lastName} · {me.email} · {me.hospitalName ?? 'No hospital'} (staff change these)
        </Text>
        {formError ? (
          <Alert color="red" title="Your profile was not saved">
            {formError}
          </Alert>
        ) : null}
        <ProfileInputs form={form} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
