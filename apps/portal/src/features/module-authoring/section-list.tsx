import { Alert, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import {
  MAX_SECTIONS,
  type ModuleSection,
  type ModuleSectionKind,
} from '@preceptor/domain/modules/module-content';
import { moveSection, newSection, SECTION_KIND_LABELS } from '@preceptor/domain/modules/new-section';
import { useEffect, useId, useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { type ProblemAt, within } from './draft-problems.ts';
import { SectionEditor, sectionTitleId } from './section-editor.tsx';

const KINDS: readonly ModuleSectionKind[] = ['lesson', 'case', 'quiz', 'reflection'];
/** Kinds a module holds once; a second would be refused on save. */
const ONE_PER_MODULE: ReadonlySet<ModuleSectionKind> = new Set(['quiz', 'reflection']);

const moveButtonId = (key: string, direction: 'up' | 'down') => `section-${key}-move-${direction}`;
const nameOf = (section: ModuleSection) =>
  `${SECTION_KIND_LABELS[section.kind].toLowerCase()} “${section.title.trim() || 'untitled'}”`;

type Focus = { id: string } | null;

/**
 * The draft's sections in order, with adding, removing (after confirmation) and moving up or
 * down. Every change is announced to screen readers, and focus follows the section that moved
 * or lands on the one just added, so the whole list works from the keyboard.
 */
export function SectionList({
  sections,
  readOnly,
  problems,
  keysWhenOpened,
  onChange,
}: {
  sections: ModuleSection[];
  readOnly: boolean;
  problems: Record<string, string>;
  /** Keys the draft had when opened, so a removed section's key is not handed to a new one. */
  keysWhenOpened: readonly string[];
  onChange: (sections: ModuleSection[]) => void;
}) {
  const headingId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [removing, setRemoving] = useState<ModuleSection | null>(null);
  const [focus, setFocus] = useState<Focus>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focus) return;
    const target = document.getElementById(focus.id);
    if (target) target.focus();
    else headingRef.current?.focus();
    setFocus(null);
  }, [focus]);

  const move = (index: number, direction: 'up' | 'down') => {
    const section = sections[index];
    if (!section) return;
    const to = direction === 'up' ? index - 1 : index + 1;
    onChange(moveSection(sections, index, to));
    setAnnouncement(`Moved ${nameOf(section)} to position ${to + 1} of ${sections.length}.`);
    // At either end the pressed button disables itself; its partner keeps the focus in place.
    const atEnd = to === 0 || to === sections.length - 1;
    setFocus({ id: moveButtonId(section.key, atEnd ? (direction === 'up' ? 'down' : 'up') : direction) });
  };

  const add = (kind: ModuleSectionKind) => {
    const section = newSection(kind, [...keysWhenOpened, ...sections.map((s) => s.key)]);
    onChange([...sections, section]);
    setAnnouncement(`Added a ${SECTION_KIND_LABELS[kind].toLowerCase()} as section ${sections.length + 1}.`);
    setFocus({ id: sectionTitleId(section.key) });
  };

  const remove = (section: ModuleSection) => {
    onChange(sections.filter((existing) => existing.key !== section.key));
    setAnnouncement(`Removed ${nameOf(section)}. Save the draft to keep this change.`);
    setRemoving(null);
    setFocus({ id: headingId });
  };

  const full = sections.length >= MAX_SECTIONS;
  const listProblem = problems.sections;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={2} size="h3" id={headingId} ref={headingRef} tabIndex={-1}>
        Sections
      </Title>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {listProblem ? (
        <Alert color="red" title="The sections need attention">
          {listProblem}
        </Alert>
      ) : null}
      {sections.length === 0 ? <Text>This draft has no sections yet.</Text> : null}
      {sections.map((section, index) => (
        <SectionEditor
          key={section.key}
          section={section}
          position={index + 1}
          readOnly={readOnly}
          problemAt={sectionProblems(problems, index)}
          onChange={(next) => onChange(sections.map((existing, i) => (i === index ? next : existing)))}
          toolbar={
            readOnly ? undefined : (
              <Group gap="xs">
                <Button
                  id={moveButtonId(section.key, 'up')}
                  size="xs"
                  variant="default"
                  disabled={index === 0}
                  onClick={() => move(index, 'up')}
                >
                  Move up<VisuallyHidden> section {index + 1}</VisuallyHidden>
                </Button>
                <Button
                  id={moveButtonId(section.key, 'down')}
                  size="xs"
                  variant="default"
                  disabled={index === sections.length - 1}
                  onClick={() => move(index, 'down')}
                >
                  Move down<VisuallyHidden> section {index + 1}</VisuallyHidden>
                </Button>
                <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(section)}>
                  Remove section<VisuallyHidden> {index + 1}</VisuallyHidden>
                </Button>
              </Group>
            )
          }
        />
      ))}
      {readOnly ? null : (
        <Stack gap="xs">
          <Group gap="xs">
            {KINDS.map((kind) => {
              const taken = ONE_PER_MODULE.has(kind) && sections.some((section) => section.kind === kind);
              return (
                <Button key={kind} variant="default" disabled={taken || full} onClick={() => add(kind)}>
                  Add a {SECTION_KIND_LABELS[kind].toLowerCase()}
                </Button>
              );
            })}
          </Group>
          <Text size="sm" c="dark.6">
            {full
              ? `A module has at most ${MAX_SECTIONS} sections.`
              : 'A module has one quiz and one reflection prompt; remove the current one to add another.'}
          </Text>
        </Stack>
      )}
      <ConfirmDialog
        opened={removing !== null}
        title="Remove this section?"
        confirmLabel="Remove section"
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove(removing)}
      >
        {`The ${removing ? nameOf(removing) : ''} and everything in it leave this draft when you save it. Versions already published keep it, and so do the people taking them.`}
      </ConfirmDialog>
    </Stack>
  );
}

function sectionProblems(problems: Record<string, string>, index: number): ProblemAt {
  return within(problems, `sections.${index}`);
}
