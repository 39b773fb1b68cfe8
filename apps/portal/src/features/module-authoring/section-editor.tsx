import {
  Fieldset,
  NumberInput,
  Stack,
  Switch,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Typography,
} from '@mantine/core';
import type { ModuleSection } from '@preceptor/domain/modules/module-content';
import { SECTION_KIND_LABELS } from '@preceptor/domain/modules/new-section';
import type { ReactNode } from 'react';
import Markdown from 'react-markdown';
import type { ProblemAt } from './draft-problems.ts';
import { QuestionEditor } from './question-editor.tsx';

/** The id of a section's title field, so the editor can move focus to a section it just added. */
export const sectionTitleId = (key: string) => `section-${key}-title`;

/** One section: Markdown with a preview for lessons and cases, settings and questions for the quiz. */
export function SectionEditor({
  section,
  position,
  readOnly,
  problemAt,
  toolbar,
  onChange,
}: {
  section: ModuleSection;
  /** 1-based, as the mentee sees it. */
  position: number;
  readOnly: boolean;
  problemAt: ProblemAt;
  /** Move and remove buttons (drafts only). */
  toolbar?: ReactNode;
  onChange: (section: ModuleSection) => void;
}) {
  const kind = SECTION_KIND_LABELS[section.kind];
  return (
    <Fieldset legend={`${position}. ${kind}: ${section.title.trim() || 'untitled'}`}>
      <Stack gap="sm">
        {toolbar}
        <Text size="xs" c="dark.6">
          Key: {section.key} (fixed; progress and reflections refer to it)
        </Text>
        <TextInput
          id={sectionTitleId(section.key)}
          label="Section title"
          value={section.title}
          readOnly={readOnly}
          error={problemAt('title')}
          onChange={(event) => onChange({ ...section, title: event.currentTarget.value })}
        />
        {section.kind === 'lesson' || section.kind === 'case' ? (
          <Tabs defaultValue="write">
            <Tabs.List>
              <Tabs.Tab value="write">Write</Tabs.Tab>
              <Tabs.Tab value="preview">Preview</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="write" pt="xs">
              <Textarea
                label={section.kind === 'lesson' ? 'Lesson text (Markdown)' : 'Case vignette (Markdown)'}
                autosize
                minRows={6}
                value={section.body}
                readOnly={readOnly}
                error={problemAt('body')}
                onChange={(event) => onChange({ ...section, body: event.currentTarget.value })}
              />
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="xs">
              <Typography>
                <Markdown>{section.body}</Markdown>
              </Typography>
            </Tabs.Panel>
          </Tabs>
        ) : null}
        {section.kind === 'case' ? (
          <Textarea
            label="Discussion questions (one per line)"
            autosize
            minRows={2}
            value={section.discussionQuestions.join('\n')}
            readOnly={readOnly}
            error={problemAt('discussionQuestions')}
            onChange={(event) =>
              onChange({
                ...section,
                discussionQuestions: event.currentTarget.value
                  .split('\n')
                  .filter((line) => line.trim() !== ''),
              })
            }
          />
        ) : null}
        {section.kind === 'case' ? (
          <Textarea
            label="Debrief, shown once the learner has worked the case (Markdown)"
            autosize
            minRows={3}
            value={section.debrief ?? ''}
            readOnly={readOnly}
            error={problemAt('debrief')}
            onChange={(event) => {
              const { debrief: _previous, ...rest } = section;
              const debrief = event.currentTarget.value;
              onChange(debrief === '' ? rest : { ...rest, debrief });
            }}
          />
        ) : null}
        {section.kind === 'reflection' ? (
          <Textarea
            label="Reflection prompt"
            autosize
            minRows={3}
            value={section.prompt}
            readOnly={readOnly}
            error={problemAt('prompt')}
            onChange={(event) => onChange({ ...section, prompt: event.currentTarget.value })}
          />
        ) : null}
        {section.kind === 'quiz' ? (
          <>
            <NumberInput
              label="Pass mark (%)"
              min={0}
              max={100}
              value={section.passMark}
              readOnly={readOnly}
              error={problemAt('passMark')}
              onChange={(value) => onChange({ ...section, passMark: Number(value) || 0 })}
            />
            <NumberInput
              label="Attempts allowed (empty: unlimited)"
              min={1}
              value={section.attemptsAllowed ?? ''}
              readOnly={readOnly}
              error={problemAt('attemptsAllowed')}
              onChange={(value) =>
                onChange({ ...section, attemptsAllowed: value === '' ? null : Number(value) })
              }
            />
            <NumberInput
              label="Questions per attempt (empty: every question)"
              min={1}
              value={section.questionsPerAttempt ?? ''}
              readOnly={readOnly}
              error={problemAt('questionsPerAttempt')}
              onChange={(value) => {
                const { questionsPerAttempt: _previous, ...rest } = section;
                onChange(value === '' ? rest : { ...rest, questionsPerAttempt: Number(value) });
              }}
            />
            <Switch
              label="Shuffle questions and choices"
              checked={section.shuffle}
              disabled={readOnly}
              onChange={(event) => onChange({ ...section, shuffle: event.currentTarget.checked })}
            />
            <QuestionEditor
              questions={section.questions}
              readOnly={readOnly}
              problemAt={(path) => problemAt(path === '' ? 'questions' : `questions.${path}`)}
              onChange={(questions) => onChange({ ...section, questions })}
            />
          </>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
