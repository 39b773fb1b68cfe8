import { Button, Fieldset, Group, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import {
  type LearningObjective,
  MAX_OBJECTIVES,
  MIN_OBJECTIVES,
  type ModuleSection,
} from '@preceptor/domain/modules/module-content';
import type { ProblemAt } from './draft-problems.ts';
import { nextKey } from './module-metadata.ts';

/**
 * The module's learning objectives: what a learner can do afterwards, in words an assessor can
 * check. The module page lists them, quiz questions cite them by key, the certificate prints them.
 */
export function ObjectivesFields({
  objectives,
  sections,
  readOnly,
  problemAt,
  onChange,
}: {
  objectives: readonly LearningObjective[];
  sections: readonly ModuleSection[];
  readOnly: boolean;
  /** Paths inside the module: `objectives`, `objectives.0.text`. */
  problemAt: ProblemAt;
  onChange: (objectives: LearningObjective[]) => void;
}) {
  const update = (index: number, objective: LearningObjective) =>
    onChange(objectives.map((existing, i) => (i === index ? objective : existing)));
  const teaching = sections
    .filter((section) => section.kind === 'lesson' || section.kind === 'case')
    .map((section) => ({ value: section.key, label: section.title.trim() || section.key }));
  const listProblem = problemAt('objectives');
  return (
    <Fieldset legend="Learning objectives">
      <Stack gap="sm">
        <Text size="sm">
          {MIN_OBJECTIVES} to {MAX_OBJECTIVES}, each something a learner can be seen doing: “Explain…”,
          “Identify…”, “Respond to…”, not “Understand…”. Mentees see them on the module page and on their
          certificate.
        </Text>
        {listProblem ? (
          <Text size="sm" c="red.9">
            {listProblem}
          </Text>
        ) : null}
        {objectives.map((objective, index) => (
          <Stack key={objective.key} gap="xs">
            <Textarea
              label={`Objective ${index + 1}`}
              description={`Key: ${objective.key} (quiz questions cite it)`}
              autosize
              minRows={2}
              value={objective.text}
              readOnly={readOnly}
              error={problemAt(`objectives.${index}.text`)}
              onChange={(event) => update(index, { ...objective, text: event.currentTarget.value })}
            />
            <MultiSelect
              label={`Objective ${index + 1} is taught in`}
              description="Where a learner who missed it is sent back to."
              data={teaching}
              value={objective.taughtIn ?? []}
              readOnly={readOnly}
              error={problemAt(`objectives.${index}.taughtIn`)}
              onChange={(taughtIn) => {
                const { taughtIn: _previous, ...rest } = objective;
                update(index, taughtIn.length === 0 ? rest : { ...rest, taughtIn });
              }}
            />
            {readOnly ? null : (
              <Group>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => onChange(objectives.filter((_, i) => i !== index))}
                >
                  Remove objective {index + 1}
                </Button>
              </Group>
            )}
          </Stack>
        ))}
        {readOnly ? null : (
          <Group>
            <Button
              variant="default"
              disabled={objectives.length >= MAX_OBJECTIVES}
              onClick={() =>
                onChange([
                  ...objectives,
                  {
                    key: nextKey(
                      'objective',
                      objectives.map((o) => o.key),
                    ),
                    text: '',
                  },
                ])
              }
            >
              Add an objective
            </Button>
            {objectives.length >= MAX_OBJECTIVES ? (
              <Text size="sm">A module states at most {MAX_OBJECTIVES} objectives.</Text>
            ) : null}
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
