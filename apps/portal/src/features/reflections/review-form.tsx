import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  REFLECT_LEARNING_LABELS,
  type ReflectLearning,
  type ReflectLevel,
} from '@preceptor/domain/reflections/reflect-rubric';
import type { ReflectionView, ReviewOutcome } from '@preceptor/domain/reflections/reflection-io-schemas';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';
import { useReviewReflection } from './api.ts';
import { commentElementId, type PassageLinks } from './comment-passages.ts';
import { ReviewLevelField } from './review-level-field.tsx';

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
  comments: AnchoredComment[];
  onCommentsChange: (comments: AnchoredComment[]) => void;
  passages: PassageLinks;
}

const LEARNING_OPTIONS: ReflectLearning[] = ['TRANSFORMATIVE', 'CONFIRMATORY', 'NONE'];

/** The mentor's review: a REFLECT level, comments, and whether it is done or needs a revision. */
export function ReviewForm({ reflection, comments, onCommentsChange, passages }: ReviewFormProps) {
  const navigate = useNavigate();
  const [level, setLevel] = useState<ReflectLevel | null>(null);
  const [learning, setLearning] = useState<ReflectLearning>('NONE');
  const [generalComment, setGeneralComment] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const review = useReviewReflection();
  const serverFields = fieldErrors(review.error);

  const submit = (outcome: ReviewOutcome) => {
    const problems: Record<string, string> = {};
    if (!level) problems.level = 'Choose a REFLECT level.';
    if (generalComment.trim() === '') problems.generalComment = 'Write a general comment for the writer.';
    comments.forEach((c, i) => {
      if (c.body.trim() === '') problems[`comment${i}`] = 'Write the comment, or remove it.';
    });
    setMissing(problems);
    if (!level || Object.keys(problems).length > 0) return;
    review.mutate(
      {
        reflectionId: reflection.id,
        reflectionVersion: reflection.version,
        level,
        learning,
        generalComment,
        comments: comments.map((c) => ({ ...c, body: c.body.trim() })),
        outcome,
      },
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
                  error={missing[`comment${index}`]}
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
      <ReviewLevelField value={level} onChange={setLevel} error={missing.level ?? serverFields.level} />
      <Radio.Group
        label="Learning shown"
        value={learning}
        onChange={(next) => setLearning(next as ReflectLearning)}
      >
        <Stack gap="xs" mt="xs">
          {LEARNING_OPTIONS.map((option) => (
            <Radio
              key={option}
              value={option}
              label={REFLECT_LEARNING_LABELS[option].label}
              description={REFLECT_LEARNING_LABELS[option].description}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label="General comment"
        description="What the writer did well, and one thing to explore further."
        autosize
        minRows={4}
        withAsterisk
        value={generalComment}
        error={missing.generalComment ?? serverFields.generalComment}
        onChange={(event) => setGeneralComment(event.currentTarget.value)}
      />
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
