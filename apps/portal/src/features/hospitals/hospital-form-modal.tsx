import { SimpleGrid, TextInput } from '@mantine/core';
import {
  type HospitalFields,
  HospitalFields as HospitalSchema,
} from '@preceptor/domain/hospitals/hospital-schemas';
import { FormModal } from '../../components/form-modal.tsx';
import { useSchemaForm } from '../../components/use-schema-form.ts';

const FIELDS = ['name', 'code', 'city', 'state', 'timeZone'] as const;

interface HospitalFormModalProps {
  title: string;
  submitLabel: string;
  initialValues: HospitalFields;
  onClose: () => void;
  /** Saves; throws the API's error so it shows next to its field. */
  onSubmit: (values: HospitalFields) => Promise<void>;
}

export function HospitalFormModal(props: HospitalFormModalProps) {
  const hospitalForm = useSchemaForm({
    initialValues: props.initialValues,
    schema: HospitalSchema,
    fields: FIELDS,
    onSubmit: props.onSubmit,
    onSaved: props.onClose,
  });
  const { form } = hospitalForm;
  return (
    <FormModal
      title={props.title}
      size="lg"
      onClose={props.onClose}
      state={hospitalForm}
      failedTitle="The hospital was not saved"
      submitLabel={props.submitLabel}
    >
      <TextInput label="Name" required key={form.key('name')} {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Short code"
          description="2–10 letters or digits; used in CSV imports"
          required
          key={form.key('code')}
          {...form.getInputProps('code')}
        />
        <TextInput
          label="Time zone"
          description="e.g. America/Chicago"
          required
          key={form.key('timeZone')}
          {...form.getInputProps('timeZone')}
        />
        <TextInput label="City" required key={form.key('city')} {...form.getInputProps('city')} />
        <TextInput label="State" required key={form.key('state')} {...form.getInputProps('state')} />
      </SimpleGrid>
    </FormModal>
  );
}
