import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { REFLECT_CRITERIA } from '@preceptor/domain/reflections/reflect-rubric';
import type { ReflectionView } from '@preceptor/domain/reflections/reflection-io-schemas';
import type { ReviewOutcome } from '@preceptor/domain/reflections/review-schemas';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';
import { useReviewReflection } from './api.ts';
import { commentElementId, type PassageLinks } from './comment-passages.ts';
import { CriterionRatingField } from './criterion-rating-field.tsx';
import { OverallLevelField } from './overall-level-field.tsx';
import { draftProblems, type ReviewDraftState, reviewInputOf } from './review-draft.ts';
import { ReviewStrengthFields } from './review-strength-fields.tsx';

export interface AnchoredComment {
  anchorStart: number;
  anchorEnd: number;
  anchorText: string;
  body: string;
}

/** A comment being written has no id yet: its passage names it (two on one passage are one). */
export const draftCommentId = (comment: AnchoredComment) =>
  `draft-${comment.anchorStart}-${comment.anchorEnd}`;

interface ReviewFormProps {
  reflection: ReflectionView;
  /** The plain text of the version under review: a quoted strength must come from it. */
  text: string;
  review: ReviewDraftState;
  comments: AnchoredComment[];
  onCommentsChange: (comments: AnchoredComment[]) => void;
  passages: PassageLinks;
}

/**
 * The mentor's review: the REFLECT rubric per criterion (the overall level follows), a quoted
 * strength, a question, any concern, comments, and whether it is done or needs a revision.
 */
export function ReviewForm({
  reflection,
  text,
  review: draftState,
  comments,
  onCommentsChange,
  passages,
}: ReviewFormProps) {
  const navigate = useNavigate();
  const { draft, update } = draftState;
  // Checked once the mentor first tries to send, then again as they answer, so marks clear as they go.
  const [attempted, setAttempted] = useState<ReviewOutcome | null>(null);
  const review = useReviewReflection();
  const serverFields = fieldErrors(review.error);
  const problemsFor = (outcome: ReviewOutcome) => {
    const problems = draftProblems(draft, text, outcome);
    comments.forEach((c, i) => {
      if (c.body.trim() === '') problems[`comment${i}`] = 'Write the comment, or remove it.';
    });
    return problems;
  };
  const missing = attempted ? problemsFor(attempted) : {};
  // This browser's own checks first; the server's field errors where it found something more.
  const errors: Record<string, string | undefined> = { ...serverFields, ...missing };

  const submit = (outcome: ReviewOutcome) => {
    setAttempted(outcome);
    const problems = problemsFor(outcome);
    const input = reviewInputOf(draft, reflection, outcome);
    if (!input || Object.keys(problems).length > 0) return;
    review.mutate(
      { ...input, comments: comments.map((c) => ({ ...c, body: c.body.trim() })) },
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'green',
            message:
              result.status === 'REVIEWED'
                ? `Review sent to ${reflection.authorName}.`
                : `Revision requested from ${reflection.authorName}.`,
          });
          void navigate({ to: '/reviews' });
        },
      },
    );
  };

  return (
    <Stack gap="md" component="form" aria-label="Your review" onSubmit={(event) => event.preventDefault()}>
      {comments.length > 0 ? (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            Comments on passages
          </Text>
          {comments.map((comment, index) => (
            <Paper
              key={draftCommentId(comment)}
              id={commentElementId(draftCommentId(comment))}
              withBorder
              p="xs"
            >
              <Stack gap={4}>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  “{comment.anchorText}”
                </Text>
                <Textarea
                  label={`Comment on “${comment.anchorText.slice(0, 40)}${comment.anchorText.length > 40 ? '…' : ''}”`}
                  autosize
                  minRows={2}
                  value={comment.body}
                  error={errors[`comment${index}`]}
                  onChange={(event) => {
                    const body = event.currentTarget.value;
                    onCommentsChange(comments.map((c, i) => (i === index ? { ...c, body } : c)));
                  }}
                />
                <Group gap="xs" wrap="wrap">
                  <Button size="xs" variant="subtle" onClick={() => passages.show(draftCommentId(comment))}>
                    Show passage in the text
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => onCommentsChange(comments.filter((_, i) => i !== index))}
                  >
                    Remove this comment
                  </Button>
                </Group>
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : null}
      <Stack gap="md" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Title order={2} size="h4" component="legend">
          REFLECT rubric
        </Title>
        {REFLECT_CRITERIA.map((guide) => (
          <CriterionRatingField
            key={guide.criterion}
            guide={guide}
            value={draft.criteria[guide.criterion]}
            onChange={(level) => update({ criteria: { ...draft.criteria, [guide.criterion]: level } })}
            error={errors[`criteria.${guide.criterion}`]}
          />
        ))}
      </Stack>
      <OverallLevelField draft={draft} update={update} errors={errors} />
      <ReviewStrengthFields draft={draft} update={update} errors={errors} />
      <Textarea
        label="Anything else (optional)"
        autosize
        minRows={3}
        value={draft.generalComment}
        error={errors.generalComment}
        onChange={(event) => update({ generalComment: event.currentTarget.value })}
      />
      {Object.keys(missing).length > 0 ? (
        <Alert color="red" role="alert" title="Some answers are missing">
          The fields marked in red need an answer before the review can be sent.
        </Alert>
      ) : null}
      {review.isError ? (
        <Alert color="red" role="alert" title="The review was not sent">
          {errorMessage(review.error)}
        </Alert>
      ) : null}
      <Group gap="sm" wrap="wrap">
        <Button variant="default" loading={review.isPending} onClick={() => submit('REVISION_REQUESTED')}>
          Request a revision
        </Button>
        <Button loading={review.isPending} onClick={() => submit('REVIEWED')}>
          Mark reviewed
        </Button>
      </Group>
    </Stack>
  );
}
