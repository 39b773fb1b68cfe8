import { Fieldset, NumberInput, Stack, Switch, Tabs, Textarea, TextInput, Typography } from '@mantine/core';
import type { ModuleSection } from '@preceptor/domain/modules/module-content';
import Markdown from 'react-markdown';
import { QuestionEditor } from './question-editor.tsx';

const KIND = { lesson: 'Lesson', case: 'Case', quiz: 'Quiz', reflection: 'Reflection' } as const;

/** One section: Markdown with a preview for lessons and cases, settings and questions for the quiz. */
export function SectionEditor({
  section,
  readOnly,
  onChange,
}: {
  section: ModuleSection;
  readOnly: boolean;
  onChange: (section: ModuleSection) => void;
}) {
  return (
    <Fieldset legend={`${KIND[section.kind]}: ${section.title}`}>
      <Stack gap="sm">
        <TextInput
          label="Section title"
          value={section.title}
          readOnly={readOnly}
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
                label="Text (Markdown)"
                autosize
                minRows={6}
                value={section.body}
                readOnly={readOnly}
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
        {section.kind === 'reflection' ? (
          <Textarea
            label="Reflection prompt"
            autosize
            minRows={3}
            value={section.prompt}
            readOnly={readOnly}
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
              onChange={(value) => onChange({ ...section, passMark: Number(value) || 0 })}
            />
            <NumberInput
              label="Attempts allowed (empty: unlimited)"
              min={1}
              value={section.attemptsAllowed ?? ''}
              readOnly={readOnly}
              onChange={(value) =>
                onChange({ ...section, attemptsAllowed: value === '' ? null : Number(value) })
              }
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
              onChange={(questions) => onChange({ ...section, questions })}
            />
          </>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
