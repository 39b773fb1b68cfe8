import { Alert, Checkbox, Group, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import {
  learningApplies,
  OVERALL_LEVEL_RULE,
  REFLECT_LEARNING_LABELS,
  REFLECT_LEVELS,
  REFLECT_USE_NOTE,
  ReflectLearning,
  type ReflectLevel,
  reflectLevelGuide,
} from '@preceptor/domain/reflections/reflect-rubric';
import type { LearningRating } from '@preceptor/domain/reflections/review-schemas';
import { OwnAdditionBadge } from './own-addition-badge.tsx';
import { derivedLevelOf, overallLevelOf, type ReviewDraftState } from './review-draft.ts';

/**
 * The overall level that follows from the criteria, which the mentor may replace only with a
 * reason; then the learning axis, offered only when the writing reaches reflection.
 */
export function OverallLevelField({
  draft,
  update,
  errors,
}: ReviewDraftState & { errors: Record<string, string | undefined> }) {
  const derived = derivedLevelOf(draft);
  const overall = overallLevelOf(draft);
  return (
    <Stack gap="sm">
      <Alert color="gray" title="Overall level" aria-live="polite">
        <Stack gap={4}>
          <Text size="sm">
            {derived
              ? `From the criteria: ${reflectLevelGuide(derived).label}.`
              : 'Rate all five criteria to see the overall level.'}
          </Text>
          <Group gap="xs" wrap="wrap">
            <OwnAdditionBadge />
            <Text size="xs">{OVERALL_LEVEL_RULE}</Text>
          </Group>
          <Text size="xs">{REFLECT_USE_NOTE}</Text>
        </Stack>
      </Alert>
      <Checkbox
        label="Set the overall level myself"
        description="Only when the criteria miss something about the whole piece; the writer sees your reason."
        checked={draft.overriding}
        onChange={(event) => update({ overriding: event.currentTarget.checked })}
      />
      {draft.overriding ? (
        <>
          <NativeSelect
            label="Overall level"
            value={draft.overrideLevel ?? ''}
            error={errors['overallOverride.level']}
            onChange={(event) =>
              update({ overrideLevel: (event.currentTarget.value || null) as ReflectLevel | null })
            }
            data={[
              { value: '', label: 'Choose a level' },
              ...REFLECT_LEVELS.map((level) => ({ value: level.level, label: level.label })),
            ]}
          />
          <Textarea
            label="Why the overall level differs from the criteria"
            autosize
            minRows={2}
            withAsterisk
            value={draft.overrideReason}
            error={errors['overallOverride.reason']}
            onChange={(event) => update({ overrideReason: event.currentTarget.value })}
          />
        </>
      ) : null}
      {overall && learningApplies(overall) ? (
        <Radio.Group
          label="Learning shown"
          description="For writing at reflection or critical reflection. Choose one, or leave it unrated."
          value={draft.learning ?? ''}
          onChange={(next) => update({ learning: next as LearningRating })}
          error={errors.learning}
          withAsterisk
        >
          <Stack gap="xs" mt="xs">
            {ReflectLearning.options.map((option) => (
              <Radio
                key={option}
                value={option}
                label={REFLECT_LEARNING_LABELS[option].label}
                description={REFLECT_LEARNING_LABELS[option].description}
              />
            ))}
            <Radio value="UNRATED" label="Leave unrated" description="The writing does not show which." />
          </Stack>
        </Radio.Group>
      ) : null}
    </Stack>
  );
}
