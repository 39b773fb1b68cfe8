import { List, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import {
  REFLECT_CRITERIA,
  REFLECT_LEVELS,
  REFLECT_USE_NOTE,
  type ReflectLevel,
  reflectLevelGuide,
} from '@preceptor/domain/reflections/reflect-rubric';

interface ReviewLevelFieldProps {
  value: ReflectLevel | null;
  onChange: (level: ReflectLevel) => void;
  error?: string;
}

/** The REFLECT level, with the rubric's guidance for the chosen level beside the choice. */
export function ReviewLevelField({ value, onChange, error }: ReviewLevelFieldProps) {
  const guide = value ? reflectLevelGuide(value) : null;
  return (
    <Stack gap="sm">
      <Radio.Group
        label="REFLECT level"
        description="The reflective capacity this writing shows."
        value={value ?? ''}
        onChange={(next) => onChange(next as ReflectLevel)}
        error={error}
        withAsterisk
      >
        <Stack gap="xs" mt="xs">
          {REFLECT_LEVELS.map((level) => (
            <Radio key={level.level} value={level.level} label={level.label} description={level.summary} />
          ))}
        </Stack>
      </Radio.Group>
      <Paper withBorder p="sm" bg="gray.0" aria-live="polite">
        {guide ? (
          <Stack gap={6}>
            <Title order={3} size="h5">
              {guide.label}: what to look for
            </Title>
            <List size="sm" spacing={2}>
              {guide.lookFor.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
            <Text size="sm">
              <strong>To help them go further:</strong> {guide.nextStep}
            </Text>
          </Stack>
        ) : (
          <Stack gap={6}>
            <Title order={3} size="h5">
              What the levels are judged on
            </Title>
            <List size="sm" spacing={2}>
              {REFLECT_CRITERIA.map((criterion) => (
                <List.Item key={criterion.name}>
                  <strong>{criterion.name}:</strong> {criterion.description}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          {REFLECT_USE_NOTE}
        </Text>
      </Paper>
    </Stack>
  );
}
