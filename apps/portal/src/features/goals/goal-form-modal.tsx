import { Select, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { earliestTargetDate, targetDateProblem } from '@preceptor/domain/goals/goal-dates';
import { GoalFields, type GoalMentorOption } from '@preceptor/domain/goals/goal-schemas';
import { FormModal } from '../../components/form-modal.tsx';
import { useSchemaForm } from '../../components/use-schema-form.ts';

export interface GoalFormValues {
  title: string;
  description: string;
  /** YYYY-MM-DD, as DateInput gives it, or null for no target date. */
  targetDate: string | null;
  /** The match to share the goal with, or ONLY_ME. */
  matchId: string;
}

const FIELDS = ['title', 'description', 'targetDate', 'matchId'] as const;
export const ONLY_ME = 'only-me';

export function toGoalFields(values: GoalFormValues): GoalFields {
  return {
    title: values.title,
    description: values.description,
    targetDate: values.targetDate || null,
    matchId: values.matchId === ONLY_ME ? null : values.matchId,
  };
}

interface GoalFormModalProps {
  title: string;
  submitLabel: string;
  initialValues: GoalFormValues;
  mentors: GoalMentorOption[];
  /** An edit may keep the date it had (an overdue goal); a new date must be from today on. */
  keepsDate?: string | null;
  onClose: () => void;
  /** Saves; throws the API's error so the form can show it next to its field. */
  onSubmit: (fields: GoalFields) => Promise<void>;
}

export function GoalFormModal(props: GoalFormModalProps) {
  const goalForm = useSchemaForm({
    initialValues: props.initialValues,
    schema: GoalFields,
    fields: FIELDS,
    toInput: toGoalFields,
    rules: (values) => {
      const date = values.targetDate || null;
      const dateProblem = date === props.keepsDate ? null : targetDateProblem(date, new Date());
      return dateProblem ? { targetDate: dateProblem } : {};
    },
    onSubmit: (values) => props.onSubmit(toGoalFields(values)),
    onSaved: props.onClose,
  });
  const { form } = goalForm;

  const kept = props.initialValues.matchId;
  const options = [
    { value: ONLY_ME, label: 'Only me' },
    ...props.mentors.map((m) => ({ value: m.matchId, label: `${m.mentorName} (${m.cohortName})` })),
    // A goal shared with a mentor whose match has ended keeps that link until changed.
    ...(kept !== ONLY_ME && !props.mentors.some((m) => m.matchId === kept)
      ? [{ value: kept, label: 'A past mentor' }]
      : []),
  ];

  return (
    <FormModal
      title={props.title}
      size="lg"
      onClose={props.onClose}
      state={goalForm}
      failedTitle="The goal was not saved"
      submitLabel={props.submitLabel}
    >
      <TextInput
        label="Goal"
        required
        data-autofocus
        key={form.key('title')}
        {...form.getInputProps('title')}
      />
      <Textarea
        label="Details"
        description="What achieving it looks like, or the steps on the way"
        autosize
        minRows={2}
        key={form.key('description')}
        {...form.getInputProps('description')}
      />
      <DateInput
        label="Target date"
        description="Optional"
        clearable
        clearButtonProps={{ 'aria-label': 'Clear target date' }}
        minDate={earliestTargetDate(new Date())}
        valueFormat="D MMM YYYY"
        placeholder="Pick a day"
        key={form.key('targetDate')}
        {...form.getInputProps('targetDate')}
      />
      <Select
        label="Share with"
        description="A mentor you share a goal with can read it, never change it"
        data={options}
        allowDeselect={false}
        key={form.key('matchId')}
        {...form.getInputProps('matchId')}
      />
    </FormModal>
  );
}
