import { Alert, Checkbox, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  AnswerCheckInInput,
  CHECK_IN_OCCASION_LABELS,
  MATCH_WORKING_LABELS,
  MatchWorking,
  MEETING_FREQUENCY_LABELS,
  MeetingFrequency,
  type MyCheckIn,
  NOT_WORKING_CONSENT,
} from '@preceptor/domain/programme/check-in-schemas';
import { useSuspenseQuery } from '@tanstack/react-query';
import { PageHeader } from '../../components/page-header.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { SchemaForm } from '../../components/schema-form.tsx';
import { useSchemaForm } from '../../components/use-schema-form.ts';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { checkInQuery, useAnswerCheckIn } from './api.ts';

const FIELDS = ['satisfaction', 'meetingFrequency', 'working', 'comment', 'shareComment'] as const;

interface Values {
  checkInId: string;
  satisfaction: string;
  meetingFrequency: string;
  working: string;
  comment: string;
  shareComment: boolean;
}

/** One person's own check-in on a match: four questions, about a minute. */
export function CheckInPage({ checkInId }: { checkInId: string }) {
  const { data } = useSuspenseQuery(checkInQuery(useTRPC(), checkInId));
  return (
    <Stack gap="lg" maw={640}>
      <PageHeader
        title={`How is your match with ${data.otherName} going?`}
        description={`${data.myRole === 'MENTOR' ? 'Your mentee' : 'Your mentor'} in ${data.cohortName} · ${CHECK_IN_OCCASION_LABELS[data.occasion]}`}
      />
      {data.answeredAt ? (
        <Alert color="green" title="Thank you">
          You answered this check-in on {formatDate(data.answeredAt)}.
        </Alert>
      ) : (
        <CheckInForm checkIn={data} />
      )}
      <AnchorLink to="/check-ins" size="sm">
        All my check-ins
      </AnchorLink>
    </Stack>
  );
}

const toInput = (values: Values) => ({
  ...values,
  satisfaction: values.satisfaction === '' ? undefined : Number(values.satisfaction),
  meetingFrequency: values.meetingFrequency || undefined,
  working: values.working || undefined,
});

function CheckInForm({ checkIn }: { checkIn: MyCheckIn }) {
  const answer = useAnswerCheckIn();
  const state = useSchemaForm<Values>({
    initialValues: {
      checkInId: checkIn.id,
      satisfaction: '',
      meetingFrequency: '',
      working: '',
      comment: '',
      shareComment: false,
    },
    schema: AnswerCheckInInput,
    fields: FIELDS,
    mode: 'controlled',
    focusRefusedField: true,
    toInput,
    onSubmit: async (values) => {
      const { concernRaised } = await answer.mutateAsync(AnswerCheckInInput.parse(toInput(values)));
      notifications.show({
        color: 'green',
        message: concernRaised
          ? 'Thank you. We passed on that your match is not working; your coordinators will be in touch.'
          : 'Thank you for your answers.',
      });
    },
  });
  const { form } = state;

  return (
    <SchemaForm state={state} failedTitle="Your answers were not saved" submitLabel="Send my answers">
      <Text size="sm" c="dimmed">
        Your answers are yours: the programme team sees them only pooled with at least two other people’s,
        never on their own, and {checkIn.myRole === 'MENTOR' ? 'your mentee' : 'your mentor'} never sees them.
      </Text>
      <Radio.Group
        label="How satisfied are you with your match?"
        description="1 is not at all, 5 is very"
        required
        key={form.key('satisfaction')}
        {...form.getInputProps('satisfaction')}
      >
        <Group mt="xs" gap="lg">
          {['1', '2', '3', '4', '5'].map((n) => (
            <Radio key={n} value={n} label={n} />
          ))}
        </Group>
      </Radio.Group>
      <Radio.Group
        label="How often do you meet?"
        required
        key={form.key('meetingFrequency')}
        {...form.getInputProps('meetingFrequency')}
      >
        <Stack mt="xs" gap="xs">
          {MeetingFrequency.options.map((option) => (
            <Radio key={option} value={option} label={MEETING_FREQUENCY_LABELS[option]} />
          ))}
        </Stack>
      </Radio.Group>
      <Radio.Group
        label="Is this match working for you?"
        description={NOT_WORKING_CONSENT}
        required
        key={form.key('working')}
        {...form.getInputProps('working')}
      >
        <Stack mt="xs" gap="xs">
          {MatchWorking.options.map((option) => (
            <Radio key={option} value={option} label={MATCH_WORKING_LABELS[option]} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label="Anything you want to add? (optional)"
        autosize
        minRows={3}
        maxLength={2000}
        key={form.key('comment')}
        {...form.getInputProps('comment')}
      />
      <Checkbox
        label="Share my comment with the programme team"
        description="Unticked, your comment stays private: nobody else reads it."
        key={form.key('shareComment')}
        {...form.getInputProps('shareComment', { type: 'checkbox' })}
      />
    </SchemaForm>
  );
}
