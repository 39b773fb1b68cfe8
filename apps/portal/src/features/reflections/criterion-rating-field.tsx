import { Radio, Stack } from '@mantine/core';
import {
  REFLECT_LEVELS,
  type ReflectCriterionGuide,
  type ReflectLevel,
} from '@preceptor/domain/reflections/reflect-rubric';

interface CriterionRatingFieldProps {
  guide: ReflectCriterionGuide;
  value: ReflectLevel | undefined;
  onChange: (level: ReflectLevel) => void;
  error?: string | undefined;
}

/** One REFLECT criterion, each level with its anchor text visible while choosing. */
export function CriterionRatingField({ guide, value, onChange, error }: CriterionRatingFieldProps) {
  return (
    <Radio.Group
      label={guide.label}
      description={guide.description}
      value={value ?? ''}
      onChange={(next) => onChange(next as ReflectLevel)}
      error={error}
      withAsterisk
    >
      <Stack gap="xs" mt="xs">
        {REFLECT_LEVELS.map((level) => (
          <Radio
            key={level.level}
            value={level.level}
            label={level.label}
            description={guide.anchors[level.level]}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
