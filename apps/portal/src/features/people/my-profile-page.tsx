import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type MyProfile, UpdateMyProfileInput } from '@preceptor/domain/people/person-schemas';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useSchemaForm } from '../../components/use-schema-form.ts';
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
  const { form, submit, saving, formError } = useSchemaForm({
    initialValues: profileFormValues(me.profile),
    schema: UpdateMyProfileInput,
    fields: PROFILE_FIELD_NAMES,
    onSubmit: (values) => save.mutateAsync(values),
    onSaved: () => notifications.show({ color: 'green', message: 'Your profile is saved.' }),
  });
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
          <Button type="submit" loading={saving}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
