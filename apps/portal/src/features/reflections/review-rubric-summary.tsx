import { Badge, Group, List, Stack, Text } from '@mantine/core';
import {
  REFLECT_LEARNING_LABELS,
  reflectCriterionGuide,
  reflectLevelGuide,
} from '@preceptor/domain/reflections/reflect-rubric';
import type { ReviewView } from '@preceptor/domain/reflections/review-schemas';

/**
 * The REFLECT part of a review: the overall level (and, when the mentor set it, their reason),
 * each criterion's level, and the learning shown where it was rated. A review from before
 * per-criterion rating says so rather than showing empty criteria.
 */
export function ReviewRubricSummary({ review }: { review: ReviewView }) {
  const overall = reflectLevelGuide(review.level);
  const overridden = review.derivedLevel !== null && review.derivedLevel !== review.level;
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <Badge variant="outline">REFLECT: {overall.label}</Badge>
        {review.learning ? (
          <Badge variant="outline" color="grape">
            {REFLECT_LEARNING_LABELS[review.learning].label} learning
          </Badge>
        ) : null}
      </Group>
      {overridden && review.derivedLevel ? (
        <Text size="sm">
          The criteria gave {reflectLevelGuide(review.derivedLevel).label.toLowerCase()}; the mentor set the
          overall level because: {review.overrideReason}
        </Text>
      ) : null}
      {review.criteria.length > 0 ? (
        <List size="sm" spacing={2} aria-label="REFLECT criteria">
          {review.criteria.map((rating) => (
            <List.Item key={rating.criterion}>
              <strong>{reflectCriterionGuide(rating.criterion).label}:</strong>{' '}
              {reflectLevelGuide(rating.level).label} —{' '}
              {reflectCriterionGuide(rating.criterion).anchors[rating.level]}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="xs" c="dimmed">
          Given before Preceptor rated each criterion: this review has an overall level only.
        </Text>
      )}
    </Stack>
  );
}
