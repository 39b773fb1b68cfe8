import { Alert, Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { CreatePersonInput, type ProfileFields } from '@preceptor/domain/people/person-schemas';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { ProfileInputs } from './profile-fields.tsx';

export interface PersonFormValues {
  email: string;
  firstName: string;
  lastName: string;
  hospitalId: string;
  withProfile: boolean;
  profile: ProfileFields;
}

export function toPersonInput(values: PersonFormValues): CreatePersonInput {
  return {
    email: values.email,
    firstName: values.firstName,
    lastName: values.lastName,
    hospitalId: values.hospitalId,
    profile: values.withProfile ? values.profile : null,
  };
}

const FIELDS = ['email', 'firstName', 'lastName', 'hospitalId'] as const;

interface PersonFormProps {
  initialValues: PersonFormValues;
  submitLabel: string;
  /** Saves; throws the API's error so it shows next to its field. */
  onSubmit: (values: PersonFormValues) => Promise<void>;
  onCancel?: () => void;
}

/** Staff's form for a person: name, email, hospital and (optionally) the profile. */
export function PersonForm(props: PersonFormProps) {
  const trpc = useTRPC();
  const hospitals = useQuery(trpc.hospitals.list.queryOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const resolver = schemaResolver(CreatePersonInput, { sync: true });
  const form = useForm<PersonFormValues>({
    mode: 'controlled',
    initialValues: props.initialValues,
    validate: (values) => resolver(toPersonInput(values) as never),
  });
  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      setSaving(true);
      try {
        await props.onSubmit(values);
      } catch (error) {
        const byField = fieldErrors(error);
        const prefixed = Object.fromEntries(
          Object.entries(byField).map(([k, v]) => [FIELDS.includes(k as never) ? k : `profile.${k}`, v]),
        );
        form.setErrors(prefixed);
        if (Object.keys(byField).length === 0) setFormError(errorMessage(error));
      } finally {
        setSaving(false);
      }
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) form.getInputNode(first)?.focus();
    },
  );
  const options = (hospitals.data ?? [])
    .filter((h) => h.active)
    .map((h) => ({ value: h.id, label: `${h.name} (${h.code})` }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {formError ? (
          <Alert color="red" title="Nothing was saved">
            {formError}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="First name" required {...form.getInputProps('firstName')} />
          <TextInput label="Last name" required {...form.getInputProps('lastName')} />
          <TextInput label="Email" type="email" required {...form.getInputProps('email')} />
          <Select
            label="Hospital"
            required
            data={options}
            allowDeselect={false}
            {...form.getInputProps('hospitalId')}
            value={form.values.hospitalId || null}
            onChange={(value) => form.setFieldValue('hospitalId', value ?? '')}
          />
        </SimpleGrid>
        <Checkbox
          label="Fill in the profile now"
          {...form.getInputProps('withProfile', { type: 'checkbox' })}
        />
        {form.values.withProfile ? <ProfileInputs form={form} prefix="profile." /> : null}
        <Group justify="flex-end">
          {props.onCancel ? (
            <Button variant="default" onClick={props.onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={saving}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
