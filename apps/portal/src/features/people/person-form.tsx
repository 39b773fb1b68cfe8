import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { CreatePersonInput, type ProfileFields } from '@preceptor/domain/people/person-schemas';
import { useQuery } from '@tanstack/react-query';
import { SchemaForm } from '../../components/schema-form.tsx';
import { useSchemaForm } from '../../components/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { hospitalsQuery } from '../hospitals/api.ts';
import { PROFILE_FIELD_NAMES, ProfileInputs } from './profile-fields.tsx';

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

const PERSON_FIELDS: readonly string[] = ['firstName', 'lastName', 'email', 'hospitalId'];
const FIELDS = [...PERSON_FIELDS, 'withProfile', ...PROFILE_FIELD_NAMES.map((field) => `profile.${field}`)];

/** The API names a profile's fields on their own ("specialty"); the form holds them under `profile.`. */
function personFieldOf(field: string): string {
  return PERSON_FIELDS.includes(field) || field.startsWith('profile.') ? field : `profile.${field}`;
}

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
  const hospitals = useQuery(hospitalsQuery(trpc));
  const personForm = useSchemaForm({
    mode: 'controlled',
    initialValues: props.initialValues,
    schema: CreatePersonInput,
    fields: FIELDS,
    toInput: toPersonInput,
    fieldOf: personFieldOf,
    onSubmit: props.onSubmit,
  });
  const { form } = personForm;
  const options = (hospitals.data ?? [])
    .filter((h) => h.active)
    .map((h) => ({ value: h.id, label: `${h.name} (${h.code})` }));

  return (
    <SchemaForm
      state={personForm}
      failedTitle="Nothing was saved"
      submitLabel={props.submitLabel}
      onCancel={props.onCancel}
    >
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
    </SchemaForm>
  );
}
