import { Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { reflectLevelGuide } from '@preceptor/domain/reflections/reflect-rubric';
import { REVIEW_CONCERNS, ReviewConcern } from '@preceptor/domain/reflections/review-concerns';
import { OwnAdditionBadge } from './own-addition-badge.tsx';
import { overallLevelOf, type ReviewDraftState } from './review-draft.ts';

/** A strength quoted from the text, one question to go further, and any concern for the writer. */
export function ReviewStrengthFields({
  draft,
  update,
  errors,
}: ReviewDraftState & { errors: Record<string, string | undefined> }) {
  const overall = overallLevelOf(draft);
  return (
    <Stack gap="sm">
      <Textarea
        label="A strength, quoted from the text"
        description="Select a passage and choose “Quote the selected passage as a strength”, or paste the writer’s exact words."
        autosize
        minRows={2}
        withAsterisk
        value={draft.strengthQuote}
        error={errors.strengthQuote}
        onChange={(event) => update({ strengthQuote: event.currentTarget.value })}
      />
      <Textarea
        label="What is strong about it"
        autosize
        minRows={2}
        withAsterisk
        value={draft.strengthNote}
        error={errors.strengthNote}
        onChange={(event) => update({ strengthNote: event.currentTarget.value })}
      />
      <Stack gap={4}>
        <Textarea
          label="One question to take the thinking further"
          autosize
          minRows={2}
          withAsterisk
          value={draft.furtherQuestion}
          error={errors.furtherQuestion}
          onChange={(event) => update({ furtherQuestion: event.currentTarget.value })}
        />
        {overall ? (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <OwnAdditionBadge />
            <Text size="xs">
              A question that often helps at this level: {reflectLevelGuide(overall).nextStep}
            </Text>
          </Group>
        ) : null}
      </Stack>
      <Checkbox.Group
        label="Concerns (optional)"
        description="The writer sees what each one means for them: support, the reporting route, or a request to edit."
        value={draft.concerns}
        onChange={(next) => update({ concerns: next as ReviewConcern[] })}
        error={errors.concerns}
      >
        <Stack gap="xs" mt="xs">
          {ReviewConcern.options.map((concern) => (
            <Checkbox
              key={concern}
              value={concern}
              label={REVIEW_CONCERNS[concern].label}
              description={REVIEW_CONCERNS[concern].description}
            />
          ))}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
}
