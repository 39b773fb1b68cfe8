import { Group, NumberInput, Textarea, TextInput } from '@mantine/core';
import {
  MEETING_MAX_MINUTES,
  MEETING_MIN_MINUTES,
  MEETING_NOTES_MAX_LENGTH,
  MeetingDetails,
} from '@preceptor/domain/meetings/meeting-schemas';
import dayjs from 'dayjs';
import { FormModal } from '../../components/form-modal.tsx';
import { useSchemaForm } from '../../components/use-schema-form.ts';
import {
  MEETING_FIELDS,
  type MeetingFormValues,
  meetingDetailsOf,
  meetingFieldOf,
  validateMeeting,
} from './meeting-form-values.ts';

interface MeetingFormModalProps {
  opened: boolean;
  title: string;
  submitLabel: string;
  initialValues: MeetingFormValues;
  /** When the match began: the earliest date offered. */
  startedAt: Date;
  onClose: () => void;
  /** Saves; throws the API's error so the form can show it at its field. */
  onSubmit: (details: ReturnType<typeof meetingDetailsOf>) => Promise<void>;
}

/** Log or edit one meeting: when, how long, and notes only the pair will read. */
export function MeetingFormModal(props: MeetingFormModalProps) {
  const meetingForm = useSchemaForm({
    initialValues: props.initialValues,
    schema: MeetingDetails,
    fields: MEETING_FIELDS,
    toInput: meetingDetailsOf,
    fieldOf: meetingFieldOf,
    rules: (values) => validateMeeting(values, props.startedAt),
    onSubmit: (values) => props.onSubmit(meetingDetailsOf(values)),
    onSaved: props.onClose,
  });
  const { form } = meetingForm;

  return (
    <FormModal
      opened={props.opened}
      title={props.title}
      onClose={props.onClose}
      state={meetingForm}
      failedTitle="The meeting was not saved"
      submitLabel={props.submitLabel}
    >
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label="Date"
          required
          min={dayjs(props.startedAt).format('YYYY-MM-DD')}
          max={dayjs().format('YYYY-MM-DD')}
          key={form.key('date')}
          {...form.getInputProps('date')}
          data-autofocus
        />
        <TextInput
          type="time"
          label="Start time"
          required
          key={form.key('time')}
          {...form.getInputProps('time')}
        />
      </Group>
      <NumberInput
        label="Length in minutes"
        description={`From ${MEETING_MIN_MINUTES} to ${MEETING_MAX_MINUTES} minutes`}
        required
        min={MEETING_MIN_MINUTES}
        max={MEETING_MAX_MINUTES}
        step={5}
        allowDecimal={false}
        clampBehavior="none"
        key={form.key('durationMinutes')}
        {...form.getInputProps('durationMinutes')}
      />
      <Textarea
        label="Notes"
        description="Only you and the other person in this match can read them; program staff see only that you met."
        autosize
        minRows={3}
        maxRows={12}
        maxLength={MEETING_NOTES_MAX_LENGTH}
        key={form.key('notes')}
        {...form.getInputProps('notes')}
      />
    </FormModal>
  );
}
