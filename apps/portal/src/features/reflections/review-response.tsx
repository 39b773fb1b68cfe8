import { Alert, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { ReviewView } from '@preceptor/domain/reflections/review-schemas';
import { useState } from 'react';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useRespondToReview } from './api.ts';

/**
 * The writer's answer to a review and the next step they agreed with their mentor. The writer can
 * write or change it; the mentor reads it.
 */
export function ReviewResponse({
  reflectionId,
  review,
  forWriter,
}: {
  reflectionId: string;
  review: ReviewView;
  forWriter: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const answer = review.response;
  if (!forWriter || (answer && !editing)) {
    if (!answer) return null;
    return (
      <Paper withBorder p="xs" bg="gray.0">
        <Stack gap={4}>
          <Title order={4} size="h6">
            {forWriter ? 'Your response' : 'The writer’s response'} · {formatDateTime(answer.respondedAt)}
          </Title>
          {answer.response ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {answer.response}
            </Text>
          ) : null}
          {answer.agreedNextStep ? (
            <Text size="sm">
              <strong>Agreed next step:</strong> {answer.agreedNextStep}
            </Text>
          ) : null}
          {forWriter ? (
            <Button
              size="compact-sm"
              variant="subtle"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => setEditing(true)}
            >
              Change your response
            </Button>
          ) : null}
        </Stack>
      </Paper>
    );
  }
  return <ResponseForm reflectionId={reflectionId} review={review} onDone={() => setEditing(false)} />;
}

function ResponseForm({
  reflectionId,
  review,
  onDone,
}: {
  reflectionId: string;
  review: ReviewView;
  onDone: () => void;
}) {
  const [response, setResponse] = useState(review.response?.response ?? '');
  const [nextStep, setNextStep] = useState(review.response?.agreedNextStep ?? '');
  const [missing, setMissing] = useState<string | null>(null);
  const respond = useRespondToReview(reflectionId);
  const serverFields = fieldErrors(respond.error);
  const submit = () => {
    if (response.trim() === '' && nextStep.trim() === '') {
      setMissing('Write a response or an agreed next step.');
      return;
    }
    setMissing(null);
    respond.mutate({ reviewId: review.id, response, agreedNextStep: nextStep }, { onSuccess: onDone });
  };
  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={`Your response to ${review.mentorName}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Textarea
        label="Your response"
        description="What you make of the feedback, or your answer to the question."
        autosize
        minRows={2}
        value={response}
        error={missing ?? serverFields.response}
        onChange={(event) => setResponse(event.currentTarget.value)}
      />
      <Textarea
        label="Next step you agreed with your mentor"
        autosize
        minRows={1}
        value={nextStep}
        error={serverFields.agreedNextStep}
        onChange={(event) => setNextStep(event.currentTarget.value)}
      />
      {respond.isError && Object.keys(serverFields).length === 0 ? (
        <Alert color="red" role="alert" title="Your response was not saved">
          {errorMessage(respond.error)}
        </Alert>
      ) : null}
      <Button type="submit" loading={respond.isPending} style={{ alignSelf: 'flex-start' }}>
        Save response
      </Button>
    </Stack>
  );
}
