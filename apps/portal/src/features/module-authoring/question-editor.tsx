import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  SegmentedControl,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { QuizQuestion } from '@preceptor/domain/modules/module-content';

/** The quiz's questions: prompt, single or multiple answer, choices with the answer key, explanation. */
export function QuestionEditor({
  questions,
  readOnly,
  onChange,
}: {
  questions: QuizQuestion[];
  readOnly: boolean;
  onChange: (questions: QuizQuestion[]) => void;
}) {
  const update = (index: number, question: QuizQuestion) =>
    onChange(questions.map((existing, i) => (i === index ? question : existing)));
  const nextKey = (prefix: string, keys: string[]) => {
    let n = keys.length + 1;
    while (keys.includes(`${prefix}-${n}`)) n++;
    return `${prefix}-${n}`;
  };
  return (
    <Stack gap="sm">
      {questions.map((question, index) => (
        <Fieldset key={question.key} legend={`Question ${index + 1}`}>
          <Stack gap="xs">
            <Textarea
              label={`Question ${index + 1} prompt`}
              autosize
              value={question.prompt}
              readOnly={readOnly}
              onChange={(event) => update(index, { ...question, prompt: event.currentTarget.value })}
            />
            <SegmentedControl
              aria-label={`Question ${index + 1} answers`}
              disabled={readOnly}
              value={question.kind}
              onChange={(kind) =>
                update(index, { ...question, kind: kind === 'multiple' ? 'multiple' : 'single' })
              }
              data={[
                { value: 'single', label: 'One correct answer' },
                { value: 'multiple', label: 'Several correct answers' },
              ]}
            />
            {question.choices.map((choice, choiceIndex) => (
              <Group key={choice.key} align="flex-end" wrap="nowrap">
                <TextInput
                  label={`Choice ${choiceIndex + 1}`}
                  value={choice.text}
                  readOnly={readOnly}
                  style={{ flex: 1 }}
                  onChange={(event) =>
                    update(index, {
                      ...question,
                      choices: question.choices.map((c, i) =>
                        i === choiceIndex ? { ...c, text: event.currentTarget.value } : c,
                      ),
                    })
                  }
                />
                <Checkbox
                  label="Correct"
                  checked={choice.correct}
                  disabled={readOnly}
                  mb={8}
                  aria-label={`Choice ${choiceIndex + 1} of question ${index + 1} is correct`}
                  onChange={(event) =>
                    update(index, {
                      ...question,
                      choices: question.choices.map((c, i) =>
                        i === choiceIndex
                          ? { ...c, correct: event.currentTarget.checked }
                          : question.kind === 'single' && event.currentTarget.checked
                            ? { ...c, correct: false }
                            : c,
                      ),
                    })
                  }
                />
              </Group>
            ))}
            <Textarea
              label={`Question ${index + 1} explanation (shown after submission)`}
              autosize
              value={question.explanation}
              readOnly={readOnly}
              onChange={(event) => update(index, { ...question, explanation: event.currentTarget.value })}
            />
            {readOnly ? null : (
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="default"
                  disabled={question.choices.length >= 8}
                  onClick={() =>
                    update(index, {
                      ...question,
                      choices: [
                        ...question.choices,
                        {
                          key: nextKey(
                            'choice',
                            question.choices.map((c) => c.key),
                          ),
                          text: '',
                          correct: false,
                        },
                      ],
                    })
                  }
                >
                  Add a choice
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  disabled={questions.length <= 1}
                  onClick={() => onChange(questions.filter((_, i) => i !== index))}
                >
                  Remove question {index + 1}
                </Button>
              </Group>
            )}
          </Stack>
        </Fieldset>
      ))}
      {readOnly ? null : (
        <Group>
          <Button
            variant="default"
            onClick={() =>
              onChange([
                ...questions,
                {
                  key: nextKey(
                    'question',
                    questions.map((q) => q.key),
                  ),
                  prompt: '',
                  kind: 'single',
                  explanation: '',
                  choices: [
                    { key: 'choice-1', text: '', correct: true },
                    { key: 'choice-2', text: '', correct: false },
                  ],
                },
              ])
            }
          >
            Add a question
          </Button>
        </Group>
      )}
    </Stack>
  );
}
