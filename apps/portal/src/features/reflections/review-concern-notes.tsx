import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { REVIEW_CONCERNS, type ReviewConcern } from '@preceptor/domain/reflections/review-concerns';

/**
 * A review's concerns. The writer reads what each means for them (support, the reporting route,
 * a request to edit); the mentor sees which they flagged.
 */
export function ReviewConcernNotes({
  concerns,
  forWriter,
}: {
  concerns: ReviewConcern[];
  forWriter: boolean;
}) {
  if (concerns.length === 0) return null;
  if (!forWriter) {
    return (
      <Group gap="xs" wrap="wrap">
        {concerns.map((concern) => (
          <Badge key={concern} color="orange" variant="light">
            Flagged: {REVIEW_CONCERNS[concern].label}
          </Badge>
        ))}
      </Group>
    );
  }
  return (
    <Stack gap="xs">
      {concerns.map((concern) => (
        <Alert
          key={concern}
          color={concern === 'DISTRESS' ? 'blue' : 'orange'}
          title={REVIEW_CONCERNS[concern].title}
        >
          <Stack gap={4}>
            {REVIEW_CONCERNS[concern].guidance.map((paragraph) => (
              <Text key={paragraph} size="sm">
                {paragraph}
              </Text>
            ))}
          </Stack>
        </Alert>
      ))}
    </Stack>
  );
}
