import { Button, Fieldset, Group, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { ModuleReference } from '@preceptor/domain/modules/module-content';
import type { ProblemAt } from './draft-problems.ts';
import { blankReference, type ReferenceKind, referencesOfKind, withUrl } from './module-metadata.ts';

const WORDING: Record<ReferenceKind, { legend: string; noun: string; hint: string; add: string }> = {
  source: {
    legend: 'References',
    noun: 'Reference',
    hint: 'The sources the module’s facts rest on, each with its year of publication.',
    add: 'Add a reference',
  },
  code_of_ethics: {
    legend: 'Codes of ethics',
    noun: 'Code',
    hint: 'The codes of the professions the module serves (e.g. AmSECT, ASET, AST, AANA, ANA), with the year of the edition cited.',
    add: 'Add a code of ethics',
  },
};

/**
 * One kind of the module's references (sources, or codes of ethics). They share one list in the
 * module, so each is edited at its place in that list and errors are found by it.
 */
export function ReferencesFields({
  kind,
  references,
  readOnly,
  problemAt,
  onChange,
}: {
  kind: ReferenceKind;
  references: readonly ModuleReference[];
  readOnly: boolean;
  /** Paths inside the module: `references.3.year`. */
  problemAt: ProblemAt;
  onChange: (references: ModuleReference[]) => void;
}) {
  const wording = WORDING[kind];
  const update = (index: number, reference: ModuleReference) =>
    onChange(references.map((existing, i) => (i === index ? reference : existing)));
  const shown = referencesOfKind(references, kind);
  return (
    <Fieldset legend={wording.legend}>
      <Stack gap="sm">
        <Text size="sm">{wording.hint}</Text>
        {kind === 'source' && problemAt('references') ? (
          <Text size="sm" c="red.9">
            {problemAt('references')}
          </Text>
        ) : null}
        {shown.map(({ reference, index }, position) => {
          const name = `${wording.noun} ${position + 1}`;
          return (
            // The position in the module's list is the reference's only stable identity.
            <Stack key={index} gap="xs">
              <Textarea
                label={`${name} citation`}
                autosize
                value={reference.citation}
                readOnly={readOnly}
                error={problemAt(`references.${index}.citation`)}
                onChange={(event) => update(index, { ...reference, citation: event.currentTarget.value })}
              />
              <Group grow wrap="wrap" align="flex-start">
                <NumberInput
                  label={`${name} year`}
                  min={1900}
                  max={2100}
                  allowDecimal={false}
                  thousandSeparator={false}
                  value={reference.year || ''}
                  readOnly={readOnly}
                  error={problemAt(`references.${index}.year`)}
                  onChange={(value) => update(index, { ...reference, year: Number(value) || 0 })}
                />
                <TextInput
                  label={`${name} web address (optional)`}
                  type="url"
                  value={reference.url ?? ''}
                  readOnly={readOnly}
                  error={problemAt(`references.${index}.url`)}
                  onChange={(event) => update(index, withUrl(reference, event.currentTarget.value))}
                />
              </Group>
              {readOnly ? null : (
                <Group>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => onChange(references.filter((_, i) => i !== index))}
                  >
                    Remove {name.toLowerCase()}
                  </Button>
                </Group>
              )}
            </Stack>
          );
        })}
        {readOnly ? null : (
          <Group>
            <Button
              variant="default"
              disabled={references.length >= 40}
              onClick={() => onChange([...references, blankReference(kind)])}
            >
              {wording.add}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
