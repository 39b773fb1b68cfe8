import { Group, MultiSelect, Textarea, TextInput } from '@mantine/core';
import { CreateCohortInput } from '@preceptor/domain/cohorts/cohort-admin-schemas';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { FormModal } from '../../components/form-modal.tsx';
import { useSchemaForm } from '../../components/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { hospitalsQuery } from '../hospitals/api.ts';

export interface CohortFormValues {
  name: string;
  description: string;
  hospitalIds: string[];
  /** YYYY-MM-DD, as the date inputs give them. */
  startDate: string;
  endDate: string;
}

const FIELDS = ['name', 'hospitalIds', 'startDate', 'endDate', 'description'] as const;

/** Dates are calendar days: noon UTC keeps them the same day in every partner's time zone. */
function toDay(value: string): Date | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : undefined;
}

export function toCohortInput(values: CohortFormValues) {
  return {
    name: values.name,
    description: values.description.trim() || null,
    hospitalIds: values.hospitalIds,
    startDate: toDay(values.startDate) as Date,
    endDate: toDay(values.endDate) as Date,
  };
}

export function dayValue(date: Date): string {
  return dayjs(date).format('YYYY-MM-DD');
}

interface CohortFormModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  initialValues: CohortFormValues;
  /** Saves; throws the API's error so the form can show it next to its field. */
  onSubmit: (values: CohortFormValues) => Promise<void>;
}

export function CohortFormModal(props: CohortFormModalProps) {
  const trpc = useTRPC();
  const hospitals = useQuery(hospitalsQuery(trpc));
  const cohortForm = useSchemaForm({
    initialValues: props.initialValues,
    schema: CreateCohortInput,
    fields: FIELDS,
    toInput: toCohortInput,
    onSubmit: props.onSubmit,
    onSaved: props.onClose,
  });
  const { form } = cohortForm;

  const options = (hospitals.data ?? [])
    .filter((h) => h.active || props.initialValues.hospitalIds.includes(h.id))
    .map((h) => ({ value: h.id, label: `${h.name} (${h.code})` }));

  return (
    <FormModal
      opened={props.opened}
      title={props.title}
      size="lg"
      onClose={props.onClose}
      state={cohortForm}
      failedTitle="The cohort was not saved"
      submitLabel={props.submitLabel}
    >
      <TextInput label="Name" required key={form.key('name')} {...form.getInputProps('name')} />
      <MultiSelect
        label="Hospitals"
        description="One or several partner hospitals"
        required
        data={options}
        searchable
        key={form.key('hospitalIds')}
        {...form.getInputProps('hospitalIds')}
      />
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label="Start date"
          required
          key={form.key('startDate')}
          {...form.getInputProps('startDate')}
        />
        <TextInput
          type="date"
          label="End date"
          required
          key={form.key('endDate')}
          {...form.getInputProps('endDate')}
        />
      </Group>
      <Textarea
        label="Description"
        autosize
        minRows={2}
        key={form.key('description')}
        {...form.getInputProps('description')}
      />
    </FormModal>
  );
}
