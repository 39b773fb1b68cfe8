import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import {
  type HospitalFields,
  HospitalFields as HospitalSchema,
} from '@preceptor/domain/hospitals/hospital-schemas';
import { useState } from 'react';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';

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
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<HospitalFields>({
    mode: 'uncontrolled',
    initialValues: props.initialValues,
    validate: schemaResolver(HospitalSchema, { sync: true }),
  });
  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      setSaving(true);
      try {
        await props.onSubmit(values);
        props.onClose();
      } catch (error) {
        const byField = fieldErrors(error);
        form.setErrors(byField);
        if (!FIELDS.some((f) => byField[f])) setFormError(errorMessage(error));
      } finally {
        setSaving(false);
      }
    },
    (errors) => {
      const first = FIELDS.find((f) => errors[f]);
      if (first) form.getInputNode(first)?.focus();
    },
  );
  return (
    <Modal opened onClose={props.onClose} title={props.title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {formError ? (
            <Alert color="red" title="The hospital was not saved">
              {formError}
            </Alert>
          ) : null}
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
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
