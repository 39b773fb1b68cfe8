import { Checkbox, Group, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { COMPETENCY_LABELS, Competency, type ModuleDraft } from '@preceptor/domain/modules/module-content';
import { PROFESSION_LABELS, Profession } from '@preceptor/domain/people/people-schemas';
import type { ProblemAt } from './draft-problems.ts';

/** Kept in the list's own order, whatever order the boxes were ticked in, so files diff cleanly. */
function inListOrder<T extends string>(options: readonly T[], chosen: readonly string[]): T[] {
  return options.filter((option) => chosen.includes(option));
}

/** The module's own fields: what the catalogue, the mentee's module page and certificates show. */
export function ModuleDetailsFields({
  content,
  readOnly,
  problemAt,
  onChange,
}: {
  content: ModuleDraft;
  readOnly: boolean;
  problemAt: ProblemAt;
  onChange: (change: Partial<ModuleDraft>) => void;
}) {
  return (
    <Stack gap="md">
      <TextInput label="Slug" value={content.slug} readOnly description="Names the module; fixed." />
      <TextInput
        label="Title"
        value={content.title}
        readOnly={readOnly}
        error={problemAt('title')}
        onChange={(event) => onChange({ title: event.currentTarget.value })}
      />
      <Textarea
        label="Summary"
        autosize
        minRows={2}
        value={content.summary}
        readOnly={readOnly}
        error={problemAt('summary')}
        onChange={(event) => onChange({ summary: event.currentTarget.value })}
      />
      <Group grow wrap="wrap">
        <NumberInput
          label="Estimated minutes"
          min={1}
          max={600}
          value={content.estimatedMinutes}
          readOnly={readOnly}
          error={problemAt('estimatedMinutes')}
          onChange={(value) => onChange({ estimatedMinutes: Number(value) || 0 })}
        />
        <NumberInput
          label="CE hours"
          min={0}
          max={40}
          step={0.25}
          decimalScale={2}
          value={content.ceHours}
          readOnly={readOnly}
          error={problemAt('ceHours')}
          onChange={(value) => onChange({ ceHours: Number(value) || 0 })}
        />
      </Group>
      <Checkbox.Group
        label="Competencies"
        value={content.competencies}
        readOnly={readOnly}
        error={problemAt('competencies')}
        onChange={(chosen) => onChange({ competencies: inListOrder(Competency.options, chosen) })}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
          {Competency.options.map((competency) => (
            <Checkbox key={competency} value={competency} label={COMPETENCY_LABELS[competency]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox.Group
        label="Written for"
        description="The professions this module speaks to; mentees see it on the module page. Leave all unticked when it is for everyone."
        value={content.audience}
        readOnly={readOnly}
        error={problemAt('audience')}
        onChange={(chosen) => onChange({ audience: inListOrder(Profession.options, chosen) })}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" mt="xs">
          {Profession.options.map((profession) => (
            <Checkbox key={profession} value={profession} label={PROFESSION_LABELS[profession]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </Stack>
  );
}
