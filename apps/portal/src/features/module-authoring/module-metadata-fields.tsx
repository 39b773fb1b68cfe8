import { Fieldset, Group, Stack, TextInput } from '@mantine/core';
import type { ModuleDraft } from '@preceptor/domain/modules/module-content';
import type { ProblemAt } from './draft-problems.ts';
import { withReview } from './module-metadata.ts';
import { ObjectivesFields } from './objectives-fields.tsx';
import { ReferencesFields } from './references-fields.tsx';

/**
 * What the module teaches and what it rests on: objectives, sources, codes of ethics, and when
 * its facts were last checked. A draft may be saved without them; publishing needs them.
 */
export function ModuleMetadataFields({
  content,
  readOnly,
  problemAt,
  onChange,
}: {
  content: ModuleDraft;
  readOnly: boolean;
  problemAt: ProblemAt;
  onChange: (content: ModuleDraft) => void;
}) {
  const references = content.references ?? [];
  const setReferences = (next: ModuleDraft['references'] & object) => {
    const { references: _previous, ...rest } = content;
    onChange(next.length === 0 ? rest : { ...rest, references: next });
  };
  return (
    <Stack gap="md">
      <ObjectivesFields
        objectives={content.objectives ?? []}
        sections={content.sections}
        readOnly={readOnly}
        problemAt={problemAt}
        onChange={(objectives) => {
          const { objectives: _previous, ...rest } = content;
          onChange(objectives.length === 0 ? rest : { ...rest, objectives });
        }}
      />
      <ReferencesFields
        kind="source"
        references={references}
        readOnly={readOnly}
        problemAt={problemAt}
        onChange={setReferences}
      />
      <ReferencesFields
        kind="code_of_ethics"
        references={references}
        readOnly={readOnly}
        problemAt={problemAt}
        onChange={setReferences}
      />
      <Fieldset legend="Review">
        <Stack gap="xs">
          <Group grow wrap="wrap" align="flex-start">
            <TextInput
              label="Last reviewed"
              description="When the facts and citations were last checked."
              type="date"
              value={content.review?.lastReviewed ?? ''}
              readOnly={readOnly}
              error={problemAt('review.lastReviewed') ?? problemAt('review')}
              onChange={(event) => onChange(withReview(content, { lastReviewed: event.currentTarget.value }))}
            />
            <TextInput
              label="Reviewer role"
              description="A role, not a name: e.g. Clinical educator (perioperative ethics)."
              value={content.review?.reviewerRole ?? ''}
              readOnly={readOnly}
              error={problemAt('review.reviewerRole')}
              onChange={(event) => onChange(withReview(content, { reviewerRole: event.currentTarget.value }))}
            />
          </Group>
        </Stack>
      </Fieldset>
    </Stack>
  );
}
