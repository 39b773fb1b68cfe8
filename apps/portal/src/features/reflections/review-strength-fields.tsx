import { Checkbox, Stack, Textarea } from '@mantine/core';
import { REVIEW_CONCERNS, ReviewConcern } from '@preceptor/domain/reflections/review-concerns';
import type { ReviewDraftState } from './review-draft.ts';

/** A strength quoted from the text, one question to go further, and any concern for the writer. */
export function ReviewStrengthFields({
  draft,
  update,
  errors,
}: ReviewDraftState & { errors: Record<string, string | undefined> }) {
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
      <Textarea
        label="One question to take the thinking further"
        autosize
        minRows={2}
        withAsterisk
        value={draft.furtherQuestion}
        error={errors.furtherQuestion}
        onChange={(event) => update({ furtherQuestion: event.currentTarget.value })}
      />
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
