import { Alert, Button, Group, Modal, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  MEETING_MAX_MINUTES,
  MEETING_MIN_MINUTES,
  MEETING_NOTES_MAX_LENGTH,
} from '@preceptor/domain/meetings/meeting-schemas';
import dayjs from 'dayjs';
import { useState } from 'react';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';
import {
  formFieldErrors,
  MEETING_FIELDS,
  type MeetingFormValues,
  meetingDetailsOf,
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
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<MeetingFormValues>({
    mode: 'uncontrolled',
    initialValues: props.initialValues,
    validate: (values) => validateMeeting(values, props.startedAt),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      setSaving(true);
      try {
        await props.onSubmit(meetingDetailsOf(values));
      } catch (error) {
        const byField = formFieldErrors(fieldErrors(error), values);
        form.setErrors(byField);
        if (!MEETING_FIELDS.some((field) => byField[field])) setFormError(errorMessage(error));
        return;
      } finally {
        setSaving(false);
      }
      props.onClose();
    },
    (errors) => {
      const firstField = MEETING_FIELDS.find((field) => errors[field]);
      if (firstField) form.getInputNode(firstField)?.focus();
    },
  );

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {formError ? (
            <Alert color="red" title="The meeting was not saved">
              {formError}
            </Alert>
          ) : null}
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
