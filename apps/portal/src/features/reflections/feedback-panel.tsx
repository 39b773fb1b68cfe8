import { Badge, Blockquote, Group, Paper, Stack, Text } from '@mantine/core';
import { REFLECT_LEARNING_LABELS, reflectLevelGuide } from '@preceptor/domain/reflections/reflect-rubric';
import type { ReviewView } from '@preceptor/domain/reflections/reflection-io-schemas';
import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';

function ReviewCard({ review }: { review: ReviewView }) {
  const level = reflectLevelGuide(review.level);
  return (
    <Paper withBorder p="sm" component="article" aria-label={`Feedback from ${review.mentorName}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{review.mentorName}</Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(review.createdAt)} · on version {review.reflectionVersion}
          </Text>
        </Group>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color={review.outcome === 'REVIEWED' ? 'green' : 'orange'}>
            {review.outcome === 'REVIEWED' ? 'Reviewed' : 'Revision requested'}
          </Badge>
          <Badge variant="outline">REFLECT: {level.label}</Badge>
          {review.learning !== 'NONE' ? (
            <Badge variant="outline" color="grape">
              {REFLECT_LEARNING_LABELS[review.learning].label} learning
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {review.generalComment}
        </Text>
        {review.comments.map((comment) => (
          <Stack key={comment.id} gap={4}>
            {comment.anchorText ? (
              <Blockquote p="xs" fz="sm" color="gray" cite="On this passage">
                {comment.anchorText}
              </Blockquote>
            ) : null}
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {comment.body}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

/** The mentor's feedback, newest first, shown beside the text it is about. */
export function FeedbackPanel({
  reflectionId,
  title = 'Feedback',
}: {
  reflectionId: string;
  title?: string;
}) {
  const trpc = useTRPC();
  const query = useQuery(trpc.reflections.feedback.queryOptions({ reflectionId }));
  return (
    <Section title={title}>
      <QueryState query={query} what="feedback">
        {(reviews) =>
          reviews.length === 0 ? (
            <EmptyNote title="No feedback yet">
              When your mentor reviews this reflection, their feedback appears here.
            </EmptyNote>
          ) : (
            <Stack gap="sm">
              {reviews.toReversed().map((review) => (
                <ReviewCard key={review.id} review={review} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Section>
  );
}
