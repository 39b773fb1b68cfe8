import { Badge, Blockquote, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReviewView } from '@preceptor/domain/reflections/review-schemas';
import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { auditedReadOptions } from './audited-read-options.ts';
import { commentElementId, type PassageLinks } from './comment-passages.ts';
import { ReviewConcernNotes } from './review-concern-notes.tsx';
import { ReviewResponse } from './review-response.tsx';
import { ReviewRubricSummary } from './review-rubric-summary.tsx';

type ReviewComment = ReviewView['comments'][number];

/** A comment on a passage: the quoted words, and a way to the passage in the text, if still there. */
function PassageComment({
  comment,
  passages,
}: {
  comment: ReviewComment;
  passages?: PassageLinks | undefined;
}) {
  const state = passages?.stateOf(comment.id);
  return (
    <Stack gap={4} id={commentElementId(comment.id)}>
      {comment.anchorText ? (
        <Blockquote p="xs" fz="sm" color="gray" cite="On this passage">
          {comment.anchorText}
        </Blockquote>
      ) : null}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {comment.body}
      </Text>
      {state === 'shown' && passages ? (
        <Button
          variant="subtle"
          size="compact-sm"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => passages.show(comment.id)}
        >
          Show passage in the text
        </Button>
      ) : null}
      {state === 'earlier_version' ? (
        <Text size="xs" c="dimmed" fs="italic">
          On an earlier version: these words are no longer in the text.
        </Text>
      ) : null}
    </Stack>
  );
}

function ReviewCard({
  reflectionId,
  review,
  passages,
  forWriter,
}: {
  reflectionId: string;
  review: ReviewView;
  passages?: PassageLinks | undefined;
  forWriter: boolean;
}) {
  return (
    <Paper withBorder p="sm" component="article" aria-label={`Feedback from ${review.mentorName}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{review.mentorName}</Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(review.createdAt)} · on version {review.reflectionVersion}
          </Text>
        </Group>
        <Badge variant="light" color={review.outcome === 'REVIEWED' ? 'green' : 'orange'}>
          {review.outcome === 'REVIEWED' ? 'Reviewed' : 'Revision requested'}
        </Badge>
        <ReviewConcernNotes concerns={review.concerns} forWriter={forWriter} />
        {review.strengthQuote ? (
          <Blockquote p="xs" fz="sm" color="green" cite={review.strengthNote ?? undefined}>
            <Text span size="xs" fw={600} display="block">
              A strength
            </Text>
            {review.strengthQuote}
          </Blockquote>
        ) : null}
        {review.furtherQuestion ? (
          <Text size="sm">
            <strong>To take it further:</strong> {review.furtherQuestion}
          </Text>
        ) : null}
        <ReviewRubricSummary review={review} />
        {review.generalComment ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {review.generalComment}
          </Text>
        ) : null}
        {review.comments.map((comment) => (
          <PassageComment key={comment.id} comment={comment} passages={passages} />
        ))}
        <ReviewResponse reflectionId={reflectionId} review={review} forWriter={forWriter} />
      </Stack>
    </Paper>
  );
}

/**
 * The mentor's feedback, newest first, shown beside the text it is about. With `passages`, each
 * comment on a passage leads to it in the text (or says it is on an earlier version).
 */
export function FeedbackPanel({
  reflectionId,
  title = 'Feedback',
  emptyNote,
  passages,
  auditedRead = false,
}: {
  reflectionId: string;
  title?: string;
  /** What an empty list says; the default speaks to the mentee who wrote the reflection. */
  emptyNote?: string;
  passages?: PassageLinks;
  /** The reader is a mentor, whose every read is audited: fetch once per visit. */
  auditedRead?: boolean;
}) {
  const trpc = useTRPC();
  const query = useQuery(
    trpc.reflections.feedback.queryOptions({ reflectionId }, auditedRead ? auditedReadOptions : undefined),
  );
  return (
    <Section title={title}>
      <QueryState query={query} what="feedback">
        {(reviews) =>
          reviews.length === 0 ? (
            <EmptyNote title="No feedback yet">
              {emptyNote ?? 'When your mentor reviews this reflection, their feedback appears here.'}
            </EmptyNote>
          ) : (
            <Stack gap="sm">
              {reviews.toReversed().map((review) => (
                <ReviewCard
                  key={review.id}
                  reflectionId={reflectionId}
                  review={review}
                  passages={passages}
                  forWriter={!auditedRead}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Section>
  );
}
